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
		const hits = topK(touched, scores, limit);
		for (const id of touched) scores[id] = 0;
		return hits;
	}
}

/** Whether text a ranks below text b: lower score, or the same score and a later id. */
const below = (scores: Float64Array, a: number, b: number) =>
	(scores[a] ?? 0) < (scores[b] ?? 0) || ((scores[a] ?? 0) === (scores[b] ?? 0) && a > b);

/**
 * The `limit` best of the touched texts, best first, through a min-heap of that size: a common word touches
 * thousands of texts, and sorting them all cost more than scoring them.
 */
function topK(touched: readonly number[], scores: Float64Array, limit: number): Array<{ id: number; score: number }> {
	const heap: number[] = [];
	const down = (from: number) => {
		let i = from;
		for (;;) {
			const l = 2 * i + 1;
			const r = l + 1;
			let least = i;
			if (l < heap.length && below(scores, heap[l] ?? 0, heap[least] ?? 0)) least = l;
			if (r < heap.length && below(scores, heap[r] ?? 0, heap[least] ?? 0)) least = r;
			if (least === i) return;
			[heap[i], heap[least]] = [heap[least] ?? 0, heap[i] ?? 0];
			i = least;
		}
	};
	for (const id of touched) {
		if (heap.length < limit) {
			heap.push(id);
			for (let i = heap.length - 1; i > 0; ) {
				const parent = (i - 1) >> 1;
				if (!below(scores, heap[i] ?? 0, heap[parent] ?? 0)) break;
				[heap[i], heap[parent]] = [heap[parent] ?? 0, heap[i] ?? 0];
				i = parent;
			}
		} else if (limit > 0 && below(scores, heap[0] ?? 0, id)) {
			heap[0] = id;
			down(0);
		}
	}
	return heap
		.sort((a, b) => (below(scores, a, b) ? 1 : below(scores, b, a) ? -1 : 0))
		.map((id) => ({ id, score: scores[id] ?? 0 }));
}
