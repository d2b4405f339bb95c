import { describe, expect, it } from 'vitest';
import { emptyBoard } from '../../src/daily/board';
import type { PostRecord } from '../../src/daily/records';
import { renderAnswerAck, renderPost, renderReveal, renderStatus } from '../../src/daily/render';
import type { DailyStatus } from '../../src/daily/service';

function post(overrides: Partial<PostRecord> = {}): PostRecord {
	return {
		postId: '2025-06-10',
		kind: 'daily',
		guildId: '300000000000000001',
		channelId: '300000000000000002',
		messageId: '400000000000000001',
		questionId: 'q1',
		question: 'Where did Halstead go in season 11?',
		choices: ['Bolivia', 'Colombia', 'Peru', 'Chile'],
		correct: 0,
		quote: {
			text: 'Halstead left for Bolivia in season 11.',
			source: {
				articleId: 'a',
				headline: 'Soffer exits',
				headlineDerived: false,
				outlet: 'TV Line',
				date: '2024-05-22',
			},
		},
		visibility: 'show',
		postedAt: '2025-06-10T14:00:00.000Z',
		revealAt: '2025-06-11T02:00:00.000Z',
		revealedAt: null,
		...overrides,
	};
}

/** Everything a tagged post shows outside `||…||`: it must give nothing away. */
function outsideSpoilers(text: string): string {
	return text.replace(/\|\|(?:\\.|[^|\\])*\|\|/g, '');
}

describe('GIVEN a daily post rendered for Discord', () => {
	it('WHEN shown plainly THEN the buttons carry the choices and daily custom ids, and nothing can ping', () => {
		const message = renderPost(post());
		const row = message.components[0];
		expect(row?.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([
			'daily:2025-06-10:0',
			'daily:2025-06-10:1',
			'daily:2025-06-10:2',
			'daily:2025-06-10:3',
		]);
		expect(row?.components.map((b) => ('label' in b ? b.label : ''))).toEqual([
			'A. Bolivia',
			'B. Colombia',
			'C. Peru',
			'D. Chile',
		]);
		expect(message.allowed_mentions).toEqual({ parse: [] });
		expect(message.embeds[0]?.description).toContain('<t:1749607200:R>');
	});

	it('WHEN tagged THEN the question, choices, answer, quote and source sit in spoiler tags and buttons show letters', () => {
		const tagged = post({ visibility: 'tag' });
		const question = renderPost(tagged);
		expect(question.components[0]?.components.map((b) => ('label' in b ? b.label : ''))).toEqual(['A', 'B', 'C', 'D']);
		const reveal = renderReveal({ post: tagged, answered: 1, correctUsers: ['11'], board: null });
		for (const text of [question.embeds[0]?.description ?? '', reveal.embeds[0]?.description ?? '']) {
			const open = outsideSpoilers(text);
			for (const secret of ['Halstead', 'Bolivia', 'Colombia', 'season 11', 'Soffer exits']) {
				expect(open).not.toContain(secret);
			}
		}
	});

	it('WHEN the quote holds markdown and pipes THEN it is escaped and a tagged quote stays masked', () => {
		const sneaky = post({
			visibility: 'tag',
			quote: { ...post().quote, text: 'He said || *unmasked* || @everyone <@1>' },
		});
		const description = renderReveal({ post: sneaky, answered: 0, correctUsers: [], board: null }).embeds[0]
			?.description;
		expect(outsideSpoilers(description ?? '')).not.toMatch(/unmasked|everyone/);
		expect(description).not.toMatch(/(?<!\\)<@1>/);
	});

	it('WHEN two hundred members got it THEN the names fit the field and the rest are counted', () => {
		const users = Array.from({ length: 200 }, (_, i) => String(190000000000000000n + BigInt(i)));
		const field = renderReveal({ post: post(), answered: 250, correctUsers: users, board: emptyBoard() }).embeds[0]
			?.fields?.[0];
		expect(field?.name).toBe('🎯 Got it: 200 of 250');
		expect(field?.value.length).toBeLessThanOrEqual(1024);
		expect(field?.value).toMatch(/and 160 more$/);
	});

	it('WHEN a tagged post is revealed THEN every button stays grey, so none marks the answer outside the tags', () => {
		const buttons = renderReveal({ post: post({ visibility: 'tag' }), answered: 0, correctUsers: [], board: null })
			.components[0]?.components;
		expect(buttons?.map((b) => [b.disabled, 'style' in b ? b.style : 0])).toEqual([
			[true, 2],
			[true, 2],
			[true, 2],
			[true, 2],
		]);
	});

	it('WHEN revealed THEN the buttons are disabled and the right one is green', () => {
		const buttons = renderReveal({ post: post({ correct: 2 }), answered: 0, correctUsers: [], board: null })
			.components[0]?.components;
		expect(buttons?.map((b) => [b.disabled, 'style' in b ? b.style : 0])).toEqual([
			[true, 2],
			[true, 2],
			[true, 3],
			[true, 2],
		]);
	});
});

describe('GIVEN the moderators’ replies', () => {
	const base: DailyStatus = {
		schedule: {
			channelId: '300000000000000002',
			time: '09:00',
			timeZone: 'America/Chicago',
			activeSince: '2025-06-09T12:00:00.000Z',
			setBy: '300000000000000003',
		},
		next: null,
		paused: null,
		last: null,
		revealAfterHours: 12,
		leaders: [],
	};

	it('WHEN the schedule is paused THEN status gives the reason and how to resume', () => {
		const paused = {
			code: 50013,
			reason: 'I am not allowed to post in the channel (Missing Permissions)',
			at: '2025-06-10T14:00:00.000Z',
			channelId: '300000000000000002',
			activeSince: '2025-06-09T12:00:00.000Z',
		};
		const text = renderStatus({ ...base, paused }, '300000000000000001').embeds[0]?.description ?? '';
		expect(text).toContain('**Paused** since <t:1749564000:f>: I am not allowed to post in the channel');
		expect(text).toContain('run `/daily set` again to resume');
	});

	it('WHEN the last claim was never sent THEN status says the day was skipped and why', () => {
		const claim = {
			by: 'p1',
			at: '2025-06-10T14:00:00.000Z',
			state: 'claimed' as const,
			channelId: '300000000000000002',
		};
		const text =
			renderStatus({ ...base, last: { date: '2025-06-10', claim, unsent: true } }, '300000000000000001').embeds[0]
				?.description ?? '';
		expect(text).toContain('Jun 10, 2025: skipped (I stopped between claiming the day and posting');
	});

	it('WHEN a click is acknowledged THEN the member sees their choice and when the answer comes', () => {
		const ack = renderAnswerAck({ kind: 'counted', choice: 1, label: 'Colombia', revealAt: new Date(1749607200000) });
		expect(ack).toBe('Got it: you picked **B.** Colombia. The answer comes <t:1749607200:R>.');
	});
});
