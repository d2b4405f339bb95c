import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { checkQuestion, loadEngine } from '../answers/engine';
import type { Engine } from '../answers/engine-api';
import type { Answer } from '../answers/types';
import { formatAnswer } from './format';

const USAGE =
	'usage: npm run ask -- [--json] [--data DIR] "your question"   (with --json and no question: one question per line on stdin)';

/** The answer as one JSON line: the shape the evaluation scorer reads, plus citations. */
function toJson(answer: Answer): string {
	return JSON.stringify({
		question: answer.question,
		answered: answer.answered,
		kind: answer.kind,
		quotes: answer.quotes.map((q) => ({
			text: q.text,
			article: q.articleId,
			headline: q.source.headline,
			outlet: q.source.outlet,
			date: q.source.date,
			speaker: q.speaker,
			audience: q.audience,
			side: q.side,
			seasons: q.seasons,
			alsoIn: q.alsoIn.map((s) => s.articleId),
			start: q.start,
			end: q.end,
		})),
		notes: answer.notes.map((n) => n.text),
		suggestions: answer.suggestions,
	});
}

async function answerStream(engine: Engine): Promise<void> {
	const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
	for await (const line of lines) {
		const check = checkQuestion(line);
		if (!check.ok) {
			process.stdout.write(
				`${JSON.stringify({ question: line, answered: false, quotes: [], error: check.code, message: check.message })}\n`,
			);
			continue;
		}
		process.stdout.write(`${toJson(engine.ask(check.question))}\n`);
	}
}

async function main(): Promise<number> {
	let parsed: ReturnType<
		typeof parseArgs<{
			options: { json: { type: 'boolean' }; data: { type: 'string' }; help: { type: 'boolean'; short: 'h' } };
			allowPositionals: true;
		}>
	>;
	try {
		parsed = parseArgs({
			options: { json: { type: 'boolean' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
			allowPositionals: true,
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const question = positionals.join(' ');
	const streaming = positionals.length === 0 && (values.json || !process.stdin.isTTY);
	if (!streaming) {
		const check = checkQuestion(question);
		if (!check.ok) {
			console.error(check.message);
			return 2;
		}
	}
	const engine = await loadEngine(values.data ?? 'data');
	if (streaming) {
		await answerStream(engine);
		return 0;
	}
	const answer = engine.ask(question.trim());
	console.log(values.json ? toJson(answer) : formatAnswer(answer));
	return 0;
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: Error) => {
		console.error(`Molly could not answer: ${error.message}`);
		process.exitCode = 1;
	},
);
