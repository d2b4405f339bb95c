import { describe, expect, it } from 'vitest';
import { localDate } from '../../src/daily/local-time';
import type { Schedule } from '../../src/daily/schedule';
import { type Outcome, simulate } from './simulate';

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

function postsOf(outcome: Outcome): [string, string][] {
	return outcome.posts.map((post) => [post.claimKey, post.at.toISOString()]);
}

describe('GIVEN the zone changes after the day’s post', () => {
	it('WHEN Chicago moves east to London and London’s date is the posted one THEN waits for London’s next date', () => {
		const outcome = simulate({
			schedule: { time: '09:00', timeZone: 'America/Chicago' },
			start: at('2025-06-10T05:00:00Z'),
			end: at('2025-06-12T05:00:00Z'),
			step: 'event',
			changes: [{ at: at('2025-06-10T17:00:00Z'), schedule: { time: '18:00', timeZone: 'Europe/London' } }],
		});
		expect(postsOf(outcome)).toEqual([
			['2025-06-10', '2025-06-10T14:00:00.000Z'],
			['2025-06-11', '2025-06-11T17:00:00.000Z'],
		]);
	});

	it('WHEN Tokyo moves west to Chicago THEN the already-claimed Chicago date is skipped, never doubled', () => {
		// Tokyo's 2025-06-11 09:00 post is at Chicago's 2025-06-10 19:00.
		const outcome = simulate({
			schedule: { time: '09:00', timeZone: 'Asia/Tokyo' },
			start: at('2025-06-10T15:00:00Z'),
			end: at('2025-06-13T05:00:00Z'),
			step: 'event',
			changes: [{ at: at('2025-06-11T01:00:00Z'), schedule: { time: '09:00', timeZone: 'America/Chicago' } }],
		});
		expect(postsOf(outcome)).toEqual([
			['2025-06-11', '2025-06-11T00:00:00.000Z'],
			['2025-06-12', '2025-06-12T14:00:00.000Z'],
		]);
	});

	describe('WHEN Chicago 23:00 moves east to Tokyo 09:00 the morning after the post', () => {
		// Chicago's 2025-06-10 23:00 post is at Tokyo's 2025-06-11 13:00; the change is at Tokyo's 14:00.
		const base = {
			schedule: { time: '23:00', timeZone: 'America/Chicago' },
			start: at('2025-06-10T12:00:00Z'),
			end: at('2025-06-12T12:00:00Z'),
			step: 'event' as const,
			changes: [{ at: at('2025-06-11T05:00:00Z'), schedule: { time: '09:00', timeZone: 'Asia/Tokyo' } }],
		};

		it('AND the last post’s instant is known THEN waits for Tokyo’s next date', () => {
			expect(postsOf(simulate({ ...base, withLastPostedAt: true }))).toEqual([
				['2025-06-10', '2025-06-11T04:00:00.000Z'],
				['2025-06-12', '2025-06-12T00:00:00.000Z'],
			]);
		});

		it('AND only the last claim key is known THEN claim keys stay unique, though Tokyo’s calendar sees two posts', () => {
			expect(postsOf(simulate(base))).toEqual([
				['2025-06-10', '2025-06-11T04:00:00.000Z'],
				['2025-06-11', '2025-06-11T05:00:00.000Z'],
				['2025-06-12', '2025-06-12T00:00:00.000Z'],
			]);
		});

		it('AND the change sets activeSince THEN the passed Tokyo time does not post at once', () => {
			expect(simulate({ ...base, withActiveSince: true }).posts.map((post) => post.claimKey)).toEqual([
				'2025-06-10',
				'2025-06-12',
			]);
		});
	});
});

const pairs: [Schedule, Schedule, string][] = [
	[{ time: '09:00', timeZone: 'America/Chicago' }, { time: '18:00', timeZone: 'Europe/London' }, '2025-06-09'],
	[{ time: '18:00', timeZone: 'Europe/London' }, { time: '09:00', timeZone: 'America/Chicago' }, '2025-06-09'],
	[{ time: '23:00', timeZone: 'America/Chicago' }, { time: '09:00', timeZone: 'Asia/Tokyo' }, '2025-06-09'],
	[{ time: '09:00', timeZone: 'Asia/Tokyo' }, { time: '09:00', timeZone: 'America/Chicago' }, '2025-06-09'],
	[{ time: '00:30', timeZone: 'Pacific/Kiritimati' }, { time: '23:30', timeZone: 'Pacific/Pago_Pago' }, '2025-06-09'],
	[{ time: '23:30', timeZone: 'Pacific/Pago_Pago' }, { time: '00:30', timeZone: 'Pacific/Kiritimati' }, '2025-06-09'],
	[{ time: '02:15', timeZone: 'Australia/Lord_Howe' }, { time: '02:15', timeZone: 'UTC' }, '2025-10-03'],
	[{ time: '01:30', timeZone: 'America/Chicago' }, { time: '01:30', timeZone: 'Europe/London' }, '2025-10-31'],
];

describe.each(pairs)('GIVEN %o changed to %o at each hour of three days from %s', (from, to, firstDay) => {
	const changeTimes = Array.from(
		{ length: 72 },
		(_, hour) => new Date(Date.parse(`${firstDay}T00:00:00Z`) + hour * HOUR),
	);
	const run = (change: Date, withLastPostedAt: boolean, withActiveSince: boolean) =>
		simulate({
			schedule: from,
			start: new Date(change.getTime() - 3 * 24 * HOUR),
			end: new Date(change.getTime() + 3 * 24 * HOUR),
			step: 'event',
			changes: [{ at: change, schedule: to }],
			withLastPostedAt,
			withActiveSince,
		});

	it.each([false, true])(
		'WHEN activeSince is %s THEN claim keys only increase and each is the post’s own local date',
		(withActiveSince) => {
			for (const change of changeTimes) {
				const outcome = run(change, false, withActiveSince);
				expect(outcome.refusedClaims).toEqual([]);
				const keys = outcome.posts.map((post) => post.claimKey);
				expect(keys, change.toISOString()).toEqual([...new Set(keys)].sort());
				for (const post of outcome.posts) expect(localDate(post.at, post.timeZone)).toBe(post.claimKey);
				// The new zone keeps posting daily once it has settled.
				expect(outcome.posts.filter((post) => post.timeZone === to.timeZone).length).toBeGreaterThanOrEqual(1);
			}
		},
	);

	it.each([false, true])(
		'WHEN the last post’s instant is known and activeSince is %s THEN no local date in the zone in force gets two posts',
		(withActiveSince) => {
			for (const change of changeTimes) {
				const { posts } = run(change, true, withActiveSince);
				for (let i = 1; i < posts.length; i += 1) {
					const [previous, post] = [posts[i - 1], posts[i]];
					if (!previous || !post) continue;
					expect(localDate(previous.at, post.timeZone), `${change.toISOString()}: ${post.claimKey}`).not.toBe(
						post.claimKey,
					);
					expect(previous.claimKey < post.claimKey).toBe(true);
				}
			}
		},
	);
});
