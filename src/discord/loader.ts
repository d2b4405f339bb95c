import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from './command';

/** Where the command modules live: `commands/` at the project root. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

function isCommand(value: unknown): value is Command {
	const candidate = value as Partial<Command> | null;
	return typeof candidate?.data?.name === 'string' && typeof candidate.execute === 'function';
}

/**
 * Imports every module in `dir` (one slash command each, default export) and returns them by name. A module
 * that is not a command, or a repeated name, is a programming error and stops start-up.
 */
export async function loadCommands(dir = COMMANDS_DIR): Promise<Map<string, Command>> {
	const files = (await readdir(dir)).filter((file) => /\.[cm]?[jt]s$/.test(file) && !file.endsWith('.d.ts')).sort();
	const commands = new Map<string, Command>();
	for (const file of files) {
		const module = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown };
		if (!isCommand(module.default)) throw new Error(`${file} does not export a command (data and execute) by default`);
		const command = module.default;
		if (commands.has(command.data.name)) throw new Error(`${file} repeats the command name /${command.data.name}`);
		commands.set(command.data.name, command);
	}
	return commands;
}
