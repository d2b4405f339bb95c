import { describe, expect, it } from 'vitest';
import { pointsFor, Round } from '../../src/trivia/round';
import { question } from './fixtures';

const alice = { id: '1001', name: 'Alice' };
const bob = { id: '1002', name: 'Bob' };

function round(now: () => number, questions = [question(1), question(2), question(3)]) {
	// A fixed "random" that reverses the choices: the right answer (choice 0) shows in slot 3.
	return new Round({
		id: 'r1',
		guildId: 'g',
		channelId: 'c',
		starter: alice,
		questions,
		seconds: 20,
		now,
		random: () => 0,
	});
}

describe('scoring', () => {
	it('GIVEN a right answer at once THEN it scores 200; at half time 150; at the very end 100', () => {
		expect(pointsFor(0, 20_000)).toBe(200);
		expect(pointsFor(10_000, 20_000)).toBe(150);
		expect(pointsFor(20_000, 20_000)).toBe(100);
		expect(pointsFor(25_000, 20_000)).toBe(100);
	});
});

describe('a round with an injected clock', () => {
	it('GIVEN a question is asked THEN its choices are shuffled and it closes after the round’s seconds', () => {
		let now = 1_000;
		const r = round(() => now);
		const asked = r.ask();
		expect(asked.openedAt).toBe(1_000);
		expect(asked.closesAt).toBe(21_000);
		expect([...asked.order].sort()).toEqual([0, 1, 2, 3]);
		expect(asked.order).not.toEqual([0, 1, 2, 3]);
		now = 2_000;
		expect(() => r.ask()).toThrow(/still open/);
	});

	it('GIVEN a player clicks twice THEN the first click counts and the second is refused with the first choice', () => {
		let now = 0;
		const r = round(() => now);
		const asked = r.ask();
		const right = asked.order.indexOf(0);
		const wrong = (right + 1) % 4;
		expect(r.click(alice, 0, wrong)).toEqual({
			status: 'counted',
			choice: asked.question.choices[asked.order[wrong] ?? 0],
			slot: wrong,
		});
		now = 100;
		expect(r.click(alice, 0, right)).toMatchObject({ status: 'already', slot: wrong });
		const result = r.close();
		expect(result.correct).toEqual([]);
		expect(result.answered).toBe(1);
	});

	it('GIVEN right answers at different times THEN the faster one scores more and is listed first', () => {
		let now = 0;
		const r = round(() => now);
		const asked = r.ask();
		const right = asked.order.indexOf(0);
		now = 15_000;
		r.click(bob, 0, right);
		now = 5_000;
		r.click(alice, 0, right);
		now = 20_000;
		const result = r.close();
		expect(result.rightSlot).toBe(right);
		expect(result.correct.map((c) => [c.player.name, c.points])).toEqual([
			['Alice', 175],
			['Bob', 125],
		]);
		expect(result.standings.map((s) => [s.player.name, s.points, s.correct])).toEqual([
			['Alice', 175, 1],
			['Bob', 125, 1],
		]);
	});

	it('GIVEN the time is up THEN a click is refused even before the question is closed', () => {
		let now = 0;
		const r = round(() => now);
		r.ask();
		now = 20_000;
		expect(r.click(bob, 0, 1)).toEqual({ status: 'closed' });
		expect(r.close().answered).toBe(0);
	});

	it('GIVEN a button from an earlier question THEN the click changes nothing', () => {
		let now = 0;
		const r = round(() => now);
		r.ask();
		r.close();
		r.ask();
		now = 10;
		expect(r.click(alice, 0, 1)).toEqual({ status: 'stale' });
		expect(r.click(alice, 1, 9)).toEqual({ status: 'closed' });
		expect(r.current?.answers.size).toBe(0);
	});

	it('GIVEN every question is asked THEN there is no next one, and standings add up over the round', () => {
		let now = 0;
		const r = round(() => now);
		for (let i = 0; i < 3; i++) {
			const asked = r.ask();
			now += 1_000;
			r.click(alice, i, asked.order.indexOf(0));
			if (i === 1) r.click(bob, i, asked.order.indexOf(0));
			r.close();
		}
		expect(r.hasNext).toBe(false);
		expect(() => r.ask()).toThrow(/no question left/);
		const standings = r.end();
		expect(standings.map((s) => [s.player.name, s.correct])).toEqual([
			['Alice', 3],
			['Bob', 1],
		]);
		expect(standings[0]?.points).toBe(3 * pointsFor(1_000, 20_000));
		expect(r.isOver).toBe(true);
	});

	it('GIVEN the round is stopped with a question open THEN that question is not scored', () => {
		const now = 0;
		const r = round(() => now);
		const asked = r.ask();
		r.click(alice, 0, asked.order.indexOf(0));
		expect(r.end()).toEqual([]);
		expect(r.click(bob, 0, 0)).toEqual({ status: 'closed' });
	});
});
