/**
 * Prints the trivia question bank for review: `npm run trivia -- --list` (add `--json` for one JSON object per
 * line, `--kind season` to see one kind, `--data DIR` for another data folder). Fails, naming every problem, when
 * a curated question in data/trivia.json cannot be used, so it doubles as the data file's validator.
 */
import { parseArgs } from 'node:util';
import { loadBank, TriviaDataError } from '../src/trivia/bank';
import type { TriviaQuestion } from '../src/trivia/types';

const USAGE = 'usage: npm run trivia -- --list [--json] [--kind KIND] [--data DIR]';

function describe(question: TriviaQuestion, number: number): string {
	const [right, ...wrong] = question.choices;
	const { source } = question.quote;
	const cited = [source.headline, source.outlet, source.date].filter(Boolean).join(' — ');
	return [
		`${number}. [${question.kind}, ${question.difficulty}${question.origin === 'curated' ? ', curated' : ''}] ${question.question}`,
		`   ✔ ${right}    ✘ ${wrong.join('  ✘ ')}`,
		`   > ${question.quote.text}`,
		`   — ${cited} (${question.quote.articleId} ${question.quote.start}-${question.quote.end})` +
			(question.seasons.length ? `; reveals season ${question.seasons.join(', ')}` : ''),
	].join('\n');
}

async function main(): Promise<number> {
	const { values } = parseArgs({
		options: {
			list: { type: 'boolean', default: false },
			json: { type: 'boolean', default: false },
			kind: { type: 'string' },
			data: { type: 'string', default: process.env.DATA_DIR ?? 'data' },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	if (values.help || !(values.list || values.json)) {
		process.stdout.write(`${USAGE}\n`);
		return values.help ? 0 : 2;
	}
	let bank: TriviaQuestion[];
	try {
		bank = await loadBank(values.data);
	} catch (error) {
		if (!(error instanceof TriviaDataError)) throw error;
		process.stderr.write(`${error.message}\n`);
		return 1;
	}
	const shown = values.kind ? bank.filter((q) => q.kind === values.kind) : bank;
	if (values.json) {
		for (const question of shown) process.stdout.write(`${JSON.stringify(question)}\n`);
		return 0;
	}
	process.stdout.write(`${shown.map((q, i) => describe(q, i + 1)).join('\n\n')}\n\n`);
	const kinds = new Map<string, number>();
	for (const q of shown) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
	const summary = [...kinds].map(([kind, count]) => `${count} ${kind}`).join(', ');
	process.stdout.write(`${shown.length} questions (${summary})\n`);
	return 0;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		process.stderr.write(`trivia: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exit(1);
	},
);
