import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UserError } from '../../src/discord/errors';
import { createLogger } from '../../src/log';
import { loadSeasons } from '../../src/spoilers/season-data';
import { SpoilerService, UNREADABLE, UNSAVED } from '../../src/spoilers/service';
import { guildSettings, openStore, Store, StoreError } from '../../src/store';
import type { Backend } from '../../src/store/backend';

const seasons = await loadSeasons();
const GUILD = '300000000000000001';
const CHANNEL = '300000000000000002';
const SPOILERS_CHANNEL = '300000000000000003';
/** Season 11 has aired, season 12 has not: by default season 11 is the spoiler. */
const SPRING_2024 = () => new Date('2024-03-01T12:00:00Z');

let dir: string;
let store: Store;
let logs: string[];
let service: SpoilerService;

function serviceAt(now: () => Date, over: Store = store): SpoilerService {
	const log = createLogger({ level: 'debug', destination: { write: (line) => logs.push(line) } });
	return new SpoilerService({ store: over, seasons, log, now });
}

/** Resolves to what `promise` rejects with, failing the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
	return promise.then(
		() => expect.fail('expected a rejection'),
		(error: unknown) => error,
	);
}

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'molly-spoilers-'));
	store = await openStore(`sqlite://${join(dir, 'molly.sqlite')}`);
	logs = [];
	service = serviceAt(SPRING_2024);
});
afterEach(async () => {
	await store.close();
	await rm(dir, { recursive: true, force: true });
});

describe('GIVEN a server whose moderators chose nothing', () => {
	it('WHEN a quote names the latest aired season THEN it is tagged, and earlier seasons are shown', async () => {
		const decide = await service.policyFor({ guildId: GUILD, channelId: CHANNEL });
		expect(decide({ seasons: [11] })).toBe('tag');
		expect(decide({ seasons: [9, 10] })).toBe('show');
		expect(decide({ seasons: [] })).toBe('show');
	});

	it('WHEN a new season premieres THEN the default moves with it, since defaults are never stored', async () => {
		const later = serviceAt(() => new Date('2024-10-01T00:00:00Z'));
		expect(await later.policy({ guildId: GUILD, channelId: null })).toEqual({ mode: 'tag', safeThrough: 11 });
		expect(await guildSettings(store).get(GUILD)).toBeUndefined();
	});

	it('WHEN asked in a DM THEN the defaults apply without reading the store', async () => {
		await store.close();
		expect(await service.policy({ guildId: null, channelId: CHANNEL })).toEqual({ mode: 'tag', safeThrough: 10 });
		store = await openStore(`sqlite://${join(dir, 'molly.sqlite')}`);
	});
});

describe('GIVEN a moderator changes the settings', () => {
	it('WHEN the server mode changes THEN policyFor and decisionFor both follow it', async () => {
		await service.change(GUILD, { mode: 'hide' });
		expect((await service.policyFor({ guildId: GUILD, channelId: CHANNEL }))({ seasons: [11] })).toBe('hide');
		expect((await service.decisionFor(GUILD, CHANNEL))([11])).toBe('hide');
		expect((await service.decisionFor(GUILD, CHANNEL))([10])).toBe('show');
	});

	it('WHEN safe-through is null THEN every quote that names a season is a spoiler', async () => {
		await service.change(GUILD, { mode: 'tag', safeThrough: null });
		expect((await service.decisionFor(GUILD, CHANNEL))([1])).toBe('tag');
		expect(await guildSettings(store).get(GUILD)).toEqual({
			spoilers: { server: { mode: 'tag', safeThrough: null }, channels: {} },
		});
	});

	it('WHEN a #spoilers channel shows everything THEN only that channel shows season 11', async () => {
		await service.change(GUILD, { mode: 'hide' });
		await service.change(GUILD, { channelId: SPOILERS_CHANNEL, mode: 'show' });
		expect((await service.decisionFor(GUILD, SPOILERS_CHANNEL))([11])).toBe('show');
		expect((await service.decisionFor(GUILD, CHANNEL))([11])).toBe('hide');
	});

	it('WHEN the channel is reset THEN it follows the server again, and a server reset keeps other channels', async () => {
		await service.change(GUILD, { mode: 'hide' });
		await service.change(GUILD, { channelId: SPOILERS_CHANNEL, mode: 'show' });
		await service.change(GUILD, { channelId: CHANNEL, safeThrough: 11 });
		expect((await service.reset(GUILD, SPOILERS_CHANNEL)).channels).toEqual({ [CHANNEL]: { safeThrough: 11 } });
		expect((await service.decisionFor(GUILD, SPOILERS_CHANNEL))([11])).toBe('hide');
		expect(await service.reset(GUILD)).toEqual({ server: {}, channels: { [CHANNEL]: { safeThrough: 11 } } });
		expect((await service.decisionFor(GUILD, SPOILERS_CHANNEL))([11])).toBe('tag');
	});

	it('WHEN another service opens the same store THEN it reads the same settings', async () => {
		await service.change(GUILD, { mode: 'show' });
		expect(await serviceAt(SPRING_2024).settings(GUILD)).toEqual({ server: { mode: 'show' }, channels: {} });
	});
});

describe('GIVEN a store that fails', () => {
	it('WHEN the store is closed THEN reading gives the polite read error and logs the detail', async () => {
		const broken = await openStore(`sqlite://${join(dir, 'other.sqlite')}`);
		const failing = serviceAt(SPRING_2024, broken);
		await broken.close();
		const error = await rejection(failing.policyFor({ guildId: GUILD, channelId: CHANNEL }));
		expect(error).toBeInstanceOf(UserError);
		expect(error).toMatchObject({ code: 'spoiler-settings-read', message: UNREADABLE });
		const logged = logs.map((line) => JSON.parse(line)).find((line) => line.msg === 'spoiler settings store failed');
		expect(logged).toMatchObject({ level: 50, guild: GUILD, operation: 'read', code: 'unavailable' });
		expect(logged.err.message).toContain(`get molly:guild-settings:${GUILD}`);
	});

	it('WHEN the stored record is unreadable THEN a change is refused and the record is left as it was', async () => {
		const raw = store.namespace('guild-settings', z.unknown());
		await raw.set(GUILD, { spoilers: 'not settings' });
		const error = await rejection(service.change(GUILD, { mode: 'show' }));
		expect(error).toMatchObject({ code: 'spoiler-settings-read', message: UNREADABLE });
		expect(await rejection(service.reset(GUILD))).toBeInstanceOf(UserError);
		expect(await raw.get(GUILD)).toEqual({ spoilers: 'not settings' });
	});

	it('WHEN only the write fails THEN the error says the change may not have been kept', async () => {
		// Reads work, writes fail: the one case where promising "nothing changed" could be wrong (a late write).
		const values = new Map<string, unknown>();
		const backend: Backend = {
			kind: 'sqlite',
			get: async (key) => values.get(key),
			set: () => Promise.reject(new StoreError('unavailable', 'set: no answer within 5000 ms')),
			delete: async (key) => values.delete(key),
			setIfAbsent: async () => false,
			increment: async () => 0,
			count: async () => 0,
			close: async () => {},
		};
		const error = await rejection(serviceAt(SPRING_2024, new Store(backend, 'molly')).change(GUILD, { mode: 'show' }));
		expect(error).toMatchObject({ code: 'spoiler-settings-write', message: UNSAVED });
		expect(logs.some((line) => line.includes('"operation":"write"'))).toBe(true);
	});
});
