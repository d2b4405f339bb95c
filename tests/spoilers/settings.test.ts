import { describe, expect, it } from 'vitest';
import type { SpoilerSettings } from '../../src/spoilers/policy';
import { applyChange, resetSettings } from '../../src/spoilers/settings';

const start: SpoilerSettings = { server: { mode: 'tag', safeThrough: 10 }, channels: { '500': { mode: 'show' } } };

describe('GIVEN a server with settings and a #spoilers channel', () => {
	it('WHEN a moderator changes only the mode THEN the safe season is kept', () => {
		expect(applyChange(start, { mode: 'hide' }).server).toEqual({ mode: 'hide', safeThrough: 10 });
	});

	it('WHEN a moderator sets "no season is safe" THEN null is stored as a choice', () => {
		expect(applyChange(start, { safeThrough: null }).server).toEqual({ mode: 'tag', safeThrough: null });
	});

	it('WHEN a channel is changed THEN only that channel’s override changes', () => {
		const changed = applyChange(start, { channelId: '600', safeThrough: 12 });
		expect(changed.channels).toEqual({ '500': { mode: 'show' }, '600': { safeThrough: 12 } });
		expect(changed.server).toEqual(start.server);
	});

	it('WHEN a change names no field for a new channel THEN no empty override is stored', () => {
		expect(applyChange(start, { channelId: '600' }).channels).toEqual(start.channels);
	});

	it('WHEN anything is changed THEN the settings passed in are left untouched', () => {
		const before = structuredClone(start);
		applyChange(start, { mode: 'hide', channelId: '500' });
		resetSettings(start, '500');
		expect(start).toEqual(before);
	});

	it('WHEN the server is reset THEN its choices go and channel overrides stay', () => {
		expect(resetSettings(start)).toEqual({ server: {}, channels: { '500': { mode: 'show' } } });
	});

	it('WHEN a channel is reset THEN its override goes and it follows the server again', () => {
		expect(resetSettings(start, '500')).toEqual({ server: start.server, channels: {} });
	});

	it('WHEN a server with nothing stored is changed THEN it starts from empty settings', () => {
		expect(applyChange(undefined, { mode: 'show' })).toEqual({ server: { mode: 'show' }, channels: {} });
	});
});
