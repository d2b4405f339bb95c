/** Molly's durable storage. Open one `Store` in the composition root and pass it (or its namespaces) down. */
export type { Score } from './backend';
export { StoreError, type StoreErrorCode } from './errors';
export { type GuildSettings, guildSettings, guildSettingsSchema } from './guild-settings';
export { Leaderboard } from './leaderboard';
export { Counters, Namespace } from './namespace';
export { DefaultStoreOptions, openStore, Store, type StoreOptions } from './store';
