// The root of wflo's own errors, and the one way to read a thrown value's text. The base
// folder: imports nothing of wflo (docs/architecture.md).

/**
 * Every error wflo throws on purpose extends this, so `err instanceof WfloError` tells ours
 * from a library's or a bug, and the cause of an internal error is kept (`{ cause }`).
 */
export class WfloError extends Error {
  constructor(message?: string, options?: { cause?: unknown }) {
    super(message, options);
    // Each subclass names itself too: a minified bundle would rename its class.
    this.name = 'WfloError';
  }
}

/** The text of anything thrown, for one-sentence messages. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
