/**
 * The daily post as Discord messages: the question with four buttons, its reveal, and the moderators' replies.
 * The one place daily text is escaped and spoiler-tagged (with the helpers /ask uses), kept apart from the
 * Discord-free job.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import { describeSource, formatDate } from '../discord/citations';
import { escapeText, fitText, fitWords, spoiler } from '../discord/markdown';
import { LIMITS, type Rendered, renderNotice } from '../discord/render';
import { leaders, type Standing } from './board';
import type { AnswerOutcome, RevealResult } from './publish';
import type { PostRecord, ScheduleRecord } from './records';
import type { DailyStatus } from './service';

/** Buttons on a daily post: `custom_id` is `daily:<postId>:<choice shown>`, routed to commands/daily.ts. */
export const DAILY_BUTTON = 'daily';
const LETTERS = ['A', 'B', 'C', 'D'] as const;
const COLOR = 0x1f4e79;
const REVEALED_COLOR = 0x2e7d32;
/** Names listed under "Got it" before "and N more": mentions are ~22 characters, the field holds 1024. */
const MAX_NAMES = 40;

/** A channel message body in Discord's own JSON (sent over REST, so snake_case), pinging nobody. */
export interface ChannelMessage {
	content?: string;
	embeds: APIEmbed[];
	components: APIActionRowComponent<APIButtonComponent>[];
	allowed_mentions: { parse: [] };
}

/** `<t:unix:style>`: Discord shows it in each reader's own time zone and language. */
export function stamp(at: Date, style: 'F' | 'R' | 'f' | 't'): string {
	return `<t:${Math.floor(at.getTime() / 1000)}:${style}>`;
}

function title(post: PostRecord): string {
	return post.kind === 'daily'
		? `🗓️ Daily trivia · ${formatDate(post.postId) ?? post.postId}`
		: '🧪 Daily trivia (test)';
}

/** Escaped text, spoiler-tagged when the channel's policy says so. */
function guarded(post: PostRecord, raw: string, max: number = LIMITS.description): string {
	const render = (text: string) => (post.visibility === 'tag' ? spoiler(escapeText(text)) : escapeText(text));
	return fitText(raw, max, render);
}

function buttons(post: PostRecord, revealed: boolean): APIActionRowComponent<APIButtonComponent> {
	return {
		type: 1,
		components: post.choices.map((choice, index) => ({
			type: 2 as const,
			// Button labels cannot be spoiler-tagged: a tagged post shows the choices in the text, behind tags.
			label: post.visibility === 'tag' ? LETTERS[index] : fitText(`${LETTERS[index]}. ${choice}`, 80, (t) => t),
			// Green marks the answer, except on a tagged post, where it would sit outside the spoiler tags.
			style: revealed && index === post.correct && post.visibility !== 'tag' ? 3 : 2,
			custom_id: `${DAILY_BUTTON}:${post.postId}:${index}`,
			disabled: revealed,
		})),
	};
}

function choiceLines(post: PostRecord): string[] {
	if (post.visibility !== 'tag') return [];
	return post.choices.map((choice, index) => `**${LETTERS[index]}.** ${guarded(post, choice, 300)}`);
}

/** The question as posted: four buttons, first click counts, and when the answer comes. */
export function renderPost(post: PostRecord): ChannelMessage {
	const description = [
		guarded(post, post.question, 1000),
		...choiceLines(post),
		'',
		`First click counts; only you see what you picked. The answer comes ${stamp(new Date(post.revealAt), 'R')}.`,
	].join('\n');
	const footer =
		post.kind === 'daily'
			? 'Right answers on consecutive daily posts build a streak'
			: 'A test post: it does not count toward streaks or the leaderboard';
	return {
		embeds: [{ title: title(post), color: COLOR, description, footer: { text: footer } }],
		components: [buttons(post, false)],
		allowed_mentions: { parse: [] },
	};
}

/** The post edited into its reveal: the right answer, the quote that proves it with its source, who got it. */
export function renderReveal({ post, answered, correctUsers, board }: RevealResult): ChannelMessage {
	const answer = `✅ **${LETTERS[post.correct]}.** ${guarded(post, post.choices[post.correct] ?? '', 300)}`;
	const render = (raw: string) =>
		raw
			.split('\n')
			.map((line) => `> ${post.visibility === 'tag' ? spoiler(escapeText(line)) : escapeText(line)}`)
			.join('\n');
	const quote = fitWords(post.quote.text, 1500, render) ?? '> …';
	const source = describeSource(post.quote.source);
	const description = [
		guarded(post, post.question, 1000),
		'',
		answer,
		quote,
		`— ${post.visibility === 'tag' ? spoiler(source) : source}`,
	].join('\n');
	const fields: APIEmbedField[] = [gotIt(correctUsers, answered)];
	if (board) fields.push({ name: '🏆 Leaderboard', value: standings(leaders(board, 5)) });
	return {
		embeds: [
			{
				title: title(post),
				color: REVEALED_COLOR,
				description,
				fields,
				footer: { text: 'Answers are closed. Quotes are word for word from the source named.' },
			},
		],
		components: [buttons(post, true)],
		allowed_mentions: { parse: [] },
	};
}

function gotIt(correctUsers: string[], answered: number): APIEmbedField {
	const name = `🎯 Got it: ${correctUsers.length} of ${answered}`;
	if (correctUsers.length === 0) return { name, value: answered === 0 ? 'Nobody answered.' : 'Nobody this time.' };
	const shown = correctUsers.slice(0, MAX_NAMES).map((id) => `<@${id}>`);
	const more = correctUsers.length - shown.length;
	return { name, value: `${shown.join(' ')}${more > 0 ? ` and ${more} more` : ''}`.slice(0, LIMITS.fieldValue) };
}

/** `1. @member — 12 points · 🔥 3 in a row`, one line each. */
export function standings(list: readonly Standing[]): string {
	if (list.length === 0) return 'Nobody has scored yet.';
	return list
		.map((s, i) => {
			const streak = s.streak > 1 ? ` · 🔥 ${s.streak} in a row` : '';
			return `${i + 1}. <@${s.userId}> — ${s.points} ${s.points === 1 ? 'point' : 'points'}${streak}`;
		})
		.join('\n');
}

/** The reply to `/daily set`. */
export function renderConfigured(record: ScheduleRecord, next: Date): Rendered {
	return renderNotice(
		[
			`Every day at **${record.time}** (${escapeText(record.timeZone)}) I'll post a trivia question in <#${record.channelId}>.`,
			`Next post: ${stamp(next, 'F')} (${stamp(next, 'R')}).`,
			'Answers are revealed at the next post, or sooner as `/daily status` says.',
		].join('\n'),
		'Daily trivia is on',
	);
}

/** `/daily status`: the schedule, the next and last post, why it is paused, and the leaderboard. */
export function renderStatus(status: DailyStatus, guildId: string): Rendered {
	const { schedule, paused, next, last } = status;
	const lines: string[] = [];
	if (!schedule) lines.push('Daily trivia is **off**. Turn it on with `/daily set`.');
	else {
		lines.push(`**Channel:** <#${schedule.channelId}>`);
		lines.push(`**Time:** ${schedule.time} (${escapeText(schedule.timeZone)}), set by <@${schedule.setBy}>`);
		if (paused) {
			lines.push(
				`**Paused** since ${stamp(new Date(paused.at), 'f')}: ${escapeText(paused.reason)} (<#${paused.channelId}>).`,
				'Fix that, then run `/daily set` again to resume.',
			);
		} else if (next) lines.push(`**Next post:** ${stamp(next, 'F')} (${stamp(next, 'R')})`);
	}
	lines.push(`**Last post:** ${describeLast(last, guildId)}`);
	lines.push(`**Answers:** revealed ${status.revealAfterHours} hours after the post, or at the next post if sooner`);
	const text = `${lines.join('\n')}\n\n**🏆 Leaderboard**\n${standings(status.leaders)}`;
	return renderNotice(text, 'Daily trivia');
}

function describeLast(last: DailyStatus['last'], guildId: string): string {
	if (!last) return 'none yet';
	const day = formatDate(last.date) ?? last.date;
	const claim = last.claim;
	if (!claim) return day;
	if (claim.state === 'sent' && claim.messageId) {
		return `${day}, ${stamp(new Date(claim.at), 'R')}: https://discord.com/channels/${guildId}/${claim.channelId}/${claim.messageId}`;
	}
	if (claim.state === 'failed') return `${day}: not sent, ${escapeText(claim.reason ?? 'Discord refused it')}`;
	return last.unsent
		? `${day}: skipped (I stopped between claiming the day and posting; I never risk a second post)`
		: `${day}: being posted right now`;
}

/** The ephemeral answer to a click. */
export function renderAnswerAck(outcome: AnswerOutcome): string {
	if (outcome.kind === 'unknown') return 'That question is no longer open.';
	if (outcome.kind === 'closed') return 'Answers to this question are closed: the answer is on the post.';
	const picked = `**${LETTERS[outcome.choice]}.** ${escapeText(outcome.label)}`;
	const when = `The answer comes ${stamp(outcome.revealAt, 'R')}.`;
	return outcome.kind === 'counted'
		? `Got it: you picked ${picked}. ${when}`
		: `You already answered ${picked}; only your first click counts. ${when}`;
}
