import type { APIEmbed } from 'discord.js';
import type { Answer, Quote, Source } from '../../src/answers/types';

/** Small hand-made values of the engine's types, for renderer tests that must not depend on the engine. */
export function source(articleId: string, over: Partial<Source> = {}): Source {
	return {
		articleId,
		headline: `Headline of ${articleId}`,
		headlineDerived: false,
		outlet: 'TVLine',
		date: '2024-05-22',
		...over,
	};
}

export function quote(text: string, over: Partial<Quote> = {}): Quote {
	return {
		text,
		articleId: 'a',
		start: 0,
		end: text.length,
		source: source('a'),
		alsoIn: [],
		speaker: null,
		audience: null,
		side: 'story',
		seasons: [],
		score: 1,
		...over,
	};
}

export function answer(quotes: Quote[], over: Partial<Answer> = {}): Answer {
	return {
		question: 'Why did Halstead leave?',
		answered: true,
		kind: 'why',
		quotes,
		notes: [],
		suggestions: [],
		...over,
	};
}

/** Characters Discord counts against the 6000 total of an embed. */
export function embedLength(embed: APIEmbed): number {
	const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
	return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields + (embed.footer?.text.length ?? 0);
}

/** Undoes Discord markdown escaping: every escape is a backslash before the character it protects. */
export function unescapeMarkdown(text: string): string {
	return text.replace(/\\(.)/gs, '$1');
}

/** Positions of `||` that Discord would read as spoiler markers (not escaped by a backslash). */
export function spoilerMarks(text: string): number[] {
	const marks: number[] = [];
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else if (text[i] === '|' && text[i + 1] === '|') marks.push(i++);
	}
	return marks;
}
