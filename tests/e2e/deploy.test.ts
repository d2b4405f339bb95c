import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownLines, runScript } from '../support/child';
import { commandFiles } from '../support/command-files';
import { commandProblems } from '../support/limits';
import { StandIn } from '../support/stand-in';

let standIn: StandIn;
beforeAll(async () => {
	standIn = await StandIn.start();
});
afterAll(() => standIn?.close());

type Option = { name: string; description: string; max_length?: number; autocomplete?: boolean; required?: boolean };
type Registered = { name: string; description: string; options?: Option[] };

describe('npm run deploy-commands', () => {
	it('GIVEN DISCORD_GUILD_ID THEN the commands are registered in that server, within Discord limits', async () => {
		const env = {
			DISCORD_TOKEN: standIn.token,
			DISCORD_API_URL: standIn.url,
			DISCORD_CLIENT_ID: standIn.applicationId,
		};
		const deploy = runScript('deploy-commands', { ...env, DISCORD_GUILD_ID: standIn.guildId });
		expect(await deploy.exited).toBe(0);
		const [put] = standIn.requestsTo('PUT', /\/commands$/);
		expect(put?.path).toBe(`/applications/${standIn.applicationId}/guilds/${standIn.guildId}/commands`);
		expect(put?.status).toBe(200);
		const body = put?.body as Registered[];
		expect(commandProblems(body as never)).toEqual([]);
		expect(body.map((c) => c.name).sort()).toEqual(commandFiles());
		expect(body.map((c) => c.name)).toEqual(expect.arrayContaining(['ask', 'help', 'sources', 'spoilers']));
		for (const command of body) {
			expect(command.description.length).toBeLessThanOrEqual(100);
			expect(command.options?.length ?? 0).toBeLessThanOrEqual(25);
		}
		const question = body.find((c) => c.name === 'ask')?.options?.[0];
		expect(question).toMatchObject({ name: 'question', required: true, max_length: 300, autocomplete: true });
		expect(deploy.stdout).toContain(`Registered ${commandFiles().length} commands for server ${standIn.guildId}:`);
		expect(deploy.stdout).toMatch(/\/ask - Ask about Chicago P\.D\./);
		expect(deploy.stdout + deploy.stderr).not.toContain(standIn.token);
	}, 30_000);

	it('GIVEN no DISCORD_GUILD_ID THEN the commands are registered globally', async () => {
		const env = {
			DISCORD_TOKEN: standIn.token,
			DISCORD_API_URL: standIn.url,
			DISCORD_CLIENT_ID: standIn.applicationId,
		};
		const deploy = runScript('deploy-commands', env);
		expect(await deploy.exited).toBe(0);
		expect(standIn.requestsTo('PUT', /\/commands$/).at(-1)).toMatchObject({
			path: `/applications/${standIn.applicationId}/commands`,
			status: 200,
		});
		expect(deploy.stdout).toContain(`Registered ${commandFiles().length} commands for every server`);
	}, 30_000);

	it('GIVEN no DISCORD_CLIENT_ID THEN it stops with one line naming it, before calling Discord', async () => {
		const before = standIn.requests.length;
		const deploy = runScript('deploy-commands', { DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.url });
		expect(await deploy.exited).toBe(1);
		expect(ownLines(deploy.stderr)).toEqual([expect.stringMatching(/^deploy-commands: DISCORD_CLIENT_ID is not set/)]);
		expect(standIn.requests.length).toBe(before);
	}, 30_000);
});
