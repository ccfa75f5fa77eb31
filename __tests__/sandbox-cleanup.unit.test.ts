import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { removeRunResources, runLabels, sweepStaleResources } from '../src/sandbox/cleanup.js';
import type { ContainerRuntime, RuntimeResource } from '../src/sandbox/runtime.js';

/** A runtime holding listed resources in memory; records what was removed, in order. */
function memoryRuntime(resources: RuntimeResource[], failOn: string[] = []) {
  const removed: string[] = [];
  const runtime = {
    listResources: (labels: string[]) =>
      Promise.resolve(
        resources.filter((r) =>
          labels.every((l) => {
            const [key, value] = l.split('=');
            return (
              key !== undefined && (value === undefined ? key in r.labels : r.labels[key] === value)
            );
          }),
        ),
      ),
    removeContainer: (id: string) =>
      failOn.includes(id)
        ? Promise.reject(new Error('in use'))
        : (removed.push(id), Promise.resolve()),
    removeVolume: (id: string) =>
      failOn.includes(id)
        ? Promise.reject(new Error('in use'))
        : (removed.push(id), Promise.resolve()),
  } as unknown as ContainerRuntime;
  return { runtime, removed };
}

const HOUR = 60 * 60_000;
const NOW = 1_800_000_000_000;
const deadPid = String(spawnSync('true').pid);
const res = (
  id: string,
  kind: 'container' | 'volume',
  labels: Record<string, string>,
  ageMs: number,
): RuntimeResource => ({
  id,
  kind,
  labels,
  createdMs: NOW - ageMs,
});

describe('cleanup by label', () => {
  it('labels every resource with the run, step, attempt, host and pid', () => {
    expect(runLabels('r1', 'build', 2)).toMatchObject({
      'wflo.run': 'r1',
      'wflo.step': 'build',
      'wflo.attempt': '2',
      'wflo.pid': String(process.pid),
    });
  });

  it('removes one run: containers before volumes, nothing of other runs', async () => {
    const { runtime, removed } = memoryRuntime([
      res('v1', 'volume', { 'wflo.run': 'a' }, 0),
      res('c1', 'container', { 'wflo.run': 'a' }, 0),
      res('c2', 'container', { 'wflo.run': 'b' }, 0),
    ]);
    expect(await removeRunResources(runtime, 'a')).toBe(2);
    expect(removed).toEqual(['c1', 'v1']);
  });

  it('keeps going past a resource that will not go, then says which', async () => {
    const { runtime, removed } = memoryRuntime(
      [
        res('c1', 'container', { 'wflo.run': 'a' }, 0),
        res('c2', 'container', { 'wflo.run': 'a' }, 0),
      ],
      ['c1'],
    );
    await expect(removeRunResources(runtime, 'a')).rejects.toThrow(
      'Removed 1 Docker resources but not 1: container c1: in use',
    );
    expect(removed).toEqual(['c2']);
  });

  it('sweeps a dead owner on this host at once, anything past the age, and keeps the rest', async () => {
    const here = { 'wflo.host': 'runner-1' };
    const { runtime, removed } = memoryRuntime([
      res('dead-here', 'container', { 'wflo.run': 'a', ...here, 'wflo.pid': deadPid }, 0),
      res(
        'live-here',
        'container',
        { 'wflo.run': 'b', ...here, 'wflo.pid': String(process.pid) },
        0,
      ),
      res(
        'dead-elsewhere',
        'container',
        { 'wflo.run': 'c', 'wflo.host': 'runner-2', 'wflo.pid': deadPid },
        0,
      ),
      res(
        'old-elsewhere',
        'volume',
        { 'wflo.run': 'd', 'wflo.host': 'runner-2', 'wflo.pid': '1' },
        7 * HOUR,
      ),
      res('old-unlabelled-owner', 'volume', { 'wflo.run': 'e' }, 7 * HOUR),
    ]);
    expect(
      await sweepStaleResources(runtime, { olderThanMs: 6 * HOUR, now: NOW, host: 'runner-1' }),
    ).toBe(3);
    expect(removed).toEqual(['dead-here', 'old-elsewhere', 'old-unlabelled-owner']);
  });
});
