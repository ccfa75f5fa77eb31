// One StepContext for tests and benches that call a kind's run() directly, as the scheduler
// would build it for the first attempt: a silent log, a fresh ledger, the system clock.
import { createLedger, type BudgetLedger } from '../../src/cost/ledger.js';
import { systemClock } from '../../src/engine/clock.js';
import type { Clock } from '../../src/common/clock.js';
import type { Services } from '../../src/engine/services.js';
import type { StepContext } from '../../src/engine/types.js';
import type { StepLogger } from '../../src/common/step-logger.js';
import type { ApprovalGateway } from '../../src/approval/gateway.js';
import type { LlmClient } from '../../src/llm/client.js';
import { createOpenAiClient } from '../../src/llm/openai-client.js';
import type { ContainerRuntime } from '../../src/sandbox/runtime.js';
import type { JsonObject, ModelPrice, Workflow } from '../../src/workflow/model.js';
import { makeWorkflow } from './engine-fixtures.js';
import { FAKE_API_KEY } from './fake-openai.js';

/** A local OpenAI-compatible server (a FakeOpenAi will do) and how the real client talks to it. */
export interface LocalOpenAi {
  baseURL: string;
  /** Default 2, the SDK's. */
  maxRetries?: number;
  /** Per attempt; default 5 s. */
  timeoutMs?: number;
}

export interface StepContextOptions {
  /** The step's rendered config; also the spec's config when the workflow is built here. */
  config: JsonObject;
  /** Default `step`. */
  id?: string;
  /** Default `llm`. */
  kind?: string;
  /** The run's workflow; the step is the one with `id`. Default: a workflow of this step alone. */
  workflow?: Workflow;
  /** Prices of the built workflow's private models. */
  models?: Record<string, ModelPrice>;
  /** Default `run-1`. */
  runId?: string;
  /** Default `/tmp`. */
  workspace?: string;
  /** Default `/tmp`. */
  tempDir?: string;
  /** Default: a ledger with no budget. */
  ledger?: BudgetLedger;
  /** A client, or the local server for a real openai client; absent means no LLM is configured. */
  llm?: LlmClient | LocalOpenAi;
  /** The step's and the services' clock; default the system clock. */
  clock?: Clock;
  /** Default: one that never aborts. */
  signal?: AbortSignal;
  deadline?: number;
  /** Methods not given do nothing. */
  log?: Partial<StepLogger>;
  /** Default `{}`. */
  hostEnv?: Record<string, string | undefined>;
  containers?: ContainerRuntime;
  approvals?: ApprovalGateway;
}

const ignore = () => undefined;

/** The context of a step's first attempt, with only what `options` names set beyond the defaults. */
export function stepContext(options: StepContextOptions): StepContext {
  const id = options.id ?? 'step';
  const clock = options.clock ?? systemClock;
  const workflow =
    options.workflow ??
    makeWorkflow([{ id, kind: options.kind ?? 'llm', config: options.config }], {
      models: options.models ?? {},
    });
  const step = workflow.steps.find((s) => s.id === id);
  if (!step) throw new Error(`the workflow has no step '${id}'`);
  const services: Services = { clock, hostEnv: options.hostEnv ?? {} };
  if (options.llm) services.llm = clientOf(options.llm);
  if (options.containers) services.containers = options.containers;
  if (options.approvals) services.approvals = options.approvals;
  return {
    run: {
      id: options.runId ?? 'run-1',
      workflow,
      workspace: options.workspace ?? '/tmp',
      tempDir: options.tempDir ?? '/tmp',
    },
    step,
    config: options.config,
    attempt: 1,
    signal: options.signal ?? new AbortController().signal,
    ...(options.deadline === undefined ? {} : { deadline: options.deadline }),
    clock,
    log: {
      info: ignore,
      warn: ignore,
      error: ignore,
      mask: ignore,
      redact: (text: string) => text,
      ...options.log,
    },
    services,
    ledger: options.ledger ?? createLedger(),
  };
}

function clientOf(llm: LlmClient | LocalOpenAi): LlmClient {
  if ('chat' in llm) return llm;
  return createOpenAiClient({
    apiKey: FAKE_API_KEY,
    baseURL: llm.baseURL,
    maxRetries: llm.maxRetries ?? 2,
    timeoutMs: llm.timeoutMs ?? 5_000,
  });
}
