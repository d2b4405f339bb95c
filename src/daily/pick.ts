import type { TriviaQuestion } from '../trivia/types';
import type { SeenRecord } from './records';

/** A question is not posted again in a server within this window while an unseen one remains. */
export const AVOID_REPEAT_MS = 30 * 86_400_000;

/** What the spoiler policy does with a question revealing these seasons. */
export type SeasonVisibility = (seasons: readonly number[]) => 'show' | 'tag' | 'hide';

/** A question ready to post: its choices shuffled, and how the channel's spoiler policy shows it. */
export interface Picked {
	question: TriviaQuestion;
	/** The choices in the order shown. */
	choices: [string, string, string, string];
	/** Index of the right answer in `choices`. */
	correct: number;
	visibility: 'show' | 'tag';
}

/**
 * Chooses a server's next question: one the channel's spoiler policy does not hide, not posted in the server in
 * the last 30 days; when every allowed question was, the one posted longest ago (ties broken at random). Null
 * when the bank is empty or every question is hidden. Pure, given `random`.
 */
export function pickQuestion(
	bank: readonly TriviaQuestion[],
	seen: SeenRecord,
	now: Date,
	visibility: SeasonVisibility,
	random: () => number = Math.random,
): Picked | null {
	const allowed = bank
		.map((question) => ({ question, shown: visibility(question.seasons) }))
		.filter((c): c is { question: TriviaQuestion; shown: 'show' | 'tag' } => c.shown !== 'hide');
	if (allowed.length === 0) return null;
	const lastSeen = (question: TriviaQuestion) => seen[question.id] ?? Number.NEGATIVE_INFINITY;
	const fresh = allowed.filter((c) => now.getTime() - lastSeen(c.question) >= AVOID_REPEAT_MS);
	let pool = fresh;
	if (pool.length === 0) {
		const oldest = Math.min(...allowed.map((c) => lastSeen(c.question)));
		pool = allowed.filter((c) => lastSeen(c.question) === oldest);
	}
	const chosen = pool[Math.floor(random() * pool.length)] ?? pool[0];
	if (!chosen) return null;
	const order = shuffle([0, 1, 2, 3], random);
	const choices = order.map((index) => chosen.question.choices[index] ?? '') as Picked['choices'];
	return {
		question: chosen.question,
		choices,
		correct: order.indexOf(chosen.question.answer),
		visibility: chosen.shown,
	};
}

/** `seen` with `question` posted at `now`, and entries older than the window dropped so the record stays small. */
export function markSeen(seen: SeenRecord, questionId: string, now: Date): SeenRecord {
	const kept = Object.entries(seen).filter(([, at]) => now.getTime() - at < AVOID_REPEAT_MS);
	return { ...Object.fromEntries(kept), [questionId]: now.getTime() };
}

function shuffle<T>(items: T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}
