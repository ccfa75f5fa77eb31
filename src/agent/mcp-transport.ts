// The MCP SDK's Transport over a command exec'd into the kept container: JSON-RPC messages,
// one a line, written to its stdin and read from its stdout (the SDK's own line buffer, with
// a cap, so a server that floods without newlines cannot fill the runner's memory).
import { ReadBuffer, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { ExecProcess } from '../sandbox/exec.js';

export class ExecTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: <T extends JSONRPCMessage>(message: T) => void;
  /** Why the server was given up on by the transport itself (a line over the cap). */
  failure?: string;
  private readonly buffer: ReadBuffer;
  private closed = false;

  /** True once the server's output ended (it exited or was stopped). */
  get stopped(): boolean {
    return this.closed;
  }

  constructor(
    private readonly process: ExecProcess,
    private readonly maxMessageBytes: number,
  ) {
    this.buffer = new ReadBuffer({ maxBufferSize: maxMessageBytes });
  }

  start(): Promise<void> {
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    void this.process.ended.then(() => this.finish());
    return Promise.resolve();
  }

  private receive(chunk: Buffer): void {
    if (this.closed) return;
    try {
      this.buffer.append(chunk);
    } catch {
      this.failure = `it wrote more than ${this.maxMessageBytes} bytes on stdout without ending a message`;
      void this.close();
      return;
    }
    for (;;) {
      let message: JSONRPCMessage | null;
      try {
        message = this.buffer.readMessage();
      } catch (error) {
        // A line that is not JSON-RPC (a stray log line): reported, and skipped.
        this.onerror?.(error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      if (message === null) return;
      this.onmessage?.(message);
    }
  }

  send(message: JSONRPCMessage): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the MCP server is stopped'));
    return new Promise((resolve, reject) => {
      this.process.stdin.write(serializeMessage(message), (error) =>
        error ? reject(error) : resolve(),
      );
    });
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.buffer.clear();
    this.onclose?.();
  }

  async close(): Promise<void> {
    await this.process.kill();
    this.finish();
  }
}
