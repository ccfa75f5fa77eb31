import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRedactor, hostSecrets } from '../engine/secrets.js';
import { CancelledError, startsContainers, type EnvironmentService } from '../engine/types.js';
import type { JsonValue } from '../workflow/model.js';
import { formatDuration } from '../report/format.js';
import { buildReport, EXIT_INVALID, exitCodeOf, serializeReport } from '../report/report.js';
import { overageLine, spendLine } from '../report/summary.js';
import { isInputError, type Engine } from '../wiring/engine.js';
import { newRunId } from '../wiring/run-id.js';
import { settlePoolHold, takePoolHold } from '../wiring/pools.js';
import { cliPoolStart, poolLines } from './pools.js';
import { FileWriteError, preflightWrite, writeFileAtomic } from '../engine/files.js';
import { createServices } from '../wiring/services.js';
import { sweepAtStart } from '../sandbox/cleanup.js';
import { parseUsdToMicros } from '../wiring/usd.js';
import { parseCommandArgs } from './args.js';
import type { CliIo } from './io.js';
import { loadOrReport } from './load.js';
import { LocalApprovalGateway } from './local-approvals.js';
import { progressObserver } from './progress.js';
import { UsageError } from './usage-error.js';
import { checkpointFor, type CliCheckpoint } from './state.js';
import { CheckpointError } from '../engine/checkpoint.js';

/** `wflo run`'s flags, checked. */
export interface RunFlags {
  file: string;
  inputs: Record<string, JsonValue>;
  budgetMicros?: number;
  report?: string;
  /** Where checkpoints are kept; without it, nothing is kept between runs. */
  stateDir?: string;
  approve: string[];
  reject: string[];
  /** `--budget-store URL`: where the file's budget pools are kept. */
  budgetStore?: string;
}

export function parseRunFlags(args: string[]): RunFlags {
  const { values, positionals } = parseCommandArgs('run', args, {
    input: { type: 'string', multiple: true },
    'budget-usd': { type: 'string' },
    report: { type: 'string' },
    state: { type: 'string' },
    approve: { type: 'string', multiple: true },
    reject: { type: 'string', multiple: true },
    'budget-store': { type: 'string' },
  });
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError("'wflo run' needs a FILE", 'run');
  if (extra.length > 0)
    throw new UsageError(`'wflo run' takes one FILE, got also '${extra[0]}'`, 'run');
  const inputs: Record<string, JsonValue> = {};
  for (const pair of values.input ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--input must be NAME=VALUE, got '${pair}'`, 'run');
    inputs[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  let budgetMicros: number | undefined;
  const budget = values['budget-usd'];
  if (budget !== undefined) {
    budgetMicros = parseUsdToMicros(budget);
    if (budgetMicros === undefined) {
      throw new UsageError(
        `--budget-usd must be a positive number of dollars (e.g. 2.50), got '${budget}'`,
        'run',
      );
    }
  }
  const approve = values.approve ?? [];
  const reject = values.reject ?? [];
  const both = approve.find((id) => reject.includes(id));
  if (both) throw new UsageError(`step '${both}' is given to both --approve and --reject`, 'run');
  return {
    file,
    inputs,
    ...(budgetMicros === undefined ? {} : { budgetMicros }),
    ...(values.report === undefined ? {} : { report: values.report }),
    ...(values.state === undefined ? {} : { stateDir: values.state }),
    approve,
    reject,
    ...(values['budget-store'] === undefined ? {} : { budgetStore: values['budget-store'] }),
  };
}

/** How to fix a failed part of the environment on a developer's machine (the run's reason ends with it). */
export function cliSetupHint(service: EnvironmentService): string {
  switch (service) {
    case 'docker':
      return 'start Docker (or set DOCKER_HOST to a running engine) and check the image exists';
    case 'model_api':
      return 'set OPENAI_API_KEY (and OPENAI_BASE_URL for another server) and check the server answers';
    case 'github':
      return 'answer the gate with --approve/--reject, or run it in the action on a pull request';
    case 'runner':
      return 'install bash (or use shell: sh) on this machine';
  }
}

export async function runCommand(args: string[], io: CliIo, engine: Engine): Promise<number> {
  const flags = parseRunFlags(args);
  // The terminal is a surface too: whatever the run prints loses the secrets it learns of.
  const redactor = createRedactor(hostSecrets(io.env));
  const toErr = (text: string) => io.err(redactor.published(text));
  const toOut = (text: string) => io.out(redactor.published(text));
  const workflow = await loadOrReport(engine, flags.file, io);
  if (!workflow) return EXIT_INVALID;
  let checkpoint: CliCheckpoint | undefined;
  if (flags.stateDir !== undefined) {
    try {
      checkpoint = await checkpointFor(flags.stateDir, io.cwd, workflow);
    } catch (err) {
      if (!(err instanceof CheckpointError)) throw err;
      io.err(`wflo: ${err.message}\n`);
      return EXIT_INVALID;
    }
    for (const note of checkpoint.notes) io.err(`wflo: ${note}\n`);
  }
  // Every file the run will write is checked before its first step spends anything.
  const reportTarget = flags.report === undefined ? undefined : path.resolve(io.cwd, flags.report);
  try {
    const place = { checkout: io.cwd };
    if (reportTarget !== undefined) await preflightWrite(reportTarget, 'the report', place);
    if (checkpoint) await preflightWrite(checkpoint.options.store.where, 'the checkpoint', place);
  } catch (err) {
    if (!(err instanceof FileWriteError)) throw err;
    io.err(`wflo: ${err.message}\n`);
    return EXIT_INVALID;
  }

  const runId = newRunId();
  const pools = await takePoolHold({
    ...cliPoolStart(flags, io, checkpoint),
    workflow,
    registry: engine.registry(),
    runId,
  });
  if (pools.kind === 'stop') {
    io.err(`wflo: ${pools.message}\n`);
    return pools.exitCode;
  }
  let costMicros: number | undefined;

  const controller = new AbortController();
  const stopListening = io.onInterrupt((signal) => {
    if (controller.signal.aborted) {
      io.err(`wflo: ${signal} again, exiting without waiting for steps to stop\n`);
      io.forceExit(130);
      return;
    }
    io.err(`wflo: ${signal} received, stopping running steps (again to exit at once)\n`);
    controller.abort(new CancelledError(`the run was cancelled by ${signal}`));
  });
  const tempDir = await mkdtemp(path.join(tmpdir(), 'wflo-run-'));
  const services = createServices({ env: io.env });
  // What a killed earlier run left (Docker owns containers, not the runner); never fatal.
  await sweepAtStart(
    services.containers,
    startsContainers(workflow, engine.registry()),
    (message) =>
      io.err(`wflo: warning: ${message}
`),
  );
  try {
    let result;
    try {
      result = await engine.run({
        workflow,
        inputs: flags.inputs,
        registry: engine.registry(),
        services: {
          ...services,
          approvals: new LocalApprovalGateway({
            approve: flags.approve,
            reject: flags.reject,
            ...(io.terminal ?? {}),
          }),
        },
        workspace: io.cwd,
        tempDir,
        runId,
        ...(pools.budgetMicros === undefined ? {} : { budgetMicros: pools.budgetMicros }),
        ...(pools.hold ? { pools: pools.hold } : {}),
        signal: controller.signal,
        observer: { ...progressObserver(toErr), secret: (value) => redactor.add(value) },
        setupHint: cliSetupHint,
        ...(checkpoint ? { checkpoint: checkpoint.options } : {}),
      });
    } catch (err) {
      if (isInputError(err)) {
        io.err(`wflo: ${err.message}\n`);
        return EXIT_INVALID;
      }
      throw err;
    }
    costMicros = result.costMicros;
    if (reportTarget !== undefined) {
      try {
        // Checked again: a step may have planted a link there since the preflight.
        await writeFileAtomic(reportTarget, serializeReport(buildReport(result)), 'the report', {
          checkout: io.cwd,
        });
      } catch (err) {
        // The run's own outcome stays the exit code: the report is about it, not part of it.
        if (!(err instanceof FileWriteError)) throw err;
        io.err(`wflo: ${err.message}\n`);
      }
    }
    const took = formatDuration(Date.parse(result.finishedAt) - Date.parse(result.startedAt));
    const why = result.status !== 'succeeded' && result.reason ? ` — ${result.reason}` : '';
    toOut(
      `wflo: ${result.workflow.name} ${result.status.replaceAll('_', ' ')} in ${took}, ${spendLine(result)}${why}\n`,
    );
    const over = overageLine(result);
    if (over) io.err(`wflo: warning: ${over}\n`);
    for (const line of poolLines(result)) io.err(`wflo: ${line}\n`);
    if (result.status === 'waiting_approval' && checkpoint === undefined) {
      toErr('wflo: give both runs --state DIR so the steps that finished are not run again\n');
    }
    return exitCodeOf(result.status);
  } finally {
    const unsettled = await settlePoolHold(pools, costMicros);
    if (unsettled) io.err(`wflo: warning: ${unsettled}\n`);
    stopListening();
    await rm(tempDir, { recursive: true, force: true });
  }
}
