import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LexiconSchema, loadLibrary, RosterSchema } from '../../src/answers/data';

const data = join(import.meta.dirname, '../../data');

describe('the data folder', () => {
	it('GIVEN the roster THEN it is valid and every name and alias appears in an article’s own text', async () => {
		const roster = RosterSchema.parse(JSON.parse(readFileSync(join(data, 'roster.json'), 'utf8')));
		const { articles } = await loadLibrary(data);
		const bodies = articles
			.map((a) =>
				a.sentences
					.filter((s) => s.kind !== 'comment')
					.map((s) => s.text)
					.join(' '),
			)
			.join(' ');
		for (const p of roster.people) for (const name of [p.name, ...p.aliases]) expect(bodies, name).toContain(name);
		for (const pair of roster.pairs) expect(bodies).toContain(pair.name);
	});

	it('GIVEN the roster THEN every actor it names plays a character it names, and every pair is of known people', () => {
		const roster = RosterSchema.parse(JSON.parse(readFileSync(join(data, 'roster.json'), 'utf8')));
		const ids = new Set(roster.people.map((p) => p.id));
		for (const p of roster.people) if (p.playedBy) expect(ids.has(p.playedBy), p.playedBy).toBe(true);
		for (const pair of roster.pairs) for (const m of pair.members) expect(ids.has(m), m).toBe(true);
	});

	it('GIVEN the lexicon THEN it is valid and no word sits in two groups by mistake of spelling', () => {
		const lexicon = LexiconSchema.parse(JSON.parse(readFileSync(join(data, 'lexicon.json'), 'utf8')));
		for (const g of lexicon.groups) expect(new Set(g).size, g.join(',')).toBe(g.length);
	});

	it('GIVEN a data folder with no roster or lexicon THEN articles still load', async () => {
		const { articles, roster } = await loadLibrary(data);
		expect(articles).toHaveLength(4);
		expect(roster.people.length).toBeGreaterThan(0);
	});
});
