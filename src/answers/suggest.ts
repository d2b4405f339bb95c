import type { Library } from './data';
import type { Answer } from './types';

/**
 * Questions Molly answers well, built from the data: the roster's people and pairs, and the articles' own
 * question-shaped headings. Each candidate is asked for real and kept only when it is answered.
 */
export function suggestionsFor(library: Library, ask: (q: string) => Answer): string[] {
	const { roster, articles } = library;
	const show = roster.show?.name ?? 'the show';
	const candidates: string[] = [];
	for (const p of roster.people) {
		if (p.kind === 'character')
			candidates.push(
				`Who plays ${p.name}?`,
				`Why did ${p.name} leave?`,
				`When did ${p.name} leave?`,
				`Who is ${p.name}?`,
				`What happened to ${p.name}?`,
			);
		if (p.kind === 'actor')
			candidates.push(
				`Why did ${p.name} leave ${show}?`,
				`Who does ${p.name} play?`,
				`What did ${p.name} say about leaving?`,
			);
		if (p.kind === 'crew') candidates.push(`Who is ${p.name}?`);
	}
	for (const pair of roster.pairs)
		candidates.push(
			`What does ${pair.name} mean?`,
			`When did ${pair.name} get married?`,
			`Why did ${pair.name} break up?`,
		);
	for (const a of articles)
		for (const s of a.sentences) if (s.kind === 'heading' && s.text.endsWith('?')) candidates.push(s.text);
	candidates.push(`Where can I stream ${show}?`, `What night does ${show} air?`, `Who is the showrunner of ${show}?`);
	const kept: string[] = [];
	for (const q of new Set(candidates)) {
		const answer = ask(q);
		if (answer.answered && (answer.quotes[0]?.score ?? 0) >= 0.8) kept.push(q);
	}
	return kept;
}
