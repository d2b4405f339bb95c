import type { z } from 'zod';
import type { Backend } from './backend';
import { StoreError } from './errors';

/**
 * Values of one concern (guild settings, trivia rounds, daily schedules…), each under an id such as a guild id,
 * validated by the concern's zod schema on the way in and on the way out.
 */
export class Namespace<T> {
	constructor(
		private readonly backend: Backend,
		/** The full key prefix, such as `molly:guild-settings:`. */
		private readonly prefix: string,
		private readonly schema: z.ZodType<T>,
	) {}

	/** The value stored under `id`, or `undefined` when there is none; a value that fails the schema throws `corrupt`. */
	async get(id: string): Promise<T | undefined> {
		const key = this.prefix + id;
		const raw = await this.backend.get(key);
		if (raw === undefined) return undefined;
		const parsed = this.schema.safeParse(raw);
		if (!parsed.success) {
			throw new StoreError('corrupt', `get ${key}: stored value does not match its schema`, { cause: parsed.error });
		}
		return parsed.data;
	}

	/** Stores `value` under `id`, replacing what was there. */
	async set(id: string, value: T): Promise<void> {
		await this.backend.set(this.prefix + id, this.check(id, value));
	}

	/** Stores `value` only if nothing is stored under `id`; exactly one of several racing callers gets `true`. */
	async setIfAbsent(id: string, value: T): Promise<boolean> {
		return this.backend.setIfAbsent(this.prefix + id, this.check(id, value));
	}

	/** Removes the value under `id`; whether there was one. */
	async delete(id: string): Promise<boolean> {
		return this.backend.delete(this.prefix + id);
	}

	private check(id: string, value: T): T {
		const parsed = this.schema.safeParse(value);
		if (!parsed.success) {
			throw new StoreError('invalid', `${this.prefix}${id}: value does not match its schema`, { cause: parsed.error });
		}
		return parsed.data;
	}
}

/** Integer counters of one concern (scores, say), each under an id; increments are atomic across processes. */
export class Counters {
	constructor(
		private readonly backend: Backend,
		private readonly prefix: string,
	) {}

	/** Adds `by` (default 1, may be negative) and returns the new total; an absent counter starts at 0. */
	increment(id: string, by = 1): Promise<number> {
		return this.backend.increment(this.prefix + id, by);
	}

	/** The counter's value, 0 when it was never incremented. */
	get(id: string): Promise<number> {
		return this.backend.count(this.prefix + id);
	}
}
