import type { Boards, Score } from './backend';

/**
 * Ranked integer scores of one concern (the trivia leaderboard), in boards (one per server, say). Additions are
 * atomic in the database itself, so simultaneous answers across processes never lose a point.
 */
export class Leaderboard {
	constructor(
		private readonly boards: Boards,
		/** The full key prefix, such as `molly:trivia-scores:`. */
		private readonly prefix: string,
	) {}

	/** Adds `points` (an integer, may be negative) to `member` on `board`; returns the member's new score. */
	add(board: string, member: string, points: number): Promise<number> {
		return this.boards.addScore(this.prefix + board, member, points);
	}

	/** The `limit` best members of `board`, highest score first; an empty board has none. */
	top(board: string, limit = 10): Promise<Score[]> {
		return this.boards.topScores(this.prefix + board, limit);
	}

	/** `member`'s score on `board`, 0 when they have none. */
	score(board: string, member: string): Promise<number> {
		return this.boards.score(this.prefix + board, member);
	}
}
