import { returnOnCancel } from '../sandbox/return-on-cancel.js';
import { cancelOf } from './cancel-of.js';
import type { StepContext, StepKind, StepOutcome } from '../engine/types.js';
import { EnvironmentError, STOP_GRACE_MS, StepTimeoutError } from '../engine/types.js';
import type { JsonObject, JsonValue, StepSpec, Workflow } from '../workflow/model.js';
import type { Diagnostic } from '../workflow/errors.js';
import { diagnosticAt } from '../workflow/errors.js';
import { parseSandboxConfig, SandboxConfigError, type SandboxConfig } from '../sandbox/config.js';
import { runLabels } from '../sandbox/cleanup.js';
import { SANDBOX_TRAITS } from './sandbox-traits.js';
import { containerReach } from './reach.js';
import { formatMs } from '../engine/attempts.js';
import {
  containerBase,
  copyVolumeLimits,
  EMPTY_WORKSPACE_SIZE,
  filledACap,
  imageVolumeMounts,
  OUTPUT_DISK_BYTES,
  outputVolumeLimits,
  readOnlyCheckoutMounts,
  resolveImage,
  startVolumeHolder,
  TMP_SIZE,
} from '../sandbox/container-spec.js';
import type { KeptContainer } from '../sandbox/exec.js';
import {
  ContainerRuntimeError,
  type ArchiveOut,
  type ContainerResult,
  type ContainerRuntime,
  type Labels,
  type MountSpec,
} from '../sandbox/runtime.js';
import {
  readOutputFile,
  outputDirArchive,
  OUTPUT_DIR,
  OUTPUT_FILE,
} from '../sandbox/output-file.js';
import {
  ChangeRejectedError,
  changesOutput,
  encodeChangeSet,
  type ChangeSet,
} from '../checkout/change-set.js';
import {
  packCheckout,
  readChanges,
  snapshotCheckout,
  type Snapshot,
} from '../sandbox/workspace.js';
import { changeRulesOf, withoutChangeRules } from './change-rules.js';
import { messageOf } from '../common/errors.js';

export interface SandboxKindOptions {
  /** Time between SIGTERM and SIGKILL when a step times out. */
  graceMs?: number;
  /** Per-stream output cap. */
  outputCapBytes?: number;
}

const DEFAULTS = { graceMs: STOP_GRACE_MS, outputCapBytes: 1024 * 1024 };

function resourceName(runId: string, stepId: string, attempt: number, what: string): string {
  const safe = `${runId}-${stepId}`.replace(/[^a-zA-Z0-9_.-]/g, '-');
  return `wflo-${safe}-${attempt}-${what}-${Math.random().toString(36).slice(2, 8)}`;
}

const MIB = 1024 * 1024;

/** The caps a step can fill, in the words the docs use. */
function capsSentence(config: SandboxConfig): string {
  const copy =
    config.workspace === 'copy'
      ? `the workspace copy holds ${config.diskBytes / MIB} MiB (disk:), `
      : '';
  return `${copy}$WFLO_OUTPUT's folder ${OUTPUT_DISK_BYTES / MIB} MiB, /tmp ${TMP_SIZE / MIB} MiB`;
}

function failed(error: string, outputs: JsonObject = {}): StepOutcome {
  return { status: 'failed', outputs, error };
}

async function runSandbox(
  ctx: StepContext,
  options: Required<SandboxKindOptions>,
): Promise<StepOutcome> {
  let config: SandboxConfig;
  try {
    config = parseSandboxConfig(withoutChangeRules(ctx.config));
  } catch (error) {
    if (error instanceof SandboxConfigError) return failed(error.message);
    throw error;
  }
  const runtime = ctx.services.containers;
  if (!runtime) throw new EnvironmentError('it needs a Docker engine and none is set up', 'docker');
  if (config.network === 'host')
    ctx.log.warn(`step '${ctx.step.id}' runs with the host's network (allow_host_network)`);

  const labels = runLabels(ctx.run.id, ctx.step.id, ctx.attempt);
  const volumes: string[] = [];
  let holder: KeptContainer | undefined;
  try {
    const noRuntime = await missingRuntime(runtime, config, ctx.signal);
    if (noRuntime) return failed(noRuntime);
    const image = await resolveImage(runtime, config.image, ctx);
    const digest = image.ref;
    const { uid, gid } = config;
    const imageMounts = imageVolumeMounts(config.image, image.volumes, config);
    const base = containerBase(config, labels, digest);
    const snapshot: Snapshot | undefined =
      config.workspace === 'copy' ? await snapshotCheckout(ctx.run.workspace) : undefined;
    const tooBig = snapshot && checkoutTooBig(snapshot, config);
    if (tooBig) return failed(tooBig);
    const { mounts, holderVolumes, created } = await attemptMounts(
      ctx,
      runtime,
      config,
      labels,
      imageMounts,
      snapshot,
      volumes,
    );
    await Promise.all(created);
    ctx.signal.throwIfAborted();
    holder = await startVolumeHolder(runtime, base, holderVolumes, imageMounts);
    ctx.signal.throwIfAborted();
    const copyIn = snapshot ? packCheckout(ctx.run.workspace, snapshot, uid, gid) : undefined;

    const { back, archivesOut } = readBackArchives(ctx.run.workspace, snapshot);
    const timeoutMs = commandTimeoutMs(config, ctx);
    const { cancel, stop, detach } = splitAbort(ctx.signal);
    const result = await runtime
      .runContainer(
        {
          ...base,
          cmd: ['sh', '-c', config.run],
          env: { HOME: '/tmp', ...config.env, WFLO_OUTPUT: OUTPUT_FILE },
          mounts,
        },
        {
          signal: cancel.signal,
          stopSignal: stop.signal,
          timeoutMs,
          graceMs: options.graceMs,
          stdoutCapBytes: options.outputCapBytes,
          stderrCapBytes: options.outputCapBytes,
          archivesIn: [
            { path: OUTPUT_DIR, tar: await outputDirArchive(uid, gid) },
            ...(copyIn ? [{ path: '/workspace', tar: copyIn }] : []),
          ],
          archivesOut,
        },
      )
      .finally(() => {
        detach();
        // Stops reading the checkout if the engine gave up before taking all of it.
        copyIn?.destroy();
      });
    if (result.cancelled) throw ctx.signal.reason;
    return commandOutcome(result, back, config, {
      digest,
      timeoutMs,
    });
  } catch (error) {
    // An engine call cut short by the abort is the abort, not an engine failure.
    if (ctx.signal.aborted) {
      if (!(ctx.signal.reason instanceof StepTimeoutError)) throw ctx.signal.reason;
      return failed('it timed out before its command ran', { timed_out: true });
    }
    // The engine or the image failing is wflo's environment, not the step's work.
    if (error instanceof ContainerRuntimeError)
      throw new EnvironmentError(error.message, 'docker', { cause: error });
    throw error;
  } finally {
    // The holder first: a volume it still mounts cannot be removed.
    await holder?.remove().catch(() => undefined);
    for (const volume of volumes) await runtime.removeVolume(volume).catch(() => undefined);
  }
}

/** Fail closed: never fall back to runc when gVisor was asked for. */
async function missingRuntime(
  runtime: ContainerRuntime,
  config: SandboxConfig,
  signal: AbortSignal,
): Promise<string | undefined> {
  if (config.runtime !== 'runsc') return undefined;
  const available = await runtime.runtimes(signal);
  if (available.includes('runsc')) return undefined;
  return `it asks for runtime: runsc (gVisor), but this Docker engine offers only ${available.join(', ')}; install gVisor or use runtime: runc`;
}

/** Why the checkout cannot be copied into the step's disk cap, or nothing. */
function checkoutTooBig(snapshot: Snapshot, config: SandboxConfig): string | undefined {
  let bytes = 0;
  for (const entry of snapshot.values()) if (entry.type === 'file') bytes += entry.size;
  if (bytes <= config.diskBytes) return undefined;
  return `the checkout (${bytes} bytes) does not fit its disk cap of ${config.diskBytes} bytes; raise disk:`;
}

/**
 * The attempt's mounts: its output volume, the image's volumes, and /workspace as the step
 * asked (an empty tmpfs, the checkout read-only, or a volume for the copy). Every volume made
 * is pushed on `volumes` before it is asked for, so the caller removes it whatever happens.
 */
async function attemptMounts(
  ctx: StepContext,
  runtime: ContainerRuntime,
  config: SandboxConfig,
  labels: Labels,
  imageMounts: MountSpec[],
  snapshot: Snapshot | undefined,
  volumes: string[],
): Promise<{
  mounts: MountSpec[];
  holderVolumes: Array<MountSpec & { type: 'volume' }>;
  created: Array<Promise<void>>;
}> {
  const { uid, gid } = config;
  const outVolume = resourceName(ctx.run.id, ctx.step.id, ctx.attempt, 'out');
  const holderVolumes: Array<MountSpec & { type: 'volume' }> = [
    { type: 'volume', source: outVolume, target: OUTPUT_DIR, readOnly: false },
  ];
  // Listed for removal first: an aborted request may still have created it.
  volumes.push(outVolume);
  // Not cut short by a cancel: an aborted request may still create the volume after the
  // removal in `finally` has run, and leave it behind. Creating one takes milliseconds.
  const created = [runtime.createVolume(outVolume, labels, undefined, outputVolumeLimits(config))];
  const mounts: MountSpec[] = [...holderVolumes, ...imageMounts];
  if (config.workspace === 'none') {
    mounts.push({
      type: 'tmpfs',
      target: '/workspace',
      sizeBytes: EMPTY_WORKSPACE_SIZE,
      options: ['rw', 'exec', 'nosuid', 'nodev', `uid=${uid}`, `gid=${gid}`, 'mode=0755'],
    });
  } else if (config.workspace === 'read-only') {
    mounts.push(
      ...(await readOnlyCheckoutMounts(ctx.run.workspace, '/workspace', ctx.run.tempDir)),
    );
  } else {
    const wsVolume = resourceName(ctx.run.id, ctx.step.id, ctx.attempt, 'ws');
    volumes.push(wsVolume);
    created.push(
      runtime.createVolume(
        wsVolume,
        labels,
        undefined,
        copyVolumeLimits(config, snapshot?.size ?? 0),
      ),
    );
    const mount = {
      type: 'volume',
      source: wsVolume,
      target: '/workspace',
      readOnly: false,
    } as const;
    mounts.push(mount);
    holderVolumes.push(mount);
  }
  return { mounts, holderVolumes, created };
}

/** The command's timeout: the step's own, or what is left of the scheduler's deadline. */
function commandTimeoutMs(config: SandboxConfig, ctx: StepContext): number {
  return Math.max(
    1,
    Math.min(
      config.timeoutMs,
      ctx.deadline !== undefined ? ctx.deadline - ctx.clock.now() : Infinity,
    ),
  );
}

/** The scheduler's step timeout stops with the grace, like ours; a cancel kills at once. */
function splitAbort(signal: AbortSignal): {
  cancel: AbortController;
  stop: AbortController;
  detach: () => void;
} {
  const cancel = new AbortController();
  const stop = new AbortController();
  const onAbort = () => {
    if (signal.reason instanceof StepTimeoutError) stop.abort(signal.reason);
    else cancel.abort(signal.reason);
  };
  if (signal.aborted) onAbort();
  signal.addEventListener('abort', onAbort, { once: true });
  return { cancel, stop, detach: () => signal.removeEventListener('abort', onAbort) };
}

/** What was read back from the container: $WFLO_OUTPUT's values and the checkout's changes. */
interface ReadBack {
  extra: JsonObject;
  extraError: string | undefined;
  changeSet: ChangeSet | undefined;
  changeError: string | undefined;
}

/** Where each archive read back from the container goes: $WFLO_OUTPUT's values, the copy's changes. */
function readBackArchives(
  workspace: string,
  snapshot: Snapshot | undefined,
): { back: ReadBack; archivesOut: ArchiveOut[] } {
  const back: ReadBack = {
    extra: {},
    extraError: undefined,
    changeSet: undefined,
    changeError: undefined,
  };
  const archivesOut: ArchiveOut[] = [
    {
      path: OUTPUT_DIR,
      read: async (tar) => {
        try {
          back.extra = await readOutputFile(tar);
        } catch (error) {
          back.extraError = messageOf(error);
        }
      },
    },
  ];
  if (snapshot) {
    archivesOut.push({
      path: '/workspace',
      read: async (tar) => {
        // A refusal stops the read; the runtime destroys the rest unread.
        try {
          back.changeSet = await readChanges(tar, workspace, snapshot);
        } catch (error) {
          if (!(error instanceof ChangeRejectedError)) throw error;
          back.changeError = error.message;
        }
      },
    });
  }
  return { back, archivesOut };
}

/** The step's outcome from the command's result and what was read back. */
function commandOutcome(
  result: ContainerResult,
  { extra, extraError, changeSet, changeError }: ReadBack,
  config: SandboxConfig,
  { digest, timeoutMs }: { digest: string; timeoutMs: number },
): StepOutcome {
  const timedOut = result.timedOut;
  const outputs: JsonObject = {};
  for (const [key, value] of Object.entries(extra)) outputs[key] = value;
  const builtin: Record<string, JsonValue> = {
    exit_code: result.exitCode,
    stdout: result.stdout.data.toString('utf8'),
    stderr: result.stderr.data.toString('utf8'),
    truncated: result.stdout.truncated || result.stderr.truncated,
    stdout_bytes: result.stdout.totalBytes,
    stderr_bytes: result.stderr.totalBytes,
    timed_out: timedOut,
    oom_killed: result.oomKilled,
    duration_ms: result.durationMs,
    image_digest: digest,
  };
  if (changeSet) builtin.changes = changesOutput(changeSet);
  Object.assign(outputs, builtin);
  // A timeout is a failure of the step's own work, which continue_on_error covers (DESIGN.md §2).
  if (timedOut) return failed(`the command timed out after ${formatMs(timeoutMs)}`, outputs);
  if (result.oomKilled) {
    return failed(
      `the command was killed for using more than its ${config.memoryBytes}-byte memory limit`,
      outputs,
    );
  }
  if (result.exitCode !== 0 && filledACap(result.stderr.data.toString('utf8')))
    return failed(
      `the command exited with code ${result.exitCode} after filling a disk cap (No space left on device): ${capsSentence(config)}`,
      outputs,
    );
  if (result.exitCode !== 0)
    return failed(`the command exited with code ${result.exitCode}`, outputs);
  if (extraError)
    return failed(`the command wrote an unreadable $WFLO_OUTPUT: ${extraError}`, outputs);
  if (changeError) return failed(`its changes were refused: ${changeError}`, outputs);
  // The engine applies these only once it knows the step succeeded (DESIGN.md §5 rollback).
  if (!changeSet || changeSet.changes.length === 0) return { status: 'succeeded', outputs };
  return { status: 'succeeded', outputs, changes: encodeChangeSet(changeSet) };
}

/** Static checks `wflo validate` runs; fields holding expressions are checked when the step runs. */
function validate(step: StepSpec, workflow: Workflow): Diagnostic[] {
  const config: JsonObject = {};
  for (const [key, value] of Object.entries(withoutChangeRules(step.config))) {
    if (!(typeof value === 'string' && value.includes('${{'))) config[key] = value;
  }
  // Stand-ins for fields that are only known at run time.
  config.run ??= 'true';
  config.image ??= 'image';
  try {
    parseSandboxConfig(config);
    return [];
  } catch (error) {
    if (!(error instanceof SandboxConfigError)) throw error;
    const field = /sandbox\.(\w+)/.exec(error.message)?.[1];
    const pointer =
      field && field in step.config
        ? `${step.pointer}/sandbox/${field}`
        : `${step.pointer}/sandbox`;
    return [diagnosticAt(workflow.positionOf(pointer), error.message)];
  }
}

export function createSandboxKind(options: SandboxKindOptions = {}): StepKind {
  const resolved: Required<SandboxKindOptions> = {
    graceMs: options.graceMs ?? DEFAULTS.graceMs,
    outputCapBytes: options.outputCapBytes ?? DEFAULTS.outputCapBytes,
  };
  return {
    kind: 'sandbox',
    ...SANDBOX_TRAITS,
    literalKeys: ['run'],
    reach: (config) => containerReach(config.workspace, 'none', true),
    fetchKeys: ['image'],
    validate,
    changeRules: changeRulesOf,
    // A cancel ends the step at once, even during a stalled engine call; the clean-up goes on.
    run: (ctx) => returnOnCancel(runSandbox(ctx, resolved), cancelOf(ctx.signal)),
  };
}

export const sandboxKind: StepKind = createSandboxKind();
