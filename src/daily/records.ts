import { z } from 'zod';
import type { Counters, Namespace, Store } from '../store';

const id = z.string().regex(/^\d{1,20}$/, 'a Discord id');
const instant = z.iso.datetime();
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a local date');
const choice = z.number().int().min(0).max(3);

/** What moderators set with `/daily set`: written only by the command. */
export const scheduleRecord = z.object({
	channelId: id,
	/** 'HH:MM', as `validateSchedule` normalised it. */
	time: z.string().regex(/^\d{2}:\d{2}$/),
	timeZone: z.string().min(1),
	/** When it was set: no run at or before this instant falls due, and a pause from before it no longer holds. */
	activeSince: instant,
	setBy: id,
});
export type ScheduleRecord = z.infer<typeof scheduleRecord>;

/**
 * The claim on one local date, written with set-if-absent before anything is sent: whoever writes it is the one
 * process that may post that day. `state` then records how the send went; 'claimed' long after `at` means the
 * claimer stopped before sending, and the day is skipped.
 */
export const claimRecord = z.object({
	by: z.string(),
	at: instant,
	state: z.enum(['claimed', 'sent', 'failed']),
	channelId: id,
	messageId: id.optional(),
	reason: z.string().optional(),
});
export type ClaimRecord = z.infer<typeof claimRecord>;

/** A copy of the latest claim's date and instant, for `dueNow`: the store cannot list claims. */
export const lastClaimRecord = z.object({ date: localDate, at: instant });
export type LastClaimRecord = z.infer<typeof lastClaimRecord>;

/** Why posting stopped. It holds only while the schedule's `activeSince` matches: `/daily set` resumes. */
export const pauseRecord = z.object({
	code: z.number().int(),
	reason: z.string(),
	at: instant,
	channelId: id,
	activeSince: instant,
});
export type PauseRecord = z.infer<typeof pauseRecord>;

const sourceRecord = z.object({
	articleId: z.string(),
	headline: z.string(),
	headlineDerived: z.boolean(),
	outlet: z.string().nullable(),
	date: z.string().nullable(),
});

/**
 * One posted question, with everything its reveal needs copied in: a rebuilt bank cannot break an open post.
 * `choices` are in the order shown; `correct` indexes them.
 */
export const postRecord = z.object({
	postId: z.string(),
	kind: z.enum(['daily', 'test']),
	guildId: id,
	channelId: id,
	messageId: id.nullable(),
	questionId: z.string(),
	question: z.string(),
	choices: z.array(z.string()).length(4),
	correct: choice,
	quote: z.object({ text: z.string(), source: sourceRecord }),
	visibility: z.enum(['show', 'tag']),
	postedAt: instant,
	revealAt: instant,
	revealedAt: instant.nullable(),
});
export type PostRecord = z.infer<typeof postRecord>;

/** A member's first click on a post, kept with set-if-absent so later clicks cannot replace it. */
export const answerRecord = z.object({ userId: id, choice, at: instant });
export type AnswerRecord = z.infer<typeof answerRecord>;

/** Who revealed a post: set-if-absent, so results are counted into the leaderboard once. */
export const revealRecord = z.object({ by: z.string(), at: instant });

export const playerRecord = z.object({
	points: z.number().int().min(0),
	answered: z.number().int().min(0),
	/** Right answers in a row, over consecutive revealed daily posts. */
	streak: z.number().int().min(0),
	best: z.number().int().min(0),
	/** The post id (local date) of the last right answer; the streak is current only if it is the last revealed. */
	lastCorrect: z.string().nullable(),
});
export type PlayerRecord = z.infer<typeof playerRecord>;

/** A server's daily leaderboard and streaks. Written only by whoever won the reveal claim of a daily post. */
export const boardRecord = z.object({
	lastRevealed: z.string().nullable(),
	players: z.record(id, playerRecord),
});
export type BoardRecord = z.infer<typeof boardRecord>;

/** When each question was last posted in a server (epoch ms), pruned to the avoidance window. */
export const seenRecord = z.record(z.string(), z.number());
export type SeenRecord = z.infer<typeof seenRecord>;

/** The latest `/daily now` post of a server, revealed when due or when the next one is posted. */
export const lastTestRecord = z.object({ postId: z.string() });

/** Every namespace the daily feature keeps, keyed as the comments say. */
export interface DailyRecords {
	/** guild */
	schedules: Namespace<ScheduleRecord>;
	/** `guild:localDate` */
	claims: Namespace<ClaimRecord>;
	/** guild */
	lastClaims: Namespace<LastClaimRecord>;
	/** guild */
	pauses: Namespace<PauseRecord>;
	/** `guild:postId` */
	posts: Namespace<PostRecord>;
	/** `guild:postId:user` */
	answers: Namespace<AnswerRecord>;
	/** `guild:postId:n`, n from 1 to the count: lets the reveal list answers, which the store cannot scan. */
	answerLog: Namespace<AnswerRecord>;
	/** `guild:postId` */
	answerCounts: Counters;
	/** `guild:postId` */
	reveals: Namespace<z.infer<typeof revealRecord>>;
	/** guild */
	boards: Namespace<BoardRecord>;
	/** guild */
	seen: Namespace<SeenRecord>;
	/** guild */
	lastTests: Namespace<z.infer<typeof lastTestRecord>>;
}

/** Opens the daily feature's namespaces on `store`. Keys look like `molly:daily-claim:<guild>:<date>`. */
export function dailyRecords(store: Store): DailyRecords {
	return {
		schedules: store.namespace('daily-schedule', scheduleRecord),
		claims: store.namespace('daily-claim', claimRecord),
		lastClaims: store.namespace('daily-last-claim', lastClaimRecord),
		pauses: store.namespace('daily-pause', pauseRecord),
		posts: store.namespace('daily-post', postRecord),
		answers: store.namespace('daily-answer', answerRecord),
		answerLog: store.namespace('daily-answer-log', answerRecord),
		answerCounts: store.counters('daily-answer-count'),
		reveals: store.namespace('daily-reveal', revealRecord),
		boards: store.namespace('daily-board', boardRecord),
		seen: store.namespace('daily-seen', seenRecord),
		lastTests: store.namespace('daily-last-test', lastTestRecord),
	};
}
