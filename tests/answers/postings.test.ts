import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostingIndex } from '../../src/answers/postings';

describe('the posting index', () => {
	it('GIVEN any texts and query THEN the best hits are those a full sort would give, best first, ties by id', () => {
		const stems = ['a', 'b', 'c', 'd', 'e'];
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.constantFrom(...stems), { maxLength: 6 }), { minLength: 1, maxLength: 60 }),
				fc.array(fc.constantFrom(...stems), { minLength: 1, maxLength: 3 }),
				fc.integer({ min: 1, max: 20 }),
				(texts, query, limit) => {
					const index = new PostingIndex();
					texts.forEach((t, id) => {
						index.add(id, t);
					});
					const weighted = [...new Set(query)].map((stem) => ({ stem, weight: 1 }));
					const all = index.search(weighted, texts.length);
					const expected = [...all].sort((x, y) => y.score - x.score || x.id - y.id).slice(0, limit);
					expect(index.search(weighted, limit)).toEqual(expected);
					// Every text holding a query word is found, and no other.
					const holding = texts.flatMap((t, id) => (t.some((s) => query.includes(s)) ? [id] : []));
					expect(all.map((h) => h.id).sort((x, y) => x - y)).toEqual(holding);
				},
			),
			{ numRuns: 500 },
		);
	});
});
