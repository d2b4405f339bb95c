import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log';
import { openStore, type Store } from '../../src/store';
import type { Player } from '../../src/trivia/round';
import {
	type AskView,
	type EndView,
	type RevealView,
	type StartRequest,
	TriviaError,
	TriviaService,
	type TriviaTable,
} from '../../src/trivia/service';
import { ManualClock, settle, until } from './clock';
import { question } from './fixtures';

/** A table that remembers what it was asked to post; `failAsk` makes posting a question fail. */
class FakeTable implements TriviaTable {
	asked: AskView[] = [];
	revealed: RevealView[] = [];
	ended: EndView[] = [];
	failAsk = false;
	async ask(view: AskView) {
		if (this.failAsk) throw new Error('Missing Permissions');
		this.asked.push(view);
	}
	async reveal(view: RevealView) {
		this.revealed.push(view);
	}
	async end(view: EndView) {
		this.ended.push(view);
	}
}

const alice: Player = { id: '1001', name: 'Alice' };
const bob: Player = { id: '1002', name: 'Bob' };
const bank = Array.from({ length: 12 }, (_, i) => question(i, { seasons: i === 0 ? [10] : i === 1 ? [5] : [] }));

let dir: string;
let store: Store;
let clock: ManualClock;
let service: TriviaService;
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'molly-trivia-'));
	store = await openStore(`sqlite://${join(dir, 'molly.sqlite')}`);
});
afterAll(async () => {
	await store.close();
	await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
	clock = new ManualClock();
	service = new TriviaService({ bank, store, log: createLogger({ level: 'silent' }), clock, pauseMs: 3_000 });
});

let guilds = 0;
function request(table: TriviaTable, overrides: Partial<StartRequest> = {}): StartRequest {
	return {
		guildId: `guild-${++guilds}`,
		channelId: 'channel-1',
		starter: alice,
		questions: 3,
		seconds: 10,
		decide: () => 'show',
		table,
		...overrides,
	};
}

const rightSlot = (view: AskView) => view.choices.indexOf(view.question.choices[view.question.answer] ?? '');

describe('the trivia service with a clock moved by hand', () => {
	it('GIVEN a round of three WHEN it is played to the end THEN each question is asked, revealed, scored and saved', async () => {
		const table = new FakeTable();
		const started = await service.start(request(table));
		started.begin();
		for (let i = 0; i < 3; i++) {
			await clock.waitForTimer();
			const view = table.asked[i] as AskView;
			expect(view.index).toBe(i);
			expect(service.click(view.roundId, i, rightSlot(view), alice).status).toBe('counted');
			expect(service.click(view.roundId, i, rightSlot(view), alice).status).toBe('already');
			if (i === 0) service.click(view.roundId, i, (rightSlot(view) + 1) % 4, bob);
			await clock.advance(10_000);
			await until(() => table.revealed.length > i, 'the reveal');
			expect(table.revealed[i]?.correct.map((c) => c.player.id)).toEqual([alice.id]);
			await clock.advance(3_000);
		}
		await until(() => table.ended.length > 0, 'the end');
		expect(table.ended).toHaveLength(1);
		expect(table.ended[0]).toMatchObject({ reason: 'finished', revealed: 3, total: 3, open: null });
		expect(table.ended[0]?.standings.map((s) => [s.player.id, s.points, s.correct])).toEqual([[alice.id, 600, 3]]);
		expect(table.revealed[0]?.answered).toBe(2);
		expect(await service.leaderboard(started.round.guildId)).toEqual([{ member: alice.id, score: 600 }]);
		expect(service.roundIn('channel-1')).toBeUndefined();
		expect(service.click(started.round.id, 2, 0, bob)).toEqual({ status: 'ended' });
	});

	it('GIVEN a round in a channel THEN a second start there is refused, and another channel may start one', async () => {
		const first = await service.start(request(new FakeTable()));
		const refused = await service.start(request(new FakeTable())).catch((e: unknown) => e);
		expect(refused).toBeInstanceOf(TriviaError);
		expect((refused as TriviaError).code).toBe('round-running');
		const other = await service.start(request(new FakeTable(), { channelId: 'channel-2' }));
		expect(other.round.channelId).toBe('channel-2');
		first.cancel();
		other.cancel();
		expect(service.roundIn('channel-1')).toBeUndefined();
	});

	it('GIVEN two starts at the same moment in one channel THEN exactly one gets the channel', async () => {
		const results = await Promise.allSettled([
			service.start(request(new FakeTable())),
			service.start(request(new FakeTable())),
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		for (const r of results) if (r.status === 'fulfilled') r.value.cancel();
	});

	it('GIVEN a stranger asks to stop THEN it is refused; the starter may, and the open question is reported', async () => {
		const table = new FakeTable();
		const started = await service.start(request(table));
		started.begin();
		await clock.waitForTimer();
		expect(service.stop('channel-1', bob, false)).toEqual({ ok: false, code: 'not-allowed', starter: alice });
		expect(service.stop('channel-2', alice, false)).toEqual({ ok: false, code: 'no-round' });
		expect(service.stop('channel-1', alice, false).ok).toBe(true);
		await until(() => table.ended.length > 0, 'the end');
		expect(table.ended[0]).toMatchObject({ reason: 'stopped', stoppedBy: alice, revealed: 0 });
		expect(table.ended[0]?.open?.index).toBe(0);
		expect(table.revealed).toEqual([]);
		expect(clock.pending).toBe(0);
	});

	it('GIVEN someone who may manage the server THEN they may stop another player’s round', async () => {
		const table = new FakeTable();
		(await service.start(request(table))).begin();
		await clock.waitForTimer();
		expect(service.stop('channel-1', bob, true).ok).toBe(true);
		await until(() => table.ended.length > 0, 'the end');
		expect(table.ended[0]).toMatchObject({ reason: 'stopped', stoppedBy: bob });
	});

	it('GIVEN a click on a round this process never started (a restart) THEN it has ended', () => {
		expect(service.click('old-round', 0, 1, alice)).toEqual({ status: 'ended' });
	});

	it('GIVEN a policy that hides season 10 and tags season 5 THEN no season-10 question is asked and season-5 ones are tagged', async () => {
		const decide = (seasons: readonly number[]) =>
			seasons.includes(10) ? 'hide' : seasons.includes(5) ? 'tag' : 'show';
		for (let i = 0; i < 5; i++) {
			const started = await service.start(request(new FakeTable(), { decide, questions: 11 }));
			expect(started.round.questions.some((q) => q.seasons.includes(10))).toBe(false);
			started.cancel();
		}
		const table = new FakeTable();
		const started = await service.start(request(table, { decide, questions: 11 }));
		started.begin();
		for (let i = 0; i < 11; i++) {
			await clock.waitForTimer();
			await clock.advance(10_000);
			await until(() => table.revealed.length > i, 'the reveal');
			await clock.advance(3_000);
		}
		await until(() => table.ended.length > 0, 'the end');
		expect(table.asked).toHaveLength(11);
		for (const view of table.asked) expect(view.visibility).toBe(view.question.seasons.includes(5) ? 'tag' : 'show');
	});

	it('GIVEN a second round in the same server THEN it avoids the questions of the first', async () => {
		const guildId = 'guild-recent';
		const first = await service.start(request(new FakeTable(), { guildId, questions: 5 }));
		first.cancel();
		const second = await service.start(request(new FakeTable(), { guildId, questions: 5 }));
		second.cancel();
		const firstIds = first.round.questions.map((q) => q.id);
		expect(second.round.questions.filter((q) => firstIds.includes(q.id))).toEqual([]);
	});

	it('GIVEN numbers out of range THEN the start is refused before anything happens', async () => {
		for (const bad of [{ questions: 2 }, { questions: 21 }, { seconds: 9 }, { seconds: 61 }]) {
			const error = await service.start(request(new FakeTable(), bad)).catch((e: unknown) => e);
			expect((error as TriviaError).code).toBe('out-of-range');
		}
	});

	it('GIVEN the question cannot be posted THEN the round ends as failed and the channel is free again', async () => {
		const table = new FakeTable();
		table.failAsk = true;
		(await service.start(request(table))).begin();
		await until(() => table.ended.length > 0, 'the end');
		expect(table.ended[0]?.reason).toBe('failed');
		expect(service.roundIn('channel-1')).toBeUndefined();
	});

	it('GIVEN the service closes (shutting down) THEN nothing more is posted and its buttons answer ended', async () => {
		const table = new FakeTable();
		const started = await service.start(request(table));
		started.begin();
		await clock.waitForTimer();
		service.close();
		await settle();
		await clock.advance(60_000);
		expect(table.revealed).toEqual([]);
		expect(table.ended).toEqual([]);
		expect(service.click(started.round.id, 0, 0, alice)).toEqual({ status: 'ended' });
	});
});
