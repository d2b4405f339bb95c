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
