// GitHub's cross-language expression test vectors (actions/languageservices, expressions/testdata),
// run through wflo's public functions. See docs/expressions.md for how the comparison is adapted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkExpression,
  checkTemplate,
  evaluateExpression,
  ExpressionError,
  renderValue,
  splitTemplate,
} from '../src/workflow/expressions.js';
import type { JsonObject, JsonValue } from '../src/workflow/model.js';

interface Vector {
  expr: string;
  contexts?: JsonObject;
  result?: { kind: string; value: JsonValue };
  err?: { kind: 'lexing' | 'parsing' | 'evaluation'; value: string };
  options?: { skip?: string[] };
}

const dir = join(import.meta.dirname, 'fixtures', 'expressions-testdata');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** The 28 files of the upstream folder at the commit they were copied from (see the README there). */
const EXPECTED_FILES = [
  'basic.json',
  'case.json',
  'coerce_boolean.json',
  'coerce_number.json',
  'coerce_string.json',
  'contains.json',
  'endsWith.json',
  'format.json',
  'fromJSON.json',
  'join.json',
  'number.json',
  'op_and.json',
  'op_dot.json',
  'op_eq.json',
  'op_gt.json',
  'op_gte.json',
  'op_idx.json',
  'op_idx_star.json',
  'op_lt.json',
  'op_lte.json',
  'op_ne.json',
  'op_not.json',
  'op_or.json',
  'operators_case_insensitive.json',
  'operators_precedence.json',
  'startsWith.json',
  'syntax-errors.json',
  'tojson.json',
];

/**
 * Groups that hold no vectors. coerce_boolean.json upstream only says "refer ./operator_not.json"
 * (the folder's op_not.json, which is run); its one group is empty. Listed so nothing goes unnoticed.
 */
const EMPTY_GROUPS = ['coerce_boolean.json: refer ./operator_not.json'];

function groupsOf(file: string): Array<[string, Vector[]]> {
  const parsed = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, Vector[]>;
  return Object.entries(parsed);
}

/** GitHub's kind names for a typed wflo value. */
function kindOf(value: JsonValue): string {
  if (value === null) return 'Null';
  if (Array.isArray(value)) return 'Array';
  switch (typeof value) {
    case 'boolean':
      return 'Boolean';
    case 'number':
      return 'Number';
    case 'string':
      return 'String';
    default:
      return 'Object';
  }
}

/**
 * Splits "message. Located at position N within expression: …" into the message and the 0-based
 * offset. A few vectors end at "position N" with no expression after it; upstream's runner checks
 * them with toContain, so any position whose digits start with N matches (`prefix`).
 */
function expectedError(text: string): { head: string; position?: string; prefix: boolean } {
  const m = /^(.*?)\. Located at position (\d+)( within expression)?/s.exec(text);
  if (m?.[1] === undefined || m[2] === undefined) return { head: text, prefix: false };
  return { head: m[1], position: m[2], prefix: m[3] === undefined };
}

function expectPosition(offset: number | undefined, want: ReturnType<typeof expectedError>): void {
  if (want.position === undefined) return;
  const position = String((offset ?? -1) + 1);
  if (want.prefix) expect(position.startsWith(want.position)).toBe(true);
  else expect(position).toBe(want.position);
}

/**
 * Evaluation errors that wflo finds earlier, at validation: a literal format() string that is
 * malformed or references a missing argument (docs/expressions.md). Counted, so the set cannot grow
 * unnoticed.
 */
const FOUND_AT_VALIDATION = /^The following format string (is invalid|references more arguments)/;
const FOUND_AT_VALIDATION_COUNT = 17;

/** The same expression inside `${{ }}`, or undefined when it cannot stand there (a `}}` outside quotes). */
function asTemplate(expr: string): string | undefined {
  const template = `\${{ ${expr} }}`;
  try {
    const parts = splitTemplate(template);
    return parts.length === 1 && parts[0]?.text === ` ${expr} ` ? template : undefined;
  } catch {
    return undefined;
  }
}

function thrown(fn: () => unknown): ExpressionError | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof ExpressionError) return e;
    throw e;
  }
  return undefined;
}

describe('GitHub expression test vectors', () => {
  it('has every upstream file, and no file or vector goes unrun', () => {
    expect(files).toEqual(EXPECTED_FILES);
    const empty = files.flatMap((f) =>
      groupsOf(f)
        .filter(([, vectors]) => vectors.length === 0)
        .map(([group]) => `${f}: ${group}`),
    );
    expect(empty).toEqual(EMPTY_GROUPS);
    // Upstream skips these in its TypeScript runner only (its positions are per line, it counts
    // no memory); wflo runs them like every other vector.
    const skipped = files.flatMap((f) =>
      groupsOf(f).flatMap(([group, vectors]) =>
        vectors
          .filter((v) => (v.options?.skip ?? []).length > 0)
          .map((v) => `${f}: ${group}: ${(v.options?.skip ?? []).join(',')}`),
      ),
    );
    expect(skipped).toEqual([
      ...Array<string>(4).fill('syntax-errors.json: parsing-errors: typescript'),
      'syntax-errors.json: memory-errors: typescript',
    ]);
  });

  it(`finds ${FOUND_AT_VALIDATION_COUNT} evaluation errors earlier, at validation: literal format() strings`, () => {
    const early = files.flatMap((f) =>
      groupsOf(f).flatMap(([, vectors]) =>
        vectors.filter(
          (v) => v.err?.kind === 'evaluation' && FOUND_AT_VALIDATION.test(v.err.value),
        ),
      ),
    );
    expect(early).toHaveLength(FOUND_AT_VALIDATION_COUNT);
    for (const v of early) expect(v.expr).toMatch(/^format\('/);
  });

  it('can write every vector inside ${{ }} as well, but an unterminated string', () => {
    const bareOnly = files.flatMap((f) =>
      groupsOf(f).flatMap(([, vectors]) =>
        vectors.filter((v) => asTemplate(v.expr) === undefined).map((v) => v.expr),
      ),
    );
    // Its quote runs to the end, so the `}}` is inside the string and the `${{` is never closed.
    expect(bareOnly).toEqual(["'foo"]);
    expect(() => renderValue("${{ 'foo }}", {})).toThrow('The expression is not closed');
  });

  for (const file of files) {
    for (const [group, vectors] of groupsOf(file)) {
      if (vectors.length === 0) continue;
      describe(`${file} ${group}`, () => {
        it.each(vectors.map((v, i) => ({ ...v, i })))('$i: $expr', (vector) => {
          const contexts = vector.contexts ?? {};
          const options = { contexts: Object.keys(contexts), statusFunctions: false };
          const template = asTemplate(vector.expr);
          const problems = checkExpression(vector.expr, options);

          if (vector.err !== undefined && vector.err.kind !== 'evaluation') {
            // Lexing and parsing errors are both found by checking, before anything runs.
            const want = expectedError(vector.err.value);
            expect(problems[0]?.message).toContain(want.head);
            expectPosition(problems[0]?.offset, want);
            if (template !== undefined) {
              const [inTemplate] = checkTemplate(template, options);
              expect(inTemplate?.message).toBe(problems[0]?.message);
              expect(inTemplate?.offset).toBe((problems[0]?.offset ?? 0) + 4);
              expect(() => renderValue(template, contexts)).toThrow(ExpressionError);
            }
            return;
          }

          if (vector.err !== undefined && FOUND_AT_VALIDATION.test(vector.err.value)) {
            expect(problems[0]?.message).toContain(vector.err.value);
          } else {
            expect(problems).toEqual([]);
          }
          if (vector.err !== undefined) {
            const bare = thrown(() => evaluateExpression(vector.expr, contexts));
            expect(bare?.message).toContain(vector.err.value);
            if (template !== undefined) {
              expect(thrown(() => renderValue(template, contexts))?.message).toBe(bare?.message);
            }
            return;
          }

          const expected = vector.result;
          if (expected === undefined) throw new Error('a vector has neither result nor err');
          const value = evaluateExpression(vector.expr, contexts);
          expect(kindOf(value)).toBe(expected.kind);
          // Compared as JSON, as the upstream runner does (so 2.0 equals 2 and -0 equals 0).
          expect(JSON.stringify(value)).toBe(JSON.stringify(expected.value));
          if (template !== undefined) {
            expect(JSON.stringify(renderValue(template, contexts))).toBe(
              JSON.stringify(expected.value),
            );
          }
        });
      });
    }
  }
});
