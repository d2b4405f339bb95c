import type { APIEmbed } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/answers/types';
import { renderAnswer, renderChoices, renderNotCovered, renderSources } from '../../src/discord/render';
import { answer, embedLength, quote, source, spoilerMarks, unescapeMarkdown } from './fixtures';

const embedOf = (rendered: ReturnType<typeof renderAnswer>): APIEmbed => {
	const [embed] = rendered.embeds;
	if (!embed) throw new Error('no embed');
	return embed;
};

const words = (n: number, word = 'detective') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('renderAnswer', () => {
	it('GIVEN an answer THEN each quote is a block quote with its citation and speaker', () => {
		const q = quote('I feel really good about it.', { speaker: 'Tracy Spiridakos', audience: 'TVLine' });
		const embed = embedOf(renderAnswer(answer([q])));
		expect(embed.description).toContain('> I feel really good about it. [1]\n> — Tracy Spiridakos, to TVLine');
	});

	it('GIVEN quotes from several articles THEN citations are numbered in reading order and listed as sources', () => {
		const first = quote('One.', { source: source('x', { headline: 'Upton Exits', outlet: 'Soaps.com' }) });
		const second = quote('Two.', { source: source('y'), alsoIn: [{ ...source('x'), start: 0, end: 4, text: 'Two.' }] });
		const embed = embedOf(renderAnswer(answer([first, second])));
		expect(embed.description).toContain('One. [1]');
		expect(embed.description).toContain('Two. [2][1]');
		const sources = embed.fields?.find((f) => f.name === 'Sources')?.value;
		expect(sources).toBe('[1] **Upton Exits** — Soaps.com, May 22, 2024\n[2] **Headline of y** — TVLine, May 22, 2024');
	});

	it('GIVEN a derived headline and no outlet THEN the source line marks it and leaves the outlet out', () => {
		const q = quote('Words.', {
			source: source('z', { headline: 'Fans were hoping', headlineDerived: true, outlet: null }),
		});
		const value = embedOf(renderAnswer(answer([q]))).fields?.[0]?.value;
		expect(value).toBe('[1] **Fans were hoping** _(no headline: its opening words)_ — May 22, 2024');
	});

	it('GIVEN story and behind-the-scenes quotes THEN each side is labelled once, best side first', () => {
		const quotes = [quote('Real one.', { side: 'real' }), quote('Story one.'), quote('Real two.', { side: 'real' })];
		const description = embedOf(renderAnswer(answer(quotes))).description ?? '';
		expect(description.indexOf('Behind the scenes')).toBeLessThan(description.indexOf('In the show'));
		expect(description.match(/Behind the scenes/g)).toHaveLength(1);
		expect(description.indexOf('Real two.')).toBeLessThan(description.indexOf('In the show'));
	});

	it('GIVEN a disagreement note THEN it is shown with citations of the sources involved', () => {
		const note = {
			kind: 'disagreement' as const,
			text: 'Articles differ on the date.',
			sources: [source('a'), source('b')],
		};
		const embed = embedOf(renderAnswer(answer([quote('One.')], { notes: [note] })));
		expect(embed.fields?.[0]).toEqual({ name: '⚖️ Sources disagree', value: 'Articles differ on the date. [1][2]' });
		expect(embed.fields?.at(-1)?.value).toContain('[2] **Headline of b**');
	});

	it('GIVEN markdown in article text THEN it is escaped and reads back verbatim', () => {
		const text = 'She said *really* __big__ things ~~not~~ `code` ||secret|| and # more\n- a list';
		const description = embedOf(renderAnswer(answer([quote(text)]))).description ?? '';
		expect(description).toContain('\\*really\\*');
		expect(description).toContain('\\|\\|secret\\|\\|');
		const body = description
			.split('\n')
			.filter((l) => l.startsWith('> '))
			.map((l) => l.slice(2));
		expect(unescapeMarkdown(body.join('\n')).replace(' [1]', '')).toBe(text);
	});

	it('GIVEN a very long answer THEN it stays within limits, cut at a quote boundary, sources kept', () => {
		const quotes = Array.from({ length: 30 }, (_, i) =>
			quote(`${words(60)} end${i}.`, { source: source(`s${i % 6}`) }),
		);
		const embed = embedOf(renderAnswer(answer(quotes)));
		expect(embed.description?.length).toBeLessThanOrEqual(4096);
		expect(embedLength(embed)).toBeLessThanOrEqual(6000);
		const shown = embed.description?.match(/end\d+\./g) ?? [];
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.length).toBeLessThan(30);
		for (const [i, end] of shown.entries()) expect(end).toBe(`end${i}.`);
		expect(embed.footer?.text).toBe(`${30 - shown.length} more quotes left out to fit`);
		const cited = new Set(embed.description?.match(/\[\d+\]/g));
		for (const mark of cited) expect(embed.fields?.find((f) => f.name === 'Sources')?.value).toContain(mark);
	});

	it('GIVEN a single quote longer than the description THEN it is cut after a whole word', () => {
		const text = words(900);
		const description = embedOf(renderAnswer(answer([quote(text)]))).description ?? '';
		expect(description.length).toBeLessThanOrEqual(4096);
		const body = /^> (.*)… \[1\]$/m.exec(description)?.[1] ?? '';
		expect(body.length).toBeGreaterThan(3000);
		expect(text.startsWith(body)).toBe(true);
		expect(text[body.length]).toBe(' ');
	});

	it('GIVEN a question over 256 characters THEN the title is cut at a word', () => {
		const title = embedOf(renderAnswer(answer([quote('A.')], { question: words(60) }))).title ?? '';
		expect(title.length).toBeLessThanOrEqual(256);
		expect(title).toMatch(/detective\d+…$/);
	});
});

describe('renderAnswer with a spoiler policy', () => {
	it('GIVEN a tagged quote THEN all its text and its speaker sit inside spoiler tags, with inner || escaped', () => {
		const q = quote('Upton leaves ||for good||.\nShe goes to Atlanta.', { speaker: 'Gwen Sigan', source: source('t') });
		const embed = embedOf(renderAnswer(answer([q]), () => 'tag'));
		const description = embed.description ?? '';
		expect(description).toContain('> ||Upton leaves \\|\\|for good\\|\\|.||\n> ||She goes to Atlanta.|| [1]');
		expect(description).toContain('> — ||Gwen Sigan||');
		expect(embed.fields?.find((f) => f.name === 'Sources')?.value).toBe(
			'[1] ||**Headline of t** — TVLine, May 22, 2024||',
		);
	});

	it('GIVEN a source cited by a shown quote too THEN its line is not tagged', () => {
		const quotes = [quote('Spoiler.', { seasons: [11] }), quote('Harmless.')];
		const embed = embedOf(renderAnswer(answer(quotes), (q) => (q.seasons.length > 0 ? 'tag' : 'show')));
		expect(embed.fields?.find((f) => f.name === 'Sources')?.value).toBe('[1] **Headline of a** — TVLine, May 22, 2024');
	});

	it('GIVEN a hidden quote THEN it is left out, its source unlisted, and the reply says one was hidden', () => {
		const quotes = [quote('Secret.', { source: source('h') }), quote('Fine.')];
		const embed = embedOf(renderAnswer(answer(quotes), (q) => (q.text === 'Secret.' ? 'hide' : 'show')));
		expect(embed.description).not.toContain('Secret');
		expect(embed.description).toContain("One quote was hidden by this server's spoiler settings.");
		expect(JSON.stringify(embed.fields)).not.toContain('Headline of h');
	});

	it('GIVEN long tagged quotes THEN the cut never falls inside a spoiler', () => {
		const quotes = Array.from({ length: 12 }, (_, i) => quote(`${words(120, 'spoil||er')} end${i}.`));
		const embed = embedOf(renderAnswer(answer(quotes), () => 'tag'));
		expect(embed.description?.length).toBeLessThanOrEqual(4096);
		for (const line of (embed.description ?? '').split('\n').filter((l) => l.startsWith('> '))) {
			const marks = spoilerMarks(line);
			expect(marks.length % 2).toBe(0);
			expect(marks.length).toBeGreaterThan(0);
		}
		const single = embedOf(renderAnswer(answer([quote(words(1200))]), () => 'tag')).description ?? '';
		expect(single).toMatch(/^> \|\|detective0 .*…\|\| \[1\]$/m);
	});
});

describe('renderNotCovered', () => {
	it('GIVEN an uncovered question THEN the reply says so and offers the suggestions as text and buttons', () => {
		const long = `Why ${words(20)}?`;
		const rendered = renderNotCovered({
			question: 'What is the capital of France?',
			suggestions: ['Why did Halstead leave?', long],
		});
		expect(rendered.content).toContain('in my articles');
		expect(rendered.content).toContain('• Why did Halstead leave?');
		const buttons = rendered.components[0]?.components ?? [];
		expect(buttons.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual(['ask:Why did Halstead leave?']);
		expect(rendered.allowedMentions).toEqual({ parse: [] });
	});

	it('GIVEN an answer that is not covered THEN renderAnswer gives the same friendly reply', () => {
		const rendered = renderAnswer(answer([], { answered: false, suggestions: ['Who is Upton?'] }));
		expect(rendered.embeds).toEqual([]);
		expect(rendered.content).toContain('Who is Upton?');
	});
});

describe('renderChoices and renderSources', () => {
	it('GIVEN many suggestions THEN at most 25 unique choices of 1-100 characters are returned', () => {
		const questions = ['', 'Why?', 'Why?', 'x'.repeat(101), ...Array.from({ length: 40 }, (_, i) => `Question ${i}?`)];
		const choices = renderChoices(questions);
		expect(choices).toHaveLength(25);
		expect(choices[0]).toEqual({ name: 'Why?', value: 'Why?' });
		for (const choice of choices) expect(choice.name.length).toBeGreaterThan(0);
		expect(choices.every((c) => c.value.length <= 100)).toBe(true);
	});

	it('GIVEN the sources THEN each is listed once with headline, outlet and date', () => {
		const embed = renderSources([source('a', { headline: 'A *star* leaves' }), source('b', { date: null })]).embeds[0];
		expect(embed?.description).toBe('• **A \\*star\\* leaves** — TVLine, May 22, 2024\n• **Headline of b** — TVLine');
	});
});

describe('renderAnswer on any answer', () => {
	const text = fc
		.array(
			fc.constantFrom(
				'||',
				'|',
				'\\',
				'`',
				'*',
				'_',
				'~~',
				'> ',
				'\n',
				' ',
				'word',
				'Upton',
				'@everyone',
				'x'.repeat(300),
			),
			{
				minLength: 1,
				maxLength: 60,
			},
		)
		.map((parts) => parts.join(''))
		.filter((t) => t.trim().length > 0);
	const quotes = fc.array(
		fc.record({
			text,
			side: fc.constantFrom('story' as const, 'real' as const),
			speaker: fc.option(text),
			article: fc.nat(8),
		}),
		{ minLength: 1, maxLength: 14 },
	);
	const decisions = fc.array(fc.constantFrom('show' as const, 'tag' as const, 'hide' as const), {
		minLength: 14,
		maxLength: 14,
	});

	it('GIVEN any quotes and spoiler decisions THEN limits hold and every quote line is either plain or one whole spoiler', () => {
		fc.assert(
			fc.property(quotes, decisions, (raw, visibility) => {
				const made = raw.map((q) =>
					quote(q.text, { side: q.side, speaker: q.speaker, source: source(`s${q.article}`) }),
				);
				const decide = (q: Quote) => visibility[made.indexOf(q)] ?? 'show';
				const embed = embedOf(renderAnswer(answer(made), decide));
				expect(embed.description?.length).toBeLessThanOrEqual(4096);
				expect(embedLength(embed)).toBeLessThanOrEqual(6000);
				expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
				for (const field of embed.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(1024);
				for (const line of (embed.description ?? '').split('\n')) {
					// Nothing escapes its block quote: every line is a quote line, a side label, the hidden note or blank.
					expect(line === '' || /^(> |📺|🎬|_(One quote was|\d+ quotes were) hidden)/u.test(line)).toBe(true);
					const marks = spoilerMarks(line);
					expect(marks.length === 0 || marks.length === 2).toBe(true);
				}
			}),
			{ numRuns: 300 },
		);
	});
});
