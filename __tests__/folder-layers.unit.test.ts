// The folders of src/ form layers (docs/architecture.md, scripts/layers.mjs): every import goes
// down, but for the upward ones still listed, and no cycle is left once those are gone. A new
// upward import fails here (and in `npm run lint`).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS, REMAINING_UPWARD, layerOf } from '../scripts/layers.mjs';

const SRC = path.resolve(import.meta.dirname, '..', 'src');
const IMPORT = /(?:import|export)\s[^;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every folder-to-folder import edge of src/, as `from -> to`, type imports included. */
function folderEdges(): Set<string> {
  const edges = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.ts')) {
        const from = path.relative(SRC, file).split(path.sep);
        if (from.length < 2) continue;
        for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
          const target = path.relative(SRC, path.resolve(dir, m[1] ?? '')).split(path.sep);
          if (target.length < 2 || target[0] === '..' || target[0] === from[0]) continue;
          edges.add(`${from[0]} -> ${target[0]}`);
        }
      }
    }
  };
  walk(SRC);
  return edges;
}

function upward(edge: string): boolean {
  const [from, to] = edge.split(' -> ') as [string, string];
  return (layerOf(to) ?? -1) >= (layerOf(from) ?? -1);
}

describe('the folder layers of src/', () => {
  const edges = folderEdges();

  it('names every folder of src/ in a layer', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => layerOf(f) === undefined)).toEqual([]);
  });

  it('imports only downward, but for the upward imports still listed', () => {
    expect([...edges].filter(upward).sort()).toEqual([...REMAINING_UPWARD].sort());
  });

  it('has no cycle among the folders once the listed upward imports are gone', () => {
    const next = new Map<string, string[]>();
    for (const edge of edges) {
      if (REMAINING_UPWARD.includes(edge)) continue;
      const [from, to] = edge.split(' -> ') as [string, string];
      next.set(from, [...(next.get(from) ?? []), to]);
    }
    const cycles: string[] = [];
    const visit = (folder: string, trail: string[]): void => {
      if (trail.includes(folder)) {
        cycles.push([...trail.slice(trail.indexOf(folder)), folder].join(' -> '));
        return;
      }
      for (const to of next.get(folder) ?? []) visit(to, [...trail, folder]);
    };
    for (const folder of LAYERS.flat()) visit(folder, []);
    expect(cycles).toEqual([]);
  });

  it('sees an upward import when there is one (a control)', () => {
    expect(upward('workflow -> engine')).toBe(true);
    expect(upward('engine -> workflow')).toBe(false);
    expect(edges.has('steps -> engine')).toBe(true);
  });
});
