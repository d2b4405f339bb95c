import type { z } from 'zod';
import type { Backend } from './backend';
import { StoreError } from './errors';
import { Leaderboard } from './leaderboard';
import { Counters, Namespace } from './namespace';
import { openRedis } from './redis';
import { openSqlite } from './sqlite';

/** How `openStore` behaves; every field is optional and falls back to `DefaultStoreOptions`. */
export interface StoreOptions {
	/** Put before every key, so several bots (or test runs) can share one Redis. */
	prefix?: string;
	/** How long one operation may wait: for Redis, its reply; for SQLite, another process's lock on the file. */
	timeoutMs?: number;
	/** Told about every error the drivers report, including ones also thrown to callers: for logging. */
	onError?: (error: unknown) => void;
}

/** The defaults `openStore` merges options over. */
export const DefaultStoreOptions = {
	prefix: 'molly',
	timeoutMs: 5_000,
	onError: () => {},
} as const satisfies Required<StoreOptions>;

/** Namespace names: also the middle of every key, so no `:` that could make two namespaces overlap. */
const NAME = /^[a-z][a-z0-9-]*$/;

/** Molly's durable storage: typed namespaces and counters over one SQLite file or one Redis. */
export class Store {
	private readonly names = new Map<string, 'values' | 'counters' | 'boards'>();

	constructor(
		private readonly backend: Backend,
		private readonly prefix: string,
	) {}

	/** Which database this store uses. */
	get kind(): Backend['kind'] {
		return this.backend.kind;
	}

	/** The values of one concern, validated by `schema`. Keys look like `molly:<name>:<id>`. */
	namespace<T>(name: string, schema: z.ZodType<T>): Namespace<T> {
		return new Namespace(this.backend, this.claim(name, 'values'), schema);
	}

	/** The integer counters of one concern. Kept apart from `namespace` because they are stored as bare integers. */
	counters(name: string): Counters {
		return new Counters(this.backend, this.claim(name, 'counters'));
	}

	/** Ranked scores of one concern, in boards (one per server): atomic additions and the top of each board. */
	leaderboard(name: string): Leaderboard {
		const { boards } = this.backend;
		if (!boards) throw new StoreError('invalid', `this ${this.backend.kind} backend keeps no leaderboards`);
		return new Leaderboard(boards, this.claim(name, 'boards'));
	}

	/** Closes the connection or file; the store cannot be used afterwards. */
	close(): Promise<void> {
		return this.backend.close();
	}

	private claim(name: string, kind: 'values' | 'counters' | 'boards'): string {
		if (!NAME.test(name)) throw new StoreError('invalid', `namespace name ${JSON.stringify(name)} is not kebab-case`);
		// A name used as both would read counters as corrupt records (or the reverse): refuse it up front.
		const existing = this.names.get(name);
		if (existing !== undefined && existing !== kind) {
			throw new StoreError('invalid', `namespace ${name} is already used for ${existing}`);
		}
		this.names.set(name, kind);
		return `${this.prefix}:${name}:`;
	}
}

/**
 * Opens the store named by `url`: `sqlite://PATH` (the file and its folder are created) or `redis://…`
 * (`rediss://` for TLS). Fails with a `StoreError` if the database cannot be reached, so start-up fails fast.
 */
export async function openStore(url: string, options: StoreOptions = {}): Promise<Store> {
	const { prefix, timeoutMs, onError } = { ...DefaultStoreOptions, ...options };
	if (!NAME.test(prefix)) throw new StoreError('invalid', `store prefix ${JSON.stringify(prefix)} is not kebab-case`);
	let backend: Backend;
	if (url.startsWith('sqlite://')) {
		backend = await openSqlite(url.slice('sqlite://'.length), timeoutMs, onError);
	} else if (url.startsWith('redis://') || url.startsWith('rediss://')) {
		backend = await openRedis(url, timeoutMs, onError);
	} else {
		throw new StoreError('bad-url', 'STORE_URL must start with sqlite:// or redis://');
	}
	return new Store(backend, prefix);
}
