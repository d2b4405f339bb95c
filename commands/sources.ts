import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command';
import { renderSources } from '../src/discord/render';

export default {
	data: new SlashCommandBuilder().setName('sources').setDescription('The news articles Molly quotes from'),
	async execute(interaction, deps) {
		await interaction.reply(renderSources(deps.engine.sources()));
	},
} satisfies Command;
