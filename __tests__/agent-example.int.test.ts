// workflows-examples/agent-fix-test through the whole engine: a scripted model fixes the
// sample project's failing test in a real container, the gate that follows shows the diff
// stat, and the sandbox after it finds the test passing in the checkout.
import { chmodSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LocalApprovalGateway } from '../src/cli/local-approvals.js';
import { systemClock } from '../src/engine/clock.js';
import { localCheckout } from '../src/checkout/local.js';
import { runWorkflow } from '../src/engine/run.js';
import type { Gate, GateWaitOptions } from '../src/approval/gateway.js';
import { createOpenAiClient } from '../src/llm/openai-client.js';
import { renderSummary } from '../src/report/summary.js';
import { createDockerRuntime } from '../src/sandbox/docker-runtime.js';
import { builtinKinds } from '../src/steps/index.js';
import { loadWorkflow } from '../src/workflow/load.js';
import { leftovers, requireDocker, TEST_IMAGE, uniqueRunId } from './support/docker.js';
import {
  FAKE_API_KEY,
  completion,
  startFakeOpenAi,
  type FakeOpenAi,
} from './support/fake-openai.js';

const EXAMPLE = resolve(__dirname, '../workflows-examples/agent-fix-test');

let fake: FakeOpenAi;
beforeAll(() => requireDocker());
beforeEach(async () => {
  fake = await startFakeOpenAi();
});
afterEach(async () => {
  await fake.close();
});

const usage = { prompt_tokens: 400, completion_tokens: 60 };
const tool = (id: string, name: string, args: object) => ({
  id,
  type: 'function' as const,
  function: { name, arguments: JSON.stringify(args) },
});
const turn = (...calls: ReturnType<typeof tool>[]) =>
  completion({ content: null, tool_calls: calls, usage, model: 'gpt-4o-mini' });

const FIXED = '# add A B: prints A + B.\nadd() {\n  echo $(($1 + $2))\n}\n';

describe('the agent-fix-test example', () => {
  it('fixes the failing test, shows the diff stat at the gate, and the checkout passes', async () => {
    const checkout = mkdtempSync(join(tmpdir(), 'wflo-agent-example-'));
    cpSync(join(EXAMPLE, 'project'), checkout, { recursive: true });
    // As a runner's checkout is: readable by the sandbox's unprivileged user.
    chmodSync(checkout, 0o755);
    const registry = builtinKinds();
    const workflow = await loadWorkflow(join(EXAMPLE, 'agent-fix-test.yml'), { registry });
    fake.enqueue(
      turn(
        tool('c1', 'run', { command: 'sh test.sh' }),
        tool('c2', 'read_file', { path: 'add.sh' }),
      ),
      turn(tool('c3', 'write_file', { path: 'add.sh', content: FIXED })),
      turn(tool('c4', 'run', { command: 'sh test.sh' })),
      completion({
        content: '{"summary": "add subtracted; it adds now"}',
        usage,
        model: 'gpt-4o-mini',
      }),
    );
    const gates: Gate[] = [];
    const local = new LocalApprovalGateway({ approve: ['review'], user: 'reviewer' });
    const runId = uniqueRunId('agent-example');
    const result = await runWorkflow({
      workflow,
      inputs: { image: TEST_IMAGE },
      registry,
      services: {
        clock: systemClock,
        hostEnv: {},
        llm: createOpenAiClient({ apiKey: FAKE_API_KEY, baseURL: fake.baseURL, maxRetries: 2 }),
        containers: createDockerRuntime(),
        checkout: localCheckout,
        approvals: {
          decide: (gate: Gate, options: GateWaitOptions) => {
            gates.push(gate);
            return local.decide(gate, options);
          },
          recordPolicyApproval: (gate, options) => local.recordPolicyApproval(gate, options),
        },
      },
      workspace: checkout,
      tempDir: mkdtempSync(join(tmpdir(), 'wflo-agent-example-tmp-')),
      runId,
    });

    expect(result.reason).toBeUndefined();
    expect(result.status).toBe('succeeded');
    expect(result.outputs).toEqual({
      summary: 'add subtracted; it adds now',
      stop_reason: 'finished',
    });
    const [fix, , verify] = result.steps;
    expect(fix?.outputs).toMatchObject({ turns: 4, tool_calls: 4, stop_reason: 'finished' });
    // The report keeps the transcript: every call and its (truncated) result.
    expect(fix?.outputs.transcript).toContainEqual(
      expect.objectContaining({
        tool: 'run',
        id: 'c4',
        ok: true,
        result: expect.stringMatching(/^exit code 0\nstdout:\nPASS/),
      }),
    );
    expect(gates[0]?.message).toContain(
      'Files changed (path, lines added, lines removed): [\n  {\n    "path": "add.sh",\n    "status": "modified",\n    "additions": 1,\n    "deletions": 1,',
    );
    expect(verify?.outputs.stdout).toBe('PASS add 2 3 = 5\n');
    expect(readFileSync(join(checkout, 'add.sh'), 'utf8')).toBe(FIXED);
    expect(leftovers(runId)).toEqual([]);
    // The job summary the README shows.
    if (process.env.WFLO_PRINT_SUMMARY) console.log(renderSummary(result));
  });
});
