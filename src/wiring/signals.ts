// The interrupts an edge listens to while a run is under way (a cancelled job, a Ctrl-C).
// Kept apart from prepare-run.ts so importing it loads nothing else.

/** Calls `handler` on SIGINT and SIGTERM; returns the unsubscribe. */
export function onInterruptSignals(handler: (signal: string) => void): () => void {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  for (const s of signals) process.on(s, handler);
  return () => {
    for (const s of signals) process.off(s, handler);
  };
}
