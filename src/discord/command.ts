import type {
	AutocompleteInteraction,
	ButtonInteraction,
	ChatInputCommandInteraction,
	Interaction,
	RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Engine, QuestionCheck } from '../answers/engine-api';
import type { DailyService } from '../daily/service';
import type { Logger } from '../log';
import type { Store } from '../store';
import type { TriviaService } from '../trivia/service';
import type { QuoteDecision, QuoteVisibility } from './render';

/** What to do with something that reveals these seasons (a trivia question, a daily post). */
export type SeasonDecision = (seasons: readonly number[]) => QuoteVisibility;

/** Everything a command may use, built once in `src/index.ts` and passed down; no module-level singletons. */
export interface Deps {
	engine: Engine;
	checkQuestion: (text: string) => QuestionCheck;
	log: Logger;
	/** Durable storage (SQLite or Redis); features take their own namespaces from it. */
	store: Store;
	/** The spoiler policy for where an interaction happens; shows everything until the spoilers feature lands. */
	spoilers: {
		policyFor(interaction: Interaction): Promise<QuoteDecision>;
		/** The same policy for a server and channel with no interaction at hand (the daily post), by seasons. */
		decisionFor(guildId: string | null, channelId: string | null): Promise<SeasonDecision>;
	};
	/** The daily trivia post: schedules, test posts and answers (see src/daily/service.ts). */
	daily: DailyService;
	/** Trivia rounds and the per-server leaderboard (see src/trivia/service.ts). */
	trivia: TriviaService;
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
