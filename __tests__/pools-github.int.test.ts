// The `github` budget-pool store against the local GitHub server, through the real Octokit
// stack (retry, throttling): the fake keeps git refs, trees, commits and blobs with GitHub's
// fast-forward rule, checks every REST answer against @octokit/openapi and runs every GraphQL
// query against GitHub's published schema, so the compare-and-swap the store relies on
// (`createCommitOnBranch` with `expectedHeadOid`) is the one GitHub documents. Races: many simulated jobs at once with
// random budgets, random crashes before settle and random lease expiry.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RestClient } from '../src/github/client.js';
import { branchDocument, refDocument } from '../src/github/ref-document.js';
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

  it('answers GraphQL as GitHub does: the schema refuses what it lacks, a stale head is STALE_DATA', async () => {
    const bad = await client
      .graphql('query { repository(owner: "octo-org", name: "widgets") { ledger } }')
      .then(
        () => undefined,
        (error: unknown) => error as { errors?: { message: string }[] },
      );
    expect(bad?.errors?.[0]?.message).toMatch(/Cannot query field "ledger" on type "Repository"/);
    expect(gh.violations.splice(0)).toHaveLength(1); // the fake's own check saw it too
    const doc = branchDocument({
      client,
      owner: gh.owner,
      repo: gh.repo,
      ref: 'refs/heads/wflo/stale',
      file: 'doc.json',
      message: 'test',
    });
    await doc.update(() => ({ value: undefined, text: '1' }));
    const head = gh.refCommit('refs/heads/wflo/stale');
    const stale = await client
      .graphql(
        'mutation($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }',
        {
          input: {
            branch: { repositoryNameWithOwner: `${gh.owner}/${gh.repo}`, branchName: 'wflo/stale' },
            expectedHeadOid: 'f'.repeat(40),
            message: { headline: 'late' },
            fileChanges: { additions: [{ path: 'doc.json', contents: 'Mg==' }] },
          },
        },
      )
      .then(
        () => undefined,
        (error: unknown) => error as { errors?: { type?: string; message: string }[] },
      );
    expect(stale?.errors?.[0]).toMatchObject({
      type: 'STALE_DATA',
      message: expect.stringMatching(/^Expected branch to point to "f{40}" but it did not/),
    });
    expect(gh.refCommit('refs/heads/wflo/stale')).toBe(head);
    expect(gh.fileAt('refs/heads/wflo/stale', 'doc.json')).toBe('1');
  });

  it.each([
    ['a hidden ref, by REST', refDocument, 'refs/wflo/race'],
    ['a branch, by GraphQL', branchDocument, 'refs/heads/wflo/race'],
  ])(
    'lets writers that create the document at once all land, one after the other (%s)',
    async (_way, kind, ref) => {
      const doc = (n: number) =>
        kind({
          client,
          owner: gh.owner,
          repo: gh.repo,
          ref,
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
      expect(JSON.parse(gh.fileAt(ref, 'list.json') ?? '[]')).toEqual([1, 2, 3]);
      // Two of the three lost a race (a create, an update or a commit on the branch) and wrote again.
      expect(gh.requestsTo('POST', /\/git\/refs$/).length).toBeGreaterThanOrEqual(1);
      expect(gh.requestsTo('POST', /\/git\/refs$/).filter((r) => r.status === 422)).toHaveLength(2);
    },
  );
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
    for (const url of [
      'github:octo-org/ledger@wflo/team-a',
      'github:octo-org/ledger@refs/heads/wflo/team-a',
    ])
      expect(parseGithubStoreUrl(url, env)).toEqual({
        owner: 'octo-org',
        repo: 'ledger',
        ref: 'refs/heads/wflo/team-a',
      });
    // The ledger is kept on a branch: a hidden ref or a name git refuses is named back.
    for (const url of [
      'github@refs/wflo/team-a',
      'github@team..a',
      'github@team.lock',
      'github@-x',
    ])
      expect(() => parseGithubStoreUrl(url, env)).toThrow(
        /'@BRANCH' \(the branch that keeps the ledger/,
      );
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
      'github octo-org/ledger refs/heads/wflo/budget-pools',
    );
    await expect(openPoolStore('github', { ...context, githubToken: '' })).rejects.toThrow(
      /needs a GitHub token with 'contents: write'/,
    );
  });

  it('holds, settles once by lease id, and costs a job 3 requests: a read, its escrow, its settle', async () => {
    const count = async (work: () => Promise<unknown>) => {
      const before = gh.requests.length;
      await work();
      return gh.requests.length - before;
    };
    // The very first escrow of a repository reads no branch, then creates it: tree, commit, ref.
    const first = store();
    expect(await count(() => escrow(first, 'run-0', 1_000_000))).toBe(4);
    expect(await count(() => first.settle('run-0', 0, T0))).toBe(1);
    // Every later job: one GraphQL read and one commit on the branch, then one more to settle
    // on top of its own escrow.
    const s = store();
    let grant: Awaited<ReturnType<typeof escrow>> | undefined;
    expect(await count(async () => (grant = await escrow(s, 'run-1', 2_000_000)))).toBe(2);
    expect(grant?.heldMicros).toBe(2_000_000);
    expect(gh.requests.slice(-2).map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /graphql',
      'POST /graphql',
    ]);
    // The same lease again: what it remembers says nothing to write, so it reads once to be sure.
    expect(await count(async () => (grant = await escrow(s, 'run-1', 2_000_000)))).toBe(1);
    expect(grant?.heldMicros).toBe(2_000_000);
    expect(await count(() => s.settle('run-1', 750_000, T0))).toBe(1);
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

  it('settles right when another job wrote since its escrow: the refused commit, a read, a commit', async () => {
    const [a, b] = [store(), store()];
    await escrow(a, 'run-a', 1_000_000);
    await escrow(b, 'run-b', 1_000_000);
    const before = gh.requests.length;
    await a.settle('run-a', 400_000, T0);
    expect(gh.requests.length - before).toBe(3);
    await b.settle('run-b', 100_000, T0);
    const [standing] = await store().list(T0);
    expect(standing).toMatchObject({ spentMicros: 500_000, heldMicros: 0, leftMicros: 4_500_000 });
  });

  it('fails closed with one sentence naming the store when GitHub refuses the token', async () => {
    const s = createGithubPoolStore({
      token: 'ghs_unknown',
      apiUrl: gh.url,
      owner: gh.owner,
      repo: gh.repo,
    });
    await expect(escrow(s, 'run-x', 1)).rejects.toThrow(
      /the budget store github octo-org\/widgets refs\/heads\/wflo\/budget-pools could not take a hold: .*contents: write/,
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
