import { DiscordAPIError, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot';

let t: TestBot;
beforeAll(async () => {
	t = await startTestBot();
});
afterAll(() => t?.close());

/** The code of the Discord error a REST call fails with, as discord.js reports it. */
async function codeOf(call: Promise<unknown>): Promise<number | string> {
	try {
		await call;
		return 'no error';
	} catch (error) {
		if (error instanceof DiscordAPIError) return error.code;
		throw error;
	}
}

describe('the stand-in answers with Discord error shapes', () => {
	it('GIVEN a message to an unknown channel THEN 10003 Unknown Channel', async () => {
		const rest = t.bot.client.rest;
		expect(await codeOf(rest.post(Routes.channelMessages('100000000000000000'), { body: { content: 'hi' } }))).toBe(
			10003,
		);
	});

	it('GIVEN a message to a channel the bot may not post in THEN 50013 Missing Permissions', async () => {
		const rest = t.bot.client.rest;
		expect(
			await codeOf(rest.post(Routes.channelMessages(t.standIn.lockedChannelId), { body: { content: 'hi' } })),
		).toBe(50013);
	});

	it('GIVEN a message over Discord limits THEN 50035 Invalid Form Body naming the field', async () => {
		const body = { content: 'x'.repeat(2001), embeds: [{ description: 'y'.repeat(4097) }] };
		const error: unknown = await t.bot.client.rest
			.post(Routes.channelMessages(t.standIn.channelId), { body })
			.catch((e) => e);
		if (!(error instanceof DiscordAPIError)) throw new Error(`expected a DiscordAPIError, got ${error}`);
		expect(error.code).toBe(50035);
		expect(error.message).toContain('content[BASE_TYPE_MAX_LENGTH]');
		expect(error.message).toContain('embeds[0].description[BASE_TYPE_MAX_LENGTH]');
	});

	it('GIVEN a message within limits THEN the channel message is accepted and recorded', async () => {
		const rest = t.bot.client.rest;
		expect(
			await codeOf(rest.post(Routes.channelMessages(t.standIn.channelId), { body: { content: 'Daily question!' } })),
		).toBe('no error');
		expect(t.standIn.channelMessages.at(-1)?.body.content).toBe('Daily question!');
	});

	it('GIVEN an interaction acknowledged twice THEN the second callback gets 40060', async () => {
		const [first] = await t.standIn.slash('help');
		const token = String(first?.token);
		const id = t.standIn.interactions.get(token)?.id ?? '';
		const again = t.bot.client.rest.post(Routes.interactionCallback(id, token), {
			body: { type: 4, data: { content: 'x' } },
			auth: false,
		});
		expect(await codeOf(again)).toBe(40060);
	});

	it('GIVEN the wrong bot token THEN bot routes answer 401', async () => {
		const response = await fetch(`${t.standIn.url}/v10/gateway/bot`, { headers: { authorization: 'Bot nope' } });
		expect(response.status).toBe(401);
		expect(t.standIn.requests.at(-1)?.status).toBe(401);
	});
});
