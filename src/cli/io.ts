// What the CLI touches of the outside world, so commands run in-process in tests.
import { onInterruptSignals } from '../wiring/signals.js';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Where an approval gate may ask, when both are terminals; absent in tests. */
  terminal?: {
    input: NodeJS.ReadableStream & { isTTY?: boolean };
    output: NodeJS.WritableStream & { isTTY?: boolean };
  };
  /** Ends the process now (a second Ctrl-C while steps are still stopping). */
  forceExit(code: number): void;
  /** Calls `handler` on SIGINT/SIGTERM until the returned function is called. */
  onInterrupt(handler: (signal: string) => void): () => void;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    terminal: { input: process.stdin, output: process.stderr },
    forceExit: (code) => process.exit(code),
    onInterrupt: onInterruptSignals,
  };
}
