import type { AnswerRecord, BoardRecord, PlayerRecord } from './records';

/** A board nobody has played on yet. */
export function emptyBoard(): BoardRecord {
	return { lastRevealed: null, players: {} };
}

/**
 * The board after the reveal of daily post `postId` whose right choice is `correct`. A right answer earns a point
 * and extends the player's streak if their last right answer was on the previous revealed post (days without a
 * post, when Molly was down, do not break it); a wrong answer ends it. Players who did not answer keep their
 * record, but their streak is no longer current (see {@link currentStreak}). Pure: returns a new board.
 */
export function applyResults(
	board: BoardRecord,
	postId: string,
	answers: readonly AnswerRecord[],
	correct: number,
): BoardRecord {
	const players: Record<string, PlayerRecord> = { ...board.players };
	for (const answer of answers) {
		const before = players[answer.userId] ?? { points: 0, answered: 0, streak: 0, best: 0, lastCorrect: null };
		const right = answer.choice === correct;
		const continues = board.lastRevealed !== null && before.lastCorrect === board.lastRevealed;
		const streak = right ? (continues ? before.streak + 1 : 1) : 0;
		players[answer.userId] = {
			points: before.points + (right ? 1 : 0),
			answered: before.answered + 1,
			streak,
			best: Math.max(before.best, streak),
			lastCorrect: right ? postId : before.lastCorrect,
		};
	}
	return { lastRevealed: postId, players };
}

/** The player's streak as of the latest reveal: 0 if they missed or got wrong the latest post. */
export function currentStreak(board: BoardRecord, userId: string): number {
	const player = board.players[userId];
	return player && player.lastCorrect === board.lastRevealed ? player.streak : 0;
}

export interface Standing {
	userId: string;
	points: number;
	streak: number;
	best: number;
}

/** The top `count` players by points, then current streak, then best streak, then id (so ties are stable). */
export function leaders(board: BoardRecord, count: number): Standing[] {
	return Object.entries(board.players)
		.map(([userId, player]) => ({
			userId,
			points: player.points,
			streak: currentStreak(board, userId),
			best: player.best,
		}))
		.filter((standing) => standing.points > 0)
		.sort((a, b) => b.points - a.points || b.streak - a.streak || b.best - a.best || a.userId.localeCompare(b.userId))
		.slice(0, count);
}
