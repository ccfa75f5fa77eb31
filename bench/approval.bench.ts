// Approval gates: requests that count against GitHub's rate limit per hour of waiting, and
// the delay between an answer landing and the decision, measured against the local GitHub
// (time from a manual clock), each against a plain 10-second poller as the baseline.
import { it } from 'vitest';
import { createGitHubGateway } from '../src/github/github-gateway.js';
import type { Gate } from '../src/approval/gateway.js';
import { FakeGitHub, ManualClock } from '../__tests__/support/fake-github.js';
import { reportFigure } from './report.js';

const HOUR = 3_600_000;
const TOKEN = 'ghs_bench';

async function world() {
  const fake = await FakeGitHub.start();
  fake.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot' });
  const author = fake.addUser('ada', { role: 'write' });
  const bob = fake.addUser('bob', { role: 'write' });
  fake.addPull(1, 'a'.repeat(40), author);
  const clock = new ManualClock();
  const gateway = createGitHubGateway({
    token: TOKEN,
    apiUrl: fake.url,
    owner: fake.owner,
    repo: fake.repo,
    pullNumber: 1,
    mode: 'wait',
    spaceWrites: false,
  });
  const gate: Gate = {
    runId: 'bench',
    stepId: 'approve',
    stepIds: ['approve'],
    message: 'Ship?',
    approvers: { permission: 'write', users: [], teams: [], min: 1, allowAuthor: false },
    deadline: clock.now() + HOUR,
    onTimeout: 'fail',
  };
  const options = { clock, signal: new AbortController().signal, log: () => undefined };
  return { fake, clock, gateway, gate, options, bob };
}

it('counted requests per hour of waiting', async () => {
  const w = await world();
  const before = w.fake.rateLimit.remaining;
  await w.gateway.decide(w.gate, w.options);
  const counted = before - w.fake.rateLimit.remaining;
  await w.fake.close();
  // The baseline polls the first page of comments every 10 s, unconditionally: 360 an hour.
  reportFigure({
    bench: 'approval',
    case: 'rate-limited requests per hour of waiting',
    wflo_ms: counted,
    baseline_ms: 360,
    ratio: counted / 360,
    note: 'counts of requests, not ms; baseline: a 10 s poll without conditional requests',
  });
});

it('decision latency after a comment lands', async () => {
  const latencies: number[] = [];
  for (const offsetMin of [1, 7, 13, 22, 31, 44, 58]) {
    const w = await world();
    const landAt = w.clock.now() + offsetMin * 60_000;
    let landed = false;
    w.clock.onSleep = () => {
      if (!landed && w.clock.now() >= landAt) {
        landed = true;
        w.fake.addComment(1, w.bob, '/approve');
      }
    };
    await w.gateway.decide(w.gate, w.options);
    latencies.push(w.clock.now() - landAt);
    await w.fake.close();
  }
  const mean = latencies.reduce((a, b) => a + b, 0) / latencies.length;
  reportFigure({
    bench: 'approval',
    case: 'decision latency after a comment lands (mean of 7 landing times)',
    wflo_ms: mean,
    baseline_ms: 5000,
    ratio: mean / 5000,
    note: `manual-clock ms; max ${Math.max(...latencies)} ms; baseline: mean of a 10 s poll`,
  });
});
