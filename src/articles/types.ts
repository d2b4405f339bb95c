/** What a stretch of article text is, as the reader classifies it. Only `body` text is ever quoted. */
export type SegmentKind = 'body' | 'heading' | 'title' | 'boilerplate' | 'caption' | 'comment';

/** A sentence with its exact place in the article: `article.text.slice(start, end) === text`. */
export interface Sentence {
	/** Position within the article's sentence list. */
	index: number;
	start: number;
	end: number;
	text: string;
	/** Index of the paragraph (block of text between blank lines) the sentence belongs to. */
	paragraph: number;
	kind: SegmentKind;
	/** Who says these words, where the article says so ("she told TVLine"). */
	speaker: string | null;
	/** Whom the words were said to ("TVLine", "Variety", "Sergeant Hank Voight"). */
	audience: string | null;
	/** The sentence is (part of) a quotation of someone's words. */
	quoted: boolean;
}

/** One article as read from `data/articles/`. */
export interface Article {
	/** Stable id: the file name without its extension. */
	id: string;
	file: string;
	/** The file's text, byte for byte. */
	text: string;
	headline: string;
	/** True when the article had no title line and the headline was derived from its first sentence. */
	headlineDerived: boolean;
	/** Only where the article itself names its outlet; never guessed. */
	outlet: string | null;
	/** ISO date (YYYY-MM-DD) where the article states it. */
	date: string | null;
	sentences: Sentence[];
}
