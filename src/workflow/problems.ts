// Collects every problem found in a file, each tied to a source offset, and turns them into
// sorted diagnostics at the end. Messages are built last, once step ids are known, so a
// problem found while reading the YAML can still name its step.
import type { Diagnostic } from './errors.js';
import type { JsonValue } from './model.js';
import { isWithin, type SourceMap } from './positions.js';
import { whereOf, type Where } from './where.js';

export type Message = string | ((where: Where) => string);

interface Problem {
  offset: number;
  pointer: string;
  message: Message;
  order: number;
}

export class Problems {
  private readonly list: Problem[] = [];
  /** Values already reported as broken: later checks stay quiet about them, to avoid echoes. */
  private readonly silenced: string[] = [];

  constructor(readonly map: SourceMap) {}

  get count(): number {
    return this.list.length;
  }

  /** A problem with the value at `pointer` (its start). */
  value(pointer: string, message: Message): void {
    this.add(this.map.span(pointer).start, pointer, message);
  }

  /** A problem with a key: points at the key rather than its value. */
  key(pointer: string, message: Message): void {
    this.add(this.map.keyOffset(pointer), pointer, message);
  }

  /** A problem at an exact offset, about the value at `pointer`. */
  at(offset: number, pointer: string, message: Message): void {
    this.add(offset, pointer, message);
  }

  /** Later problems inside `pointer` are dropped: the value there has been reported already. */
  silence(pointer: string): void {
    this.silenced.push(pointer);
  }

  isSilenced(pointer: string): boolean {
    return this.silenced.some((p) => isWithin(pointer, p));
  }

  /** True when a problem was reported at or inside `pointer`. */
  hasWithin(pointer: string): boolean {
    return this.list.some((p) => isWithin(p.pointer, pointer));
  }

  /** Every problem as a diagnostic, with `extra` ones (already positioned) merged in, sorted by position. */
  diagnostics(root: JsonValue | undefined, extra: Diagnostic[] = []): Diagnostic[] {
    const seen = new Set<string>();
    const out: Array<Diagnostic & { order: number }> = [];
    for (const p of this.list) {
      const message =
        typeof p.message === 'string' ? p.message : p.message(whereOf(root, p.pointer));
      const { line, col } = this.map.position(p.offset);
      const key = `${line}:${col}\n${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ file: this.map.file, line, col, message, order: p.order });
    }
    extra.forEach((d, i) => out.push({ ...d, order: this.list.length + i }));
    out.sort((a, b) => a.line - b.line || a.col - b.col || a.order - b.order);
    return out.map(({ file, line, col, message }) => ({ file, line, col, message }));
  }

  private add(offset: number, pointer: string, message: Message): void {
    if (this.isSilenced(pointer)) return;
    this.list.push({ offset, pointer, message, order: this.list.length });
  }
}
