import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDockerRuntime } from '../src/sandbox/docker-runtime.js';
import { createSandboxKind } from '../src/steps/sandbox.js';
import { docker, leftovers, requireDocker, sandboxContext } from './support/docker.js';
import { startFakeRegistry, type FakeRegistry } from './support/docker-registry.js';

const runtime = createDockerRuntime();
const kind = createSandboxKind({ graceMs: 1000 });
let registry: FakeRegistry;
let image: string;

beforeAll(async () => {
  requireDocker();
  registry = await startFakeRegistry();
  image = `${registry.host}/wflo/pulltest:${Date.now().toString(36)}`;
});
afterAll(async () => {
  try {
    docker('rmi', '-f', image);
  } finally {
    await registry.close();
  }
});

describe('sandbox images', () => {
  it('pulls a missing image with progress in the log, and records its digest', async () => {
    const ctx = sandboxContext({ runtime, config: { image, run: 'echo pulled' } });
    const outcome = await kind.run(ctx);
    expect(outcome.status).toBe('succeeded');
    expect(outcome.outputs.stdout).toBe('pulled\n');
    expect(ctx.log.lines[0]).toBe(`Pulling ${image}`);
    expect(ctx.log.lines.some((l) => /Pull complete|Download complete/.test(l))).toBe(true);
    const repo = image.slice(0, image.lastIndexOf(':'));
    expect(outcome.outputs.image_digest).toBe(`${repo}@${registry.manifestDigest}`);
    expect(registry.requests.some((r) => r.includes('/blobs/'))).toBe(true);
    expect(leftovers(ctx.run.id)).toEqual([]);
  });

  it('does not pull an image that is already there', async () => {
    const before = registry.requests.length;
    const ctx = sandboxContext({ runtime, config: { image, run: 'true' } });
    const outcome = await kind.run(ctx);
    expect(outcome.status).toBe('succeeded');
    expect(ctx.log.lines).toEqual([]);
    expect(registry.requests.length).toBe(before);
  });
});
