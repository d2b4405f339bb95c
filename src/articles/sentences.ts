/**
 * Sentence splitting that keeps exact offsets. Written for news prose: abbreviations (P.D., p.m., Sgt.),
 * quotations that run over several sentences, curly and straight quotes, and ellipses.
 */

/** Abbreviations that never end a sentence: a name or a number always follows them. */
const TITLES = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'sgt',
	'det',
	'lt',
	'capt',
	'cmdr',
	'st',
	'jr',
	'sr',
	'vs',
	'no',
	'prof',
	'gen',
	'gov',
	'sen',
	'rep',
	'supt',
	'insp',
	'ofc',
	'mt',
	'ft',
	'approx',
	'dept',
	'est',
	'inc',
	'co',
	'corp',
	'ltd',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec',
]);

/** Words that start sentences: after an abbreviation such as "P.D." they show a new sentence has begun. */
const STARTERS = new Set([
	'a',
	'an',
	'the',
	'he',
	'she',
	'it',
	'they',
	'we',
	'i',
	'you',
	'his',
	'her',
	'their',
	'its',
	'this',
	'that',
	'these',
	'those',
	'there',
	'but',
	'and',
	'so',
	'yet',
	'after',
	'before',
	'when',
	'while',
	'as',
	'in',
	'on',
	'at',
	'for',
	'with',
	'if',
	'since',
	'though',
	'although',
	'however',
	'meanwhile',
	'now',
	'then',
	'still',
	'also',
	'instead',
	'fans',
	'following',
	'during',
	'by',
	'to',
	'from',
	'what',
	'why',
	'how',
	'who',
	'where',
	'not',
	'neither',
	'both',
	'some',
	'many',
	'all',
	'one',
	'no',
]);

const CLOSERS = '"”’\')]»';
const OPENERS = '"“‘\'([«';

/** "Sigan said", "the actor replied": words that attribute the quotation just before them. */
const ATTRIBUTION =
	/^(?:[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2}|[Hh]e|[Ss]he|[Tt]hey)\s(?:said|says|told|tells|added|explained|asked|wrote|replied|continued|recalled|admitted)\b/;

export interface Span {
	start: number;
	end: number;
}

function isUpperStart(ch: string | undefined): boolean {
	return ch !== undefined && (/[A-Z0-9]/.test(ch) || OPENERS.includes(ch));
}

/** The word (letters and inner dots) that ends right before position `dot` (exclusive of the final dot). */
function wordBefore(text: string, dot: number): string {
	let i = dot;
	while (i > 0 && /[A-Za-z.]/.test(text[i - 1] ?? '')) i--;
	return text.slice(i, dot);
}

function wordAfter(text: string, from: number): string {
	let i = from;
	while (i < text.length && OPENERS.includes(text[i] ?? '')) i++;
	const m = /^[A-Za-z]+/.exec(text.slice(i, i + 40));
	return m ? m[0] : '';
}

/** Decides whether a period after `word` ends the sentence, given the word that follows. */
function periodEnds(word: string, next: string): boolean {
	const bare = word.toLowerCase().replace(/\.$/, '');
	if (TITLES.has(bare)) return false;
	// Initialisms with inner dots (P.D., p.m., U.S.) end a sentence only when a sentence-starting word follows.
	if (/^([A-Za-z]\.)+[A-Za-z]?$/.test(word) || (bare.length === 1 && /[A-Z]/.test(word))) {
		if (!next) return true;
		if (/^[A-Z]{2,}$/.test(next)) return false;
		return STARTERS.has(next.toLowerCase()) || /ing$|ed$|ly$/.test(next);
	}
	return true;
}

/**
 * Splits `text` between `from` and `to` into sentence spans. Spans exclude surrounding white space, so
 * `text.slice(start, end)` is always the sentence itself.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
	const spans: Span[] = [];
	let start = from;
	while (start < to && /\s/.test(text[start] ?? '')) start++;
	let i = start;
	while (i < to) {
		const ch = text[i] ?? '';
		let boundary = -1;
		if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
			let j = i + 1;
			while (j < to && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
			while (j < to && CLOSERS.includes(text[j] ?? '')) j++;
			// A boundary needs white space and then something that can start a sentence.
			if (j < to && /\s/.test(text[j] ?? '')) {
				let k = j;
				while (k < to && /\s/.test(text[k] ?? '')) k++;
				const nextCh = text[k];
				if (isUpperStart(nextCh)) {
					const ellipsis = ch === '…' || (ch === '.' && text[i + 1] === '.');
					const strong = /[!?]/.test(text.slice(i, j));
					const ok =
						ch === '.' && !ellipsis && !strong ? periodEnds(`${wordBefore(text, i)}.`, wordAfter(text, k)) : true;
					// `…better for you?” Sigan said.`: a quotation ending in ? or ! runs on into its attribution.
					const attributed = strong && CLOSERS.includes(text[j - 1] ?? '') && ATTRIBUTION.test(text.slice(k, k + 60));
					if (ok && !attributed) boundary = j;
				}
			}
			i = j;
		} else {
			i++;
		}
		if (boundary > 0) {
			spans.push({ start, end: boundary });
			start = boundary;
			while (start < to && /\s/.test(text[start] ?? '')) start++;
			i = start;
		}
	}
	let end = to;
	while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
	if (end > start) spans.push({ start, end });
	return spans;
}
