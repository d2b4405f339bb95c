/**
 * Why a store operation failed. Callers branch on the code, never on the message:
 * - `unavailable`: the database could not be reached or refused the operation; retrying later may help.
 * - `corrupt`: a stored value is not what its namespace expects; retrying will not help.
 * - `invalid`: the caller tried to write a value its namespace's schema rejects (a bug in Molly).
 * - `bad-url`: `STORE_URL` names no store Molly can open.
 */
export type StoreErrorCode = 'unavailable' | 'corrupt' | 'invalid' | 'bad-url';

/** Every failure of the store, so that a failure is never mistaken for "not found". */
export class StoreError extends Error {
	override readonly name = 'StoreError';

	constructor(
		readonly code: StoreErrorCode,
		message: string,
		options?: { cause?: unknown },
	) {
		super(message, options);
	}
}

/**
 * Runs a store operation, turning whatever a driver throws into a `StoreError` that names the operation and key.
 * With `limitMs`, an operation still pending after that long fails as `unavailable`: the driver may never answer
 * (node-redis stops timing a command once it is sent), and a user's reply must not wait forever.
 */
export async function guard<T>(operation: string, key: string, run: () => Promise<T>, limitMs?: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	try {
		if (limitMs === undefined) return await run();
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Error(`no answer within ${limitMs} ms`)), limitMs);
		});
		return await Promise.race([run(), timeout]);
	} catch (error) {
		if (error instanceof StoreError) {
			// Already classified (corrupt data, say) further down; add where it happened without losing the code.
			throw new StoreError(error.code, `${operation} ${key}: ${error.message}`, { cause: error.cause ?? error });
		}
		const reason = error instanceof Error ? error.message : String(error);
		throw new StoreError('unavailable', `${operation} ${key} failed: ${reason}`, { cause: error });
	} finally {
		clearTimeout(timer);
	}
}
