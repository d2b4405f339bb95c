import type { Article, Sentence } from '../articles/types';
import { escapeRegExp } from '../regexp';
import type { Person, Roster } from './data';
import { terms, words } from './text';
import type { Side } from './types';

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
	/** Stems of the section heading and the neighbouring sentences (shared sets): what the sentence is about. */
	context: ReadonlyArray<ReadonlySet<string>>;
	/** The heading of the section the unit sits in, if any. */
	heading: string | null;
	/** Position of the unit's paragraph among the article's text paragraphs (furniture between them skipped). */
	paragraph: number;
	/** Stems the article states about the words rather than in them: who said them, to whom, their role. */
	meta: ReadonlySet<string>;
	/** Roster ids this unit is about, with how directly (1 named, less through a pronoun, speaker or context). */
	people: Map<string, number>;
	/** How many times each roster id is named in the unit itself. */
	mentions: Map<string, number>;
	speaker: string | null;
	audience: string | null;
	side: Side;
	isQuestion: boolean;
	wordCount: number;
}

const LEANS =
	/^(However|But|Except|And|Also|Instead|Still|Yet|So|This|That|These|Those|Then|Even so|As a result|Otherwise|The (actor|actress|star))\b|^\w+( \w+)?, however\b/;
const REAL_CUES =
	/\b(actor|actress|showrunner|cast|series|interview|Variety|TVLine|NBC|Instagram|producers?|writers|director|role|exit from the show|on-screen|off-screen|onscreen|costar|co-star|set|fans?|episodes|plays|played|playing|portrays?|portrayer|joined|signed|contract|press|reporters|stream(s|ing)?|airs|aired|available|Peacock|network)\b/i;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** The sentence ends a quotation begun in an earlier sentence (`…one last season," she said.`). */
function closesQuote(text: string): boolean {
	return count(text, /”/g) > count(text, /“/g) || (count(text, /"/g) % 2 === 1 && !/^"/.test(text));
}

/** The sentence begins a quotation it does not end. */
function opensQuote(text: string): boolean {
	return count(text, /“/g) > count(text, /”/g) || (count(text, /"/g) % 2 === 1 && /^"|[\s:]"/.test(text));
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

function sideOf(
	text: string,
	people: Map<string, number>,
	speaker: Person | undefined,
	byId: Map<string, Person>,
	quoted: boolean,
): Side {
	let real = REAL_CUES.test(text) ? 1 : 0;
	let story = 0;
	for (const [id, strength] of people) {
		const p = byId.get(id);
		if (!p || strength < 0.9) continue;
		if (p.kind === 'character') story += 1;
		else real += 1;
	}
	if (speaker?.kind === 'character') story += 2;
	else if (speaker) real += 2;
	// Someone quoted whom the roster does not know is, in a news article, a real person talking about the show.
	else if (quoted) real += 1;
	return real > story ? 'real' : 'story';
}

/** A word of a unit: its stem (null for function words), the person it names, the gender of a pronoun. */
export interface Token {
	word: string;
	stem: string | null;
	person: string | null;
	gender: 'f' | 'm' | null;
}

const tokenCache = new WeakMap<Unit, Token[]>();

/** The unit's words in order, worked out on first use: only the few units a question ranks need them. */
export function tokensOf(unit: Unit, personByWord: ReadonlyMap<string, string>): Token[] {
	let tokens = tokenCache.get(unit);
	if (!tokens) {
		tokens = words(unit.text).map((w) => ({
			word: w,
			stem: terms(w)[0] ?? null,
			person: personByWord.get(w) ?? null,
			gender: /^(he|his|him)$/.test(w) ? 'm' : /^(she|her|hers)$/.test(w) ? 'f' : null,
		}));
		tokenCache.set(unit, tokens);
	}
	return tokens;
}

/** A single name word points at its person ("Halstead" is Jay unless "Will" comes first: rare enough). */
export function personWords(roster: Roster): Map<string, string> {
	const map = new Map<string, string>();
	for (const p of roster.people)
		for (const a of p.aliases)
			for (const w of words(a))
				if (!map.has(w) && !/^(sergeant|detective|deputy|superintendent)$/.test(w)) map.set(w, p.id);
	return map;
}

const NOTHING: ReadonlySet<string> = new Set();
const GENDERS_OF: Readonly<Record<string, ReadonlyArray<'f' | 'm'>>> = { his: ['m'], her: ['f'], the: ['m', 'f'] };
/** A name said to its bearer: at the head of a quotation or after an ellipsis, followed by a comma. */
const VOCATIVE = /(?:^|[“"‘…]\s*)([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*),\s/;
const YOU = /\b(?:you|your|you’re|you're|yours)\b/i;
const COUPLE = /\b(the couple|the pair|the two|the duo|both of them)\b/i;
const TWO = /\b(the|those|these) (two|pair|couple|duo)\b|\bboth of them\b/i;

/** Builds the quotable units of every article, with what the ranking needs to know about each. */
export function buildUnits(articles: readonly Article[], roster: Roster): Unit[] {
	const units: Unit[] = [];
	const byId = new Map(roster.people.map((p) => [p.id, p]));
	const byName = new Map(roster.people.map((p) => [p.name, p]));
	const characterOf = new Map(roster.people.flatMap((p) => (p.playedBy ? [[p.playedBy, p.id] as const] : [])));
	// One pass over the text with every alias, longest first: "Will Halstead" must not also count as Jay.
	const idOf = new Map<string, string>();
	for (const p of roster.people) for (const a of p.aliases) if (!idOf.has(a)) idOf.set(a, p.id);
	for (const pair of roster.pairs) idOf.set(pair.name, `pair:${pair.name.toLowerCase()}`);
	const names = [...idOf.keys()].sort((a, b) => b.length - a.length);
	const aliasRe = names.length ? new RegExp(`\\b(${names.map(escapeRegExp).join('|')})\\b`, 'g') : null;
	const mentioned = (text: string) => {
		const found = new Map<string, number>();
		if (aliasRe)
			for (const m of text.matchAll(aliasRe)) {
				const id = idOf.get(m[1] ?? '');
				if (id) found.set(id, (found.get(id) ?? 0) + 1);
			}
		return found;
	};
	const showName = roster.show ? new RegExp(roster.show.aliases.map(escapeRegExp).join('|')) : null;
	const showMeta = new Set(terms('show series'));

	for (const article of articles) {
		const body = article.sentences.filter((s) => s.kind === 'body');
		const stemLists = body.map((s) => terms(s.text));
		const stemSets = stemLists.map((list) => new Set(list));
		const named = body.map((s) => mentioned(s.text));
		const paragraphs = [...new Set(body.map((s) => s.paragraph))];
		let heading: ReadonlySet<string> = NOTHING;
		let headingText: string | null = null;
		let headingPeople = new Map<string, number>();
		let lastBy = new Map<'f' | 'm', string[]>();
		let paragraph = -1;
		let addressed: string | undefined;
		let addressedIn = -1;
		let i = -1;
		for (const s of article.sentences) {
			if (s.kind === 'heading') {
				heading = new Set(terms(s.text));
				headingText = s.text;
				headingPeople = mentioned(s.text);
			}
			if (s.kind !== 'body') continue;
			i++;
			const prev = body[i - 1]?.paragraph === s.paragraph ? body[i - 1] : undefined;
			const next = body[i + 1]?.paragraph === s.paragraph ? body[i + 1] : undefined;
			if (s.paragraph !== paragraph && paragraph >= 0 && s.paragraph - paragraph > 1) lastBy = new Map();
			paragraph = s.paragraph;
			const leans =
				prev &&
				(LEANS.test(s.text) ||
					(s.quoted && (s.text.match(/\S+/g)?.length ?? 0) < 6) ||
					(closesQuote(s.text) && opensQuote(prev.text)));
			const [start, end] = trimDanglingQuotes(article.text, leans && prev ? prev.start : s.start, s.end);
			const text = article.text.slice(start, end);
			const mentions = leans ? mentioned(text) : (named[i] ?? new Map());
			const people = new Map([...mentions].map(([id]) => [id, 1]));
			// "The character", "his character": the one played by the actor last named.
			const character = /\b(the|his|her) character\b/i.exec(s.text)?.[1]?.toLowerCase();
			if (character)
				for (const g of GENDERS_OF[character] ?? []) {
					const actor = lastBy.get(g)?.[0];
					const role = actor ? characterOf.get(actor) : undefined;
					if (role && !people.has(role)) people.set(role, 0.9);
				}
			// "Those two", "the pair": the people named together in the sentence before.
			const before = named[i - 1];
			if (TWO.test(s.text) && before && before.size >= 2)
				for (const [id] of before) if (!people.has(id)) people.set(id, 0.8);
			// "They conducted themselves professionally": a sentence opening with "they" after one naming both of a
			// couple is about the couple.
			if (/^(They|Their)\b/.test(s.text) && prev && before)
				for (const pair of roster.pairs)
					if (pair.members.every((m) => before.has(m)))
						for (const m of pair.members) if (!people.has(m)) people.set(m, 0.8);
			const speaker = s.speaker ? byName.get(s.speaker) : undefined;
			// A pronoun with no name in the sentence points at the last person of that gender; in someone's own
			// words it is someone else ("Sigan added: 'I have my own version of where she went'").
			// A sentence leaning on the one before ("And so, the more open-ended it was…") reads its pronouns too.
			const said = leans ? text : s.text;
			const outside = s.speaker ? said.replace(/[“"][^”"]*(?:[”"]|$)/g, ' ') : said;
			for (const [g, re] of [
				['m', /\b(he|him|his)\b/i],
				['f', /\b(she|her|hers)\b/i],
			] as const) {
				if (!re.test(said)) continue;
				const recent = lastBy.get(g) ?? [];
				// Someone talking about the show mostly means the character ("where she went" in the showrunner's words).
				const others = recent.filter((x) => x !== speaker?.id);
				const id = re.test(outside)
					? recent[0]
					: speaker && speaker.kind !== 'character'
						? (others.find((x) => byId.get(x)?.kind === 'character') ?? others[0])
						: others[0];
				if (id && !people.has(id)) people.set(id, 0.6);
			}
			if (speaker && !people.has(speaker.id)) people.set(speaker.id, 0.8);
			// "…Jesse, what can I say, you're the absolute best … You're the greatest onscreen husband": the one a
			// quotation addresses by name is the "you" of its later sentences.
			if (s.paragraph !== addressedIn) addressed = undefined;
			const vocative = s.quoted ? VOCATIVE.exec(s.text)?.[1] : undefined;
			const called = vocative ? idOf.get(vocative) : undefined;
			if (called) [addressed, addressedIn] = [called, s.paragraph];
			if (addressed && s.quoted && YOU.test(s.text) && !people.has(addressed)) people.set(addressed, 0.6);
			const audience = s.audience
				? roster.people.find((p) => p.aliases.some((a) => s.audience?.includes(a)))
				: undefined;
			if (audience && !people.has(audience.id)) people.set(audience.id, 0.8);
			for (const around of [headingPeople, named[i - 1], named[i + 1]])
				for (const [id] of around ?? []) if (!people.has(id)) people.set(id, 0.4);
			// "The couple", "the pair": a pair is meant when its members are about.
			if (COUPLE.test(s.text))
				for (const pair of roster.pairs)
					if (pair.members.some((m) => (people.get(m) ?? 0) >= 0.4)) people.set(`pair:${pair.name.toLowerCase()}`, 0.9);
			for (const [id] of named[i] ?? []) {
				const gender = byId.get(id)?.gender;
				if (gender) lastBy.set(gender, [id, ...(lastBy.get(gender) ?? []).filter((x) => x !== id)].slice(0, 3));
			}
			const stems = leans ? terms(text) : (stemLists[i] ?? terms(text));
			let meta: ReadonlySet<string> = showName?.test(text) ? showMeta : NOTHING;
			if (s.quoted) {
				const said = new Set(meta);
				for (const t of terms(
					`${s.speaker ?? ''} ${speaker?.aliases.join(' ') ?? ''} ${speaker?.role ?? ''} ${s.audience ?? ''} said told say tell according quote interview`,
				))
					said.add(t);
				meta = said;
			}
			units.push({
				id: units.length,
				article,
				sentence: s,
				start,
				end,
				text,
				stems,
				stemSet: leans ? new Set(stems) : (stemSets[i] ?? new Set(stems)),
				context: [heading, stemSets[i - 1] ?? NOTHING, next ? (stemSets[i + 1] ?? NOTHING) : NOTHING],
				meta,
				heading: headingText,
				paragraph: paragraphs.indexOf(s.paragraph),
				people,
				mentions,
				speaker: s.speaker,
				audience: s.audience,
				side: sideOf(text, people, speaker, byId, s.quoted),
				// The article asking ("Could she be on her way out?"), not someone quoted asking or quoting a question.
				isQuestion: /\?['’"”]?$/.test(s.text) && !(s.quoted || /[,:]\s*['‘“"][^'‘“"]+\?['’"”]$/.test(s.text)),
				wordCount: text.match(/\S+/g)?.length ?? 0,
			});
		}
	}
	return units;
}
