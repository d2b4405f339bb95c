import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import { afterAll, beforeAll } from 'vitest';
import { openStore, type Store } from '../../src/store';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether something answers PING at `url`, within a second. */
async function answersPing(url: string): Promise<boolean> {
	const { hostname, port } = new URL(url);
	return new Promise((resolve) => {
		const socket = net.connect(Number(port || 6379), hostname);
		const done = (up: boolean) => {
			socket.destroy();
			resolve(up);
		};
		socket.setTimeout(1_000, () => done(false));
		socket.on('error', () => done(false));
		socket.on('connect', () => socket.write('PING\r\n'));
		socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
	});
}

/**
 * Redis tests run when Redis answers, and always in CI, where a missing Redis must fail the run rather than
 * quietly skip it. Elsewhere they skip, saying so where the developer will see it.
 */
export async function redisAvailable(): Promise<boolean> {
	if (process.env.CI === 'true') return true;
	const up = await answersPing(REDIS_URL);
	if (!up) console.warn(`\n⚠ SKIPPING Redis store tests: nothing answers at ${REDIS_URL} (they always run in CI)\n`);
	return up;
}

/** One database to run the shared store tests against, with a way to plant raw bytes a bug or a human left. */
export interface Backing {
	name: 'SQLite' | 'Redis';
	open(): Promise<Store>;
	/** Writes `text` verbatim under the full key (prefix included), bypassing every check. */
	writeRaw(key: string, text: string): Promise<void>;
	/** The key prefix this run uses, unique so runs never see each other's data. */
	prefix: string;
	cleanUp(): Promise<void>;
}

export function sqliteBacking(): Backing {
	const dir = mkdtempSync(join(tmpdir(), 'molly-store-'));
	// A folder that does not exist yet: openStore must create it.
	const file = join(dir, 'nested', 'molly.sqlite');
	const prefix = 'test';
	return {
		name: 'SQLite',
		prefix,
		open: () => openStore(`sqlite://${file}`, { prefix }),
		writeRaw: async (key, text) => {
			const raw = new KeyvSqlite({ uri: `sqlite://${file}` });
			await raw.query('INSERT OR REPLACE INTO keyv (key, value) VALUES (?, ?)', key, text);
			await raw.disconnect();
		},
		cleanUp: async () => rmSync(dir, { recursive: true, force: true }),
	};
}

const redisClient = () => createClient({ url: REDIS_URL });

export function redisBacking(): Backing {
	const prefix = `molly-test-${randomUUID()}`;
	const withClient = async <T>(run: (client: ReturnType<typeof redisClient>) => Promise<T>): Promise<T> => {
		const client = redisClient();
		await client.connect();
		try {
			return await run(client);
		} finally {
			await client.close();
		}
	};
	return {
		name: 'Redis',
		prefix,
		open: () => openStore(REDIS_URL, { prefix }),
		writeRaw: (key, text) => withClient(async (client) => void (await client.set(key, text))),
		cleanUp: () =>
			withClient(async (client) => {
				for await (const keys of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) {
					if (keys.length > 0) await client.del(keys);
				}
			}),
	};
}

/** A port on which nothing listens: bound by us, then released. */
export async function closedPort(): Promise<number> {
	const server = net.createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as net.AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** A TCP relay to Redis that the test can cut, to play a Redis that dies while Molly runs. */
export async function relayToRedis() {
	const { hostname, port } = new URL(REDIS_URL);
	const sockets = new Set<net.Socket>();
	const server = net.createServer((inbound) => {
		const outbound = net.connect(Number(port || 6379), hostname);
		for (const socket of [inbound, outbound]) {
			sockets.add(socket);
			socket.on('error', () => {});
		}
		inbound.pipe(outbound).pipe(inbound);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `redis://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
		/** Redis dies: connections drop and new ones are refused. */
		cut() {
			server.close();
			for (const socket of sockets) socket.destroy();
		},
		/** Redis hangs: connections stay up but nothing more gets through. */
		freeze() {
			for (const socket of sockets) {
				socket.unpipe();
				socket.pause();
			}
		},
		close() {
			server.close();
			for (const socket of sockets) socket.destroy();
		},
	};
}

/** The two backings the shared store tests run against: SQLite always, Redis when it answers (always in CI). */
export async function storeBackings(): Promise<Array<[Backing['name'], () => Backing, boolean]>> {
	return [
		['SQLite', sqliteBacking, true],
		['Redis', redisBacking, await redisAvailable()],
	];
}

/**
 * Opens a store on a fresh backing before the enclosing describe's tests and closes and clears it after. A test
 * may reopen it: `opened.store = await opened.backing.open()`.
 */
export function openedStore(makeBacking: () => Backing): { backing: Backing; store: Store } {
	const opened = {} as { backing: Backing; store: Store };
	beforeAll(async () => {
		opened.backing = makeBacking();
		opened.store = await opened.backing.open();
	});
	afterAll(async () => {
		await opened.store.close();
		await opened.backing.cleanUp();
	});
	return opened;
}
