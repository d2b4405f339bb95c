import type { Source } from '../answers/types';

/** The kind of fact a question asks for; wrong choices are always of the same kind. */
export type TriviaKind =
	| 'actor'
	| 'character'
	| 'season'
	| 'episode'
	| 'place'
	| 'duration'
	| 'term'
	| 'person'
	| 'quote'
	| 'outlet'
	| 'date';

/**
 * One multiple-choice question, built from an article sentence (or curated in data/trivia.json and checked
 * against the articles). The reveal quotes `quote` verbatim with its citation.
 */
export interface TriviaQuestion {
	/** Stable across restarts and rebuilds of the bank (a hash of the question and the quote), for "recently asked". */
	id: string;
	kind: TriviaKind;
	question: string;
	/** Exactly four choices; `choices[answer]` is the one right answer. Order here is not the order shown. */
	choices: [string, string, string, string];
	answer: number;
	/** The sentence that proves the answer: `text === article.text.slice(start, end)`. */
	quote: { text: string; articleId: string; start: number; end: number; source: Source };
	difficulty: 'easy' | 'medium' | 'hard';
	/** Seasons the question or its reveal gives away (for the spoiler policy); empty when none. */
	seasons: number[];
	origin: 'generated' | 'curated';
}
