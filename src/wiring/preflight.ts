// Pre-flight (issue #14, DESIGN.md §7): what the run's steps need of wflo's environment is
// checked before the first step, so a missing key, an unreachable Docker engine or a gate
// nobody can answer is said at once, and nothing runs or pays first. The kinds are read
// through their traits (a model → a key, containers → a Docker engine that answers, a gate →
// a place to ask), never by name.
import { messageOf } from '../common/errors.js';
import type { EnvironmentService, StepKindRegistry } from '../engine/types.js';
import type { Services } from '../engine/services.js';
import type { StepSpec, Workflow } from '../workflow/model.js';

/** How long the Docker engine gets to answer the pre-flight ping. */
export const PREFLIGHT_PING_MS = 5_000;

export interface PreflightSettings {
  workflow: Workflow;
  registry: StepKindRegistry;
  services: Services;
  /**
   * Why a gate cannot ask anyone in this job (the action on an event without a pull request,
   * or without a token), as a clause after "it cannot be answered here: "; absent when it can.
   */
  gateUnavailable?: string;
  /** How to fix each part of the environment on this edge (the run's reason ends with it too). */
  setupHint(service: EnvironmentService): string;
  signal?: AbortSignal;
  pingMs?: number;
}

export interface PreflightProblem {
  service: EnvironmentService;
  /** One sentence naming the step(s), where they are, the cause and the fix. */
  message: string;
}

/**
 * The problems that would fail the run later, one sentence each; none means go. A step with
 * an `if` is left out: it may be skipped, and refusing a run that would have passed is worse
 * than finding the problem when the step is reached (it then fails as it always did).
 */
export async function preflight(settings: PreflightSettings): Promise<PreflightProblem[]> {
  const { workflow, registry, services } = settings;
  const certain = workflow.steps.filter((s) => s.if === undefined);
  const problems: PreflightProblem[] = [];
  const hint = (service: EnvironmentService) => settings.setupHint(service);

  const modelSteps = certain.filter((s) => registry.get(s.kind)?.spendsMoney === true);
  if (modelSteps.length > 0 && services.llm === undefined) {
    problems.push({
      service: 'model_api',
      message: `${stepsPhrase(workflow, modelSteps)} ${verb(modelSteps, 'calls', 'call')} a model, and no API key is set; ${hint('model_api')}.`,
    });
  }

  const containerSteps = certain.filter((s) => registry.get(s.kind)?.usesContainers === true);
  if (containerSteps.length > 0) {
    const why = await dockerProblem(
      services,
      settings.pingMs ?? PREFLIGHT_PING_MS,
      settings.signal,
    );
    if (why !== undefined) {
      problems.push({
        service: 'docker',
        message: `${stepsPhrase(workflow, containerSteps)} ${verb(containerSteps, 'starts', 'start')} containers, but ${why}; ${hint('docker')}.`,
      });
    }
  }

  if (settings.gateUnavailable !== undefined || services.approvals === undefined) {
    const gates = certain.filter((s) => {
      const kind = registry.get(s.kind);
      return kind?.gatesChanges === true && kind.decidedByPolicy?.(s) !== true;
    });
    if (gates.length > 0) {
      const why = settings.gateUnavailable ?? 'there is no way to ask anyone for a decision';
      problems.push({
        service: 'github',
        message: `${stepsPhrase(workflow, gates, 'approval step')} cannot be answered here: ${why}; ${hint('github')}.`,
      });
    }
  }
  return problems;
}

/** Undefined when the engine answers a ping in time, else why not (a clause). */
async function dockerProblem(
  services: Services,
  pingMs: number,
  signal: AbortSignal | undefined,
): Promise<string | undefined> {
  const runtime = services.containers;
  const where = services.hostEnv.DOCKER_HOST || 'the local socket';
  if (runtime === undefined) return 'no Docker engine is set up';
  if (runtime.ping === undefined) return undefined;
  const deadline = AbortSignal.timeout(pingMs);
  try {
    await runtime.ping(signal ? AbortSignal.any([signal, deadline]) : deadline);
    return undefined;
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (deadline.aborted)
      return `the Docker engine at ${where} did not answer a ping within ${pingMs / 1000} s`;
    return messageOf(error).replace(/[.;]? is the daemon stalled\?$/, '');
  }
}

/** `step 'a' (wf.yml:4:5)` or `steps 'a' (wf.yml:4:5) and 'b' (wf.yml:9:5)`. */
function stepsPhrase(workflow: Workflow, steps: StepSpec[], noun = 'step'): string {
  const named = steps.map((s) => {
    const at = workflow.positionOf(s.pointer);
    return `'${s.id}' (${at.file}:${at.start.line}:${at.start.col})`;
  });
  const list =
    named.length === 1
      ? (named[0] ?? '')
      : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1] ?? ''}`;
  return `${capitalised(noun)}${steps.length === 1 ? '' : 's'} ${list}`;
}

function verb(steps: StepSpec[], one: string, many: string): string {
  return steps.length === 1 ? one : many;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
