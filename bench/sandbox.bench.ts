// Sandbox step latency against `docker run --rm` with the same hardening flags and image,
// measured in the same run; and the throughput of an output flood through the step.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { it } from 'vitest';
import { createDockerRuntime } from '../src/sandbox/docker-runtime.js';
import { createSandboxKind } from '../src/steps/sandbox.js';
import { requireDocker, sandboxContext, TEST_IMAGE } from '../__tests__/support/docker.js';
import { alternatedMediansMs, reportFigure } from './report.js';

const run = promisify(execFile);
const RUNS = 15;
const FLOOD_BYTES = 200_000_000;
const runtime = createDockerRuntime();
const kind = createSandboxKind();

/** The flags the sandbox kind sets by default (hardening.ts), for the CLI baseline. */
const DOCKER_RUN = [
  'run',
  '--rm',
  '--network',
  'none',
  '--cap-drop',
  'ALL',
  '--security-opt',
  'no-new-privileges',
  '--read-only',
  '--tmpfs',
  '/tmp:rw,noexec,nosuid,nodev,size=67108864,nr_inodes=16384,mode=1777,uid=65534,gid=65534',
  '--tmpfs',
  '/workspace:rw,exec,nosuid,nodev,uid=65534,gid=65534,mode=0755,size=268435456',
  '--workdir',
  '/workspace',
  '--pids-limit',
  '256',
  '--ulimit',
  'nofile=1024:1024',
  '--memory',
  '512m',
  '--memory-swap',
  '512m',
  '--cpus',
  '1',
  '--user',
  '65534:65534',
  '--init',
  '--log-driver',
  'none',
  '--env',
  'HOME=/tmp',
  TEST_IMAGE,
  'sh',
  '-c',
];

async function step(command: string, workspace: 'none' | 'copy' = 'none'): Promise<void> {
  const ctx = sandboxContext({
    runtime,
    workspace: process.cwd() + '/sandbox',
    config: { image: TEST_IMAGE, run: command, workspace },
  });
  const outcome = await kind.run(ctx);
  if (outcome.status !== 'succeeded') throw new Error(outcome.error);
}

it('sandbox step vs docker run --rm', async () => {
  requireDocker();
  const dockerRun = () => run('docker', [...DOCKER_RUN, 'echo hi']);
  const [wflo, baseline] = await alternatedMediansMs(RUNS, () => step('echo hi'), dockerRun);
  reportFigure({
    bench: 'sandbox',
    case: `step latency, echo hi (median of ${RUNS}, interleaved)`,
    wflo_ms: wflo,
    baseline_ms: baseline,
    ratio: wflo / baseline,
  });

  const [copy, baseline2] = await alternatedMediansMs(
    RUNS,
    () => step('echo hi', 'copy'),
    dockerRun,
  );
  reportFigure({
    bench: 'sandbox',
    case: 'step latency, workspace: copy of sandbox/',
    wflo_ms: copy,
    baseline_ms: baseline2,
    ratio: copy / baseline2,
    note: 'baseline has no workspace',
  });

  const flood = `yes | head -c ${FLOOD_BYTES}`;
  const [wfloFlood, baseFlood] = await alternatedMediansMs(
    3,
    () => step(flood),
    () =>
      run('sh', [
        '-c',
        `docker ${DOCKER_RUN.map((a) => `'${a}'`).join(' ')} '${flood}' > /dev/null`,
      ]),
  );
  const mbps = (ms: number) => (FLOOD_BYTES / 1e6 / (ms / 1000)).toFixed(0);
  reportFigure({
    bench: 'sandbox',
    case: `output flood of ${FLOOD_BYTES / 1e6} MB (capped at 1 MiB, drained)`,
    wflo_ms: wfloFlood,
    baseline_ms: baseFlood,
    ratio: wfloFlood / baseFlood,
    note: `wflo ${mbps(wfloFlood)} MB/s, docker CLI to /dev/null ${mbps(baseFlood)} MB/s`,
  });
});
