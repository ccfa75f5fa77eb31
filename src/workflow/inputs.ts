import type { JsonValue, Workflow } from './model.js';
import { WfloError } from '../common/errors.js';

/** A run input that is missing, unknown or of the wrong type; the message names the input. */
export class InputError extends WfloError {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * Checks the given inputs against the file's `inputs:` and coerces them to their types.
 * CLI values arrive as strings (`--input n=3`), the action's as YAML scalars; both are accepted.
 */
export function resolveInputs(
  workflow: Workflow,
  given: Record<string, JsonValue>,
): Record<string, JsonValue> {
  const declared = workflow.inputs;
  const resolved: Record<string, JsonValue> = {};
  for (const name of Object.keys(given)) {
    if (!Object.hasOwn(declared, name)) {
      const known = Object.keys(declared);
      throw new InputError(
        `unknown input '${name}': ${workflow.file} declares ${known.length > 0 ? known.map((k) => `'${k}'`).join(', ') : 'no inputs'}`,
      );
    }
  }
  for (const [name, spec] of Object.entries(declared)) {
    const raw = Object.hasOwn(given, name) ? given[name] : spec.default;
    if (raw === undefined || raw === null) {
      if (spec.required) throw new InputError(`input '${name}' is required (${spec.type})`);
      resolved[name] = null;
      continue;
    }
    const value = coerce(name, spec.type, raw);
    if (spec.enum && !spec.enum.includes(value)) {
      throw new InputError(
        `input '${name}' must be one of ${spec.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value)}`,
      );
    }
    resolved[name] = value;
  }
  return resolved;
}

function coerce(
  name: string,
  type: 'string' | 'number' | 'boolean',
  raw: JsonValue,
): string | number | boolean {
  switch (type) {
    case 'string':
      if (typeof raw === 'object')
        throw new InputError(`input '${name}' must be a string, got ${JSON.stringify(raw)}`);
      return String(raw);
    case 'number': {
      const n =
        typeof raw === 'number'
          ? raw
          : typeof raw === 'string' && raw.trim() !== ''
            ? Number(raw)
            : NaN;
      if (!Number.isFinite(n))
        throw new InputError(`input '${name}' must be a number, got ${JSON.stringify(raw)}`);
      return n;
    }
    case 'boolean':
      if (raw === true || raw === 'true') return true;
      if (raw === false || raw === 'false') return false;
      throw new InputError(`input '${name}' must be true or false, got ${JSON.stringify(raw)}`);
  }
}
