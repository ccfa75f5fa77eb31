import { EXIT_INVALID } from '../report/report.js';
import type { Engine } from '../wiring/engine.js';
import { parseCommandArgs } from './args.js';
import type { CliIo } from './io.js';
import { loadOrReport } from './load.js';
import { UsageError } from './usage-error.js';

export async function validateCommand(args: string[], io: CliIo, engine: Engine): Promise<number> {
  const { positionals } = parseCommandArgs('validate', args, {});
  if (positionals.length === 0)
    throw new UsageError("'wflo validate' needs at least one FILE", 'validate');
  let invalid = 0;
  for (const file of positionals) {
    if (!(await loadOrReport(engine, file, io))) invalid++;
  }
  if (invalid > 0) return EXIT_INVALID;
  io.out(
    positionals.length === 1 ? `${positionals[0]}: valid\n` : `${positionals.length} files valid\n`,
  );
  return 0;
}
