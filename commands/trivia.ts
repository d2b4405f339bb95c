import {
	type ChatInputCommandInteraction,
	InteractionContextType,
	MessageFlags,
	PermissionFlagsBits,
	SlashCommandBuilder,
} from 'discord.js';
import { replyWithin } from '../src/discord/acknowledge';
import type { Command, Deps } from '../src/discord/command';
import { UserError } from '../src/discord/errors';
import {
	channelTable,
	clickReply,
	readButton,
	renderLeaderboard,
	renderStart,
	TRIVIA_BUTTON,
} from '../src/trivia/discord';
import { RoundLimits } from '../src/trivia/round';
import { type Started, TriviaError } from '../src/trivia/service';

const { questions: Q, seconds: S } = RoundLimits;
const player = (interaction: { user: { id: string; username: string; globalName: string | null } }) => ({
	id: interaction.user.id,
	name: interaction.user.globalName ?? interaction.user.username,
});

async function start(interaction: ChatInputCommandInteraction, deps: Deps): Promise<void> {
	const { channel, guildId } = interaction;
	if (!guildId || !channel?.isSendable())
		throw new UserError('trivia-channel', 'Trivia is played in a server channel I can post in.');
	const questions = interaction.options.getInteger('questions') ?? Q.default;
	const seconds = interaction.options.getInteger('seconds') ?? S.default;
	let started: Started | undefined;
	// Picking reads the store (questions asked recently): replyWithin defers if that is slow.
	await replyWithin(interaction, async () => {
		try {
			const decide = await deps.spoilers.decisionFor(guildId, channel.id);
			started = await deps.trivia.start({
				guildId,
				channelId: channel.id,
				starter: player(interaction),
				questions,
				seconds,
				decide,
				table: channelTable(channel, interaction, deps.log, deps.trivia.pauseMs),
			});
		} catch (error) {
			if (error instanceof TriviaError) throw new UserError(`trivia-${error.code}`, error.message);
			throw error;
		}
		return renderStart(started.round.questions.length, seconds, interaction.user.id);
	}).catch((error: unknown) => {
		started?.cancel();
		throw error;
	});
	started?.begin();
}

async function stop(interaction: ChatInputCommandInteraction, deps: Deps): Promise<void> {
	const canManage = interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
	const outcome = deps.trivia.stop(interaction.channelId, player(interaction), canManage);
	if (outcome.ok) {
		await interaction.reply({ content: '⏹️ Stopping the round…', allowedMentions: { parse: [] } });
		return;
	}
	const message =
		outcome.code === 'no-round'
			? 'There is no trivia round running in this channel.'
			: `Only <@${outcome.starter.id}>, who started this round, or someone with Manage Server can stop it.`;
	await interaction.reply({ content: message, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}

async function leaderboard(interaction: ChatInputCommandInteraction, deps: Deps): Promise<void> {
	const { guildId } = interaction;
	if (!guildId) throw new UserError('trivia-guild', 'Leaderboards are kept per server: ask in a server channel.');
	await replyWithin(interaction, async () => renderLeaderboard(await deps.trivia.leaderboard(guildId, 10)));
}

export default {
	data: new SlashCommandBuilder()
		.setName('trivia')
		.setDescription('Multiple-choice trivia from the articles, with the quote behind every answer')
		.setContexts(InteractionContextType.Guild)
		.addSubcommand((sub) =>
			sub
				.setName('start')
				.setDescription('Start a trivia round in this channel')
				.addIntegerOption((o) =>
					o
						.setName('questions')
						.setDescription(`How many questions (${Q.min}-${Q.max}, default ${Q.default})`)
						.setMinValue(Q.min)
						.setMaxValue(Q.max),
				)
				.addIntegerOption((o) =>
					o
						.setName('seconds')
						.setDescription(`Seconds to answer each (${S.min}-${S.max}, default ${S.default})`)
						.setMinValue(S.min)
						.setMaxValue(S.max),
				),
		)
		.addSubcommand((sub) =>
			sub.setName('stop').setDescription('Stop the round in this channel (its starter or Manage Server)'),
		)
		.addSubcommand((sub) => sub.setName('leaderboard').setDescription("This server's best trivia players")),
	async execute(interaction, deps) {
		const sub = interaction.options.getSubcommand();
		if (sub === 'start') await start(interaction, deps);
		else if (sub === 'stop') await stop(interaction, deps);
		else await leaderboard(interaction, deps);
	},
	buttons: {
		// Anyone who sees a question may click; the round itself decides whether the click counts.
		async [TRIVIA_BUTTON](interaction, deps, payload) {
			const button = readButton(payload);
			const outcome = button
				? deps.trivia.click(button.roundId, button.index, button.slot, player(interaction))
				: ({ status: 'ended' } as const);
			await interaction.reply({
				content: clickReply(outcome),
				flags: MessageFlags.Ephemeral,
				allowedMentions: { parse: [] },
			});
		},
	},
} satisfies Command;
