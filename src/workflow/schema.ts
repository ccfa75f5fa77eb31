// The JSON Schema check (schema/workflow.schema.json, draft-07) with Ajv, its errors
// rewritten as one positioned sentence each. The schema file is the single source: the
// same file serves editors through `# yaml-language-server: $schema=`, and Ajv compiles it
// at build time (scripts/schema-validator.mjs), not at each start.
import type { ErrorObject } from 'ajv';
import schemaJson from '../../schema/workflow.schema.json';
import validate from './schema-validator.generated.cjs';
import type { JsonValue } from './model.js';
import { childPointer } from './positions.js';
import type { Problems } from './problems.js';
import { didYouMean } from './suggest.js';
import { leadOf, subjectOf, type Where } from './where.js';
import { DURATION_PATTERN } from './duration.js';

export const WORKFLOW_SCHEMA: Record<string, unknown> = schemaJson;

const EXPRESSION_PATTERN = (schemaJson.definitions.expression as { pattern: string }).pattern;
const STEP_ID_PATTERN = schemaJson.definitions.step.properties.id.pattern;

/** The kind keys the file format knows (the step's `oneOf`), in the schema's order. */
export const SCHEMA_KINDS: readonly string[] = schemaJson.definitions.step.oneOf.flatMap(
  (o: { required: string[] }) => o.required,
);

/** What a pattern asks for, in words; `null` means the semantic pass says it better. */
const PATTERN_WORDS = new Map<string, string | null>([
  [DURATION_PATTERN, null],
  [EXPRESSION_PATTERN, 'true, false or one ${{ }} expression'],
  [schemaJson.definitions.memory.pattern, 'a size such as 512m or 2g'],
  [schemaJson.definitions.user.pattern, 'a numeric user such as 1000 or 1000:1000'],
  [schemaJson.definitions.approvers.properties.users.items.pattern, 'a GitHub login'],
  [
    schemaJson.definitions.approvers.properties.teams.items.pattern,
    'a team such as my-org/reviewers',
  ],
]);

/** Keys people reach for to weaken a container; the answer is that they do not exist. */
const HARDENING_KEYS = new Set([
  'privileged',
  'cap_add',
  'capabilities',
  'security_opt',
  'pid',
  'ipc',
  'uts',
  'userns',
  'userns_mode',
  'devices',
  'volumes',
  'mounts',
  'network_mode',
  'docker_socket',
]);

/** Checks the file's value against the schema; reports each error at its key or value. */
export function checkSchema(value: JsonValue, problems: Problems): void {
  if (validate(value)) return;
  for (const error of validate.errors ?? []) report(error, problems);
}

function report(e: ErrorObject, problems: Problems): void {
  // wflo says "exactly one kind key per step" itself, without oneOf's noise.
  if (e.keyword === 'oneOf' || e.schemaPath.includes('/oneOf/')) return;
  // The propertyNames error says it; its inner pattern error would repeat it.
  if (e.schemaPath.includes('/propertyNames/')) return;
  const pointer = e.instancePath;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const known = Object.keys((e.parentSchema?.properties as object | undefined) ?? {});
      const inSandbox = /(^|\/)sandbox$/.test(pointer);
      const isStep = /^\/steps\/\d+$/.test(pointer);
      const at = problems.map.keyOffset(childPointer(pointer, key));
      problems.at(at, pointer, (w) => unknownKey(key, known, { inSandbox, isStep }, w));
      return;
    }
    case 'required': {
      const key = String(e.params.missingProperty);
      problems.key(pointer, (w) => `${subjectOf(w)} is missing required key '${key}'`);
      return;
    }
    case 'propertyNames': {
      const name = String(e.params.propertyName);
      const dash = JSON.stringify(e.schema).includes('_-]') ? ', _ or -' : ' or _';
      problems.at(
        problems.map.keyOffset(childPointer(pointer, name)),
        pointer,
        (w) =>
          `${leadOf(w)}'${name}' is not a valid name in ${w.path}: use letters, digits${dash}, not starting with a digit`,
      );
      return;
    }
    case 'uniqueItems': {
      // Ajv names both items; the later one is the repeat.
      const j = Math.max(Number(e.params.i), Number(e.params.j));
      const item = Array.isArray(e.data) ? (e.data[j] as JsonValue) : null;
      problems.value(
        childPointer(pointer, j),
        (w) => `${subjectOf(w)} repeats ${show(item)}; list each once`,
      );
      return;
    }
    default: {
      const message = valueMessage(e);
      if (message) problems.value(pointer, message);
    }
  }
}

function unknownKey(
  key: string,
  known: string[],
  place: { inSandbox: boolean; isStep: boolean },
  w: Where,
): string {
  const where = w.path ? ` in ${w.path}` : '';
  if (!w.step && !w.path && key === 'on') {
    return `unknown key 'on': events start the GitHub workflow that uses wflo/action, so on: belongs there`;
  }
  if (!w.step && !w.path && (key === 'jobs' || key === 'runs-on')) {
    return `unknown key '${key}': this looks like a GitHub Actions workflow; a wflo workflow lists its steps directly (version: 1, steps: …)`;
  }
  if (place.isStep && (key === 'run' || key === 'uses')) {
    return `${leadOf(w)}unknown key '${key}'; a command goes under shell: (on the runner) or sandbox: (in a container)`;
  }
  if (place.inSandbox && HARDENING_KEYS.has(key)) {
    return `${leadOf(w)}unknown key '${key}'${where}: sandboxes cannot be privileged, gain capabilities or share the host's devices, mounts or namespaces`;
  }
  return `${leadOf(w)}unknown key '${key}'${where}${didYouMean(key, known)}`;
}

/** One sentence for an error about a value, or undefined when another check says it better. */
function valueMessage(e: ErrorObject): ((w: Where) => string) | undefined {
  const data = e.data as JsonValue;
  const got = ` (got ${show(data)})`;
  switch (e.keyword) {
    case 'type': {
      const types = Array.isArray(e.schema) ? (e.schema as string[]) : String(e.schema).split(',');
      const expects =
        e.parentSchema?.pattern === EXPRESSION_PATTERN ? ['boolean', 'expression'] : types;
      return (w) => `${subjectOf(w)} must be ${typeWords(expects)}${got}`;
    }
    case 'const':
      return (w) => `${subjectOf(w)} must be ${show(e.schema as JsonValue)}${got}`;
    case 'enum': {
      const allowed = (e.schema as JsonValue[]).map((v) => String(v)).join(', ');
      return (w) => `${subjectOf(w)} must be one of ${allowed}${got}`;
    }
    case 'pattern': {
      const pattern = String(e.schema);
      if (pattern === STEP_ID_PATTERN) {
        return (w) =>
          `${leadOf(w)}id ${show(data)} must start with a lowercase letter and hold only lowercase letters, digits, _ or - ([a-z][a-z0-9_-]*)`;
      }
      const words = PATTERN_WORDS.get(pattern);
      if (words === null) return undefined;
      return (w) => `${subjectOf(w)} must be ${words ?? `text matching ${pattern}`}${got}`;
    }
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const words = {
        minimum: 'at least',
        exclusiveMinimum: 'greater than',
        maximum: 'at most',
        exclusiveMaximum: 'less than',
      }[e.keyword];
      return (w) => `${subjectOf(w)} must be ${words} ${String(e.params.limit)}${got}`;
    }
    case 'minItems': {
      const n = Number(e.params.limit);
      return (w) =>
        w.path === 'steps' && !w.step
          ? 'steps must list at least one step'
          : `${subjectOf(w)} must list at least ${n} item${n === 1 ? '' : 's'}`;
    }
    case 'minLength':
      return (w) => `${subjectOf(w)} must not be empty`;
    case 'maxLength':
      return (w) => `${subjectOf(w)} must be at most ${String(e.params.limit)} characters long`;
    default:
      return (w) => `${subjectOf(w)} ${e.message ?? 'is not valid'}`;
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'empty',
  expression: 'one ${{ }} expression',
};

function typeWords(types: string[]): string {
  const words = types
    .filter((t) => !(t === 'number' && types.includes('integer')))
    .map((t) => TYPE_WORDS[t] ?? t);
  if (words[0] === 'true or false' && words.length === 2) return `true, false or ${words[1] ?? ''}`;
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}

/** A value as a message shows it: `'text'`, `5`, `true`, `a list`. */
export function show(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'string')
    return `'${value.length > 40 ? `${value.slice(0, 37)}...` : value}'`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}
