import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markerOf } from '../src/action/pr-comment.js';
import { pullNumberOf } from '../src/github/event.js';
import { githubContextFrom } from '../src/wiring/github-context.js';
import { parseUsdToMicros } from '../src/wiring/usd.js';

describe('the github context and the pull request of an event', () => {
  it('reads the runner’s variables and the event payload', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wflo-ctx-'));
    const eventPath = path.join(dir, 'event.json');
    await writeFile(eventPath, JSON.stringify({ pull_request: { number: 7 } }));
    const ctx = githubContextFrom({
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_SHA: 'abc',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_TOKEN: 'never-in-the-context',
    });
    expect(ctx).toEqual({
      repository: 'o/r',
      sha: 'abc',
      event_name: 'pull_request',
      event: { pull_request: { number: 7 } },
    });
  });

  it('finds the pull request of pull_request, review and PR comment events, and none of an issue comment', () => {
    expect(pullNumberOf({ pull_request: { number: 7 } })).toBe(7);
    expect(pullNumberOf({ issue: { number: 8, pull_request: { url: 'x' } } })).toBe(8);
    expect(pullNumberOf({ issue: { number: 9 } })).toBeUndefined();
    expect(pullNumberOf(undefined)).toBeUndefined();
  });
});

describe('small parsers', () => {
  it('keeps the sticky comment marker a single HTML comment whatever the file is called', () => {
    expect(markerOf('.wflo/a.yml')).toBe('<!-- wflo:summary .wflo/a.yml -->');
    expect(markerOf('x-->y<b>.yml')).toBe('<!-- wflo:summary x_y_b_.yml -->');
  });

  it('reads dollar amounts exactly and refuses what is not one', () => {
    expect(parseUsdToMicros('2')).toBe(2_000_000);
    expect(parseUsdToMicros('$0.25')).toBe(250_000);
    for (const bad of ['', 'abc', '0', '0.0', '-1', '1e3', '1.2345678', '1,5'])
      expect(parseUsdToMicros(bad), bad).toBeUndefined();
  });
});
