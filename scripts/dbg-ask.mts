import { loadLibrary } from '../src/answers/data';
import { createEngine } from '../src/answers/engine';
import { analyse } from '../src/answers/question';
import { Vocabulary } from '../src/answers/vocabulary';

const lib = await loadLibrary('/work/main/data');
const engine = createEngine(lib);
const vocab = new Vocabulary(lib.roster, lib.lexicon);

// crude: rebuild vocab docs
import { buildUnits } from '../src/answers/units';

for (const u of buildUnits(lib.articles, lib.roster)) vocab.addDocument(u.text, u.stemSet);
for (const q of process.argv.slice(2)) {
	const a = analyse(q, vocab);
	console.log(
		`\n### ${q}\n  kind=${a.kind} ents=${a.entities} perf=${a.asksPerformer} concepts=${a.concepts.map((c) => `${c.word}${c.unknown ? '?' : ''}:${c.weight.toFixed(1)}[${c.alts.slice(0, 4).map((x) => x.join('_'))}]`).join(' ')}`,
	);
	const ans = engine.ask(q);
	console.log(
		'  answered',
		ans.answered,
		ans.notes.map((n) => n.text),
	);
	for (const x of ans.quotes.slice(0, 5))
		console.log(`  ${x.score} ${x.side} ${x.articleId.slice(0, 8)} | ${x.text.slice(0, 150)}`);
}
