/** Discord shows at most 25 autocomplete choices. */
export const MAX_ZONE_CHOICES = 25;

// Node's ICU lists some zones only under their old names (Asia/Calcutta, Europe/Kiev); Intl accepts the
// current names too, and people type them, so they are offered alongside.
const CURRENT_NAMES = [
	'Asia/Kolkata',
	'Asia/Kathmandu',
	'Asia/Ho_Chi_Minh',
	'Asia/Yangon',
	'Europe/Kyiv',
	'America/Nuuk',
	'Atlantic/Faroe',
	'Pacific/Kanton',
];

// What an empty autocomplete box shows first: the show is set in Chicago.
const FIRST_CHOICES = ['America/Chicago', 'America/New_York', 'America/Los_Angeles', 'Europe/London', 'UTC'];

/** Every zone name offered to users: Intl's list, 'UTC' (which Intl leaves out) and current spellings. */
export function zoneNames(): string[] {
	const names = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', ...CURRENT_NAMES]);
	return [...names].filter(isKnownZone).sort();
}

/** Whether Intl accepts `timeZone` as an IANA zone name (offsets such as '+05:00' are refused). */
export function isKnownZone(timeZone: string): boolean {
	if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(timeZone)) return false;
	try {
		new Intl.DateTimeFormat('en-US', { timeZone });
		return true;
	} catch {
		return false;
	}
}

/**
 * The spelling to store for a zone the user typed: the listed name matched without regard to case, else
 * Intl's own canonical name, else null when the zone is unknown.
 */
export function canonicalZone(input: string, names: readonly string[] = zoneNames()): string | null {
	const wanted = input.trim();
	const listed = names.find((name) => name.toLowerCase() === wanted.toLowerCase());
	if (listed) return listed;
	if (!isKnownZone(wanted)) return null;
	return new Intl.DateTimeFormat('en-US', { timeZone: wanted }).resolvedOptions().timeZone;
}

/**
 * Zone names matching what the user has typed so far, best first, at most `limit`.
 *
 * Ranks an exact name, then a city (last segment) equal to the query, then a city starting with it, then
 * any segment starting with it, then any substring; spaces count as underscores, so "new york" finds
 * America/New_York. Ties go to the shorter name.
 */
export function searchZones(query: string, limit = MAX_ZONE_CHOICES, names: readonly string[] = zoneNames()): string[] {
	const wanted = query.trim().toLowerCase().replace(/\s+/g, '_');
	if (wanted === '') {
		const rest = names.filter((name) => !FIRST_CHOICES.includes(name));
		return [...FIRST_CHOICES.filter((name) => names.includes(name)), ...rest].slice(0, limit);
	}
	const ranked: { name: string; rank: number }[] = [];
	for (const name of names) {
		const rank = rankZone(name.toLowerCase(), wanted);
		if (rank !== null) ranked.push({ name, rank });
	}
	ranked.sort((a, b) => a.rank - b.rank || a.name.length - b.name.length || a.name.localeCompare(b.name));
	return ranked.slice(0, limit).map((hit) => hit.name);
}

function rankZone(name: string, wanted: string): number | null {
	if (name === wanted) return 0;
	const segments = name.split('/');
	const city = segments.at(-1) ?? name;
	if (city === wanted) return 1;
	if (city.startsWith(wanted)) return 2;
	if (segments.some((segment) => segment.startsWith(wanted)) || name.startsWith(wanted)) return 3;
	if (name.includes(wanted)) return 4;
	return null;
}
