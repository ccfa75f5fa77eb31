import { parseDuration as parseWorkflowDuration } from '../workflow/duration.js';
import type { JsonObject, JsonValue } from '../workflow/model.js';
import { WfloError } from '../common/errors.js';

// A sandbox step's rendered fields, checked and turned into numbers.

export type WorkspaceMode = 'none' | 'read-only' | 'copy';

export interface SandboxConfig {
  run: string;
  image: string;
  env: Record<string, string>;
  workspace: WorkspaceMode;
  network: 'none' | 'host';
  memoryBytes: number;
  /** Size cap of the copy of the workspace (`disk:`); its file cap follows from it. */
  diskBytes: number;
  nanoCpus: number;
  pidsLimit: number;
  timeoutMs: number;
  runtime: 'runc' | 'runsc';
  uid: number;
  gid: number;
}

export const sandboxDefaults = {
  workspace: 'none' as WorkspaceMode,
  memory: '512m',
  disk: '1GiB',
  cpus: 1,
  pids: 256,
  timeout: '10m',
  user: '65534:65534',
};

/** A field that cannot be used; the message names it. */
export class SandboxConfigError extends WfloError {
  constructor(message: string) {
    super(message);
    this.name = 'SandboxConfigError';
  }
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** Docker's memory notation: `512m`, `1g`, `65536` (bytes). */
export function parseMemory(value: JsonValue): number {
  const match = /^(\d+(?:\.\d+)?)\s*([bkmg]?)b?$/i.exec(String(value).trim());
  const unit = match ? UNITS[(match[2] ?? '').toLowerCase()] : undefined;
  if (!match || unit === undefined)
    throw new SandboxConfigError(
      `sandbox.memory must look like 512m or 1g, not '${String(value)}'.`,
    );
  const bytes = Math.floor(Number(match[1]) * unit);
  // Docker refuses less than 6 MiB.
  if (bytes < 6 * 1024 ** 2)
    throw new SandboxConfigError(`sandbox.memory must be at least 6m, not '${String(value)}'.`);
  return bytes;
}

const DISK_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
export const MIN_DISK_BYTES = 1024 ** 2;
export const MAX_DISK_BYTES = 64 * 1024 ** 3;

/** `disk:` as bytes: `512MiB`, `2GiB`, `512m`, `1g`, or a number of bytes; 1 MiB to 64 GiB. */
export function parseDisk(value: JsonValue): number {
  const match = /^(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|b)?$/i.exec(String(value).trim());
  const unit = match ? DISK_UNITS[(match[2] ?? '').toLowerCase()] : undefined;
  if (typeof value === 'boolean' || !match || unit === undefined)
    throw new SandboxConfigError(
      `sandbox.disk must be a size such as 512MiB or 2GiB, not '${String(value)}'.`,
    );
  const bytes = Math.floor(Number(match[1]) * unit);
  if (bytes < MIN_DISK_BYTES || bytes > MAX_DISK_BYTES)
    throw new SandboxConfigError(
      `sandbox.disk must be between 1MiB and 64GiB, not '${String(value)}'.`,
    );
  return bytes;
}

/** A duration as workflow files write them (`30s`, `5m`, `1h30m`, or seconds), above zero. */
export function parseDuration(value: JsonValue, field: string): number {
  const parsed =
    typeof value === 'number' || typeof value === 'string'
      ? parseWorkflowDuration(value)
      : undefined;
  if (!parsed || 'error' in parsed) {
    const why =
      parsed && 'error' in parsed
        ? parsed.error
        : `must be a duration such as 30s, 5m or 1h (got ${JSON.stringify(value)})`;
    throw new SandboxConfigError(`${field} ${why}.`);
  }
  if (parsed.ms <= 0) throw new SandboxConfigError(`${field} must be more than 0.`);
  return parsed.ms;
}

function parseUser(value: JsonValue): { uid: number; gid: number } {
  const match = /^(\d+)(?::(\d+))?$/.exec(String(value));
  if (!match)
    throw new SandboxConfigError(
      `sandbox.user must be a numeric uid or uid:gid, not '${String(value)}'.`,
    );
  const uid = Number(match[1]);
  const gid = Number(match[2] ?? match[1]);
  if (uid === 0 || gid === 0)
    throw new SandboxConfigError(
      'sandbox.user must not be root (0): sandbox steps run as a non-root user.',
    );
  return { uid, gid };
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function parseEnv(value: JsonValue | undefined): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new SandboxConfigError('sandbox.env must be a map of names to values.');
  const env: Record<string, string> = {};
  for (const [name, v] of Object.entries(value)) {
    if (!ENV_NAME.test(name))
      throw new SandboxConfigError(
        `sandbox.env name '${name}' is not a valid environment variable name.`,
      );
    if (name === 'WFLO_OUTPUT')
      throw new SandboxConfigError('sandbox.env must not set WFLO_OUTPUT: wflo sets it.');
    env[name] =
      typeof v === 'string'
        ? v
        : v === null
          ? ''
          : typeof v === 'object'
            ? JSON.stringify(v)
            : String(v);
  }
  return env;
}

function oneOf<T extends string>(
  value: JsonValue | undefined,
  field: string,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  throw new SandboxConfigError(
    `${field} must be one of ${allowed.join(', ')}, not '${String(value)}'.`,
  );
}

const FIELDS = new Set([
  'run',
  'image',
  'env',
  'workspace',
  'network',
  'allow_host_network',
  'memory',
  'disk',
  'cpus',
  'pids',
  'timeout',
  'runtime',
  'user',
]);
/** Docker options that would undo the hardening; named so the refusal says why. */
const PRIVILEGES =
  /^(privileged|cap_add|capabilities|devices?|pid|ipc|uts|userns|volumes?|binds?|mounts?|security_opt|sysctls?|cgroup.*)$/;

export function parseSandboxConfig(config: JsonObject): SandboxConfig {
  for (const key of Object.keys(config)) {
    if (FIELDS.has(key)) continue;
    if (PRIVILEGES.test(key)) {
      throw new SandboxConfigError(
        `sandbox.${key} is not allowed: sandbox steps cannot ask for privileges, devices, mounts or host namespaces.`,
      );
    }
    throw new SandboxConfigError(`sandbox.${key} is not a sandbox field.`);
  }
  const run = config.run;
  if (typeof run !== 'string' || run.trim() === '')
    throw new SandboxConfigError('sandbox.run must be a non-empty command.');
  const image = config.image;
  if (typeof image !== 'string' || image.trim() === '') {
    throw new SandboxConfigError(
      'sandbox.image is required (set it on the step or in defaults.sandbox).',
    );
  }
  const network = oneOf(config.network, 'sandbox.network', ['none', 'host'] as const, 'none');
  if (network === 'host' && config.allow_host_network !== true) {
    throw new SandboxConfigError(
      'sandbox.network: host needs allow_host_network: true on the step.',
    );
  }
  const cpus = config.cpus ?? sandboxDefaults.cpus;
  if (typeof cpus !== 'number' || !(cpus > 0))
    throw new SandboxConfigError(`sandbox.cpus must be a positive number, not '${String(cpus)}'.`);
  const pids = config.pids ?? sandboxDefaults.pids;
  if (typeof pids !== 'number' || !Number.isInteger(pids) || pids < 8) {
    throw new SandboxConfigError(
      `sandbox.pids must be an integer of at least 8, not '${String(pids)}'.`,
    );
  }
  return {
    run,
    image,
    env: parseEnv(config.env),
    workspace: oneOf(
      config.workspace,
      'sandbox.workspace',
      ['none', 'read-only', 'copy'] as const,
      sandboxDefaults.workspace,
    ),
    network,
    memoryBytes: parseMemory(config.memory ?? sandboxDefaults.memory),
    diskBytes: parseDisk(config.disk ?? sandboxDefaults.disk),
    nanoCpus: Math.round(cpus * 1e9),
    pidsLimit: pids,
    timeoutMs: parseDuration(config.timeout ?? sandboxDefaults.timeout, 'sandbox.timeout'),
    runtime: oneOf(config.runtime, 'sandbox.runtime', ['runc', 'runsc'] as const, 'runc'),
    ...parseUser(config.user ?? sandboxDefaults.user),
  };
}
