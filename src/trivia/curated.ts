import type { Library } from '../answers/data';
import type { CuratedQuestion } from './file';
import { finish } from './question';
import type { TriviaQuestion } from './types';
import { problemsWith } from './validate';

/** A curated question that cannot be used, and why. */
export interface CuratedProblem {
	index: number;
	question: string;
	problems: string[];
}

/**
 * Turns the curated questions of `data/trivia.json` into bank questions. Each quote is looked up verbatim in its
 * article (its offsets come from there, so a quote edited by hand cannot drift) and checked like a generated one.
 */
export function curatedQuestions(
	curated: readonly CuratedQuestion[],
	library: Library,
): { questions: TriviaQuestion[]; problems: CuratedProblem[] } {
	const questions: TriviaQuestion[] = [];
	const problems: CuratedProblem[] = [];
	for (const [index, entry] of curated.entries()) {
		const article = library.articles.find((a) => a.id === entry.quote.articleId);
		const start = article ? article.text.indexOf(entry.quote.text) : -1;
		if (!article || start < 0) {
			const where = article ? `article ${article.id}` : `any article (no article "${entry.quote.articleId}")`;
			problems.push({ index, question: entry.question, problems: [`the quote is not verbatim in ${where}`] });
			continue;
		}
		const question = finish(
			{
				kind: entry.kind,
				question: entry.question,
				answer: entry.answer,
				wrong: [...entry.wrong],
				article,
				start,
				end: start + entry.quote.text.length,
				difficulty: entry.difficulty,
				key: `curated:${index}`,
			},
			'curated',
		);
		const found = problemsWith(question, library);
		if (found.length > 0) problems.push({ index, question: entry.question, problems: found });
		else questions.push(question);
	}
	return { questions, problems };
}
