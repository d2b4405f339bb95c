import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/answers/data';
import { loadEngine } from '../../src/answers/engine';
import type { Engine } from '../../src/answers/engine-api';
import { analyse } from '../../src/answers/question';
import { terms, words } from '../../src/answers/text';
import { buildUnits } from '../../src/answers/units';
import { Vocabulary } from '../../src/answers/vocabulary';

const DATA = join(import.meta.dirname, '../../data');
let engine: Engine;
let vocab: Vocabulary;
beforeAll(async () => {
	engine = await loadEngine(DATA);
	const library = await loadLibrary(DATA);
	vocab = new Vocabulary(library.roster, library.lexicon);
	for (const u of buildUnits(library.articles, library.roster)) vocab.addDocument(u.text, u.stemSet);
});

/** The first three quotes of an answer, as one text: what a fan sees without scrolling. */
const topThree = (question: string) =>
	engine
		.ask(question)
		.quotes.slice(0, 3)
		.map((q) => q.text)
		.join(' ');

/** Each question's first quote matches: one answer asked in several ways. */
function firstQuotesMatch(questions: readonly string[], expected: RegExp): void {
	for (const question of questions) expect(engine.ask(question).quotes[0]?.text, question).toMatch(expected);
}

describe('reading questions as fans type them', () => {
	it('GIVEN a name typed as a possessive without its apostrophe THEN the person is still found', () => {
		expect(analyse('what happens in tracys last episode', vocab).entities).toEqual(['tracy-spiridakos']);
		expect(analyse('whats uptons job now', vocab).entities).toEqual(['hailey-upton']);
		// A word that merely ends in s is left alone.
		expect(analyse('how many seasons was he on', vocab).entities).toEqual([]);
	});

	it('GIVEN contractions typed without apostrophes THEN they read as the words they stand for', () => {
		expect(words('wouldve hes youre wont whyd')).toEqual('would have he is you are will not why did'.split(' '));
		// Asking how long a contract would have run is not about a word "wouldve" no article uses.
		const a = analyse('how long wouldve jesses next contract been', vocab);
		expect(a.concepts.map((c) => c.word)).not.toContain('wouldve');
	});

	it('GIVEN a question about someone leaving THEN a sentence where Voight only "sends" someone is not taken for a departure', () => {
		const answer = engine.ask('is jason beghe leaving pd too');
		expect(answer.quotes[0]?.text ?? '').not.toMatch(/sends Hailey to the FBI/);
	});

	it('GIVEN "send out the character" in an article THEN it answers when the actress chose to leave', () => {
		const top = engine.ask('When did Tracy decide to leave the show?').quotes.slice(0, 3);
		expect(top.some((q) => /at the end of my sixth season/.test(q.text))).toBe(true);
	});

	it('GIVEN a question about an actor’s real-life exit THEN no story quote about their character is pushed in for balance', () => {
		const top = engine.ask('when was jesse’s exit announced').quotes.slice(0, 3);
		expect(top.some((q) => /August 2022 Instagram post/.test(q.text))).toBe(true);
		expect(top.some((q) => /broke down in tears/.test(q.text))).toBe(false);
	});

	it('GIVEN another show named with capitals THEN Molly does not answer with Chicago P.D. quotes', () => {
		expect(engine.ask('What time is Chicago Fire on?').answered).toBe(false);
		// The same words about this show still find its airing time.
		expect(engine.ask('What time is Chicago P.D. on?').answered).toBe(true);
	});

	it('GIVEN "how many episodes" THEN a quote must count episodes, not merely mention one', () => {
		expect(engine.ask('How many episodes are in season 11?').answered).toBe(false);
		expect(engine.ask('how many seasons was Jesse on the show').answered).toBe(true);
	});

	it('GIVEN "what magazine…" THEN the answer names one, and "what show is he on now" with no new show named is not answered', () => {
		const magazine = engine.ask('what magazine did tracy talk to');
		expect(magazine.quotes[0]?.text).toMatch(/Variety/);
		expect(engine.ask('what show is jesse lee soffer on now').answered).toBe(false);
		// The paper a source talked to is not a show.
		expect(engine.ask('whats jesse’s next show after pd').answered).toBe(false);
		expect(engine.ask('what channel is chicago pd on').quotes[0]?.text).toMatch(/NBC/);
	});

	it('GIVEN irregular verbs THEN a question and an article using different forms of one verb match', () => {
		expect(terms('woke flew said told chose')).toEqual(terms('wakes fly says tells choose'));
		// Regular forms are the stemmer's (Porter2): "emotionally" is "emotional", "news" is not "new".
		expect(terms('leaving emotionally')).toEqual(terms('leaves emotional'));
		expect(terms('news')).not.toEqual(terms('new'));
	});

	it('GIVEN "in the story and irl" THEN both sides are given, and the words are not required in the quotes', () => {
		const answer = engine.ask('upton leaving why, in the story and irl');
		expect(answer.answered).toBe(true);
		const top = answer.quotes.slice(0, 3);
		expect(top.some((q) => q.side === 'story')).toBe(true);
		expect(top.some((q) => q.side === 'real')).toBe(true);
	});

	it('GIVEN everyday words for a storyline or a workplace THEN the article’s own words for them are found', () => {
		const answer = engine.ask('is med doing a workplace romance plot too like upstead');
		expect(answer.quotes[0]?.text).toMatch(/inter-office romances – paralleling a storyline going on in Chicago Med/);
	});

	it('GIVEN "when did it come out" about an actress THEN the date the news broke comes first', () => {
		expect(engine.ask('when did the news come out that tracy was leaving').quotes[0]?.text).toMatch(/October 2023/);
	});

	it('GIVEN the actress and her character both named THEN the top three give her reason and the story’s', () => {
		const answer = engine.ask('why did spiridakos quit, and how was hailey written out of the show');
		expect(answer.answered).toBe(true);
		const top = answer.quotes.slice(0, 3);
		expect(top.some((q) => q.side === 'real')).toBe(true);
		expect(top.some((q) => q.side === 'story' && /leaving the CPD|fresh start|feel better/.test(q.text))).toBe(true);
	});

	it('GIVEN "who directed" an episode no article credits THEN a quote saying someone directs other episodes is not the answer', () => {
		expect(engine.ask('Who directed Upton’s final episode?').answered).toBe(false);
		// A who-question whose words sit in one clause is still answered.
		expect(engine.ask('who did jay admit he missed hailey to').quotes[0]?.text).toMatch(/Trudy Platt/);
	});

	it('GIVEN a why-question THEN a stated reason comes before a sentence about what a reason was not', () => {
		const first = engine.ask('Why were fans frustrated with how Upstead ended?').quotes[0]?.text ?? '';
		expect(first).toMatch(/frustrated with how things ended between the couple/);
		// Asked why something did not happen, that sentence is the answer.
		const negated = engine.ask('why wasn’t halstead in upton’s last episode').quotes.slice(0, 3);
		expect(negated.some((q) => /didn’t involve her ex/.test(q.text))).toBe(true);
	});

	it('GIVEN "which episodes…" THEN the answer must name an episode', () => {
		expect(engine.ask('Which episodes has Jesse Lee Soffer directed?').answered).toBe(false);
		expect(engine.ask('what episode did jay get shot in season 7').quotes[0]?.text).toMatch(/episode ten, “Mercy”/);
	});

	it('GIVEN a season number no article has THEN the question is not answered from another season', () => {
		expect(engine.ask('When does Chicago P.D. season 12 premiere?').answered).toBe(false);
		expect(engine.ask('what happened in the season 11 premiere').answered).toBe(true);
	});

	it('GIVEN "how old is he" THEN "I would have turned 40" is not his age; asked what he would have been, it is', () => {
		expect(engine.ask('How old is Jesse Lee Soffer?').answered).toBe(false);
		expect(engine.ask('how old would jesse have been if he stayed').quotes[0]?.text).toMatch(/turned 40/);
	});

	it('GIVEN a lexicon phrase in another tense ("came back") THEN it is read as the phrase', () => {
		const top = engine.ask('What job offer did Hailey get after she came back from New York?').quotes.slice(0, 3);
		expect(top.some((q) => /offer for a permanent job with the FBI/.test(q.text))).toBe(true);
	});

	it('GIVEN a thing fans ask about that no article mentions ("kids") THEN Molly says the articles do not cover it', () => {
		expect(engine.ask('Did Upton and Halstead have any kids together?').answered).toBe(false);
		expect(engine.ask('did upton and halstead get married').answered).toBe(true);
		// "old" as in a former colleague is not an age.
		expect(engine.ask('which s5 episode is the one where hailey’s old colleague dies').answered).toBe(true);
	});

	it('GIVEN "what did Upton tell Voight" THEN her own words to him come first', () => {
		const first = engine.ask('what did upton tell voight when she quit').quotes[0];
		expect(first?.text).toMatch(/I just want to feel better, be better/);
		expect(first?.speaker).toBe('Hailey Upton');
	});

	it('GIVEN "the name of X" THEN the answer names X beside it, or Molly says the articles do not', () => {
		expect(engine.ask('name of the ep where jay gets shot in s7?').quotes[0]?.text).toMatch(/episode ten, “Mercy”/);
		expect(engine.ask('what is Jay’s brother’s name').quotes[0]?.text).toMatch(/his brother, Will Halstead/);
		expect(engine.ask('What was the name of the cartel Halstead was chasing in Bolivia?').answered).toBe(false);
		expect(engine.ask('whats hailey uptons dads name').answered).toBe(false);
		// Neither the show's own name nor a character beside "season 11" is the finale's title.
		expect(engine.ask('What is the name of the season 11 finale episode?').answered).toBe(false);
	});

	it('GIVEN "what is X’s job title" THEN the title before their name answers', () => {
		expect(engine.ask('What is Samantha Miller’s job title?').quotes[0]?.text).toMatch(
			/Deputy Superintendent Samantha Miller/,
		);
	});

	it('GIVEN "who plays Jay and who plays Hailey" THEN both performers are in the top three', () => {
		const top = engine.ask('who plays jay and who plays hailey').quotes.slice(0, 3);
		expect(top.some((q) => /Jay Halstead, played by Jesse Lee Soffer/.test(q.text))).toBe(true);
		expect(top.some((q) => /played by Tracy Spiridakos/.test(q.text))).toBe(true);
		// "The ship name" is the couple's name, not a name beside a ship.
		expect(engine.ask('what’s the ship name for jay and hailey?').quotes[0]?.text).toMatch(/combined names/);
	});

	it('GIVEN "when does Upton leave" (the character) THEN a season leads, not the date the news broke', () => {
		expect(engine.ask('When does Upton leave?').quotes[0]?.text).toMatch(/season 11/i);
	});

	it('GIVEN chat spellings ("tv", "b4", "wil") THEN they are read, not taken for unknown names', () => {
		expect(engine.ask('whos tracys tv husband').quotes[0]?.text).toMatch(/on-screen husband, Detective Jay Halstead/);
		expect(engine.ask('who plays wil halstead').quotes[0]?.text).toMatch(/Will Halstead \(Nick Gehlfuss\)/);
		expect(engine.ask('who was jays partner b4 hailey').answered).toBe(true);
	});

	it('GIVEN "never" in a question THEN it asks about what did not happen, not for the word', () => {
		const a = analyse('why do fans feel like upton never got closure with jay', vocab);
		expect(a.negated).toBe(true);
		expect(a.concepts.map((c) => c.word)).not.toContain('never');
		expect(engine.ask('why do fans feel like upton never got closure with jay').answered).toBe(true);
	});

	it('GIVEN "who <did something>" with a doing no article mentions THEN Molly says the articles do not cover it', () => {
		expect(engine.ask('Who replaced Upton in the Intelligence Unit?').answered).toBe(false);
		expect(engine.ask('who is the showrunner of chicago pd').answered).toBe(true);
	});

	it('GIVEN everyday words for crying, a rocky start or reaching out THEN the article’s words for them are found', () => {
		expect(engine.ask('did hailey cry when jay got shot').quotes[0]?.text).toMatch(/broke down in tears/);
		const top = engine.ask('why were jay and hailey kinda awkward as partners at first').quotes.slice(0, 3);
		expect(top.some((q) => /a bit rocky at first/.test(q.text))).toBe(true);
	});

	it('GIVEN "what did Upton say" (the character) THEN her words in the story come before her actress’s', () => {
		expect(engine.ask('what did upton say to voight when she decided to quit').quotes[0]?.speaker).toBe('Hailey Upton');
	});

	it('GIVEN "y", "n", "binge" and "<name> age?" THEN they read as why, and, stream and how old', () => {
		const both = engine.ask('y did soffer quit n whats the in-show reason jay left');
		expect(both.answered).toBe(true);
		expect(engine.ask('where can i binge chicago pd').quotes[0]?.text).toMatch(/Peacock/);
		expect(engine.ask('tracy spiridakis age?').quotes[0]?.text).toMatch(/Tracy, 36/);
	});

	it('GIVEN "what time is cpd on" (nothing asked but the show’s time) THEN the air time answers', () => {
		expect(engine.ask('what time is cpd on').quotes[0]?.text).toMatch(/Wednesdays at 10 p\.m\. ET/);
		expect(engine.ask('what year').answered).toBe(false);
		// "write Jay off": the phrase's first word is not also a word to find on its own.
		expect(engine.ask('how did the show write jay off').answered).toBe(true);
	});

	it('GIVEN "mag", "what’s X’s job" and "paired with" THEN magazine, "works as" and partnering are found', () => {
		expect(engine.ask('which mag did tracy talk to').quotes[0]?.text).toMatch(/Variety/);
		expect(engine.ask('what’s will halstead’s job').quotes[0]?.text).toMatch(/works as a doctor/);
	});

	it('GIVEN "what did Jesse compare leaving to" THEN his likeness is among the top three', () => {
		const top = engine.ask('what did jesse compare leaving the show to').quotes.slice(0, 3);
		expect(top.some((q) => /somebody moves away or goes to college/.test(q.text))).toBe(true);
	});

	it('GIVEN "when did we find out X was leaving" THEN the date the news broke leads, not the season she leaves in', () => {
		expect(engine.ask('when did we find out tracy was leaving').quotes[0]?.text).toMatch(/October 2023/);
	});

	it('GIVEN "where did X tease Y" THEN the event it was said at answers, not where the story goes', () => {
		expect(engine.ask('where did soffer tease more upstead romance').quotes[0]?.text).toMatch(/press event/);
	});

	it('GIVEN "what country did X go to" THEN the country answers, not a sentence holding the word "country"', () => {
		const top = engine.ask('what country did halsted go to').quotes.slice(0, 2);
		expect(top.every((q) => /Bolivia/.test(q.text))).toBe(true);
	});

	it('GIVEN a scene-setting "when" clause before "what did she say" THEN it is read as a what-question', () => {
		const answer = engine.ask(
			"i saw tracy wrote something sweet on instagram when jesse lee soffer's exit got announced, what did she say about him",
		);
		expect(answer.kind).toBe('what');
		expect(answer.quotes[0]?.text).toMatch(/you’re the absolute best/);
	});

	it('GIVEN "how did the show write Jay off" THEN the story’s exit leads ("the show" is not a word to find)', () => {
		expect(engine.ask('how did the show write jay off').quotes[0]?.text).toMatch(/Army task force/);
	});

	it('GIVEN "when did it come out that X was leaving" THEN it asks when the news broke', () => {
		expect(engine.ask('When did it come out that Tracy Spiridakos was leaving?').quotes[0]?.text).toMatch(
			/October 2023/,
		);
	});

	it('GIVEN "why didn’t she tell him" THEN what got in the way answers ("…but then they were interrupted")', () => {
		const top = engine.ask('why didnt hailey tell jay how she felt at the hospital').quotes.slice(0, 3);
		expect(top.some((q) => /interrupted by a phone call/.test(q.text))).toBe(true);
	});

	it('GIVEN "what is her arc gonna be about" THEN what the showrunner says is coming answers', () => {
		const top = engine.ask('what did gwen say s11 was gonna be about for hailey').quotes.slice(0, 3);
		expect(top.some((q) => /Upton will struggle to come to terms|growth and transformation/.test(q.text))).toBe(true);
		// "Will Jay ever come back?" opens with the auxiliary: it asks yes or no, not about plans.
		expect(engine.ask('Will Jay Halstead ever come back?').quotes[0]?.text).toMatch(/Never say never/);
	});

	it('GIVEN "where can I watch it" THEN only where to stream is quoted, labelled behind the scenes', () => {
		const answer = engine.ask('where can i watch chicago pd');
		expect(answer.quotes.length).toBeGreaterThan(0);
		for (const q of answer.quotes) {
			expect(q.text).toMatch(/Peacock/);
			expect(q.side).toBe('real');
		}
	});

	it('GIVEN "X or Y?" THEN either answers: the one the articles lack does not make Molly give up', () => {
		expect(engine.ask('is chicago pd on peacock or do i need cable?').quotes[0]?.text).toMatch(/Peacock/);
		// ...but an episode called "True or False" is one name, and two questions in one are still two.
		expect(engine.ask('what happens in true or false').quotes[0]?.text).toMatch(/True or False/);
		expect(engine.ask('Is Tracy Spiridakos married or does she have kids?').answered).toBe(false);
	});

	it('GIVEN a quotation whose second sentence answers THEN the whole quotation is quoted', () => {
		const top = engine.ask('How does Tracy feel about the way Upton’s story ended?').quotes.slice(0, 3);
		expect(top.some((q) => /What I really loved about this ending/.test(q.text))).toBe(true);
	});

	it('GIVEN someone quoted asking a question THEN it counts as what they said, not as the article asking', () => {
		const top = engine.ask('How does Soffer feel about fans asking if he’ll come back?').quotes.slice(0, 3);
		expect(top.some((q) => /I feel so bad for the fans/.test(q.text))).toBe(true);
	});

	it('GIVEN "what happens in her last episode" THEN the episode she makes her exit in answers', () => {
		const top = engine.ask('whats happening in upton’s last episode').quotes.slice(0, 3);
		expect(top.some((q) => /working against the clock to save her closest confidante/.test(q.text))).toBe(true);
	});

	it('GIVEN "why did Upton quit Intelligence" THEN her reason leads, not what her reason was not', () => {
		const first = engine.ask('why did upton quit intelligence?').quotes[0]?.text ?? '';
		expect(first).not.toMatch(/didn’t involve her ex/);
		expect(first).toMatch(/fresh start|feel better|last step she needed/);
	});

	it('GIVEN "what new show is she in" or "what show is she doing after PD" THEN her current show is no answer', () => {
		expect(engine.ask('What new show is Tracy Spiridakos starring in?').answered).toBe(false);
		expect(engine.ask('what show is tracy spiridakos doing after pd').answered).toBe(false);
		expect(engine.ask('which network airs chicago pd').quotes[0]?.text).toMatch(/on NBC/);
	});

	it('GIVEN "who plays X" THEN every quote names X beside their actor, none merely casting someone else', () => {
		for (const [question, actor] of [
			['who is the actor that plays jay', /Soffer/],
			['Who plays Upton and who plays Halstead?', /Spiridakos|Soffer/],
		] as const) {
			const quotes = engine.ask(question).quotes;
			expect(quotes.length).toBeGreaterThan(0);
			for (const q of quotes) expect(q.text).toMatch(actor);
		}
	});

	it('GIVEN "which outlet did Sigan talk to" THEN the quote runs on to whom she told it ("she told TVLine")', () => {
		expect(engine.ask('which outlet did gwen sigan talk to about jay not being in the finale').quotes[0]?.text).toMatch(
			/she told TVLine\.$/,
		);
		const top = engine.ask('which site did gwen sigan tell why soffer didnt come back').quotes[0];
		expect(top?.text).toMatch(/she told TVLine\.$/);
		// The quote is still the article's own text at its offsets.
		const article = engine.articles.find((x) => x.id === top?.articleId);
		expect(article?.text.slice(top?.start, top?.end)).toBe(top?.text);
	});

	it('GIVEN a full name with one word misspelt ("jessie lee soffer") THEN it is that person, not unknown words', () => {
		expect(engine.ask('where did jessie lee soffer tease more upstead').quotes[0]?.text).toMatch(/press event/);
	});

	it('GIVEN "what night is it on" THEN it is a when-question and the night answers', () => {
		const answer = engine.ask('what night is pd on');
		expect(answer.kind).toBe('when');
		expect(answer.quotes[0]?.text).toMatch(/Wednesdays/);
	});

	it('GIVEN chat around the question ("…finale?? i literally waited the whole ep") THEN the question is answered', () => {
		for (const question of [
			'why wasnt jay in the s11 finale?? i literally waited the whole ep for him to show up',
			'why did halstead leave, like both the in story reason and jesse’s real reason',
			'why did voight ship hailey off to the feds in ny',
			'how long was tracy on pd in total',
		])
			expect(engine.ask(question).answered, question).toBe(true);
		const both = engine.ask('why did halstead leave, like both the in story reason and jesse’s real reason').quotes;
		expect(new Set(both.slice(0, 3).map((q) => q.side))).toEqual(new Set(['story', 'real']));
	});

	it('GIVEN a long story before the question ("…came in later?? which ep did they…") THEN the question is answered', () => {
		const answer = engine.ask(
			'ok so me and my sister have been arguing about this for like an hour, she says jay and hailey were partners from the very beginning but i think hailey came in later?? which ep did they actually get partnered up',
		);
		expect(answer.quotes[0]?.text).toMatch(/first episode of season five/);
	});

	it('GIVEN "voight x miller" THEN the x pairs them, as fans ship them', () => {
		const top = engine.ask('voight x samantha miller when?? pls').quotes.slice(0, 3);
		expect(top.some((q) => /romance|relationship/.test(q.text))).toBe(true);
	});

	it('GIVEN everyday idioms ("make up her mind", "a tough call") and filler ("something") THEN they are read', () => {
		expect(engine.ask('when did tracy actually make up her mind to go').quotes[0]?.text).toMatch(
			/end of my sixth season/,
		);
		const tough = engine.ask('was it a tough call for tracy to leave or nah').quotes.slice(0, 3);
		expect(tough.some((q) => /hard decision/.test(q.text))).toBe(true);
		const families = engine.ask('jesse compared leaving the show to something that happens in families, what');
		expect(families.quotes[0]?.text).toMatch(/somebody moves away/);
	});

	it('GIVEN "what kept her from…", "whens", "became public" THEN they are read as why-not, when is, and news', () => {
		const kept = engine.ask('What kept Hailey from confessing her feelings at the hospital?');
		expect(kept.kind).toBe('why');
		expect(kept.quotes.slice(0, 3).some((q) => /interrupted by a phone call/.test(q.text))).toBe(true);
		expect(engine.ask('whens haileys last season').kind).toBe('when');
		const wrote = engine.ask('What did Tracy write about Jesse once his departure became public?');
		expect(wrote.quotes[0]?.text).toMatch(/you’re the absolute best/);
	});

	it('GIVEN "the department" THEN it is not a word for departing', () => {
		const top = engine.ask('What position does Samantha Miller hold in the department?').quotes[0]?.text ?? '';
		expect(top).not.toMatch(/leaving|departure/);
	});

	it('GIVEN "what ep…" answered by "the season 11 premiere", "the old showrunner", "who pushed her" THEN each is answered', () => {
		expect(engine.ask('what ep did hailey sign the divorce papers').quotes[0]?.text).toMatch(/season 11 premiere/);
		expect(engine.ask('who was the old showrunner of cpd').quotes[0]?.text).toMatch(
			/former Chicago P\.D\. showrunner Derek Haas/,
		);
		expect(engine.ask('Who pushed Hailey to go through with resigning?').quotes[0]?.text).toMatch(
			/encouragement from Voight/,
		);
	});

	it('GIVEN "who was X partnered with before Y came along" THEN the scene-setting words need not be in the answer', () => {
		expect(engine.ask('who was jay partnered with before hailey came along').quotes[0]?.text).toMatch(/Erin Lindsay/);
	});

	it('GIVEN both sides asked ("why\'d Soffer quit and how did the show explain Jay leaving") THEN both are in the top three', () => {
		for (const question of [
			'why’d soffer really quit and how did the show explain jay leaving',
			'Why did Jay leave Chicago, and why did the actor actually want out?',
		]) {
			const top = engine.ask(question).quotes.slice(0, 3);
			expect(
				top.some((q) => q.side === 'story' && /Bolivia/.test(q.text)),
				question,
			).toBe(true);
			expect(
				top.some((q) => q.side === 'real'),
				question,
			).toBe(true);
		}
	});

	it('GIVEN "what night is it on and where can I stream it" THEN the night and the streaming service are both quoted', () => {
		const top = engine.ask('what night is pd on and where can i stream it').quotes.slice(0, 3);
		expect(top.some((q) => /Wednesdays/.test(q.text))).toBe(true);
		expect(top.some((q) => /Peacock/.test(q.text))).toBe(true);
	});

	it('GIVEN "does Jesse still love Halstead" THEN of his words, those naming Halstead come first', () => {
		expect(engine.ask('does jesse still love halsted').quotes[0]?.text).toMatch(/I still love Halstead/);
	});

	it('GIVEN "does Jesse still work on the show" THEN his directing episodes answers', () => {
		for (const question of [
			'Does Jesse Lee Soffer still work on Chicago P.D.?',
			'is jesse still involved w the show at all',
		])
			expect(engine.ask(question).quotes[0]?.text, question).toMatch(/continues to direct episodes/);
	});

	it('GIVEN "does the showrunner have an idea where Upton went" THEN her own version of it is among the top three', () => {
		const top = engine.ask('Does the showrunner have an idea of where Upton went?').quotes.slice(0, 3);
		expect(top.some((q) => /my own version of where she went/.test(q.text))).toBe(true);
	});

	it('GIVEN "why were Jay and Hailey awkward as partners at first" THEN the sentence opening "They…" after one naming both answers', () => {
		expect(engine.ask('why were jay and hailey kinda awkward as partners at first').quotes[0]?.text).toMatch(
			/a bit rocky at first/,
		);
	});

	it('GIVEN "which unit does she work in" and "when do new eps hit peacock" THEN the unit and "the next day" answer', () => {
		expect(engine.ask('Which unit does Hailey Upton work in?').quotes[0]?.text).toMatch(/Intelligence Unit/);
		expect(engine.ask('when do new eps hit peacock').quotes[0]?.text).toMatch(/stream the next day on Peacock/);
	});

	it('GIVEN "the name of the season 7 episode where Jay gets shot" THEN the episode\'s title answers, not a season\'s', () => {
		expect(analyse('whats the name of the s7 ep where halstead gets shot', vocab).nameOf).toBe('episod');
		expect(engine.ask("What's the name of the season 7 episode where Jay gets shot?").quotes[0]?.text).toMatch(
			/“Mercy”/,
		);
	});

	it('GIVEN "bringing Jesse back" and "exti" for exit THEN the phrase and the word are read as meant', () => {
		const a = analyse('did the writers consider bringing jesse back for uptons exti', vocab);
		expect(a.concepts.map((c) => c.word)).not.toContain('bringing');
		expect(a.concepts.some((c) => c.word === 'exit')).toBe(true);
		expect(engine.ask('did the writers consider bringing jesse back for uptons exti').answered).toBe(true);
	});

	it('GIVEN "story vs irl" THEN "vs" is not a word to find, and both reasons are given', () => {
		const a = analyse('why did hailey leave in the story vs why did tracy actually leave', vocab);
		expect(a.concepts.map((c) => c.word)).not.toContain('vs');
		expect(engine.ask('why did hailey leave in the story vs why did tracy actually leave').answered).toBe(true);
	});

	it('GIVEN "what new TV series is she on" THEN "the New York Post" is not something new, and the articles do not say', () => {
		expect(engine.ask('What new TV series has Tracy Spiridakos signed on to after Chicago P.D.?').answered).toBe(false);
	});

	it('GIVEN "who directed her farewell episode" THEN directing must be what the quote tells; Jesse directing other episodes does not answer', () => {
		expect(engine.ask("Who directed Hailey Upton's farewell episode?").answered).toBe(false);
		expect(engine.ask('who directs episodes').quotes[0]?.text).toMatch(/continues to direct episodes/);
	});

	it('GIVEN "who officiated their wedding" THEN officiating is not being official, and the articles do not say', () => {
		expect(engine.ask("Who officiated Jay and Hailey's wedding?").answered).toBe(false);
	});

	it('GIVEN "what time does Chicago Med air" THEN the time Chicago P.D. airs is no answer', () => {
		expect(engine.ask('what time does chicago med air').answered).toBe(false);
		expect(engine.ask('what time does chicago pd air').quotes[0]?.text).toMatch(/10 p\.m\./);
		expect(engine.ask('is will halstead on chicago med').quotes[0]?.text).toMatch(/Chicago Med/);
	});

	it('GIVEN "did her exit have anything to do with Halstead" THEN Halstead is Jay, not "Will" read into "with", and her reason not involving her ex answers', () => {
		const q = "Did Upton's exit have anything to do with Halstead?";
		expect(analyse(q, vocab).entities).toEqual(['hailey-upton', 'jay-halstead']);
		expect(engine.ask(q).quotes[0]?.text).toMatch(/didn’t involve her ex/);
		// "Nothing left to do with Jay" is what remains for the actor to do, not whether something involves Jay.
		expect(
			analyse('why did jesse feel there was nothing left to do with jay', vocab).concepts.map((c) => c.word),
		).not.toContain('involve');
	});

	it('GIVEN "why leave her ending so open ended" THEN the showrunner saying what the open ending was for is in the top three', () => {
		const top = engine.ask("why'd they leave upton's ending so open ended").quotes.slice(0, 3);
		expect(top.some((q) => /hope, opportunity and possibility|the more open-ended it was/.test(q.text))).toBe(true);
		expect(
			analyse('what was the point of leaving the ending so vague', vocab).concepts.some((c) =>
				c.alts.some((alt) => alt.join(' ') === 'open end'),
			),
		).toBe(true);
	});

	it('GIVEN "when was Jay\'s last episode" THEN his last appearance answers it', () => {
		expect(engine.ask("When was Jay Halstead's last episode?").quotes[0]?.text).toMatch(/last appearance in season 10/);
	});

	it('GIVEN a question about the season 11 finale THEN quotes naming only other seasons come after those about 11', () => {
		const top = engine.ask('what happened to upton in the season 11 finale').quotes.slice(0, 3);
		expect(top.filter((q) => /season (9|14)\b|series 14/.test(q.text) && !/season 11/i.test(q.text))).toEqual([]);
	});

	it('GIVEN "what is Tracy looking to do after P.D." THEN what she wanted ("curious what was out there for me") answers', () => {
		expect(engine.ask('What is Tracy Spiridakos looking to do after Chicago P.D.?').quotes[0]?.text).toMatch(
			/curious what was out there for me/,
		);
	});

	it('GIVEN "which city in Bolivia" THEN "in Bolivia" is no answer and the articles do not say, while "which country" is answered', () => {
		expect(engine.ask('Which city in Bolivia was Halstead stationed in?').answered).toBe(false);
		expect(engine.ask('which country did jay go to').quotes[0]?.text).toMatch(/Bolivia/);
	});

	it("GIVEN \"what's Sigan's reasoning for keeping Jay out of her send-off\" THEN it is a why-question answered in the showrunner's words", () => {
		const a = engine.ask("whats sigen's reasoning for keeping jay out of upton's send off");
		expect(a.kind).toBe('why');
		expect(a.quotes[0]?.text).toMatch(/I wanted it to be about \[Upton\]/);
	});

	it('GIVEN "did Jesse get bored of playing Jay" or "had the role run its course" THEN "not much that can shift or transform" answers', () => {
		for (const q of ['did jesse get bored of playing jay', 'did jesse think halstead had run out of story?'])
			expect(engine.ask(q).quotes[0]?.text).toMatch(/not much that can shift or transform/);
	});

	it('GIVEN "did Jay and Hailey get along when first partnered" THEN "a bit rocky at first" answers', () => {
		expect(engine.ask('did jay and hailey get along when they were first partnered').quotes[0]?.text).toMatch(
			/a bit rocky at first/,
		);
	});

	it('GIVEN "who broke the story about them dating" THEN the source that told the New York Post answers, and "have they confirmed it" does not turn to it first', () => {
		expect(engine.ask('who broke the story about them dating').quotes[0]?.text).toMatch(
			/a source (tells|told) the New York Post/,
		);
		expect(engine.ask("Have Tracy or Jesse confirmed they're dating?").quotes[0]?.text).toMatch(
			/commented on the relationship rumors/,
		);
	});

	it('GIVEN "did she quit or was she fired" THEN the word closest to one side ("resigned") answers, not the broad "left"', () => {
		for (const q of ['Did Upton quit or was she fired?', 'did hailey get fired or did she quit'])
			expect(engine.ask(q).quotes[0]?.text).toMatch(/took the leap and resigned/);
	});

	it('GIVEN "when\'s Hailey\'s last season" THEN her leaving after season 11 answers, and the source that differs comes last', () => {
		const quotes = engine.ask('whens haileys last season').quotes;
		expect(quotes[0]?.text).toMatch(/leaving Chicago P\.D\. after season 11/);
		expect(quotes.at(-1)?.text).toMatch(/season 14/);
	});

	it('GIVEN a name the articles never give ("her middle name", "the cartel\'s name") THEN Molly says they do not cover it', () => {
		expect(engine.ask("whats hailey's middle name").answered).toBe(false);
		expect(engine.ask('whats the cartel name').answered).toBe(false);
		expect(engine.ask("whats the name of jay's brother").quotes[0]?.text).toMatch(/Will Halstead/);
	});

	it('GIVEN "why are fans so salty about how the marriage ended" THEN the fans being frustrated with how it ended answers', () => {
		expect(engine.ask('why are upstead fans so salty about how the marriage ended').quotes[0]?.text).toMatch(
			/frustrated with how things ended/,
		);
	});

	it('GIVEN "why did Tracy want to leave" beside the story\'s why THEN wanting is the why, and both are answered', () => {
		const a = engine.ask('Why did Upton leave the unit, and why did Tracy want to leave the show?');
		expect(a.answered).toBe(true);
		expect(a.quotes.some((q) => q.side === 'story') && a.quotes.some((q) => q.side === 'real')).toBe(true);
	});

	it('GIVEN "which outlet did she explain it to" THEN "she told TVLine" answers though it never says "outlet"', () => {
		expect(engine.ask('which outlet did gwen explain the no-jay decision to').quotes[0]?.text).toMatch(/told TVLine/);
	});

	it('GIVEN "the epsiode" and "deputy supt" THEN the misspelt thing named and the abbreviation are read as meant', () => {
		expect(engine.ask('name of the epsiode where halstead gets shot in season 7').quotes[0]?.text).toMatch(/“Mercy”/);
		expect(engine.ask('who plays deputy supt miller').quotes[0]?.text).toMatch(/Deputy Superintendent Samantha Miller/);
	});

	it('GIVEN "which ep did she make the divorce official" THEN signing the papers "to formally end their marriage" answers, not "True or False"', () => {
		expect(engine.ask('which ep did hailey make the divorce official').quotes[0]?.text).toMatch(
			/formally end their marriage/,
		);
	});

	it('GIVEN "does Jesse still love the character" THEN the character is Halstead, the role Jesse played', () => {
		expect(analyse('does jesse still love the character', vocab).named).toContain('jay-halstead');
		expect(engine.ask('does jesse still love the character').quotes[0]?.text).toMatch(/I still love Halstead/);
	});

	it('GIVEN "in-show why did Halstead leave and irl why did Jesse go" THEN the story\'s reason leads and the actor\'s follows', () => {
		const [first, second] = engine.ask('in-show why did halstead leave and irl why did jesse go').quotes;
		expect(first?.text).toMatch(/Army task force/);
		expect(second?.side).toBe('real');
	});

	it('GIVEN "does Voight have a love interest" THEN the romance ahead for Miller and Voight answers', () => {
		expect(engine.ask('does voight have a love interest').quotes[0]?.text).toMatch(
			/romance ahead for Miller and Voight/,
		);
	});

	it('GIVEN "does the showrunner have an idea where Upton went" THEN it asks behind the scenes, and her own version answers first', () => {
		expect(engine.ask('Does the showrunner have an idea of where Upton went?').quotes[0]?.text).toMatch(
			/my own version of where she went/,
		);
	});

	it('GIVEN "what\'s Hailey\'s last case about" THEN her exit episode, working to save Voight from a serial killer, is in the top three', () => {
		const top = engine.ask("what's hailey's last case about").quotes.slice(0, 3);
		expect(top.some((q) => /clutches of a serial killer/.test(q.text))).toBe(true);
	});

	it('GIVEN "is Voight cool with people in his unit dating" THEN his stance on inter-office romance answers', () => {
		expect(engine.ask('is voight cool with people in his unit dating each other').quotes[0]?.text).toMatch(
			/inter-office romances/,
		);
	});

	it('GIVEN "the aug 2023 insta pic" THEN the month, the photo and "who else" are read as meant', () => {
		expect(
			engine.ask('what was the aug 2023 insta pic tracy and jesse posted and who else was in it').quotes[0]?.text,
		).toMatch(/In August 2023, Spiridakos and Soffer both shared a photo/);
	});

	it('GIVEN "who was the serial killer" or "where is Tracy from originally" THEN Molly says the articles do not say', () => {
		expect(engine.ask('who was the serial killer that went after voight').answered).toBe(false);
		expect(engine.ask('where is tracy spiridakos from originally').answered).toBe(false);
		// A name beside the thing asked for answers: "showrunner Gwen Sigan".
		expect(engine.ask('who is the showrunner').quotes[0]?.text).toMatch(/showrunner (Gwen Sigan|Derek Haas)/);
	});

	it('GIVEN "who plays Voight and what\'s his rank" and "how does Jesse compare leaving to a family" THEN each is answered', () => {
		expect(engine.ask("who plays voight and what's his rank").quotes[0]?.text).toMatch(
			/Sergeant Hank Voight \(Jason Beghe\)/,
		);
		expect(engine.ask('How does Jesse compare leaving the show to a family?').quotes[0]?.text).toMatch(/In a family/);
		expect(engine.ask('What kind of relationship will Voight and Miller have instead?').quotes[0]?.text).toMatch(
			/non-traditional/,
		);
	});

	it('GIVEN "will Voight end up with Miller", "what dynamic will they have", "a full time gig with the feds" THEN each is answered', () => {
		expect(engine.ask('Is Voight going to end up with Miller?').quotes[0]?.text).toMatch(
			/romance ahead for Miller and Voight/,
		);
		expect(engine.ask('what kind of dynamic are hank and millar gonna have').quotes[0]?.text).toMatch(
			/codependent connection/,
		);
		expect(engine.ask('did the feds ever offer upton a full time gig').quotes[0]?.text).toMatch(
			/permanent job with the FBI/,
		);
	});

	it('GIVEN "szn" for season, "offical" for official, "the title of the episode" THEN each is answered', () => {
		expect(engine.ask('upstead wedding was wat szn').quotes[0]?.text).toMatch(/married in season 9/);
		expect(engine.ask('when did hailey make the divorce offical').quotes[0]?.text).toMatch(/signed the divorce papers/);
		expect(engine.ask('What is the title of the season seven episode where Jay gets shot?').quotes[0]?.text).toMatch(
			/“Mercy”/,
		);
	});

	it('GIVEN the name of the season 11 finale, which no article gives THEN "the final nail" is not taken for it', () => {
		expect(engine.ask('whats the title of the season 11 finale').answered).toBe(false);
		expect(engine.ask('what is the name of the season 11 finale').answered).toBe(false);
	});

	it('GIVEN "what time is pd on", "bc of the story or jesse", "one extra season", "go ahead and quit" THEN each is answered', () => {
		expect(engine.ask('wat time is pd on').quotes[0]?.text).toMatch(/Wednesdays at 10 p\.m\. ET/);
		// "On Peacock" is where it streams, not when it airs.
		expect(engine.ask('is chicago pd on peacock').quotes[0]?.text).toMatch(/Peacock/);
		expect(topThree('why did jay leave chicago bc of the story or jesse')).toMatch(
			/Army task force|army job in Bolivia/,
		);
		expect(engine.ask('Why did Tracy Spiridakos stay for one extra season?').quotes[0]?.text).toMatch(
			/one more year|one last season/,
		);
		expect(engine.ask('Who convinced Upton to go ahead and quit the unit?').quotes[0]?.text).toMatch(
			/encouragement from Voight/,
		);
	});

	it('GIVEN "who played Hailey Upton\'s husband" THEN the answer is who plays the husband, not who plays her', () => {
		const answer = engine.ask("Who played Hailey Upton's husband?");
		expect(answer.quotes[0]?.text).toMatch(/husband, Detective Jay Halstead, played by Jesse Lee Soffer/);
		// No article says who plays Jay's wife in those words, and Jay's own casting does not answer it.
		expect(engine.ask('who played jay’s wife').answered).toBe(false);
		expect(engine.ask('who plays jays brother').quotes[0]?.text).toMatch(/Will Halstead \(Nick Gehlfuss\)/);
	});

	it('GIVEN "who is the showrunner right now" or "pd showrunner rn" THEN the showrunner is named, not a quote with "right now"', () => {
		for (const question of ['who is the showrunner right now', 'pd showrunner rn'])
			expect(engine.ask(question).quotes[0]?.text).toMatch(/showrunner Gwen Sigan/);
		// "Now" still asks for now where the question is about where someone is now.
		expect(engine.ask('where is jay now').quotes[0]?.text).toMatch(/another country right now/);
	});

	it('GIVEN "why do fans call them upstead" or "where does the name upstead come from" THEN the name is explained', () => {
		firstQuotesMatch(
			['y do ppl call them upstead', 'why are they called upstead', 'where does the name upstead come from'],
			/combined names of Upton and Halstead/,
		);
	});

	it('GIVEN "s11 premiere case?", "new characters joining", "what szn is tracy\'s last" THEN the sentence that says it comes first or near', () => {
		expect(engine.ask('s11 premiere case?').quotes[0]?.text).toMatch(/brutal double homicide/);
		expect(engine.ask('Are any new characters joining Chicago P.D. in season 11?').quotes[0]?.text).toMatch(
			/new characters coming in/,
		);
		expect(topThree("what szn is tracy's last")).toMatch(/after season 11|Season 11 finale/);
	});

	it('GIVEN "how did Jay\'s dad die", which no article tells THEN Molly says so rather than quoting what Jay did when he died', () => {
		for (const question of ["how did jay's dad die", 'How did Jay’s father die?', "how did upton's dad die"])
			expect(engine.ask(question).answered).toBe(false);
		// How Jay took it is told: his acting out.
		expect(engine.ask("how did jay handle his dad's death").quotes[0]?.text).toMatch(/acting out when his father died/);
	});

	it('GIVEN "why did Upton leave" THEN her own reason and her actor\'s come first, not Jay\'s decision to leave', () => {
		const answer = engine.ask('Why did Hailey Upton leave Chicago P.D.?');
		const top = answer.quotes.slice(0, 3);
		expect(top.map((q) => q.text).join(' ')).not.toMatch(/His decision to leave/);
		expect(top.some((q) => q.side === 'story' && /fresh start|feel better|last step she needed/.test(q.text))).toBe(
			true,
		);
		expect(top.some((q) => q.side === 'real' && q.speaker === 'Tracy Spiridakos')).toBe(true);
	});

	it('GIVEN "why did Erin Lindsay leave Chicago", which the articles only mention THEN Molly says they do not say', () => {
		expect(engine.ask('Why did Erin Lindsay leave Chicago?').answered).toBe(false);
		expect(engine.ask('Why did Sophia Bush leave Chicago P.D.?').answered).toBe(false);
	});

	it('GIVEN fans\' own words ("back from New York", "torn about", "contact", "eyeing", "handing in her badge") THEN the answer is found', () => {
		expect(
			engine.ask('After Hailey came back from New York, what job offer was she torn about?').quotes[0]?.text,
		).toMatch(/permanent job with the FBI/);
		expect(engine.ask("Who did Tracy contact when she decided she'd only do one more season?").quotes[0]?.text).toMatch(
			/reached out to Gwen/,
		);
		expect(engine.ask('was Upton eyeing any federal agencies after handing in her badge').quotes[0]?.text).toMatch(
			/FBI, FEMA and DEA/,
		);
	});

	it('GIVEN "Chicago Fire", a show no article covers THEN Molly says so rather than giving Chicago P.D.\'s air time', () => {
		expect(engine.ask('What time does Chicago Fire air?').answered).toBe(false);
		expect(engine.ask('when does chicago fire come back on').answered).toBe(false);
		// Chicago the city is not a show: "leaving the CPD and Chicago" is still about Upton.
		expect(engine.ask('What time does Chicago P.D. air?').quotes[0]?.text).toMatch(/Wednesdays at 10 p\.m\./);
	});

	it('GIVEN "where did Jesse grow up" THEN "I really wanted to grow" is not taken for an answer', () => {
		expect(engine.ask('Where did Jesse Lee Soffer grow up?').answered).toBe(false);
	});

	it('GIVEN "how many years did Jesse spend as Jay" or "did Tracy put in" THEN the length is answered', () => {
		expect(engine.ask('how many years did jesse spend as jay').quotes[0]?.text).toMatch(/a decade of playing Halstead/);
		expect(engine.ask('how many years did Tracy put in on the show').quotes[0]?.text).toMatch(/seven/);
	});

	it('GIVEN a statement, a comma, then the question ("I missed the episode last night, when does…") THEN the question is what is answered', () => {
		const answer = engine.ask(
			'I missed the episode last night, when does a new Chicago P.D. episode show up on streaming?',
		);
		expect(answer.quotes[0]?.text).toMatch(/stream the next day on Peacock/);
	});

	it('GIVEN "at what point did Hailey figure out…" THEN it asks when, and the season answers', () => {
		const answer = engine.ask('at what point did Hailey figure out she was into Jay');
		expect(answer.kind).toBe('when');
		expect(answer.quotes[0]?.text).toMatch(/season seven/);
	});

	it('GIVEN "why did Hailey cry in season 6" THEN why she cried comes first, not a reason for something else said of a sixth season', () => {
		for (const question of ['why did hailey cry in season 6', 'Why did Hailey burst into tears in season six?'])
			expect(engine.ask(question).quotes[0]?.text).toMatch(/thinking Jay was dead/);
	});

	it('GIVEN "what did Jay do in Bolivia that wrecked things with Hailey" THEN what he did, or the nail in the coffin, comes first', () => {
		for (const question of [
			'what did jay do while he was in bolivia that wrecked things with hailey',
			'how did jay mess things up w hailey while he was in bolivia',
		])
			expect(engine.ask(question).quotes[0]?.text).toMatch(/failed to tell his wife|final nail in the coffin/);
	});

	it('GIVEN "what rank is Voight" or "what is Samantha Miller\'s job" THEN the title before the name answers', () => {
		expect(engine.ask('What rank is Hank Voight?').quotes[0]?.text).toMatch(/Sergeant Hank Voight/);
		expect(engine.ask("What is Samantha Miller's job?").quotes[0]?.text).toMatch(
			/Deputy Superintendent Samantha Miller/,
		);
		// "What job was Hailey offered…" asks for the job itself.
		expect(engine.ask('What job was Hailey offered after she came back from New York?').quotes[0]?.text).toMatch(
			/permanent job with the FBI/,
		);
	});

	it('GIVEN "the actor behind Jay", "any chance Halsted shows back up", "how is Will related to Jay" THEN each is answered', () => {
		expect(engine.ask("Who's the actor behind Jay Halstead?").quotes[0]?.text).toMatch(
			/Soffer played|played by Jesse Lee Soffer/,
		);
		// "Any chance Halsted…" is not Will Halstead.
		expect(engine.ask('any chance Halsted shows back up someday?').quotes[0]?.text).toMatch(/Never say never/);
		expect(engine.ask('how is will halstead related to jay and what does he do?').quotes[0]?.text).toMatch(
			/his brother, Will Halstead/,
		);
		expect(engine.ask("new to the fandom lol why does everyone keep saying 'upstead'").quotes[0]?.text).toMatch(
			/combined names/,
		);
	});

	it('GIVEN "who shot Jay in Mercy", which no article tells THEN Hailey "finding him with a bullet in him" is not the shooter', () => {
		expect(engine.ask('Who shot Jay in the episode Mercy?').answered).toBe(false);
		// A doer named beside the doing still answers.
		expect(engine.ask('who reported that tracy and jesse are dating?').quotes[0]?.text).toMatch(/New York Post/);
	});

	it('GIVEN "how did Upton get to the airport" THEN the way she went (a cab) comes first', () => {
		for (const question of ['How did Upton get to the airport?', 'How does Upton leave Chicago in the last scene?'])
			expect(engine.ask(question).quotes[0]?.text).toMatch(/took a cab to the Chicago O’Hare Airport/);
	});

	it('GIVEN "why\'d soffer call it quits" or "why did Upstead call it off" THEN it asks why he left or why they split, not what a name means', () => {
		expect(engine.ask("why'd soffer call it quits on PD").quotes[0]?.text).toMatch(/time to move on|ready for more/);
		expect(engine.ask('why did upstead call it off').quotes[0]?.text).toMatch(/final nail in the coffin/);
	});

	it('GIVEN "who\'s running Chicago PD", "which character does Beghe play", "what set him off", "what reason did Upton give" THEN each is answered', () => {
		expect(engine.ask('Who’s running Chicago PD these days').quotes[0]?.text).toMatch(/showrunner Gwen Sigan/);
		expect(engine.ask('Which character does Jason Beghe play?').quotes[0]?.text).toMatch(/Voight/);
		expect(
			engine.ask("I'm rewatching season 6 right now and Jay is kind of a mess in it. What set him off?").quotes[0]
				?.text,
		).toMatch(/when his father died/);
		expect(engine.ask('What reason did Upton give for quitting the Intelligence Unit?').quotes[0]?.text).toMatch(
			/fresh start|feel better|last step she needed/,
		);
		expect(engine.ask("What does Tracy love about how Hailey's story wrapped up").quotes[0]?.text).toMatch(
			/see her be happy|for her|discover herself|filled in the blank/,
		);
	});

	it('GIVEN a relative in the chat around a casting question ("my sister keeps asking me, who plays Voight?") THEN the casting answers', () => {
		expect(engine.ask('my sister keeps asking me, who plays voight?').quotes[0]?.text).toMatch(/Jason Beghe/);
		// A relative of the person asked about is still who the question is about.
		expect(engine.ask("Who played Hailey Upton's husband?").quotes[0]?.text).toMatch(/husband/);
	});

	it('GIVEN "her own headcanon", "who used to run Chicago PD", "gave Upton the push", "part of the cast" THEN each is answered', () => {
		expect(engine.ask('does gwen sigan have her own headcanon for where upton went').quotes[0]?.text).toMatch(
			/my own version of where she went/,
		);
		expect(topThree('Who used to run Chicago PD before?')).toMatch(/former Chicago P\.D\. showrunner Derek Haas/);
		expect(engine.ask('Who gave Upton the push she needed to resign?').quotes[0]?.text).toMatch(
			/encouragement from Voight/,
		);
		expect(engine.ask('How long was Tracy Spiridakos part of the cast?').quotes[0]?.text).toMatch(/seven/);
	});

	it('GIVEN "what\'s the plot of Upton\'s final episode" THEN what she does in it comes first, not that she leaves in it', () => {
		firstQuotesMatch(
			[
				"What's the plot of Upton's final episode?",
				'what is upton doing in her final episode',
				'What is Hailey up against in her final episode?',
			],
			/working against the clock to save/,
		);
		// What fans thought would happen is not the plot.
		expect(engine.ask('what did ppl think would happen to upton before the finale').quotes[0]?.text).toMatch(
			/theorized/,
		);
	});

	it('GIVEN "what unit is Upton part of" or "does she belong to" THEN the unit she is a member of comes first', () => {
		for (const question of ['What unit is Hailey Upton part of?', 'What unit does Hailey Upton belong to?'])
			expect(engine.ask(question).quotes[0]?.text).toMatch(/a member of CPD’s Intelligence Unit/);
		// "Whose franchise is it part of" is not about membership.
		expect(engine.ask('whose franchise is chicago pd part of').answered).toBe(true);
	});

	it('GIVEN "wasn\'t anything left to do with Halstead" or "wasn\'t more to do" THEN it asks about nothing being left, not about leaving', () => {
		for (const question of [
			"Why did Jesse feel like there wasn't anything left to do with Halstead?",
			'Why did Jesse feel there wasn’t more to do with Halstead?',
		])
			expect(topThree(question), question).toMatch(/not much that can shift or transform/);
	});
});

describe('opinions, opposites and short names', () => {
	it('GIVEN "how does Tracy feel about her coworkers" THEN her own words about the cast come first', () => {
		firstQuotesMatch(
			['how does Tracy feel about her coworkers', 'what does Spiridakos think of her castmates'],
			/I love everybody on the show/,
		);
		expect(engine.ask('how does Jesse imagine Jay now').quotes[0]?.text).toMatch(/in another country/);
		// What fans thought is not one person's own words.
		expect(engine.ask('what did fans think would happen to upton').quotes[0]?.text).toMatch(/theorized/);
	});

	it('GIVEN "was it easy for Tracy" THEN the quote saying it was hard answers', () => {
		expect(engine.ask('was it easy for Tracy to say goodbye').quotes[0]?.text).toMatch(/hard decision/);
	});

	it('GIVEN "who plays Will?" THEN "Will" is Will Halstead, and a question opening with "will" is still yes or no', () => {
		expect(engine.ask('Who plays Will?').quotes[0]?.text).toMatch(/Will Halstead \(Nick Gehlfuss\)/);
		const modal = analyse('will jay come back', vocab);
		expect(modal.entities).toEqual(['jay-halstead']);
		expect(modal.kind).toBe('yes-no');
	});

	it('GIVEN chat like "ngl", "fr" or a question after an ellipsis THEN the question itself is read', () => {
		const chat = analyse('ngl will voight and miller ever date fr', vocab);
		expect(chat.kind).toBe('yes-no');
		expect(engine.ask('ngl will voight and miller ever date fr').quotes[0]?.text).toMatch(/romance ahead/);
		expect(engine.ask('so the taxi driver asks where she is headed... what does Hailey do').quotes[0]?.text).toMatch(
			/smiled and looked out the window/,
		);
		expect(engine.ask("how is hailey's dad doing health-wise").quotes[0]?.text).toMatch(/heart attack/);
	});

	it('GIVEN a side asked for in words ("irl") THEN the other side is not pushed into the answer', () => {
		const sides = engine.ask('are tracy and jesse together irl').quotes.slice(0, 3);
		expect(sides.every((q) => q.side === 'real')).toBe(true);
	});
});

describe('times told of the event asked about', () => {
	it('GIVEN "which season did Jesse leave" THEN the season he left comes first, not the season he joined', () => {
		for (const question of ['which season did jesse exit in', 'In what season did Jesse Lee Soffer leave?']) {
			const first = engine.ask(question).quotes[0]?.text;
			expect(first, question).toMatch(/season 10/i);
			expect(first, question).not.toMatch(/joined/);
		}
	});
});

describe("a character's words, not the actor's", () => {
	it('GIVEN "what did Hailey say when the cab driver asked where she was going" THEN the scene comes first, not an interview', () => {
		const first = engine.ask('what did hailey say when the taxi guy asked her where she was going').quotes[0];
		expect(first?.text).toMatch(/taxi driver asked her/);
		expect(first?.side).toBe('story');
		expect(engine.ask('what does hailey say to the taxi guy').quotes[0]?.speaker).not.toBe('Tracy Spiridakos');
	});
});

describe('more ways fans put it', () => {
	it('GIVEN "why did they leave her ending so open" THEN it asks why the ending is open-ended, not about leaving', () => {
		expect(engine.ask("why did they leave hailey's ending so open").quotes[0]?.text).toMatch(
			/hope, opportunity and possibility/,
		);
	});

	it('GIVEN a squad, a vibe, a bedside or "talk her out of" THEN the article\'s own words for them are found', () => {
		expect(engine.ask('which squad does Upton belong to').quotes[0]?.text).toMatch(/Intelligence Unit/);
		expect(engine.ask('did voight try to talk her out of leaving').quotes[0]?.text).toMatch(
			/encouragement from Voight/,
		);
		expect(topThree("why didn't hailey tell jay how she felt at his bedside")).toMatch(/interrupted by a phone call/);
		expect(engine.ask('what did Tracy call Jesse when his exit was announced').quotes[0]?.text).toMatch(
			/absolute best|greatest onscreen husband/,
		);
	});
});

describe('questions about money', () => {
	it('GIVEN "how much does Peacock cost a month" THEN Molly says the articles do not cover it instead of quoting where to stream', () => {
		for (const question of ['how much is peacock a month', 'how much does tracy make per season'])
			expect(engine.ask(question).answered, question).toBe(false);
		// "How much longer" asks for a time, which the articles do give.
		expect(engine.ask('how much longer would jesse have stayed if he signed again').quotes[0]?.text).toMatch(
			/another three years/,
		);
	});
});

describe('two questions in one', () => {
	it('GIVEN "which season did Jay leave and which season did Hailey leave" THEN both answers lead, with the differing source noted', () => {
		const answer = engine.ask('which season did jay leave, and what season did hailey leave?');
		const [first, second] = answer.quotes;
		expect(first?.text).toMatch(/season 10/i);
		expect(second?.text).toMatch(/season 11/i);
		expect(answer.notes.map((n) => n.text).join(' ')).toMatch(/one source says season 14/);
	});

	it('GIVEN two questions in one whose whole answer has both sides THEN the split answer keeps both in the top three', () => {
		const top = engine
			.ask('so why did soffer really quit pd, and how did the show explain jay being gone?')
			.quotes.slice(0, 3);
		expect(top.some((q) => q.side === 'story' && /Bolivia/.test(q.text))).toBe(true);
		expect(top.some((q) => q.side === 'real')).toBe(true);
	});
});

describe("one person's thoughts", () => {
	it('GIVEN "what does Voight think about Upstead" THEN what his actor said of it comes first, not lines spoken to him', () => {
		expect(engine.ask('what does voight think of upstead').quotes[0]?.text).toMatch(/don’t ask, don’t tell/);
	});

	it('GIVEN "who plays Will and who plays Jay" THEN both actors are named in the first two quotes', () => {
		const firstTwo = engine
			.ask('who plays will and who plays jay')
			.quotes.slice(0, 2)
			.map((q) => q.text)
			.join(' ');
		expect(firstTwo).toMatch(/Nick Gehlfuss/);
		expect(firstTwo).toMatch(/Soffer/);
	});
});

describe('coping, favourites and catching up', () => {
	it('GIVEN "how did Jay cope when his father passed" THEN his acting out is found', () => {
		expect(engine.ask('how did jay cope when his father passed').quotes[0]?.text).toMatch(
			/acting out when his father died/,
		);
	});

	it('GIVEN "what was Tracy\'s fave part of the ending" THEN what she loved about it is found', () => {
		expect(topThree("what was tracy's favourite part of how hailey's story wrapped up")).toMatch(/What I really loved/);
	});

	it('GIVEN "if I miss an episode when can I catch it online" THEN the next-day streaming answers', () => {
		expect(engine.ask('if i miss an episode when can i catch it online').quotes[0]?.text).toMatch(
			/stream the next day on Peacock/,
		);
	});
});

describe('who told the news', () => {
	it('GIVEN "who reported that Tracy and Jesse are a thing" THEN the quote naming the outlet that was told answers', () => {
		for (const question of [
			'who broke the news that jesse and tracy are dating',
			'who first reported jesse and tracy are a thing',
		])
			expect(engine.ask(question).quotes[0]?.text, question).toMatch(/told the New York Post/);
	});
});

describe("one person's own words about them", () => {
	it('GIVEN "how does Soffer feel about fans asking if Jay will return" THEN his words about those fans come first', () => {
		expect(engine.ask('how does jesse feel about fans asking whether he is coming back').quotes[0]?.text).toMatch(
			/I feel so bad for the fans/,
		);
	});
});

describe('off-topic questions', () => {
	it('GIVEN a question about no one on the show in words the articles lack THEN Molly declines', () => {
		for (const question of ['best deep dish place in chicago', 'best pizza place in chicago'])
			expect(engine.ask(question).answered, question).toBe(false);
		// About the show, though no one is named: still answered.
		expect(engine.ask('is chicago pd on any streaming service').answered).toBe(true);
	});
});

describe('phrasal verbs split by their object', () => {
	it('GIVEN "ship her off" or "talk her into" THEN the phrase is read whole', () => {
		expect(engine.ask('where did voight ship upton off to').quotes[0]?.text).toMatch(
			/sends Hailey to the FBI in New York/,
		);
		expect(engine.ask('did voight talk her into resigning').quotes[0]?.text).toMatch(/encouragement from Voight/);
		expect(analyse('why did they write her off', vocab).concepts[0]?.alts[0]).toEqual(['leav']);
	});
});

describe('an earlier show', () => {
	it('GIVEN "what was Tracy in before PD" THEN Molly says the articles do not cover it instead of quoting her PD role', () => {
		for (const question of [
			'what was tracy spiridakos on before pd',
			'What show was Jesse Lee Soffer in before Chicago P.D.?',
		])
			expect(engine.ask(question).answered, question).toBe(false);
		// "Which outlet did she talk to before her exit" asks for any outlet, the "before" only dating it.
		expect(engine.ask('Which outlet did Tracy talk to before her exit?').answered).toBe(true);
	});
});

describe('a "no" as the answer', () => {
	it('GIVEN "have they ever said anything about the rumours" THEN that neither has commented comes first', () => {
		expect(engine.ask('has jesse or tracy ever said anything about the dating rumours').quotes[0]?.text).toMatch(
			/Neither Spiridakos nor Soffer has commented/,
		);
		expect(engine.ask('did jay appear at all in upton’s goodbye episode').quotes[0]?.text).toMatch(
			/nor did he appear in the emotional farewell episode/,
		);
	});
});

describe('how two people got along', () => {
	it('GIVEN "did Jay and Hailey get along from the start" THEN the partnership that was rocky at first answers', () => {
		for (const question of ['did jay and hailey click at first', 'did jay and hailey click right away as partners'])
			expect(engine.ask(question).quotes[0]?.text, question).toMatch(/a bit rocky at first/);
	});
});

describe('characters to work with', () => {
	it('GIVEN "will Upton get any new characters to work with" THEN the new characters for her to play against answer', () => {
		expect(engine.ask('will upton get any new characters to work with').quotes[0]?.text).toMatch(
			/new characters coming in for her to play against/,
		);
	});
});

describe('a remark typed before the question', () => {
	it('GIVEN a lower-case statement, a full stop, then the question THEN the remark does not sink the answer', () => {
		expect(engine.ask('i missed season 11. why did hailey actually quit intelligence?').answered).toBe(true);
		expect(engine.ask('i just finished s11. did hailey get fired or did she quit herself').quotes[0]?.text).toMatch(
			/took the leap and resigned/,
		);
	});
	it('GIVEN "what was the line she said to Voight" THEN her own words to him answer', () => {
		const answer = engine.ask(
			'rewatched her last ep last night. what was the line hailey said to voight about leaving?',
		);
		expect(answer.quotes[0]?.text).toMatch(/feel better, be better/);
	});
});

describe('what a season is about', () => {
	it('GIVEN "what themes…" or "what would s11 focus on" THEN what the showrunner said the season digs into answers', () => {
		firstQuotesMatch(
			[
				'What themes did Sigan plan to explore with Upton in her last season?',
				'what did sigan say s11 would focus on for upton',
				"whats the theme of hailey's s11 arc per gwen",
			],
			/dig into growth and transformation/,
		);
	});
	it('GIVEN "per the spoilers" THEN it reads as "according to", not a rate', () => {
		expect(analyse('is upstead going to keep going per the spoilers', vocab).concepts.map((c) => c.word)).toContain(
			'according to',
		);
	});
});

describe('whom someone gave an interview', () => {
	it('GIVEN "who did Sigan talk to about Jay not being in the finale" THEN the outlet she told answers', () => {
		const answer = engine.ask('who did gwen sigan talk to about jay not being in the finale');
		expect(answer.answered).toBe(true);
		expect(answer.quotes[0]?.text).toMatch(/told TVLine/);
	});
});

describe('everyday words', () => {
	it('GIVEN an everyday word the articles use once ("big") THEN it does not outweigh what is asked', () => {
		const weights = new Map(
			analyse('after Hailey came back from New York, what big career choice was she stuck on?', vocab).concepts.map(
				(c) => [c.word, c.weight],
			),
		);
		expect(weights.get('big')).toBeLessThan(weights.get('career') ?? 0);
	});
});

describe('why something mattered', () => {
	it('GIVEN "why was leaving Chicago such a big deal for Hailey" THEN the step she needed to heal answers, not a contract', () => {
		firstQuotesMatch(
			[
				"why was leaving chicago such a big deal for hailey's arc",
				"why did leaving cpd matter so much for hailey's arc",
				'why was leaving town such a big deal for Hailey’s recovery',
			],
			/last step she needed to take to heal/,
		);
	});
});

describe('more ways of asking', () => {
	it('GIVEN "Miller\'s rank in the department" THEN her title answers; the department is where any rank is held', () => {
		expect(engine.ask("what's miller's rank in the department").quotes[0]?.text).toMatch(
			/Deputy Superintendent Samantha Miller/,
		);
	});
	it('GIVEN "how does Gwen describe Hailey\'s s11 journey" THEN the fun ride she called it answers', () => {
		expect(topThree("how does gwen describe hailey's s11 journey")).toMatch(/fun ride for her/);
	});
	it('GIVEN "how her story wrapped" THEN it is how it ended', () => {
		expect(topThree("what did tracy love most about how upton's story wrapped")).toMatch(/What I really loved/);
	});
});

describe('what a remark asks', () => {
	it('GIVEN "Tracy called Jesse the greatest... what exactly?" THEN what she called him is in the top three', () => {
		expect(topThree('in that goodbye post Tracy called Jesse the greatest... what exactly?')).toMatch(
			/greatest onscreen husband/,
		);
	});
	it('GIVEN a scene-setting "when" clause before the question THEN the question after it sets the kind', () => {
		expect(
			analyse('When Jay woke up in the hospital after being shot, what did he want Hailey to do?', vocab).kind,
		).toBe('what');
		expect(analyse('when did jay wake up, and what did he want?', vocab).kind).toBe('when');
	});
});

describe('labels and first names', () => {
	it('GIVEN "random crossover question: who plays Jay\'s brother Will on Med?" THEN the label is chat and Will is Will Halstead', () => {
		const answer = engine.ask("random crossover question: who plays Jay's brother Will on Med?");
		expect(answer.quotes[0]?.text).toMatch(/Nick Gehlfuss/);
		expect(analyse("who plays Jay's brother Will on Med?", vocab).entities).toContain('will-halstead');
	});
	it('GIVEN "who did Tracy give a heads up to" or "when did Jesse first open up" THEN telling is what is asked', () => {
		expect(engine.ask('who did tracy give a heads up to once she made up her mind to go?').quotes[0]?.text).toMatch(
			/reached out to Gwen/,
		);
		expect(engine.ask('When did Jesse Lee Soffer first open up about leaving?').quotes[0]?.text).toMatch(
			/February 2023/,
		);
	});
	it('GIVEN "who did Jay open up to" THEN a character is asked whom he told, not which outlet', () => {
		expect(analyse('who did jay open up to about missing hailey', vocab).asksName).toBeNull();
		expect(analyse('who did tracy open up to about her exit', vocab).asksName).toBe('outlet');
	});
});

describe('things the articles do not say', () => {
	it('GIVEN "does Jesse have siblings in real life" THEN his character\'s brother is no answer', () => {
		expect(engine.ask('Does Jesse Lee Soffer have siblings in real life?').answered).toBe(false);
		expect(engine.ask('does jay have a brother').quotes[0]?.text).toMatch(/his brother, Will Halstead/);
	});
	it('GIVEN "is there gonna be an Upton spinoff show" THEN it is declined: no article has a spinoff', () => {
		expect(engine.ask('is there gonna be an upton spinoff show??').answered).toBe(false);
	});
	it('GIVEN "why did Erin leave in the first place" THEN "first" asks for nothing first', () => {
		expect(engine.ask('why did erin lindsay leave chicago in the first place?').answered).toBe(false);
		expect(engine.ask('why did voight send hailey away in the first place?').answered).toBe(true);
	});
});

describe('a last season', () => {
	it('GIVEN "which season is Tracy\'s last one" THEN the season most sources give leads, and the one that differs is noted', () => {
		const answer = engine.ask("which season is tracy's last one");
		expect(answer.quotes[0]?.text).toMatch(/after season 11/);
		expect(answer.notes.map((n) => n.text).join(' ')).toMatch(/one source says season 14/);
	});
});

describe('what someone did', () => {
	it('GIVEN "what did Jay do to Hailey while he was away" THEN what he did, told with him doing it, comes first', () => {
		firstQuotesMatch(
			['What did Jay do to Hailey while he was off in Bolivia?', 'what did jay do wrong while he was in bolivia'],
			/Halstead failed to tell his wife/,
		);
	});
	it('GIVEN "what did Hailey do with her place" THEN "she packed up her apartment" answers through its pronoun', () => {
		expect(
			engine.ask('before the airport scene in the finale, what did Hailey do with her place?').quotes[0]?.text,
		).toMatch(/packed up her apartment/);
	});
});

describe('a clause that dates the question', () => {
	it('GIVEN "were Jay and Hailey friends before they got together" THEN their friendship answers, not their romance', () => {
		firstQuotesMatch(
			['Were Jay and Hailey friends before they got together?', 'were jay and hailey friends before they dated'],
			/good friends|confidants/,
		);
	});
	it('GIVEN "who was Jay teamed with before Hailey came along" THEN teamed is partnered', () => {
		expect(topThree('Who was Jay teamed with before Hailey came along?')).toMatch(/former partner, Erin Lindsay/);
	});
});

describe('a reason told as what was left', () => {
	it('GIVEN "why did Jesse say playing Halstead got stale" THEN "there\'s not much that can shift or transform" is in the top three', () => {
		expect(topThree('Why did Jesse say playing Halstead got stale?')).toMatch(/not much that can shift/);
	});
});

describe('where someone went', () => {
	it('GIVEN "where did Erin Lindsay move to after she left" THEN it is declined: "from Chicago" is where she left, not where she went', () => {
		expect(engine.ask('Where did Erin Lindsay move to after she left Chicago?').answered).toBe(false);
		expect(engine.ask('Where was Upton going at the end of the finale?').answered).toBe(true);
	});
});

describe('someone named only to date the question', () => {
	it('GIVEN "who was the showrunner before Gwen Sigan" THEN the former showrunner answers though the quote is not about her', () => {
		expect(engine.ask('who was the showrunner before gwen sigan?').quotes[0]?.text).toMatch(
			/former Chicago P\.D\. showrunner Derek Haas/,
		);
	});
});

describe('liking and hinting', () => {
	it('GIVEN "what did Tracy like best about how Upton\'s story wrapped up" THEN what she really loved answers', () => {
		expect(engine.ask("what did tracy like best about how upton's story wrapped up").quotes[0]?.text).toMatch(
			/What I really loved/,
		);
	});
	it('GIVEN "where did Jesse drop those hints" THEN hints are a saying, and the press event where he said it answers', () => {
		expect(topThree('Where did Jesse drop those hints about more Upstead?')).toMatch(/midseason press event/);
	});
});
