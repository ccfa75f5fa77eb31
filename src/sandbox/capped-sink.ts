import { Writable } from 'node:stream';
import type { CapturedStream } from './runtime.js';

/**
 * Keeps the first `cap` bytes of a stream and counts the rest while accepting them,
 * so a flooding container keeps being drained and the runner's memory stays bounded.
 */
export class CappedSink extends Writable {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  private total = 0;

  constructor(private readonly cap: number) {
    super();
  }

  override _write(
    chunk: Buffer,
    _encoding: BufferEncoding,
    done: (error?: Error | null) => void,
  ): void {
    this.total += chunk.length;
    const room = this.cap - this.kept;
    if (room > 0) {
      const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
      // Copy: the demuxer may reuse its buffers.
      this.chunks.push(Buffer.from(part));
      this.kept += part.length;
    }
    done();
  }

  captured(): CapturedStream {
    return {
      data: Buffer.concat(this.chunks, this.kept),
      totalBytes: this.total,
      truncated: this.total > this.kept,
    };
  }
}

/** Keeps the last `cap` bytes of a stream (a command's stderr, for the sentence it fails with). */
export class TailSink extends Writable {
  private tail = Buffer.alloc(0);

  constructor(private readonly cap: number) {
    super();
  }

  override _write(
    chunk: Buffer,
    _encoding: BufferEncoding,
    done: (error?: Error | null) => void,
  ): void {
    const joined = Buffer.concat([this.tail, chunk]);
    this.tail = Buffer.from(joined.subarray(Math.max(0, joined.length - this.cap)));
    done();
  }

  text(): string {
    return this.tail.toString('utf8');
  }
}
