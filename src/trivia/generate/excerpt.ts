/** What stands where the answer was taken out of a sentence. */
export const GAP = '____';
/** Longest excerpt shown in a question: long enough for context, short enough to read in the time allowed. */
const MAX = 200;

/** Drops a quotation mark left open or closed where the sentence was cut out of a longer quotation. */
function trimDangling(text: string): string {
	let t = text.trim();
	const opens = (t.match(/“/g) ?? []).length;
	const closes = (t.match(/”/g) ?? []).length;
	if (opens > closes && t.startsWith('“')) t = t.slice(1);
	else if (closes > opens && t.endsWith('”')) t = t.slice(0, -1);
	else if (closes > opens) t = t.replace(/(?<=[.,!?])”/, '');
	if ((t.match(/"/g) ?? []).length % 2 === 1) t = t.replace(/^"|"$/, '');
	return t.trim();
}

/**
 * The sentence with `[start, end)` replaced by a gap, cut to the clauses around the gap when the sentence is long
 * (with "…" where cut), wrapped in quotation marks. `a`/`an` before the gap becomes `a(n)` so it gives nothing away.
 */
export function withGap(sentence: string, start: number, end: number): string {
	let before = sentence.slice(0, start).replace(/\b([Aa])n? $/, '$1(n) ');
	let after = sentence.slice(end);
	let cutBefore = false;
	let cutAfter = false;
	// Drop whole clauses (at commas, dashes, semicolons) from the ends until it fits.
	while (before.length + GAP.length + after.length > MAX) {
		const lastBreak = Math.max(
			before.lastIndexOf(', ', before.length - 2),
			before.lastIndexOf(' – '),
			before.lastIndexOf('; '),
		);
		const firstBreak = [after.indexOf(', '), after.indexOf(' – '), after.indexOf('; ')].filter((i) => i > 0);
		const cutAt = firstBreak.length ? Math.min(...firstBreak) : -1;
		if (after.length >= before.length && cutAt > 0) {
			after = after.slice(0, cutAt);
			cutAfter = true;
		} else if (lastBreak > 0) {
			before = before.slice(lastBreak + 2);
			cutBefore = true;
		} else if (cutAt > 0) {
			after = after.slice(0, cutAt);
			cutAfter = true;
		} else break;
	}
	const text = trimDangling(`${cutBefore ? '…' : ''}${before}${GAP}${after.trimEnd()}${cutAfter ? '…' : ''}`);
	return `“${text}”`;
}
