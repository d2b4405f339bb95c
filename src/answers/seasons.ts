const NAMES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen'];
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth'];

/** Seasons a text names ("season 10", "the Season 11 finale", "season five", "sixth season", "series 14"). */
export function seasonsOf(text: string): number[] {
	const out = new Set<number>();
	for (const m of text.matchAll(/\b(?:season|series)\s+(\d{1,2}|[a-z]+)\b/gi)) {
		const w = (m[1] ?? '').toLowerCase();
		const n = /^\d+$/.test(w) ? Number(w) : NAMES.indexOf(w);
		if (n > 0) out.add(n);
	}
	for (const m of text.matchAll(/\b([a-z]+)\s+season\b/gi)) {
		const n = ORDINALS.indexOf((m[1] ?? '').toLowerCase());
		if (n > 0) out.add(n);
	}
	return [...out].sort((a, b) => a - b);
}
