// Reads the YAML text into plain JSON values while recording where every value came from.
// The tree is walked by hand rather than with toJS() so that aliases are expanded under a
// cap, dangerous keys never reach an object, and tags and duplicate keys are reported
// at their own line:col.
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type Pair,
  type YAMLError,
} from 'yaml';
import type { JsonObject, JsonValue } from './model.js';
import { childPointer, SourceMap, type Span } from './positions.js';
import { Problems } from './problems.js';
import { leadOf, subjectOf, type Where } from './where.js';
import { messageOf } from '../common/errors.js';

/** Files larger than this are refused before parsing. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Values an alias may add to the tree, in all: beyond this it is an alias bomb, not a workflow. */
export const MAX_ALIAS_VALUES = 10_000;
/** Deeper nesting than this is refused (workflow files are shallow; deep nests only exhaust stacks). */
export const MAX_DEPTH = 64;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const CORE_TAG = 'tag:yaml.org,2002:';
const PLAIN_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => CORE_TAG + t),
);

export interface ParsedFile {
  /** undefined when the file is empty or could not be read as YAML. */
  value: JsonValue | undefined;
  map: SourceMap;
  problems: Problems;
  /** YAML syntax was broken: the value is not worth checking further. */
  broken: boolean;
}

export function parseYaml(written: string, file: string): ParsedFile {
  // A lone CR is a line break in YAML 1.2, but the reader takes it for a space; as LF it is
  // the same break at the same offset, so every position stays right.
  const source = written.replace(/\r(?!\n)/g, '\n');
  const map = new SourceMap(file, source);
  const problems = new Problems(map);
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    problems.at(
      0,
      '',
      `the file is ${bytes} bytes, over the limit of ${MAX_FILE_BYTES} bytes (1 MiB)`,
    );
    return { value: undefined, map, problems, broken: true };
  }
  if (refuseCharacters(source, problems) || refuseDirectives(source, problems)) {
    return { value: undefined, map, problems, broken: true };
  }
  let doc: Document.Parsed;
  try {
    // Integers as BigInt, so one above 2^53 is refused rather than silently rounded.
    doc = parseDocument(source, {
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
      intAsBigInt: true,
      version: '1.2',
    });
  } catch (error) {
    problems.at(0, '', `the YAML could not be read: ${messageOf(error)}`);
    return { value: undefined, map, problems, broken: true };
  }
  // After a stack overflow the reader's other errors are echoes of it.
  const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
  for (const e of overflow ? [overflow] : doc.errors) problems.at(e.pos[0], '', yamlMessage(e));
  for (const w of doc.warnings) {
    // Tags are reported by the walk, with advice; other warnings count as errors.
    if (w.code !== 'TAG_RESOLVE_FAILED') problems.at(w.pos[0], '', yamlMessage(w));
  }
  if (doc.errors.length > 0) return { value: undefined, map, problems, broken: true };
  const walker = new Walker(doc, source, map, problems);
  const value = doc.contents ? walker.walk(doc.contents, '', undefined, 0) : undefined;
  return { value, map, problems, broken: false };
}

/** Characters outside YAML's printable set (c-printable), each reported where it stands. */
const NOT_PRINTABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SHOWN_CHARACTERS = 5;

function refuseCharacters(source: string, problems: Problems): boolean {
  let found = 0;
  for (const match of source.matchAll(NOT_PRINTABLE)) {
    found += 1;
    if (found > SHOWN_CHARACTERS) continue;
    const code = match[0].charCodeAt(0);
    const name = code === 0 ? ' (NUL)' : code === 0x1b ? ' (ESC)' : '';
    const what =
      code >= 0xd800 && code <= 0xdfff
        ? 'half of a UTF-16 surrogate pair, which is not text'
        : 'a control character, which YAML does not allow';
    problems.at(
      match.index,
      '',
      `the file holds U+${code.toString(16).toUpperCase().padStart(4, '0')}${name}, ${what}; remove it (write it as an escape such as \\u${code.toString(16).padStart(4, '0')} inside double quotes if it belongs in a value)`,
    );
  }
  if (found > SHOWN_CHARACTERS) {
    problems.at(
      source.length,
      '',
      `${found - SHOWN_CHARACTERS} more characters like these are not shown`,
    );
  }
  return found > 0;
}

/**
 * `%YAML` directives at the top of the file: one at most, and only 1.2. Under 1.1 `yes`, `no`,
 * `on` and `off` are booleans and `0777` is octal, so the same text would mean other values.
 */
function refuseDirectives(source: string, problems: Problems): boolean {
  let firstAt: number | undefined;
  let refused = false;
  let offset = 0;
  for (const line of source.split('\n')) {
    const here = offset;
    offset += line.length + 1;
    if (line.startsWith('---') || line.startsWith('...')) break;
    if (!line.startsWith('%')) {
      if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
      break;
    }
    const yaml = /^%YAML[ \t]+(\S+)/.exec(line);
    if (!yaml) continue;
    if (firstAt !== undefined) {
      const first = problems.map.position(firstAt).line;
      problems.at(here, '', `a second %YAML directive (the first is on line ${first}); keep one`);
      refused = true;
      continue;
    }
    firstAt = here;
    if (yaml[1] !== '1.2') {
      problems.at(
        here + line.indexOf(yaml[1] ?? ''),
        '',
        `%YAML ${yaml[1] ?? ''} asks for another YAML version, where yes, no, on and off would be true and false; workflow files are YAML 1.2: remove the directive or write %YAML 1.2`,
      );
      refused = true;
    }
  }
  return refused;
}

function yamlMessage(e: YAMLError): string {
  if (e.code === 'MULTIPLE_DOCS')
    return 'a workflow file holds one YAML document; remove the second `---`';
  // yaml turns its own stack overflow on absurd nesting into an error; say what it means.
  if (/call stack/i.test(e.message)) return `values are nested more than ${MAX_DEPTH} levels deep`;
  const text = e.message.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return `YAML syntax: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

class Walker {
  private readonly anchors = new Map<string, { node: Node; open: boolean }>();
  private aliasValues = 0;
  private bombReported = false;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly source: string,
    private readonly map: SourceMap,
    private readonly problems: Problems,
  ) {}

  /**
   * `via` is the alias being expanded, if any: values inside it are placed at the alias,
   * since that is where they appear in the file.
   */
  walk(node: Node, pointer: string, via: Node | undefined, depth: number, key?: Node): JsonValue {
    const place: Node = via ?? node;
    const [start, end] = place.range ?? [0, 0];
    const span: Span = { start, end, literal: via === undefined };
    if (key?.range && via === undefined) {
      span.keyStart = key.range[0];
      span.keyEnd = key.range[1];
      // `key:` with nothing after it: point at the key, not at the empty space after the colon.
      if (start === end) span.start = key.range[0];
    }
    this.map.set(pointer, span);

    if (depth > MAX_DEPTH) {
      this.problems.value(pointer, `values are nested more than ${MAX_DEPTH} levels deep`);
      this.problems.silence(pointer);
      return null;
    }
    if (isAlias(node)) return this.expandAlias(node, pointer, via, depth, key);

    const anchor = via === undefined ? (node as { anchor?: string }).anchor : undefined;
    const entry = anchor ? { node, open: true } : undefined;
    if (anchor && entry) this.anchors.set(anchor, entry);
    try {
      if (!this.tagAllowed(node, pointer, via)) {
        span.literal = false;
        return isScalar(node) ? String(node.source ?? '') : null;
      }
      if (isMap(node)) return this.walkMap(node.items as Pair[], pointer, via, depth);
      if (isSeq(node)) {
        return node.items.map((item, i) =>
          this.walk(item as Node, childPointer(pointer, i), via, depth + 1),
        );
      }
      if (isScalar(node)) return this.scalar(node.value, pointer);
      return null;
    } finally {
      if (entry) entry.open = false;
    }
  }

  private walkMap(
    pairs: Pair[],
    pointer: string,
    via: Node | undefined,
    depth: number,
  ): JsonObject {
    const out: JsonObject = {};
    const firstKeyAt = new Map<string, number>();
    for (const pair of pairs) {
      const keyNode = pair.key as Node | null;
      const key = this.keyText(keyNode, pointer);
      if (key === undefined) continue;
      const keyAt = keyNode?.range?.[0] ?? this.map.span(pointer).start;
      const child = childPointer(pointer, key);
      if (FORBIDDEN_KEYS.has(key)) {
        this.problems.at(
          via?.range?.[0] ?? keyAt,
          pointer,
          (w) =>
            `${leadOf(w)}the key '${key}'${inPath(w)} is not allowed (it names JavaScript object internals); rename it`,
        );
        continue;
      }
      const first = firstKeyAt.get(key);
      if (first !== undefined) {
        const line = this.map.position(first).line;
        this.problems.at(
          keyAt,
          pointer,
          (w) => `${leadOf(w)}duplicate key '${key}'${inPath(w)} (first set on line ${line})`,
        );
        continue;
      }
      firstKeyAt.set(key, keyAt);
      const valueNode = pair.value as Node | null;
      if (valueNode) {
        out[key] = this.walk(valueNode, child, via, depth + 1, keyNode ?? undefined);
      } else {
        // `key:` with nothing after it is null; it sits right after the key.
        const at = keyNode?.range?.[1] ?? keyAt;
        this.map.set(child, { start: keyAt, end: at, keyStart: keyAt, keyEnd: at, literal: false });
        out[key] = null;
      }
    }
    return out;
  }

  private keyText(node: Node | null, pointer: string): string | undefined {
    if (node === null) return '';
    if (isScalar(node)) {
      if (!this.tagAllowed(node, pointer, undefined)) return undefined;
      const v = node.value;
      return v === null ? '' : String(v);
    }
    this.problems.at(
      node.range?.[0] ?? 0,
      pointer,
      (w) => `${leadOf(w)}a key must be plain text, not a list, mapping or alias`,
    );
    return undefined;
  }

  private expandAlias(
    node: Node & { source: string },
    pointer: string,
    via: Node | undefined,
    depth: number,
    key?: Node,
  ): JsonValue {
    const at = via ?? node;
    if (this.bombReported) return null;
    const target = this.anchors.get(node.source);
    if (!target) {
      this.problems.value(
        pointer,
        `the alias *${node.source} refers to no anchor &${node.source} before it`,
      );
      this.problems.silence(pointer);
      return null;
    }
    if (target.open) {
      this.problems.value(
        pointer,
        `the alias *${node.source} refers to the value that contains it`,
      );
      this.problems.silence(pointer);
      return null;
    }
    const size = countValues(target.node, MAX_ALIAS_VALUES + 1);
    this.aliasValues += size;
    if (this.aliasValues > MAX_ALIAS_VALUES) {
      if (!this.bombReported) {
        this.bombReported = true;
        this.problems.at(
          at.range?.[0] ?? 0,
          '',
          `aliases expand to more than ${MAX_ALIAS_VALUES} values; refusing what looks like an alias bomb (write the values out instead)`,
        );
      }
      this.problems.silence(pointer);
      return null;
    }
    return this.walk(target.node, pointer, at, depth, key);
  }

  /** Core tags (`!!str`, `!!int`, …) are harmless; any other tag is refused with advice. */
  private tagAllowed(node: Node, pointer: string, via: Node | undefined): boolean {
    const tag = node.tag;
    if (tag === undefined || PLAIN_TAGS.has(tag)) return true;
    if (via !== undefined) return false; // reported where the anchor was defined
    const shown = tag.startsWith(CORE_TAG) ? `!!${tag.slice(CORE_TAG.length)}` : tag;
    const start = node.range?.[0] ?? 0;
    const found = this.source.lastIndexOf(shown, start);
    const at = found >= 0 ? found : start;
    const isCondition = /^\/steps\/\d+\/if$/.test(pointer);
    if (isCondition) {
      const lineEnd = this.source.indexOf('\n', at);
      const written = this.source
        .slice(at, lineEnd < 0 ? undefined : lineEnd)
        .replace(/\s+#.*$/, '')
        .trim();
      this.problems.at(
        at,
        pointer,
        (w) =>
          `${leadOf(w)}\`${shown}\` is a YAML tag here, not a negation; write the condition as \${{ ${written} }}`,
      );
    } else {
      this.problems.at(
        at,
        pointer,
        (w) =>
          `${leadOf(w)}\`${shown}\` is a YAML tag, which workflow files do not use; quote ${w.path || 'the value'} if it is text`,
      );
    }
    this.problems.silence(pointer);
    return false;
  }

  private scalar(value: unknown, pointer: string): JsonValue {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'bigint') {
      if (value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER))
        return Number(value);
      this.problems.value(
        pointer,
        (w) =>
          `${subjectOf(w)} is a whole number beyond ±${Number.MAX_SAFE_INTEGER} (2^53 - 1), which cannot be held exactly; use a smaller number`,
      );
      this.problems.silence(pointer);
      return null;
    }
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return value;
      this.problems.value(pointer, (w) => `${subjectOf(w)} must be a finite number (got ${value})`);
      this.problems.silence(pointer);
      return null;
    }
    return String(value);
  }
}

function inPath(w: Where): string {
  return w.path ? ` in ${w.path}` : '';
}

/** Values inside a node, counting aliases as the size of what they name; stops at `limit`. */
function countValues(node: Node, limit: number): number {
  let n = 0;
  const stack: unknown[] = [node];
  while (stack.length > 0 && n < limit) {
    const top = stack.pop();
    n++;
    if (isMap(top)) for (const p of top.items) stack.push(p.value);
    else if (isSeq(top)) stack.push(...top.items);
  }
  return n;
}
