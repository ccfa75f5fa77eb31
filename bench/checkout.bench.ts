// Carrying a step's changes to a continued job (issue #6): what it costs to apply a carried
// change set to a fresh checkout — checked against what the step saw, all or nothing,
// revertible — against writing the same files with no checks at all, in the same run; and
// how big the change set is in the PR comment that keeps a paused run (65,000 characters).
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { it } from 'vitest';
import { applyChanges } from '../src/checkout/apply.js';
import { decodeChangeSet, encodeChangeSet, type ChangeSet } from '../src/checkout/change-set.js';
import { snapshotCheckout } from '../src/sandbox/workspace.js';
import { alternatedMediansMs, reportFigure } from './report.js';

const FILES = 40;
const RUNS = 15;

/** A source file of about 3 KB, as an agent would edit: lines of code, one changed line. */
function source(i: number, edited: boolean): string {
  const lines: string[] = [];
  for (let n = 0; n < 90; n += 1)
    lines.push(
      `export function handler${i}_${n}(input: number): number { return input * ${n} + ${i}; }`,
    );
  if (edited)
    lines[45] = `export function handler${i}_45(input: number): number { return input; } // fixed`;
  return `${lines.join('\n')}\n`;
}

it('applies a carried change set to a fresh checkout', { timeout: 300_000 }, async () => {
  const base = mkdtempSync(join(tmpdir(), 'wflo-bench-checkout-'));
  for (let i = 0; i < FILES; i += 1) {
    mkdirSync(join(base, 'src', `m${i % 8}`), { recursive: true });
    writeFileSync(join(base, 'src', `m${i % 8}`, `f${i}.ts`), source(i, false));
  }
  // The change set as the step returned it, and as a checkpoint carries it.
  const snapshot = await snapshotCheckout(base);
  const set: ChangeSet = {
    changes: [...snapshot.keys()].map((path) => {
      const i = Number(/f(\d+)\.ts$/.exec(path)?.[1]);
      const entry = snapshot.get(path);
      return {
        path,
        status: 'modified' as const,
        type: 'file' as const,
        mode: 0o644,
        content: Buffer.from(source(i, true)),
        additions: 1,
        deletions: 1,
        binary: false,
        ...(entry?.type === 'file'
          ? { before: { type: 'file' as const, sha256: entry.sha256, executable: false } }
          : {}),
      };
    }),
  };
  const carried = JSON.stringify(encodeChangeSet(set));
  const commentChars = gzipSync(Buffer.from(carried)).toString('base64').length;

  let n = 0;
  const fresh = () => {
    const dir = join(tmpdir(), `wflo-bench-fresh-${process.pid}-${(n += 1)}`);
    cpSync(base, dir, { recursive: true });
    return dir;
  };
  const [wflo, baseline] = await alternatedMediansMs(
    RUNS,
    async () => {
      const dir = fresh();
      await applyChanges(decodeChangeSet(JSON.parse(carried)), dir);
      rmSync(dir, { recursive: true });
    },
    async () => {
      const dir = fresh();
      for (const change of set.changes) {
        if (change.status === 'deleted' || change.type !== 'file') continue;
        mkdirSync(dirname(join(dir, change.path)), { recursive: true });
        await writeFile(join(dir, change.path), change.content);
      }
      rmSync(dir, { recursive: true });
    },
  );
  reportFigure({
    bench: 'checkout',
    case: `re-apply ${FILES} edited files (${Math.round(carried.length / 1024)} KB) to a fresh checkout vs plain writes`,
    wflo_ms: wflo,
    baseline_ms: baseline,
    ratio: wflo / baseline,
    note: `both include copying the checkout; in the PR comment: ${commentChars} of 65000 characters`,
  });
  rmSync(base, { recursive: true });
});
