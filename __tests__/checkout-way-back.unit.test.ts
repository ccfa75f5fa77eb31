// The way back (issue #12): a change set is resolved by real path over the checkout as it will
// be, protected places are refused in any spelling, and wflo's own files never follow a link.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../src/checkout/apply.js';
import { type Change, type ChangeSet } from '../src/checkout/change-set.js';
import { checkChangeSet } from '../src/checkout/check.js';
import { encodeChangeSet } from '../src/checkout/change-set.js';
import { localCheckout } from '../src/checkout/local.js';
import {
  foldName,
  hooksInside,
  isDotGit,
  protectedNameOf,
  protectedPathsOf,
} from '../src/checkout/protected-paths.js';
import { CheckoutTree, resolveLink } from '../src/checkout/real-path.js';
import { createCheckoutChanges } from '../src/engine/checkout-changes.js';
import { appendFileNoFollow, preflightWrite, writeFileAtomic } from '../src/common/files.js';
import { builtinKinds } from '../src/steps/index.js';
import { formatDiagnostic, WorkflowError } from '../src/workflow/errors.js';
import { parseWorkflow } from '../src/workflow/load.js';
import { treeHash } from './support/docker-tree.js';

const file = (path: string, text = 'x\n'): Change => ({
  path,
  status: 'added',
  type: 'file',
  mode: 0o644,
  content: Buffer.from(text),
  additions: 1,
  deletions: 0,
  binary: false,
});
type LinkChange = Extract<Change, { type: 'symlink' }>;
const link = (path: string, target: string): LinkChange => ({
  path,
  status: 'added',
  type: 'symlink',
  target,
  additions: 0,
  deletions: 0,
  binary: false,
});

/** A checkout inside a temp folder, beside a sentinel file nothing may ever change. */
function world(): { root: string; checkout: string; sentinel: string } {
  const root = mkdtempSync(join(tmpdir(), 'wflo-wayback-'));
  const checkout = join(root, 'checkout');
  mkdirSync(join(checkout, 'src'), { recursive: true });
  writeFileSync(join(checkout, 'src', 'app.ts'), 'one\n');
  mkdirSync(join(checkout, '.git', 'hooks'), { recursive: true });
  writeFileSync(join(checkout, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  const sentinel = join(root, 'sentinel');
  writeFileSync(sentinel, 'outside\n');
  return { root, checkout, sentinel };
}

/** The chain: `d -> .`, `up1 -> d/..`, `upN -> up(N-1)/..`, `host-passwd -> up24/etc/passwd`. */
function escapeChain(): Change[] {
  const changes = [link('d', '.'), link('up1', 'd/..')];
  for (let n = 2; n <= 24; n++) changes.push(link(`up${n}`, `up${n - 1}/..`));
  changes.push(link('host-passwd', 'up24/etc/passwd'));
  return changes;
}

describe('protected paths, in every spelling a file system takes for them', () => {
  it.each([
    ['.git/config', '.git'],
    ['.GIT/hooks/pre-commit', '.git'],
    ['.Git/', '.git'],
    ['sub/.git./config', '.git'],
    ['.git /config', '.git'],
    ['.g\u200cit/hooks/pre-commit', '.git'],
    ['.\u200dgit\ufeff/HEAD', '.git'],
    ['GIT~1/config', '.git'],
    ['deep/er/git~1/hooks/x', '.git'],
    ['.git::$INDEX_ALLOCATION/hooks/x', '.git'],
    ['.husky/pre-commit', '.husky'],
    ['sub/.Husky/pre-commit', '.husky'],
    ['HUSKY~1/pre-commit', '.husky'],
    ['.GitHub/Workflows/x.yml', '.github/workflows'],
    ['pkg/.github/workflows/ci.yml', '.github/workflows'],
    ['.github', '.github/workflows'],
    ['.GITMODULES', '.gitmodules'],
    ['GI7EBA~1', '.gitmodules'],
    ['lib/.gitattributes', '.gitattributes'],
    ['.gitattributes. ', '.gitattributes'],
  ])('%s is %s', (path, name) => {
    expect(protectedNameOf(path)).toBe(name);
  });

  it.each(['src/git/x', '.gitignore', '.github/CODEOWNERS', 'husky/pre-commit', 'a.git', 'gitx~1'])(
    '%s is not protected',
    (path) => {
      expect(protectedNameOf(path)).toBeUndefined();
    },
  );

  it('folds case, ignorables, trailing dots and spaces, and streams', () => {
    expect(foldName('.G\u200cIT. .')).toBe('.git');
    expect(foldName('a:stream')).toBe('a');
    expect(isDotGit('.git')).toBe(true);
    expect(isDotGit('.gitx')).toBe(false);
  });

  it('protects the core.hooksPath folder, its parents and everything in it', () => {
    const paths = { hooksPaths: [['tools', 'hooks']] };
    expect(protectedNameOf('tools/hooks/pre-commit', paths)).toBe('core.hooksPath');
    expect(protectedNameOf('Tools/HOOKS/pre-push', paths)).toBe('core.hooksPath');
    expect(protectedNameOf('tools', paths)).toBe('core.hooksPath');
    expect(protectedNameOf('tools/lint.sh', paths)).toBeUndefined();
  });

  it('reads core.hooksPath from git and maps it into a checkout that is a subfolder', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'wflo-hooks-'));
    execFileSync('git', ['init', '-q', repo]);
    mkdirSync(join(repo, 'app', 'tools', 'hooks'), { recursive: true });
    execFileSync('git', ['config', 'core.hooksPath', 'app/tools/hooks'], { cwd: repo });
    // The checkout is `app/`: the hooks are at tools/hooks inside it.
    expect(await protectedPathsOf(join(repo, 'app'))).toEqual({ hooksPaths: [['tools', 'hooks']] });
    execFileSync('git', ['config', 'core.hooksPath', '.husky'], { cwd: repo });
    expect(await protectedPathsOf(repo)).toEqual({ hooksPaths: [['.husky']] });
    // Outside the checkout: nothing a change set can reach.
    expect(await protectedPathsOf(join(repo, 'app'))).toEqual({ hooksPaths: [] });
    expect(await hooksInside(repo, repo, '/etc/hooks')).toEqual([]);
  });

  it('finds the hooks folder where a link inside the checkout really puts it', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'wflo-hooks-'));
    mkdirSync(join(repo, 'scripts', 'hooks'), { recursive: true });
    symlinkSync('scripts/hooks', join(repo, 'hooks'));
    expect(await hooksInside(repo, repo, 'hooks')).toEqual([['hooks'], ['scripts', 'hooks']]);
  });

  it('refuses a step writing .husky/pre-commit under core.hooksPath, with how to allow it', async () => {
    const { checkout } = world();
    execFileSync('git', ['init', '-q', checkout]);
    execFileSync('git', ['config', 'core.hooksPath', 'tools/hooks'], { cwd: checkout });
    const before = treeHash(checkout);
    await expect(
      applyChanges({ changes: [file('tools/hooks/pre-commit')] }, checkout),
    ).rejects.toThrow(
      "the change set writes tools/hooks/pre-commit, which is protected; add 'core.hooksPath' to the step's protected_paths_allowed to let it through.",
    );
    await expect(applyChanges({ changes: [file('.Husky/pre-commit')] }, checkout)).rejects.toThrow(
      "add '.husky' to the step's protected_paths_allowed",
    );
    expect(treeHash(checkout)).toBe(before);
    const applied = await applyChanges({ changes: [file('.husky/pre-commit')] }, checkout, {
      protectedPathsAllowed: ['.husky'],
    });
    expect(applied.written).toBe(1);
    expect(readFileSync(join(checkout, '.husky', 'pre-commit'), 'utf8')).toBe('x\n');
  });

  it('never lets .git through, whatever the step allows', async () => {
    const { checkout } = world();
    for (const path of ['.GIT/hooks/pre-commit', 'GIT~1/config', 'sub/.g\u200cit/config']) {
      await expect(
        applyChanges({ changes: [file(path)] }, checkout, { protectedPathsAllowed: ['.git'] }),
      ).rejects.toThrow(/\.git|never taken back/);
    }
    expect(existsSync(join(checkout, '.git', 'hooks', 'pre-commit'))).toBe(false);
  });
});

describe('symlinks resolved by real path over the checkout as the set leaves it', () => {
  it("refuses the issue's chain d -> ., up1 -> d/.., …, host-passwd -> up24/etc/passwd, writing nothing", async () => {
    const { root, checkout, sentinel } = world();
    const before = treeHash(root);
    const changes = [...escapeChain(), file('notes.txt')];
    await expect(applyChanges({ changes }, checkout)).rejects.toThrow(
      'the change set holds a symlink up1 -> d/.. that leads above the checkout, and symlinks are kept only when they lead inside the checkout.',
    );
    expect(treeHash(root)).toBe(before);
    expect(readFileSync(sentinel, 'utf8')).toBe('outside\n');
  });

  it.each([
    ['an absolute target', [link('x', '/etc/passwd')], 'x -> /etc/passwd that is absolute'],
    ['a loop', [link('a', 'b'), link('b', 'a')], 'a loop'],
    ['a link to itself', [link('self', 'self/x')], 'a loop'],
    ['a target into .git', [link('h', 'src/../.git/hooks')], 'leads into .git'],
    ['a target into .GIT', [link('h', '.GIT/config')], 'leads into .git'],
    ['a chain through .git', [link('g', '.git'), link('h', 'g/hooks')], 'leads into .git'],
    [
      'a chain ending absolute',
      [link('h', 'abs/etc'), link('abs', '/')],
      'goes through abs, which is absolute',
    ],
    ['a nested climb', [link('src/up', '../..')], 'leads above the checkout'],
  ])('refuses %s', async (_, changes, message) => {
    const { root, checkout } = world();
    const before = treeHash(root);
    await expect(applyChanges({ changes }, checkout)).rejects.toThrow(message);
    expect(treeHash(root)).toBe(before);
  });

  it('keeps links and chains that stay inside', async () => {
    const { checkout } = world();
    const changes = [
      link('d', '.'),
      link('a', 'd/src'),
      link('b', 'a/app.ts'),
      link('n', 'src/new/x'),
    ];
    await applyChanges({ changes }, checkout);
    expect(readlinkSync(join(checkout, 'b'))).toBe('a/app.ts');
    expect(readFileSync(join(checkout, 'b'), 'utf8')).toBe('one\n');
  });

  it('follows links already on disk', async () => {
    const { root, checkout } = world();
    symlinkSync('.', join(checkout, 'here'));
    const before = treeHash(root);
    await expect(
      applyChanges({ changes: [link('out', 'here/here/..')] }, checkout),
    ).rejects.toThrow('out -> here/here/.. that leads above the checkout');
    expect(treeHash(root)).toBe(before);
  });

  it('refuses a set that re-aims a link already in the checkout so that it leads outside', async () => {
    const { root, checkout } = world();
    symlinkSync('src', join(checkout, 'd'));
    symlinkSync('d/..', join(checkout, 'up'));
    const before = treeHash(root);
    const retarget: Change = {
      ...link('d', '.'),
      status: 'modified',
      before: { type: 'symlink', target: 'src' },
    };
    await expect(applyChanges({ changes: [retarget] }, checkout)).rejects.toThrow(
      'the change set makes the symlink up -> d/.. already in the checkout lead outside it (it leads above the checkout).',
    );
    expect(treeHash(root)).toBe(before);
  });

  it('refuses a write through a link the same set adds, or one on disk', async () => {
    const { root, checkout } = world();
    symlinkSync(root, join(checkout, 'host'));
    const before = treeHash(root);
    await expect(
      applyChanges({ changes: [link('out', 'src'), file('out/x')] }, checkout),
    ).rejects.toThrow(
      'writes through out, which is not a directory (it is a symlink), to reach out/x.',
    );
    await expect(applyChanges({ changes: [file('host/sentinel')] }, checkout)).rejects.toThrow(
      'writes through host',
    );
    expect(treeHash(root)).toBe(before);
  });

  it('refuses two paths one case-insensitive file system takes for one', async () => {
    const { checkout } = world();
    await expect(
      applyChanges({ changes: [link('d', 'src'), file('D/x')] }, checkout),
    ).rejects.toThrow(/holds both d and D\/x|writes through/);
    await expect(applyChanges({ changes: [file('A'), file('a')] }, checkout)).rejects.toThrow(
      'the change set holds both A and a, which are one path on a case-insensitive file system.',
    );
  });

  it('treats a folded spelling of a link the set adds as that link', async () => {
    const { checkout } = world();
    const tree = new CheckoutTree(checkout, { changes: [link('d', '.')] });
    // On a case-insensitive checkout D/.. is the parent of the checkout.
    expect(await resolveLink(tree, 'x', 'D/..')).toEqual({
      inside: false,
      why: 'leads above the checkout',
    });
  });

  it('fails the step of held changes at once, before any gate approves', async () => {
    const { checkout } = world();
    const steps = [
      {
        id: 'edit',
        index: 0,
        kind: 'sandbox',
        needs: [],
        retry: { maxAttempts: 1, backoffMs: 0 },
        continueOnError: false,
        config: {},
        pointer: '/steps/0',
      },
      {
        id: 'gate',
        index: 1,
        kind: 'approval',
        needs: ['edit'],
        retry: { maxAttempts: 1, backoffMs: 0 },
        continueOnError: false,
        config: {},
        pointer: '/steps/1',
      },
    ];
    const changes = createCheckoutChanges({
      steps,
      gates: [1],
      ancestorsOf: (i) => new Set(i === 1 ? [0] : []),
      checkout: localCheckout,
      workspace: checkout,
      checkpointed: false,
    });
    const why = await changes.settle(0, encodeChangeSet({ changes: escapeChain() }));
    expect(why).toMatch(/^its changes could not be applied to the checkout: .*up1 -> d\/\.\./);
    expect(changes.heldFor(1)).toEqual([]);
  });

  it('passes the step kind’s protected_paths_allowed to the checkout', async () => {
    const { checkout } = world();
    const set = encodeChangeSet({ changes: [file('.github/workflows/ci.yml')] } as ChangeSet);
    const base = {
      steps: [
        {
          id: 'edit',
          index: 0,
          kind: 'sandbox',
          needs: [],
          retry: { maxAttempts: 1, backoffMs: 0 },
          continueOnError: false,
          config: {},
          pointer: '/steps/0',
        },
      ],
      gates: [],
      ancestorsOf: () => new Set<number>(),
      checkout: localCheckout,
      workspace: checkout,
      checkpointed: false,
    };
    expect(await createCheckoutChanges(base).settle(0, set)).toContain(
      "add '.github/workflows' to the step's protected_paths_allowed",
    );
    const opened = createCheckoutChanges({
      ...base,
      rulesOf: () => ({ protectedPathsAllowed: ['.github/workflows'] }),
    });
    expect(await opened.settle(0, set)).toBeUndefined();
    expect(existsSync(join(checkout, '.github', 'workflows', 'ci.yml'))).toBe(true);
  });

  it('checkChangeSet returns the set with normalized paths', async () => {
    const { checkout } = world();
    const checked = await checkChangeSet({ changes: [file('./src//b.ts')] }, checkout);
    expect(checked.changes.map((c) => c.path)).toEqual(['src/b.ts']);
  });
});

describe("wflo's own files never follow a link planted in the checkout", () => {
  const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

  it('refuses report.json -> a file outside, before the run and when writing', async () => {
    const { checkout, sentinel } = world();
    const hash = digest(sentinel);
    symlinkSync(sentinel, join(checkout, 'report.json'));
    const target = join(checkout, 'report.json');
    const place = { checkout };
    await expect(preflightWrite(target, 'the report', place)).rejects.toThrow(
      `cannot write the report to ${target}: it is a symbolic link, and wflo never writes its files through one`,
    );
    await expect(writeFileAtomic(target, '{}', 'the report', place)).rejects.toThrow(
      'it is a symbolic link',
    );
    await expect(appendFileNoFollow(target, 'x', 'the checkpoint', place)).rejects.toThrow(
      'it is a symbolic link',
    );
    expect(digest(sentinel)).toBe(hash);
    expect(readlinkSync(target)).toBe(sentinel);
  });

  it('refuses a linked folder inside the checkout on the way, but not folders outside it', async () => {
    const { root, checkout, sentinel } = world();
    const hash = digest(sentinel);
    symlinkSync(root, join(checkout, 'out'));
    const target = join(checkout, 'out', 'sentinel');
    await expect(writeFileAtomic(target, '{}', 'the report', { checkout })).rejects.toThrow(
      `cannot write the report to ${target}: ${join(checkout, 'out')} is a symbolic link inside the checkout, and wflo never writes its files through one`,
    );
    await expect(
      preflightWrite(join(checkout, 'out', 'new.json'), 'the report', { checkout }),
    ).rejects.toThrow('is a symbolic link inside the checkout');
    expect(digest(sentinel)).toBe(hash);
    // A folder outside the checkout that is a link is the user's own choice.
    const elsewhere = mkdtempSync(join(tmpdir(), 'wflo-elsewhere-'));
    symlinkSync(elsewhere, join(root, 'reports'));
    await writeFileAtomic(join(root, 'reports', 'r.json'), '{}', 'the report', { checkout });
    expect(readFileSync(join(elsewhere, 'r.json'), 'utf8')).toBe('{}');
  });
});

describe('protected_paths_allowed at validate time', () => {
  const problems = (kind: 'sandbox' | 'agent', allowed: string): string[] => {
    const body =
      kind === 'sandbox'
        ? `run: make\n      image: busybox\n      workspace: copy\n      protected_paths_allowed: ${allowed}`
        : `model: gpt-4o-mini\n      task: t\n      sandbox: { image: busybox }\n      protected_paths_allowed: ${allowed}`;
    const source = `version: 1\nname: w\nsteps:\n  - id: s\n    ${kind}:\n      ${body}\n`;
    try {
      parseWorkflow(source, 'w.yml', { registry: builtinKinds() });
      return [];
    } catch (error) {
      if (error instanceof WorkflowError) return error.diagnostics.map(formatDiagnostic);
      throw error;
    }
  };

  it('accepts the protected names on sandbox and agent steps', () => {
    expect(problems('sandbox', "['.husky', '.github/workflows', core.hooksPath]")).toEqual([]);
    expect(problems('agent', "['.gitmodules', '.gitattributes']")).toEqual([]);
  });

  it('refuses an unknown entry with a suggestion and its line:col', () => {
    expect(problems('sandbox', "['.husky', '.Huskey']")).toEqual([
      expect.stringMatching(
        /^w\.yml:9:43: .*'\.Huskey', which is not a protected path \(did you mean '\.husky'\?\)/,
      ),
    ]);
    expect(problems('agent', "['.github/workflows/']")).toEqual([
      expect.stringMatching(/^w\.yml:9:33: .*write it '\.github\/workflows'/),
    ]);
  });

  it('refuses .git, which can never be allowed', () => {
    expect(problems('sandbox', "['.git']")).toEqual([
      expect.stringMatching(/^w\.yml:9:33: .*names \.git, which can never be allowed/),
    ]);
  });
});
