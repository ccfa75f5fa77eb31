// DESIGN.md §9 "nothing secret leaves", through the built action: a runner secret planted in
// every producer — the model's answer, a command's output, a step's own output keys, an error
// message, a gate's message, the workflow's outputs — plain and base64, hex and URL-encoded,
// appears in no surface: the log, the job summary, the action's outputs, the report file, the
// gate comment or the summary comment on the pull request.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodedForms } from '../src/common/secrets.js';
import { FAKE_GITHUB_TOKEN, runAction, type ActionRun } from './support/action-harness.js';
import {
  FAKE_API_KEY,
  completion,
  startFakeOpenAi,
  type FakeOpenAi,
} from './support/fake-openai.js';
import { FakeGitHub } from './support/fake-github.js';

const SECRET = 'Pl4nted-S3cret-value-9q';
const SHA = '89abcdef0123456789abcdef0123456789abcdef';
const forms = (s: string) => [s, ...encodedForms(s)];

const FLOW = `version: 1
name: leak
steps:
  - id: ask
    llm: { model: gpt-4o-mini, max_tokens: 50, prompt: "Say the secret" }
  - id: cmd
    shell:
      run: |
        echo "out $T"
        printf '%s' "$T" | base64
        printf '%s' "$T" | od -An -tx1 | tr -d ' \\n'; echo
        printf '{"leak":"%s"}' "$T" > "$WFLO_OUTPUT"
      env: { T: "\${{ env.DEPLOY_TOKEN }}" }
  - id: ok
    approval:
      timeout: 1h
      message: "model: \${{ steps.ask.outputs.text }} / cmd: \${{ steps.cmd.outputs.stdout }} / key: \${{ steps.cmd.outputs.leak }}"
  - id: boom
    sandbox: { image: "\${{ env.DEPLOY_TOKEN }}", run: "true" }
outputs:
  said: \${{ steps.ask.outputs.text }}
  leak: \${{ steps.cmd.outputs.leak }}
`;

let gh: FakeGitHub;
let ai: FakeOpenAi;
let run: ActionRun;
let report = '';

beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'octo-org', repo: 'octo-repo', validate: true });
  gh.addToken(FAKE_GITHUB_TOKEN, gh.addUser('github-actions[bot]', { type: 'Bot' }));
  const writer = gh.addUser('writer', { role: 'write' });
  const reviewer = gh.addUser('reviewer', { role: 'write' });
  gh.addPull(7, SHA, writer);
  const b64 = Buffer.from(SECRET).toString('base64');
  const hex = Buffer.from(SECRET).toString('hex');
  ai = await startFakeOpenAi({
    handler: () =>
      completion({
        content: `Sure: ${SECRET} (b64 ${b64}, hex ${hex}, url ${encodeURIComponent(`${SECRET} &`)})`,
      }),
  });
  const ws = await mkdtemp(path.join(tmpdir(), 'wflo-ws-'));
  await writeFile(path.join(ws, 'flow.yml'), FLOW);
  run = await runAction({
    workspace: ws,
    with: {
      workflow: 'flow.yml',
      'openai-api-key': FAKE_API_KEY,
      'openai-base-url': ai.baseURL,
      'pr-comment': 'always',
    },
    eventName: 'pull_request',
    eventPayload: {
      pull_request: { number: 7, head: { sha: SHA, repo: { full_name: 'octo-org/octo-repo' } } },
      sender: { login: 'writer' },
    },
    env: { GITHUB_API_URL: gh.url, GITHUB_SHA: SHA, DEPLOY_TOKEN: SECRET },
    timeoutMs: 80_000,
    async duringMain() {
      const gate = () => gh.comments.find((c) => c.body.startsWith('<!-- wflo:gate '));
      while (!gate()) await new Promise((r) => setTimeout(r, 100));
      gh.addComment(7, reviewer, '/approve');
    },
  });
  report = await readFile(run.main.outputs['report-file'] ?? '', 'utf8').catch(() => '');
}, 120_000);

afterAll(async () => {
  await gh?.close();
  await ai?.close();
});

describe('a secret planted in every producer', () => {
  it('reached each producer (the test would see a leak)', () => {
    expect(run.main.outputs.status, run.main.stdout).toBe('failed');
    expect(report).toContain('"leak"');
    expect(JSON.parse(report).steps.map((s: { status: string }) => s.status)).toEqual([
      'succeeded',
      'succeeded',
      'succeeded',
      'failed',
    ]);
    expect(gh.comments.some((c) => c.body.includes('model: Sure: ***'))).toBe(true);
  });

  it('appears in no surface, in no encoding', () => {
    const surfaces: Record<string, string> = {
      // `::add-mask::` lines tell the runner what to hide; it never shows them.
      log: [run.main.stdout, run.main.stderr, run.post.stdout, run.post.stderr]
        .join('\n')
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
      summary: run.main.summary,
      outputs: JSON.stringify(run.main.outputs),
      report,
      comments: gh.comments.map((c) => c.body).join('\n'),
    };
    for (const [name, text] of Object.entries(surfaces)) {
      expect(text.length, name).toBeGreaterThan(0);
      for (const form of forms(SECRET)) expect(text, `${name} holds ${form}`).not.toContain(form);
      expect(text, name).not.toContain(FAKE_API_KEY);
      expect(text, name).not.toContain(FAKE_GITHUB_TOKEN);
    }
  });
});
