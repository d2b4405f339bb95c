/**
 * Trivia's Discord side: how a round looks in a channel (questions, reveals, standings) and the table that posts
 * them. The rest of src/trivia stays free of Discord; this file is the one adapter, as src/daily/discord.ts is
 * for the daily post.
 */
import {
	type APIActionRowComponent,
	type APIButtonComponent,
	type APIEmbed,
	ButtonStyle,
	type ChatInputCommandInteraction,
	ComponentType,
	MessageFlags,
	type SendableChannels,
} from 'discord.js';
import { describeSource } from '../discord/citations';
import { escapeText, fitText, spoiler } from '../discord/markdown';
import type { Logger } from '../log';
import type { Score } from '../store';
import { DefaultScoring, type Standing } from './round';
import type { AskView, ClickOutcome, EndView, RevealView, TriviaTable } from './service';

/** Buttons route by this prefix: `trivia:<round>:<question>:<slot>` (see commands/trivia.ts). */
export const TRIVIA_BUTTON = 'trivia';
const LETTERS = ['A', 'B', 'C', 'D'];
const COLOR = 0x1f4e79;
const RIGHT_COLOR = 0x2e7d32;
const NONE = { parse: [] as [] };

/** A message for `channel.send`, `edit` or an interaction reply; nobody is pinged. */
export interface TriviaMessage {
	content?: string;
	embeds: APIEmbed[];
	components: APIActionRowComponent<APIButtonComponent>[];
	allowedMentions: { parse: [] };
}

const mention = (id: string) => (/^\d{5,25}$/.test(id) ? `<@${id}>` : escapeText(id));
const maybeTag = (escaped: string, tagged: boolean) => (tagged ? spoiler(escaped) : escaped);

export function buttonId(roundId: string, index: number, slot: number): string {
	return `${TRIVIA_BUTTON}:${roundId}:${index}:${slot}`;
}

/** Reads the part of a trivia button's `custom_id` after the prefix; null when it is not one of ours. */
export function readButton(payload: string): { roundId: string; index: number; slot: number } | null {
	const m = /^([\w-]{1,40}):(\d{1,2}):([0-3])$/.exec(payload);
	return m ? { roundId: m[1] ?? '', index: Number(m[2]), slot: Number(m[3]) } : null;
}

function buttons(view: AskView, reveal?: { rightSlot: number }): APIActionRowComponent<APIButtonComponent> {
	return {
		type: ComponentType.ActionRow,
		components: view.choices.map((choice, slot) => ({
			type: ComponentType.Button,
			style: reveal ? (slot === reveal.rightSlot ? ButtonStyle.Success : ButtonStyle.Secondary) : ButtonStyle.Primary,
			label: fitText(`${LETTERS[slot]}. ${choice}`, 80, (t) => t),
			custom_id: buttonId(view.roundId, view.index, slot),
			disabled: reveal !== undefined,
		})),
	};
}

/** The question with four buttons; tagged under a spoiler policy that tags its seasons. */
export function renderQuestion(view: AskView): TriviaMessage {
	const tagged = view.visibility === 'tag';
	const lines = [maybeTag(`**${escapeText(view.question.question)}**`, tagged)];
	if (tagged) lines.push('_Spoiler-tagged by this channel’s settings: the buttons alone give nothing away._');
	lines.push(`⏱️ Time’s up <t:${Math.ceil(view.closesAt / 1000)}:R>. Your first click counts.`);
	return {
		embeds: [
			{
				title: `Trivia · question ${view.index + 1} of ${view.total}`,
				color: COLOR,
				description: lines.join('\n\n'),
				footer: { text: `${view.question.difficulty} · ${view.seconds} seconds · faster right answers score more` },
			},
		],
		components: [buttons(view)],
		allowedMentions: NONE,
	};
}

/**
 * The question message once time is up: same text, buttons disabled, the right one green, except where the
 * question is spoiler-tagged: a green button would give the answer away outside the tags.
 */
export function renderClosedQuestion(view: AskView | RevealView): TriviaMessage {
	const open = renderQuestion(view);
	const [embed] = open.embeds;
	const description = (embed?.description ?? '').replace(/\n\n⏱️[^\n]*$/, '\n\n⏱️ Time’s up.');
	return {
		...open,
		embeds: [{ ...embed, description }],
		components: [buttons(view, { rightSlot: 'rightSlot' in view && view.visibility === 'show' ? view.rightSlot : -1 })],
	};
}

function standingLines(standings: readonly Standing[], limit = 10): string {
	if (standings.length === 0) return 'No points yet.';
	const medals = ['🥇', '🥈', '🥉'];
	const lines = standings
		.slice(0, limit)
		.map((s, i) => `${medals[i] ?? `**${i + 1}.**`} ${mention(s.player.id)} — ${s.points} pts (${s.correct} right)`);
	if (standings.length > limit) lines.push(`…and ${standings.length - limit} more`);
	return lines.join('\n');
}

/** The answer, who got it, and the quote that proves it with its citation; all tagged when the question was. */
export function renderReveal(view: RevealView, pauseSeconds: number): TriviaMessage {
	const tagged = view.visibility === 'tag';
	const { question } = view;
	const right = `${LETTERS[view.rightSlot]}. ${view.choices[view.rightSlot] ?? ''}`;
	const quote = question.quote.text
		.split('\n')
		.map((line) => `> ${maybeTag(escapeText(line), tagged)}`)
		.join('\n');
	const source = maybeTag(describeSource(question.quote.source), tagged);
	const description = [
		maybeTag(escapeText(question.question), tagged),
		`✅ ${maybeTag(`**${escapeText(right)}**`, tagged)}`,
		`${fitText(quote, 3000, (t) => t)} [1]`,
		`[1] ${source}`,
	].join('\n\n');
	const got =
		view.correct.length === 0
			? `Nobody this time (${view.answered} answered).`
			: view.correct
					.slice(0, 20)
					.map((c) => `${mention(c.player.id)} +${c.points}`)
					.join(', ') +
				(view.correct.length > 20 ? ` and ${view.correct.length - 20} more` : '') +
				` (${view.correct.length} of ${view.answered} right)`;
	return {
		embeds: [
			{
				title: `Answer ${view.index + 1} of ${view.total}`,
				color: RIGHT_COLOR,
				description: description.slice(0, 4096),
				fields: [
					{ name: 'Got it', value: fitText(got, 1024, (t) => t) },
					{ name: 'Standings', value: fitText(standingLines(view.standings), 1024, (t) => t) },
				],
				footer: { text: view.last ? 'That was the last question.' : `Next question in ${pauseSeconds} seconds.` },
			},
		],
		components: [],
		allowedMentions: NONE,
	};
}

export function renderEnd(view: EndView): TriviaMessage {
	const title =
		view.reason === 'stopped'
			? `⏹️ Round stopped after ${view.revealed} of ${view.total} questions`
			: view.reason === 'failed'
				? '⚠️ Round ended early'
				: '🏁 Round over';
	const by = view.reason === 'stopped' && view.stoppedBy ? `Stopped by ${mention(view.stoppedBy.id)}.\n\n` : '';
	return {
		embeds: [
			{
				title,
				color: COLOR,
				description: `${by}${standingLines(view.standings)}`,
				footer: { text: 'Points count towards /trivia leaderboard.' },
			},
		],
		components: [],
		allowedMentions: NONE,
	};
}

export function renderLeaderboard(scores: readonly Score[]): TriviaMessage {
	const lines = scores.map((s, i) => `**${i + 1}.** ${mention(s.member)} — ${s.score.toLocaleString('en-US')} points`);
	return {
		embeds: [
			{
				title: '🏆 Trivia leaderboard',
				color: COLOR,
				description: lines.length
					? lines.join('\n')
					: 'No points yet in this server: start a round with `/trivia start`.',
			},
		],
		components: [],
		allowedMentions: NONE,
	};
}

export function renderStart(total: number, seconds: number, starterId: string): TriviaMessage {
	return {
		content:
			`🎬 **Trivia!** ${total} questions, ${seconds} seconds each, started by ${mention(starterId)}. ` +
			`Your first click counts: a right answer scores ${DefaultScoring.base} points, plus up to ${DefaultScoring.speed} more ` +
			'the faster it comes. Every answer is revealed with the quote that proves it.',
		embeds: [],
		components: [],
		allowedMentions: NONE,
	};
}

/** What a player alone is told about their click. */
export function clickReply(outcome: ClickOutcome): string {
	switch (outcome.status) {
		case 'counted':
			return `🔒 Locked in: **${escapeText(`${LETTERS[outcome.slot]}. ${outcome.choice}`)}**. The answer comes when time is up.`;
		case 'already':
			return `You already answered **${escapeText(`${LETTERS[outcome.slot]}. ${outcome.choice}`)}**: only your first click counts.`;
		case 'closed':
			return 'Time’s up for this question: only answers given in time count.';
		case 'stale':
			return 'That question is over: answer the newest one.';
		default:
			return 'This round has ended. Start a new one with `/trivia start`.';
	}
}

/**
 * Plays a round in `channel`: questions and reveals are channel messages (a round can outlast the 15 minutes an
 * interaction token lives), and the question message is edited at time-up so its buttons stop inviting clicks.
 * A failure to post is told to the player who started the round, privately.
 */
export function channelTable(
	channel: SendableChannels,
	interaction: ChatInputCommandInteraction,
	log: Logger,
	pauseMs: number,
): TriviaTable {
	const posted = new Map<number, { edit(body: TriviaMessage): Promise<unknown> }>();
	const close = async (view: AskView | RevealView) => {
		const message = posted.get(view.index);
		posted.delete(view.index);
		await message?.edit(renderClosedQuestion(view)).catch((error: unknown) => {
			log.warn({ err: error, channel: channel.id }, 'trivia question not closed');
		});
	};
	return {
		async ask(view) {
			posted.set(view.index, await channel.send(renderQuestion(view)));
		},
		async reveal(view) {
			await close(view);
			await channel.send(renderReveal(view, Math.round(pauseMs / 1000)));
		},
		async end(view) {
			if (view.open) await close(view.open);
			if (view.reason === 'failed') {
				await interaction.followUp({
					content:
						'I could not post the trivia round in this channel (do I have permission to send messages here?), so it ended.',
					flags: MessageFlags.Ephemeral,
					allowedMentions: NONE,
				});
				return;
			}
			await channel.send(renderEnd(view));
		},
	};
}
