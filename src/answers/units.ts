import type { Article, Sentence } from '../articles/types';
import type { Roster } from './data';
import type { Side } from './types';
import { terms, words } from './text';

/** A quotable piece of an article: one sentence, or two when the second leans on the first. */
export interface Unit {
	id: number;
	article: Article;
	sentence: Sentence;
	start: number;
	end: number;
	text: string;
	stems: string[];
	stemSet: Set<string>;
	/** Stems of the section heading and the neighbouring sentences: what the sentence is about. */
	context: Set<string>;
	/** Position of the unit's paragraph among the article's text paragraphs (furniture between them skipped). */
	paragraph: number;
	/** Stems the article states about the words rather than in them: who said them, to whom, their role. */
	meta: Set<string>;
	/** Roster ids this unit is about, with how directly (1 named, less through a pronoun, speaker or context). */
	people: Map<string, number>;
	/** How many times each roster id is named in the unit itself. */
	mentions: Map<string, number>;
	/** The unit's words in order: each word's stem (null for function words) and the person it names, if any. */
	tokens: Array<{ word: string; stem: string | null; person: string | null; gender: 'f' | 'm' | null }>;
	speaker: string | null;
	audience: string | null;
	side: Side;
	isQuestion: boolean;
	wordCount: number;
}

const LEANS = /^(However|But|Except|And|Also|Instead|Still|Yet|So|This|That|These|Those|Then|Even so|As a result|Otherwise)\b|^\w+( \w+)?, however\b/;
const REAL_CUES = /\b(actor|actress|showrunner|cast|series|interview|Variety|TVLine|NBC|Instagram|producers?|writers|director|role|exit from the show|on-screen|off-screen|onscreen|costar|co-star|set|fans?|episodes|playing|played by|joined|signed|contract|press|reporters)\b/i;

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Drops a quotation mark left open or closed by cutting the text at a sentence boundary. */
function trimDanglingQuotes(text: string, start: number, end: number): [number, number] {
	let s = start;
	let e = end;
	const piece = () => text.slice(s, e);
	const count = (re: RegExp) => (piece().match(re) ?? []).length;
	if (/^[“"]/.test(piece()) && (count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1)) s++;
	if (/[”"]$/.test(piece()) && (count(/”/g) > count(/“/g) || count(/"/g) % 2 === 1)) e--;
	if (/[’']$/.test(piece()) && count(/‘/g) < count(/’/g) && /[.!?][’']$/.test(piece())) e--;
	return [s, e];
}

function sideOf(text: string, people: Map<string, number>, speaker: string | null, roster: Roster): Side {
	let real = REAL_CUES.test(text) ? 1 : 0;
	let story = 0;
	for (const [id, strength] of people) {
		const p = roster.people.find((x) => x.id === id);
		if (!p || strength < 0.9) continue;
		if (p.kind === 'character') story += 1;
		else real += 1;
	}
	const sp = roster.people.find((x) => x.name === speaker);
	if (sp) (sp.kind === 'character' ? (story += 2) : (real += 2));
	return real > story ? 'real' : 'story';
}

/** Builds the quotable units of every article, with what the ranking needs to know about each. */
export function buildUnits(articles: readonly Article[], roster: Roster): Unit[] {
	const units: Unit[] = [];
	// Longest alias first, masking what it claimed: "Will Halstead" must not also count as Jay.
	const aliases = roster.people
		.flatMap((p) => p.aliases.map((alias) => ({ id: p.id, re: new RegExp(`\\b${escape(alias)}\\b`, 'g'), length: alias.length })))
		.concat(roster.pairs.map((pair) => ({ id: `pair:${pair.name.toLowerCase()}`, re: new RegExp(`\\b${escape(pair.name)}\\b`, 'gi'), length: pair.name.length })))
		.sort((a, b) => b.length - a.length);
	const mentioned = (text: string) => {
		const found = new Map<string, number>();
		let rest = text;
		for (const { id, re } of aliases) {
			re.lastIndex = 0;
			if (!re.test(rest)) continue;
			rest = rest.replace(re, (m) => {
				found.set(id, (found.get(id) ?? 0) + 1);
				return ' '.repeat(m.length);
			});
		}
		return found;
	};

	// A single name word points at its person ("Halstead" is Jay unless "Will" comes first: rare enough).
	const personByWord = new Map<string, string>();
	for (const p of roster.people) for (const a of p.aliases) for (const w of words(a)) if (!personByWord.has(w) && !/^(sergeant|detective|deputy|superintendent)$/.test(w)) personByWord.set(w, p.id);
	const showName = roster.show ? new RegExp(roster.show.aliases.map(escape).join('|')) : null;
	for (const article of articles) {
		const body = article.sentences.filter((s) => s.kind === 'body');
		const paragraphs = [...new Set(body.map((s) => s.paragraph))];
		let heading: Sentence | null = null;
		let lastBy = new Map<'f' | 'm', string>();
		let paragraph = -1;
		for (const s of article.sentences) {
			if (s.kind === 'heading') heading = s;
			if (s.kind !== 'body') continue;
			const i = body.indexOf(s);
			const prev = body[i - 1]?.paragraph === s.paragraph ? body[i - 1] : undefined;
			const next = body[i + 1]?.paragraph === s.paragraph ? body[i + 1] : undefined;
			if (s.paragraph !== paragraph && paragraph >= 0 && s.paragraph - paragraph > 1) lastBy = new Map();
			paragraph = s.paragraph;
			const leans = prev && (LEANS.test(s.text) || (s.quoted && words(s.text).length < 6));
			const [start, end] = trimDanglingQuotes(article.text, leans && prev ? prev.start : s.start, s.end);
			const text = article.text.slice(start, end);
			const mentions = mentioned(text);
			const people = new Map([...mentions].map(([id]) => [id, 1]));
			// A pronoun with no name in the sentence points at the last person of that gender.
			for (const [g, re] of [['m', /\b(he|him|his)\b/i], ['f', /\b(she|her|hers)\b/i]] as const) {
				const id = lastBy.get(g);
				if (id && re.test(s.text) && !people.has(id)) people.set(id, 0.6);
			}
			const speaker = roster.people.find((p) => p.name === s.speaker);
			if (speaker && !people.has(speaker.id)) people.set(speaker.id, 0.8);
			const audience = roster.people.find((p) => s.audience !== null && p.aliases.some((a) => s.audience?.includes(a)));
			if (audience && !people.has(audience.id)) people.set(audience.id, 0.8);
			const ctx = [heading?.text ?? '', body[i - 1]?.text ?? '', next?.text ?? ''].join(' ');
			for (const [id] of mentioned(ctx)) if (!people.has(id)) people.set(id, 0.4);
			for (const [id] of mentioned(s.text)) {
				const p = roster.people.find((x) => x.id === id);
				if (p?.gender) lastBy.set(p.gender, id);
			}
			const stems = terms(text);
			const tokens = words(text).map((w) => ({
				word: w,
				stem: terms(w)[0] ?? null,
				person: personByWord.get(w) ?? null,
				gender: /^(he|his|him)$/.test(w) ? ('m' as const) : /^(she|her|hers)$/.test(w) ? ('f' as const) : null,
			}));
			const meta = new Set<string>();
			// Naming the show is talking about "the show".
			if (showName?.test(text)) for (const t of terms('show series')) meta.add(t);
			if (s.quoted) {
				const who = roster.people.find((p) => p.name === s.speaker);
				for (const t of terms(`${s.speaker ?? ''} ${who?.aliases.join(' ') ?? ''} ${who?.role ?? ''} ${s.audience ?? ''} said told say tell according quote interview`)) meta.add(t);
			}
			units.push({
				id: units.length,
				article,
				sentence: s,
				start,
				end,
				text,
				stems,
				stemSet: new Set(stems),
				context: new Set(terms(ctx)),
				meta,
				paragraph: paragraphs.indexOf(s.paragraph),
				people,
				mentions,
				tokens,
				speaker: s.speaker,
				audience: s.audience,
				side: sideOf(text, people, s.speaker, roster),
				isQuestion: /\?['’"”]?$/.test(s.text),
				wordCount: words(text).length,
			});
		}
	}
	return units;
}
