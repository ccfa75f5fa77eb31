// The MCP SDK's Transport over a command exec'd into the kept container: JSON-RPC messages,
// one a line, written to its stdin and read from its stdout. Lines are gathered as a list of
// chunks (the SDK's ReadBuffer copies the whole buffer at each chunk, quadratic in a long
// line) and capped, so a server that floods without newlines cannot fill the runner's memory;
// each line is parsed by the SDK's own deserializeMessage.
import { deserializeMessage, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { ExecProcess } from '../sandbox/exec.js';

export class ExecTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: <T extends JSONRPCMessage>(message: T) => void;
  /** Why the server was given up on by the transport itself (a line over the cap). */
  failure?: string;
  /** The current line's chunks so far, none holding a newline. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private closed = false;

  /** True once the server's output ended (it exited or was stopped). */
  get stopped(): boolean {
    return this.closed;
  }

  constructor(
    private readonly process: ExecProcess,
    private readonly maxMessageBytes: number,
  ) {}

  start(): Promise<void> {
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    void this.process.ended.then(() => this.finish());
    return Promise.resolve();
  }

  private receive(chunk: Buffer): void {
    let rest = chunk;
    for (let end = rest.indexOf(0x0a); end !== -1 && !this.closed; end = rest.indexOf(0x0a)) {
      if (this.pendingBytes + end > this.maxMessageBytes) return this.overflow();
      const line = Buffer.concat([...this.pending, rest.subarray(0, end)]);
      this.pending = [];
      this.pendingBytes = 0;
      rest = rest.subarray(end + 1);
      this.deliver(line.toString('utf8').replace(/\r$/, ''));
    }
    if (this.closed || rest.length === 0) return;
    this.pendingBytes += rest.length;
    if (this.pendingBytes > this.maxMessageBytes) return this.overflow();
    // Copied: the stream may reuse its buffer.
    this.pending.push(Buffer.from(rest));
  }

  private overflow(): void {
    this.failure = `it wrote more than ${this.maxMessageBytes} bytes on stdout without ending a message`;
    this.pending = [];
    void this.close();
  }

  private deliver(line: string): void {
    if (line.trim() === '') return;
    let message: JSONRPCMessage;
    try {
      message = deserializeMessage(line);
    } catch (error) {
      // A line that is not JSON-RPC (a stray log line): reported, and skipped.
      this.onerror?.(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    this.onmessage?.(message);
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
    this.pending = [];
    this.onclose?.();
  }

  async close(): Promise<void> {
    await this.process.kill();
    this.finish();
  }
}
