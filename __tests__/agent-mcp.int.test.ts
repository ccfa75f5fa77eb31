// MCP tools of an agent step (DESIGN.md §10), end to end: agentKind.run → the real openai
// client → the local fake server scripted to play the model, and MCP servers exec'd into the
// step's real hardened container — the real @modelcontextprotocol/server-filesystem (image
// wflo-test/mcp-fs:1, built offline by sandbox/build-test-images.sh), and a small hand-written
// server for the faults a well-behaved one never shows (a crash, a hang, a network attempt).
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { declaredSecrets } from '../src/common/secrets.js';
import type { StepOutcome } from '../src/engine/types.js';
import { systemClock } from '../src/engine/clock.js';
import { runWorkflow } from '../src/engine/run.js';
import { createOpenAiClient } from '../src/llm/openai-client.js';
import { renderSummary } from '../src/report/summary.js';
import { createDockerRuntime } from '../src/sandbox/docker-runtime.js';
import { builtinKinds } from '../src/steps/index.js';
import { parseWorkflow } from '../src/workflow/load.js';
import { boundMessages } from '../src/agent/context.js';
import { startMcpServers } from '../src/agent/mcp.js';
import { toolDefinitions } from '../src/agent/tools.js';
import { estimateLlmCall } from '../src/cost/estimate.js';
import { createLedger, type BudgetLedger } from '../src/cost/ledger.js';
import { priceOf } from '../src/cost/prices.js';
import { KEEP_ALIVE_CMD } from '../src/sandbox/exec.js';
import { createAgentKind } from '../src/steps/agent.js';
import type { JsonObject } from '../src/workflow/model.js';
import {
  agentContainerSpec,
  collectLog,
  leftovers,
  type LogCollector,
  requireDocker,
  uniqueRunId,
} from './support/docker.js';
import {
  FAKE_API_KEY,
  completion,
  startFakeOpenAi,
  type FakeOpenAi,
  type RecordedRequest,
} from './support/fake-openai.js';
import { stepContext } from './support/step-context.js';

const IMAGE = 'wflo-test/mcp-fs:1';
const MODEL = 'agent-test-model';
const MODELS = { [MODEL]: { inputPerMtokMicros: 1_000_000, outputPerMtokMicros: 2_000_000 } };
const FS_SERVER = ['node', '/opt/mcp/server-filesystem/dist/index.js', '/workspace'];
const CAP = 4096;
const runtime = createDockerRuntime();
const kind = createAgentKind({ toolOutputCapBytes: CAP });

/**
 * A server speaking MCP by hand (no SDK in the image's /workspace): `crash` exits, `hang`
 * never answers, `net` tries to reach the outside and says what happened; its first argument
 * makes it misbehave otherwise (see `mode`).
 */
const FAKE_SERVER = String.raw`
const net = require('node:net');
const mode = process.argv[2] || '';
// junk: a stray log line on stdout before every answer; stderr: 1 MB of stderr, then exit, at a call.
const send = (m) => process.stdout.write((mode === 'junk' ? 'not json-rpc\n' : '') + JSON.stringify({ jsonrpc: '2.0', ...m }) + '\n');
const tools = ['crash', 'hang', 'net'].map((name) => ({ name, description: name, inputSchema: { type: 'object', properties: {} } }));
let rest = '';
process.stdin.on('data', (chunk) => {
  rest += chunk;
  let i;
  while ((i = rest.indexOf('\n')) >= 0) {
    const m = JSON.parse(rest.slice(0, i));
    rest = rest.slice(i + 1);
    if (m.method === 'initialize' && mode === 'silent') process.stderr.write('fake: not answering\n');
    else if (m.method === 'initialize')
      send({ id: m.id, result: { protocolVersion: m.params.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: 'fake', version: '1' } } });
    else if (m.method === 'tools/list') send({ id: m.id, result: { tools } });
    else if (m.method === 'tools/call') {
      const name = m.params.name;
      // Exits once the flood is written: an exit drops what a pipe has not taken yet.
      if (mode === 'stderr') { process.stderr.write('e'.repeat(1000000) + '\nfake: last words\nfake: giving up on ' + name + '\n', () => process.exit(7)); continue; }
      if (mode === 'flood') { process.stdout.write('x'.repeat(9 * 1024 * 1024)); continue; }
      if (name === 'crash') { process.stderr.write('fake: giving up on ' + name + '\n'); process.exit(7); }
      if (name === 'net') {
        const socket = net.connect({ host: '1.1.1.1', port: 80 });
        socket.on('connect', () => send({ id: m.id, result: { content: [{ type: 'text', text: 'connected' }] } }));
        socket.on('error', (e) => send({ id: m.id, result: { content: [{ type: 'text', text: 'refused: ' + e.code }] } }));
      }
      if (name === 'hang') process.stderr.write('fake: thinking forever\n');
    }
  }
});
`;

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
  // Every container and volume of every run is gone once its step returned: the servers too.
  for (const id of runIds) expect(leftovers(id)).toEqual([]);
});

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wflo-mcp-ws-'));
  writeFileSync(join(dir, 'notes.txt'), 'the answer is 42\n');
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(200_000));
  writeFileSync(join(dir, 'fake-server.js'), FAKE_SERVER);
  return dir;
}

async function runStep(
  config: JsonObject,
  signal?: AbortSignal,
  ledger?: BudgetLedger,
): Promise<{ outcome: StepOutcome; workspace: string; log: LogCollector }> {
  const runId = uniqueRunId('mcp');
  const log = collectLog();
  runIds.push(runId);
  const workspace = project();
  const ctx = stepContext({
    id: 'agent',
    kind: 'agent',
    config: {
      model: MODEL,
      task: 'Use the tools.',
      sandbox: { image: IMAGE, memory: '512m' },
      command_timeout: '20s',
      ...config,
    },
    models: MODELS,
    runId,
    workspace,
    tempDir: tmpdir(),
    llm: { baseURL: fake.baseURL, maxRetries: 2, timeoutMs: 20_000 },
    log,
    containers: runtime,
    ...(signal ? { signal } : {}),
    ...(ledger ? { ledger } : {}),
  });
  return { outcome: await kind.run(ctx), workspace, log };
}

let callCounter = 0;
function call(name: string, args: unknown) {
  return {
    id: `call_${++callCounter}`,
    type: 'function' as const,
    function: { name, arguments: JSON.stringify(args) },
  };
}
const usage = { prompt_tokens: 100, completion_tokens: 20 };
const toolTurn = (...calls: ReturnType<typeof call>[]) =>
  completion({ content: null, tool_calls: calls, usage, model: MODEL });
const answer = (content: string) => completion({ content, usage, model: MODEL });

const offered = (request: RecordedRequest | undefined) =>
  (request?.body.tools ?? []).map((t) => (t.type === 'function' ? t.function.name : t.type));

type Message = { role: string; content?: unknown; tool_call_id?: string };
function toolResult(request: RecordedRequest | undefined, id: string): string {
  const messages = (request?.body.messages ?? []) as unknown as Message[];
  return String(messages.find((m) => m.role === 'tool' && m.tool_call_id === id)?.content);
}
const transcriptOf = (outcome: StepOutcome) => outcome.outputs.transcript as JsonObject[];

const fakeServer = (mode = ''): JsonObject => ({
  name: 'fake',
  command: ['node', '/workspace/fake-server.js', ...(mode ? [mode] : [])],
});
const fs = (tools?: string[]): JsonObject => ({
  name: 'fs',
  command: FS_SERVER,
  ...(tools ? { tools } : {}),
});

describe('MCP tools in an agent step', () => {
  it('offers the allow-listed tools of the real filesystem server, calls them in the container, and refuses the rest', async () => {
    const list = call('fs__list_directory', { path: '/workspace' });
    const write = call('fs__write_file', { path: '/workspace/evil.txt', content: 'no' });
    const read = call('fs__read_text_file', { path: '/workspace/notes.txt' });
    fake.enqueue(toolTurn(list, write), toolTurn(read), answer('42'));
    const { outcome, workspace } = await runStep({
      mcp: [fs(['read_text_file', 'list_directory'])],
      tools: ['run'],
    });

    expect(outcome.error).toBeUndefined();
    expect(outcome.status).toBe('succeeded');
    // Offered next to the built-in tools, prefixed; write_file is never offered.
    expect(offered(fake.requests[0]).sort()).toEqual(
      ['fs__list_directory', 'fs__read_text_file', 'run'].sort(),
    );
    expect(toolResult(fake.requests[1], list.id)).toContain('[FILE] notes.txt');
    expect(toolResult(fake.requests[1], write.id)).toMatch(/^error: unknown tool 'fs__write_file'/);
    expect(toolResult(fake.requests[2], read.id)).toBe('the answer is 42\n');
    expect(existsSync(join(workspace, 'evil.txt'))).toBe(false);
    // Each MCP call is a tool call of its turn, in the transcript with its server.
    expect(outcome.outputs.turns).toBe(3);
    expect(outcome.outputs.tool_calls).toBe(3);
    const calls = transcriptOf(outcome).filter((e) => e.type === 'tool');
    expect(calls.map((c) => [c.tool, c.server, c.ok])).toEqual([
      ['fs__list_directory', 'fs', true],
      ['fs__write_file', undefined, false],
      ['fs__read_text_file', 'fs', true],
    ]);
    expect(calls[2]?.arguments).toBe(JSON.stringify({ path: '/workspace/notes.txt' }));
    expect(typeof calls[2]?.duration_ms).toBe('number');
  });

  it('offers every tool the server lists when there is no allow-list', async () => {
    fake.enqueue(answer('done'));
    const { outcome } = await runStep({ mcp: [fs()], tools: [] });
    expect(outcome.status).toBe('succeeded');
    const names = offered(fake.requests[0]);
    expect(names).toEqual(expect.arrayContaining(['fs__read_text_file', 'fs__write_file']));
    expect(names.every((n) => n.startsWith('fs__'))).toBe(true);
  });

  it('caps a flood of output like a built-in tool result', async () => {
    const read = call('fs__read_text_file', { path: '/workspace/big.txt' });
    fake.enqueue(toolTurn(read), answer('big'));
    const { outcome } = await runStep({ mcp: [fs(['read_text_file'])] });
    expect(outcome.status).toBe('succeeded');
    const result = toolResult(fake.requests[1], read.id);
    expect(result).toContain(`[output truncated: ${CAP} of 200000 bytes shown]`);
    expect(result.length).toBeLessThan(CAP + 100);
  });

  it('fails the step before any turn when a server does not start, with its stderr', async () => {
    const { outcome } = await runStep({
      mcp: [
        {
          name: 'broken',
          command: [
            'node',
            '-e',
            'process.stderr.write("broken: no config file\\n"); process.exit(3)',
          ],
        },
      ],
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toMatch(
      /^MCP server 'broken' failed to start: it exited with code 3 during initialize; its stderr ends: broken: no config file$/,
    );
    expect(fake.requests).toHaveLength(0);
  });

  it('fails the step when an allow-listed tool is not one the server lists', async () => {
    const { outcome } = await runStep({ mcp: [fs(['read_text_file', 'format_disk'])] });
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toMatch(/^MCP server 'fs' lists no tool 'format_disk'/);
    expect(fake.requests).toHaveLength(0);
  });

  it('fails the step when a server crashes during a call, with its stderr and the call in the transcript', async () => {
    const crash = call('fake__crash', {});
    fake.enqueue(toolTurn(crash), answer('unreachable'));
    const { outcome } = await runStep({
      mcp: [{ name: 'fake', command: ['node', '/workspace/fake-server.js'] }],
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe(
      "its tool fake__crash failed: MCP server 'fake' failed: it exited with code 7 during tools/call crash; its stderr ends: fake: giving up on crash",
    );
    const last = transcriptOf(outcome).at(-1);
    expect([last?.tool, last?.server, last?.ok]).toEqual(['fake__crash', 'fake', false]);
    expect(fake.requests).toHaveLength(1);
  });

  it('times a hanging call out after command_timeout and fails the step', async () => {
    const hang = call('fake__hang', {});
    fake.enqueue(toolTurn(hang), answer('unreachable'));
    const { outcome } = await runStep({
      command_timeout: '2s',
      mcp: [{ name: 'fake', command: ['node', '/workspace/fake-server.js'] }],
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe(
      "its tool fake__hang failed: MCP server 'fake' failed: it did not answer tools/call hang within 2s (command_timeout); its stderr ends: fake: thinking forever",
    );
  });

  it('runs the server without a network: its attempt to reach out is refused by the sandbox; its env secrets are masked', async () => {
    const reach = call('fake__net', {});
    fake.enqueue(toolTurn(reach), answer('offline'));
    const { outcome, log } = await runStep({
      mcp: [
        {
          name: 'fake',
          command: ['node', '/workspace/fake-server.js'],
          env: { API_TOKEN: 'tok-mcp-123' },
        },
      ],
    });
    expect(outcome.status).toBe('succeeded');
    expect(toolResult(fake.requests[1], reach.id)).toBe('refused: ENETUNREACH');
    // A secret-named value of a server's env is the engine's to mask (one redactor, #13): it
    // finds it in the step's fields as it finds a sandbox's env, and the kind masks nothing itself.
    expect(
      declaredSecrets({ agent: { mcp: [{ env: { API_TOKEN: 'tok-mcp-123' } }] } }, {}),
    ).toEqual(['tok-mcp-123']);
    expect(log.masked).toEqual([]);
  });
  it('fails the step when a server never answers initialize, after command_timeout', async () => {
    const { outcome } = await runStep({ command_timeout: '2s', mcp: [fakeServer('silent')] });
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe(
      "MCP server 'fake' failed to start: it did not answer initialize within 2s (command_timeout); its stderr ends: fake: not answering",
    );
    expect(fake.requests).toHaveLength(0);
  });

  it('skips stray lines on stdout and keeps only the end of a flood on stderr', async () => {
    const reach = call('fake__net', {});
    const crash = call('fake__crash', {});
    fake.enqueue(toolTurn(reach), toolTurn(crash));
    const junk = await runStep({ mcp: [fakeServer('junk')] });
    expect(toolResult(fake.requests[1], reach.id)).toBe('refused: ENETUNREACH');
    expect(junk.outcome.error).toMatch(/^its tool fake__crash failed: .* exited with code 7/);

    const again = call('fake__crash', {});
    fake.enqueue(toolTurn(again));
    const { outcome } = await runStep({ mcp: [fakeServer('stderr')] });
    expect(outcome.error).toMatch(
      /its stderr ends: …e+ \/ fake: last words \/ fake: giving up on crash$/,
    );
    expect(String(outcome.error).length).toBeLessThan(600);
  });

  it('gives up on a server that writes more than the message cap on stdout without a newline', async () => {
    const flood = call('fake__net', {});
    fake.enqueue(toolTurn(flood), answer('unreachable'));
    const { outcome } = await runStep({ mcp: [fakeServer('flood')] });
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe(
      `its tool fake__net failed: MCP server 'fake' failed: it wrote more than ${8 * 1024 * 1024} bytes on stdout without ending a message; it wrote nothing on stderr`,
    );
  });

  it('counts MCP calls against max_turns', async () => {
    const reach = call('fake__net', {});
    fake.enqueue(toolTurn(reach));
    const { outcome } = await runStep({ max_turns: 1, mcp: [fakeServer()] });
    expect(outcome.outputs.stop_reason).toBe('max_turns');
    expect([outcome.outputs.turns, outcome.outputs.tool_calls]).toEqual([1, 1]);
  });

  it("reserves each turn with the MCP tools' definitions counted", async () => {
    const price = priceOf(MODEL, { models: MODELS });
    if (!price) throw new Error('no price');
    const reservation = (tools: ReturnType<typeof toolDefinitions>) =>
      estimateLlmCall(
        {
          model: MODEL,
          messages: boundMessages([{ role: 'user', content: 'Use the tools.' }], tools),
          max_tokens: 1000,
        },
        price,
      ).reservationMicros;
    const builtIn = toolDefinitions(['run']);
    const mcpTools = ['crash', 'hang', 'net'].map((name) => ({
      name: `fake__${name}`,
      description: name,
      parameters: { type: 'object', properties: {} },
    }));
    const without = reservation(builtIn);
    const withMcp = reservation([...builtIn, ...mcpTools]);
    expect(withMcp).toBeGreaterThan(without);
    // Enough for the turn without the MCP definitions, not with them: refused, never sent.
    const ledger = createLedger({ budgetMicros: withMcp - 1 });
    const { outcome } = await runStep(
      { tools: ['run'], max_tokens: 1000, mcp: [fakeServer()] },
      undefined,
      ledger,
    );
    expect(outcome.outputs.stop_reason).toBe('budget_exceeded');
    expect(fake.requests).toHaveLength(0);
  });

  it('stops the servers on cancel during a call that hangs, leaving no container', async () => {
    const hang = call('fake__hang', {});
    const cancel = new AbortController();
    const reason = new Error('cancelled by the test');
    fake.setHandler(() => {
      setTimeout(() => cancel.abort(reason), 1500);
      return toolTurn(hang);
    });
    // command_timeout far past the test's own: only the cancel can end this step in time.
    await expect(
      runStep({ command_timeout: '10m', mcp: [fakeServer()] }, cancel.signal),
    ).rejects.toBe(reason);
  });
});

describe('MCP servers in a kept container', () => {
  it('are killed, with what they started, when they are closed', async () => {
    const runId = uniqueRunId('mcp-close');
    runIds.push(runId);
    const start = runtime.startContainer?.bind(runtime);
    if (!start) throw new Error('the Docker runtime cannot keep a container');
    const box = await start(agentContainerSpec(runId, KEEP_ALIVE_CMD, { image: IMAGE }), {
      signal: new AbortController().signal,
    });
    const ps = async () =>
      (await box.exec(['ps', '-o', 'args'], { timeoutMs: 10_000, capBytes: 65536 })).stdout.data
        .toString('utf8')
        .split('\n')
        .filter((line) => line.includes('server-filesystem') || line.includes('sleep 999'));
    try {
      const servers = await startMcpServers(
        box,
        [
          { name: 'fs', command: FS_SERVER, tools: ['list_directory'] },
          // A server that leaves a child of its own running: the mark finds it too.
          {
            name: 'sh',
            command: [
              'sh',
              '-c',
              'sleep 999 & exec node /opt/mcp/server-filesystem/dist/index.js /tmp',
            ],
          },
        ],
        {
          commandTimeoutMs: 20_000,
          outputCapBytes: CAP,
          signal: new AbortController().signal,
          warn: () => undefined,
        },
      );
      expect(servers.definitions.map((d) => d.name)).toContain('fs__list_directory');
      expect(await ps()).toHaveLength(3);
      await servers.close();
      expect(await ps()).toEqual([]);
    } finally {
      await box.remove();
    }
  });
});

describe('an MCP server in a workflow run', () => {
  it('is used within the run, and the job summary lists its calls', async () => {
    const registry = builtinKinds();
    const workflow = parseWorkflow(
      `version: 1
name: mcp
models:
  ${MODEL}: { input_per_mtok: 1, output_per_mtok: 2 }
budget: { max_usd: 1 }
steps:
  - id: look
    agent:
      model: ${MODEL}
      task: What is the answer in notes.txt?
      max_turns: 3
      tools: []
      sandbox: { image: ${IMAGE}, workspace: read-only }
      mcp:
        - name: fs
          command: [node, /opt/mcp/server-filesystem/dist/index.js, /workspace]
          tools: [read_text_file]
`,
      'mcp.yml',
      { registry },
    );
    const read = call('fs__read_text_file', { path: '/workspace/notes.txt' });
    fake.enqueue(toolTurn(read), answer('42'));
    const runId = uniqueRunId('mcp-run');
    runIds.push(runId);
    const workspace = project();
    // As a runner's checkout is: readable by the sandbox's unprivileged user.
    chmodSync(workspace, 0o755);
    const result = await runWorkflow({
      workflow,
      inputs: {},
      registry,
      services: {
        clock: systemClock,
        hostEnv: {},
        llm: createOpenAiClient({ apiKey: FAKE_API_KEY, baseURL: fake.baseURL, maxRetries: 2 }),
        containers: runtime,
      },
      workspace,
      tempDir: mkdtempSync(join(tmpdir(), 'wflo-mcp-run-')),
      runId,
    });
    expect(result.reason).toBeUndefined();
    expect(result.status).toBe('succeeded');
    expect(result.steps[0]?.outputs).toMatchObject({ turns: 2, tool_calls: 1, text: '42' });
    expect(toolResult(fake.requests[1], read.id)).toBe('the answer is 42\n');
    expect(renderSummary(result)).toMatch(
      /\| look \| 1 \| fs&#95;&#95;read&#95;text&#95;file \| fs \| ok \| [^|]+ \|/,
    );
  });
});
