import { type Interaction, MessageFlags, RESTJSONErrorCodes } from 'discord.js';
import type { Logger } from '../log';
import { UserError } from './errors';

export const APOLOGY = 'Sorry, something went wrong on my side. Please try again in a moment.';

/** Discord errors meaning the interaction can no longer be answered: expired token, already answered. */
const DEAD = new Set<number>([
	RESTJSONErrorCodes.UnknownInteraction,
	RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
	RESTJSONErrorCodes.UnknownWebhook,
]);

export type Triage =
	| { kind: 'user'; code: string; message: string }
	| { kind: 'gone'; code: number }
	| { kind: 'bug'; message: string };

/** Decides, from the error alone, what the user sees and how loudly it is logged. */
export function triage(error: unknown): Triage {
	if (error instanceof UserError) return { kind: 'user', code: error.code, message: error.message };
	const code = (error as { code?: unknown } | null)?.code;
	if (typeof code === 'number' && DEAD.has(code)) return { kind: 'gone', code };
	return { kind: 'bug', message: APOLOGY };
}

/** Who did what, for logs: ids and names only, never the interaction token. */
export function describe(interaction: Interaction): Record<string, unknown> {
	return {
		interaction: interaction.id,
		type: interaction.type,
		command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
		customId: interaction.isMessageComponent() ? interaction.customId : undefined,
		user: interaction.user.id,
		guild: interaction.guildId,
		channel: interaction.channelId,
	};
}

/**
 * The one error boundary: answers the user ephemerally (a follow-up if the interaction was already answered or
 * deferred, a reply otherwise) and logs with context. It never throws: a dead token must not crash the bot.
 */
export async function answerError(interaction: Interaction, error: unknown, log: Logger): Promise<void> {
	const verdict = triage(error);
	const context = describe(interaction);
	if (verdict.kind === 'gone') {
		log.warn({ ...context, code: verdict.code }, 'interaction could no longer be answered');
		return;
	}
	if (verdict.kind === 'user') log.info({ ...context, code: verdict.code }, 'user error');
	else log.error({ ...context, err: error }, 'handler failed');
	try {
		if (interaction.isAutocomplete()) {
			if (!interaction.responded) await interaction.respond([]);
		} else if (interaction.isRepliable()) {
			const reply = {
				content: verdict.message,
				flags: MessageFlags.Ephemeral,
				allowedMentions: { parse: [] },
			} as const;
			if (interaction.replied || interaction.deferred) await interaction.followUp(reply);
			else await interaction.reply(reply);
		}
	} catch (failure) {
		log.warn({ ...context, err: failure }, 'could not tell the user about the error');
	}
}
