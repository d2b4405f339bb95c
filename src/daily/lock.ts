/**
 * One task at a time per key, within this process: the job and `/daily now` both read and write a server's
 * records, and must not interleave. Across processes the store's set-if-absent claims decide instead.
 */
export class KeyedLock {
	readonly #tails = new Map<string, Promise<unknown>>();

	/** Runs `task` after every task already queued under `key`, and resolves or rejects as it does. */
	run<T>(key: string, task: () => Promise<T>): Promise<T> {
		const previous = this.#tails.get(key) ?? Promise.resolve();
		const result = previous.then(task, task);
		const tail = result.catch(() => {});
		this.#tails.set(key, tail);
		// Forget the key once nothing is queued behind this task, so the map does not grow with every server.
		void tail.then(() => {
			if (this.#tails.get(key) === tail) this.#tails.delete(key);
		});
		return result;
	}
}
