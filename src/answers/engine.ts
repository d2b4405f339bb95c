import type { Article } from '../articles/types';
import { type Library, loadLibrary } from './data';
import type { Engine, QuestionCheck } from './engine-api';
import { PostingIndex } from './postings';
import { analyse, splitQuestions } from './question';
import { answers, counterparts, namesPerformer, prepareQuery, propagateReasons, type Scored, scoreUnit } from './rank';
import { seasonsRevealed } from './reveals';
import { agreeOnSeasons, mergeDuplicates, onePerPerson, preferBothSides } from './select';
import { suggestionsFor } from './suggest';
import { terms, words } from './text';
import type { Answer, Quote, Source } from './types';
import { buildUnits, personWords, type Unit } from './units';
import { Vocabulary } from './vocabulary';

export type { Engine, QuestionCheck } from './engine-api';

/** Settings of the engine, merged over `DefaultEngineOptions`. */
export interface EngineOptions {
	/** Below this share of the question found in the best quote, Molly says the articles don't cover it. */
	minCoverage: number;
	/** How many quotes an answer carries at most. */
	maxQuotes: number;
	/** How many search hits are re-ranked. */
	candidates: number;
	/** Quotes scoring below this share of the best quote's score are not shown. */
	minRelativeScore: number;
}

export const DefaultEngineOptions = Object.freeze({
	minCoverage: 0.45,
	maxQuotes: 5,
	candidates: 150,
	minRelativeScore: 0.7,
} as const satisfies EngineOptions);

export const MAX_QUESTION_LENGTH = 300;

/** Checks a question before it reaches the engine: not empty, has words, not absurdly long. */
export function checkQuestion(text: string): QuestionCheck {
	const question = text.replace(/\s+/g, ' ').trim();
	if (!question)
		return {
			ok: false,
			code: 'empty',
			message: 'Ask me something about Chicago P.D., for example "why did Halstead leave?"',
		};
	if (question.length > MAX_QUESTION_LENGTH)
		return {
			ok: false,
			code: 'too-long',
			message: `That question is ${question.length} characters; please keep it under ${MAX_QUESTION_LENGTH}.`,
		};
	if (words(question).length === 0)
		return {
			ok: false,
			code: 'no-words',
			message: 'That has no words in it: ask a question in words, like "who plays Voight?"',
		};
	return { ok: true, question };
}

export function sourceOf(article: Article): Source {
	return {
		articleId: article.id,
		headline: article.headline,
		headlineDerived: article.headlineDerived,
		outlet: article.outlet,
		date: article.date,
	};
}

/** Builds an engine from a library already in memory (articles, roster, lexicon). */
export function createEngine(library: Library, options: Partial<EngineOptions> = {}): Engine {
	const opts: EngineOptions = { ...DefaultEngineOptions, ...options };
	const { roster } = library;
	const units = buildUnits(library.articles, roster);
	const vocab = new Vocabulary(roster, library.lexicon);
	for (const u of units) vocab.addDocument(u.text, u.stemSet);
	vocab.namesFromText = !units.some((u) => u.mentions.size > 0);
	const related = counterparts(roster);
	const personByWord = personWords(roster);
	const entityWeight = 0.8 * vocab.maxIdf();
	const aliasStems = new Map(roster.people.map((p) => [p.id, [...new Set(p.aliases.flatMap((a) => terms(a)))]]));
	for (const pair of roster.pairs) aliasStems.set(`pair:${pair.name.toLowerCase()}`, terms(pair.name));

	const index = new PostingIndex();
	for (const u of units) index.add(u.id, u.stems);

	function candidates(a: ReturnType<typeof analyse>): Array<{ unit: Unit; score: number }> {
		const query = new Map<string, number>();
		const want = (stem: string, weight: number) => query.set(stem, Math.max(weight, query.get(stem) ?? 0));
		for (const c of a.concepts)
			c.alts.forEach((alt, i) => {
				for (const s of alt) want(s, i === 0 ? 1 : 0.9);
			});
		for (const id of a.entities) for (const w of aliasStems.get(id) ?? []) want(w, 1.5);
		// Words found in a large share of the texts find nothing in particular and cost the most to look up.
		const common = Math.max(50, index.size * 0.03);
		let terms = [...query].filter(([t]) => index.frequency(t) > 0);
		const specific = terms.filter(([t]) => index.frequency(t) <= common);
		if (specific.length > 0) terms = specific;
		const hits = index.search(
			terms.map(([stem, weight]) => ({ stem, weight })),
			opts.candidates,
		);
		const found = hits.map((h) => ({ unit: units[h.id] as Unit, score: h.score }));
		// A small library is ranked whole: a unit that shares no word may still answer through its context.
		if (units.length <= opts.candidates) {
			const seen = new Set(found.map((f) => f.unit.id));
			for (const unit of units) if (!seen.has(unit.id)) found.push({ unit, score: 0 });
		}
		return found;
	}

	function toQuote(s: Scored, also: Unit[]): Quote {
		const u = s.unit;
		return {
			text: u.text,
			articleId: u.article.id,
			start: u.start,
			end: u.end,
			source: sourceOf(u.article),
			alsoIn: also.map((d) => ({ ...sourceOf(d.article), start: d.start, end: d.end, text: d.text })),
			speaker: u.speaker,
			audience: u.audience,
			side: u.side,
			seasons: seasonsRevealed(u.text, u.heading, library.seasons),
			score: Math.round(s.score * 1000) / 1000,
		};
	}

	/**
	 * "When did Jay leave and when did Hailey leave?": each question's best answer leads, then the answer to
	 * both read as one. Where either part goes unanswered, the question is answered whole.
	 */
	function ask(question: string): Answer {
		const whole = askOne(question);
		const parts = splitQuestions(question, vocab);
		if (!parts) return whole;
		const [first, second] = parts.map(askOne) as [Answer, Answer];
		if (!first.answered || !second.answered) return whole;
		const key = (q: Quote) => `${q.articleId}:${q.start}`;
		const seen = new Set<string>();
		const all = [
			first.quotes[0],
			second.quotes[0],
			...whole.quotes,
			...first.quotes.slice(1),
			...second.quotes.slice(1),
		];
		const quotes: Quote[] = [];
		for (const q of all) {
			if (q === undefined || seen.has(key(q))) continue;
			seen.add(key(q));
			quotes.push(q);
		}
		// A side the whole question's answer had near its top (the story's, the real people's) stays there.
		for (const q of whole.quotes.slice(0, 3)) {
			if (quotes.slice(0, 3).some((x) => x.side === q.side)) continue;
			const at = quotes.findIndex((x) => key(x) === key(q));
			if (at >= 0) quotes.splice(at, 1);
			quotes.splice(2, 0, q);
		}
		quotes.splice(opts.maxQuotes);
		// A source that differs is quoted, as its note says, whichever part it answers.
		const answers = whole.answered ? [whole, first, second] : [first, second];
		const notes = [...new Map(answers.flatMap((p) => p.notes).map((n) => [n.text, n])).values()];
		for (const p of answers) {
			const dissent = p.notes.some((n) => n.kind === 'disagreement') ? p.quotes.at(-1) : undefined;
			if (dissent && !quotes.some((q) => key(q) === key(dissent))) quotes.splice(quotes.length - 1, 1, dissent);
		}
		return { ...whole, answered: true, quotes, notes };
	}

	function askOne(question: string): Answer {
		const a = analyse(question, vocab);
		const hits = candidates(a);
		const query = prepareQuery(a, roster, related, entityWeight, personByWord);
		const scored = hits.map((h) => scoreUnit(h.unit, query));
		// Search relevance breaks ties between equally good units: the more specific match first.
		const top = hits[0]?.score || 1;
		scored.forEach((s, i) => {
			s.score += 0.02 * ((hits[i]?.score ?? 0) / top);
		});
		propagateReasons(scored, a);
		scored.sort((x, y) => y.score - x.score || x.unit.id - y.unit.id);
		if (!answers(scored, a, opts.minCoverage))
			return { question, answered: false, kind: a.kind, quotes: [], notes: [], suggestions: varied(suggestions(), 3) };
		// "Who plays Jay and who plays Hailey?" looks further down for the second performer.
		const merged = mergeDuplicates(scored, opts.maxQuotes * (a.asksPerformer && a.named.length > 1 ? 12 : 3));
		const sided = onePerPerson(preferBothSides(merged, a, roster, related), a, related);
		const { ranked, notes, dissent } = agreeOnSeasons(sided, a, sourceOf);
		// Quotes far weaker than the best are padding a fan has to read past: they are left out.
		const floor = (ranked[0]?.best.score ?? 0) * opts.minRelativeScore;
		// The other side of a two-sided answer is kept (`keep`), however it scores; a quote from the other side of
		// a one-sided question ("where can I watch it") is not.
		const shown = ranked
			.slice(0, opts.maxQuotes)
			.filter((m, i) => i === 0 || m.keep || m.best.score >= floor || holdsAll(m.best))
			// "Who plays Jay?": a quote that does not name his actor beside him is no answer, however it scores.
			.filter((m, i) => i === 0 || !a.asksPerformer || namesPerformer(m.best.unit, a.named, related));
		// The source that differs is quoted too, last, so the note's citation can be read in its own words.
		if (dissent && !shown.includes(dissent)) shown.splice(opts.maxQuotes - 1, 1, dissent);
		const quotes = shown.map((m) => toQuote(m.best, m.also));
		return { question, answered: true, kind: a.kind, quotes, notes, suggestions: [] };
	}

	let cachedSuggestions: string[] | null = null;
	const suggestions = () => {
		if (cachedSuggestions === null) {
			cachedSuggestions = [];
			cachedSuggestions = suggestionsFor(library, (q) => ask(q));
		}
		return cachedSuggestions;
	};

	return {
		articles: library.articles,
		ask,
		suggest(typed: string, limit = 25) {
			const want = words(typed);
			const all = suggestions();
			if (want.length === 0) return all.slice(0, limit);
			const hits = all.filter((s) => {
				const have = words(s);
				return want.every((w, i) =>
					have.some((h) => (i === want.length - 1 ? h.startsWith(w) : h === w || h.startsWith(w))),
				);
			});
			return hits.slice(0, limit);
		},
		sources: () => library.articles.map(sourceOf),
	};
}

/**
 * A quote holding every word asked and about whom it was asked answers a part of the question, however the
 * ranking scores its shape ("what night is it on, and where can I stream it": the streaming quote).
 */
function holdsAll(s: Scored): boolean {
	return s.conceptCoverage >= 0.99 && s.about >= 0.8 && s.coverage >= 0.45;
}

/** A few suggestions that differ in what they ask and whom about, rather than three about one person. */
function varied(all: readonly string[], count: number): string[] {
	const picked: string[] = [];
	const used = new Set<string>();
	for (const s of all) {
		const opening = words(s).slice(0, 2).join(' ');
		const subject = /(?<!^)\b[A-Z][\w.’']+(?: [A-Z][\w.’']+)*/.exec(s)?.[0] ?? s;
		if (used.has(opening) || used.has(subject)) continue;
		picked.push(s);
		used.add(opening).add(subject);
		if (picked.length === count) break;
	}
	return picked;
}

/** Reads a data folder and builds the engine. */
export async function loadEngine(dataDir: string, options: Partial<EngineOptions> = {}): Promise<Engine> {
	return createEngine(await loadLibrary(dataDir), options);
}
