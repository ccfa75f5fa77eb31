import type { SourceRange } from './model.js';
import { WfloError } from '../common/errors.js';

/** One problem found in a workflow file, located exactly. */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  message: string;
}

export function diagnosticAt(range: SourceRange, message: string): Diagnostic {
  return { file: range.file, line: range.start.line, col: range.start.col, message };
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.message}`;
}

/** Thrown when a workflow file cannot be used; carries every problem found, not just the first. */
export class WorkflowError extends WfloError {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    const printable = diagnostics.map((d) => ({ ...d, message: printableMessage(d.message) }));
    super(printable.map(formatDiagnostic).join('\n'));
    this.name = 'WorkflowError';
    this.diagnostics = printable;
  }
}

/** Longer runs without a space are cut: a value quoted in a message is there to be recognised. */
const LONGEST_WORD = 120;
const LONGEST_MESSAGE = 1000;
// Controls, DEL, C1 controls, and the marks that reorder or hide text on a terminal.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A message as one line a terminal shows as written: a value's newlines, escape sequences
 * and direction marks become visible escapes (`\n`, `\u001b`), and a value of a megabyte
 * is cut to its start, so the sentence and its advice stay readable.
 */
export function printableMessage(message: string): string {
  const escaped = message.replace(
    UNPRINTABLE,
    (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const cut = escaped.replace(
    new RegExp(`\\S{${LONGEST_WORD + 1},}`, 'g'),
    (word) => `${word.slice(0, LONGEST_WORD - 20)}… (${word.length} characters)`,
  );
  return cut.length > LONGEST_MESSAGE
    ? `${cut.slice(0, LONGEST_MESSAGE - 40)}… (${cut.length} characters in all)`
    : cut;
}
