/**
 * Wrong answers of the same kind as the right one. Everything here is deterministic (seeded by the question), so
 * a rebuilt bank offers the same choices and question ids stay stable across restarts.
 */

/** FNV-1a: a small stable hash, enough to vary choices from question to question. */
export function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** `items` in an order that depends only on `seed`: a stable stand-in for a random pick. */
export function stableOrder<T>(items: readonly T[], seed: string, key: (item: T) => string = String): T[] {
	return [...items].sort((a, b) => hash(`${seed}\u0000${key(a)}`) - hash(`${seed}\u0000${key(b)}`));
}

import { CARDINALS, ORDINALS } from '../numbers';

export { CARDINALS, ORDINALS };

/** How a number is written, so wrong answers are written the same way ("five" beside "six", not "6"). */
export type NumberStyle = 'digits' | 'words' | 'ordinal';

/** Reads "10", "five", "sixth"; null for anything else. */
export function readNumber(token: string): { value: number; style: NumberStyle } | null {
	const lower = token.toLowerCase();
	if (/^\d{1,3}$/.test(lower)) return { value: Number(lower), style: 'digits' };
	const cardinal = CARDINALS.indexOf(lower);
	if (cardinal >= 0) return { value: cardinal, style: 'words' };
	const ordinal = ORDINALS.indexOf(lower);
	return ordinal >= 0 ? { value: ordinal, style: 'ordinal' } : null;
}

export function writeNumber(value: number, style: NumberStyle): string {
	if (style === 'words') return CARDINALS[value] ?? String(value);
	if (style === 'ordinal') return ORDINALS[value] ?? `${value}th`;
	return String(value);
}

/** Neighbouring offsets, several shapes so the right answer is not always in the middle of the range. */
const SHAPES = [
	[-1, 1, 2],
	[-2, -1, 1],
	[1, 2, 3],
	[-3, -2, -1],
	[-1, 1, -2],
	[1, 2, -1],
];

/**
 * Three other values near `value`, within `[min, max]`, spaced by `step`. Near, because "season 9 or 10?" is a
 * fair question and "season 2 or 10?" is not.
 */
export function nearby(value: number, min: number, max: number, seed: string, step = 1): number[] {
	const shape = SHAPES[hash(seed) % SHAPES.length] ?? [-1, 1, 2];
	const out: number[] = [];
	const take = (n: number) => {
		if (n >= min && n <= max && n !== value && !out.includes(n) && out.length < 3) out.push(n);
	};
	for (const offset of shape) take(value + offset * step);
	for (let d = 1; out.length < 3 && d <= 20; d++) {
		take(value + d * step);
		take(value - d * step);
	}
	return out;
}

/** Capitalises the first letter (choice labels start with a capital unless the vocabulary says otherwise). */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Someone who could be offered as a choice: roster people and the vocabulary's extra names. */
export interface Candidate {
	name: string;
	kind: 'character' | 'actor' | 'crew';
	gender: 'f' | 'm' | null;
	/** Roster people first: names the articles use are the most plausible wrong answers. */
	rank: number;
}

/**
 * Three wrong people of the same kind as `answer`, the same gender first (a "her" in the text would give a man's
 * name away), never anyone in `exclude` (the answer, and whoever the quote names).
 */
export function otherPeople(
	answer: Candidate,
	candidates: readonly Candidate[],
	exclude: ReadonlySet<string>,
	seed: string,
): string[] | null {
	const pool = candidates.filter((c) => c.kind === answer.kind && c.name !== answer.name && !exclude.has(c.name));
	const ordered = stableOrder(pool, seed, (c) => c.name).sort(
		(a, b) => Number(a.gender !== answer.gender) - Number(b.gender !== answer.gender) || a.rank - b.rank,
	);
	const picked = ordered.slice(0, 3).map((c) => c.name);
	return picked.length === 3 ? picked : null;
}

/** Three other words from the answer's vocabulary group, none of which appear in `text` (the quote). */
export function otherWords(answer: string, group: readonly string[], text: string, seed: string): string[] | null {
	const pool = group.filter((word) => word !== answer && !text.includes(word));
	const picked = stableOrder(pool, seed).slice(0, 3);
	return picked.length === 3 ? picked : null;
}
