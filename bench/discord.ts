/**
 * `/ask` through the real discord.js client and the loopback stand-in: round trips per second, latency median
 * and p99 (from INTERACTION_CREATE sent to the reply received), and the bot's resident memory. The bot runs in its
 * own process (bench/discord-bot.ts) so its memory is measured alone. Each concurrency level (interactions in
 * flight at once) is run in turn. Usage: npm run bench:discord [-- ROUND_TRIPS CONCURRENCY,...]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { StandIn } from '../tests/support/stand-in';

const total = Number(process.argv[2] ?? 5000);
const levels = (process.argv[3] ?? '1,8,32').split(',').map(Number);
const questions = readFileSync('tests/eval/questions.dev.jsonl', 'utf8')
	.split('\n')
	.filter(Boolean)
	.map((line) => (JSON.parse(line) as { q: string }).q);

function memory(pid: number): { rss: number; peak: number } {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
	return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function run(standIn: StandIn, count: number, concurrency: number): Promise<number[]> {
	const latencies: number[] = [];
	let next = 0;
	const worker = async () => {
		while (next < count) {
			const question = questions[next++ % questions.length] ?? 'why did Halstead leave';
			const started = performance.now();
			const requests = await standIn.slash('ask', { question }, { timeout: 30_000 });
			latencies.push(performance.now() - started);
			if (requests.some((r) => r.status >= 300)) {
				throw new Error(`the stand-in refused a reply: ${requests.map((r) => r.status)}`);
			}
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return latencies;
}

const standIn = await StandIn.start();
const bot = spawn(
	process.execPath,
	[
		...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
		'--import',
		'tsx',
		'bench/discord-bot.ts',
	],
	{
		env: { ...process.env, DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.url, LOG_LEVEL: 'warn' },
		stdio: ['ignore', 'inherit', 'inherit'],
	},
);
try {
	await standIn.gateway.whenReady();
	await new Promise((resolve) => setTimeout(resolve, 200));
	const idle = memory(bot.pid ?? 0);
	await run(standIn, Math.min(500, total), 8);
	const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
	console.log(`/ask round trips through discord.js and the stand-in, ${questions.length} distinct questions`);
	for (const concurrency of levels) {
		const started = performance.now();
		const latencies = (await run(standIn, total, concurrency)).sort((a, b) => a - b);
		const perSecond = total / ((performance.now() - started) / 1000);
		const times = `median ${fmt(percentile(latencies, 0.5))}, p99 ${fmt(percentile(latencies, 0.99))}`;
		console.log(`  ${total} at concurrency ${concurrency}: ${perSecond.toFixed(0)} /ask per second, ${times}`);
	}
	const after = memory(bot.pid ?? 0);
	console.log(
		`bot RSS: ${idle.rss.toFixed(0)} MB when ready, ${after.rss.toFixed(0)} MB after, peak ${after.peak.toFixed(0)} MB`,
	);
} finally {
	bot.kill('SIGTERM');
	await new Promise((resolve) => bot.once('exit', resolve));
	await standIn.close();
}
