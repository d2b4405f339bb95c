import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const isoDate = z.iso.date();

const seasonSchema = z.object({
	season: z.number().int().min(1),
	premiere: isoDate.nullable(),
	finale: isoDate.nullable(),
});

/** The shape of `data/seasons.json`, with the checks a hand-edited file needs. */
export const seasonsFileSchema = z
	.object({ show: z.string(), note: z.string().optional(), seasons: z.array(seasonSchema).min(1) })
	.superRefine(({ seasons }, ctx) => {
		seasons.forEach((entry, index) => {
			const path = ['seasons', index];
			if (entry.season !== index + 1) {
				ctx.addIssue({ code: 'custom', path, message: `expected season ${index + 1}, found ${entry.season}` });
			}
			if (entry.premiere && entry.finale && entry.finale < entry.premiere) {
				ctx.addIssue({ code: 'custom', path, message: `season ${entry.season} ends before it starts` });
			}
			const previous = seasons[index - 1];
			if (previous?.finale && entry.premiere && entry.premiere <= previous.finale) {
				ctx.addIssue({ code: 'custom', path, message: `season ${entry.season} starts before the previous one ends` });
			}
		});
	});

/** One season of the show with its US air dates (`YYYY-MM-DD`), `null` where unknown or not yet aired. */
export type Season = z.infer<typeof seasonSchema>;

/** Where the season data lives, relative to this file, so loading works whatever the working directory. */
export const SEASONS_FILE = new URL('../../data/seasons.json', import.meta.url);

/** Reads and validates the season data; a malformed file throws with the zod issues (fail fast at start-up). */
export async function loadSeasons(file: URL | string = SEASONS_FILE): Promise<Season[]> {
	const json: unknown = JSON.parse(await readFile(file, 'utf8'));
	return seasonsFileSchema.parse(json).seasons;
}

/**
 * The latest season that has premiered by `today`: the season whose quotes are spoilers by default.
 * A season listed with a future premiere does not count until it airs.
 */
export function latestSeason(seasons: readonly Season[], today: Date): number {
	const day = today.toISOString().slice(0, 10);
	const aired = seasons.filter((entry) => entry.premiere !== null && entry.premiere <= day);
	const latest = aired.at(-1);
	if (latest === undefined) throw new Error(`no season has premiered by ${day}`);
	return latest.season;
}
