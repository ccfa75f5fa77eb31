// `agent.mcp`: the MCP servers an agent step starts in its container (DESIGN.md §10), read
// and checked here without the SDK (validation loads nothing of it). Each problem carries the
// JSON pointer below `agent.mcp` it is about, for its file:line:col.
import type { JsonValue } from '../workflow/model.js';
import { isObject } from '../workflow/where.js';
import { TOOL_NAMES } from './tools.js';

export interface McpServerSpec {
  name: string;
  /** argv, exec'd in the container as is (no shell). */
  command: string[];
  /** The server's tools the model is offered; absent: every one it lists. */
  tools?: string[];
  env?: Record<string, string>;
}

/** OpenAI's rule for a function (tool) name. */
const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
/** Letters and digits, single `_` or `-` between them: `__` stays the server/tool separator. */
export const SERVER_NAME = /^[A-Za-z0-9]+([_-][A-Za-z0-9]+)*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function mcpToolName(server: string, tool: string): string {
  return `${server}__${tool}`;
}

export function fitsFunctionName(name: string): boolean {
  return FUNCTION_NAME.test(name);
}

/** The step's own MCP server failed it (not wflo's environment): one sentence. */
export class McpServerError extends Error {
  constructor(
    message: string,
    /** The server's name (`agent.mcp[].name`). */
    readonly server: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'McpServerError';
  }
}

export interface McpProblem {
  /** Below agent.mcp, e.g. `/1/name`; empty for the list itself. */
  pointer: string;
  message: string;
}

const EXPRESSION = /\$\{\{/;

/**
 * Every problem of an `agent.mcp` value. With `literalOnly`, strings holding expressions are
 * taken as fine (they are checked once evaluated, when the step runs).
 */
export function mcpProblems(value: JsonValue | undefined, literalOnly = false): McpProblem[] {
  if (value === undefined) return [];
  const problems: McpProblem[] = [];
  const add = (pointer: string, message: string) => problems.push({ pointer, message });
  const deferred = (v: JsonValue | undefined) =>
    literalOnly && typeof v === 'string' && EXPRESSION.test(v);
  if (!Array.isArray(value)) {
    add('', 'agent.mcp must be a list of servers ({ name, command, tools?, env? })');
    return problems;
  }
  const seen = new Map<string, number>();
  value.forEach((server, i) => {
    const at = `/${i}`;
    if (!isObject(server)) {
      add(at, `agent.mcp[${i}] must be a server: { name, command, tools?, env? }`);
      return;
    }
    const { name, command, tools, env } = server;
    const label = typeof name === 'string' ? `agent.mcp '${name}'` : `agent.mcp[${i}]`;
    if (typeof name !== 'string' || !SERVER_NAME.test(name)) {
      if (!deferred(name))
        add(
          `${at}/name`,
          `${label}: name must be letters and digits, with single _ or - between them (no __: it separates server and tool), got ${JSON.stringify(name ?? null)}`,
        );
    } else if ((TOOL_NAMES as readonly string[]).includes(name)) {
      add(
        `${at}/name`,
        `${label}: '${name}' is the name of a built-in tool; name the server otherwise`,
      );
    } else if (seen.has(name)) {
      add(
        `${at}/name`,
        `${label}: the name is taken by agent.mcp[${seen.get(name)}]; each server needs its own`,
      );
    } else if (!fitsFunctionName(mcpToolName(name, 'x'))) {
      add(
        `${at}/name`,
        `${label}: the name leaves no room for a tool in 64 characters (<server>__<tool>)`,
      );
    } else seen.set(name, i);
    if (
      !Array.isArray(command) ||
      command.length === 0 ||
      command.some((part) => typeof part !== 'string') ||
      command[0] === ''
    ) {
      add(
        `${at}/command`,
        `${label}: command must be a non-empty list of strings (argv, no shell)`,
      );
    }
    if (tools !== undefined) {
      if (!Array.isArray(tools)) add(`${at}/tools`, `${label}: tools must be a list of tool names`);
      else {
        const listed = new Set<string>();
        tools.forEach((tool, j) => {
          const where = `${at}/tools/${j}`;
          if (typeof tool !== 'string' || tool === '') {
            add(where, `${label}: tools[${j}] must be a tool name`);
          } else if (listed.has(tool)) {
            add(where, `${label}: tool '${tool}' is listed twice`);
          } else {
            listed.add(tool);
            const offered = mcpToolName(typeof name === 'string' ? name : 'server', tool);
            if (!deferred(tool) && !fitsFunctionName(offered))
              add(
                where,
                `${label}: tool '${tool}' would be offered as ${offered}, which is no valid function name (letters, digits, _ and -, at most 64 characters)`,
              );
          }
        });
      }
    }
    if (env !== undefined) {
      if (!isObject(env)) add(`${at}/env`, `${label}: env must map NAME to a value`);
      else
        for (const [key, v] of Object.entries(env)) {
          if (!ENV_NAME.test(key))
            add(`${at}/env`, `${label}: env name '${key}' is not a variable name`);
          else if (!['string', 'number', 'boolean'].includes(typeof v))
            add(`${at}/env/${key}`, `${label}: env ${key} must be text, a number or a boolean`);
        }
    }
  });
  return problems;
}

/** The servers as the step runs them, or the first problem. */
export function parseMcp(
  value: JsonValue | undefined,
): { ok: true; servers: McpServerSpec[] } | { ok: false; error: string } {
  const problems = mcpProblems(value);
  if (problems[0]) return { ok: false, error: problems[0].message };
  if (!Array.isArray(value)) return { ok: true, servers: [] };
  return {
    ok: true,
    servers: value.filter(isObject).map((server) => ({
      name: String(server.name),
      command: Array.isArray(server.command) ? server.command.map(String) : [],
      ...(Array.isArray(server.tools) ? { tools: server.tools.map(String) } : {}),
      ...(isObject(server.env)
        ? {
            env: Object.fromEntries(Object.entries(server.env).map(([k, v]) => [k, String(v)])),
          }
        : {}),
    })),
  };
}
