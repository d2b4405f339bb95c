import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { TriviaKind } from './types';

export const triviaKindSchema = z.enum([
	'actor',
	'character',
	'season',
	'episode',
	'place',
	'duration',
	'term',
	'person',
	'quote',
	'outlet',
	'date',
]) satisfies z.ZodType<TriviaKind>;

/**
 * Words of one kind ("places a character could be sent", "outlets"), so that when an article's sentence holds one,
 * the others are plausible wrong answers. General knowledge, like the lexicon: never a question or an answer.
 */
export const vocabularyGroupSchema = z.object({
	kind: triviaKindSchema,
	/** Asked before the sentence with the gap: "Which place fills the gap?". */
	prompt: z.string().min(1).max(80),
	words: z.array(z.string().min(1).max(80)).min(4),
});
export type VocabularyGroup = z.infer<typeof vocabularyGroupSchema>;

/** Someone the articles do not name, offered only as a wrong answer (another P.D. character, say). */
export const extraPersonSchema = z.object({
	name: z.string().min(1).max(80),
	kind: z.enum(['character', 'actor', 'crew']),
	gender: z.enum(['f', 'm']).nullable().default(null),
});

/** A question written by hand; its quote must be verbatim in the article and hold the answer (see curated.ts). */
export const curatedQuestionSchema = z.object({
	kind: triviaKindSchema,
	question: z.string().min(1).max(400),
	answer: z.string().min(1).max(80),
	wrong: z.tuple([z.string().min(1).max(80), z.string().min(1).max(80), z.string().min(1).max(80)]),
	quote: z.object({ articleId: z.string().min(1), text: z.string().min(1) }),
	difficulty: z.enum(['easy', 'medium', 'hard']).default('medium'),
});
export type CuratedQuestion = z.infer<typeof curatedQuestionSchema>;

/** The shape of `data/trivia.json`. Every section is optional. */
export const triviaFileSchema = z.object({
	$comment: z.string().optional(),
	vocabulary: z.array(vocabularyGroupSchema).default([]),
	people: z.array(extraPersonSchema).default([]),
	questions: z.array(curatedQuestionSchema).default([]),
	/** Names a fan could defend for each other (a creator and a co-creator): never offered as each other's wrong answer. */
	overlaps: z.array(z.array(z.string().min(1)).min(2)).default([]),
});
export type TriviaFile = z.infer<typeof triviaFileSchema>;

export const emptyTriviaFile: TriviaFile = { vocabulary: [], people: [], questions: [], overlaps: [] };

/** Every name `name` overlaps with in `file.overlaps` (not itself). */
export function overlapsOf(file: TriviaFile, name: string): string[] {
	return file.overlaps.filter((set) => set.includes(name)).flatMap((set) => set.filter((other) => other !== name));
}

/** Reads and validates `path`; a missing file is an empty one, a malformed one throws naming what is wrong. */
export async function readTriviaFile(path: string): Promise<TriviaFile> {
	if (!existsSync(path)) return emptyTriviaFile;
	const parsed = triviaFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
	if (!parsed.success) throw new Error(`${path} is not valid: ${z.prettifyError(parsed.error)}`);
	return parsed.data;
}
