// The stdio transport MCP servers are spoken to over (agent/mcp-transport.ts): JSON-RPC lines
// read from an exec'd command's stdout however the stream cuts them, stray lines skipped, a
// line past the cap given up on, and what is sent written one message a line to its stdin.
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { ExecTransport } from '../src/agent/mcp-transport.js';
import type { ExecProcess } from '../src/sandbox/exec.js';

function fakeProcess() {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let end: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => {
    end = resolve;
  });
  let kills = 0;
  const process: ExecProcess = {
    stdin,
    stdout,
    stderrTail: () => '',
    ended,
    exitCode: () => Promise.resolve(0),
    kill: () => {
      kills += 1;
      end();
      return Promise.resolve();
    },
  };
  return { process, stdin, stdout, end, kills: () => kills };
}

async function received(chunks: Buffer[], cap = 1024 * 1024) {
  const fake = fakeProcess();
  const transport = new ExecTransport(fake.process, cap);
  const messages: JSONRPCMessage[] = [];
  const errors: Error[] = [];
  transport.onmessage = (m) => messages.push(m);
  transport.onerror = (e) => errors.push(e);
  let closed = 0;
  transport.onclose = () => (closed += 1);
  await transport.start();
  for (const chunk of chunks) fake.stdout.write(chunk);
  await new Promise((resolve) => setImmediate(resolve));
  return { messages, errors, transport, fake, closed: () => closed };
}

const message = (id: number): JSONRPCMessage => ({
  jsonrpc: '2.0',
  id,
  result: { text: `answer ${id} ✓` },
});

describe('the exec transport', () => {
  it('reads every message however the stream cuts the lines (a law)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.boolean(),
        async (ids, cuts, crlf) => {
          const messages = ids.map(message);
          const bytes = Buffer.from(
            messages.map((m) => JSON.stringify(m) + (crlf ? '\r\n' : '\n')).join(''),
          );
          const points = [...new Set(cuts.map((c) => c % bytes.length))].sort((a, b) => a - b);
          const chunks = [0, ...points]
            .map((from, i) => bytes.subarray(from, [...points, bytes.length][i]))
            .filter((c) => c.length > 0);
          const got = await received(chunks);
          expect(got.messages).toEqual(messages);
          expect(got.errors).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('skips a line that is not JSON-RPC, saying so, and reads on', async () => {
    const got = await received([Buffer.from(`server starting\n\n${JSON.stringify(message(1))}\n`)]);
    expect(got.messages).toEqual([message(1)]);
    expect(got.errors).toHaveLength(1);
  });

  it('gives a server up when a line grows past the cap, whole or in pieces', async () => {
    for (const chunks of [
      [Buffer.alloc(600, 'x'), Buffer.alloc(600, 'x')],
      [Buffer.from(`${'x'.repeat(1200)}\n`)],
    ]) {
      const got = await received(chunks, 1000);
      expect(got.transport.failure).toBe(
        'it wrote more than 1000 bytes on stdout without ending a message',
      );
      expect(got.fake.kills()).toBe(1);
      expect(got.closed()).toBe(1);
      expect(got.transport.stopped).toBe(true);
    }
  });

  it('writes each message as one line and refuses to send once the server ended', async () => {
    const fake = fakeProcess();
    const transport = new ExecTransport(fake.process, 1000);
    let closed = 0;
    transport.onclose = () => (closed += 1);
    await transport.start();
    const written: string[] = [];
    fake.stdin.on('data', (chunk: Buffer) => written.push(chunk.toString('utf8')));
    await transport.send(message(7));
    expect(written.join('')).toBe(`${JSON.stringify(message(7))}\n`);
    fake.end();
    await fake.process.ended;
    await new Promise((resolve) => setImmediate(resolve));
    expect([transport.stopped, closed]).toEqual([true, 1]);
    await expect(transport.send(message(8))).rejects.toThrow('the MCP server is stopped');
  });
});
