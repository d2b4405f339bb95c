import type { Logger } from '../log';
import type { TriviaQuestion } from '../trivia/types';
import { applyResults, emptyBoard } from './board';
import { markSeen, type Picked, pickQuestion, type SeasonVisibility } from './pick';
import type { AnswerRecord, BoardRecord, DailyRecords, PostRecord } from './records';

/** What the reveal shows: the post, how many answered, who got it (in the order they answered), the board. */
export interface RevealResult {
	post: PostRecord;
	answered: number;
	correctUsers: string[];
	/** The leaderboard after this reveal; null for a `/daily now` post, which does not count. */
	board: BoardRecord | null;
}

/** Sends and edits daily posts on the platform (Discord); rejects with the platform's error, which carries a code. */
export interface Poster {
	/** Sends the question and resolves with the message id. */
	send(post: PostRecord): Promise<string>;
	/** Edits the post into its reveal. */
	reveal(result: RevealResult): Promise<void>;
}

/** Why a post could not be sent, and whether the schedule should pause until a moderator acts. */
export interface SendFailure {
	/** Discord's error code, or 0 when Molly itself had nothing to post. */
	code: number;
	reason: string;
	pauses: boolean;
}

/** Discord errors that no retry can fix: the schedule pauses with this reason until `/daily set` is run again. */
export const PAUSING_ERRORS: Readonly<Record<number, string>> = {
	10003: 'the channel no longer exists (deleted?)',
	50001: 'I cannot see the channel (Missing Access): give me View Channel there',
	50013: 'I am not allowed to post in the channel (Missing Permissions): give me Send Messages and Embed Links there',
};

export const NO_QUESTION: SendFailure = {
	code: 0,
	reason: "no question in my bank suits this channel's spoiler settings",
	pauses: true,
};

/** Turns whatever the poster threw into a failure the job can act on. */
export function classifySendError(error: unknown): SendFailure {
	const code = (error as { code?: unknown } | null)?.code;
	if (typeof code === 'number' && PAUSING_ERRORS[code]) return { code, reason: PAUSING_ERRORS[code], pauses: true };
	const message = error instanceof Error ? error.message : String(error);
	return { code: typeof code === 'number' ? code : -1, reason: `Discord refused the post: ${message}`, pauses: false };
}

/** What a member's click came to. */
export type AnswerOutcome =
	| { kind: 'counted' | 'repeat'; choice: number; label: string; revealAt: Date }
	| { kind: 'closed' }
	| { kind: 'unknown' };

export interface PublisherDeps {
	records: DailyRecords;
	log: Logger;
	questions: () => readonly TriviaQuestion[];
	visibilityFor: (guildId: string, channelId: string) => Promise<SeasonVisibility>;
	revealAfterMs: number;
	random: () => number;
	/** This process, in claim records and logs. */
	instance: string;
}

/** How many store reads the reveal runs at once when listing answers. */
const READ_BATCH = 25;

/**
 * The post itself, shared by the scheduled job and `/daily now`: choosing a question, sending it, collecting
 * first clicks, and the reveal. The caller holds the server's lock and has made any claim.
 */
export class Publisher {
	#poster: Poster | null = null;

	constructor(private readonly deps: PublisherDeps) {}

	attach(poster: Poster): void {
		this.#poster = poster;
	}

	/** Picks the question for a post in `channelId`; nothing is written, so a failure here costs nothing. */
	async prepare(guildId: string, channelId: string, now: Date): Promise<Picked | null> {
		const { records, questions, visibilityFor, random } = this.deps;
		const visibility = await visibilityFor(guildId, channelId);
		const seen = (await records.seen.get(guildId)) ?? {};
		return pickQuestion(questions(), seen, now, visibility, random);
	}

	/** Records and sends a post; the record is written first so that clicks arriving at once find it. */
	async publish(
		guildId: string,
		channelId: string,
		kind: PostRecord['kind'],
		postId: string,
		picked: Picked,
		now: Date,
	): Promise<{ ok: true; post: PostRecord } | { ok: false; failure: SendFailure }> {
		const poster = this.#requirePoster();
		const { records } = this.deps;
		const { question } = picked;
		const draft: PostRecord = {
			postId,
			kind,
			guildId,
			channelId,
			messageId: null,
			questionId: question.id,
			question: question.question,
			choices: picked.choices,
			correct: picked.correct,
			quote: { text: question.quote.text, source: question.quote.source },
			visibility: picked.visibility,
			postedAt: now.toISOString(),
			revealAt: new Date(now.getTime() + this.deps.revealAfterMs).toISOString(),
			revealedAt: null,
		};
		const key = `${guildId}:${postId}`;
		await records.posts.set(key, draft);
		let messageId: string;
		try {
			messageId = await poster.send(draft);
		} catch (error) {
			return { ok: false, failure: classifySendError(error) };
		}
		const post = { ...draft, messageId };
		// After the send, nothing may undo it: a failed bookkeeping write is logged, not thrown.
		try {
			await records.posts.set(key, post);
			await records.seen.set(guildId, markSeen((await records.seen.get(guildId)) ?? {}, question.id, now));
		} catch (error) {
			this.deps.log.error({ err: error, guild: guildId, post: postId }, 'daily post sent but not fully recorded');
		}
		return { ok: true, post };
	}

	/**
	 * Reveals post `postId` if it is still open and its time has come (or `force`, when the next post replaces it).
	 * Returns when it will be due if it stays open, else null.
	 */
	async revealIfDue(guildId: string, postId: string, now: Date, force = false): Promise<Date | null> {
		const post = await this.deps.records.posts.get(`${guildId}:${postId}`);
		if (!post || post.revealedAt !== null) return null;
		const due = new Date(post.revealAt);
		if (!force && now < due) return due;
		await this.reveal(post, now);
		return null;
	}

	/** Counts the answers, updates the leaderboard (daily posts only) and edits the post; once, across processes. */
	async reveal(post: PostRecord, now: Date): Promise<void> {
		const { records, log, instance } = this.deps;
		const key = `${post.guildId}:${post.postId}`;
		const context = { guild: post.guildId, post: post.postId };
		if (post.messageId === null) {
			// Never sent: nothing to edit and nobody could answer.
			await records.posts.set(key, { ...post, revealedAt: now.toISOString() });
			return;
		}
		if (!(await records.reveals.setIfAbsent(key, { by: instance, at: now.toISOString() }))) return;
		const answers = await this.answersTo(post);
		const correctUsers = answers.filter((a) => a.choice === post.correct).map((a) => a.userId);
		let board: BoardRecord | null = null;
		if (post.kind === 'daily') {
			board = applyResults(
				(await records.boards.get(post.guildId)) ?? emptyBoard(),
				post.postId,
				answers,
				post.correct,
			);
			await records.boards.set(post.guildId, board);
		}
		try {
			await this.#requirePoster().reveal({ post, answered: answers.length, correctUsers, board });
			log.info({ ...context, answered: answers.length, correct: correctUsers.length }, 'daily answer revealed');
		} catch (error) {
			// A deleted message or channel: the results still count; retrying would not bring the message back.
			log.warn({ ...context, err: error }, 'could not edit the daily post to reveal the answer');
		}
		await records.posts.set(key, { ...post, revealedAt: now.toISOString() });
	}

	/** Records a member's first click on a post; later clicks are reported with the first one's choice. */
	async answer(guildId: string, postId: string, userId: string, choice: number, now: Date): Promise<AnswerOutcome> {
		const { records } = this.deps;
		const key = `${guildId}:${postId}`;
		const post = await records.posts.get(key);
		if (!post || !Number.isInteger(choice) || choice < 0 || choice > 3) return { kind: 'unknown' };
		const revealAt = new Date(post.revealAt);
		if (post.revealedAt !== null || now >= revealAt) return { kind: 'closed' };
		const record: AnswerRecord = { userId, choice, at: now.toISOString() };
		const label = (index: number) => post.choices[index] ?? '';
		if (!(await records.answers.setIfAbsent(`${key}:${userId}`, record))) {
			const first = (await records.answers.get(`${key}:${userId}`)) ?? record;
			return { kind: 'repeat', choice: first.choice, label: label(first.choice), revealAt };
		}
		const n = await records.answerCounts.increment(key);
		await records.answerLog.set(`${key}:${n}`, record);
		return { kind: 'counted', choice, label: label(choice), revealAt };
	}

	/** Every first click on `post`, in the order they were counted. */
	async answersTo(post: PostRecord): Promise<AnswerRecord[]> {
		const { records } = this.deps;
		const key = `${post.guildId}:${post.postId}`;
		const count = await records.answerCounts.get(key);
		const answers: AnswerRecord[] = [];
		for (let from = 1; from <= count; from += READ_BATCH) {
			const batch = Array.from({ length: Math.min(READ_BATCH, count - from + 1) }, (_, i) =>
				records.answerLog.get(`${key}:${from + i}`),
			);
			// A click whose log entry was lost (a crash between count and write) is left out, not fatal.
			for (const answer of await Promise.all(batch)) if (answer) answers.push(answer);
		}
		return answers;
	}

	#requirePoster(): Poster {
		if (!this.#poster) throw new Error('the daily job has not been started: no poster attached');
		return this.#poster;
	}
}
