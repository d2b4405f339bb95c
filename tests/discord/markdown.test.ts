import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, fitWords, spoiler } from '../../src/discord/markdown';
import { spoilerMarks, unescapeMarkdown } from './fixtures';

/** Text made of the characters that break naive escaping: pipes, backslashes, backticks, quotes, markdown. */
const tricky = fc
	.array(
		fc.constantFrom(
			'|',
			'||',
			'\\',
			'`',
			'```',
			'*',
			'_',
			'~~',
			'>',
			'# ',
			'- ',
			'"',
			"'",
			' ',
			'\n',
			'a',
			'word',
			'@everyone',
			'<@1>',
		),
		{
			maxLength: 40,
		},
	)
	.map((parts) => parts.join(''));

describe('escapeText', () => {
	it('GIVEN any text THEN unescaping the result gives the text back', () => {
		fc.assert(
			fc.property(tricky, (text) => unescapeMarkdown(escapeText(text)) === text),
			{ numRuns: 2000 },
		);
	});

	it('GIVEN any text THEN the escaped form holds no spoiler marker', () => {
		fc.assert(
			fc.property(tricky, (text) => spoilerMarks(escapeText(text)).length === 0),
			{ numRuns: 2000 },
		);
	});
});

describe('spoiler', () => {
	it('GIVEN any text THEN the only spoiler markers are the opening and closing ones, around all of it', () => {
		fc.assert(
			fc.property(tricky, (text) => {
				if (text.trim() === '') return true;
				const tagged = spoiler(escapeText(text));
				const marks = spoilerMarks(tagged);
				return marks.length === 2 && marks[0] === 0 && marks[1] === tagged.length - 2;
			}),
			{ numRuns: 10_000 },
		);
	});
});

describe('fitWords', () => {
	it('GIVEN text longer than the room THEN the result fits and ends after a whole word', () => {
		const text = 'Hailey Upton left Chicago for a new job in Atlanta';
		const cut = fitWords(text, 30) ?? '';
		expect(cut).toBe('Hailey Upton left Chicago for…');
	});

	it('GIVEN any text and room THEN a spoiler-tagged cut fits and keeps both markers', () => {
		fc.assert(
			fc.property(tricky, fc.integer({ min: 5, max: 80 }), (text, max) => {
				const cut = fitWords(text, max, (raw) => spoiler(escapeText(raw)));
				if (cut === null) return true;
				const marks = spoilerMarks(cut);
				return cut.length <= max && (marks.length === 0 || (marks.length === 2 && marks[1] === cut.length - 2));
			}),
			{ numRuns: 2000 },
		);
	});

	it('GIVEN a first word longer than the room THEN nothing is returned rather than half a word', () => {
		expect(fitWords('Supercalifragilistic words', 10)).toBeNull();
	});
});
