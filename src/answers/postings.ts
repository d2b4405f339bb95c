/**
 * A small inverted index with BM25+ scoring, for picking the few hundred units a question's words point at.
 * Units are short (a sentence or two), so the whole thing is a posting list per stem and one accumulator
 * array reused across questions. Measured beside MiniSearch by `npm run bench`.
 */
export class PostingIndex {
	private readonly postings = new Map<string, number[]>();
	private readonly lengths: number[] = [];
	private totalLength = 0;
	private scores = new Float64Array(0);

	/** BM25+ constants: k1 and b as usual; delta lifts any match above none, which suits one-sentence texts. */
	constructor(
		private readonly k1 = 1.2,
		private readonly b = 0.75,
		private readonly delta = 1,
	) {}

	/** Adds a text by id (ids must be 0, 1, 2 … in order) as its list of stems. */
	add(id: number, stems: readonly string[]): void {
		this.lengths[id] = stems.length;
		this.totalLength += stems.length;
		const tf = new Map<string, number>();
		for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
		for (const [s, n] of tf) {
			const list = this.postings.get(s);
			// Term frequency rides in the low bits: id * 8 + min(tf, 7).
			const entry = id * 8 + Math.min(n, 7);
			if (list) list.push(entry);
			else this.postings.set(s, [entry]);
		}
	}

	get size(): number {
		return this.lengths.length;
	}

	/** Number of texts containing a stem. */
	frequency(stem: string): number {
		return this.postings.get(stem)?.length ?? 0;
	}

	/** The `limit` best texts for weighted stems, best first. */
	search(query: ReadonlyArray<{ stem: string; weight: number }>, limit: number): Array<{ id: number; score: number }> {
		const n = this.lengths.length;
		if (this.scores.length < n) this.scores = new Float64Array(n);
		const scores = this.scores;
		const touched: number[] = [];
		const avg = this.totalLength / Math.max(1, n);
		for (const { stem, weight } of query) {
			const list = this.postings.get(stem);
			if (!list) continue;
			const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
			for (const entry of list) {
				const id = entry >> 3;
				const tf = entry & 7;
				const norm = this.k1 * (1 - this.b + (this.b * (this.lengths[id] ?? 0)) / avg);
				if (scores[id] === 0) touched.push(id);
				scores[id] = (scores[id] ?? 0) + weight * idf * ((tf * (this.k1 + 1)) / (tf + norm) + this.delta);
			}
		}
		const hits = touched.map((id) => ({ id, score: scores[id] ?? 0 }));
		for (const id of touched) scores[id] = 0;
		hits.sort((x, y) => y.score - x.score || x.id - y.id);
		return hits.slice(0, limit);
	}
}
