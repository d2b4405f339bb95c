import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkQuestion, loadEngine } from '../../src/answers/engine';
import type { Engine } from '../../src/answers/engine-api';

let engine: Engine;
let vocabulary: string[];
beforeAll(async () => {
	engine = await loadEngine(join(import.meta.dirname, '../../data'));
	const words = new Set<string>();
	for (const a of engine.articles) for (const w of a.text.split(/\s+/)) if (w) words.add(w);
	vocabulary = [...words];
});

describe('every quote is verbatim', () => {
	it('GIVEN 1,000 random questions from article words, question words and noise THEN every quote is the article text at its offsets', () => {
		const word = fc.oneof(
			fc.constantFrom(...vocabulary),
			fc.constantFrom(
				'why',
				'when',
				'who',
				'where',
				'what',
				'how long',
				'did',
				'is',
				'halsted',
				'upstead',
				'??',
				"'",
				'“',
				'||',
				'@everyone',
			),
			fc.string({ maxLength: 8 }),
		);
		fc.assert(
			fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), (parts) => {
				const check = checkQuestion(parts.join(' '));
				if (!check.ok) return;
				const answer = engine.ask(check.question);
				if (!answer.answered) expect(answer.quotes).toEqual([]);
				for (const q of answer.quotes) {
					const article = engine.articles.find((a) => a.id === q.articleId);
					expect(article?.text.slice(q.start, q.end)).toBe(q.text);
					for (const also of q.alsoIn)
						expect(engine.articles.find((a) => a.id === also.articleId)?.text.slice(also.start, also.end)).toBe(
							also.text,
						);
				}
			}),
			{ numRuns: 1000 },
		);
	}, 60_000);
});
