import { EXIT_INVALID } from '../report/report.js';
import { engine as realEngine, type Engine } from '../setup/engine.js';
import { WFLO_VERSION } from '../setup/version.js';
import { COMMAND_HELP, MAIN_HELP } from './help.js';
import type { CliIo } from './io.js';
import { planCommand } from './plan.js';
import { runCommand } from './run.js';
import { UsageError } from './usage-error.js';
import { validateCommand } from './validate.js';

const COMMANDS = {
  validate: validateCommand,
  plan: planCommand,
  run: runCommand,
} as const;

function isCommand(name: string): name is keyof typeof COMMANDS {
  return Object.hasOwn(COMMANDS, name);
}

/** Runs one command line; resolves to the process exit code. */
export async function runCli(
  argv: string[],
  io: CliIo,
  engine: Engine = realEngine,
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') {
    io.out(MAIN_HELP);
    return first === undefined ? EXIT_INVALID : 0;
  }
  if (first === '--version' || first === '-V') {
    io.out(`${WFLO_VERSION}\n`);
    return 0;
  }
  if (first === 'help') {
    const topic = rest[0];
    io.out(
      topic !== undefined && isCommand(topic) ? (COMMAND_HELP[topic] ?? MAIN_HELP) : MAIN_HELP,
    );
    return 0;
  }
  if (!isCommand(first)) {
    io.err(
      `wflo: unknown command '${first}'; commands are validate, plan, run (see 'wflo --help')\n`,
    );
    return EXIT_INVALID;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(COMMAND_HELP[first] ?? MAIN_HELP);
    return 0;
  }
  try {
    return await COMMANDS[first](rest, io, engine);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`wflo: ${err.message} (see 'wflo ${err.command ?? ''} --help')\n`.replace('  ', ' '));
      return EXIT_INVALID;
    }
    io.err(
      `wflo: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return 1;
  }
}
