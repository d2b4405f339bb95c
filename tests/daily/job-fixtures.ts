import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../src/daily/clock';
import type { DailyPlatform } from '../../src/daily/job';
import type { Poster, RevealResult } from '../../src/daily/publish';
import type { PostRecord } from '../../src/daily/records';
import { type DailyOptions, DailyService } from '../../src/daily/service';
import { createLogger, type Logger } from '../../src/log';
import { openStore, type Store } from '../../src/store';
import type { TriviaQuestion } from '../../src/trivia/types';

export const GUILD = '300000000000000001';
export const CHANNEL = '300000000000000002';
export const MOD = '300000000000000003';
export const at = (iso: string) => new Date(iso);

/**
 * A clock moved by hand. Timers fire in order as it moves; after each instant's timers, it waits for the work they
 * started (`settle`), so a test reads the outcome of everything due up to the time it moved to.
 */
export class FakeClock implements Clock {
	#now: number;
	#timers: Array<{ at: number; run: () => void }> = [];
	settle: () => Promise<unknown> = async () => {};

	constructor(start: Date) {
		this.#now = start.getTime();
	}

	now(): Date {
		return new Date(this.#now);
	}

	setTimer(run: () => void, ms: number): () => void {
		const timer = { at: this.#now + Math.max(0, ms), run };
		this.#timers.push(timer);
		return () => {
			this.#timers = this.#timers.filter((t) => t !== timer);
		};
	}

	/** Moves to `target`, firing every timer due on the way; timers due at the same instant fire together. */
	async advanceTo(target: Date): Promise<void> {
		for (;;) {
			await this.settle();
			const due = this.#timers.filter((t) => t.at <= target.getTime());
			if (due.length === 0) break;
			const first = Math.min(...due.map((t) => t.at));
			const batch = due.filter((t) => t.at === first);
			this.#timers = this.#timers.filter((t) => !batch.includes(t));
			this.#now = Math.max(this.#now, first);
			for (const timer of batch) timer.run();
		}
		this.#now = Math.max(this.#now, target.getTime());
		await this.settle();
	}

	advance(ms: number): Promise<void> {
		return this.advanceTo(new Date(this.#now + ms));
	}
}

/** Discord as the job sees it: every send and reveal recorded; channels can fail with a Discord error code. */
export class FakePoster implements Poster {
	readonly sent: PostRecord[] = [];
	readonly reveals: RevealResult[] = [];
	readonly failing = new Map<string, number>();
	/** Called at each send, before it succeeds or hangs (to look at the store at that moment, say). */
	onSend: (post: PostRecord) => Promise<void> | void = () => {};
	/** Sends never answer: the process is stuck, then killed, between claim and send. */
	hang = false;
	#ids = 400000000000000000n;

	async send(post: PostRecord): Promise<string> {
		await this.onSend(post);
		if (this.hang) return new Promise<string>(() => {});
		const code = this.failing.get(post.channelId);
		if (code !== undefined) throw Object.assign(new Error(`Discord error ${code}`), { code, status: 403 });
		this.sent.push(post);
		this.#ids += 1n;
		return String(this.#ids);
	}

	async reveal(result: RevealResult): Promise<void> {
		this.reveals.push(result);
	}

	/** The post ids sent, in order. */
	get postIds(): string[] {
		return this.sent.map((post) => post.postId);
	}
}

/** A question the way the bank makes them; `seasons` decide what the spoiler policy does with it. */
export function question(n: number, seasons: number[] = []): TriviaQuestion {
	const text = `Quote number ${n} says the answer is Right ${n}.`;
	return {
		id: `q${n}`,
		kind: 'person',
		question: `Question ${n}: who is right?`,
		choices: [`Right ${n}`, `Wrong ${n}a`, `Wrong ${n}b`, `Wrong ${n}c`],
		answer: 0,
		quote: {
			text,
			articleId: 'fixture',
			start: 0,
			end: text.length,
			source: {
				articleId: 'fixture',
				headline: 'A fixture',
				headlineDerived: false,
				outlet: 'Fixture News',
				date: '2024-05-22',
			},
		},
		difficulty: 'easy',
		seasons,
		origin: 'curated',
	};
}

export const QUESTIONS = [1, 2, 3, 4, 5].map((n) => question(n));

/** Log lines as objects, for asserting on what was logged and why. */
export function captureLog(): { log: Logger; lines: Array<Record<string, unknown>> } {
	const lines: Array<Record<string, unknown>> = [];
	const log = createLogger({ level: 'debug', destination: { write: (line) => lines.push(JSON.parse(line)) } });
	return { log, lines };
}

/** A fresh SQLite file; `open` gives another connection to the same file, as another process would have. */
export async function sqliteFile(): Promise<{ url: string; open(): Promise<Store>; remove(): Promise<void> }> {
	const dir = await mkdtemp(join(tmpdir(), 'molly-daily-'));
	const url = `sqlite://${join(dir, 'molly.sqlite')}`;
	return { url, open: () => openStore(url), remove: () => rm(dir, { recursive: true, force: true }) };
}

/** One Molly process: a daily service over its own store connection, posting through `poster`. */
export interface Process {
	daily: DailyService;
	store: Store;
	lines: Array<Record<string, unknown>>;
}

export function startProcess(
	store: Store,
	clock: Clock,
	poster: Poster,
	options: Partial<DailyOptions> & { guilds?: string[]; owns?: (guild: string) => boolean } = {},
): Process {
	const { log, lines } = captureLog();
	const { guilds = [GUILD], owns = () => true, ...rest } = options;
	const daily = new DailyService({
		store,
		log,
		questions: () => QUESTIONS,
		spoilers: { decisionFor: async () => () => 'show' },
		clock,
		random: () => 0,
		// Hourly checks keep days-long runs quick; posts and reveals wake the job at their own instants.
		refreshMs: 3_600_000,
		...rest,
	});
	const platform: DailyPlatform = { poster, guilds: () => guilds, owns };
	daily.start(platform);
	return { daily, store, lines };
}

/** Log messages (the `msg` field) of the lines that have one, for short assertions. */
export function messages(lines: Array<Record<string, unknown>>): string[] {
	return lines.map((line) => String(line.msg));
}
