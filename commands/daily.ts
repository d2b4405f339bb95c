import {
	ApplicationIntegrationType,
	type ButtonInteraction,
	ChannelType,
	type ChatInputCommandInteraction,
	InteractionContextType,
	PermissionFlagsBits,
	SlashCommandBuilder,
} from 'discord.js';
import { wallClock } from '../src/daily/local-time';
import { DAILY_BUTTON, renderAnswerAck, renderConfigured, renderStatus, stamp } from '../src/daily/render';
import { validateSchedule } from '../src/daily/schedule';
import { searchZones } from '../src/daily/zones';
import { replyPrivatelyWithin } from '../src/discord/acknowledge';
import type { Command, Deps } from '../src/discord/command';
import { UserError } from '../src/discord/errors';
import { type Rendered, renderNotice } from '../src/discord/render';

/** Channels a daily post can go to: text and announcement channels. */
const CHANNEL_TYPES = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

type Interaction = ChatInputCommandInteraction | ButtonInteraction;

function guildOf(interaction: Interaction): string {
	if (!interaction.inGuild()) throw new UserError('daily-guild-only', 'The daily post belongs to a server.');
	return interaction.guildId;
}

/** The `channel` option's raw id: Discord resolves it, but a handler must not rely on the resolution alone. */
function channelOption(interaction: ChatInputCommandInteraction): string {
	const value = String(interaction.options.get('channel', true).value ?? '');
	if (!/^\d{17,20}$/.test(value)) throw new UserError('daily-channel', 'That is not a channel I can post in.');
	const resolved = interaction.options.getChannel('channel');
	if (resolved && !(CHANNEL_TYPES as readonly ChannelType[]).includes(resolved.type)) {
		throw new UserError('daily-channel', 'Pick a text or announcement channel for the daily post.');
	}
	return value;
}

async function set(interaction: ChatInputCommandInteraction, deps: Deps, guildId: string): Promise<Rendered> {
	const channelId = channelOption(interaction);
	const time = interaction.options.getString('time', true);
	const zone = interaction.options.getString('timezone', true);
	// Autocomplete only suggests: whatever was submitted is checked again here.
	const checked = validateSchedule(time, zone);
	if (!checked.ok && checked.code === 'bad-time') {
		throw new UserError(
			'daily-bad-time',
			`“${time.slice(0, 20)}” is not a time: use HH:MM, 24-hour, e.g. 09:00 or 18:30.`,
		);
	}
	if (!checked.ok) {
		// Each part of what was typed may name a city ("Chicago/Illinois"): offer the zones they match.
		const parts = [zone, ...zone.split(/[/,\s]+/)].filter((part) => part.length >= 3);
		const near = [...new Set(parts.flatMap((part) => searchZones(part, 3)))].slice(0, 3);
		const hint = near.length > 0 ? ` Did you mean ${near.map((z) => `\`${z}\``).join(', ')}?` : '';
		throw new UserError(
			'daily-bad-zone',
			`I don't know the time zone “${zone.slice(0, 60)}”.${hint} Pick one from the list as you type.`,
		);
	}
	const { record, next } = await deps.daily.configure(guildId, checked.schedule, channelId, interaction.user.id);
	deps.log.info(
		{ guild: guildId, user: interaction.user.id, channel: channelId, time: record.time, zone: record.timeZone },
		'daily post scheduled',
	);
	return renderConfigured(record, next);
}

async function execute(interaction: ChatInputCommandInteraction, deps: Deps): Promise<void> {
	const guildId = guildOf(interaction);
	const subcommand = interaction.options.getSubcommand();
	await replyPrivatelyWithin(interaction, async () => {
		if (subcommand === 'set') return set(interaction, deps, guildId);
		if (subcommand === 'off') {
			const was = await deps.daily.turnOff(guildId);
			deps.log.info({ guild: guildId, user: interaction.user.id }, 'daily post turned off');
			return renderNotice(
				was
					? `No more daily questions in <#${was.channelId}>. Turn them back on with \`/daily set\`.`
					: 'The daily post was already off.',
				'Daily trivia is off',
			);
		}
		if (subcommand === 'status') return renderStatus(await deps.daily.status(guildId), guildId);
		if (subcommand === 'now') return postNow(interaction, deps, guildId);
		throw new UserError('unknown-subcommand', 'Try `/daily set`, `/daily status`, `/daily now` or `/daily off`.');
	});
}

/** `/daily now`: a test post in the scheduled channel (or here, if none is set), outside the schedule. */
async function postNow(interaction: ChatInputCommandInteraction, deps: Deps, guildId: string): Promise<Rendered> {
	const schedule = await deps.daily.records.schedules.get(guildId);
	const channelId = schedule?.channelId ?? interaction.channelId;
	const result = await deps.daily.postNow(guildId, channelId);
	if (!result.ok) {
		deps.log.warn({ guild: guildId, channel: channelId, code: result.failure.code }, 'daily test post failed');
		return renderNotice(`I couldn't post in <#${channelId}>: ${result.failure.reason}.`, 'Test post not sent');
	}
	const revealAt = new Date(result.post.revealAt);
	return renderNotice(
		[
			`Posted a test question in <#${channelId}>. It doesn't count as the day's post, nor toward streaks.`,
			`Its answer is revealed ${stamp(revealAt, 'R')}, or when you post the next test.`,
		].join('\n'),
		'Test post sent',
	);
}

/** A click on a daily post's button: `payload` is `<postId>:<choice shown>`. Anyone who sees the post may answer. */
async function click(interaction: ButtonInteraction, deps: Deps, payload: string): Promise<void> {
	const guildId = guildOf(interaction);
	const match = /^([\w-]{1,40}):([0-3])$/.exec(payload);
	if (!match) throw new UserError('unknown-button', 'That button no longer does anything.');
	const [, postId = '', choice = '0'] = match;
	await replyPrivatelyWithin(interaction, async () => {
		const outcome = await deps.daily.answer(guildId, postId, interaction.user.id, Number(choice));
		return renderNotice(renderAnswerAck(outcome));
	});
}

export default {
	data: new SlashCommandBuilder()
		.setName('daily')
		.setDescription('A trivia question posted every day at a set time (moderators)')
		.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
		.setContexts(InteractionContextType.Guild)
		.setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
		.addSubcommand((sub) =>
			sub
				.setName('set')
				.setDescription('Post a question every day in a channel at a local time')
				.addChannelOption((option) =>
					option
						.setName('channel')
						.setDescription('Where to post')
						.setRequired(true)
						.addChannelTypes(...CHANNEL_TYPES),
				)
				.addStringOption((option) =>
					option
						.setName('time')
						.setDescription('Local time, 24-hour HH:MM, e.g. 09:00 or 18:30')
						.setRequired(true)
						.setMinLength(4)
						.setMaxLength(5),
				)
				.addStringOption((option) =>
					option
						.setName('timezone')
						.setDescription('Your time zone, e.g. America/Chicago: start typing a city')
						.setRequired(true)
						.setMaxLength(100)
						.setAutocomplete(true),
				),
		)
		.addSubcommand((sub) => sub.setName('off').setDescription('Stop the daily post'))
		.addSubcommand((sub) =>
			sub.setName('status').setDescription('Channel, time, next and last post, and the leaderboard'),
		)
		.addSubcommand((sub) =>
			sub.setName('now').setDescription("Post a test question now (doesn't count as the day's post)"),
		),
	execute,
	async autocomplete(interaction, deps) {
		const focused = interaction.options.getFocused(true);
		if (focused.name !== 'timezone') return interaction.respond([]);
		const now = deps.daily.now();
		// The zone's time now helps people pick the right one of several similar names.
		const choices = searchZones(String(focused.value)).map((zone) => {
			const clock = wallClock(now, zone);
			const hhmm = `${String(Math.floor(clock.secondOfDay / 3600)).padStart(2, '0')}:${String(Math.floor((clock.secondOfDay % 3600) / 60)).padStart(2, '0')}`;
			return { name: `${zone} (now ${hhmm})`.slice(0, 100), value: zone };
		});
		await interaction.respond(choices);
	},
	buttons: { [DAILY_BUTTON]: click },
} satisfies Command;
