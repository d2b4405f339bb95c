import type { Article } from '../articles/types';
import type { Answer, Source } from './types';

/** The answer engine: built once from a data folder, then asked questions. Knows nothing of Discord. */
export interface Engine {
	readonly articles: readonly Article[];
	/** Answers a question (already checked with `checkQuestion`). Never throws for odd wording. */
	ask(question: string): Answer;
	/** Up to `limit` questions Molly answers well that match what the user has typed so far (autocomplete). */
	suggest(typed: string, limit?: number): string[];
	/** Every article Molly knows, as a citation. */
	sources(): Source[];
}

export type QuestionCheck =
	| { ok: true; question: string }
	| { ok: false; code: 'empty' | 'no-words' | 'too-long'; message: string };
