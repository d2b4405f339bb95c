import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type QuoteDecision, renderAnswer } from '../../src/discord/render';
import { createLogger } from '../../src/log';
import { loadSeasons } from '../../src/spoilers/season-data';
import { SpoilerService } from '../../src/spoilers/service';
import { openStore, type Store } from '../../src/store';
import { answer, quote, source, spoilerMarks, unescapeMarkdown } from '../discord/fixtures';
import { shownQuotes } from '../e2e/quotes';

/** Text made of what breaks spoiler wrapping: pipes, backslashes, backticks, quotes, markdown, links, long words. */
const tricky = fc
	.array(
		fc.oneof(
			{ weight: 6, arbitrary: fc.constantFrom('||', '|', '\\', '`', '```', '"', "'", '“', '*', '**', '_', '~~') },
			{ weight: 4, arbitrary: fc.constantFrom('> ', '>>> ', '# ', '-# ', '- ', '1. ', '\n', ' ', ' ', 'word') },
			{ weight: 2, arbitrary: fc.constantFrom('Upton', 'season 11', '@everyone', '<@1>', '<#2>', ':star:') },
			{ weight: 1, arbitrary: fc.constantFrom('https://example.com/a_b|c', '[link](https://x.y)', 'x'.repeat(300)) },
			// Long runs of words, so some answers are cut to fit: at a quote boundary, or inside one long quote.
			{ weight: 1, arbitrary: fc.constantFrom('Upton | left || the unit. '.repeat(40), 'a\\b '.repeat(300)) },
			{ weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
		),
		{ minLength: 1, maxLength: 60 },
	)
	.map((parts) => parts.join(''))
	// Citation marks at the very end would read back as the renderer's own; the engine never quotes them.
	.filter((text) => text.trim() !== '' && !/\[\d+\]$/.test(text));

const quotes = fc.array(
	fc.record({
		text: tricky,
		speaker: fc.option(tricky, { nil: null }),
		seasons: fc.array(fc.integer({ min: 1, max: 13 }), { maxLength: 3 }).map((s) => [...s, 11]),
		article: fc.nat(5),
	}),
	{ minLength: 1, maxLength: 6 },
);

/** A quote line as a fan sees it, less `> `: one whole spoiler, then only citation marks. */
const TAGGED_LINE = /^(— )?\|\|.*\|\|( (\[\d+\])+)?$/s;
/** Or no quote text at all: a blank line, or the renderer's `…` for a quote with no room left for one word. */
const EMPTY_LINE = /^\s*…?( ?(\[\d+\])+)?$/;

let dir: string;
let store: Store;
let decide: QuoteDecision;
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'molly-spoilers-'));
	store = await openStore(`sqlite://${join(dir, 'molly.sqlite')}`);
	const log = createLogger({ level: 'silent' });
	const service = new SpoilerService({ store, seasons: await loadSeasons(), log, now: () => new Date('2026-01-01') });
	await service.change('300000000000000001', { mode: 'tag', safeThrough: 10 });
	decide = await service.policyFor({ guildId: '300000000000000001', channelId: '300000000000000002' });
});
afterAll(async () => {
	await store.close();
	await rm(dir, { recursive: true, force: true });
});

describe('GIVEN a server that tags season 11 and quotes full of markdown', () => {
	it('WHEN 10,000 answers are rendered THEN all visible text of each tagged quote stays inside its tags, never cut inside one', () => {
		fc.assert(
			fc.property(quotes, (raw) => {
				const made = raw.map((q) =>
					quote(q.text, { speaker: q.speaker, seasons: q.seasons, source: source(`s${q.article}`) }),
				);
				const [embed] = renderAnswer(answer(made), decide).embeds;
				if (embed === undefined) return expect.fail('an answer with quotes renders as an embed');
				const description = embed.description ?? '';
				for (const line of description.split('\n')) {
					if (!line.startsWith('> ')) {
						expect(line === '' || /^(📺|🎬)/u.test(line), line).toBe(true);
						continue;
					}
					const rest = line.slice(2);
					const marks = spoilerMarks(rest);
					if (marks.length === 0) expect(EMPTY_LINE.test(rest), line).toBe(true);
					else {
						expect(marks, line).toHaveLength(2);
						expect(TAGGED_LINE.test(rest), line).toBe(true);
						expect(rest.slice((marks[1] ?? 0) + 2), line).toMatch(/^( (\[\d+\])+)?$/);
					}
				}
				// What is inside the tags is the quote, word for word (or a prefix of it ending in … when cut).
				const shown = shownQuotes(description);
				expect(shown.length).toBeGreaterThan(0);
				for (const [index, { text, attribution }] of shown.entries()) {
					const original = made[index];
					const whole = original?.text ?? '';
					expect(text === whole || (text.endsWith('…') && whole.startsWith(text.slice(0, -1))), text).toBe(true);
					if (attribution !== null) {
						const who = unescapeMarkdown(attribution.replace(/^\|\|(.*)\|\|$/s, '$1'));
						expect(who).toBe((original?.speaker ?? '').replace(/\s+/g, ' ').trim());
					}
				}
				// A headline can give a tagged quote away, so every source line of an all-tagged answer is tagged too.
				for (const field of embed.fields ?? []) {
					for (const line of field.value.split('\n')) expect(line, line).toMatch(/^\[\d+\] \|\|.*\|\|$/);
				}
			}),
			{ numRuns: 10_000 },
		);
	}, 120_000);
});
