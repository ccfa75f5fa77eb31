import path from 'node:path';
import { createRedactor, hostSecrets } from '../common/secrets.js';
import type { EnvironmentService } from '../engine/types.js';
import type { JsonValue } from '../workflow/model.js';
import { formatDuration } from '../report/format.js';
import { buildReport, EXIT_INVALID, exitCodeOf, serializeReport } from '../report/report.js';
import { publisherFor } from '../report/publish.js';
import { overageLine, spendLine } from '../report/summary.js';
import type { Engine } from '../wiring/engine.js';
import { newRunId } from '../wiring/run-id.js';
import { cliPools, poolLines } from './pools.js';
import { FileWriteError, preflightWrite, writeFileAtomic } from '../common/files.js';
import { runPrepared, type BeforeFirstStep } from '../wiring/prepare-run.js';
import { parseUsdToMicros } from '../wiring/usd.js';
import { parseCommandArgs } from './args.js';
import type { CliIo } from './io.js';
import { loadOrReport } from './load.js';
import { LocalApprovalGateway } from './local-approvals.js';
import { checkGateFlags } from './gate-flags.js';
import { LATE_WORK_MS, lateWorkEnded } from '../sandbox/return-on-cancel.js';
import { progressObserver } from './progress.js';
import { UsageError } from './usage-error.js';
import { checkpointFor, type CliCheckpoint } from './state.js';
import { outputsText } from './outputs.js';
import { CheckpointError } from '../checkpoint/checkpoint.js';

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
  /** `--json`: the report is all stdout gets; the status line goes to stderr. */
  json: boolean;
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
    json: { type: 'boolean' },
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
    json: values.json === true,
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
  checkGateFlags(workflow, engine.registry(), flags);
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
  const reportTarget = flags.report === undefined ? undefined : path.resolve(io.cwd, flags.report);
  const outcome = await runPrepared({
    engine,
    workflow,
    inputs: flags.inputs,
    workspace: io.cwd,
    runId: newRunId(),
    removeScratch: true,
    serviceSettings: { env: io.env },
    approvals: new LocalApprovalGateway({
      approve: flags.approve,
      reject: flags.reject,
      print: toErr,
      ...(io.terminal ?? {}),
    }),
    ...(flags.budgetMicros === undefined ? {} : { budgetMicros: flags.budgetMicros }),
    // Every file the run will write is checked before its first step spends anything.
    beforeFirstStep: [
      writable(reportTarget, 'the report', io.cwd),
      writable(checkpoint?.options.store.where, 'the checkpoint', io.cwd),
    ],
    listen: (run) =>
      io.onInterrupt((signal) => {
        if (run.cancelled) {
          io.err(`wflo: ${signal} again, exiting without waiting for steps to stop\n`);
          io.forceExit(130);
          return;
        }
        io.err(`wflo: ${signal} received, stopping running steps (again to exit at once)\n`);
        run.cancel(`the run was cancelled by ${signal}`);
      }),
    warn: (message) => io.err(`wflo: warning: ${message}\n`),
    observer: { ...progressObserver(toErr), secret: (value) => redactor.add(value) },
    setupHint: cliSetupHint,
    ...(checkpoint ? { checkpoint: checkpoint.options } : {}),
    pools: cliPools(flags.budgetStore, io, checkpoint),
  });
  if (outcome.kind === 'refused') {
    for (const line of outcome.message.split('\n')) toErr(`wflo: ${line}\n`);
    if (outcome.exitCode !== undefined) return outcome.exitCode;
    // What the environment lacks exits as the same outage would during the run.
    return outcome.why === 'environment' ? exitCodeOf('failed') : EXIT_INVALID;
  }
  const result = outcome.result;
  if (reportTarget !== undefined) {
    try {
      // Checked again: a step may have planted a link there since the preflight.
      const publish = publisherFor(result, redactor.values());
      await writeFileAtomic(
        reportTarget,
        publish(serializeReport(buildReport(result))),
        'the report',
        {
          checkout: io.cwd,
        },
      );
    } catch (err) {
      // The run's own outcome stays the exit code: the report is about it, not part of it.
      if (!(err instanceof FileWriteError)) throw err;
      io.err(`wflo: ${err.message}\n`);
    }
  }
  const took = formatDuration(Date.parse(result.finishedAt) - Date.parse(result.startedAt));
  const why = result.status !== 'succeeded' && result.reason ? ` — ${result.reason}` : '';
  const status = `wflo: ${result.workflow.name} ${result.status.replaceAll('_', ' ')} in ${took}, ${spendLine(result)}${why}\n`;
  if (flags.json) {
    toErr(status);
    toOut(serializeReport(buildReport(result)));
  } else {
    toOut(status);
    toOut(outputsText(result.outputs));
  }
  const over = overageLine(result);
  if (over) io.err(`wflo: warning: ${over}\n`);
  for (const line of poolLines(result)) io.err(`wflo: ${line}\n`);
  if (result.status === 'waiting_approval' && checkpoint === undefined) {
    toErr('wflo: give both runs --state DIR so the steps that finished are not run again\n');
  }
  // A cancel returned at once; what it left removing (a container, volumes) ends before the exit.
  await lateWorkEnded(LATE_WORK_MS);
  return exitCodeOf(result.status);
}

/** A check before the first step: the file at `target` (if any) can be written there. */
function writable(target: string | undefined, what: string, checkout: string): BeforeFirstStep {
  return async () => {
    if (target === undefined) return undefined;
    try {
      await preflightWrite(target, what, { checkout });
      return undefined;
    } catch (err) {
      if (!(err instanceof FileWriteError)) throw err;
      return err.message;
    }
  };
}
