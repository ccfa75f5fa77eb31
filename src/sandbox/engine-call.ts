// One Docker engine call, and what its failure says: the engine's own message when it sent one
// (dockerode puts it in `json.message`), else the error's. Both adapters (docker-runtime.ts and
// exec.ts) wrap their calls with it, so every engine failure reads the same.
import { messageOf } from '../common/errors.js';
import { ContainerRuntimeError } from './runtime.js';

/** The engine's message for a failed call. */
export function dockerErrorText(error: unknown): string {
  const json = (error as { json?: { message?: unknown } } | null)?.json;
  if (json && typeof json.message === 'string') return json.message;
  return messageOf(error);
}

/** Runs one engine call, turning its failure into a ContainerRuntimeError that says what failed. */
export async function engineCall<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ContainerRuntimeError) throw error;
    throw new ContainerRuntimeError(`Docker could not ${what}: ${dockerErrorText(error)}`, {
      cause: error,
    });
  }
}
