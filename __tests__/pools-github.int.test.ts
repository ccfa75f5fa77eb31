// The `github` budget-pool store against the local GitHub server, through the real Octokit
// stack (retry, throttling): the fake keeps git refs, trees, commits and blobs with GitHub's
// fast-forward rule and checks every answer against @octokit/openapi, so the compare-and-swap
// the store relies on is the one GitHub documents. Races: many simulated jobs at once with
// random budgets, random crashes before settle and random lease expiry.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RestClient } from '../src/github/client.js';
import { refDocument } from '../src/github/ref-document.js';
import {
  createGithubPoolStore,
  DEFAULT_POOL_REF,
  parseGithubStoreUrl,
} from '../src/pools/github-store.js';
import { PoolStoreError, type PoolStore } from '../src/pools/port.js';
import { openPoolStore } from '../src/pools/stores.js';
import { fakeGitHubWithClient, type FakeGitHub } from './support/fake-github.js';

const TOKEN = 'ghs_poolsTestToken';
let gh: FakeGitHub;
let client: RestClient;

beforeEach(async () => {
  ({ gh, client } = await fakeGitHubWithClient(TOKEN));
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

const yieldOnce = () => new Promise<void>((resolve) => setImmediate(resolve));

function store(): PoolStore {
  return createGithubPoolStore({
    token: TOKEN,
    apiUrl: gh.url,
    owner: gh.owner,
    repo: gh.repo,
    client,
    // Fast in tests: jitter over a few event-loop turns, and enough attempts for 20 racers.
    backoff: { maxAttempts: 200, baseDelayMs: 1, maxDelayMs: 4, sleep: yieldOnce },
  });
}

const T0 = new Date('2026-12-03T10:00:00Z');
const HOUR = 3600_000;
const daily = { key: 'daily', capMicros: 5_000_000, period: 'day' as const };

function escrow(s: PoolStore, leaseId: string, want: number, now = T0, leaseMs = 6 * HOUR) {
  return s.escrow({
    leaseId,
    holder: `job ${leaseId}`,
    pools: [daily],
    wantMicros: want,
    now,
    leaseMs,
  });
}

describe('the local GitHub server keeps git data as GitHub does', () => {
  it('refuses a ref update that is not a fast forward with 422, and takes one that is', async () => {
    const where = { owner: gh.owner, repo: gh.repo };
    const tree = await client.rest.git.createTree({
      ...where,
      tree: [{ path: 'a.json', mode: '100644', type: 'blob', content: '{}' }],
    });
    const root = await client.rest.git.createCommit({
      ...where,
      message: 'root',
      tree: tree.data.sha,
      parents: [],
    });
    await client.rest.git.createRef({ ...where, ref: 'refs/wflo/test', sha: root.data.sha });
    const child = await client.rest.git.createCommit({
      ...where,
      message: 'child',
      tree: tree.data.sha,
      parents: [root.data.sha],
    });
    const sibling = await client.rest.git.createCommit({
      ...where,
      message: 'sibling',
      tree: tree.data.sha,
      parents: [root.data.sha],
    });
    await client.rest.git.updateRef({
      ...where,
      ref: 'wflo/test',
      sha: child.data.sha,
      force: false,
    });
    const refused = await client.rest.git
      .updateRef({ ...where, ref: 'wflo/test', sha: sibling.data.sha, force: false })
      .then(
        () => undefined,
        (error: unknown) => error as { status: number; message: string },
      );
    expect(refused?.status).toBe(422);
    expect(refused?.message).toContain('Update is not a fast forward');
    // A second create of the same ref is refused too; a forced update is taken.
    const again = await client.rest.git
      .createRef({ ...where, ref: 'refs/wflo/test', sha: root.data.sha })
      .then(
        () => undefined,
        (error: unknown) => error as { status: number; message: string },
      );
    expect(again?.status).toBe(422);
    await client.rest.git.updateRef({
      ...where,
      ref: 'wflo/test',
      sha: sibling.data.sha,
      force: true,
    });
    expect(gh.refCommit('refs/wflo/test')).toBe(sibling.data.sha);
    const read = await client.rest.git.getRef({ ...where, ref: 'wflo/test' });
    expect(read.data.object.sha).toBe(sibling.data.sha);
    const file = await client.rest.repos.getContent({
      ...where,
      path: 'a.json',
      ref: sibling.data.sha,
    });
    expect(Array.isArray(file.data) ? undefined : file.data.type).toBe('file');
    await client.rest.git.getCommit({ ...where, commit_sha: sibling.data.sha });
    await client.rest.git.getTree({ ...where, tree_sha: tree.data.sha });
    await client.rest.git.deleteRef({ ...where, ref: 'wflo/test' });
    expect(gh.refCommit('refs/wflo/test')).toBeUndefined();
  });

  it('lets two writers that create the document at once both land, one after the other', async () => {
    const doc = (n: number) =>
      refDocument({
        client,
        owner: gh.owner,
        repo: gh.repo,
        ref: 'refs/wflo/race',
        file: 'list.json',
        message: `writer ${n}`,
        baseDelayMs: 1,
        maxDelayMs: 2,
        sleep: yieldOnce,
      });
    const add = (n: number) =>
      doc(n).update((text) => {
        const list = text === undefined ? [] : (JSON.parse(text) as number[]);
        return { value: n, text: JSON.stringify([...list, n].sort()) };
      });
    await Promise.all([add(1), add(2), add(3)]);
    expect(JSON.parse(gh.fileAt('refs/wflo/race', 'list.json') ?? '[]')).toEqual([1, 2, 3]);
    // Two of the three lost a race (a create or an update) and wrote again.
    expect(gh.requestsTo('POST', /\/git\/refs$/).length).toBeGreaterThanOrEqual(1);
    expect(gh.requests.filter((r) => r.status === 422).length).toBeGreaterThanOrEqual(2);
  });
});

describe('the github pool store', () => {
  it('names its place, and reads store URLs for the workflow repository or a dedicated one', () => {
    expect(store().describe).toBe(`github ${gh.owner}/${gh.repo} ${DEFAULT_POOL_REF}`);
    const env = { GITHUB_REPOSITORY: 'octo-org/widgets' };
    expect(parseGithubStoreUrl('github', env)).toEqual({
      owner: 'octo-org',
      repo: 'widgets',
      ref: DEFAULT_POOL_REF,
    });
    expect(parseGithubStoreUrl('github:octo-org/ledger@refs/wflo/team-a', env)).toEqual({
      owner: 'octo-org',
      repo: 'ledger',
      ref: 'refs/wflo/team-a',
    });
    expect(() => parseGithubStoreUrl('github', {})).toThrow(/GITHUB_REPOSITORY is not set/);
    expect(() => parseGithubStoreUrl('github:nope', env)).toThrow(PoolStoreError);
  });

  it('is the store the registry opens for github URLs, with the edge token', async () => {
    const context = {
      env: { GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`, GITHUB_API_URL: gh.url },
      cwd: '.',
      githubToken: TOKEN,
    };
    const opened = await openPoolStore('github', context);
    expect(opened.describe).toBe(`github ${gh.owner}/${gh.repo} ${DEFAULT_POOL_REF}`);
    expect((await escrow(opened, 'run-r', 10)).heldMicros).toBe(10);
    expect((await openPoolStore('github:octo-org/ledger', context)).describe).toBe(
      'github octo-org/ledger refs/wflo/budget-pools',
    );
    await expect(openPoolStore('github', { ...context, githubToken: '' })).rejects.toThrow(
      /needs a GitHub token with 'contents: write'/,
    );
  });

  it('holds, settles once by lease id, and costs 2 reads and 3 writes per change', async () => {
    const s = store();
    const before = gh.requests.length;
    const grant = await escrow(s, 'run-1', 2_000_000);
    expect(grant.heldMicros).toBe(2_000_000);
    expect(gh.requests.length - before).toBe(4); // a first escrow: no ref yet (1 read), then tree, commit, ref
    const again = await escrow(s, 'run-1', 2_000_000);
    expect(again.heldMicros).toBe(2_000_000);
    const mid = gh.requests.length;
    await s.settle('run-1', 750_000, T0);
    expect(gh.requests.length - mid).toBe(5);
    const settledAt = gh.refCommit(DEFAULT_POOL_REF);
    await s.settle('run-1', 2_000_000, T0);
    expect(gh.refCommit(DEFAULT_POOL_REF)).toBe(settledAt); // the second settle wrote nothing
    const [standing] = await s.list(T0);
    expect(standing).toMatchObject({
      key: 'daily',
      periodKey: '2026-12-03',
      spentMicros: 750_000,
      heldMicros: 0,
      leftMicros: 4_250_000,
    });
    // The next UTC day starts at nothing spent.
    const [tomorrow] = await s.list(new Date('2026-12-04T00:00:00Z'));
    expect(tomorrow?.spentMicros).toBe(0);
  });

  it('fails closed with one sentence naming the store when GitHub refuses the token', async () => {
    const s = createGithubPoolStore({
      token: 'ghs_unknown',
      apiUrl: gh.url,
      owner: gh.owner,
      repo: gh.repo,
    });
    await expect(escrow(s, 'run-x', 1)).rejects.toThrow(
      /the budget store github octo-org\/widgets refs\/wflo\/budget-pools could not take a hold: .*contents: write/,
    );
  });

  it('never overspends a pool shared by many jobs at once, whatever they want, spend, crash or outlive', async () => {
    const job = fc.record({
      want: fc.integer({ min: 0, max: 3_000_000 }),
      spendShare: fc.double({ min: 0, max: 1, noNaN: true }),
      crashes: fc.boolean(),
      settlesTwice: fc.boolean(),
      leaseHours: fc.integer({ min: 1, max: 8 }),
      startHour: fc.integer({ min: 0, max: 6 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1_000_000, max: 6_000_000 }),
        fc.array(job, { minLength: 2, maxLength: 16 }),
        async (cap, jobs) => {
          gh.refs.clear();
          const pool = { key: 'shared', capMicros: cap };
          const s = store();
          const at = (hour: number) => new Date(T0.getTime() + hour * HOUR);
          let really = 0; // what the jobs spent, whatever the ledger knows
          const byHour = [...new Set(jobs.map((j) => j.startHour))].sort((a, b) => a - b);
          const outcomes: {
            lease: string;
            held: number;
            spent: number;
            crashed: boolean;
            expiresHour: number;
          }[] = [];
          // Jobs that start in the same hour race each other; later hours see earlier leases expire.
          for (const hour of byHour) {
            await Promise.all(
              jobs.map(async (j, i) => {
                if (j.startHour !== hour) return;
                const lease = `run-${i}`;
                const grant = await s.escrow({
                  leaseId: lease,
                  holder: `job ${i}`,
                  pools: [pool],
                  wantMicros: j.want,
                  now: at(hour),
                  leaseMs: j.leaseHours * HOUR,
                });
                expect(grant.heldMicros).toBeLessThanOrEqual(j.want);
                const spent = Math.floor(grant.heldMicros * j.spendShare);
                really += spent;
                outcomes.push({
                  lease,
                  held: grant.heldMicros,
                  spent,
                  crashed: j.crashes,
                  expiresHour: hour + j.leaseHours,
                });
                if (j.crashes) return;
                await s.settle(lease, spent, at(hour));
                if (j.settlesTwice) await s.settle(lease, grant.heldMicros, at(hour));
              }),
            );
          }
          expect(really).toBeLessThanOrEqual(cap);
          const end = 20;
          const [standing] = await s.list(at(end));
          const wasted = outcomes.filter((o) => o.crashed).reduce((sum, o) => sum + o.held, 0);
          const settled = outcomes.filter((o) => !o.crashed).reduce((sum, o) => sum + o.spent, 0);
          // Held money returned: every lease has ended, so nothing is held; crashes count in full.
          expect(standing?.heldMicros ?? 0).toBe(0);
          expect(standing?.spentMicros ?? 0).toBe(settled + wasted);
          expect(standing?.leftMicros ?? cap).toBe(cap - settled - wasted);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
