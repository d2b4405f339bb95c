import { randomUUID } from 'node:crypto';
import type { Logger } from '../log';
import type { Store } from '../store';
import type { TriviaQuestion } from '../trivia/types';
import { leaders, type Standing } from './board';
import { type Clock, systemClock } from './clock';
import { DailyJob, type DailyPlatform, DefaultJobOptions, type JobOptions } from './job';
import { KeyedLock } from './lock';
import { type History, nextPostAt } from './next-post';
import type { SeasonVisibility } from './pick';
import { type AnswerOutcome, NO_QUESTION, Publisher, type SendFailure } from './publish';
import {
	type ClaimRecord,
	type DailyRecords,
	dailyRecords,
	type LastClaimRecord,
	type PauseRecord,
	type PostRecord,
	type ScheduleRecord,
} from './records';
import type { Schedule } from './schedule';

export interface DailyOptions extends JobOptions {
	store: Store;
	log: Logger;
	/** The trivia bank; read at each post, so a rebuilt bank is used from the next post on. */
	questions: () => readonly TriviaQuestion[];
	/** The spoiler policy of a server and channel, for a post made without an interaction. */
	spoilers: { decisionFor(guildId: string | null, channelId: string | null): Promise<SeasonVisibility> };
	/** Hours after a post that its answer is revealed, unless the next day's post comes first. */
	revealAfterHours?: number;
	clock?: Clock;
	random?: () => number;
	/** Names this process in claims and logs; unique per start by default. */
	instance?: string;
}

export const DefaultDailyOptions = {
	revealAfterHours: 12,
	clock: systemClock,
	random: Math.random,
} as const satisfies Partial<DailyOptions>;

/** Everything `/daily status` shows. */
export interface DailyStatus {
	schedule: ScheduleRecord | null;
	/** When the next post goes out; null when off or paused. */
	next: Date | null;
	paused: PauseRecord | null;
	/** The latest claimed date and how its post went; `unsent` when the claimer stopped before sending. */
	last: { date: string; claim: ClaimRecord | null; unsent: boolean } | null;
	revealAfterHours: number;
	leaders: Standing[];
}

export type PostNowResult = { ok: true; post: PostRecord } | { ok: false; failure: SendFailure };

/**
 * The daily trivia feature as commands and the composition root see it: schedules, status, test posts and
 * answers, and the job that posts. Built in `src/index.ts`; `start` once the client is logged in.
 */
export class DailyService {
	readonly records: DailyRecords;
	readonly revealAfterHours: number;
	readonly #clock: Clock;
	readonly #random: () => number;
	readonly #lock = new KeyedLock();
	readonly #publisher: Publisher;
	readonly #job: DailyJob;
	readonly #sendGraceMs: number;
	#started = false;

	constructor(options: DailyOptions) {
		const { revealAfterHours, clock, random } = { ...DefaultDailyOptions, ...options };
		const instance = options.instance ?? `${process.pid}-${randomUUID().slice(0, 8)}`;
		this.records = dailyRecords(options.store);
		this.revealAfterHours = revealAfterHours;
		this.#clock = clock;
		this.#random = random;
		this.#sendGraceMs = options.sendGraceMs ?? DefaultJobOptions.sendGraceMs;
		this.#publisher = new Publisher({
			records: this.records,
			log: options.log,
			questions: options.questions,
			visibilityFor: (guildId, channelId) => options.spoilers.decisionFor(guildId, channelId),
			revealAfterMs: revealAfterHours * 3_600_000,
			random,
			instance,
		});
		this.#job = new DailyJob({
			records: this.records,
			publisher: this.#publisher,
			log: options.log,
			clock,
			lock: this.#lock,
			instance,
			options: { refreshMs: options.refreshMs, sendGraceMs: options.sendGraceMs, concurrency: options.concurrency },
		});
	}

	/** Starts posting through `platform` (after login). */
	start(platform: DailyPlatform): void {
		this.#publisher.attach(platform.poster);
		this.#job.start(platform);
		this.#started = true;
	}

	/** Stops the timer, letting a post in progress finish; call before closing the store. */
	stop(graceMs?: number): Promise<void> {
		return this.#job.stop(graceMs);
	}

	/** Checks every owned server now; resolves when done (tests use it with a clock they move by hand). */
	tick(): Promise<void> {
		return this.#job.tick();
	}

	/** The time on this feature's clock (the system clock in production). */
	now(): Date {
		return this.#clock.now();
	}

	/** Resolves once no check is running or queued (tests move their clock, then wait for this). */
	idle(): Promise<void> {
		return this.#job.idle();
	}

	/** Sets or replaces a server's schedule; it takes effect from now, and resumes a paused schedule. */
	async configure(
		guildId: string,
		schedule: Schedule,
		channelId: string,
		userId: string,
	): Promise<{ record: ScheduleRecord; next: Date }> {
		const now = this.#clock.now();
		const record: ScheduleRecord = { channelId, ...schedule, activeSince: now.toISOString(), setBy: userId };
		await this.records.schedules.set(guildId, record);
		const last = await this.records.lastClaims.get(guildId);
		if (this.#started) void this.#job.tick();
		return { record, next: nextPostAt(schedule, now, history(last, record)) };
	}

	/** Turns the daily post off; the claims stay, so turning it back on the same day cannot post twice. */
	async turnOff(guildId: string): Promise<ScheduleRecord | undefined> {
		const schedule = await this.records.schedules.get(guildId);
		if (schedule) await this.records.schedules.delete(guildId);
		return schedule;
	}

	async status(guildId: string): Promise<DailyStatus> {
		const now = this.#clock.now();
		const [schedule, last, pause, board] = await Promise.all([
			this.records.schedules.get(guildId),
			this.records.lastClaims.get(guildId),
			this.records.pauses.get(guildId),
			this.records.boards.get(guildId),
		]);
		const paused = schedule && pause && pause.activeSince === schedule.activeSince ? pause : null;
		const next = schedule && !paused ? nextPostAt(schedule, now, history(last, schedule)) : null;
		const claim = last ? ((await this.records.claims.get(`${guildId}:${last.date}`)) ?? null) : null;
		const unsent = claim?.state === 'claimed' && now.getTime() - new Date(claim.at).getTime() >= this.#sendGraceMs;
		return {
			schedule: schedule ?? null,
			next,
			paused,
			last: last ? { date: last.date, claim, unsent } : null,
			revealAfterHours: this.revealAfterHours,
			leaders: board ? leaders(board, 5) : [],
		};
	}

	/**
	 * Posts a question at once in `channelId`, outside the schedule: it claims no date, so the day's post still
	 * comes, and its results do not count toward streaks or the leaderboard. Reveals the previous test post first.
	 */
	postNow(guildId: string, channelId: string): Promise<PostNowResult> {
		return this.#lock.run(guildId, async () => {
			const now = this.#clock.now();
			const previous = await this.records.lastTests.get(guildId);
			if (previous) await this.#publisher.revealIfDue(guildId, previous.postId, now, true);
			const picked = await this.#publisher.prepare(guildId, channelId, now);
			if (!picked) return { ok: false, failure: NO_QUESTION };
			const suffix = Math.floor(this.#random() * 36 ** 4).toString(36);
			const postId = `t${now.getTime().toString(36)}${suffix}`;
			const result = await this.#publisher.publish(guildId, channelId, 'test', postId, picked, now);
			if (result.ok) {
				await this.records.lastTests.set(guildId, { postId });
				// So this process's timer wakes for the reveal.
				void this.#job.tick();
			}
			return result;
		});
	}

	/** Records a member's click on a post's button. */
	answer(guildId: string, postId: string, userId: string, choice: number): Promise<AnswerOutcome> {
		return this.#publisher.answer(guildId, postId, userId, choice, this.#clock.now());
	}
}

function history(last: LastClaimRecord | undefined, schedule: ScheduleRecord): History {
	return {
		last: last ? { date: last.date, at: new Date(last.at) } : null,
		activeSince: new Date(schedule.activeSince),
	};
}
