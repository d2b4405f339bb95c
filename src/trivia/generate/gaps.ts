import { escapeRegExp } from '../../regexp';
import {
	CARDINALS,
	type Candidate,
	hash,
	nearby,
	ORDINALS,
	otherPeople,
	otherWords,
	readNumber,
	writeNumber,
} from '../choices';
import type { Corpus, Line, Mention } from '../corpus';
import { overlapsOf, type TriviaFile, type VocabularyGroup } from '../file';
import { type Draft, difficultyOf } from '../question';
import type { TriviaKind } from '../types';
import { withGap } from './excerpt';
import { asCandidate } from './roles';

/** A gap question: the sentence with the answer taken out. `limit` groups drafts that ask the same thing. */
export type GapDraft = Draft & { limit: string; line: Line };

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
const DATE = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{4})\\b`, 'g');
const COUNT = `a|an|\\d{1,2}|${CARDINALS.slice(2).join('|')}`;
const DURATION = new RegExp(`\\b(${COUNT})([ -])(years?|decades?|months?)\\b`, 'gi');
const NUMBER = new RegExp(`\\b(\\d{1,3}|${CARDINALS.slice(2).join('|')}|${ORDINALS.slice(2).join('|')})\\b`, 'gi');

function gap(
	corpus: Corpus,
	line: Line,
	kind: TriviaKind,
	prompt: string,
	at: { start: number; end: number },
	answer: string,
	wrong: string[] | null,
): GapDraft | null {
	if (wrong === null || wrong.length !== 3) return null;
	const text = line.sentence.text;
	// The answer must not show anywhere else in the sentence, or the gap gives nothing away.
	if (text.slice(0, at.start).includes(answer) || text.slice(at.end).includes(answer)) return null;
	return {
		kind,
		question: `${prompt} ${withGap(text, at.start, at.end)}`,
		answer,
		wrong,
		article: line.article,
		start: line.sentence.start,
		end: line.sentence.end,
		difficulty: difficultyOf(kind, corpus.frequency(answer)),
		key: `${kind}:${line.article.id}:${line.sentence.index}:${at.start}`,
		limit: `${kind}:${answer.toLowerCase()}`,
		line,
	};
}

/** Words from the vocabulary the sentence uses: "Bolivia" among places, "Variety" among outlets. */
function vocabularyGaps(corpus: Corpus, line: Line, file: TriviaFile): GapDraft[] {
	const groups: readonly VocabularyGroup[] = file.vocabulary;
	const words = [...new Set(groups.flatMap((g) => g.words))].sort((a, b) => b.length - a.length);
	if (words.length === 0) return [];
	const re = new RegExp(`(?<![\\w’'])(?:${words.map(escapeRegExp).join('|')})(?![\\w’'+])`, 'g');
	const out: GapDraft[] = [];
	for (const m of line.sentence.text.matchAll(re)) {
		const group = groups.find((g) => g.words.includes(m[0]));
		if (!group) continue;
		const at = { start: m.index, end: m.index + m[0].length };
		const words = group.words.filter((w) => !overlapsOf(file, m[0]).includes(w));
		const wrong = otherWords(m[0], words, line.sentence.text, `${line.article.id}:${m.index}`);
		const draft = gap(corpus, line, group.kind, group.prompt, at, m[0], wrong);
		if (draft) out.push(draft);
	}
	return out;
}

/** "In August 2022": wrong answers a year either side and a few months off. */
function dateGaps(corpus: Corpus, line: Line): GapDraft[] {
	const out: GapDraft[] = [];
	for (const m of line.sentence.text.matchAll(DATE)) {
		const month = MONTHS.indexOf(m[1] ?? '');
		const year = Number(m[2]);
		const shift = 2 + (hash(m[0]) % 4);
		const wrong = [
			`${m[1]} ${year - 1}`,
			`${m[1]} ${year + 1}`,
			`${MONTHS[(month + shift) % 12]} ${month + shift >= 12 ? year + 1 : year}`,
		];
		const draft = gap(
			corpus,
			line,
			'date',
			'Which month fills the gap?',
			{ start: m.index, end: m.index + m[0].length },
			m[0],
			wrong,
		);
		if (draft) out.push(draft);
	}
	return out;
}

/** "After seven years", "a decade of playing", "a year after": other lengths written the same way. */
function durationGaps(corpus: Corpus, line: Line): GapDraft[] {
	const out: GapDraft[] = [];
	for (const m of line.sentence.text.matchAll(DURATION)) {
		const [whole, count = '', joint = ' ', unit = ''] = m;
		const lower = count.toLowerCase();
		const number = /^an?$/.test(lower) ? { value: 1, style: 'words' as const } : readNumber(lower);
		if (!number || /^months?$/i.test(unit)) continue;
		const years = /^decade/i.test(unit) ? number.value * 10 : number.value;
		const written = (v: number) => {
			const n = number.style === 'digits' ? String(v) : writeNumber(v, 'words');
			if (joint === '-') return `${n}-year`;
			return `${n} ${v === 1 ? 'year' : 'years'}`;
		};
		const wrong = nearby(years, 1, 20, whole, years >= 6 ? 2 : 1).map(written);
		const at = { start: m.index, end: m.index + whole.length };
		const draft = gap(corpus, line, 'duration', 'Which length of time fills the gap?', at, whole, wrong);
		if (draft) out.push(draft);
	}
	return out;
}

/** Numbers in someone's own words: "another three years", "I would have turned 40", "my sixth season". */
function quoteGaps(corpus: Corpus, line: Line): GapDraft[] {
	const { sentence } = line;
	const speaker = corpus.people.find((p) => p.name === sentence.speaker);
	if (!sentence.quoted || !speaker) return [];
	const out: GapDraft[] = [];
	for (const m of sentence.text.matchAll(NUMBER)) {
		const number = readNumber(m[0]);
		if (!number || number.value < 2) continue;
		const step = number.value >= 20 ? 5 : 1;
		const wrong = nearby(number.value, 2, 120, m[0] + sentence.text, step).map((v) => writeNumber(v, number.style));
		const told = sentence.audience ? `told ${sentence.audience}` : 'said';
		const at = { start: m.index, end: m.index + m[0].length };
		const draft = gap(corpus, line, 'quote', `Complete what ${speaker.name} ${told}:`, at, m[0], wrong);
		if (draft) out.push(draft);
	}
	return out;
}

const KIND: Record<Candidate['kind'], TriviaKind> = { character: 'character', actor: 'actor', crew: 'person' };

/**
 * People named in full: "____ sends Hailey to the FBI in New York". The gap takes the name with its "(Actor)" or
 * possessive, and nobody else in the sentence may be the same person (by another name or through their role).
 */
function peopleGaps(corpus: Corpus, line: Line, candidates: readonly Candidate[], file: TriviaFile): GapDraft[] {
	const text = line.sentence.text;
	const found = corpus.mentions(text);
	const out: GapDraft[] = [];
	for (const mention of found) {
		const { person } = mention;
		if (!mention.alias.includes(person.name)) continue;
		const counterpart = corpus.counterpart(person);
		const span = gapSpan(text, mention, found, counterpart);
		const others = found.filter((m) => m.start >= span.end || m.end <= span.start);
		if (others.some((m) => m.person === person || m.person === counterpart)) continue;
		// "one last Upstead reunion before ____ left" names the answer through the couple's fan name.
		if (corpus.library.roster.pairs.some((p) => p.members.includes(person.id) && text.includes(p.name))) continue;
		const exclude = new Set([...found.map((m) => m.person.name), ...overlapsOf(file, person.name)]);
		const wrong = otherPeople(asCandidate(person), candidates, exclude, `${line.article.id}:${mention.start}`);
		const draft = gap(corpus, line, KIND[person.kind], 'Who fills the gap?', span, person.name, wrong);
		if (draft) out.push(draft);
	}
	return out;
}

/** The mention, with a possessive and a following "(Actor)" or "(Character)" taken into the gap too. */
function gapSpan(
	text: string,
	mention: Mention,
	found: readonly Mention[],
	counterpart: Mention['person'] | undefined,
): { start: number; end: number } {
	let end = mention.end;
	const possessive = /^[’']s/.exec(text.slice(end));
	if (possessive) end += possessive[0].length;
	const next = found.find((m) => m.start > end);
	if (next && next.person === counterpart && /^ \($/.test(text.slice(end, next.start)) && text[next.end] === ')') {
		end = next.end + 1;
	}
	return { start: mention.start, end };
}

/**
 * Questions made by taking one thing out of a sentence and asking what fills the gap: a place, an outlet, an
 * episode (from the vocabulary), a month, a length of time, a person, or a number in someone's own words.
 */
export function gapQuestions(
	corpus: Corpus,
	file: TriviaFile,
	candidates: readonly Candidate[],
	skip: ReadonlySet<Line>,
): GapDraft[] {
	const out: GapDraft[] = [];
	for (const line of corpus.lines) {
		if (skip.has(line)) continue;
		out.push(
			...vocabularyGaps(corpus, line, file),
			...dateGaps(corpus, line),
			...peopleGaps(corpus, line, candidates, file),
		);
		out.push(...(line.sentence.quoted ? quoteGaps(corpus, line) : durationGaps(corpus, line)));
	}
	return out;
}
