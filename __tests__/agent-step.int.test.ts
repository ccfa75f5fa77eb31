// The `agent` kind end to end: agentKind.run → the real openai client → the local fake
// server scripted to play an agent, with every tool exec'd into a real hardened container.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localCheckout } from '../src/checkout/local.js';
import { boundMessages } from '../src/agent/context.js';
import { TOOL_NAMES, toolDefinitions } from '../src/agent/tools.js';
import { estimateLlmCall } from '../src/cost/estimate.js';
import { createLedger, type BudgetLedger } from '../src/cost/ledger.js';
import { priceOf } from '../src/cost/prices.js';
import { StepTimeoutError, type StepContext, type StepOutcome } from '../src/engine/types.js';
import { createDockerRuntime } from '../src/sandbox/docker-runtime.js';
import { agentKind, createAgentKind } from '../src/steps/agent.js';
import type { JsonObject } from '../src/workflow/model.js';
import {
  collectLog,
  leftovers,
  requireDocker,
  TEST_IMAGE,
  uniqueRunId,
  type LogCollector,
} from './support/docker.js';
import {
  completion,
  startFakeOpenAi,
  type FakeOpenAi,
  type RecordedRequest,
} from './support/fake-openai.js';
import { stepContext } from './support/step-context.js';
import { declaredSecrets } from '../src/common/secrets.js';

const MODEL = 'agent-test-model';
// $1 per million input tokens, $2 per million output tokens.
const MODELS = { [MODEL]: { inputPerMtokMicros: 1_000_000, outputPerMtokMicros: 2_000_000 } };
const runtime = createDockerRuntime();

let fake: FakeOpenAi;
beforeAll(() => requireDocker());
beforeEach(async () => {
  fake = await startFakeOpenAi();
});
afterEach(async () => {
  await fake.close();
});
const runIds: string[] = [];
afterAll(() => {
  // Every container and volume of every run is gone once its step returned.
  for (const id of runIds) expect(leftovers(id)).toEqual([]);
});

/** A checkout whose test fails: add.sh subtracts. */
function sampleProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wflo-agent-ws-'));
  writeFileSync(join(dir, 'add.sh'), 'add() { echo $(($1 - $2)); }\n');
  writeFileSync(
    join(dir, 'test.sh'),
    '. ./add.sh\n[ "$(add 2 3)" = 5 ] && echo PASS || { echo "FAIL: add 2 3 gave $(add 2 3)"; exit 1; }\n',
  );
  return dir;
}

interface Harness {
  ctx: StepContext;
  log: LogCollector;
  workspace: string;
}

function harness(
  config: JsonObject,
  options: { ledger?: BudgetLedger; workspace?: string; signal?: AbortSignal } = {},
): Harness {
  const runId = uniqueRunId('agent');
  runIds.push(runId);
  const workspace = options.workspace ?? sampleProject();
  const full: JsonObject = {
    model: MODEL,
    sandbox: { image: TEST_IMAGE },
    command_timeout: '10s',
    ...config,
  };
  const log = collectLog();
  const ctx = stepContext({
    id: 'fixer',
    kind: 'agent',
    config: full,
    models: MODELS,
    runId,
    workspace,
    tempDir: tmpdir(),
    ledger: options.ledger,
    // Retries only matter if a pooled socket of an earlier test's server is stale.
    llm: { baseURL: fake.baseURL, maxRetries: 2, timeoutMs: 10_000 },
    signal: options.signal,
    log,
    containers: runtime,
  });
  return { ctx, log, workspace };
}

let callCounter = 0;
function call(name: string, args: unknown) {
  return {
    id: `call_${++callCounter}`,
    type: 'function' as const,
    function: { name, arguments: typeof args === 'string' ? args : JSON.stringify(args) },
  };
}

const usage = { prompt_tokens: 100, completion_tokens: 20 };
const toolTurn = (...calls: ReturnType<typeof call>[]) =>
  completion({ content: null, tool_calls: calls, usage, model: MODEL });
const answer = (content: string) => completion({ content, usage, model: MODEL });

type Message = { role: string; content?: unknown; tool_call_id?: string; tool_calls?: unknown };
const messagesOf = (request: RecordedRequest) => request.body.messages as unknown as Message[];

/** The tool results a request carries for the reply just before it. */
function toolResults(request: RecordedRequest): Map<string, string> {
  const messages = messagesOf(request);
  const lastReply = messages.map((m) => m.role).lastIndexOf('assistant');
  return new Map(
    messages
      .slice(lastReply + 1)
      .filter((m) => m.role === 'tool')
      .map((m) => [m.tool_call_id ?? '', String(m.content)]),
  );
}

function transcriptOf(outcome: StepOutcome): JsonObject[] {
  return outcome.outputs.transcript as JsonObject[];
}

const FIXED = 'add() { echo $(($1 + $2)); }\n';

describe('the agent step', () => {
  it('fixes a failing test in a handful of turns; the fix reaches the checkout on apply', async () => {
    const { ctx, workspace, log } = harness({ task: 'Make sh test.sh pass.', max_turns: 6 });
    fake.enqueue(
      // Parallel tool calls in one reply.
      toolTurn(call('list_files', { path: '.' }), call('run', { command: 'sh test.sh' })),
      toolTurn(call('read_file', { path: 'add.sh' })),
      toolTurn(call('write_file', { path: '/workspace/add.sh', content: FIXED })),
      toolTurn(call('run', { command: 'sh test.sh' })),
      answer('Fixed: add.sh subtracted instead of adding.'),
    );

    const outcome = await agentKind.run(ctx);

    expect(outcome.error).toBeUndefined();
    expect(outcome.status).toBe('succeeded');
    expect(outcome.outputs).toMatchObject({
      text: 'Fixed: add.sh subtracted instead of adding.',
      stop_reason: 'finished',
      turns: 5,
      tool_calls: 5,
      changes: [{ path: 'add.sh', status: 'modified', additions: 1, deletions: 1 }],
      usage: { input_tokens: 500, output_tokens: 100 },
      // 5 × (100 × $1 + 20 × $2) per million.
      cost_usd: 0.0007,
    });
    expect(outcome.costMicros).toBe(700);
    // A live line per turn: its tools (a command with its exit code), and the spend so far.
    expect(log.live).toEqual([
      'turn 1/6: list_files, run (exit 1); $0.00014 spent so far',
      'turn 2/6: read_file; $0.00028 spent so far',
      'turn 3/6: write_file; $0.00042 spent so far',
      'turn 4/6: run (exit 0); $0.00056 spent so far',
      'turn 5/6: final answer; $0.0007 spent so far',
    ]);

    const requests = fake.requests;
    expect(requests).toHaveLength(5);
    // The tools are offered on every turn.
    expect(
      requests[0]?.body.tools?.map((t) => (t as { function: { name: string } }).function.name),
    ).toEqual(['run', 'read_file', 'write_file', 'list_files', 'search']);
    const second = toolResults(requests[1] as RecordedRequest);
    expect([...second.values()][0]).toContain('./add.sh');
    expect([...second.values()][1]).toMatch(/^exit code 1\n[\s\S]*FAIL: add 2 3 gave -1/);
    expect([...toolResults(requests[2] as RecordedRequest).values()][0]).toBe(
      'add() { echo $(($1 - $2)); }\n',
    );
    // The test passes in the container after the fix.
    const lastRun = [...toolResults(requests[4] as RecordedRequest).values()].at(-1);
    expect(lastRun).toMatch(/^exit code 0\nstdout:\nPASS/);

    // The checkout is untouched until the engine applies the changes of a succeeded step.
    expect(readFileSync(join(workspace, 'add.sh'), 'utf8')).toContain('$1 - $2');
    if (!outcome.changes) throw new Error('the step returned no changes');
    await localCheckout.apply(workspace, outcome.changes);
    expect(readFileSync(join(workspace, 'add.sh'), 'utf8')).toBe(FIXED);
  });

  it('keeps a transcript that matches the calls the server received', async () => {
    const { ctx } = harness({ task: 'Look around.', max_turns: 4 });
    fake.enqueue(
      toolTurn(
        call('search', { pattern: 'add', path: '.' }),
        call('run', { command: 'id -u; touch /planted || echo read-only root' }),
      ),
      answer('Done.'),
    );
    const outcome = await agentKind.run(ctx);
    expect(outcome.status).toBe('succeeded');

    const transcript = transcriptOf(outcome);
    const assistant = messagesOf(fake.requests[1] as RecordedRequest).find(
      (m) => m.role === 'assistant',
    ) as { tool_calls: Array<{ id: string; function: { name: string; arguments: string } }> };
    const results = toolResults(fake.requests[1] as RecordedRequest);
    const tools = transcript.filter((e) => e.type === 'tool');
    expect(tools.map((e) => [e.id, e.tool, e.arguments])).toEqual(
      assistant.tool_calls.map((c) => [c.id, c.function.name, c.function.arguments]),
    );
    for (const entry of tools) expect(results.get(String(entry.id))).toBe(entry.result);
    expect(transcript.filter((e) => e.type === 'reply').map((e) => e.tool_calls)).toEqual([
      ['search', 'run'],
      [],
    ]);
    expect(String(tools[0]?.result)).toMatch(/add\.sh:1:add\(\)/);
    // The tools run as the sandbox's unprivileged user on a read-only root.
    expect(String(tools[1]?.result)).toMatch(/^exit code 0\nstdout:\n65534\nread-only root\n/);
  });

  it('answers a malformed call and an unknown tool with an error and goes on to the answer', async () => {
    const { ctx } = harness({ task: 'Try.', tools: ['read_file', 'run'] });
    fake.enqueue(
      toolTurn(call('read_file', '{"path": "add.sh"'), call('delete_everything', { path: '.' })),
      toolTurn(call('write_file', { path: 'x', content: 'y' })),
      answer('Gave up politely.'),
    );
    const outcome = await agentKind.run(ctx);
    expect(outcome.status).toBe('succeeded');
    const [malformed, unknown] = [...toolResults(fake.requests[1] as RecordedRequest).values()];
    expect(malformed).toMatch(/^error: the arguments of read_file are not valid JSON/);
    expect(unknown).toBe("error: unknown tool 'delete_everything'; the tools are read_file, run");
    // A built-in the step did not allow is unknown to it too.
    expect([...toolResults(fake.requests[2] as RecordedRequest).values()][0]).toMatch(
      /^error: unknown tool 'write_file'/,
    );
    expect(outcome.outputs.changes).toEqual([]);
    expect(outcome.changes).toBeUndefined();
  });

  it('refuses every tool path that leaves the workspace, symlinks included', async () => {
    const { ctx } = harness({ task: 'Escape.' });
    fake.enqueue(
      toolTurn(
        call('read_file', { path: '../etc/passwd' }),
        call('read_file', { path: '/etc/passwd' }),
        call('write_file', { path: '/tmp/planted', content: 'x' }),
        call('run', { command: 'ln -s /etc/passwd leak && ln -s /etc out' }),
      ),
      toolTurn(
        call('read_file', { path: 'leak' }),
        call('write_file', { path: 'out/evil', content: 'x' }),
        call('list_files', { path: 'out' }),
      ),
      answer('Could not.'),
    );
    const outcome = await agentKind.run(ctx);
    const first = [...toolResults(fake.requests[1] as RecordedRequest).values()];
    expect(first[0]).toBe(
      "error: path '../etc/passwd' is outside /workspace; tools work only inside it",
    );
    expect(first[1]).toBe(
      "error: path '/etc/passwd' is outside /workspace; tools work only inside it",
    );
    expect(first[2]).toBe(
      "error: path '/tmp/planted' is outside /workspace; tools work only inside it",
    );
    const second = [...toolResults(fake.requests[2] as RecordedRequest).values()];
    expect(second[0]).toMatch(
      /^error: \/workspace\/leak resolves to \/etc\/passwd, outside \/workspace/,
    );
    expect(second[1]).toMatch(
      /^error: \/workspace\/out\/evil resolves to \/etc, outside \/workspace/,
    );
    expect(second[2]).toMatch(/^error: \/workspace\/out resolves to \/etc, outside \/workspace/);
    expect(second.join()).not.toContain('root:x:0:0');
    // Symlinks pointing out of the checkout are refused as changes too: nothing to apply.
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toMatch(/^its changes were refused: /);
  });

  it('stops at max_turns with the transcript, last message and changes so far, none applied', async () => {
    const { ctx, workspace } = harness({ task: 'Loop.', max_turns: 2 });
    fake.enqueue(
      completion({
        content: 'Writing a note first.',
        tool_calls: [call('write_file', { path: 'NOTE.md', content: 'half done\n' })],
        usage,
        model: MODEL,
      }),
      completion({
        content: 'Still going.',
        tool_calls: [call('run', { command: 'true' })],
        usage,
        model: MODEL,
      }),
    );
    const outcome = await agentKind.run(ctx);
    expect(fake.requests).toHaveLength(2);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe('it stopped after max_turns (2) without a final answer');
    expect(outcome.outputs).toMatchObject({
      stop_reason: 'max_turns',
      text: 'Still going.',
      turns: 2,
      tool_calls: 2,
      changes: [{ path: 'NOTE.md', status: 'added', additions: 1 }],
      cost_usd: 0.00028,
    });
    expect(transcriptOf(outcome)).toHaveLength(4);
    // Nothing reached the checkout: the engine never applies a failed step's changes.
    expect(() => readFileSync(join(workspace, 'NOTE.md'))).toThrow();
  });

  it('ends with budget_exceeded when a turn does not fit, keeping the work so far', async () => {
    // Room for the first turn's reservation (as the loop bounds it: task and tool
    // definitions), not for a second one on the longer conversation.
    const price = priceOf(MODEL, { models: MODELS });
    if (!price) throw new Error('the test model has a price');
    const firstReservation = estimateLlmCall(
      {
        model: MODEL,
        messages: boundMessages(
          [{ role: 'user', content: 'Write a note.' }],
          toolDefinitions([...TOOL_NAMES]),
        ),
        max_tokens: 1000,
      },
      price,
    ).reservationMicros;
    const ledger = createLedger({ budgetMicros: firstReservation + 100 });

    const { ctx } = harness({ task: 'Write a note.', max_tokens: 1000 }, { ledger });
    fake.enqueue(
      completion({
        content: 'Noting.',
        tool_calls: [call('write_file', { path: 'NOTE.md', content: 'partial\n' })],
        usage,
        model: MODEL,
      }),
    );
    const outcome = await agentKind.run(ctx);
    expect(fake.requests).toHaveLength(1); // the first turn; the second was never sent
    expect(outcome.status).toBe('budget_exceeded');
    expect(outcome.error).toMatch(/^it stopped before turn 2: its reservation of \$/);
    expect(outcome.outputs).toMatchObject({
      stop_reason: 'budget_exceeded',
      text: 'Noting.',
      turns: 1,
      changes: [{ path: 'NOTE.md', status: 'added' }],
      cost_usd: 0.00014,
    });
    expect(ledger.spentMicros()).toBe(140);
    expect(ledger.peakCommittedMicros()).toBeLessThanOrEqual(firstReservation + 100);
    expect(ledger.reservedMicros()).toBe(0);
  });

  it('never lets two agents in parallel commit more than the budget together', async () => {
    const budget = 20_000;
    const ledger = createLedger({ budgetMicros: budget });
    const long = (name: string) => ({ task: `Agent ${name}: keep working.`, max_tokens: 2000 });
    const a = harness(long('a'), { ledger });
    const b = harness(long('b'), { ledger });
    b.ctx.step = { ...b.ctx.step, id: 'other' };
    fake.setHandler(() =>
      toolTurn(call('run', { command: 'head -c 2000 /dev/zero | tr "\\0" x' })),
    );
    const outcomes = await Promise.all([agentKind.run(a.ctx), agentKind.run(b.ctx)]);
    expect(outcomes.map((o) => o.outputs.stop_reason)).toEqual([
      'budget_exceeded',
      'budget_exceeded',
    ]);
    expect(ledger.peakCommittedMicros()).toBeLessThanOrEqual(budget);
    expect(ledger.reservedMicros()).toBe(0);
    // What each reports spending is what the ledger settled.
    expect(outcomes.reduce((sum, o) => sum + (o.costMicros ?? 0), 0)).toBe(ledger.spentMicros());
  });

  it('stops at the step timeout mid-command with timed_out and the work so far', async () => {
    const timer = new AbortController();
    const { ctx } = harness({ task: 'Work slowly.' }, { signal: timer.signal });
    // The scheduler aborts with StepTimeoutError when the step's timeout passes. Timed from the
    // first turn, once the container is up: on a busy machine starting it alone can take 1.5 s.
    fake.setHandler((_request, index) => {
      if (index === 0) {
        setTimeout(() => timer.abort(new StepTimeoutError(1500)), 1500);
        return toolTurn(call('write_file', { path: 'started.txt', content: 'yes\n' }));
      }
      if (index === 1) return toolTurn(call('run', { command: 'sleep 30' }));
      return answer('never asked');
    });
    const started = Date.now();
    const outcome = await agentKind.run(ctx);
    expect(Date.now() - started).toBeLessThan(10_000);
    // A step timeout is a failure of the step (continue_on_error covers it), not the gate status.
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe('it timed out and the agent was stopped');
    expect(outcome.outputs).toMatchObject({
      timed_out: true,
      stop_reason: 'timeout',
      turns: 2,
      changes: [{ path: 'started.txt', status: 'added' }],
    });
    expect(fake.requests).toHaveLength(2);
  });

  it('kills a command at command_timeout and caps what the model reads back', async () => {
    const kind = createAgentKind({ toolOutputCapBytes: 1000 });
    const { ctx } = harness({ task: 'Run.', command_timeout: '1s' });
    fake.enqueue(
      toolTurn(
        // A pipeline: the whole process group goes, not just its shell.
        call('run', { command: 'sleep 31 | cat' }),
        call('run', { command: 'head -c 100000 /dev/zero | tr "\\0" a' }),
      ),
      toolTurn(call('run', { command: 'ps' })),
      answer('ok'),
    );
    const started = Date.now();
    const outcome = await kind.run(ctx);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(outcome.status).toBe('succeeded');
    const [slow, flood] = [...toolResults(fake.requests[1] as RecordedRequest).values()];
    expect(slow).toMatch(/^timed out after 1000 ms \(killed\)/);
    expect(flood).toContain('[output truncated: 500 of 100000 bytes shown]');
    expect((flood ?? '').length).toBeLessThan(1200);
    const ps = [...toolResults(fake.requests[2] as RecordedRequest).values()][0];
    expect(ps).toMatch(/^exit code 0/);
    expect(ps).toContain('sleep 3600'); // the container's idle loop: ps sees processes
    expect(ps).not.toContain('sleep 31');
  });

  it('compacts old tool results so the conversation stays within the context window', async () => {
    const kind = createAgentKind({ contextTokens: 12_000 });
    const { ctx } = harness({ task: 'Read a lot.', max_tokens: 1000 });
    const big = { command: 'head -c 3000 /dev/zero | tr "\\0" b' };
    fake.enqueue(
      toolTurn(call('run', big)),
      toolTurn(call('run', big)),
      toolTurn(call('run', big)),
      answer('Read it all.'),
    );
    const outcome = await kind.run(ctx);
    expect(outcome.error).toBeUndefined();
    expect(outcome.status).toBe('succeeded');
    const last = messagesOf(fake.requests[3] as RecordedRequest).filter((m) => m.role === 'tool');
    expect(String(last[0]?.content)).toMatch(/^\[compacted: \d+ bytes of an earlier tool result/);
    expect(String(last.at(-1)?.content)).toMatch(/^exit code 0\nstdout:\nbbbb/);
    // Bytes bound the tokens of an unknown model: each request's body stays within the window.
    for (const request of fake.requests) expect(request.raw.length).toBeLessThan(12_000 * 1.2);
  });

  it('parses a final answer against output_schema into outputs.json', async () => {
    const schema = {
      type: 'object',
      required: ['fixed'],
      properties: { fixed: { type: 'boolean' } },
      additionalProperties: false,
    };
    const { ctx, log } = harness({
      task: 'Report.',
      output_schema: schema,
      sandbox: { image: TEST_IMAGE, env: { API_TOKEN: 'tok-agent-123', PLAIN: 'visible' } },
    });
    fake.enqueue(answer('{"fixed": true}'));
    const outcome = await agentKind.run(ctx);
    expect(outcome.status).toBe('succeeded');
    expect(outcome.outputs.json).toEqual({ fixed: true });
    expect(fake.requests[0]?.body.response_format).toMatchObject({ type: 'json_schema' });
    // A secret-named value of the container's env is masked wherever the run prints: by the
    // engine's redactor, which learns it from the step's fields before the step starts.
    expect(log.masked).toEqual([]);
    expect(declaredSecrets(ctx.config, ctx.services.hostEnv)).toEqual(['tok-agent-123']);
  });

  it('sends the docs example schema in strict form and drops the null of its optional field', async () => {
    // docs/agent.md: `risk` is optional and no additionalProperties is given; the fake answers
    // 400 to a schema strict mode refuses, as the API does.
    const schema = {
      type: 'object',
      required: ['summary'],
      properties: { summary: { type: 'string' }, risk: { enum: ['low', 'high'] } },
    };
    const { ctx } = harness({ task: 'Report.', output_schema: schema });
    fake.enqueue(answer('{"summary": "fixed", "risk": null}'));
    const outcome = await agentKind.run(ctx);
    expect(outcome.error).toBeUndefined();
    expect(outcome.status).toBe('succeeded');
    expect(outcome.outputs.json).toEqual({ summary: 'fixed' });
    expect(fake.requests[0]?.body.response_format).toMatchObject({
      json_schema: {
        strict: true,
        schema: { additionalProperties: false, required: ['summary', 'risk'] },
      },
    });
  });

  it('fails when the final answer is cut at max_tokens, saying so', async () => {
    const schema = {
      type: 'object',
      required: ['fixed'],
      properties: { fixed: { type: 'boolean' } },
    };
    const { ctx } = harness({ task: 'Report.', output_schema: schema, max_tokens: 16 });
    fake.enqueue(completion({ content: '{"fix', finish_reason: 'length', usage, model: MODEL }));
    const outcome = await agentKind.run(ctx);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe(
      `${MODEL}'s final answer is text that is not JSON (the reply was cut at max_tokens 16), though agent.output_schema asks for JSON`,
    );
  });

  it('stops with a clear sentence when the content filter withheld a reply', async () => {
    const { ctx } = harness({ task: 'Report.' });
    fake.enqueue(completion({ content: '', finish_reason: 'content_filter', usage, model: MODEL }));
    const outcome = await agentKind.run(ctx);
    expect(outcome.status).toBe('failed');
    expect(outcome.outputs.stop_reason).toBe('error');
    expect(outcome.error).toBe(
      `turn 1 failed: ${MODEL}'s answer was withheld by the provider's content filter (finish_reason content_filter); change the prompt or the input it quotes`,
    );
    expect(fake.requests).toHaveLength(1);
  });
});
