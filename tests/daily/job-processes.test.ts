import { randomUUID } from 'node:crypto';
import { createClient } from '@keyv/redis';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store';
import { REDIS_URL, redisAvailable } from '../store/fixtures';
import { at, FakeClock, FakePoster, MOD, messages, type Process, sqliteFile, startProcess } from './job-fixtures';

const hasRedis = await redisAvailable();

/** Three servers whose days start at different instants, one across a DST change (Lord Howe's half hour). */
const SERVERS = [
	{ guild: '310000000000000001', channel: '310000000000000011', time: '09:00', timeZone: 'America/Chicago' },
	{ guild: '310000000000000002', channel: '310000000000000012', time: '18:00', timeZone: 'Europe/London' },
	{ guild: '310000000000000003', channel: '310000000000000013', time: '07:30', timeZone: 'Australia/Lord_Howe' },
];
const GUILDS = SERVERS.map((server) => server.guild);

interface Backing {
	/** A new connection to the shared database, as another process would open. */
	connect(): Promise<Store>;
	cleanUp(): Promise<void>;
}

async function redisBacking(): Promise<Backing> {
	// A prefix of its own, so runs (and other tests) never see each other's keys.
	const prefix = `molly-daily-test-${randomUUID()}`;
	return {
		connect: () => openStore(REDIS_URL, { prefix }),
		async cleanUp() {
			const client = createClient({ url: REDIS_URL });
			await client.connect();
			for await (const keys of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) {
				if (keys.length > 0) await client.del(keys);
			}
			await client.close();
		},
	};
}

async function sqliteBacking(): Promise<Backing> {
	const file = await sqliteFile();
	return { connect: file.open, cleanUp: file.remove };
}

const cases: Array<[string, () => Promise<Backing>, boolean]> = [
	['Redis', redisBacking, hasRedis],
	['one SQLite file', sqliteBacking, true],
];

let cleanUps: Array<() => Promise<void>> = [];
afterEach(async () => {
	for (const cleanUp of cleanUps.reverse()) await cleanUp();
	cleanUps = [];
});

describe.each(cases)('GIVEN two bot processes sharing %s', (_name, open, available) => {
	/** Two processes, each with its own store connection and job, on one clock, posting to one Discord. */
	async function twoProcesses(clock: FakeClock, poster: FakePoster): Promise<[Process, Process, Backing]> {
		const backing = await open();
		const stores = [await backing.connect(), await backing.connect()];
		const processes = stores.map((store) => startProcess(store, clock, poster, { guilds: GUILDS }));
		clock.settle = () => Promise.all(processes.map((p) => p.daily.idle()));
		cleanUps.push(backing.cleanUp);
		for (const [index, store] of stores.entries()) {
			cleanUps.push(async () => {
				await processes[index]?.daily.stop(10);
				await store.close();
			});
		}
		await clock.settle();
		return [processes[0] as Process, processes[1] as Process, backing];
	}

	it.skipIf(!available)(
		'WHEN both run ten days for three servers THEN each server gets exactly one post per local date',
		async () => {
			const clock = new FakeClock(at('2025-03-28T00:00:00Z'));
			const poster = new FakePoster();
			const [first, second] = await twoProcesses(clock, poster);
			for (const { guild, channel, time, timeZone } of SERVERS) {
				// Set in one process; the other reads it at its next check, and both wake at the same instants.
				await first.daily.configure(guild, { time, timeZone }, channel, MOD);
			}
			await clock.advanceTo(at('2025-04-08T00:00:00Z'));
			for (const { guild } of SERVERS) {
				const dates = poster.sent.filter((post) => post.guildId === guild).map((post) => post.postId);
				expect(new Set(dates).size, `${guild}: no date posted twice`).toBe(dates.length);
				expect(dates.length, `${guild}: a post every day`).toBeGreaterThanOrEqual(10);
			}
			// Both really tried: the one that lost a claim says so.
			const refused = [...first.lines, ...second.lines].filter(
				(line) => line.msg === 'daily post already claimed by another process; not posting',
			);
			expect(refused.length).toBeGreaterThan(0);
		},
	);

	it.skipIf(!available)(
		'WHEN the process that posted is killed and another starts the same day THEN nobody posts again',
		async () => {
			const clock = new FakeClock(at('2025-06-10T12:00:00Z'));
			const poster = new FakePoster();
			const [first, second, backing] = await twoProcesses(clock, poster);
			const [{ guild, channel, time, timeZone }] = SERVERS as [(typeof SERVERS)[0]];
			await first.daily.configure(guild, { time, timeZone }, channel, MOD);
			await clock.advanceTo(at('2025-06-10T14:30:00Z'));
			await first.daily.stop(10);
			await second.daily.stop(10);
			const third = startProcess(await backing.connect(), clock, poster, { guilds: GUILDS });
			cleanUps.push(() => third.daily.stop(10).then(() => third.store.close()));
			clock.settle = () => third.daily.idle();
			await clock.advanceTo(at('2025-06-11T12:00:00Z'));
			expect(poster.sent.map((post) => [post.guildId, post.postId])).toEqual([[guild, '2025-06-10']]);
			expect(messages(third.lines)).not.toContain('daily post claimed');
		},
	);
});
