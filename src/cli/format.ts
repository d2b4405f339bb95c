import type { Answer, Source } from '../answers/types';

function cite(s: Source): string {
	return [`“${s.headline}”${s.headlineDerived ? ' (headline derived from its first line)' : ''}`, s.outlet, s.date]
		.filter(Boolean)
		.join(', ');
}

/** A plain-text answer for the terminal: the quotes, numbered citations and the list of sources. */
export function formatAnswer(answer: Answer): string {
	if (!answer.answered) {
		const lines = [`My articles don't cover "${answer.question}".`];
		if (answer.suggestions.length) lines.push('', 'You could ask:', ...answer.suggestions.map((s) => `  • ${s}`));
		return lines.join('\n');
	}
	const sources: Source[] = [];
	const number = (s: Source) => {
		let i = sources.findIndex((x) => x.articleId === s.articleId);
		if (i < 0) i = sources.push(s) - 1;
		return i + 1;
	};
	const lines: string[] = [answer.question, ''];
	answer.quotes.forEach((q, i) => {
		const side = q.side === 'story' ? 'in the story' : 'behind the scenes';
		const refs = [q.source, ...q.alsoIn].map((s) => `[${number(s)}]`).join('');
		const who = q.speaker ? ` — ${q.speaker}${q.audience ? `, to ${q.audience}` : ''}` : '';
		const text = q.text.replace(/\s+/g, ' ');
		// A quote that is itself a quotation already has its marks: “““ would be noise.
		const quoted = /^[“"]/.test(text) ? text : `“${text}”`;
		lines.push(`${i + 1}. (${side}) ${quoted}${who} ${refs}`);
	});
	for (const n of answer.notes) lines.push('', `Note: ${n.text}`);
	lines.push('', 'Sources:', ...sources.map((s, i) => `  [${i + 1}] ${cite(s)}`));
	return lines.join('\n');
}
