// The GitHub gateway, with the real Octokit (retry and throttling plugins) talking to the
// local GitHub: who may answer, which answers count, the gate comment, conditional waiting.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubGateway, type GitHubGatewaySettings } from '../src/github/github-gateway.js';
import type { ApproverPolicy, Gate, GateDecision } from '../src/approval/gateway.js';
import { FakeGitHub, ManualClock, type FakeComment, type FakeUser } from './support/fake-github.js';

const TOKEN = 'ghs_gate_token';
const PR = 7;
const SHA1 = 'a1'.repeat(20);
const SHA2 = 'b2'.repeat(20);
const HOUR = 3_600_000;

let fake: FakeGitHub;
let clock: ManualClock;
let author: FakeUser;
let bob: FakeUser;
let carol: FakeUser;
let logs: string[];

beforeEach(async () => {
  fake = await FakeGitHub.start({ validate: true });
  fake.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot' });
  author = fake.addUser('ada', { role: 'write' });
  bob = fake.addUser('bob', { role: 'write' });
  carol = fake.addUser('carol', { role: 'admin' });
  fake.addPull(PR, SHA1, author);
  clock = new ManualClock();
  logs = [];
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

function settings(extra: Partial<GitHubGatewaySettings> = {}): GitHubGatewaySettings {
  return {
    token: TOKEN,
    apiUrl: fake.url,
    owner: fake.owner,
    repo: fake.repo,
    pullNumber: PR,
    mode: 'wait',
    spaceWrites: false,
    poll: { minMs: 10_000, maxMs: 120_000 },
    ...extra,
  };
}

function gate(policy: Partial<ApproverPolicy> = {}, extra: Partial<Gate> = {}): Gate {
  return {
    runId: '1234',
    stepId: 'approve',
    stepIds: ['diagnose', 'approve', 'deploy'],
    message: 'Apply this patch?',
    approvers: { permission: 'write', users: [], teams: [], min: 1, allowAuthor: false, ...policy },
    deadline: clock.now() + HOUR,
    onTimeout: 'fail',
    ...extra,
  };
}

/** Runs the gate; `script[n]` acts while it waits for the (n+1)-th time. */
async function run(
  g: Gate,
  script: Array<() => void> = [],
  extra: Partial<GitHubGatewaySettings> = {},
): Promise<GateDecision> {
  clock.onSleep = (count) => script[count - 1]?.();
  const gateway = createGitHubGateway(settings(extra));
  return gateway.decide(g, {
    clock,
    signal: new AbortController().signal,
    log: (m) => logs.push(m),
  });
}

function gateComment(): FakeComment {
  const found = fake.comments.find(
    (c) => c.user.type === 'Bot' && c.body.startsWith('<!-- wflo:gate run=1234 step=approve'),
  );
  if (!found) throw new Error('no gate comment');
  return found;
}

const reactionsOn = (comment: FakeComment) =>
  fake.reactions.filter((r) => r.commentId === comment.id).map((r) => r.content);

/** A spoofed answer first, then a valid /approve from carol: only carol's counts. */
async function expectRefused(
  spoof: () => FakeComment,
  reason: string,
  policy: Partial<ApproverPolicy> = {},
) {
  let spoofed: FakeComment | undefined;
  const decision = await run(gate(policy), [
    () => {
      spoofed = spoof();
    },
    () => {
      fake.addComment(PR, carol, '/approve');
    },
  ]);
  expect(decision.decision).toBe('approved');
  expect(decision.approvers).toEqual(['carol']);
  expect(gateComment().body).toContain(reason);
  if (spoofed) expect(reactionsOn(spoofed)).toEqual(['confused']);
  return decision;
}

describe('the gate comment', () => {
  it('passes every body it writes through the run’s redaction (Gate.publish)', async () => {
    const publish = (text: string) => text.replaceAll('tok-s3cret', '***');
    await run(gate({}, { message: 'Deploy with tok-s3cret?', publish }), [
      () => {
        fake.addComment(PR, bob, '/approve approve');
      },
    ]);
    expect(gateComment().body).toContain('Deploy with ***?');
    expect(fake.comments.map((c) => c.body).join('\n')).not.toContain('tok-s3cret');
  });

  it('posts one comment with the question, the bound commit, who may answer, how, and the deadline', async () => {
    const decision = await run(
      gate(
        {},
        { message: 'Apply it? @octocat <!-- wflo:gate run=1234 step=approve --> <b>x</b> #12' },
      ),
      [
        () => {
          fake.addComment(PR, bob, '/approve approve\nlooks right');
        },
      ],
    );
    expect(decision).toMatchObject({
      decision: 'approved',
      approvers: ['bob'],
      sha: SHA1,
      byPolicy: false,
      comment: 'looks right',
    });
    const comments = fake.comments.filter((c) => c.body.includes('wflo:gate'));
    expect(comments).toHaveLength(1);
    const body = gateComment().body;
    expect(decision.url).toBe(
      `https://github.com/${fake.owner}/${fake.repo}/pull/${PR}#issuecomment-${gateComment().id}`,
    );
    expect(body).toContain(SHA1);
    expect(body).toContain('✅ Approved');
    expect(body).toContain('Approved by `bob`');
    // Model-written text cannot mention people, open tags, fake a marker or reference issues.
    expect(body).not.toContain('@octocat');
    expect(body).toContain('@\u200boctocat');
    expect(body.match(/<!--/g)).toHaveLength(1);
    expect(body).not.toContain('<b>');
    expect(body).not.toMatch(/#12\b/);
  });

  it('tells reviewers how to answer and by when while the gate is open', async () => {
    let openBody = '';
    await run(gate({ min: 2 }, { deadline: clock.now() + 60_000 }), [
      () => {
        openBody = gateComment().body;
      },
    ]);
    expect(openBody).toContain('⏸️ Approval needed');
    expect(openBody).toContain('`/approve approve`');
    expect(openBody).toContain('`/reject approve <reason>`');
    expect(openBody).toContain('review');
    expect(openBody).toContain('`write` role or higher');
    expect(openBody).toContain('2 approvals from different people');
    expect(openBody).toContain(
      `**Deadline:** ${new Date(Date.parse('2026-01-01T00:00:00Z') + 60_000).toISOString()}`,
    );
  });

  it('finds its comment again by the marker and updates it in place on a second attempt', async () => {
    await run(gate({}, { deadline: clock.now() }));
    const first = gateComment();
    const decision = await run(gate(), [
      () => {
        fake.addComment(PR, bob, '/approve');
      },
    ]);
    expect(decision.decision).toBe('approved');
    expect(fake.comments.filter((c) => c.body.includes('wflo:gate'))).toHaveLength(1);
    expect(gateComment().id).toBe(first.id);
  });

  it('re-opens on a later attempt whose gate holds other content: the earlier /approve no longer counts', async () => {
    await run(gate({}, { key: 'sha256:held-a', deadline: clock.now() }));
    expect(gateComment().body).toContain('key=sha256:held-a');
    fake.addComment(PR, bob, '/approve');
    const other = await run(gate({}, { key: 'sha256:held-b', deadline: clock.now() + 60_000 }));
    expect(other.decision).toBe('timed_out');
    expect(logs.join('\n')).toContain('What the gate holds changed since it was asked');
    expect(gateComment().body).toContain('key=sha256:held-b');
  });

  it('keeps counting the earlier /approve when the gate holds the same content', async () => {
    await run(gate({}, { key: 'sha256:held-a', deadline: clock.now() }));
    fake.addComment(PR, bob, '/approve');
    const same = await run(gate({}, { key: 'sha256:held-a', deadline: clock.now() + 60_000 }));
    expect(same.decision).toBe('approved');
  });

  it("marks the previous run's open gate comment superseded, pointing at the new one, with no way to answer left", async () => {
    // The earlier run left its gate waiting (approval-mode: resume), open-looking.
    await run(gate(), [], { mode: 'check' });
    const old = gateComment();
    const decidedEarlier = fake.addComment(
      PR,
      { login: 'github-actions[bot]', type: 'Bot' },
      '<!-- wflo:gate run=0999 step=approve sha=x opened=y -->\n### ✅ Approved: step `approve`',
    );
    const newer = await run(gate({}, { runId: '5678', deadline: clock.now() + 60_000 }), [
      () => void fake.addComment(PR, bob, '/approve'),
    ]);
    expect(newer.decision).toBe('approved');
    const body = fake.comments.find((c) => c.id === old.id)?.body ?? '';
    const newId = fake.comments.find((c) => c.body.startsWith('<!-- wflo:gate run=5678'))?.id;
    const url = `https://github.com/${fake.owner}/${fake.repo}/pull/${PR}#issuecomment-${newId ?? 0}`;
    expect(body).toMatch(/^<!-- wflo:gate run=1234 step=approve /);
    expect(body).toContain('### ⏭️ Superseded: step `approve`');
    expect(body).toContain(`**Superseded** by [a newer run's gate](${url}) at `);
    expect(body).not.toMatch(/\*\*How:\*\*|\*\*Who may answer|\*\*Deadline|\/approve approve/);
    expect(body).toContain('Apply this patch?');
    // A decided gate of another run stays as it was; so does another step's gate.
    expect(fake.comments.find((c) => c.id === decidedEarlier.id)?.body).not.toContain('Superseded');
    expect(logs.join('\n')).toContain("for step 'approve' is marked superseded");
  });

  it("supersedes only its own workflow's gate: another workflow's open gate of the same step id stays open", async () => {
    // Two workflows on one pull request, each with a step `approve`; review.yml's run waits.
    await run(gate(), [], { mode: 'check', workflowFile: '.github/wflo/review.yml' });
    const review = gateComment();
    expect(review.body).toMatch(/^<!-- wflo:gate run=1234 step=approve .* wf=[0-9a-f]{12} -->/);
    const before = review.body;
    const other = await run(
      gate({}, { runId: '5678', deadline: clock.now() + 60_000 }),
      [() => void fake.addComment(PR, bob, '/approve')],
      { workflowFile: '.github/wflo/deploy.yml' },
    );
    expect(other.decision).toBe('approved');
    expect(fake.comments.find((c) => c.id === review.id)?.body).toBe(before);
    expect(logs.join('\n')).not.toContain('marked superseded');
    // A newer run of review.yml itself does supersede it.
    await run(gate({}, { runId: '9012', deadline: clock.now() + 60_000 }), [], {
      mode: 'check',
      workflowFile: '.github/wflo/review.yml',
    });
    expect(fake.comments.find((c) => c.id === review.id)?.body).toContain(
      '### ⏭️ Superseded: step `approve`',
    );
  });

  it('trusts no marker written by a person', async () => {
    const forged = fake.addComment(
      PR,
      bob,
      `<!-- wflo:gate run=1234 step=approve sha=${SHA1} opened=2020-01-01T00:00:00Z -->`,
    );
    await run(gate({}, { deadline: clock.now() }));
    expect(gateComment().id).not.toBe(forged.id);
    expect(gateComment().user.type).toBe('Bot');
  });

  it('says clearly that it needs a pull request when there is none', async () => {
    const gateway = createGitHubGateway({ ...settings(), pullNumber: undefined });
    await expect(
      gateway.decide(gate(), { clock, signal: new AbortController().signal, log: () => undefined }),
    ).rejects.toThrow(/needs a pull request/);
  });
});

describe('who may answer', () => {
  it('refuses a /approve from the PR author', async () => {
    await expectRefused(() => fake.addComment(PR, author, '/approve'), 'author cannot answer');
  });

  it('accepts the PR author when allow_author is on', async () => {
    const decision = await run(gate({ allowAuthor: true }), [
      () => void fake.addComment(PR, author, '/approve'),
    ]);
    expect(decision.approvers).toEqual(['ada']);
  });

  it('refuses a bot', async () => {
    const bot = fake.addUser('dependabot[bot]', { type: 'Bot', role: 'write' });
    await expectRefused(() => fake.addComment(PR, bot, '/approve'), 'bots cannot answer a gate');
  });

  it('refuses a User whose login looks like a bot', async () => {
    const lookalike = fake.addUser('renovate[bot]', { role: 'admin' });
    await expectRefused(() => fake.addComment(PR, lookalike, '/approve'), 'looks like a bot');
  });

  it('refuses someone who is not a collaborator', async () => {
    const stranger = fake.addUser('stranger');
    await expectRefused(
      () => fake.addComment(PR, stranger, '/approve'),
      'stranger is not a collaborator',
    );
  });

  it('refuses a triage user where write is needed, whatever the legacy field says', async () => {
    const triager = fake.addUser('tess', { role: 'triage' });
    await expectRefused(
      () => fake.addComment(PR, triager, '/approve'),
      'tess holds the triage role; write or higher is needed',
    );
  });

  it('refuses a read user', async () => {
    const reader = fake.addUser('rita', { role: 'read' });
    await expectRefused(() => fake.addComment(PR, reader, '/approve'), 'rita holds the read role');
  });

  it('counts a maintain user where maintain is needed though the legacy field says write', async () => {
    const maintainer = fake.addUser('max', { role: 'maintain' });
    const decision = await run(gate({ permission: 'maintain' }), [
      () => void fake.addComment(PR, bob, '/approve'),
      () => void fake.addComment(PR, maintainer, '/approve'),
    ]);
    expect(decision.approvers).toEqual(['max']);
    expect(gateComment().body).toContain('bob holds the write role; maintain or higher is needed');
  });

  it('counts a triage user where triage is needed though the legacy field says read', async () => {
    const triager = fake.addUser('tess', { role: 'triage' });
    const decision = await run(gate({ permission: 'triage' }), [
      () => void fake.addComment(PR, triager, '/approve'),
    ]);
    expect(decision.approvers).toEqual(['tess']);
  });

  it('counts a listed user without the role', async () => {
    const listed = fake.addUser('lee', { role: 'read' });
    const decision = await run(gate({ permission: 'admin', users: ['LEE'] }), [
      () => void fake.addComment(PR, listed, '/approve'),
    ]);
    expect(decision.approvers).toEqual(['lee']);
  });

  it('counts an active team member and refuses one outside the team or pending', async () => {
    const member = fake.addUser('erin', { role: 'read' });
    const pending = fake.addUser('pat', { role: 'read' });
    fake.addTeamMember('octo-org/reviewers', 'erin');
    fake.addTeamMember('octo-org/reviewers', 'pat', 'pending');
    const decision = await run(gate({ permission: 'admin', teams: ['reviewers'] }), [
      () => void fake.addComment(PR, bob, '/approve'),
      () => void fake.addComment(PR, pending, '/approve'),
      () => void fake.addComment(PR, member, '/approve'),
    ]);
    expect(decision.approvers).toEqual(['erin']);
    const body = gateComment().body;
    expect(body).toContain('bob is not a member of reviewers');
    expect(body).toContain("pat's membership of reviewers is pending");
  });

  it('fails closed when the token cannot read a team, and says why', async () => {
    const member = fake.addUser('erin', { role: 'read' });
    fake.addTeamMember('octo-org/reviewers', 'erin');
    fake.hiddenTeams.add('octo-org/reviewers');
    await expectRefused(
      () => fake.addComment(PR, member, '/approve'),
      "the token cannot read reviewers's members (it needs read:org)",
      { permission: 'admin', teams: ['reviewers'], users: ['carol'] },
    );
  });

  it('ignores a rejection from someone without the role', async () => {
    const reader = fake.addUser('rita', { role: 'read' });
    await expectRefused(
      () => fake.addComment(PR, reader, '/reject approve no way'),
      'rita holds the read role',
    );
  });
});

describe('which answers count', () => {
  it('ignores a comment written before the gate opened', async () => {
    fake.addComment(PR, bob, '/approve');
    const decision = await run(gate({}, { deadline: clock.now() + 60_000 }));
    expect(decision.decision).toBe('timed_out');
  });

  it('ignores an edited comment', async () => {
    await expectRefused(
      () => fake.addComment(PR, bob, '/approve', { edited: true }),
      'it was edited',
    );
  });

  it.each([
    ["I'd /approve later"],
    ['/approved-ish'],
    ['/approved'],
    ['please /approve'],
    ['I /approve'],
    ['/approve please'],
  ])('ignores %j: only an exact command on the first line counts', async (text) => {
    await expectRefused(
      () => fake.addComment(PR, bob, text),
      text.startsWith('/approve ') ? 'not a step id' : 'first line is not exactly',
    );
  });

  it('accepts the command in any case', async () => {
    const decision = await run(gate(), [
      () => void fake.addComment(PR, bob, '  /APPROVE Approve  '),
    ]);
    expect(decision.approvers).toEqual(['bob']);
  });

  it('leaves /approve for another step to that step, without a reaction', async () => {
    let other: FakeComment | undefined;
    const decision = await run(gate({}, { deadline: clock.now() + 60_000 }), [
      () => {
        other = fake.addComment(PR, bob, '/approve deploy');
      },
    ]);
    expect(decision.decision).toBe('timed_out');
    if (!other) throw new Error('not posted');
    expect(reactionsOn(other)).toEqual([]);
  });

  it('counts an APPROVED review on the gated commit', async () => {
    const decision = await run(gate(), [
      () => void fake.addReview(PR, bob, 'APPROVED', SHA1, 'ship it'),
    ]);
    expect(decision).toMatchObject({
      decision: 'approved',
      approvers: ['bob'],
      comment: 'ship it',
    });
  });

  it('ignores an APPROVED review on an older commit', async () => {
    const decision = await run(gate(), [
      () => void fake.addReview(PR, bob, 'APPROVED', SHA2),
      () => void fake.addComment(PR, carol, '/approve'),
    ]);
    expect(decision.approvers).toEqual(['carol']);
    expect(gateComment().body).toContain(
      `the review is on commit ${SHA2.slice(0, 7)}, not the gated ${SHA1.slice(0, 7)}`,
    );
  });

  it('rejects on CHANGES_REQUESTED with the review body as the reason', async () => {
    const decision = await run(gate(), [
      () => void fake.addReview(PR, bob, 'CHANGES_REQUESTED', SHA1, 'tests are wrong'),
    ]);
    expect(decision).toMatchObject({
      decision: 'rejected',
      approvers: ['bob'],
      comment: 'tests are wrong',
    });
    expect(gateComment().body).toContain('❌ Rejected');
  });

  it('counts one person approving twice once when min is 2', async () => {
    const decision = await run(gate({ min: 2 }), [
      () => void fake.addComment(PR, bob, '/approve'),
      () => void fake.addComment(PR, bob, '/approve approve'),
      () => void fake.addComment(PR, carol, '/approve'),
    ]);
    expect(decision.approvers).toEqual(['bob', 'carol']);
    expect(gateComment().body).toContain('bob already approved; 2 distinct people are needed');
  });

  it('posts the gate comment again when someone deleted it, instead of failing on permissions', async () => {
    const decision = await run(gate({ min: 2 }), [
      () => {
        const at = fake.comments.indexOf(gateComment());
        fake.comments.splice(at, 1);
      },
      () => void fake.addComment(PR, bob, '/approve'),
      () => void fake.addComment(PR, carol, '/approve'),
    ]);
    expect(decision).toMatchObject({ decision: 'approved', approvers: ['bob', 'carol'] });
    expect(logs).toContain("The gate comment of step 'approve' was deleted; posting it again.");
    expect(gateComment().body).toContain('carol');
  });

  it('lets one valid reject decide at once, before min approvals', async () => {
    const decision = await run(gate({ min: 2 }), [
      () => void fake.addComment(PR, bob, '/approve'),
      () => void fake.addComment(PR, carol, '/reject approve too risky\nsee the diff'),
    ]);
    expect(decision).toMatchObject({
      decision: 'rejected',
      approvers: ['carol'],
      comment: 'too risky\nsee the diff',
    });
  });

  it('re-opens when the head moves, and earlier approvals no longer count', async () => {
    let reopened = '';
    const decision = await run(gate({ min: 2 }), [
      () => void fake.addComment(PR, bob, '/approve'),
      () => fake.setHead(PR, SHA2),
      () => {
        reopened = gateComment().body;
        fake.addComment(PR, carol, '/approve');
      },
      () => void fake.addReview(PR, bob, 'APPROVED', SHA1),
      () => void fake.addReview(PR, bob, 'APPROVED', SHA2),
    ]);
    expect(reopened).toContain('Re-opened');
    expect(reopened).toContain(SHA2);
    expect(decision).toMatchObject({
      decision: 'approved',
      approvers: ['carol', 'bob'],
      sha: SHA2,
    });
    expect(gateComment().body).toContain(`sha=${SHA2}`);
  });

  it("passes over wflo's own other comments without reacting", async () => {
    const self: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };
    let own: FakeComment | undefined;
    await run(gate({}, { deadline: clock.now() + 60_000 }), [
      () => {
        own = fake.addComment(PR, self, '/approve deploy is how to answer the next gate');
      },
    ]);
    if (!own) throw new Error('not posted');
    expect(reactionsOn(own)).toEqual([]);
  });

  it('reacts to an ignored comment once, however many polls see it', async () => {
    const bot = fake.addUser('ci[bot]', { type: 'Bot' });
    let spoof: FakeComment | undefined;
    await run(gate({}, { deadline: clock.now() + 10 * 60_000 }), [
      () => {
        spoof = fake.addComment(PR, bot, '/approve');
      },
      () => void fake.addComment(PR, bob, 'unrelated chatter'),
    ]);
    if (!spoof) throw new Error('not posted');
    expect(reactionsOn(spoof)).toEqual(['confused']);
    expect(fake.requestsTo('POST', /\/reactions$/)).toHaveLength(1);
  });
});

describe('a flood of answers that do not count', () => {
  it("keeps the gate comment under GitHub's limit when 500 outsiders answer, and still decides", async () => {
    const strangers = Array.from({ length: 500 }, (_, i) => fake.addUser(`stranger-${i}`));
    const decision = await run(gate({}, { message: '<'.repeat(30_000) }), [
      () => {
        for (const stranger of strangers) fake.addComment(PR, stranger, '/approve');
      },
      () => void fake.addComment(PR, carol, '/approve'),
    ]);
    expect(decision.decision).toBe('approved');
    expect(decision.approvers).toEqual(['carol']);
    const body = gateComment().body;
    // GitHub counts characters; the fake refuses a longer body with GitHub's 422.
    expect([...body].length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('✅ Approved');
    expect(body).toContain('- … and 450 more not listed');
    // The newest are listed; the message was cut after escaping, never inside an entity.
    expect(body).toContain('by `stranger-499`');
    expect(body).not.toContain('by `stranger-0`');
    expect(body).toMatch(/(&lt;)+… \(truncated\)\n/);
  }, 60_000);
});

describe('waiting', () => {
  it('times out at the deadline and says so in the comment', async () => {
    const decision = await run(gate({}, { deadline: clock.now() + HOUR }));
    expect(decision.decision).toBe('timed_out');
    expect(clock.now()).toBe(Date.parse('2026-01-01T00:00:00Z') + HOUR);
    expect(gateComment().body).toContain('⌛ Timed out');
  });

  it('costs a handful of counted requests for an hour of waiting, the rest answered 304', async () => {
    const before = fake.rateLimit.remaining;
    await run(gate({}, { deadline: clock.now() + HOUR }));
    const counted = before - fake.rateLimit.remaining;
    const notModified = fake.requests.filter((r) => r.status === 304);
    expect(counted).toBeLessThan(30);
    expect(notModified.length).toBeGreaterThan(60);
    expect(notModified.every((r) => r.ifNoneMatch !== undefined && r.counted === false)).toBe(true);
    // Polls slow down while nothing happens, up to the ceiling.
    expect(Math.max(...clock.sleeps)).toBe(120_000);
  });

  it('with the default pacing, an hour of waiting costs under 30 counted requests and polls at least once a minute', async () => {
    const before = fake.rateLimit.remaining;
    const gateway = createGitHubGateway({ ...settings(), poll: undefined });
    const decision = await gateway.decide(gate({}, { deadline: clock.now() + HOUR }), {
      clock,
      signal: new AbortController().signal,
      log: () => undefined,
    });
    expect(decision.decision).toBe('timed_out');
    expect(before - fake.rateLimit.remaining).toBeLessThan(30);
    expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(60_000);
  });

  it('reads comments past the first page', async () => {
    const decision = await run(gate(), [
      () => {
        for (let i = 0; i < 130; i++) fake.addComment(PR, bob, `chatter ${i}`);
        fake.addComment(PR, carol, '/approve');
      },
    ]);
    expect(decision.approvers).toEqual(['carol']);
    expect(
      fake.requestsTo('GET', /\/issues\/7\/comments$/).some((r) => r.query.get('page') === '2'),
    ).toBe(true);
  });

  it('asks only for comments since the gate opened', async () => {
    await run(gate(), [() => void fake.addComment(PR, bob, '/approve')]);
    const polls = fake
      .requestsTo('GET', /\/issues\/7\/comments$/)
      .filter((r) => r.query.has('since'));
    expect(polls.length).toBeGreaterThan(0);
  });

  it('honours retry-after on a secondary rate limit', async () => {
    fake.fail({
      method: 'GET',
      path: /\/issues\/7\/comments$/,
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait.',
        documentation_url: 'https://docs.github.com/rest',
      },
    });
    await run(gate(), [() => void fake.addComment(PR, bob, '/approve')]);
    const reads = fake.requestsTo('GET', /\/issues\/7\/comments$/);
    const limited = reads.findIndex((r) => r.status === 403);
    const next = reads[limited + 1];
    expect(limited).toBeGreaterThanOrEqual(0);
    expect(next).toBeDefined();
    expect((next?.at ?? 0) - (reads[limited]?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('waits out a secondary rate limit whose retry-after passes 60 s before asking again', async () => {
    // The first poll's read of the comments is limited for 120 s (the gate's own read is earlier).
    clock.onSleep = (count) => {
      if (count === 1)
        fake.fail({
          method: 'GET',
          path: /\/issues\/7\/comments$/,
          status: 403,
          headers: { 'retry-after': '120' },
          body: {
            message: 'You have exceeded a secondary rate limit. Please wait.',
            documentation_url: 'https://docs.github.com/rest',
          },
        });
      if (count === 2) fake.addComment(PR, bob, '/approve');
    };
    const gateway = createGitHubGateway(settings({ retryAfterBaseMs: 1 }));
    const decision = await gateway.decide(gate(), {
      clock,
      signal: new AbortController().signal,
      log: (m) => logs.push(m),
    });
    expect(decision.decision).toBe('approved');
    expect(clock.sleeps[1]).toBeGreaterThanOrEqual(120_000);
    expect(logs.join('\n')).toContain('trying again in 120 s, as GitHub asked');
  });

  it('prints no log line for an unchanged (304) poll', async () => {
    const clientLog: string[] = [];
    const decision = await run(gate({}, { deadline: clock.now() + HOUR }), [], {
      log: (m) => clientLog.push(m),
    });
    expect(decision.decision).toBe('timed_out');
    expect(fake.requests.filter((r) => r.status === 304).length).toBeGreaterThan(10);
    expect(clientLog).toEqual([]);
  });

  it('waits for the reset of an exhausted primary rate limit', async () => {
    fake.fail({
      method: 'GET',
      path: /\/pulls\/7\/reviews$/,
      status: 403,
      headers: {
        'x-ratelimit-remaining': '0',
        // Two seconds ahead, so a slow machine still sees a reset in the future.
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 2),
      },
      body: {
        message: 'API rate limit exceeded for installation.',
        documentation_url: 'https://docs.github.com/rest',
      },
    });
    const decision = await run(gate(), [() => void fake.addComment(PR, bob, '/approve')]);
    expect(decision.decision).toBe('approved');
    const reads = fake.requestsTo('GET', /\/pulls\/7\/reviews$/);
    const limited = reads.findIndex((r) => r.status === 403);
    expect((reads[limited + 1]?.at ?? 0) - (reads[limited]?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('leaves a long rate-limit wait to its own pacing instead of blocking inside a request', async () => {
    // The throttling plugin reads the reset against real time: run this gate on real time too.
    clock.current = Date.now();
    const started = Date.now();
    const decision = await run(
      gate(),
      [
        () =>
          fake.fail({
            method: 'GET',
            path: /\/pulls\/7\/reviews$/,
            status: 403,
            headers: {
              'x-ratelimit-remaining': '0',
              'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1800),
            },
            body: {
              message: 'API rate limit exceeded for installation.',
              documentation_url: 'https://docs.github.com/rest',
            },
          }),
        () => void fake.addComment(PR, bob, '/approve'),
      ],
      { log: (m) => logs.push(m) },
    );
    expect(decision.decision).toBe('approved');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(logs.some((l) => l.includes('not retrying'))).toBe(true);
    // After the refusal the gate slept until the window reset, not its usual 10 s.
    expect(clock.sleeps[1]).toBeGreaterThan(1_700_000);
  });

  it('slows its polls when the remaining rate limit runs low', async () => {
    fake.rateLimit.remaining = 10;
    await run(gate({}, { deadline: clock.now() + 30 * 60_000 }));
    // The window resets an hour after the fake's clock: the gate sleeps through to its deadline.
    expect(clock.sleeps.length).toBeLessThanOrEqual(2);
  });

  it('keeps waiting through GitHub 5xx errors', async () => {
    const decision = await run(
      gate(),
      [
        () => fake.fail({ method: 'GET', path: /\/pulls\/7$/, status: 502, times: 5 }),
        () => void fake.addComment(PR, bob, '/approve'),
      ],
      {
        retryAfterBaseMs: 5,
        maxRetries: 2,
      },
    );
    expect(decision.decision).toBe('approved');
    expect(fake.requestsTo('GET', /\/pulls\/7$/).filter((r) => r.status === 502)).toHaveLength(5);
    expect(logs.some((l) => l.includes('trying again later'))).toBe(true);
  });

  it('stops when the pull request is closed while the gate waits', async () => {
    await expect(run(gate(), [() => fake.closePull(PR)])).rejects.toThrow(
      "The pull request #7 is closed: the gate 'approve' cannot be answered there.",
    );
  });

  it('stops waiting at once when the run is cancelled', async () => {
    const controller = new AbortController();
    clock.onSleep = (count) => {
      if (count === 2) controller.abort(new Error('cancelled by SIGINT'));
    };
    const gateway = createGitHubGateway(settings());
    await expect(
      gateway.decide(gate(), { clock, signal: controller.signal, log: () => undefined }),
    ).rejects.toThrow('cancelled by SIGINT');
    expect(clock.sleeps).toHaveLength(2);
  });

  it('answers waiting in check mode without sleeping', async () => {
    const decision = await run(gate(), [], { mode: 'check' });
    expect(decision.decision).toBe('waiting');
    expect(decision.howToAnswer).toContain('/approve approve');
    expect(clock.sleeps).toEqual([]);
  });

  it('records an approval by policy in the gate comment without asking', async () => {
    const gateway = createGitHubGateway(settings());
    const decision = await gateway.recordPolicyApproval(gate(), {
      clock,
      signal: new AbortController().signal,
      log: () => undefined,
    });
    expect(decision).toMatchObject({
      decision: 'approved',
      byPolicy: true,
      approvers: [],
      sha: SHA1,
    });
    expect(gateComment().body).toContain('Approved by policy');
    expect(clock.sleeps).toEqual([]);
    expect(fake.requestsTo('PATCH', /comments/)).toHaveLength(0);
  });
});

describe('the live line of a waiting gate (#14 Deliver 4)', () => {
  it('says once, when it starts waiting, where to answer, who may, and until when', async () => {
    const lines: string[] = [];
    const gateway = createGitHubGateway(settings());
    const deadline = clock.now() + HOUR;
    clock.onSleep = (count) => {
      if (count === 2) fake.addComment(PR, bob, '/approve');
    };
    const decision = await gateway.decide(gate({}, { deadline }), {
      clock,
      signal: new AbortController().signal,
      log: () => undefined,
      progress: (m) => lines.push(m),
    });
    expect(decision.decision).toBe('approved');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^waiting for a decision at http\S+\/pull\/7#issuecomment-\d+: /);
    expect(lines[0]).toContain(`#issuecomment-${gateComment().id}: `);
    expect(lines[0]).toContain(
      `: anyone with the write role or higher; one approval is needed; humans only, not the author; until ${new Date(deadline).toISOString()}, then failed`,
    );
  });

  it('says nothing live when it only looks once (approval-mode: resume)', async () => {
    const lines: string[] = [];
    const gateway = createGitHubGateway(settings({ mode: 'check' }));
    const decision = await gateway.decide(gate(), {
      clock,
      signal: new AbortController().signal,
      log: () => undefined,
      progress: (m) => lines.push(m),
    });
    expect(decision.decision).toBe('waiting');
    expect(lines).toEqual([]);
  });
});
