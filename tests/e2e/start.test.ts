import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownLines, runScript } from '../support/child';
import { commandFiles } from '../support/command-files';
import { embedOf, finalMessage, summary } from '../support/replies';
import { StandIn } from '../support/stand-in';

let standIn: StandIn;
beforeAll(async () => {
	standIn = await StandIn.start();
});
afterAll(() => standIn?.close());

describe('npm start', () => {
	it.each(['SIGTERM', 'SIGINT'] as const)(
		'GIVEN a token and the stand-in THEN it logs ready, answers /ask, and exits 0 on %s',
		async (signal) => {
			const bot = runScript('start', {
				DISCORD_TOKEN: standIn.token,
				DISCORD_API_URL: standIn.url,
				LOG_LEVEL: 'debug',
			});
			try {
				const ready = JSON.parse(await bot.waitFor(/"msg":"ready"/));
				expect(ready).toMatchObject({ user: 'Molly', guilds: 1, commands: commandFiles() });
				const requests = await standIn.slash('ask', { question: 'why did Halstead leave' });
				expect(summary(requests)).toEqual(['POST callback:4 204']);
				expect(embedOf(finalMessage(requests)).description).toMatch(/^> .*\[1\]/m);
				const started = performance.now();
				expect(summary(await standIn.autocomplete('ask', 'question', ''))).toEqual(['POST callback:8 204']);
				expect(performance.now() - started).toBeLessThan(1000);
				expect(summary(await standIn.slash('sources'))).toEqual(['POST callback:4 204']);
				bot.process.kill(signal);
				expect(await bot.exited).toBe(0);
				expect(bot.stdout).toContain('"msg":"stopped"');
				expect(bot.stdout + bot.stderr).not.toContain(standIn.token);
				for (const token of standIn.interactions.keys()) expect(bot.stdout).not.toContain(token);
			} finally {
				bot.process.kill('SIGKILL');
			}
		},
		30_000,
	);

	it('GIVEN no DISCORD_TOKEN THEN it exits 1 with one line naming the variable and the offline command', async () => {
		const bot = runScript('start', { DISCORD_TOKEN: '' });
		expect(await bot.exited).toBe(1);
		const lines = ownLines(bot.stderr);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^molly: DISCORD_TOKEN is not set: .*npm run ask -- "why did Halstead leave"$/);
	}, 30_000);

	it('GIVEN a malformed DISCORD_API_URL THEN it exits 1 with one line naming it', async () => {
		const bot = runScript('start', { DISCORD_TOKEN: standIn.token, DISCORD_API_URL: 'discord.com/api' });
		expect(await bot.exited).toBe(1);
		expect(ownLines(bot.stderr)).toEqual([expect.stringMatching(/^molly: DISCORD_API_URL must be an http\(s\) URL/)]);
		expect(bot.stderr).not.toContain(standIn.token);
	}, 30_000);

	it('GIVEN a token Discord rejects THEN it exits 1 with one line saying so, without the token', async () => {
		const bot = runScript('start', { DISCORD_TOKEN: 'not.the.right-token', DISCORD_API_URL: standIn.url });
		expect(await bot.exited).toBe(1);
		expect(ownLines(bot.stderr)).toEqual([expect.stringMatching(/^molly: DISCORD_TOKEN was rejected by Discord/)]);
		expect(bot.stdout + bot.stderr).not.toContain('not.the.right-token');
		expect(standIn.requestsTo('GET', /^\/gateway\/bot$/).at(-1)?.status).toBe(401);
	}, 30_000);
});
