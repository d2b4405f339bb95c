import { describe, expect, it } from 'vitest';
import { dueNow } from '../../src/daily/due';
import { nextRun, previousRun, type Schedule } from '../../src/daily/schedule';

const at = (iso: string) => new Date(iso);

describe('nextRun', () => {
	const chicago9: Schedule = { time: '09:00', timeZone: 'America/Chicago' };

	it('GIVEN an instant before the time THEN gives the same local day', () => {
		expect(nextRun(chicago9, at('2025-06-10T13:00:00Z')).toISOString()).toBe('2025-06-10T14:00:00.000Z');
	});

	it('GIVEN exactly the run instant THEN gives the next day, never the instant itself', () => {
		expect(nextRun(chicago9, at('2025-06-10T14:00:00Z')).toISOString()).toBe('2025-06-11T14:00:00.000Z');
		expect(nextRun(chicago9, at('2025-06-10T14:00:00.001Z')).toISOString()).toBe('2025-06-11T14:00:00.000Z');
	});

	it('GIVEN winter and summer THEN follows the offset (CST -6, CDT -5)', () => {
		expect(nextRun(chicago9, at('2025-01-10T00:00:00Z')).toISOString()).toBe('2025-01-10T15:00:00.000Z');
		expect(nextRun(chicago9, at('2025-07-10T00:00:00Z')).toISOString()).toBe('2025-07-10T14:00:00.000Z');
	});

	// What croner 11 does, pinned so an upgrade that changes it fails here rather than in production.
	it.each([
		['America/Chicago', '02:30', '2025-03-08T12:00:00Z', '2025-03-09T08:00:00.000Z', 'gap: 03:00 CDT'],
		['America/Chicago', '01:30', '2025-11-01T12:00:00Z', '2025-11-02T06:30:00.000Z', 'overlap: first, CDT'],
		['Europe/London', '01:30', '2025-03-29T12:00:00Z', '2025-03-30T01:00:00.000Z', 'gap: 02:00 BST'],
		['Europe/London', '01:30', '2025-10-25T12:00:00Z', '2025-10-26T00:30:00.000Z', 'overlap: first, BST'],
		['Australia/Lord_Howe', '02:15', '2025-10-04T00:00:00Z', '2025-10-04T15:30:00.000Z', 'gap: 02:30 +11'],
		['Australia/Lord_Howe', '01:45', '2025-04-05T00:00:00Z', '2025-04-05T14:45:00.000Z', 'overlap: first, +11'],
	])('GIVEN %s %s after %s THEN runs at %s (%s)', (timeZone, time, after, expected) => {
		expect(nextRun({ time, timeZone }, at(after)).toISOString()).toBe(expected);
	});

	it('GIVEN an instant between the two occurrences of a repeated time THEN skips to the next day', () => {
		const schedule: Schedule = { time: '01:30', timeZone: 'America/Chicago' };
		expect(nextRun(schedule, at('2025-11-02T07:00:00Z')).toISOString()).toBe('2025-11-03T07:30:00.000Z');
	});
});

describe('previousRun', () => {
	const utc9: Schedule = { time: '09:00', timeZone: 'UTC' };

	it('GIVEN exactly the run instant THEN counts it as passed', () => {
		expect(previousRun(utc9, at('2025-06-10T09:00:00Z'))?.toISOString()).toBe('2025-06-10T09:00:00.000Z');
	});

	it('GIVEN a moment before the run THEN gives the day before', () => {
		expect(previousRun(utc9, at('2025-06-10T08:59:59.999Z'))?.toISOString()).toBe('2025-06-09T09:00:00.000Z');
	});
});

describe('nextRun and dueNow', () => {
	it.each([
		['America/Chicago', '02:30'],
		['America/Chicago', '01:30'],
		['Europe/London', '01:30'],
		['Australia/Lord_Howe', '02:15'],
		['Australia/Lord_Howe', '01:45'],
		['UTC', '23:59'],
	])('GIVEN %s %s THEN dueNow waits a second before each nextRun and posts at it', (timeZone, time) => {
		const schedule: Schedule = { time, timeZone };
		let now = at('2025-01-01T00:00:00Z');
		for (let day = 0; day < 400; day += 1) {
			const run = nextRun(schedule, now);
			const before = new Date(run.getTime() - 1000);
			expect(dueNow(schedule, before, null, { activeSince: now }).action, before.toISOString()).not.toBe('post');
			expect(dueNow(schedule, run, null, { activeSince: now }).action, run.toISOString()).toBe('post');
			now = run;
		}
	});
});
