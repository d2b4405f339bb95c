import { type Client, Routes, ShardClientUtil } from 'discord.js';
import type { DailyPlatform } from './job';
import { renderPost, renderReveal } from './render';

/**
 * A nonce Discord checks for uniqueness over the last few minutes (with `enforce_nonce`): if the REST client
 * retries a send whose first attempt did arrive, Discord returns that message instead of posting a second one.
 * At most 25 characters.
 */
function nonceFor(guildId: string, postId: string): string {
	return `${BigInt(guildId).toString(36)}${postId.replace(/-/g, '')}`.slice(0, 25);
}

/**
 * The daily job's view of a logged-in client: posts over REST (so a channel missing from the cache still gets a
 * clear 10003 instead of a cache miss), and the servers this process's shards own.
 */
export function discordPlatform(client: Client): DailyPlatform {
	return {
		poster: {
			async send(post) {
				const body = { ...renderPost(post), nonce: nonceFor(post.guildId, post.postId), enforce_nonce: true };
				const message = (await client.rest.post(Routes.channelMessages(post.channelId), { body })) as { id: string };
				return message.id;
			},
			async reveal(result) {
				const { channelId, messageId } = result.post;
				if (messageId === null) return;
				await client.rest.patch(Routes.channelMessage(channelId, messageId), { body: renderReveal(result) });
			},
		},
		guilds: () => client.guilds.cache.keys(),
		owns(guildId) {
			const guild = client.guilds.cache.get(guildId);
			// An unavailable server (a Discord outage) is tried again at the next check, before its day is claimed.
			if (!guild?.available) return false;
			const { shards, shardCount } = client.options;
			if (!Array.isArray(shards) || typeof shardCount !== 'number') return true;
			return shards.includes(ShardClientUtil.shardIdForGuildId(guildId, shardCount));
		},
	};
}
