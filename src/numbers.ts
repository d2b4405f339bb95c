/** Number words from zero to twenty, indexed by value: `CARDINALS[5]` is "five", `ORDINALS[5]` is "fifth". */
export const CARDINALS: readonly string[] = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
	'twenty',
];
export const ORDINALS: readonly string[] = [
	'zeroth',
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth',
	'thirteenth',
	'fourteenth',
	'fifteenth',
	'sixteenth',
	'seventeenth',
	'eighteenth',
	'nineteenth',
	'twentieth',
];

/** The value of a number word or ordinal from one to twenty ("five" and "fifth" are 5), or undefined. */
export function numberWord(word: string): number | undefined {
	const lower = word.toLowerCase();
	const value = Math.max(CARDINALS.indexOf(lower), ORDINALS.indexOf(lower));
	return value > 0 ? value : undefined;
}
