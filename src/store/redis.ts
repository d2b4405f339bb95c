import KeyvRedis, { createClient } from '@keyv/redis';
import { Keyv } from 'keyv';
import { type Backend, makeBackend, strictKeyvOptions } from './backend';
import { StoreError } from './errors';

/** Connection attempts (first connect or after a drop) before commands fail instead of waiting. */
const MAX_RECONNECTS = 5;
const CONNECT_TIMEOUT_MS = 2_000;

/**
 * Backs off 50 ms, 100 ms, … up to 1 s, then gives up: queued commands then fail with the connection error,
 * so a dead Redis reaches the user as "try again later" within seconds instead of a hang.
 */
function reconnectStrategy(retries: number, cause: Error): number | Error {
	return retries >= MAX_RECONNECTS ? cause : Math.min(50 * 2 ** retries, 1_000);
}

/** The URL without credentials, for messages and logs. */
function describe(url: string): string {
	try {
		const { protocol, host } = new URL(url);
		return `${protocol}//${host}`;
	} catch {
		throw new StoreError('bad-url', 'STORE_URL is not a valid redis:// URL');
	}
}

/**
 * Connects to Redis at `url` and checks it answers, so a dead Redis fails at start-up. A command with no reply
 * after `timeoutMs` fails: a Redis that accepts connections but hangs must not hang Molly's replies with it.
 */
export async function openRedis(url: string, timeoutMs: number, onError: (error: unknown) => void): Promise<Backend> {
	const where = describe(url);
	const client = createClient({ url, socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy } });
	// node-redis crashes the process on an 'error' event nobody listens to; commands still reject on their own.
	client.on('error', onError);
	try {
		await client.connect();
	} catch (error) {
		throw new StoreError('unavailable', `Redis at ${where} did not answer`, { cause: error });
	}
	// throwOnErrors on the adapter too: by default it answers a failed read with `undefined`, i.e. "not found".
	const adapter = new KeyvRedis(client, { throwOnErrors: true, throwOnConnectError: true });
	const keyv = new Keyv(adapter, strictKeyvOptions);
	keyv.on('error', onError);
	/** The client, reconnecting first if an earlier outage made it give up. */
	const ready = async () => {
		if (!client.isOpen) await client.connect();
		return client;
	};

	return makeBackend(
		'redis',
		keyv,
		{
			async setIfAbsent(key, encoded) {
				return (await (await ready()).set(key, encoded, { condition: 'NX' })) === 'OK';
			},
			async increment(key, by) {
				try {
					return await (await ready()).incrBy(key, by);
				} catch (error) {
					if (error instanceof Error && /not an integer/.test(error.message)) {
						throw new StoreError('corrupt', 'counter holds a value that is not an integer', { cause: error });
					}
					throw error;
				}
			},
			async countText(key) {
				return (await (await ready()).get(key)) ?? undefined;
			},
			boards: {
				async addScore(key, member, by) {
					return Number(await (await ready()).zIncrBy(key, by, member));
				},
				async topScores(key, limit) {
					if (limit === 0) return [];
					const rows = await (await ready()).zRangeWithScores(key, 0, limit - 1, { REV: true });
					return rows.map((row) => ({ member: String(row.value), score: Number(row.score) }));
				},
				async score(key, member) {
					const value = await (await ready()).zScore(key, member);
					return value === null ? undefined : Number(value);
				},
			},
			async close() {
				if (!client.isOpen) return;
				// close() waits for every reply still owed, and a hung Redis owes one forever: at the deadline, drop the
				// socket. A failed close needs no report: the commands it waited for have already failed to their callers.
				let timer: NodeJS.Timeout | undefined;
				const closing = client.close().then(
					() => 'closed' as const,
					() => 'failed' as const,
				);
				const deadline = new Promise<'late'>((resolve) => {
					timer = setTimeout(resolve, timeoutMs, 'late');
				});
				const outcome = await Promise.race([closing, deadline]);
				clearTimeout(timer);
				if (outcome !== 'closed' && client.isOpen) client.destroy();
			},
		},
		timeoutMs,
	);
}
