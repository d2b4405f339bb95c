import type {
	AutocompleteInteraction,
	ButtonInteraction,
	ChatInputCommandInteraction,
	Interaction,
	RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Engine, QuestionCheck } from '../answers/engine-api';
import type { Logger } from '../log';
import type { Store } from '../store';
import type { QuoteDecision } from './render';

/** Everything a command may use, built once in `src/index.ts` and passed down; no module-level singletons. */
export interface Deps {
	engine: Engine;
	checkQuestion: (text: string) => QuestionCheck;
	log: Logger;
	/** Durable storage (SQLite or Redis); features take their own namespaces from it. */
	store: Store;
	/** The spoiler policy for where an interaction happens; shows everything until the spoilers feature lands. */
	spoilers: { policyFor(interaction: Interaction): Promise<QuoteDecision> };
}

/** A button handler gets the part of the `custom_id` after its prefix (`ask:Why did…` -> `Why did…`). */
export type ButtonHandler = (interaction: ButtonInteraction, deps: Deps, payload: string) => Promise<void>;

/** One slash command: its registration payload and thin handlers (see commands/). */
export interface Command {
	data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
	execute(interaction: ChatInputCommandInteraction, deps: Deps): Promise<void>;
	autocomplete?(interaction: AutocompleteInteraction, deps: Deps): Promise<void>;
	/** Buttons this command owns, by `custom_id` prefix (without the `:`). */
	buttons?: Record<string, ButtonHandler>;
}
