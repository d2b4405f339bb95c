import { describe, expect, it } from 'vitest';
import { localDate } from '../../src/daily/local-time';
import { nextRun, type Schedule } from '../../src/daily/schedule';
import { simulate } from './simulate';

const at = (iso: string) => new Date(iso);
const chicago9: Schedule = { time: '09:00', timeZone: 'America/Chicago' };
const week = { start: at('2025-06-08T00:00:00Z'), end: at('2025-06-14T00:00:00Z'), withActiveSince: true };

function postsOf(outcome: ReturnType<typeof simulate>): [string, string][] {
	return outcome.posts.map((post) => [post.claimKey, post.at.toISOString()]);
}

describe('GIVEN a 09:00 Chicago post and a bot that restarts', () => {
	it('WHEN it is down across 09:00 and back the same day THEN posts once, late, at the restart', () => {
		const outcome = simulate({
			...week,
			schedule: chicago9,
			step: 'event',
			down: [[at('2025-06-10T13:55:00Z'), at('2025-06-10T16:30:00Z')]],
		});
		expect(postsOf(outcome).filter(([key]) => key === '2025-06-10')).toEqual([
			['2025-06-10', '2025-06-10T16:30:00.000Z'],
		]);
		expect(outcome.posts.map((post) => post.claimKey)).toEqual([
			'2025-06-08',
			'2025-06-09',
			'2025-06-10',
			'2025-06-11',
			'2025-06-12',
			'2025-06-13',
		]);
	});

	it('WHEN it is down across 09:00 and back the next day THEN skips that day and posts the next on time', () => {
		const outcome = simulate({
			...week,
			schedule: chicago9,
			step: 'event',
			down: [[at('2025-06-10T13:55:00Z'), at('2025-06-11T13:00:00Z')]],
		});
		expect(outcome.posts.map((post) => post.claimKey)).not.toContain('2025-06-10');
		expect(outcome.skipped).toEqual(['2025-06-10']);
		expect(postsOf(outcome)).toContainEqual(['2025-06-11', '2025-06-11T14:00:00.000Z']);
	});

	it('WHEN it restarts after the day’s post THEN does not post again', () => {
		const outcome = simulate({
			...week,
			schedule: chicago9,
			step: 'minute',
			down: [[at('2025-06-10T14:05:00Z'), at('2025-06-10T20:00:00Z')]],
		});
		expect(outcome.posts.filter((post) => post.claimKey === '2025-06-10')).toHaveLength(1);
		expect(outcome.refusedClaims).toEqual([]);
	});

	it('WHEN a 23:59 post is missed and the bot is back after midnight THEN never posts for the past day', () => {
		const schedule: Schedule = { time: '23:59', timeZone: 'America/Chicago' };
		const outcome = simulate({
			...week,
			schedule,
			step: 'minute',
			down: [[at('2025-06-11T04:58:00Z'), at('2025-06-11T05:05:00Z')]],
		});
		expect(outcome.posts.map((post) => post.claimKey)).not.toContain('2025-06-10');
		expect(outcome.skipped).toEqual(['2025-06-10']);
	});

	it('WHEN it is down across the spring-forward gap THEN posts once at the restart', () => {
		const schedule: Schedule = { time: '02:30', timeZone: 'America/Chicago' };
		const outcome = simulate({
			schedule,
			start: at('2025-03-07T00:00:00Z'),
			end: at('2025-03-11T00:00:00Z'),
			step: 'minute',
			down: [[at('2025-03-09T07:55:00Z'), at('2025-03-09T08:30:00Z')]],
		});
		expect(postsOf(outcome)).toContainEqual(['2025-03-09', '2025-03-09T08:30:00.000Z']);
		expect(outcome.posts.filter((post) => post.claimKey === '2025-03-09')).toHaveLength(1);
	});

	it('WHEN it misses the first 01:30 of fall-back night and is back in the repeated hour THEN posts once, not again at the second 01:30', () => {
		const schedule: Schedule = { time: '01:30', timeZone: 'America/Chicago' };
		const outcome = simulate({
			schedule,
			start: at('2025-10-31T00:00:00Z'),
			end: at('2025-11-04T00:00:00Z'),
			step: 'minute',
			down: [[at('2025-11-02T06:20:00Z'), at('2025-11-02T07:10:00Z')]],
		});
		expect(outcome.posts.filter((post) => post.claimKey === '2025-11-02').map((post) => post.at.toISOString())).toEqual(
			['2025-11-02T07:10:00.000Z'],
		);
	});
});

// A small deterministic generator, so a failure names a seed that reproduces it.
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state * 1_664_525 + 1_013_904_223) >>> 0;
		return state / 2 ** 32;
	};
}

describe.each([
	['America/Chicago', '09:00'],
	['America/Chicago', '01:30'],
	['Europe/London', '23:59'],
	['Australia/Lord_Howe', '02:15'],
	['UTC', '00:00'],
])('GIVEN %s %s and random outages over 400 days', (timeZone, time) => {
	it('THEN each date posts once, at its time if the bot was up, else at the first restart that same day, else never', () => {
		const schedule: Schedule = { time, timeZone };
		const start = at('2025-01-01T00:00:00Z');
		const end = new Date(start.getTime() + 400 * 86_400_000);
		const next = random(timeZone.length * 100 + Number(time.slice(0, 2)));
		const down: [Date, Date][] = [];
		// Outages from a minute to two days long, every couple of days.
		for (let from = start.getTime() + 3_600_000; from < end.getTime(); ) {
			const to = from + 60_000 * Math.ceil(next() ** 3 * 2 * 1440);
			down.push([new Date(from), new Date(to)]);
			from = to + 60_000 * Math.ceil(next() * 4 * 1440);
		}
		const outcome = simulate({ schedule, start, end, step: 'event', down, withActiveSince: true });

		const upAt = (instant: Date) => !down.some(([from, to]) => from <= instant && instant < to);
		const expected: [string, string][] = [];
		for (let run = nextRun(schedule, start); run < end; run = nextRun(schedule, run)) {
			const date = localDate(run, timeZone);
			const restart = down.find(([from, to]) => from <= run && run < to)?.[1];
			const postAt = upAt(run) ? run : restart;
			if (postAt && postAt < end && localDate(postAt, timeZone) === date) expected.push([date, postAt.toISOString()]);
		}
		expect(postsOf(outcome)).toEqual(expected);
		expect(outcome.refusedClaims).toEqual([]);
		const posted = new Set(expected.map(([date]) => date));
		for (const date of outcome.skipped) expect(posted.has(date), `${date} skipped and posted`).toBe(false);
		expect(outcome.skipped.length).toBeGreaterThan(0);
	});
});
