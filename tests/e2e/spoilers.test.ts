import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Quote } from '../../src/answers/types';
import { escapeText } from '../../src/discord/markdown';
import { decide, defaultPolicy } from '../../src/spoilers/policy';
import { latestSeason, loadSeasons } from '../../src/spoilers/season-data';
import { guildSettings } from '../../src/store';
import { spoilerMarks } from '../discord/fixtures';
import { startTestBot, type TestBot } from '../support/bot';
import { ownLines, runScript } from '../support/child';
import type { SlashOption } from '../support/interactions';
import { MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS, user } from '../support/payloads';
import { EPHEMERAL, embedOf, finalMessage, summary } from '../support/replies';
import { StandIn } from '../support/stand-in';

const UPTON = 'When does Upton leave?';
const MOD = { user: user('190000000000000002', 'mod'), permissions: MODERATOR_PERMISSIONS };
const FAN = { permissions: MEMBER_PERMISSIONS };

const sub = (name: string, ...options: SlashOption[]): SlashOption[] => [{ name, type: 1, options }];
const mode = (value: string): SlashOption => ({ name: 'mode', type: 3, value });
const safeThrough = (value: number): SlashOption => ({ name: 'safe-through', type: 4, value });
const channel = (value: string): SlashOption => ({ name: 'channel', type: 7, value });

let t: TestBot;
beforeAll(async () => {
	t = await startTestBot();
});
afterAll(() => t?.close());
beforeEach(async () => {
	await guildSettings(t.store).delete(t.standIn.guildId);
});

const stored = async () => (await guildSettings(t.store).get(t.standIn.guildId))?.spoilers;
const logged = (msg: string) => t.logs.map((line) => JSON.parse(line)).filter((entry) => entry.msg === msg);

/** `/spoilers …` as a moderator; checks it was acknowledged ephemerally and answered, and returns the embed text. */
async function moderate(options: SlashOption[], inject = {}): Promise<string> {
	const requests = await t.standIn.slash('spoilers', options, { ...MOD, ...inject });
	expect(summary(requests)).toEqual(['POST callback:5 204', 'PATCH original 200']);
	expect(requests[0]?.body).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
	return embedOf(finalMessage(requests)).description ?? '';
}

/** The season-11 quotes of the answer to `UPTON` and the others, as the engine gives them. */
function uptonQuotes(): { spoilers: Quote[]; others: Quote[] } {
	const { quotes } = t.engine.ask(UPTON);
	const spoilers = quotes.filter((q) => Math.max(0, ...q.seasons) >= 11);
	expect(spoilers.length, 'the answer about Upton quotes season 11').toBeGreaterThan(0);
	return { spoilers, others: quotes.filter((q) => !spoilers.includes(q)) };
}

/** How a quote's first line appears in the reply: `> line` shown, `> ||line||` tagged. */
const plain = (q: Quote) => `> ${escapeText(q.text.split('\n')[0] ?? '')}`;
const tagged = (q: Quote) => `> ||${escapeText(q.text.split('\n')[0] ?? '')}||`;

async function askUpton(inject = {}): Promise<string> {
	const requests = await t.standIn.slash('ask', { question: UPTON }, inject);
	expect(summary(requests)).toEqual(['POST callback:4 204']);
	return embedOf(finalMessage(requests)).description ?? '';
}

describe('the deployed /spoilers definition', () => {
	it('GIVEN npm run deploy-commands THEN /spoilers carries Manage Server as default permission and is guild-only', async () => {
		const standIn = await StandIn.start();
		try {
			const deploy = runScript('deploy-commands', {
				DISCORD_TOKEN: standIn.token,
				DISCORD_API_URL: standIn.url,
				DISCORD_CLIENT_ID: standIn.applicationId,
				DISCORD_GUILD_ID: standIn.guildId,
			});
			expect(await deploy.exited, ownLines(deploy.stderr).join('\n')).toBe(0);
			const [put] = standIn.requestsTo('PUT', /\/commands$/);
			expect(put?.status).toBe(200);
			const spoilers = ((put?.body ?? []) as Array<Record<string, unknown>>).find((c) => c.name === 'spoilers');
			expect(spoilers).toMatchObject({
				default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
				contexts: [0],
				integration_types: [0],
			});
			const subcommands = spoilers?.options as Array<{ name: string; options?: Array<Record<string, unknown>> }>;
			expect(subcommands.map((s) => s.name)).toEqual(['view', 'set', 'reset']);
			expect(subcommands[1]?.options).toMatchObject([
				{ name: 'mode', type: 3, choices: [{ value: 'tag' }, { value: 'hide' }, { value: 'show' }] },
				{ name: 'safe-through', type: 4, min_value: 0, max_value: 99 },
				{ name: 'channel', type: 7 },
			]);
			expect(subcommands[2]?.options).toMatchObject([{ name: 'channel', type: 7 }]);
		} finally {
			await standIn.close();
		}
	}, 30_000);
});

describe('GIVEN a moderator changing the policy', () => {
	it('WHEN they set hide through season 10 THEN the reply confirms the new policy and the change is logged with who', async () => {
		const text = await moderate(sub('set', mode('hide'), safeThrough(10)));
		expect(text).toContain(
			'Server: Quotes from season 11 on are left out (Molly says that one was hidden); seasons 1–10 are safe.',
		);
		expect(text).toContain(`Changed by <@${MOD.user.id}>.`);
		expect(await stored()).toEqual({ server: { mode: 'hide', safeThrough: 10 }, channels: {} });
		expect(logged('spoiler settings changed').at(-1)).toMatchObject({
			guild: t.standIn.guildId,
			user: MOD.user.id,
			username: 'mod',
			change: { mode: 'hide', safeThrough: 10 },
			policy: { mode: 'hide', safeThrough: 10 },
		});
	});

	it('WHEN they set safe-through 0 THEN no season is safe, stored as null, and a season-9 quote is tagged too', async () => {
		const text = await moderate(sub('set', mode('tag'), safeThrough(0)));
		expect(text).toContain('Server: Quotes that name any season are wrapped in spoiler tags.');
		expect(await stored()).toEqual({ server: { mode: 'tag', safeThrough: null }, channels: {} });
		const description = await askUpton();
		for (const q of t.engine.ask(UPTON).quotes.filter((q) => q.seasons.length > 0)) {
			expect(description).toContain(tagged(q));
		}
	});

	it('WHEN they set only the mode THEN the safe season chosen earlier is kept', async () => {
		await moderate(sub('set', safeThrough(10)));
		const text = await moderate(sub('set', mode('hide')));
		expect(text).toContain('seasons 1–10 are safe');
		expect(await stored()).toEqual({ server: { mode: 'hide', safeThrough: 10 }, channels: {} });
	});

	it('WHEN they give neither mode nor season THEN they alone are told what to give, and nothing is stored', async () => {
		const requests = await t.standIn.slash('spoilers', sub('set'), MOD);
		expect(summary(requests)).toEqual(['POST callback:4 204']);
		expect(finalMessage(requests)).toMatchObject({ flags: EPHEMERAL, content: expect.stringContaining('mode') });
		expect(await stored()).toBeUndefined();
	});

	it('WHEN Discord lets a member without Manage Server run it (the server granted it) THEN Molly respects that', async () => {
		await moderate(sub('set', mode('show')), FAN);
		expect(await stored()).toEqual({ server: { mode: 'show' }, channels: {} });
	});

	it('WHEN they view it THEN the policy is described and the current mode is the one button that is off', async () => {
		await moderate(sub('set', mode('hide'), safeThrough(10)));
		const requests = await t.standIn.slash('spoilers', sub('view'), MOD);
		expect(summary(requests)).toEqual(['POST callback:5 204', 'PATCH original 200']);
		const message = finalMessage(requests);
		expect(embedOf(message).description).toBe(
			[
				'Server: Quotes from season 11 on are left out (Molly says that one was hidden); seasons 1–10 are safe.',
				'This channel: same as the server.',
				'Quotes that name no season are never treated as spoilers.',
			].join('\n'),
		);
		const buttons = (message.components as Array<{ components: Array<{ custom_id: string; disabled: boolean }> }>)[0];
		expect(buttons?.components.map((b) => [b.custom_id, b.disabled])).toEqual([
			['spoilers:mode:tag', false],
			['spoilers:mode:hide', true],
			['spoilers:mode:show', false],
		]);
	});

	it('WHEN a #spoilers channel shows everything THEN only it shows season 11, until it is reset', async () => {
		const spoilersChannel = t.standIn.lockedChannelId;
		await moderate(sub('set', mode('hide'), safeThrough(10)));
		const text = await moderate(sub('set', mode('show'), channel(spoilersChannel)));
		expect(text).toContain(`<#${spoilersChannel}>: Every quote is shown as it is, spoilers included.`);
		const { spoilers } = uptonQuotes();
		for (const q of spoilers) {
			expect(await askUpton({ channelId: spoilersChannel })).toContain(plain(q));
			expect(await askUpton()).not.toContain(escapeText(q.text.slice(0, 40)));
		}
		const reset = await moderate(sub('reset', channel(spoilersChannel)));
		expect(reset).toContain(`<#${spoilersChannel}>: Quotes from season 11 on are left out`);
		expect(await stored()).toEqual({ server: { mode: 'hide', safeThrough: 10 }, channels: {} });
		expect(logged('spoiler settings reset').at(-1)).toMatchObject({ user: MOD.user.id, channel: spoilersChannel });
	});

	it('WHEN the server is reset THEN the defaults apply again and channel overrides stay', async () => {
		await moderate(sub('set', mode('hide'), safeThrough(3)));
		await moderate(sub('set', mode('show'), channel(t.standIn.lockedChannelId)));
		const text = await moderate(sub('reset'));
		expect(text).toMatch(/^Server: Quotes from season \d+ on are wrapped in spoiler tags/);
		expect(await stored()).toEqual({ server: {}, channels: { [t.standIn.lockedChannelId]: { mode: 'show' } } });
	});
});

describe('GIVEN the settings buttons under /spoilers view', () => {
	it('WHEN a moderator clicks Hide THEN the view updates in place with the new policy, and the store has it', async () => {
		await moderate(sub('set', mode('tag'), safeThrough(10)));
		const requests = await t.standIn.button('spoilers:mode:hide', MOD);
		expect(summary(requests)).toEqual(['POST callback:7 204']);
		const text = embedOf(finalMessage(requests)).description ?? '';
		expect(text).toContain(`Hide spoilers across the server, set by <@${MOD.user.id}>.`);
		expect(text).toContain('Server: Quotes from season 11 on are left out');
		expect(await stored()).toEqual({ server: { mode: 'hide', safeThrough: 10 }, channels: {} });
		expect(logged('spoiler settings changed').at(-1)).toMatchObject({ user: MOD.user.id, via: 'button' });
	});

	it('WHEN a member without Manage Server clicks one THEN nothing changes and they alone are told why', async () => {
		await moderate(sub('set', mode('hide'), safeThrough(10)));
		const before = await guildSettings(t.store).get(t.standIn.guildId);
		for (const target of ['tag', 'hide', 'show']) {
			const requests = await t.standIn.button(`spoilers:mode:${target}`, FAN);
			expect(summary(requests)).toEqual(['POST callback:4 204']);
			expect(finalMessage(requests)).toMatchObject({
				flags: EPHEMERAL,
				content: expect.stringContaining('Only members with **Manage Server** can change spoiler settings'),
			});
		}
		expect(await guildSettings(t.store).get(t.standIn.guildId)).toEqual(before);
		expect(logged('spoiler button refused: no Manage Server').length).toBeGreaterThanOrEqual(3);
	});
});

describe('GIVEN /ask about Upton’s exit, whose answer quotes season 11', () => {
	it('WHEN the server tags from season 11 THEN those quotes are inside ||…|| and the rest are plain', async () => {
		await moderate(sub('set', mode('tag'), safeThrough(10)));
		const description = await askUpton();
		const { spoilers, others } = uptonQuotes();
		for (const q of spoilers) expect(description).toContain(tagged(q));
		for (const q of others) expect(description).toContain(plain(q));
	});

	it('WHEN the server hides from season 11 THEN those quotes are left out and the reply says how many', async () => {
		await moderate(sub('set', mode('hide'), safeThrough(10)));
		const description = await askUpton();
		const { spoilers, others } = uptonQuotes();
		const note = spoilers.length === 1 ? 'One quote was' : `${spoilers.length} quotes were`;
		expect(description).toContain(`_${note} hidden by this server's spoiler settings._`);
		for (const q of spoilers) expect(description).not.toContain(escapeText(q.text.slice(0, 40)));
		for (const q of others) expect(description).toContain(plain(q));
	});

	it('WHEN the server shows everything THEN every quote is plain, with no spoiler tag anywhere', async () => {
		await moderate(sub('set', mode('show'), safeThrough(10)));
		const description = await askUpton();
		for (const q of t.engine.ask(UPTON).quotes) expect(description).toContain(plain(q));
		expect(spoilerMarks(description)).toEqual([]);
	});

	it('WHEN nobody changed anything THEN only seasons after the last one before the latest aired are tagged', async () => {
		const defaults = defaultPolicy(latestSeason(await loadSeasons(), new Date()));
		const description = await askUpton();
		for (const q of t.engine.ask(UPTON).quotes) {
			expect(description).toContain(decide(defaults, q.seasons) === 'tag' ? tagged(q) : plain(q));
		}
		// Season 11 is long over: by default its quotes are not spoilers.
		for (const q of uptonQuotes().spoilers.filter((q) => Math.max(...q.seasons) === 11)) {
			expect(description).toContain(plain(q));
		}
	});
});
