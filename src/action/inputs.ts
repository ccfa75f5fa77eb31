// Every input of action.yml, gathered once into one typed object and validated up
// front: a bad value stops the action with a sentence naming the input and the form
// it must take, before anything runs.
import { parse as parseYaml } from 'yaml';
import type { JsonValue } from '../workflow/model.js';
import { parseUsdToMicros } from '../wiring/usd.js';
import { WfloError } from '../common/errors.js';

export type ApprovalMode = 'wait' | 'resume';
export type PrCommentMode = 'always' | 'on-failure' | 'never';

export interface ActionInputs {
  /** Path of the workflow file, relative to the workspace. */
  workflow: string;
  inputs: Record<string, JsonValue>;
  budgetMicros?: number;
  openaiApiKey?: string;
  openaiBaseUrl?: string;
  githubToken?: string;
  approvalMode: ApprovalMode;
  prComment: PrCommentMode;
  dryRun: boolean;
  /** `allow-untrusted`: run steps with secrets or power on a fork's or a reader's event without a gate. */
  allowUntrusted: boolean;
  /** Puts each llm/agent step's final text and an agent's tool calls in the job summary. */
  showOutputs: boolean;
  /** `budget-store`: where the file's budget pools are kept (docs/budgets.md); `github` by default. */
  budgetStore: string;
}

/** One or more inputs are wrong; the message has one sentence per input. */
export class ActionInputError extends WfloError {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ActionInputError';
  }
}

/** Reads one input as the runner passed it (`core.getInput` without options). */
export type InputReader = (name: string) => string;

/** A store URL's form; which schemes this build opens is the registry's (pools/stores.ts) to say. */
const STORE_FORM = /^(github(:\S+)?|file:\S+|rediss?:\/\/[^\s/]+(\/\d+)?)$/;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function parseInputsMap(text: string, problems: string[]): Record<string, JsonValue> {
  if (text.trim() === '') return {};
  const form = "a YAML or JSON map of input names to values, e.g. '{path: tests}'";
  let value: unknown;
  try {
    value = parseYaml(text, { maxAliasCount: 0, uniqueKeys: true });
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    problems.push(`Input 'inputs' must be ${form}; it does not parse: ${why}`);
    return {};
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push(
      `Input 'inputs' must be ${form}, got ${Array.isArray(value) ? 'a list' : `'${text.trim()}'`}`,
    );
    return {};
  }
  const out: Record<string, JsonValue> = {};
  for (const [key, v] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      problems.push(`Input 'inputs' may not have a key named '${key}'`);
      continue;
    }
    out[key] = v as JsonValue;
  }
  return out;
}

function oneOf<T extends string>(
  name: string,
  raw: string,
  allowed: readonly T[],
  fallback: T,
  problems: string[],
): T {
  if (raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  problems.push(
    `Input '${name}' must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got '${raw}'`,
  );
  return fallback;
}

function booleanInput(name: string, raw: string, problems: string[], fallback = false): boolean {
  // The YAML 1.2 core schema's booleans, as core.getBooleanInput accepts them.
  if (raw === '') return fallback;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  problems.push(`Input '${name}' must be 'true' or 'false', got '${raw}'`);
  return fallback;
}

export function readInputs(read: InputReader): ActionInputs {
  const problems: string[] = [];
  const get = (name: string) => read(name).trim();

  const workflow = get('workflow');
  if (workflow === '') {
    problems.push(
      "Input 'workflow' is required: the path of a workflow file, e.g. '.wflo/fix-tests.yml'",
    );
  }
  const inputs = parseInputsMap(read('inputs'), problems);

  let budgetMicros: number | undefined;
  const budget = get('budget-usd');
  if (budget !== '') {
    budgetMicros = parseUsdToMicros(budget);
    if (budgetMicros === undefined) {
      problems.push(
        `Input 'budget-usd' must be a positive number of dollars with at most 6 decimals, e.g. '2.00', got '${budget}'`,
      );
    }
  }

  const openaiBaseUrl = get('openai-base-url');
  if (openaiBaseUrl !== '' && !/^https?:\/\/[^\s/]+/.test(openaiBaseUrl)) {
    problems.push(
      `Input 'openai-base-url' must be an http(s) URL, e.g. 'https://api.openai.com/v1', got '${openaiBaseUrl}'`,
    );
  }

  const budgetStore = get('budget-store') || 'github';
  if (!STORE_FORM.test(budgetStore)) {
    problems.push(
      `Input 'budget-store' must be 'github', 'file:DIR' or 'redis://host:port[/db]' (or rediss://), got '${budgetStore}'`,
    );
  }

  const result: ActionInputs = {
    workflow,
    inputs,
    ...(budgetMicros === undefined ? {} : { budgetMicros }),
    ...(get('openai-api-key') === '' ? {} : { openaiApiKey: get('openai-api-key') }),
    ...(openaiBaseUrl === '' ? {} : { openaiBaseUrl }),
    ...(get('github-token') === '' ? {} : { githubToken: get('github-token') }),
    approvalMode: oneOf(
      'approval-mode',
      get('approval-mode'),
      ['wait', 'resume'] as const,
      'wait',
      problems,
    ),
    prComment: oneOf(
      'pr-comment',
      get('pr-comment'),
      ['always', 'on-failure', 'never'] as const,
      'never',
      problems,
    ),
    dryRun: booleanInput('dry-run', get('dry-run'), problems),
    allowUntrusted: booleanInput('allow-untrusted', get('allow-untrusted'), problems),
    showOutputs: booleanInput('show-outputs', get('show-outputs'), problems, true),
    budgetStore,
  };
  if (problems.length > 0) throw new ActionInputError(problems);
  return result;
}
