import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDate } from '../../src/daily/local-time';
import { type Store, StoreError } from '../../src/store';
import {
	at,
	CHANNEL,
	FakeClock,
	FakePoster,
	GUILD,
	MOD,
	messages,
	type Process,
	question,
	sqliteFile,
	startProcess,
} from './job-fixtures';

const CHICAGO_9 = { time: '09:00', timeZone: 'America/Chicago' };

let file: Awaited<ReturnType<typeof sqliteFile>>;
const stores: Store[] = [];
const processes: Process[] = [];
let clock: FakeClock;
let poster: FakePoster;

async function start(options: Parameters<typeof startProcess>[3] = {}): Promise<Process> {
	const store = await file.open();
	stores.push(store);
	const process = startProcess(store, clock, poster, options);
	processes.push(process);
	clock.settle = () => Promise.all(processes.map((p) => p.daily.idle()));
	await clock.settle();
	return process;
}

/** Stops a process as a crash would: its timers die with it, its store connection closes. */
async function kill(process: Process): Promise<void> {
	await process.daily.stop(10);
	processes.splice(processes.indexOf(process), 1);
}

beforeEach(async () => {
	file = await sqliteFile();
	// 07:00 in Chicago (CDT) on 2025-06-10.
	clock = new FakeClock(at('2025-06-10T12:00:00Z'));
	poster = new FakePoster();
});

afterEach(async () => {
	for (const process of processes.splice(0)) await process.daily.stop(10);
	for (const store of stores.splice(0)) await store.close();
	await file.remove();
});

describe('GIVEN a 09:00 America/Chicago schedule and a clock moved by hand', () => {
	it('WHEN three days pass THEN it posts once a day, each at 09:00 Chicago time', async () => {
		const { daily } = await start();
		const { next } = await daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		expect(next.toISOString()).toBe('2025-06-10T14:00:00.000Z');
		await clock.advanceTo(at('2025-06-13T12:00:00Z'));
		expect(poster.sent.map((post) => [post.postId, post.postedAt])).toEqual([
			['2025-06-10', '2025-06-10T14:00:00.000Z'],
			['2025-06-11', '2025-06-11T14:00:00.000Z'],
			['2025-06-12', '2025-06-12T14:00:00.000Z'],
		]);
	});

	it('WHEN the post is due THEN the claim on the local date is in the store before the message is sent', async () => {
		const { daily } = await start();
		await daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		const seen: unknown[] = [];
		poster.onSend = async () => {
			seen.push(await daily.records.claims.get(`${GUILD}:2025-06-10`));
		};
		await clock.advanceTo(at('2025-06-10T15:00:00Z'));
		expect(seen).toEqual([expect.objectContaining({ state: 'claimed', at: '2025-06-10T14:00:00.000Z' })]);
		expect(await daily.records.claims.get(`${GUILD}:2025-06-10`)).toMatchObject({ state: 'sent' });
	});

	it('WHEN the schedule is set after 09:00 THEN the first post is the next day, as the reply said', async () => {
		const { daily } = await start();
		await clock.advanceTo(at('2025-06-10T15:00:00Z'));
		const { next } = await daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		expect(next.toISOString()).toBe('2025-06-11T14:00:00.000Z');
		await clock.advanceTo(at('2025-06-11T13:59:59Z'));
		expect(poster.sent).toEqual([]);
		await clock.advanceTo(at('2025-06-11T14:00:00Z'));
		expect(poster.postIds).toEqual(['2025-06-11']);
	});

	it('WHEN members click THEN each first click counts, later ones are refused, and the reveal lists who got it', async () => {
		const { daily } = await start({ revealAfterHours: 12 });
		await daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		await clock.advanceTo(at('2025-06-10T14:00:00Z'));
		const [post] = poster.sent;
		if (!post) throw new Error('no post');
		const wrong = (post.correct + 1) % 4;
		expect(await daily.answer(GUILD, post.postId, '11', post.correct)).toMatchObject({ kind: 'counted' });
		expect(await daily.answer(GUILD, post.postId, '12', wrong)).toMatchObject({ kind: 'counted' });
		expect(await daily.answer(GUILD, post.postId, '11', wrong)).toMatchObject({
			kind: 'repeat',
			choice: post.correct,
		});
		expect(await daily.answer(GUILD, post.postId, '13', post.correct)).toMatchObject({ kind: 'counted' });
		await clock.advanceTo(at('2025-06-11T01:59:59Z'));
		expect(poster.reveals).toEqual([]);
		await clock.advanceTo(at('2025-06-11T02:00:00Z'));
		expect(poster.reveals).toHaveLength(1);
		expect(poster.reveals[0]).toMatchObject({ answered: 3, correctUsers: ['11', '13'] });
		expect(await daily.answer(GUILD, post.postId, '14', post.correct)).toEqual({ kind: 'closed' });
		expect(await daily.answer(GUILD, 'no-such-post', '14', 0)).toEqual({ kind: 'unknown' });
	});

	it('WHEN the next day’s post comes before the reveal hours THEN yesterday’s answer is revealed first', async () => {
		const { daily } = await start({ revealAfterHours: 24 });
		await daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		await clock.advanceTo(at('2025-06-10T14:00:00Z'));
		// The 2nd post's day starts at 09:00 CDT; the reveal of the 1st would be at the same instant.
		await clock.advanceTo(at('2025-06-11T14:00:00Z'));
		expect(poster.reveals.map((r) => r.post.postId)).toEqual(['2025-06-10']);
		expect(poster.postIds).toEqual(['2025-06-10', '2025-06-11']);
	});

	it('WHEN a member is right three days running THEN the board has three points and a streak of three', async () => {
		const { daily } = await start({ revealAfterHours: 6 });
		await daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		for (const day of ['10', '11', '12']) {
			await clock.advanceTo(at(`2025-06-${day}T14:00:00Z`));
			const post = poster.sent.at(-1);
			if (!post) throw new Error('no post');
			await daily.answer(GUILD, post.postId, '21', post.correct);
			// Member 22 is right on the first and last day only: the streak restarts.
			await daily.answer(GUILD, post.postId, '22', day === '11' ? (post.correct + 1) % 4 : post.correct);
		}
		await clock.advanceTo(at('2025-06-13T12:00:00Z'));
		const status = await daily.status(GUILD);
		expect(status.leaders).toEqual([
			{ userId: '21', points: 3, streak: 3, best: 3 },
			{ userId: '22', points: 2, streak: 1, best: 1 },
		]);
	});

	it('WHEN /daily now posts THEN the day’s post still comes and the test does not count toward the board', async () => {
		const { daily } = await start({ revealAfterHours: 1 });
		await daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		const test = await daily.postNow(GUILD, CHANNEL);
		if (!test.ok) throw new Error('test post failed');
		await daily.answer(GUILD, test.post.postId, '31', test.post.correct);
		await clock.advanceTo(at('2025-06-10T14:00:00Z'));
		expect(poster.sent.map((post) => post.kind)).toEqual(['test', 'daily']);
		expect(poster.reveals).toMatchObject([{ post: { kind: 'test' }, correctUsers: ['31'], board: null }]);
		expect((await daily.status(GUILD)).leaders).toEqual([]);
	});

	it('WHEN more days pass than there are questions THEN none repeats until every one was asked', async () => {
		const { daily } = await start();
		await daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		await clock.advanceTo(at('2025-06-17T15:00:00Z'));
		const ids = poster.sent.map((post) => post.questionId);
		expect(ids).toHaveLength(8);
		expect(new Set(ids.slice(0, 5)).size).toBe(5);
		// Then the one asked longest ago comes back first.
		expect(ids.slice(5)).toEqual(ids.slice(0, 3));
	});

	it('WHEN the channel hides a question’s seasons THEN it is never posted, and a tagged one is posted tagged', async () => {
		const bank = [question(1, [13]), question(2, [12]), question(3)];
		const { daily } = await start({
			questions: () => bank,
			spoilers: {
				decisionFor: async () => (seasons) => (seasons.includes(13) ? 'hide' : seasons.includes(12) ? 'tag' : 'show'),
			},
		});
		await daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		await clock.advanceTo(at('2025-06-14T15:00:00Z'));
		expect(poster.sent.map((post) => post.questionId)).not.toContain('q1');
		expect(poster.sent.find((post) => post.questionId === 'q2')?.visibility).toBe('tag');
		expect(poster.sent.find((post) => post.questionId === 'q3')?.visibility).toBe('show');
	});
});

describe('GIVEN the bot restarts around the posting time', () => {
	it('WHEN it is down across 09:00 and back the same day THEN it posts once, late, at the restart', async () => {
		const first = await start();
		await first.daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		await clock.advanceTo(at('2025-06-10T13:55:00Z'));
		await kill(first);
		await clock.advanceTo(at('2025-06-10T16:30:00Z'));
		await start();
		await clock.advanceTo(at('2025-06-10T23:00:00Z'));
		expect(poster.sent.map((post) => [post.postId, post.postedAt])).toEqual([
			['2025-06-10', '2025-06-10T16:30:00.000Z'],
		]);
	});

	it('WHEN it is down until the next day THEN that day is skipped with a logged reason and the next posts on time', async () => {
		const first = await start();
		await first.daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		await clock.advanceTo(at('2025-06-10T13:55:00Z'));
		await kill(first);
		await clock.advanceTo(at('2025-06-11T13:00:00Z'));
		const second = await start();
		await clock.advanceTo(at('2025-06-11T15:00:00Z'));
		expect(poster.postIds).toEqual(['2025-06-11']);
		expect(second.lines).toContainEqual(
			expect.objectContaining({
				date: '2025-06-10',
				msg: expect.stringMatching(/^daily post skipped: Molly was not running/),
			}),
		);
	});

	it('WHEN it restarts after the day’s post THEN it does not post again that day', async () => {
		const first = await start();
		await first.daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		await clock.advanceTo(at('2025-06-10T14:05:00Z'));
		await kill(first);
		await start();
		await clock.advanceTo(at('2025-06-11T04:00:00Z'));
		expect(poster.postIds).toEqual(['2025-06-10']);
	});

	it('WHEN it restarts just before the claim THEN the restarted bot posts once', async () => {
		const first = await start();
		await first.daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		await clock.advanceTo(at('2025-06-10T13:59:59Z'));
		await kill(first);
		await start();
		await clock.advanceTo(at('2025-06-10T20:00:00Z'));
		expect(poster.sent.map((post) => [post.postId, post.postedAt])).toEqual([
			['2025-06-10', '2025-06-10T14:00:00.000Z'],
		]);
	});

	it('WHEN it stops between the claim and the send THEN the restarted bot skips the day and logs why', async () => {
		const first = await start();
		await first.daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		await clock.advanceTo(at('2025-06-10T13:59:00Z'));
		// The send starts at 09:00 and never finishes: the process is killed mid-send.
		poster.hang = true;
		const sending = new Promise<void>((resolve) => {
			poster.onSend = () => resolve();
		});
		clock.settle = async () => {};
		await clock.advanceTo(at('2025-06-10T14:00:00Z'));
		await sending;
		await kill(first);
		poster.onSend = () => {};
		poster.hang = false;
		const second = await start();
		await clock.advanceTo(at('2025-06-10T14:10:00Z'));
		expect(poster.sent).toEqual([]);
		expect(await second.daily.records.claims.get(`${GUILD}:2025-06-10`)).toMatchObject({ state: 'claimed' });
		expect(second.lines).toContainEqual(
			expect.objectContaining({
				date: '2025-06-10',
				msg: expect.stringMatching(/^daily post skipped: the date was claimed but the post was never sent/),
			}),
		);
		const status = await second.daily.status(GUILD);
		expect(status.last).toMatchObject({ date: '2025-06-10', unsent: true });
		await clock.advanceTo(at('2025-06-11T15:00:00Z'));
		expect(poster.postIds).toEqual(['2025-06-11']);
	});
});

describe('GIVEN the store fails during the day’s post', () => {
	it('WHEN it fails right after the claim, before any send THEN the same process posts once at its next check', async () => {
		const { daily, lines } = await start();
		await daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		const lastClaims = daily.records.lastClaims;
		const write = lastClaims.set.bind(lastClaims);
		let failures = 1;
		lastClaims.set = async (id, value) => {
			if (failures-- > 0) throw new StoreError('unavailable', 'set timed out');
			return write(id, value);
		};
		await clock.advanceTo(at('2025-06-10T14:30:00Z'));
		expect(poster.sent).toEqual([]);
		expect(messages(lines)).toContain('daily check failed for a server; trying again at the next check');
		await clock.advanceTo(at('2025-06-10T20:00:00Z'));
		expect(poster.sent.map((post) => [post.postId, post.postedAt])).toEqual([
			['2025-06-10', '2025-06-10T15:00:00.000Z'],
		]);
	});
});

describe('GIVEN Discord refuses the post', () => {
	it.each([
		[10003, /no longer exists/],
		[50013, /Missing Permissions/],
		[50001, /Missing Access/],
	])(
		'WHEN it answers %i THEN the schedule pauses with the reason, never retries, and /daily set resumes it',
		async (code, reason) => {
			const { daily, lines } = await start();
			await daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
			poster.failing.set(CHANNEL, code);
			let attempts = 0;
			poster.onSend = () => {
				attempts += 1;
			};
			await clock.advanceTo(at('2025-06-13T15:00:00Z'));
			expect(attempts).toBe(1);
			const status = await daily.status(GUILD);
			expect(status.paused).toMatchObject({ code, reason: expect.stringMatching(reason), channelId: CHANNEL });
			expect(status.next).toBeNull();
			expect(messages(lines)).toContain('daily post paused until a moderator runs /daily set again');
			poster.failing.clear();
			await daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
			expect((await daily.status(GUILD)).paused).toBeNull();
			await clock.advanceTo(at('2025-06-14T15:00:00Z'));
			expect(poster.postIds).toEqual(['2025-06-14']);
		},
	);

	it('WHEN it fails with a server error THEN that day is skipped, not retried, and the next day posts', async () => {
		const { daily } = await start();
		await daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		poster.failing.set(CHANNEL, 0);
		await clock.advanceTo(at('2025-06-10T20:00:00Z'));
		expect((await daily.status(GUILD)).paused).toBeNull();
		expect(await daily.records.claims.get(`${GUILD}:2025-06-10`)).toMatchObject({ state: 'failed' });
		poster.failing.clear();
		await clock.advanceTo(at('2025-06-11T15:00:00Z'));
		expect(poster.postIds).toEqual(['2025-06-11']);
	});

	it('WHEN every question is hidden by the spoiler policy THEN the schedule pauses without claiming the day', async () => {
		const { daily } = await start({ spoilers: { decisionFor: async () => () => 'hide' } });
		await daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		await clock.advanceTo(at('2025-06-10T15:00:00Z'));
		expect((await daily.status(GUILD)).paused?.reason).toMatch(/spoiler settings/);
		expect(await daily.records.claims.get(`${GUILD}:2025-06-10`)).toBeUndefined();
	});
});

describe('GIVEN the clocks change in Chicago', () => {
	it('WHEN 02:30 falls in the spring-forward gap THEN the job wakes and posts once, at 03:00 CDT', async () => {
		clock = new FakeClock(at('2025-03-08T12:00:00Z'));
		const { daily } = await start();
		await daily.configure(GUILD, { time: '02:30', timeZone: 'America/Chicago' }, CHANNEL, MOD);
		await clock.advanceTo(at('2025-03-10T12:00:00Z'));
		expect(poster.sent.map((post) => [post.postId, post.postedAt])).toEqual([
			['2025-03-09', '2025-03-09T08:00:00.000Z'],
			['2025-03-10', '2025-03-10T07:30:00.000Z'],
		]);
	});

	it('WHEN 01:30 comes twice as the clocks fall back THEN it posts once, at the first', async () => {
		clock = new FakeClock(at('2025-11-01T12:00:00Z'));
		const { daily } = await start();
		await daily.configure(GUILD, { time: '01:30', timeZone: 'America/Chicago' }, CHANNEL, MOD);
		await clock.advanceTo(at('2025-11-03T12:00:00Z'));
		expect(poster.sent.map((post) => [post.postId, post.postedAt])).toEqual([
			['2025-11-02', '2025-11-02T06:30:00.000Z'],
			['2025-11-03', '2025-11-03T07:30:00.000Z'],
		]);
	});
});

describe('GIVEN a schedule that changes', () => {
	it('WHEN Tokyo moves west to Chicago after the day’s post THEN no Chicago date gets two posts', async () => {
		clock = new FakeClock(at('2025-06-10T15:00:00Z'));
		const { daily } = await start();
		await daily.configure(GUILD, { time: '09:00', timeZone: 'Asia/Tokyo' }, CHANNEL, MOD);
		// Tokyo's 2025-06-11 09:00 is Chicago's 2025-06-10 19:00.
		await clock.advanceTo(at('2025-06-11T01:00:00Z'));
		await daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		await clock.advanceTo(at('2025-06-13T05:00:00Z'));
		const chicagoDates = poster.sent.map((post) => localDate(new Date(post.postedAt), 'America/Chicago'));
		expect(chicagoDates).toEqual(['2025-06-10', '2025-06-12']);
	});

	it('WHEN it is turned off and on again the same day THEN the day is not posted twice', async () => {
		const { daily } = await start();
		await daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		await clock.advanceTo(at('2025-06-10T14:30:00Z'));
		await daily.turnOff(GUILD);
		await daily.configure(GUILD, { time: '18:00', timeZone: 'America/Chicago' }, CHANNEL, MOD);
		await clock.advanceTo(at('2025-06-11T12:00:00Z'));
		expect(poster.postIds).toEqual(['2025-06-10']);
		expect((await daily.status(GUILD)).next?.toISOString()).toBe('2025-06-11T23:00:00.000Z');
	});

	it('WHEN this process’s shard does not own the server THEN it never claims or posts for it', async () => {
		const { daily } = await start({ owns: () => false });
		await daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
		await clock.advanceTo(at('2025-06-12T15:00:00Z'));
		expect(poster.sent).toEqual([]);
		expect(await daily.records.claims.get(`${GUILD}:2025-06-10`)).toBeUndefined();
	});
});

it('GIVEN a post sent WHEN the reveal comes THEN the board is written once even if two reveals race', async () => {
	const a = await start({ revealAfterHours: 1 });
	const b = await start({ revealAfterHours: 1 });
	await a.daily.configure(GUILD, CHICAGO_9, CHANNEL, MOD);
	await clock.advanceTo(at('2025-06-10T14:00:00Z'));
	const post = poster.sent[0];
	if (!post) throw new Error('no post');
	await a.daily.answer(GUILD, post.postId, '41', post.correct);
	await clock.advanceTo(at('2025-06-10T16:00:00Z'));
	expect(poster.reveals).toHaveLength(1);
	expect((await b.daily.status(GUILD)).leaders).toEqual([{ userId: '41', points: 1, streak: 1, best: 1 }]);
});
