import { Client, type ClientOptions, GatewayIntentBits, Options } from 'discord.js';
import type { Config } from '../config';

/** Overrides for tests and benchmarks (e.g. a higher `rest.globalRequestsPerSecond`); production passes none. */
export type ClientOverrides = { rest?: ClientOptions['rest'] };

/**
 * The discord.js client Molly runs on: slash commands need only the Guilds intent (no privileged ones), mentions
 * are off unless a message names them, and the REST base comes from config so a proxy or stand-in can be used.
 */
export function createClient(config: Pick<Config, 'apiUrl'>, overrides: ClientOverrides = {}): Client {
	return new Client({
		intents: [GatewayIntentBits.Guilds],
		allowedMentions: { parse: [] },
		rest: { api: config.apiUrl, ...overrides.rest },
		// Molly never reads messages or member lists; keep the caches small so memory stays flat.
		makeCache: Options.cacheWithLimits({
			...Options.DefaultMakeCacheSettings,
			MessageManager: 0,
			ReactionManager: 0,
			PresenceManager: 0,
			GuildMemberManager: { maxSize: 200, keepOverLimit: (member) => member.id === member.client.user.id },
			UserManager: { maxSize: 200, keepOverLimit: (user) => user.id === user.client.user.id },
		}),
	});
}
