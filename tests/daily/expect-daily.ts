import { expect } from 'vitest';
import { addDays, wallClock } from '../../src/daily/local-time';
import { type Schedule, secondOfDay } from '../../src/daily/schedule';
import type { Outcome } from './simulate';

/**
 * Asserts an uninterrupted run posted exactly once on every local date from `first` to `last`, each at the
 * schedule's wall-clock time, except the dates in `dstInstants`, which must post at the instant given.
 */
export function expectOnePostPerDate(
	outcome: Outcome,
	schedule: Schedule,
	first: string,
	last: string,
	dstInstants: Record<string, string> = {},
): void {
	expect(outcome.refusedClaims).toEqual([]);
	const keys = outcome.posts.map((post) => post.claimKey);
	expect(keys).toEqual(datesFrom(first, last));
	for (const post of outcome.posts) {
		const clock = wallClock(post.at, schedule.timeZone);
		expect(clock.date, `post for ${post.claimKey} falls on its own local date`).toBe(post.claimKey);
		const special = dstInstants[post.claimKey];
		if (special) expect(post.at.toISOString(), `DST day ${post.claimKey}`).toBe(special);
		else expect(clock.secondOfDay, `post for ${post.claimKey} at ${schedule.time}`).toBe(secondOfDay(schedule));
	}
	for (const date of Object.keys(dstInstants)) expect(keys, `DST day ${date} is covered`).toContain(date);
}

/** Every date from `first` to `last`, inclusive. */
export function datesFrom(first: string, last: string): string[] {
	const dates: string[] = [];
	for (let date = first; date <= last; date = addDays(date, 1)) dates.push(date);
	return dates;
}
