// Carrying a step's changes to a continued job (issue #6): what it costs to apply a carried
// change set to a fresh checkout — checked against what the step saw, all or nothing,
// revertible — against writing the same files with no checks at all, in the same run; and
// how big the change set is in the PR comment that keeps a paused run (65,000 characters).
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { symlink, writeFile } from 'node:fs/promises';
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

// The way back (issue #12): a large change set, every path resolved by real path, protected
// paths folded, every symlink (the set's and those already there) resolved over the checkout as
// the set leaves it, and all of it revertible — against writing the same files and links plainly.
const BIG = 2_000;
const LINKS = 20;
const BIG_RUNS = 7;

it(`copies back a ${BIG}-file change set by real path`, { timeout: 600_000 }, async () => {
  const base = mkdtempSync(join(tmpdir(), 'wflo-bench-copyback-'));
  const small = (i: number, edited: boolean) =>
    `export const value${i} = ${edited ? i + 1 : i};\n${'// padding line of a source file\n'.repeat(30)}`;
  for (let i = 0; i < BIG; i += 1) {
    mkdirSync(join(base, 'src', `m${i % 40}`), { recursive: true });
    writeFileSync(join(base, 'src', `m${i % 40}`, `f${i}.ts`), small(i, false));
  }
  // Links already in the checkout: the set's links make every one of them be resolved again.
  for (let i = 0; i < LINKS; i += 1) symlinkSync(`src/m${i}`, join(base, `old${i}`));
  const snapshot = await snapshotCheckout(base);
  const changes: ChangeSet['changes'] = [];
  for (const [path, entry] of snapshot) {
    if (entry.type !== 'file') continue;
    const i = Number(/f(\d+)\.ts$/.exec(path)?.[1]);
    if (changes.length >= BIG - LINKS) break;
    changes.push({
      path,
      status: 'modified',
      type: 'file',
      mode: 0o644,
      content: Buffer.from(small(i, true)),
      additions: 1,
      deletions: 1,
      binary: false,
      before: { type: 'file', sha256: entry.sha256, executable: false },
    });
  }
  // New links, chained: new0 -> src/m0, newN -> new(N-1)/../m<N>.
  for (let i = 0; i < LINKS; i += 1) {
    const target = i === 0 ? 'src/m0' : `new${i - 1}/../m${i}`;
    changes.push({
      path: `new${i}`,
      status: 'added',
      type: 'symlink',
      target,
      additions: 0,
      deletions: 0,
      binary: false,
    });
  }
  const set: ChangeSet = { changes };
  const carried = JSON.stringify(encodeChangeSet(set));

  // Fresh copies made before timing: only the apply and the plain writes are timed.
  const copies = (what: string) =>
    Array.from({ length: BIG_RUNS + 1 }, (_, k) => {
      const dir = join(tmpdir(), `wflo-bench-copyback-${what}-${process.pid}-${k}`);
      cpSync(base, dir, { recursive: true, verbatimSymlinks: true });
      return dir;
    });
  const forWflo = copies('wflo');
  const forPlain = copies('plain');
  const [wflo, baseline] = await alternatedMediansMs(
    BIG_RUNS,
    async () => {
      const dir = forWflo.pop();
      if (!dir) throw new Error('out of fresh copies');
      const applied = await applyChanges(decodeChangeSet(JSON.parse(carried)), dir);
      if (applied.written !== BIG) throw new Error(`applied ${applied.written} of ${BIG}`);
    },
    async () => {
      const dir = forPlain.pop();
      if (!dir) throw new Error('out of fresh copies');
      for (const change of set.changes) {
        if (change.status === 'deleted') continue;
        const target = join(dir, change.path);
        mkdirSync(dirname(target), { recursive: true });
        if (change.type === 'symlink') await symlink(change.target, target);
        else await writeFile(target, change.content);
      }
    },
  );
  reportFigure({
    bench: 'checkout',
    case: `copy back ${BIG} changes (${BIG - LINKS} files, ${LINKS} chained links, ${Math.round(carried.length / 1024)} KB) by real path vs plain writes`,
    wflo_ms: wflo,
    baseline_ms: baseline,
    ratio: wflo / baseline,
    note: `${LINKS} links already in the checkout resolved again; copies made before timing`,
  });
  for (let k = 0; k <= BIG_RUNS; k += 1) {
    for (const what of ['wflo', 'plain'])
      rmSync(join(tmpdir(), `wflo-bench-copyback-${what}-${process.pid}-${k}`), {
        recursive: true,
        force: true,
      });
  }
  rmSync(base, { recursive: true });
});
