/** `npm run bench`: every benchmark, one after the other, in one process run each. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const tsx = join(import.meta.dirname, '../node_modules/tsx/dist/cli.mjs');
for (const script of ['engine.ts', 'discord.ts']) {
	const run = spawnSync(process.execPath, ['--expose-gc', tsx, join(import.meta.dirname, script)], {
		stdio: 'inherit',
	});
	if (run.status !== 0) process.exitCode = run.status ?? 1;
}
