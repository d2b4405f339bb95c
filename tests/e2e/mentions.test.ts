import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataWith, startTestBot, type TestBot } from '../support/bot';
import { nobody } from '../support/mentions';
import { embedOf, finalMessage, isMessageBearing, messageOf } from '../support/replies';

/** An extra article whose text tries to ping the whole server and a role. */
const PINGING_ARTICLE = [
	'Marina Squerciati says Burgess is back',
	'',
	'Chicago P.D. star Marina Squerciati told TVLine that @everyone should tune in when Kim Burgess returns to the Intelligence Unit in season 12.',
	'"@here is what I can say: <@&123456789012345678> fans will cry," she said.',
	'',
].join('\n');

let t: TestBot;
let data: Awaited<ReturnType<typeof dataWith>>;
beforeAll(async () => {
	data = await dataWith({ 'squerciati-burgess-returns.txt': PINGING_ARTICLE });
	t = await startTestBot({ dataDir: data.dir });
});
afterAll(async () => {
	await t?.close();
	await data?.remove();
});

describe('mentions', () => {
	it('GIVEN an article containing @everyone THEN the answer quotes it and pings nobody', async () => {
		const requests = await t.standIn.slash('ask', { question: 'what did Marina Squerciati say about Burgess?' });
		expect(embedOf(finalMessage(requests)).description).toContain('@everyone should tune in');
		const messages = requests.filter(isMessageBearing);
		expect(messages.length).toBeGreaterThan(0);
		for (const request of messages) {
			expect(request.status).toBeLessThan(300);
			expect(nobody(request.pings)).toBe(true);
		}
	});

	it('GIVEN a question containing @everyone THEN the "not in my articles" reply repeats it and pings nobody', async () => {
		const requests = await t.standIn.slash('ask', {
			question: '@everyone <@190000000000000001> what is the capital of France',
		});
		const message = finalMessage(requests);
		expect(message.content).toContain('@everyone');
		expect(nobody(requests.find(isMessageBearing)?.pings)).toBe(true);
	});

	it('GIVEN every kind of reply THEN every message-bearing request carries allowed_mentions with parse []', async () => {
		await t.standIn.slash('sources');
		await t.standIn.slash('help');
		await t.standIn.slash('nope');
		await t.standIn.button('ask:Who is Jay Halstead?');
		const messages = t.standIn.requests.filter(isMessageBearing);
		expect(messages.length).toBeGreaterThanOrEqual(6);
		for (const request of messages) {
			expect(request.status, request.path).toBeLessThan(300);
			expect(messageOf(request).allowed_mentions).toEqual({ parse: [] });
		}
	});
});
