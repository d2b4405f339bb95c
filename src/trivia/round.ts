import { shuffle } from './pick';
import type { TriviaQuestion } from './types';

/** Someone playing: a Discord user id and the name to show. */
export interface Player {
	id: string;
	name: string;
}

/** The bounds of `/trivia start`, with defaults. */
export const RoundLimits = {
	questions: { min: 3, max: 20, default: 5 },
	seconds: { min: 10, max: 60, default: 20 },
} as const;

/** Points for a right answer: `base`, plus up to `speed` more the sooner it came (all of it at once, none at the end). */
export const DefaultScoring = { base: 100, speed: 100 } as const;

/** Points for a right answer given `elapsedMs` into a question open for `durationMs`. */
export function pointsFor(elapsedMs: number, durationMs: number, scoring = DefaultScoring): number {
	const left = Math.min(1, Math.max(0, 1 - elapsedMs / durationMs));
	return scoring.base + Math.round(scoring.speed * left);
}

/** A question as it is being asked: its choices in the order shown, and who answered what and when. */
export interface AskedQuestion {
	/** 0-based position in the round. */
	index: number;
	question: TriviaQuestion;
	/** `order[slot]` is the index in `question.choices` of the choice shown in button `slot`. */
	order: number[];
	openedAt: number;
	closesAt: number;
	/** First answers only, by player id. */
	answers: Map<string, { player: Player; slot: number; at: number }>;
}

/** What a click did. Only `counted` changes anything. */
export type ClickResult =
	| { status: 'counted'; choice: string; slot: number }
	| { status: 'already'; choice: string; slot: number }
	| { status: 'closed' }
	| { status: 'stale' };

export interface Standing {
	player: Player;
	points: number;
	correct: number;
}

/** The outcome of one question: who got it, for how many points, and the standings after it. */
export interface QuestionResult {
	asked: AskedQuestion;
	/** The slot of the right answer, as shown. */
	rightSlot: number;
	/** Right answers, fastest first. */
	correct: Array<{ player: Player; points: number; elapsedMs: number }>;
	answered: number;
	standings: Standing[];
}

export interface RoundInit {
	id: string;
	guildId: string;
	channelId: string;
	starter: Player;
	questions: readonly TriviaQuestion[];
	seconds: number;
	now: () => number;
	random?: () => number;
	scoring?: typeof DefaultScoring;
}

/**
 * One round of trivia as pure state: ask a question, take clicks, close it and score it, over and over. Time comes
 * from the injected `now()`; nothing here waits, posts or stores (the service does).
 */
export class Round {
	readonly id: string;
	readonly guildId: string;
	readonly channelId: string;
	readonly starter: Player;
	readonly questions: readonly TriviaQuestion[];
	readonly seconds: number;
	#now: () => number;
	#random: () => number;
	#scoring: typeof DefaultScoring;
	#current: AskedQuestion | null = null;
	#open = false;
	#over = false;
	#totals = new Map<string, Standing>();

	constructor(init: RoundInit) {
		this.id = init.id;
		this.guildId = init.guildId;
		this.channelId = init.channelId;
		this.starter = init.starter;
		this.questions = init.questions;
		this.seconds = init.seconds;
		this.#now = init.now;
		this.#random = init.random ?? Math.random;
		this.#scoring = init.scoring ?? DefaultScoring;
	}

	get current(): AskedQuestion | null {
		return this.#current;
	}

	get isOpen(): boolean {
		return this.#open;
	}

	get isOver(): boolean {
		return this.#over;
	}

	get hasNext(): boolean {
		return !this.#over && (this.#current?.index ?? -1) + 1 < this.questions.length;
	}

	/** Opens the next question with its choices shuffled. */
	ask(): AskedQuestion {
		if (this.#open) throw new Error('the current question is still open');
		if (!this.hasNext) throw new Error('no question left to ask');
		const index = (this.#current?.index ?? -1) + 1;
		const question = this.questions[index] as TriviaQuestion;
		const openedAt = this.#now();
		this.#current = {
			index,
			question,
			order: shuffle([0, 1, 2, 3], this.#random),
			openedAt,
			closesAt: openedAt + this.seconds * 1000,
			answers: new Map(),
		};
		this.#open = true;
		return this.#current;
	}

	/**
	 * A player clicked button `slot` of question `index`. Their first click on the open question counts; later ones
	 * are refused with what they chose; a click on an earlier question, or after the time is up, changes nothing.
	 */
	click(player: Player, index: number, slot: number): ClickResult {
		const asked = this.#current;
		if (!asked || index !== asked.index) return { status: 'stale' };
		const label = (s: number) => asked.question.choices[asked.order[s] ?? -1] ?? '';
		const earlier = asked.answers.get(player.id);
		if (earlier) return { status: 'already', choice: label(earlier.slot), slot: earlier.slot };
		const at = this.#now();
		if (!this.#open || at >= asked.closesAt || !Number.isInteger(slot) || slot < 0 || slot > 3)
			return { status: 'closed' };
		asked.answers.set(player.id, { player, slot, at });
		return { status: 'counted', choice: label(slot), slot };
	}

	/** Closes the open question and scores it: points for the right answer, more the sooner it came. */
	close(): QuestionResult {
		const asked = this.#current;
		if (!asked || !this.#open) throw new Error('no question is open');
		this.#open = false;
		const rightSlot = asked.order.indexOf(asked.question.answer);
		const duration = asked.closesAt - asked.openedAt;
		const correct = [...asked.answers.values()]
			.filter((a) => a.slot === rightSlot)
			.sort((a, b) => a.at - b.at)
			.map((a) => ({
				player: a.player,
				elapsedMs: a.at - asked.openedAt,
				points: pointsFor(a.at - asked.openedAt, duration, this.#scoring),
			}));
		for (const { player, points } of correct) {
			const standing = this.#totals.get(player.id) ?? { player, points: 0, correct: 0 };
			this.#totals.set(player.id, { player, points: standing.points + points, correct: standing.correct + 1 });
		}
		return { asked, rightSlot, correct, answered: asked.answers.size, standings: this.standings() };
	}

	/** Ends the round (finished or stopped); the open question, if any, closes unscored. */
	end(): Standing[] {
		this.#open = false;
		this.#over = true;
		return this.standings();
	}

	/** Points so far, best first (ties: more right answers, then name). */
	standings(): Standing[] {
		return [...this.#totals.values()].sort(
			(a, b) => b.points - a.points || b.correct - a.correct || a.player.name.localeCompare(b.player.name),
		);
	}
}
