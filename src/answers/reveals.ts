import type { Season } from '../spoilers/season-data';
import { seasonsIn } from '../spoilers/seasons';

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];

/** The season on air at a date, or the next one to premiere when the date falls between seasons. */
function seasonAt(date: string, seasons: readonly Season[]): number | null {
	for (const s of seasons) {
		if (s.premiere === null) continue;
		if (date < s.premiere) return s.season;
		if (s.finale === null || date <= s.finale) return s.season;
	}
	return null;
}

/**
 * The seasons a quote gives away: those it names ("the Season 11 finale"), those its dates fall in ("in
 * October 2023", between seasons 10 and 11, is news about 11), and, when it names none, those of the section
 * heading it sits under. A quote that reveals none is not a spoiler.
 */
export function seasonsRevealed(text: string, heading: string | null, seasons: readonly Season[]): number[] {
	const found = new Set(seasonsIn(text));
	for (const m of text.matchAll(
		/\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/g,
	)) {
		const month = String(MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1).padStart(2, '0');
		const season = seasonAt(`${m[2]}-${month}-15`, seasons);
		if (season !== null) found.add(season);
	}
	if (found.size === 0 && heading) for (const n of seasonsIn(heading)) found.add(n);
	return [...found].sort((a, b) => a - b);
}
