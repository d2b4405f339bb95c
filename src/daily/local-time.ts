/** The wall clock of a time zone at one instant: its calendar date, time of day and UTC offset. */
export interface WallClock {
	/** Local calendar date, 'YYYY-MM-DD'. */
	date: string;
	/** Seconds since local midnight as shown on the wall clock (a fall-back day shows some twice). */
	secondOfDay: number;
	/** Local time minus UTC, in minutes. */
	offsetMinutes: number;
}

// Building an Intl.DateTimeFormat costs far more than using one, and the minute-by-minute simulations
// call this half a million times; a formatter is immutable, so one per zone is safe to share.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			// h23, not hour12: false, which some engines render as hour 24 at midnight.
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** Reads the wall clock of `timeZone` at `instant`. Throws a RangeError for a zone Intl does not know. */
export function wallClock(instant: Date, timeZone: string): WallClock {
	const [year, month, day, hour, minute, second] = readFields(formatterFor(timeZone), instant);
	const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
	const asIfUtc = Date.UTC(year, month - 1, day, hour, minute, second);
	return {
		date: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`,
		secondOfDay: hour * 3600 + minute * 60 + second,
		offsetMinutes: Math.round((asIfUtc - wholeSeconds) / 60_000),
	};
}

type Fields = [year: number, month: number, day: number, hour: number, minute: number, second: number];

function readFields(formatter: Intl.DateTimeFormat, instant: Date): Fields {
	// format() is three times faster than formatToParts(), which matters when polling minute by minute;
	// en-US numeric output is 'M/D/YYYY, HH:MM:SS', and formatToParts stays as the fallback should ICU
	// ever change the separators.
	const match = /^(\d+)\/(\d+)\/(\d+)\D+(\d+):(\d+):(\d+)$/.exec(formatter.format(instant));
	if (match) {
		const [, month, day, year, hour, minute, second] = match.map(Number) as number[];
		return [year, month, day, hour, minute, second] as Fields;
	}
	const fields: Record<string, number> = {};
	for (const part of formatter.formatToParts(instant)) fields[part.type] = Number(part.value);
	const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
	return [year, month, day, hour, minute, second];
}

/**
 * The local calendar date ('YYYY-MM-DD') of `instant` in `timeZone`.
 *
 * @example localDate(new Date('2025-06-01T03:00:00Z'), 'America/Chicago') // '2025-05-31'
 */
export function localDate(instant: Date, timeZone: string): string {
	return wallClock(instant, timeZone).date;
}

/** The calendar date `days` after `date` (both 'YYYY-MM-DD'); calendar dates have no zone, so UTC maths is exact. */
export function addDays(date: string, days: number): string {
	const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}
