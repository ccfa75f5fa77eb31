// Issue #3's "done when", end to end through the built CLI: three parallel llm steps that
// together would cost ~$0.30 under a $0.10 budget stop with exit 3, a total within the
// budget, the refused calls named with their reservations, and no unreserved call sent.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../src/report/report.js';
import { REPO_ROOT, runAction } from './support/action-harness.js';
import {
  FAKE_API_KEY,
  completion,
  startFakeOpenAi,
  type FakeOpenAi,
} from './support/fake-openai.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

// $1/M in, $95/M out, max_tokens 1000: each call reserves a little over $0.095, so one fits
// in $0.10 and three (~$0.29) do not.
const WORKFLOW = `version: 1
name: three-reviews
models:
  review-model: { input_per_mtok: 1, output_per_mtok: 95 }
steps:
  - id: review_a
    needs: []
    llm: { model: review-model, prompt: Review part A of the change., max_tokens: 1000 }
  - id: review_b
    needs: []
    llm: { model: review-model, prompt: Review part B of the change., max_tokens: 1000 }
  - id: review_c
    needs: []
    llm: { model: review-model, prompt: Review part C of the change., max_tokens: 1000 }
`;

let fake: FakeOpenAi;
beforeAll(async () => {
  // Slow answers, so every step has started (and reserved or been refused) before any settles.
  fake = await startFakeOpenAi({
    handler: async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return completion({ usage: { prompt_tokens: 12, completion_tokens: 1000 } });
    },
  });
});
afterAll(async () => {
  await fake.close();
});

function wflo(
  args: string[],
  cwd: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { ...process.env, OPENAI_BASE_URL: fake.baseURL, OPENAI_API_KEY: FAKE_API_KEY },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('a $0.10 budget over parallel llm steps worth $0.30', () => {
  it('stops with exit 3, spends at most the budget and names the reservation that did not fit', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wflo-budget-e2e-'));
    await writeFile(path.join(dir, 'reviews.yml'), WORKFLOW);
    const reportPath = path.join(dir, 'report.json');

    const r = await wflo(
      ['run', 'reviews.yml', '--report', reportPath, '--budget-usd', '0.10'],
      dir,
    );
    expect(r.code, r.stdout + r.stderr).toBe(3);

    const report = JSON.parse(await readFile(reportPath, 'utf8')) as RunReport;
    expect(report.status).toBe('budget_exceeded');
    expect(report.exit_code).toBe(3);
    expect(report.budget_usd).toBe(0.1);
    expect(report.cost_usd).toBeGreaterThan(0);
    expect(report.cost_usd).toBeLessThanOrEqual(0.1);
    expect(report.reserved_usd_peak).toBeLessThanOrEqual(0.1);

    // One call fitted and ran; the other two were refused before calling anything.
    const ran = report.steps.filter((s) => s.status === 'succeeded');
    const refused = report.steps.filter((s) => s.status === 'budget_exceeded');
    expect(ran).toHaveLength(1);
    expect(refused).toHaveLength(2);
    expect(ran[0]?.cost_usd).toBe(report.cost_usd);
    for (const step of refused) {
      expect(step.cost_usd).toBe(0);
      expect(step.usage).toBeNull();
      expect(step.error).toMatch(
        new RegExp(
          `^step '${step.id}' did not call review-model: its reservation of \\$0\\.095\\d*`,
        ),
      );
    }
    // The first refusal gives the whole account; the second, by the same budget, what differs.
    const [long, short] = [...refused].sort(
      (a, b) => (b.error?.length ?? 0) - (a.error?.length ?? 0),
    );
    expect(long?.error).toMatch(
      /\(\d+ input tokens at most, 1000 output tokens at most\) does not fit the run's budget of \$0\.10, of which \$0\.\d+ is spent and \$0\.\d+ is held by calls in flight$/,
    );
    expect(short?.error).toMatch(
      /^step '\w+' did not call review-model: its reservation of \$0\.095\d* does not fit the \$0\.0\d+ left of the run's budget either$/,
    );
    expect(short?.error?.split(' ').length).toBeLessThan(
      (long?.error?.split(' ').length ?? 0) * 0.6,
    );

    // The server saw exactly the reserved call, from the step that ran.
    expect(fake.requests).toHaveLength(1);
    const prompt = JSON.stringify(fake.requests[0]?.body.messages);
    expect(prompt).toContain(`part ${ran[0]?.id.slice(-1).toUpperCase()} of the change`);

    // The CLI's closing line says the same in one glance.
    const out = r.stdout + r.stderr;
    expect(out).toMatch(/three-reviews budget exceeded/);
    expect(out).toMatch(/of \$0\.10 budget spent/);
    expect(out).toContain(refused[0]?.error ?? 'a refused step');
  });

  it('fails the job with one sentence and says the same in the job summary', async () => {
    const ws = await mkdtemp(path.join(tmpdir(), 'wflo-budget-action-'));
    await writeFile(path.join(ws, 'reviews.yml'), WORKFLOW);
    fake.requests.length = 0;
    const { main } = await runAction({
      workspace: ws,
      with: {
        workflow: 'reviews.yml',
        'budget-usd': '0.10',
        'openai-api-key': FAKE_API_KEY,
        'openai-base-url': fake.baseURL,
      },
    });
    expect(main.exitCode, main.stdout + main.stderr).not.toBe(0);
    expect(main.outputs.status).toBe('budget_exceeded');
    expect(Number(main.outputs['cost-usd'])).toBeLessThanOrEqual(0.1);
    expect(main.outputs['budget-usd']).toBe('0.1');
    expect(fake.requests).toHaveLength(1);
    // One ::error:: line fails the job: spent, budget, the step and the reservation that did not fit.
    expect(main.stdout).toMatch(
      /^::error::wflo: Step 'review_\w' stopped the run at the budget: .*reservation of \$0\.095\d*.*budget of \$0\.10/m,
    );
    // The summary escapes markdown as numeric entities; read it as the rendered page shows it.
    const summary = main.summary.replace(/&#(\d+);/g, (_, code: string) =>
      String.fromCharCode(Number(code)),
    );
    expect(summary).toMatch(/^## 💸 wflo: three-reviews budget exceeded$/m);
    expect(summary).toMatch(/^\*\*Spend:\*\* \$0\.095\d* of \$0\.10 budget spent/m);
    expect(summary).toMatch(
      /^\*\*Why:\*\* .*its reservation of \$0\.095\d*.* does not fit the run's budget of \$0\.10/m,
    );
    // The Why line says the sentence; the refused step's row does not say it again.
    expect(summary).toMatch(/\| review_\w \| llm \| 💸 budget exceeded \|/);
    const why = /^\*\*Why:\*\* .*: (its reservation of [^,]*)/m.exec(summary)?.[1] ?? 'missing';
    expect(summary.split(why)).toHaveLength(2);
  });
});
