import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot';
import { summary } from '../support/replies';
import type { RecordedRequest } from '../support/stand-in';

let t: TestBot;
beforeAll(async () => {
	t = await startTestBot();
});
afterAll(() => t?.close());

function choicesOf(requests: RecordedRequest[]): Array<{ name: string; value: string }> {
	const body = requests[0]?.body as { data?: { choices?: Array<{ name: string; value: string }> } } | undefined;
	return body?.data?.choices ?? [];
}

describe('/ask autocomplete', () => {
	it.each([
		['nothing typed yet', ''],
		['a name', 'hal'],
		['a full question', 'why did Upton leave'],
		['nonsense', 'zzzzqqq'],
		['the longest allowed input', 'why '.repeat(75)],
	])('GIVEN %s THEN at most 25 valid choices come back at once', async (_, typed) => {
		const started = performance.now();
		const requests = await t.standIn.autocomplete('ask', 'question', typed);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(summary(requests)).toEqual(['POST callback:8 204']);
		const choices = choicesOf(requests);
		expect(choices.length).toBeLessThanOrEqual(25);
		for (const { name, value } of choices) {
			expect(name.length).toBeGreaterThanOrEqual(1);
			expect(name.length).toBeLessThanOrEqual(100);
			expect(value.length).toBeLessThanOrEqual(100);
		}
	});

	it('GIVEN a name Molly knows THEN the choices are questions about it that she can answer', async () => {
		const choices = choicesOf(await t.standIn.autocomplete('ask', 'question', 'upton'));
		expect(choices.length).toBeGreaterThan(0);
		expect(choices.some(({ value }) => /upton|hailey/i.test(value))).toBe(true);
		const answered = choices.filter(({ value }) => t.engine.ask(value).answered);
		expect(answered.length).toBe(choices.length);
	});
});
