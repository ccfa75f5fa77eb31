// Both edges end when their work is done. Node exits once nothing is pending; a handle that
// should not be there (a socket to an engine that stopped answering, a library's timer)
// would keep the process, and the job, alive for good. So the process leaves on its own
// when idle, and at the latest after a short grace that lets piped output drain.

/** How long a finished edge waits for pending output before it exits anyway. */
export const EXIT_GRACE_MS = 2_000;

export function exitWhenIdleOrSoon(code?: number): void {
  if (code !== undefined) process.exitCode = code;
  // Unref'd: it never keeps the process alive itself, it only ends one that something else would.
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}
