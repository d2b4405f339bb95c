import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { readArticle } from '../articles/read';
import type { PersonHint } from '../articles/speakers';
import type { Article } from '../articles/types';
import { loadSeasons, type Season } from '../spoilers/season-data';

const Person = z.object({
	id: z.string().regex(/^[a-z0-9-]+$/),
	name: z.string().min(1),
	kind: z.enum(['character', 'actor', 'crew']),
	gender: z.enum(['f', 'm']).nullable().default(null),
	aliases: z.array(z.string().min(2)).min(1),
	playedBy: z.string().optional(),
	role: z.string().optional(),
	note: z.string().optional(),
});

export const RosterSchema = z.object({
	people: z.array(Person),
	pairs: z.array(z.object({ name: z.string(), members: z.array(z.string()).min(2) })).default([]),
	show: z.object({ name: z.string(), aliases: z.array(z.string()) }).optional(),
});
export type Roster = z.infer<typeof RosterSchema>;
export type Person = z.infer<typeof Person>;

export const LexiconSchema = z.object({ groups: z.array(z.array(z.string().min(1)).min(2)) });
export type Lexicon = z.infer<typeof LexiconSchema>;

/** Everything the engine is built from: the articles, and the roster, lexicon and seasons that help it read them. */
export interface Library {
	articles: Article[];
	roster: Roster;
	lexicon: Lexicon;
	/** The show's seasons and air dates, for telling which season a quote gives away; empty when unknown. */
	seasons: Season[];
}

async function readJson<T>(path: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
	if (!existsSync(path)) return fallback;
	const parsed = schema.safeParse(JSON.parse(await readFile(path, 'utf8')));
	if (!parsed.success) throw new Error(`${path} is not valid: ${z.prettifyError(parsed.error)}`);
	return parsed.data;
}

export function personHints(roster: Roster): PersonHint[] {
	return roster.people.map((p) => ({
		name: p.name,
		aliases: p.aliases,
		gender: p.gender,
		real: p.kind !== 'character',
	}));
}

/**
 * Reads a data folder: `articles/*.txt` (required), `roster.json` and `lexicon.json` (optional helps).
 * Articles are read in file-name order so ids and ranks are stable.
 */
export async function loadLibrary(dataDir: string): Promise<Library> {
	const roster = await readJson(join(dataDir, 'roster.json'), RosterSchema, { people: [], pairs: [] });
	const lexicon = await readJson(join(dataDir, 'lexicon.json'), LexiconSchema, { groups: [] });
	const seasonsFile = join(dataDir, 'seasons.json');
	const seasons = existsSync(seasonsFile) ? await loadSeasons(seasonsFile) : [];
	const dir = join(dataDir, 'articles');
	const files = (await readdir(dir)).filter((f) => /\.(txt|md)$/i.test(f) && !f.startsWith('.')).sort();
	const hints = personHints(roster);
	const articles = await Promise.all(
		files.map(async (file) =>
			readArticle(file.replace(/\.(txt|md)$/i, ''), file, await readFile(join(dir, file), 'utf8'), hints),
		),
	);
	return { articles, roster, lexicon, seasons };
}
