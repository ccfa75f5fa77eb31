// Who started an event, read as the action reads it (github/trust.ts), against the local GitHub.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConditionalReader, createRestClient } from '../src/github/client.js';
import { eventTrust } from '../src/github/trust.js';
import type { JsonValue } from '../src/workflow/model.js';
import { FakeGitHub } from './support/fake-github.js';

const TOKEN = 'ghs_trustTestToken000000000000000000001';
let gh: FakeGitHub;
let reader: ConditionalReader;

beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'octo-org', repo: 'octo-repo' });
  gh.addToken(TOKEN, gh.addUser('github-actions[bot]', { type: 'Bot' }));
  const writer = gh.addUser('writer', { role: 'maintain' });
  const triager = gh.addUser('triager', { role: 'triage' });
  gh.addPull(1, 'a'.repeat(40), writer);
  gh.addPull(2, 'b'.repeat(40), triager, { fork: 'triager/octo-repo' });
  reader = new ConditionalReader(createRestClient({ token: TOKEN, apiUrl: gh.url }));
});
afterAll(async () => {
  await gh.close();
});

const ask = (eventName: string, event: JsonValue, withReader = true) =>
  eventTrust({
    eventName,
    event,
    repository: { owner: 'octo-org', repo: 'octo-repo' },
    ...(withReader ? { reader } : {}),
  });
const own = { full_name: 'octo-org/octo-repo' };

describe('event trust', () => {
  it('trusts a maintainer’s own pull request and events only writers start', async () => {
    const event = { pull_request: { number: 1, head: { repo: own } }, sender: { login: 'writer' } };
    expect(await ask('pull_request', event)).toEqual({ trusted: true });
    expect(await ask('push', {}, false)).toEqual({ trusted: true });
    expect(await ask('workflow_dispatch', {}, false)).toEqual({ trusted: true });
  });

  it('does not trust a fork, a deleted fork, a triager, a stranger, or what it cannot read', async () => {
    const pr = (repo: JsonValue, login = 'writer') => ({
      pull_request: { number: 1, head: { repo } },
      sender: { login },
    });
    expect(await ask('pull_request_target', pr({ full_name: 'evil/octo-repo' }))).toEqual({
      trusted: false,
      why: 'the pull request comes from the fork evil/octo-repo',
    });
    expect(await ask('pull_request', pr(null))).toMatchObject({ why: /deleted fork/ });
    expect(await ask('pull_request', pr(own, 'triager'))).toMatchObject({
      why: 'triager, who started it, holds the triage role, not write',
    });
    expect(await ask('pull_request', pr(own, 'nobody-here'))).toMatchObject({
      why: /nobody-here, who started it, is not a collaborator/,
    });
    expect(await ask('pull_request', pr(own), false)).toMatchObject({ trusted: false });
  });

  it('reads a comment’s pull request to find a fork, and a workflow_run’s origin', async () => {
    const comment = { issue: { number: 2, pull_request: {} }, sender: { login: 'writer' } };
    expect(await ask('issue_comment', comment)).toMatchObject({
      why: 'the pull request comes from the fork triager/octo-repo',
    });
    const run = {
      workflow_run: { head_repository: { full_name: 'evil/x' } },
      sender: { login: 'writer' },
    };
    expect(await ask('workflow_run', run)).toMatchObject({
      why: 'the workflow run it follows comes from evil/x',
    });
  });
});
