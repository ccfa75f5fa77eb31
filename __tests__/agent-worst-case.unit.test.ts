// `wflo plan` and the action's dry run show an agent step's worst case: every turn of every
// attempt at the most one turn can reserve (input up to the model's context window less
// max_tokens, max_tokens of reply), capped by the step's own budget. Expected figures are
// worked out here from the prices; and a run never commits more for the step than the plan said.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/main.js';
import { DEFAULT_CONTEXT_TOKENS } from '../src/agent/context.js';
import { formatMicros } from '../src/common/money.js';
import { priceOf } from '../src/cost/prices.js';
import type { RunResult } from '../src/engine/types.js';
import type { ChatRequest, ChatResult, LlmClient } from '../src/llm/client.js';
import { builtinKinds } from '../src/steps/index.js';
import { planOf, renderPlanMarkdown, renderPlanText } from '../src/report/plan.js';
import type { KeptContainer } from '../src/sandbox/exec.js';
import type { ContainerRuntime } from '../src/sandbox/runtime.js';
import { engine } from '../src/wiring/engine.js';
import { makeWorkflow, services } from './support/engine-fixtures.js';

// gpt-4o-mini in the bundled price table: $0.15 per million input tokens ($0.075 cached),
// $0.60 per million output tokens; its context window there is 128,000 tokens.
const MINI = { inMicrosPerMtok: 150_000, outMicrosPerMtok: 600_000, window: 128_000 };
// A model priced in the file at $1 and $2 per million tokens: one micro-dollar per input token,
// two per output token. No table knows it and it gives no context_window, so its window is
// the default 128,000.
const PRIVATE_MODELS = 'models: { house-model: { input_per_mtok: 1.00, output_per_mtok: 2.00 } }';

/** ceil(tokens × micro-dollars per million / 10^6), as the ledger charges a call. */
function turnMicros(
  price: { inMicrosPerMtok: number; outMicrosPerMtok: number },
  inputTokens: number,
  outputTokens: number,
): number {
  return Math.ceil(
    (inputTokens * price.inMicrosPerMtok + outputTokens * price.outMicrosPerMtok) / 1_000_000,
  );
}

interface Captured extends CliIo {
  stdout: string;
  stderr: string;
}

async function plan(yaml: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wflo-agent-plan-'));
  await writeFile(path.join(dir, 'wf.yml'), yaml);
  const io: Captured = {
    stdout: '',
    stderr: '',
    out: (t) => void (io.stdout += t),
    err: (t) => void (io.stderr += t),
    cwd: dir,
    env: {},
    onInterrupt: () => () => undefined,
    forceExit: () => undefined,
  };
  const code = await runCli(['plan', path.join(dir, 'wf.yml')], io, engine);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** The worst-case cell of a step's row in the plan's table. */
function cellOf(stdout: string, stepId: string): string | undefined {
  const row = stdout.split('\n').find((l) => l.split(/\s+/)[1] === stepId);
  return row?.trim().split(/\s+/).at(-1);
}

function agentStep(id: string, fields: string, stepFields = ''): string {
  return [
    `  - id: ${id}`,
    ...(stepFields ? [`    ${stepFields}`] : []),
    '    needs: []',
    '    agent:',
    `      task: Fix the failing test.`,
    `      sandbox: { image: busybox }`,
    ...fields
      .split('\n')
      .filter(Boolean)
      .map((l) => `      ${l}`),
  ].join('\n');
}

function workflowYaml(...steps: string[]): string {
  return ['version: 1', 'name: agents', PRIVATE_MODELS, 'steps:', ...steps, ''].join('\n');
}

describe('wflo plan: the worst case of an agent step', () => {
  it('prices every default turn of a table model at its window and counts it in the run total', async () => {
    const r = await plan(
      workflowYaml(
        agentStep('fix', 'model: gpt-4o-mini'),
        [
          '  - id: summarise',
          '    llm: { model: house-model, prompt: Say what changed., max_tokens: 100 }',
        ].join('\n'),
      ),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(priceOf('gpt-4o-mini')?.contextTokens).toBe(MINI.window);
    // Defaults: 20 turns of 4096 tokens of reply, so at most 128000 − 4096 tokens of input.
    const expected = 20 * turnMicros(MINI, MINI.window - 4096, 4096);
    expect(expected).toBe(420_880);
    expect(r.stdout).toMatch(/1\s+fix\s+agent\s+–\s+\$0\.42088\n/);
    const llmCell = cellOf(r.stdout, 'summarise');
    expect(llmCell).toMatch(/^\$0\.\d+$/);
    const llmMicros = Math.round(Number(llmCell?.slice(1)) * 1_000_000);
    expect(r.stdout).toContain(`run worst case: ${formatMicros(expected + llmMicros)}\n`);
    expect(r.stdout).not.toContain('n/a');
  });

  it('scales with max_turns and shrinks input room as max_tokens grows', async () => {
    const r = await plan(
      workflowYaml(
        agentStep('five', 'model: house-model\nmax_turns: 5\nmax_tokens: 1000'),
        agentStep('ten', 'model: house-model\nmax_turns: 10\nmax_tokens: 1000'),
        agentStep('long', 'model: house-model\nmax_turns: 5\nmax_tokens: 8000'),
      ),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(DEFAULT_CONTEXT_TOKENS).toBe(128_000);
    const house = { inMicrosPerMtok: 1_000_000, outMicrosPerMtok: 2_000_000 };
    // 127,000 input tokens at $1/M and 1,000 output tokens at $2/M: $0.129 a turn.
    expect(cellOf(r.stdout, 'five')).toBe(formatMicros(5 * turnMicros(house, 127_000, 1000)));
    expect(cellOf(r.stdout, 'five')).toBe('$0.645');
    expect(cellOf(r.stdout, 'ten')).toBe('$1.29');
    // 120,000 input tokens and 8,000 output: $0.136 a turn.
    expect(cellOf(r.stdout, 'long')).toBe('$0.68');
    expect(r.stdout).toContain(`run worst case: $2.615\n`);
  });

  it('prices a turn at the long-context tier its window can reach', async () => {
    const r = await plan(
      workflowYaml(agentStep('fix', 'model: gpt-5.4\nmax_turns: 1\nmax_tokens: 1000')),
    );
    expect(r.code, r.stderr).toBe(0);
    // gpt-5.4: $2.50/$15 per million, $5/$22.50 above 271,999 input tokens; its window in the
    // table (1,050,000 tokens today) is past the tier, so a turn can reach it.
    const window = priceOf('gpt-5.4')?.contextTokens ?? 0;
    expect(window).toBeGreaterThan(272_000 + 1000);
    const tier = { inMicrosPerMtok: 5_000_000, outMicrosPerMtok: 22_500_000 };
    expect(cellOf(r.stdout, 'fix')).toBe(formatMicros(turnMicros(tier, window - 1000, 1000)));
  });

  it("bounds the turns by a models: entry's context_window, over the table's window too", async () => {
    const yaml = workflowYaml(
      agentStep('own', 'model: house-model\nmax_turns: 5\nmax_tokens: 1000'),
      agentStep('mini', 'model: gpt-4o-mini\nmax_turns: 5\nmax_tokens: 1000'),
    ).replace(
      PRIVATE_MODELS,
      [
        'models:',
        '  house-model: { input_per_mtok: 1.00, output_per_mtok: 2.00, context_window: 32768 }',
        '  gpt-4o-mini: { input_per_mtok: 0.15, output_per_mtok: 0.60, context_window: 16000 }',
      ].join('\n'),
    );
    const r = await plan(yaml);
    expect(r.code, r.stderr).toBe(0);
    const house = { inMicrosPerMtok: 1_000_000, outMicrosPerMtok: 2_000_000 };
    expect(cellOf(r.stdout, 'own')).toBe(formatMicros(5 * turnMicros(house, 32_768 - 1000, 1000)));
    expect(cellOf(r.stdout, 'mini')).toBe(formatMicros(5 * turnMicros(MINI, 16_000 - 1000, 1000)));
  });

  it('counts every attempt a retry allows', async () => {
    const r = await plan(
      workflowYaml(
        agentStep(
          'fix',
          'model: house-model\nmax_turns: 2\nmax_tokens: 1000',
          'retry: { max_attempts: 3 }',
        ),
      ),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(cellOf(r.stdout, 'fix')).toBe(formatMicros(3 * 2 * 129_000));
  });

  it('counts every attempt of an llm step too, capped by its own budget', async () => {
    const llm = (id: string, stepFields: string) =>
      [
        `  - id: ${id}`,
        ...(stepFields ? [`    ${stepFields}`] : []),
        '    needs: []',
        '    llm: { model: house-model, prompt: Say what changed., max_tokens: 100 }',
      ].join('\n');
    const r = await plan(
      workflowYaml(
        llm('once', ''),
        llm('thrice', 'retry: { max_attempts: 3 }'),
        llm('capped', 'retry: { max_attempts: 3 }\n    budget: { max_usd: 0.00001 }'),
      ),
    );
    expect(r.code, r.stderr).toBe(0);
    const micros = (cell: string | undefined) => Math.round(Number(cell?.slice(1)) * 1_000_000);
    const once = micros(cellOf(r.stdout, 'once'));
    expect(once).toBeGreaterThan(10);
    expect(micros(cellOf(r.stdout, 'thrice'))).toBe(3 * once);
    expect(micros(cellOf(r.stdout, 'capped'))).toBe(10);
  });

  it("is capped by the step's own budget, and left alone by a budget above it", async () => {
    const r = await plan(
      workflowYaml(
        agentStep(
          'capped',
          'model: house-model\nmax_turns: 5\nmax_tokens: 1000',
          'budget: { max_usd: 0.25 }',
        ),
        agentStep(
          'roomy',
          'model: house-model\nmax_turns: 5\nmax_tokens: 1000',
          'budget: { max_usd: 0.90 }',
        ),
      ),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(cellOf(r.stdout, 'capped')).toBe('$0.25');
    expect(cellOf(r.stdout, 'roomy')).toBe('$0.645');
    expect(r.stdout).toContain('run worst case: $0.895\n');
  });

  it('shows n/a and says why when the model is chosen by an expression', async () => {
    const yaml = workflowYaml(agentStep('fix', 'model: ${{ inputs.model }}')).replace(
      'steps:',
      'inputs: { model: { type: string, default: gpt-4o-mini } }\nsteps:',
    );
    const r = await plan(yaml);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1\s+fix\s+agent\s+–\s+n\/a\n/);
    expect(r.stdout).toContain(
      'fix: n/a because its model is chosen by an expression (${{ inputs.model }}), priced when it runs\n',
    );
    expect(r.stdout).toContain('run worst case: n/a\n');
  });

  it('shows n/a and says why when max_tokens leaves no room in the context window', async () => {
    const r = await plan(workflowYaml(agentStep('fix', 'model: house-model\nmax_tokens: 128000')));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      "fix: n/a because max_tokens 128000 leaves no room for input in house-model's context window of 128000 tokens, so no turn can be sent\n",
    );
  });

  it('shows n/a with the reason for a model no price table knows (a file that skipped validation)', async () => {
    // Validation refuses such a file; the plan still says what it cannot price and why.
    const wf = makeWorkflow([
      { id: 'fix', kind: 'agent', config: { model: 'nobody-knows', task: 't' } },
    ]);
    const text = renderPlanText(await planOf(wf, builtinKinds()));
    expect(text).toMatch(/1\s+fix\s+agent\s+–\s+n\/a\n/);
    expect(text).toContain("fix: n/a because no price is known for model 'nobody-knows'\n");
    expect(text).toContain('run worst case: n/a\n');
  });

  it("puts the same figure, the reasons and the run's total in the dry run's job summary", async () => {
    const wf = makeWorkflow(
      [
        {
          id: 'fix',
          kind: 'agent',
          config: { model: 'house-model', task: 't', max_turns: 5, max_tokens: 1000 },
        },
        { id: 'other', kind: 'agent', config: { model: 'nobody-knows', task: 't' } },
      ],
      {
        models: {
          'house-model': { inputPerMtokMicros: 1_000_000, outputPerMtokMicros: 2_000_000 },
        },
      },
    );
    const md = renderPlanMarkdown(await planOf(wf, builtinKinds()));
    expect(md).toContain('| 1 | fix | agent | – | $0.645 |');
    expect(md).toContain('| 2 | other | agent | fix | n/a |');
    expect(md).toContain('- other: n/a because no price is known for model &#39;nobody-knows&#39;');
    expect(md).toContain('- run worst case: n/a');
  });
});

// --- a run against the plan: in-memory model and container, the real engine and agent kind ---

const RESULT_LINE = 'the quick brown fox jumps over the lazy dog near 42 riverbanks; ';

/** A model that always asks for two tool calls and never reports usage: each turn keeps its whole hold. */
function greedyModel(): LlmClient & { calls: number; requests: ChatRequest[] } {
  const client = {
    calls: 0,
    requests: [] as ChatRequest[],
    chat(request: ChatRequest, options?: Parameters<LlmClient['chat']>[1]): Promise<ChatResult> {
      client.calls += 1;
      client.requests.push({ ...request, messages: [...request.messages] });
      // Throws BudgetExceededError when the hold does not fit: the call is then not made.
      const account = options?.beforeAttempt?.(1);
      account?.keep();
      const n = client.calls;
      return Promise.resolve({
        id: `c${n}`,
        model: request.model,
        text: '',
        refusal: null,
        finish_reason: 'tool_calls',
        tool_calls: [1, 2].map((k) => ({
          id: `call_${n}_${k}`,
          name: 'run',
          arguments: JSON.stringify({ command: 'cat log.txt' }),
        })),
        attempts: 1,
      });
    },
  };
  return client;
}

/** Containers that exist only in memory: every command prints 8 KiB of text. */
function memoryContainers(): ContainerRuntime {
  const stdout = Buffer.from(RESULT_LINE.repeat(Math.ceil(8192 / RESULT_LINE.length)));
  const box: KeptContainer = {
    id: 'box',
    exec: () =>
      Promise.resolve({
        exitCode: 0,
        timedOut: false,
        stdout: { data: stdout, totalBytes: stdout.length, truncated: false },
        stderr: { data: Buffer.alloc(0), totalBytes: 0, truncated: false },
        durationMs: 1,
      }),
    getArchive: () => Promise.reject(new Error('no archive in memory')),
    remove: () => Promise.resolve(),
  };
  const unused = () => Promise.reject(new Error('not used by an agent with workspace: none'));
  return {
    runtimes: () => Promise.resolve(['runc']),
    inspectImage: () => Promise.resolve({ id: 'sha256:memory' }),
    pullImage: unused,
    createVolume: unused,
    removeVolume: () => Promise.resolve(),
    runContainer: unused,
    listResources: () => Promise.resolve([]),
    removeContainer: () => Promise.resolve(),
    startContainer: () => Promise.resolve(box),
  };
}

// gpt-4 priced in the file here, with no context_window: it keeps the table's 8,192-token
// window, so three turns of tool output fill it and the loop compacts: reservations come
// close to the per-turn bound.
const GPT_4 = {
  model: 'gpt-4-0613',
  models: 'models: { gpt-4-0613: { input_per_mtok: 30.00, output_per_mtok: 60.00 } }',
};

async function runAgainstPlan(
  stepFields: string,
  { model: modelName, models } = GPT_4,
): Promise<{
  planned: number;
  result: RunResult;
  model: { calls: number; requests: ChatRequest[] };
}> {
  const yaml = [
    'version: 1',
    'name: against-plan',
    models,
    'steps:',
    '  - id: fix',
    `    ${stepFields}`,
    '    agent:',
    `      model: ${modelName}`,
    '      task: Fix the failing test.',
    '      max_turns: 3',
    '      max_tokens: 1000',
    '      tools: [run]',
    '      sandbox: { image: busybox, workspace: none }',
    '',
  ].join('\n');
  const dir = await mkdtemp(path.join(tmpdir(), 'wflo-agent-run-'));
  await writeFile(path.join(dir, 'wf.yml'), yaml);
  const workflow = await engine.load(path.join(dir, 'wf.yml'), { registry: engine.registry() });
  const planned = (await planOf(workflow, builtinKinds())).steps[0]?.worstCaseMicros;
  if (planned === undefined) throw new Error('the plan did not price the agent step');
  const model = greedyModel();
  const result = await engine.run({
    workflow,
    inputs: {},
    registry: engine.registry(),
    services: { ...services(), llm: model, containers: memoryContainers() },
    workspace: dir,
    tempDir: dir,
  });
  return { planned, result, model };
}

describe('a run never commits more for an agent step than its planned worst case', () => {
  it('holds over every turn of every retried attempt, with every hold kept in full', async () => {
    const { planned, result, model } = await runAgainstPlan(
      'retry: { max_attempts: 2, backoff: 1ms }',
    );
    // (8192 − 1000) input tokens at $30/M + 1000 output tokens at $60/M, 3 turns, 2 attempts.
    expect(planned).toBe(
      2 * 3 * turnMicros({ inMicrosPerMtok: 30e6, outMicrosPerMtok: 60e6 }, 7192, 1000),
    );
    const fix = result.steps.find((s) => s.id === 'fix');
    expect(fix?.attempts).toBe(2);
    expect(model.calls).toBe(6);
    expect(result.costMicros).toBeLessThanOrEqual(planned);
    expect(result.reservedPeakMicros).toBeLessThanOrEqual(planned);
    // Not a vacuous bound: the turns really grow towards it.
    expect(result.costMicros).toBeGreaterThan(planned / 2);
  });

  it("compacts the conversation to a models: entry's context_window, the window the plan priced", async () => {
    const compacted = (requests: readonly ChatRequest[]) =>
      requests.filter((r) => r.messages.some((m) => m.content.startsWith('[compacted: '))).length;
    const rates = { inMicrosPerMtok: 30e6, outMicrosPerMtok: 60e6 };
    const models = (window: string) =>
      `models: { gpt-4o-mini: { input_per_mtok: 30.00, output_per_mtok: 60.00${window} } }`;

    // gpt-4o-mini has 128,000 tokens in the table; the entry narrows it to 8,192.
    const narrow = await runAgainstPlan('needs: []', {
      model: 'gpt-4o-mini',
      models: models(', context_window: 8192'),
    });
    expect(narrow.planned).toBe(3 * turnMicros(rates, 8192 - 1000, 1000));
    expect(narrow.model.calls).toBe(3);
    expect(compacted(narrow.model.requests)).toBeGreaterThan(0);
    expect(narrow.result.costMicros).toBeLessThanOrEqual(narrow.planned);

    // Without it the table's window holds: the same turns fit whole.
    const wide = await runAgainstPlan('needs: []', { model: 'gpt-4o-mini', models: models('') });
    expect(wide.planned).toBe(3 * turnMicros(rates, 128_000 - 1000, 1000));
    expect(wide.model.calls).toBe(3);
    expect(compacted(wide.model.requests)).toBe(0);
  });

  it("stops at the step's budget, which the plan shows as the cap", async () => {
    const { planned, result } = await runAgainstPlan('budget: { max_usd: 0.30 }');
    expect(planned).toBe(300_000);
    expect(result.status).toBe('budget_exceeded');
    expect(result.costMicros).toBeLessThanOrEqual(planned);
    expect(result.reservedPeakMicros).toBeLessThanOrEqual(planned);
  });
});
