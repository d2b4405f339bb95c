import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeText } from '../../src/discord/markdown';
import { startTestBot, type TestBot } from '../support/bot';
import { EPHEMERAL, embedOf, finalMessage, summary } from '../support/replies';
import { articleFiles, shownQuotes, sourceLines } from './quotes';

let t: TestBot;
beforeAll(async () => {
	t = await startTestBot();
});
afterAll(() => t?.close());

describe('/ask through the real client and the stand-in', () => {
	it('GIVEN a question the articles cover THEN the reply is a verbatim quote with its citation', async () => {
		const requests = await t.standIn.slash('ask', { question: 'why did Halstead leave' });
		expect(summary(requests)).toEqual(['POST callback:4 204']);
		const embed = embedOf(finalMessage(requests));
		const [first] = shownQuotes(embed.description ?? '');
		expect(first).toBeDefined();
		const articles = articleFiles();
		const holder = [...articles].find(([, text]) => text.includes(first?.text ?? '\u0000'));
		expect(holder, `"${first?.text}" is not a slice of any article`).toBeDefined();
		const [articleId] = holder ?? [];
		const source = t.engine.sources().find((s) => s.articleId === articleId);
		const cited = sourceLines(embed.fields?.find((f) => f.name === 'Sources')?.value ?? '');
		const lines = first?.citations.map((n) => cited.get(n)) ?? [];
		expect(lines.some((line) => line?.includes(escapeText(source?.headline ?? '').slice(0, 40)))).toBe(true);
	});

	it('GIVEN several quotes THEN every one shown is a slice of an article and every citation is listed', async () => {
		const embed = embedOf(
			finalMessage(await t.standIn.slash('ask', { question: 'Are Tracy Spiridakos and Jesse Lee Soffer dating?' })),
		);
		const quotes = shownQuotes(embed.description ?? '');
		const texts = [...articleFiles().values()];
		const cited = sourceLines(embed.fields?.find((f) => f.name === 'Sources')?.value ?? '');
		expect(quotes.length).toBeGreaterThan(1);
		for (const quote of quotes) {
			expect(
				texts.some((text) => text.includes(quote.text)),
				quote.text,
			).toBe(true);
			for (const n of quote.citations) expect(cited.has(n)).toBe(true);
		}
	});

	it('GIVEN a question the articles do not cover THEN the reply says so and offers questions Molly can answer', async () => {
		const requests = await t.standIn.slash('ask', { question: 'what is the capital of France' });
		expect(summary(requests)).toEqual(['POST callback:4 204']);
		const message = finalMessage(requests);
		expect(message.content).toMatch(/couldn't find anything about “what is the capital of France” in my articles/);
		expect(message.content).toMatch(/questions I can answer:\n• /);
		expect(JSON.stringify(message.components)).toContain('"custom_id":"ask:');
	});

	it('GIVEN a suggestion button THEN clicking it asks that question for the clicker', async () => {
		const suggestion = t.engine.ask('what is the capital of France').suggestions[0] ?? 'Why did Jay leave?';
		const requests = await t.standIn.button(`ask:${suggestion}`);
		expect(summary(requests)).toEqual(['POST callback:4 204']);
		expect(shownQuotes(embedOf(finalMessage(requests)).description ?? '').length).toBeGreaterThan(0);
	});

	it('GIVEN a question of only spaces THEN the asker alone gets an explanation', async () => {
		const requests = await t.standIn.slash('ask', { question: '   ' });
		expect(summary(requests)).toEqual(['POST callback:4 204']);
		expect(finalMessage(requests).flags).toBe(EPHEMERAL);
	});

	it('GIVEN /sources THEN every article is listed with its headline', async () => {
		const requests = await t.standIn.slash('sources');
		expect(summary(requests)).toEqual(['POST callback:4 204']);
		const description = embedOf(finalMessage(requests)).description ?? '';
		expect(description.split('\n')).toHaveLength(t.engine.articles.length);
		for (const source of t.engine.sources()) expect(description).toContain(escapeText(source.headline).slice(0, 40));
	});

	it('GIVEN /help THEN a short ephemeral explanation of the commands comes back', async () => {
		const requests = await t.standIn.slash('help');
		const message = finalMessage(requests);
		expect(summary(requests)).toEqual(['POST callback:4 204']);
		expect(message.flags).toBe(EPHEMERAL);
		expect(embedOf(message).description).toContain('/ask');
	});
});
