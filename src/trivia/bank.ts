import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Library, loadLibrary } from '../answers/data';
import { loadSeasons } from '../spoilers/season-data';
import type { Candidate } from './choices';
import { Corpus, type Line } from './corpus';
import { curatedQuestions } from './curated';
import { emptyTriviaFile, readTriviaFile, type TriviaFile } from './file';
import { type GapDraft, gapQuestions } from './generate/gaps';
import { pairQuestions } from './generate/pairs';
import { asCandidate, roleQuestions } from './generate/roles';
import { seasonQuestions } from './generate/seasons';
import { type Draft, finish } from './question';
import type { TriviaQuestion } from './types';
import { problemsWith } from './validate';

/** How the bank is built; every field is optional and falls back to `DefaultBankOptions`. */
export interface BankOptions {
	/** The latest season the show has had: no season beyond it is ever an answer or a wrong choice. */
	lastSeason?: number;
	/** At most this many gap questions with the same answer ("Bolivia" is in five sentences; two questions do). */
	perAnswer?: number;
	/** At most this many gap questions from one sentence. */
	perSentence?: number;
}

export const DefaultBankOptions = {
	lastSeason: 13,
	perAnswer: 2,
	perSentence: 2,
} as const satisfies Required<BankOptions>;

/** The curated file has questions that cannot be used: start-up stops and says which and why. */
export class TriviaDataError extends Error {
	override readonly name = 'TriviaDataError';
}

/** Quotes that open or close a quotation mid-way read as fragments; shorter ones read faster. */
function preference(line: Line): number {
	const unbalanced = (line.sentence.text.match(/[“”"]/g) ?? []).length % 2 === 1;
	return (unbalanced ? 1000 : 0) + line.sentence.text.length;
}

/** Gap questions, at most `perAnswer` asking for the same answer and `perSentence` from one sentence. */
function limitGaps(gaps: GapDraft[], perAnswer: number, perSentence: number): GapDraft[] {
	const byAnswer = new Map<string, number>();
	const bySentence = new Map<Line, number>();
	const kept: GapDraft[] = [];
	for (const draft of [...gaps].sort((a, b) => preference(a.line) - preference(b.line))) {
		const answers = byAnswer.get(draft.limit) ?? 0;
		const sentences = bySentence.get(draft.line) ?? 0;
		if (answers >= perAnswer || sentences >= perSentence) continue;
		byAnswer.set(draft.limit, answers + 1);
		bySentence.set(draft.line, sentences + 1);
		kept.push(draft);
	}
	return kept;
}

/**
 * Every question the articles make, in a stable order, generated from the sentences with the roster's help: who
 * plays whom, which season something happened in (never where the articles disagree), what a couple's fan name
 * means, and gap questions (a place, episode, outlet, month, length of time, person or number taken out of a
 * sentence). Each is checked like a curated one; a generated question that fails is left out.
 */
export function generateQuestions(
	library: Library,
	file: TriviaFile = emptyTriviaFile,
	options: BankOptions = {},
): TriviaQuestion[] {
	const { lastSeason, perAnswer, perSentence } = { ...DefaultBankOptions, ...options };
	const corpus = new Corpus(library);
	const candidates: Candidate[] = [
		...library.roster.people.map((p) => asCandidate(p, 0)),
		...file.people.map((p) => ({ ...p, rank: 1 })),
	];
	const seasons = seasonQuestions(corpus, lastSeason);
	const gaps = gapQuestions(corpus, file, candidates, seasons.disputed);
	const drafts: Draft[] = [
		...roleQuestions(corpus, candidates),
		...pairQuestions(corpus),
		...seasons.drafts,
		...limitGaps(gaps, perAnswer, perSentence),
	];
	const seen = new Set<string>();
	const questions: TriviaQuestion[] = [];
	for (const draft of drafts) {
		if (seen.has(draft.key) || seen.has(draft.question)) continue;
		seen.add(draft.key);
		seen.add(draft.question);
		const question = finish(draft, 'generated');
		if (problemsWith(question, library).length === 0) questions.push(question);
	}
	return questions;
}

/**
 * The question bank: generated questions, then the curated ones from `file`. Throws `TriviaDataError` naming
 * every curated question that cannot be used (quote not verbatim, answer not in the quote, …).
 */
export function buildBank(
	library: Library,
	file: TriviaFile = emptyTriviaFile,
	options: BankOptions = {},
): TriviaQuestion[] {
	const curated = curatedQuestions(file.questions, library);
	if (curated.problems.length > 0) {
		const lines = curated.problems.map((p) => `  #${p.index} "${p.question}": ${p.problems.join('; ')}`);
		throw new TriviaDataError(`data/trivia.json has questions that cannot be used:\n${lines.join('\n')}`);
	}
	const generated = generateQuestions(library, file, options);
	const ids = new Set(generated.map((q) => q.id));
	return [...generated, ...curated.questions.filter((q) => !ids.has(q.id))];
}

/** Reads a data folder (articles, roster, `trivia.json`, `seasons.json`) and builds its question bank. */
export async function loadBank(dataDir: string, options: BankOptions = {}): Promise<TriviaQuestion[]> {
	const library = await loadLibrary(dataDir);
	const file = await readTriviaFile(join(dataDir, 'trivia.json'));
	const seasonsFile = join(dataDir, 'seasons.json');
	const lastSeason = existsSync(seasonsFile) ? (await loadSeasons(seasonsFile)).length : undefined;
	return buildBank(library, file, { ...(lastSeason ? { lastSeason } : {}), ...options });
}
