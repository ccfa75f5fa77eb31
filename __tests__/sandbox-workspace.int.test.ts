import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localCheckout } from '../src/checkout/local.js';
import { createDockerRuntime } from '../src/sandbox/docker-runtime.js';
import { createSandboxKind } from '../src/steps/sandbox.js';
import type { JsonObject } from '../src/workflow/model.js';
import { leftovers, requireDocker, sandboxContext, TEST_IMAGE } from './support/docker.js';
import { treeHash } from './support/docker-tree.js';

const runtime = createDockerRuntime();
const kind = createSandboxKind({ graceMs: 1000 });

beforeAll(() => requireDocker());

/** A checkout as actions/checkout leaves it: readable files and a .git directory. */
function makeCheckout(): string {
  const root = mkdtempSync(join(tmpdir(), 'wflo-checkout-'));
  chmodSync(root, 0o755);
  mkdirSync(join(root, '.git', 'hooks'), { recursive: true });
  writeFileSync(join(root, '.git', 'config'), '[core]\n\tbare = false\n');
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'app.txt'), 'one\ntwo\nthree\n');
  writeFileSync(join(root, 'README'), 'readme\n');
  writeFileSync(join(root, 'obsolete'), 'old\n');
  return root;
}

async function runIn(checkout: string, run: string, config: JsonObject = {}) {
  const ctx = sandboxContext({
    runtime,
    workspace: checkout,
    config: { image: TEST_IMAGE, run, ...config },
  });
  const outcome = await kind.run(ctx);
  expect(leftovers(ctx.run.id)).toEqual([]);
  return outcome;
}

describe('workspace: copy', () => {
  it('returns changes with a diff stat and applies them only when asked, after success', async () => {
    const checkout = makeCheckout();
    const before = treeHash(checkout);
    const outcome = await runIn(
      checkout,
      'ls -A; printf "one\\n2\\nthree\\nfour\\n" > src/app.txt && rm obsolete && printf "#!/bin/sh\\n" > new.sh && chmod +x new.sh',
      { workspace: 'copy' },
    );
    expect(outcome.status).toBe('succeeded');
    // The copy holds the checkout without .git.
    expect(String(outcome.outputs.stdout).split('\n').filter(Boolean).sort()).toEqual([
      'README',
      'obsolete',
      'src',
    ]);
    expect(outcome.outputs.changes).toEqual([
      { path: 'new.sh', status: 'added', additions: 1, deletions: 0, binary: false },
      { path: 'obsolete', status: 'deleted', additions: 0, deletions: 1, binary: false },
      { path: 'src/app.txt', status: 'modified', additions: 2, deletions: 1, binary: false },
    ]);
    // Nothing touched the checkout yet: the engine decides.
    expect(treeHash(checkout)).toBe(before);
    if (!outcome.changes) throw new Error('the step returned no changes');
    await localCheckout.apply(checkout, outcome.changes);
    expect(readFileSync(join(checkout, 'src', 'app.txt'), 'utf8')).toBe('one\n2\nthree\nfour\n');
    expect(existsSync(join(checkout, 'obsolete'))).toBe(false);
    expect(statSync(join(checkout, 'new.sh')).mode & 0o111).not.toBe(0);
    expect(readFileSync(join(checkout, '.git', 'config'), 'utf8')).toBe('[core]\n\tbare = false\n');
  });

  it('leaves the checkout byte-for-byte unchanged when the step fails', async () => {
    const checkout = makeCheckout();
    const before = treeHash(checkout);
    const outcome = await runIn(checkout, 'echo changed > README; rm -r src; exit 1', {
      workspace: 'copy',
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.changes).toBeUndefined();
    expect(treeHash(checkout)).toBe(before);
  });

  it('refuses a change set that plants a .git hook, and the host never sees it', async () => {
    const checkout = makeCheckout();
    const before = treeHash(checkout);
    const outcome = await runIn(
      checkout,
      'mkdir -p .git/hooks && printf "#!/bin/sh\\ntouch /tmp/pwned\\n" > .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit && printf "[core]\\n\\tfsmonitor = touch /tmp/pwned\\n" > .git/config',
      { workspace: 'copy' },
    );
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toContain('wrote under .git');
    expect(outcome.changes).toBeUndefined();
    expect(treeHash(checkout)).toBe(before);
    expect(existsSync(join(checkout, '.git', 'hooks', 'pre-commit'))).toBe(false);
  });

  it('refuses a symlink pointing outside the workspace', async () => {
    const checkout = makeCheckout();
    const before = treeHash(checkout);
    const outcome = await runIn(checkout, 'ln -s /etc/passwd leak', { workspace: 'copy' });
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toContain(
      'symlink leak -> /etc/passwd that points outside the workspace',
    );
    expect(treeHash(checkout)).toBe(before);
  });

  it('refuses a relative symlink climbing out with ..', async () => {
    const checkout = makeCheckout();
    const outcome = await runIn(checkout, 'ln -s ../../../root src/up', { workspace: 'copy' });
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toContain('symlink src/up -> ../../../root');
  });

  it('accepts a symlink that stays inside the workspace', async () => {
    const checkout = makeCheckout();
    const outcome = await runIn(checkout, 'ln -s src/app.txt link', { workspace: 'copy' });
    expect(outcome.status).toBe('succeeded');
    expect(outcome.outputs.changes).toEqual([
      {
        path: 'link',
        status: 'added',
        additions: 0,
        deletions: 0,
        binary: false,
        symlink: 'src/app.txt',
      },
    ]);
  });
});

describe('workspace: read-only and none', () => {
  it('read-only shows the checkout at /workspace as the working directory', async () => {
    const checkout = makeCheckout();
    const outcome = await runIn(checkout, 'pwd; cat README', { workspace: 'read-only' });
    expect(outcome.outputs.stdout).toBe('/workspace\nreadme\n');
  });

  it('none gives an empty writable working directory', async () => {
    const outcome = await runIn(makeCheckout(), 'ls -A | wc -l; echo hi > made && cat made', {
      workspace: 'none',
    });
    expect(outcome.status).toBe('succeeded');
    expect(outcome.outputs.stdout).toBe('0\nhi\n');
  });
});
