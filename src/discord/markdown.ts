import { escapeMarkdown } from 'discord.js';

const LINK = /(https?:\/\/[^\s<]+)/;

/**
 * Escapes text from articles or users so Discord shows it literally. Every `|` is escaped, not just `||`:
 * a lone `|` next to a closing `||` would otherwise shift the spoiler's end and unmask a character. `*` and `_`
 * are escaped here outside links (links keep theirs so they still work) rather than by escapeMarkdown, whose
 * italic pattern takes quadratic time on long text.
 */
export function escapeText(raw: string): string {
	return raw
		.split(LINK)
		.map((part, index) => (index % 2 === 1 ? part.replace(/[\\|`]/g, '\\$&') : escapePlain(part)))
		.join('');
}

function escapePlain(text: string): string {
	// Bullets are escaped here too: escapeMarkdown's `\*` bullet would be escaped a second time below.
	const options = { italic: false, bold: false, underline: false, spoiler: false, heading: true, bulletedList: false };
	return escapeMarkdown(text, { ...options, numberedList: true, maskedLink: true })
		.replace(/[*_|]/g, '\\$&')
		.replace(/^(\s*)(>|-#|-(?=\s))/gm, '$1\\$2')
		.replace(/<(?=[@#:]|a:|t:)/g, '\\<');
}

/** Wraps already-escaped text in spoiler tags; safe because escaped text holds no unescaped `|`. */
export function spoiler(escaped: string): string {
	return escaped.trim() === '' ? escaped : `||${escaped}||`;
}

const ELLIPSIS = '…';

/**
 * The longest word-boundary prefix of `raw` whose rendering fits in `max` characters, with `…` when cut.
 * `render` turns raw text into what is sent (escaping, spoiler tags), so escapes are never split and a
 * spoiler's closing `||` is never cut off. Returns null when not even one word fits.
 */
export function fitWords(raw: string, max: number, render: (text: string) => string = escapeText): string | null {
	const whole = render(raw);
	if (whole.length <= max) return whole;
	const ends: number[] = [];
	for (const match of raw.matchAll(/\S(?=\s)/g)) ends.push(match.index + 1);
	let low = 0;
	let high = ends.length - 1;
	let best: string | null = null;
	// Rendered length grows with the prefix, so a binary search over word ends finds the longest that fits.
	while (low <= high) {
		const mid = (low + high) >> 1;
		const candidate = render(raw.slice(0, ends[mid]).replace(/[\s,;:]+$/, '') + ELLIPSIS);
		if (candidate.length <= max) {
			best = candidate;
			low = mid + 1;
		} else high = mid - 1;
	}
	return best;
}

/** Like {@link fitWords} but never null: a single over-long word is cut at a character as a last resort. */
export function fitText(raw: string, max: number, render: (text: string) => string = escapeText): string {
	const words = fitWords(raw, max, render);
	if (words !== null) return words;
	let length = Math.min(raw.length, max);
	let out = render(raw.slice(0, length) + ELLIPSIS);
	while (out.length > max && length > 0) out = render(raw.slice(0, --length) + ELLIPSIS);
	return out.length <= max ? out : '';
}
