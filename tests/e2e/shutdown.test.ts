import { SlashCommandBuilder } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/discord/command';
import { startTestBot } from '../support/bot';
import { summary } from '../support/replies';

/** A command that takes a while after acknowledging, like a slow store read. */
const slow: Command = {
	data: new SlashCommandBuilder().setName('slow').setDescription('Answers after 300 ms'),
	async execute(interaction) {
		await interaction.deferReply();
		await new Promise((resolve) => setTimeout(resolve, 300));
		await interaction.editReply({ content: 'done' });
	},
};

describe('stopping the bot', () => {
	it('GIVEN a reply in flight WHEN the bot stops THEN the reply is finished before the gateway closes', async () => {
		const t = await startTestBot({ extraCommands: [slow] });
		try {
			const exchange = t.standIn.slash('slow');
			while (t.bot.inFlight === 0) await new Promise((resolve) => setTimeout(resolve, 5));
			await t.bot.stop();
			expect(summary(await exchange)).toEqual(['POST callback:5 204', 'PATCH original 200']);
			expect(t.standIn.gateway.connected).toBe(0);
		} finally {
			await t.standIn.close();
		}
	});
});
