// Converts between plain JSON and @actions/expressions data, lazily and without reaching prototypes.
import { data } from '@actions/expressions';
import type { Pair } from '@actions/expressions/data/expressiondata';
import type { JsonObject, JsonValue } from './model.js';

type ExpressionData = data.ExpressionData;
const isOwnEnumerable = Object.prototype.propertyIsEnumerable;
type Source = Readonly<Record<string, unknown>>;

/**
 * A read-only, case-insensitive view of a plain object that converts a key only when an
 * expression reads it: `steps` may hold a thousand steps' outputs, and converting them all
 * for every rendered string would dominate a run. Only own enumerable keys exist here, so
 * `constructor` or `__proto__` read from data are data (or null), never the prototype.
 */
export class JsonDictionary extends data.Dictionary {
  readonly #source: Source;
  readonly #nullWhenMissing: boolean;
  readonly #converted = new Map<string, ExpressionData>();
  #lowerKeys: Map<string, string> | undefined;

  constructor(source: Source, nullWhenMissing = false) {
    super();
    this.#source = source;
    this.#nullWhenMissing = nullWhenMissing;
  }

  override add(): void {
    throw new Error('A context dictionary is read-only.');
  }

  override get(key: string): ExpressionData | undefined {
    const own = this.#resolve(key);
    if (own === undefined) return this.#nullWhenMissing ? new data.Null() : undefined;
    return this.#valueOf(own);
  }

  override values(): ExpressionData[] {
    return this.pairs().map((p) => p.value);
  }

  override pairs(): Pair[] {
    return [...this.#keyIndex().values()].map((key) => ({ key, value: this.#valueOf(key) }));
  }

  // An exact own key is the common case and costs no scan; otherwise match case-insensitively.
  #resolve(key: string): string | undefined {
    if (isOwnEnumerable.call(this.#source, key)) return key;
    return this.#keyIndex().get(key.toLowerCase());
  }

  // Lower-cased key → the first own key spelling it, as data.Dictionary keeps the first of duplicates.
  #keyIndex(): Map<string, string> {
    if (this.#lowerKeys === undefined) {
      this.#lowerKeys = new Map();
      for (const key of Object.keys(this.#source)) {
        const lower = key.toLowerCase();
        if (!this.#lowerKeys.has(lower)) this.#lowerKeys.set(lower, key);
      }
    }
    return this.#lowerKeys;
  }

  // Cached, so reading the same object twice gives the same reference (GitHub compares objects by reference).
  #valueOf(key: string): ExpressionData {
    let value = this.#converted.get(key);
    if (value === undefined) {
      value = toData(this.#source[key]);
      this.#converted.set(key, value);
    }
    return value;
  }
}

/** Plain JSON (or anything else: functions and symbols become null) → expression data. */
export function toData(value: unknown): ExpressionData {
  switch (typeof value) {
    case 'string':
      return new data.StringData(value);
    case 'number':
      return new data.NumberData(value);
    case 'boolean':
      return new data.BooleanData(value);
    case 'object': {
      if (value === null) return new data.Null();
      if (Array.isArray(value)) {
        const array = new data.Array();
        for (const item of value as unknown[]) array.add(toData(item));
        return array;
      }
      return new JsonDictionary(value as Source);
    }
    default:
      return new data.Null();
  }
}

/** Expression data → plain JSON, with keys such as `__proto__` kept as own data properties. */
export function fromData(value: ExpressionData): JsonValue {
  switch (value.kind) {
    case data.Kind.Null:
      return null;
    case data.Kind.Boolean:
    case data.Kind.Number:
    case data.Kind.String:
      return value.value;
    case data.Kind.Array:
      return value.values().map(fromData);
    case data.Kind.Dictionary: {
      const out: JsonObject = {};
      for (const { key, value: item } of value.pairs()) setOwn(out, key, fromData(item));
      return out;
    }
  }
}

/** Sets an own enumerable property even for `__proto__`, where `obj[key] = v` would swap the prototype. */
export function setOwn(target: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
