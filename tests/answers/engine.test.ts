import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/answers/data';
import { checkQuestion, loadEngine } from '../../src/answers/engine';
import type { Engine } from '../../src/answers/engine-api';
import { buildUnits } from '../../src/answers/units';

let engine: Engine;
beforeAll(async () => {
	engine = await loadEngine(join(import.meta.dirname, '../../data'));
});

const verbatim = (e: Engine) => {
	return (q: { articleId: string; start: number; end: number; text: string }) => {
		const a = e.articles.find((x) => x.id === q.articleId);
		return a?.text.slice(q.start, q.end) === q.text;
	};
};

describe('answering from the articles', () => {
	it('GIVEN "why did Halstead leave" THEN the top three give the story’s reason and the actor’s, labelled', () => {
		const answer = engine.ask('why did Halstead leave');
		expect(answer.answered).toBe(true);
		const top = answer.quotes.slice(0, 3);
		expect(top.some((q) => q.side === 'story' && /Army task force|army job in Bolivia/.test(q.text))).toBe(true);
		expect(
			top.some(
				(q) => q.side === 'real' && /ready for more|time to move on|grow and expand|new opportunities/.test(q.text),
			),
		).toBe(true);
	});

	it('GIVEN any answer THEN every quote is the exact text at its offsets, with its source', () => {
		const isVerbatim = verbatim(engine);
		for (const question of [
			'who plays Hank Voight',
			'where can I stream it',
			'why did upton leave',
			'when did jay get shot',
		]) {
			for (const q of engine.ask(question).quotes) {
				expect(isVerbatim(q)).toBe(true);
				expect(q.source.headline.length).toBeGreaterThan(0);
			}
		}
	});

	it('GIVEN articles that disagree on Upton’s last season THEN the majority leads and a note cites the one that differs', () => {
		const answer = engine.ask('When does Upton leave?');
		expect(answer.quotes[0]?.seasons).toContain(11);
		const note = answer.notes.find((n) => n.kind === 'disagreement');
		expect(note?.text).toMatch(/season 11.*season 14/);
		expect(note?.sources.map((s) => s.articleId)).toEqual(['spiridakos-hanging-up-her-badge']);
	});

	it('GIVEN a quote spoken in an interview THEN it carries its speaker and audience', () => {
		const quote = engine
			.ask('Why wasn’t Halstead in the season 11 finale?')
			.quotes.find((q) => q.speaker === 'Gwen Sigan');
		expect(quote).toBeDefined();
	});

	it('GIVEN one sentence that answers and others that barely touch the question THEN only the answer is shown', () => {
		const answer = engine.ask('who is Derek Haas');
		expect(answer.quotes[0]?.text).toMatch(/former Chicago P\.D\. showrunner Derek Haas/);
		expect(answer.quotes.length).toBeLessThanOrEqual(2);
	});

	it('GIVEN a typo in a name THEN it is still understood', () => {
		expect(engine.ask('who plays jay halsted').quotes[0]?.text).toMatch(/Soffer/);
	});

	it('GIVEN a question about a character no article names THEN it is not answered, and questions that are are offered', () => {
		const answer = engine.ask('Who plays Kevin Atwater?');
		expect(answer.answered).toBe(false);
		expect(answer.quotes).toEqual([]);
		expect(answer.suggestions.length).toBeGreaterThan(0);
		for (const s of answer.suggestions) expect(engine.ask(s).answered).toBe(true);
	});

	it('GIVEN an off-topic question THEN it is not answered', () => {
		expect(engine.ask('What is the capital of France?').answered).toBe(false);
		expect(engine.ask('how do I bake sourdough bread').answered).toBe(false);
	});

	it('GIVEN what a fan has typed THEN suggestions match it and are few enough for autocomplete', () => {
		const all = engine.suggest('', 25);
		expect(all.length).toBeGreaterThan(5);
		expect(all.length).toBeLessThanOrEqual(25);
		const why = engine.suggest('why', 25);
		expect(why.length).toBeGreaterThan(0);
		for (const s of why) expect(s.toLowerCase()).toContain('why');
	});

	it('GIVEN the four articles THEN sources lists each with its headline, outlet and date where stated', () => {
		const sources = engine.sources();
		expect(sources).toHaveLength(4);
		expect(sources.find((s) => s.outlet === 'Soaps.com')).toBeDefined();
		expect(sources.filter((s) => s.date !== null)).toHaveLength(2);
	});
});

describe('checking questions', () => {
	it('GIVEN nothing, punctuation or too much THEN each gets its own explanation', () => {
		expect(checkQuestion('   ')).toMatchObject({ ok: false, code: 'empty' });
		expect(checkQuestion('?!?...')).toMatchObject({ ok: false, code: 'no-words' });
		expect(checkQuestion('why '.repeat(100))).toMatchObject({ ok: false, code: 'too-long' });
		expect(checkQuestion('  why did   Halstead leave ')).toEqual({ ok: true, question: 'why did Halstead leave' });
	});
});

describe('the same statement in two articles', () => {
	it('GIVEN a sentence repeated by a second outlet THEN it is one quote with both sources', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'molly-twice-'));
		mkdirSync(join(dir, 'articles'));
		writeFileSync(
			join(dir, 'articles', 'a.txt'),
			'Harbor Star Leaves\n\nDana Whitfield is leaving Harbor General after six seasons to spend time with her family.\n',
		);
		writeFileSync(
			join(dir, 'articles', 'b.txt'),
			'date 2025-01-02 Another outlet reports it.\n\nDana Whitfield is leaving Harbor General after six seasons, to spend time with her family.\n',
		);
		const answer = (await loadEngine(dir)).ask('Why is Dana Whitfield leaving Harbor General?');
		const quote = answer.quotes.find((q) => q.text.startsWith('Dana Whitfield is leaving'));
		expect(quote?.alsoIn).toHaveLength(1);
		expect(new Set([quote?.articleId, quote?.alsoIn[0]?.articleId])).toEqual(new Set(['a', 'b']));
		expect(answer.quotes.filter((q) => q.text.startsWith('Dana Whitfield is leaving'))).toHaveLength(1);
	});
});

/** An engine over one article about another show, with no roster or lexicon: a data folder of its own. */
async function otherShow(file: string, lines: readonly string[]): Promise<Engine> {
	const dir = mkdtempSync(join(tmpdir(), 'molly-other-'));
	mkdirSync(join(dir, 'articles'));
	writeFileSync(join(dir, 'articles', file), lines.join('\n'));
	return loadEngine(dir);
}

describe('a show Molly has never seen', () => {
	it('GIVEN "The actor, 44," after a sentence naming him, and "joins the cast as Dr. …" THEN his age and the casting answer', async () => {
		const other = await otherShow('ridge.txt', [
			'Ridge Memorial Loses Its Lead',
			'',
			'Off screen, the decision to leave Ridge Memorial was Wesley Dunmore’s own. The actor, 44, says he was ready for a change.',
			'',
			'Everett Moale joins the cast as Dr. Jonah Kessling, a former Army medic.',
		]);
		expect(other.ask('How old is Wesley Dunmore?').quotes[0]?.text).toContain('The actor, 44,');
		expect(other.ask('Who plays Jonah Kessling?').quotes[0]?.text).toContain('Everett Moale joins the cast');
	});

	it('GIVEN "whats the name of their dog lol" THEN the name beside the dog answers, the "lol" aside', async () => {
		const other = await otherShow('ridge.txt', [
			'Ridge Memorial Couple Through the Years',
			'',
			'Season 10 saw the couple adopt a three-legged rescue dog named Suture, and the fans loved it.',
			'',
			'The couple split in Season 5 after a fight in the break room.',
		]);
		expect(other.ask('whats the name of their dog lol').quotes[0]?.text).toContain('rescue dog named Suture');
	});

	it('GIVEN only an article about another show and no roster THEN answers come from that article alone', async () => {
		const other = await otherShow('harbor.txt', [
			'Harbor General Star Mara Quinn Explains Her Exit',
			'',
			'Dana Whitfield, who plays Dr. Mara Quinn on Harbor General, is leaving the medical drama after six seasons.',
			'',
			'"I wanted to spend more time with my family in Lisbon," Whitfield told Deadline. "It was time."',
			'',
			'In the story, Quinn accepts a job running a clinic in Alaska. The finale airs on May 3.',
		]);
		const why = other.ask('Why is Dana Whitfield leaving Harbor General?');
		expect(why.answered).toBe(true);
		expect(why.quotes.slice(0, 3).some((q) => q.text.includes('spend more time with my family'))).toBe(true);
		expect(other.ask('Who plays Mara Quinn?').quotes[0]?.text).toContain('Dana Whitfield');
		expect(
			other
				.ask('Where does Quinn go?')
				.quotes.slice(0, 2)
				.some((q) => q.text.includes('Alaska')),
		).toBe(true);
		expect(other.ask('Who plays Hank Voight?').answered).toBe(false);
	});

	it('GIVEN another show with no roster THEN the articles’ own names stand for people: sharing a name is no answer', async () => {
		const other = await otherShow('harbor.txt', [
			'Harbor General Star Explains Her Exit',
			'',
			'Actress Dana Whitfield, who plays Dr. Mara Quinn on Harbor General, is leaving the medical drama after six seasons.',
			'',
			'"I wanted to spend more time with my family in Lisbon," Whitfield told Deadline. "It was time."',
			'',
			'In the story, Dr. Mara Quinn accepts a job running a clinic in Alaska. Fans of Dr. Mara Quinn will see her last episode on May 3.',
			'',
			'Showrunner Leo Banks said that Dana Whitfield shaped the ending herself, and that Leo Banks and the writers gave Mara Quinn a hopeful goodbye.',
		]);
		for (const question of [
			'how tall is dana whitfield',
			'does leo banks have kids',
			'how much is dana whitfield paid',
		])
			expect(other.ask(question).answered, question).toBe(false);
		expect(other.ask('why is dana whitfield leaving').quotes[0]?.text).toMatch(/spend more time with my family/);
		expect(other.ask('who is the showrunner').quotes[0]?.text).toMatch(/Leo Banks/);
	});

	it('GIVEN another show’s article THEN an unknown speaker’s quote is behind the scenes, and moving is going', async () => {
		// A made-up show and made-up people: no words are put in a real actor's mouth.
		const other = await otherShow('ridgeline.txt', [
			'Why Nora Vance Stepped Back From Ridgeline',
			'',
			'Nora Vance, who has played Dr. Iris Hale since the medical drama premiered in 2005, is stepping back from the series after 19 seasons.',
			'',
			'Vance told Variety that she wanted to spend more time with her family. "I just felt like it was time to try something different," she said.',
			'',
			'In the story, Iris leaves Seattle for Boston to work on a cure for Parkinson’s disease.',
		]);
		const why = other.ask('why did nora vance leave');
		// "Since the drama premiered" is a time, not a reason.
		expect(why.quotes[0]?.text).toMatch(/wanted to spend more time with her family/);
		for (const q of why.quotes) if (q.text.includes('I just felt like')) expect(q.side).toBe('real');
		expect(other.ask('where did iris move').quotes[0]?.text).toMatch(/Boston/);
	});
});

describe('whom a quotation addresses', () => {
	it('GIVEN "Jesse, what can I say, you\'re the absolute best … You\'re the greatest onscreen husband" THEN the later sentences are about Jesse too', async () => {
		const library = await loadLibrary(join(import.meta.dirname, '../../data'));
		const unit = buildUnits(library.articles, library.roster).find((u) => u.text.startsWith('You’re the greatest'));
		expect(unit?.people.get('jesse-lee-soffer')).toBeGreaterThan(0);
	});
});
