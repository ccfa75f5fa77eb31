// The run's one redaction (issue #11): which values are secrets — those under a secret-like name
// in any `env:` and the runner's own — and how every text the engine emits is cleaned of them.
// Longest value first, so a secret that contains another is hidden whole; what the engine and
// the edges emit (logs, records, summary, comments, report) also loses the values' base64, hex
// and URL-encoded forms. Only input hashes use the plain form (they are never shown).
import type { JsonValue } from './json.js';

/** Env names whose values are secrets wherever they come from. */
export const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE|CREDENTIAL|AUTH/i;

/** What a secret becomes in a text. */
export const REDACTED = '***';

/** Masking one-character values would shred every line; GitHub skips them too. */
const MIN_SECRET_LENGTH = 2;

/** An encoded fragment shorter than this would match ordinary text by chance. */
const MIN_ENCODED_LENGTH = 6;

/** The runner's secrets: values of its environment variables with a secret's name. */
export function hostSecrets(hostEnv: Record<string, string | undefined>): Set<string> {
  return new Set(
    Object.entries(hostEnv)
      .filter(([name, value]) => SECRET_NAME.test(name) && value)
      .map(([, value]) => value as string),
  );
}

/**
 * The declared values that are secrets: a runner secret, or under a secret's name. A value
 * that is not text counts as the command sees it (`API_KEY: 12345` is the text `12345`), the
 * way the shell, sandbox and agent kinds put it in the environment.
 */
export function secretValues(
  env: Record<string, unknown>,
  hostEnv: Record<string, string | undefined>,
): string[] {
  const host = hostSecrets(hostEnv);
  return Object.entries(env)
    .map(([name, value]): [string, string] => [name, envText(value)])
    .filter(([, value]) => value !== '')
    .filter(([name, value]) => SECRET_NAME.test(name) || host.has(value))
    .map(([, value]) => value);
}

/** An `env:` value as a command's environment holds it: objects as JSON, null as nothing. */
function envText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return '';
}

/** Secret values declared in any `env:` map inside a value (a step's fields, a sandbox's). */
export function declaredSecrets(
  value: JsonValue,
  hostEnv: Record<string, string | undefined>,
): string[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v) => declaredSecrets(v, hostEnv));
  return Object.entries(value).flatMap(([key, v]) => [
    ...(key === 'env' && v !== null && typeof v === 'object' && !Array.isArray(v)
      ? secretValues(v, hostEnv)
      : []),
    ...declaredSecrets(v, hostEnv),
  ]);
}

/** The run's secrets and the one way every surface is cleaned of them. */
export interface Redactor {
  /** Registers a value; returns true when it was new (and long enough to mask). */
  add(value: string): boolean;
  /** The registered values, longest first. */
  values(): readonly string[];
  /** The text with every value replaced by `***` (input hashes). */
  text(text: string): string;
  /** As `text`, and the values' encoded forms too: everything a person or a comment can read. */
  published(text: string): string;
  /** Every string in a JSON value through `text` (or `published`), keys included. */
  json<T extends JsonValue>(value: T, how?: 'text' | 'published'): T;
}

export function createRedactor(initial: Iterable<string> = []): Redactor {
  let plain: string[] = [];
  let encoded: string[] = [];
  const known = new Set<string>();
  const replaceAll = (text: string, patterns: readonly string[]) => {
    let out = text;
    for (const p of patterns) if (out.includes(p)) out = out.split(p).join(REDACTED);
    return out;
  };
  const redactor: Redactor = {
    add(value) {
      if (value.length < MIN_SECRET_LENGTH || known.has(value)) return false;
      known.add(value);
      plain = [...known].sort(longestFirst);
      encoded = [...new Set([...known].flatMap(encodedForms))]
        .filter((form) => !known.has(form))
        .sort(longestFirst);
      return true;
    },
    values: () => plain,
    text: (text) => (plain.length === 0 ? text : replaceAll(text, plain)),
    published: (text) => (plain.length === 0 ? text : replaceAll(replaceAll(text, plain), encoded)),
    json(value, how = 'text') {
      if (plain.length === 0) return value;
      const clean = how === 'text' ? redactor.text : redactor.published;
      const walk = (v: JsonValue): JsonValue => {
        if (typeof v === 'string') return clean(v);
        if (v === null || typeof v !== 'object') return v;
        if (Array.isArray(v)) return v.map(walk);
        return Object.fromEntries(Object.entries(v).map(([k, inner]) => [clean(k), walk(inner)]));
      };
      return walk(value) as typeof value;
    },
  };
  for (const value of initial) redactor.add(value);
  return redactor;
}

function longestFirst(a: string, b: string): number {
  return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The forms a value takes when a step encodes it: base64 (standard and URL-safe) at each of the
 * three byte alignments it can have inside a longer encoded text, hex, and URL-encoding. For
 * base64, only the characters that depend on the value alone are kept, so the fragment matches
 * whatever bytes surround the value.
 */
export function encodedForms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const forms: string[] = [bytes.toString('hex'), bytes.toString('hex').toUpperCase()];
  for (let offset = 0; offset < 3; offset += 1) {
    const b64 = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const first = Math.ceil((8 * offset) / 6);
    const last = Math.floor((8 * (offset + bytes.length)) / 6);
    const fragment = b64.slice(first, last);
    forms.push(fragment, fragment.replaceAll('+', '-').replaceAll('/', '_'));
  }
  forms.push(encodeURIComponent(value), encodeURIComponent(value).replaceAll('%20', '+'));
  return [...new Set(forms)].filter((f) => f.length >= MIN_ENCODED_LENGTH && f !== value);
}
