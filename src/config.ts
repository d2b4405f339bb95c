import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

/** Molly's settings, read once from the environment. `token` is kept out of `JSON.stringify` and logs. */
export interface Config {
	readonly token: string;
	/** REST base, e.g. `https://discord.com/api`; discord.js appends `/v10`. */
	readonly apiUrl: string;
	readonly clientId: string | null;
	readonly guildId: string | null;
	readonly logLevel: LogLevel;
	/** Absolute path of the folder holding `articles/`. */
	readonly dataDir: string;
	/** Where settings, scores and schedules live: `sqlite://PATH` (default) or `redis://HOST:PORT`. */
	readonly storeUrl: string;
	/** Hours after a daily post that its answer is revealed, unless the next day's post comes first. */
	readonly dailyRevealHours: number;
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LEVELS)[number];

/** A start-up problem with one variable; `message` is a single line fit to print as is. */
export class ConfigError extends Error {
	override readonly name = 'ConfigError';
	constructor(
		readonly variable: string,
		message: string,
	) {
		super(message);
	}
}

const OFFLINE = 'to try Molly without Discord, run: npm run ask -- "why did Halstead leave"';
const snowflake = z.string().regex(/^\d{17,20}$/);

/** How to fix each variable, shown in the one line that stops start-up. Never echoes the token. */
const HINTS = {
	DISCORD_TOKEN: {
		missing: `DISCORD_TOKEN is not set: put your bot token (Developer Portal > Bot > Reset Token) in .env (see .env.example); ${OFFLINE}`,
		invalid: 'DISCORD_TOKEN is malformed: set it to the bare bot token, with no "Bot " prefix, quotes or spaces',
	},
	DISCORD_API_URL: {
		invalid: 'DISCORD_API_URL must be an http(s) URL such as https://discord.com/api; unset it to use Discord itself',
	},
	DISCORD_CLIENT_ID: {
		missing: "DISCORD_CLIENT_ID is not set: put your application's id (Developer Portal > General Information) in .env",
		invalid:
			"DISCORD_CLIENT_ID must be your application's numeric id (17-20 digits, Developer Portal > General Information)",
	},
	DISCORD_GUILD_ID: {
		invalid:
			'DISCORD_GUILD_ID must be a server id (17-20 digits: Developer Mode, right-click the server, Copy Server ID), or unset',
	},
	LOG_LEVEL: { invalid: `LOG_LEVEL must be one of ${LEVELS.join(', ')}` },
	DATA_DIR: { invalid: 'DATA_DIR must be a folder that holds articles/; unset it to use ./data' },
	STORE_URL: {
		invalid:
			'STORE_URL must be sqlite://PATH (e.g. sqlite://var/molly.sqlite) or redis://HOST:PORT; unset it for the default SQLite file',
	},
	DAILY_REVEAL_HOURS: { invalid: 'DAILY_REVEAL_HOURS must be a whole number of hours from 1 to 24; unset it for 12' },
} as const;
type Variable = keyof typeof HINTS;

const schema = z.object({
	DISCORD_TOKEN: z.string().regex(/^[^\s"']+$/),
	DISCORD_API_URL: z.url({ protocol: /^https?$/ }).default('https://discord.com/api'),
	DISCORD_CLIENT_ID: snowflake.optional(),
	DISCORD_GUILD_ID: snowflake.optional(),
	LOG_LEVEL: z.enum(LEVELS).default('info'),
	DATA_DIR: z.string().default('data'),
	STORE_URL: z
		.string()
		.regex(/^(sqlite:\/\/.+|rediss?:\/\/.+)$/)
		.default('sqlite://var/molly.sqlite'),
	DAILY_REVEAL_HOURS: z.coerce.number().int().min(1).max(24).default(12),
});

function fail(variable: Variable, problem: 'missing' | 'invalid'): never {
	const hints: Record<string, string> = HINTS[variable];
	throw new ConfigError(variable, hints[problem] ?? hints.invalid ?? variable);
}

/**
 * Validates an environment. Throws a {@link ConfigError} naming the first bad variable; `need` lists optional
 * variables that this caller requires (deploy-commands needs `DISCORD_CLIENT_ID`).
 */
export function parseConfig(env: NodeJS.ProcessEnv, need: Variable[] = []): Config {
	// An empty `KEY=` line in .env means "not set", as people write it.
	const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
	const result = schema.safeParse(present);
	if (!result.success) {
		const variable = String(result.error.issues[0]?.path[0]) as Variable;
		fail(variable, present[variable] === undefined ? 'missing' : 'invalid');
	}
	const vars = result.data;
	for (const variable of need) if (vars[variable as keyof typeof vars] === undefined) fail(variable, 'missing');
	const dataDir = resolve(vars.DATA_DIR);
	if (!statSync(dataDir, { throwIfNoEntry: false })?.isDirectory()) fail('DATA_DIR', 'invalid');
	const config = {
		apiUrl: vars.DISCORD_API_URL.replace(/\/+$/, ''),
		clientId: vars.DISCORD_CLIENT_ID ?? null,
		guildId: vars.DISCORD_GUILD_ID ?? null,
		logLevel: vars.LOG_LEVEL,
		dataDir,
		storeUrl: vars.STORE_URL,
		dailyRevealHours: vars.DAILY_REVEAL_HOURS,
	};
	// Non-enumerable, so logging or serialising the config can never print the token.
	return Object.freeze(
		Object.defineProperty(config, 'token', { value: vars.DISCORD_TOKEN, enumerable: false }),
	) as Config;
}

/** Loads `.env` (without overriding variables already set) and validates the result. */
export function loadConfig(need: Variable[] = []): Config {
	loadDotenv({ quiet: true, path: process.env.DOTENV_CONFIG_PATH ?? '.env' });
	return parseConfig(process.env, need);
}
