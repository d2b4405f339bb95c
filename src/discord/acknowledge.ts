import { type ButtonInteraction, type ChatInputCommandInteraction, type Interaction, MessageFlags } from 'discord.js';
import type { Rendered } from './render';

/** How long work may run before the interaction is deferred: well inside Discord's 3 s, allowing for latency. */
export const DEFER_AFTER_MS = 1000;

type Answerable = ChatInputCommandInteraction | ButtonInteraction;

/** How to acknowledge: a reply, a reply only the user sees, or an update of the button's own message. */
interface Acknowledgement {
	defer(): Promise<unknown>;
	send(result: Rendered): Promise<unknown>;
}

/**
 * Acknowledges with whatever `work` produces within Discord's 3-second window, however long it takes. Work that
 * finishes quickly (an answer from the engine takes about a millisecond) is sent at once: one request, and
 * interaction callbacks are exempt from the 50 requests/s global limit that webhook edits count against. Work
 * still running after `deferAfterMs` (a slow store, a busy machine) gets a deferral first, and its result then
 * edits the deferred response.
 */
async function within(
	interaction: Answerable,
	how: Acknowledgement,
	work: () => Promise<Rendered>,
	deferAfterMs: number,
): Promise<void> {
	let deferral: Promise<unknown> | null = null;
	const timer = setTimeout(() => {
		deferral = how.defer();
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
	else await how.send(result);
}

/** Replies in the channel with what `work` produces (see {@link within}). */
export function replyWithin(interaction: Answerable, work: () => Promise<Rendered>, deferAfterMs = DEFER_AFTER_MS) {
	return within(
		interaction,
		{ defer: () => interaction.deferReply(), send: (result) => interaction.reply(result) },
		work,
		deferAfterMs,
	);
}

/** Replies so that only the user sees it; ephemerality is fixed when deferring, so the deferral is private too. */
export function replyPrivatelyWithin(
	interaction: Interaction & Answerable,
	work: () => Promise<Rendered>,
	deferAfterMs = DEFER_AFTER_MS,
) {
	return within(
		interaction,
		{
			defer: () => interaction.deferReply({ flags: MessageFlags.Ephemeral }),
			send: (result) => interaction.reply({ ...result, flags: MessageFlags.Ephemeral }),
		},
		work,
		deferAfterMs,
	);
}

/** Updates the button's own message; its deferral (`deferUpdate`) posts nothing new. */
export function updateWithin(
	interaction: ButtonInteraction,
	work: () => Promise<Rendered>,
	deferAfterMs = DEFER_AFTER_MS,
) {
	return within(
		interaction,
		{ defer: () => interaction.deferUpdate(), send: (result) => interaction.update(result) },
		work,
		deferAfterMs,
	);
}
