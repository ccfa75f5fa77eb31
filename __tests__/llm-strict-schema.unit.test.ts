// The user's output_schema in OpenAI's strict form, and the answer read back against the user's own.
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropAddedNulls, toStrictSchema } from '../src/llm/strict-schema.js';
import { outputSchemaProblems, structuredOutput } from '../src/llm/structured-output.js';
import type { JsonObject, JsonValue } from '../src/workflow/model.js';
import { strictProblem } from './support/openai-request-check.js';

function strictOf(schema: JsonObject): JsonObject {
  const result = toStrictSchema(schema);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.schema;
}

const ajv = new Ajv({ strict: false, validateFormats: false });
const compiled = new WeakMap<JsonObject, ReturnType<Ajv['compile']>>();
/** One compile per schema object: the property below reads each schema many times. */
function validator(schema: JsonObject): ReturnType<Ajv['compile']> {
  let fn = compiled.get(schema);
  if (fn === undefined) {
    fn = ajv.compile(schema);
    compiled.set(schema, fn);
  }
  return fn;
}

describe('toStrictSchema', () => {
  it('makes the docs example strict: optional properties required and nullable, objects closed', () => {
    const schema: JsonObject = {
      type: 'object',
      required: ['summary'],
      properties: {
        summary: { type: 'string', description: 'What changed' },
        risk: { enum: ['low', 'high'] },
        files: {
          type: 'array',
          items: { type: 'object', properties: { path: { type: 'string' } } },
        },
      },
    };
    expect(strictOf(schema)).toEqual({
      type: 'object',
      additionalProperties: false,
      required: ['summary', 'risk', 'files'],
      properties: {
        summary: { type: 'string', description: 'What changed' },
        risk: { anyOf: [{ enum: ['low', 'high'] }, { type: 'null' }] },
        files: {
          type: ['array', 'null'],
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['path'],
            properties: { path: { type: ['string', 'null'] } },
          },
        },
      },
    });
    expect(strictProblem(strictOf(schema), strictOf(schema), [])).toBeUndefined();
    expect(schema.additionalProperties).toBeUndefined(); // the input is not changed
  });

  it('adds null to an enum beside a type, and keeps a property that is nullable already', () => {
    const strict = strictOf({
      type: 'object',
      properties: {
        level: { type: 'string', enum: ['a', 'b'] },
        note: { type: ['string', 'null'] },
        ref: { $ref: '#/$defs/point' },
      },
      $defs: { point: { type: 'object', properties: { x: { type: 'number' } }, required: ['x'] } },
    });
    expect(strict.properties).toEqual({
      level: { type: ['string', 'null'], enum: ['a', 'b', null] },
      note: { type: ['string', 'null'] },
      ref: { anyOf: [{ $ref: '#/$defs/point' }, { type: 'null' }] },
    });
    expect(strict.$defs).toEqual({
      point: {
        type: 'object',
        additionalProperties: false,
        required: ['x'],
        properties: { x: { type: 'number' } },
      },
    });
  });

  it('leaves out annotations that change no answer', () => {
    expect(
      strictOf({
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: 'https://example.com/answer',
        type: 'object',
        required: ['n'],
        properties: { n: { type: 'integer', default: 3, examples: [1], minimum: 0 } },
      }),
    ).toEqual({
      type: 'object',
      additionalProperties: false,
      required: ['n'],
      properties: { n: { type: 'integer', minimum: 0 } },
    });
  });

  it('refuses every keyword strict mode refuses, each at its pointer, with the fix', () => {
    const result = toStrictSchema({
      type: 'object',
      properties: {
        name: { type: 'string', minLength: 1 },
        tags: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        any: { type: 'object' },
        open: { type: 'object', properties: {}, additionalProperties: true },
        pick: { oneOf: [{ type: 'string' }, { type: 'number' }] },
        when: { type: 'string', format: 'uri' },
        list: { type: 'array' },
      },
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        pointer: '/properties/name/minLength',
        message:
          "'minLength' is not supported by OpenAI's strict structured output; describe the length in description",
      },
      {
        pointer: '/properties/tags/uniqueItems',
        message:
          "'uniqueItems' is not supported by OpenAI's strict structured output; say so in description",
      },
      {
        pointer: '/properties/any',
        message:
          'an object needs its properties listed in strict structured output (it cannot answer an object of any shape)',
      },
      {
        pointer: '/properties/open/additionalProperties',
        message:
          'strict structured output needs every object closed: set additionalProperties: false (or remove it) and list the properties',
      },
      {
        pointer: '/properties/pick/oneOf',
        message: "'oneOf' is not supported by OpenAI's strict structured output; write anyOf",
      },
      {
        pointer: '/properties/pick',
        message:
          'a schema needs a type (or enum, const, anyOf or $ref) in strict structured output',
      },
      {
        pointer: '/properties/when/format',
        message:
          'format "uri" is not supported by strict structured output; use one of date-time, time, date, duration, email, hostname, ipv4, ipv6, uuid, or pattern',
      },
      {
        pointer: '/properties/list',
        message: 'an array needs items (one schema for every element) in strict structured output',
      },
    ]);
  });

  it('refuses a top that is not one object', () => {
    expect(toStrictSchema({ type: 'array', items: { type: 'string' } })).toMatchObject({
      ok: false,
      problems: [{ pointer: '/type' }],
    });
    expect(toStrictSchema({ anyOf: [{ type: 'object', properties: {} }] })).toMatchObject({
      ok: false,
      problems: [{ pointer: '' }, { pointer: '/anyOf' }],
    });
  });

  it("holds OpenAI's limits on nesting and enum size", () => {
    let deep: JsonObject = { type: 'string' };
    for (let i = 0; i < 11; i++)
      deep = { type: 'object', required: ['a'], properties: { a: deep } };
    const nested = toStrictSchema(deep);
    expect(nested.ok ? [] : nested.problems.map((p) => p.message)).toEqual([
      'objects nest 11 deep here; strict structured output allows 10',
    ]);
    const many = toStrictSchema({
      type: 'object',
      required: ['e'],
      properties: { e: { enum: Array.from({ length: 1001 }, (_, i) => i) } },
    });
    expect(many.ok ? undefined : many.problems[0]?.pointer).toBe('/properties/e/enum');
  });
});

describe('dropAddedNulls', () => {
  const schema: JsonObject = {
    type: 'object',
    required: ['a'],
    properties: {
      a: { type: 'string' },
      b: { type: 'string' },
      c: { type: ['string', 'null'] },
      d: { type: 'array', items: { $ref: '#/$defs/item' } },
      e: {
        anyOf: [
          { type: 'object', properties: { x: { type: 'number' } } },
          { type: 'object', properties: { y: { type: 'number' }, z: { type: 'number' } } },
        ],
      },
    },
    $defs: { item: { type: 'object', properties: { n: { type: 'number' } } } },
  };

  it('drops the nulls strict mode asked for, and only those', () => {
    expect(
      dropAddedNulls(
        { a: 'x', b: null, c: null, d: [{ n: null }, { n: 1 }], e: { y: 1, z: null } },
        schema,
      ),
    ).toEqual({ a: 'x', c: null, d: [{}, { n: 1 }], e: { y: 1 } });
    // A required property's null stays, so the user's schema can refuse it.
    expect(dropAddedNulls({ a: null }, schema)).toEqual({ a: null });
  });

  it('drops by the anyOf branch the answer fits (found by the property below, seed -1392384985)', () => {
    const found: JsonObject = {
      type: 'object',
      required: ['d'],
      properties: {
        d: {
          anyOf: [
            { type: 'array', items: { type: 'string' } },
            {
              type: 'array',
              items: {
                type: 'object',
                properties: { a: { type: 'string' }, b: { type: 'string' } },
              },
            },
          ],
        },
      },
    };
    expect(dropAddedNulls({ d: [{ a: null, b: null }] }, found)).toEqual({ d: [{}] });
  });
});

describe('structuredOutput', () => {
  const schema: JsonObject = {
    type: 'object',
    required: ['summary'],
    properties: { summary: { type: 'string' }, risk: { enum: ['low', 'high'] } },
  };
  const prepared = structuredOutput('fix', schema, 'agent.output_schema');
  if (!prepared.ok) throw new Error(prepared.error);
  const read = (text: string, finish: 'stop' | 'length' = 'stop') =>
    prepared.output.read(text, { finish, maxTokens: 50 });

  it('sends the strict form and reads the answer as the user wrote the schema', () => {
    expect(prepared.output.format.name).toBe('fix');
    expect(prepared.output.format.schema.required).toEqual(['summary', 'risk']);
    expect(read('{"summary":"done","risk":null}')).toEqual({
      ok: true,
      value: { summary: 'done' },
    });
    expect(read('{"summary":"done","risk":"low"}')).toEqual({
      ok: true,
      value: { summary: 'done', risk: 'low' },
    });
  });

  it('says what is wrong with an answer', () => {
    expect(read('{"summary":')).toEqual({
      ok: false,
      why: 'text that is not JSON, though agent.output_schema asks for JSON',
    });
    expect(read('{"summary":', 'length')).toEqual({
      ok: false,
      why: 'text that is not JSON (the reply was cut at max_tokens 50), though agent.output_schema asks for JSON',
    });
    expect(read('{"summary":1}')).toEqual({
      ok: false,
      why: 'JSON that does not match agent.output_schema: /summary must be string',
    });
  });

  it('refuses a schema the API would refuse, in one sentence naming the keyword', () => {
    expect(
      structuredOutput(
        'x',
        { type: 'object', properties: { a: { type: 'string', maxLength: 3 }, b: { not: {} } } },
        'llm.output_schema',
      ),
    ).toEqual({
      ok: false,
      error:
        "llm.output_schema at properties.a.maxLength: 'maxLength' is not supported by OpenAI's strict structured output; describe the length in description (and 2 more)",
    });
    expect(outputSchemaProblems({ type: 'object', properties: { a: { type: 'nope' } } })).toEqual([
      expect.objectContaining({
        pointer: '',
        message: expect.stringMatching(/^output_schema is not a valid JSON Schema: /),
      }),
    ]);
  });
});

/** Schemas of the supported subset, with optional properties, nullable types, enums, arrays and anyOf. */
const schemaArb: fc.Arbitrary<JsonObject> = fc.letrec<{ node: JsonObject; object: JsonObject }>(
  (tie) => ({
    node: fc.oneof(
      { depthSize: 'xsmall', maxDepth: 4, withCrossShrink: true },
      fc.constantFrom<JsonObject>(
        { type: 'string' },
        { type: 'integer', minimum: 0 },
        { type: 'number' },
        { type: 'boolean' },
        { type: ['string', 'null'] },
        { enum: ['a', 'b', 1] },
        { type: 'string', format: 'date' },
        { const: 'fixed' },
      ),
      tie('object'),
      tie('node').map((items) => ({ type: 'array', items, maxItems: 3 })),
      fc
        .tuple(tie('node'), tie('node'))
        .map(([a, b]) => ({ anyOf: [a, b], description: 'either' })),
    ),
    object: fc
      .dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.tuple(tie('node'), fc.boolean()), {
        maxKeys: 3,
      })
      .map((props) => ({
        type: 'object',
        properties: Object.fromEntries(Object.entries(props).map(([k, [s]]) => [k, s])),
        required: Object.entries(props)
          .filter(([, [, req]]) => req)
          .map(([k]) => k),
      })),
  }),
).object;

/** A value valid under `schema`, drawn at random (the schemas above only). */
function valueArb(schema: JsonObject): fc.Arbitrary<JsonValue> {
  if (Array.isArray(schema.anyOf))
    return fc.oneof(...schema.anyOf.map((b) => valueArb(b as JsonObject)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  if (schema.format === 'date') return fc.constantFrom('2026-12-02', '1999-01-31');
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const arbs: Array<fc.Arbitrary<JsonValue>> = [];
  for (const t of types) {
    if (t === 'string') arbs.push(fc.string({ maxLength: 5 }));
    if (t === 'null') arbs.push(fc.constant(null));
    if (t === 'integer') arbs.push(fc.nat(100));
    if (t === 'number') arbs.push(fc.double({ noNaN: true, noDefaultInfinity: true }));
    if (t === 'boolean') arbs.push(fc.boolean());
    if (t === 'array') arbs.push(fc.array(valueArb(schema.items as JsonObject), { maxLength: 3 }));
    if (t === 'object') {
      const props = schema.properties as Record<string, JsonObject>;
      const required = new Set(schema.required as string[]);
      const entries = Object.entries(props).map(([k, s]) =>
        required.has(k)
          ? valueArb(s).map((v): [string, JsonValue][] => [[k, v]])
          : fc
              .option(valueArb(s), { nil: undefined })
              .map((v): [string, JsonValue][] => (v === undefined ? [] : [[k, v]])),
      );
      arbs.push(fc.tuple(...entries).map((parts) => Object.fromEntries(parts.flat())));
    }
  }
  return fc.oneof(...arbs);
}

/** What the model writes under the strict form: every property present, null for one left out. */
function asStrictAnswer(value: JsonValue, schema: JsonObject): JsonValue {
  if (Array.isArray(schema.anyOf)) {
    const branch = (schema.anyOf as JsonObject[]).find((b) => validator(b)(value));
    return branch ? asStrictAnswer(value, branch) : value;
  }
  if (Array.isArray(value) && schema.items)
    return value.map((v) => asStrictAnswer(v, schema.items as JsonObject));
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && schema.properties) {
    const props = schema.properties as Record<string, JsonObject>;
    return Object.fromEntries(
      Object.entries(props).map(([k, s]) => [
        k,
        k in value ? asStrictAnswer(value[k] ?? null, s) : null,
      ]),
    );
  }
  return value;
}

/** `back` without the null-valued keys that `value` does not have. */
function withoutNullsAbsentIn(back: JsonValue, value: JsonValue): JsonValue {
  if (Array.isArray(back) && Array.isArray(value))
    return back.map((b, i) => withoutNullsAbsentIn(b, value[i] ?? null));
  if (isPlain(back) && isPlain(value)) {
    return Object.fromEntries(
      Object.entries(back)
        .filter(([k, v]) => k in value || v !== null)
        .map(([k, v]) => [k, withoutNullsAbsentIn(v, value[k] ?? null)]),
    );
  }
  return back;
}

function isPlain(v: JsonValue): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

describe('the strict form, for any schema of the supported subset', () => {
  it('is accepted by the API, and every answer valid under it reads back as the value the user meant', () => {
    const out = fc.check(
      fc.property(
        schemaArb.chain((schema) => fc.tuple(fc.constant(schema), valueArb(schema))),
        ([schema, value]) => {
          const strict = strictOf(schema);
          expect(strictProblem(strict, strict, [])).toBeUndefined();
          expect(validator(schema)(value)).toBe(true);
          const answer = asStrictAnswer(value, schema);
          expect(validator(strict)(answer)).toBe(true);
          const back = dropAddedNulls(answer, schema);
          expect(validator(schema)(back)).toBe(true);
          // Nulls the user's schema allows stay (the property was nullable already); nothing else differs.
          expect(withoutNullsAbsentIn(back, value)).toEqual(value);
        },
      ),
      { numRuns: 200 },
    );
    // The report holds the seed and the shrunk counterexample; keep it below as a case when it fails.
    expect(out.failed, fc.defaultReportMessage(out)).toBe(false);
  });
});
