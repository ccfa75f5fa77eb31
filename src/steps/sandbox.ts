import type { StepContext, StepKind, StepOutcome } from '../engine/types.js';
import { EnvironmentError, STOP_GRACE_MS, StepTimeoutError } from '../engine/types.js';
import type { JsonObject, JsonValue, StepSpec, Workflow } from '../workflow/model.js';
import type { Diagnostic } from '../workflow/errors.js';
import { diagnosticAt } from '../workflow/errors.js';
import { parseSandboxConfig, SandboxConfigError, type SandboxConfig } from '../sandbox/config.js';
import { runLabels } from '../sandbox/cleanup.js';
import { SANDBOX_TRAITS } from './sandbox-traits.js';
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
import { ContainerRuntimeError, type MountSpec } from '../sandbox/runtime.js';
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
    if (config.runtime === 'runsc') {
      // Fail closed: never fall back to runc when gVisor was asked for.
      const available = await runtime.runtimes(ctx.signal);
      if (!available.includes('runsc')) {
        return failed(
          `it asks for runtime: runsc (gVisor), but this Docker engine offers only ${available.join(', ')}; install gVisor or use runtime: runc`,
        );
      }
    }
    const image = await resolveImage(runtime, config.image, ctx);
    const digest = image.ref;
    const { uid, gid } = config;
    const imageMounts = imageVolumeMounts(config.image, image.volumes, config);
    const base = containerBase(config, labels, digest);
    const snapshot: Snapshot | undefined =
      config.workspace === 'copy' ? await snapshotCheckout(ctx.run.workspace) : undefined;
    if (snapshot) {
      let bytes = 0;
      for (const entry of snapshot.values()) if (entry.type === 'file') bytes += entry.size;
      if (bytes > config.diskBytes)
        return failed(
          `the checkout (${bytes} bytes) does not fit its disk cap of ${config.diskBytes} bytes; raise disk:`,
        );
    }
    const outVolume = resourceName(ctx.run.id, ctx.step.id, ctx.attempt, 'out');
    const holderVolumes: Array<MountSpec & { type: 'volume' }> = [
      { type: 'volume', source: outVolume, target: OUTPUT_DIR, readOnly: false },
    ];
    // Listed for removal first: an aborted request may still have created it.
    volumes.push(outVolume);
    // Not cut short by a cancel: an aborted request may still create the volume after the
    // removal in `finally` has run, and leave it behind. Creating one takes milliseconds.
    const created = [
      runtime.createVolume(outVolume, labels, undefined, outputVolumeLimits(config)),
    ];
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
    await Promise.all(created);
    holder = await startVolumeHolder(runtime, base, holderVolumes, imageMounts);
    ctx.signal.throwIfAborted();
    const copyIn = snapshot ? packCheckout(ctx.run.workspace, snapshot, uid, gid) : undefined;

    let extra: JsonObject = {};
    let extraError: string | undefined;
    let changeSet: ChangeSet | undefined;
    let changeError: string | undefined;
    const snap = snapshot;
    const timeoutMs = Math.max(
      1,
      Math.min(
        config.timeoutMs,
        ctx.deadline !== undefined ? ctx.deadline - ctx.clock.now() : Infinity,
      ),
    );
    // The scheduler's step timeout stops with the grace, like ours; a cancel kills at once.
    const cancel = new AbortController();
    const stop = new AbortController();
    const onAbort = () => {
      if (ctx.signal.reason instanceof StepTimeoutError) stop.abort(ctx.signal.reason);
      else cancel.abort(ctx.signal.reason);
    };
    if (ctx.signal.aborted) onAbort();
    ctx.signal.addEventListener('abort', onAbort, { once: true });
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
          archivesOut: [
            {
              path: OUTPUT_DIR,
              read: async (tar) => {
                try {
                  extra = await readOutputFile(tar);
                } catch (error) {
                  extraError = messageOf(error);
                }
              },
            },
            ...(snap
              ? [
                  {
                    path: '/workspace',
                    read: async (tar: NodeJS.ReadableStream) => {
                      // A refusal stops the read; the runtime destroys the rest unread.
                      try {
                        changeSet = await readChanges(tar, ctx.run.workspace, snap);
                      } catch (error) {
                        if (!(error instanceof ChangeRejectedError)) throw error;
                        changeError = error.message;
                      }
                    },
                  },
                ]
              : []),
          ],
        },
      )
      .finally(() => {
        ctx.signal.removeEventListener('abort', onAbort);
        // Stops reading the checkout if the engine gave up before taking all of it.
        copyIn?.destroy();
      });
    if (result.cancelled) throw ctx.signal.reason;
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
    validate,
    changeRules: changeRulesOf,
    run: (ctx) => runSandbox(ctx, resolved),
  };
}

export const sandboxKind: StepKind = createSandboxKind();
