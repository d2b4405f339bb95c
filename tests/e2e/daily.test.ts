import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostRecord } from '../../src/daily/records';
import { loadCommands } from '../../src/discord/loader';
import { loadBank } from '../../src/trivia/bank';
import type { TriviaQuestion } from '../../src/trivia/types';
import { at, FakeClock } from '../daily/job-fixtures';
import { startTestBot, type TestBot } from '../support/bot';
import { commandData, interactionPayload, type SlashOption } from '../support/interactions';
import { nobody } from '../support/mentions';
import { MODERATOR_PERMISSIONS, snowflake, user } from '../support/payloads';
import { EPHEMERAL, embedOf, finalMessage, summary } from '../support/replies';
import type { RecordedRequest } from '../support/stand-in';

let t: TestBot;
let bank: TriviaQuestion[];
// 08:59 in Chicago (CDT) on 2025-06-10.
const clock = new FakeClock(at('2025-06-10T13:59:00Z'));

beforeAll(async () => {
	bank = await loadBank('data');
	t = await startTestBot({ daily: { clock, questions: () => bank, revealAfterHours: 12 } });
	clock.settle = () => t.daily.idle();
});
afterAll(() => t?.close());

/** `/daily <sub>` from a moderator; a `channel` option is resolved as Discord resolves it. */
function daily(sub: string, options: SlashOption[] = [], extra: { resolve?: string } = {}): Promise<RecordedRequest[]> {
	const data: Record<string, unknown> = commandData(t.standIn, 'daily', [{ name: sub, type: 1, options }]);
	if (extra.resolve) {
		data.resolved = { channels: { [extra.resolve]: { id: extra.resolve, type: 0, name: 'trivia', permissions: '0' } } };
	}
	const payload = interactionPayload(t.standIn, 2, data, { permissions: MODERATOR_PERMISSIONS });
	return t.standIn.inject(payload);
}

function set(channel: string, time = '09:00', timezone = 'America/Chicago'): Promise<RecordedRequest[]> {
	const options = [
		{ name: 'channel', type: 7, value: channel },
		{ name: 'time', type: 3, value: time },
		{ name: 'timezone', type: 3, value: timezone },
	];
	return daily('set', options, { resolve: channel });
}

const text = (requests: RecordedRequest[]): string => {
	const message = finalMessage(requests);
	const embed = ((message.embeds ?? []) as APIEmbed[])[0];
	return `${message.content ?? ''}\n${embed?.title ?? ''}\n${embed?.description ?? ''}`;
};

const channelPosts = (channel: string) =>
	t.standIn.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);

async function post(date: string): Promise<PostRecord> {
	const record = await t.daily.records.posts.get(`${t.standIn.guildId}:${date}`);
	if (!record) throw new Error(`no post for ${date}`);
	return record;
}

describe('GIVEN the /daily command', () => {
	it('THEN it needs Manage Server by default and exists only in servers', async () => {
		const json = (await loadCommands()).get('daily')?.data.toJSON();
		expect(json).toMatchObject({ default_member_permissions: '32', contexts: [0] });
		expect(json?.options?.map((o) => o.name)).toEqual(['set', 'off', 'status', 'now']);
	});

	it('WHEN a moderator types a zone THEN autocomplete offers matching IANA zones within Discord’s limits', async () => {
		const data = commandData(t.standIn, 'daily', [
			{ name: 'set', type: 1, options: [{ name: 'timezone', type: 3, value: 'chicago', focused: true }] },
		]);
		const requests = await t.standIn.inject(interactionPayload(t.standIn, 4, data, {}));
		expect(summary(requests)).toEqual(['POST callback:8 204']);
		const body = requests[0]?.body as { data: { choices: Array<{ name: string; value: string }> } } | undefined;
		const choices = body?.data.choices ?? [];
		expect(choices[0]).toEqual({
			name: expect.stringMatching(/^America\/Chicago \(now 08:59\)$/),
			value: 'America/Chicago',
		});
	});

	it('WHEN the time or zone is wrong THEN the moderator alone is told how to fix it', async () => {
		const badTime = await set(t.standIn.channelId, '9am');
		expect(summary(badTime)).toEqual(['POST callback:4 204']);
		expect(finalMessage(badTime)).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/HH:MM/) });
		const badZone = await set(t.standIn.channelId, '09:00', 'Chicago/Illinois');
		expect(finalMessage(badZone)).toMatchObject({
			flags: EPHEMERAL,
			content: expect.stringMatching(/don't know the time zone .*America\/Chicago/),
		});
		expect((await t.daily.status(t.standIn.guildId)).schedule).toBeNull();
	});
});

describe('GIVEN a 09:00 Chicago daily post through the stand-in', () => {
	it('WHEN a moderator sets it THEN the reply confirms the next post as a Discord timestamp', async () => {
		const requests = await set(t.standIn.channelId);
		expect(summary(requests)).toEqual(['POST callback:4 204']);
		expect(finalMessage(requests).flags).toBe(EPHEMERAL);
		const unix = Date.parse('2025-06-10T14:00:00Z') / 1000;
		expect(text(requests)).toContain(`<t:${unix}:F> (<t:${unix}:R>)`);
	});

	it('WHEN 09:00 comes THEN one question is posted with four buttons, pinging nobody', async () => {
		await clock.advanceTo(at('2025-06-10T14:00:00Z'));
		const posts = channelPosts(t.standIn.channelId);
		expect(posts.map((r) => r.status)).toEqual([200]);
		const body = posts[0]?.body as { components: Array<{ components: Array<{ custom_id: string }> }> };
		expect(body.components[0]?.components.map((b) => b.custom_id)).toEqual(
			[0, 1, 2, 3].map((i) => `daily:2025-06-10:${i}`),
		);
		expect(posts[0]?.body).toMatchObject({ allowed_mentions: { parse: [] }, enforce_nonce: true });
		expect(nobody(posts[0]?.pings)).toBe(true);
	});

	it('WHEN members click THEN each first click is acknowledged privately and a second click is refused', async () => {
		const { correct } = await post('2025-06-10');
		const wrong = (correct + 1) % 4;
		const alice = user('190000000000000011', 'alice');
		const bob = user('190000000000000012', 'bob');
		const carol = user('190000000000000013', 'carol');
		const first = await t.standIn.button(`daily:2025-06-10:${correct}`, { user: alice });
		expect(summary(first)).toEqual(['POST callback:4 204']);
		expect(finalMessage(first)).toMatchObject({
			flags: EPHEMERAL,
			content: expect.stringMatching(/^Got it: you picked/),
		});
		await t.standIn.button(`daily:2025-06-10:${wrong}`, { user: bob });
		await t.standIn.button(`daily:2025-06-10:${correct}`, { user: carol });
		const again = await t.standIn.button(`daily:2025-06-10:${wrong}`, { user: alice });
		expect(summary(again)).toEqual(['POST callback:4 204']);
		expect(finalMessage(again)).toMatchObject({
			flags: EPHEMERAL,
			content: expect.stringMatching(/^You already answered .*only your first click counts/),
		});
	});

	it('WHEN the reveal hours pass THEN the post is edited with the answer, the quote, its source and who got it', async () => {
		const sent = channelPosts(t.standIn.channelId)[0]?.response as { id: string };
		await clock.advanceTo(at('2025-06-11T02:00:00Z'));
		const edits = t.standIn.requestsTo('PATCH', /^\/channels\/\d+\/messages\/\d+$/);
		expect(edits.map((r) => [r.path, r.status])).toEqual([
			[`/channels/${t.standIn.channelId}/messages/${sent.id}`, 200],
		]);
		const embed = embedOf(edits[0]?.body as Record<string, unknown>);
		expect(embed.description).toMatch(/✅ \*\*[A-D]\.\*\*/);
		expect(embed.description).toMatch(/^> /m);
		expect(embed.fields?.[0]).toEqual({
			name: '🎯 Got it: 2 of 3',
			value: '<@190000000000000011> <@190000000000000013>',
		});
		expect(nobody(edits[0]?.pings)).toBe(true);
		const late = await t.standIn.button('daily:2025-06-10:0', { user: user('190000000000000014', 'dave') });
		expect(finalMessage(late).content).toMatch(/closed/);
	});

	it('WHEN a moderator asks for the status THEN it shows the channel, time, next and last post and the leaderboard', async () => {
		const requests = await daily('status');
		expect(summary(requests)).toEqual(['POST callback:4 204']);
		const status = text(requests);
		expect(status).toContain(`<#${t.standIn.channelId}>`);
		expect(status).toContain('09:00 (America/Chicago)');
		expect(status).toContain(`<t:${Date.parse('2025-06-11T14:00:00Z') / 1000}:F>`);
		expect(status).toMatch(/Last post:\*\* Jun 10, 2025, <t:\d+:R>: https:\/\/discord\.com\/channels\//);
		expect(status).toMatch(/1\. <@190000000000000011> — 1 point/);
	});

	it('WHEN a moderator posts one now THEN it goes to the channel and the day’s post still comes', async () => {
		const requests = await daily('now');
		expect(summary(requests)).toEqual(['POST callback:4 204']);
		expect(text(requests)).toContain("doesn't count as the day's post");
		expect(channelPosts(t.standIn.channelId).map((r) => r.status)).toEqual([200, 200]);
		await clock.advanceTo(at('2025-06-11T14:00:00Z'));
		expect(channelPosts(t.standIn.channelId).map((r) => r.status)).toEqual([200, 200, 200]);
		expect((await post('2025-06-11')).kind).toBe('daily');
	});
});

describe('GIVEN the daily channel becomes unusable', () => {
	it('WHEN the channel was deleted THEN the post is answered 10003, the schedule pauses, and status says why', async () => {
		const gone = snowflake();
		expect(summary(await set(gone))).toEqual(['POST callback:4 204']);
		await clock.advanceTo(at('2025-06-12T14:00:00Z'));
		const attempts = channelPosts(gone);
		expect(attempts.map((r) => [r.status, (r.response as { code: number }).code])).toEqual([[404, 10003]]);
		const status = text(await daily('status'));
		expect(status).toMatch(/\*\*Paused\*\* since .*the channel no longer exists/);
		expect(status).toContain('run `/daily set` again to resume');
		// No retry loop: days pass without another attempt.
		await clock.advanceTo(at('2025-06-14T15:00:00Z'));
		expect(channelPosts(gone)).toHaveLength(1);
	});

	it('WHEN Molly may not post there THEN the post is answered 50013 and the schedule pauses with that reason', async () => {
		expect(summary(await set(t.standIn.lockedChannelId))).toEqual(['POST callback:4 204']);
		await clock.advanceTo(at('2025-06-15T14:00:00Z'));
		const attempts = channelPosts(t.standIn.lockedChannelId);
		expect(attempts.map((r) => [r.status, (r.response as { code: number }).code])).toEqual([[403, 50013]]);
		expect(text(await daily('status'))).toMatch(/\*\*Paused\*\* since .*Missing Permissions/);
		expect(t.bot.client.isReady()).toBe(true);
	});

	it('WHEN a moderator turns it off THEN status says it is off and nothing more is posted', async () => {
		const off = await daily('off');
		expect(finalMessage(off)).toMatchObject({ flags: EPHEMERAL });
		expect(text(await daily('status'))).toContain('Daily trivia is **off**');
		const before = t.standIn.requests.length;
		await clock.advanceTo(at('2025-06-17T15:00:00Z'));
		expect(t.standIn.requests.slice(before).filter((r) => r.path.startsWith('/channels/'))).toEqual([]);
	});
});
