import { interactionToken, MEMBER_PERMISSIONS, snowflake, type UserPayload, user } from './payloads';

/** Who sends an interaction, and from where; every field has a sensible default. */
export interface InjectOptions {
	user?: UserPayload;
	/** The member's permission bit set, as a decimal string. */
	permissions?: string;
	channelId?: string;
	locale?: string;
	/** Deliver an interaction whose token has already expired (the bot took over 3 s): every reply gets 10062. */
	expired?: boolean;
	/** Instead of waiting for a final reply, resolve after this many quiet milliseconds (for error paths). */
	settle?: number;
	/** Give up (and reject with what was seen) after this many milliseconds. */
	timeout?: number;
}

export interface SlashOption {
	name: string;
	type: number;
	value?: string | number | boolean;
	focused?: boolean;
	options?: SlashOption[];
}

export interface Context {
	applicationId: string;
	guildId: string;
	channelId: string;
	bot: UserPayload;
}

export const FAN = user('190000000000000001', 'fan');

/** Builds the INTERACTION_CREATE payload discord.js needs (see DISCORD.md) for one interaction. */
export function interactionPayload(
	ctx: Context,
	type: 2 | 3 | 4,
	data: Record<string, unknown>,
	options: InjectOptions,
	message?: Record<string, unknown>,
): Record<string, unknown> {
	const member = {
		user: options.user ?? FAN,
		roles: [],
		permissions: options.permissions ?? MEMBER_PERMISSIONS,
		joined_at: new Date(0).toISOString(),
		deaf: false,
		mute: false,
		flags: 0,
		nick: null,
		avatar: null,
		premium_since: null,
		pending: false,
	};
	return {
		id: snowflake(),
		application_id: ctx.applicationId,
		type,
		token: interactionToken(),
		version: 1,
		guild_id: ctx.guildId,
		guild: { id: ctx.guildId, locale: 'en-US', features: [] },
		channel_id: options.channelId ?? ctx.channelId,
		channel: { id: options.channelId ?? ctx.channelId, type: 0, guild_id: ctx.guildId },
		member,
		locale: options.locale ?? 'en-US',
		guild_locale: 'en-US',
		app_permissions: MEMBER_PERMISSIONS,
		entitlements: [],
		authorizing_integration_owners: { '0': ctx.guildId },
		context: 0,
		attachment_size_limit: 10_485_760,
		data,
		...(message ? { message } : {}),
	};
}

/** A slash command's `data`: options given as a name -> value record are sent as string options. */
export function commandData(
	ctx: Context,
	name: string,
	options: Record<string, string | number | boolean> | SlashOption[],
): Record<string, unknown> {
	const list = Array.isArray(options)
		? options
		: Object.entries(options).map(([key, value]) => ({
				name: key,
				type: typeof value === 'string' ? 3 : typeof value === 'boolean' ? 5 : 10,
				value,
			}));
	return { id: snowflake(), name, type: 1, guild_id: ctx.guildId, options: list };
}
