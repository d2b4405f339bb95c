import type { Roster } from './data';
import type { Analysis, Concept } from './question';
import type { QuestionKind } from './types';
import type { Unit } from './units';

/** How well a unit answers a question: `coverage` (0..1) decides whether to answer at all, `score` ranks. */
export interface Scored {
	unit: Unit;
	coverage: number;
	cue: number;
	score: number;
}

const SEASON_OR_DATE =
	/\b(season|series) (\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|final) season\b|\b(19|20)\d\d\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(premiere|finale)\b|\b(Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b|\b\d+ ?[ap]\.m\./i;
const REASON =
	/\b(because|since|reason|wanted|want to|decided|decision|ready for|time to|to join|left to|curious|keen to|pursue|considered|choice|needed|so that|in order to|fresh start|take a risk|grow|came down to|didn[’']t involve|final nail|failed to|stopped answering|due to|after)\b/i;
const PLACE = /\b(in|to|at|from|on|for) (the )?([A-Z][a-z’']+)(?! (Upton|Halstead|Voight))|\b(airport|country|city|abroad|overseas)\b/;
const DURATION = /\b(\w+|\d+)[- ](years?|seasons?|decades?|months?)\b|\bdecade\b/i;
const AGE = /, \d{1,2},|\b\d{1,2}[- ]years?[- ]old\b|\bturn(ed)? \d{2}\b|\bage\b/i;
const EPISODE = /\bepisode (\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\bcalled [“"‘]|[“"‘][A-Z][a-z]+( [a-z]+)*( [A-Z][a-z]+)*[,.]?[”"’]/;
const PERFORMER = /\([A-Z][a-z]+( [A-Z][a-z]+)+\)|\bplay(s|ed)\b|\bportray(s|ed|er)?\b|\bas (Detective |Sergeant )?[A-Z][a-z]+ [A-Z]|\bplayed by\b/;
const DEFINITION = /\b(is|are|means?|meaning|of course is|refers to|stands for|combined names)\b/;
const SPECULATION = /^(Perhaps|Maybe|It[’']s possible|We[’']re hoping)\b/;

function cueFor(kind: QuestionKind, unit: Unit, a: Analysis, others: boolean): number {
	const t = unit.text;
	switch (kind) {
		case 'why':
			return REASON.test(t) ? 1 : 0;
		case 'when':
			return SEASON_OR_DATE.test(t) ? 1 : 0;
		case 'where':
			return PLACE.test(t.slice(1)) ? 1 : 0;
		case 'who':
			return a.asksPerformer ? (PERFORMER.test(t) ? 1 : 0) : others ? 1 : 0;
		case 'how-long':
			return DURATION.test(t) ? 1 : 0;
		case 'how-old':
			return AGE.test(t) ? 1 : 0;
		case 'which':
			return EPISODE.test(t) ? 1 : 0;
		case 'what':
			return DEFINITION.test(t) ? 0.3 : 0;
		default:
			return 0;
	}
}

function hasPhrase(unit: Unit, alt: readonly string[]): boolean {
	if (alt.length === 1) return unit.stemSet.has(alt[0] ?? '');
	if (!alt.every((s) => unit.stemSet.has(s))) return false;
	for (let i = 0; i + alt.length <= unit.stems.length; i++) if (alt.every((s, j) => unit.stems[i + j] === s)) return true;
	return false;
}

function matchConcept(c: Concept, unit: Unit): number {
	let best = 0;
	c.alts.forEach((alt, i) => {
		const w = i === 0 ? 1 : 0.85;
		if (w > best && hasPhrase(unit, alt)) best = w;
		else if (w * 0.4 > best && alt.every((s) => unit.context.has(s))) best = w * 0.4;
	});
	return best;
}

/** Relations that let a question about a character find words about the actor, and the reverse. */
export function counterparts(roster: Roster): Map<string, string[]> {
	const map = new Map<string, string[]>();
	const link = (a: string, b: string) => map.set(a, [...(map.get(a) ?? []), b]);
	for (const p of roster.people) if (p.playedBy) (link(p.id, p.playedBy), link(p.playedBy, p.id));
	return map;
}

function matchEntity(id: string, unit: Unit, roster: Roster, related: Map<string, string[]>): number {
	if (id.startsWith('pair:')) {
		if (unit.people.get(id)) return 1;
		const members = roster.pairs.find((p) => `pair:${p.name.toLowerCase()}` === id)?.members ?? [];
		const m = members.map((x) => Math.max(unit.people.get(x) ?? 0, ...(related.get(x) ?? []).map((r) => (unit.people.get(r) ?? 0) * 0.8)));
		return m.reduce((s, x) => s + x, 0) / Math.max(1, m.length);
	}
	const own = unit.people.get(id) ?? 0;
	const via = Math.max(0, ...(related.get(id) ?? []).map((r) => (unit.people.get(r) ?? 0) * 0.8));
	return Math.max(own, via);
}

/** Scores one unit against an analysed question. */
export function scoreUnit(unit: Unit, a: Analysis, roster: Roster, related: Map<string, string[]>, entityWeight: number): Scored {
	let got = 0;
	let total = 0;
	for (const c of a.concepts) {
		let m = matchConcept(c, unit);
		if (a.asksPerformer && /^(play|portray|actor|actress|cast)/.test(c.word)) m = Math.max(m, PERFORMER.test(unit.text) ? 1 : 0);
		got += c.weight * m;
		total += c.weight;
	}
	for (const id of a.entities) {
		got += entityWeight * matchEntity(id, unit, roster, related);
		total += entityWeight;
	}
	const asked = new Set(a.entities.flatMap((id) => [id, ...(related.get(id) ?? [])]));
	const others = [...unit.people].some(([id, s]) => s === 1 && !asked.has(id) && !id.startsWith('pair:'));
	const cue = cueFor(a.kind, unit, a, others);
	const coverage = total > 0 ? got / total : 0;
	let score = coverage + 0.3 * cue;
	if (unit.isQuestion) score -= 0.35;
	if (unit.wordCount < 5) score -= 0.1;
	if (SPECULATION.test(unit.text)) score -= 0.1;
	return { unit, coverage, cue, score };
}
