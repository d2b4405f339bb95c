import { describe, expect, it } from 'vitest';
import { buttonId, clickReply, readButton, renderQuestion, renderReveal } from '../../src/trivia/discord';
import type { RevealView } from '../../src/trivia/service';
import { question } from './fixtures';

function view(overrides: Partial<RevealView> = {}): RevealView {
	const q = question(1, {
		question: 'Who said ||this|| *loudly*?',
		quote: { ...question(1).quote, text: 'Right 1 said ||this|| *loudly* @everyone' },
	});
	return {
		roundId: 'r1',
		index: 0,
		total: 5,
		question: q,
		choices: [...q.choices],
		closesAt: 1_716_400_000_000,
		seconds: 20,
		visibility: 'tag',
		rightSlot: 0,
		correct: [],
		answered: 0,
		standings: [],
		last: false,
		...overrides,
	};
}

describe('trivia messages', () => {
	it('GIVEN a tagged question whose text holds || and markdown THEN nothing escapes the spoiler tags', () => {
		const question = renderQuestion(view()).embeds[0]?.description ?? '';
		expect(question.startsWith('||**Who said \\|\\|this\\|\\| \\*loudly\\*?**||')).toBe(true);
		const reveal = renderReveal(view(), 5).embeds[0]?.description ?? '';
		expect(reveal).toContain('> ||Right 1 said \\|\\|this\\|\\| \\*loudly\\* @everyone|| [1]');
		// Every unescaped || opens or closes a tag: an even number of them, line by line.
		for (const line of reveal.split('\n')) expect((line.match(/(?<!\\)\|\|/g) ?? []).length % 2).toBe(0);
	});

	it('GIVEN sixty right answers THEN who got it still fits an embed field', () => {
		const correct = Array.from({ length: 60 }, (_, i) => ({
			player: { id: `1900000000000${String(i).padStart(5, '0')}`, name: `p${i}` },
			points: 200,
			elapsedMs: 0,
		}));
		const fields = renderReveal(view({ correct, answered: 80, visibility: 'show' }), 5).embeds[0]?.fields ?? [];
		const got = fields.find((f) => f.name === 'Got it')?.value ?? '';
		expect(got.length).toBeLessThanOrEqual(1024);
		expect(got).toMatch(/and 40 more \(60 of 80 right\)$/);
	});

	it('GIVEN a button id THEN it reads back, and anything else is not a trivia button', () => {
		expect(buttonId('r1', 3, 2)).toBe('trivia:r1:3:2');
		expect(readButton('r1:3:2')).toEqual({ roundId: 'r1', index: 3, slot: 2 });
		expect(readButton('r1:3:4')).toBeNull();
		expect(readButton('nonsense')).toBeNull();
	});

	it('GIVEN each click outcome THEN the player is told plainly, with the choice they made', () => {
		expect(clickReply({ status: 'counted', choice: 'Bolivia', slot: 1 })).toMatch(/^🔒 Locked in: \*\*B\. Bolivia\*\*/);
		expect(clickReply({ status: 'already', choice: 'Peru', slot: 3 })).toMatch(/already answered \*\*D\. Peru\*\*/);
		expect(clickReply({ status: 'ended' })).toBe('This round has ended. Start a new one with `/trivia start`.');
	});
});
