import { UserError } from '../discord/errors';
import type { Logger } from '../log';
import {
	type GuildSettings,
	guildSettings,
	guildSettingsSchema,
	type Namespace,
	type Store,
	StoreError,
} from '../store';
import {
	decide,
	defaultPolicy,
	effectivePolicy,
	type SpoilerMode,
	type SpoilerPolicy,
	type SpoilerSettings,
} from './policy';
import { latestSeason, type Season } from './season-data';
import { applyChange, type PolicyChange, resetSettings } from './settings';

/** Where something is said: a server and a channel in it; `guildId` is `null` in a DM. An interaction is one. */
export interface Place {
	guildId: string | null;
	channelId: string | null;
}

export interface SpoilerServiceOptions {
	store: Store;
	/** The show's seasons (`loadSeasons()`), for the default policy. */
	seasons: readonly Season[];
	log: Logger;
	/** The clock that decides which season is the latest aired; injected so tests can fix it. */
	now?: () => Date;
}

/** Said when the settings cannot be read: answering anyway could show a spoiler the server asked to hide. */
export const UNREADABLE =
	"I can't read this server's spoiler settings right now, so I won't answer and risk a spoiler. Please try again in a moment.";
/** Said when a change cannot be saved; a write that timed out may still land, so it does not promise "nothing changed". */
export const UNSAVED =
	"I couldn't save the spoiler settings just now, so the change may not have been kept. Please check with /spoilers view in a moment.";

/**
 * The spoiler policy of every server, read from the store with defaults from the season data. It is what
 * `deps.spoilers` is: `policyFor` and `decisionFor` answer "show, tag or hide?", and `/spoilers` changes settings
 * through `change` and `reset`. A store failure is logged in full and reaches the user as a short `UserError`;
 * it is never read as "nothing set", which would quietly fall back to the defaults and show a spoiler.
 */
export class SpoilerService {
	readonly #settings: Namespace<GuildSettings>;
	readonly #seasons: readonly Season[];
	readonly #log: Logger;
	readonly #now: () => Date;

	constructor({ store, seasons, log, now = () => new Date() }: SpoilerServiceOptions) {
		this.#settings = guildSettings(store);
		this.#seasons = seasons;
		this.#log = log;
		this.#now = now;
	}

	/** The policy of a server whose moderators chose nothing: tag the latest aired season. */
	defaults(): SpoilerPolicy {
		return defaultPolicy(latestSeason(this.#seasons, this.#now()));
	}

	/** A server's stored spoiler settings, `undefined` when its moderators never changed anything. */
	async settings(guildId: string): Promise<SpoilerSettings | undefined> {
		return (await this.#read(guildId))?.spoilers;
	}

	/** The policy in force at `place`; outside a server (a DM) the defaults. */
	async policy({ guildId, channelId }: Place): Promise<SpoilerPolicy> {
		const defaults = this.defaults();
		if (guildId === null) return defaults;
		return effectivePolicy(await this.settings(guildId), channelId, defaults);
	}

	/** What to do with each quote said at `place` (an interaction is a place), by the seasons it reveals. */
	async policyFor(place: Place): Promise<(quote: { seasons: readonly number[] }) => SpoilerMode> {
		const policy = await this.policy(place);
		return (quote) => decide(policy, quote.seasons);
	}

	/** The same decision for a server and channel with no interaction at hand (the daily post). */
	async decisionFor(
		guildId: string | null,
		channelId: string | null,
	): Promise<(seasons: readonly number[]) => SpoilerMode> {
		const policy = await this.policy({ guildId, channelId });
		return (seasons) => decide(policy, seasons);
	}

	/** Applies a moderator's change to the server (or to `change.channelId`) and returns the settings now stored. */
	change(guildId: string, change: PolicyChange): Promise<SpoilerSettings> {
		return this.#update(guildId, (settings) => applyChange(settings, change));
	}

	/** Clears the server's own choices (channel overrides stay) or, given `channelId`, that channel's override. */
	reset(guildId: string, channelId?: string | null): Promise<SpoilerSettings> {
		return this.#update(guildId, (settings) => resetSettings(settings, channelId));
	}

	async #read(guildId: string): Promise<GuildSettings | undefined> {
		try {
			return await this.#settings.get(guildId);
		} catch (error) {
			throw this.#failure(error, guildId, 'read', UNREADABLE);
		}
	}

	/** Read, change, write back the whole record, so other sections of the guild's settings are kept. */
	async #update(guildId: string, next: (settings: SpoilerSettings | undefined) => SpoilerSettings) {
		const record = (await this.#read(guildId)) ?? guildSettingsSchema.parse({});
		const spoilers = next(record.spoilers);
		try {
			await this.#settings.set(guildId, { ...record, spoilers });
		} catch (error) {
			throw this.#failure(error, guildId, 'write', UNSAVED);
		}
		return spoilers;
	}

	#failure(error: unknown, guild: string, operation: 'read' | 'write', message: string): unknown {
		if (!(error instanceof StoreError)) return error;
		this.#log.error({ err: error, code: error.code, guild, operation }, 'spoiler settings store failed');
		return new UserError(`spoiler-settings-${operation}`, message);
	}
}
