import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config';

const TOKEN = 'MTIz.NDU2.Nzg5-abc_DEF';
const problem = (env: NodeJS.ProcessEnv, need: Parameters<typeof parseConfig>[1] = []) => {
	try {
		parseConfig(env, need);
		return null;
	} catch (error) {
		if (!(error instanceof ConfigError)) throw error;
		return { variable: error.variable, message: error.message };
	}
};

describe('parseConfig', () => {
	it('GIVEN only a token THEN every other setting has its documented default', () => {
		const config = parseConfig({ DISCORD_TOKEN: TOKEN });
		expect(config).toMatchObject({
			apiUrl: 'https://discord.com/api',
			clientId: null,
			guildId: null,
			logLevel: 'info',
		});
		expect(config.dataDir).toMatch(/\/data$/);
		expect(config.token).toBe(TOKEN);
	});

	it('GIVEN a config THEN serialising it never shows the token', () => {
		const config = parseConfig({ DISCORD_TOKEN: TOKEN });
		expect(JSON.stringify(config)).not.toContain(TOKEN);
		expect(Object.keys(config)).not.toContain('token');
	});

	it('GIVEN no token, or an empty one THEN the one line names it and points to the offline npm run ask', () => {
		for (const env of [{}, { DISCORD_TOKEN: '' }]) {
			const found = problem(env);
			expect(found?.variable).toBe('DISCORD_TOKEN');
			expect(found?.message).toContain('npm run ask -- "why did Halstead leave"');
			expect(found?.message).not.toContain('\n');
		}
	});

	it.each([
		['DISCORD_TOKEN', `Bot ${TOKEN}`],
		['DISCORD_API_URL', 'discord.com/api'],
		['DISCORD_API_URL', 'ftp://discord.com/api'],
		['DISCORD_CLIENT_ID', 'my-bot'],
		['DISCORD_GUILD_ID', '123'],
		['LOG_LEVEL', 'verbose'],
		['DATA_DIR', '/no/such/folder'],
	])(
		'GIVEN a malformed %s THEN start-up stops with one line naming it, without echoing the token',
		(variable, value) => {
			const found = problem({ DISCORD_TOKEN: TOKEN, [variable]: value });
			expect(found?.variable).toBe(variable);
			expect(found?.message.startsWith(variable)).toBe(true);
			expect(found?.message).not.toContain(TOKEN);
			expect(found?.message).not.toContain('\n');
		},
	);

	it('GIVEN deploy-commands needs the client id THEN a missing one is named', () => {
		expect(problem({ DISCORD_TOKEN: TOKEN }, ['DISCORD_CLIENT_ID'])?.message).toMatch(/^DISCORD_CLIENT_ID is not set/);
		expect(
			parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '1234567890123456789' }, ['DISCORD_CLIENT_ID']).clientId,
		).toBe('1234567890123456789');
	});

	it('GIVEN a REST base with a trailing slash THEN it is normalised', () => {
		expect(parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: 'http://127.0.0.1:9/api/' }).apiUrl).toBe(
			'http://127.0.0.1:9/api',
		);
	});
});
