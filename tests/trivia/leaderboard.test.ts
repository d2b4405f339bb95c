import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store';
import { openedStore, storeBackings } from '../store/fixtures';

const backings = await storeBackings();

for (const [name, makeBacking, available] of backings) {
	describe.runIf(available)(`GIVEN a leaderboard in a ${name} store`, () => {
		const opened = openedStore(makeBacking);

		it('WHEN 50 players score 200 times at once THEN every point is counted', async () => {
			const board = opened.store.leaderboard('trivia-scores');
			await Promise.all(
				Array.from({ length: 200 }, (_, i) => board.add('guild-a', `player-${i % 50}`, 100 + (i % 50))),
			);
			const top = await board.top('guild-a', 100);
			expect(top).toHaveLength(50);
			expect(top.reduce((sum, row) => sum + row.score, 0)).toBe(4 * (50 * 100 + (49 * 50) / 2));
			expect(await board.score('guild-a', 'player-49')).toBe(4 * 149);
		});

		it('WHEN two connections add to the same player at once THEN the total counts both', async () => {
			const other = await opened.backing.open();
			try {
				const here = opened.store.leaderboard('trivia-scores');
				const there = other.leaderboard('trivia-scores');
				await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 ? here : there).add('guild-b', 'shared', 7)));
				expect(await here.score('guild-b', 'shared')).toBe(700);
			} finally {
				await other.close();
			}
		});

		it('WHEN asked for the top THEN it is highest first, limited, and other boards are apart', async () => {
			const board = opened.store.leaderboard('trivia-scores');
			await board.add('guild-c', 'low', 10);
			await board.add('guild-c', 'high', 300);
			await board.add('guild-c', 'middle', 150);
			await board.add('guild-d', 'elsewhere', 999);
			expect(await board.top('guild-c', 2)).toEqual([
				{ member: 'high', score: 300 },
				{ member: 'middle', score: 150 },
			]);
			expect(await board.top('guild-c', 0)).toEqual([]);
			expect(await board.top('guild-empty')).toEqual([]);
			expect(await board.score('guild-c', 'nobody')).toBe(0);
		});

		it('WHEN the store is closed and reopened THEN the scores are still there', async () => {
			await opened.store.leaderboard('trivia-scores').add('guild-e', 'keeper', 42);
			await opened.store.close();
			opened.store = await opened.backing.open();
			expect(await opened.store.leaderboard('trivia-scores').top('guild-e')).toEqual([{ member: 'keeper', score: 42 }]);
		});

		it('WHEN points are not a whole number THEN the addition is refused as invalid', async () => {
			const error = await opened.store
				.leaderboard('trivia-scores')
				.add('guild-f', 'p', 1.5)
				.catch((e: unknown) => e);
			expect(error).toBeInstanceOf(StoreError);
			expect((error as StoreError).code).toBe('invalid');
		});

		it('WHEN one name is used for counters and a leaderboard THEN the store refuses it', () => {
			opened.store.counters('trivia-both');
			expect(() => opened.store.leaderboard('trivia-both')).toThrow(StoreError);
		});
	});
}
