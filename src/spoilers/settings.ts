import { emptySettings, type PolicyOverride, type SpoilerSettings } from './policy';

/** A moderator's change: the fields they gave; `channelId` set means that channel's override, else the server's. */
export interface PolicyChange extends PolicyOverride {
	channelId?: string | null;
}

/** Drops fields that follow the level above, so a stored override holds only real choices. */
function compact(override: PolicyOverride): PolicyOverride {
	const result: PolicyOverride = {};
	if (override.mode !== undefined) result.mode = override.mode;
	if (override.safeThrough !== undefined) result.safeThrough = override.safeThrough;
	return result;
}

/**
 * `settings` with `change` applied, leaving `settings` untouched. Fields the change leaves out keep their
 * current value, so `/spoilers set mode:hide` does not forget the server's safe-through season.
 */
export function applyChange(settings: SpoilerSettings | undefined, change: PolicyChange): SpoilerSettings {
	const current = settings ?? emptySettings();
	const { channelId, ...fields } = change;
	if (channelId === undefined || channelId === null) {
		return { ...current, server: compact({ ...current.server, ...compact(fields) }) };
	}
	const channel = compact({ ...current.channels[channelId], ...compact(fields) });
	// An override that chooses nothing is the same as none; keeping it would only clutter `/spoilers view`.
	if (Object.keys(channel).length === 0) return resetSettings(current, channelId);
	return { ...current, channels: { ...current.channels, [channelId]: channel } };
}

/**
 * `settings` with the server's own choices cleared (when `channelId` is absent) or one channel's override removed.
 * Clearing the server keeps channel overrides: a #spoilers channel stays one until it is reset by name.
 */
export function resetSettings(settings: SpoilerSettings | undefined, channelId?: string | null): SpoilerSettings {
	const current = settings ?? emptySettings();
	if (channelId === undefined || channelId === null) return { ...current, server: {} };
	const { [channelId]: _removed, ...channels } = current.channels;
	return { ...current, channels };
}
