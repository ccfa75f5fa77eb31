import { randomBytes } from 'node:crypto';

/** A short id, unique enough to label a run's containers and name its files. */
export function newRunId(now: number = Date.now()): string {
  return `${now.toString(36)}-${randomBytes(4).toString('hex')}`;
}
