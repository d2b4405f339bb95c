import { describe, expect, it } from 'vitest';
import { pickQuestions, shuffle } from '../../src/trivia/pick';
import { question } from './fixtures';

const bank = Array.from({ length: 10 }, (_, i) => question(i));
const seeded = (seed: number) => () => {
	seed = (seed * 16807) % 2147483647;
	return seed / 2147483647;
};

describe('picking questions for a round', () => {
	it('GIVEN a count THEN that many different questions are picked', () => {
		const picked = pickQuestions(bank, 5, { random: seeded(7) });
		expect(picked).toHaveLength(5);
		expect(new Set(picked.map((q) => q.id)).size).toBe(5);
	});

	it('GIVEN recently asked questions THEN they are avoided while others remain', () => {
		const recent = ['q0', 'q1', 'q2', 'q3', 'q4', 'q5'];
		const picked = pickQuestions(bank, 4, { recent, random: seeded(3) });
		expect(picked.map((q) => q.id).sort()).toEqual(['q6', 'q7', 'q8', 'q9']);
	});

	it('GIVEN too few fresh questions THEN the ones asked longest ago come back first', () => {
		const recent = ['q3', 'q0', 'q1', 'q2', 'q4', 'q5', 'q6', 'q7'];
		const picked = pickQuestions(bank, 4, { recent, random: seeded(3) }).map((q) => q.id);
		expect(picked.slice(0, 2).sort()).toEqual(['q8', 'q9']);
		expect(picked.slice(2)).toEqual(['q3', 'q0']);
	});

	it('GIVEN a filter (the spoiler policy) THEN only allowed questions are picked, even if fewer', () => {
		const tagged = bank.map((q, i) => ({ ...q, seasons: i < 8 ? [11] : [] }));
		const picked = pickQuestions(tagged, 5, { allow: (q) => !q.seasons.includes(11) });
		expect(picked.map((q) => q.id).sort()).toEqual(['q8', 'q9']);
	});

	it('GIVEN two questions with the same answer THEN they are not both picked while others remain', () => {
		const same = [question(1), { ...question(2), choices: question(1).choices }, question(3), question(4)];
		for (let seed = 1; seed < 30; seed++) {
			const ids = pickQuestions(same, 3, { random: seeded(seed) }).map((q) => q.id);
			expect(ids.includes('q1') && ids.includes('q2'), ids.join()).toBe(false);
		}
	});

	it('GIVEN an injected random THEN the shuffle is reproducible and keeps every item', () => {
		expect(shuffle([1, 2, 3, 4, 5], seeded(9))).toEqual(shuffle([1, 2, 3, 4, 5], seeded(9)));
		expect(shuffle([1, 2, 3, 4, 5], seeded(9)).sort()).toEqual([1, 2, 3, 4, 5]);
	});
});
