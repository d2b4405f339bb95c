import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { Rendered } from './render';

/** How long work may run before the interaction is deferred: well inside Discord's 3 s, allowing for latency. */
export const DEFER_AFTER_MS = 1000;

type Answerable = ChatInputCommandInteraction | ButtonInteraction;

/**
 * Answers with whatever `work` produces, acknowledging within Discord's 3-second window however long it takes.
 * Work that finishes quickly (an answer from the engine takes about a millisecond) is sent as the reply itself:
 * one request, and interaction callbacks are exempt from the 50 requests/s global limit that webhook edits count
 * against. Work still running after `deferAfterMs` (a slow store, a busy machine) gets a deferral first, and its
 * result then edits the deferred reply.
 */
export async function replyWithin(
	interaction: Answerable,
	work: () => Promise<Rendered>,
	deferAfterMs = DEFER_AFTER_MS,
): Promise<void> {
	let deferral: Promise<unknown> | null = null;
	const timer = setTimeout(() => {
		deferral = interaction.deferReply();
		// Failure is seen when awaited below; this only keeps it from counting as unhandled meanwhile.
		deferral.catch(() => {});
	}, deferAfterMs);
	let result: Rendered;
	try {
		result = await work();
	} finally {
		clearTimeout(timer);
		if (deferral) await deferral;
	}
	if (deferral) await interaction.editReply(result);
	else await interaction.reply(result);
}
