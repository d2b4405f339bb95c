import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { Keyv } from 'keyv';
import { type Backend, makeBackend, strictKeyvOptions } from './backend';
import { StoreError } from './errors';

/**
 * Opens (creating if needed, folder included) the SQLite file at `path` and checks it answers, so a bad path
 * fails at start-up rather than on the first command. A write waits up to `timeoutMs` for another process's lock.
 */
export async function openSqlite(path: string, timeoutMs: number, onError: (error: unknown) => void): Promise<Backend> {
	if (path === '') throw new StoreError('bad-url', 'sqlite:// needs a file path, such as sqlite://var/molly.sqlite');
	try {
		if (path !== ':memory:') await mkdir(dirname(path), { recursive: true });
	} catch (error) {
		throw new StoreError('unavailable', `cannot create the folder for SQLite file ${path}`, { cause: error });
	}
	const adapter = new KeyvSqlite({ uri: `sqlite://${path}`, busyTimeout: timeoutMs });
	const keyv = new Keyv(adapter, strictKeyvOptions);
	// Failures reach callers as thrown errors (throwOnErrors); this listener is for logging only.
	keyv.on('error', onError);
	const table = adapter.opts.table;
	const query = adapter.query as (sql: string, ...params: unknown[]) => Promise<Array<Record<string, unknown>>>;
	// Boards live in a table of their own beside Keyv's: one row per member, ranked by an index.
	const scores = `${table}_scores`;
	try {
		await query('SELECT 1');
		await query(
			`CREATE TABLE IF NOT EXISTS ${scores} (board TEXT NOT NULL, member TEXT NOT NULL, score INTEGER NOT NULL, PRIMARY KEY (board, member))`,
		);
		await query(`CREATE INDEX IF NOT EXISTS ${scores}_rank ON ${scores} (board, score DESC)`);
	} catch (error) {
		throw new StoreError('unavailable', `cannot open SQLite file ${path}`, { cause: error });
	}

	return makeBackend('sqlite', keyv, {
		async setIfAbsent(key, encoded) {
			// One statement, so two racing claims cannot both see the key absent; RETURNING says whether we inserted.
			const rows = await query(
				`INSERT INTO ${table} (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING RETURNING key`,
				key,
				encoded,
			);
			return rows.length === 1;
		},
		async increment(key, by) {
			// The WHERE refuses to do arithmetic on a value that is not an integer, which CAST would read as 0.
			const rows = await query(
				`INSERT INTO ${table} (key, value) VALUES (?, ?)
				ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + CAST(excluded.value AS INTEGER)
					WHERE CAST(CAST(value AS INTEGER) AS TEXT) = value
				RETURNING value`,
				key,
				String(by),
			);
			const row = rows[0];
			if (row === undefined) throw new StoreError('corrupt', 'counter holds a value that is not an integer');
			return Number(row.value);
		},
		async countText(key) {
			const rows = await query(`SELECT value FROM ${table} WHERE key = ?`, key);
			const value = rows[0]?.value;
			return value === undefined ? undefined : String(value);
		},
		boards: {
			async addScore(key, member, by) {
				// One statement, so simultaneous additions are applied one after the other and none is lost.
				const rows = await query(
					`INSERT INTO ${scores} (board, member, score) VALUES (?, ?, ?)
				ON CONFLICT(board, member) DO UPDATE SET score = score + excluded.score
				RETURNING score`,
					key,
					member,
					by,
				);
				return Number(rows[0]?.score);
			},
			async topScores(key, limit) {
				const rows = await query(
					`SELECT member, score FROM ${scores} WHERE board = ? ORDER BY score DESC, member ASC LIMIT ?`,
					key,
					limit,
				);
				return rows.map((row) => ({ member: String(row.member), score: Number(row.score) }));
			},
			async score(key, member) {
				const rows = await query(`SELECT score FROM ${scores} WHERE board = ? AND member = ?`, key, member);
				return rows[0] === undefined ? undefined : Number(rows[0].score);
			},
		},
		close: () => adapter.disconnect(),
	});
}
