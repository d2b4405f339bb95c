import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/**
 * Runs the acceptance scorer over a question set against `npm run ask -- --json`, as CI and reviewers do. It runs
 * asynchronously: forty sets run back to back would otherwise hold the test worker for minutes without a turn of
 * its event loop, and vitest's own messages to it time out.
 */
async function score(set: string): Promise<Record<string, number>> {
	const { stdout } = await promisify(execFile)(
		process.execPath,
		[
			join(root, 'tests/eval/score.mjs'),
			'--questions',
			join(root, 'tests/eval', set),
			'--articles',
			join(root, 'data/articles'),
			'--',
			process.execPath,
			join(root, 'node_modules/tsx/dist/cli.mjs'),
			join(root, 'src/cli/ask.ts'),
			'--json',
		],
		{ cwd: root, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 2 ** 20 },
	).catch((error: { stdout?: string; stderr?: string }) => {
		throw new Error(`scorer failed: ${error.stdout ?? ''}\n${error.stderr ?? ''}`);
	});
	const summary = stdout.trim().split('\n').at(-1) ?? '';
	if (!summary.startsWith('{')) throw new Error(`scorer failed: ${stdout}`);
	return JSON.parse(summary.replace(/ SHORT:.*$/, ''));
}

describe('the development questions', () => {
	it('GIVEN the dev set THEN hit@1 ≥ 0.85, hit@3 ≥ 0.95, both sides of two-sided questions, every abstention, every quote verbatim', async () => {
		const s = await score('questions.dev.jsonl');
		expect(s.hit1).toBeGreaterThanOrEqual(0.85);
		expect(s.hit3).toBeGreaterThanOrEqual(0.95);
		expect(s.all_of3).toBe(1);
		expect(s.abstain).toBe(1);
		expect(s.fidelity).toBe(1);
	}, 120_000);

	// Floors a little under what was measured: a drop below one is a regression. Every set was written by a helper
	// from the articles alone, without seeing the engine; "first run" is the engine's score the first time it met
	// the set, the honest estimate for questions it has not seen. After that a set is tuning data. "Measured" is
	// hit1 / hit3 / abstain with the code these floors were last set for.
	it.each([
		// Tuning data from the start. Measured: 0.87, 0.93, 0.95.
		{ set: 'questions.extra.jsonl', hit1: 0.83, hit3: 0.89, abstain: 0.89 },
		// First run 0.69 / 0.82 / 0.53. Measured: 0.91, 0.93, 1.00.
		{ set: 'questions.holdout.jsonl', hit1: 0.87, hit3: 0.89, abstain: 0.95 },
		// First run 0.66 / 0.79 / 0.75. Measured: 0.92, 0.95, 1.00.
		{ set: 'questions.final.jsonl', hit1: 0.88, hit3: 0.9, abstain: 0.95 },
		// First run 0.53 / 0.67 / 0.60. Measured: 0.76, 0.87, 0.87.
		{ set: 'questions.fresh.jsonl', hit1: 0.72, hit3: 0.83, abstain: 0.81 },
		// First run 0.71 / 0.81 / 0.61. Measured: 0.94, 0.97, 0.94.
		{ set: 'questions.diag.jsonl', hit1: 0.89, hit3: 0.92, abstain: 0.89 },
		// First run 0.69 / 0.81 / 1.00. Measured: 0.87, 0.97, 1.00.
		{ set: 'questions.diag2.jsonl', hit1: 0.83, hit3: 0.92, abstain: 0.9 },
		// First run 0.58 / 0.78 / 0.60. Measured: 0.84, 0.96, 0.93.
		{ set: 'questions.sealed2.jsonl', hit1: 0.79, hit3: 0.92, abstain: 0.88 },
		// First run 0.63 / 0.77 / 0.60. Measured: 0.83, 0.92, 0.93.
		{ set: 'questions.sealed3.jsonl', hit1: 0.79, hit3: 0.88, abstain: 0.88 },
		// First run 0.60 / 0.73 / 1.00. Measured: 0.82, 0.89, 1.00.
		{ set: 'questions.sealed4.jsonl', hit1: 0.78, hit3: 0.84, abstain: 0.95 },
		// First run 0.71 / 0.80 / 0.80. Measured: 0.90, 0.97, 0.90.
		{ set: 'questions.sealed5.jsonl', hit1: 0.86, hit3: 0.93, abstain: 0.85 },
		// First run 0.69 / 0.85 / 0.95. Measured: 0.80, 0.95, 0.95.
		{ set: 'questions.sealed6.jsonl', hit1: 0.76, hit3: 0.9, abstain: 0.89 },
		// Heavier paraphrase. First run 0.65 / 0.72 / 0.80 midway through the session that wrote it (0.61 / 0.71 /
		// 0.76 with the code that session began with). Measured: 0.81, 0.93, 0.84.
		{ set: 'questions.sealed7.jsonl', hit1: 0.77, hit3: 0.88, abstain: 0.78 },
		// Long chatty questions. First run 0.63 / 0.71 / 0.91 (0.62 / 0.69 / 0.86 with that session's starting
		// code). Measured: 0.80, 0.92, 0.91.
		{ set: 'questions.sealed8.jsonl', hit1: 0.75, hit3: 0.88, abstain: 0.85 },
		// Written like the development set, the last one met. First run 0.69 / 0.78 / 0.82 (0.65 / 0.74 / 0.82
		// with that session's starting code). Measured: 0.82, 0.89, 0.82.
		{ set: 'questions.sealed9.jsonl', hit1: 0.78, hit3: 0.84, abstain: 0.76 },
		// Casual, the first met in the session after sealed9's, with that session's starting code. First run 0.77 / 0.91
		// / 0.68. Measured: 0.83, 0.96, 0.73.
		{ set: 'questions.sealed10.jsonl', hit1: 0.79, hit3: 0.92, abstain: 0.67 },
		// Written like the development set, met beside sealed10. First run 0.825 / 0.90 / 0.65. Measured: 0.89, 0.99,
		// 0.85.
		{ set: 'questions.sealed11.jsonl', hit1: 0.84, hit3: 0.94, abstain: 0.8 },
		// Casual, met midway through that session. First run 0.87 / 0.88 / 0.82, the same as with that session's
		// starting code. Measured: 0.95, 0.97, 0.82.
		{ set: 'questions.sealed12.jsonl', hit1: 0.9, hit3: 0.93, abstain: 0.76 },
		// Written like the development set, met beside sealed12. First run 0.80 / 0.91 / 0.85 (0.80 / 0.89 / 0.85 with
		// that session's starting code). Measured: 0.84, 0.96, 0.85.
		{ set: 'questions.sealed13.jsonl', hit1: 0.79, hit3: 0.92, abstain: 0.8 },
		// Casual, met midway through the session after sealed9's. First run 0.82 / 0.97 / 0.73 (0.77 / 0.92 / 0.73 with
		// that session's starting code). Measured: 0.83, 0.99, 0.82.
		{ set: 'questions.sealed14.jsonl', hit1: 0.79, hit3: 0.94, abstain: 0.77 },
		// Written like the development set, met beside sealed14. First run 0.81 / 0.94 / 0.85 (0.80 / 0.90 / 0.80).
		// Measured: 0.84, 0.96, 0.85.
		{ set: 'questions.sealed15.jsonl', hit1: 0.79, hit3: 0.92, abstain: 0.8 },
		// Written like the development set, the last met in that session. First run 0.83 / 0.91 / 0.59 (0.81 / 0.885 /
		// 0.55). Measured: 0.85, 0.92, 0.59.
		{ set: 'questions.sealed16.jsonl', hit1: 0.8, hit3: 0.88, abstain: 0.54 },
		// Casual, heavier paraphrase, met beside sealed16. First run 0.795 / 0.885 / 0.68 (0.76 / 0.86 / 0.68).
		// Measured: 0.82, 0.91, 0.68.
		{ set: 'questions.sealed17.jsonl', hit1: 0.78, hit3: 0.87, abstain: 0.63 },
		// Phone-typed slang ("szn", "wat"), met at the start of the next session. First run 0.74 / 0.85 / 0.90.
		// Measured: 0.86, 0.96, 0.90.
		{ set: 'questions.sealed18.jsonl', hit1: 0.84, hit3: 0.93, abstain: 0.85 },
		// Plain search-box questions, met beside sealed18. First run 0.76 / 0.875 / 1. Measured: 0.875, 0.96, 1.
		{ set: 'questions.sealed19.jsonl', hit1: 0.85, hit3: 0.93, abstain: 0.95 },
		// Deep details, long questions with context. First run 0.70 / 0.825 / 0.85 (session-start code), 0.725 /
		// 0.85 / 0.85 (code of that hour). Measured: 0.775, 0.875, 0.90; 0.79, 0.89, 0.80 once a little less of a
		// question was enough to answer (coverage 0.45).
		{ set: 'questions.sealed20.jsonl', hit1: 0.75, hit3: 0.85, abstain: 0.78 },
		// A mix, a quarter reworded. First run 0.79 / 0.85 / 0.75, then 0.775 / 0.85 / 0.80. Measured: 0.875, 0.925,
		// 0.90.
		{ set: 'questions.sealed21.jsonl', hit1: 0.85, hit3: 0.9, abstain: 0.85 },
		// Short and clean, as the development set. First run 0.89 / 0.95 / 0.95 (0.86 / 0.95 / 0.90 with the
		// session-start code). Measured: 0.91, 0.975, 0.95.
		{ set: 'questions.sealed22.jsonl', hit1: 0.89, hit3: 0.95, abstain: 0.9 },
		// Hard paraphrase and idiom. First run 0.76 / 0.825 / 0.95 (0.725 / 0.80 / 0.80). Measured: 0.80, 0.86, 0.95.
		{ set: 'questions.sealed23.jsonl', hit1: 0.78, hit3: 0.84, abstain: 0.9 },
		// A quarter unanswerable, the hard kind. First run 0.84 / 0.93 / 0.72 (0.83 / 0.92 / 0.68). Measured: 0.87,
		// 0.96, 0.76.
		{ set: 'questions.sealed24.jsonl', hit1: 0.85, hit3: 0.94, abstain: 0.72 },
		// Discord-style, context and two questions in one. First run 0.825 / 0.89 / 0.95 (0.80 / 0.875 / 0.90).
		// Measured: 0.85, 0.91, 0.95.
		{ set: 'questions.sealed25.jsonl', hit1: 0.83, hit3: 0.89, abstain: 0.9 },
		// The last four were met once, with the session's final code (session-start code in brackets): short
		// and direct, 0.875 / 0.975 / 1 (0.86 / 0.975 / 0.95)…
		{ set: 'questions.sealed26.jsonl', hit1: 0.85, hit3: 0.95, abstain: 0.95 },
		// …everyday synonyms for the articles' words, 0.875 / 0.90 / 0.85 (0.84 / 0.86 / 0.80)…
		{ set: 'questions.sealed27.jsonl', hit1: 0.85, hit3: 0.88, abstain: 0.8 },
		// …a mix of clean, phone-typed and long, 0.76 / 0.885 / 0.91 (0.72 / 0.86 / 0.91)…
		{ set: 'questions.sealed28.jsonl', hit1: 0.74, hit3: 0.86, abstain: 0.86 },
		// …and every fact of every paragraph, 0.83 / 0.91 / 0.895 (0.79 / 0.89 / 0.79).
		{ set: 'questions.sealed29.jsonl', hit1: 0.8, hit3: 0.89, abstain: 0.84 },
		// A fourth wave, met with the code of late in the session (start code in brackets): like the dev set,
		// 0.85 / 0.90 / 0.90 (0.84 / 0.89 / 0.85)…
		{ set: 'questions.sealed30.jsonl', hit1: 0.84, hit3: 0.89, abstain: 0.85 },
		// …Discord-casual, 0.775 / 0.86 / 0.95 (0.76 / 0.89 / 0.90)…
		{ set: 'questions.sealed31.jsonl', hit1: 0.79, hit3: 0.86, abstain: 0.9 },
		// …clean and reworded, 0.68 / 0.795 / 0.955 (0.615 / 0.76 / 0.86)…
		{ set: 'questions.sealed32.jsonl', hit1: 0.7, hit3: 0.83, abstain: 0.86 },
		// …every fact of every paragraph, 0.74 / 0.86 / 0.95 (0.70 / 0.86 / 0.80).
		{ set: 'questions.sealed33.jsonl', hit1: 0.74, hit3: 0.85, abstain: 0.85 },
		// The fifth and last wave, met with the session's final code: like the dev set, 0.86 / 0.90 / 0.90 (0.81 /
		// 0.89 / 0.85)…
		{ set: 'questions.sealed34.jsonl', hit1: 0.84, hit3: 0.88, abstain: 0.85 },
		// …clean and reworded, 0.79 / 0.86 / 0.95 (0.76 / 0.84 / 0.95)…
		{ set: 'questions.sealed35.jsonl', hit1: 0.77, hit3: 0.84, abstain: 0.9 },
		// …phone-typed, 0.84 / 0.90 / 0.85 (0.825 / 0.90 / 0.95)…
		{ set: 'questions.sealed36.jsonl', hit1: 0.82, hit3: 0.88, abstain: 0.8 },
		// …every fact of every paragraph, 0.815 / 0.91 / 0.95 (0.74 / 0.88 / 0.74).
		{ set: 'questions.sealed37.jsonl', hit1: 0.8, hit3: 0.89, abstain: 0.9 },
		// A sixth wave, met after a last round of fixes (start code in brackets): like the dev set, 0.86 / 0.925 /
		// 0.85 (0.84 / 0.925 / 0.80)…
		{ set: 'questions.sealed38.jsonl', hit1: 0.84, hit3: 0.9, abstain: 0.8 },
		// …Discord-casual, 0.79 / 0.86 / 0.90 (0.75 / 0.85 / 0.85)…
		{ set: 'questions.sealed39.jsonl', hit1: 0.77, hit3: 0.84, abstain: 0.85 },
		// …clean and reworded, 0.75 / 0.85 / 1 (0.66 / 0.79 / 1)…
		{ set: 'questions.sealed40.jsonl', hit1: 0.73, hit3: 0.83, abstain: 0.95 },
		// …every fact of every paragraph, 0.81 / 0.90 / 0.95 (0.775 / 0.89 / 0.95).
		{ set: 'questions.sealed41.jsonl', hit1: 0.79, hit3: 0.88, abstain: 0.9 },
		// A seventh wave, met first with this session's start code, then tuning data (first run in brackets): Discord
		// chat with typos, 0.80 / 0.875 / 0.85 (0.76 / 0.825 / 0.80)…
		{ set: 'questions.sealed42.jsonl', hit1: 0.78, hit3: 0.85, abstain: 0.8 },
		// …side details deep in the articles, 0.75 / 0.84 / 0.85 (0.675 / 0.775 / 0.85)…
		{ set: 'questions.sealed43.jsonl', hit1: 0.73, hit3: 0.81, abstain: 0.8 },
		// …paraphrase that avoids the articles' words, 0.74 / 0.80 / 0.90 (0.66 / 0.74 / 0.85)…
		{ set: 'questions.sealed44.jsonl', hit1: 0.71, hit3: 0.78, abstain: 0.85 },
		// …like the dev set, 0.89 / 0.925 / 1 (0.84 / 0.90 / 1).
		{ set: 'questions.sealed45.jsonl', hit1: 0.86, hit3: 0.9, abstain: 0.95 },
		// An eighth wave, met once with the final code (start code in brackets): a fan back after some seasons,
		// 0.85 / 0.91 / 0.85 (0.84 / 0.90 / 0.85)…
		{ set: 'questions.sealed46.jsonl', hit1: 0.83, hit3: 0.89, abstain: 0.8 },
		// …half chat, half careful, 0.86 / 0.925 / 0.90 (0.85 / 0.91 / 0.90)…
		{ set: 'questions.sealed47.jsonl', hit1: 0.84, hit3: 0.9, abstain: 0.85 },
		// …when, which season, how long and yes-no, 0.81 / 0.875 / 0.85 (the same)…
		{ set: 'questions.sealed48.jsonl', hit1: 0.79, hit3: 0.85, abstain: 0.8 },
		// …why, how and what someone said, 0.775 / 0.86 / 0.85 (0.79 / 0.86 / 0.85).
		{ set: 'questions.sealed49.jsonl', hit1: 0.75, hit3: 0.84, abstain: 0.8 },
		// A ninth and a tenth wave, met with mid-session code, then tuning data (first run in brackets):
		// Discord chat with typos, 0.875 / 0.912 / 0.85 (0.875 / 0.912 / 0.85).
		{ set: 'questions.sealed50.jsonl', hit1: 0.85, hit3: 0.89, abstain: 0.83 },
		// side details deep in the articles, 0.8 / 0.825 / 0.9 (0.775 / 0.825 / 0.85).
		{ set: 'questions.sealed51.jsonl', hit1: 0.78, hit3: 0.8, abstain: 0.88 },
		// paraphrase that avoids the articles' words, 0.85 / 0.863 / 0.85 (0.825 / 0.838 / 0.8).
		{ set: 'questions.sealed52.jsonl', hit1: 0.83, hit3: 0.84, abstain: 0.83 },
		// like the dev set, 0.875 / 0.912 / 0.85 (0.875 / 0.912 / 0.85).
		{ set: 'questions.sealed53.jsonl', hit1: 0.85, hit3: 0.89, abstain: 0.83 },
		// a fan back after some seasons, 0.838 / 0.85 / 0.85 (0.813 / 0.838 / 0.85).
		{ set: 'questions.sealed54.jsonl', hit1: 0.81, hit3: 0.83, abstain: 0.83 },
		// half chat, half careful, 0.75 / 0.875 / 0.9 (0.725 / 0.875 / 0.85).
		{ set: 'questions.sealed55.jsonl', hit1: 0.73, hit3: 0.85, abstain: 0.88 },
		// when, which season, how long and yes-no, 0.9 / 0.95 / 0.9 (0.875 / 0.95 / 0.85).
		{ set: 'questions.sealed56.jsonl', hit1: 0.88, hit3: 0.93, abstain: 0.88 },
		// why, how and what someone said, 0.85 / 0.9 / 0.95 (0.838 / 0.9 / 0.85).
		{ set: 'questions.sealed57.jsonl', hit1: 0.83, hit3: 0.88, abstain: 0.93 },
		// An eleventh and a twelfth wave, met once with the final code (start code 0.763 / 0.852 / 0.874 on them):
		// phone-typed chat, 0.75 / 0.813 / 0.95 (0.75 / 0.813 / 0.95).
		{ set: 'questions.sealed58.jsonl', hit1: 0.73, hit3: 0.79, abstain: 0.93 },
		// like the dev set, 0.838 / 0.912 / 0.85 (0.838 / 0.912 / 0.85).
		{ set: 'questions.sealed59.jsonl', hit1: 0.81, hit3: 0.89, abstain: 0.83 },
		// a mixed crowd, some two in one, 0.8 / 0.85 / 0.9 (0.8 / 0.85 / 0.9).
		{ set: 'questions.sealed60.jsonl', hit1: 0.78, hit3: 0.83, abstain: 0.88 },
		// like the dev set, every kind, 0.9 / 0.95 / 0.85 (0.9 / 0.95 / 0.85).
		{ set: 'questions.sealed61.jsonl', hit1: 0.88, hit3: 0.93, abstain: 0.83 },
		// chat, context first, 0.7 / 0.838 / 0.9 (0.7 / 0.838 / 0.9).
		{ set: 'questions.sealed62.jsonl', hit1: 0.68, hit3: 0.81, abstain: 0.88 },
		// like the dev set, 0.9 / 0.95 / 0.95 (0.9 / 0.95 / 0.95).
		{ set: 'questions.sealed63.jsonl', hit1: 0.88, hit3: 0.93, abstain: 0.93 },
		// side details, reworded, 0.741 / 0.79 / 0.947 (0.741 / 0.79 / 0.947). Measured later: 0.765, 0.827, 0.895
		// (a who-question naming someone only to date it, "…before Derek Haas?", now finds the other showrunner).
		{ set: 'questions.sealed64.jsonl', hit1: 0.74, hit3: 0.8, abstain: 0.89 },
		// like the dev set, a few two in one, 0.875 / 0.95 / 0.9 (0.875 / 0.95 / 0.9).
		{ set: 'questions.sealed65.jsonl', hit1: 0.85, hit3: 0.93, abstain: 0.88 },
		// This session's tuning waves (first met midway through it; the start code's figures in brackets where they
		// differ), then its final wave, sealed70-77, met once with the session's final code and not tuned on.
		// chat, nicknames and slang, first run 0.838 / 0.875 / 0.95. Measured: 0.887, 0.925, 0.95.
		{ set: 'questions.sealed66.jsonl', hit1: 0.86, hit3: 0.9, abstain: 0.93 },
		// side details, reworded, first run 0.787 / 0.838 / 0.9. Measured: 0.838, 0.912, 0.9.
		{ set: 'questions.sealed67.jsonl', hit1: 0.81, hit3: 0.89, abstain: 0.88 },
		// long, with a lead-in, some two in one, first run 0.625 / 0.738 / 0.85. Measured: 0.688, 0.8, 0.85.
		{ set: 'questions.sealed68.jsonl', hit1: 0.66, hit3: 0.78, abstain: 0.83 },
		// every shape, plain, first run 0.838 / 0.912 / 0.85. Measured: 0.863, 0.925, 0.9.
		{ set: 'questions.sealed69.jsonl', hit1: 0.84, hit3: 0.9, abstain: 0.88 },
		// like the dev set, first run 0.85 / 0.925 / 0.95 (0.838 / 0.912 / 0.95). Measured: 0.875, 0.938, 1.
		{ set: 'questions.sealed78.jsonl', hit1: 0.85, hit3: 0.91, abstain: 0.98 },
		// chat, nicknames and slang, first run 0.9 / 0.938 / 0.75 (0.887 / 0.925 / 0.75). Measured: 0.912, 0.95, 0.9.
		{ set: 'questions.sealed79.jsonl', hit1: 0.89, hit3: 0.93, abstain: 0.88 },
		// side details, reworded, first run 0.863 / 0.9 / 0.8 (0.85 / 0.875 / 0.8). Measured: 0.863, 0.95, 0.85.
		{ set: 'questions.sealed80.jsonl', hit1: 0.84, hit3: 0.93, abstain: 0.83 },
		// long, with a lead-in, some two in one, first run 0.75 / 0.838 / 0.9 (0.713 / 0.787 / 0.9). Measured: 0.762, 0.85, 0.9.
		{ set: 'questions.sealed81.jsonl', hit1: 0.74, hit3: 0.83, abstain: 0.88 },
		// paraphrase, few shared words, first run 0.7 / 0.813 / 0.9 (0.7 / 0.8 / 0.9). Measured: 0.75, 0.85, 0.95.
		{ set: 'questions.sealed82.jsonl', hit1: 0.73, hit3: 0.83, abstain: 0.93 },
		// slang and misspelt names, first run 0.863 / 0.912 / 0.95 (0.85 / 0.9 / 0.95). Measured: 0.863, 0.912, 1.
		{ set: 'questions.sealed83.jsonl', hit1: 0.84, hit3: 0.89, abstain: 0.98 },
		// like the dev set, first run 0.9 / 0.925 / 0.95 (0.887 / 0.912 / 0.95). Measured: 0.925, 0.95, 0.95.
		{ set: 'questions.sealed84.jsonl', hit1: 0.9, hit3: 0.93, abstain: 0.93 },
		// every shape, plain, first run 0.825 / 0.925 / 0.95 (0.813 / 0.912 / 0.95). Measured: 0.85, 0.95, 0.95.
		{ set: 'questions.sealed85.jsonl', hit1: 0.83, hit3: 0.93, abstain: 0.93 },
		// final wave, like the dev set, first run 0.85 / 0.9 / 1.
		{ set: 'questions.sealed70.jsonl', hit1: 0.83, hit3: 0.88, abstain: 0.98 },
		// final wave, like the dev set, first run 0.9 / 0.938 / 0.9 (0.875 / 0.925 / 0.9).
		{ set: 'questions.sealed71.jsonl', hit1: 0.88, hit3: 0.91, abstain: 0.88 },
		// final wave, like the dev set, first run 0.938 / 0.975 / 0.9 (0.925 / 0.963 / 0.9).
		{ set: 'questions.sealed72.jsonl', hit1: 0.91, hit3: 0.95, abstain: 0.88 },
		// final wave, like the dev set, first run 0.863 / 0.938 / 0.9 (0.85 / 0.938 / 0.9).
		{ set: 'questions.sealed73.jsonl', hit1: 0.84, hit3: 0.91, abstain: 0.88 },
		// final wave, chat, nicknames and slang, first run 0.787 / 0.838 / 0.85 (0.787 / 0.825 / 0.8).
		{ set: 'questions.sealed74.jsonl', hit1: 0.76, hit3: 0.81, abstain: 0.83 },
		// final wave, side details, reworded, first run 0.875 / 0.925 / 0.95 (0.838 / 0.887 / 0.95).
		{ set: 'questions.sealed75.jsonl', hit1: 0.85, hit3: 0.9, abstain: 0.93 },
		// final wave, long, with a lead-in, some two in one, first run 0.675 / 0.787 / 0.85 (0.637 / 0.762 / 0.85).
		{ set: 'questions.sealed76.jsonl', hit1: 0.65, hit3: 0.76, abstain: 0.83 },
		// final wave, every shape, plain, first run 0.887 / 0.925 / 1 (0.85 / 0.887 / 1).
		{ set: 'questions.sealed77.jsonl', hit1: 0.86, hit3: 0.9, abstain: 0.98 },
	])(
		'GIVEN $set, written apart from the engine, THEN it stays above its measured floor',
		async (floor) => {
			const s = await score(floor.set);
			expect(s.hit1).toBeGreaterThanOrEqual(floor.hit1);
			expect(s.hit3).toBeGreaterThanOrEqual(floor.hit3);
			expect(s.abstain).toBeGreaterThanOrEqual(floor.abstain);
			expect(s.fidelity).toBe(1);
		},
		120_000,
	);
});
