import { CARDINALS, numberWord, ORDINALS } from '../numbers';

const WORD = `(?:${CARDINALS.slice(1).join('|')})`;
const DIGITS = '\\d{1,2}';
const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|${ORDINALS.slice(1).join('|')})`;
/** Between two numbers of one mention: "9 and 10", "5, 6 or 7", "9-11", "9 through 11". */
const LINK = '(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|&)\\s+|\\s*[-–—]\\s*|\\s+(?:to|through|thru)\\s+)';
/** "Chicago Fire Season 14" is another show's season; P.D. articles often list the three together. */
const OTHER_SHOW = '(?<!\\b(?:fire|med|justice)\\s+)';

/**
 * "season 10", "seasons 9 and 10", "season five and six", "series 14" (British usage). A chain continues only with
 * the same kind of number, so "season 10, one of the best" is season 10 and not season 1.
 */
const NAMED = new RegExp(
	`${OTHER_SHOW}\\b(?:seasons?|series)\\s+(${DIGITS}(?:${LINK}${DIGITS})*|${WORD}(?:${LINK}${WORD})*)\\b`,
	'gi',
);
/**
 * "sixth season", "its first season", "fifth and sixth seasons", "a first-season episode". Not after a personal
 * pronoun: in "my sixth season" an actor counts her own seasons, not the show's.
 */
const COUNTED = new RegExp(
	`\\b(?:(my|his|her|their|your|our)\\s+)?(${ORDINAL}(?:${LINK}${ORDINAL})*)[\\s-]+seasons?\\b`,
	'gi',
);

/** The longest range we expand, so a typo like "seasons 1-100" cannot make every season a spoiler. */
const MAX_RANGE = 20;

function toNumber(token: string): number {
	const lower = token.toLowerCase();
	const digits = Number.parseInt(lower, 10);
	if (!Number.isNaN(digits)) return digits;
	return numberWord(lower) ?? 0;
}

/** The numbers in one mention, with ranges ("9-11", "9 through 11") expanded. */
function numbersIn(mention: string): number[] {
	const tokens = mention.split(/(\s*[-–—]\s*|\s+(?:to|through|thru)\s+)/i);
	const numbers: number[] = [];
	for (let index = 0; index < tokens.length; index += 2) {
		const part = tokens[index] ?? '';
		const values = part.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+/i).map((token) => toNumber(token.trim()));
		const isRangeEnd = index > 0;
		const first = values[0];
		const before = numbers.at(-1);
		if (isRangeEnd && first !== undefined && before !== undefined && first > before && first - before <= MAX_RANGE) {
			for (let season = before + 1; season < first; season++) numbers.push(season);
		}
		numbers.push(...values);
	}
	return numbers;
}

/**
 * The seasons of the show that `text` mentions by number, ascending and without repeats: "early in season 10",
 * "the Season 11 finale", "season five", "sixth season", "series 14", "seasons 9 and 10". Phrases with no season
 * number ("two seasons", "one last season", "this season") mention none.
 */
export function seasonsIn(text: string): number[] {
	const found = new Set<number>();
	for (const match of text.matchAll(NAMED)) for (const season of numbersIn(match[1] ?? '')) found.add(season);
	for (const match of text.matchAll(COUNTED)) {
		if (match[1] !== undefined) continue;
		for (const season of numbersIn(match[2] ?? '')) found.add(season);
	}
	return [...found].filter((season) => season >= 1).sort((a, b) => a - b);
}
