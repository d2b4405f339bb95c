import type { Logger } from '../log';
import type { Clock } from './clock';
import { dueNow } from './due';
import type { KeyedLock } from './lock';
import { NO_QUESTION, type Poster, type Publisher, type SendFailure } from './publish';
import type { ClaimRecord, DailyRecords, LastClaimRecord, ScheduleRecord } from './records';
import { nextRun, type Schedule } from './schedule';
import { SkipReporter } from './skips';

/** What the job needs from the platform: somewhere to post, and which servers this process is responsible for. */
export interface DailyPlatform {
	poster: Poster;
	/** Servers this process's shards own (with one process and no sharding: every server it is in). */
	guilds(): Iterable<string>;
	/** Whether this process should post for `guildId` now: its shard owns the server and the server is available. */
	owns(guildId: string): boolean;
}

export interface JobOptions {
	/** Longest sleep between checks: how soon a schedule set by another process, or a retry, is seen. */
	refreshMs?: number;
	/** A claim still unsent after this long belongs to a process that stopped between claim and send. */
	sendGraceMs?: number;
	/** Servers checked at once. */
	concurrency?: number;
}

export const DefaultJobOptions = {
	refreshMs: 60_000,
	sendGraceMs: 120_000,
	concurrency: 16,
} as const satisfies Required<JobOptions>;

export interface JobDeps {
	records: DailyRecords;
	publisher: Publisher;
	log: Logger;
	clock: Clock;
	lock: KeyedLock;
	instance: string;
	options?: JobOptions;
}

/**
 * The daily post job: sleeps until the next thing due (a post, a reveal, or the periodic check), then checks every
 * server this process owns. Exactly once per server and local date comes from the store, not from this object:
 * the date is claimed with set-if-absent before anything is sent, and only the claimer sends.
 */
export class DailyJob {
	readonly #deps: JobDeps;
	readonly #options: Required<JobOptions>;
	#platform: DailyPlatform | null = null;
	#cancel: (() => void) | null = null;
	#chain: Promise<void> = Promise.resolve();
	#queued = false;
	#stopped = false;
	readonly #skips: SkipReporter;
	/** Per server, the latest date this process tried to send (claim dates only grow, so one date each is enough). */
	readonly #attempted = new Map<string, string>();

	constructor(deps: JobDeps) {
		this.#deps = deps;
		// Fields left undefined keep their defaults (a spread would copy the undefined over them).
		const given = Object.entries(deps.options ?? {}).filter(([, value]) => value !== undefined);
		this.#options = { ...DefaultJobOptions, ...Object.fromEntries(given) };
		this.#skips = new SkipReporter(deps.log, this.#options.sendGraceMs);
	}

	/** Starts checking; the first check runs at once (a post missed while Molly was down goes out late). */
	start(platform: DailyPlatform): void {
		this.#platform = platform;
		this.#stopped = false;
		void this.tick();
	}

	/** Runs a check now (after a schedule change, say); a check already queued covers this request. */
	tick(): Promise<void> {
		if (this.#queued || this.#stopped) return this.#chain;
		this.#queued = true;
		this.#chain = this.#chain.then(async () => {
			this.#queued = false;
			await this.#check();
		});
		return this.#chain;
	}

	/** Resolves when no check is running or queued, including checks queued while waiting. */
	async idle(): Promise<void> {
		let current: Promise<void>;
		do {
			current = this.#chain;
			await current;
		} while (current !== this.#chain);
	}

	/** Stops the timer and waits (at most `graceMs`) for a check in progress, so a post is not cut in half. */
	async stop(graceMs = 10_000): Promise<void> {
		this.#stopped = true;
		this.#cancel?.();
		this.#cancel = null;
		let timer: NodeJS.Timeout | undefined;
		const grace = new Promise<void>((resolve) => {
			timer = setTimeout(resolve, graceMs);
		});
		await Promise.race([this.#chain, grace]);
		clearTimeout(timer);
	}

	/** Checks every owned server, then sleeps until the earliest thing due; never throws, always sleeps again. */
	async #check(): Promise<void> {
		const platform = this.#platform;
		if (!platform || this.#stopped) return;
		const { clock, log, lock } = this.#deps;
		this.#cancel?.();
		const now = clock.now();
		let wake = now.getTime() + this.#options.refreshMs;
		try {
			const guilds = [...platform.guilds()].filter((guildId) => platform.owns(guildId));
			await forEachLimited(guilds, this.#options.concurrency, async (guildId) => {
				try {
					const next = await lock.run(guildId, () => this.evaluate(guildId, now));
					if (next !== null) wake = Math.min(wake, next.getTime());
				} catch (error) {
					log.error({ err: error, guild: guildId }, 'daily check failed for a server; trying again at the next check');
				}
			});
		} catch (error) {
			log.error({ err: error }, 'daily check failed; trying again at the next check');
		} finally {
			if (!this.#stopped) this.#cancel = clock.setTimer(() => void this.tick(), wake - clock.now().getTime());
		}
	}

	/**
	 * Does whatever is due for one server at `now` (reveals, the day's post) and returns when it next needs
	 * attention, or null if only the periodic check does. The caller holds the server's lock.
	 */
	async evaluate(guildId: string, now: Date): Promise<Date | null> {
		const { records, publisher } = this.#deps;
		let wake: Date | null = null;
		const consider = (at: Date | null) => {
			if (at !== null && at > now && (wake === null || at < wake)) wake = at;
		};
		const last = await records.lastClaims.get(guildId);
		if (last) consider(await publisher.revealIfDue(guildId, last.date, now));
		const test = await records.lastTests.get(guildId);
		if (test) consider(await publisher.revealIfDue(guildId, test.postId, now));

		const schedule = await records.schedules.get(guildId);
		if (!schedule) return wake;
		const pause = await records.pauses.get(guildId);
		if (pause && pause.activeSince === schedule.activeSince) return wake;
		const rule: Schedule = { time: schedule.time, timeZone: schedule.timeZone };
		const decision = dueNow(rule, now, last?.date ?? null, {
			lastPostedAt: last ? new Date(last.at) : null,
			activeSince: new Date(schedule.activeSince),
		});
		if (decision.action !== 'wait' && decision.missedDate) this.#skips.missed(guildId, schedule, decision.missedDate);
		if (decision.action === 'post') consider(await this.#post(guildId, schedule, decision.claimKey, now, last));
		else if (decision.action === 'wait' && decision.reason === 'already-claimed' && last) {
			consider(await this.#checkClaim(guildId, last.date, now));
		}
		consider(nextRun(rule, now));
		return wake;
	}

	/** Claims `date` and, if this process won the claim, posts; returns the new post's reveal time. */
	async #post(
		guildId: string,
		schedule: ScheduleRecord,
		date: string,
		now: Date,
		last: LastClaimRecord | undefined,
	): Promise<Date | null> {
		const { records, publisher, log, instance } = this.#deps;
		const context = { guild: guildId, date, channel: schedule.channelId };
		// Choose before claiming: a failure here leaves the day unclaimed, to be tried again at the next check.
		const picked = await publisher.prepare(guildId, schedule.channelId, now);
		if (!picked) {
			await this.#pause(guildId, schedule, NO_QUESTION, now);
			return null;
		}
		const key = `${guildId}:${date}`;
		let claim: ClaimRecord = { by: instance, at: now.toISOString(), state: 'claimed', channelId: schedule.channelId };
		if (!(await records.claims.setIfAbsent(key, claim))) {
			const existing = await records.claims.get(key);
			if (existing && this.#stillOurs(guildId, date, existing)) claim = existing;
			else {
				// The same values the claimer writes, so this write can race it harmlessly; dueNow then sees the date.
				if (existing) await records.lastClaims.set(guildId, { date, at: existing.at });
				this.#skips.refused(guildId, date, existing, now);
				return existing?.state === 'claimed' ? this.#skips.staleAt(existing) : null;
			}
		}
		await records.lastClaims.set(guildId, { date, at: claim.at });
		log.info({ ...context, instance }, 'daily post claimed');
		if (last) {
			// Answers to yesterday's question close when today's is posted.
			await publisher.revealIfDue(guildId, last.date, now, true).catch((error: unknown) => {
				log.warn({ ...context, err: error }, 'could not reveal the previous daily post');
			});
		}
		this.#attempted.set(guildId, date);
		const result = await publisher.publish(guildId, schedule.channelId, 'daily', date, picked, now);
		if (result.ok) {
			await records.claims.set(key, { ...claim, state: 'sent', messageId: result.post.messageId ?? undefined });
			log.info({ ...context, message: result.post.messageId, question: picked.question.id }, 'daily post sent');
			return new Date(result.post.revealAt);
		}
		// The date stays claimed: a second try could double a post Discord did accept (a timeout, say).
		await records.claims.set(key, { ...claim, state: 'failed', reason: result.failure.reason });
		if (result.failure.pauses) await this.#pause(guildId, schedule, result.failure, now);
		else log.error({ ...context, code: result.failure.code, reason: result.failure.reason }, 'daily post failed');
		return null;
	}

	async #pause(guildId: string, schedule: ScheduleRecord, failure: SendFailure, now: Date): Promise<void> {
		const { records, log } = this.#deps;
		await records.pauses.set(guildId, {
			code: failure.code,
			reason: failure.reason,
			at: now.toISOString(),
			channelId: schedule.channelId,
			activeSince: schedule.activeSince,
		});
		log.warn(
			{ guild: guildId, channel: schedule.channelId, code: failure.code, reason: failure.reason },
			'daily post paused until a moderator runs /daily set again',
		);
	}

	/**
	 * Whether a claim this process made is still its to send: an earlier check claimed the date, then failed before
	 * trying to send (the store timed out after writing, say). Nothing was sent, so sending now cannot double a post.
	 */
	#stillOurs(guildId: string, date: string, claim: ClaimRecord): boolean {
		return claim.by === this.#deps.instance && claim.state === 'claimed' && this.#attempted.get(guildId) !== date;
	}

	/**
	 * Reports (once) a claimed date whose post was never sent, so the skipped day has a logged reason. Returns when
	 * to look again: when a claim still being sent would count as abandoned.
	 */
	async #checkClaim(guildId: string, date: string, now: Date): Promise<Date | null> {
		const skips = this.#skips;
		if (skips.isSettled(guildId, date)) return null;
		const claim = await this.#deps.records.claims.get(`${guildId}:${date}`);
		if (claim?.state !== 'claimed') skips.settled(guildId, date);
		else if (skips.isStale(claim, now)) skips.abandoned(guildId, date, claim);
		else return skips.staleAt(claim);
		return null;
	}
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const item = items[next++] as T;
			await work(item);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
