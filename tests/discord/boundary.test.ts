import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { APOLOGY, triage } from '../../src/discord/boundary';
import { UserError } from '../../src/discord/errors';

const discordError = (code: number) =>
	new DiscordAPIError({ code, message: 'x' }, code, 404, 'POST', 'https://x', { body: {} });

describe('triage', () => {
	it('GIVEN a UserError THEN the user sees its message and the code is kept', () => {
		expect(triage(new UserError('question-empty', 'Ask me something first.'))).toEqual({
			kind: 'user',
			code: 'question-empty',
			message: 'Ask me something first.',
		});
	});

	it.each([10062, 40060, 10015])('GIVEN Discord error %i THEN the interaction is gone and nothing is sent', (code) => {
		expect(triage(discordError(code))).toEqual({ kind: 'gone', code });
	});

	it('GIVEN any other error THEN the user gets the short apology', () => {
		expect(triage(new TypeError('undefined is not a function'))).toEqual({ kind: 'bug', message: APOLOGY });
		expect(triage(discordError(50013))).toEqual({ kind: 'bug', message: APOLOGY });
		expect(triage('a string')).toEqual({ kind: 'bug', message: APOLOGY });
	});
});
