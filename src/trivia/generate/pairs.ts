import type { Person } from '../../answers/data';
import { stableOrder } from '../choices';
import type { Corpus } from '../corpus';
import { type Draft, difficultyOf } from '../question';

/** A character's last name as the articles use it alone ("Upton", "Halstead"): the shortest one-word alias. */
function surname(person: Person): string | undefined {
	return person.aliases
		.filter((a) => !a.includes(' ') && person.name.endsWith(a))
		.sort((a, b) => a.length - b.length)[0];
}

/**
 * What a fans' couple name means ("Upstead"), from a sentence that names the couple and both its members by their
 * last names. Wrong answers swap in other characters, so each one is a couple the show could have had.
 */
export function pairQuestions(corpus: Corpus): Draft[] {
	const drafts: Draft[] = [];
	for (const pair of corpus.library.roster.pairs) {
		const members = pair.members.map((id) => corpus.person(id));
		const [a, b] = members;
		if (members.length !== 2 || !a || !b) continue;
		const names = [surname(a), surname(b)];
		const [first, second] = names;
		if (!first || !second) continue;
		for (const line of corpus.lines) {
			const text = line.sentence.text;
			const said = new RegExp(`\\b${first} and ${second}\\b|\\b${second} and ${first}\\b`).exec(text);
			if (!text.includes(pair.name) || !said) continue;
			const answer = said[0];
			const [left, right] = answer.split(' and ') as [string, string];
			const others = corpus.people.filter((p) => p.kind === 'character' && p !== a && p !== b);
			const swaps: string[] = [];
			for (const other of stableOrder(others, pair.name, (p) => p.id)) {
				const name = surname(other);
				if (!name) continue;
				// Swap out the member of the same gender, so every choice is a couple of the same make-up.
				const leftPerson = left === first ? a : b;
				swaps.push(other.gender === leftPerson.gender ? `${name} and ${right}` : `${left} and ${name}`);
			}
			const wrong = [...new Set(swaps)].slice(0, 3);
			if (wrong.length < 3) continue;
			drafts.push({
				kind: 'term',
				question: `Fans call one Chicago P.D. couple “${pair.name}”. Whose names does it combine?`,
				answer,
				wrong,
				article: line.article,
				start: line.sentence.start,
				end: line.sentence.end,
				difficulty: difficultyOf('term', corpus.frequency(pair.name)),
				key: `term:pair:${pair.name}`,
			});
			break;
		}
	}
	return drafts;
}
