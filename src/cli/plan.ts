import { planOf, renderPlanText } from '../report/plan.js';
import { EXIT_INVALID } from '../report/report.js';
import type { Engine } from '../wiring/engine.js';
import { parseCommandArgs } from './args.js';
import type { CliIo } from './io.js';
import { loadOrReport } from './load.js';
import { UsageError } from './usage-error.js';

export async function planCommand(args: string[], io: CliIo, engine: Engine): Promise<number> {
  const { positionals } = parseCommandArgs('plan', args, {});
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError("'wflo plan' needs a FILE", 'plan');
  if (extra.length > 0)
    throw new UsageError(`'wflo plan' takes one FILE, got also '${extra[0]}'`, 'plan');
  const workflow = await loadOrReport(engine, file, io);
  if (!workflow) return EXIT_INVALID;
  io.out(renderPlanText(await planOf(workflow, engine.registry())));
  return 0;
}
