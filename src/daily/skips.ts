import type { Logger } from '../log';
import type { ClaimRecord, ScheduleRecord } from './records';

/** Keys remembered so each skipped day is reported once per process; cleared past this many. */
const MAX_REMEMBERED = 10_000;

/**
 * Why a day got no post, told once per server and date in the log: Molly was down all through its time, the
 * claimer stopped between claim and send, or another process holds the claim. Knows when a claim still being
 * sent counts as abandoned (`graceMs` after it was made).
 */
export class SkipReporter {
	readonly #seen = new Set<string>();

	constructor(
		private readonly log: Logger,
		private readonly graceMs: number,
	) {}

	/** When `claim`, if still unsent, counts as abandoned. */
	staleAt(claim: ClaimRecord): Date {
		return new Date(new Date(claim.at).getTime() + this.graceMs);
	}

	isStale(claim: ClaimRecord, now: Date): boolean {
		return claim.state === 'claimed' && now >= this.staleAt(claim);
	}

	/** Whether the claim on `guildId:date` is known to be settled (sent, failed, or reported abandoned). */
	isSettled(guildId: string, date: string): boolean {
		return this.#seen.has(`settled:${guildId}:${date}`);
	}

	settled(guildId: string, date: string): void {
		this.#remember(`settled:${guildId}:${date}`);
	}

	/** After a claim is refused: another process is posting, or one stopped between its claim and its send. */
	refused(guildId: string, date: string, claim: ClaimRecord | undefined, now: Date): void {
		if (claim && this.isStale(claim, now)) {
			this.abandoned(guildId, date, claim);
			return;
		}
		if (!this.#remember(`refused:${guildId}:${date}`)) return;
		this.log.info(
			{ guild: guildId, date, claimedBy: claim?.by, state: claim?.state },
			'daily post already claimed by another process; not posting',
		);
	}

	abandoned(guildId: string, date: string, claim: ClaimRecord): void {
		this.settled(guildId, date);
		if (!this.#remember(`abandoned:${guildId}:${date}`)) return;
		this.log.warn(
			{ guild: guildId, date, claimedBy: claim.by, claimedAt: claim.at },
			'daily post skipped: the date was claimed but the post was never sent (the process stopped between claim and send); not risking a second post',
		);
	}

	missed(guildId: string, schedule: ScheduleRecord, date: string): void {
		if (!this.#remember(`missed:${guildId}:${date}`)) return;
		this.log.warn(
			{ guild: guildId, date, time: schedule.time, zone: schedule.timeZone },
			'daily post skipped: Molly was not running at the posting time that day, and the day is over',
		);
	}

	/** Whether `key` is new (and now remembered). */
	#remember(key: string): boolean {
		if (this.#seen.has(key)) return false;
		if (this.#seen.size >= MAX_REMEMBERED) this.#seen.clear();
		this.#seen.add(key);
		return true;
	}
}
