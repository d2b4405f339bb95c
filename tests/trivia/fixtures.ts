import type { TriviaQuestion } from '../../src/trivia/types';

/** A small made-up question: choice 0 (`Right n`) is right. */
export function question(n: number, overrides: Partial<TriviaQuestion> = {}): TriviaQuestion {
	return {
		id: `q${n}`,
		kind: 'place',
		question: `Question ${n}?`,
		choices: [`Right ${n}`, `Wrong ${n}a`, `Wrong ${n}b`, `Wrong ${n}c`],
		answer: 0,
		quote: {
			text: `Right ${n} is the answer.`,
			articleId: `article-${n}`,
			start: 0,
			end: 10,
			source: { articleId: `article-${n}`, headline: 'Headline', headlineDerived: false, outlet: null, date: null },
		},
		difficulty: 'medium',
		seasons: [],
		origin: 'generated',
		...overrides,
	};
}
