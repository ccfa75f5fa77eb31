// A proxy to the real Docker engine that goes silent at one request (issue #18's stalled
// daemon, at a chosen phase), or only says when that request went by.
import { mkdtempSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const servers: Server[] = [];
const sockets: Socket[] = [];

/** A socket that accepts connections and never answers: a stalled daemon. Its path. */
export async function silentEngine(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'wflo-stall-')), 'docker.sock');
  const server = createServer((socket) => {
    sockets.push(socket);
    socket.on('error', () => undefined);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(path, r));
  return path;
}

/** Closes every proxy and its connections. */
export async function closeEngines(): Promise<void> {
  sockets.splice(0).forEach((s) => s.destroy());
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
}

export interface StallingEngine {
  path: string;
  /** Resolves when the request was seen (and the engine went silent at it, unless observing only). */
  stalled: Promise<void>;
  /** Lets the held bytes through and answers again. */
  resume(): void;
}

/**
 * A proxy to the real engine that goes silent at the first request whose first line matches
 * `at` (with `body`, whose bytes as first sent match `body` too: one exec among many).
 */
export async function engineStallingAt(
  at: RegExp,
  options: { observeOnly?: boolean; body?: RegExp } = {},
): Promise<StallingEngine> {
  const path = join(mkdtempSync(join(tmpdir(), 'wflo-stall-at-')), 'docker.sock');
  let stalled = false;
  let fired = false;
  let onStall: () => void = () => undefined;
  const stalledOnce = new Promise<void>((r) => (onStall = r));
  const held: Array<() => void> = [];
  const server = createServer((client) => {
    const upstream = connect('/var/run/docker.sock');
    sockets.push(client, upstream);
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
    client.on('data', (d: Buffer) => {
      const text = d.toString('latin1');
      if (
        !fired &&
        at.test(text.split('\r\n')[0] ?? '') &&
        (options.body === undefined || options.body.test(text))
      ) {
        fired = true;
        stalled = options.observeOnly !== true;
        onStall();
      }
      if (stalled) held.push(() => upstream.write(d));
      else upstream.write(d);
    });
    upstream.on('data', (d: Buffer) => {
      if (stalled) held.push(() => client.write(d));
      else client.write(d);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(path, r));
  return {
    path,
    stalled: stalledOnce,
    resume() {
      stalled = false;
      held.splice(0).forEach((write) => write());
    },
  };
}
