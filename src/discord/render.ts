import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer, Note, Quote, Side, Source } from '../answers/types';
import { Citations, describeSource, packLines } from './citations';
import { escapeText, fitText, fitWords, spoiler } from './markdown';

/** What the spoiler policy decides for one quote. */
export type QuoteVisibility = 'show' | 'tag' | 'hide';
export type QuoteDecision = (quote: Quote) => QuoteVisibility;
export const showEverything: QuoteDecision = () => 'show';

/** A message ready for `reply`, `editReply` or `followUp`, within Discord's limits, pinging nobody. */
export interface Rendered {
	content?: string;
	embeds: APIEmbed[];
	components: APIActionRowComponent<APIButtonComponent>[];
	allowedMentions: { parse: [] };
}

export const LIMITS = {
	content: 2000,
	title: 256,
	description: 4096,
	fieldValue: 1024,
	fields: 25,
	embed: 6000,
} as const;
const COLOR = 0x1f4e79;
/** Room kept for the footer line (at most 48 characters below) when counting the 6000 total. */
const FOOTER_ROOM = 64;
/** Notes are short asides; capping them keeps the quotes the main thing. */
const NOTE_MAX = 500;
const SIDES: Record<Side, string> = { story: '📺 **In the show**', real: '🎬 **Behind the scenes**' };
const NOTE_TITLES: Record<Note['kind'], string> = {
	disagreement: '⚖️ Sources disagree',
	partial: 'ℹ️ Only part of the answer',
};
/** Buttons re-ask a suggested question: `custom_id` is `ask:<question>`, routed to /ask (see commands/ask.ts). */
export const ASK_BUTTON = 'ask';

const message = (parts: Partial<Rendered>): Rendered => ({
	embeds: [],
	components: [],
	...parts,
	allowedMentions: { parse: [] },
});

/**
 * Renders an answer as one embed: the quotes as block quotes grouped by side, numbered citations and the
 * sources list, and any notes. Quotes are chosen best first until the next would break a limit, so a long answer
 * is cut at a quote boundary and keeps its sources. `decide` is the spoiler policy for each quote.
 */
export function renderAnswer(answer: Answer, decide: QuoteDecision = showEverything): Rendered {
	if (!answer.answered || answer.quotes.length === 0) return renderNotCovered(answer);
	const decided = answer.quotes.map((quote) => ({ quote, visibility: decide(quote) }));
	const visible = decided.filter((d) => d.visibility !== 'hide');
	const hidden = decided.length - visible.length;
	const guarded = hidden > 0 || visible.some((d) => d.visibility === 'tag');
	const title = fitText(answer.question, LIMITS.title);
	const notes = answer.notes.slice(0, 3);
	let best = compose([], notes, hidden, guarded);
	for (let count = 1; count <= visible.length; count++) {
		const attempt = compose(visible.slice(0, count), notes, hidden, guarded);
		if (!fits(title, attempt)) break;
		best = attempt;
	}
	if (best.shown === 0 && visible[0]) {
		// Even the best quote alone is too long: measure everything around it, then cut it at a word to fit.
		const probe = compose(visible.slice(0, 1), notes, hidden, guarded, 0);
		const spare = Math.min(LIMITS.description - probe.description.length, LIMITS.embed - size(title, probe));
		best = compose(visible.slice(0, 1), notes, hidden, guarded, EMPTY_BODY.length + spare);
	}
	const omitted = visible.length - best.shown;
	const footer =
		omitted > 0
			? `${omitted} more ${omitted === 1 ? 'quote' : 'quotes'} left out to fit`
			: 'Quotes are word for word from the sources listed';
	const embed: APIEmbed = {
		title,
		color: COLOR,
		description: best.description,
		fields: best.fields,
		footer: { text: footer },
	};
	return message({ embeds: [embed] });
}

interface Composed {
	description: string;
	fields: APIEmbedField[];
	shown: number;
}

/** A quote with its policy decision, and its rendered text kept once made: compose() runs once per quote count. */
type Decided = { quote: Quote; visibility: QuoteVisibility; body?: string; attribution?: string };

/** Builds the description and fields for the chosen quotes; `bodyMax` caps each quote's rendered text. */
function compose(
	chosen: Decided[],
	notes: Note[],
	hidden: number,
	guarded: boolean,
	bodyMax = Number.POSITIVE_INFINITY,
): Composed {
	const citations = new Citations();
	const blocks: string[] = [];
	// Group by side, sides in the order their best quote ranks; numbers follow reading order.
	const sides = [...new Set(chosen.map((d) => d.quote.side))];
	for (const side of sides) {
		blocks.push(SIDES[side]);
		for (const d of chosen.filter((c) => c.quote.side === side)) blocks.push(quoteBlock(d, citations, bodyMax));
	}
	if (hidden > 0) {
		blocks.push(
			`_${hidden === 1 ? 'One quote was' : `${hidden} quotes were`} hidden by this server's spoiler settings._`,
		);
	}
	const noteFields = notes.map((note) => noteField(note, citations, guarded));
	const sourceValues = packLines(citations.lines(), LIMITS.fieldValue);
	const sourceFields = sourceValues.map((value, i) => ({ name: i === 0 ? 'Sources' : 'Sources (continued)', value }));
	const fields = [...noteFields, ...sourceFields].slice(0, LIMITS.fields);
	return { description: blocks.join('\n\n') || '_Nothing to show here._', fields, shown: chosen.length };
}

const EMPTY_BODY = '> …';

function quoteBlock(decided: Decided, citations: Citations, bodyMax: number): string {
	const { quote, visibility } = decided;
	const tagged = visibility === 'tag';
	const marks = [quote.source, ...quote.alsoIn].map((source) => `[${citations.cite(source, tagged)}]`).join('');
	const render = (raw: string) =>
		raw
			.split('\n')
			.map((line) => `> ${tagged ? spoiler(escapeText(line)) : escapeText(line)}`)
			.join('\n');
	const whole = bodyMax === Number.POSITIVE_INFINITY;
	const body = (whole ? decided.body : undefined) ?? fitWords(quote.text, bodyMax, render) ?? EMPTY_BODY;
	if (whole) decided.body = body;
	if (decided.attribution === undefined) {
		// One line, whatever the names hold: a line break would end the block quote and split the spoiler.
		const who = [quote.speaker, quote.audience ? `to ${quote.audience}` : null]
			.filter(Boolean)
			.join(', ')
			.replace(/\s+/g, ' ')
			.trim();
		decided.attribution = who ? `\n> — ${tagged ? spoiler(escapeText(who)) : escapeText(who)}` : '';
	}
	return `${body} ${marks}${decided.attribution}`;
}

function noteField(note: Note, citations: Citations, guarded: boolean): APIEmbedField {
	// A note may restate what a hidden or tagged quote says, so it is tagged whenever any quote is.
	const marks = note.sources.map((source: Source) => `[${citations.cite(source, guarded)}]`).join('');
	const room = NOTE_MAX - marks.length - 1;
	const text = fitText(note.text, room, (raw) => (guarded ? spoiler(escapeText(raw)) : escapeText(raw)));
	return { name: NOTE_TITLES[note.kind], value: `${text} ${marks}`.trim() };
}

/** Characters counted against the 6000 embed total, with room kept for the footer. */
function size(title: string, composed: Composed): number {
	const fieldText = composed.fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
	return title.length + composed.description.length + fieldText + FOOTER_ROOM;
}

function fits(title: string, composed: Composed): boolean {
	return composed.description.length <= LIMITS.description && size(title, composed) <= LIMITS.embed;
}

/** The friendly "not in my articles" reply: says so plainly and offers questions Molly can answer, as buttons too. */
export function renderNotCovered(answer: Pick<Answer, 'question' | 'suggestions'>): Rendered {
	const suggestions = answer.suggestions.slice(0, 5);
	const lines = [
		`I couldn't find anything about “${fitText(answer.question, 120)}” in my articles, and I'd rather not guess.`,
	];
	if (suggestions.length > 0) {
		lines.push('Here are some questions I can answer:', ...suggestions.map((s) => `• ${fitText(s, 150)}`));
	}
	const buttons: APIButtonComponent[] = suggestions
		.filter((s) => ASK_BUTTON.length + 1 + s.length <= 100)
		.map((s) => ({ type: 2, style: 2, label: fitText(s, 80, (t) => t), custom_id: `${ASK_BUTTON}:${s}` }));
	const components = buttons.length > 0 ? [{ type: 1 as const, components: buttons }] : [];
	return message({ content: lines.join('\n').slice(0, LIMITS.content), components });
}

/** `/sources`: every article Molly knows, one line each. */
export function renderSources(sources: Source[]): Rendered {
	const lines = sources.map((source) => `• ${describeSource(source)}`);
	const values = packLines(lines, LIMITS.description - 40);
	const description = values[0] ?? '_No articles loaded._';
	const more = values.length > 1 ? `\n…and ${lines.length - description.split('\n').length} more.` : '';
	const embed: APIEmbed = {
		title: `The ${sources.length} articles I quote from`,
		color: COLOR,
		description: description + more,
		footer: { text: 'Every answer quotes these articles word for word.' },
	};
	return message({ embeds: [embed] });
}

/** A short plain message (help text, explanations); escaping is the caller's choice, since it may hold markdown. */
export function renderNotice(text: string, title?: string): Rendered {
	if (!title) return message({ content: text.slice(0, LIMITS.content) });
	return message({
		embeds: [{ title: title.slice(0, LIMITS.title), color: COLOR, description: text.slice(0, LIMITS.description) }],
	});
}

/** Autocomplete choices within Discord's rules: at most 25, names 1-100 characters, values at most 100. */
export function renderChoices(questions: readonly string[]): Array<{ name: string; value: string }> {
	const seen = new Set<string>();
	const choices: Array<{ name: string; value: string }> = [];
	for (const raw of questions) {
		const question = raw.replace(/\s+/g, ' ').trim();
		// The value is what gets asked, so a question too long to send whole is skipped rather than cut.
		if (question.length === 0 || question.length > 100 || seen.has(question)) continue;
		seen.add(question);
		choices.push({ name: question, value: question });
		if (choices.length === 25) break;
	}
	return choices;
}
