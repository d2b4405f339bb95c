import { type ButtonInteraction, type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { replyWithin } from '../src/discord/acknowledge';
import type { Command, Deps } from '../src/discord/command';
import { UserError } from '../src/discord/errors';
import { ASK_BUTTON, renderAnswer, renderChoices } from '../src/discord/render';

/** Checks a question as submitted: autocomplete only suggests, so users can still send anything. */
function checked(deps: Deps, text: string): string {
	const check = deps.checkQuestion(text);
	if (!check.ok) throw new UserError(`question-${check.code}`, check.message);
	return check.question;
}

async function answer(interaction: ChatInputCommandInteraction | ButtonInteraction, deps: Deps, text: string) {
	const question = checked(deps, text);
	// The spoiler policy may read the store: replyWithin defers if that is slow, so the 3 s window always holds.
	await replyWithin(interaction, async () => {
		const decide = await deps.spoilers.policyFor(interaction);
		return renderAnswer(deps.engine.ask(question), decide);
	});
}

export default {
	data: new SlashCommandBuilder()
		.setName('ask')
		.setDescription('Ask about Chicago P.D.; Molly answers with exact quotes from news articles')
		.addStringOption((option) =>
			option
				.setName('question')
				.setDescription('Your question, e.g. "why did Halstead leave?"')
				.setRequired(true)
				.setMaxLength(300)
				.setAutocomplete(true),
		),
	execute: (interaction, deps) => answer(interaction, deps, interaction.options.getString('question', true)),
	async autocomplete(interaction, deps) {
		await interaction.respond(renderChoices(deps.engine.suggest(interaction.options.getFocused(), 25)));
	},
	buttons: {
		// The suggestion buttons on a "not in my articles" reply ask their question for whoever clicks.
		[ASK_BUTTON]: (interaction, deps, question) => answer(interaction, deps, question),
	},
} satisfies Command;
