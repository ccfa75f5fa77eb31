// What `shell` and `sandbox` steps share: capped capture of a stream that keeps draining,
// and the JSON a command writes to $WFLO_OUTPUT.
import type { JsonObject, JsonValue } from '../workflow/model.js';
import { WfloError, messageOf } from '../common/errors.js';

export const DEFAULT_STREAM_CAP_BYTES = 1024 * 1024;
/** $WFLO_OUTPUT is read whole, so it gets a limit of its own. */
export const MAX_OUTPUT_FILE_BYTES = 1024 * 1024;

/** Keeps the first `capBytes` of a stream and counts the rest, so a flood costs no memory. */
export class CappedCapture {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  private total = 0;

  constructor(private readonly capBytes: number = DEFAULT_STREAM_CAP_BYTES) {}

  write(chunk: Buffer): void {
    this.total += chunk.length;
    const room = this.capBytes - this.kept;
    if (room <= 0) return;
    const piece = chunk.length <= room ? chunk : chunk.subarray(0, room);
    this.chunks.push(Buffer.from(piece));
    this.kept += piece.length;
  }

  get totalBytes(): number {
    return this.total;
  }

  get truncated(): boolean {
    return this.total > this.kept;
  }

  /** The kept bytes as text; a multi-byte character cut by the cap becomes U+FFFD, not an exception. */
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** The outputs every command-running kind reports. */
export interface CommandOutputs {
  exit_code: number | null;
  stdout: string;
  stderr: string;
  truncated: boolean;
  stdout_bytes: number;
  stderr_bytes: number;
  timed_out: boolean;
  duration_ms: number;
}

export function commandOutputs(fields: {
  exitCode: number | null;
  stdout: CappedCapture;
  stderr: CappedCapture;
  timedOut: boolean;
  durationMs: number;
}): CommandOutputs {
  return {
    exit_code: fields.exitCode,
    stdout: fields.stdout.text(),
    stderr: fields.stderr.text(),
    truncated: fields.stdout.truncated || fields.stderr.truncated,
    stdout_bytes: fields.stdout.totalBytes,
    stderr_bytes: fields.stderr.totalBytes,
    timed_out: fields.timedOut,
    duration_ms: fields.durationMs,
  };
}

export class OutputFileError extends WfloError {
  constructor(message: string) {
    super(message);
    this.name = 'OutputFileError';
  }
}

/**
 * Parses what a command wrote to $WFLO_OUTPUT: empty means no extra outputs; otherwise a JSON
 * object. Keys the kind reports itself (exit_code, stdout, …) cannot be overridden by the command.
 */
export function parseOutputFile(content: Buffer, reserved: readonly string[]): JsonObject {
  if (content.length > MAX_OUTPUT_FILE_BYTES) {
    throw new OutputFileError(
      `$WFLO_OUTPUT holds ${content.length} bytes, more than the ${MAX_OUTPUT_FILE_BYTES} allowed`,
    );
  }
  const text = content.toString('utf8').trim();
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new OutputFileError(`$WFLO_OUTPUT is not valid JSON (${messageOf(error)})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new OutputFileError('$WFLO_OUTPUT must hold a JSON object, e.g. {"version": "1.2.3"}');
  }
  const clash = Object.keys(parsed).filter((k) => reserved.includes(k));
  if (clash.length > 0) {
    throw new OutputFileError(
      `$WFLO_OUTPUT may not set ${clash.map((k) => `'${k}'`).join(', ')}: the step reports those itself`,
    );
  }
  // JSON.parse makes own data properties only; `__proto__` arrives as a plain key, never a prototype.
  return parsed as { [key: string]: JsonValue };
}
