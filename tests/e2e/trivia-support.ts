import type { APIEmbed } from 'discord.js';
import { expect } from 'vitest';
import type { TestBot } from '../support/bot';
import type { SlashOption } from '../support/interactions';
import type { RecordedRequest } from '../support/stand-in';
import { until } from '../trivia/clock';

type Body = Record<string, unknown>;
interface Button {
	custom_id: string;
	label: string;
	style: number;
	disabled?: boolean;
}

/** `/trivia start` with whole-number options, as Discord sends integers (type 4). */
export function startRound(t: TestBot, questions = 3, seconds = 10, inject = {}): Promise<RecordedRequest[]> {
	const options: SlashOption[] = [
		{ name: 'questions', type: 4, value: questions },
		{ name: 'seconds', type: 4, value: seconds },
	];
	return t.standIn.slash('trivia', [{ name: 'start', type: 1, options }], inject);
}

export function trivia(t: TestBot, sub: 'stop' | 'leaderboard', inject = {}): Promise<RecordedRequest[]> {
	return t.standIn.slash('trivia', [{ name: sub, type: 1 }], inject);
}

const embedsOf = (r: RecordedRequest) => ((r.body as Body | undefined)?.embeds ?? []) as APIEmbed[];

/** The bot's channel messages whose embed title starts with `title`, from request `from` on. */
export function posts(t: TestBot, title: string, from = 0): RecordedRequest[] {
	return t.standIn.requests
		.slice(from)
		.filter(
			(r) =>
				r.method === 'POST' &&
				/^\/channels\/\d+\/messages$/.test(r.path) &&
				embedsOf(r).some((e) => e.title?.startsWith(title)),
		);
}

export function embed(request: RecordedRequest | undefined): APIEmbed {
	const [first] = request ? embedsOf(request) : [];
	if (!first) throw new Error('no embed');
	return first;
}

export function buttonsOf(request: RecordedRequest | undefined): Button[] {
	const rows = ((request?.body as Body | undefined)?.components ?? []) as Array<{ components: Button[] }>;
	return rows.flatMap((row) => row.components);
}

/** Waits for the `n`th question (1-based) of rounds started from request `from` on, and returns its post. */
export async function question(t: TestBot, n: number, from = 0): Promise<RecordedRequest> {
	await until(() => posts(t, 'Trivia · question', from).length >= n, `question ${n}`);
	return posts(t, 'Trivia · question', from)[n - 1] as RecordedRequest;
}

/** Waits for the `n`th reveal (1-based) from request `from` on. */
export async function reveal(t: TestBot, n: number, from = 0): Promise<RecordedRequest> {
	await until(() => posts(t, 'Answer', from).length >= n, `reveal ${n}`);
	return posts(t, 'Answer', from)[n - 1] as RecordedRequest;
}

/** The button with the right answer to the question open in the stand-in's channel (the order is random). */
export function rightButton(t: TestBot, post: RecordedRequest): Button {
	const asked = t.trivia.roundIn(t.standIn.channelId)?.current;
	const slot = asked ? asked.order.indexOf(asked.question.answer) : -1;
	const button = buttonsOf(post)[slot];
	if (!button) throw new Error(`no right button in ${JSON.stringify(buttonsOf(post))}`);
	return button;
}

/** A button other than the right one. */
export function wrongButton(t: TestBot, post: RecordedRequest): Button {
	const right = rightButton(t, post);
	return buttonsOf(post).find((b) => b.custom_id !== right.custom_id) as Button;
}

/** Every request answered with a status outside 2xx: a passing test must have none. */
export function failures(t: TestBot, from = 0): string[] {
	return t.standIn.requests
		.slice(from)
		.filter((r) => r.status >= 300)
		.map((r) => `${r.method} ${r.path} -> ${r.status}`);
}

export function expectNoFailures(t: TestBot, from = 0): void {
	expect(failures(t, from)).toEqual([]);
}
