import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFER_AFTER_MS } from '../../src/discord/acknowledge';
import { showEverything } from '../../src/discord/render';
import { startTestBot, type TestBot } from '../support/bot';
import { embedOf, finalMessage, summary } from '../support/replies';

/** A spoiler policy that answers only after the deferral deadline, like a store under load. */
const slowPolicy = {
	policyFor: () =>
		new Promise<typeof showEverything>((resolve) => setTimeout(() => resolve(showEverything), DEFER_AFTER_MS + 300)),
	decisionFor: async () => () => 'show' as const,
};

let t: TestBot;
beforeAll(async () => {
	t = await startTestBot({ spoilers: slowPolicy });
});
afterAll(() => t?.close());

describe('acknowledging within 3 seconds', () => {
	it('GIVEN work slower than the deadline THEN the bot defers first, then edits the answer in', async () => {
		const started = performance.now();
		const requests = await t.standIn.slash('ask', { question: 'why did Halstead leave' });
		expect(summary(requests)).toEqual(['POST callback:5 204', 'PATCH original 200']);
		const [deferral] = requests;
		expect(deferral).toBeDefined();
		expect(performance.now() - started).toBeLessThan(3000);
		expect(embedOf(finalMessage(requests)).description).toMatch(/^> .*\[1\]/m);
	});

	it('GIVEN a suggestion button and slow work THEN the click is deferred and answered the same way', async () => {
		const requests = await t.standIn.button('ask:Who is Jay Halstead?');
		expect(summary(requests)).toEqual(['POST callback:5 204', 'PATCH original 200']);
	});
});
