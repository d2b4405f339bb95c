import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot';
import { summary } from '../support/replies';

const PRIVILEGED = GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;

let t: TestBot;
beforeAll(async () => {
	t = await startTestBot({ standIn: { heartbeatInterval: 100 } });
});
afterAll(() => t?.close());

const answers = async () =>
	expect(summary(await t.standIn.slash('ask', { question: 'why did Halstead leave' }))).toEqual([
		'POST callback:4 204',
	]);

describe('the gateway session', () => {
	it('GIVEN the bot identifies THEN it asks for the Guilds intent only, nothing privileged', () => {
		const [identify] = t.standIn.gateway.log.identifies;
		expect(identify?.intents).toBe(GatewayIntentBits.Guilds);
		expect((identify?.intents ?? 0) & PRIVILEGED).toBe(0);
	});

	it('GIVEN a short heartbeat interval THEN heartbeats are acknowledged and the bot keeps serving', async () => {
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(t.standIn.gateway.log.heartbeats).toBeGreaterThanOrEqual(3);
		expect(t.standIn.gateway.log.identifies).toHaveLength(1);
		await answers();
	});

	it('GIVEN the session drops and cannot be resumed THEN the bot identifies again and keeps serving', async () => {
		t.standIn.gateway.drop();
		const deadline = Date.now() + 10_000;
		while (t.standIn.gateway.log.identifies.length < 2 && Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		expect(t.standIn.gateway.log.resumes).toBeGreaterThanOrEqual(1);
		expect(t.standIn.gateway.log.identifies).toHaveLength(2);
		await t.standIn.gateway.whenReady();
		await answers();
	});
});
