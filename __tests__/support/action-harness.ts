// Runs dist/index.js the way the GitHub runner does (TESTING.md "Running the action as
// the runner does"): a clean environment, INPUT_<NAME> with action.yml's defaults
// applied, the GITHUB_* variables, empty command files parsed back afterwards, the
// `::command::` lines of stdout, then the post phase with STATE_<name>.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const ACTION_ENTRY = path.join(REPO_ROOT, 'dist', 'index.js');
export const FAKE_GITHUB_TOKEN = 'ghs_harnessTokenNeverShownInLogs0001';

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface PhaseResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT, parsed. */
  outputs: Record<string, string>;
  /** GITHUB_STATE, parsed. */
  state: Record<string, string>;
  /** GITHUB_ENV, parsed. */
  env: Record<string, string>;
  /** GITHUB_STEP_SUMMARY as written. */
  summary: string;
  /** `::name k=v::message` lines of stdout, in order. */
  commands: WorkflowCommand[];
}

export interface RunningPhase {
  stdout(): string;
  /** GITHUB_STATE as written so far. */
  state(): Promise<Record<string, string>>;
  kill(signal: NodeJS.Signals): void;
}

export interface ActionRun {
  main: PhaseResult;
  post: PhaseResult;
}

export interface HarnessOptions {
  /** Inputs as a `with:` block gives them; action.yml's defaults fill the rest. */
  with: Record<string, string>;
  /** GITHUB_WORKSPACE (and the working directory). */
  workspace: string;
  /** Extra environment (e.g. GITHUB_API_URL of a local fake). */
  env?: Record<string, string>;
  eventName?: string;
  eventPayload?: object;
  /** Cancels like the runner: SIGINT once this is true of stdout so far, SIGTERM 7.5 s later. */
  cancelWhen?: (stdout: string) => boolean;
  /** Runs alongside main, to watch it and signal it (e.g. SIGKILL, as a runner that lost patience). */
  duringMain?: (main: RunningPhase) => Promise<void>;
  /** Kills the phase after this long (a hung action fails the test rather than the suite). */
  timeoutMs?: number;
}

interface ActionYml {
  inputs?: Record<string, { default?: string; required?: boolean }>;
}

/** action.yml's inputs with their defaults, `${{ github.token }}` resolved as the runner would. */
export async function actionDefaults(): Promise<Record<string, string>> {
  const yml = parseYaml(await readFile(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYml;
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(yml.inputs ?? {})) {
    defaults[name] = String(spec.default ?? '').replace(
      /\$\{\{\s*github\.token\s*\}\}/g,
      FAKE_GITHUB_TOKEN,
    );
  }
  return defaults;
}

const unescapeData = (s: string) =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  // Like the runner, read no commands between `::stop-commands::TOKEN` and `::TOKEN::`.
  let stoppedUntil: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (stoppedUntil !== undefined) {
      if (line === stoppedUntil) stoppedUntil = undefined;
      continue;
    }
    const m = /^::([a-zA-Z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'stop-commands') {
      stoppedUntil = `::${m[3] ?? ''}::`;
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: m[1] ?? '', properties, message: unescapeData(m[3] ?? '') });
  }
  return commands;
}

/** Parses a file command file: `name<<DELIM\nvalue\nDELIM` blocks and `name=value` lines. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      if (i >= lines.length) throw new Error(`unterminated ${name}<<${delimiter} block`);
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`malformed file command line: ${line}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

interface PhaseSetup {
  env: Record<string, string>;
  cwd: string;
  cancelWhen?: (stdout: string) => boolean;
  during?: (phase: RunningPhase) => Promise<void>;
  timeoutMs: number;
}

async function runPhase(setup: PhaseSetup, dir: string): Promise<PhaseResult> {
  await mkdir(dir, { recursive: true });
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
  };
  for (const f of Object.values(files)) await writeFile(f, '');
  const child = spawn(process.execPath, [ACTION_ENTRY], {
    cwd: setup.cwd,
    env: { ...setup.env, ...files },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const timers: NodeJS.Timeout[] = [];
  let cancelled = false;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (!cancelled && setup.cancelWhen?.(stdout)) {
      cancelled = true;
      child.kill('SIGINT');
      timers.push(setTimeout(() => child.kill('SIGTERM'), 7_500));
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  timers.push(setTimeout(() => child.kill('SIGKILL'), setup.timeoutMs));
  const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, sig) => resolve([code, sig]));
  });
  await setup.during?.({
    stdout: () => stdout,
    state: async () => parseFileCommands(await readFile(files.GITHUB_STATE, 'utf8')),
    kill: (sig) => child.kill(sig),
  });
  const [exitCode, signal] = await closed;
  for (const t of timers) clearTimeout(t);
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommands(await readFile(files.GITHUB_OUTPUT, 'utf8')),
    state: parseFileCommands(await readFile(files.GITHUB_STATE, 'utf8')),
    env: parseFileCommands(await readFile(files.GITHUB_ENV, 'utf8')),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    commands: parseCommands(stdout),
  };
}

export async function runAction(options: HarnessOptions): Promise<ActionRun> {
  const home = await mkdtemp(path.join(tmpdir(), 'wflo-harness-'));
  const runnerTemp = path.join(home, 'runner-temp');
  await mkdir(runnerTemp, { recursive: true });
  const eventPath = path.join(home, 'event.json');
  await writeFile(eventPath, JSON.stringify(options.eventPayload ?? {}));

  const defaults = await actionDefaults();
  for (const name of Object.keys(options.with)) {
    if (!Object.hasOwn(defaults, name)) throw new Error(`action.yml has no input '${name}'`);
  }
  const inputEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...defaults, ...options.with })) {
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    ...inputEnv,
    ...options.env,
  };
  const timeoutMs = options.timeoutMs ?? 60_000;
  const main = await runPhase(
    {
      env,
      cwd: options.workspace,
      timeoutMs,
      ...(options.cancelWhen ? { cancelWhen: options.cancelWhen } : {}),
      ...(options.duringMain ? { during: options.duringMain } : {}),
    },
    path.join(home, 'main'),
  );
  const stateEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries(main.state)) stateEnv[`STATE_${name}`] = value;
  const post = await runPhase(
    { env: { ...env, ...stateEnv }, cwd: options.workspace, timeoutMs },
    path.join(home, 'post'),
  );
  return { main, post };
}
