// The edges' last pass over every text that leaves a run (DESIGN.md §9): the run's secrets and
// the edge's own (its API key and token inputs), plain and encoded (base64, hex, URL), after the
// engine's own redaction — so a surface an engine change forgot still shows none.
import { createRedactor } from '../common/secrets.js';
import type { RunResult } from '../engine/types.js';

/** Cleans a text for publishing: summary, comments, outputs, report, failure message. */
export type Publish = (text: string) => string;

export function publisherFor(
  result: Pick<RunResult, 'redactor'>,
  extra: readonly string[] = [],
): Publish {
  const redactor = createRedactor([...result.redactor.values(), ...extra]);
  return (text) => redactor.published(text);
}
