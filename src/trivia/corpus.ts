import type { Library, Person } from '../answers/data';
import type { Article, Sentence } from '../articles/types';
import { escapeRegExp } from '../regexp';

/** A sentence the bank may quote, with its article. */
export interface Line {
	article: Article;
	sentence: Sentence;
}

/** A roster person named in a text: where (offsets into that text) and by which alias. */
export interface Mention {
	person: Person;
	start: number;
	end: number;
	alias: string;
}

/** Words that refer back to someone named earlier, with what they tell about the person. */
const REFERENCES: Record<string, { gender: 'f' | 'm' | null; real: boolean | null }> = {
	he: { gender: 'm', real: null },
	his: { gender: 'm', real: null },
	him: { gender: 'm', real: null },
	she: { gender: 'f', real: null },
	her: { gender: 'f', real: null },
	'the actress': { gender: 'f', real: true },
	'the actor': { gender: 'm', real: true },
	'the character': { gender: null, real: false },
	'his character': { gender: 'm', real: false },
	'her character': { gender: 'f', real: false },
};
export const REFERENCE = /\b(?:the actress|the actor|(?:the|his|her) character|he|his|him|she|her)\b/gi;

/**
 * The articles as the bank reads them: quotable sentences (body text only, never furniture or reader comments),
 * every sentence but comments (for checking that articles agree), and the roster's names found in any text.
 */
export class Corpus {
	readonly lines: Line[] = [];
	/** Every sentence but reader comments: captions and headings count when checking that articles agree. */
	readonly all: Line[] = [];
	readonly people: readonly Person[];
	readonly #byId: Map<string, Person>;
	readonly #aliasRe: RegExp | null;
	readonly #aliasOwner = new Map<string, Person>();

	constructor(readonly library: Library) {
		this.people = library.roster.people;
		this.#byId = new Map(this.people.map((p) => [p.id, p]));
		for (const person of this.people)
			for (const alias of [person.name, ...person.aliases])
				if (!this.#aliasOwner.has(alias)) this.#aliasOwner.set(alias, person);
		// Longest first, so "Will Halstead" is Will and never Jay.
		const names = [...this.#aliasOwner.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
		this.#aliasRe = names.length ? new RegExp(`\\b(?:${names.join('|')})\\b`, 'g') : null;
		for (const article of library.articles)
			for (const sentence of article.sentences) {
				if (sentence.kind === 'comment') continue;
				// One object per sentence in both lists: sets of lines (used, disputed) are compared by identity.
				const line = { article, sentence };
				this.all.push(line);
				if (sentence.kind === 'body') this.lines.push(line);
			}
	}

	person(id: string | undefined): Person | undefined {
		return id === undefined ? undefined : this.#byId.get(id);
	}

	/** The actor of a character, or the character an actor plays. */
	counterpart(person: Person): Person | undefined {
		if (person.playedBy) return this.person(person.playedBy);
		return this.people.find((p) => p.playedBy === person.id);
	}

	/** The actor behind a character (or the person themself): one identity for "when did X leave". */
	realPerson(person: Person): Person {
		return (person.kind === 'character' ? this.counterpart(person) : undefined) ?? person;
	}

	/** The character an actor plays (or the person themself). */
	character(person: Person): Person {
		return (person.kind === 'actor' ? this.counterpart(person) : undefined) ?? person;
	}

	/** Roster names in `text`, in order, longest alias winning where names overlap. */
	mentions(text: string): Mention[] {
		if (!this.#aliasRe) return [];
		const found: Mention[] = [];
		for (const m of text.matchAll(this.#aliasRe)) {
			const person = this.#aliasOwner.get(m[0]);
			if (person) found.push({ person, start: m.index, end: m.index + m[0].length, alias: m[0] });
		}
		return found;
	}

	/**
	 * Whom a reference ("she", "the actress", "his character") at `at` in `line` points to: the latest fitting
	 * mention before it in the sentence, else in the up to three sentences before it in the same article.
	 */
	resolve(line: Line, at: number, reference: string): Person | undefined {
		const cue = REFERENCES[reference.toLowerCase()];
		if (!cue) return undefined;
		const fits = (p: Person) =>
			(cue.gender === null || p.gender === cue.gender) && (cue.real === null || (p.kind !== 'character') === cue.real);
		const before = this.mentions(line.sentence.text.slice(0, at)).reverse();
		const here = before.find((m) => fits(m.person));
		if (here) return here.person;
		const sentences = line.article.sentences;
		for (let i = line.sentence.index - 1; i >= Math.max(0, line.sentence.index - 3); i--) {
			const previous = sentences[i];
			if (!previous || previous.kind === 'comment') continue;
			const hit = this.mentions(previous.text)
				.reverse()
				.find((m) => fits(m.person));
			if (hit) return hit.person;
		}
		return undefined;
	}

	/** How many quotable sentences contain `text` (case-insensitively): how well known a fact is. */
	frequency(text: string): number {
		const needle = text.toLowerCase();
		return this.lines.filter((l) => l.sentence.text.toLowerCase().includes(needle)).length;
	}
}
