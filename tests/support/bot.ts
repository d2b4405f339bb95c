import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkQuestion, loadEngine } from '../../src/answers/engine';
import type { Engine } from '../../src/answers/engine-api';
import { discordPlatform } from '../../src/daily/discord';
import { type DailyOptions, DailyService } from '../../src/daily/service';
import { type Bot, startBot } from '../../src/discord/bot';
import type { ClientOverrides } from '../../src/discord/client';
import type { Command, Deps } from '../../src/discord/command';
import { loadCommands } from '../../src/discord/loader';
import type { QuoteDecision } from '../../src/discord/render';
import { createLogger } from '../../src/log';
import { loadSeasons } from '../../src/spoilers/season-data';
import { SpoilerService } from '../../src/spoilers/service';
import { openStore, type Store } from '../../src/store';
import { loadBank } from '../../src/trivia/bank';
import { type TriviaOptions, TriviaService } from '../../src/trivia/service';
import { StandIn, type StandInOptions } from './stand-in';

export interface TestBot {
	standIn: StandIn;
	bot: Bot;
	engine: Engine;
	/** Every log line the bot wrote, as written (JSON). */
	logs: string[];
	store: Store;
	/** The daily post feature, started on the bot's client. */
	daily: DailyService;
	/** Trivia rounds; closed with the bot. */
	trivia: TriviaService;
	close(): Promise<void>;
}

export interface TestBotOptions {
	dataDir?: string;
	/** Commands added to the real ones (a handler that fails on purpose, say). */
	extraCommands?: Command[];
	/** A fixed spoiler decision instead of the real spoiler service (which reads the store). */
	decide?: QuoteDecision;
	/** Replaces the whole spoiler policy (a slow one, say); `decide` is ignored then. */
	spoilers?: Deps['spoilers'];
	client?: ClientOverrides;
	standIn?: StandInOptions;
	/** A store to use (and leave open); by default a fresh SQLite file, closed with the bot. */
	store?: Store;
	/** Daily post options (a clock moved by hand, a question bank); by default the real clock and no questions. */
	daily?: Partial<Omit<DailyOptions, 'store' | 'log' | 'spoilers'>>;
	/** Trivia options (a clock moved by hand, a shorter pause); by default the real clock and the real bank. */
	trivia?: Partial<Omit<TriviaOptions, 'store' | 'log'>>;
}

/** The real bot (real engine, real commands, real discord.js client) logged into a fresh stand-in. */
export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
	const standIn = await StandIn.start(options.standIn);
	const logs: string[] = [];
	const log = createLogger({
		level: 'debug',
		secrets: [standIn.token],
		destination: { write: (line) => logs.push(line) },
	});
	const engine = await loadEngine(options.dataDir ?? 'data');
	engine.suggest('', 25);
	const storeDir = options.store ? null : await mkdtemp(join(tmpdir(), 'molly-store-'));
	const store = options.store ?? (await openStore(`sqlite://${join(storeDir ?? '', 'molly.sqlite')}`));
	const decide = options.decide;
	// The real spoiler service over the store, unless the test fixes a policy.
	const spoilers =
		options.spoilers ??
		(decide
			? { policyFor: async () => decide, decisionFor: async () => () => 'show' as const }
			: new SpoilerService({ store, seasons: await loadSeasons(), log }));
	const daily = new DailyService({ store, log, spoilers, questions: () => [], ...options.daily });
	const trivia = new TriviaService({ bank: await loadBank(options.dataDir ?? 'data'), store, log, ...options.trivia });
	const deps: Deps = { engine, checkQuestion, log, store, spoilers, daily, trivia };
	const commands = await loadCommands();
	for (const command of options.extraCommands ?? []) commands.set(command.data.name, command);
	const config = { apiUrl: standIn.url, token: standIn.token };
	const bot = await startBot({ config, deps, commands, client: options.client });
	daily.start(discordPlatform(bot.client));
	return {
		standIn,
		bot,
		engine,
		logs,
		store,
		daily,
		trivia,
		async close() {
			trivia.close();
			await daily.stop(1000);
			await bot.stop(1000);
			await standIn.close();
			if (storeDir) {
				await store.close();
				await rm(storeDir, { recursive: true, force: true });
			}
		},
	};
}

/** A temporary copy of data/ with extra articles, for tests that need text the real articles lack. */
export async function dataWith(articles: Record<string, string>): Promise<{ dir: string; remove(): Promise<void> }> {
	const dir = await mkdtemp(join(tmpdir(), 'molly-data-'));
	await cp('data', dir, { recursive: true });
	for (const [file, text] of Object.entries(articles)) await writeFile(join(dir, 'articles', file), text);
	return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
