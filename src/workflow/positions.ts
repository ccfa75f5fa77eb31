// Where each value of a workflow file came from: JSON pointer → source offsets, and
// offsets → 1-based line:col. Built once while the YAML tree is read, queried by every check.
import type { Position, PositionIndex, SourceRange } from './model.js';

/** Offsets of one value in the source text, and of its key when it sits in a mapping. */
export interface Span {
  start: number;
  end: number;
  keyStart?: number;
  keyEnd?: number;
  /** False when the text at start..end is not the value itself (an alias, or a value a tag replaced). */
  literal: boolean;
}

export class SourceMap {
  private readonly spans = new Map<string, Span>();
  /** Offset of the first character of every line. */
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly file: string,
    readonly source: string,
  ) {
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
      this.lineStarts.push(i + 1);
    }
  }

  set(pointer: string, span: Span): void {
    this.spans.set(pointer, span);
  }

  has(pointer: string): boolean {
    return this.spans.has(pointer);
  }

  /** The span of the pointer, or of its nearest ancestor that exists in the file. */
  span(pointer: string): Span {
    for (let p: string | undefined = pointer; p !== undefined; p = parentPointer(p)) {
      const span = this.spans.get(p);
      if (span) return span;
    }
    return { start: 0, end: 0, literal: false };
  }

  /** Offset of the key of the pointer's value (or of the value itself when it has no key). */
  keyOffset(pointer: string): number {
    const own = this.spans.get(pointer);
    if (own) return own.keyStart ?? own.start;
    return this.span(pointer).start;
  }

  position(offset: number): Position {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
  }

  /** The source text of the value at `pointer`, when the file holds it literally there. */
  textAt(pointer: string): string | undefined {
    const span = this.spans.get(pointer);
    return span?.literal ? this.source.slice(span.start, span.end) : undefined;
  }

  range(start: number, end: number): SourceRange {
    return { file: this.file, start: this.position(start), end: this.position(end) };
  }

  /** The `PositionIndex` of the Workflow model. */
  readonly index: PositionIndex = (pointer, at = 'value') => {
    const span = this.span(pointer);
    return at === 'key' && this.spans.has(pointer)
      ? this.range(this.keyOffset(pointer), span.end)
      : this.range(span.start, span.end);
  };

  /**
   * Source offset of `offset` inside the string value at `pointer`. Quoting, escapes and
   * block indentation make string offsets differ from source offsets, so the offset is
   * taken relative to the k-th `${{` of the value and the k-th `${{` is found in the source.
   */
  offsetInString(pointer: string, value: string, offset: number): number {
    const span = this.span(pointer);
    if (!span.literal) return span.start;
    const text = this.source.slice(span.start, span.end);
    let k = -1;
    let anchor = 0;
    for (let i = value.indexOf('${{'); i >= 0 && i <= offset; i = value.indexOf('${{', i + 1)) {
      k++;
      anchor = i;
    }
    if (k < 0) {
      // No `${{` before the offset: exact only for plain text that was not rewritten.
      if (text.startsWith(value)) return span.start + offset;
      const quoted = text.startsWith('"') || text.startsWith("'");
      return quoted && text.startsWith(value, 1) ? span.start + 1 + offset : span.start;
    }
    let at = -1;
    for (let i = 0; i <= k; i++) {
      at = text.indexOf('${{', at + 1);
      if (at < 0) return span.start;
    }
    return Math.min(span.start + at + (offset - anchor), span.end);
  }
}

/** `/steps/2/llm` → `/steps/2`; the root `''` has no parent. */
export function parentPointer(pointer: string): string | undefined {
  if (pointer === '') return undefined;
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

export function childPointer(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** `/steps/2/llm` → `['steps', '2', 'llm']`. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** True when `pointer` is `ancestor` or lies inside it. */
export function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}
