import type { Deserialize, Keyv, KeyvOptions } from 'keyv';
import { guard, StoreError } from './errors';

/**
 * One database as the rest of the store sees it. Keys are already fully prefixed.
 * Plain reads and writes go through Keyv; the atomic operations, which Keyv lacks, go to the database itself.
 */
export interface Backend {
	readonly kind: 'sqlite' | 'redis';
	/** The stored value, or `undefined` when the key is absent; throws `StoreError` on any failure. */
	get(key: string): Promise<unknown>;
	set(key: string, value: unknown): Promise<void>;
	/** Whether the key existed. */
	delete(key: string): Promise<boolean>;
	/** Writes only if the key is absent, atomically; `true` when this call wrote it. */
	setIfAbsent(key: string, value: unknown): Promise<boolean>;
	/** Adds `by` to the integer at `key` (absent counts as 0) atomically and returns the new total. */
	increment(key: string, by: number): Promise<number>;
	/** The integer at `key`, 0 when absent. */
	count(key: string): Promise<number>;
	/** Ranked scores; optional so that a hand-made backend in a test need not implement them. */
	boards?: Boards;
	close(): Promise<void>;
}

/** Ranked integer scores by key: a sorted set in Redis, a table of their own in SQLite. */
export interface Boards {
	/** Adds `by` to `member`'s integer score on the board at `key` (absent counts as 0) atomically: the new score. */
	addScore(key: string, member: string, by: number): Promise<number>;
	/** The `limit` highest scores on the board at `key`, highest first. */
	topScores(key: string, limit: number): Promise<Score[]>;
	/** `member`'s score on the board at `key`, 0 when absent. */
	score(key: string, member: string): Promise<number>;
}

/** One member's place on a board (a trivia leaderboard, say). */
export interface Score {
	member: string;
	score: number;
}

/** The part each database implements natively: the operations that must be atomic. */
export interface NativeOps {
	/** `encoded` is already in Keyv's format (see `encode`), so Keyv can read what this wrote. */
	setIfAbsent(key: string, encoded: string): Promise<boolean>;
	increment(key: string, by: number): Promise<number>;
	/** The raw integer text at `key`, or `undefined` when absent. */
	countText(key: string): Promise<string | undefined>;
	/** Boards (see `Boards`); `score` is `undefined` for a member with none. */
	boards: {
		addScore(key: string, member: string, by: number): Promise<number>;
		topScores(key: string, limit: number): Promise<Score[]>;
		score(key: string, member: string): Promise<number | undefined>;
	};
	close(): Promise<void>;
}

/**
 * Keyv stores every value as `{"value":…}`. We write that same shape when we bypass Keyv (set-if-absent),
 * so both paths read each other's writes. No `expires`: nothing in Molly's store expires.
 */
export function encode(value: unknown): string {
	return JSON.stringify({ value });
}

/**
 * The strict counterpart of `encode`. Keyv's default would read unparseable or envelope-less data as "absent",
 * which would let a caller overwrite what it could not read; this throws instead.
 */
export function decode(raw: string): { value: unknown } {
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch (error) {
		throw new StoreError('corrupt', 'stored value is not JSON', { cause: error });
	}
	if (typeof parsed !== 'object' || parsed === null || !('value' in parsed)) {
		throw new StoreError('corrupt', 'stored value is not a Keyv record');
	}
	return parsed as { value: unknown };
}

/** Options that make a Keyv instance strict: raw keys (we prefix them ourselves), thrown errors, strict decoding. */
export const strictKeyvOptions: Omit<KeyvOptions, 'store'> = {
	namespace: undefined,
	useKeyPrefix: false,
	throwOnErrors: true,
	serialize: (data) => JSON.stringify(data),
	// Keyv types this generically over the value; the namespace's zod schema is what gives the value its type.
	deserialize: decode as Deserialize,
};

const INTEGER = /^-?\d+$/;

/**
 * Assembles a Backend from a strict Keyv instance and the database's native atomic operations.
 * `limitMs`: how long any one operation may take before it fails as `unavailable` (none when undefined).
 */
export function makeBackend(kind: Backend['kind'], keyv: Keyv, native: NativeOps, limitMs?: number): Backend {
	const run = <T>(operation: string, key: string, task: () => Promise<T>) => guard(operation, key, task, limitMs);
	return {
		kind,
		get: (key) => run('get', key, () => keyv.get(key)),
		set: (key, value) => run('set', key, async () => void (await keyv.set(key, value))),
		delete: (key) => run('delete', key, () => keyv.delete(key)),
		setIfAbsent: (key, value) => run('set-if-absent', key, () => native.setIfAbsent(key, encode(value))),
		increment: (key, by) => {
			if (!Number.isSafeInteger(by)) {
				return Promise.reject(new StoreError('invalid', `increment ${key}: ${by} is not an integer`));
			}
			return run('increment', key, () => native.increment(key, by));
		},
		count: (key) =>
			run('count', key, async () => {
				const text = await native.countText(key);
				if (text === undefined) return 0;
				if (!INTEGER.test(text)) throw new StoreError('corrupt', `counter holds ${JSON.stringify(text)}`);
				return Number(text);
			}),
		boards: {
			addScore: (key, member, by) => {
				if (!Number.isSafeInteger(by)) {
					return Promise.reject(new StoreError('invalid', `add score ${key}: ${by} is not an integer`));
				}
				return run('add-score', key, () => native.boards.addScore(key, member, by));
			},
			topScores: (key, limit) =>
				run('top-scores', key, () => native.boards.topScores(key, Math.max(0, Math.floor(limit)))),
			score: (key, member) => run('score', key, async () => (await native.boards.score(key, member)) ?? 0),
		},
		close: () => guard('close', kind, () => native.close()),
	};
}
