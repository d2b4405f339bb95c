import { describe, expect, it } from 'vitest';
import { addDays, localDate, wallClock } from '../../src/daily/local-time';

describe('localDate', () => {
	it.each([
		['2025-06-01T03:00:00Z', 'America/Chicago', '2025-05-31'],
		['2025-06-01T05:00:00Z', 'America/Chicago', '2025-06-01'],
		['2025-06-01T23:59:59Z', 'UTC', '2025-06-01'],
		['2025-06-01T00:00:00Z', 'UTC', '2025-06-01'],
		['2025-06-01T13:29:59Z', 'Australia/Lord_Howe', '2025-06-01'],
		['2025-06-01T13:30:00Z', 'Australia/Lord_Howe', '2025-06-02'],
		['2025-12-31T23:30:00Z', 'Europe/London', '2025-12-31'],
		['2025-12-31T23:30:00Z', 'Pacific/Kiritimati', '2026-01-01'],
		['2025-12-31T10:30:00Z', 'Pacific/Pago_Pago', '2025-12-30'],
	])('GIVEN %s in %s THEN the local date is %s', (instant, zone, date) => {
		expect(localDate(new Date(instant), zone)).toBe(date);
	});

	it('GIVEN an unknown zone THEN throws, since only validated schedules reach it', () => {
		expect(() => localDate(new Date(0), 'Mars/Olympus')).toThrow(RangeError);
	});
});

describe('wallClock', () => {
	it('GIVEN the instant Chicago falls back THEN reads 01:00 CST after 01:59 CDT', () => {
		expect(wallClock(new Date('2025-11-02T06:59:00Z'), 'America/Chicago')).toEqual({
			date: '2025-11-02',
			secondOfDay: 1 * 3600 + 59 * 60,
			offsetMinutes: -300,
		});
		expect(wallClock(new Date('2025-11-02T07:00:00Z'), 'America/Chicago')).toEqual({
			date: '2025-11-02',
			secondOfDay: 1 * 3600,
			offsetMinutes: -360,
		});
	});

	it('GIVEN Lord Howe in winter and summer THEN reads half-hour offsets', () => {
		expect(wallClock(new Date('2025-07-01T00:00:00Z'), 'Australia/Lord_Howe').offsetMinutes).toBe(630);
		expect(wallClock(new Date('2025-12-01T00:00:00Z'), 'Australia/Lord_Howe').offsetMinutes).toBe(660);
	});

	it('GIVEN local midnight THEN reads hour 0, not 24', () => {
		expect(wallClock(new Date('2025-06-01T00:00:00Z'), 'UTC').secondOfDay).toBe(0);
	});
});

describe('addDays', () => {
	it.each([
		['2025-01-31', 1, '2025-02-01'],
		['2024-02-28', 1, '2024-02-29'],
		['2025-01-01', -1, '2024-12-31'],
		['2025-03-09', 0, '2025-03-09'],
	])('GIVEN %s plus %i days THEN gives %s', (date, days, expected) => {
		expect(addDays(date, days)).toBe(expected);
	});
});
