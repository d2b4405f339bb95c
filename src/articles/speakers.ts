import { escapeRegExp } from '../regexp';
import type { Sentence } from './types';

/** What the reader may know of a person to resolve "she told TVLine" to a name. */
export interface PersonHint {
	name: string;
	aliases: readonly string[];
	gender: 'f' | 'm' | null;
	real: boolean;
}

const VERBS =
	'told|said|says|explained|added|wrote|revealed|replied|asked|commented|admitted|noted|shared|continued|recalled|teased|joked';
const SUBJECT = `(?:[A-Z][\\w’'-]+(?:\\s+[A-Z][\\w’'-]+){0,2}|he|she|they|[Tt]he (?:actor|actress|star|showrunner|producer|[a-z]+ driver|[a-z]+))`;
/** "she told TVLine", "Sigan added:", "As Sigan explained:", "the actor replied:". */
const FORWARD = new RegExp(
	`(?:^|[\\s,“"])(${SUBJECT})\\s+(${VERBS})\\b(?:\\s+(?:to\\s+)?((?:the\\s+)?[A-Z][\\w’'.-]*(?:\\s+[A-Z][\\w’'.-]*){0,3}|the outlet|reporters|her|him))?`,
	'g',
);
/** "…,” said Sigan." */
const INVERTED = new RegExp(`\\b(?:${VERBS})\\s+([A-Z][\\w’'-]+(?:\\s+[A-Z][\\w’'-]+){0,2})`, 'g');
const INTERVIEW =
	/\b(?:interview with|speaking to|speaking with|told|to|opened up to)\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})/g;
const OUTLETS =
	/^(Variety|TVLine|TV Line|NBC|People|Deadline|E! News|Entertainment Weekly|EW|TV Guide|TVInsider|TV Insider|Us Weekly|the New York Post|New York Post|The Hollywood Reporter|THR|reporters)$/;

interface Mention {
	at: number;
	person: PersonHint | null;
	name: string;
}

const aliasPatterns = new Map<string, RegExp>();

/** One compiled pattern per alias, kept: the reader looks for every alias in every paragraph. */
function aliasPattern(alias: string): RegExp {
	let re = aliasPatterns.get(alias);
	if (!re) {
		re = new RegExp(`\\b${escapeRegExp(alias)}\\b`, 'g');
		if (aliasPatterns.size < 10_000) aliasPatterns.set(alias, re);
	}
	return re;
}

function findPeople(text: string, offset: number, people: readonly PersonHint[]): Mention[] {
	const found: Mention[] = [];
	for (const person of people) {
		for (const alias of person.aliases) {
			const re = aliasPattern(alias);
			re.lastIndex = 0;
			for (let m = re.exec(text); m; m = re.exec(text)) found.push({ at: offset + m.index, person, name: person.name });
		}
	}
	return found.sort((a, b) => a.at - b.at);
}

function resolveName(name: string, people: readonly PersonHint[]): PersonHint | null {
	return people.find((p) => p.aliases.includes(name) || p.name === name) ?? null;
}

/** The person a pronoun or role noun ("he", "the actress") refers to: the latest fitting mention before. */
function resolveReference(
	subject: string,
	at: number,
	mentions: readonly Mention[],
	real: boolean | null,
): string | null {
	const s = subject.toLowerCase();
	const gender = s === 'he' || s === 'the actor' ? 'm' : s === 'she' || s === 'the actress' ? 'f' : null;
	const wantReal = /actor|actress|star|showrunner|producer/.test(s) ? true : real;
	for (let i = mentions.length - 1; i >= 0; i--) {
		const m = mentions[i];
		if (!m || m.at >= at) continue;
		if (gender && m.person?.gender && m.person.gender !== gender) continue;
		if (wantReal !== null && m.person && m.person.real !== wantReal) continue;
		return m.name;
	}
	return null;
}

const OPEN_QUOTE = /[“"]/;

/**
 * Spans of quoted speech in a paragraph: text between double quotes of four words or more, so that
 * scare quotes ("Upstead", "don't ask, don't tell") are not taken for someone's words. A quotation left
 * open at the end of the paragraph runs to its end, as news style continues quotes over paragraphs.
 */
function speechSpans(text: string, from: number, to: number): Array<{ start: number; end: number }> {
	const spans: Array<{ start: number; end: number }> = [];
	let open = -1;
	for (let at = from; at < to; at++) {
		const ch = text[at];
		if (open < 0 && (ch === '“' || ch === '"')) open = at;
		else if (open >= 0 && (ch === '”' || ch === '"')) {
			if (text.slice(open, at).trim().split(/\s+/).length >= 4) spans.push({ start: open, end: at + 1 });
			open = -1;
		}
	}
	if (open >= 0) spans.push({ start: open, end: to });
	return spans;
}

/**
 * Marks quoted sentences and, where the article says so, who speaks them and to whom. Works paragraph by
 * paragraph; a paragraph that opens with a quotation and names no speaker continues the previous speaker.
 */
export function attributeSpeakers(text: string, sentences: Sentence[], people: readonly PersonHint[]): void {
	const body = sentences.filter((s) => s.kind === 'body');
	const mentions: Mention[] = [];
	let lastOutlet: string | null = null;
	let previous: { speaker: string | null; audience: string | null; paragraph: number } | null = null;
	const paragraphs = new Map<number, Sentence[]>();
	for (const s of body) paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s]);

	for (const [paragraph, group] of paragraphs) {
		const attributions: Array<{ at: number; speaker: string | null; audience: string | null }> = [];
		// Names inside someone's quoted words are not who "she" or "he" refers to.
		const speech = speechSpans(text, group[0]?.start ?? 0, group.at(-1)?.end ?? 0);
		let colonSpeech = -1;
		for (const s of group) {
			for (const m of s.text.matchAll(INTERVIEW)) {
				const outlet = m[1]?.replace(/^the /, 'the ') ?? '';
				if (OUTLETS.test(outlet)) lastOutlet = outlet;
			}
			mentions.push(
				...findPeople(s.text, s.start, people).filter((m) => !speech.some((sp) => m.at > sp.start && m.at < sp.end)),
			);
			for (const m of s.text.matchAll(FORWARD)) {
				const subject = (m[1] ?? '').replace(/^(As|And|But|Then|So|Now|When|While)\s+/, '');
				const at = s.start + (m.index ?? 0);
				let audience = m[3]?.replace(/[.,]+$/, '') ?? null;
				if (audience === 'the outlet') audience = lastOutlet;
				else if (audience && /^(her|him)$/.test(audience)) audience = null;
				else if (
					audience &&
					!OUTLETS.test(audience) &&
					!resolveName(audience, people) &&
					!/^(Sergeant|Detective|Officer)\b/.test(audience)
				)
					audience = null;
				if (audience && OUTLETS.test(audience)) lastOutlet = audience;
				// Words given to a publication come from a real person; words said to a character, from the story.
				const toPress = audience !== null && OUTLETS.test(audience);
				const toCharacter = audience !== null && !toPress;
				const named = resolveName(subject, people);
				let speaker = named?.name ?? null;
				if (!speaker && /^(he|she|they|the (actor|actress|star|showrunner|producer))$/i.test(subject))
					speaker = resolveReference(subject, at, mentions, toPress ? true : toCharacter ? false : null);
				else if (!speaker) speaker = subject;
				if (!audience && /speaking to|interview with/i.test(s.text)) audience = lastOutlet;
				attributions.push({ at, speaker, audience });
				if (
					/:\s*$/.test(s.text.slice(0, (m.index ?? 0) + m[0].length + 2)) ||
					s.text.slice((m.index ?? 0) + m[0].length).startsWith(':')
				)
					colonSpeech = s.index;
			}
			for (const m of s.text.matchAll(INVERTED)) {
				const named = resolveName(m[1] ?? '', people);
				if (named && OPEN_QUOTE.test(s.text))
					attributions.push({ at: s.start + (m.index ?? 0), speaker: named.name, audience: null });
			}
		}
		for (const s of group) {
			const inside = speech.reduce(
				(n, sp) => n + Math.max(0, Math.min(sp.end, s.end) - Math.max(sp.start, s.start)),
				0,
			);
			// "Start over, I guess?” she told Voight." ends a quotation begun before it: it is quoted speech too.
			const closes = speech.some((sp) => sp.start < s.start && sp.end > s.start && sp.end <= s.end);
			s.quoted = inside * 2 >= s.text.length || closes || (colonSpeech >= 0 && s.index >= colonSpeech);
			if (!s.quoted) continue;
			const nearest = attributions.slice().sort((a, b) => Math.abs(a.at - s.start) - Math.abs(b.at - s.start))[0];
			const continued =
				!nearest && previous && previous.paragraph < paragraph && /^[“"]/.test(group[0]?.text ?? '') ? previous : null;
			s.speaker = nearest?.speaker ?? continued?.speaker ?? null;
			s.audience = nearest?.audience ?? continued?.audience ?? null;
		}
		const last = group.filter((s) => s.quoted && s.speaker).at(-1);
		previous = last ? { speaker: last.speaker, audience: last.audience, paragraph } : null;
	}
}
