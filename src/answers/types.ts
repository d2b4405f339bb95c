/** Where a quote comes from, fit for a citation. */
export interface Source {
	articleId: string;
	headline: string;
	headlineDerived: boolean;
	outlet: string | null;
	date: string | null;
}

/** Whether a quote is about the show's story or the real people behind it. */
export type Side = 'story' | 'real';

export type QuestionKind =
	| 'why'
	| 'when'
	| 'who'
	| 'where'
	| 'what'
	| 'how-long'
	| 'how-old'
	| 'how'
	| 'which'
	| 'yes-no';

/** Exact words from an article, with every place they stand. */
export interface Quote {
	/** Verbatim: `article.text.slice(start, end)`. */
	text: string;
	articleId: string;
	start: number;
	end: number;
	source: Source;
	/** The same statement in other articles: one quote, several sources. */
	alsoIn: Array<Source & { start: number; end: number; text: string }>;
	speaker: string | null;
	audience: string | null;
	side: Side;
	/** Seasons of the show this quote mentions (for spoiler policy); empty when none. */
	seasons: number[];
	score: number;
}

export interface Note {
	kind: 'disagreement' | 'partial';
	text: string;
	sources: Source[];
}

/** The engine's answer to one question. */
export interface Answer {
	question: string;
	answered: boolean;
	kind: QuestionKind;
	/** Ranked best first; empty when not answered. */
	quotes: Quote[];
	notes: Note[];
	/** Questions Molly can answer well, offered when this one is not covered. */
	suggestions: string[];
}
