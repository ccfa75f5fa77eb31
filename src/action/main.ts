// The action's main phase: inputs → workflow → engine → outputs, report, summary.
// It translates between the runner and the engine and decides nothing of its own.
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import {
  startsContainers,
  type EnvironmentService,
  type RunResult,
  type StepKindRegistry,
} from '../engine/types.js';
import { formatDiagnostic, WorkflowError } from '../workflow/errors.js';
import type { JsonValue, Workflow } from '../workflow/model.js';
import type { ApprovalGateway } from '../approval/gateway.js';
import { escapeInline } from '../common/markdown.js';
import { planOf, renderPlanMarkdown, renderPlanText } from '../report/plan.js';
import { buildReport, serializeReport, usdOf } from '../report/report.js';
import { overageLine, renderSummary } from '../report/summary.js';
import { publisherFor } from '../report/publish.js';
import { ioReason, writeFileAtomic } from '../common/files.js';
import { engine as realEngine, type Engine } from '../wiring/engine.js';
import { gateUnavailableReason, githubApprovalsFrom } from '../wiring/github-approvals.js';
import { LATE_WORK_MS, lateWorkEnded } from '../sandbox/return-on-cancel.js';
import { pullNumberOf } from '../github/event.js';
import { githubContextFrom } from '../wiring/github-context.js';
import { newRunId } from '../wiring/run-id.js';
import { runPrepared, type PreparedOutcome } from '../wiring/prepare-run.js';
import { untrustedRefusal } from '../wiring/untrusted.js';
import { onInterruptSignals } from '../wiring/signals.js';
import { ActionInputError, readInputs, type ActionInputs } from './inputs.js';
import { upsertSummaryComment } from './pr-comment.js';
import {
  checkoutCommit,
  prepareActionResume,
  type ActionResume,
} from '../checkpoint/action-resume.js';
import { prepareRerun, withRerun } from '../checkpoint/rerun.js';
import type { CheckpointOptions } from '../checkpoint/session.js';
import { STATE } from './state.js';
import { annotateWarnings } from './warnings.js';
import { actionPools, savePoolState } from './pools.js';
import { groupedStepLogs } from './step-logs.js';
import { longGateWarnings } from './wait-limit.js';
import { messageOf } from '../common/errors.js';

export async function runMain(engine: Engine = realEngine): Promise<void> {
  saveStateOrWarn(STATE.isPost, 'true');
  try {
    const inputs = readInputs((name) => core.getInput(name));
    for (const secret of [inputs.openaiApiKey, inputs.githubToken])
      if (secret) core.setSecret(secret);
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    // Relative paths in annotations are relative to the repository root, which is the workspace.
    if (path.resolve(workspace) !== process.cwd()) process.chdir(workspace);

    const workflow = await loadWithAnnotations(engine, inputs.workflow);
    if (!workflow) return;
    annotateWarnings(workflow);
    if (inputs.dryRun) {
      await dryRun(workflow, inputs, engine.registry());
      return;
    }
    await runAndReport(engine, workflow, inputs, workspace);
  } catch (err) {
    if (err instanceof ActionInputError) {
      core.setFailed(messageOf(err));
      return;
    }
    core.debug(err instanceof Error ? (err.stack ?? err.message) : String(err));
    core.setFailed(`wflo stopped on an internal error: ${messageOf(err)}`);
  }
}

/** The `pr-comment` input: the summary as one sticky comment on the job's pull request. */
async function maybeCommentOnPr(
  inputs: ActionInputs,
  workflow: Workflow,
  result: RunResult,
  summary: string,
): Promise<void> {
  const wanted =
    inputs.prComment === 'always' ||
    (inputs.prComment === 'on-failure' && result.status !== 'succeeded');
  if (!wanted) return;
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  const pullNumber = pullNumberOf(githubContextFrom(process.env).event);
  if (!inputs.githubToken || !owner || !repo || pullNumber === undefined) {
    core.info(
      'wflo: pr-comment is set, but this job has no pull request (or no token) to comment on.',
    );
    return;
  }
  try {
    const url = await upsertSummaryComment(
      {
        token: inputs.githubToken,
        apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
        owner,
        repo,
        pullNumber,
        workflowFile: workflow.file,
      },
      summary,
    );
    core.info(`wflo: summary posted on the pull request: ${url}`);
  } catch (err) {
    core.warning(
      `wflo could not comment on pull request #${pullNumber} (it needs 'pull-requests: write'): ${messageOf(err)}`,
    );
  }
}

/** Each validation problem becomes an annotation on its line of the workflow file. */
async function loadWithAnnotations(engine: Engine, file: string): Promise<Workflow | undefined> {
  try {
    return await engine.load(file, { registry: engine.registry() });
  } catch (err) {
    if (err instanceof WorkflowError) {
      for (const d of err.diagnostics) {
        core.error(d.message, {
          title: 'wflo: invalid workflow',
          file: d.file,
          startLine: d.line,
          startColumn: d.col,
        });
      }
      const n = err.diagnostics.length;
      const list = err.diagnostics.map((d) => `- ${escapeInline(formatDiagnostic(d))}`);
      try {
        await core.summary
          .addRaw(
            [`## ❌ wflo: ${escapeInline(file)} is not a valid workflow`, '', ...list, ''].join(
              '\n',
            ),
          )
          .write();
      } catch (summaryErr) {
        core.warning(`wflo could not write the job summary: ${messageOf(summaryErr)}`);
      }
      core.setFailed(
        `The workflow file ${file} has ${n} ${n === 1 ? 'error' : 'errors'}; see the annotations on it.`,
      );
      return undefined;
    }
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT' || code === 'EISDIR') {
      core.setFailed(
        `Input 'workflow' names ${file}, which is not a file in the workspace (${code}).`,
      );
      return undefined;
    }
    throw err;
  }
}

async function dryRun(
  workflow: Workflow,
  inputs: ActionInputs,
  registry: StepKindRegistry,
): Promise<void> {
  const plan = await planOf(workflow, registry);
  core.info(renderPlanText(plan));
  if (inputs.budgetMicros !== undefined)
    core.setOutput('budget-usd', String(usdOf(inputs.budgetMicros)));
  try {
    await core.summary.addRaw(renderPlanMarkdown(plan)).write();
  } catch (err) {
    core.warning(`wflo could not write the job summary: ${messageOf(err)}`);
  }
}

async function runAndReport(
  engine: Engine,
  workflow: Workflow,
  inputs: ActionInputs,
  workspace: string,
): Promise<void> {
  const github = githubContextFrom(process.env);
  const start = await whereToStart(engine, workflow, inputs, workspace, github);
  if (start === undefined) return;
  const { checkpoint } = start;
  // A continued run keeps its id: its gate comment and container labels are keyed on it.
  const runId = checkpoint?.resumeFrom?.runId ?? newRunId();
  const runnerTemp = process.env.RUNNER_TEMP || tmpdir();
  saveStateOrWarn(STATE.runId, runId);
  saveStateOrWarn(STATE.usesContainers, String(startsContainers(workflow, engine.registry())));
  const inputSecrets = [inputs.openaiApiKey, inputs.githubToken].filter((s): s is string =>
    Boolean(s),
  );
  const outcome = await runInJob(engine, workflow, inputs, workspace, {
    github,
    runId,
    runnerTemp,
    inputSecrets,
    checkpoint,
  });
  if (outcome.kind === 'refused' && outcome.why === 'environment') {
    await refusedBeforeStart(workflow, outcome.message.split('\n'));
    return;
  }
  if (outcome.kind === 'refused') {
    core.setFailed(
      outcome.why === 'inputs'
        ? `Input 'inputs' does not fit the workflow: ${outcome.message}`
        : `wflo: ${outcome.message}`,
    );
    return;
  }
  await publishResult(outcome.result, workflow, inputs, { runId, runnerTemp, inputSecrets });
  // A cancel returned at once; what it left removing ends before the phase does (the post
  // phase sweeps what a stalled engine kept).
  await lateWorkEnded(LATE_WORK_MS);
}

/**
 * Where the run starts: fresh, from a gate's answer (`approval-mode: resume`) or from the
 * previous attempt of a re-run; undefined when the job ends here (said in the log).
 */
async function whereToStart(
  engine: Engine,
  workflow: Workflow,
  inputs: ActionInputs,
  workspace: string,
  github: ReturnType<typeof githubContextFrom>,
): Promise<{ checkpoint: CheckpointOptions | undefined } | undefined> {
  if (inputs.approvalMode === 'wait') {
    for (const w of longGateWarnings(workflow, engine.registry())) {
      core.warning(w.message, {
        title: 'wflo: a gate may outlast the job',
        file: w.at.file,
        startLine: w.at.start.line,
        startColumn: w.at.start.col,
      });
    }
  }
  let decided: ActionResume | undefined;
  if (inputs.approvalMode === 'resume') {
    // Decided before anything starts: a comment that cannot answer a gate ends the job here.
    decided = await prepareActionResume({
      env: process.env,
      eventName: process.env.GITHUB_EVENT_NAME,
      ...(github.event === undefined ? {} : { event: github.event }),
      ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
      workflow,
      inputs: inputs.inputs,
      workspace,
    });
  }
  // A re-run of the job continues from its previous attempt, whatever the event (docs/resume.md).
  const rerun = await prepareRerun({
    env: process.env,
    ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
    workflowFile: workflow.file,
    inputs: inputs.inputs,
  });
  if (rerun?.warning) core.warning(rerun.warning);
  const resume = withRerun(decided, rerun, checkoutCommit(workspace, process.env));
  if (resume.kind === 'skip') {
    core.info(resume.message);
    return undefined;
  }
  if (resume.kind === 'refuse') {
    core.setFailed(resume.message);
    return undefined;
  }
  if (resume.message) core.info(resume.message);
  return { checkpoint: resume.checkpoint };
}

interface JobRun {
  github: ReturnType<typeof githubContextFrom>;
  runId: string;
  runnerTemp: string;
  /** The key inputs: registered with the runner already, and redacted from what is published. */
  inputSecrets: string[];
  checkpoint: CheckpointOptions | undefined;
}

/** The shared run preparation with the action's parts: gates on the PR, state for post, signals. */
async function runInJob(
  engine: Engine,
  workflow: Workflow,
  inputs: ActionInputs,
  workspace: string,
  job: JobRun,
): Promise<PreparedOutcome> {
  const { github, runId, runnerTemp, inputSecrets, checkpoint } = job;
  const registry = engine.registry();
  const approvals = githubApprovalsFrom({
    env: process.env,
    ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
    approvalMode: inputs.approvalMode,
    ...(github.event === undefined ? {} : { event: github.event }),
    workflowFile: workflow.file,
    log: (line) => core.info(line),
  });
  const logs = groupedStepLogs(core);
  try {
    return await runPrepared({
      engine,
      workflow,
      inputs: inputs.inputs,
      workspace,
      runId,
      scratchBase: runnerTemp,
      scratchBaseName: 'RUNNER_TEMP',
      // The post phase removes the scratch directory, after a cancel too.
      onScratch: (dir) => saveStateOrWarn(STATE.tempDir, dir),
      removeScratch: false,
      serviceSettings: {
        env: process.env,
        ...(inputs.openaiApiKey ? { openaiApiKey: inputs.openaiApiKey } : {}),
        ...(inputs.openaiBaseUrl ? { openaiBaseUrl: inputs.openaiBaseUrl } : {}),
        ...(inputs.githubToken ? { githubToken: inputs.githubToken } : {}),
      },
      ...(approvals ? { approvals } : {}),
      ...gateOptions(approvals, github.event),
      ...(inputs.budgetMicros === undefined ? {} : { budgetMicros: inputs.budgetMicros }),
      github,
      // A fork's or a reader's event reaches no step with secrets or power ungated (DESIGN.md §9).
      beforeFirstStep: [
        () =>
          untrustedRefusal({
            workflow,
            registry,
            env: process.env,
            event: github.event,
            ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
            allowUntrusted: inputs.allowUntrusted,
          }),
      ],
      listen: (run) =>
        onInterruptSignals((signal) => {
          if (run.cancelled) return;
          core.info(`wflo: ${signal} received, stopping running steps`);
          run.cancel(`the run was cancelled (${signal})`);
        }),
      warn: (message) => core.warning(message),
      // Every secret the run learns of is masked by the runner too, wherever it prints; once
      // each (the key inputs were registered before anything was logged).
      observer: {
        ...logs,
        secret: (value) => {
          if (inputSecrets.includes(value)) return;
          core.setSecret(value);
        },
      },
      secrets: inputSecrets,
      setupHint: actionSetupHint,
      ...(checkpoint ? { checkpoint } : {}),
      pools: actionPools(inputs, workspace, checkpoint),
      onPoolHold: (escrow) => savePoolState(escrow, saveStateOrWarn),
      onPoolSettled: () => saveStateOrWarn(STATE.poolSettled, 'true'),
    });
  } finally {
    logs.flushAll();
  }
}

/** The run's outputs, report file, job summary, PR comment and the job's result. */
async function publishResult(
  result: RunResult,
  workflow: Workflow,
  inputs: ActionInputs,
  job: Pick<JobRun, 'runId' | 'runnerTemp' | 'inputSecrets'>,
): Promise<void> {
  const { runId, runnerTemp, inputSecrets } = job;
  const publish = publisherFor(result, inputSecrets);
  // A full RUNNER_TEMP (where the runner keeps the output, summary and state files too) costs
  // what cannot be written, each with a warning saying why; the run's outcome still decides.
  const outputsSet = [
    setOutputOrWarn('status', result.status),
    setOutputOrWarn('cost-usd', String(usdOf(result.costMicros))),
    setOutputOrWarn(
      'budget-usd',
      result.budgetMicros === undefined ? '' : String(usdOf(result.budgetMicros)),
    ),
    setOutputOrWarn('outputs', publish(JSON.stringify(result.outputs))),
  ].every(Boolean);
  let reportFile: string | undefined = path.join(runnerTemp, `wflo-report-${runId}.json`);
  try {
    await writeFileAtomic(reportFile, publish(serializeReport(buildReport(result))), 'the report');
    setOutputOrWarn('report-file', reportFile);
  } catch (err) {
    core.warning(`wflo ${messageOf(err)}; the report-file output is empty`);
    reportFile = undefined;
  }
  const over = overageLine(result);
  if (over) core.warning(`wflo: ${over}`);

  const secrets = inputSecrets;
  try {
    await core.summary
      .addRaw(
        publish(
          renderSummary(result, {
            secrets,
            showOutputs: inputs.showOutputs,
            ...(reportFile ? { reportFile } : {}),
          }),
        ),
      )
      .write();
  } catch (err) {
    core.warning(`wflo could not write the job summary: ${ioReason(err)}`);
  }
  if (!outputsSet)
    core.info(`wflo: the run ended ${result.status}; this log and the job's result say so.`);

  await maybeCommentOnPr(inputs, workflow, result, publish(renderSummary(result, { secrets })));

  if (result.status !== 'succeeded') {
    core.setFailed(
      publish(`wflo: ${result.reason ?? `the run ended ${result.status.replaceAll('_', ' ')}.`}`),
    );
  } else {
    core.info(`wflo: ${workflow.name} succeeded`);
  }
}

/** The pre-flight's gate check: why a gate cannot ask anyone in this job, if it cannot. */
function gateOptions(
  approvals: ApprovalGateway | undefined,
  event: JsonValue | undefined,
): { gateUnavailable?: string } {
  const why = gateUnavailableReason(approvals, event, process.env);
  return why === undefined ? {} : { gateUnavailable: why };
}

/** The pre-flight refused: one sentence per problem, in the log and the summary; nothing ran. */
async function refusedBeforeStart(workflow: Workflow, problems: string[]): Promise<void> {
  const list = problems.map((p) => `- ${escapeInline(p)}`);
  try {
    await core.summary
      .addRaw(
        [`## ❌ wflo: ${escapeInline(workflow.name)} did not start`, '', ...list, ''].join('\n'),
      )
      .write();
  } catch (err) {
    core.warning(`wflo could not write the job summary: ${ioReason(err)}`);
  }
  setOutputOrWarn('status', 'failed');
  core.setFailed(problems.map((p) => `wflo: ${p}`).join('\n'));
}

/** A state value for the post phase; a full disk costs a warning, not the run. */
function saveStateOrWarn(name: string, value: string): void {
  try {
    core.saveState(name, value);
  } catch (err) {
    core.warning(
      `wflo could not save '${name}' for its post phase (${ioReason(err)}); the post phase may not clean up`,
    );
  }
}

function setOutputOrWarn(name: string, value: string): boolean {
  try {
    core.setOutput(name, value);
    return true;
  } catch (err) {
    core.warning(`wflo could not set the output '${name}': ${ioReason(err)}`);
    return false;
  }
}

/** How to fix a failed part of the environment on a runner (the run's reason ends with it). */
export function actionSetupHint(service: EnvironmentService): string {
  switch (service) {
    case 'docker':
      return 'run the job on a runner with Docker (ubuntu-latest has it) or set DOCKER_HOST, and check the image exists';
    case 'model_api':
      return 'set the openai-api-key input (and openai-base-url for another server) and check the server answers';
    case 'github':
      return "run the workflow on pull_request events and give github-token the permissions 'pull-requests: write' and 'issues: write'";
    case 'runner':
      return 'install bash on the runner (or use shell: sh)';
  }
}
