// Agent tool-call latency: a `run` tool call exec'd into the step's kept container, against
// a fresh container per call (`docker run --rm` with the same hardening, and wflo's own
// runContainer), timed alternately in the same run.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { it } from 'vitest';
import { runTool } from '../src/agent/tools.js';
import { createDockerRuntime } from '../src/sandbox/docker-runtime.js';
import { KEEP_ALIVE_CMD } from '../src/sandbox/exec.js';
import type { ContainerSpec } from '../src/sandbox/runtime.js';
import { agentContainerSpec, requireDocker, uniqueRunId } from '../__tests__/support/docker.js';
import { alternatedMediansMs, reportFigure } from './report.js';

const run = promisify(execFile);
const RUNS = 21;
const runtime = createDockerRuntime();

/** The agent's container, as src/agent/container.ts asks for it with `workspace: none`. */
function spec(runId: string, cmd: string[]): ContainerSpec {
  return agentContainerSpec(runId, cmd, {
    mounts: [
      {
        type: 'tmpfs',
        target: '/workspace',
        sizeBytes: 256 * 1024 * 1024,
        options: ['rw', 'exec', 'nosuid', 'nodev', 'uid=65534', 'gid=65534', 'mode=0755'],
      },
    ],
  });
}

/** `docker run --rm` with the flags hardening.ts sets for the same spec. */
function dockerRunArgs(s: ContainerSpec): string[] {
  const tmpfs = s.mounts.flatMap((m) =>
    m.type === 'tmpfs'
      ? ['--tmpfs', `${m.target}:${[...m.options, `size=${m.sizeBytes}`].join(',')}`]
      : [],
  );
  return [
    ...['run', '--rm', '--network', s.network, '--cap-drop', 'ALL'],
    ...['--security-opt', 'no-new-privileges', '--read-only', '--init', '--log-driver', 'none'],
    ...['--tmpfs', `/tmp:rw,noexec,nosuid,nodev,size=${s.tmpSizeBytes}`, ...tmpfs],
    ...['--workdir', s.workingDir, '--user', s.user, '--pids-limit', String(s.pidsLimit)],
    ...['--ulimit', `nofile=${s.nofileLimit}:${s.nofileLimit}`, '--cpus', String(s.nanoCpus / 1e9)],
    ...['--memory', String(s.memoryBytes), '--memory-swap', String(s.memoryBytes)],
    ...Object.entries(s.env).flatMap(([k, v]) => ['--env', `${k}=${v}`]),
    s.image,
    ...s.cmd,
  ];
}

it('a run tool call: exec in the kept container against a fresh container per call', async () => {
  requireDocker();
  const runId = uniqueRunId('bench-agent');
  const start = runtime.startContainer?.bind(runtime);
  if (!start) throw new Error('the Docker runtime cannot keep a container');
  const box = await start(spec(runId, KEEP_ALIVE_CMD), { signal: new AbortController().signal });
  const settings = { commandTimeoutMs: 30_000, outputCapBytes: 16 * 1024 };
  const toolCall = async () => {
    const out = await runTool(box, ['run'], 'run', '{"command":"echo ok"}', settings);
    if (!out.content.startsWith('exit code 0')) throw new Error(out.content);
  };
  try {
    const fresh = spec(runId, ['sh', '-c', 'echo ok']);
    const [kept, dockerRun] = await alternatedMediansMs(RUNS, toolCall, () =>
      run('docker', dockerRunArgs(fresh)),
    );
    reportFigure({
      bench: 'agent-tools',
      case: 'run tool call: exec in kept container vs docker run --rm',
      wflo_ms: kept,
      baseline_ms: dockerRun,
      ratio: kept / dockerRun,
      note: `median of ${RUNS}, alternated`,
    });
    const [kept2, runContainer] = await alternatedMediansMs(RUNS, toolCall, () =>
      runtime.runContainer(fresh, {
        signal: new AbortController().signal,
        graceMs: 1000,
        stdoutCapBytes: 16 * 1024,
        stderrCapBytes: 16 * 1024,
      }),
    );
    reportFigure({
      bench: 'agent-tools',
      case: "run tool call: exec in kept container vs wflo's fresh runContainer",
      wflo_ms: kept2,
      baseline_ms: runContainer,
      ratio: kept2 / runContainer,
      note: `median of ${RUNS}, alternated`,
    });
  } finally {
    await box.remove();
  }
});
