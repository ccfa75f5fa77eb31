// MCP servers of an agent step (DESIGN.md §10): each one a command exec'd into the step's
// kept container (its network, env and limits apply), spoken to over stdio by the official
// SDK client. Their tools reach the model as `<server>__<tool>`; each call is timed out by
// command_timeout and its result capped like a built-in tool's. A server that fails to
// start, stops or stops answering fails the step with its stderr's last words.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { ErrorCode, McpError, type Tool } from '@modelcontextprotocol/sdk/types.js';
import { messageOf } from '../common/errors.js';
import type { ToolDefinition } from '../llm/client.js';
import type { ExecProcess, KeptContainer } from '../sandbox/exec.js';
import { ContainerRuntimeError } from '../sandbox/runtime.js';
import { formatDuration } from '../workflow/duration.js';
import type { JsonObject } from '../workflow/model.js';
import { fitsFunctionName, mcpToolName, McpServerError, type McpServerSpec } from './mcp-config.js';
import { ExecTransport } from './mcp-transport.js';
import { capText, clip, type ToolOutcome } from './tools.js';

export interface McpSettings {
  commandTimeoutMs: number;
  /** The most bytes of one result fed back to the model (the built-in tools' cap). */
  outputCapBytes: number;
  signal: AbortSignal;
  warn(line: string): void;
}

/** How much of a server's stderr is kept for the sentence it fails with. */
const STDERR_TAIL_BYTES = 4096;
/** How much of that tail the sentence shows. */
const STDERR_SHOWN = 400;
/** The longest JSON-RPC line read from a server: results are capped after parsing. */
export const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

export interface McpTools {
  /** What the model is offered, next to the built-in tools. */
  readonly definitions: ToolDefinition[];
  /** Whether a call's name is addressed to one of the servers (`<server>__…`), offered or not. */
  owns(name: string): boolean;
  call(name: string, argumentsText: string): Promise<ToolOutcome>;
  /** Stops every server (kills its exec); never throws. */
  close(): Promise<void>;
}

interface Running {
  spec: McpServerSpec;
  process: ExecProcess;
  transport: ExecTransport;
  client: Client;
  /** Offered name → the server's own tool name. */
  tools: Map<string, string>;
  /** Everything tools/list gave, for the definitions. */
  listed: Tool[];
}

export async function startMcpServers(
  box: KeptContainer,
  specs: readonly McpServerSpec[],
  settings: McpSettings,
): Promise<McpTools> {
  const started = await Promise.allSettled(specs.map((spec) => startOne(box, spec, settings)));
  const running = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const close = async () => {
    await Promise.all(running.map((r) => stop(r)));
  };
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await close();
    throw failed.reason;
  }
  const byName = new Map<string, Running>();
  const definitions: ToolDefinition[] = [];
  for (const server of running) {
    for (const offered of server.tools.keys()) byName.set(offered, server);
  }
  for (const server of running) definitions.push(...definitionsOf(server));
  const servers = new Map(running.map((r) => [r.spec.name, r]));

  return {
    definitions,
    owns: (name) => servers.has(name.split('__')[0] ?? ''),
    call: async (name, argumentsText) => {
      const server = byName.get(name);
      if (!server) {
        const prefix = name.split('__')[0] ?? '';
        const offered = [...(servers.get(prefix)?.tools.keys() ?? [])];
        return refused(
          `unknown tool '${name}'; MCP server ${prefix} offers ${offered.join(', ') || 'no tools'}`,
        );
      }
      return callTool(server, name, argumentsText, settings);
    },
    close,
  };
}

/** The definitions the model sees: the server's descriptions and input schemas, as listed. */
function definitionsOf(server: Running): ToolDefinition[] {
  return [...server.tools].map(([offered, own]) => {
    const tool = server.listed.find((t) => t.name === own);
    return {
      name: offered,
      description: clip(tool?.description ?? tool?.title ?? own, 2000),
      parameters: parametersOf(tool),
    };
  });
}

/** The tool's input schema as function parameters (`$schema` is no keyword the API takes). */
function parametersOf(tool: Tool | undefined): JsonObject {
  if (!tool) return { type: 'object' };
  const schema = JSON.parse(JSON.stringify(tool.inputSchema)) as JsonObject;
  delete schema.$schema;
  return schema;
}

async function startOne(
  box: KeptContainer,
  spec: McpServerSpec,
  settings: McpSettings,
): Promise<Running> {
  if (!box.spawn)
    throw new ContainerRuntimeError('this container runtime cannot keep a command running.');
  const process = await box.spawn(spec.command, {
    ...(spec.env ? { env: spec.env } : {}),
    stderrTailBytes: STDERR_TAIL_BYTES,
  });
  const transport = new ExecTransport(process, MAX_MESSAGE_BYTES);
  // Stray lines that are not JSON-RPC are skipped; the SDK reports them here.
  transport.onerror = () => undefined;
  const client = new Client({ name: 'wflo', version: '1' }, { capabilities: {} });
  const running: Running = { spec, process, transport, client, tools: new Map(), listed: [] };
  const options = { timeout: settings.commandTimeoutMs, signal: settings.signal };
  try {
    await client.connect(transport, options);
    const tools: Tool[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.listTools(cursor ? { cursor } : undefined, options);
      tools.push(...page.tools);
      cursor = page.nextCursor;
    } while (cursor);
    running.listed = tools;
    const names = tools.map((t) => t.name);
    for (const own of spec.tools ?? names) {
      if (!names.includes(own))
        throw new McpServerError(
          `MCP server '${spec.name}' lists no tool '${own}' (agent.mcp tools); it lists ${names.join(', ') || 'none'}`,
          spec.name,
        );
      const offered = mcpToolName(spec.name, own);
      if (!fitsFunctionName(offered)) {
        settings.warn(
          `MCP server '${spec.name}': tool '${own}' is not offered, ${offered} is no valid function name (letters, digits, _ and -, at most 64)`,
        );
        continue;
      }
      running.tools.set(offered, own);
    }
    return running;
  } catch (error) {
    // Read before it is stopped: a stopped server's exit code is not its own.
    const reason =
      settings.signal.aborted || error instanceof McpServerError
        ? undefined
        : await why(running, error, 'initialize', settings);
    await stop(running);
    if (reason === undefined) throw error;
    throw new McpServerError(`MCP server '${spec.name}' failed to start: ${reason}`, spec.name, {
      cause: error,
    });
  }
}

async function callTool(
  server: Running,
  name: string,
  argumentsText: string,
  settings: McpSettings,
): Promise<ToolOutcome> {
  const own = server.tools.get(name) ?? name;
  let args: unknown;
  try {
    args = JSON.parse(argumentsText || '{}');
  } catch {
    return refused(`the arguments of ${name} are not valid JSON: ${clip(argumentsText, 200)}`);
  }
  if (typeof args !== 'object' || args === null || Array.isArray(args))
    return refused(`the arguments of ${name} must be a JSON object`);
  let result: Awaited<ReturnType<Client['callTool']>>;
  try {
    result = await server.client.callTool(
      { name: own, arguments: args as Record<string, unknown> },
      undefined,
      { timeout: settings.commandTimeoutMs, signal: settings.signal },
    );
  } catch (error) {
    if (settings.signal.aborted) throw settings.signal.reason;
    // The server answered with a JSON-RPC error (bad arguments, say): the model reads it.
    if (error instanceof McpError && !ended(error) && !gone(server))
      return refused(`${name}: ${error.message}`);
    const reason = await why(server, error, `tools/call ${own}`, settings);
    await stop(server);
    throw new McpServerError(
      `MCP server '${server.spec.name}' failed: ${reason}`,
      server.spec.name,
      {
        cause: error,
      },
    );
  }
  const text = resultText(result);
  const content = capText(text, settings.outputCapBytes);
  return {
    ok: result.isError !== true,
    content: result.isError === true ? `error: ${content}` : content,
    server: server.spec.name,
  };
}

function ended(error: McpError): boolean {
  return (
    error.code === Number(ErrorCode.ConnectionClosed) ||
    error.code === Number(ErrorCode.RequestTimeout)
  );
}

function gone(server: Running): boolean {
  return server.transport.stopped || server.transport.failure !== undefined;
}

/** Why a server failed, in a clause, with the end of its stderr. */
async function why(
  server: Running,
  error: unknown,
  request: string,
  settings: McpSettings,
): Promise<string> {
  let reason: string;
  if (server.transport.failure) reason = server.transport.failure;
  else if (error instanceof McpError && error.code === Number(ErrorCode.RequestTimeout))
    reason = `it did not answer ${request} within ${formatDuration(settings.commandTimeoutMs)} (command_timeout)`;
  else if (gone(server)) {
    const code = await server.process.exitCode();
    reason = `it exited${code === undefined ? '' : ` with code ${code}`} during ${request}`;
  } else reason = messageOf(error);
  const tail = server.process
    .stderrTail()
    .trim()
    .split(/\s*\n\s*/)
    .join(' / ');
  return tail
    ? `${reason}; its stderr ends: ${tail.length > STDERR_SHOWN ? `…${tail.slice(-STDERR_SHOWN)}` : tail}`
    : `${reason}; it wrote nothing on stderr`;
}

async function stop(server: Running): Promise<void> {
  await server.transport.close().catch(() => undefined);
  await server.client.close().catch(() => undefined);
}

type CallResult = Awaited<ReturnType<Client['callTool']>>;

/** A result's content as the model reads it: text as is, binary parts named, not inlined. */
function resultText(result: CallResult): string {
  if (!('content' in result) || !Array.isArray(result.content)) return JSON.stringify(result);
  const parts = result.content.map((part) => {
    if (part.type === 'text') return part.text;
    if (part.type === 'resource')
      return 'text' in part.resource
        ? part.resource.text
        : `[resource ${part.resource.uri}: ${part.resource.blob.length} characters of base64 left out]`;
    if (part.type === 'resource_link') return `[resource link ${part.uri}]`;
    return `[${part.type} ${part.mimeType}: ${part.data.length} characters of base64 left out]`;
  });
  if (parts.length === 0 && result.structuredContent !== undefined)
    return JSON.stringify(result.structuredContent);
  return parts.join('\n');
}

function refused(content: string): ToolOutcome {
  return { ok: false, content: `error: ${content}` };
}
