// An MCP tool call's overhead: the real filesystem server, exec'd once into the kept container
// and spoken to over its stdio, reading a file (`fs__read_text_file`), against the same read
// through the built-in `run` tool (`cat`, one exec per call), timed alternately in one run.
// Also what starting the server costs once per step (exec, Node's start, initialize, tools/list).
import { it } from 'vitest';
import { startMcpServers } from '../src/agent/mcp.js';
import { runTool } from '../src/agent/tools.js';
import { createDockerRuntime } from '../src/sandbox/docker-runtime.js';
import { KEEP_ALIVE_CMD } from '../src/sandbox/exec.js';
import type { ContainerSpec } from '../src/sandbox/runtime.js';
import { agentContainerSpec, requireDocker, uniqueRunId } from '../__tests__/support/docker.js';
import { alternatedMediansMs, medianMs, reportFigure } from './report.js';

const RUNS = 21;
const IMAGE = 'wflo-test/mcp-fs:1';
const runtime = createDockerRuntime();
const FS = {
  name: 'fs',
  command: ['node', '/opt/mcp/server-filesystem/dist/index.js', '/workspace'],
  tools: ['read_text_file'],
};

function spec(runId: string): ContainerSpec {
  return agentContainerSpec(runId, KEEP_ALIVE_CMD, {
    image: IMAGE,
    mounts: [
      {
        type: 'tmpfs',
        target: '/workspace',
        sizeBytes: 64 * 1024 * 1024,
        options: ['rw', 'nosuid', 'nodev', 'uid=65534', 'gid=65534', 'mode=0755'],
      },
    ],
  });
}

it('an MCP tool call against the same work through the run tool', async () => {
  requireDocker();
  const start = runtime.startContainer?.bind(runtime);
  if (!start) throw new Error('the Docker runtime cannot keep a container');
  const box = await start(spec(uniqueRunId('bench-mcp')), {
    signal: new AbortController().signal,
  });
  const signal = new AbortController().signal;
  const settings = { commandTimeoutMs: 30_000, outputCapBytes: 16 * 1024, signal };
  try {
    const text = 'line of text\n'.repeat(200);
    const written = await runTool(
      box,
      ['write_file'],
      'write_file',
      JSON.stringify({ path: 'notes.txt', content: text }),
      settings,
    );
    if (!written.ok) throw new Error(written.content);
    const startUp = await medianMs(5, async () => {
      const tools = await startMcpServers(box, [FS], { ...settings, warn: () => undefined });
      await tools.close();
    });
    const mcp = await startMcpServers(box, [FS], { ...settings, warn: () => undefined });
    const viaMcp = async () => {
      const out = await mcp.call('fs__read_text_file', '{"path":"/workspace/notes.txt"}');
      if (out.content !== text) throw new Error(out.content);
    };
    const viaRun = async () => {
      const out = await runTool(box, ['run'], 'run', '{"command":"cat notes.txt"}', settings);
      if (!out.content.startsWith('exit code 0')) throw new Error(out.content);
    };
    try {
      const [mcpMs, runMs] = await alternatedMediansMs(RUNS, viaMcp, viaRun);
      reportFigure({
        bench: 'agent-mcp',
        case: 'read a 2.6 kB file: MCP fs__read_text_file vs run tool (cat, one exec)',
        wflo_ms: mcpMs,
        baseline_ms: runMs,
        ratio: mcpMs / runMs,
        note: `median of ${RUNS}, alternated; server already started`,
      });
      reportFigure({
        bench: 'agent-mcp',
        case: 'start the filesystem server (exec, node, initialize, tools/list) and stop it, once per step',
        wflo_ms: startUp,
        baseline_ms: runMs,
        ratio: startUp / runMs,
        note: 'median of 5; baseline: one run tool call',
      });
    } finally {
      await mcp.close();
    }
  } finally {
    await box.remove();
  }
});
