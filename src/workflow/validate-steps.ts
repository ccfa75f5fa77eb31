// One step at a time: its kind (exactly one), its kind's fields with defaults merged in,
// and the step-level settings (timeout, retry, continue_on_error, budget).
import type { BudgetSpec, JsonObject, JsonValue, StepSpec } from './model.js';
import type { KindConfigCheck, WorkflowKind, WorkflowKinds } from './kinds.js';
import { childPointer } from './positions.js';
import { SCHEMA_KINDS } from './schema.js';
import type { Problems } from './problems.js';
import { recordConfigSources } from './config-source.js';
import { closest, didYouMean } from './suggest.js';
import { PROTECTED_PATH_NAMES } from './protected-names.js';
import { isSingleExpression } from './validate-expressions.js';
import { duration, readStepBudget } from './validate-values.js';
import { isObject, subjectOf } from './where.js';

const STEP_FIELDS = [
  'id',
  'name',
  'needs',
  'if',
  'timeout',
  'retry',
  'continue_on_error',
  'budget',
];
const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five'];
const SINGLE_EXPRESSION = /^\s*\$\{\{[\s\S]*\}\}\s*$/;

/** A step as read, before its needs are resolved. */
export interface StepDraft {
  spec: StepSpec;
  /** Where each config key came from: the step's own kind section or `defaults`. */
  configPointers: Map<string, string>;
}

export interface StepReading {
  problems: Problems;
  defaults: JsonValue | undefined;
  budget: BudgetSpec | undefined;
  registry: WorkflowKinds;
}

export function readStep(step: JsonValue, index: number, r: StepReading): StepDraft | undefined {
  if (!isObject(step)) return undefined;
  const { problems } = r;
  const pointer = `/steps/${index}`;
  const known = knownKinds(r.registry);
  const kinds = Object.keys(step).filter((k) => known.includes(k));
  const kind = kinds[0];
  if (kind === undefined) {
    // A misspelt kind key ("sandbx") was reported already, with the right spelling.
    const misspelt = Object.keys(step).some(
      (k) => !STEP_FIELDS.includes(k) && !known.includes(k) && closest(k, known) !== undefined,
    );
    if (!misspelt) {
      problems.value(pointer, (w) => `${w.step} has no kind: add one of ${known.join(', ')}`);
    }
  } else if (kinds.length > 1) {
    problems.key(
      childPointer(pointer, kinds[1] ?? kind),
      (w) =>
        `${w.step} has ${COUNT_WORDS[kinds.length] ?? kinds.length} kinds (${kinds.join(', ')}): a step does one thing`,
    );
  } else if (!r.registry.has(kind)) {
    const supported = [...r.registry.keys()].join(', ') || 'none';
    problems.key(
      childPointer(pointer, kind),
      (w) => `${w.step}: the ${kind} kind is not supported by this build (supported: ${supported})`,
    );
  }

  const { config, configPointers } = mergeConfig(step, kind, pointer, r.defaults);
  const own = kind === undefined ? undefined : step[kind];
  // A kind section that is not a mapping was reported by the schema; its fields are unknown.
  if (kind !== undefined && isObject(own)) {
    const ownKeys = Object.keys(own);
    // A misspelt field ("promt") was reported as an unknown key, with the right spelling.
    const misspelt = (field: string) =>
      ownKeys.some((k) => k !== field && closest(k, [field]) !== undefined);
    checkKindConfig(
      r.registry.get(kind),
      kind,
      config,
      configPointers,
      pointer,
      problems,
      misspelt,
    );
  }

  const spec: StepSpec = {
    id: typeof step.id === 'string' ? step.id : `steps[${index}]`,
    index,
    kind: kind ?? '',
    needs: [],
    retry: { maxAttempts: 1, backoffMs: 1000 },
    continueOnError: false,
    config,
    pointer,
  };
  if (typeof step.name === 'string') spec.name = step.name;
  const timeoutMs = duration(step.timeout, `${pointer}/timeout`, problems);
  if (timeoutMs !== undefined) spec.timeoutMs = timeoutMs;
  if (isObject(step.retry)) {
    if (typeof step.retry.max_attempts === 'number')
      spec.retry.maxAttempts = step.retry.max_attempts;
    const backoff = duration(step.retry.backoff, `${pointer}/retry/backoff`, problems);
    if (backoff !== undefined) spec.retry.backoffMs = backoff;
  }
  const continueOnError = step.continue_on_error;
  if (typeof continueOnError === 'boolean') spec.continueOnError = continueOnError;
  else if (typeof continueOnError === 'string') {
    singleExpression(continueOnError, `${pointer}/continue_on_error`, problems);
    spec.continueOnError = continueOnError;
  }
  const budget = readStepBudget(step.budget, `${pointer}/budget`, r.budget, problems);
  if (budget !== undefined) spec.budgetMicros = budget;
  recordConfigSources(spec, configPointers);
  return { spec, configPointers };
}

/**
 * The kinds a step may name: the registry's, and those the file format knows (the schema's),
 * so a known kind this build lacks is said to be unsupported rather than unknown.
 */
function knownKinds(registry: WorkflowKinds): string[] {
  return [...new Set([...SCHEMA_KINDS, ...registry.keys()])];
}

/** The durations of `defaults`, once for the file rather than once per step. */
export function checkDefaults(
  defaults: JsonValue | undefined,
  problems: Problems,
  registry: WorkflowKinds,
): void {
  if (!isObject(defaults)) return;
  for (const { kind, durationFields } of registry.values()) {
    const section = defaults[kind];
    if (!isObject(section)) continue;
    for (const field of durationFields ?? [])
      duration(section[field], `/defaults/${kind}/${field}`, problems);
  }
}

/** `defaults.<kind>` under the step's own fields, key by key (the step wins). */
function mergeConfig(
  step: JsonObject,
  kind: string | undefined,
  pointer: string,
  defaults: JsonValue | undefined,
): { config: JsonObject; configPointers: Map<string, string> } {
  const config: JsonObject = {};
  const configPointers = new Map<string, string>();
  if (kind === undefined) return { config, configPointers };
  const fromDefaults = isObject(defaults) ? defaults[kind] : undefined;
  if (isObject(fromDefaults)) {
    for (const [key, value] of Object.entries(fromDefaults)) {
      config[key] = value;
      configPointers.set(key, childPointer(`/defaults/${kind}`, key));
    }
  }
  const own = step[kind];
  if (isObject(own)) {
    for (const [key, value] of Object.entries(own)) {
      config[key] = value;
      configPointers.set(key, childPointer(`${pointer}/${kind}`, key));
    }
  }
  return { config, configPointers };
}

/** Each kind's durations, what it needs once defaults are merged in, and its own rules. */
function checkKindConfig(
  descriptor: WorkflowKind | undefined,
  kind: string,
  config: JsonObject,
  pointers: Map<string, string>,
  stepPointer: string,
  problems: Problems,
  misspelt: (field: string) => boolean,
): void {
  if (descriptor === undefined) return;
  const at = `${stepPointer}/${kind}`;
  const missing = (field: string) => {
    if (!misspelt(field)) {
      problems.key(
        at,
        (w) =>
          `${w.step}: ${kind} has no ${field}; set ${kind}.${field} or defaults.${kind}.${field}`,
      );
    }
  };
  for (const field of descriptor.durationFields ?? []) {
    const p = pointers.get(field);
    // Durations from defaults are checked once, by checkDefaults.
    if (p && !p.startsWith('/defaults/')) duration(config[field], p, problems);
  }
  const check: KindConfigCheck = { kind, config, pointers, at, problems, missing, misspelt };
  descriptor.checkConfig?.(check);
}

/** A container's settings (a sandbox step's, an agent's sandbox): no host network unasked, no root. */
export function checkContainerSettings(
  settings: JsonObject,
  pointerOf: (field: string) => string | undefined,
  problems: Problems,
): void {
  hostNetwork(settings, pointerOf('network'), problems);
  nonRootUser(settings, pointerOf('user'), problems);
}

/**
 * `protected_paths_allowed` (sandbox and agent steps): each entry names a protected place a
 * step may open; `.git` never, a misspelling with a suggestion.
 */
export function checkProtectedPathsAllowed(
  config: JsonObject,
  pointers: ReadonlyMap<string, string>,
  problems: Problems,
): void {
  const p = pointers.get('protected_paths_allowed');
  if (p) protectedPathsAllowed(config.protected_paths_allowed, p, problems);
}

function protectedPathsAllowed(
  value: JsonValue | undefined,
  pointer: string,
  problems: Problems,
): void {
  if (!Array.isArray(value)) return; // the schema said it is a list
  value.forEach((entry, i) => {
    if (typeof entry !== 'string') return;
    if ((PROTECTED_PATH_NAMES as readonly string[]).includes(entry)) return;
    const at = childPointer(pointer, String(i));
    const bare = entry.replace(/\/+$/, '');
    if (bare.toLowerCase() === '.git' || bare.toLowerCase().startsWith('.git/')) {
      problems.value(
        at,
        (w) =>
          `${subjectOf(w)} names ${entry}, which can never be allowed: nothing under .git is ever taken back from a step`,
      );
      return;
    }
    const known = PROTECTED_PATH_NAMES.find((n) => n === bare);
    problems.value(at, (w) =>
      known
        ? `${subjectOf(w)} is '${entry}'; write it '${known}'`
        : `${subjectOf(w)} is '${entry}', which is not a protected path${didYouMean(entry, PROTECTED_PATH_NAMES)}; the protected paths are ${PROTECTED_PATH_NAMES.join(', ')}`,
    );
  });
}

/** Containers run as a non-root user; root would undo much of the hardening. */
function nonRootUser(config: JsonObject, pointer: string | undefined, problems: Problems): void {
  const user = config.user;
  if (pointer === undefined || (typeof user !== 'string' && typeof user !== 'number')) return;
  if (
    String(user)
      .split(':')
      .some((part) => /^0+$/.test(part))
  ) {
    problems.value(
      pointer,
      (w) => `${subjectOf(w)} must not be root (0); sandboxes run as a non-root user`,
    );
  }
}

function hostNetwork(config: JsonObject, pointer: string | undefined, problems: Problems): void {
  if (config.network === 'host' && config.allow_host_network !== true && pointer) {
    problems.value(
      pointer,
      (w) =>
        `${subjectOf(w)} is host, which needs allow_host_network: true beside it; the default, none, keeps the container offline`,
    );
  }
}

/** Strings that the schema lets through as "one ${{ }}" but that hold two, or text between. */
export function singleExpression(value: string, pointer: string, problems: Problems): void {
  if (SINGLE_EXPRESSION.test(value) && !isSingleExpression(value)) {
    problems.value(
      pointer,
      (w) => `${subjectOf(w)} must be true, false or exactly one \${{ }} expression`,
    );
  }
}
