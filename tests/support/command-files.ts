import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The slash commands the repo ships, by file name in commands/ (one file per command), sorted. */
export function commandFiles(): string[] {
	return readdirSync(join(import.meta.dirname, '../../commands'))
		.filter((f) => f.endsWith('.ts'))
		.map((f) => f.replace(/\.ts$/, ''))
		.sort();
}
