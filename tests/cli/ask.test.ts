import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const ask = (args: string[], input?: string) =>
	spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src/cli/ask.ts'), ...args], {
		cwd: root,
		encoding: 'utf8',
		input,
		timeout: 30_000,
	});

describe('npm run ask', () => {
	it('GIVEN a question THEN it prints numbered quotes, citations and the sources', () => {
		const run = ask(['why did Halstead leave']);
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/^1\. \(in the story\) “.+” \[\d\]/m);
		expect(run.stdout).toContain('Sources:');
		expect(run.stdout).toMatch(/^ {2}\[1\] “.+”/m);
	});

	it('GIVEN an empty, punctuation-only or overlong question THEN one line explains it and the exit status is 2', () => {
		for (const q of ['', '?!...', 'a'.repeat(301)]) {
			const run = ask([q]);
			expect(run.status).toBe(2);
			expect(run.stderr.trim().split('\n')).toHaveLength(1);
		}
	});

	it('GIVEN --json and questions on standard input THEN one JSON line answers each, in order', () => {
		const run = ask(['--json'], 'who plays Hank Voight?\nwhat is the capital of France?\n\n');
		expect(run.status).toBe(0);
		const lines = run.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines[0]).toMatchObject({ question: 'who plays Hank Voight?', answered: true });
		expect(lines[0].quotes[0].text).toContain('Jason Beghe');
		expect(lines[0].quotes[0].article).toBeTruthy();
		expect(lines[1]).toMatchObject({ answered: false, quotes: [] });
		expect(lines[2]).toMatchObject({ answered: false, error: 'empty' });
	});

	it('GIVEN an unknown option THEN it says so with the usage and exits 2', () => {
		const run = ask(['--jsn', 'hi']);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('usage');
	});
});
