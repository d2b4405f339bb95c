import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Logger } from '../log';
import type { Leaderboard, Namespace, Score, Store } from '../store';
import { pickQuestions } from './pick';
import { type AskedQuestion, type Player, type QuestionResult, Round, RoundLimits, type Standing } from './round';
import type { TriviaQuestion } from './types';

/** Time and timers, injected: real ones in the bot, faster or hand-moved ones in tests. */
export interface Clock {
	now(): number;
	setTimeout(run: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
	now: () => Date.now(),
	setTimeout: (run, ms) => setTimeout(run, ms),
	clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** What the channel's spoiler policy does with a question revealing these seasons. */
export type Visibility = 'show' | 'tag' | 'hide';

/** A question being asked, as the channel shows it. */
export interface AskView {
	roundId: string;
	index: number;
	total: number;
	question: TriviaQuestion;
	/** The choices in the order the buttons show them. */
	choices: string[];
	closesAt: number;
	seconds: number;
	visibility: Exclude<Visibility, 'hide'>;
}

/** A question's answer, as the channel shows it when time is up. */
export interface RevealView extends AskView {
	rightSlot: number;
	correct: QuestionResult['correct'];
	answered: number;
	standings: Standing[];
	last: boolean;
}

export interface EndView {
	roundId: string;
	reason: 'finished' | 'stopped' | 'failed';
	stoppedBy: Player | null;
	standings: Standing[];
	/** Questions revealed before the end. */
	revealed: number;
	total: number;
	/** The question still open when the round was stopped, if any: its buttons should stop inviting clicks. */
	open: AskView | null;
}

/** Where a round is played (a Discord channel, in the bot): it posts; the service decides what and when. */
export interface TriviaTable {
	ask(view: AskView): Promise<void>;
	reveal(view: RevealView): Promise<void>;
	end(view: EndView): Promise<void>;
}

/** Why a round could not start; `code` is stable, `message` fit for players. */
export class TriviaError extends Error {
	override readonly name = 'TriviaError';
	constructor(
		readonly code: 'round-running' | 'no-questions' | 'out-of-range',
		message: string,
	) {
		super(message);
	}
}

export interface TriviaOptions {
	bank: readonly TriviaQuestion[];
	store: Store;
	log: Logger;
	clock?: Clock;
	random?: () => number;
	/** Pause between a reveal and the next question, so players can read the quote. */
	pauseMs?: number;
	/** How many recently asked questions each server remembers, to avoid asking them again soon. */
	remember?: number;
}

export const DefaultTriviaOptions = { pauseMs: 5_000, remember: 40 } as const;

export interface StartRequest {
	guildId: string;
	channelId: string;
	starter: Player;
	questions?: number;
	seconds?: number;
	/** The channel's spoiler policy: questions it would hide are never picked; tagged ones are asked tagged. */
	decide: (seasons: readonly number[]) => Visibility;
	table: TriviaTable;
}

/** A round that has its channel and its questions; nothing is posted until `begin()`. */
export interface Started {
	round: Round;
	begin(): void;
	/** Gives the channel back without playing (the start could not be announced). */
	cancel(): void;
}

export type ClickOutcome = ReturnType<Round['click']> | { status: 'ended' };
export type StopOutcome =
	| { ok: true; round: Round }
	| { ok: false; code: 'no-round' }
	| { ok: false; code: 'not-allowed'; starter: Player };

interface Running {
	round: Round;
	table: TriviaTable;
	decide: StartRequest['decide'];
	stoppedBy: Player | null;
	timer: unknown;
	wake: (() => void) | null;
}

const recentSchema = z.object({ ids: z.array(z.string()) });

/**
 * Trivia rounds, one per channel at a time: picks questions (avoiding ones the server saw recently), asks them on
 * the channel's table with real timers behind an injected clock, scores clicks, adds points to the server's
 * leaderboard as each question closes, and posts the standings. Knows nothing of Discord.
 */
export class TriviaService {
	readonly #bank: readonly TriviaQuestion[];
	readonly #log: Logger;
	readonly #clock: Clock;
	readonly #random: () => number;
	readonly #pauseMs: number;
	readonly #remember: number;
	readonly #scores: Leaderboard;
	readonly #recent: Namespace<z.infer<typeof recentSchema>>;
	readonly #byChannel = new Map<string, Running>();
	readonly #byId = new Map<string, Running>();
	/** Channels whose round is being set up (questions being picked). */
	readonly #claimed = new Set<string>();
	#closed = false;

	constructor(options: TriviaOptions) {
		const settings = { ...DefaultTriviaOptions, ...options };
		this.#bank = settings.bank;
		this.#log = settings.log;
		this.#clock = settings.clock ?? systemClock;
		this.#random = settings.random ?? Math.random;
		this.#pauseMs = settings.pauseMs;
		this.#remember = settings.remember;
		this.#scores = settings.store.leaderboard('trivia-scores');
		this.#recent = settings.store.namespace('trivia-recent', recentSchema);
	}

	/** The pause between a reveal and the next question. */
	get pauseMs(): number {
		return this.#pauseMs;
	}

	/** How many questions the bank holds. */
	get bankSize(): number {
		return this.#bank.length;
	}

	/** The round running in `channelId`, if any. */
	roundIn(channelId: string): Round | undefined {
		return this.#byChannel.get(channelId)?.round;
	}

	/**
	 * Claims the channel and picks the questions. Throws `TriviaError` when a round is already running there, the
	 * numbers are out of range, or the spoiler policy leaves too few questions.
	 */
	async start(request: StartRequest): Promise<Started> {
		const count = request.questions ?? RoundLimits.questions.default;
		const seconds = request.seconds ?? RoundLimits.seconds.default;
		const { questions: q, seconds: s } = RoundLimits;
		if (count < q.min || count > q.max || seconds < s.min || seconds > s.max) {
			throw new TriviaError(
				'out-of-range',
				`A round has ${q.min} to ${q.max} questions of ${s.min} to ${s.max} seconds each.`,
			);
		}
		// Claimed before anything is awaited: two starts at once in one channel cannot both get it.
		if (this.#byChannel.has(request.channelId) || this.#claimed.has(request.channelId)) {
			throw new TriviaError(
				'round-running',
				'A round is already running in this channel: join in, or wait for it to end.',
			);
		}
		this.#claimed.add(request.channelId);
		let round: Round;
		try {
			const recent = await this.#recentIds(request.guildId);
			const questions = pickQuestions(this.#bank, count, {
				recent,
				allow: (question) => request.decide(question.seasons) !== 'hide',
				random: this.#random,
			});
			if (questions.length < q.min) {
				throw new TriviaError(
					'no-questions',
					"This channel's spoiler settings leave too few questions for a round. A moderator can change them with /spoilers.",
				);
			}
			round = new Round({
				id: randomBytes(6).toString('base64url'),
				guildId: request.guildId,
				channelId: request.channelId,
				starter: request.starter,
				questions,
				seconds,
				now: () => this.#clock.now(),
				random: this.#random,
			});
			await this.#remembering(request.guildId, recent, questions);
		} finally {
			this.#claimed.delete(request.channelId);
		}
		const running: Running = {
			round,
			table: request.table,
			decide: request.decide,
			stoppedBy: null,
			timer: null,
			wake: null,
		};
		this.#byChannel.set(request.channelId, running);
		this.#byId.set(running.round.id, running);
		let begun = false;
		return {
			round: running.round,
			begin: () => {
				if (begun) return;
				begun = true;
				void this.#play(running);
			},
			cancel: () => {
				if (!begun) this.#release(running);
			},
		};
	}

	/** A player clicked button `slot` of question `index` in round `roundId` (which may be from before a restart). */
	click(roundId: string, index: number, slot: number, player: Player): ClickOutcome {
		const running = this.#byId.get(roundId);
		if (!running || running.round.isOver) return { status: 'ended' };
		return running.round.click(player, index, slot);
	}

	/** Stops the round in `channelId`: only its starter, or someone who may manage the server, may. */
	stop(channelId: string, by: Player, canManage: boolean): StopOutcome {
		const running = this.#byChannel.get(channelId);
		if (!running || running.round.isOver) return { ok: false, code: 'no-round' };
		if (by.id !== running.round.starter.id && !canManage) {
			return { ok: false, code: 'not-allowed', starter: running.round.starter };
		}
		running.stoppedBy = by;
		this.#interrupt(running);
		return { ok: true, round: running.round };
	}

	/** The server's best players, by points over every round. */
	leaderboard(guildId: string, limit = 10): Promise<Score[]> {
		return this.#scores.top(guildId, limit);
	}

	/** Ends every round without posting anything more (shutting down): their buttons then answer "ended". */
	close(): void {
		this.#closed = true;
		for (const running of this.#byChannel.values()) this.#interrupt(running);
	}

	async #play(running: Running): Promise<void> {
		const { round, table } = running;
		let reason: EndView['reason'] = 'finished';
		let revealed = 0;
		const total = round.questions.length;
		try {
			while (round.hasNext && !running.stoppedBy && !this.#closed) {
				const asked = round.ask();
				await table.ask(this.#askView(running, asked));
				await this.#sleep(running, asked.closesAt - this.#clock.now());
				if (running.stoppedBy || this.#closed) break;
				const result = round.close();
				await this.#score(round.guildId, result);
				const last = !round.hasNext;
				await table.reveal({
					...this.#askView(running, asked),
					rightSlot: result.rightSlot,
					correct: result.correct,
					answered: result.answered,
					standings: result.standings,
					last,
				});
				revealed++;
				if (!last) await this.#sleep(running, this.#pauseMs);
			}
			if (running.stoppedBy) reason = 'stopped';
		} catch (error) {
			reason = 'failed';
			this.#log.warn({ err: error, round: round.id, channel: round.channelId }, 'trivia round failed');
		}
		const open = round.isOpen && round.current ? this.#askView(running, round.current) : null;
		const standings = round.end();
		this.#release(running);
		if (this.#closed) return;
		const view = { roundId: round.id, reason, stoppedBy: running.stoppedBy, standings, revealed, total, open };
		await table.end(view).catch((error: unknown) => {
			this.#log.warn({ err: error, round: round.id, channel: round.channelId }, 'trivia round end not posted');
		});
	}

	#askView(running: Running, asked: AskedQuestion): AskView {
		const { round } = running;
		return {
			roundId: round.id,
			index: asked.index,
			total: round.questions.length,
			question: asked.question,
			choices: asked.order.map((i) => asked.question.choices[i] ?? ''),
			closesAt: asked.closesAt,
			seconds: round.seconds,
			visibility: running.decide(asked.question.seasons) === 'tag' ? 'tag' : 'show',
		};
	}

	/** Adds each right answer's points to the server's leaderboard; a store failure costs the points, not the round. */
	async #score(guildId: string, result: QuestionResult): Promise<void> {
		const added = await Promise.allSettled(result.correct.map((c) => this.#scores.add(guildId, c.player.id, c.points)));
		const failed = added.filter((a) => a.status === 'rejected');
		if (failed.length > 0) {
			const reason = (failed[0] as PromiseRejectedResult).reason;
			this.#log.warn({ err: reason, guild: guildId, lost: failed.length }, 'trivia points not saved');
		}
	}

	async #recentIds(guildId: string): Promise<string[]> {
		try {
			return (await this.#recent.get(guildId))?.ids ?? [];
		} catch (error) {
			this.#log.warn({ err: error, guild: guildId }, 'recent trivia questions not read');
			return [];
		}
	}

	async #remembering(guildId: string, recent: string[], asked: TriviaQuestion[]): Promise<void> {
		const ids = asked.map((q) => q.id);
		const kept = [...recent.filter((id) => !ids.includes(id)), ...ids].slice(-this.#remember);
		await this.#recent.set(guildId, { ids: kept }).catch((error: unknown) => {
			this.#log.warn({ err: error, guild: guildId }, 'recent trivia questions not saved');
		});
	}

	#sleep(running: Running, ms: number): Promise<void> {
		if (ms <= 0 || running.stoppedBy || this.#closed) return Promise.resolve();
		return new Promise((resolve) => {
			running.wake = resolve;
			running.timer = this.#clock.setTimeout(resolve, ms);
		});
	}

	#interrupt(running: Running): void {
		if (running.timer !== null) this.#clock.clearTimeout(running.timer);
		running.timer = null;
		running.wake?.();
		running.wake = null;
	}

	#release(running: Running): void {
		const { round } = running;
		if (this.#byChannel.get(round.channelId) === running) this.#byChannel.delete(round.channelId);
		this.#byId.delete(round.id);
	}
}
