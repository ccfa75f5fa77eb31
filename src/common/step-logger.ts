// What a step kind logs through: the engine's logger implements it (engine/logger.ts).

/** A step's log; every line is redacted before it is shown. */
export interface StepLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /**
   * A live progress line (an agent's turn, a gate starting to wait, bytes of an image pull):
   * shown at once, outside the step's held log group. Optional, so a logger may drop them.
   */
  progress?(message: string): void;
  /** Registers a value that must never appear in logs, summaries or reports. */
  mask(secret: string): void;
  /** A text a kind publishes itself (a gate's message) with every secret, plain or encoded, hidden. */
  redact(text: string): string;
}
