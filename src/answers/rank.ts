import { escapeRegExp } from '../regexp';
import { seasonsIn } from '../spoilers/seasons';
import type { Person, Roster } from './data';
import type { Analysis, Concept } from './question';
import { terms, words } from './text';
import type { QuestionKind } from './types';
import { type Token, tokensOf, type Unit } from './units';
import { isParticle } from './vocabulary';

/** How well a unit answers a question: `coverage` (0..1) decides whether to answer at all, `score` ranks. */
export interface Scored {
	unit: Unit;
	coverage: number;
	cue: number;
	/** How strongly the unit is about the people the question names (0..1; 1 when it names none). */
	about: number;
	/** The same, averaged over all the people named: a question about two people wants both. */
	aboutAll: number;
	/** Share of the question's words (people aside) the unit matches; 1 when the question has none. */
	conceptCoverage: number;
	/** The same within the unit's best clause, for questions whose words must hang together ("who directed…"). */
	clauseCoverage: number;
	/** Bonus for the side asked about (an actor's name asks behind the scenes) and for the person's own words. */
	voice: number;
	score: number;
}

const SEASON_OR_DATE =
	/\b(season|series) (\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) season\b|\b(19|20)\d\d\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(premiere|finale)\b|\b(Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b|\b\d+ ?[ap]\.m\.|\b(the next day|the following day|the same day|next week|a day later)\b/i;
/** When something happened to the real people (news, an interview), a date answers better than a season. */
const REAL_SEASON = 0.7;
/** When news came out ("when was it announced", "when did we find out"), the date it broke answers, not a season. */
const NEWS_SEASON = 0.5;
const NEWS = new Set(['announc', 'news', 'confirm', 'report', 'reveal']);
/** ...and when it happened in the story, a season answers better than the date the news came out. */
const STORY_DATE = 0.8;
/** Words for the people making the show and their dealings: a question using them asks behind the scenes. */
const BEHIND_THE_SCENES =
	/\b(showrunners?|writers?|producers?|actors?|actress(es)?|cast|castmates?|co-?stars?|creators?|network|contracts?|interviews?|boss)\b/i;
/** What answers "what year", "which month", "which season", "what night". */
const TIME_UNITS = {
	year: /\b(19|20)\d\d\b/,
	month: /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/,
	season:
		/\b(season|series) (\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) season\b/i,
	day: /\b(Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?)\b/,
	hour: /\b\d{1,2}(:\d\d)? ?[ap]\.?m\b|\bo['’]clock\b|\b(noon|midnight)\b/i,
} as const;
const REASON =
	/\bsince (it|he|she|they|we|i|you|there|this|that)\b|\b(because|reason|wanted|want to|decided|decision|ready for|time to|to join|left to|curious|keen to|pursue|considered|choice|needed|so that|in order to|fresh start|take a risk|grow|came down to|didn[’']t involve|final nail|failed to|stopped answering|due to|punish\w*|for \w+ing|there[’']?s not much|there is not much|not much (?:that|left)|nothing (?:left|more) to)\b/i;
/** "Why didn't she tell him?": what got in the way ("she comes close… but then they were interrupted"). */
const PREVENTED =
	/\b(but then|interrupted|came close|comes close|not in the right|wasn[’']t ready|not ready|got in the way|instead)\b/i;
/** "Her reason for leaving didn't involve her ex" says what the reason was not: a weak answer to "why did she leave". */
const NEGATED_REASON = 0.4;
/** Weaker than a stated reason: the circumstances around it ("when his father died"). */
const CIRCUMSTANCE =
	/\b(when|after|following|despite|as) (his|her|their|the)\b|\bfelt like\b|\bupon \w+ing\b|\bthinking\b/i;
const PLACE = /\b(?:in|to|at|from|on|for) (?:the )?([A-Z][a-z’']+)/g;
/** "Where did she go", "where did Erin move to": a question for where someone went. */
const GOING =
	/\b(?:go|goes|going|went|gone|move|moved|moving|head|headed|heading|fly|flew|flying|relocate|relocated)\b/i;
const PLACE_NOUN = /\b(airport|country|city|abroad|overseas|town|state(?! of))\b/;
const MONTHS_AND_DAYS =
	'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays'.split(
		' ',
	);
const NOT_PLACES = new Set([...MONTHS_AND_DAYS, 'variety', 'tvline', 'nbc', 'instagram']);
/** A where-question about something said asks for the venue it was said in. */
const SAYING =
	/\b(say|said|tease[sd]?|teasing|talk(ed)?|reveal(ed)?|announce[sd]?|confirm(ed)?|explain(ed)?|post(ed)?|rumou?rs?|come from|came from|hints?|hinted|hinting|open(ed)? up|interview(ed)?|speak|spoke)\b/i;
const VENUE = /\b(event|interview|panel|podcast|press|conference|Instagram|post|red carpet)\b/;
const TOLD =
	/\b(?:told|tells|telling|according to|speaking to|spoke to|talking to|talked to|opened up to|explained to|revealed to|said to|interview with|interviewed by)(?: the)? ([A-Z][\w’']*)/g;

/** An event, an interview or an outlet told something ("a source told the New York Post"), not a person told. */
function namesVenue(text: string, personByWord: ReadonlyMap<string, string>, events = true): boolean {
	if (events && VENUE.test(text)) return true;
	for (const m of text.matchAll(TOLD))
		if (!personByWord.has((m[1] ?? '').toLowerCase().replace(/[’']s$/, ''))) return true;
	return false;
}
const REPORTED = /\b(?:reported|reports|report|broke the news|broke|leaked|spilled|revealed|announced|first said)\b/i;
const DURATION =
	/\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|few)[- ](years?|seasons?|decades?|months?|episodes?)\b|\bdecade\b/i;
const COMPARES = /\b(compare[sd]?|comparing|comparison|liken(ed)?|analogy|similar to)\b/i;
const LIKENESS = /\b(like a|as if|as though|similar to|the same as|in a family|kind of like|it['’]s like|just like)\b/i;
const HYPOTHETICAL = /\bwould have\b|\bwould['’]ve\b/i;
const HYPOTHETICAL_QUESTION = /\bwould\b|\bwouldve\b|\bif\b|['’]d have\b/i;
const EPISODE_COUNT = /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)[- ]episodes\b/i;
const AGE = /, \d{1,2},|\b\d{1,2}[- ]years?[- ]old\b|\bturn(ed)? \d{2}\b|\bage\b/i;
const EPISODE =
	/\bepisode (\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final) episode of\b|\bseason \w+ (premiere|finale)\b|\bcalled [“"‘]|[“"‘][A-Z][a-z]+( [a-z]+)*( [A-Z][a-z]+)*[,.]?[”"’]/;
const PERFORMER =
	/\([A-Z][a-z]+( [A-Z][a-z]+)+\)|\bplay(s|ed)\b|\bportray(s|ed|er)?\b|\bas (Detective |Sergeant |Officer |Lieutenant |Captain |Chief |Nurse |Dr\. |Doctor )?[A-Z][a-z]+ [A-Z]|\bplayed by\b/;
const DEFINITION =
	/\b(means?|meaning|of course is|refers to|stands for|combined names|short for|known as|is (a|an|the) )\b/;
/** Words that introduce who someone is: a title before the name, a relation, a role. */
const INTRODUCES =
	'Sergeant|Sgt\\.|Detective|Officer|Deputy Superintendent|Superintendent|showrunner|producer|creator|brother|sister|ex-girlfriend|girlfriend|boyfriend|partner|husband|wife|father|mother|colleague|portrayer|actor|actress|star|co-star';
const NEGATION = /\b(not|never|nor|no longer)\b|n[’']t\b/i;
const FUTURE_QUESTION = /\b(will|gonna|going to|would be|upcoming|plans?|planned|next season|ahead)\b/i;
const FUTURE = /\b(will|going to|upcoming|ahead|plans?|this season)\b/i;
const SPECULATION = /^(Perhaps|Maybe|It[’']s possible|We[’']re hoping)\b/;

/** The one-word ways a concept may be said, as stems ("showrunn", "boss"; not the "run" of "run the show"). */
function oneWordAlts(c: Concept): string[] {
	return c.alts.flatMap((alt) => (alt.length === 1 && alt[0] !== undefined ? [alt[0]] : []));
}

const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'got', 'gets', 'get', 'getting']);

/** "How did she get to the airport", "how does Upton leave Chicago": a way of travelling asked for. */
const TRAVEL =
	/\bhow (?:did|does|do|will|would|was|is) .*\b(?:get|got|go|went|travel|leave|left|head|make it|reach|arrive)\b/i;
const MEANS =
	/\b(?:took|take|takes|taking|by|in|hailed|hails|caught|catches|boarded|boards|hopped in|got in|gets in|into) (?:a |an |the |her |his )?(?:cab|taxi|plane|flight|train|bus|car|uber|boat|helicopter)\b|\b(?:drove|drives|flew|flies|walked|walks)\b/i;

/** "What's the plot of…", "what happens in…", "what is she up against in her final episode": the story's events. */
const PLOT_QUESTION =
	/\b(plot|storyline|story line|arc|happens?|happening|going on|up against|doing|trying to do|mission|about)\b.*\b(final|last|finale|premiere|episodes?|eps?|storyline|arc|exit|goodbye|farewell)\b/i;
const GUESSED = /\b(think|thought|theori[sz]\w*|expect\w*|predict\w*|guess\w*|hop(e|ed|ing)|speculat\w*)\b/i;
/** Someone in the story doing something: "working against the clock to save…", "investigated a double homicide". */
const STORY_ACTION =
	/\b(working|trying|racing|fighting|battling|struggl\w+|investigat\w+|hunting|tracking|chasing|saving|to save|rescu\w+|searching)\b/i;

const ARTICLES = new Set(['a', 'an', 'the']);
/** Words before a thing someone has or suffers: "with a bullet", "after the shooting". */
const HAD_WITH = new Set(['with', 'of', 'from', 'after', 'despite']);

/** Whether the unit tells of the doing only in the passive with no "by" after it ("Jay again was shot in…"). */
function doneToNoOne(unit: Unit, doing: Concept, q: Query): boolean {
	const tokens = tokensOf(unit, q.personByWord);
	const said = oneWordAlts(doing);
	const stems = new Set(said);
	const at = tokens.flatMap((t, i) => (t.stem !== null && stems.has(t.stem) ? [i] : []));
	if (at.length === 0) return false;
	return at.every((i) => {
		const passive = PASSIVE.has(tokens[i - 1]?.word ?? '') || PASSIVE.has(tokens[i - 2]?.word ?? '');
		// "…finding him with a bullet in him": the doing as a thing had, with no one doing it.
		const thing =
			tokens[i]?.stem !== said[0] && ARTICLES.has(tokens[i - 1]?.word ?? '') && HAD_WITH.has(tokens[i - 2]?.word ?? '');
		return (passive || thing) && !tokens.slice(i + 1, i + 6).some((t) => t.word === 'by');
	});
}

/** Whether a unit names someone asked about and the actor who plays them (or the character they play). */
export function namesPerformer(unit: Unit, named: readonly string[], related: Map<string, string[]>): boolean {
	return named.some((id) => unit.mentions.has(id) && (related.get(id) ?? []).some((other) => unit.mentions.has(other)));
}

/**
 * A place named after a preposition ("in Bolivia", "to the Chicago O’Hare Airport"), not a person, a month or a
 * place the question names.
 */
function namesPlace(
	text: string,
	personByWord: ReadonlyMap<string, string>,
	asked: ReadonlySet<string>,
	going = false,
): boolean {
	if (PLACE_NOUN.test(text)) return true;
	for (const m of text.matchAll(PLACE)) {
		// "Where did Erin go?" is not answered by where she went from ("her departure … from Chicago").
		if (going && m[0].startsWith('from')) continue;
		const w = (m[1] ?? '').toLowerCase().replace(/[’']s$/, '');
		// "Which city in Bolivia…" is not answered by "in Bolivia".
		if (!personByWord.has(w) && !NOT_PLACES.has(w) && !asked.has(w)) return true;
	}
	return false;
}

/** A two-word capitalised name the question does not contain: someone else, even with no roster. */
function namesSomeoneElse(text: string, q: Query): boolean {
	const asked = q.analysis.question.toLowerCase();
	// A name word of the person asked about ("Detective Hailey" when asked about Upton) is not someone else.
	const theirs = (w: string) => asked.includes(w) || q.ids.has(q.personByWord.get(w) ?? '') || TITLES.test(w);
	for (const m of text.matchAll(/(?<=\S\s)\b([A-Z][a-z]+) ([A-Z][a-z]+)\b/g))
		if (!theirs((m[1] ?? '').toLowerCase()) && !theirs((m[2] ?? '').toLowerCase())) return true;
	return false;
}

/**
 * A capitalised name mid-sentence that is not in the question, not a person and not this show: the title,
 * network or outlet a "what show…" question asks for.
 */
function namesSomethingElse(text: string, q: Query): boolean {
	const other = (w: string) =>
		w.length > 1 &&
		!q.questionWords.has(w) &&
		!q.showWords.has(w) &&
		!q.personByWord.has(w) &&
		!CALENDAR.has(w) &&
		!TITLES.test(w);
	for (const m of text.matchAll(/(?<=[\p{L},;:]\s+)\p{Lu}[\p{L}’'.]*(?:\s+\p{Lu}[\p{L}’'.]*)*/gu)) {
		// A title is not the outlet someone talked to ("a source told the New York Post").
		if (q.analysis.asksName === 'title' && OUTLET_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
		if (words(m[0]).some(other)) return true;
	}
	return false;
}

/**
 * A name beside the thing it names ("the cartel, Los Zetas", "her father, Frank"): a capitalised word within
 * three words of the thing, not in the question and not a month or a title.
 */
function nameBy(thing: string, unit: Unit, q: Query): boolean {
	// The thing and its one-word synonyms.
	const concept = q.analysis.concepts.find((c) => c.alts[0]?.[0] === thing);
	const alts = new Set([thing, ...(concept ? oneWordAlts(concept) : [])]);
	// Most units do not hold the thing at all: no need to read them word by word.
	if (![...alts].some((x) => unit.stemSet.has(x))) return false;
	const forPerson = RELATIVES.has(thing) || PEOPLE_NOUNS.has(thing);
	const { raw, stems } = rawWordsOf(unit);
	// The thing as the fan wrote it, not another word of its stem: "the final nail" is no finale.
	const asked = concept ? singular(concept.word) : '';
	const at = stems.flatMap((s, i) =>
		alts.has(s) && (s !== thing || !asked || singular(words(raw[i] ?? '')[0] ?? '') === asked) ? [i] : [],
	);
	return raw.some((w, i) => {
		if (!/^[“"‘(]?\p{Lu}\p{Ll}/u.test(w) || i === 0) return false;
		const word = words(w)[0] ?? '';
		// A person names a relative or a partner ("his brother, Will Halstead"), not an episode or a cartel.
		const person = q.personByWord.get(word);
		if (q.questionWords.has(word) || q.showWords.has(word) || CALENDAR.has(word) || TITLES.test(word)) return false;
		if (person && (q.ids.has(person) || !forPerson)) return false;
		// "a cartel in Bolivia": a place it is in is not its name.
		if (/^(in|to|from|at|across|near|around)$/i.test(raw[i - 1] ?? '')) return false;
		return at.some((j) => j !== i && Math.abs(i - j) <= 3);
	});
}

/** A word without a plural ending: "episodes" and "episode" are one thing. */
function singular(word: string): string {
	return word.replace(/(?<=\w{3})e?s$/, '');
}

const rawCache = new WeakMap<Unit, { raw: string[]; stems: string[] }>();
/** A unit's words as written (split at white space, capitals and quotes kept) and the first stem of each. */
function rawWordsOf(unit: Unit): { raw: string[]; stems: string[] } {
	let found = rawCache.get(unit);
	if (!found) {
		const raw = unit.text.split(/\s+/);
		found = { raw, stems: raw.map((w) => terms(w)[0] ?? '') };
		rawCache.set(unit, found);
	}
	return found;
}

/** Stems of nouns for people, whose names may be roster names: "his partner's name". */
const PEOPLE_NOUNS = new Set([
	'partner',
	'husband',
	'wife',
	'boss',
	'friend',
	'actor',
	'actress',
	'showrunn',
	'charact',
]);

const OUTLET_BEFORE = /\b(told|tells|telling|to|with|according to)( the)? $/;

/** Capitalised words that name a time or a part of a show, not a thing of their own. */
const CALENDAR = new Set([...MONTHS_AND_DAYS, 'season', 'series', 'episode', 'part']);

const TITLES = /^(detective|sergeant|officer|deputy|superintendent|lieutenant|captain|doctor|dr|chief)$/;

function cueFor(kind: QuestionKind, unit: Unit, q: Query, others: boolean): number {
	const t = unit.text;
	const a = q.analysis;
	// "Who is Erin Lindsay?", or a bare "Upstead": the sentence that introduces them answers best.
	// "Who plays Jay?": best is a quote naming Jay beside his actor; any casting a little.
	if (a.asksPerformer) {
		if (!PERFORMER.test(t)) return 0;
		// "Who played Hailey's husband?": the cast of the husband, which her own casting is not.
		const kin = a.concepts.find((c) => c.required && KIN.has(c.alts[0]?.[0] ?? ''));
		if (kin) {
			const asked = kin.alts[0]?.[0] ?? '';
			return oneWordAlts(kin).some((w) => sameKin(asked, w) && unit.stemSet.has(w)) ? 1 : 0;
		}
		return namesPerformer(unit, a.named, q.related) ? 1 : 0.5;
	}
	if (q.identity && (kind === 'who' || kind === 'what'))
		return q.identity.test(t) ? 1 : kind === 'what' && DEFINITION.test(t) ? 0.5 : 0;
	switch (kind) {
		case 'why':
			// "Why didn't she tell him?": what got in the way answers.
			if (a.negated && PREVENTED.test(t)) return 1;
			// "Her reason for leaving didn't involve her ex" says what the reason was not: less of a reason,
			// unless the question asks why something did not happen.
			return REASON.test(t) ? (!a.negated && NEGATION.test(t) ? NEGATED_REASON : 1) : CIRCUMSTANCE.test(t) ? 0.5 : 0;
		case 'when': {
			const cue = timeCue(unit, q);
			return cue > 0 && timeOfOtherEvent(unit, a) ? cue * OTHER_EVENT_TIME : cue;
		}
		case 'where':
			// "Where did Soffer tease more romance?" asks where it was said: an event, an interview, an outlet.
			if (SAYING.test(a.question) && namesVenue(t, q.personByWord)) return 1;
			return namesPlace(t, q.personByWord, q.questionWords, q.asksWhereTo) ? 1 : 0;
		case 'who':
			// "Who shot Jay?" is not answered by "Jay was shot": a doing told without its doer.
			if (a.doing && doneToNoOne(unit, a.doing, q)) return 0;
			// "Who was the serial killer?": a name beside the killer, not anyone named anywhere.
			if (a.nameOf) return nameBy(a.nameOf, unit, q) ? 1 : 0;
			// "Who broke the news that they're dating?": whoever was told it ("a source told the New York Post").
			if (REPORTED.test(a.question) && namesVenue(t, q.personByWord, false)) return 1;
			// "Who did Sigan talk to about it?": the outlet she gave the interview.
			if (a.asksName === 'outlet') return namesVenue(t, q.personByWord, false) ? 1 : 0;
			return others || namesSomeoneElse(t, q) ? 1 : 0;
		case 'how-long':
			// "How many episodes" is a count of episodes, not a number of years.
			if (a.counts === 'episodes') return EPISODE_COUNT.test(t) ? 1 : 0;
			return DURATION.test(t) ? 1 : 0;
		case 'how-old':
			// "I would have turned 40" answers "how old would he have been", not "how old is he".
			if (HYPOTHETICAL.test(t) && !HYPOTHETICAL_QUESTION.test(a.question)) return 0;
			return AGE.test(t) ? 1 : 0;
		case 'which':
			return EPISODE.test(t) ? 1 : 0;
		case 'how':
		case 'what':
			// "What did Jesse compare leaving to?", "how does he compare it to a family?": a likeness answers ("In a
			// family, sometimes somebody moves away"). It is the whole answer, so it counts double.
			if (COMPARES.test(a.question)) return LIKENESS.test(t) ? 2 : 0;
			// "What did Jay do to Hailey while he was away?": told with him doing it ("Halstead failed to tell his wife").
			if (q.doer) {
				const { id, named, pronoun } = q.doer;
				// "…before she packed up her apartment": she, where the unit is about the one asked after.
				return named.test(t) || (pronoun?.test(t) && (unit.people.get(id) ?? 0) >= 0.6) ? 1 : 0;
			}
			// "What did Tracy post?", "how does she feel about the cast?": her own words answer, anyone's quoted words a little.
			if (a.asksWords && unit.sentence.quoted) {
				const speaker = unit.speaker ? q.byName.get(unit.speaker) : undefined;
				// The character's words for a question naming the character, the actor's for one naming the actor.
				// What the actor said in an interview is not what the character said in the story.
				if (speaker?.id === a.named[0]) return 1;
				if (speaker && isSubject(speaker.id, q) && !(q.wantsStory && unit.side === 'real')) return 0.6;
				return a.asksOpinion ? 0 : 0.3;
			}
			// "How did Upton get to the airport?": the way she went ("took a cab").
			if (kind === 'how') return TRAVEL.test(a.question) && MEANS.test(t) ? 1 : 0;
			if (a.nameOf) return nameBy(a.nameOf, unit, q) ? 1 : 0;
			// "Which outlet did Sigan talk to?": the one told ("she told TVLine"), not any name.
			if (a.asksName === 'outlet') return namesVenue(t, q.personByWord, false) ? 1 : 0;
			if (a.asksName) return namesSomethingElse(t, q) ? 1 : 0;
			// "What's the plot of Upton's final episode?": what she does in it ("working against the clock to save…").
			// What fans thought would happen is another question.
			if (PLOT_QUESTION.test(a.question) && !GUESSED.test(a.question)) return STORY_ACTION.test(t) ? 1 : 0;
			return DEFINITION.test(t) ? 0.3 : 0;
		default:
			return 0;
	}
}

/** Whether every word of a phrase is among the stems, in any order (its little words aside). */
function holds(stems: ReadonlySet<string>, alt: readonly string[]): boolean {
	return alt.every((s) => isParticle(s) || stems.has(s));
}

function hasPhrase(unit: Unit, alt: readonly string[], asked: Asked): boolean {
	if (alt.length === 1) return unit.stemSet.has(alt[0] ?? '');
	if (!holds(unit.stemSet, alt)) return false;
	if (alt.some(isParticle)) {
		// "move on", "written off": the little words count, so the phrase is matched word by word.
		const tokens = tokensOf(unit, asked.personByWord);
		const same = (t: Token | undefined, s: string) => (isParticle(s) ? t?.word === s.slice(1) : t?.stem === s);
		for (let i = 0; i + alt.length <= tokens.length; i++) if (alt.every((s, j) => same(tokens[i + j], s))) return true;
		return false;
	}
	for (let i = 0; i + alt.length <= unit.stems.length; i++)
		if (alt.every((s, j) => unit.stems[i + j] === s)) return true;
	return false;
}

/**
 * Whether a matched word belongs to someone other than the people asked about: "the departure of Jay's
 * ex-girlfriend", or the nearest name or gendered pronoun before it ("After Hailey returned", "His decision").
 */
function ownedByOther(unit: Unit, alt: readonly string[], asked: Asked): boolean {
	const tokens = tokensOf(unit, asked.personByWord);
	const at = tokens.findIndex((t) => t.stem === alt[0]);
	if (at < 0) return false;
	if (tokens[at + 1]?.word === 'of')
		for (let i = at + 2; i <= at + 6; i++) {
			const t = tokens[i];
			// "the departure of Jay's ex-girlfriend" is hers, not Jay's.
			if (t?.person) return !asked.ids.has(t.person) || RELATIVES.has(tokens[i + 1]?.word ?? '');
		}
	// "when his father died": the word belongs to the relative, not to him.
	if (RELATIVES.has(tokens[at - 1]?.word ?? '')) return true;
	for (let i = at - 1; i >= 0 && i >= at - 8; i--) {
		const t = tokens[i];
		if (t?.gender) return asked.genders.size > 0 && !asked.genders.has(t.gender);
		if (t?.person) return !asked.ids.has(t.person);
	}
	return false;
}

const RELATIVES = new Set([
	'father',
	'dad',
	'mother',
	'mom',
	'brother',
	'sister',
	'son',
	'daughter',
	'colleague',
	'ex',
	'boyfriend',
	'girlfriend',
]);

/** Relatives and partners: "who plays her husband" asks for someone beside her, not for her. */
const KIN = new Set([...RELATIVES, 'partner', 'husband', 'wife', 'boss', 'friend']);

/** Two words for one relation: a dad is a father; a partner is not a husband, nor a husband a wife. */
function sameKin(asked: string, word: string): boolean {
	const kinds = [
		['father', 'dad'],
		['mother', 'mom'],
	];
	return asked === word || kinds.some((k) => k.includes(asked) && k.includes(word));
}

const NO_ONE: Asked = { ids: new Set(), genders: new Set(), personByWord: new Map() };

interface Asked {
	ids: ReadonlySet<string>;
	genders: ReadonlySet<'f' | 'm'>;
	personByWord: ReadonlyMap<string, string>;
	/** "Why did Upton leave?": the event asked about, which someone else's ("his decision to leave") is not. */
	event?: Concept | null;
}

/** What someone else's doing of the event asked about still counts: little ("his decision to leave"). */
const OTHERS_EVENT = 0.3;
/** The share of its reason a unit keeps when it does not tell the event a why-question asks about. */
const UNTOLD_EVENT_CUE = 0.5;

function matchConcept(c: Concept, unit: Unit, asked: Asked): number {
	let best = 0;
	c.alts.forEach((alt, i) => {
		let w = c.altWeights?.[i] ?? (i === 0 ? 1 : 0.9);
		if (asked.ids.size > 0 && ownedByOther(unit, alt, asked)) w *= c === asked.event ? OTHERS_EVENT : 0.7;
		if (w > best && hasPhrase(unit, alt, asked)) best = w;
		else if (w * 0.9 > best && alt.every((s) => unit.meta.has(s))) best = w * 0.9;
		else if (w * 0.4 > best && unit.context.some((set) => alt.every((s) => set.has(s)))) best = w * 0.4;
	});
	return best;
}

/** Relations that let a question about a character find words about the actor, and the reverse. */
export function counterparts(roster: Roster): Map<string, string[]> {
	const map = new Map<string, string[]>();
	const link = (a: string, b: string) => map.set(a, [...(map.get(a) ?? []), b]);
	for (const p of roster.people) {
		if (!p.playedBy) continue;
		link(p.id, p.playedBy);
		link(p.playedBy, p.id);
	}
	return map;
}

function matchEntity(id: string, unit: Unit, roster: Roster, related: Map<string, string[]>): number {
	if (id.startsWith('pair:')) {
		if (unit.people.get(id)) return 1;
		const members = roster.pairs.find((p) => `pair:${p.name.toLowerCase()}` === id)?.members ?? [];
		const m = members.map((x) =>
			Math.max(unit.people.get(x) ?? 0, ...(related.get(x) ?? []).map((r) => (unit.people.get(r) ?? 0) * 0.8)),
		);
		return m.reduce((s, x) => s + x, 0) / Math.max(1, m.length);
	}
	const own = unit.people.get(id) ?? 0;
	const via = Math.max(0, ...(related.get(id) ?? []).map((r) => (unit.people.get(r) ?? 0) * 0.8));
	return Math.max(own, via);
}

/** The share of the people a unit names that are the ones asked about (or their actor or character). */
function focus(unit: Unit, asked: ReadonlySet<string>): number {
	let mine = 0;
	let all = 0;
	for (const [id, strength] of unit.people) {
		if (id.startsWith('pair:') || strength < 0.6) continue;
		// Names count as often as they occur; someone only referred to ("his exit") counts a little.
		const n = strength === 1 ? (unit.mentions.get(id) ?? 1) : 0.6;
		all += n;
		if (asked.has(id)) mine += n;
	}
	return all === 0 ? 1 : mine / all;
}

const seasonCache = new WeakMap<Unit, number[]>();
/** The seasons a unit names by number, worked out once per unit. */
function seasonsOf(unit: Unit): number[] {
	let found = seasonCache.get(unit);
	if (!found) {
		found = seasonsIn(unit.text);
		seasonCache.set(unit, found);
	}
	return found;
}

/** Yes-no questions for which a "no" is as good an answer as a "yes". */
const ANY_AT_ALL = /\b(?:anything|at all|ever)\b/i;

/** What a quote naming only other seasons than the one asked about loses. */
const OTHER_SEASON = 0.2;

/** How much holding the kind of answer asked for counts: most for questions whose answer has a set shape. */
const CUE_WEIGHT: Partial<Record<QuestionKind, number>> = { why: 0.5, 'how-old': 0.6, 'how-long': 0.5 };

/** Ranks by coverage, then by whether the unit has the kind of answer asked for; "why" leans on reasons. */
export function finalScore(s: Omit<Scored, 'score'>, kind: QuestionKind): number {
	let score = s.coverage + (CUE_WEIGHT[kind] ?? 0.3) * s.cue + s.voice;
	if (s.unit.isQuestion) score -= 0.35;
	if (s.unit.wordCount < 5) score -= 0.1;
	// Long units match more words by their length alone.
	if (s.unit.wordCount > 40) score -= 0.002 * (s.unit.wordCount - 40);
	if (SPECULATION.test(s.unit.text)) score -= 0.1;
	return score;
}

/** What a question needs at hand to score units, worked out once per question. */
export interface Query extends Asked {
	analysis: Analysis;
	roster: Roster;
	related: Map<string, string[]>;
	entityWeight: number;
	wantsReal: boolean;
	wantsStory: boolean;
	/** "When was it announced?": the question is about news, which breaks on a date. */
	asksNews: boolean;
	/** A question whose words must sit in one clause ("who directed…"), with the word it turns on if any. */
	oneClause: { turnsOn: Concept | null } | null;
	/** The seasons the question names by number ("the s11 finale"). */
	seasons: readonly number[];
	/** "What's her arc gonna be about?": the question asks about what is to come. */
	asksFuture: boolean;
	byName: ReadonlyMap<string, Person>;
	/** For a question that only names someone ("who is Erin Lindsay?"): how an article introduces them. */
	identity: RegExp | null;
	/** The question's words, and the words of the show's own names: neither is a name the question asks for. */
	questionWords: ReadonlySet<string>;
	showWords: ReadonlySet<string>;
	/** "Where did Erin move to?": the question asks where someone went, so where they left from is no answer. */
	asksWhereTo: boolean;
	/** "What did Jay do to Hailey?": the person asked about, told as the one doing something. */
	doer: { id: string; named: RegExp; pronoun: RegExp | null } | null;
}

/** "What did Jay do…", "what has Hailey done…": a question for what someone did. */
const DID_DO = /\bwhat (?:did|does|has|had) (\w+(?: \w+)?) (?:do|done)\b/i;
/** After the doer's name, words that are not what they did. */
const NOT_A_DEED = 'was|is|has|does|and|or|in|on|at|to|for|with|as|s|its|his|hers|this|thus|plus|always|also|still';

function doerPattern(a: Analysis, roster: Roster): Query['doer'] {
	const said = DID_DO.exec(a.question)?.[1]?.toLowerCase().split(' ') ?? [];
	const person = roster.people.find((p) => p.id === a.entities[0]);
	// The one asked about must be the one doing ("what did Jay do to Hailey"), not the one done to.
	if (!person?.aliases.some((x) => words(x).some((w) => said.includes(w)))) return null;
	const deed = (who: string) =>
		new RegExp(
			`\\b(?:${who})\\b(?:, [^,.]{1,60},)? (?:(?:\\w+ly|just|then|finally|later|also|even) )?(?!(?:${NOT_A_DEED})\\b)(?:\\w+ed|\\w+s|made|left|went|told|took|gave|got|kept|ran|said|sent|began|broke|wrote|chose|met|fell|found|lost|won|quit)\\b`,
		);
	const names = [...new Set(person.aliases.flatMap((x) => [x, ...x.split(' ')]))].map(escapeRegExp).join('|');
	const pronoun = person.gender === 'f' ? 'she|She' : person.gender === 'm' ? 'he|He' : null;
	return { id: person.id, named: deed(names), pronoun: pronoun ? deed(pronoun) : null };
}

function identityPattern(a: Analysis, roster: Roster): RegExp | null {
	if (a.entities.length !== 1 || a.concepts.length > 0 || a.asksPerformer) return null;
	const id = a.entities[0] ?? '';
	const pair = roster.pairs.find((p) => `pair:${p.name.toLowerCase()}` === id);
	if (pair) return new RegExp(`${pair.name}[”"’]? (of course is|means|stands for)|combined names`, 'i');
	const person = roster.people.find((p) => p.id === id);
	const full = person?.aliases.filter((x) => x.includes(' ')).map(escapeRegExp);
	if (!full?.length) return null;
	const name = `(${full.join('|')})`;
	return new RegExp(
		`\\b(${INTRODUCES}),? ${name}|${name}[’']?s? \\(|${name}, (a|an|the|who|played|his|her)\\b|played by ${name}|${name} plays`,
	);
}

export function prepareQuery(
	analysis: Analysis,
	roster: Roster,
	related: Map<string, string[]>,
	entityWeight: number,
	personByWord: ReadonlyMap<string, string>,
): Query {
	const a = analysis;
	const ids = new Set(a.entities.flatMap((id) => [id, ...(related.get(id) ?? [])]));
	for (const m of roster.pairs)
		if (a.entities.includes(`pair:${m.name.toLowerCase()}`)) for (const id of m.members) ids.add(id);
	const genders = new Set(roster.people.filter((p) => ids.has(p.id) && p.gender).map((p) => p.gender as 'f' | 'm'));
	const askedPeople = a.named.map((id) => roster.people.find((p) => p.id === id)).filter((p) => p !== undefined);
	// "Does the showrunner know where Upton went?" asks the people making the show, though it names a character.
	const backstage = !a.asksPerformer && BEHIND_THE_SCENES.test(a.question);
	return {
		analysis,
		roster,
		related,
		entityWeight,
		ids,
		genders,
		personByWord,
		event: a.kind === 'why' ? a.event : null,
		wantsReal:
			a.sides.real ||
			(!a.sides.story && askedPeople.length > 0 && askedPeople.every((p) => p.kind !== 'character')) ||
			(!a.sides.story && backstage),
		wantsStory:
			a.sides.story ||
			(!a.sides.real && askedPeople.length > 0 && askedPeople.every((p) => p.kind === 'character') && !backstage),
		// "Will Jay ever come back?" opens with the auxiliary: that asks yes or no, not about plans.
		asksFuture: FUTURE_QUESTION.test(a.question.replace(/^\s*will\b/i, '')),
		seasons: a.seasons,
		asksNews: a.concepts.some((c) => c.alts.some((alt) => alt.some((x) => NEWS.has(x)))),
		oneClause: needsOneClause(a) ? { turnsOn: turningWord(a) } : null,
		byName: new Map(roster.people.map((p) => [p.name, p])),
		identity: identityPattern(a, roster),
		doer: a.kind === 'what' ? doerPattern(a, roster) : null,
		asksWhereTo: a.kind === 'where' && GOING.test(a.question),
		questionWords: new Set(words(a.question)),
		showWords: new Set((roster.show?.aliases ?? []).flatMap((x) => words(x))),
	};
}

/** Scores one unit against a prepared question. */
export function scoreUnit(unit: Unit, q: Query): Scored {
	const { analysis: a, roster, related, entityWeight, ids: asked } = q;
	let got = 0;
	let total = 0;
	let nameGot = 0;
	let nameTotal = 0;
	let eventTold = true;
	for (const c of a.concepts) {
		let m = matchConcept(c, unit, q);
		if (c === q.event && m === 0) eventTold = false;
		if (a.asksPerformer && /^(play|portray|actor|actress|cast|character|role|part)/.test(c.word))
			m = Math.max(m, PERFORMER.test(unit.text) ? 1 : 0);
		// A name the roster lacks counts like a roster name: toward who the unit is about, not its other words.
		if (c.name) {
			nameGot += c.weight * m;
			nameTotal += c.weight;
			continue;
		}
		got += c.weight * m;
		total += c.weight;
	}
	const conceptCoverage = total > 0 ? got / total : 1;
	got += nameGot;
	total += nameTotal;
	const share = 0.6 + 0.4 * focus(unit, asked);
	let about = a.entities.length ? 0 : nameTotal > 0 ? nameGot / nameTotal : 1;
	let aboutAll = 0;
	// "How does Jesse feel about…": his own words are about him, however few times they name him.
	const speakerId = a.asksOpinion && unit.speaker ? q.byName.get(unit.speaker)?.id : undefined;
	for (const id of a.entities) {
		const m = id === speakerId ? 1 : matchEntity(id, unit, roster, related);
		about = Math.max(about, m);
		aboutAll += m / a.entities.length;
		got += entityWeight * m * share;
		total += entityWeight;
	}
	let others = false;
	for (const [id, s] of unit.people) if (s === 1 && !asked.has(id) && !id.startsWith('pair:')) others = true;
	// "Why did Hailey cry in season 6?": a reason for something else in season 6 is half a reason.
	const cue = cueFor(a.kind, unit, q, others) * (eventTold ? 1 : UNTOLD_EVENT_CUE);
	// Naming the right people is not enough when the question asks about something they did.
	// "What time is Chicago P.D. on?" asks nothing but the time of the show itself: the time is the answer.
	// The night or the hour asked for is itself a part of the question ("what night is it on, and where can I
	// stream it?"), found when the unit names one.
	if (a.timeUnit === 'hour' || a.timeUnit === 'day') {
		got += entityWeight * cue;
		total += entityWeight;
	}
	const covered = total > 0 ? got / total : 0;
	const coverage = covered * (a.concepts.length ? 0.4 + 0.6 * Math.min(1, conceptCoverage * 2) : 1);
	const speaker = unit.speaker ? q.byName.get(unit.speaker) : undefined;
	let voice = (q.wantsReal && unit.side === 'real') || (q.wantsStory && unit.side === 'story') ? 0.1 : 0;
	// "What did Hailey say…" is not asked of what her actor said in an interview.
	if (speaker && asked.has(speaker.id) && !(a.asksWords && q.wantsStory && unit.side === 'real')) {
		// The person's own words count most when they are the one the question is about first ("what did Upton
		// tell Voight"), not the one spoken to ("did Voight talk Upton into resigning").
		voice += isSubject(speaker.id, q) ? 0.15 : 0.05;
		// "Does Jesse still love Halstead?": of his words, the ones naming Halstead too.
		if (a.named.length > a.entities.length)
			voice += 0.05 * (a.named.filter((id) => unit.mentions.has(id)).length / a.named.length);
	}
	if (a.negated && NEGATION.test(unit.text)) voice += 0.1;
	// "Have they said anything about it?", "did Jay show up at all?": a "no" is as much the answer as a "yes".
	else if (a.kind === 'yes-no' && ANY_AT_ALL.test(a.question) && NEGATION.test(unit.text)) voice += 0.05;
	// "What's her arc gonna be about?" asks about plans: a sentence about what will come answers.
	if (q.asksFuture && FUTURE.test(unit.text)) voice += 0.2;
	// "Does Jay show up in the season 11 finale?": a quote about season 10 alone is about another time.
	if (q.seasons.length > 0) {
		const told = seasonsOf(unit);
		if (told.length > 0 && !told.some((n) => q.seasons.includes(n))) voice -= OTHER_SEASON;
	}
	const parts = {
		unit,
		coverage,
		conceptCoverage,
		clauseCoverage: q.oneClause ? clauseCoverage(unit, a, q.oneClause.turnsOn) : conceptCoverage,
		cue,
		about,
		aboutAll: a.entities.length ? aboutAll : 1,
		voice,
	};
	return { ...parts, score: finalScore(parts, a.kind) };
}

/** Whether the person is the first one the question names, or that person's actor or character. */
function isSubject(id: string, q: Query): boolean {
	const first = q.analysis.entities[0];
	return first === undefined || first === id || (q.related.get(first) ?? []).includes(id) || first.startsWith('pair:');
}

/** "Who directed the finale?": the doing and what was done must be said together, not in two asides. */
function needsOneClause(a: Analysis): boolean {
	return a.kind === 'who' && !a.asksPerformer && a.asksName !== 'outlet' && a.concepts.length >= 2;
}

/**
 * The largest share of the question's words (by weight) found within one clause of the unit; 0 when the unit
 * lacks the weightiest of them.
 */
function clauseCoverage(unit: Unit, a: Analysis, turnsOn: Concept | null): number {
	const total = a.concepts.reduce((sum, c) => sum + c.weight, 0);
	if (turnsOn && !turnsOn.alts.some((alt) => holds(unit.stemSet, alt))) return 0;
	let best = 0;
	// An aside in brackets ("Sergeant Trudy Platt (Amy Morton)") names someone; it does not end a clause.
	for (const clause of unit.text.replace(/\([^)]*\)/g, ' ').split(CLAUSE_BREAK)) {
		const stems = new Set(terms(clause));
		let got = 0;
		for (const c of a.concepts) if (c.alts.some((alt) => holds(stems, alt))) got += c.weight;
		best = Math.max(best, total > 0 ? got / total : 1);
	}
	return best;
}
/**
 * A word much weightier than the rest is what a question turns on ("directed"): a quote without it answers
 * something else. Unless it only sets the scene after the doing ("who was Jay partnered with before Hailey came
 * along"). Null when no word stands out so.
 */
function turningWord(a: Analysis): Concept | null {
	// "Who directed Upton's farewell episode?": the word right after "who" is the doing, however light.
	if (a.doing) return a.doing;
	const [heaviest, next] = [...a.concepts].sort((x, y) => y.weight - x.weight);
	const doing = [...a.concepts].sort((x, y) => (x.at ?? 0) - (y.at ?? 0))[0];
	return heaviest && next && heaviest === doing && heaviest.weight >= 1.3 * next.weight ? heaviest : null;
}
const CLAUSE_BREAK = /\s[–—]\s/;
/** Share of what a unit matches that must sit in one clause for a "who did…" question. */
const ONE_CLAUSE = 0.75;

/**
 * The reason for an event is often told near it without naming it again ("I was just curious what was out
 * there for me"): a reason-bearing unit about the same person borrows coverage from a nearby anchor.
 */
export function propagateReasons(scored: Scored[], a: Analysis): void {
	// ...and so is whom it was told to ("We talked about it a lot," she told TVLine).
	if (a.kind !== 'why' && a.asksName !== 'outlet') return;
	const anchors = scored.filter((s) => s.coverage >= 0.6);
	for (const s of scored) {
		if (s.cue === 0 || s.about < 0.6) continue;
		let support: Scored | null = null;
		let strength = 0;
		for (const v of anchors) {
			if (v.unit.article !== s.unit.article) continue;
			const d = Math.abs(v.unit.paragraph - s.unit.paragraph);
			const here = v.coverage * ([1, 0.8, 0.6][d] ?? 0);
			if (here > strength) [support, strength] = [v, here];
		}
		const borrowed = 0.85 * strength * (0.5 + 0.5 * s.aboutAll);
		if (support && borrowed > s.coverage) {
			s.coverage = borrowed;
			s.conceptCoverage = Math.max(s.conceptCoverage, 0.85 * support.conceptCoverage);
			s.score = finalScore(s, a.kind);
		}
	}
}

/** The time a sentence gives for a when-question: its precision, by the kind of question. */
function timeCue(unit: Unit, q: Query): number {
	const t = unit.text;
	const a = q.analysis;
	if (a.timeUnit) return TIME_UNITS[a.timeUnit].test(t) ? 1 : 0;
	// A date says when most precisely; a season next; a finale or a weekday least.
	return TIME_UNITS.year.test(t) || TIME_UNITS.month.test(t)
		? q.wantsStory
			? STORY_DATE
			: 1
		: TIME_UNITS.season.test(t)
			? q.asksNews
				? NEWS_SEASON
				: q.wantsReal
					? REAL_SEASON
					: 0.9
			: SEASON_OR_DATE.test(t)
				? 0.8
				: 0;
}

/** A time told only beside another event than the one asked about counts this much. */
const OTHER_EVENT_TIME = 0.5;
/** The words of a when-question that name a time, not the event ("which season did he leave"). */
const TIME_STEMS = new Set(['season', 'seri', 'year', 'month', 'episod', 'date', 'day', 'time', 'night', 'week']);
const TIME_CLAUSE_BREAK = /[,;—–]|\bbut\b/;
const LEADING_TIME = /^\s*(?:by|in|during|after|before|following|throughout|early|late|at|on|since|until|when|back)\b/i;

/**
 * "Which season did Jesse leave?": "Soffer joined in its first season, but … he decided it was time to move on"
 * tells a time, but of his joining; the leaving sits in a clause with no time.
 */
function timeOfOtherEvent(unit: Unit, a: Analysis): boolean {
	const events = a.concepts.filter((c) => !(c.alts[0] ?? []).every((s) => TIME_STEMS.has(s)));
	const tells = (stems: ReadonlySet<string>) =>
		events.some((c) => c.alts.some((alt) => !alt.every(isParticle) && holds(stems, alt)));
	// Most units tell no such event at all, or tell it in one clause: nothing to split.
	if (!tells(unit.stemSet) || !TIME_CLAUSE_BREAK.test(unit.text)) return false;
	const clauses = unit.text
		.split(TIME_CLAUSE_BREAK)
		.map((c) => ({ text: c, timed: SEASON_OR_DATE.test(c), stems: new Set(terms(c)) }));
	// "By season seven, Hailey realized…": a time set before the clause it dates.
	clauses.forEach((c, i) => {
		const before = clauses[i - 1];
		if (before?.timed && LEADING_TIME.test(before.text)) c.timed = true;
	});
	const told = clauses.filter((c) => tells(c.stems));
	return told.length > 0 && !told.some((c) => c.timed) && clauses.some((c) => c.timed);
}

/**
 * Whether the best quote answers the question at all: enough of the question found in it, some of its words
 * beyond the names, and the kind of answer a strict question needs (a performer's name for "who plays").
 */
export function answers(top: readonly Scored[], a: Analysis, minCoverage: number): boolean {
	return top.slice(0, 3).some((s) => answersAlone(s, a, minCoverage));
}

/** The stems of a text's words outside names: the "New" of "the New York Post" says nothing is new. */
function plainStems(text: string): Set<string> {
	return new Set(terms(text.replace(/(?<=[\p{L},;:]\s+)\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)+/gu, ' ')));
}

/** A clause that only dates what the sentence tells: "…when his father died", "after she resigned". */
const TIME_CLAUSE = /\b(?:when|after|before|while|once|since|until|as soon as)\b[^,.;:—–]*/gi;

/** Whether every mention of an event in a unit sits in a clause that dates something else. */
function toldOnlyAsTime(unit: Unit, event: Concept): boolean {
	const within = [...unit.text.matchAll(TIME_CLAUSE)].map((m) => new Set(terms(m[0])));
	if (within.length === 0) return false;
	const outside = new Set(terms(unit.text.replace(TIME_CLAUSE, ' ')));
	const single = oneWordAlts(event);
	return !single.some((s) => outside.has(s)) && single.some((s) => within.some((w) => w.has(s)));
}

/** "Where in Bolivia…", "which city in Bolivia…": a place inside one the question names. */
const WITHIN_PLACE = /\b(where|city|country|place|town|part) in\b/i;

const MONEY_QUESTION =
	/\bhow much\b(?!\s+(?:longer|more time|time)\b).*\b(?:cost|costs|paid|pay|pays|make|makes|making|made|earn|earns|earned|earning|salary|price|subscription|a month|per month|a year|per episode|per ep)\b/i;
const MONEY = /[$£€]\s?\d|\b\d[\d,.]*\s?(?:dollars|bucks|million|thousand|k)\b|\bfree\b/i;

/** A question about no one with this share of its weight in words no article uses is about something else. */
const OFF_TOPIC_UNKNOWN = 0.25;

function unknownShare(a: Analysis): number {
	const total = a.concepts.reduce((sum, c) => sum + c.weight, 0);
	return total > 0 ? a.concepts.filter((c) => c.unknown).reduce((sum, c) => sum + c.weight, 0) / total : 0;
}

/** Share of the usual coverage an outlet told something needs to answer "which outlet…". */
const OUTLET_COVERAGE = 0.8;

/** A duration answers "how long…" only when it is about at least this share of what was asked. */
const SHAPED_CONCEPTS = 0.25;

function answersAlone(best: Scored | undefined, a: Analysis, minCoverage: number): boolean {
	if (!best) return false;
	// An age or a length asked of someone is answered by a sentence about them with that shape of answer.
	const shaped =
		(a.kind === 'how-old' || a.kind === 'how-long') &&
		a.entities.length > 0 &&
		best.cue > 0 &&
		best.about >= 0.8 &&
		(a.kind === 'how-old' || best.conceptCoverage >= SHAPED_CONCEPTS);
	if (shaped) return true;
	// "What did Jesse compare leaving to?": his likeness, said of him, is the whole answer.
	if (best.cue >= 2 && best.about >= 0.8 && COMPARES.test(a.question)) return true;
	// "Which outlet did she talk to?": whom she told ("…,” she told TVLine") is a strict shape, found next to what
	// she said rather than in it, and answers on a little less of the question.
	const outlet = a.asksName === 'outlet' && best.cue > 0;
	if (best.coverage < (outlet ? OUTLET_COVERAGE : 1) * minCoverage) return false;
	// A question about someone is not answered by a sentence that is not about them.
	if (a.entities.length > 0 && best.about < 0.5) return false;
	// "Does Jesse have siblings in real life?" is not answered by the story ("his brother, Will Halstead").
	if (a.sides.real && !a.sides.story && !a.asksPerformer && best.unit.side === 'story') return false;
	if (best.conceptCoverage < 0.4) return false;
	if (needsOneClause(a) && best.clauseCoverage < ONE_CLAUSE * best.conceptCoverage) return false;
	// "Who replaced Hailey?" needs a quote that names someone else.
	if (a.kind === 'who' && best.cue === 0) return false;
	// "Who plays Upton's dad?" is not answered by who plays Upton: every other word must be found too.
	if (a.asksPerformer && (best.cue === 0 || best.conceptCoverage < 0.6)) return false;
	if ((a.kind === 'how-old' || a.kind === 'how-long') && best.cue === 0) return false;
	if (a.asksForUnknown) return false;
	// "What time does Chicago Med air?" is not answered by when Chicago P.D. airs.
	if (a.concepts.some((c) => c.required && !c.alts.some((alt) => hasPhrase(best.unit, alt, NO_ONE)))) return false;
	// "Did they have kids?": a thing fans ask about that no article mentions is not covered.
	if (a.concepts.some((c) => c.unknown && c.term && c.weight >= 0.9 * Math.max(...a.concepts.map((x) => x.weight))))
		return false;
	// "Best deep dish place in Chicago?": about no one, and much of it words no article uses.
	if (a.offShow && unknownShare(a) >= OFF_TOPIC_UNKNOWN) return false;
	// "Season 12", "2026": a number no article has is something they do not cover.
	if (a.concepts.some((c) => c.unknown && /^\d+$/.test(c.alts[0]?.[0] ?? ''))) return false;
	if (a.asksName && best.cue === 0) return false;
	// "What new show is Tracy in?" is not answered by the show she is in now: the "new" must be there too.
	if (a.nameModifier && !a.nameModifier.some((alt) => holds(plainStems(best.unit.text), alt))) return false;
	// "What year…" is not answered by a quote with no year in it.
	if (a.kind === 'when' && a.timeUnit && best.cue === 0) return false;
	// "Which city in Bolivia…" is not answered by a quote that names no other place.
	if (a.kind === 'where' && best.cue === 0 && WITHIN_PLACE.test(a.question)) return false;
	// "Where did Erin move to?" is not answered by a quote that names nowhere she went.
	if (a.kind === 'where' && best.cue === 0 && GOING.test(a.question)) return false;
	// "How did Jay's dad die?" is not answered by what Jay did when his father died.
	if (a.event && a.kind === 'how' && toldOnlyAsTime(best.unit, a.event)) return false;
	// "How much does Peacock cost?", "how much was she paid?": only an amount of money answers.
	if (MONEY_QUESTION.test(a.question) && !MONEY.test(best.unit.text)) return false;
	// "Which episodes has he directed?" is not answered by a quote that names no episode.
	if (a.kind === 'which' && best.cue === 0) return false;
	return true;
}
