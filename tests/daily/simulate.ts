import { type DueDecision, dueNow } from '../../src/daily/due';
import { nextRun, type Schedule } from '../../src/daily/schedule';

/** One message the simulated bot sent. */
export interface Post {
	claimKey: string;
	at: Date;
	timeZone: string;
}

export interface Simulation {
	/** The schedule in force from `start`. */
	schedule: Schedule;
	start: Date;
	end: Date;
	/** 'event' sleeps until nextRun (as the real job will); 'minute' polls every minute. */
	step: 'event' | 'minute';
	/** Windows [from, to) in which the bot is not running; it restarts at `to`. */
	down?: [Date, Date][];
	/** Schedule changes, each applied at its instant (the bot checks right after, as /daily set would). */
	changes?: { at: Date; schedule: Schedule }[];
	/** Pass the last post's instant to dueNow (the store keeps it beside the claim). */
	withLastPostedAt?: boolean;
	/** Pass the instant of the latest change (or `start`) as activeSince. */
	withActiveSince?: boolean;
}

export interface Outcome {
	posts: Post[];
	/** Dates reported as missed (by 'skip-missed' or beside a 'post'), each once. */
	skipped: string[];
	/** Claims refused by the set-if-absent store: each would have been a second post. */
	refusedClaims: string[];
}

/**
 * Runs the daily job against an injected clock: a set-if-absent claim store, restarts and schedule changes.
 * The bot's whole memory is what the store holds (last claim key and its instant), as after a restart.
 */
export function simulate(sim: Simulation): Outcome {
	const claims = new Map<string, Date>();
	const outcome: Outcome = { posts: [], skipped: [], refusedClaims: [] };
	const down = sim.down ?? [];
	const changes = [...(sim.changes ?? [])].sort((a, b) => a.at.getTime() - b.at.getTime());
	let schedule = sim.schedule;
	let activeSince = sim.start;
	let last: { key: string; at: Date } | null = null;
	let now = sim.start;

	while (now < sim.end) {
		while (changes[0] && changes[0].at <= now) {
			const change = changes.shift();
			if (change) ({ schedule, at: activeSince } = change);
		}
		const outage = down.find(([from, to]) => from <= now && now < to);
		if (outage) {
			now = outage[1];
			continue;
		}
		const decision: DueDecision = dueNow(schedule, now, last?.key ?? null, {
			lastPostedAt: sim.withLastPostedAt ? (last?.at ?? null) : null,
			activeSince: sim.withActiveSince ? activeSince : null,
		});
		if (decision.action === 'post') {
			if (claims.has(decision.claimKey)) outcome.refusedClaims.push(decision.claimKey);
			else {
				claims.set(decision.claimKey, now);
				last = { key: decision.claimKey, at: now };
				outcome.posts.push({ claimKey: decision.claimKey, at: now, timeZone: schedule.timeZone });
			}
		}
		if (decision.action !== 'wait' && decision.missedDate && !outcome.skipped.includes(decision.missedDate)) {
			outcome.skipped.push(decision.missedDate);
		}
		now = wakeAfter(sim, schedule, now, down, changes);
	}
	return outcome;
}

function wakeAfter(
	sim: Simulation,
	schedule: Schedule,
	now: Date,
	down: [Date, Date][],
	changes: { at: Date }[],
): Date {
	if (sim.step === 'minute') return new Date(now.getTime() + 60_000);
	// A real process also wakes when it starts and when a moderator changes the schedule.
	const wakes = [nextRun(schedule, now), ...down.map(([, to]) => to), ...changes.map((change) => change.at)];
	const later = wakes.filter((wake) => wake > now).map((wake) => wake.getTime());
	return new Date(Math.min(...later));
}
