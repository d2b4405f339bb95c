import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One quote as a fan sees it in the embed, read back from the rendered markdown. */
export interface ShownQuote {
	text: string;
	citations: number[];
	attribution: string | null;
}

const unescapeMarkdown = (text: string) => text.replace(/\\(.)/gs, '$1');

/** Reads the quote blocks back out of an answer's description (the inverse of the renderer's layout). */
export function shownQuotes(description: string): ShownQuote[] {
	return description
		.split('\n\n')
		.filter((block) => block.startsWith('> '))
		.map((block) => {
			const lines = block.split('\n').map((line) => line.slice(2));
			const attribution = lines.at(-1)?.startsWith('— ') ? (lines.pop()?.slice(2) ?? null) : null;
			const joined = lines.join('\n');
			const marks = / ((?:\[\d+\])+)$/.exec(joined);
			const text = marks ? joined.slice(0, marks.index) : joined;
			const citations = [...(marks?.[1] ?? '').matchAll(/\d+/g)].map((m) => Number(m[0]));
			return { text: unescapeMarkdown(text.replace(/^\|\|(.*)\|\|$/gm, '$1')), citations, attribution };
		});
}

/** The article files on disk, by id (file name without extension), byte for byte. */
export function articleFiles(dataDir = 'data'): Map<string, string> {
	const dir = join(dataDir, 'articles');
	return new Map(
		readdirSync(dir).map((file) => [file.replace(/\.(txt|md)$/, ''), readFileSync(join(dir, file), 'utf8')]),
	);
}

/** The citation lines of the Sources field, by number: `1 -> "**Headline** — Outlet, date"`. */
export function sourceLines(value: string): Map<number, string> {
	return new Map(
		value.split('\n').flatMap((line) => {
			const match = /^\[(\d+)\] (.*)$/.exec(line);
			return match ? [[Number(match[1]), String(match[2])] as const] : [];
		}),
	);
}
