import { join } from 'node:path';
import { checkQuestion, loadEngine } from './answers/engine';
import { type Config, ConfigError, loadConfig } from './config';
import { discordPlatform } from './daily/discord';
import { DailyService } from './daily/service';
import type { Bot } from './discord/bot';
import { startBot } from './discord/bot';
import type { Deps } from './discord/command';
import { loadCommands } from './discord/loader';
import { createLogger, type Logger, scrubber } from './log';
import { loadSeasons } from './spoilers/season-data';
import { SpoilerService } from './spoilers/service';
import { openStore, type Store } from './store';
import { loadBank } from './trivia/bank';
import { TriviaService } from './trivia/service';

/** Stops start-up with one line on stderr: no stack trace, the message already says what to fix. */
function die(message: string): never {
	process.stderr.write(`molly: ${message}\n`);
	process.exit(1);
}

function configure(): Config {
	try {
		return loadConfig();
	} catch (error) {
		if (error instanceof ConfigError) die(error.message);
		throw error;
	}
}

/** SIGINT/SIGTERM: stop the daily job, let in-flight replies finish, close the gateway and the store, exit 0. */
function onShutdown(
	log: Logger,
	bot: () => Bot | null,
	store: () => Store | null,
	daily: () => DailyService | null = () => null,
): void {
	let closing = false;
	const shutdown = async (signal: NodeJS.Signals) => {
		// npm and tsx forward the signal too, so the same signal can arrive more than once.
		if (closing) return;
		closing = true;
		log.info({ signal, inFlight: bot()?.inFlight ?? 0 }, 'shutting down');
		// First, so no post starts now; one in progress finishes while the client and the store are still open.
		await daily()?.stop();
		await bot()?.stop();
		await store()
			?.close()
			.catch((error: unknown) => log.warn({ err: error }, 'store did not close cleanly'));
		log.info('stopped');
		process.exit(0);
	};
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);
}

async function main(): Promise<void> {
	const config = configure();
	const log = createLogger({ level: config.logLevel, secrets: [config.token] });
	process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));
	let bot: Bot | null = null;
	let store: Store | null = null;
	let daily: DailyService | null = null;
	onShutdown(
		log,
		() => bot,
		() => store,
		() => daily,
	);
	try {
		store = await openStore(config.storeUrl, { onError: (error) => log.warn({ err: error }, 'store error') });
	} catch (error) {
		die(`could not open the store at STORE_URL: ${(error as Error).message.split('\n')[0]}`);
	}
	log.info({ store: store.kind }, 'store opened');

	const engine = await loadEngine(config.dataDir);
	// The engine builds its suggestion list on first use (~0.4 s); do it now, not in a user's autocomplete window.
	engine.suggest('', 25);
	const bank = await loadBank(config.dataDir);
	daily = new DailyService({
		store,
		log,
		questions: () => bank,
		revealAfterHours: config.dailyRevealHours,
		// Read through deps at each post, so the daily post follows the same spoiler policy as the commands.
		spoilers: { decisionFor: (guildId, channelId) => deps.spoilers.decisionFor(guildId, channelId) },
	});
	const deps: Deps = {
		engine,
		checkQuestion,
		log,
		store,
		spoilers: new SpoilerService({ store, seasons: await loadSeasons(join(config.dataDir, 'seasons.json')), log }),
		daily,
		trivia: new TriviaService({ bank, store, log }),
	};
	log.info({ articles: engine.articles.length, dataDir: config.dataDir }, 'engine loaded');
	try {
		bot = await startBot({ config, deps, commands: await loadCommands() });
	} catch (error) {
		const code = (error as { code?: unknown }).code;
		if (code === 'TokenInvalid')
			die(
				'DISCORD_TOKEN was rejected by Discord: reset it in the Developer Portal (Bot > Reset Token) and update .env',
			);
		throw error;
	}
	daily.start(discordPlatform(bot.client));
}

main().catch((error: unknown) => {
	const scrub = scrubber([process.env.DISCORD_TOKEN ?? '']);
	die(`could not start: ${scrub(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
});
