/**
 * The bot as `npm start` composes it, for bench/discord.ts to measure in its own process. The one difference:
 * @discordjs/rest's global cap (50 requests/s, which also throttles webhook edits) is raised, since the bench
 * measures Molly, not Discord's rate limit. Production keeps the default.
 */
import { join } from 'node:path';
import { checkQuestion, loadEngine } from '../src/answers/engine';
import { loadConfig } from '../src/config';
import { discordPlatform } from '../src/daily/discord';
import { DailyService } from '../src/daily/service';
import { startBot } from '../src/discord/bot';
import { loadCommands } from '../src/discord/loader';
import { createLogger } from '../src/log';
import { loadSeasons } from '../src/spoilers/season-data';
import { SpoilerService } from '../src/spoilers/service';
import { openStore } from '../src/store';
import { loadBank } from '../src/trivia/bank';
import { TriviaService } from '../src/trivia/service';

const config = loadConfig();
const log = createLogger({ level: config.logLevel, secrets: [config.token] });
const engine = await loadEngine(config.dataDir);
engine.suggest('', 25);
const store = await openStore(config.storeUrl);
const spoilers = new SpoilerService({ store, seasons: await loadSeasons(join(config.dataDir, 'seasons.json')), log });
const bank = await loadBank(config.dataDir);
const daily = new DailyService({
	store,
	log,
	questions: () => bank,
	revealAfterHours: config.dailyRevealHours,
	spoilers,
});
const deps = {
	engine,
	checkQuestion,
	log,
	store,
	spoilers,
	daily,
	trivia: new TriviaService({ bank, store, log }),
};
const bot = await startBot({
	config,
	deps,
	commands: await loadCommands(),
	client: { rest: { globalRequestsPerSecond: 100_000 } },
});
daily.start(discordPlatform(bot.client));
process.once('SIGTERM', async () => {
	await daily.stop();
	await bot.stop();
	await store.close();
	process.exit(0);
});
