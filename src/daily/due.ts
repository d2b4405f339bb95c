import { addDays, localDate, type WallClock, wallClock } from './local-time';
import { previousRun, type Schedule, secondOfDay } from './schedule';

/** What the daily job should do at one instant. */
export type DueDecision =
	/** Claim `claimKey` (the local date in the zone in force now) in the store, then post. */
	| { action: 'post'; claimKey: string; missedDate?: string }
	| { action: 'wait'; reason: 'already-claimed' | 'not-yet' | 'before-start' }
	/** Behaves as wait; `missedDate`, the latest local date whose time passed unposted, is never posted. */
	| { action: 'skip-missed'; missedDate: string };

/** What else the job knows about its history; every field is optional. */
export interface DueOptions {
	/** When the last post was sent: after a zone change, its date is read in the zone now in force. */
	lastPostedAt?: Date | null;
	/** When the schedule was set or last changed: a run at or before it never falls due. */
	activeSince?: Date | null;
}

/**
 * Decides whether the daily post is due at `now`. The claim key of a post is the local date of `now` in the
 * schedule's zone, and a date is never posted twice:
 * - the first call at or after the day's run (see `nextRun`) posts, so a bot that was down at the posting
 *   time and comes back the same local day posts once, late;
 * - a day whose local date has ended unposted is skipped, never posted later: the answer names yesterday
 *   as `missedDate` ('skip-missed' before today's run, or beside today's 'post') so the caller can log it,
 *   deduplicated by date; earlier days of a longer outage are not named;
 * - a local date on or before `lastPostedLocalDate` counts as claimed. Claim keys therefore only increase,
 *   so a change of zone cannot claim a date twice: if the new zone's date is the last posted date, or
 *   earlier (a move west), the job waits for the next date. With `lastPostedAt` the last post's date is also
 *   read in the new zone, so a move east cannot post twice on the new zone's calendar either.
 *
 * Pure and cheap: the wall clock answers almost every call; croner is consulted only on the day the clocks
 * went back, where a wall-clock time below the posting time may follow the run.
 *
 * @param lastPostedLocalDate the latest claim key in the store, sent or not: a claim whose send crashed
 *   still counts, which is what makes that day skip rather than risk a second post.
 * @param options pass `activeSince` from /daily set (or any change); without it, a schedule set after its
 *   time of day posts at once, as a late post would.
 */
export function dueNow(
	schedule: Schedule,
	now: Date,
	lastPostedLocalDate: string | null,
	options: DueOptions = {},
): DueDecision {
	const { lastPostedAt = null, activeSince = null } = options;
	const zone = schedule.timeZone;
	const claimed = (date: string) =>
		(lastPostedLocalDate !== null && date <= lastPostedLocalDate) ||
		(lastPostedAt !== null && localDate(lastPostedAt, zone) >= date);
	// A run at or before activeSince belongs to the schedule's past, as nextRun (strictly after) agrees.
	const startedBefore = (date: string) => activeSince === null || !runHasPassed(schedule, date, activeSince);

	const clock = wallClock(now, zone);
	const today = clock.date;
	if (claimed(today)) return { action: 'wait', reason: 'already-claimed' };
	const yesterday = addDays(today, -1);
	// Without any history there is no evidence the bot was meant to post yesterday.
	const hasHistory = lastPostedLocalDate !== null || lastPostedAt !== null || activeSince !== null;
	const missed = hasHistory && !claimed(yesterday) && startedBefore(yesterday);
	if (runHasPassed(schedule, today, now, clock)) {
		if (!startedBefore(today)) return { action: 'wait', reason: 'before-start' };
		return missed ? { action: 'post', claimKey: today, missedDate: yesterday } : { action: 'post', claimKey: today };
	}
	return missed ? { action: 'skip-missed', missedDate: yesterday } : { action: 'wait', reason: 'not-yet' };
}

const MAX_BACKWARD_JUMP = 3 * 3600;

/** Whether the run of local date `date` came at or before `at` (`clock`: the wall clock at `at`, if known). */
export function runHasPassed(
	schedule: Schedule,
	date: string,
	at: Date,
	clock: WallClock = wallClock(at, schedule.timeZone),
): boolean {
	if (clock.date !== date) return clock.date > date;
	// The wall clock reaching the time means the run (at the time, or after a gap) has come.
	if (clock.secondOfDay >= secondOfDay(schedule)) return true;
	// Below the time, the run can still have passed if the clocks went back after it, by at most
	// MAX_BACKWARD_JUMP (current DST rules shift 2 hours at most, in Antarctica/Troll), and recently: an
	// unchanged offset over the last 24 hours rules it out without asking croner, which is slow enough to
	// matter when polling.
	if (clock.secondOfDay < secondOfDay(schedule) - MAX_BACKWARD_JUMP) return false;
	const dayAgo = wallClock(new Date(at.getTime() - 86_400_000), schedule.timeZone);
	if (dayAgo.offsetMinutes === clock.offsetMinutes) return false;
	const previous = previousRun(schedule, at);
	return previous !== null && localDate(previous, schedule.timeZone) === date;
}
