// The fake GitHub speaks the wire format Octokit expects, and its answers match GitHub's
// OpenAPI description (so tests against it test against GitHub's contract).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/rest';
import { FakeGitHub } from './support/fake-github.js';

const TOKEN = 'ghs_fake';
let fake: FakeGitHub;
let octokit: Octokit;

beforeEach(async () => {
  fake = await FakeGitHub.start({ validate: true });
  fake.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot' });
  octokit = new Octokit({ auth: TOKEN, baseUrl: fake.url });
});

afterEach(async () => {
  await fake.close();
});

const repo = () => ({ owner: fake.owner, repo: fake.repo });

describe('fake GitHub against the OpenAPI description', () => {
  it('answers every route it serves with the shape GitHub documents', async () => {
    const author = fake.addUser('ada', { role: 'write' });
    const triager = fake.addUser('tri', { role: 'triage' });
    fake.addUser('mai', { role: 'maintain' });
    fake.addTeamMember('octo-org/reviewers', 'tri');
    fake.addPull(7, 'a'.repeat(40), author);
    fake.addReview(7, triager, 'APPROVED', 'a'.repeat(40), 'looks fine');
    fake.addComment(7, author, 'hello');

    const created = await octokit.rest.issues.createComment({
      ...repo(),
      issue_number: 7,
      body: 'gate',
    });
    expect(created.status).toBe(201);
    expect(created.data.user?.type).toBe('Bot');
    const updated = await octokit.rest.issues.updateComment({
      ...repo(),
      comment_id: created.data.id,
      body: 'gate 2',
    });
    expect(updated.data.body).toBe('gate 2');
    const listed = await octokit.rest.issues.listComments({ ...repo(), issue_number: 7 });
    expect(listed.data.map((c) => c.body)).toEqual(['hello', 'gate 2']);
    const reaction = await octokit.rest.reactions.createForIssueComment({
      ...repo(),
      comment_id: listed.data[0]?.id ?? 0,
      content: 'confused',
    });
    expect(reaction.status).toBe(201);
    const again = await octokit.rest.reactions.createForIssueComment({
      ...repo(),
      comment_id: listed.data[0]?.id ?? 0,
      content: 'confused',
    });
    expect(again.status).toBe(200);
    const maintain = await octokit.rest.repos.getCollaboratorPermissionLevel({
      ...repo(),
      username: 'mai',
    });
    expect(maintain.data).toMatchObject({ role_name: 'maintain', permission: 'write' });
    const triage = await octokit.rest.repos.getCollaboratorPermissionLevel({
      ...repo(),
      username: 'tri',
    });
    expect(triage.data).toMatchObject({ role_name: 'triage', permission: 'read' });
    const membership = await octokit.rest.teams.getMembershipForUserInOrg({
      org: 'octo-org',
      team_slug: 'reviewers',
      username: 'tri',
    });
    expect(membership.data.state).toBe('active');
    const pull = await octokit.rest.pulls.get({ ...repo(), pull_number: 7 });
    expect(pull.data.head.sha).toBe('a'.repeat(40));
    expect(pull.data.user.login).toBe('ada');
    const reviews = await octokit.rest.pulls.listReviews({ ...repo(), pull_number: 7 });
    expect(reviews.data[0]).toMatchObject({ state: 'APPROVED', commit_id: 'a'.repeat(40) });

    expect(fake.violations).toEqual([]);
  });

  it('answers 404 for a stranger, as GitHub does, in the documented shape', async () => {
    await expect(
      octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo(), username: 'nobody' }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      octokit.rest.teams.getMembershipForUserInOrg({
        org: 'octo-org',
        team_slug: 'x',
        username: 'nobody',
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(fake.violations).toEqual([]);
  });

  it('answers a repeated read with 304 when nothing changed, which does not count', async () => {
    const ada = fake.addUser('ada', { role: 'write' });
    fake.addPull(1, 'b'.repeat(40), ada);
    const first = await octokit.rest.pulls.get({ ...repo(), pull_number: 1 });
    const etag = first.headers.etag ?? '';
    const before = fake.rateLimit.remaining;
    await expect(
      octokit.rest.pulls.get({ ...repo(), pull_number: 1, headers: { 'if-none-match': etag } }),
    ).rejects.toMatchObject({ status: 304 });
    expect(fake.rateLimit.remaining).toBe(before);
    fake.setHead(1, 'c'.repeat(40));
    const changed = await octokit.rest.pulls.get({
      ...repo(),
      pull_number: 1,
      headers: { 'if-none-match': etag },
    });
    expect(changed.data.head.sha).toBe('c'.repeat(40));
    expect(fake.rateLimit.remaining).toBe(before - 1);
  });

  it('pages comments with Link headers and filters them by since', async () => {
    const ada = fake.addUser('ada', { role: 'write' });
    for (let i = 0; i < 150; i++) fake.addComment(3, ada, `c${i}`);
    const cut = fake.comments[120]?.updated_at ?? '';
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo(),
      issue_number: 3,
      per_page: 100,
    });
    expect(all).toHaveLength(150);
    const page1 = await octokit.rest.issues.listComments({
      ...repo(),
      issue_number: 3,
      per_page: 100,
    });
    expect(page1.headers.link).toContain('rel="next"');
    const recent = await octokit.rest.issues.listComments({
      ...repo(),
      issue_number: 3,
      since: cut,
      per_page: 100,
    });
    expect(recent.data.map((c) => c.body)[0]).toBe('c120');
    expect(recent.data).toHaveLength(30);
    expect(fake.violations).toEqual([]);
  });

  it('checks an answer that drifts from the description as a violation', async () => {
    const { checkAgainstOpenApi } = await import('./support/fake-github.js');
    const problems = checkAgainstOpenApi(
      'GET',
      '/repos/{owner}/{repo}/collaborators/{username}/permission',
      200,
      {
        permission: 'write',
      },
    );
    expect(problems.join('\n')).toContain('role_name');
  });
});
