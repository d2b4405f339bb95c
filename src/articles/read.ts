import { boilerplateKind, COMMENTS_START } from './boilerplate';
import { splitSentences } from './sentences';
import { attributeSpeakers, type PersonHint } from './speakers';
import type { Article, SegmentKind, Sentence } from './types';

interface Block {
	start: number;
	end: number;
	text: string;
	lines: number;
}

/** Blocks of text separated by blank lines, trimmed, with offsets into the original text. */
function blocks(text: string): Block[] {
	const out: Block[] = [];
	const re = /\S[\s\S]*?(?=\n[ \t]*\n|\s*$)/g;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const body = m[0].replace(/\s+$/, '');
		let start = m.index;
		let rest = body;
		// A title line directly followed by a category label ("Entertainment") shares no blank line with it.
		for (let nl = rest.indexOf('\n'); nl > 0; nl = rest.indexOf('\n')) {
			const line = rest.slice(0, nl).trimEnd();
			const headingLike = line.length <= 160 && !/[.!,;:]$/.test(line);
			if (!(COMMENTS_START.test(line.trim()) || (out.length < 2 && headingLike))) break;
			out.push({ start, end: start + line.length, text: line, lines: 1 });
			const skip = rest.slice(nl).search(/\S/) + nl;
			start += skip;
			rest = rest.slice(skip);
		}
		out.push({ start, end: start + rest.length, text: rest, lines: rest.split('\n').length });
		if (re.lastIndex === m.index) re.lastIndex++;
	}
	return out;
}

/** Sentences that point the reader onward rather than say anything ("Keep reading to see why…"). */
const TEASER = /^(Keep reading|Read on|Scroll down|Click here|Read more|Find out more)\b/i;
const DATE_PREFIX = /^date\s+(\d{4}-\d{2}-\d{2})\s+/i;
const ABBREVIATION_END = /\b([A-Za-z]\.){2,}['’"”]?$/;

/** A one-line block with no sentence-ending punctuation (or a lone short question) reads as a heading. */
function looksLikeHeading(block: Block): boolean {
	if (block.lines > 1 || block.text.length > 160) return false;
	const words = block.text.split(/\s+/).length;
	const t = block.text;
	if (/\?['’"”]?$/.test(t)) return words <= 20 && splitSentences(t).length === 1;
	if (/[.!]['’"”)]?$/.test(t) && !ABBREVIATION_END.test(t)) return false;
	return words <= 25;
}

/**
 * A caption glued to the first sentence of a paragraph, as scraped pages often leave them:
 * "Chicago PD: Jesse Lee SofferChicago PD spoilers tease…". Returns where the real text begins.
 */
function gluedCaptionEnd(text: string): number {
	const m = /^([^.!?\n]{3,80}?:[^.!?\n]{1,60}?[a-z])(?=[A-Z][a-z])/.exec(text);
	return m ? (m[1]?.length ?? 0) : 0;
}

/** What a whole block is when it is not running text: a title, furniture or a heading; null for text. */
function wholeBlockKind(block: Block, headline: string | null, index: number, count: number): SegmentKind | null {
	if (headline === null && index === 0 && looksLikeHeading(block)) return 'title';
	if (headline !== null && block.text === headline) return 'title';
	if (boilerplateKind(block.text)) return 'boilerplate';
	if (looksLikeHeading(block) && index < count - 1) return 'heading';
	return null;
}

function derivedHeadline(first: string): string {
	if (first.length <= 120) return first;
	const cut = first.slice(0, 117);
	return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/**
 * Reads one article file: headline, date and outlet where stated, and every sentence with its kind and exact
 * offsets. Publishing furniture and reader comments are kept as their own kinds so they are never quoted.
 */
export function readArticle(id: string, file: string, text: string, people: readonly PersonHint[] = []): Article {
	const all = blocks(text);
	let date: string | null = null;
	let headline: string | null = null;
	let inComments = false;
	const sentences: Sentence[] = [];
	const push = (start: number, end: number, paragraph: number, kind: SegmentKind) => {
		sentences.push({
			index: sentences.length,
			start,
			end,
			text: text.slice(start, end),
			paragraph,
			kind,
			speaker: null,
			audience: null,
			quoted: false,
		});
	};

	for (const [p, block] of all.entries()) {
		let start = block.start;
		let body = block.text;
		// The date line leads the article, or the text after its title.
		const dated: RegExpExecArray | null =
			date === null && !sentences.some((s) => s.kind === 'body') ? DATE_PREFIX.exec(body) : null;
		if (dated) {
			date = dated[1] ?? null;
			start += dated[0].length;
			body = body.slice(dated[0].length);
		}
		const current: Block = { ...block, start, text: body };
		if (inComments || COMMENTS_START.test(body)) {
			inComments = true;
			push(start, block.end, p, boilerplateKind(body) ? 'boilerplate' : 'comment');
			continue;
		}
		const whole = wholeBlockKind(current, headline, p, all.length);
		if (whole === 'title' && headline === null) headline = body;
		if (whole) {
			push(start, block.end, p, whole);
			continue;
		}
		const glued = gluedCaptionEnd(body);
		if (glued) push(start, start + glued, p, 'caption');
		for (const s of splitSentences(text, start + glued, block.end))
			push(s.start, s.end, p, TEASER.test(text.slice(s.start, s.end)) ? 'boilerplate' : 'body');
	}

	const firstBody = sentences.find((s) => s.kind === 'body');
	const outlet = outletNamed(text);
	attributeSpeakers(text, sentences, people);
	return {
		id,
		file,
		text,
		headline: headline ?? derivedHeadline(firstBody?.text ?? id),
		headlineDerived: headline === null,
		outlet,
		date,
		sentences,
	};
}

/** The outlet, only where the article names itself ("Soaps.com may receive a commission"); never guessed. */
function outletNamed(text: string): string | null {
	const m = /\b([A-Z][\w.&'-]*(?:\s[A-Z][\w.&'-]*){0,3}) may receive (?:a )?commission/.exec(text);
	if (m?.[1] && !/^(We|The editors)$/.test(m[1])) return m[1].replace(/^However,?\s*/, '');
	const own = /^\s*(?:Published by|From|By [^\n]+ for)\s+([A-Z][\w.&' -]{1,40})$/m.exec(text);
	return own?.[1]?.trim() ?? null;
}
