/**
 * Where the daily job gets its time and its timers. Production uses {@link systemClock}; tests pass a clock
 * they move by hand, or one whose days last seconds, instead of faking the global timers.
 */
export interface Clock {
	now(): Date;
	/** Calls `run` once `ms` of this clock's time has passed; the returned function cancels it. */
	setTimer(run: () => void, ms: number): () => void;
}

/** setTimeout refuses delays past about 24.8 days; the job never sleeps that long anyway. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/** The real clock. Its timers do not keep the process alive: the gateway connection does. */
export const systemClock: Clock = {
	now: () => new Date(),
	setTimer(run, ms) {
		const timer = setTimeout(run, Math.min(Math.max(0, ms), MAX_DELAY_MS));
		timer.unref();
		return () => clearTimeout(timer);
	},
};
