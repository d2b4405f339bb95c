import { effectivePolicy, type SpoilerPolicy, type SpoilerSettings } from './policy';

/** What happens to a spoiler in each mode, as a phrase that follows "Quotes from season N on are…". */
const TREATMENT = {
	tag: 'wrapped in spoiler tags',
	hide: 'left out (Molly says that one was hidden)',
	show: 'shown as they are',
} as const;

/** One sentence a moderator can read at a glance, e.g. "Quotes from season 13 on are wrapped in spoiler tags; …". */
export function describePolicy(policy: SpoilerPolicy): string {
	if (policy.mode === 'show') return 'Every quote is shown as it is, spoilers included.';
	const treatment = TREATMENT[policy.mode];
	if (policy.safeThrough === null) return `Quotes that name any season are ${treatment}.`;
	const safe = policy.safeThrough === 1 ? 'season 1 is' : `seasons 1–${policy.safeThrough} are`;
	return `Quotes from season ${policy.safeThrough + 1} on are ${treatment}; ${safe} safe.`;
}

/**
 * The few lines `/spoilers view` shows: the server's policy, this channel's (when it differs), and how many
 * other channels have their own. `channelId` is `null` when asked outside a channel.
 */
export function describeSettings(
	settings: SpoilerSettings | undefined,
	channelId: string | null,
	defaults: SpoilerPolicy,
): string[] {
	const server = effectivePolicy(settings, null, defaults);
	const chosen = Object.keys(settings?.server ?? {}).length > 0;
	const lines = [`Server${chosen ? '' : ' (defaults)'}: ${describePolicy(server)}`];
	const overridden = channelId !== null && settings?.channels[channelId] !== undefined;
	if (channelId !== null) {
		const here = effectivePolicy(settings, channelId, defaults);
		lines.push(overridden ? `This channel: ${describePolicy(here)}` : 'This channel: same as the server.');
	}
	const others = Object.keys(settings?.channels ?? {}).filter((id) => id !== channelId).length;
	if (others === 1) lines.push('1 other channel has its own setting.');
	if (others > 1) lines.push(`${others} other channels have their own settings.`);
	lines.push('Quotes that name no season are never treated as spoilers.');
	return lines;
}
