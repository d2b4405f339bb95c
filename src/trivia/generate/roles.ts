import type { Person } from '../../answers/data';
import { type Candidate, otherPeople } from '../choices';
import type { Corpus, Line, Mention } from '../corpus';
import { type Draft, difficultyOf } from '../question';

/**
 * What stands between a character's name and the actor's when an article says who plays whom:
 * "Hank Voight (Jason Beghe)", "Hailey Upton, played by Tracy Spiridakos", "Jesse Lee Soffer’s character, Detective
 * Jay Halstead", "Spiridakos plays Detective Hailey Upton", "Voight’s portrayer, Jason Beghe".
 */
const CHARACTER_FIRST = [/^(?:[’']s)? \($/, /^, played by $/, /^[’']s portrayer, $/];
const ACTOR_FIRST = [/^[’']s character, $/, /^ plays $/, /^ played (?:[^.]{0,45} )?$/, /^ as $/];

/** The sentence says `actor` plays `character`, in one of the ways above. */
function statesRole(text: string, character: Mention, actor: Mention): boolean {
	if (character.end <= actor.start)
		return CHARACTER_FIRST.some((re) => re.test(text.slice(character.end, actor.start)));
	if (actor.end <= character.start) return ACTOR_FIRST.some((re) => re.test(text.slice(actor.end, character.start)));
	return false;
}

/** Quotes with unmatched quotation marks read as fragments of someone's speech; shorter quotes read faster. */
function preference(line: Line): number {
	const t = line.sentence.text;
	const unbalanced = (t.match(/[“”"]/g) ?? []).length % 2 === 1;
	return (unbalanced ? 1000 : 0) + t.length;
}

/**
 * "Which actor played X?" and "Which character did Y play?" for every character the roster gives an actor, quoted
 * from a sentence that states the role with both full names (so the quote holds the answer either way round).
 */
export function roleQuestions(corpus: Corpus, candidates: readonly Candidate[]): Draft[] {
	const drafts: Draft[] = [];
	for (const character of corpus.people) {
		const actor = character.playedBy ? corpus.person(character.playedBy) : undefined;
		if (character.kind !== 'character' || !actor) continue;
		const lines = corpus.lines
			.filter(({ sentence }) => {
				const found = corpus.mentions(sentence.text);
				return found.some(
					(c) =>
						c.person === character &&
						found.some((a) => a.person === actor && statesRole(sentence.text, c, a)) &&
						sentence.text.includes(character.name) &&
						sentence.text.includes(actor.name),
				);
			})
			.sort((a, b) => preference(a) - preference(b));
		const line = lines[0];
		if (!line) continue;
		const named = new Set(corpus.mentions(line.sentence.text).map((m) => m.person.name));
		// Nobody who played this role may be offered as a wrong actor, nor any role this actor played.
		const actors = otherPeople(
			asCandidate(actor),
			candidates,
			new Set([...named, ...playersOf(corpus, character)]),
			character.id,
		);
		const characters = otherPeople(
			asCandidate(character),
			candidates,
			new Set([...named, ...rolesOf(corpus, actor)]),
			actor.id,
		);
		const at = { article: line.article, start: line.sentence.start, end: line.sentence.end };
		if (actors)
			drafts.push({
				kind: 'actor',
				question: `Which actor played ${character.name} on Chicago P.D.?`,
				answer: actor.name,
				wrong: actors,
				...at,
				difficulty: difficultyOf('actor', corpus.frequency(character.name)),
				key: `actor:${character.id}`,
			});
		if (characters)
			drafts.push({
				kind: 'character',
				question: `Which character did ${actor.name} play on Chicago P.D.?`,
				answer: character.name,
				wrong: characters,
				...at,
				difficulty: difficultyOf('character', corpus.frequency(actor.name)),
				key: `character:${actor.id}`,
			});
	}
	return drafts;
}

export function asCandidate(person: Person, rank = 0): Candidate {
	return { name: person.name, kind: person.kind, gender: person.gender, rank };
}

function playersOf(corpus: Corpus, character: Person): string[] {
	return corpus.people.filter((p) => character.playedBy === p.id).map((p) => p.name);
}

function rolesOf(corpus: Corpus, actor: Person): string[] {
	return corpus.people.filter((p) => p.playedBy === actor.id).map((p) => p.name);
}
