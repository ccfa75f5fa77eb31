// Structured output, both ways: the strict schema sent to the API, and the answer read back
// against the user's own schema (ajv), with the nulls added for optional properties dropped.
import Ajv, { type ValidateFunction } from 'ajv';
import { pointerSegments } from '../workflow/positions.js';
import type { JsonObject, JsonValue } from '../workflow/model.js';
import type { FinishReason, JsonSchemaFormat } from './client.js';
import { dropAddedNulls, toStrictSchema, type SchemaProblem } from './strict-schema.js';
import { messageOf } from '../common/errors.js';

export interface StructuredOutput {
  /** What the request carries: the strict form of the user's schema. */
  format: JsonSchemaFormat;
  /** The model's answer as the user's schema describes it, or why it is not. */
  read(text: string, reply: { finish: FinishReason; maxTokens: number }): AnswerRead;
}

export type AnswerRead =
  | { ok: true; value: JsonValue }
  /** `why` names what came: "text that is not JSON (…)", "JSON that does not match llm.output_schema: /a must be string". */
  | { ok: false; why: string };

/**
 * Every problem of an output_schema before anything runs: not a JSON Schema (ajv), or a keyword
 * OpenAI's strict mode refuses, each at its pointer inside the schema.
 */
export function outputSchemaProblems(schema: JsonObject): SchemaProblem[] {
  const compiled = compile(schema);
  if (typeof compiled === 'string')
    return [{ pointer: '', message: `output_schema is not a valid JSON Schema: ${compiled}` }];
  const strict = toStrictSchema(schema);
  return strict.ok ? [] : strict.problems;
}

/** Prepares one step's structured output; `field` names it in the sentence (`llm.output_schema`). */
export function structuredOutput(
  name: string,
  schema: JsonObject,
  field: string,
): { ok: true; output: StructuredOutput } | { ok: false; error: string } {
  const validate = compile(schema);
  if (typeof validate === 'string')
    return { ok: false, error: `${field} is not a valid JSON Schema: ${validate}` };
  const strict = toStrictSchema(schema);
  if (!strict.ok) {
    const [first] = strict.problems;
    const more = strict.problems.length > 1 ? ` (and ${strict.problems.length - 1} more)` : '';
    return {
      ok: false,
      error: `${field}${where(first?.pointer ?? '')}: ${first?.message ?? 'is not accepted'}${more}`,
    };
  }
  return {
    ok: true,
    output: {
      format: { name, schema: strict.schema },
      read: (text, reply) => readAnswer(text, reply, schema, validate, field),
    },
  };
}

function readAnswer(
  text: string,
  reply: { finish: FinishReason; maxTokens: number },
  schema: JsonObject,
  validate: ValidateFunction,
  field: string,
): AnswerRead {
  let parsed: JsonValue;
  try {
    parsed = JSON.parse(text) as JsonValue;
  } catch {
    const cut =
      reply.finish === 'length' ? ` (the reply was cut at max_tokens ${reply.maxTokens})` : '';
    return { ok: false, why: `text that is not JSON${cut}, though ${field} asks for JSON` };
  }
  const value = dropAddedNulls(parsed, schema);
  if (validate(value)) return { ok: true, value };
  const errors = (validate.errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim())
    .join('; ');
  return { ok: false, why: `JSON that does not match ${field}: ${errors}` };
}

function compile(schema: JsonObject): ValidateFunction | string {
  try {
    // A fresh instance each time: schemas of different steps may share an `$id`.
    // The API holds the supported formats itself; ajv knows none without ajv-formats (it would warn).
    return new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
  } catch (error) {
    return messageOf(error);
  }
}

/** ` at properties.name.minLength`, for a pointer inside the schema. */
function where(pointer: string): string {
  const segments = pointerSegments(pointer);
  return segments.length === 0 ? '' : ` at ${segments.join('.')}`;
}
