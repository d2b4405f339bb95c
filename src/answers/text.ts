import { createRequire } from 'node:module';
import porter2 from 'wink-porter2-stemmer';
import { CARDINALS, ORDINALS } from '../numbers';

/** Folds typographic quotes and dashes so that "didn’t" and "didn't" read the same. */
export function fold(text: string): string {
	return text
		.replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
		.replace(/[\u201c\u201d]/g, '"')
		.replace(/[\u2013\u2014]/g, '-');
}

const CONTRACTIONS: ReadonlyArray<[RegExp, string]> = [
	[/\bwon't\b/g, 'will not'],
	[/\bcan't\b/g, 'can not'],
	[/\b(\w+)n't\b/g, '$1 not'],
	[/\b(why|what|who|where|when|how)'d\b/g, '$1 did'],
	[/\b(i|you|he|she|we|they)'d\b/g, '$1 would'],
	[/\b(why|what|who|where|when|how|it|that|there|he|she)'s\b/g, '$1 is'],
	[/\b(\w+)'re\b/g, '$1 are'],
	[/\b(\w+)'ll\b/g, '$1 will'],
	[/\b(\w+)'ve\b/g, '$1 have'],
	[/\bi'm\b/g, 'i am'],
	// The same without apostrophes, as fans type them on phones.
	[/\b(is|was|were|are|do|does|did|has|have|had|could|would|should|must)nt\b/g, '$1 not'],
	[/\bcant\b/g, 'can not'],
	[/\bwont\b/g, 'will not'],
	[/\b(what|who|where|how|when|why|that|he|she)s\b/g, '$1 is'],
	[/\b(why|what|who|where|when|how)d\b/g, '$1 did'],
	[/\b(would|could|should|might|must)ve\b/g, '$1 have'],
	[/\b(you|they)re\b/g, '$1 are'],
	[/\b(you|they)ll\b/g, '$1 will'],
	[/\b(you|they)ve\b/g, '$1 have'],
	[/\bim\b/g, 'i am'],
];

const MAY_CONTRACT =
	/'|\b(isnt|wasnt|werent|arent|dont|doesnt|didnt|hasnt|havent|hadnt|couldnt|wouldnt|shouldnt|mustnt|cant|wont|im|whats|whos|wheres|hows|whens|whys|thats|hes|shes|whyd|whatd|whod|whered|whend|howd|wouldve|couldve|shouldve|mightve|mustve|youre|theyre|youll|theyll|youve|theyve)\b/;

/** Lower-cased word tokens, with contractions opened and possessives dropped ("Jay's" -> "jay"). */
export function words(text: string): string[] {
	let t = fold(text).toLowerCase();
	// Most article sentences have no contraction at all: test once before trying every rule.
	if (MAY_CONTRACT.test(t)) for (const [re, to] of CONTRACTIONS) t = t.replace(re, to);
	const out: string[] = [];
	for (const m of t.matchAll(/[a-z0-9]+(?:[.'-][a-z0-9]+)*/g)) {
		let w = m[0].replace(/'s$/, '').replace(/'$/, '');
		// "p.d." and "p.m." keep their dots; other dotted tokens are joined ("u.s" -> "us").
		if (w.includes('.')) w = w.replace(/\./g, '');
		if (w.includes('-')) {
			out.push(...w.split('-').filter(Boolean));
			continue;
		}
		if (w) out.push(w);
	}
	return out;
}

const stems = new Map<string, string>();
let irregular: Readonly<Record<string, string>> | null = null;

/**
 * The base form of an irregular verb ("woke" -> "wake", "flew" -> "fly"), from WordNet's exception lists as
 * wink-lexicon ships them; the stemmer handles the regular ones.
 */
function baseForm(word: string): string {
	irregular ??= createRequire(import.meta.url)('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>;
	return Object.hasOwn(irregular, word) ? (irregular[word] ?? word) : word;
}

/**
 * Words the stemmer would fold into another word's stem: a department is not departing, an apartment not apart,
 * officiating not official, and where someone is originally from is not a rumour's origin.
 */
const KEPT_WHOLE: Readonly<Record<string, string>> = {
	department: 'department',
	departments: 'department',
	apartment: 'apartment',
	apartments: 'apartment',
	officiate: 'officiat',
	officiated: 'officiat',
	officiates: 'officiat',
	officiating: 'officiat',
	officiant: 'officiat',
	originally: 'originally',
};

/** Porter2 (Snowball English) stem of the word's base form, memoised: the same few thousand words come back all the time. */
export function stem(word: string): string {
	let s = stems.get(word);
	if (s === undefined) {
		s = /^\d+$/.test(word) ? word : (KEPT_WHOLE[word] ?? porter2(baseForm(word)));
		if (stems.size < 200_000) stems.set(word, s);
	}
	return s;
}

/** Function words that carry no topic. Question words are kept apart by the question analysis. */
export const STOPWORDS = new Set(
	`a about above after again against all am an and any are as at be been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers herself him
himself his how i if in into is it its itself just me most my myself no nor not of off on once only or other
our ours ourselves out over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which while who whom why will
with would you your yours yourself yourselves also ever even yet really actually like get got gets getting
s t us re co pre non un ok okay hey hi please molly finally another anyway honestly basically literally seriously exactly happen happened happens thing things one lot much
wait lol lmao omg tbh idk btw ngl fr fyi lowkey highkey istg nah yeah yep yup hmm um uh guys others article articles never gonna gotta kinda sorta total overall altogether something anything someone somebody anyone anybody everything everyone stuff order vs versus else instead`.split(
		/\s+/,
	),
);

/** Number words up to twenty, and ordinals, as digits: "season five" and "fifth season" both mean 5. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
	[...CARDINALS, ...ORDINALS].flatMap((w, i) => (i % CARDINALS.length === 0 ? [] : [[w, i % CARDINALS.length]])),
);

/** Index terms for a text: stems of its content words, numbers as digits. */
export function terms(text: string): string[] {
	const out: string[] = [];
	for (const w of words(text)) {
		if (STOPWORDS.has(w)) continue;
		const n = NUMBER_WORDS[w];
		out.push(n === undefined ? stem(w) : String(n));
	}
	return out;
}

/** Damerau-Levenshtein distance with an early exit once `max` is exceeded. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const prev2: number[] = new Array(b.length + 1).fill(0);
	let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
	let row: number[] = new Array(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		row[0] = i;
		let best = row[0];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
			row[j] = v;
			if (v < best) best = v;
		}
		if (best > max) return max + 1;
		prev2.splice(0, prev2.length, ...prev);
		[prev, row] = [row, prev];
	}
	return prev[b.length] ?? max + 1;
}
