import { z } from 'zod';

/** What Molly does with a spoiler: wrap it in `||…||`, leave it out (saying one was hidden), or show it plainly. */
export const spoilerModes = ['tag', 'hide', 'show'] as const;
export type SpoilerMode = (typeof spoilerModes)[number];

/**
 * How one place (a server, or a channel in it) treats spoilers. `safeThrough: N` means seasons 1..N are not
 * spoilers; `null` means no season is safe, so every quote that names a season is a spoiler.
 */
export interface SpoilerPolicy {
	mode: SpoilerMode;
	safeThrough: number | null;
}

/** Seasons are numbered from 1; "nothing is safe" is `null`, so 0 is refused to keep one spelling of it. */
const safeThroughSchema = z.number().int().min(1).max(99).nullable();

/** Only what moderators chose: an absent field follows the level above (channel → server → defaults). */
export const policyOverrideSchema = z.object({
	mode: z.enum(spoilerModes).optional(),
	safeThrough: safeThroughSchema.optional(),
});
export type PolicyOverride = z.infer<typeof policyOverrideSchema>;

/**
 * A server's spoiler settings as stored: its own choices and per-channel overrides, keyed by channel id.
 * Defaults are not stored, so they follow the show: when a new season airs, "the latest season" moves with it.
 */
export const spoilerSettingsSchema = z.object({
	server: policyOverrideSchema,
	channels: z.record(z.string().regex(/^\d+$/, 'a channel id'), policyOverrideSchema),
});
export type SpoilerSettings = z.infer<typeof spoilerSettingsSchema>;

/** The settings of a server whose moderators have chosen nothing (a fresh object each time, safe to change). */
export function emptySettings(): SpoilerSettings {
	return { server: {}, channels: {} };
}

/** The policy before anyone changes it: tag quotes from the latest aired season; earlier seasons are safe. */
export function defaultPolicy(latestSeason: number): SpoilerPolicy {
	return { mode: 'tag', safeThrough: latestSeason > 1 ? latestSeason - 1 : null };
}

/**
 * The policy in force in one channel: the channel's override over the server's choices over `defaults`.
 * `channelId` is `null` outside a channel (a DM, or asking about the server as a whole).
 */
export function effectivePolicy(
	settings: SpoilerSettings | undefined,
	channelId: string | null,
	defaults: SpoilerPolicy,
): SpoilerPolicy {
	const server = settings?.server ?? {};
	const channel = (channelId === null ? undefined : settings?.channels[channelId]) ?? {};
	return {
		mode: firstChosen([channel.mode, server.mode], defaults.mode),
		safeThrough: firstChosen([channel.safeThrough, server.safeThrough], defaults.safeThrough),
	};
}

/** The first level that chose a value. Not `??`: `null` is a choice ("nothing is safe"), only `undefined` is not. */
function firstChosen<T>(levels: Array<T | undefined>, fallback: T): T {
	for (const level of levels) if (level !== undefined) return level;
	return fallback;
}

/** Whether `season` counts as a spoiler under `policy`. */
export function isSpoiler(policy: SpoilerPolicy, season: number): boolean {
	return policy.safeThrough === null || season > policy.safeThrough;
}

/**
 * What to do with a quote that mentions `seasons`: `show` it, `tag` it or `hide` it.
 * A quote is as much of a spoiler as the latest season it reveals; a quote that names no season is not a spoiler.
 */
export function decide(policy: SpoilerPolicy, seasons: readonly number[]): SpoilerMode {
	if (seasons.length === 0) return 'show';
	return isSpoiler(policy, Math.max(...seasons)) ? policy.mode : 'show';
}
