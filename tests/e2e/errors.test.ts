import { SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/discord/command';
import { startTestBot, type TestBot } from '../support/bot';
import { EPHEMERAL, finalMessage, summary } from '../support/replies';

/** A command whose handler fails, before or after acknowledging, as a bug would. */
const broken: Command = {
	data: new SlashCommandBuilder()
		.setName('broken')
		.setDescription('Fails on purpose')
		.addBooleanOption((o) => o.setName('deferred').setDescription('Defer before failing')),
	async execute(interaction) {
		if (interaction.options.getBoolean('deferred')) await interaction.deferReply();
		throw new Error('the database is on fire');
	},
};

let t: TestBot;
beforeAll(async () => {
	t = await startTestBot({ extraCommands: [broken] });
});
afterAll(() => t?.close());

async function stillServes(): Promise<void> {
	expect(summary(await t.standIn.slash('ask', { question: 'why did Halstead leave' }))).toEqual([
		'POST callback:4 204',
	]);
}

describe('the error boundary', () => {
	it('GIVEN an unknown command THEN the user gets an ephemeral explanation and the bot keeps serving', async () => {
		const requests = await t.standIn.slash('karaoke');
		expect(summary(requests)).toEqual(['POST callback:4 204']);
		expect(finalMessage(requests)).toMatchObject({ flags: EPHEMERAL, content: expect.stringContaining('/karaoke') });
		await stillServes();
	});

	it('GIVEN a handler that fails before answering THEN an ephemeral apology replies and the failure is logged', async () => {
		const requests = await t.standIn.slash('broken');
		expect(summary(requests)).toEqual(['POST callback:4 204']);
		expect(finalMessage(requests)).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^Sorry/) });
		const logged = t.logs.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'handler failed');
		expect(logged).toMatchObject({ level: 50, command: 'broken', err: { message: 'the database is on fire' } });
		await stillServes();
	});

	it('GIVEN a handler that fails after deferring THEN the apology is a follow-up', async () => {
		const requests = await t.standIn.slash('broken', { deferred: true });
		expect(summary(requests)).toEqual(['POST callback:5 204', 'POST followup 200']);
		expect(finalMessage(requests)).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^Sorry/) });
		await stillServes();
	});

	it('GIVEN an interaction whose token has expired THEN the bot logs it, does not crash and keeps serving', async () => {
		const requests = await t.standIn.slash(
			'ask',
			{ question: 'why did Halstead leave' },
			{ expired: true, settle: 300 },
		);
		expect(summary(requests)).toEqual(['POST callback:4 404']);
		expect(requests[0]?.response).toMatchObject({ code: 10062, message: 'Unknown interaction' });
		expect(t.logs.some((line) => line.includes('interaction could no longer be answered'))).toBe(true);
		await stillServes();
	});

	it('GIVEN a button from an old message THEN the clicker gets an ephemeral explanation', async () => {
		const requests = await t.standIn.button('vote:42');
		expect(summary(requests)).toEqual(['POST callback:4 204']);
		expect(finalMessage(requests).flags).toBe(EPHEMERAL);
	});

	it('GIVEN everything logged so far THEN neither the bot token nor any interaction token appears', () => {
		const everything = t.logs.join('\n');
		expect(everything).not.toContain(t.standIn.token);
		for (const token of t.standIn.interactions.keys()) expect(everything).not.toContain(token);
	});
});
