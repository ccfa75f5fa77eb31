import type { SourceRange } from './model.js';

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
export class WorkflowError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'WorkflowError';
    this.diagnostics = diagnostics;
  }
}
