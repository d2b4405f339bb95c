import { escapeRegExp } from '../regexp';
import type { Lexicon, Roster } from './data';
import { isEnglishWord } from './english';
import { editDistance, fold, STOPWORDS, stem, terms, words } from './text';

/**
 * A lexicon phrase as stems, keeping its little words as particles ("=off"): "written off" must not match
 * "written" alone, nor "send off" every "sends".
 */
export function phraseStems(phrase: string): string[] {
	const ws = words(phrase);
	if (ws.length === 1) return terms(phrase);
	return ws.map((w) => (STOPWORDS.has(w) ? `=${w}` : (terms(w)[0] ?? `=${w}`)));
}

/** A capitalised word inside a sentence (after a lower-case word or a comma), not a sentence's first. */
const MID_CAPITAL = /(?<=[\p{Ll},;:]\s+)\p{Lu}\p{Ll}+/gu;
/** Two capitalised words inside a sentence: "in New York". */
const NAME_PAIR = /(?<=[\p{Ll},;:]\s+)(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)/gu;
/** Share of a word's uses that must be capitalised mid-sentence for it to count as a name. */
const PROPER_SHARE = 0.6;

/** Whether typed words are a name's words with at most one a letter or two off (same first letter). */
function nearlyAll(name: readonly string[], typed: readonly string[]): boolean {
	if (typed.length !== name.length) return false;
	let slips = 0;
	for (let j = 0; j < name.length; j++) {
		const [n, t] = [name[j] ?? '', typed[j] ?? ''];
		if (n === t) continue;
		// "to do with Halstead" is not "Will Halstead": a slip is never a little word of its own.
		if (++slips > 1 || t.length < 4 || STOPWORDS.has(t) || n[0] !== t[0] || editDistance(t, n, 2) > 2) return false;
	}
	return true;
}

/** A word of a phrase matched as typed rather than by its stem (see `phraseStems`). */
export function isParticle(s: string): boolean {
	return s.startsWith('=');
}

/**
 * What the articles say, word by word: document frequencies for weighting, known words for spelling
 * correction, roster aliases for finding people in a question, and lexicon groups for synonyms.
 */
export class Vocabulary {
	private readonly df = new Map<string, number>();
	private readonly known = new Map<string, number>();
	private readonly byInitial = new Map<string, string[]>();
	private readonly groupsByStem = new Map<string, number[]>();
	private readonly groups: string[][][];
	private readonly aliases: Array<{ tokens: string[]; ids: string[] }> = [];
	private readonly phrases: Array<{ words: string[]; stems: string[]; group: number }> = [];
	private readonly showWords: Set<string>;
	/** First words of the show's longer names: "Chicago", which "Chicago Fire" would begin too. */
	private readonly showStarts: Set<string>;
	private readonly nameWords = new Set<string>();
	private docs = 0;
	/**
	 * Whether names are read from the articles' capitals: on when the roster names no one the articles mention
	 * (another show's articles), off when it does (its people are known, and capitals are places and titles).
	 */
	namesFromText = false;
	/** Per word: times written capitalised inside a sentence, capitalised anywhere, and in lower case. */
	private capitalised: Map<string, [number, number, number]> | null = null;
	private namePairs: Set<string> | null = null;
	/** The indexed texts, kept for counting capitals when they are needed. */
	private readonly texts: string[] = [];
	/** "True or False": pairs the articles themselves join with "or", which are names rather than alternatives. */
	private readonly eitherOr = new Set<string>();
	private pending: string[] = [];
	private readonly corrections = new Map<string, string>();
	private readonly otherShows = new Map<string, boolean>();
	private readonly counterpart = new Map<string, string>();
	private readonly characters = new Set<string>();

	constructor(roster: Roster, lexicon: Lexicon) {
		this.groups = lexicon.groups.map((g) => g.map(phraseStems).filter((t) => t.some((x) => !isParticle(x))));
		this.groups.forEach((g, i) => {
			for (const alt of g) {
				const key = alt[0];
				if (alt.length === 1 && key) this.groupsByStem.set(key, [...(this.groupsByStem.get(key) ?? []), i]);
			}
		});
		lexicon.groups.forEach((g, i) => {
			for (const phrase of g) {
				const ws = words(phrase);
				if (ws.length > 1) this.phrases.push({ words: ws, stems: ws.map(stem), group: i });
			}
		});
		this.phrases.sort((a, b) => b.words.length - a.words.length);
		for (const p of roster.people) if (p.kind === 'character') this.characters.add(p.id);
		for (const p of roster.people)
			if (p.playedBy) {
				this.counterpart.set(p.id, p.playedBy);
				this.counterpart.set(p.playedBy, p.id);
			}
		for (const p of roster.people) for (const a of p.aliases) this.aliases.push({ tokens: words(a), ids: [p.id] });
		for (const pair of roster.pairs)
			this.aliases.push({ tokens: words(pair.name), ids: [`pair:${pair.name.toLowerCase()}`] });
		this.aliases.sort((a, b) => b.tokens.length - a.tokens.length);
		for (const a of this.aliases) for (const w of a.tokens) this.nameWords.add(w);
		this.showWords = new Set((roster.show?.aliases ?? []).flatMap((a) => words(a)));
		this.showStarts = new Set(
			(roster.show?.aliases ?? []).map((a) => words(a)).flatMap((w) => (w.length > 1 && w[0] ? [w[0]] : [])),
		);
		for (const g of lexicon.groups) for (const phrase of g) for (const w of words(phrase)) this.learn(w, 0);
		for (const a of this.aliases) for (const w of a.tokens) this.learn(w, 0);
	}

	private learn(word: string, count: number): void {
		if (!this.known.has(word)) {
			const k = word[0] ?? '';
			const list = this.byInitial.get(k);
			if (list) list.push(word);
			else this.byInitial.set(k, [word]);
		}
		this.known.set(word, (this.known.get(word) ?? 0) + count);
	}

	/** Counts one indexed text (a quote unit) for document frequencies; its words are learnt when first needed. */
	addDocument(text: string, stems: ReadonlySet<string>): void {
		this.docs++;
		if (text.includes(' or '))
			for (const m of text.matchAll(/\b(\w+) or (\w+)\b/g)) this.eitherOr.add(m[0].toLowerCase());
		for (const s of stems) this.df.set(s, (this.df.get(s) ?? 0) + 1);
		this.texts.push(text);
		this.pending.push(text);
	}

	/** Learns the words of the texts added so far: spelling correction is rare, so this waits for it. */
	private learnPending(): void {
		for (const text of this.pending)
			for (const w of fold(text)
				.toLowerCase()
				.match(/[a-z]+/g) ?? [])
				this.learn(w, 1);
		this.pending = [];
	}

	/** How many indexed texts contain the stem. */
	documentFrequency(s: string): number {
		return this.df.get(s) ?? 0;
	}

	/** How many texts are indexed. */
	get size(): number {
		return this.docs;
	}

	idf(s: string): number {
		const df = this.df.get(s) ?? 0;
		if (df === 0) return 0;
		return Math.log(1 + (this.docs - df + 0.5) / (df + 0.5));
	}

	maxIdf(): number {
		return Math.log(1 + (this.docs + 0.5) / 0.5);
	}

	/** True when every stem of the phrase occurs somewhere in the articles. */
	has(alt: readonly string[]): boolean {
		return alt.every((s) => isParticle(s) || this.df.has(s));
	}

	/** Whether the articles say "a or b" as it stands (an episode called "True or False"). */
	saysEitherOr(a: string, b: string): boolean {
		return this.eitherOr.has(`${a} or ${b}`);
	}

	/**
	 * A name the articles use (a word they write capitalised inside sentences, nearly always): with no roster
	 * entry it still names who or what a question is about ("meredith", "speedman").
	 */
	isProperName(w: string): boolean {
		if (!this.namesFromText) return false;
		// Counted on first use: only another show's articles, with no roster, need it.
		if (this.capitalised === null) {
			this.capitalised = new Map();
			const count = (word: string, at: 0 | 1 | 2) => {
				const c = this.capitalised?.get(word) ?? [0, 0, 0];
				c[at]++;
				this.capitalised?.set(word, c);
			};
			for (const text of this.texts) {
				for (const m of text.matchAll(MID_CAPITAL)) count(m[0].toLowerCase(), 0);
				for (const [word] of text.matchAll(/\p{L}+/gu)) count(word.toLowerCase(), /^\p{Lu}/u.test(word) ? 1 : 2);
			}
		}
		// Written capitalised inside a sentence at least once, and capitalised (at a sentence's start too, as
		// "Theo has spent…") nearly every time it is written.
		const [inside, capitals, lower] = this.capitalised.get(w) ?? [0, 0, 0];
		return inside >= 1 && capitals >= 2 && capitals >= PROPER_SHARE * (capitals + lower);
	}

	/** Whether the articles write two words as one capitalised name inside a sentence ("New York"). */
	namesTogether(first: string, second: string): boolean {
		if (this.namePairs === null) {
			this.namePairs = new Set();
			for (const text of this.texts)
				for (const m of text.matchAll(NAME_PAIR)) this.namePairs.add(`${m[1]} ${m[2]}`.toLowerCase());
		}
		return this.namePairs.has(`${first} ${second}`);
	}

	/** Whether a word begins one of the show's longer names ("chicago"), as another show's name may. */
	startsShowName(w: string): boolean {
		return this.showStarts.has(w);
	}

	isShowWord(w: string): boolean {
		return this.showWords.has(w);
	}

	/**
	 * Whether the articles write a show word and the word after it as one name that is not the show's ("Chicago Med",
	 * "Chicago Fire"): another show. Looked up on first use of a pair and remembered.
	 */
	namesOtherShow(showWord: string, w: string): boolean {
		if (this.showWords.has(w) || w.length < 2) return false;
		const key = `${showWord} ${w}`;
		let found = this.otherShows.get(key);
		if (found === undefined) {
			const re = new RegExp(`\\b${cap(showWord)} ${cap(w)}\\b`);
			found = this.texts.some((t) => re.test(t));
			this.otherShows.set(key, found);
		}
		return found;
	}

	/** Other ways to say a stem, from the lexicon groups it belongs to. */
	synonyms(s: string): string[][] {
		return this.groupAlts(this.groupsByStem.get(s) ?? [], s);
	}

	/** Every distinct way to say what the given lexicon groups mean, except `except`. */
	groupAlts(groups: readonly number[], except = ''): string[][] {
		const seen = new Set([except]);
		const out: string[][] = [];
		for (const i of groups)
			for (const alt of this.groups[i] ?? []) {
				const key = alt.join(' ');
				if (seen.has(key)) continue;
				seen.add(key);
				out.push(alt);
			}
		return out;
	}

	/** Lexicon phrases ("come back", "written off") in a token list, longest first, without overlaps. */
	findPhrases(tokens: readonly string[]): Array<{ at: number; length: number; group: number; also?: number }> {
		const found: Array<{ at: number; length: number; group: number; also?: number }> = [];
		const taken = new Set<number>();
		// Words compare by stem, so that "came back" is "come back" and "wrote off" is "written off".
		const stems = tokens.map(stem);
		const same = (at: number, p: { words: string[]; stems: string[] }, j: number) =>
			tokens[at] === p.words[j] || (at < stems.length && stems[at] === p.stems[j]);
		for (const p of this.phrases)
			for (let i = 0; i + p.words.length <= tokens.length; i++) {
				if (!p.words.every((_, j) => same(i + j, p, j) && !taken.has(i + j))) continue;
				found.push({ at: i, length: p.words.length, group: p.group });
				for (let j = 0; j < p.words.length; j++) taken.add(i + j);
			}
		// "bring Halstead back", "bringing Jesse back": a two-word phrase split by a name still counts…
		for (const p of this.phrases) {
			if (p.words.length !== 2) continue;
			for (let i = 0; i < tokens.length; i++) {
				if (!same(i, p, 0) || taken.has(i)) continue;
				const j = tokens.findIndex((_, k) => k >= i + 2 && same(k, p, 1));
				if (j < 0 || j > i + 3) continue;
				const between = tokens.slice(i + 1, j);
				// …or by a pronoun: "write her off", "bring him back".
				const pronoun = between.length === 1 && /^(her|him|them|it)$/.test(between[0] ?? '');
				if (!pronoun && !this.findPeople(between).used.size) continue;
				// "bringing Jesse back for": the "back for" already found takes its "bringing" along.
				const holder = found.find((f) => f.group === p.group && f.at <= j && j < f.at + f.length);
				if (holder && holder.also === undefined) {
					holder.also = i;
					taken.add(i);
				}
				if (taken.has(j)) continue;
				// The phrase's first word ("write" of "write Jay off") is taken too.
				found.push({ at: j, length: 1, group: p.group, also: i });
				taken.add(i).add(j);
			}
		}
		return found;
	}

	/** The lexicon groups a stem belongs to, so that two words of one group count as one concept. */
	groupsOf(s: string): readonly number[] {
		return this.groupsByStem.get(s) ?? [];
	}

	/** The roster name word one letter away from a short word, if exactly one is. */
	private nearName(w: string): string | null {
		if (w.length < 3) return null;
		const near = [...this.nameWords].filter((n) => Math.abs(n.length - w.length) <= 1 && editDistance(w, n, 1) <= 1);
		return near.length === 1 ? (near[0] ?? null) : null;
	}

	/** The one word the articles use that a short word is with two neighbouring letters swapped ("exti" -> "exit"). */
	private swapped(w: string): string | null {
		if (w.length < 4) return null;
		if (this.pending.length) this.learnPending();
		const found = new Set<string>();
		for (let i = 0; i + 1 < w.length; i++) {
			const c = w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
			if (c !== w && this.known.has(c)) found.add(c);
		}
		return found.size === 1 ? ([...found][0] ?? null) : null;
	}

	/** The one person whose full name starts with a word the roster never uses alone ("will" of Will Halstead). */
	byFirstWord(w: string): string | undefined {
		const ids = new Set(
			this.aliases.filter((a) => a.tokens.length > 1 && a.tokens[0] === w && a.ids.length === 1).map((a) => a.ids[0]),
		);
		if (ids.size !== 1 || this.aliases.some((a) => a.tokens.length === 1 && a.tokens[0] === w)) return undefined;
		return [...ids][0];
	}

	/** Whether a word is part of some roster name ("upton", "hank"). */
	isNameWord(w: string): boolean {
		return this.nameWords.has(w);
	}

	/** A name typed as a possessive without its apostrophe ("tracys" -> "tracy"); other words pass through. */
	unpossessive(w: string): string {
		if (w.length < 4 || !w.endsWith('s') || this.nameWords.has(w)) return w;
		const bare = w.slice(0, -1);
		return this.nameWords.has(bare) ? bare : w;
	}

	/** Corrects a misspelt word to the closest known one ("halsted" -> "halstead"); known words pass through. */
	correct(w: string): string {
		// Only words that are not English are taken for typos: "replaced" is a word the articles lack, not a slip.
		if (STOPWORDS.has(w) || /\d/.test(w) || isEnglishWord(w)) return w;
		// A short one is taken only for a name one letter off ("wil" -> "will"), or for two letters swapped ("exti").
		if (w.length < 5) return this.nameWords.has(w) ? w : (this.nearName(w) ?? this.swapped(w) ?? w);
		const cached = this.corrections.get(w);
		if (cached !== undefined) return cached;
		if (this.known.has(w)) return w;
		// A word whose stem the articles have is taken as written ("halsteads"), unless it is one letter off an
		// English word Molly knows: "offical" shares a stem with "office" but means "official".
		const stemKnown = this.df.has(stem(w));
		if (this.pending.length) this.learnPending();
		if (this.known.has(w)) return w;
		const max = stemKnown ? 1 : w.length >= 8 ? 2 : 1;
		let best = w;
		let bestScore = Number.POSITIVE_INFINITY;
		for (const k of [w[0] ?? '', w[1] ?? '']) {
			for (const cand of this.byInitial.get(k) ?? []) {
				if (Math.abs(cand.length - w.length) > max || (stemKnown && !isEnglishWord(cand))) continue;
				const d = editDistance(w, cand, max);
				// Prefer the nearest, then the most frequent: a roster name beats a rare word.
				const score = d - Math.min(0.5, (this.known.get(cand) ?? 0) / 100);
				if (d <= max && score < bestScore) {
					best = cand;
					bestScore = score;
				}
			}
		}
		if (this.corrections.size < 10_000) this.corrections.set(w, best);
		return best;
	}

	/** Whether a roster id is a character of the story rather than a real person. */
	isCharacter(id: string): boolean {
		return this.characters.has(id);
	}

	/** The character an actor plays, or the actor who plays a character. */
	counterpartOf(id: string): string | undefined {
		return this.counterpart.get(id);
	}

	/** Drops an actor when the question also names their character (or the reverse): one person, one slot. */
	oneSlotPerRole(ids: readonly string[]): string[] {
		return ids.filter((id, i) => !ids.slice(0, i).some((other) => this.counterpart.get(other) === id));
	}

	/** Roster people (and pairs, as `pair:name`) named in a token list; returns the ids and the tokens used. */
	findPeople(tokens: readonly string[]): { entities: string[]; used: Set<number> } {
		const entities: string[] = [];
		const used = new Set<number>();
		for (let i = 0; i < tokens.length; i++) {
			if (used.has(i)) continue;
			const hit =
				this.aliases.find((a) => a.tokens.every((t, j) => tokens[i + j] === t)) ??
				// "Jessie Lee Soffer": a full name with one word misspelt is still that name.
				this.aliases.find((a) => a.tokens.length > 1 && nearlyAll(a.tokens, tokens.slice(i, i + a.tokens.length)));
			if (!hit) continue;
			for (let j = 0; j < hit.tokens.length; j++) used.add(i + j);
			for (const id of hit.ids) if (!entities.includes(id)) entities.push(id);
			i += hit.tokens.length - 1;
		}
		return { entities, used };
	}
}

/** A word with its first letter capitalised, ready for a regular expression. */
function cap(w: string): string {
	return escapeRegExp(w.charAt(0).toUpperCase() + w.slice(1));
}
