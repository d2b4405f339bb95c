import { describe, expect, it } from 'vitest';
import { localDate } from '../../../src/daily/local-time';
import { nextRun, previousRun, type Schedule } from '../../../src/daily/schedule';
import { expectOnePostPerDate } from '../expect-daily';
import { simulate } from '../simulate';

const start = new Date('2025-01-01T00:00:00Z');
const end = new Date(start.getTime() + 400 * 86_400_000);

/** A posting time and the instants expected on DST days where that wall-clock time is skipped or repeated. */
export type Case = [time: string, dstInstants: Record<string, string>];

/**
 * Declares the 400-day runs for one zone, from 2025-01-01 (covering each zone's 2025 transitions): as the
 * real job runs (sleeping until nextRun), and, for the times a DST change skips or repeats, polling every
 * minute, which would catch dueNow allowing a post at an instant nextRun does not name. Polling costs about
 * 1.5 s of CPU per case, so the ordinary times, which the DST cases' other days cover anyway, skip it.
 */
export function describeFourHundredDays(timeZone: string, cases: Case[]): void {
	describe.each(cases)(`GIVEN a daily post in ${timeZone} at %s for 400 days`, (time, dstInstants) => {
		const schedule: Schedule = { time, timeZone };
		const first = localDate(nextRun(schedule, start), timeZone);
		// The simulation stops before `end`, so a run exactly at `end` is not expected.
		const last = localDate(previousRun(schedule, new Date(end.getTime() - 1000)) ?? start, timeZone);

		it('WHEN the job sleeps until each nextRun THEN it posts once per local date at the right instant', () => {
			const outcome = simulate({ schedule, start, end, step: 'event', withActiveSince: true });
			expectOnePostPerDate(outcome, schedule, first, last, dstInstants);
			expect(outcome.posts.length).toBeGreaterThanOrEqual(399);
		});

		if (Object.keys(dstInstants).length === 0) return;
		it('WHEN the job polls every minute THEN it posts once per local date at the right instant', () => {
			const outcome = simulate({ schedule, start, end, step: 'minute', withActiveSince: true });
			expectOnePostPerDate(outcome, schedule, first, last, dstInstants);
			expect(outcome.skipped).toEqual([]);
		});
	});
}
