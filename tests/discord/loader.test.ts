import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/discord/loader';
import { commandFiles } from '../support/command-files';

describe('loadCommands', () => {
	it('GIVEN commands/ THEN each file gives one command, by name, with a valid definition', async () => {
		const commands = await loadCommands();
		expect([...commands.keys()].sort()).toEqual(commandFiles());
		expect([...commands.keys()]).toEqual(expect.arrayContaining(['ask', 'help', 'sources']));
		for (const [name, command] of commands) expect(command.data.toJSON().name).toBe(name);
	});

	it('GIVEN a module that is not a command THEN loading stops and names the file', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'molly-commands-'));
		try {
			await writeFile(join(dir, 'oops.mjs'), 'export default { name: "oops" };\n');
			await expect(loadCommands(dir)).rejects.toThrow('oops.mjs does not export a command');
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
