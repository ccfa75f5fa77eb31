// The `agent` kind: a tool-calling model working in one hardened container kept for the
// step, every turn reserved against the budget (src/agent/loop.ts). Whatever stops it,
// the step reports its transcript, last message, cost and changes; the changes of a
// `workspace: copy` container reach the checkout only if the step succeeds.
import { AgentDiskError, openAgentContainer, type AgentContainer } from '../agent/container.js';
import type { AgentResult, StopReason } from '../agent/loop.js';
import {
  TOOL_NAMES,
  WORKSPACE,
  isToolName,
  runTool,
  toolDefinitions,
  type ToolName,
} from '../agent/tools.js';
import { transcriptOutput } from '../agent/transcript.js';
import { mcpProblems, McpServerError, parseMcp, type McpServerSpec } from '../agent/mcp-config.js';
import type { McpTools } from '../agent/mcp.js';
import { microsToUsd } from '../common/money.js';
import { contextWindow } from '../cost/context-window.js';
import type { KindConfigCheck, StepReach } from '../workflow/kinds.js';
import { containerReach } from './reach.js';
import { checkContainerSettings, checkProtectedPathsAllowed } from '../workflow/validate-steps.js';
import { noPriceMessage, priceOf, type Price } from '../cost/prices.js';
import type { StepWorstCase } from '../cost/step-estimate.js';
import {
  EnvironmentError,
  StepTimeoutError,
  type StepContext,
  type StepKind,
  type StepOutcome,
} from '../engine/types.js';
import {
  parseSandboxConfig,
  parseDuration,
  SandboxConfigError,
  type SandboxConfig,
} from '../sandbox/config.js';
import { changeRulesOf } from './change-rules.js';
import { ContainerRuntimeError, type ContainerRuntime } from '../sandbox/runtime.js';
import {
  ChangeRejectedError,
  changesOutput,
  encodeChangeSet,
  type ChangeSet,
} from '../checkout/change-set.js';
import { readChanges, type Snapshot } from '../sandbox/workspace.js';
import { readBack } from '../sandbox/read-back.js';
import type { JsonObject, StepSpec, Workflow } from '../workflow/model.js';
import { diagnosticAt, type Diagnostic } from '../workflow/errors.js';
import { configPointer } from '../workflow/config-source.js';
import { isObject } from '../workflow/where.js';
import type { LlmClient } from '../llm/client.js';
import { schemaName, show } from '../llm/step-config.js';
import { structuredOutput, type StructuredOutput } from '../llm/structured-output.js';
import { outputSchemaDiagnostics } from './output-schema.js';
import { messageOf } from '../common/errors.js';
import { returnOnCancel } from '../sandbox/return-on-cancel.js';
import { cancelOf } from './cancel-of.js';

export interface AgentKindOptions {
  /** The model's context window; by default the published one for its family. */
  contextTokens?: number;
  /** The most bytes of one tool result fed back to the model. */
  toolOutputCapBytes?: number;
  /** How much of each reply and tool result the transcript keeps. */
  transcriptCapChars?: number;
}

export const AGENT_DEFAULTS = {
  maxTurns: 20,
  maxTokens: 4096,
  commandTimeout: '2m',
  toolOutputCapBytes: 16 * 1024,
  transcriptCapChars: 2000,
};

interface AgentConfig {
  model: string;
  system?: string;
  task: string;
  maxTurns: number;
  maxTokens: number;
  tools: ToolName[];
  sandbox: JsonObject;
  commandTimeoutMs: number;
  outputSchema?: JsonObject;
  mcp: McpServerSpec[];
}

type Parsed = { ok: true; config: AgentConfig } | { ok: false; error: string };

function parseAgentConfig(config: JsonObject): Parsed {
  const fail = (error: string): Parsed => ({ ok: false, error });
  const { model, system, task, max_turns, max_tokens, tools, sandbox, command_timeout } = config;
  if (typeof model !== 'string' || model.trim() === '')
    return fail(`agent.model must name a model, got ${show(model)}`);
  if (system !== undefined && typeof system !== 'string')
    return fail(`agent.system must be a string, got ${show(system)}`);
  if (typeof task !== 'string' || task.trim() === '')
    return fail(`agent.task must be a non-empty string, got ${show(task)}`);
  const turns = max_turns ?? AGENT_DEFAULTS.maxTurns;
  if (typeof turns !== 'number' || !Number.isSafeInteger(turns) || turns < 1)
    return fail(`agent.max_turns must be a whole number above 0, got ${show(max_turns)}`);
  const tokens = max_tokens ?? AGENT_DEFAULTS.maxTokens;
  if (typeof tokens !== 'number' || !Number.isSafeInteger(tokens) || tokens < 1)
    return fail(`agent.max_tokens must be a whole number above 0, got ${show(max_tokens)}`);
  const names = tools ?? [...TOOL_NAMES];
  if (!Array.isArray(names) || names.some((n) => typeof n !== 'string' || !isToolName(n)))
    return fail(`agent.tools must list some of ${TOOL_NAMES.join(', ')}, got ${show(tools)}`);
  if (!isObject(sandbox))
    return fail('agent.sandbox is required: the container the tools run in (at least its image)');
  let commandTimeoutMs: number;
  try {
    commandTimeoutMs = parseDuration(
      command_timeout ?? AGENT_DEFAULTS.commandTimeout,
      'agent.command_timeout',
    );
  } catch (error) {
    return fail(messageOf(error));
  }
  const schema = config.output_schema;
  if (schema !== undefined && !isObject(schema))
    return fail(`agent.output_schema must be a JSON Schema object, got ${show(schema)}`);
  const mcp = parseMcp(config.mcp);
  if (!mcp.ok) return fail(mcp.error);
  return {
    ok: true,
    config: {
      model: model.trim(),
      ...(typeof system === 'string' ? { system } : {}),
      task,
      maxTurns: turns,
      maxTokens: tokens,
      tools: names.filter((n): n is ToolName => typeof n === 'string' && isToolName(n)),
      sandbox,
      commandTimeoutMs,
      ...(isObject(schema) ? { outputSchema: schema } : {}),
      mcp: mcp.servers,
    },
  };
}

/** The sandbox fields as the sandbox kind reads them; the workspace is a copy unless told. */
function sandboxFields(sandbox: JsonObject): JsonObject {
  return { workspace: 'copy', ...sandbox, run: 'true' };
}

const STATUS: Record<StopReason, StepOutcome['status']> = {
  finished: 'succeeded',
  max_turns: 'failed',
  budget_exceeded: 'budget_exceeded',
  // A timeout is a failure of the step's own work (DESIGN.md §2), with outputs.timed_out.
  timeout: 'failed',
  error: 'failed',
};

/** What an agent step needs before its container starts, or the failure that ends it first. */
function prepareAgentStep(ctx: StepContext):
  | StepOutcome
  | {
      config: AgentConfig;
      sandbox: SandboxConfig;
      llm: LlmClient;
      runtime: ContainerRuntime;
      price: Price;
      output: StructuredOutput | undefined;
    } {
  const stepId = ctx.step.id;
  const failed = (error: string): StepOutcome => ({ status: 'failed', outputs: {}, error });
  const parsed = parseAgentConfig(ctx.config);
  if (!parsed.ok) return failed(parsed.error);
  const config = parsed.config;
  let sandbox: SandboxConfig;
  try {
    sandbox = parseSandboxConfig(sandboxFields(config.sandbox));
  } catch (error) {
    if (error instanceof SandboxConfigError) return failed(`agent.${error.message}`);
    throw error;
  }
  if (sandbox.network === 'host')
    ctx.log.warn(`step '${stepId}' runs its tools with the host's network (allow_host_network)`);
  const llm = ctx.services.llm;
  if (!llm)
    throw new EnvironmentError('it needs an OpenAI-compatible API and no key is set', 'model_api');
  const runtime = ctx.services.containers;
  if (!runtime) throw new EnvironmentError('it needs a Docker engine and none is set up', 'docker');
  const price = priceOf(config.model, ctx.run.workflow);
  if (!price) return failed(noPriceMessage(config.model, "the agent's turns"));
  // The turns carry the strict form of the schema; the final answer is read against the user's own.
  let output: StructuredOutput | undefined;
  if (config.outputSchema) {
    const prepared = structuredOutput(
      schemaName(stepId),
      config.outputSchema,
      'agent.output_schema',
    );
    if (!prepared.ok) return failed(prepared.error);
    output = prepared.output;
  }

  return { config, sandbox, llm, runtime, price, output };
}

/** The step's outcome from the loop's result, the final answer's schema and the copy's changes. */
function agentOutcome(
  ctx: StepContext,
  config: AgentConfig,
  output: StructuredOutput | undefined,
  result: AgentResult,
  changeSet: ChangeSet | undefined,
  changeError: string | undefined,
): StepOutcome {
  const outputs: JsonObject = {
    text: result.text,
    json: null,
    turns: result.turns,
    tool_calls: result.toolCalls,
    stop_reason: result.stopReason,
    changes: changeSet ? changesOutput(changeSet) : [],
    transcript: transcriptOutput(result.transcript),
    usage: { ...result.usage },
    cost_usd: microsToUsd(result.chargedMicros),
  };
  let status = STATUS[result.stopReason];
  let error = result.error;
  if (status === 'succeeded' && output) {
    const answer = output.read(result.text, {
      finish: result.finishReason ?? 'stop',
      maxTokens: config.maxTokens,
    });
    if (!answer.ok) {
      status = 'failed';
      error = `${config.model}'s final answer is ${answer.why}`;
    } else outputs.json = answer.value;
  }
  if (changeError) {
    const sentence = `its changes were refused: ${changeError}`;
    if (status === 'succeeded') {
      status = 'failed';
      error = sentence;
    } else ctx.log.warn(sentence);
  }
  const changes =
    changeSet && changeSet.changes.length > 0 ? encodeChangeSet(changeSet) : undefined;
  if (result.stopReason === 'timeout') outputs.timed_out = true;
  return {
    status,
    outputs,
    usage: result.usage,
    costMicros: result.chargedMicros,
    ...(error && status !== 'succeeded' ? { error } : {}),
    ...(changes ? { changes } : {}),
    ...(result.environment ? { environment: result.environment } : {}),
  };
}

async function runAgentStep(ctx: StepContext, options: AgentKindOptions): Promise<StepOutcome> {
  const ready = prepareAgentStep(ctx);
  if ('status' in ready) return ready;
  const { config, sandbox, llm, runtime, price, output } = ready;

  // A cancel returns at once in every phase, even while a call to a stalled engine holds the
  // container's start (issue #18); what opens after it is closed in the background, as late
  // work the edges wait for. A turn's model call needs no such help: the SDK aborts on the
  // signal and the meter settles its reservation before the loop rethrows the cancel.
  const cancel = cancelOf(ctx.signal);
  let container: AgentContainer;
  try {
    container = await returnOnCancel(
      openAgentContainer(ctx, runtime, sandbox),
      cancel,
      undefined,
      (late) => late.close(),
    );
  } catch (error) {
    if (ctx.signal.aborted) {
      if (!(ctx.signal.reason instanceof StepTimeoutError)) throw ctx.signal.reason;
      return {
        status: 'failed',
        outputs: { timed_out: true },
        error: 'it timed out before its container started',
      };
    }
    if (error instanceof AgentDiskError)
      return { status: 'failed', outputs: {}, error: error.message };
    if (error instanceof ContainerRuntimeError)
      throw new EnvironmentError(error.message, 'docker', { cause: error });
    throw error;
  }

  let result: AgentResult;
  let changeSet: ChangeSet | undefined;
  let changeError: string | undefined;
  let mcp: McpTools | undefined;
  try {
    const toolSettings = {
      commandTimeoutMs: config.commandTimeoutMs,
      outputCapBytes: options.toolOutputCapBytes ?? AGENT_DEFAULTS.toolOutputCapBytes,
      signal: ctx.signal,
    };
    if (config.mcp.length > 0) {
      // The SDK loads with the first step that lists a server.
      const { startMcpServers } = await import('../agent/mcp.js');
      // An exec to a stalled engine holds a server's start as it holds a container's: the
      // cancel returns at once, and servers that start late are stopped in the background.
      mcp = await returnOnCancel(
        startMcpServers(container.box, config.mcp, {
          ...toolSettings,
          warn: (line) => ctx.log.warn(line),
        }),
        cancel,
        undefined,
        (late) => late.close(),
      );
    }
    const servers = mcp;
    // The loop and its token counting load with the first agent step, not at start-up.
    const [{ contextWindow }, { runAgentLoop }] = await Promise.all([
      import('../agent/context.js'),
      import('../agent/loop.js'),
    ]);
    result = await runAgentLoop(
      ctx,
      llm,
      {
        model: config.model,
        price,
        ...(config.system ? { system: config.system } : {}),
        task: config.task,
        maxTurns: config.maxTurns,
        maxTokens: config.maxTokens,
        tools: [...toolDefinitions(config.tools), ...(servers?.definitions ?? [])],
        ...(output ? { jsonSchema: output.format } : {}),
        contextTokens: options.contextTokens ?? contextWindow(price),
        transcriptCapChars: options.transcriptCapChars ?? AGENT_DEFAULTS.transcriptCapChars,
      },
      (call) =>
        servers?.owns(call.name)
          ? servers.call(call.name, call.arguments)
          : runTool(container.box, config.tools, call.name, call.arguments, toolSettings),
    );
    if (container.snapshot) {
      const read = await readAgentChanges(
        container,
        container.snapshot,
        ctx.run.workspace,
        ctx.signal,
      );
      changeSet = read.set;
      changeError = read.error;
    }
  } catch (error) {
    if (ctx.signal.aborted && !(ctx.signal.reason instanceof StepTimeoutError))
      throw ctx.signal.reason;
    if (error instanceof ContainerRuntimeError)
      throw new EnvironmentError(error.message, 'docker', { cause: error });
    // A server that did not start: no turn was taken.
    if (error instanceof McpServerError)
      return { status: 'failed', outputs: {}, error: error.message };
    if (ctx.signal.aborted)
      return {
        status: 'failed',
        outputs: { timed_out: true },
        error: 'it timed out while its MCP servers started',
      };
    throw error;
  } finally {
    const servers = mcp;
    const closing = (async () => {
      await servers?.close();
      await container.close();
    })();
    // Never throws; after a cancel the removal goes on in the background.
    await returnOnCancel(closing, cancel).catch(() => undefined);
  }

  return agentOutcome(ctx, config, output, result, changeSet, changeError);
}

/**
 * The copy's changes against the checkout. Read even after a timeout or a dead container
 * (the step's signal may have fired): whatever stopped the agent, the report shows them.
 * A cancel stops the read at once, and READ_BACK_MS bounds it (read-back.ts).
 */
async function readAgentChanges(
  container: AgentContainer,
  snapshot: Snapshot,
  checkout: string,
  stepSignal: AbortSignal,
): Promise<{ set?: ChangeSet; error?: string }> {
  const cancel = new AbortController();
  const onAbort = () => {
    if (!(stepSignal.reason instanceof StepTimeoutError)) cancel.abort(stepSignal.reason);
  };
  if (stepSignal.aborted) onAbort();
  stepSignal.addEventListener('abort', onAbort, { once: true });
  try {
    return {
      set: await readBack(
        (signal) => container.box.getArchive(WORKSPACE, signal),
        (tar) => readChanges(tar, checkout, snapshot),
        { path: WORKSPACE, signal: cancel.signal },
      ),
    };
  } catch (error) {
    if (error instanceof ChangeRejectedError || error instanceof ContainerRuntimeError)
      return { error: error.message };
    throw error;
  } finally {
    stepSignal.removeEventListener('abort', onAbort);
  }
}

function validateAgentStep(step: StepSpec, workflow: Workflow): Diagnostic[] {
  const problems: Diagnostic[] = [...outputSchemaDiagnostics(step, workflow)];
  for (const p of mcpProblems(step.config.mcp, true))
    problems.push(
      diagnosticAt(workflow.positionOf(`${configPointer(step, 'mcp')}${p.pointer}`), p.message),
    );
  const model = step.config.model;
  if (typeof model === 'string' && !model.includes('${{') && !priceOf(model.trim(), workflow)) {
    problems.push(
      diagnosticAt(
        workflow.positionOf(configPointer(step, 'model')),
        noPriceMessage(model.trim(), "the agent's turns"),
      ),
    );
  }
  const sandbox = step.config.sandbox;
  if (isObject(sandbox)) {
    // Fields holding expressions are checked when the step runs; the image may be one.
    const literal: JsonObject = { image: 'image' };
    for (const [key, value] of Object.entries(sandbox))
      if (!(typeof value === 'string' && value.includes('${{'))) literal[key] = value;
    try {
      parseSandboxConfig(sandboxFields(literal));
    } catch (error) {
      if (!(error instanceof SandboxConfigError)) throw error;
      // Pointed at the field itself (its line:col) when it is written on the step.
      const field = /sandbox\.(\w+)/.exec(error.message)?.[1];
      const pointer =
        field && field in sandbox
          ? `${configPointer(step, 'sandbox')}/${field}`
          : configPointer(step, 'sandbox');
      problems.push(diagnosticAt(workflow.positionOf(pointer), `agent.${error.message}`));
    }
  }
  return problems;
}

export function createAgentKind(options: AgentKindOptions = {}): StepKind {
  return {
    kind: 'agent',
    usesContainers: true,
    spendsMoney: true,
    instructionKeys: ['system', 'task'],
    fetchKeys: ['sandbox.image'],
    reach: agentReach,
    outputs: ['text', 'json', 'turns', 'tool_calls', 'stop_reason', 'changes', 'usage', 'cost_usd'],
    durationFields: ['command_timeout'],
    worstCase: agentWorstCase,
    checkConfig: checkAgentConfig,
    validate: validateAgentStep,
    changeRules: changeRulesOf,
    run: (ctx) => runAgentStep(ctx, options),
  };
}

/** The most an agent step can spend, as the plan prints it (estimateAgentStep). */
async function agentWorstCase(step: StepSpec, workflow: Workflow): Promise<StepWorstCase> {
  // Token counting is loaded when a plan asks, not when a file is validated.
  const { estimateAgentStep } = await import('../cost/step-estimate.js');
  const agent = estimateAgentStep(step, workflow, { ...AGENT_DEFAULTS, contextWindow });
  if (!agent.ok) return { reason: agent.reason };
  const servers = parseMcp(step.config.mcp);
  if (!servers.ok || servers.servers.length === 0) return agent.worstCaseMicros;
  // Each turn's reservation already bounds its input by the context window, MCP tool
  // definitions and results included: the servers add calls to turns, never a turn.
  return {
    micros: agent.worstCaseMicros,
    covers: `includes the tools of MCP server${servers.servers.length > 1 ? 's' : ''} ${servers.servers.map((s) => s.name).join(', ')}: their calls are tool calls of its ${agent.maxTurns} turns, each turn's reservation bounding their definitions and results by the context window`,
  };
}

function checkAgentConfig({ config, pointers, at, problems, missing }: KindConfigCheck): void {
  if (config.model === undefined) missing('model');
  checkProtectedPathsAllowed(config, pointers, problems);
  const sandbox = config.sandbox;
  if (!isObject(sandbox) || sandbox.image === undefined) {
    problems.key(
      at,
      (w) =>
        `${w.step}: agent has no sandbox.image; set agent.sandbox.image or defaults.agent.sandbox.image`,
    );
  } else {
    const p = pointers.get('sandbox');
    checkContainerSettings(sandbox, (field) => p && `${p}/${field}`, problems);
  }
}

/** The container's workspace is a copy unless told; only write_file and run can change it. */
function agentReach(config: JsonObject): StepReach {
  const sandbox = isObject(config.sandbox) ? config.sandbox : {};
  const tools = Array.isArray(config.tools) ? config.tools : [...TOOL_NAMES];
  const writes = tools.some(
    (t) => t === 'write_file' || t === 'run' || typeof t !== 'string' || t.includes('${{'),
  );
  return containerReach(sandbox.workspace, 'copy', writes);
}

export const agentKind: StepKind = createAgentKind();
