import { type ChildProcess, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** An npm script running as a child process, with its output collected as it arrives. */
export interface Child {
	process: ChildProcess;
	stdout: string;
	stderr: string;
	/** Resolves with the exit code (or the signal's name). */
	exited: Promise<number | string>;
	/** Resolves once stdout holds a line matching `pattern`; rejects if the process exits first or time runs out. */
	waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
}

/** Lines of stderr that Molly wrote (npm's own warnings about the machine's npm config are left out). */
export const ownLines = (text: string): string[] =>
	text.split('\n').filter((line) => line !== '' && !line.startsWith('npm '));

/**
 * Runs `npm run <script>` from the project root with only the given Molly variables set: a .env file in the
 * checkout must not leak into the test, so dotenv is pointed at a file that does not exist.
 */
export function runScript(script: string, env: Record<string, string>): Child {
	const base = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !/^(DISCORD_|LOG_LEVEL$|DATA_DIR$|DOTENV_)/.test(key)),
	);
	const child = spawn('npm', ['run', script], {
		cwd: process.cwd(),
		env: { ...base, DOTENV_CONFIG_PATH: join(tmpdir(), 'molly-no-such.env'), ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const result: Child = {
		process: child,
		stdout: '',
		stderr: '',
		exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? String(signal)))),
		waitFor(pattern, timeoutMs = 20_000) {
			return new Promise((resolve, reject) => {
				const check = () => {
					const line = result.stdout.split('\n').find((l) => pattern.test(l));
					if (line === undefined) return false;
					clearTimeout(timer);
					child.stdout?.off('data', check);
					resolve(line);
					return true;
				};
				const timer = setTimeout(
					() => reject(new Error(`no ${pattern} in time; stdout: ${result.stdout} stderr: ${result.stderr}`)),
					timeoutMs,
				);
				if (check()) return;
				child.stdout?.on('data', check);
				void result.exited.then(() =>
					setTimeout(() => check() || reject(new Error(`exited first: ${result.stderr}`)), 50),
				);
			});
		},
	};
	child.stdout.on('data', (chunk: Buffer) => {
		result.stdout += chunk.toString('utf8');
	});
	child.stderr.on('data', (chunk: Buffer) => {
		result.stderr += chunk.toString('utf8');
	});
	return result;
}
