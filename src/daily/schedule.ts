import { Cron } from 'croner';
import { canonicalZone } from './zones';

/** When the daily post is due: a wall-clock time in an IANA time zone. */
export interface Schedule {
	/** Local time of day, 'HH:MM' (24-hour, zero-padded). */
	time: string;
	/** IANA zone name, e.g. 'America/Chicago'. */
	timeZone: string;
}

/** Stable reasons a schedule is refused, for the command to turn into a message. */
export type ScheduleErrorCode = 'bad-time' | 'bad-zone';

/** The outcome of {@link validateSchedule}: a normalised schedule, or why the input was refused. */
export type ScheduleResult = { ok: true; schedule: Schedule } | { ok: false; code: ScheduleErrorCode };

/**
 * Checks and normalises what a moderator typed. Accepts 'H:MM' or 'HH:MM' from 00:00 to 23:59 and any zone
 * Intl knows (any letter case); the time is checked first when both are wrong. Never throws.
 *
 * @example validateSchedule('9:05', 'america/chicago') // { ok: true, schedule: { time: '09:05', timeZone: 'America/Chicago' } }
 */
export function validateSchedule(time: string, timeZone: string): ScheduleResult {
	const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(time.trim());
	if (!match) return { ok: false, code: 'bad-time' };
	const zone = canonicalZone(timeZone);
	if (zone === null || !cronerAccepts(zone)) return { ok: false, code: 'bad-zone' };
	return { ok: true, schedule: { time: `${(match[1] ?? '').padStart(2, '0')}:${match[2]}`, timeZone: zone } };
}

/**
 * The next instant strictly after `after` at which the post is due, by croner's DST rules (checked by the
 * tests, so no correction is applied): a time inside a spring-forward gap falls at the first minute after
 * the gap on the same day (02:30 in Chicago on a spring-forward day is 03:00 CDT); a time repeated by a
 * fall-back comes once, at its first occurrence. Expects a schedule from {@link validateSchedule}.
 */
export function nextRun(schedule: Schedule, after: Date): Date {
	const next = cronFor(schedule).nextRun(after);
	// A daily pattern always has a next run; null would mean a croner bug, not bad input.
	if (!next) throw new Error(`croner found no run after ${after.toISOString()} for ${describe(schedule)}`);
	return next;
}

/**
 * The latest instant at or before `at` at which the post was due, or null if croner finds none.
 * Used only after the clocks went back, where the wall clock alone cannot tell whether today's run passed.
 */
export function previousRun(schedule: Schedule, at: Date): Date | null {
	// previousRuns is strictly before its reference and runs fall on whole seconds, so the reference is
	// the next whole second after `at`: a run exactly at `at` counts as passed.
	const reference = new Date(Math.floor(at.getTime() / 1000) * 1000 + 1000);
	return cronFor(schedule).previousRuns(1, reference)[0] ?? null;
}

/** Seconds since local midnight at which the schedule's wall-clock time falls. */
export function secondOfDay(schedule: Schedule): number {
	const [hours = 0, minutes = 0] = schedule.time.split(':').map(Number);
	return hours * 3600 + minutes * 60;
}

function cronFor(schedule: Schedule): Cron {
	const [hours, minutes] = schedule.time.split(':').map(Number);
	// paused: this object only answers questions; it must never start a timer of its own.
	return new Cron(`0 ${minutes} ${hours} * * *`, { timezone: schedule.timeZone, paused: true });
}

function cronerAccepts(timeZone: string): boolean {
	try {
		return cronFor({ time: '12:00', timeZone }).nextRun(new Date(0)) !== null;
	} catch {
		return false;
	}
}

function describe(schedule: Schedule): string {
	return `${schedule.time} ${schedule.timeZone}`;
}
