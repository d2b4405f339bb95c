import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { guildSettings, openStore, StoreError } from '../../src/store';
import { closedPort, redisAvailable, redisBacking, relayToRedis } from './fixtures';

const hasRedis = await redisAvailable();

/** Resolves to the StoreError `promise` rejects with (failing the test if it resolves). */
async function storeErrorOf(promise: Promise<unknown>): Promise<StoreError> {
	const error = await promise.then(
		() => expect.fail('expected a StoreError'),
		(thrown: unknown) => thrown,
	);
	expect(error).toBeInstanceOf(StoreError);
	return error as StoreError;
}

describe('GIVEN a store URL Molly cannot use', () => {
	it('WHEN it names no known database THEN opening throws bad-url', async () => {
		expect((await storeErrorOf(openStore('postgres://localhost/molly'))).code).toBe('bad-url');
		expect((await storeErrorOf(openStore('sqlite://'))).code).toBe('bad-url');
	});

	it('WHEN nothing listens on the Redis port THEN opening throws unavailable and names the address', async () => {
		const port = await closedPort();
		const error = await storeErrorOf(openStore(`redis://:secret@127.0.0.1:${port}`));
		expect(error.code).toBe('unavailable');
		expect(error.message).toContain(`127.0.0.1:${port}`);
		expect(error.message).not.toContain('secret');
	});

	describe('WHEN the SQLite path is a file where a folder should be', () => {
		const dir = mkdtempSync(join(tmpdir(), 'molly-store-'));
		afterEach(() => rmSync(dir, { recursive: true, force: true }));

		it('THEN opening throws unavailable instead of starting without storage', async () => {
			writeFileSync(join(dir, 'not-a-folder'), '');
			const opening = openStore(`sqlite://${join(dir, 'not-a-folder', 'molly.sqlite')}`);
			expect((await storeErrorOf(opening)).code).toBe('unavailable');
		});
	});
});

describe.runIf(hasRedis)('GIVEN Redis goes away while Molly runs', () => {
	it('WHEN settings are read, written or counted THEN each throws unavailable, never "not found"', async () => {
		const relay = await relayToRedis();
		const backing = redisBacking();
		const store = await openStore(relay.url, { prefix: backing.prefix });
		try {
			const settings = guildSettings(store);
			await settings.set('3001', { spoilers: { server: { mode: 'hide' }, channels: {} } });
			relay.cut();
			const attempts = [
				settings.get('3001'),
				settings.set('3001', { spoilers: { server: {}, channels: {} } }),
				settings.setIfAbsent('3002', { spoilers: { server: {}, channels: {} } }),
				store.counters('scores').increment('someone'),
			];
			for (const attempt of attempts) expect((await storeErrorOf(attempt)).code).toBe('unavailable');
		} finally {
			await store.close().catch(() => {});
			await backing.cleanUp();
		}
	});

	it('WHEN Redis stops answering but keeps the connection THEN a read throws unavailable after the timeout', async () => {
		const relay = await relayToRedis();
		const backing = redisBacking();
		const store = await openStore(relay.url, { prefix: backing.prefix, timeoutMs: 300 });
		try {
			await guildSettings(store).get('3003');
			relay.freeze();
			const started = Date.now();
			expect((await storeErrorOf(guildSettings(store).get('3003'))).code).toBe('unavailable');
			expect(Date.now() - started).toBeLessThan(5_000);
		} finally {
			relay.close();
			await store.close().catch(() => {});
		}
	});
});
