import { randomBytes } from 'node:crypto';
import { PermissionFlagsBits } from 'discord.js';

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A real-looking snowflake: discord.js derives rate-limit buckets and timestamps from these. */
export function snowflake(at = Date.now()): string {
	increment = (increment + 1n) % 4096n;
	return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** Interaction tokens are long opaque strings; the bot must never log them. */
export function interactionToken(): string {
	return `aW50ZXJhY3Rpb246${randomBytes(96).toString('base64url')}`;
}

const bits = (...flags: bigint[]): string => flags.reduce((all, flag) => all | flag, 0n).toString();

/** What an ordinary member may do: read, write, use slash commands. */
export const MEMBER_PERMISSIONS = bits(
	PermissionFlagsBits.ViewChannel,
	PermissionFlagsBits.SendMessages,
	PermissionFlagsBits.ReadMessageHistory,
	PermissionFlagsBits.UseApplicationCommands,
	PermissionFlagsBits.EmbedLinks,
);
/** A moderator: a member who may also manage the server. */
export const MODERATOR_PERMISSIONS = bits(BigInt(MEMBER_PERMISSIONS), PermissionFlagsBits.ManageGuild);

export interface UserPayload {
	id: string;
	username: string;
	discriminator: string;
	global_name: string | null;
	avatar: string | null;
	bot?: boolean;
	public_flags: number;
}

export function user(id: string, username: string, bot = false): UserPayload {
	return {
		id,
		username,
		discriminator: '0',
		global_name: username,
		avatar: null,
		public_flags: 0,
		...(bot ? { bot } : {}),
	};
}

export function guildPayload(guildId: string, channelIds: string[], ownerId: string): Record<string, unknown> {
	return {
		id: guildId,
		name: 'One Chicago Fans',
		icon: null,
		owner_id: ownerId,
		unavailable: false,
		member_count: 2,
		large: false,
		joined_at: new Date().toISOString(),
		features: [],
		emojis: [],
		stickers: [],
		members: [],
		presences: [],
		voice_states: [],
		threads: [],
		stage_instances: [],
		guild_scheduled_events: [],
		preferred_locale: 'en-US',
		verification_level: 1,
		default_message_notifications: 1,
		explicit_content_filter: 0,
		mfa_level: 0,
		nsfw_level: 0,
		premium_tier: 0,
		system_channel_flags: 0,
		roles: [
			{
				id: guildId,
				name: '@everyone',
				permissions: MEMBER_PERMISSIONS,
				position: 0,
				color: 0,
				hoist: false,
				managed: false,
				mentionable: false,
				flags: 0,
			},
		],
		channels: channelIds.map((id, position) => ({
			id,
			type: 0,
			guild_id: guildId,
			name: position === 0 ? 'general' : `channel-${position}`,
			position,
			permission_overwrites: [],
			nsfw: false,
			topic: null,
			last_message_id: null,
			rate_limit_per_user: 0,
			parent_id: null,
		})),
	};
}

/** A message object as Discord returns it from webhooks and channel routes. */
export function messagePayload(
	channelId: string,
	author: UserPayload,
	body: Record<string, unknown>,
	id = snowflake(),
): Record<string, unknown> {
	return {
		id,
		type: 0,
		channel_id: channelId,
		author,
		content: typeof body.content === 'string' ? body.content : '',
		timestamp: new Date().toISOString(),
		edited_timestamp: null,
		tts: false,
		mention_everyone: false,
		mentions: [],
		mention_roles: [],
		attachments: [],
		embeds: Array.isArray(body.embeds) ? body.embeds : [],
		components: Array.isArray(body.components) ? body.components : [],
		pinned: false,
		flags: typeof body.flags === 'number' ? body.flags : 0,
	};
}
