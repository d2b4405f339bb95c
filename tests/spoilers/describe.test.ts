import { describe, expect, it } from 'vitest';
import { describePolicy, describeSettings } from '../../src/spoilers/describe';
import { defaultPolicy, type SpoilerSettings } from '../../src/spoilers/policy';

const defaults = defaultPolicy(13);

describe('GIVEN a policy to describe', () => {
	it.each([
		[{ mode: 'tag', safeThrough: 12 }, 'Quotes from season 13 on are wrapped in spoiler tags; seasons 1–12 are safe.'],
		[
			{ mode: 'hide', safeThrough: 1 },
			'Quotes from season 2 on are left out (Molly says that one was hidden); season 1 is safe.',
		],
		[{ mode: 'tag', safeThrough: null }, 'Quotes that name any season are wrapped in spoiler tags.'],
		[{ mode: 'show', safeThrough: 10 }, 'Every quote is shown as it is, spoilers included.'],
	] as const)('WHEN it is %j THEN it reads "%s"', (policy, text) => {
		expect(describePolicy(policy)).toBe(text);
	});
});

describe('GIVEN /spoilers view in a channel', () => {
	it('WHEN nobody changed anything THEN it says the server uses the defaults and the channel follows', () => {
		expect(describeSettings(undefined, '500', defaults)).toEqual([
			'Server (defaults): Quotes from season 13 on are wrapped in spoiler tags; seasons 1–12 are safe.',
			'This channel: same as the server.',
			'Quotes that name no season are never treated as spoilers.',
		]);
	});

	it('WHEN this channel and two others have overrides THEN it shows this one and counts the others', () => {
		const settings: SpoilerSettings = {
			server: { mode: 'hide' },
			channels: { '500': { mode: 'show' }, '600': { mode: 'tag' }, '700': { safeThrough: 3 } },
		};
		expect(describeSettings(settings, '500', defaults)).toEqual([
			'Server: Quotes from season 13 on are left out (Molly says that one was hidden); seasons 1–12 are safe.',
			'This channel: Every quote is shown as it is, spoilers included.',
			'2 other channels have their own settings.',
			'Quotes that name no season are never treated as spoilers.',
		]);
	});
});
