import { describe, expect, it } from 'vitest';
import { type Backing, redisAvailable, redisBacking, sqliteBacking } from '../store/fixtures';
import { startTestBot, type TestBot } from '../support/bot';
import { commandData, interactionPayload } from '../support/interactions';
import { user } from '../support/payloads';
import { EPHEMERAL, embedOf, finalMessage, summary } from '../support/replies';
import { ManualClock } from '../trivia/clock';
import { buttonsOf, expectNoFailures, question, reveal, rightButton, startRound, wrongButton } from './trivia-support';

const hasRedis = await redisAvailable();
const backings: Array<[Backing['name'], () => Backing, boolean]> = [
	['SQLite', sqliteBacking, true],
	['Redis', redisBacking, hasRedis],
];

const alice = user('190000000000000201', 'alice');
const bob = user('190000000000000202', 'bob');

/** `/trivia leaderboard` asked in server `guildId` (the same server, seen by a bot that has restarted). */
function leaderboardIn(bot: TestBot, guildId: string) {
	const { applicationId, channelId, bot: me } = bot.standIn;
	const ctx = { applicationId, channelId, bot: me, guildId };
	const data = commandData(ctx, 'trivia', [{ name: 'leaderboard', type: 1 }]);
	return bot.standIn.inject(interactionPayload(ctx, 2, data, { user: bob }));
}

for (const [name, makeBacking, available] of backings) {
	describe.runIf(available)(`GIVEN trivia on a ${name} store`, () => {
		it('WHEN the bot restarts mid-round THEN old buttons say the round has ended and the leaderboard keeps its points', async () => {
			const backing = makeBacking();
			const clock = new ManualClock();
			let store = await backing.open();
			let bot = await startTestBot({ store, trivia: { clock, pauseMs: 1_000 } });
			const guildId = bot.standIn.guildId;
			let stale = '';
			try {
				await startRound(bot, 3, 10, { user: alice });
				const first = await question(bot, 1);
				await bot.standIn.button(rightButton(bot, first).custom_id, { user: alice });
				await bot.standIn.button(wrongButton(bot, first).custom_id, { user: bob });
				await clock.waitForTimer();
				await clock.advance(10_000);
				await reveal(bot, 1);
				await clock.waitForTimer();
				await clock.advance(1_000);
				const second = await question(bot, 2);
				stale = buttonsOf(second)[0]?.custom_id ?? '';
				expectNoFailures(bot);
			} finally {
				// The restart: the process goes away mid-question, with its timers and its round.
				await bot.close();
				await store.close();
			}
			store = await backing.open();
			bot = await startTestBot({ store, trivia: { clock: new ManualClock() } });
			try {
				const late = await bot.standIn.button(stale, { user: bob });
				expect(summary(late)).toEqual(['POST callback:4 204']);
				expect(finalMessage(late)).toMatchObject({
					flags: EPHEMERAL,
					content: 'This round has ended. Start a new one with `/trivia start`.',
				});
				const board = await leaderboardIn(bot, guildId);
				expect(summary(board)).toEqual(['POST callback:4 204']);
				const lines = (embedOf(finalMessage(board)).description ?? '').split('\n');
				expect(lines).toEqual([`**1.** <@${alice.id}> — 200 points`]);
				// The channel is free again: a new round may start at once.
				expect(summary(await startRound(bot, 3, 10, { user: bob }))).toEqual(['POST callback:4 204']);
				await question(bot, 1);
				expectNoFailures(bot);
			} finally {
				await bot.close();
				await store.close();
				await backing.cleanUp();
			}
		});
	});
}
