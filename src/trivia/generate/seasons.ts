import type { Person } from '../../answers/data';
import { capitalise, nearby, readNumber, writeNumber } from '../choices';
import { type Corpus, type Line, REFERENCE } from '../corpus';
import { type Draft, difficultyOf } from '../question';
import { GAP, withGap } from './excerpt';

/** One season named in a sentence: "season five", "Season 10", "series 14", "its first season". */
export interface SeasonPhrase {
	value: number;
	start: number;
	end: number;
	/** The answer as a choice, worded as the sentence words it: "Season five", "Season 10", "First season". */
	label: string;
	/** Another season, worded the same way. */
	relabel(value: number): string;
}

/** Singular only: "seasons 9 and 10" names two, and a list never makes a one-answer question. */
const NAMED = /(?<!\b(?:Fire|Med|Justice)\s)\b(season|series)\s+(\d{1,2}|[a-z]+)\b/gi;
const COUNTED = /\b(?:(my|his|her|their|your|our)\s+)?(\d{1,2}(?:st|nd|rd|th)|[a-z]+)[\s-]+season\b/gi;

/** The seasons a sentence names, each once with its place; a personal count ("my sixth season") is not the show's. */
export function seasonPhrases(text: string): SeasonPhrase[] {
	const found: SeasonPhrase[] = [];
	for (const m of text.matchAll(NAMED)) {
		const number = readNumber(m[2] ?? '');
		if (!number || number.style === 'ordinal' || number.value < 1 || m[1]?.toLowerCase() !== 'season') {
			// "series 14" is British usage for a season the show never had: never an answer, but still a mention.
			if (number && m[1]?.toLowerCase() === 'series') found.push(phrase(number.value, m.index, m[0], () => ''));
			continue;
		}
		const word = m[1] ?? 'season';
		found.push(phrase(number.value, m.index, m[0], (v) => `${capitalise(word)} ${writeNumber(v, number.style)}`));
	}
	for (const m of text.matchAll(COUNTED)) {
		const number = readNumber((m[2] ?? '').replace(/(st|nd|rd|th)$/, ''));
		const ordinal = readNumber(m[2] ?? '');
		const value = ordinal?.style === 'ordinal' ? ordinal.value : number?.style === 'digits' ? number.value : null;
		if (m[1] !== undefined || value === null || value < 1) continue;
		const offset = m[0].length - (m[2] ?? '').length - ' season'.length;
		found.push(
			phrase(value, m.index + offset, m[0].slice(offset), (v) => `${capitalise(writeNumber(v, 'ordinal'))} season`),
		);
	}
	return found.sort((a, b) => a.start - b.start);
}

function phrase(value: number, start: number, text: string, relabel: (v: number) => string): SeasonPhrase {
	return { value, start, end: start + text.length, label: relabel(value), relabel };
}

/** Events whose season the articles state, and the words that report them. */
const EVENTS: Array<{ event: string; re: RegExp; pair?: true }> = [
	{
		event: 'leave',
		re: /\b(?:left the show|(?:sudden )?departure(?: came(?: early| late)?)?|(?:make (?:his|her) )?exit|made (?:his|her) last appearance|leaving|bowing out|written off|leave)\b/gi,
	},
	{ event: 'join', re: /\bjoined\b/gi },
	{ event: 'divorce', re: /\bsigned the divorce papers\b/gi },
	{ event: 'partnered', re: /\bwere partnered\b/gi, pair: true },
	{ event: 'married', re: /\bmarried\b/gi, pair: true },
];
/** How far after the event's words its season may stand ("left the show in season 10"). */
const BOUND = 40;
/** "In the season 11 premiere, she signed…": a season leading the sentence dates its main clause. */
const LEADING = /^(?:In|By|During|Throughout) (?:the |Chicago PD |Chicago P\.D\. )?$/;

interface Claim {
	line: Line;
	event: string;
	people: Person[];
	season: SeasonPhrase;
}

/** Who did it: the nearest names (or pronouns, resolved) before the event's words in the sentence. */
function actors(corpus: Corpus, line: Line, at: number, count: number): Person[] {
	const text = line.sentence.text.slice(0, at);
	const named = corpus.mentions(text);
	const refs: Array<{ at: number; person: Person | undefined }> = named.map((m) => ({ at: m.start, person: m.person }));
	for (const m of text.matchAll(REFERENCE)) {
		if (named.some((n) => n.start <= m.index && m.index < n.end)) continue;
		refs.push({ at: m.index, person: corpus.resolve(line, m.index, m[0]) });
	}
	const people: Person[] = [];
	for (const ref of refs.sort((a, b) => b.at - a.at)) {
		if (!ref.person) continue;
		const same = (p: Person) => corpus.realPerson(p) === corpus.realPerson(ref.person as Person);
		if (!people.some(same)) people.push(ref.person);
		if (people.length === count) break;
	}
	return people;
}

/** Every "X did Y in season N" a sentence states (captions and headings too: they can disagree with the text). */
function claims(corpus: Corpus): Claim[] {
	const out: Claim[] = [];
	for (const line of corpus.all) {
		const text = line.sentence.text;
		const seasons = seasonPhrases(text);
		if (seasons.length !== 1) continue;
		const [season] = seasons as [SeasonPhrase];
		const leading = LEADING.test(text.slice(0, season.start));
		for (const { event, re, pair } of EVENTS) {
			for (const m of text.matchAll(re)) {
				const end = m.index + m[0].length;
				// Within a few words after, and no one else named in between ("Tracy's exit follows Soffer's season 10…").
				const between = text.slice(end, season.start);
				const bound = leading
					? season.start < m.index
					: season.start >= end && between.length <= BOUND && corpus.mentions(between).length === 0;
				if (!bound) continue;
				const people = actors(corpus, line, m.index, pair ? 2 : 1);
				if (people.length === (pair ? 2 : 1)) out.push({ line, event, people, season });
			}
		}
	}
	return out;
}

function keyOf(corpus: Corpus, claim: Claim): string {
	const ids = claim.people.map((p) => corpus.realPerson(p).id).sort();
	return `season:${claim.event}:${ids.join('+')}`;
}

function questionFor(corpus: Corpus, event: string, people: Person[]): string | null {
	const [first, second] = people.map((p) => corpus.character(p));
	if (!first) return null;
	const actor = corpus.realPerson(first);
	const who = actor === first ? first.name : `${actor.name} (${first.name})`;
	if (event === 'leave') return `In which season did ${who} leave Chicago P.D.?`;
	if (event === 'join') return `In which season did ${who} join Chicago P.D.?`;
	if (event === 'divorce') return `In which season did ${first.name} sign the divorce papers?`;
	if (!second) return null;
	if (event === 'partnered') return `In which season did ${second.name} and ${first.name} become partners?`;
	if (event === 'married') return `In which season did ${second.name} and ${first.name} get married?`;
	return null;
}

const EPISODE = /(?:\bcalled “([^”]+)”|\bepisode \w+, “([^”]+)”)/;

/** Shorter quotes read faster; quotes that open or close a quotation mid-way read as fragments. */
function preference(line: Line): number {
	const unbalanced = (line.sentence.text.match(/[“”"]/g) ?? []).length % 2 === 1;
	return (unbalanced ? 1000 : 0) + line.sentence.text.length;
}

/**
 * "Which season" questions: events the articles date (leaving, joining, marrying, partnering, divorcing), the season
 * of each named episode, and any other sentence naming one season, with the season taken out. Where sentences
 * disagree about an event's season ("season 11" against "series 14"), no question is made from any of them.
 */
export function seasonQuestions(corpus: Corpus, lastSeason: number): { drafts: Draft[]; disputed: Set<Line> } {
	const groups = new Map<string, Claim[]>();
	for (const claim of claims(corpus)) {
		const key = keyOf(corpus, claim);
		groups.set(key, [...(groups.get(key) ?? []), claim]);
	}
	const drafts: Draft[] = [];
	const used = new Set<Line>();
	const disputed = new Set<Line>();
	for (const [key, group] of groups) {
		for (const claim of group) used.add(claim.line);
		if (new Set(group.map((c) => c.season.value)).size > 1) {
			for (const claim of group) disputed.add(claim.line);
			continue;
		}
		const quotable = group.filter((c) => c.line.sentence.kind === 'body' && c.season.label !== '');
		const best = quotable.sort((a, b) => preference(a.line) - preference(b.line))[0];
		const question = best ? questionFor(corpus, best.event, best.people) : null;
		if (!best || !question || best.season.value > lastSeason) continue;
		drafts.push(seasonDraft(corpus, best.line, best.season, question, key, lastSeason));
	}
	for (const line of corpus.lines) {
		if (used.has(line)) continue;
		const seasons = seasonPhrases(line.sentence.text);
		const [season] = seasons;
		if (seasons.length !== 1 || !season || season.label === '' || season.value > lastSeason) continue;
		const episode = EPISODE.exec(line.sentence.text);
		const title = episode?.[1] ?? episode?.[2];
		const question = title
			? `Which season is the episode “${title}” from?`
			: `Which season fills the gap? ${withGap(line.sentence.text, season.start, season.end)}`;
		const key = title ? `season:episode:${title}` : `season:${line.article.id}:${line.sentence.index}`;
		if (!question.includes(GAP) && !title) continue;
		drafts.push(seasonDraft(corpus, line, season, question, key, lastSeason));
	}
	return { drafts, disputed };
}

function seasonDraft(
	corpus: Corpus,
	line: Line,
	season: SeasonPhrase,
	question: string,
	key: string,
	lastSeason: number,
): Draft {
	return {
		kind: 'season',
		question,
		answer: season.label,
		wrong: nearby(season.value, 1, lastSeason, key).map((v) => season.relabel(v)),
		article: line.article,
		start: line.sentence.start,
		end: line.sentence.end,
		difficulty: difficultyOf('season', corpus.frequency(season.label)),
		key,
	};
}
