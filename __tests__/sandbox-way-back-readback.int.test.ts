// The way back, read side (issue #12, DESIGN.md §5): what a container leaves is read with a
// byte budget checked at each tar header, a deadline and an immediate cancel, and the
// checkout is read in so that a host-side swapper cannot get a file outside it copied in.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Transform } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancelledError } from '../src/engine/types.js';
import { CheckoutReadError } from '../src/sandbox/checkout-read.js';
import { createDockerRuntime } from '../src/sandbox/docker-runtime.js';
import { ReadBackTimeoutError } from '../src/sandbox/read-back.js';
import type { ContainerRuntime } from '../src/sandbox/runtime.js';
import { createSandboxKind } from '../src/steps/sandbox.js';
import type { JsonObject } from '../src/workflow/model.js';
import { leftovers, requireDocker, sandboxContext, TEST_IMAGE } from './support/docker.js';

const runtime = createDockerRuntime();
const kind = createSandboxKind({ graceMs: 1000 });

beforeAll(() => requireDocker());

/** Every run this file started: other test files run beside it with runs of their own. */
const runIds = new Set<string>();

afterAll(() => {
  // None may be left, whichever test left it (also when a test failed before its own check).
  expect([...runIds].flatMap((id) => leftovers(id))).toEqual([]);
});

function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), 'wflo-wayback-'));
  writeFileSync(join(root, 'README'), 'readme\n');
  return root;
}

async function run(
  workspace: string,
  script: string,
  config: JsonObject = {},
  options: { runtime?: ContainerRuntime; signal?: AbortSignal } = {},
) {
  const ctx = sandboxContext({
    runtime: options.runtime ?? runtime,
    workspace,
    config: { image: TEST_IMAGE, run: script, ...config },
    ...(options.signal ? { signal: options.signal } : {}),
  });
  runIds.add(ctx.run.id);
  try {
    return await kind.run(ctx);
  } finally {
    // After a cancel the step returns at once and its clean-up ends in the background, bounded.
    for (let i = 0; i < 100 && leftovers(ctx.run.id).length > 0; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(leftovers(ctx.run.id)).toEqual([]);
  }
}

/**
 * The real Docker runtime, with each read-back slowed to a trickle (and its deadline set):
 * `onRead` fires when reading starts, so a test can cancel in the middle of it.
 */
function slowReadBack(readBackMs: number, onRead: () => void): ContainerRuntime {
  return {
    ...runtime,
    runContainer: (spec, opts) =>
      runtime.runContainer(spec, {
        ...opts,
        readBackMs,
        archivesOut: opts.archivesOut?.map((out) => ({
          path: out.path,
          read: (tar, signal) => {
            onRead();
            const trickle = new Transform({
              transform(chunk: Buffer, _enc, done) {
                setTimeout(() => done(null, chunk), 200);
              },
            });
            const slowed = new PassThrough();
            tar.pipe(trickle).pipe(slowed);
            return out.read(slowed, signal);
          },
        })),
      }),
  };
}

describe('reading a copy workspace back', () => {
  it('refuses a 40 MiB file with 150 hard links in one sentence, within bounded memory', async () => {
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const outcome = await run(
      checkout(),
      'dd if=/dev/urandom of=big bs=1M count=40 2>/dev/null && for i in $(seq 150); do ln big link$i; done',
      { workspace: 'copy', timeout: '60s' },
    ).finally(() => clearInterval(sampler));
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toMatch(
      /^its changes were refused: the workspace grew past the 104857600-byte limit at link\d+ \(a hard link counts at the full size of its target\)\.$/,
    );
    expect(outcome.changes).toBeUndefined();
    // Before: 3.4 GiB at 40 links, V8 out of memory at 150. Now at most the 100 MiB cap, plus buffers.
    expect(peak - rssBefore).toBeLessThan(400 * 1024 * 1024);
  }, 120_000);

  it('fails a step whose file name is not UTF-8 with a sentence naming it', async () => {
    const outcome = await run(checkout(), 'echo x > "$(printf "caf\\351")"', {
      workspace: 'copy',
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe(
      'its changes were refused: the step left a name that is not valid UTF-8 (caf\\ufffd), which is never taken back.',
    );
  }, 60_000);

  it('refuses a checkout holding a name that is not UTF-8 before any container runs', async () => {
    const root = checkout();
    writeFileSync(Buffer.concat([Buffer.from(`${root}/caf`), Buffer.from([0xe9])]), 'x');
    // Thrown as a typed error: the engine makes it the step's failure sentence.
    const refused = run(root, 'true', { workspace: 'copy' });
    await expect(refused).rejects.toBeInstanceOf(CheckoutReadError);
    await expect(refused).rejects.toThrow(
      'the checkout holds a name that is not valid UTF-8 (caf\\xe9), which a copy workspace does not carry; rename it or use workspace: read-only',
    );
  }, 60_000);
});

describe('reading $WFLO_OUTPUT back', () => {
  it('refuses a sparse 5 GiB output.json at its header, within the step timeout', async () => {
    const started = Date.now();
    const outcome = await run(checkout(), 'truncate -s 5G "$WFLO_OUTPUT"', {
      timeout: '20s',
    });
    const took = Date.now() - started;
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe(
      'the command wrote an unreadable $WFLO_OUTPUT: it is larger than 1048576 bytes',
    );
    // Before: 33 s for a 20 s timeout, reading 5 GiB of zeros.
    expect(took).toBeLessThan(20_000);
  }, 60_000);

  it('refuses an output folder filled beside output.json', async () => {
    const outcome = await run(
      checkout(),
      'echo "{}" > "$WFLO_OUTPUT"; truncate -s 100G "$(dirname "$WFLO_OUTPUT")/junk"',
    );
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe(
      'the command wrote an unreadable $WFLO_OUTPUT: the folder it is in (/run/wflo/out) holds more than 1048576 bytes',
    );
  }, 60_000);
});

describe('read-back deadline and cancel', () => {
  it('fails the step with one sentence when the read-back passes its deadline', async () => {
    const started = Date.now();
    const refused = run(
      checkout(),
      'dd if=/dev/urandom of=data bs=1M count=8 2>/dev/null',
      { workspace: 'copy' },
      { runtime: slowReadBack(1500, () => undefined) },
    );
    // A typed error, not an EnvironmentError: the engine fails the step with its sentence.
    await expect(refused).rejects.toBeInstanceOf(ReadBackTimeoutError);
    await expect(refused).rejects.toThrow(
      /^reading \/(run\/wflo|workspace) back from the container took more than \d+ s, so it was dropped$/,
    );
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('stops reading back at once on cancel and leaves no container or volume', async () => {
    const cancel = new AbortController();
    let cancelledAt = 0;
    const slow = slowReadBack(60_000, () =>
      setTimeout(() => {
        cancelledAt = Date.now();
        cancel.abort(new CancelledError());
      }, 300),
    );
    const running = run(
      checkout(),
      'dd if=/dev/urandom of=data bs=1M count=8 2>/dev/null',
      { workspace: 'copy' },
      { runtime: slow, signal: cancel.signal },
    );
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    // Before: "cancelled" was printed and reading went on.
    expect(Date.now() - cancelledAt).toBeLessThan(5_000);
  }, 60_000);
});

describe('reading the checkout in', () => {
  it('never copies a host file in through a file or folder swapped for a symlink', async () => {
    const root = checkout();
    const outside = mkdtempSync(join(tmpdir(), 'wflo-sentinel-'));
    const secret = 'SENTINEL-4f1c9a';
    writeFileSync(join(outside, 'f'), `${secret}\n`);
    writeFileSync(join(root, 'f'), 'plain\n');
    // A host-side swapper: `f` and the folder `d` become links to the sentinel and back, atomically.
    const swapper = spawn(
      'bash',
      [
        '-c',
        `cd "$0" || exit 1; while :; do
           ln -sfn "$1/f" f.l; mv -fT f.l f; echo plain > f.p; mv -fT f.p f
           ln -sfn "$1" d.l; if [ -d d ] && [ ! -L d ]; then mv -T d d.old; fi; mv -fT d.l d; rm -rf d.old
           mkdir -p d.n; echo plain > d.n/f; rm -f d; mv -T d.n d
         done`,
        root,
        outside,
      ],
      { stdio: 'ignore' },
    );
    const seen: string[] = [];
    try {
      for (let i = 0; i < 15; i++) {
        const outcome = await run(root, 'cat f d/f 2>/dev/null; grep -rs SENTINEL . ; true', {
          workspace: 'copy',
        }).catch((error: unknown) => {
          if (!(error instanceof CheckoutReadError)) throw error;
          return { status: 'refused', outputs: {} as JsonObject, error: error.message };
        });
        seen.push(
          `${outcome.status}: ${JSON.stringify(outcome.outputs.stdout ?? '')} ${outcome.error ?? ''}`,
        );
      }
    } finally {
      swapper.kill('SIGKILL');
    }
    // Each try either copied plain files in or refused the copy; the sentinel never got in.
    expect(seen.filter((s) => s.includes(secret))).toEqual([]);
    expect(
      seen.filter(
        (s) => !s.startsWith('succeeded') && !s.includes('changed while it was being copied'),
      ),
    ).toEqual([]);
  }, 300_000);
});
