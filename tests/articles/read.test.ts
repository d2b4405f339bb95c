import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personHints, RosterSchema } from '../../src/answers/data';
import { readArticle } from '../../src/articles/read';
import { splitSentences } from '../../src/articles/sentences';

const dir = join(import.meta.dirname, '../../data/articles');
const roster = RosterSchema.parse(
	JSON.parse(readFileSync(join(import.meta.dirname, '../../data/roster.json'), 'utf8')),
);
const articles = readdirSync(dir)
	.sort()
	.map((f) => readArticle(f.replace(/\.txt$/, ''), f, readFileSync(join(dir, f), 'utf8'), personHints(roster)));
const byId = (prefix: string) => {
	const a = articles.find((x) => x.id.startsWith(prefix));
	if (!a) throw new Error(`no article ${prefix}`);
	return a;
};
const body = (prefix: string) =>
	byId(prefix)
		.sentences.filter((s) => s.kind === 'body')
		.map((s) => s.text);

describe('reading the real articles', () => {
	it('GIVEN every sentence THEN its text is exactly the slice of the article at its offsets', () => {
		for (const a of articles) for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
	});

	it('GIVEN a title line repeated under a category label THEN the headline is read once and neither is quoted', () => {
		const a = byId('soaps');
		expect(a.headline).toBe(
			'Chicago P.D. Boss Reveals the *Real* Reason Upton and Halstead Didn’t Get Back Together Before She Left',
		);
		expect(a.headlineDerived).toBe(false);
		expect(body('soaps').some((t) => t.includes('Boss Reveals'))).toBe(false);
		expect(body('soaps')).not.toContain('Entertainment');
	});

	it('GIVEN an article with no title line THEN the headline is derived from its first sentence and marked so', () => {
		const a = byId('spiridakos-hanging');
		expect(a.headline).toBe('After seven years, Tracy Spiridakos is hanging up her badge on Chicago P.D.');
		expect(a.headlineDerived).toBe(true);
	});

	it('GIVEN a leading "date YYYY-MM-DD" THEN it becomes the date and is not part of any sentence', () => {
		expect(byId('spiridakos-hanging').date).toBe('2024-05-22');
		expect(byId('spiridakos-soffer').date).toBe('2024-01-25');
		expect(byId('soaps').date).toBeNull();
		for (const a of articles) for (const s of a.sentences) expect(s.text.startsWith('date ')).toBe(false);
	});

	it('GIVEN the outlet is named only by an affiliate disclaimer THEN that is the outlet, and no other is guessed', () => {
		expect(byId('soaps').outlet).toBe('Soaps.com');
		expect(byId('soffer-teases').outlet).toBeNull();
		expect(byId('spiridakos-hanging').outlet).toBeNull();
		expect(byId('spiridakos-soffer').outlet).toBeNull();
	});

	it('GIVEN publishing furniture THEN none of it is body text', () => {
		const all = articles.flatMap((a) => a.sentences.filter((s) => s.kind === 'body').map((s) => s.text)).join('\n');
		for (const furniture of [
			'may receive a commission',
			'More: ',
			'Get real time updates',
			'© Getty',
			'Photo Bank',
			'Leave A Reply',
			'Your email address',
			'For more on Chicago P.D.',
			'Source: New York Post',
			'Keep reading',
			'Stay tuned',
		])
			expect(all).not.toContain(furniture);
	});

	it('GIVEN a reader comment section THEN the comment is kept apart and never body text', () => {
		const a = byId('soffer-teases');
		expect(a.sentences.some((s) => s.kind === 'comment' && s.text.includes('MOLLY'))).toBe(true);
		expect(body('soffer-teases').some((t) => t.includes('Lesley') || t.includes('MOLLY'))).toBe(false);
	});

	it('GIVEN a caption glued to the first sentence THEN the sentence starts after the caption', () => {
		expect(body('soffer-teases')[0]).toMatch(/^Chicago PD spoilers tease that according to Jesse Lee Soffer/);
	});

	it('GIVEN section headings THEN they are headings, not quotable sentences', () => {
		const headings = byId('spiridakos-soffer')
			.sentences.filter((s) => s.kind === 'heading')
			.map((s) => s.text);
		expect(headings).toContain('Are Tracy Spiridakos and Jesse Lee Soffer a couple?');
		expect(headings).toContain('Hailey Upton is also leaving ‘Chicago P.D.’');
	});

	it('GIVEN "she told TVLine" after a quote THEN the quote is the showrunner’s, said to TVLine', () => {
		const s = byId('soaps').sentences.find((x) => x.text.startsWith('We talked about it a lot'));
		expect(s?.speaker).toBe('Gwen Sigan');
		expect(s?.audience).toBe('TVLine');
	});

	it('GIVEN a quote continued into the next paragraph THEN it keeps its speaker', () => {
		const s = byId('spiridakos-hanging').sentences.find((x) => x.text.startsWith('I was just curious'));
		expect(s?.quoted).toBe(true);
		expect(s?.speaker).toBe('Tracy Spiridakos');
	});

	it('GIVEN "she told Sergeant Hank Voight" THEN the words are the character’s, said in the story', () => {
		const s = byId('soaps').sentences.find((x) => x.text.startsWith('“I just want to feel better'));
		expect(s?.speaker).toBe('Hailey Upton');
		expect(s?.audience).toBe('Sergeant Hank Voight');
		// The sentence that closes the quotation and names them is her words too.
		const close = byId('soaps').sentences.find((x) => x.text.startsWith('Start over, I guess?'));
		expect(close?.quoted).toBe(true);
		expect(close?.speaker).toBe('Hailey Upton');
	});

	it('GIVEN scare quotes around one word THEN the sentence is not taken for someone’s words', () => {
		const s = byId('soffer-teases').sentences.find((x) => x.text.startsWith('“Upstead” of course'));
		expect(s?.quoted).toBe(false);
	});
});

describe('splitting sentences', () => {
	const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

	it('GIVEN "P.D." inside a sentence THEN it does not end the sentence', () => {
		expect(split('Chicago P.D. is available to stream on Peacock. It airs on NBC.')).toEqual([
			'Chicago P.D. is available to stream on Peacock.',
			'It airs on NBC.',
		]);
	});

	it('GIVEN "P.D." at the end of a sentence THEN the next sentence starts after it', () => {
		expect(split('She is hanging up her badge on Chicago P.D. Following a stint, she left.')).toEqual([
			'She is hanging up her badge on Chicago P.D.',
			'Following a stint, she left.',
		]);
	});

	it('GIVEN "p.m." and "Sgt." THEN neither ends a sentence', () => {
		expect(split('It airs at 10 p.m. ET on NBC. Sgt. Voight leads.')).toEqual([
			'It airs at 10 p.m. ET on NBC.',
			'Sgt. Voight leads.',
		]);
	});

	it('GIVEN a question mark after an abbreviation THEN the sentence ends there', () => {
		expect(split('Did love blossom on the set of Chicago P.D.? Tracy played partners.')).toHaveLength(2);
	});

	it('GIVEN a quotation that runs over sentences THEN each sentence keeps its own quote marks', () => {
		expect(split('“We considered it. We talked about it a lot,” she told TVLine. Then she left.')).toEqual([
			'“We considered it.',
			'We talked about it a lot,” she told TVLine.',
			'Then she left.',
		]);
	});

	it('GIVEN a question inside a quotation followed by the attribution THEN it does not split', () => {
		expect(split('“Where are you headed?” the taxi driver asked her.')).toHaveLength(1);
	});

	it('GIVEN an ellipsis with no space THEN it does not split', () => {
		expect(split('“I guess the word is out…Jesse, you’re the best,” she wrote.')).toHaveLength(1);
	});
});
