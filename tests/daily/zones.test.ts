import { describe, expect, it } from 'vitest';
import { validateSchedule } from '../../src/daily/schedule';
import { canonicalZone, isKnownZone, MAX_ZONE_CHOICES, searchZones, zoneNames } from '../../src/daily/zones';

describe('validateSchedule', () => {
	it.each([
		['09:00', '09:00'],
		['9:05', '09:05'],
		[' 23:59 ', '23:59'],
		['00:00', '00:00'],
	])('GIVEN the time %j THEN accepts it as %s', (input, time) => {
		expect(validateSchedule(input, 'UTC')).toEqual({ ok: true, schedule: { time, timeZone: 'UTC' } });
	});

	it.each(['24:00', '12:60', '0900', '9', '9:5', '', 'noon', '-1:00', '09:00:00'])(
		'GIVEN the time %j THEN returns bad-time',
		(time) => {
			expect(validateSchedule(time, 'UTC')).toEqual({ ok: false, code: 'bad-time' });
		},
	);

	it.each(['Mars/Olympus', '+05:00', 'UTC+5', '', 'America/', '../etc/passwd'])(
		'GIVEN the zone %j THEN returns bad-zone',
		(zone) => {
			expect(validateSchedule('09:00', zone)).toEqual({ ok: false, code: 'bad-zone' });
		},
	);

	it('GIVEN a zone in the wrong case THEN stores its proper spelling', () => {
		expect(validateSchedule('09:00', 'america/chicago')).toEqual({
			ok: true,
			schedule: { time: '09:00', timeZone: 'America/Chicago' },
		});
	});

	it('GIVEN a current zone name that ICU lists under an old one THEN keeps the current name', () => {
		expect(canonicalZone('asia/kolkata')).toBe('Asia/Kolkata');
	});

	it('GIVEN a bad time and a bad zone THEN reports the time first', () => {
		expect(validateSchedule('25:00', 'Nowhere/Land')).toEqual({ ok: false, code: 'bad-time' });
	});
});

describe('searchZones', () => {
	it.each([
		['chicago', 'America/Chicago'],
		['Chicago', 'America/Chicago'],
		['london', 'Europe/London'],
		['new york', 'America/New_York'],
		['lord', 'Australia/Lord_Howe'],
		['utc', 'UTC'],
		['kolkata', 'Asia/Kolkata'],
		['Europe/Lon', 'Europe/London'],
	])('GIVEN the user typed %j THEN the first choice is %s', (query, zone) => {
		expect(searchZones(query)[0]).toBe(zone);
	});

	it('GIVEN a query matching many zones THEN returns at most 25 without duplicates', () => {
		const choices = searchZones('a');
		expect(choices).toHaveLength(MAX_ZONE_CHOICES);
		expect(new Set(choices).size).toBe(choices.length);
	});

	it('GIVEN an empty query THEN offers Chicago first', () => {
		expect(searchZones('')[0]).toBe('America/Chicago');
		expect(searchZones('')).toHaveLength(MAX_ZONE_CHOICES);
	});

	it('GIVEN a query matching nothing THEN returns no choices', () => {
		expect(searchZones('atlantis')).toEqual([]);
	});

	it('GIVEN a region prefix THEN lists zones of that region', () => {
		expect(searchZones('australia').every((zone) => zone.startsWith('Australia/'))).toBe(true);
	});

	it('GIVEN the whole list THEN every offered zone validates and UTC is there', () => {
		const names = zoneNames();
		expect(names).toContain('UTC');
		expect(names.length).toBeGreaterThan(300);
		for (const name of names) expect(isKnownZone(name), name).toBe(true);
		for (const name of ['America/Chicago', 'Europe/London', 'Australia/Lord_Howe', 'UTC']) {
			expect(validateSchedule('09:00', name)).toEqual({ ok: true, schedule: { time: '09:00', timeZone: name } });
		}
	});
});
