import { dueNow } from './due';
import { nextRun, type Schedule } from './schedule';

/** What the store knows about a server's schedule history, as `dueNow` reads it. */
export interface History {
	/** The latest claimed local date and when it was claimed, or null before the first post. */
	last: { date: string; at: Date } | null;
	activeSince: Date;
}

/**
 * When the next daily post will actually go out: `now` if one is due and unclaimed (a late post), else the first
 * run after `now` that `dueNow` would post at. That skips runs whose date is already claimed (after a time or
 * zone change) and runs at or before `activeSince`, so the confirmation never promises a post that will not come.
 */
export function nextPostAt(schedule: Schedule, now: Date, history: History): Date {
	const decide = (at: Date) =>
		dueNow(schedule, at, history.last?.date ?? null, {
			lastPostedAt: history.last?.at ?? null,
			activeSince: history.activeSince,
		}).action;
	if (decide(now) === 'post') return now;
	let candidate = nextRun(schedule, now);
	// A claimed date or a run before activeSince costs one day; two days of them is the most a change can make.
	for (let step = 0; step < 3 && decide(candidate) !== 'post'; step++) candidate = nextRun(schedule, candidate);
	return candidate;
}
