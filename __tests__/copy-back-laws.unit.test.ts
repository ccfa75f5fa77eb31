// The copy-back laws (issue #12) over random checkouts and random change sets with symlink
// chains: a set is refused whole or applied exactly, the links it adds resolve inside by the
// kernel's own realpath, it can be taken back, and nothing outside the checkout ever changes.
// The laws and the generators: support/copy-back-world.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  checkCopyBackLaws,
  copyBackCaseArb,
  type CopyBackCase,
} from './support/copy-back-world.js';

const RUNS = 300;

// Cases found by hand or by earlier runs, replayed first.
const KNOWN: CopyBackCase[] = [
  {
    // The chain, short: d -> ., up -> d/.., out -> up/outside/etc/passwd.
    tree: [],
    changes: [
      { path: 'd', op: 'symlink', status: 'added', target: '.' },
      { path: 'up', op: 'symlink', status: 'added', target: 'd/..' },
      { path: 'e', op: 'symlink', status: 'added', target: 'up/outside/etc/passwd' },
    ],
  },
  {
    // A link on disk re-aimed by the set.
    tree: [
      { path: 'a', type: 'dir' },
      { path: 'd', type: 'symlink', target: 'a' },
      { path: 'up', type: 'symlink', target: 'd/..' },
    ],
    changes: [{ path: 'd', op: 'symlink', status: 'modified', target: '.' }],
  },
  {
    // A write through a link the user has on disk, which leads out.
    tree: [{ path: 'e', type: 'symlink', target: '..' }],
    changes: [{ path: 'e/sentinel', op: 'file', status: 'modified', text: 'new\n', exec: false }],
  },
  {
    // Found by this test: taking back `a/a` left the folder `a` where the file `a` had to return.
    tree: [{ path: 'a', type: 'file', text: 'one\n', exec: false }],
    changes: [
      { path: 'a', op: 'delete' },
      { path: 'a/a', op: 'symlink', status: 'added', target: '.' },
    ],
  },
  {
    // Found by this test too: the file `D` comes back only after the folders made for `D/a/a` go.
    tree: [{ path: 'D', type: 'file', text: 'one\n', exec: false }],
    changes: [
      { path: 'D/a/a', op: 'file', status: 'added', text: 'new\n', exec: false },
      { path: 'D', op: 'delete' },
    ],
  },
];

describe('the copy-back laws', () => {
  it(`hold over ${RUNS} random checkouts and change sets`, async () => {
    await fc.assert(fc.asyncProperty(copyBackCaseArb, checkCopyBackLaws), {
      numRuns: RUNS,
      examples: KNOWN.map((c) => [c]),
    });
  }, 60_000);
});
