// What OpenAI's server refuses with a 400, for the local fake: the request body against
// CreateChatCompletionRequest of OpenAI's published spec (github:openai/openai-openapi at
// f85dbe2, read locally; the shapes are those the `openai` package types), and strict
// structured output by the API's own rules (every object `additionalProperties: false`,
// every property in `required`, only the supported keywords). Written apart from
// src/llm/strict-schema.ts on purpose: it is the oracle that code is tested against.

/** CreateChatCompletionRequest's properties in the spec. */
const REQUEST_KEYS = new Set([
  'audio',
  'frequency_penalty',
  'function_call',
  'functions',
  'logit_bias',
  'logprobs',
  'max_completion_tokens',
  'max_tokens',
  'messages',
  'metadata',
  'modalities',
  'model',
  'moderation',
  'n',
  'parallel_tool_calls',
  'prediction',
  'presence_penalty',
  'prompt_cache_key',
  'prompt_cache_options',
  'prompt_cache_retention',
  'reasoning_effort',
  'response_format',
  'safety_identifier',
  'seed',
  'service_tier',
  'stop',
  'store',
  'stream',
  'stream_options',
  'temperature',
  'tool_choice',
  'tools',
  'top_logprobs',
  'top_p',
  'user',
  'verbosity',
  'web_search_options',
]);

/** Each message kind's properties (ChatCompletionRequest*Message). */
const MESSAGE_KEYS: Record<string, readonly string[]> = {
  developer: ['content', 'name', 'role'],
  system: ['content', 'name', 'role'],
  user: ['content', 'name', 'role'],
  assistant: ['audio', 'content', 'function_call', 'name', 'refusal', 'role', 'tool_calls'],
  tool: ['content', 'role', 'tool_call_id'],
};

const NAME = /^[a-zA-Z0-9_-]{1,64}$/;

/** The keywords strict mode permits (the structured-outputs guide, "Supported schemas"). */
const STRICT_KEYWORDS = new Set([
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
  'description',
  'title',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The 400 the real API would answer, or undefined when it would accept the body. */
export function refusalOf(body: unknown): { message: string; param: string | null } | undefined {
  if (!isRecord(body)) return { message: 'The body must be a JSON object.', param: null };
  for (const key of Object.keys(body)) {
    if (!REQUEST_KEYS.has(key))
      return { message: `Unrecognized request argument supplied: ${key}`, param: key };
  }
  if (typeof body.model !== 'string' || body.model === '')
    return { message: 'you must provide a model parameter', param: 'model' };
  const messages = body.messages;
  if (!Array.isArray(messages) || messages.length === 0)
    return { message: "Invalid 'messages': empty array.", param: 'messages' };
  for (const [i, m] of messages.entries()) {
    const problem = messageProblem(m);
    if (problem)
      return { message: `Invalid 'messages[${i}]': ${problem}`, param: `messages[${i}]` };
  }
  for (const key of ['max_tokens', 'max_completion_tokens'] as const) {
    const v = body[key];
    if (v !== undefined && !(typeof v === 'number' && Number.isInteger(v) && v >= 1))
      return { message: `Invalid '${key}': expected an integer above 0.`, param: key };
  }
  if (body.tools !== undefined) {
    if (!Array.isArray(body.tools))
      return { message: "Invalid 'tools': expected an array.", param: 'tools' };
    for (const [i, tool] of body.tools.entries()) {
      const fn = isRecord(tool) ? tool.function : undefined;
      if (
        !isRecord(tool) ||
        tool.type !== 'function' ||
        !isRecord(fn) ||
        typeof fn.name !== 'string' ||
        !NAME.test(fn.name)
      )
        return {
          message: `Invalid 'tools[${i}]': expected { type: 'function', function: { name, … } }.`,
          param: `tools[${i}]`,
        };
      for (const key of Object.keys(fn)) {
        if (!['name', 'description', 'parameters', 'strict'].includes(key))
          return {
            message: `Invalid 'tools[${i}].function': unknown parameter '${key}'.`,
            param: `tools[${i}].function`,
          };
      }
    }
  }
  return responseFormatRefusal(body.response_format);
}

function messageProblem(m: Json): string | undefined {
  if (!isRecord(m) || typeof m.role !== 'string') return 'expected an object with a role.';
  const allowed = MESSAGE_KEYS[m.role];
  if (!allowed) return `unknown role '${m.role}'.`;
  const extra = Object.keys(m).find((k) => !allowed.includes(k));
  if (extra !== undefined) return `unknown parameter '${extra}'.`;
  if (m.role === 'assistant') {
    if (m.content === null && !Array.isArray(m.tool_calls))
      return 'an assistant message needs content or tool_calls.';
  } else if (typeof m.content !== 'string') return 'content must be a string.';
  if (m.role === 'tool' && typeof m.tool_call_id !== 'string') return 'tool_call_id is required.';
  return undefined;
}

function responseFormatRefusal(
  format: Json | undefined,
): { message: string; param: string } | undefined {
  if (format === undefined) return undefined;
  const param = 'response_format';
  if (!isRecord(format))
    return { message: "Invalid 'response_format': expected an object.", param };
  if (format.type !== 'json_schema') return undefined;
  const spec = format.json_schema;
  if (!isRecord(spec))
    return { message: "Missing required parameter: 'response_format.json_schema'.", param };
  const extra = Object.keys(spec).find(
    (k) => !['name', 'description', 'schema', 'strict'].includes(k),
  );
  if (extra !== undefined)
    return { message: `Unknown parameter: 'response_format.json_schema.${extra}'.`, param };
  if (typeof spec.name !== 'string' || !NAME.test(spec.name))
    return {
      message: "Invalid 'response_format.json_schema.name': must match ^[a-zA-Z0-9_-]{1,64}$.",
      param,
    };
  if (spec.strict !== true) return undefined;
  const schema = spec.schema;
  const problem = isRecord(schema)
    ? strictProblem(schema, schema, [])
    : 'schema must be an object.';
  return problem === undefined
    ? undefined
    : { message: `Invalid schema for response_format '${spec.name}': ${problem}`, param };
}

/** The first strict-mode violation, worded as the API words it. */
export function strictProblem(
  root: Record<string, Json>,
  node: Record<string, Json>,
  context: string[],
): string | undefined {
  const at = `In context=(${context.map((c) => `'${c}'`).join(', ')}${context.length === 1 ? ',' : ''})`;
  if (context.length === 0 && node.type !== 'object')
    return `schema must be a JSON Schema of 'type: "object"', got 'type: "${String(node.type)}"'.`;
  for (const key of Object.keys(node)) {
    if (!STRICT_KEYWORDS.has(key)) return `${at}, '${key}' is not permitted.`;
  }
  const types = Array.isArray(node.type) ? node.type : [node.type];
  if (types.includes('object') || node.properties !== undefined) {
    if (node.additionalProperties !== false)
      return `${at}, 'additionalProperties' is required to be supplied and to be false.`;
    const properties = isRecord(node.properties) ? node.properties : {};
    const required = Array.isArray(node.required) ? node.required : [];
    const missing = Object.keys(properties).find((k) => !required.includes(k));
    if (missing !== undefined || !Array.isArray(node.required))
      return `${at}, 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing ?? ''}'.`;
    for (const [key, child] of Object.entries(properties)) {
      if (!isRecord(child)) return `${at}, properties must be schemas.`;
      const problem = strictProblem(root, child, [...context, 'properties', key]);
      if (problem) return problem;
    }
  }
  if (isRecord(node.items)) {
    const problem = strictProblem(root, node.items, [...context, 'items']);
    if (problem) return problem;
  } else if (types.includes('array')) return `${at}, 'items' is required.`;
  if (Array.isArray(node.anyOf)) {
    for (const [i, branch] of node.anyOf.entries()) {
      if (!isRecord(branch)) return `${at}, anyOf must hold schemas.`;
      const problem = strictProblem(root, branch, [...context, 'anyOf', String(i)]);
      if (problem) return problem;
    }
  }
  for (const defs of ['$defs', 'definitions'] as const) {
    const map = node[defs];
    if (!isRecord(map)) continue;
    for (const [name, def] of Object.entries(map)) {
      if (!isRecord(def)) return `${at}, ${defs} must hold schemas.`;
      const problem = strictProblem(root, def, [...context, defs, name]);
      if (problem) return problem;
    }
  }
  if (
    node.type === undefined &&
    node.anyOf === undefined &&
    node.$ref === undefined &&
    node.enum === undefined &&
    node.const === undefined
  )
    return `${at}, schema must have a 'type' key.`;
  return undefined;
}
