import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/daily/clock';
import { addDays, localDate } from '../../src/daily/local-time';
import { loadBank } from '../../src/trivia/bank';
import { startTestBot, type TestBot } from '../support/bot';
import { commandData, interactionPayload } from '../support/interactions';
import { MODERATOR_PERMISSIONS, user } from '../support/payloads';
import { summary } from '../support/replies';

/** Real timers on a clock that runs `speed` times faster than the wall clock: a day lasts seconds. */
class FastClock implements Clock {
	#origin = performance.now();
	constructor(
		readonly start: Date,
		readonly speed: number,
	) {}

	now(): Date {
		return new Date(this.start.getTime() + (performance.now() - this.#origin) * this.speed);
	}

	/** Back to `start`: starting the bot takes a second, which is hours on this clock. */
	restart(): void {
		this.#origin = performance.now();
	}

	setTimer(run: () => void, ms: number): () => void {
		const timer = setTimeout(run, ms / this.speed);
		return () => clearTimeout(timer);
	}
}

const DAY_MS = 3_000;
// 08:00 in Chicago; a day lasts three seconds, so 09:00 comes 125 ms after the start, after /daily set.
const clock = new FastClock(new Date('2025-06-10T13:00:00Z'), 86_400_000 / DAY_MS);
let t: TestBot;

beforeAll(async () => {
	const bank = await loadBank('data');
	t = await startTestBot({ daily: { clock, questions: () => bank, revealAfterHours: 12, refreshMs: 3_600_000 } });
	clock.restart();
});
afterAll(() => t?.close());

async function until<T>(what: string, check: () => T | undefined | false, timeoutMs = 4 * DAY_MS): Promise<T> {
	const deadline = performance.now() + timeoutMs;
	for (;;) {
		const value = check();
		if (value) return value;
		if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

describe('GIVEN days three seconds long and the real timers', () => {
	it('WHEN two days pass THEN it posts once each day, takes answers, and reveals the first at its hour', async () => {
		const options = [
			{ name: 'channel', type: 7, value: t.standIn.channelId },
			{ name: 'time', type: 3, value: '09:00' },
			{ name: 'timezone', type: 3, value: 'America/Chicago' },
		];
		const data = commandData(t.standIn, 'daily', [{ name: 'set', type: 1, options }]);
		const payload = interactionPayload(t.standIn, 2, data, { permissions: MODERATOR_PERMISSIONS });
		expect(summary(await t.standIn.inject(payload))).toEqual(['POST callback:4 204']);
		const posts = () => t.standIn.requestsTo('POST', /^\/channels\/\d+\/messages$/);

		await until('the first post', () => posts().length >= 1);
		// Usually 2025-06-10; on a slow machine /daily set itself can take a fake hour and miss 09:00.
		const guild = t.standIn.guildId;
		const firstDate = (await t.daily.records.lastClaims.get(guild))?.date ?? '';
		const first = await t.daily.records.posts.get(`${guild}:${firstDate}`);
		if (!first) throw new Error(`no post record for ${firstDate}`);
		const click = await t.standIn.button(`daily:${firstDate}:${first.correct}`, {
			user: user('190000000000000021', 'erin'),
		});
		expect(summary(click)).toEqual(['POST callback:4 204']);

		const reveal = await until('the reveal', () => t.standIn.requestsTo('PATCH', /^\/channels\//)[0]);
		expect(reveal.status).toBe(200);
		expect(JSON.stringify(reveal.body)).toContain('<@190000000000000021>');
		await until('the second post', () => posts().length >= 2);
		await t.daily.idle();

		const sent = posts();
		expect(sent.map((r) => r.status)).toEqual([200, 200]);
		const dates = [firstDate, addDays(firstDate, 1)];
		const claims = await Promise.all(dates.map((date) => t.daily.records.claims.get(`${guild}:${date}`)));
		expect(claims.map((claim) => claim?.state)).toEqual(['sent', 'sent']);
		// Each post went out on its own Chicago date (timers are not exact: a real millisecond is half a minute here).
		expect(claims.map((claim) => localDate(new Date(claim?.at ?? 0), 'America/Chicago'))).toEqual(dates);
		const firstMessage = sent[0]?.response as { id: string } | undefined;
		expect(reveal.path).toBe(`/channels/${t.standIn.channelId}/messages/${firstMessage?.id}`);
	});
});
