import type { Source } from '../answers/types';
import { escapeText, fitText, spoiler } from './markdown';

/** Numbers sources in order of first citation: `[1]` in a quote points at line `[1]` in the sources list. */
export class Citations {
	readonly #entries = new Map<string, { number: number; source: Source; onlyTagged: boolean }>();

	/** The citation number for `source`; `tagged` says whether the citing text sits inside a spoiler. */
	cite(source: Source, tagged = false): number {
		const entry = this.#entries.get(source.articleId);
		if (entry) {
			entry.onlyTagged &&= tagged;
			return entry.number;
		}
		const number = this.#entries.size + 1;
		this.#entries.set(source.articleId, { number, source, onlyTagged: tagged });
		return number;
	}

	/**
	 * The sources list, one line each. A source cited only from spoiler-tagged quotes has its line tagged too,
	 * since a headline can give away what the quote hides.
	 */
	lines(): string[] {
		return [...this.#entries.values()].map(({ number, source, onlyTagged }) => {
			const line = describeSource(source);
			return `[${number}] ${onlyTagged ? spoiler(line) : line}`;
		});
	}

	get size(): number {
		return this.#entries.size;
	}
}

/** Described sources, by content: the same few articles are cited in every answer. Bounded, just in case. */
const described = new Map<string, string>();

/** `**Headline** — Outlet, May 22, 2024`, escaped; a headline Molly derived from the text is marked as such. */
export function describeSource(source: Source): string {
	const key = `${source.headline}\u0000${source.headlineDerived}\u0000${source.outlet}\u0000${source.date}`;
	let line = described.get(key);
	if (line === undefined) {
		if (described.size >= 1000) described.clear();
		line = describeUncached(source);
		described.set(key, line);
	}
	return line;
}

function describeUncached(source: Source): string {
	const headline = `**${fitText(source.headline, 200)}**${source.headlineDerived ? ' _(no headline: its opening words)_' : ''}`;
	const where = [source.outlet ? escapeText(source.outlet) : null, formatDate(source.date)].filter(Boolean);
	return where.length > 0 ? `${headline} — ${where.join(', ')}` : headline;
}

/** `2024-05-22` -> `May 22, 2024`, read as a calendar date so no time zone shifts the day. */
export function formatDate(iso: string | null): string | null {
	if (!iso) return null;
	const date = new Date(`${iso}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return escapeText(iso);
	return date.toLocaleDateString('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' });
}

/** Packs lines into as few field values of at most `max` characters as possible, never splitting a line. */
export function packLines(lines: string[], max = 1024): string[] {
	const values: string[] = [];
	for (const line of lines) {
		const last = values.at(-1);
		if (last !== undefined && last.length + 1 + line.length <= max) values[values.length - 1] = `${last}\n${line}`;
		else values.push(line.slice(0, max));
	}
	return values;
}
