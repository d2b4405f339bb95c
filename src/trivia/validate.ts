import type { Library } from '../answers/data';
import { seasonsIn } from '../spoilers/seasons';
import type { TriviaQuestion } from './types';

const fold = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** Whether `text` holds `answer` (ignoring case): every quote must prove its question's answer in its own words. */
export function holdsAnswer(text: string, answer: string): boolean {
	return fold(text).includes(fold(answer));
}

/**
 * Everything that makes a question unfair or unprovable, as sentences for a person to fix; empty when it is fine.
 * Checks: four different choices; the quote is the article's text at its offsets, in body text only (never a
 * caption, heading or reader comment) and holds the answer; the question does not give the answer away; no wrong
 * choice is the answer under another name; the seasons cover everything the question and quote name.
 */
export function problemsWith(question: TriviaQuestion, library: Library): string[] {
	const problems: string[] = [];
	const { quote, choices } = question;
	const right = choices[question.answer];
	if (!Number.isInteger(question.answer) || right === undefined) problems.push('the answer index is not 0 to 3');
	if (choices.length !== 4 || choices.some((c) => c.trim() === ''))
		problems.push('there must be four non-empty choices');
	if (new Set(choices.map(fold)).size !== choices.length) problems.push('two choices are the same');
	const article = library.articles.find((a) => a.id === quote.articleId);
	if (!article) problems.push(`no article "${quote.articleId}"`);
	else if (article.text.slice(quote.start, quote.end) !== quote.text) {
		problems.push(`the quote is not verbatim in ${article.id} at ${quote.start}-${quote.end}`);
	} else {
		const touched = article.sentences.filter((s) => s.end > quote.start && s.start < quote.end);
		if (touched.length === 0 || touched.some((s) => s.kind !== 'body'))
			problems.push('the quote is not (only) article body text');
	}
	if (right !== undefined) {
		if (!holdsAnswer(quote.text, right)) problems.push(`the quote does not contain the answer "${right}"`);
		if (holdsAnswer(question.question, right)) problems.push(`the question gives its answer "${right}" away`);
		const person = library.roster.people.find((p) => p.name === right || p.aliases.includes(right));
		for (const [index, choice] of choices.entries()) {
			if (index === question.answer || !person) continue;
			if (person.aliases.some((a) => fold(a) === fold(choice)))
				problems.push(`"${choice}" is the answer under another name`);
		}
	}
	const named = new Set([...seasonsIn(quote.text), ...seasonsIn(question.question)]);
	const missing = [...named].filter((s) => !question.seasons.includes(s));
	if (missing.length > 0) problems.push(`seasons should include ${missing.join(', ')}`);
	if (question.id.trim() === '') problems.push('the id is empty');
	return problems;
}
