import {
	type APIActionRowComponent,
	type APIButtonComponent,
	ApplicationIntegrationType,
	type ButtonInteraction,
	ButtonStyle,
	ChannelType,
	type ChatInputCommandInteraction,
	ComponentType,
	InteractionContextType,
	MessageFlags,
	PermissionFlagsBits,
	SlashCommandBuilder,
} from 'discord.js';
import { updateWithin } from '../src/discord/acknowledge';
import type { Command, Deps } from '../src/discord/command';
import { UserError } from '../src/discord/errors';
import { type Rendered, renderNotice } from '../src/discord/render';
import { describePolicy, describeSettings } from '../src/spoilers/describe';
import {
	effectivePolicy,
	type SpoilerMode,
	type SpoilerPolicy,
	type SpoilerSettings,
	spoilerModes,
} from '../src/spoilers/policy';
import { SpoilerService } from '../src/spoilers/service';
import type { PolicyChange } from '../src/spoilers/settings';

/** The quick mode switch under `/spoilers view`: `custom_id` is `spoilers:mode:<mode>`, for the server's mode. */
const BUTTON = 'spoilers';
const MODE_LABELS: Record<SpoilerMode, string> = {
	tag: 'Tag spoilers',
	hide: 'Hide spoilers',
	show: 'Show everything',
};
const CHANNEL_TYPES = [
	ChannelType.GuildText,
	ChannelType.GuildAnnouncement,
	ChannelType.GuildVoice,
	ChannelType.GuildStageVoice,
	ChannelType.PublicThread,
	ChannelType.PrivateThread,
	ChannelType.AnnouncementThread,
] as const;

type Interaction = ChatInputCommandInteraction | ButtonInteraction;

function serviceOf(deps: Deps): SpoilerService {
	// A bot composed with a fixed policy (some tests) has no settings to change.
	if (deps.spoilers instanceof SpoilerService) return deps.spoilers;
	throw new UserError('spoilers-fixed', 'This copy of Molly runs with a fixed spoiler policy; it cannot be changed.');
}

function guildOf(interaction: Interaction): string {
	if (!interaction.inGuild()) throw new UserError('spoilers-guild-only', 'Spoiler settings belong to a server.');
	return interaction.guildId;
}

/** The `channel` option's id, or `null` for the whole server. */
function channelOption(interaction: ChatInputCommandInteraction): string | null {
	// The raw id, not getChannel(): a channel Discord did not resolve must not turn into a server-wide change.
	const value = interaction.options.get('channel')?.value;
	if (value === undefined) return null;
	if (!/^\d{17,20}$/.test(String(value))) {
		throw new UserError('spoilers-channel', 'That channel is not one I can set a policy for.');
	}
	return String(value);
}

/** The change as submitted: Discord checks option types and ranges, but a handler must not rely on it alone. */
function changeFrom(interaction: ChatInputCommandInteraction): PolicyChange {
	const mode = interaction.options.getString('mode');
	const safe = interaction.options.getInteger('safe-through');
	if (mode === null && safe === null) {
		throw new UserError('spoilers-nothing', 'Tell me what to change: a `mode`, a `safe-through` season, or both.');
	}
	if (mode !== null && !spoilerModes.includes(mode as SpoilerMode)) {
		throw new UserError('spoilers-mode', 'The mode must be tag, hide or show.');
	}
	if (safe !== null && (safe < 0 || safe > 99)) {
		throw new UserError('spoilers-season', 'Safe-through must be a season from 0 (none is safe) to 99.');
	}
	const change: PolicyChange = { channelId: channelOption(interaction) };
	if (mode !== null) change.mode = mode as SpoilerMode;
	// 0 reads naturally as "nothing is safe", which the policy spells `null`.
	if (safe !== null) change.safeThrough = safe === 0 ? null : safe;
	return change;
}

/** Who changed what, for the log: every change is kept with the moderator who made it. */
function logChange(deps: Deps, interaction: Interaction, fields: Record<string, unknown>, message: string): void {
	const who = { guild: interaction.guildId, user: interaction.user.id, username: interaction.user.username };
	deps.log.info({ ...who, ...fields }, message);
}

function modeButtons(current: SpoilerMode): APIActionRowComponent<APIButtonComponent> {
	return {
		type: ComponentType.ActionRow,
		components: spoilerModes.map((mode) => ({
			type: ComponentType.Button,
			style: mode === current ? ButtonStyle.Primary : ButtonStyle.Secondary,
			label: MODE_LABELS[mode],
			custom_id: `${BUTTON}:mode:${mode}`,
			disabled: mode === current,
		})),
	};
}

/** `/spoilers view`, with `headline` (what just changed) above it when a button changed something. */
function renderView(
	settings: SpoilerSettings | undefined,
	channelId: string | null,
	defaults: SpoilerPolicy,
	headline?: string,
): Rendered {
	const lines = describeSettings(settings, channelId, defaults);
	const text = headline ? [headline, '', ...lines] : lines;
	const server = effectivePolicy(settings, null, defaults);
	return { ...renderNotice(text.join('\n'), 'Spoiler settings'), components: [modeButtons(server.mode)] };
}

/** The confirmation of a change or reset: the new policy where it changed, and who changed it. */
function renderChanged(
	what: string,
	settings: SpoilerSettings,
	target: string | null,
	here: string | null,
	defaults: SpoilerPolicy,
	by: string,
): Rendered {
	const where = target === null ? 'Server' : `<#${target}>`;
	const lines = [`${where}: ${describePolicy(effectivePolicy(settings, target, defaults))}`];
	if (target === null && here !== null && settings.channels[here] !== undefined) {
		lines.push(`This channel keeps its own setting: ${describePolicy(effectivePolicy(settings, here, defaults))}`);
	}
	lines.push(`Changed by <@${by}>.`);
	return renderNotice(lines.join('\n'), what);
}

async function execute(interaction: ChatInputCommandInteraction, deps: Deps): Promise<void> {
	const service = serviceOf(deps);
	const guildId = guildOf(interaction);
	const subcommand = interaction.options.getSubcommand();
	const change = subcommand === 'set' ? changeFrom(interaction) : null;
	const target = change ? (change.channelId ?? null) : channelOption(interaction);
	// Settings are for the moderator's eyes; acknowledge before the store, which may be slow.
	await interaction.deferReply({ flags: MessageFlags.Ephemeral });
	const defaults = service.defaults();
	if (subcommand === 'view') {
		await interaction.editReply(renderView(await service.settings(guildId), interaction.channelId, defaults));
		return;
	}
	const settings = change ? await service.change(guildId, change) : await service.reset(guildId, target);
	const policy = effectivePolicy(settings, target, defaults);
	logChange(
		deps,
		interaction,
		{ channel: target, change, policy },
		change ? 'spoiler settings changed' : 'spoiler settings reset',
	);
	const what = change
		? 'Spoiler settings changed'
		: target === null
			? 'Spoiler settings reset to the defaults'
			: 'Channel setting removed: it follows the server';
	await interaction.editReply(
		renderChanged(what, settings, target, interaction.channelId, defaults, interaction.user.id),
	);
}

/** The mode buttons have no permission gate of their own in Discord: anyone who sees them can click. */
async function clickMode(interaction: ButtonInteraction, deps: Deps, payload: string): Promise<void> {
	const mode = payload.replace(/^mode:/, '') as SpoilerMode;
	if (!payload.startsWith('mode:') || !spoilerModes.includes(mode)) {
		throw new UserError('unknown-button', 'That button no longer does anything. Try /spoilers view.');
	}
	if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
		logChange(deps, interaction, { mode }, 'spoiler button refused: no Manage Server');
		await interaction.reply({
			content:
				'Only members with **Manage Server** can change spoiler settings with these buttons, so nothing was changed. ' +
				'If your server gave you `/spoilers`, use `/spoilers set` instead.',
			flags: MessageFlags.Ephemeral,
			allowedMentions: { parse: [] },
		});
		return;
	}
	const service = serviceOf(deps);
	const guildId = guildOf(interaction);
	await updateWithin(interaction, async () => {
		const settings = await service.change(guildId, { mode });
		const defaults = service.defaults();
		const policy = effectivePolicy(settings, null, defaults);
		logChange(
			deps,
			interaction,
			{ channel: null, change: { mode }, policy, via: 'button' },
			'spoiler settings changed',
		);
		const headline = `${MODE_LABELS[mode]} across the server, set by <@${interaction.user.id}>.`;
		return renderView(settings, interaction.channelId, defaults, headline);
	});
}

export default {
	data: new SlashCommandBuilder()
		.setName('spoilers')
		.setDescription('How Molly treats spoilers in this server (moderators)')
		.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
		.setContexts(InteractionContextType.Guild)
		.setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
		.addSubcommand((sub) => sub.setName('view').setDescription('The spoiler policy for this server and channel'))
		.addSubcommand((sub) =>
			sub
				.setName('set')
				.setDescription("Change the server's spoiler policy, or one channel's")
				.addStringOption((option) =>
					option
						.setName('mode')
						.setDescription('What to do with a spoiler')
						.addChoices(
							{ name: 'tag: wrap it in spoiler tags', value: 'tag' },
							{ name: 'hide: leave it out and say one was hidden', value: 'hide' },
							{ name: 'show: show it as it is', value: 'show' },
						),
				)
				.addIntegerOption((option) =>
					option
						.setName('safe-through')
						.setDescription('Seasons up to this one are not spoilers (0: every season is)')
						.setMinValue(0)
						.setMaxValue(99),
				)
				.addChannelOption((option) =>
					option
						.setName('channel')
						.setDescription('Set this channel only (e.g. #spoilers), not the whole server')
						.addChannelTypes(...CHANNEL_TYPES),
				),
		)
		.addSubcommand((sub) =>
			sub
				.setName('reset')
				.setDescription("Back to the defaults: the server's policy, or one channel's override")
				.addChannelOption((option) =>
					option
						.setName('channel')
						.setDescription('Remove only this channel’s own setting')
						.addChannelTypes(...CHANNEL_TYPES),
				),
		),
	execute,
	buttons: { [BUTTON]: clickMode },
} satisfies Command;
