import { once } from 'node:events';
import { type Client, Events } from 'discord.js';
import type { Config } from '../config';
import { type ClientOverrides, createClient } from './client';
import type { Command, Deps } from './command';
import { createRouter } from './router';

/** A logged-in bot; `stop()` lets in-flight replies finish, then closes the gateway connection. */
export interface Bot {
	client: Client;
	/** Replies still being worked on. */
	readonly inFlight: number;
	stop(graceMs?: number): Promise<void>;
}

export interface BotOptions {
	config: Pick<Config, 'apiUrl' | 'token'>;
	deps: Deps;
	commands: ReadonlyMap<string, Command>;
	client?: ClientOverrides;
}

/** Creates the client, routes interactions, logs in and resolves once Discord has sent the guilds. */
export async function startBot({ config, deps, commands, client: overrides }: BotOptions): Promise<Bot> {
	const { log } = deps;
	const client = createClient(config, overrides);
	const route = createRouter(commands, deps);
	const inFlight = new Set<Promise<void>>();
	let stopping = false;

	client.on(Events.InteractionCreate, (interaction) => {
		// While shutting down, an unanswered interaction simply times out for the user, as when the bot is offline.
		if (stopping) return;
		const work = route(interaction).finally(() => inFlight.delete(work));
		inFlight.add(work);
	});
	client.on(Events.Error, (error) => log.error({ err: error }, 'client error'));
	client.on(Events.Warn, (message) => log.warn(message));
	client.on(Events.ShardDisconnect, (event) => log.warn({ code: event.code }, 'gateway disconnected'));
	client.on(Events.ShardResume, () => log.info('gateway session resumed'));
	client.rest.on('rateLimited', (info) => log.warn({ route: info.route, retryAfter: info.retryAfter }, 'rate limited'));

	const ready = once(client, Events.ClientReady);
	try {
		await client.login(config.token);
		await ready;
	} catch (error) {
		await client.destroy();
		throw error;
	}
	log.info({ user: client.user?.tag, guilds: client.guilds.cache.size, commands: [...commands.keys()] }, 'ready');

	return {
		client,
		get inFlight() {
			return inFlight.size;
		},
		async stop(graceMs = 10_000) {
			stopping = true;
			const grace = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
			await Promise.race([Promise.allSettled([...inFlight]), grace]);
			await client.destroy();
		},
	};
}
