import { EXIT_INVALID } from '../report/report.js';
import { formatDiagnostic } from '../workflow/errors.js';
import type { Engine } from '../wiring/engine.js';
import { parseCommandArgs } from './args.js';
import type { CliIo } from './io.js';
import { loadOrReport } from './load.js';
import { UsageError } from './usage-error.js';

export async function validateCommand(args: string[], io: CliIo, engine: Engine): Promise<number> {
  const { positionals, values } = parseCommandArgs('validate', args, {
    strict: { type: 'boolean' },
  });
  if (positionals.length === 0)
    throw new UsageError("'wflo validate' needs at least one FILE", 'validate');
  let invalid = 0;
  let warned = 0;
  for (const file of positionals) {
    const workflow = await loadOrReport(engine, file, io);
    if (!workflow) {
      invalid++;
      continue;
    }
    // Warnings (DESIGN.md §9) keep the file valid unless --strict says otherwise.
    for (const w of workflow.warnings ?? [])
      io.err(`${formatDiagnostic({ ...w, message: `warning: ${w.message}` })}\n`);
    if ((workflow.warnings?.length ?? 0) > 0) warned++;
  }
  if (invalid > 0 || (values.strict === true && warned > 0)) return EXIT_INVALID;
  io.out(
    positionals.length === 1 ? `${positionals[0]}: valid\n` : `${positionals.length} files valid\n`,
  );
  return 0;
}
