import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { guildSettings, StoreError } from '../../src/store';
import { openedStore, storeBackings } from './fixtures';

const backings = await storeBackings();

const tagFromSeason12 = { spoilers: { server: { mode: 'tag' as const, safeThrough: 11 }, channels: {} } };
const spoilersChannel = {
	spoilers: { server: { mode: 'hide' as const }, channels: { '222': { mode: 'show' as const } } },
};

/** Rejects with a StoreError carrying `code`. */
async function expectStoreError(promise: Promise<unknown>, code: StoreError['code']) {
	const error = await promise.then(
		() => undefined,
		(thrown: unknown) => thrown,
	);
	expect(error).toBeInstanceOf(StoreError);
	expect((error as StoreError).code).toBe(code);
}

for (const [name, makeBacking, available] of backings) {
	describe.runIf(available)(`GIVEN a ${name} store`, () => {
		const opened = openedStore(makeBacking);

		it('WHEN settings are saved and the store is closed and reopened THEN they are still there', async () => {
			await guildSettings(opened.store).set('1001', tagFromSeason12);
			await guildSettings(opened.store).set('1002', spoilersChannel);
			await opened.store.close();
			opened.store = await opened.backing.open();
			expect(await guildSettings(opened.store).get('1001')).toEqual(tagFromSeason12);
			expect(await guildSettings(opened.store).get('1002')).toEqual(spoilersChannel);
		});

		it('WHEN nothing was saved for a guild THEN get says so with undefined', async () => {
			expect(await guildSettings(opened.store).get('never-saved')).toBeUndefined();
		});

		it('WHEN a guild is deleted THEN it reads as never saved', async () => {
			await guildSettings(opened.store).set('1003', tagFromSeason12);
			expect(await guildSettings(opened.store).delete('1003')).toBe(true);
			expect(await guildSettings(opened.store).get('1003')).toBeUndefined();
			expect(await guildSettings(opened.store).delete('1003')).toBe(false);
		});

		it('GIVEN a record saved before a section existed THEN it reads with that section defaulted', async () => {
			await opened.store.namespace('guild-settings', z.object({})).set('1004', {});
			expect(await guildSettings(opened.store).get('1004')).toEqual({ spoilers: { server: {}, channels: {} } });
		});

		it('WHEN 200 increments run at once THEN the total counts every one', async () => {
			const scores = opened.store.counters('scores');
			const totals = await Promise.all(Array.from({ length: 200 }, () => scores.increment('guild:user')));
			expect(await scores.get('guild:user')).toBe(200);
			// Each increment saw a different total: none read a stale value and wrote it back.
			expect(new Set(totals).size).toBe(200);
		});

		it('WHEN two connections increment the same counter at once THEN the total counts both', async () => {
			const other = await opened.backing.open();
			try {
				const here = opened.store.counters('scores');
				const there = other.counters('scores');
				await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 ? here : there).increment('shared', 3)));
				expect(await here.get('shared')).toBe(300);
			} finally {
				await other.close();
			}
		});

		it('WHEN a counter was never incremented THEN it reads 0, and negative steps subtract', async () => {
			const scores = opened.store.counters('scores');
			expect(await scores.get('nobody')).toBe(0);
			expect(await scores.increment('penalised', -2)).toBe(-2);
		});

		it('WHEN a counter is asked to add a fraction THEN increment throws invalid', async () => {
			await expectStoreError(opened.store.counters('scores').increment('someone', 0.5), 'invalid');
		});

		it('WHEN 50 callers on two connections claim the same day at once THEN exactly one wins and its value is kept', async () => {
			const other = await opened.backing.open();
			try {
				const schema = z.object({ by: z.number() });
				const [here, there] = [opened.store.namespace('daily-claims', schema), other.namespace('daily-claims', schema)];
				const won = await Promise.all(
					Array.from({ length: 50 }, (_, by) => (by % 2 ? here : there).setIfAbsent('2026-11-22', { by })),
				);
				expect(won.filter(Boolean)).toHaveLength(1);
				expect(await here.get('2026-11-22')).toEqual({ by: won.indexOf(true) });
			} finally {
				await other.close();
			}
		});

		it('WHEN a key was set normally THEN set-if-absent does not overwrite it', async () => {
			const claims = opened.store.namespace('daily-claims', z.object({ by: z.number() }));
			await claims.set('2026-11-23', { by: 1 });
			expect(await claims.setIfAbsent('2026-11-23', { by: 2 })).toBe(false);
			expect(await claims.get('2026-11-23')).toEqual({ by: 1 });
		});

		it('GIVEN a stored value that fails its schema THEN get throws corrupt instead of reading it as missing', async () => {
			await opened.store.namespace('guild-settings', z.unknown()).set('2001', { spoilers: { mode: 'loud' } });
			await expectStoreError(guildSettings(opened.store).get('2001'), 'corrupt');
		});

		it('GIVEN stored bytes that are not JSON THEN get throws corrupt', async () => {
			await opened.backing.writeRaw(`${opened.backing.prefix}:guild-settings:2002`, '{"value": {"spoil');
			await expectStoreError(guildSettings(opened.store).get('2002'), 'corrupt');
		});

		it('GIVEN stored JSON without its Keyv envelope THEN get throws corrupt', async () => {
			await opened.backing.writeRaw(`${opened.backing.prefix}:guild-settings:2003`, '{"spoilers":{}}');
			await expectStoreError(guildSettings(opened.store).get('2003'), 'corrupt');
		});

		it('GIVEN a counter holding something other than an integer THEN reading and incrementing throw corrupt', async () => {
			await opened.backing.writeRaw(`${opened.backing.prefix}:scores:broken`, 'twelve');
			await expectStoreError(opened.store.counters('scores').get('broken'), 'corrupt');
			await expectStoreError(opened.store.counters('scores').increment('broken'), 'corrupt');
		});

		it('WHEN a value that fails its schema is saved THEN set throws invalid and nothing is stored', async () => {
			const bad = { spoilers: { server: { safeThrough: -1 }, channels: {} } };
			await expectStoreError(guildSettings(opened.store).set('2004', bad), 'invalid');
			expect(await guildSettings(opened.store).get('2004')).toBeUndefined();
		});

		it('WHEN one name is used for both values and counters THEN the store refuses', () => {
			expect(() => opened.store.counters('guild-settings')).toThrow(StoreError);
		});
	});
}
