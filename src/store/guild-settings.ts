import { z } from 'zod';
import { emptySettings, spoilerSettingsSchema } from '../spoilers/policy';
import type { Namespace } from './namespace';
import type { Store } from './store';

/**
 * Everything a server's moderators configure, stored as one record per guild. New sections must be optional or
 * have a `.default(…)`, so records written before they existed still validate.
 */
export const guildSettingsSchema = z.object({
	spoilers: spoilerSettingsSchema.default(emptySettings),
});
export type GuildSettings = z.infer<typeof guildSettingsSchema>;

/** The guild-settings namespace of `store`, keyed by guild id. */
export function guildSettings(store: Store): Namespace<GuildSettings> {
	return store.namespace('guild-settings', guildSettingsSchema);
}
