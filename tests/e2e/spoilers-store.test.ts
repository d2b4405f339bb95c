import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeText } from '../../src/discord/markdown';
import { UNREADABLE } from '../../src/spoilers/service';
import { openStore, type Store } from '../../src/store';
import { redisAvailable, redisBacking, relayToRedis } from '../store/fixtures';
import { startTestBot, type TestBot } from '../support/bot';
import {
	type Context,
	commandData,
	type InjectOptions,
	interactionPayload,
	type SlashOption,
} from '../support/interactions';
import { MODERATOR_PERMISSIONS, user } from '../support/payloads';
import { EPHEMERAL, embedOf, finalMessage, summary } from '../support/replies';
import type { RecordedRequest } from '../support/stand-in';

const hasRedis = await redisAvailable();

/** One server and two of its channels, the same across restarts (Discord keeps its ids; each stand-in is new). */
const GUILD = '310000000000000001';
const GENERAL = '310000000000000002';
const SPOILERS = '310000000000000003';
const MOD = { user: user('190000000000000002', 'mod'), permissions: MODERATOR_PERMISSIONS };
const UPTON = 'When does Upton leave?';

const sub = (name: string, ...options: SlashOption[]): SlashOption[] => [{ name, type: 1, options }];

/** A slash command from `channelId` in GUILD, sent through this run's stand-in. */
function slash(
	t: TestBot,
	name: string,
	options: SlashOption[] | Record<string, string>,
	inject: InjectOptions & { channelId?: string } = {},
): Promise<RecordedRequest[]> {
	const { standIn } = t;
	const ctx: Context = { applicationId: standIn.applicationId, bot: standIn.bot, guildId: GUILD, channelId: GENERAL };
	return standIn.inject(interactionPayload(ctx, 2, commandData(ctx, name, options), inject), inject);
}

/** The season-11 quotes of the answer about Upton, which the settings below hide in #general. */
function season11(t: TestBot) {
	const quotes = t.engine.ask(UPTON).quotes.filter((q) => q.seasons.includes(11));
	expect(quotes.length).toBeGreaterThan(0);
	return quotes;
}

interface Backing {
	open(): Promise<Store>;
	cleanUp(): Promise<void>;
}

function sqliteFile(): Backing {
	const dir = mkdtemp(join(tmpdir(), 'molly-spoilers-'));
	return {
		open: async () => openStore(`sqlite://${join(await dir, 'molly.sqlite')}`),
		cleanUp: async () => rm(await dir, { recursive: true, force: true }),
	};
}

const backings: Array<[string, () => Backing, boolean]> = [
	['SQLite', sqliteFile, true],
	['Redis', redisBacking, hasRedis],
];

for (const [name, makeBacking, available] of backings) {
	describe.runIf(available)(`GIVEN spoiler settings in ${name}`, () => {
		it('WHEN the bot and the store are closed and reopened THEN the settings are kept and /ask follows them', async () => {
			const backing = makeBacking();
			let store = await backing.open();
			let t = await startTestBot({ store });
			try {
				const set = [
					{ name: 'mode', type: 3, value: 'hide' },
					{ name: 'safe-through', type: 4, value: 10 },
				];
				expect(summary(await slash(t, 'spoilers', sub('set', ...set), MOD))).toEqual([
					'POST callback:5 204',
					'PATCH original 200',
				]);
				const override = [
					{ name: 'mode', type: 3, value: 'show' },
					{ name: 'channel', type: 7, value: SPOILERS },
				];
				await slash(t, 'spoilers', sub('set', ...override), MOD);
				await t.close();
				await store.close();

				store = await backing.open();
				t = await startTestBot({ store });
				const view = await slash(t, 'spoilers', sub('view'), MOD);
				expect(summary(view)).toEqual(['POST callback:5 204', 'PATCH original 200']);
				expect(embedOf(finalMessage(view)).description).toContain(
					'Server: Quotes from season 11 on are left out (Molly says that one was hidden); seasons 1–10 are safe.',
				);
				expect(embedOf(finalMessage(view)).description).toContain('1 other channel has its own setting.');

				const general = embedOf(finalMessage(await slash(t, 'ask', { question: UPTON }))).description ?? '';
				expect(general).toMatch(/_(One quote was|\d+ quotes were) hidden by this server's spoiler settings\._/);
				const spoilers = embedOf(finalMessage(await slash(t, 'ask', { question: UPTON }, { channelId: SPOILERS })));
				for (const q of season11(t)) {
					expect(general).not.toContain(escapeText(q.text.slice(0, 40)));
					expect(spoilers.description).toContain(`> ${escapeText(q.text.split('\n')[0] ?? '')}`);
				}
			} finally {
				await t.close();
				await store.close();
				await backing.cleanUp();
			}
		});
	});
}

/** The user got the short polite message, only they saw it, and the log holds what actually failed. */
function expectPoliteFailure(t: TestBot, requests: RecordedRequest[]) {
	for (const request of requests) expect(request.status).toBeLessThan(300);
	expect(finalMessage(requests)).toMatchObject({ flags: EPHEMERAL, content: UNREADABLE });
	const logged = t.logs.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'spoiler settings store failed');
	expect(logged).toMatchObject({ level: 50, guild: GUILD, operation: 'read', code: 'unavailable' });
	expect(logged.err.message).toMatch(/get \S+guild-settings:310000000000000001/);
}

describe('GIVEN a store that fails while Molly runs', () => {
	it('WHEN the SQLite file is closed THEN /ask and /spoilers answer politely and the detail is logged', async () => {
		const backing = sqliteFile();
		const store = await backing.open();
		const t = await startTestBot({ store });
		try {
			await store.close();
			const ask = await slash(t, 'ask', { question: UPTON });
			expect(summary(ask)).toEqual(['POST callback:4 204']);
			expectPoliteFailure(t, ask);
			const set = await slash(t, 'spoilers', sub('set', { name: 'mode', type: 3, value: 'show' }), MOD);
			expect(summary(set)).toEqual(['POST callback:5 204', 'POST followup 200']);
			expectPoliteFailure(t, set);
		} finally {
			await t.close();
			await backing.cleanUp();
		}
	});

	it.runIf(hasRedis)('WHEN Redis goes away THEN /ask answers politely instead of showing spoilers', async () => {
		const relay = await relayToRedis();
		const backing = redisBacking();
		const store = await openStore(relay.url, { prefix: backing.prefix, timeoutMs: 2_000 });
		const t = await startTestBot({ store });
		try {
			const hide = [
				{ name: 'mode', type: 3, value: 'hide' },
				{ name: 'safe-through', type: 4, value: 10 },
			];
			await slash(t, 'spoilers', sub('set', ...hide), MOD);
			relay.cut();
			// Depending on how fast the reconnects give up, the reply is direct or follows a deferral: either is fine.
			expectPoliteFailure(t, await slash(t, 'ask', { question: UPTON }, { timeout: 10_000 }));
		} finally {
			await t.close();
			await store.close();
			await backing.cleanUp();
		}
	});
});
