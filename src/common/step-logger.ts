// What a step kind logs through: the engine's logger implements it (engine/logger.ts).

/** A step's log; every line is redacted before it is shown. */
export interface StepLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Registers a value that must never appear in logs, summaries or reports. */
  mask(secret: string): void;
  /** A text a kind publishes itself (a gate's message) with every secret, plain or encoded, hidden. */
  redact(text: string): string;
}
