// The functions an expression may call: GitHub's, with JSON conversion made prototype-safe, plus status functions.
import { data, ExpressionEvaluationError, wellKnownFunctions } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { fromData, toData } from './expression-data.js';
import type { StatusFunctions } from './expression-types.js';

export const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'] as const;
type StatusName = (typeof STATUS_FUNCTIONS)[number];

export function isStatusFunction(lowerName: string): lowerName is StatusName {
  return (STATUS_FUNCTIONS as readonly string[]).includes(lowerName);
}

// The package's toJSON/fromJSON build objects with `obj[key] =`, which drops `__proto__` keys.
const toJSON: FunctionDefinition = {
  name: 'toJSON',
  minArgs: 1,
  maxArgs: 1,
  call: (value) => new data.StringData(JSON.stringify(fromData(value ?? new data.Null()), null, 2)),
};

const fromJSON: FunctionDefinition = {
  name: 'fromJSON',
  minArgs: 1,
  maxArgs: 1,
  call: (value) => {
    const text = (value ?? new data.Null()).coerceString();
    if (text.trim() === '') throw new Error('fromJSON was given empty input.');
    let parsed: unknown;
    try {
      // JSON.parse makes `__proto__` an own data property; toData only ever reads own keys.
      parsed = JSON.parse(text);
    } catch (e) {
      throw new ExpressionEvaluationError(
        `Error parsing JSON when evaluating fromJson: ${(e as Error).message}`,
        { cause: e },
      );
    }
    return toData(parsed);
  },
};

/** Lower-cased name → definition; an own-key Map, so `constructor()` is never found. */
export const BUILTIN_FUNCTIONS: ReadonlyMap<string, FunctionDefinition> = new Map([
  ...Object.keys(wellKnownFunctions).flatMap((name): Array<[string, FunctionDefinition]> => {
    const fn = wellKnownFunctions[name];
    return fn ? [[name, fn]] : [];
  }),
  ['tojson', toJSON],
  ['fromjson', fromJSON],
]);

/** How users spell the functions, for messages. */
export const FUNCTION_NAMES = [
  'contains',
  'startsWith',
  'endsWith',
  'format',
  'join',
  'toJSON',
  'fromJSON',
  'case',
] as const;

const withStatus = new WeakMap<StatusFunctions, ReadonlyMap<string, FunctionDefinition>>();

/** The built-ins plus the four status functions answered by `status`. */
export function functionsFor(
  status: StatusFunctions | undefined,
): ReadonlyMap<string, FunctionDefinition> {
  if (status === undefined) return BUILTIN_FUNCTIONS;
  let map = withStatus.get(status);
  if (map === undefined) {
    const all = new Map(BUILTIN_FUNCTIONS);
    for (const name of STATUS_FUNCTIONS) {
      all.set(name, {
        name,
        minArgs: 0,
        maxArgs: 0,
        call: () => new data.BooleanData(status[name]()),
      });
    }
    map = all;
    withStatus.set(status, map);
  }
  return map;
}
