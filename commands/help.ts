import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command';
import { renderNotice } from '../src/discord/render';

const HELP = [
	'I answer questions about **Chicago P.D.** and its cast with exact quotes from news articles, each one cited.',
	'• `/ask` — ask anything, e.g. *why did Halstead leave?* Start typing to see questions I answer well.',
	'• `/sources` — the articles I quote from.',
	'• `/trivia start` — a multiple-choice round in this channel; `/trivia leaderboard` for the best players.',
	'• `/spoilers` — for moderators: view or change how I treat spoilers (tag, hide or show) here.',
	'• `/daily` — for moderators: a trivia question every day at a set time (`/daily set`, `status`, `now`, `off`).',
	"If my articles don't cover something, I'll say so rather than guess.",
].join('\n');

export default {
	data: new SlashCommandBuilder().setName('help').setDescription('What Molly can do'),
	async execute(interaction) {
		// Only the asker needs the help text; it would be noise in the channel.
		await interaction.reply({
			...renderNotice(HELP, 'Molly, the Chicago P.D. quote bot'),
			flags: MessageFlags.Ephemeral,
		});
	},
} satisfies Command;
