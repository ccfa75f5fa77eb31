import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../../src/engine/clock.js';
import type { StepContext } from '../../src/engine/types.js';
import type { StepLogger } from '../../src/common/step-logger.js';
import type { ContainerRuntime, ContainerSpec, MountSpec } from '../../src/sandbox/runtime.js';
import type { JsonObject, StepSpec, Workflow } from '../../src/workflow/model.js';
import type { BudgetLedger } from '../../src/cost/ledger.js';

export const TEST_IMAGE = 'wflo-test/busybox:1';

/**
 * Fails (never skips) when no Docker engine answers: the sandbox suite is the proof of
 * the hardening, so a CI run without an engine must not pass. `.ci/docker-setup.sh` starts one.
 */
export function requireDocker(): void {
  try {
    execFileSync('docker', ['info', '--format', '{{.ServerVersion}}'], {
      stdio: 'pipe',
      timeout: 20_000,
    });
  } catch (error) {
    throw new Error(
      'No Docker engine is reachable: run .ci/docker-setup.sh (or set DOCKER_HOST) before the sandbox tests.',
      {
        cause: error,
      },
    );
  }
  execFileSync(
    resolve(dirname(fileURLToPath(import.meta.url)), '../../sandbox/build-test-images.sh'),
    { stdio: 'pipe', timeout: 120_000 },
  );
}

export function docker(...args: string[]): string {
  return execFileSync('docker', args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 30_000,
  }).trim();
}

/** Ids of containers and names of volumes labelled with the run, as `docker` itself lists them. */
export function leftovers(runId: string): string[] {
  const filter = `label=wflo.run=${runId}`;
  return [
    ...docker('ps', '-aq', '--filter', filter).split('\n'),
    ...docker('volume', 'ls', '-q', '--filter', filter).split('\n'),
  ].filter(Boolean);
}

/** Ids of the run's running containers that run a step's command (not its volume holder). */
export function runningContainers(runId: string): string[] {
  // One listing: a holder that starts between two listings must not count as the step.
  return docker(
    'ps',
    '--no-trunc',
    '--filter',
    `label=wflo.run=${runId}`,
    '--format',
    '{{.ID}} {{.Label "wflo.role"}}',
  )
    .split('\n')
    .filter((line) => line && !line.endsWith(' holder'))
    .map((line) => line.split(' ')[0] ?? '');
}

/** Ids of the run's running volume holders (container-spec.ts startVolumeHolder). */
export function holderContainers(runId: string): string[] {
  return docker(
    'ps',
    '-q',
    '--no-trunc',
    '--filter',
    `label=wflo.run=${runId}`,
    '--filter',
    'label=wflo.role=holder',
  )
    .split('\n')
    .filter(Boolean);
}

export function uniqueRunId(prefix: string): string {
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

export interface LogCollector extends StepLogger {
  lines: string[];
  masked: string[];
  /** Live progress lines (StepLogger.progress). */
  live: string[];
}

export function collectLog(): LogCollector {
  const lines: string[] = [];
  const masked: string[] = [];
  const live: string[] = [];
  return {
    lines,
    masked,
    live,
    progress: (m) => live.push(m),
    info: (m) => lines.push(m),
    warn: (m) => lines.push(`warn: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    mask: (s) => masked.push(s),
    redact: (text) => text,
  };
}

export interface ContextOptions {
  runtime: ContainerRuntime;
  config: JsonObject;
  runId?: string;
  workspace?: string;
  signal?: AbortSignal;
  deadline?: number;
  hostEnv?: Record<string, string | undefined>;
  log?: LogCollector;
}

/** A StepContext as the scheduler builds it, for one sandbox step. */
export function sandboxContext(options: ContextOptions): StepContext & { log: LogCollector } {
  const runId = options.runId ?? uniqueRunId('t');
  const step: StepSpec = {
    id: 'box',
    index: 0,
    kind: 'sandbox',
    needs: [],
    retry: { maxAttempts: 1, backoffMs: 0 },
    continueOnError: false,
    config: options.config,
    pointer: '/steps/0',
  };
  const workflow = { file: 'test.yml', steps: [step] } as unknown as Workflow;
  const log = options.log ?? collectLog();
  return {
    run: {
      id: runId,
      workflow,
      workspace: options.workspace ?? mkdtempSync(join(tmpdir(), 'wflo-ws-')),
      tempDir: mkdtempSync(join(tmpdir(), 'wflo-tmp-')),
    },
    step,
    config: options.config,
    attempt: 1,
    signal: options.signal ?? new AbortController().signal,
    ...(options.deadline !== undefined ? { deadline: options.deadline } : {}),
    clock: systemClock,
    log,
    services: { clock: systemClock, hostEnv: options.hostEnv ?? {}, containers: options.runtime },
    ledger: {} as BudgetLedger,
  };
}

/** A hardened container spec as the agent kind asks for one (512 MiB, 1 CPU, no network). */
export function agentContainerSpec(
  runId: string,
  cmd: string[],
  options: { image?: string; mounts?: MountSpec[] } = {},
): ContainerSpec {
  return {
    image: options.image ?? TEST_IMAGE,
    cmd,
    env: { HOME: '/tmp' },
    user: '65534:65534',
    workingDir: '/workspace',
    labels: { 'wflo.run': runId },
    memoryBytes: 512 * 1024 * 1024,
    nanoCpus: 1e9,
    pidsLimit: 256,
    nofileLimit: 1024,
    tmpSizeBytes: 64 * 1024 * 1024,
    network: 'none',
    mounts: options.mounts ?? [],
  };
}
