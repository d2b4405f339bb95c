import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/discord/loader';
import { escapeText } from '../../src/discord/markdown';
import { startTestBot, type TestBot } from '../support/bot';
import { nobody } from '../support/mentions';
import { MODERATOR_PERMISSIONS, user } from '../support/payloads';
import { EPHEMERAL, embedOf, finalMessage, messageOf, summary } from '../support/replies';
import type { RecordedRequest } from '../support/stand-in';
import { ManualClock, until } from '../trivia/clock';
import { articleFiles, shownQuotes } from './quotes';
import {
	buttonsOf,
	embed,
	expectNoFailures,
	posts,
	question,
	reveal,
	rightButton,
	startRound,
	trivia,
	wrongButton,
} from './trivia-support';

const clock = new ManualClock();
let t: TestBot;
beforeAll(async () => {
	t = await startTestBot({ trivia: { clock, pauseMs: 2_000 } });
});
afterAll(() => t?.close());
// A test that fails mid-round must not leave its round running into the next one.
afterEach(async () => {
	const round = t.trivia.roundIn(t.standIn.channelId);
	if (!round) return;
	const ended = posts(t, '⏹️').length;
	t.trivia.stop(t.standIn.channelId, round.starter, true);
	await until(() => posts(t, '⏹️').length > ended, 'the round to end');
});

const player = (n: number) => user(`19000000000000${String(n).padStart(4, '0')}`, `player${n}`);
const alice = player(1);
const bob = player(2);

/** Plays out the open question and the pause after it. */
async function timeUp(seconds = 10): Promise<void> {
	await clock.waitForTimer();
	await clock.advance(seconds * 1000);
}

/** Ends whatever round is running, as its starter would, and waits for the end message. */
async function stopRound(by = alice): Promise<void> {
	const before = posts(t, '⏹️').length;
	await trivia(t, 'stop', { user: by });
	await until(() => posts(t, '⏹️').length > before, 'the stopped message');
}

describe('/trivia through the real client and the stand-in', () => {
	it('GIVEN the command THEN it exists only in servers, with start (3-20 questions, 10-60 s), stop and leaderboard', async () => {
		const json = (await loadCommands()).get('trivia')?.data.toJSON();
		expect(json).toMatchObject({ contexts: [0] });
		const start = json?.options?.find((o) => o.name === 'start') as { options: unknown[] } | undefined;
		expect(json?.options?.map((o) => o.name)).toEqual(['start', 'stop', 'leaderboard']);
		expect(start?.options).toMatchObject([
			{ name: 'questions', min_value: 3, max_value: 20 },
			{ name: 'seconds', min_value: 10, max_value: 60 },
		]);
	});

	it('GIVEN /trivia start THEN a full round plays: questions, private acknowledgements, reveals with quotes, standings, end', async () => {
		const from = t.standIn.requests.length;
		const started = await startRound(t, 3, 10, { user: alice });
		expect(summary(started)).toEqual(['POST callback:4 204']);
		expect(finalMessage(started).content).toMatch(/Trivia!\*\* 3 questions, 10 seconds each/);
		const texts = [...articleFiles().values()];
		for (let n = 1; n <= 3; n++) {
			const post = await question(t, n, from);
			const buttons = buttonsOf(post);
			expect(buttons).toHaveLength(4);
			expect(new Set(buttons.map((b) => b.custom_id)).size).toBe(4);
			expect(embed(post).title).toBe(`Trivia · question ${n} of 3`);
			expect(nobody(post.pings)).toBe(true);
			const right = rightButton(t, post);
			const mine = await t.standIn.button(right.custom_id, { user: alice });
			expect(summary(mine)).toEqual(['POST callback:4 204']);
			expect(finalMessage(mine)).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^🔒 Locked in/) });
			if (n === 1) await t.standIn.button(wrongButton(t, post).custom_id, { user: bob });
			await timeUp();
			const shown = await reveal(t, n, from);
			const answer = embed(shown);
			expect(answer.description).toContain(`✅ **${escapeText(right.label)}**`);
			expect(answer.fields?.find((f) => f.name === 'Got it')?.value).toContain(`<@${alice.id}> +200`);
			expect(answer.fields?.find((f) => f.name === 'Standings')?.value).toContain(`<@${alice.id}> — ${200 * n} pts`);
			// The quote is verbatim from an article (escaping aside) and its source is cited.
			const [quoted] = shownQuotes(answer.description ?? '');
			expect(quoted?.citations).toEqual([1]);
			expect(
				texts.some((text) => text.includes(quoted?.text ?? '\u0000')),
				quoted?.text,
			).toBe(true);
			expect(answer.description).toMatch(/\n\n\[1\] \*\*/);
			// The question's buttons are closed, the right one marked.
			const closed = t.standIn.requestsTo('PATCH', /^\/channels\/\d+\/messages\/\d+$/).at(-1);
			expect(buttonsOf(closed).every((b) => b.disabled)).toBe(true);
			expect(buttonsOf(closed).find((b) => b.custom_id === right.custom_id)?.style).toBe(3);
			if (n < 3) {
				await clock.waitForTimer();
				await clock.advance(2_000);
			}
		}
		await until(() => posts(t, '🏁 Round over', from).length === 1, 'the end of the round');
		expect(embed(posts(t, '🏁 Round over', from)[0]).description).toContain(`🥇 <@${alice.id}> — 600 pts (3 right)`);
		expectNoFailures(t, from);
		const board = await trivia(t, 'leaderboard');
		expect(summary(board)).toEqual(['POST callback:4 204']);
		expect(embedOf(finalMessage(board)).description).toContain(`<@${alice.id}> — 600 points`);
	});

	it('GIVEN fifty players click at once THEN every first click is counted exactly once and the totals are exact', async () => {
		const before = new Map((await t.trivia.leaderboard(t.standIn.guildId, 100)).map((s) => [s.member, s.score]));
		const from = t.standIn.requests.length;
		await startRound(t, 3, 10, { user: alice });
		const post = await question(t, 1, from);
		const right = rightButton(t, post);
		const wrong = wrongButton(t, post);
		const players = Array.from({ length: 50 }, (_, i) => player(100 + i));
		const replies = await Promise.all(
			players.map((p, i) => t.standIn.button((i < 30 ? right : wrong).custom_id, { user: p })),
		);
		for (const reply of replies) {
			expect(summary(reply)).toEqual(['POST callback:4 204']);
			expect(finalMessage(reply)).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^🔒 Locked in/) });
		}
		await timeUp();
		const answer = embed(await reveal(t, 1, from));
		const got = answer.fields?.find((f) => f.name === 'Got it')?.value ?? '';
		expect(got).toContain('(30 of 50 right)');
		const after = new Map((await t.trivia.leaderboard(t.standIn.guildId, 100)).map((s) => [s.member, s.score]));
		for (const [i, p] of players.entries()) {
			expect(after.get(p.id) ?? 0, p.username).toBe((before.get(p.id) ?? 0) + (i < 30 ? 200 : 0));
		}
		await stopRound();
		expectNoFailures(t, from);
	});

	it('GIVEN a player double-clicks THEN one click counts and the other is politely refused, privately', async () => {
		const from = t.standIn.requests.length;
		await startRound(t, 3, 10, { user: alice });
		const post = await question(t, 1, from);
		const right = rightButton(t, post);
		const [one, two] = await Promise.all([
			t.standIn.button(right.custom_id, { user: bob }),
			t.standIn.button(wrongButton(t, post).custom_id, { user: bob }),
		]);
		const contents = [one, two].map((r) => finalMessage(r ?? []));
		for (const message of contents) expect(message.flags).toBe(EPHEMERAL);
		const texts = contents.map((m) => String(m.content));
		expect(texts.filter((c) => c.startsWith('🔒 Locked in'))).toHaveLength(1);
		expect(texts.filter((c) => /^You already answered .*only your first click counts/.test(c))).toHaveLength(1);
		await timeUp();
		const got = embed(await reveal(t, 1, from)).fields?.find((f) => f.name === 'Got it')?.value ?? '';
		expect(got).toMatch(/\((0|1) of 1 right\)/);
		await stopRound();
		expectNoFailures(t, from);
	});

	it('GIVEN a stranger runs /trivia stop THEN it is refused privately and the round goes on; a moderator may stop it', async () => {
		const from = t.standIn.requests.length;
		await startRound(t, 3, 10, { user: alice });
		const post = await question(t, 1, from);
		const refused = await trivia(t, 'stop', { user: bob });
		expect(summary(refused)).toEqual(['POST callback:4 204']);
		expect(finalMessage(refused)).toMatchObject({
			flags: EPHEMERAL,
			content: `Only <@${alice.id}>, who started this round, or someone with Manage Server can stop it.`,
		});
		expect(t.trivia.roundIn(t.standIn.channelId)).toBeDefined();
		const again = await startRound(t, 3, 10, { user: bob });
		expect(finalMessage(again)).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/already running/) });
		const stopped = await trivia(t, 'stop', { user: bob, permissions: MODERATOR_PERMISSIONS });
		expect(finalMessage(stopped).content).toMatch(/Stopping the round/);
		await until(() => posts(t, '⏹️', from).length === 1, 'the stopped message');
		expect(embed(posts(t, '⏹️', from)[0]).description).toContain(`Stopped by <@${bob.id}>`);
		// The question that was open stops inviting clicks, and a late click hears that the round has ended.
		await until(() => t.standIn.requestsTo('PATCH', /messages/).length > 0, 'the closed question');
		const late = await t.standIn.button(buttonsOf(post)[0]?.custom_id ?? '', { user: bob });
		expect(finalMessage(late)).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/round has ended/) });
		expect(t.trivia.roundIn(t.standIn.channelId)).toBeUndefined();
		expectNoFailures(t, from);
	});

	it('GIVEN a channel Molly cannot post in THEN the starter alone is told, and the channel is free again', async () => {
		const channelId = t.standIn.lockedChannelId;
		const requests = await startRound(t, 3, 10, { user: alice, channelId, settle: 300 });
		expect(summary(requests)).toEqual(['POST callback:4 204', 'POST followup 200']);
		expect(messageOf(requests[1] as RecordedRequest)).toMatchObject({
			flags: EPHEMERAL,
			content: expect.stringMatching(/could not post the trivia round in this channel/),
		});
		expect(t.standIn.requestsTo('POST', new RegExp(`^/channels/${channelId}/messages$`)).map((r) => r.status)).toEqual([
			403,
		]);
		expect(t.trivia.roundIn(channelId)).toBeUndefined();
	});

	it('GIVEN no round is running THEN /trivia stop says so, privately', async () => {
		const requests = await trivia(t, 'stop', { user: alice });
		expect(finalMessage(requests)).toMatchObject({
			flags: EPHEMERAL,
			content: expect.stringMatching(/no trivia round/),
		});
	});
});

describe('/trivia in a channel whose spoiler policy tags', () => {
	const tagClock = new ManualClock();
	let tagged: TestBot;
	beforeAll(async () => {
		tagged = await startTestBot({
			trivia: { clock: tagClock, pauseMs: 1_000 },
			spoilers: { policyFor: async () => () => 'tag', decisionFor: async () => () => 'tag' },
		});
	});
	afterAll(() => tagged?.close());

	it('GIVEN a question THEN it is posted tagged, and its reveal tags the question, answer, quote and source', async () => {
		await startRound(tagged, 3, 10, { user: alice });
		const post = await question(tagged, 1);
		expect(embed(post).description).toMatch(/^\|\|\*\*.+\*\*\|\|\n\n_Spoiler-tagged/s);
		await tagClock.waitForTimer();
		await tagClock.advance(10_000);
		const description = embed(await reveal(tagged, 1)).description ?? '';
		const [asked, answer, ...rest] = description.split('\n\n');
		expect(asked).toMatch(/^\|\|.+\|\|$/s);
		expect(answer).toMatch(/^✅ \|\|\*\*[A-D]\. .+\*\*\|\|$/);
		const quoteLines = rest
			.join('\n\n')
			.split('\n')
			.filter((l) => l.startsWith('> '));
		expect(quoteLines.length).toBeGreaterThan(0);
		for (const line of quoteLines) expect(line).toMatch(/^> \|\|.+\|\|( \[1\])?$/);
		expect(description).toMatch(/\n\n\[1\] \|\|\*\*.+\|\|$/);
		// The closed question's buttons are all grey: a green one would show the answer outside the tags.
		const closed = tagged.standIn.requestsTo('PATCH', /^\/channels\/\d+\/messages\/\d+$/).at(-1);
		expect(buttonsOf(closed).map((b) => [b.style, b.disabled])).toEqual(Array(4).fill([2, true]));
		expectNoFailures(tagged);
	});
});
