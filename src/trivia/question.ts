import { createHash } from 'node:crypto';
import { sourceOf } from '../answers/engine';
import type { Article } from '../articles/types';
import { seasonsIn } from '../spoilers/seasons';
import type { TriviaKind, TriviaQuestion } from './types';

/** A question as a generator (or the curated file) proposes it, before it gets its id, citation and seasons. */
export interface Draft {
	kind: TriviaKind;
	question: string;
	answer: string;
	wrong: string[];
	article: Article;
	start: number;
	end: number;
	difficulty: TriviaQuestion['difficulty'];
	/** What fact this asks, so two sentences saying the same thing make one question (and disagreement shows). */
	key: string;
}

/** `id` is a hash of the question and where its quote stands: stable across rebuilds, new when either changes. */
export function questionId(question: string, articleId: string, start: number): string {
	return createHash('sha256').update(`${question}\u0000${articleId}\u0000${start}`).digest('hex').slice(0, 12);
}

/** Turns a draft into the finished question: choices (answer first), verbatim quote with citation, seasons. */
export function finish(draft: Draft, origin: TriviaQuestion['origin']): TriviaQuestion {
	const text = draft.article.text.slice(draft.start, draft.end);
	const [a, b, c] = draft.wrong;
	return {
		id: questionId(draft.question, draft.article.id, draft.start),
		kind: draft.kind,
		question: draft.question,
		choices: [draft.answer, a ?? '', b ?? '', c ?? ''],
		answer: 0,
		quote: { text, articleId: draft.article.id, start: draft.start, end: draft.end, source: sourceOf(draft.article) },
		difficulty: draft.difficulty,
		seasons: revealedSeasons(draft.question, text, draft.kind === 'season' ? draft.answer : ''),
		origin,
	};
}

/** The seasons the question, its quote or its answer give away, ascending. */
export function revealedSeasons(...texts: string[]): number[] {
	return [...new Set(texts.flatMap((t) => seasonsIn(t)))].sort((x, y) => x - y);
}

const LEVELS: TriviaQuestion['difficulty'][] = ['easy', 'medium', 'hard'];

/**
 * Difficulty from the kind of fact (who plays whom is easier than an episode title) and how often the articles
 * repeat the answer: what every article mentions, every fan knows.
 */
export function difficultyOf(kind: TriviaKind, answerFrequency: number): TriviaQuestion['difficulty'] {
	const base: Record<TriviaKind, number> = {
		actor: 0,
		character: 0,
		term: 0,
		season: 1,
		place: 1,
		person: 1,
		duration: 1,
		episode: 2,
		quote: 2,
		outlet: 2,
		date: 2,
	};
	const level = base[kind] + (answerFrequency >= 4 ? -1 : answerFrequency <= 1 ? 1 : 0);
	return LEVELS[Math.max(0, Math.min(2, level))] ?? 'medium';
}
