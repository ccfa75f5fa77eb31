import { formatDiagnostic, WorkflowError } from '../workflow/errors.js';
import type { Workflow } from '../workflow/model.js';
import type { Engine } from '../wiring/engine.js';
import type { CliIo } from './io.js';

/** Loads one file, printing every problem as `file:line:col: message`; undefined when it is invalid. */
export async function loadOrReport(
  engine: Engine,
  file: string,
  io: CliIo,
): Promise<Workflow | undefined> {
  try {
    return await engine.load(file, { registry: engine.registry(), cwd: io.cwd });
  } catch (err) {
    if (err instanceof WorkflowError) {
      for (const d of err.diagnostics) io.err(`${formatDiagnostic(d)}\n`);
      return undefined;
    }
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      io.err(`${file}: cannot read the workflow file (${code})\n`);
      return undefined;
    }
    throw err;
  }
}
