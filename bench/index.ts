/** `npm run bench`: every benchmark, one after the other, in one process run each. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

for (const script of ['engine.ts', 'discord.ts']) {
	// tsx's loader in this very process: its command-line wrapper starts a second node without --expose-gc,
	// and then every heap figure would include garbage.
	const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, script)], {
		stdio: 'inherit',
	});
	if (run.status !== 0) process.exitCode = run.status ?? 1;
}
