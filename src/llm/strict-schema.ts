// A user's output_schema in the form OpenAI's strict structured output accepts
// (https://platform.openai.com/docs/guides/structured-outputs#supported-schemas): every object
// closed with `additionalProperties: false`, every property required (optional ones become
// nullable), only the supported keywords. The answer is read back against the user's schema
// (structured-output.ts), with the nulls this adds for optional properties dropped again.
import { childPointer } from '../workflow/positions.js';
import { isObject } from '../workflow/where.js';
import type { JsonObject, JsonValue } from '../workflow/model.js';

/** A keyword the API would refuse, at its JSON pointer inside the schema (`''` is the schema itself). */
export interface SchemaProblem {
  pointer: string;
  message: string;
}

export type StrictSchemaResult =
  { ok: true; schema: JsonObject } | { ok: false; problems: SchemaProblem[] };

/** OpenAI's published limits for one strict schema. */
export const STRICT_LIMITS = { properties: 5000, nesting: 10, enumValues: 1000 };

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

/** The `format` values strict mode supports. */
const FORMATS = new Set([
  'date-time',
  'time',
  'date',
  'duration',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'uuid',
]);

/** Sent as written: they describe or bound a value the way the API supports. */
const KEPT = new Set([
  'description',
  'title',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
]);

/** Annotations that change no answer: left out of what is sent, still in the schema answers are checked against. */
const DROPPED = new Set([
  '$schema',
  '$comment',
  'default',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
]);

/** Handled below, keyword by keyword. */
const STRUCTURAL = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'anyOf',
  '$ref',
  '$defs',
  'definitions',
  'enum',
  'const',
  'format',
]);

/** What to write instead of a keyword strict mode refuses, when there is a way. */
const INSTEAD: Record<string, string> = {
  oneOf: 'write anyOf',
  allOf: 'merge the schemas into one',
  not: 'list the values allowed with enum',
  minLength: 'describe the length in description',
  maxLength: 'describe the length in description',
  patternProperties: 'list the properties',
  propertyNames: 'list the properties',
  minProperties: 'list the properties',
  maxProperties: 'list the properties',
  dependentRequired: 'list the properties',
  dependentSchemas: 'list the properties',
  dependencies: 'list the properties',
  if: 'write anyOf',
  then: 'write anyOf',
  else: 'write anyOf',
  uniqueItems: 'say so in description',
  contains: 'describe the items in description',
  minContains: 'describe the items in description',
  maxContains: 'describe the items in description',
  prefixItems: 'give one items schema for every element',
  unevaluatedProperties: 'set additionalProperties: false',
  unevaluatedItems: 'give one items schema for every element',
};

/**
 * The strict form of `schema`, or every keyword the API would refuse. The input is not changed.
 * Optional properties become required and nullable; objects without `additionalProperties` are
 * closed; annotations that change no answer (`default`, `examples`, `$schema`, …) are left out.
 */
export function toStrictSchema(schema: JsonObject): StrictSchemaResult {
  const problems: SchemaProblem[] = [];
  const state = { problems, properties: 0, root: schema };
  const problem = (pointer: string, message: string) => problems.push({ pointer, message });

  if (schema.type !== 'object') {
    problem(
      schema.type === undefined ? '' : '/type',
      "the top of an output_schema must be an object ({ type: object, properties: … }): OpenAI's strict structured output answers objects only",
    );
  }
  if (schema.anyOf !== undefined)
    problem('/anyOf', 'the top of an output_schema may not be an anyOf; make it one object');
  const strict = strictNode(schema, '', 0, state);
  if (state.properties > STRICT_LIMITS.properties) {
    problem(
      '',
      `the schema has ${state.properties} properties; strict structured output allows ${STRICT_LIMITS.properties}`,
    );
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, schema: strict };
}

interface State {
  problems: SchemaProblem[];
  properties: number;
  root: JsonObject;
}

function strictNode(node: JsonValue, pointer: string, depth: number, state: State): JsonObject {
  const problem = (at: string, message: string) => state.problems.push({ pointer: at, message });
  if (!isObject(node)) {
    problem(pointer, `a schema must be a mapping, got ${JSON.stringify(node)}`);
    return {};
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    const at = childPointer(pointer, key);
    if (KEPT.has(key)) out[key] = value;
    else if (key === '$id' && pointer === '') continue;
    else if (DROPPED.has(key)) continue;
    else if (!STRUCTURAL.has(key)) {
      const instead = INSTEAD[key];
      problem(
        at,
        `'${key}' is not supported by OpenAI's strict structured output${instead ? `; ${instead}` : '; remove it'}`,
      );
    }
  }
  if (
    node.type === undefined &&
    node.anyOf === undefined &&
    node.$ref === undefined &&
    node.enum === undefined &&
    node.const === undefined
  ) {
    problem(
      pointer,
      'a schema needs a type (or enum, const, anyOf or $ref) in strict structured output',
    );
  }
  if (node.type !== undefined) {
    const types = Array.isArray(node.type) ? node.type : [node.type];
    const unknown = types.find((t) => typeof t !== 'string' || !TYPES.has(t));
    if (unknown !== undefined)
      problem(
        childPointer(pointer, 'type'),
        `type ${JSON.stringify(unknown)} is not a JSON Schema type`,
      );
    out.type = node.type;
  }
  if (node.format !== undefined) {
    if (typeof node.format !== 'string' || !FORMATS.has(node.format)) {
      problem(
        childPointer(pointer, 'format'),
        `format ${JSON.stringify(node.format)} is not supported by strict structured output; use one of ${[...FORMATS].join(', ')}, or pattern`,
      );
    }
    out.format = node.format;
  }
  if (node.enum !== undefined) {
    if (Array.isArray(node.enum) && node.enum.length > STRICT_LIMITS.enumValues) {
      problem(
        childPointer(pointer, 'enum'),
        `enum lists ${node.enum.length} values; strict structured output allows ${STRICT_LIMITS.enumValues}`,
      );
    }
    out.enum = node.enum;
  }
  if (node.const !== undefined) out.const = node.const;
  if (node.$ref !== undefined) {
    if (typeof node.$ref !== 'string' || !node.$ref.startsWith('#')) {
      problem(
        childPointer(pointer, '$ref'),
        `$ref ${JSON.stringify(node.$ref)} must point inside the schema (#/$defs/…)`,
      );
    }
    out.$ref = node.$ref;
  }
  for (const defs of ['$defs', 'definitions'] as const) {
    const map = node[defs];
    if (map === undefined) continue;
    const at = childPointer(pointer, defs);
    if (!isObject(map)) {
      problem(at, `${defs} must be a mapping of schemas`);
      continue;
    }
    const strictDefs: JsonObject = {};
    for (const [name, def] of Object.entries(map))
      strictDefs[name] = strictNode(def, childPointer(at, name), depth, state);
    out[defs] = strictDefs;
  }
  if (node.anyOf !== undefined) {
    const at = childPointer(pointer, 'anyOf');
    if (!Array.isArray(node.anyOf) || node.anyOf.length === 0) {
      problem(at, 'anyOf must be a non-empty list of schemas');
    } else {
      out.anyOf = node.anyOf.map((branch, i) =>
        strictNode(branch, childPointer(at, i), depth, state),
      );
    }
  }
  if (typeIncludes(node, 'array') || node.items !== undefined) {
    const at = childPointer(pointer, 'items');
    if (node.items === undefined) {
      problem(
        pointer,
        'an array needs items (one schema for every element) in strict structured output',
      );
    } else if (Array.isArray(node.items)) {
      problem(at, 'items must be one schema for every element; tuples are not supported');
    } else {
      out.items = strictNode(node.items, at, depth + 1, state);
    }
  }
  if (typeIncludes(node, 'object') || node.properties !== undefined) {
    strictObject(node, out, pointer, depth, state);
  }
  return out;
}

function strictObject(
  node: JsonObject,
  out: JsonObject,
  pointer: string,
  depth: number,
  state: State,
): void {
  const problem = (at: string, message: string) => state.problems.push({ pointer: at, message });
  if (depth + 1 > STRICT_LIMITS.nesting) {
    problem(
      pointer,
      `objects nest ${depth + 1} deep here; strict structured output allows ${STRICT_LIMITS.nesting}`,
    );
  }
  const extra = node.additionalProperties;
  if (extra !== undefined && extra !== false) {
    problem(
      childPointer(pointer, 'additionalProperties'),
      'strict structured output needs every object closed: set additionalProperties: false (or remove it) and list the properties',
    );
  }
  out.additionalProperties = false;
  const properties = node.properties;
  if (properties === undefined) {
    problem(
      pointer,
      'an object needs its properties listed in strict structured output (it cannot answer an object of any shape)',
    );
    return;
  }
  if (!isObject(properties)) {
    problem(childPointer(pointer, 'properties'), 'properties must be a mapping of schemas');
    return;
  }
  const required = requiredOf(node);
  const at = childPointer(pointer, 'properties');
  const strictProperties: JsonObject = {};
  for (const [name, schema] of Object.entries(properties)) {
    state.properties += 1;
    const strict = strictNode(schema, childPointer(at, name), depth + 1, state);
    strictProperties[name] =
      required.has(name) || acceptsNull(strict, state.root) ? strict : nullable(strict);
  }
  out.properties = strictProperties;
  out.required = Object.keys(properties);
}

/** A property the user made optional, sent as required with `null` for "absent". */
function nullable(schema: JsonObject): JsonObject {
  const { type } = schema;
  if (
    type !== undefined &&
    schema.anyOf === undefined &&
    schema.$ref === undefined &&
    schema.const === undefined
  ) {
    const types = Array.isArray(type) ? type : [type];
    return {
      ...schema,
      type: [...types, 'null'],
      ...(Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {}),
    };
  }
  return { anyOf: [schema, { type: 'null' }] };
}

export function requiredOf(node: JsonObject): Set<string> {
  return new Set(
    Array.isArray(node.required)
      ? node.required.filter((r): r is string => typeof r === 'string')
      : [],
  );
}

function typeIncludes(node: JsonObject, type: string): boolean {
  return node.type === type || (Array.isArray(node.type) && node.type.includes(type));
}

/** Whether `null` is a valid answer for the schema (its type, enum, const, anyOf or $ref says so). */
export function acceptsNull(
  node: JsonValue | undefined,
  root: JsonObject,
  seen = new Set<string>(),
): boolean {
  if (!isObject(node)) return node === true;
  if (typeof node.$ref === 'string') {
    if (seen.has(node.$ref)) return false;
    seen.add(node.$ref);
    return acceptsNull(resolveRef(root, node.$ref), root, seen);
  }
  if (Array.isArray(node.anyOf)) return node.anyOf.some((b) => acceptsNull(b, root, seen));
  if (node.const !== undefined) return node.const === null;
  if (Array.isArray(node.enum)) return node.enum.includes(null);
  if (node.type !== undefined) return typeIncludes(node, 'null');
  return true;
}

/** The schema a local `$ref` (`#/$defs/name`, `#`) points at. */
export function resolveRef(root: JsonObject, ref: string): JsonValue | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: JsonValue | undefined = root;
  const path = ref.slice(1);
  if (path === '') return root;
  for (const raw of path.slice(1).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? node[key] : undefined;
  }
  return node;
}

/**
 * The answer with the nulls strict mode made the model write for optional properties removed
 * again, so it can be checked against the user's own schema. A null stays where the user's
 * schema allows it (the property was nullable already).
 */
export function dropAddedNulls(value: JsonValue, schema: JsonObject): JsonValue {
  return drop(value, schema, schema, 0);
}

function drop(
  value: JsonValue,
  node: JsonValue | undefined,
  root: JsonObject,
  depth: number,
): JsonValue {
  if (!isObject(node) || depth > 64) return value;
  if (typeof node.$ref === 'string')
    return drop(value, resolveRef(root, node.$ref), root, depth + 1);
  if (Array.isArray(node.anyOf)) {
    // The answer was written for a branch's strict form: drop by the first branch it fits.
    const branch = node.anyOf.find((b) => fitsStrict(value, b, root, depth + 1));
    return branch === undefined ? value : drop(value, branch, root, depth + 1);
  }
  if (Array.isArray(value)) {
    const items = node.items;
    return isObject(items) ? value.map((v) => drop(v, items, root, depth + 1)) : value;
  }
  if (!isObject(value) || !isObject(node.properties)) return value;
  const required = requiredOf(node);
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    const property = node.properties[key];
    if (
      item === null &&
      !required.has(key) &&
      property !== undefined &&
      !acceptsNull(property, root)
    )
      continue;
    out[key] = property === undefined ? item : drop(item, property, root, depth + 1);
  }
  return out;
}

/**
 * Whether a strict answer fits the strict form of `node`: its type, enum or const, and for an
 * object exactly the listed properties, each fitting (null standing for an optional one).
 */
function fitsStrict(
  value: JsonValue,
  node: JsonValue | undefined,
  root: JsonObject,
  depth: number,
): boolean {
  if (!isObject(node) || depth > 64) return node !== false;
  if (typeof node.$ref === 'string')
    return fitsStrict(value, resolveRef(root, node.$ref), root, depth + 1);
  if (Array.isArray(node.anyOf) && !node.anyOf.some((b) => fitsStrict(value, b, root, depth + 1)))
    return false;
  if (node.const !== undefined && JSON.stringify(node.const) !== JSON.stringify(value))
    return false;
  if (
    Array.isArray(node.enum) &&
    !node.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))
  )
    return false;
  if (node.type !== undefined && !typeFits(value, node)) return false;
  if (Array.isArray(value))
    return !isObject(node.items) || value.every((v) => fitsStrict(v, node.items, root, depth + 1));
  if (isObject(value) && isObject(node.properties)) {
    const properties = node.properties;
    const required = requiredOf(node);
    const keys = Object.keys(value);
    if (keys.length !== Object.keys(properties).length) return false;
    return keys.every((k) => {
      const item = value[k];
      if (item === undefined || !(k in properties)) return false;
      return (
        (item === null && !required.has(k)) || fitsStrict(item, properties[k], root, depth + 1)
      );
    });
  }
  return true;
}

function typeFits(value: JsonValue, node: JsonObject): boolean {
  if (value === null) return typeIncludes(node, 'null');
  if (Array.isArray(value)) return typeIncludes(node, 'array');
  if (typeof value === 'number')
    return (
      typeIncludes(node, 'number') || (Number.isInteger(value) && typeIncludes(node, 'integer'))
    );
  return typeIncludes(node, typeof value);
}
