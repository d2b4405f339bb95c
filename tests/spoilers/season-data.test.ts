import { describe, expect, it } from 'vitest';
import { latestSeason, loadSeasons, type Season, seasonsFileSchema } from '../../src/spoilers/season-data';

describe('GIVEN data/seasons.json', () => {
	it('THEN it validates and lists seasons 1 to 13 in order', async () => {
		const seasons = await loadSeasons();
		expect(seasons.map((entry) => entry.season)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
	});

	it('THEN it holds the air dates the issue gives', async () => {
		const seasons = await loadSeasons();
		expect(seasons[0]?.premiere).toBe('2014-01-08');
		expect(seasons[10]).toEqual({ season: 11, premiere: '2024-01-17', finale: '2024-05-22' });
		expect(seasons[11]?.premiere).toBe('2024-09-25');
	});
});

describe('GIVEN the seasons and a date', () => {
	const seasons: Season[] = [
		{ season: 1, premiere: '2014-01-08', finale: '2014-05-21' },
		{ season: 2, premiere: '2014-09-24', finale: null },
		{ season: 3, premiere: null, finale: null },
	];

	it('WHEN a season has premiered THEN it is the latest', () => {
		expect(latestSeason(seasons, new Date('2014-09-24T12:00:00Z'))).toBe(2);
	});

	it('WHEN the next season has not premiered yet THEN the one before is still the latest', () => {
		expect(latestSeason(seasons, new Date('2014-09-23T12:00:00Z'))).toBe(1);
	});

	it('WHEN no season has premiered THEN it says so instead of guessing', () => {
		expect(() => latestSeason(seasons, new Date('2013-01-01'))).toThrow(/no season/);
	});
});

describe('GIVEN a hand-edited seasons file with a mistake', () => {
	const file = (seasons: unknown[]) => ({ show: 'Chicago P.D.', seasons });
	it.each([
		[
			'a gap in the numbering',
			file([
				{ season: 1, premiere: null, finale: null },
				{ season: 3, premiere: null, finale: null },
			]),
		],
		['a finale before its premiere', file([{ season: 1, premiere: '2014-05-21', finale: '2014-01-08' }])],
		['a date that is not ISO', file([{ season: 1, premiere: 'January 8, 2014', finale: null }])],
		[
			'overlapping seasons',
			file([
				{ season: 1, premiere: '2014-01-08', finale: '2014-05-21' },
				{ season: 2, premiere: '2014-05-01', finale: null },
			]),
		],
	])('WHEN it has %s THEN validation rejects it', (_, json) => {
		expect(seasonsFileSchema.safeParse(json).success).toBe(false);
	});
});
