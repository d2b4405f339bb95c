import { splitSentences } from '../articles/sentences';
import { seasonsIn } from '../spoilers/seasons';
import { frequencyRank, isEnglishWord } from './english';
import { NUMBER_WORDS, STOPWORDS, stem, words } from './text';
import type { QuestionKind } from './types';
import { isParticle, type Vocabulary } from './vocabulary';

/** One thing the question asks about, and every way an article may say it. */
export interface Concept {
	/** The word as the fan typed it (after spelling correction). */
	word: string;
	/** Alternatives: each a sequence of stems (a phrase) or a single stem. The first is the word itself. */
	alts: string[][];
	weight: number;
	/** Not found in the articles in any of its forms. */
	unknown: boolean;
	/** A word of the lexicon: a thing fans ask about ("kids", "wedding"), not a way of asking. */
	term: boolean;
	/** Where the word stands in the question (token index). */
	at?: number;
	/** Weights of the alternatives when they differ from the usual (1 for the word, 0.9 for the others). */
	altWeights?: number[];
	/** Another show of the same name ("Chicago Med"): a quote that does not name it answers about something else. */
	required?: boolean;
	/** A name the articles use that the roster lacks ("Meredith" in another show's articles): who it is about. */
	name?: boolean;
}

export interface Analysis {
	question: string;
	kind: QuestionKind;
	/** Roster people the question names, by id. */
	entities: string[];
	concepts: Concept[];
	/** "Who plays …", "who is the actor …": the answer is a performer's name. */
	asksPerformer: boolean;
	/** Roster people named before an actor and their character were merged into one: both sides are wanted then. */
	named: string[];
	/** "Why wasn't Halstead in the finale?": the answer is about something that did not happen. */
	negated: boolean;
	/**
	 * "What bar…", "what were the ratings…": the thing a what-question asks for is a word the articles never use
	 * (and not an everyday filler like "deal"), so they cannot name it.
	 */
	asksForUnknown: boolean;
	/** "What year…", "which season…": the unit of time a when-question wants the answer in. */
	timeUnit: 'year' | 'month' | 'season' | 'day' | 'hour' | null;
	/** "What show is Jesse on now?", "which network…": the answer is a title or name the question does not hold. */
	asksName: 'title' | 'outlet' | 'name' | null;
	/**
	 * "What new show…", "what show is she doing after PD": the word that sets the name asked for apart from the
	 * one the articles know, as alternatives (stems), which the answer must hold.
	 */
	nameModifier: string[][] | null;
	/** "…in the story and irl": the sides of the answer the question asks for by name. */
	sides: { real: boolean; story: boolean };
	/** "The name of the cartel", "his dad's name": what the name asked for belongs to (a stem). */
	nameOf: string | null;
	/** "What did Tracy post…", "what did Upton tell Voight": the answer is someone's own words. */
	asksWords: boolean;
	/** Names no one, not the show and nothing of a show ("best deep dish place in Chicago?"). */
	offShow: boolean;
	/** The words asked for are one person's thoughts or feelings: someone else's words are no answer. */
	asksOpinion: boolean;
	/** "Who directed the finale?": the doing a who-question asks the doer of, the word right after "who". */
	doing: Concept | null;
	/** "How did Jay's dad die?": the event a how-question asks the manner of. */
	event: Concept | null;
	/** The seasons the question names by number ("the s11 finale"). */
	seasons: number[];
	/** "How many episodes…": what is counted, when it is episodes rather than a span of time. */
	counts: 'episodes' | null;
}

const KIND_PATTERNS: ReadonlyArray<[QuestionKind, RegExp]> = [
	['how-long', /\bhow (long|much longer|many (years|seasons|episodes))\b|\bfor how long\b/],
	['how-old', /\bhow old\b|\bwhat age\b|\b(his|her|their) age\b|\bage$/],
	[
		'why',
		/\bwhy\b|\bhow come\b|\breason(s|ing)?\b|\brationale\b|\bwhat(?: is| was| s)? (?:\w+ ){0,3}?(reasons?|reasoning|rationale)\b|\bwhat made\b|\bwhat caused\b|\bwhat (kept|stopped|prevented)\b/,
	],
	[
		'when',
		/\bwhen\b|\bwhat (year|season|month|date|day|night|hour)\b|\bwhich (year|season|night|day)\b|\bwhat time\b|\b(at|by) what point\b/,
	],
	['which', /\bwhich episodes?\b|\bwhat episodes?\b|\bwhat was the episode\b|\bepisode (name|title|called)\b/],
	['where', /\bwhere\b|\b(what|which) (city|country|place|town)\b/],
	['who', /\bwho\b|\bwhose\b|\bwhich (actor|actress|character|person)\b/],
	['how', /\bhow\b/],
	['what', /\bwhat\b|\bwhich\b|\bmeaning\b|\bmean\b/],
	['yes-no', /^(is|are|was|were|do|does|did|will|would|can|could|has|have|had|should)\b/],
];

/** Words that only say what kind of answer is wanted; the kind carries them. */
const KIND_WORDS: Partial<Record<QuestionKind, ReadonlySet<string>>> = {
	why: new Set([
		'why',
		'how',
		'come',
		'reason',
		'reasons',
		'reasoning',
		'rationale',
		'made',
		'caused',
		'kept',
		'stopped',
		'prevented',
	]),
	when: new Set(['when', 'what', 'which', 'year', 'month', 'date', 'day', 'time', 'night']),
	who: new Set(['who', 'whose', 'which', 'person']),
	where: new Set([
		'where',
		'place',
		'city',
		'country',
		'go',
		'goes',
		'going',
		'went',
		'gone',
		'move',
		'moved',
		'moving',
		'fly',
		'flew',
		'flying',
		'head',
		'headed',
		'heading',
	]),
	// "How many years did Jesse spend as Jay": spending years is the length itself.
	'how-long': new Set(['how', 'long', 'longer', 'much', 'many', 'years', 'spend', 'spent', 'put']),
	'how-old': new Set(['how', 'old', 'age', 'aged']),
	which: new Set(['which', 'what']),
	what: new Set(['kind', 'sort', 'type']),
	how: new Set(['how']),
};

/** How much more the thing a which-question names weighs ("which unit…"). */
const HEAD_WEIGHT = 1.3;

/** Words for the show itself when a fan says "the show". */
const THE_SHOW = new Set(['show', 'series']);

/** Weight, as a share of a name's, of a lexicon word ("kids") no article uses. */
const LEXICON_MISSING = 0.8;

/** Weight of an everyday word the articles never use: less than a name, but it still counts as asked. */
const SOFT_MISSING = 3.5;
const EVERYDAY_RANK = 500;
const EVERYDAY_WEIGHT = 2.5;

/**
 * The weight of a word the articles never use. A name or term they lack ("Atwater", "France") means the
 * question is about something else; an everyday word ("supposed", "story") is more likely the fan's phrasing,
 * and the more common it is in speech, the less its absence says.
 */
function missingWeight(word: string, maxIdf: number): number {
	if (!isEnglishWord(word)) return maxIdf;
	const rank = frequencyRank(word) ?? Number.POSITIVE_INFINITY;
	const soft = rank <= 300 ? 2 : rank <= 5000 ? 3 : SOFT_MISSING;
	return Math.min(soft, 0.6 * maxIdf);
}

/** A comma, an ellipsis or a "lol" before a question word, where a statement gives way to the question. */
const ASKED_AFTER_COMMA =
	/(?:,|\s[—–-]|\.{2,}|…|(?<=\b(?:lol|lmao|haha|tbh|btw|ngl|ok|okay)))\s+(?=(?:so |and |but )?(?:when|what|who|why|where|how|which)\b)/i;

/**
 * "my roommate says it was handled badly. what did fans feel…": a full stop before a question typed in lower case
 * ends the statement, which the article sentence splitter (it waits for a capital) does not see.
 */
const ASKED_AFTER_STOP =
	/(?<=[\p{Ll}\d)][.!]+)\s+(?=(?:so |and |but |ok |okay )?(?:when|what|who|whose|why|where|how|which|is|are|was|were|do|does|did|will|would|can|could|has|have)\b)/u;

/** What the words of a clause that only dates the question weigh ("…before Hailey came along"). */
const DATING = 0.6;

/** What the words of a label before the question weigh ("headcanon question: …"); a word no article has is dropped. */
const LABEL = 0.9;

/** Words of a question that asks nothing of its own ("what exactly?", "what was it?", "which is it"). */
const BARE_ASKING = new Set([
	'exactly',
	'it',
	'was',
	'is',
	'that',
	'this',
	'kind',
	'sort',
	'one',
	'say',
	'said',
	'line',
]);

const QUESTION_START =
	/^\s*(why|how|when|who|whose|where|what|which|is|are|was|were|do|does|did|will|would|can|could|has|have)\b/i;

/** The kind of answer wanted, from the earliest question phrase ("what did she say when…" is a what). */
function asksForUnknown(tokens: readonly string[], concepts: readonly Concept[]): boolean {
	const m = /^(?:\w+ )*?(?:what|which) (?:(?:is|was|are|were) (?:the )?)?(\w+)/.exec(tokens.join(' '));
	const head = m?.[1];
	// "What is the title of the episode…" asks for what the title is of: the name asked for, not a word to find.
	if (!head || head === 'title') return false;
	const concept = concepts.find((c) => c.word === head);
	if (concept?.unknown === true && (frequencyRank(head) ?? Number.POSITIVE_INFINITY) > 500) return true;
	// "What's Hailey's middle name?": a kind of name the articles never use.
	const kind = /\b(\w+) name\b/.exec(tokens.join(' '))?.[1];
	return kind !== undefined && concepts.some((c) => c.word === kind && c.unknown);
}

/** What-questions whose answer is the name of a show, a network, an outlet…: "what show is he on now". */
const NAMED_THING =
	/^(?:\w+ )*?(?:what|which) (?:(?:(?:new|next|latest|other|tv|streaming) ){1,2}|(?:is |was )?(?:\w+ ){0,3}(?:new|next|latest|other) )?(show|series|movie|film|network|channel|outlet|publication|magazine|newspaper|paper|website|site|app|platform|streamer|service)s?\b/;

/** "Who did Sigan talk to about…": whom someone gave the interview, an outlet. */
const OUTLET_WHO =
	/^(?:\w+ )*?who (?:did|does|has|had) (?:\w+ ){1,3}?(?:talk|speak|spoke|open up|opened up|sit down|sat down|do an interview|give an interview|gave an interview) (?:to|with)\b/;

/** "What was the line she said…": the word for someone's words is how the question asks, not what it is about. */
const WORDS_ASKED = /\bwhat (?:is|was|s|were) (?:the|her|his|their) (?:exact )?(line|quote|words)\b/;
/** "What did she say…", "what did Tracy post when…", "what was the line…": a question for someone's own words. */
const ASKS_WORDS = new RegExp(
	`\\bwhat (?:did|does|do|has|have|had|will|would) (?:\\w+ ){1,3}?(?:say|tell|post|write|tweet|share|reveal|explain|admit|reply|answer|add|comment)\\b|${WORDS_ASKED.source}`,
);
/**
 * "How does Tracy feel about the cast", "how does Jesse picture Jay now", "what did Tracy call Jesse": a question
 * for what one person thinks, in their own words. What fans or people in general think is not one person's.
 */
const ASKS_OPINION =
	/\b(?:what|how) (?:did|does|do) (?!(?:fans|ppl|people|viewers|everyone|they|we|you|u) )(?:\w+ ){1,3}?(?:think|hope|feel|believe|see|view|picture|imagine|describe|call)\b/;

const NAME_OF =
	/\b(?:name|title) of (?:the |her |his |their |that )?(\w+)|\b(?!(?:the|her|his|their|my|your|a|an|whats|what|is|ship|couple|pair|nick|full|real|stage|code|first|last|middle|family|maiden)\b)(\w+) name\b/;
/** Words that end a noun phrase: "the season 7 episode where…", "the cartel in Bolivia". */
const PHRASE_END =
	/^(where|when|that|which|who|in|on|at|with|from|for|about|of|to|he|she|they|did|does|do|was|is|were|are)$/;

/**
 * The noun a "name of the…" names: the last word before the phrase ends ("the season 7 episode where Jay gets
 * shot" names an episode, not a season).
 */
function headNoun(text: string): string {
	const phrase: string[] = [];
	for (const w of text.split(' ')) {
		if (PHRASE_END.test(w) || phrase.length === 4) break;
		phrase.push(w);
	}
	// "…the name of their dog lol": chat after the noun is not the noun.
	return phrase.filter((w) => !/^\d+$/.test(w) && !STOPWORDS.has(w)).at(-1) ?? phrase[0] ?? text;
}
const KIN_WORDS = new Set(
	'dad father mom mother brother sister son daughter kids kid children child parents husband wife girlfriend boyfriend ex partner boss friend colleague'.split(
		' ',
	),
);
/** The words after which a question's last word can only be a name: "who plays Will", "who is Will". */
const NAME_SLOT = /^(plays|played|play|playing|portrays|portrayed|is|was|about|with|to|and)$/;

const AUXILIARIES = /^(did|does|do|is|was|were|will|would|could|can|has|have|had)$/;

/**
 * The event a how-question asks the manner of: the first word after its subject ("how did Jay's dad die" asks
 * how he died; "how did Jay deal with…" how he dealt).
 */
function eventOf(tokens: readonly string[], nameAt: ReadonlySet<number>, concepts: readonly Concept[]): Concept | null {
	const how = tokens.findIndex((t) => t === 'how' || t === 'why');
	if (how < 0 || !AUXILIARIES.test(tokens[how + 1] ?? '')) return null;
	let i = how + 2;
	if (!nameAt.has(i)) return null;
	while (nameAt.has(i)) i++;
	if (KIN_WORDS.has(tokens[i] ?? '')) i++;
	// "How did Jay get shot?" asks how he was shot.
	if (/^(get|got|gets|getting)$/.test(tokens[i] ?? '')) i++;
	return concepts.find((c) => c.at === i) ?? null;
}

const NOW = new Set(['now', 'currently', 'today', 'nowadays', 'these days', 'at the moment']);
const NOW_WEIGHT = 0.3;
const TITLE = /\b(\w+) (?:job title|title|rank|position|job)\b/;
/** "What rank is Voight?", "what's Miller's job": the title asked for before the name. */
const TITLE_FIRST =
	/\b(?:what|which) (?:is |s )?(?:job title|title|rank|position|job) (?:is|was|does|did) (\w+)(?: \w+)?(?: hold| have| do)?$/;
const MODIFIER = /\b(new|next|latest|other|upcoming|future|after|before|previously|prior)\b/;

/** The ways to say a name's modifier; "after" (the show) means "next". */
function modifierOf(word: string | null | undefined, vocab: Vocabulary, title: boolean): string[][] | null {
	if (!word) return null;
	// "What show was she on before PD?": an earlier show; "which outlet did she talk to before her exit" is any.
	if (/^(before|previously|prior)$/.test(word) && !title) return null;
	const s = stem(word === 'after' ? 'next' : word === 'previously' || word === 'prior' ? 'before' : word);
	return [[s], ...vocab.synonyms(s)];
}
const TITLE_WORDS = new Set(['job', 'title', 'rank', 'position']);

/** Named things that are titles: a show is not the paper an actor told something to. */
const TITLE_THINGS = new Set(['show', 'series', 'movie', 'film']);
/** "Which outlet did she talk to": the answer is whoever she told ("she told TVLine"). */
const OUTLET_THINGS = new Set(['outlet', 'publication', 'magazine', 'newspaper', 'paper', 'website', 'site']);

/** Phrases that ask for the story's side of an answer or the real people's. */
const SIDE_PHRASES: ReadonlyArray<[string[], 'real' | 'story']> = [
	...[
		'irl',
		'for real',
		'in real life',
		'real life',
		'real reason',
		'in her own words',
		'in his own words',
		'the actor',
		'the actress',
		'off screen',
		'offscreen',
		'off camera',
		'behind the scenes',
	].map((p): [string[], 'real'] => [p.split(' '), 'real']),
	...[
		'in the story',
		'in story',
		'in show',
		'in the show',
		'on the show itself',
		'story reason',
		'story wise',
		'storywise',
		'in universe',
		'on screen',
		'onscreen',
		'in character',
		'storyline reason',
		'story line reason',
		'plot reason',
		'because of the story',
		'in the storyline',
		'in the plot',
	].map((p): [string[], 'story'] => [p.split(' '), 'story']),
];

/** Chat shorthand as fans type it: "w" is with, "s5" is season 5, "ep10" is episode 10. */
const CHAT: Readonly<Record<string, string[]>> = {
	w: ['with'],
	y: ['why'],
	n: ['and'],
	u: ['you'],
	r: ['are'],
	ur: ['your'],
	bc: ['because'],
	cuz: ['because'],
	abt: ['about'],
	rn: ['now'],
	tho: ['though'],
	pls: ['please'],
	plz: ['please'],
	ppl: ['people'],
	bf: ['boyfriend'],
	gf: ['girlfriend'],
	ep: ['episode'],
	rewatch: ['watch'],
	rewatched: ['watched'],
	rewatching: ['watching'],
	supt: ['superintendent'],
	jan: ['january'],
	feb: ['february'],
	mar: ['march'],
	apr: ['april'],
	aug: ['august'],
	sep: ['september'],
	sept: ['september'],
	oct: ['october'],
	nov: ['november'],
	dec: ['december'],
	sgt: ['sergeant'],
	det: ['detective'],
	dept: ['department'],
	mag: ['magazine'],
	b4: ['before'],
	smth: ['something'],
	sth: ['something'],
	bday: ['birthday'],
	wat: ['what'],
	wen: ['when'],
	wut: ['what'],
	eps: ['episodes'],
	yr: ['year'],
	ny: ['new', 'york'],
	nyc: ['new', 'york'],
	jls: ['jesse', 'lee', 'soffer'],
	yrs: ['years'],
	szn: ['season'],
	szns: ['seasons'],
	ig: ['instagram'],
	insta: ['instagram'],
	...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`s${i + 1}`, ['season', String(i + 1)]])),
	...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`ep${i + 1}`, ['episode', String(i + 1)]])),
};

/** Idioms made of little words, read as the one word they mean: "have anything to do with" is involve. */
const IDIOMS: ReadonlyArray<[RegExp, string]> = [
	// ...but "nothing left to do with Jay" is what remains to be done.
	[/\b(?:have|has|had|having|got) (?:anything |something |nothing |a lot |much )?to do with\b/g, 'involve'],
	[/\b(?:anything|something|nothing) to do with\b/g, 'involve'],
	// "Wasn't anything left to do with Halstead", "anything left to explore": nothing left, not leaving.
	[/\b(?:anything|nothing|not much|much|something) (?:new )?left to (?:do|explore|say|tell|play)\b/g, 'nothing left'],
	// "Why did Jesse feel there wasn't more to do with Halstead?", "was done with the character": nothing left.
	[
		/\b(?:there )?(?:wasn t|wasnt|was not|isn t|isnt|is not|was no|is no|wasn't|isn't) (?:much |any )?(?:more|anything (?:more|else)) to do\b/g,
		'nothing left',
	],
	[
		/\b(?:was|is|were|felt|feel|feels) done with (?=the character|the role|him|halstead|jay|playing)/g,
		'nothing left with ',
	],
	// "What is season 11 going to dig into?": what it will do, not where it goes.
	[
		/\b(is|are|was|were|am) (?:going to|gonna) (?=(?:dig|be|do|have|happen|explore|focus|come|get|bring|end|see|show|look|deal|struggle|tackle|cover)\b)/g,
		'$1 will ',
	],
	// "What time is PD on?": a show that is on, airs.
	[
		/\b(when|(?:at )?(?:what|which) (?:time|hour|night|day|days|channel)) (is|are|does|do) (pd|chicago pd|it|the show|new episodes|new eps|episodes|a new episode|new episode) (?:come )?on$/g,
		'$1 $2 $3 air',
	],
	// "Why do fans call them Upstead?", "where does the name Upstead come from": what the name means.
	[
		/\b(?:why|how come) (?:do|does|did|would) (?:\w+ ){0,2}?call (?:them|it|him|her|the couple|the pair) (?!quits\b|a day\b|off\b)/g,
		'what is the meaning of ',
	],
	[
		/\b(?:why|how come) (?:are|is|were|was) (?:they|it|he|she|the couple|the pair) (?:called|named|nicknamed) /g,
		'what is the meaning of ',
	],
	[/\bwhere (?:does|did) (?:the )?(?:name|nickname|term|word) (\w+) come from\b/g, 'what is the meaning of $1'],
	[/\bwhy (?:do|does|did) (?:everyone|everybody|people|fans) (?:keep )?(?:saying|say) /g, 'what is the meaning of '],
	// "Which season is Hailey's last?": her last season, as the articles say a last season or episode.
	[
		/\b(which|what) (season finale|season|finale|episode|ep) (is|was|will be) (\w+) last(?: one)?\b/g,
		'$1 $2 $3 $4 last $2',
	],
	// "Why did Erin leave in the first place": to begin with, not the first of anything.
	[/\b(?:in the first place|to begin with)\b/g, ''],
	// "Miller's rank in the department": a rank is held in the department; saying so asks nothing more.
	[
		/\b(rank|title|position|job|role) (?:in|at|within|on) (?:the )?(?:department|dept|cpd|unit|force|squad|team)\b/g,
		'$1',
	],
	// "Her arc per Gwen": according to Gwen, not a rate ("per episode").
	[/\bper (?!(?:episode|ep|season|year|month|week|day|hour|night|cent)s?\b)(?=\w)/g, 'according to '],
	// "Who's the actor behind Jay?": the actor who plays him.
	[/\b(actor|actress) behind\b/g, '$1 of'],
	// "Any chance Halstead shows back up someday?": will he come back.
	[/\b(?:is there )?any chance(?: that)?\b/g, 'could'],
	[/\b(show|shows|showed|showing) back up\b/g, 'come back'],
	[/\bsomeday\b/g, ''],
	// "How is Will related to Jay?": what relation he is, not what involves him.
	[/\bhow (?:is|are|was|were) (.+?) related to\b/g, 'what relation is $1 to'],
	// "Who's running Chicago PD these days?", "who ran it before Sigan": the showrunner.
	[
		/\bwho (?:is |s |was |used to )?(?:ran|runs|running|run) (?:chicago pd|chicago p d|pd|cpd|the show|it)\b/g,
		'who is the showrunner',
	],
	// "What unit is Upton part of?": which she is a member of.
	[/\b(what|which) (unit|team|squad|department) (is|was) (.+?) part of\b/g, '$1 $2 $3 $4 a member of'],
	// "How long was Tracy part of the cast?": on the show.
	[/\bpart of the (?:cast|show|team)\b/g, 'on the show'],
	// "Who gave Upton the push she needed?": who pushed her.
	[/\bgave (\w+) (?:a|the) (?:push|nudge)(?: (?:she|he|they) needed)?\b/g, 'pushed $1'],
	// "What set him off?": why he did it.
	[/\bwhat set (him|her|them|jay|hailey|upton|halstead) off\b/g, 'why did $1 act out'],
	// "What reason did Upton give for quitting?": her reason.
	[/\b(reason|reasons) (did|does|do) (\w+(?: \w+)?) (?:give|gave) for\b/g, '$1 $2 $3 have for'],
	// "Who's the showrunner right now?": now, not a right.
	[/\bright now\b/g, 'now'],
	// "One extra season" is one more.
	[/\b(?:an |one )?(?:extra|additional) (season|year)\b/g, 'one more $1'],
	// "Who convinced her to go ahead and quit?": going ahead is only the quitting.
	[/\bgo ahead and\b/g, ''],
	// "Why did they leave her ending so open?": why it was made open-ended, not anyone leaving.
	[
		/\b(?:leave|left|leaving|keep|kept) ((?:\w+ ){1,4}?)(?:so |that |this |pretty |kinda )?(?:open|open ended|ambiguous|vague|unresolved)\b/g,
		'$1open ended',
	],
	// "Where did Voight ship Hailey off to?": where he sent her.
	[/\b(ship|ships|shipped|shipping) (\w+) off\b/g, 'send $2'],
	// "What was Tracy in before PD?": which show she was in.
	[
		/\bwhat (was|were|has|had|is) (\w+(?: \w+){0,2}?) (?:been )?(in|on) (before|previously|prior)\b/g,
		'what show $1 $2 $3 $4',
	],
	// "Are Tracy and Jesse a thing?": dating.
	[/\b(are|is|were|was) (?:actually |really |still )?a thing\b/g, '$1 dating'],
	// "What season ended up being her last?": the one that was.
	[/\b(?:ended|wound) up being\b/g, 'was'],
	[/\b(?:end|ends|wind|winds) up being\b/g, 'be'],
	// "What happened health-wise": what happened to her health.
	[/\b(?!story\b)(\w+) wise\b/g, '$1'],
];

/** A text's words with chat shorthand opened ("y" -> why, "s5" -> season 5) and idioms read as their word. */
function chatWords(text: string): string[] {
	let joined = words(text)
		.flatMap((x) => CHAT[x] ?? [x])
		.join(' ');
	for (const [re, word] of IDIOMS) joined = joined.replace(re, word);
	return joined.split(' ').filter((w) => w.length > 0);
}

function timeUnitOf(text: string): Analysis['timeUnit'] {
	const m = /\b(?:what|which|in what|in which) (year|month|season|day|night|time|hour)\b/.exec(text);
	if (!m) return null;
	if (m[1] === 'night') return 'day';
	return m[1] === 'time' || m[1] === 'hour' ? 'hour' : (m[1] as 'year' | 'month' | 'season' | 'day');
}

/** A clause opening "when" with no question after it: "when Jesse got asked…", not "when did Jesse…". */
const SCENE_WHEN =
	/^when (?!(?:did|does|do|is|was|were|are|will|would|can|could|has|have|had|s|should|exactly|again)\b)\w+ \w+/;

/** Words a fan puts before the question itself ("ok so why…", "and when…"). */
const LEAD_INS = /^((ok|okay|so|and|but|also|then|wait|like|um|lol|hey|yo|molly|pls|please|ngl|tbh|honestly|lowkey) )+/;

export function questionKind(text: string): QuestionKind {
	// "I saw Tracy wrote something when his exit got announced, what did she say?": the first clause that opens
	// with a question word asks; a "when" inside another clause only sets the scene.
	const clauses = text
		.split(/[,;:?!]|\s[–—-]\s/)
		.map((c) => chatWords(c).join(' ').replace(LEAD_INS, ''))
		.filter((c) => c.length > 0);
	for (const [k, c] of clauses.entries()) {
		// "When Jesse got asked why he left, did he have a clear answer?": a "when" the subject follows sets the scene.
		if (k < clauses.length - 1 && SCENE_WHEN.test(c)) continue;
		const opening = KIND_PATTERNS.find(([, re]) => re.exec(c)?.index === 0);
		if (opening && clauses.length > 1) return opening[0];
	}
	const t = chatWords(text).join(' ').replace(LEAD_INS, '');
	let best: { kind: QuestionKind; at: number } | null = null;
	for (const [kind, re] of KIND_PATTERNS) {
		const m = re.exec(t);
		if (m && (best === null || m.index < best.at)) best = { kind, at: m.index };
	}
	return best?.kind ?? 'what';
}

/** What a broad word for one side of an either-or question weighs ("left" for "quit"), against 1 for a close one. */
const CHOICE_BROAD = 0.7;

/** The word and the words of its narrowest lexicon group, when it belongs to more than one (as phrases). */
function closest(c: Concept, vocab: Vocabulary): string[] {
	const word = c.alts[0] ?? [];
	const groups = word.length === 1 ? vocab.groupsOf(word[0] ?? '') : [];
	if (groups.length < 2) return c.alts.map((alt) => alt.join(' '));
	const narrow = [...groups].sort((g, h) => vocab.groupAlts([g]).length - vocab.groupAlts([h]).length)[0] ?? 0;
	return [word, ...vocab.groupAlts([narrow])].map((alt) => alt.join(' '));
}

/**
 * "Did she quit or was she fired?", "on Peacock or cable?": the words either side of "or" are one thing asked,
 * either of which answers; the one the articles lack is not missing from the answer.
 */
function joinAlternatives(concepts: Concept[], tokens: readonly string[], vocab: Vocabulary): void {
	tokens.forEach((t, k) => {
		if (t !== 'or' || vocab.saysEitherOr(tokens[k - 1] ?? '', tokens[k + 1] ?? '')) return;
		const order = concepts.map((c, i) => ({ c, at: c.at ?? -1, i })).sort((x, y) => x.at - y.at);
		const before = order.filter((x) => x.at < k).at(-1);
		const after = order.find((x) => x.at > k);
		if (!before || !after || k - before.at > 4 || after.at - k > 4) return;
		const [x, y] = [before.c, after.c];
		// "Season 11 or 14?" asks which; "married or does she have kids?" asks two things, one the articles lack.
		if ([x, y].some((c) => /^\d+$/.test(c.word) || (c.unknown && c.term))) return;
		const known = [x, y].filter((c) => !c.unknown);
		const alts = [...x.alts, ...y.alts];
		// Which of the two it was is told by the words closest to them ("quit": resigned), not by the broad ones both
		// share ("left").
		const close = new Set([x, y].flatMap((c) => closest(c, vocab)));
		const merged: Concept = {
			word: `${x.word} or ${y.word}`,
			alts,
			altWeights: alts.map((alt) => (close.has(alt.join(' ')) ? 1 : CHOICE_BROAD)),
			weight: known.length ? Math.max(...known.map((c) => c.weight)) : Math.max(x.weight, y.weight),
			unknown: known.length === 0,
			term: x.term || y.term,
			at: x.at,
		};
		concepts.splice(after.i, 1);
		concepts[before.i < after.i ? before.i : before.i - 1] = merged;
	});
}

/** Words that keep a question about no one on the show: its seasons, its people, its story. */
const SHOW_TALK =
	/^(?:show|shows|series|season|seasons|episode|episodes|ep|eps|finale|premiere|cast|character|characters|actor|actress|showrunner|writers|she|he|her|him|his|they|them|their|couple|partners?|ending|scene|storyline|stream|streaming|watch|air|airs|channel|network|nbc|peacock|franchise|spinoff|spoilers?)$/;

/** Between two questions asked in one: "…, and where was Hailey headed?", "…and who plays Halstead?". */
const SECOND_QUESTION =
	/(?:,\s*(?:and\s+|but\s+|also\s+)?|\s+(?:and|but)\s+(?:also\s+)?)(?=(?:what|which|when|who|whos|why|where|how)\b)/i;
/** A word that points back at someone named earlier ("…and who played her?"). */
const POINTS_BACK = /\b(?:she|he|her|him|his|hers|they|them|their|the actor|the actress)\b/i;

/**
 * Two questions asked in one ("when did Jay leave and when did Hailey leave?"), each of which stands alone;
 * null for one question, or when the second leans on the first ("…and who played her?").
 */
export function splitQuestions(question: string, vocab: Vocabulary): [string, string] | null {
	const at = SECOND_QUESTION.exec(question);
	if (!at) return null;
	const first = question.slice(0, at.index).trim();
	const second = question.slice(at.index + at[0].length).trim();
	if (SECOND_QUESTION.test(second)) return null;
	// "When they first got partnered, what did she tell him?": a comma alone may end a clause that sets the scene.
	if (!/\b(?:and|but|also)\b/i.test(at[0]) && !first.endsWith('?')) return null;
	if (!QUESTION_START.test(chatWords(first).join(' ').replace(LEAD_INS, ''))) return null;
	const content = (p: string) => chatWords(p).filter((w) => !STOPWORDS.has(w));
	if (content(first).length === 0 || content(second).length === 0) return null;
	if (POINTS_BACK.test(second) && vocab.findPeople(chatWords(second)).entities.length === 0) return null;
	return [first, second];
}

/**
 * Reads a question: its kind, the people it names (through the roster, typos forgiven), and the other things
 * it asks about, each widened by the lexicon and weighted by how rare it is in the articles.
 */
export function analyse(question: string, vocab: Vocabulary): Analysis {
	// In a chatty question ("ok I just finished the finale. why didn't they…?") the asking sentence leads and
	// the rest only adds context.
	// "…finale?? i literally waited the whole ep": a question mark ends the asking sentence, whatever follows.
	const opens = (p: string) => QUESTION_START.test(chatWords(p).join(' ').replace(LEAD_INS, ''));
	const besideQuestion = new Set<string>();
	const labels = new Set<string>();
	// "I missed the episode last night, when does it stream?": a statement, then the question after a comma.
	const parts = splitSentences(question)
		.map((sp) => question.slice(sp.start, sp.end))
		.flatMap((p) => p.split(ASKED_AFTER_STOP))
		// "random crossover question: who plays…": a label before a colon says what kind of question follows.
		.flatMap((p) => {
			const label = /^([^:?!.]{1,40}):\s+(?=\S)/.exec(p);
			if (!label?.[1] || !opens(p.slice(label[0].length))) return [p];
			labels.add(label[1]);
			return [label[1], p.slice(label[0].length)];
		})
		.flatMap((p) => p.split(/(?<=\?)\s+(?=\S)/))
		.flatMap((p) => {
			if (opens(p)) return [p];
			const pieces = p.split(ASKED_AFTER_COMMA);
			// What the statement tells is what the question asks about ("…said something about X, what was it?").
			if (pieces.length > 1) for (const piece of pieces) besideQuestion.add(piece);
			return pieces;
		})
		.filter((p) => p.trim().length > 0);
	// The sentence that opens with a question word asks ("…came in later?? which ep did they get partnered up");
	// failing that, the one with the question mark.
	const main = parts.find(opens) ?? parts.find((p) => /\?\s*$/.test(p)) ?? question;
	// "What was the name of the cartel?", "whats his dads name", "name of the ep where…": a name by the thing
	// named, whatever wh-word follows.
	const asking = chatWords(main).join(' ');
	const nameOf = NAME_OF.exec(asking);
	// "Who was the serial killer…?": the answer names the killer, beside the word.
	const whoThe = /^(?:\w+ )*?who (?:is|was|s|were) the (\w+(?: (?!(?:now|currently|today)\b)\w+)?)/.exec(asking)?.[1];
	const nameHead = nameOf
		? nameOf[1]
			? headNoun(asking.slice(nameOf.index + nameOf[0].length - nameOf[1].length))
			: nameOf[2]
		: undefined;
	// "name of the epsiode…": the thing named, spelt as the articles spell it.
	const named = nameHead === undefined ? undefined : vocab.correct(nameHead);
	const wh = questionKind(main);
	const kind = named !== undefined && wh !== 'who' ? 'what' : wh;
	// Words written with a capital mid-sentence: names ("Chicago Fire", "Will"), however English.
	const capitalised = new Set(
		parts.flatMap((p) => [...p.matchAll(/(?<=[\p{L},]\s+)\p{Lu}\p{Ll}+\b/gu)].map((m) => m[0].toLowerCase())),
	);
	const tokens: string[] = [];
	const weightOf: number[] = [];
	// "…Tracy called Jesse the greatest... what exactly?": a question with nothing of its own asks what was said.
	const bare = chatWords(main).every((w) => STOPWORDS.has(w) || QUESTION_START.test(w) || BARE_ASKING.has(w));
	for (const p of parts.length ? parts : [question])
		for (const w of chatWords(p)) {
			tokens.push(vocab.correct(vocab.unpossessive(w)));
			weightOf.push(
				p === main || parts.length < 2 ? 1 : labels.has(p) ? LABEL : bare || besideQuestion.has(p) ? 0.5 : 0.3,
			);
		}
	// "Who was Jay's partner before Hailey came along?": the rest of the question after "before" only dates what is
	// asked, and weighs less (names are found apart from weights).
	const dating = tokens.findIndex((t, i) => i > 2 && /^(before|after|until|since|once)$/.test(t));
	if (dating > 0) for (let i = dating + 1; i < tokens.length; i++) weightOf[i] = (weightOf[i] ?? 1) * DATING;
	// "Sigan called her arc a ride — what kind of ride?": a word the question itself says weighs in full.
	const inMain = new Set(tokens.filter((_, i) => weightOf[i] === 1).map((t) => stem(t)));
	tokens.forEach((t, i) => {
		if (inMain.has(stem(t))) weightOf[i] = 1;
	});
	// "Voight x Miller": an x between two names pairs them, as fans ship them.
	tokens.forEach((t, i) => {
		if (t === 'x' && vocab.isNameWord(tokens[i - 1] ?? '') && vocab.isNameWord(tokens[i + 1] ?? ''))
			tokens[i] = 'romance';
	});
	const { entities, used } = vocab.findPeople(tokens);
	// "Who plays Will?": a first name that is also a little word names its person where the question ends on it.
	const last = tokens.length - 1;
	const firstOnly =
		last > 0 && !used.has(last) && NAME_SLOT.test(tokens[last - 1] ?? '')
			? vocab.byFirstWord(tokens[last] ?? '')
			: undefined;
	if (firstOnly !== undefined && !entities.includes(firstOnly)) {
		entities.push(firstOnly);
		used.add(last);
	}
	// "Who plays Jay's brother Will on Med?": such a first name written with its capital mid-sentence names them.
	tokens.forEach((t, i) => {
		const id = used.has(i) || !capitalised.has(t) ? undefined : vocab.byFirstWord(t);
		if (id === undefined || entities.includes(id)) return;
		entities.push(id);
		used.add(i);
	});
	// "Who was the showrunner before Gwen Sigan?": when the only people named are in the clause that dates the
	// question, they are where the asking starts from, not whom it is about.
	if (kind === 'who' && dating > 0 && vocab.findPeople(tokens.slice(0, dating)).entities.length === 0)
		entities.splice(0, entities.length);
	const nameAt = new Set(used);
	// "Does Jesse still love the character?": the role of the actor named.
	tokens.forEach((t, i) => {
		if (!/^(character|role)$/.test(t) || !/^(the|his|her|that)$/.test(tokens[i - 1] ?? '')) return;
		const role = entities.map((id) => vocab.counterpartOf(id)).find((id) => id !== undefined && !entities.includes(id));
		if (role === undefined) return;
		entities.push(role);
	});
	// "Why did Tracy want to leave?": wanting is what a reason is, so the why carries it.
	if (kind === 'why')
		tokens.forEach((t, i) => {
			if (/^(want|wants|wanted|wanting)$/.test(t) && tokens[i + 1] === 'to') used.add(i).add(i + 1);
			// "…because of the story or Jesse": the because is the why asked again.
			if (t === 'because') used.add(i);
			if (t === 'because' && tokens[i + 1] === 'of') used.add(i + 1);
		});
	// "In the story", "irl": which side of the answer is wanted, not words it must contain.
	const sides = { real: false, story: false };
	for (const [phrase, side] of SIDE_PHRASES)
		for (let i = 0; i + phrase.length <= tokens.length; i++)
			if (phrase.every((w, j) => tokens[i + j] === w && !used.has(i + j))) {
				sides[side] = true;
				for (let j = 0; j < phrase.length; j++) used.add(i + j);
			}
	const concepts: Concept[] = [];
	const seen = new Set<string>();
	const joined = tokens.join(' ');
	const asksPerformer =
		/\b(play|plays|played|portray|portrays|actor|actress|cast)\b/.test(joined) &&
		(kind === 'who' || (kind === 'what' && !/\bwhat (did|does|do|is|was)\b/.test(joined)));

	const groupsUsed = new Set<number>();
	const add = (word: string, alts: string[][], groups: readonly number[], scale: number, position: number) => {
		// A word the articles lack, in the chat around the question rather than the question, is chat.
		if (scale < 1 && !alts.some((a) => vocab.has(a))) return;
		const present = alts.filter((a) => vocab.has(a));
		const unknown = present.length === 0;
		const idf = (alt: readonly string[]) => Math.min(...alt.filter((x) => !isParticle(x)).map((x) => vocab.idf(x)));
		const own = alts[0] ? idf(alts[0]) : 0;
		// A word the articles never use: an everyday English word may just be the fan's phrasing, but a name
		// or a term the articles lack ("Atwater", "France") means the question is about something else.
		const first = word.split(' ')[0] ?? '';
		// A capitalised word mid-sentence that the articles lack ("Chicago Fire") is a name, however English.
		// So is a word of the lexicon ("kids"): it names a thing fans ask about, not a way of asking.
		const missing = capitalised.has(first)
			? vocab.maxIdf()
			: groups.length > 0
				? LEXICON_MISSING * vocab.maxIdf()
				: missingWeight(first, vocab.maxIdf());
		const found = own > 0 ? own : Math.max(...present.map(idf));
		// An everyday word the articles happen to use once or twice ("big", "since") is rare there but says
		// little of what is asked.
		const everyday =
			groups.length === 0 && !capitalised.has(first) && (frequencyRank(first) ?? Infinity) <= EVERYDAY_RANK;
		const weight = unknown ? missing : everyday ? Math.min(found, EVERYDAY_WEIGHT) : found;
		for (const g of groups) groupsUsed.add(g);
		const name = !unknown && groups.length === 0 && vocab.isProperName(first) && !vocab.isNameWord(first);
		concepts.push({
			word,
			alts,
			weight: weight * scale,
			unknown,
			term: groups.length > 0,
			at: position,
			...(name ? { name } : {}),
		});
	};
	const kindWords = KIND_WORDS[kind];
	const wordsAsked = WORDS_ASKED.exec(asking)?.[1];
	const namedThing = NAMED_THING.exec(asking)?.[1];
	for (const p of vocab.findPhrases(tokens)) {
		const phrase = tokens.slice(p.at, p.at + p.length);
		if (phrase.some((_, j) => used.has(p.at + j))) continue;
		for (let j = 0; j < p.length; j++) used.add(p.at + j);
		if (p.also !== undefined) used.add(p.also);
		if (groupsUsed.has(p.group)) continue;
		add(phrase.join(' '), vocab.groupAlts([p.group]), [p.group], weightOf[p.at] ?? 1, p.at);
	}

	tokens.forEach((w, i) => {
		if (used.has(i) || STOPWORDS.has(w) || vocab.isShowWord(w)) return;
		// "What time does Chicago Med air?": another show of the same name, which the answer must name.
		const show = tokens[i - 1] ?? '';
		// "Chicago Fire", which no article names, is another show as much as "Chicago Med" is.
		const otherShow = () =>
			vocab.namesOtherShow(show, w) ||
			(vocab.startsShowName(show) &&
				!STOPWORDS.has(w) &&
				vocab.documentFrequency(stem(w)) === 0 &&
				// Written with capitals, the question capitalises a show's name ("Chicago Fire", not "Chicago matter").
				(capitalised.has(w) || question === question.toLowerCase()));
		if (vocab.isShowWord(show) && !used.has(i - 1) && otherShow()) {
			concepts.push({
				word: `${show} ${w}`,
				alts: [[stem(show), stem(w)]],
				weight: vocab.maxIdf(),
				unknown: false,
				term: false,
				at: i,
				required: true,
			});
			return;
		}
		// "How did the show write Jay off?": "the show" is Chicago P.D. itself, named by every article.
		if (THE_SHOW.has(w) && /^(the|this)$/.test(tokens[i - 1] ?? '') && namedThing === undefined) return;
		if (kindWords?.has(w) || w === wordsAsked) return;
		const n = NUMBER_WORDS[w] ?? (/^\d+$/.test(w) ? Number(w) : undefined);
		const s = n !== undefined && n < 100 ? String(n) : stem(w);
		if (seen.has(s)) return;
		seen.add(s);
		const groups = vocab.groupsOf(s);
		if (groups.length > 0 && groups.every((g) => groupsUsed.has(g))) return;
		// "New York": a word that begins a name the articles capitalise is part of the name, not an adjective.
		const next = tokens[i + 1] ?? '';
		const inName = next !== '' && !vocab.isNameWord(next) && vocab.namesTogether(w, next);
		add(w, inName ? [[s]] : [[s], ...vocab.synonyms(s)], inName ? [] : groups, weightOf[i] ?? 1, i);
	});
	// "How did Jay's dad die?": a relative of someone named is who the question is about, and a quote that does
	// not name the relative is about someone else, however much else it shares.
	for (const c of concepts) if (KIN_WORDS.has(c.word) && c.at !== undefined && nameAt.has(c.at - 1)) c.required = true;
	// "Who's the showrunner now?": a closing "now" dates the question; it is not what the answer is about. But
	// "what show is he on now" asks for a show of now, which a show he was on is not.
	const closing = concepts.find(
		(c) => NOW.has(c.word) && c.at !== undefined && c.at + c.word.split(' ').length === tokens.length,
	);
	if (closing && concepts.length > 1 && !namedThing) closing.weight *= NOW_WEIGHT;
	joinAlternatives(concepts, tokens, vocab);
	// "Which unit does she work in?": the thing a which-question names is what the answer must name.
	const head = /^(?:which|what) (\w+)/.exec(asking.replace(LEAD_INS, ''))?.[1];
	if (head && kind === 'what' && namedThing === undefined)
		for (const c of concepts) if (c.word === head && !c.unknown) c.weight *= HEAD_WEIGHT;
	// "What magazine did she talk to?": a kind of name the articles never use is not a word the answer must hold.
	// "What is Samantha Miller's job title?": the title before a name answers, as for "who is".
	const title = TITLE_FIRST.exec(joined) ?? TITLE.exec(joined);
	// "…and what's his rank": the title of the one person asked about, named or not.
	const asksTitle =
		(kind === 'what' || kind === 'who') &&
		entities.length === 1 &&
		title !== null &&
		(vocab.isNameWord(title[1] ?? '') || /^(his|her|their)$/.test(title[1] ?? ''));
	const asked = concepts.filter(
		(c) =>
			// "Which outlet did she tell?": TVLine answers without the word "outlet".
			!((c.unknown || OUTLET_THINGS.has(namedThing ?? '')) && stem(c.word) === stem(namedThing ?? '')) &&
			!(named !== undefined && (c.word === 'name' || c.word === 'title')) &&
			!(asksTitle && TITLE_WORDS.has(c.word)),
	);
	// "Who replaced Upton?": the doing asked about is a word no article uses, so none says who did it.
	const mainWords = chatWords(main);
	const mainText = mainWords.join(' ');
	const asksOpinion = ASKS_OPINION.test(mainText);
	const whoAt = tokens.findIndex((t) => t === 'who' || t === 'whose');
	const verb = whoAt >= 0 ? tokens.slice(whoAt + 1).find((t) => !STOPWORDS.has(t)) : undefined;
	const unknownDoing = kind === 'who' && !asksPerformer && asked.some((c) => c.word === verb && c.unknown && !c.term);
	const doing =
		kind === 'who' && verb !== undefined && tokens[whoAt + 1] === verb
			? (asked.find((c) => c.word === verb && !c.unknown) ?? null)
			: null;
	const event = kind === 'how' || kind === 'why' ? eventOf(tokens, nameAt, asked) : null;
	return {
		question,
		kind,
		event,
		// "What kept her from telling him?" asks why something did not happen.
		negated: /\b(not|never|no longer)\b|\bwhat (kept|stopped|prevented)\b/.test(mainText),
		timeUnit: timeUnitOf(mainText),
		sides,
		asksWords: asksOpinion || ASKS_WORDS.test(mainText),
		asksOpinion,
		// With no roster, people are only words of the articles ("who plays Jonah Kessling?"): no one can be missing.
		offShow:
			!vocab.namesFromText &&
			entities.length === 0 &&
			!tokens.some((t) => (vocab.isShowWord(t) && !vocab.startsShowName(t)) || SHOW_TALK.test(t)),
		// "Who did Jay open up to…" in the story is told someone, not an outlet.
		asksName:
			OUTLET_WHO.test(asking) && !vocab.isCharacter(entities[0] ?? '')
				? 'outlet'
				: namedThing === undefined
					? named === undefined
						? null
						: 'name'
					: TITLE_THINGS.has(namedThing)
						? 'title'
						: OUTLET_THINGS.has(namedThing)
							? 'outlet'
							: 'name',
		nameOf: named === undefined ? (whoThe ? stem(headNoun(whoThe)) : null) : stem(named),
		nameModifier: modifierOf(
			namedThing === undefined ? null : MODIFIER.exec(asking)?.[1],
			vocab,
			TITLE_THINGS.has(namedThing ?? ''),
		),
		counts: /\bhow many (episodes|eps)\b/.test(mainText) ? 'episodes' : null,
		asksForUnknown: asksForUnknown(mainWords, asked) || unknownDoing,
		entities: vocab.oneSlotPerRole(entities),
		concepts: asked,
		asksPerformer,
		named: entities,
		doing,
		seasons: seasonsIn(asking),
	};
}
