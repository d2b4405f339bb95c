import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubber } from '../../src/log';

const TOKEN = 'MTIz.NDU2.Nzg5-secret_token';
const INTERACTION_TOKEN = `aW50ZXJhY3Rpb246${'x'.repeat(80)}`;

function capture() {
	const lines: string[] = [];
	const log = createLogger({ level: 'debug', secrets: [TOKEN], destination: { write: (line) => lines.push(line) } });
	return { log, text: () => lines.join('') };
}

describe('the logger', () => {
	it('GIVEN the token under a known key THEN it is redacted', () => {
		const { log, text } = capture();
		log.info({ token: TOKEN, config: { token: TOKEN }, headers: { authorization: `Bot ${TOKEN}` } }, 'hello');
		expect(text()).not.toContain(TOKEN);
		expect(text()).toContain('[redacted]');
	});

	it('GIVEN the token inside any message or value THEN it is scrubbed before writing', () => {
		const { log, text } = capture();
		log.warn({ detail: `login with ${TOKEN} failed` }, `token was ${TOKEN}`);
		expect(text()).not.toContain(TOKEN);
	});

	it('GIVEN a Discord error for an interaction THEN its URL is logged without the interaction token', () => {
		const { log, text } = capture();
		const url = `https://discord.com/api/v10/interactions/1234567890123456789/${INTERACTION_TOKEN}/callback`;
		const error = new DiscordAPIError({ code: 10062, message: 'Unknown interaction' }, 10062, 404, 'POST', url, {
			body: {},
		});
		log.error({ err: error }, 'failed');
		const entry = JSON.parse(text());
		expect(entry.err).toMatchObject({ code: 10062, status: 404, method: 'POST' });
		expect(entry.err.url).toBe('https://discord.com/api/v10/interactions/1234567890123456789/[redacted]/callback');
		expect(text()).not.toContain(INTERACTION_TOKEN);
	});

	it('GIVEN webhook paths THEN the scrubber hides their tokens and keeps the ids', () => {
		const scrub = scrubber([]);
		expect(scrub(`/webhooks/42/${INTERACTION_TOKEN}/messages/@original`)).toBe(
			'/webhooks/42/[redacted]/messages/@original',
		);
	});
});
