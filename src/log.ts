import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config';

export type { Logger } from 'pino';

/** Interaction and webhook tokens sit in REST paths; they grant 15 minutes of replies, so they are secrets too. */
const ROUTE_TOKENS = /((?:interactions|webhooks)\/\d+\/)[\w.-]{20,}/g;

/** Removes the bot token and interaction tokens from any text about to be logged. */
export function scrubber(secrets: readonly string[]): (text: string) => string {
	const live = secrets.filter((secret) => secret.length >= 8);
	return (text) => {
		let out = text.replace(ROUTE_TOKENS, '$1[redacted]');
		for (const secret of live) out = out.replaceAll(secret, '[redacted]');
		return out;
	};
}

/** Errors from @discordjs/rest carry the request URL and body: keep what helps, drop what may leak. */
function errorSerializer(scrub: (text: string) => string) {
	return (error: unknown) => {
		if (!(error instanceof Error)) return { message: scrub(String(error)) };
		const extra = error as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
		return {
			type: error.name,
			message: scrub(error.message),
			code: extra.code,
			status: extra.status,
			method: extra.method,
			url: typeof extra.url === 'string' ? scrub(extra.url) : undefined,
			stack: error.stack ? scrub(error.stack) : undefined,
		};
	};
}

/**
 * Creates Molly's structured logger. Three layers keep secrets out: known keys are redacted, errors are
 * serialised through the scrubber, and every line is scrubbed once more just before it is written.
 */
export function createLogger(options: {
	level: LogLevel;
	secrets?: readonly string[];
	destination?: DestinationStream;
}): Logger {
	const scrub = scrubber(options.secrets ?? []);
	return pino(
		{
			level: options.level,
			base: { name: 'molly' },
			redact: {
				paths: [
					'token',
					'*.token',
					'authorization',
					'*.authorization',
					'headers.authorization',
					'*.headers.authorization',
				],
				censor: '[redacted]',
			},
			serializers: { err: errorSerializer(scrub), error: errorSerializer(scrub) },
			hooks: { streamWrite: scrub },
		},
		options.destination ?? pino.destination({ dest: 1, sync: true }),
	);
}
