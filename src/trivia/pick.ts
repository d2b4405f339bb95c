import type { TriviaQuestion } from './types';

/** `items` in a random order (Fisher-Yates), with the randomness injected so tests can fix it. */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

export interface PickOptions {
	/** Ids asked recently, oldest first: avoided while others remain; when they must be reused, oldest first. */
	recent?: readonly string[];
	/** Only questions this allows are picked (the channel's spoiler policy hides some). */
	allow?: (question: TriviaQuestion) => boolean;
	random?: () => number;
}

/** Two questions that would make a dull pair in one round: the same answer, or the same quote. */
function overlap(a: TriviaQuestion, b: TriviaQuestion): boolean {
	const answer = (q: TriviaQuestion) => (q.choices[q.answer] ?? '').toLowerCase();
	return answer(a) === answer(b) || (a.quote.articleId === b.quote.articleId && a.quote.start === b.quote.start);
}

/**
 * Up to `count` different questions for a round (or a daily post): never one twice, questions not asked recently
 * first, and no two with the same answer or quote while the bank allows. Fewer than `count` only when the allowed
 * bank is smaller.
 */
export function pickQuestions(
	bank: readonly TriviaQuestion[],
	count: number,
	{ recent = [], allow = () => true, random = Math.random }: PickOptions = {},
): TriviaQuestion[] {
	const allowed = bank.filter(allow);
	const age = new Map(recent.map((id, index) => [id, index]));
	const fresh = shuffle(
		allowed.filter((q) => !age.has(q.id)),
		random,
	);
	const stale = allowed.filter((q) => age.has(q.id)).sort((a, b) => (age.get(a.id) ?? 0) - (age.get(b.id) ?? 0));
	const picked: TriviaQuestion[] = [];
	const take = (pool: TriviaQuestion[], strict: boolean) => {
		for (const question of pool) {
			if (picked.length >= count) return;
			if (picked.includes(question)) continue;
			if (strict && picked.some((p) => overlap(p, question))) continue;
			picked.push(question);
		}
	};
	take(fresh, true);
	take(fresh, false);
	take(stale, true);
	take(stale, false);
	return picked;
}
