import { describe, expect, it } from 'vitest';
import { dueNow } from '../../src/daily/due';
import type { Schedule } from '../../src/daily/schedule';

const chicago9: Schedule = { time: '09:00', timeZone: 'America/Chicago' };
const at = (iso: string) => new Date(iso);

// 2025-06-10 09:00 CDT is 14:00Z.
describe('dueNow', () => {
	it('GIVEN the posting time has come and today is unclaimed THEN posts with today as the claim key', () => {
		expect(dueNow(chicago9, at('2025-06-10T14:00:00Z'), '2025-06-09')).toEqual({
			action: 'post',
			claimKey: '2025-06-10',
		});
	});

	it('GIVEN a second before the posting time THEN waits', () => {
		expect(dueNow(chicago9, at('2025-06-10T13:59:59Z'), '2025-06-09')).toEqual({ action: 'wait', reason: 'not-yet' });
	});

	it('GIVEN today is already claimed THEN waits, however late it is', () => {
		expect(dueNow(chicago9, at('2025-06-11T04:59:00Z'), '2025-06-10')).toEqual({
			action: 'wait',
			reason: 'already-claimed',
		});
	});

	it('GIVEN the bot comes back later the same local day THEN posts once, late', () => {
		expect(dueNow(chicago9, at('2025-06-11T04:59:00Z'), '2025-06-09')).toEqual({
			action: 'post',
			claimKey: '2025-06-10',
		});
	});

	it('GIVEN the bot comes back the next day before the time THEN skips the missed day', () => {
		expect(dueNow(chicago9, at('2025-06-11T05:00:00Z'), '2025-06-09')).toEqual({
			action: 'skip-missed',
			missedDate: '2025-06-10',
		});
	});

	it('GIVEN the bot comes back the next day after the time THEN posts for today only, naming the missed day', () => {
		expect(dueNow(chicago9, at('2025-06-11T15:00:00Z'), '2025-06-09')).toEqual({
			action: 'post',
			claimKey: '2025-06-11',
			missedDate: '2025-06-10',
		});
	});

	it('GIVEN no history at all THEN waits without claiming a missed day', () => {
		expect(dueNow(chicago9, at('2025-06-10T13:00:00Z'), null)).toEqual({ action: 'wait', reason: 'not-yet' });
	});

	it('GIVEN a schedule set after today’s time THEN waits for tomorrow instead of posting at once', () => {
		const setAt = at('2025-06-10T15:00:00Z');
		expect(dueNow(chicago9, setAt, null, { activeSince: setAt })).toEqual({ action: 'wait', reason: 'before-start' });
		expect(dueNow(chicago9, at('2025-06-11T13:00:00Z'), null, { activeSince: setAt })).toEqual({
			action: 'wait',
			reason: 'not-yet',
		});
		expect(dueNow(chicago9, at('2025-06-11T14:00:00Z'), null, { activeSince: setAt }).action).toBe('post');
	});

	it('GIVEN a schedule set before today’s time THEN posts today', () => {
		const setAt = at('2025-06-10T13:00:00Z');
		expect(dueNow(chicago9, at('2025-06-10T14:00:00Z'), null, { activeSince: setAt }).action).toBe('post');
	});

	it('GIVEN the bot missed the first occurrence of a repeated time and is back before the second THEN posts at once', () => {
		// 01:30 CDT (06:30Z) passed while down; back at 01:10 CST (07:10Z), the wall clock reads below 01:30.
		const schedule: Schedule = { time: '01:30', timeZone: 'America/Chicago' };
		expect(dueNow(schedule, at('2025-11-02T07:10:00Z'), '2025-11-01')).toEqual({
			action: 'post',
			claimKey: '2025-11-02',
		});
	});

	it('GIVEN the clocks went back before the time THEN waits for the time', () => {
		const schedule: Schedule = { time: '01:30', timeZone: 'America/Chicago' };
		expect(dueNow(schedule, at('2025-11-02T06:10:00Z'), '2025-11-01').action).toBe('wait');
		expect(dueNow(schedule, at('2025-11-02T06:30:00Z'), '2025-11-01').action).toBe('post');
	});

	it('GIVEN a time in the spring-forward gap THEN posts from the first minute after the gap', () => {
		const schedule: Schedule = { time: '02:30', timeZone: 'America/Chicago' };
		expect(dueNow(schedule, at('2025-03-09T07:59:59Z'), '2025-03-08').action).toBe('wait');
		expect(dueNow(schedule, at('2025-03-09T08:00:00Z'), '2025-03-08')).toEqual({
			action: 'post',
			claimKey: '2025-03-09',
		});
	});
});
