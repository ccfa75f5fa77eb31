// The re-run checkpoint store against the local GitHub: where attempt N-1's checkpoint is kept
// (refs/wflo/checkpoints/<run id>/<job key>), when it is written and deleted, and what an
// attempt does with one it cannot trust.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RestClient } from '../src/github/client.js';
import { seal, type Checkpoint } from '../src/checkpoint/checkpoint.js';
import { prepareRerun, rerunJobKey, rerunStoreFor, withRerun } from '../src/checkpoint/rerun.js';
import { fakeGitHubWithClient, type FakeGitHub } from './support/fake-github.js';

const TOKEN = 'ghs_rerunStoreToken';
let gh: FakeGitHub;
let client: RestClient;

beforeEach(async () => {
  ({ gh, client } = await fakeGitHubWithClient(TOKEN));
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

const env = (attempt: number, extra: Record<string, string> = {}) => ({
  GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
  GITHUB_RUN_ID: '99',
  GITHUB_RUN_ATTEMPT: String(attempt),
  GITHUB_JOB: 'agent',
  RUNNER_OS: 'Linux',
  ...extra,
});

const checkpoint = (status: Checkpoint['status']): Checkpoint => ({
  version: 2,
  runId: 'run-a',
  workflow: { file: 'flow.yml', name: 'flow', hash: 'h' },
  inputs: {},
  inputsHash: 'i',
  status,
  ledger: { spentMicros: 1200, reservedPeakMicros: 3000 },
  steps: [],
  updatedAt: '2026-12-03T10:00:00.000Z',
});

const settings = (attempt: number, extra: Record<string, string> = {}) => ({
  env: env(attempt, extra),
  token: TOKEN,
  workflowFile: 'flow.yml',
  inputs: {},
  client,
});

describe('the re-run checkpoint store', () => {
  it('keys matrix legs apart and keeps a key across attempts', () => {
    const key = rerunJobKey(env(1), 'flow.yml', {});
    expect(rerunJobKey(env(2), 'flow.yml', {})).toBe(key);
    expect(key).toMatch(/^agent-[0-9a-f]{16}$/);
    expect(rerunJobKey(env(1, { RUNNER_OS: 'Windows' }), 'flow.yml', {})).not.toBe(key);
    expect(rerunJobKey(env(1), 'flow.yml', { leg: 'b' })).not.toBe(key);
    expect(rerunJobKey(env(1), 'other.yml', {})).not.toBe(key);
  });

  it('writes only where an unsucceeded attempt ends, and a later attempt that succeeds deletes it', async () => {
    const first = rerunStoreFor(settings(1))?.store;
    if (!first) throw new Error('no store');
    await first.save(seal(checkpoint('running')));
    await first.save(seal(checkpoint('succeeded')));
    expect(gh.requests).toEqual([]); // nothing to keep, and attempt 1 had nothing to delete
    await first.save(seal(checkpoint('failed')));
    const refs = [...gh.refs.keys()];
    expect(refs).toEqual([`refs/wflo/checkpoints/99/${rerunJobKey(env(1), 'flow.yml', {})}`]);

    const second = await prepareRerun(settings(2));
    expect(second?.resumeFrom?.status).toBe('failed');
    expect(second?.resumeFrom?.ledger.spentMicros).toBe(1200);
    const decided = withRerun(undefined, second, 'commit');
    expect(decided.kind === 'run' && decided.checkpoint?.resumeFrom?.runId).toBe('run-a');
    expect(decided.kind === 'run' && decided.message).toMatch(
      /^wflo: re-run: continuing run run-a/,
    );
    await second?.store.save(seal(checkpoint('succeeded')));
    expect([...gh.refs.keys()]).toEqual([]);
    // A third attempt finds nothing and runs every step.
    expect((await prepareRerun(settings(3)))?.resumeFrom).toBeUndefined();
  });

  it('does not continue from a checkpoint that was changed, and says so', async () => {
    await rerunStoreFor(settings(1))?.store.save(seal(checkpoint('failed')));
    const ref = [...gh.refs.keys()][0] ?? '';
    // Someone with push rights rewrites the ledger file with another spend, keeping the digest.
    const text = gh.fileAt(ref, 'checkpoint.json') ?? '';
    const forged = text.replace('"spentMicros":1200', '"spentMicros":0');
    const tree = await client.rest.git.createTree({
      owner: gh.owner,
      repo: gh.repo,
      tree: [{ path: 'checkpoint.json', mode: '100644', type: 'blob', content: forged }],
    });
    const commit = await client.rest.git.createCommit({
      owner: gh.owner,
      repo: gh.repo,
      message: 'x',
      tree: tree.data.sha,
      parents: [gh.refCommit(ref) ?? ''],
    });
    gh.refs.set(ref, commit.data.sha);
    const second = await prepareRerun(settings(2));
    expect(second?.resumeFrom).toBeUndefined();
    expect(second?.warning).toMatch(
      /could not continue from attempt 1's checkpoint, so every step runs again: .*was changed after wflo wrote it/,
    );
  });

  it('names the permission when the token may not write the ref', async () => {
    gh.fail({
      method: 'POST',
      path: /\/git\/trees$/,
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
    });
    const store = rerunStoreFor(settings(1))?.store;
    expect(store?.where).toContain("the token needs 'contents: write'");
    await expect(store?.save(seal(checkpoint('failed')))).rejects.toThrow(
      /Resource not accessible/,
    );
  });

  it('stays out of the way outside a GitHub Actions run with a token', async () => {
    expect(await prepareRerun({ ...settings(2), token: '' })).toBeUndefined();
    expect(
      await prepareRerun({ ...settings(2), env: { ...env(2), GITHUB_RUN_ID: '' } }),
    ).toBeUndefined();
  });
});
