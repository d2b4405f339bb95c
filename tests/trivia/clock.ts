import type { Clock } from '../../src/trivia/service';

/** Lets promise callbacks and I/O queued so far run: the service's loop moves on between timers. */
export const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A clock moved by hand: time stands still until `advance`, which runs the timers that fall due, in order. */
export class ManualClock implements Clock {
	#now: number;
	#next = 1;
	readonly #timers = new Map<number, { at: number; run: () => void }>();

	constructor(start = Date.UTC(2024, 4, 22, 20, 0, 0)) {
		this.#now = start;
	}

	now(): number {
		return this.#now;
	}

	setTimeout(run: () => void, ms: number): unknown {
		const id = this.#next++;
		this.#timers.set(id, { at: this.#now + Math.max(0, ms), run });
		return id;
	}

	clearTimeout(handle: unknown): void {
		this.#timers.delete(handle as number);
	}

	/** Timers waiting to fire. */
	get pending(): number {
		return this.#timers.size;
	}

	/** Moves time on by `ms`, firing each timer that falls due at its own time, letting the service react to each. */
	async advance(ms: number): Promise<void> {
		const until = this.#now + ms;
		for (;;) {
			const due = [...this.#timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
			if (!due) break;
			const [id, timer] = due;
			this.#timers.delete(id);
			this.#now = timer.at;
			timer.run();
			for (let i = 0; i < 5; i++) await settle();
		}
		this.#now = until;
		await settle();
	}

	/** Waits (in real time, briefly) until a timer is set: the service is waiting for time to pass. */
	async waitForTimer(timeoutMs = 2000): Promise<void> {
		const started = Date.now();
		while (this.#timers.size === 0) {
			if (Date.now() - started > timeoutMs) throw new Error('no timer was set');
			await new Promise((resolve) => setTimeout(resolve, 2));
		}
	}
}

/** Waits (in real time) until `check` holds: for work that involves I/O, such as the store or the stand-in. */
export async function until(check: () => boolean, what = 'the condition', timeoutMs = 3000): Promise<void> {
	const started = Date.now();
	while (!check()) {
		if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 2));
	}
}
