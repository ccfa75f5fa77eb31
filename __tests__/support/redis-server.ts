// A real redis-server (Debian's package; scripts/setup.sh installs it) for the Redis store's
// tests: each suite starts its own on a free port, without persistence, and stops it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, Socket } from 'node:net';

export interface RedisServer {
  url: string;
  stop(): Promise<void>;
}

/** Fails (never skips) when redis-server is missing: the Redis store's proof needs a real one. */
export function requireRedisServer(): void {
  const found = spawnSync('redis-server', ['--version'], { stdio: 'pipe' });
  if (found.error || found.status !== 0) {
    throw new Error(
      "redis-server is not installed: run scripts/setup.sh (it installs Debian's redis-server package) before the Redis store tests.",
    );
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1', () => {
      socket.write('PING\r\n');
    });
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
  });
}

export async function startRedisServer(): Promise<RedisServer> {
  requireRedisServer();
  for (let tries = 0; tries < 5; tries++) {
    const port = await freePort();
    const child: ChildProcess = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    let exited = false;
    child.once('exit', () => (exited = true));
    for (let wait = 0; wait < 100 && !exited; wait++) {
      if (await answers(port)) {
        return {
          url: `redis://127.0.0.1:${port}/0`,
          stop: () =>
            new Promise<void>((resolve) => {
              if (exited) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            }),
        };
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
  }
  throw new Error('redis-server did not start on a free port after 5 tries');
}
