// The run preparation both edges share (DESIGN.md §8: one engine, one way to start it): the
// checks that must pass before the first step, the run's scratch directory, cancelling on an
// interrupt, the services, the start-up sweep and the engine call. The edges keep only what
// differs: reading inputs or flags, what they print, and the exit code.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ApprovalGateway } from '../approval/gateway.js';
import type { CheckpointOptions } from '../checkpoint/session.js';
import { ioReason } from '../common/files.js';
import type { Services } from '../engine/services.js';
import {
  CancelledError,
  startsContainers,
  type EnvironmentService,
  type RunObserver,
  type RunResult,
} from '../engine/types.js';
import { sweepAtStart } from '../sandbox/cleanup.js';
import type { JsonObject, JsonValue, Workflow } from '../workflow/model.js';
import { isInputError, type Engine } from './engine.js';
import { createServices, type ServiceSettings } from './services.js';
import { preflight } from './preflight.js';
import type { RunEscrow } from '../pools/run-pools.js';
import { poolStartOf, settlePoolHold, takePoolHold, type PoolSettings } from './pools.js';

/**
 * A check that must pass before the first step spends anything (a file the run will write, a
 * budget to reserve, an event the run must not act on). It answers with the sentence that
 * refuses the run, or with nothing to let it go on. The checks run in the order given, before
 * the scratch directory, the services or the sweep exist; the first refusal ends the run there.
 *
 * This is the one place such checks go: an edge adds its own to `beforeFirstStep`, and a
 * check both edges need is added to the list in `runPrepared` below. The one that needs the
 * services, the environment pre-flight (preflight.ts), runs in `runPrepared` once they exist.
 */
export type BeforeFirstStep = () => Promise<string | undefined>;

/** What an interrupt handler may do to the run: see whether it is already stopping, stop it. */
export interface Interruptible {
  readonly cancelled: boolean;
  /** Stops the run: running steps are stopped, nothing new starts; `reason` ends the run's reason. */
  cancel(reason: string): void;
}

export interface RunPreparation {
  engine: Engine;
  workflow: Workflow;
  inputs: Record<string, JsonValue>;
  workspace: string;
  runId: string;
  /** Where the scratch directory `wflo-<run id>-…` is made; the system's temp dir when absent or full. */
  scratchBase?: string;
  /** How a warning names `scratchBase` (the action's 'RUNNER_TEMP'). */
  scratchBaseName?: string;
  /** The edge's settings for the services (its environment and key inputs). */
  serviceSettings: ServiceSettings;
  /** The edge's approval gateway (GitHub's, or the terminal's); without one a gate says what to configure. */
  approvals?: ApprovalGateway;
  budgetMicros?: number;
  github?: JsonObject;
  observer: RunObserver;
  secrets?: readonly string[];
  setupHint: (service: EnvironmentService) => string;
  checkpoint?: CheckpointOptions;
  /**
   * Why an approval step cannot ask anyone here (the action on an event without a pull
   * request), for the environment pre-flight (preflight.ts); absent when gates can be asked.
   */
  gateUnavailable?: string;
  /** The edge's checks, run in order before anything starts (see BeforeFirstStep). */
  beforeFirstStep?: readonly BeforeFirstStep[];
  /** Subscribes to the edge's interrupts for the length of the engine call; returns the unsubscribe. */
  listen: (run: Interruptible) => () => void;
  /** A warning that does not stop the run (the sweep's, the scratch directory's fallback). */
  warn: (message: string) => void;
  /** Told the scratch directory once it exists (the action keeps it for its post phase). */
  onScratch?: (dir: string) => void;
  /** Remove the scratch directory when the engine returns (the CLI); the action's post phase removes its own. */
  removeScratch: boolean;
  /** Where the file's budget pools are kept: the run holds from them before its first step (wiring/pools.ts). */
  pools?: PoolSettings;
  /** Told the pools' hold once taken (the action keeps its lease for its post phase). */
  onPoolHold?: (escrow: RunEscrow) => void;
  /** Told once the hold is settled (the action's post phase then has nothing to settle). */
  onPoolSettled?: () => void;
}

export type PreparedOutcome =
  | { kind: 'ran'; result: RunResult }
  /**
   * Nothing started: a check before the first step refused, the inputs do not fit the
   * workflow, the environment lacks what a step needs (`environment`: one sentence a line, the
   * run's outage exit code), or the budget pools could not give a hold (`exitCode` 3 for an
   * empty pool, 1 for a store that cannot be reached, 2 for keys that cannot name pools).
   */
  | {
      kind: 'refused';
      why: 'check' | 'inputs' | 'environment' | 'pools';
      message: string;
      exitCode?: number;
    };

/** Prepares the run as both edges do and runs it; a refusal is an outcome, a fault is thrown. */
export async function runPrepared(prep: RunPreparation): Promise<PreparedOutcome> {
  for (const check of prep.beforeFirstStep ?? []) {
    const refusal = await check();
    if (refusal !== undefined) return { kind: 'refused', why: 'check', message: refusal };
  }
  const pools = await takePoolHold({
    ...poolStartOf(prep),
    workflow: prep.workflow,
    registry: prep.engine.registry(),
    inputs: prep.inputs,
    github: prep.github ?? {},
    runId: prep.runId,
    warn: prep.warn,
  });
  if (pools.kind === 'stop') {
    return { kind: 'refused', why: 'pools', message: pools.message, exitCode: pools.exitCode };
  }
  if (pools.escrow) prep.onPoolHold?.(pools.escrow);
  let costMicros: number | undefined;
  const tempDir = await scratchDirectory(
    prep.scratchBase ?? tmpdir(),
    prep.scratchBaseName,
    prep.runId,
    prep.warn,
  );
  prep.onScratch?.(tempDir);
  const registry = prep.engine.registry();
  const controller = new AbortController();
  const stopListening = prep.listen({
    get cancelled() {
      return controller.signal.aborted;
    },
    cancel: (reason) => controller.abort(new CancelledError(reason)),
  });
  try {
    const created = createServices(prep.serviceSettings);
    const services: Services = {
      ...created,
      ...(prep.approvals ? { approvals: prep.approvals } : {}),
    };
    // What the steps need of the environment (a key, a Docker engine that answers, a place to
    // ask a gate), checked once the services exist and before the first step or the sweep.
    const problems = await preflight({
      workflow: prep.workflow,
      registry,
      services,
      setupHint: prep.setupHint,
      signal: controller.signal,
      ...(prep.gateUnavailable === undefined ? {} : { gateUnavailable: prep.gateUnavailable }),
    });
    if (problems.length > 0)
      return {
        kind: 'refused',
        why: 'environment',
        message: problems.map((p) => p.message).join('\n'),
      };
    // What a killed earlier run left (on a self-hosted runner, or Docker on a laptop); never fatal.
    await sweepAtStart(services.containers, startsContainers(prep.workflow, registry), prep.warn);
    const result = await prep.engine.run({
      workflow: prep.workflow,
      inputs: prep.inputs,
      registry,
      services,
      workspace: prep.workspace,
      tempDir,
      runId: prep.runId,
      ...(pools.budgetMicros === undefined ? {} : { budgetMicros: pools.budgetMicros }),
      ...(pools.hold ? { pools: pools.hold } : {}),
      ...(prep.github === undefined ? {} : { github: prep.github }),
      signal: controller.signal,
      observer: prep.observer,
      ...(prep.secrets === undefined ? {} : { secrets: prep.secrets }),
      setupHint: prep.setupHint,
      ...(prep.checkpoint ? { checkpoint: prep.checkpoint } : {}),
    });
    costMicros = result.costMicros;
    return { kind: 'ran', result };
  } catch (err) {
    if (isInputError(err)) return { kind: 'refused', why: 'inputs', message: err.message };
    throw err;
  } finally {
    // Settled whatever happened: to what the run cost, or in full when it broke off.
    const held = pools.escrow !== undefined;
    const unsettled = await settlePoolHold(pools, costMicros);
    if (unsettled) prep.warn(unsettled);
    else if (held) prep.onPoolSettled?.();
    stopListening();
    if (prep.removeScratch) await rm(tempDir, { recursive: true, force: true });
  }
}

/** The run's scratch directory under `base`, or under the system's temp dir when that is full. */
async function scratchDirectory(
  base: string,
  baseName: string | undefined,
  runId: string,
  warn: (message: string) => void,
): Promise<string> {
  try {
    return await mkdtemp(path.join(base, `wflo-${runId}-`));
  } catch (err) {
    if (path.resolve(base) === path.resolve(tmpdir())) throw err;
    const fallback = await mkdtemp(path.join(tmpdir(), `wflo-${runId}-`));
    warn(
      `wflo could not make its scratch directory in ${baseName ? `${baseName} ` : ''}${base} (${ioReason(err)}); using ${fallback}`,
    );
    return fallback;
  }
}
