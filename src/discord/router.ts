import type { Interaction } from 'discord.js';
import { answerError } from './boundary';
import type { ButtonHandler, Command, Deps } from './command';
import { UserError } from './errors';

/** Turns the loaded commands into one function that routes any interaction to its handler, inside the boundary. */
export function createRouter(
	commands: ReadonlyMap<string, Command>,
	deps: Deps,
): (interaction: Interaction) => Promise<void> {
	const buttons = buttonTable(commands);
	return async (interaction) => {
		try {
			if (interaction.isChatInputCommand()) {
				await find(commands, interaction.commandName).execute(interaction, deps);
			} else if (interaction.isAutocomplete()) {
				const command = find(commands, interaction.commandName);
				if (command.autocomplete) await command.autocomplete(interaction, deps);
				else await interaction.respond([]);
			} else if (interaction.isButton()) {
				const cut = interaction.customId.indexOf(':');
				const prefix = cut === -1 ? interaction.customId : interaction.customId.slice(0, cut);
				const handler = buttons.get(prefix);
				if (!handler) throw new UserError('unknown-button', 'That button no longer does anything. Try /help.');
				await handler(interaction, deps, cut === -1 ? '' : interaction.customId.slice(cut + 1));
			}
		} catch (error) {
			await answerError(interaction, error, deps.log);
		}
	};
}

function find(commands: ReadonlyMap<string, Command>, name: string): Command {
	const command = commands.get(name);
	// Discord can still send a command after it was removed from the code but before it is redeployed.
	if (!command)
		throw new UserError('unknown-command', `I don't know /${name} (any more). Try /help to see what I can do.`);
	return command;
}

function buttonTable(commands: ReadonlyMap<string, Command>): Map<string, ButtonHandler> {
	const table = new Map<string, ButtonHandler>();
	for (const command of commands.values()) {
		for (const [prefix, handler] of Object.entries(command.buttons ?? {})) {
			if (table.has(prefix)) throw new Error(`two commands claim the button prefix "${prefix}"`);
			table.set(prefix, handler);
		}
	}
	return table;
}
