import { describe, expect, it } from 'vitest';
import {
	decide,
	defaultPolicy,
	effectivePolicy,
	type SpoilerPolicy,
	type SpoilerSettings,
	spoilerSettingsSchema,
} from '../../src/spoilers/policy';

const defaults = defaultPolicy(13);
const tagAfter10: SpoilerPolicy = { mode: 'tag', safeThrough: 10 };

describe('GIVEN the default policy with season 13 the latest', () => {
	it('THEN it tags season 13 and shows seasons 1 to 12', () => {
		expect(defaults).toEqual({ mode: 'tag', safeThrough: 12 });
		expect(decide(defaults, [13])).toBe('tag');
		expect(decide(defaults, [12])).toBe('show');
		expect(decide(defaults, [1])).toBe('show');
	});

	it('WHEN only season 1 has aired THEN no season is safe', () => {
		expect(defaultPolicy(1)).toEqual({ mode: 'tag', safeThrough: null });
	});
});

describe('GIVEN a policy safe through season 10', () => {
	it('WHEN a quote names no season THEN it is shown whatever the mode', () => {
		for (const mode of ['tag', 'hide', 'show'] as const) expect(decide({ mode, safeThrough: 10 }, [])).toBe('show');
	});

	it('WHEN a quote names a safe season THEN it is shown', () => {
		expect(decide(tagAfter10, [10])).toBe('show');
	});

	it('WHEN a quote names a later season THEN the mode decides: tag, hide or show', () => {
		expect(decide(tagAfter10, [11])).toBe('tag');
		expect(decide({ mode: 'hide', safeThrough: 10 }, [11])).toBe('hide');
		expect(decide({ mode: 'show', safeThrough: 10 }, [11])).toBe('show');
	});

	it('WHEN a quote names a safe season and a later one THEN the latest season decides', () => {
		expect(decide(tagAfter10, [9, 11])).toBe('tag');
	});

	it('WHEN a quote names a season beyond any known (a writer’s slip) THEN it is still a spoiler', () => {
		expect(decide(tagAfter10, [14])).toBe('tag');
	});
});

describe('GIVEN a policy with no safe season', () => {
	it('THEN every quote that names a season follows the mode, even season 1', () => {
		expect(decide({ mode: 'hide', safeThrough: null }, [1])).toBe('hide');
	});
});

describe('GIVEN server settings and channel overrides', () => {
	const settings: SpoilerSettings = {
		server: { mode: 'hide', safeThrough: 10 },
		channels: { '500': { mode: 'show' }, '600': { safeThrough: null }, '700': { safeThrough: 11 } },
	};

	it('WHEN nothing was chosen THEN the defaults apply everywhere', () => {
		expect(effectivePolicy(undefined, '500', defaults)).toEqual(defaults);
		expect(effectivePolicy({ server: {}, channels: {} }, null, defaults)).toEqual(defaults);
	});

	it('WHEN a channel has no override THEN it follows the server', () => {
		expect(effectivePolicy(settings, '999', defaults)).toEqual({ mode: 'hide', safeThrough: 10 });
	});

	it('WHEN a channel overrides the mode THEN it keeps the server’s safe season', () => {
		expect(effectivePolicy(settings, '500', defaults)).toEqual({ mode: 'show', safeThrough: 10 });
	});

	it('WHEN a channel chooses "no season is safe" THEN that null is kept, not replaced by the server’s season', () => {
		expect(effectivePolicy(settings, '600', defaults)).toEqual({ mode: 'hide', safeThrough: null });
	});

	it('WHEN the server chose only a mode THEN the safe season comes from the defaults', () => {
		const modeOnly: SpoilerSettings = { server: { mode: 'hide' }, channels: {} };
		expect(effectivePolicy(modeOnly, null, defaults)).toEqual({ mode: 'hide', safeThrough: 12 });
	});

	it('WHEN asked outside any channel THEN the server policy applies', () => {
		expect(effectivePolicy(settings, null, defaults)).toEqual({ mode: 'hide', safeThrough: 10 });
	});
});

describe('GIVEN stored settings of the wrong shape', () => {
	it.each([
		['an unknown mode', { server: { mode: 'loud' }, channels: {} }],
		['a safe season of 0', { server: { safeThrough: 0 }, channels: {} }],
		['a fractional season', { server: { safeThrough: 10.5 }, channels: {} }],
		['a channel key that is not an id', { server: {}, channels: { general: { mode: 'show' } } }],
	])('WHEN they hold %s THEN the schema rejects them', (_, value) => {
		expect(spoilerSettingsSchema.safeParse(value).success).toBe(false);
	});
});
