import { EXIT_INVALID } from '../report/report.js';
import type { Engine } from '../wiring/engine.js';
import { WFLO_VERSION } from '../wiring/version.js';
import { COMMAND_HELP, MAIN_HELP } from './help.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

type Command = (args: string[], io: CliIo, engine: Engine) => Promise<number>;

// Each command is loaded when it is named, so `wflo --version` or `wflo validate` does not
// load (or, in the bundle, compile) the Docker, OpenAI and GitHub clients `wflo run` needs.
const COMMANDS: Record<'validate' | 'plan' | 'run' | 'diff' | 'pools', () => Promise<Command>> = {
  validate: async () => (await import('./validate.js')).validateCommand,
  plan: async () => (await import('./plan.js')).planCommand,
  run: async () => (await import('./run.js')).runCommand,
  diff: async () => (await import('./diff.js')).diffCommand,
  pools: async () => (await import('./pools.js')).poolsCommand,
};

function isCommand(name: string): name is keyof typeof COMMANDS {
  return Object.hasOwn(COMMANDS, name);
}

/**
 * Runs one command line; resolves to the process exit code. Without `engine`, the real one,
 * loaded only for a command that needs it.
 */
export async function runCli(argv: string[], io: CliIo, engine?: Engine): Promise<number> {
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
      `wflo: unknown command '${first}'; commands are validate, plan, run, diff, pools (see 'wflo --help')\n`,
    );
    return EXIT_INVALID;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(COMMAND_HELP[first] ?? MAIN_HELP);
    return 0;
  }
  try {
    const command = await COMMANDS[first]();
    return await command(rest, io, engine ?? (await import('../wiring/engine.js')).engine);
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
