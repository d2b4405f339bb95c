import type { Article } from '../articles/types';
import { seasonsIn } from '../spoilers/seasons';
import type { Roster } from './data';
import type { Analysis } from './question';
import { namesPerformer, type Scored } from './rank';
import type { Note, Source } from './types';
import type { Unit } from './units';

/** A ranked quote and the same statement found elsewhere. */
export interface Merged {
	best: Scored;
	also: Unit[];
	/** Shown however it scores: it answers a part of the question no other quote does. */
	keep?: boolean;
}

function overlaps(a: Unit, b: Unit): boolean {
	return a.article === b.article && a.start < b.end && b.start < a.end;
}

/** How nearly a longer unit must score to replace the shorter one it holds. */
const WHOLE = 0.95;

/** Whether unit a holds the whole of unit b (and more). */
function holds(a: Unit, b: Unit): boolean {
	return a.article === b.article && a.start <= b.start && b.end <= a.end && a.end - a.start > b.end - b.start;
}

/** How nearly a unit running on from a stronger one must score to join it. */
const JOIN = 0.8;

/** One unit covering two overlapping ones of the same article, for quoting. */
function span(a: Unit, b: Unit): Unit {
	const start = Math.min(a.start, b.start);
	const end = Math.max(a.end, b.end);
	const text = a.article.text.slice(start, end);
	return { ...(a.start <= b.start ? a : b), start, end, text, wordCount: text.match(/\S+/g)?.length ?? 0 };
}

function similar(a: Unit, b: Unit): boolean {
	let shared = 0;
	for (const s of a.stemSet) if (b.stemSet.has(s)) shared++;
	return shared / (a.stemSet.size + b.stemSet.size - shared) >= 0.6;
}

/** Drops overlapping units and folds the same statement from several articles into one quote. */
export function mergeDuplicates(scored: readonly Scored[], limit: number): Merged[] {
	const out: Merged[] = [];
	for (const s of scored) {
		if (out.length >= limit) break;
		const clashes = out.filter((m) => overlaps(m.best.unit, s.unit) || m.also.some((u) => overlaps(u, s.unit)));
		// A unit that holds a stronger one whole (the quotation it opens, carried on) and scores nearly as well
		// replaces it: the fan gets the whole quotation, and what its second sentence answers.
		const held = out.find((m) => holds(s.unit, m.best.unit));
		if (held && s.score >= WHOLE * held.best.score && clashes.every((m) => m === held)) {
			held.best = s;
			continue;
		}
		// A unit running on from a stronger one with the shape of answer it lacks ("…,” she told TVLine.")
		// joins it: one quote spanning both.
		const [joined] = clashes;
		if (
			clashes.length === 1 &&
			joined &&
			joined.also.length === 0 &&
			s.cue > joined.best.cue &&
			s.score >= JOIN * joined.best.score
		) {
			joined.best = { ...joined.best, cue: s.cue, unit: span(joined.best.unit, s.unit) };
			continue;
		}
		if (clashes.length > 0) continue;
		const twin = out.find((m) => similar(m.best.unit, s.unit));
		if (twin) {
			if (twin.best.unit.article !== s.unit.article) twin.also.push(s.unit);
			continue;
		}
		out.push({ best: s, also: [] });
	}
	return diversify(out, DIVERSITY);
}

/** How much a quote's overlap with those ranked above it costs it (0..1 of its score). */
const DIVERSITY = 0.3;

/** Jaccard overlap of two units' stems. */
function overlap(a: Unit, b: Unit): number {
	let shared = 0;
	for (const s of a.stemSet) if (b.stemSet.has(s)) shared++;
	return shared / Math.max(1, a.stemSet.size + b.stemSet.size - shared);
}

/**
 * Picks the next quotes by score less a share of their overlap with those already picked, so the top three say
 * different things rather than the same thing three ways.
 */
function diversify(merged: Merged[], weight: number): Merged[] {
	if (weight === 0) return merged;
	const rest = [...merged];
	const out: Merged[] = [];
	while (rest.length) {
		let best = 0;
		let bestValue = Number.NEGATIVE_INFINITY;
		rest.forEach((m, i) => {
			const penalty = Math.max(0, ...out.map((o) => overlap(o.best.unit, m.best.unit)));
			const value = m.best.score - weight * penalty;
			if (value > bestValue) [best, bestValue] = [i, value];
		});
		out.push(...rest.splice(best, 1));
	}
	return out;
}

const SIDE_CONCEPTS = 0.6;
/** The same, when the fan asked for both sides by name ("why'd Soffer quit and how did the show explain it"). */
const BOTH_ASKED_CONCEPTS = 0.5;

/** How much an actor's quote must be about the character asked after to stand for the real side. */
const ACTOR_ABOUT = 0.6;
/** And how much of what was asked it must hold, beside the best quote. */
const ACTOR_CONCEPTS = 0.3;

/**
 * A question about someone who is both a character and a real person ("why did Halstead leave?") has two
 * answers, the story's and the actor's: make sure the top three carry both when the articles have both.
 */
export function preferBothSides(
	merged: Merged[],
	a: Analysis,
	roster: Roster,
	related: Map<string, string[]>,
): Merged[] {
	if (!['why', 'when', 'yes-no', 'how'].includes(a.kind)) return merged;
	const twoSided =
		(a.sides.real && a.sides.story) ||
		a.entities.some((id) => (related.get(id) ?? []).length > 0) ||
		a.entities.some((id) => id.startsWith('pair:'));
	if (!twoSided || merged.length < 2) return merged;
	const top = merged[0];
	if (!top) return merged;
	const topThree = merged.slice(0, 3);
	// "Why did Tracy leave and how did the show explain Upton leaving?": both sides asked for by name.
	// "…and why did the actor want out?": a side asked for in words, beside a person of the other side.
	const kinds = new Set(a.named.map((id) => roster.people.find((p) => p.id === id)?.kind));
	const bothAsked =
		(a.sides.real && a.sides.story) ||
		a.named.some((id) => (related.get(id) ?? []).some((r) => a.named.includes(r))) ||
		(a.sides.real && kinds.has('character')) ||
		(a.sides.story && (kinds.has('actor') || kinds.has('crew')));
	// "Why did Upton leave?": the real side is her actor's own reason, not the showrunner's plans for her.
	const actors = a.named
		.filter((id) => roster.people.find((p) => p.id === id)?.kind === 'character')
		.flatMap((id) => related.get(id) ?? [])
		.filter((id) => roster.people.find((p) => p.id === id)?.kind === 'actor');
	const ofActor = (m: Merged) => actors.length === 0 || actors.some((id) => (m.best.unit.people.get(id) ?? 0) >= 0.8);
	for (const side of ['story', 'real'] as const) {
		// "Are they together irl?": the one side asked for in words is the whole question.
		if (!bothAsked && a.sides[side === 'story' ? 'real' : 'story'] && !a.sides[side]) continue;
		// A side stands in the answer with a reason, for a why-question: "Spiridakos plays Upton" gives none.
		const stands = (m: Merged) =>
			m.best.unit.side === side && (side === 'story' || ofActor(m)) && (a.kind !== 'why' || m.best.cue > 0);
		if (topThree.some(stands)) continue;
		// Only a quote about the person asked after (or their actor or character) can stand for its side; one
		// that only refers to them will do when the fan asked for both sides by name. It must score near the
		// best, and be about what was asked: "when was Jesse's exit announced" has no story side in Jay being
		// shot. A fan who asked for both sides by name gets the other side on less.
		const about = bothAsked ? 0.45 : 0.8;
		const share = bothAsked ? BOTH_ASKED_CONCEPTS : SIDE_CONCEPTS;
		// The actor's own reason is about the character asked after, as far as the actor's side goes, and shares
		// few words with a question about the character.
		const actorsReason = a.kind === 'why' && side === 'real' && actors.length > 0;
		const fits = (m: Merged) =>
			stands(m) &&
			m.best.about >= (actorsReason ? Math.min(about, ACTOR_ABOUT) : about) &&
			m.best.score >= 0.6 * top.best.score &&
			m.best.conceptCoverage >= (actorsReason ? ACTOR_CONCEPTS : share) * top.best.conceptCoverage;
		const k = merged.findIndex(fits);
		const other = merged[k];
		if (k < 0 || !other) continue;
		merged.splice(k, 1);
		merged.splice(1, 0, { ...other, keep: true });
	}
	return merged;
}

/**
 * When the strongest quotes name different seasons for the same event, answer with the season most articles
 * give and say which source differs.
 */
export function agreeOnSeasons(
	merged: Merged[],
	a: Analysis,
	sourceOf: (article: Article) => Source,
): { ranked: Merged[]; notes: Note[]; dissent?: Merged | null } {
	const top = merged[0];
	if (a.kind !== 'when' || !top) return { ranked: merged, notes: [] };
	// Votes come from the quotes that name the asked-about event itself, not from every strong quote.
	const strong = merged
		.slice(0, 10)
		.filter((m) => m.best.coverage >= 0.75 * top.best.coverage && m.best.conceptCoverage >= 0.8);
	const votes = new Map<number, Set<Article>>();
	const named = new Map<Merged, number[]>();
	for (const m of strong) {
		const seasons = seasonsIn(m.best.unit.text);
		named.set(m, seasons);
		for (const n of seasons)
			for (const u of [m.best.unit, ...m.also]) votes.set(n, (votes.get(n) ?? new Set()).add(u.article));
	}
	if (votes.size < 2) return { ranked: merged, notes: [] };
	const ordered = [...votes].sort((x, y) => y[1].size - x[1].size);
	const [majority, majorityArticles] = ordered[0] ?? [0, new Set<Article>()];
	if (majorityArticles.size < 2) return { ranked: merged, notes: [] };
	const notes: Note[] = [];
	for (const [season, articles] of ordered.slice(1)) {
		const dissent = [...articles].filter((x) => !majorityArticles.has(x));
		if (dissent.length === 0) continue;
		const names = dissent.map((x) => x.headline).join('; ');
		notes.push({
			kind: 'disagreement',
			text: `Most sources say season ${majority}; ${dissent.length === 1 ? 'one source says' : `${dissent.length} sources say`} season ${season} (${names}).`,
			sources: dissent.map(sourceOf),
		});
	}
	if (notes.length === 0) return { ranked: merged, notes };
	// The majority's quotes lead; a dissenting one follows them, cited by the note.
	const dissents = (m: Merged) => {
		const seasons = named.get(m) ?? [];
		return seasons.length > 0 && !seasons.includes(majority);
	};
	return {
		ranked: [...merged.filter((m) => !dissents(m)), ...merged.filter(dissents)],
		notes,
		dissent: merged.find(dissents) ?? null,
	};
}

/**
 * "Who plays Jay and who plays Hailey?": each person asked after gets the best quote that names their
 * performer, first, before the rest.
 */
export function onePerPerson(merged: Merged[], a: Analysis, related: Map<string, string[]>): Merged[] {
	// "Jay's ex Erin" asks after Erin alone: only people joined by "and" are each asked after.
	if (!a.asksPerformer || a.named.length < 2 || !/\band\b|&/.test(a.question)) return merged;
	const firsts: Merged[] = [];
	for (const id of a.named) {
		// A quote that names both the character and the actor (or the reverse), with a performer cue.
		const best = merged.find(
			(m) => m.best.cue > 0 && namesPerformer(m.best.unit, [id], related) && !firsts.includes(m),
		);
		if (best) firsts.push(best);
	}
	return [...firsts.map((m) => ({ ...m, keep: true })), ...merged.filter((m) => !firsts.includes(m))];
}
