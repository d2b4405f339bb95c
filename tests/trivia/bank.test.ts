import { beforeAll, describe, expect, it } from 'vitest';
import { type Library, loadLibrary } from '../../src/answers/data';
import { seasonsIn } from '../../src/spoilers/seasons';
import { buildBank, generateQuestions, loadBank, TriviaDataError } from '../../src/trivia/bank';
import { curatedQuestions } from '../../src/trivia/curated';
import { type CuratedQuestion, emptyTriviaFile, readTriviaFile, type TriviaFile } from '../../src/trivia/file';
import type { TriviaQuestion } from '../../src/trivia/types';
import { holdsAnswer, problemsWith } from '../../src/trivia/validate';

let library: Library;
let file: TriviaFile;
let bank: TriviaQuestion[];
beforeAll(async () => {
	library = await loadLibrary('data');
	file = await readTriviaFile('data/trivia.json');
	bank = await loadBank('data');
});

const right = (q: TriviaQuestion) => q.choices[q.answer] ?? '';
const find = (pattern: RegExp) => bank.find((q) => pattern.test(q.question));

describe('the question bank built from the four articles', () => {
	it('GIVEN the articles THEN it has at least 40 distinct questions, each with a distinct id', () => {
		expect(new Set(bank.map((q) => q.question)).size).toBeGreaterThanOrEqual(40);
		expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
	});

	it('GIVEN any generated question THEN its quote is the article slice at its offsets and contains the answer', () => {
		const generated = bank.filter((q) => q.origin === 'generated');
		expect(generated.length).toBeGreaterThanOrEqual(40);
		for (const q of generated) {
			const article = library.articles.find((a) => a.id === q.quote.articleId);
			expect(article?.text.slice(q.quote.start, q.quote.end), q.question).toBe(q.quote.text);
			expect(q.quote.text.toLowerCase(), q.question).toContain(right(q).toLowerCase());
			expect(q.quote.source.articleId).toBe(q.quote.articleId);
		}
	});

	it('GIVEN any question THEN its own wording does not contain its answer', () => {
		for (const q of bank) expect(q.question.toLowerCase(), q.question).not.toContain(right(q).toLowerCase());
	});

	it('GIVEN any question THEN it passes every check a curated question must pass', () => {
		for (const q of bank) expect(problemsWith(q, library), q.question).toEqual([]);
	});

	it('GIVEN any question THEN it has four different choices and one right answer among them', () => {
		for (const q of bank) {
			expect(q.choices).toHaveLength(4);
			expect(new Set(q.choices.map((c) => c.toLowerCase())).size, q.question).toBe(4);
			expect(q.answer).toBeGreaterThanOrEqual(0);
			expect(q.answer).toBeLessThan(4);
		}
	});

	it('GIVEN any question THEN its seasons cover every season its quote and wording name', () => {
		for (const q of bank) {
			for (const season of [...seasonsIn(q.quote.text), ...seasonsIn(q.question)]) expect(q.seasons).toContain(season);
		}
	});

	it('GIVEN a season question THEN all four choices are seasons, worded alike, none past the last season', () => {
		const seasons = bank.filter((q) => q.kind === 'season');
		expect(seasons.length).toBeGreaterThanOrEqual(8);
		for (const q of seasons) {
			for (const choice of q.choices) {
				expect(choice, q.question).toMatch(/^(Season (\d+|[a-z]+)|[A-Z][a-z]+ season)$/);
				const numbers = seasonsIn(choice);
				expect(
					numbers.every((n) => n >= 1 && n <= 13),
					choice,
				).toBe(true);
			}
		}
	});

	it('GIVEN a who-played question THEN the wrong choices are other actors, none of whom played that role', () => {
		const actors = new Set([
			...library.roster.people.filter((p) => p.kind === 'actor').map((p) => p.name),
			...file.people.filter((p) => p.kind === 'actor').map((p) => p.name),
		]);
		const voight = find(/^Which actor played Hank Voight/);
		expect(right(voight as TriviaQuestion)).toBe('Jason Beghe');
		for (const q of bank.filter((x) => x.kind === 'actor')) {
			for (const choice of q.choices) expect(actors.has(choice), choice).toBe(true);
			const role = /played (.+) on Chicago P\.D\./.exec(q.question)?.[1];
			const character = library.roster.people.find((p) => p.name === role);
			const players = library.roster.people.filter((p) => p.id === character?.playedBy).map((p) => p.name);
			expect(q.choices.filter((c) => players.includes(c)).length, q.question).toBeLessThanOrEqual(1);
		}
	});

	it('GIVEN the articles disagree on when Spiridakos left (season 11 against series 14) THEN no question asks it', () => {
		for (const q of bank) {
			expect(q.question, q.question).not.toMatch(/Spiridakos.*leave|Upton.*leave/i);
			expect(q.quote.text, q.question).not.toMatch(/series 14|season 14/i);
		}
	});

	it('GIVEN the fan favourites THEN the bank asks them: Upstead, Bolivia, the episodes, a decade, and his own words', () => {
		expect(right(find(/Upstead/) as TriviaQuestion)).toBe('Upton and Halstead');
		expect(bank.some((q) => right(q) === 'Bolivia')).toBe(true);
		for (const title of ['Mercy', 'Fallen', 'True or False'])
			expect(bank.some((q) => q.kind === 'episode' && right(q) === title)).toBe(true);
		expect(right(find(/In which season did Jay Halstead and Hailey Upton become partners/) as TriviaQuestion)).toBe(
			'Season five',
		);
		expect(right(find(/In which season did Hailey Upton and Jay Halstead get married/) as TriviaQuestion)).toBe(
			'Season 9',
		);
		expect(bank.some((q) => q.kind === 'duration' && right(q) === 'a decade')).toBe(true);
		expect(bank.some((q) => q.kind === 'quote' && /Soffer/.test(q.question))).toBe(true);
	});

	it('GIVEN the bank is built twice THEN the questions, choices and ids are the same', () => {
		expect(generateQuestions(library, file)).toEqual(generateQuestions(library, file));
	});
});

const valid: CuratedQuestion = {
	kind: 'place',
	question: 'Where was Halstead tracking down the cartel when he stopped answering Upton’s calls?',
	answer: 'Bolivia',
	wrong: ['Colombia', 'Peru', 'Mexico'],
	quote: {
		articleId: 'soaps-real-reason-upton-halstead',
		text: 'While tracking down the cartel in Bolivia, Halstead failed to tell his wife that he wasn’t extended his stay and stopped answering her phone calls.',
	},
	difficulty: 'medium',
};

describe('curated questions in data/trivia.json', () => {
	it('GIVEN a curated question whose quote is verbatim and holds the answer THEN it joins the bank as curated', () => {
		const result = curatedQuestions([valid], library);
		expect(result.problems).toEqual([]);
		const [question] = result.questions;
		expect(question?.origin).toBe('curated');
		expect(question?.quote.text).toBe(valid.quote.text);
		const built = buildBank(library, { ...emptyTriviaFile, questions: [valid] });
		expect(built.some((q) => q.origin === 'curated' && q.question === valid.question)).toBe(true);
	});

	it('GIVEN a curated quote that is not verbatim in the article THEN validation fails and says so', () => {
		const reworded = { ...valid, quote: { ...valid.quote, text: valid.quote.text.replace('cartel', 'drug cartel') } };
		const result = curatedQuestions([reworded], library);
		expect(result.questions).toEqual([]);
		expect(result.problems[0]?.problems.join()).toMatch(/not verbatim/);
		expect(() => buildBank(library, { ...emptyTriviaFile, questions: [reworded] })).toThrow(TriviaDataError);
	});

	it('GIVEN a curated question whose answer is not in its quote THEN validation fails and says so', () => {
		const wrongQuote = {
			...valid,
			quote: { articleId: 'soaps-real-reason-upton-halstead', text: 'Chicago P.D. is available to stream on Peacock.' },
		};
		const result = curatedQuestions([wrongQuote], library);
		expect(result.problems[0]?.problems.join()).toMatch(/does not contain the answer "Bolivia"/);
	});

	it('GIVEN a curated question that names its own answer THEN validation fails', () => {
		const giveaway = { ...valid, question: 'Was it in Bolivia that Halstead tracked down the cartel?' };
		expect(curatedQuestions([giveaway], library).problems[0]?.problems.join()).toMatch(/gives its answer/);
	});

	it('GIVEN a curated quote taken from a caption or reader comment THEN validation fails', () => {
		const caption = {
			...valid,
			answer: 'season 11',
			kind: 'season' as const,
			wrong: ['season 10', 'season 12', 'season 9'] as [string, string, string],
			quote: {
				articleId: 'spiridakos-hanging-up-her-badge',
				text: 'Tracy Spiridakos will leave Chicago P.D. in the season 11 finale',
			},
		};
		expect(curatedQuestions([caption], library).problems[0]?.problems.join()).toMatch(/not \(only\) article body/);
	});

	it('GIVEN a curated question with a repeated choice THEN validation fails', () => {
		const repeated = { ...valid, wrong: ['Colombia', 'colombia', 'Mexico'] as [string, string, string] };
		expect(curatedQuestions([repeated], library).problems[0]?.problems.join()).toMatch(/two choices are the same/);
	});

	it('GIVEN holdsAnswer THEN it ignores case and apostrophe style', () => {
		expect(holdsAnswer('took a cab to the Chicago O’Hare Airport', "o'hare airport")).toBe(true);
		expect(holdsAnswer('in season five', 'Season five')).toBe(true);
		expect(holdsAnswer('in season five', 'Season six')).toBe(false);
	});
});
