// The agent's built-in tools. Each runs as one command exec'd into the step's kept
// container; paths are confined to /workspace twice: by name here, and by the path the
// container resolves (symlinks included) before anything is read or written.
import { posix } from 'node:path';
import type { ToolDefinition } from '../llm/client.js';
import type { ExecOptions, ExecResult } from '../sandbox/exec.js';
import type { JsonObject, JsonValue } from '../workflow/model.js';

export const TOOL_NAMES = ['run', 'read_file', 'write_file', 'list_files', 'search'] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

export const WORKSPACE = '/workspace';

/** Where tool commands run: the kept container (exec.ts), or anything that execs the same way. */
export interface ToolHost {
  exec(cmd: string[], options: ExecOptions): Promise<ExecResult>;
}

export interface ToolSettings {
  commandTimeoutMs: number;
  /** The most bytes of a tool's output fed back to the model. */
  outputCapBytes: number;
  signal?: AbortSignal;
}

export interface ToolOutcome {
  /** False when the call was refused or failed before doing anything. */
  ok: boolean;
  /** What the model reads back, capped. */
  content: string;
  /** The MCP server that answered, for an MCP tool's call. */
  server?: string;
  /** The command's exit code, for the `run` tool (absent when it timed out). */
  exitCode?: number;
}

/** argv's single-argument limit is 128 KiB; a file written through argv stays below it. */
export const MAX_WRITE_BYTES = 96 * 1024;
/** Exit code the confinement scripts use for a path outside the workspace. */
const OUTSIDE = 86;

const PATH_PARAM = {
  type: 'string',
  description: 'A path inside /workspace, relative to it or absolute.',
};

const DEFINITIONS: Record<ToolName, ToolDefinition> = {
  run: {
    name: 'run',
    description:
      'Run a shell command (sh -c) in /workspace. Returns its exit code and its output, capped.',
    parameters: objectSchema({ command: { type: 'string', description: 'The shell command.' } }),
  },
  read_file: {
    name: 'read_file',
    description: 'Read a text file inside /workspace.',
    parameters: objectSchema({ path: PATH_PARAM }),
  },
  write_file: {
    name: 'write_file',
    description: 'Create or replace a file inside /workspace with the given content.',
    parameters: objectSchema({
      path: PATH_PARAM,
      content: { type: 'string', description: 'The whole new content of the file.' },
    }),
  },
  list_files: {
    name: 'list_files',
    description: 'List files and folders under a folder of /workspace (three levels deep).',
    parameters: objectSchema({ path: PATH_PARAM }),
  },
  search: {
    name: 'search',
    description:
      'Search files under a folder of /workspace for a basic regular expression (grep -rn).',
    parameters: objectSchema({
      pattern: { type: 'string', description: 'The pattern.' },
      path: PATH_PARAM,
    }),
  },
};

function objectSchema(properties: Record<string, JsonObject>): JsonObject {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

export function isToolName(name: string): name is ToolName {
  return (TOOL_NAMES as readonly string[]).includes(name);
}

export function toolDefinitions(names: readonly ToolName[]): ToolDefinition[] {
  return names.map((name) => DEFINITIONS[name]);
}

/**
 * The absolute path inside the workspace that `path` names, or undefined when it leaves
 * the workspace. Relative paths are taken from /workspace.
 */
export function confinePath(path: string): string | undefined {
  if (path.includes('\0')) return undefined;
  const resolved = posix.resolve(WORKSPACE, path);
  return resolved === WORKSPACE || resolved.startsWith(`${WORKSPACE}/`) ? resolved : undefined;
}

// Each script gets the confined path as $0; it resolves it in the container and refuses
// what lands outside /workspace (a symlink pointing out, for example).
const INSIDE = `case "$r" in ${WORKSPACE}|${WORKSPACE}/*) ;; *) echo "$0 resolves to $r, outside ${WORKSPACE}" >&2; exit ${OUTSIDE};; esac`;
const SCRIPTS = {
  read: `r=$(realpath "$0") || exit 2; ${INSIDE}; cat -- "$r"`,
  write: `d=$(dirname "$0"); mkdir -p -- "$d" || exit 2; r=$(realpath "$d") || exit 2; ${INSIDE}; if [ -L "$0" ]; then echo "$0 is a symlink" >&2; exit ${OUTSIDE}; fi; printf '%s' "$1" > "$0"`,
  list: `r=$(realpath "$0") || exit 2; ${INSIDE}; cd -- "$r" && find . -maxdepth 3 ! -path './.git/*' ! -path ./.git ! -path . | sort`,
  search: `r=$(realpath "$0") || exit 2; ${INSIDE}; grep -rn -e "$1" -- "$r"`,
};

/** Parses a call's JSON arguments and runs it; never throws for the model's mistakes. */
export async function runTool(
  host: ToolHost,
  allowed: readonly ToolName[],
  name: string,
  argumentsText: string,
  settings: ToolSettings,
): Promise<ToolOutcome> {
  if (!isToolName(name) || !allowed.includes(name)) {
    return refused(`unknown tool '${name}'; the tools are ${allowed.join(', ')}`);
  }
  let args: JsonValue;
  try {
    args = JSON.parse(argumentsText || '{}') as JsonValue;
  } catch {
    return refused(`the arguments of ${name} are not valid JSON: ${clip(argumentsText, 200)}`);
  }
  if (typeof args !== 'object' || args === null || Array.isArray(args)) {
    return refused(`the arguments of ${name} must be a JSON object`);
  }
  const text = (key: string): string | undefined =>
    typeof args[key] === 'string' ? args[key] : undefined;

  if (name === 'run') {
    const command = text('command');
    if (command === undefined) return refused('run needs { "command": string }');
    const result = await host.exec(['sh', '-c', command], execOptions(settings));
    return {
      ok: true,
      content: describeRun(result, settings),
      ...(result.timedOut ? {} : { exitCode: result.exitCode }),
    };
  }

  const rawPath = text('path') ?? (name === 'list_files' || name === 'search' ? '.' : undefined);
  if (rawPath === undefined) return refused(`${name} needs { "path": string }`);
  const path = confinePath(rawPath);
  if (!path) return refused(`path '${rawPath}' is outside ${WORKSPACE}; tools work only inside it`);

  let result: ExecResult;
  if (name === 'read_file') {
    result = await host.exec(['sh', '-c', SCRIPTS.read, path], execOptions(settings));
  } else if (name === 'write_file') {
    const content = text('content');
    if (content === undefined)
      return refused('write_file needs { "path": string, "content": string }');
    if (content.includes('\0')) return refused('write_file cannot write NUL characters');
    if (Buffer.byteLength(content) > MAX_WRITE_BYTES)
      return refused(`write_file takes at most ${MAX_WRITE_BYTES} bytes of content`);
    if (path === WORKSPACE) return refused(`${WORKSPACE} is a folder`);
    result = await host.exec(['sh', '-c', SCRIPTS.write, path, content], execOptions(settings));
    if (result.exitCode === 0)
      return { ok: true, content: `wrote ${Buffer.byteLength(content)} bytes to ${path}` };
  } else if (name === 'list_files') {
    result = await host.exec(['sh', '-c', SCRIPTS.list, path], execOptions(settings));
  } else {
    const pattern = text('pattern');
    if (pattern === undefined) return refused('search needs { "pattern": string, "path": string }');
    result = await host.exec(['sh', '-c', SCRIPTS.search, path, pattern], execOptions(settings));
    if (result.exitCode === 1 && result.stdout.totalBytes === 0)
      return { ok: true, content: 'no matches' };
  }
  if (result.exitCode === OUTSIDE)
    return refused(`${stderrOf(result)}; tools work only inside ${WORKSPACE}`);
  if (result.timedOut) return refused(`${name} timed out after ${settings.commandTimeoutMs} ms`);
  if (result.exitCode !== 0)
    return refused(`${name} failed (exit code ${result.exitCode}): ${stderrOf(result)}`);
  return { ok: true, content: capped(result.stdout, settings.outputCapBytes) };
}

function execOptions(settings: ToolSettings): ExecOptions {
  return {
    timeoutMs: settings.commandTimeoutMs,
    capBytes: settings.outputCapBytes,
    ...(settings.signal ? { signal: settings.signal } : {}),
  };
}

function describeRun(result: ExecResult, settings: ToolSettings): string {
  const half = Math.max(256, Math.floor(settings.outputCapBytes / 2));
  const head = result.timedOut
    ? `timed out after ${settings.commandTimeoutMs} ms (killed)`
    : `exit code ${result.exitCode}`;
  return [
    head,
    `stdout:\n${capped(result.stdout, half)}`,
    `stderr:\n${capped(result.stderr, half)}`,
  ].join('\n');
}

function capped(stream: ExecResult['stdout'], cap: number): string {
  return cappedBytes(stream.data, stream.totalBytes, cap);
}

/** A tool's text result cut to `cap` bytes, saying so, as every tool's output is. */
export function capText(text: string, cap: number): string {
  const data = Buffer.from(text, 'utf8');
  return cappedBytes(data, data.length, cap);
}

function cappedBytes(data: Buffer, totalBytes: number, cap: number): string {
  const kept = data.subarray(0, cap).toString('utf8');
  const shown = Math.min(cap, data.length);
  return totalBytes > shown
    ? `${kept}\n[output truncated: ${shown} of ${totalBytes} bytes shown]`
    : kept;
}

function stderrOf(result: ExecResult): string {
  return clip(result.stderr.data.toString('utf8').trim(), 300) || 'no message';
}

function refused(content: string): ToolOutcome {
  return { ok: false, content: `error: ${content}` };
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… [${text.length - max} more characters]` : text;
}
