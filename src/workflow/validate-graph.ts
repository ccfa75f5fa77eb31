// Step order: unique ids, `needs` resolved to indices (absent → the step listed before),
// cycles found and printed as a path, and "runs before" answered for expression checks.
import type { JsonValue } from './model.js';
import { childPointer } from './positions.js';
import type { Problems } from './problems.js';
import { didYouMean } from './suggest.js';
import { isObject, STEP_ID } from './where.js';

export interface StepGraph {
  /** Step index by id (the first step with that id). */
  indexOf: Map<string, number>;
  /** Ids by step index; undefined where a step has no usable id. */
  ids: Array<string | undefined>;
  /** Resolved dependencies of each step, as indices. */
  needs: number[][];
  /** Indices of the steps that finish before step `i` starts (its ancestors through needs). */
  before(i: number): Set<number>;
}

export function buildGraph(steps: JsonValue[], problems: Problems): StepGraph {
  const indexOf = new Map<string, number>();
  const ids: Array<string | undefined> = [];
  steps.forEach((step, i) => {
    const id =
      isObject(step) && typeof step.id === 'string' && STEP_ID.test(step.id) ? step.id : undefined;
    ids.push(id);
    if (id === undefined) return;
    const first = indexOf.get(id);
    if (first === undefined) {
      indexOf.set(id, i);
      return;
    }
    const line = problems.map.position(problems.map.span(`/steps/${first}/id`).start).line;
    problems.value(
      `/steps/${i}/id`,
      `steps[${i}]: id '${id}' is already used by the step on line ${line}; ids must be unique`,
    );
  });

  const needs = steps.map((step, i) => resolveNeeds(step, i, indexOf, problems));
  reportCycles(needs, ids, steps, problems);

  // Ancestor sets, built from the needs' own sets (memoised), so a 1,000-step chain stays cheap.
  const memo = new Map<number, Set<number>>();
  const before = (i: number): Set<number> => {
    const known = memo.get(i);
    if (known) return known;
    // Resolve the needs first, deepest first, without recursion.
    const order: number[] = [];
    const visiting = new Set<number>([i]);
    const stack = [i];
    while (stack.length > 0) {
      const n = stack[stack.length - 1] as number;
      const pending = (needs[n] ?? []).find((m) => !memo.has(m) && !visiting.has(m));
      if (pending === undefined) {
        stack.pop();
        order.push(n);
      } else {
        visiting.add(pending);
        stack.push(pending);
      }
    }
    for (const n of order) {
      const set = new Set<number>();
      for (const m of needs[n] ?? []) {
        set.add(m);
        for (const a of memo.get(m) ?? []) set.add(a);
      }
      memo.set(n, set);
    }
    return memo.get(i) ?? new Set();
  };
  return { indexOf, ids, needs, before };
}

function resolveNeeds(
  step: JsonValue,
  i: number,
  indexOf: Map<string, number>,
  problems: Problems,
): number[] {
  const raw = isObject(step) ? step.needs : undefined;
  if (raw === undefined) return i > 0 ? [i - 1] : [];
  const pointer = `/steps/${i}/needs`;
  const listed: Array<[string, string]> =
    typeof raw === 'string'
      ? [[raw, pointer]]
      : Array.isArray(raw)
        ? raw.flatMap((n, k) =>
            typeof n === 'string' ? [[n, childPointer(pointer, k)] as [string, string]] : [],
          )
        : [];
  const out: number[] = [];
  for (const [name, at] of listed) {
    const target = indexOf.get(name);
    if (target === undefined) {
      problems.value(
        at,
        (w) => `${w.step} needs '${name}', which is not a step${didYouMean(name, indexOf.keys())}`,
      );
    } else if (target === i) {
      problems.value(at, (w) => `${w.step} needs itself; a step cannot wait for its own end`);
    } else if (!out.includes(target)) {
      out.push(target);
    }
  }
  return out;
}

/** Reports one cycle per strongly connected group of steps, starting at its first step in the file. */
function reportCycles(
  needs: number[][],
  ids: Array<string | undefined>,
  steps: JsonValue[],
  problems: Problems,
): void {
  for (const group of stronglyConnected(needs)) {
    if (group.length < 2) continue;
    const members = new Set(group);
    const start = Math.min(...group);
    const path = cyclePath(start, needs, members);
    const names = path.map((n) => ids[n] ?? `steps[${n}]`);
    const next = path[1];
    const step = steps[start];
    const explicit = isObject(step) ? step.needs : undefined;
    let at = `/steps/${start}`;
    if (typeof explicit === 'string') at = `/steps/${start}/needs`;
    else if (Array.isArray(explicit)) {
      const k = explicit.findIndex((n) => n === (next === undefined ? undefined : ids[next]));
      at = k >= 0 ? `/steps/${start}/needs/${k}` : `/steps/${start}/needs`;
    }
    problems.value(at, (w) => `${w.step}: needs form a cycle: ${names.join(' → ')}`);
  }
}

/** A path start → … → start through `members`, following needs. */
function cyclePath(start: number, needs: number[][], members: Set<number>): number[] {
  const parent = new Map<number, number>();
  const queue = [start];
  const seen = new Set([start]);
  while (queue.length > 0) {
    const n = queue.shift() as number;
    for (const m of needs[n] ?? []) {
      if (!members.has(m)) continue;
      if (m === start) {
        const path = [start];
        for (let c: number | undefined = n; c !== undefined && c !== start; c = parent.get(c))
          path.splice(1, 0, c);
        return [...path, start];
      }
      if (seen.has(m)) continue;
      seen.add(m);
      parent.set(m, n);
      queue.push(m);
    }
  }
  return [start, start];
}

/** Tarjan's algorithm, iterative so a long chain of steps cannot exhaust the stack. */
function stronglyConnected(edges: number[][]): number[][] {
  const index = new Array<number>(edges.length).fill(-1);
  const low = new Array<number>(edges.length).fill(0);
  const onStack = new Array<boolean>(edges.length).fill(false);
  const stack: number[] = [];
  const groups: number[][] = [];
  let counter = 0;
  for (let root = 0; root < edges.length; root++) {
    if (index[root] !== -1) continue;
    const work: Array<[number, number]> = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1] as [number, number];
      const [v, k] = frame;
      if (k === 0) {
        index[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = true;
      }
      const out = edges[v] ?? [];
      if (k < out.length) {
        frame[1] = k + 1;
        const w = out[k] as number;
        if (index[w] === -1) work.push([w, 0]);
        else if (onStack[w]) low[v] = Math.min(low[v] as number, index[w] as number);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[v] as number);
      if (low[v] === index[v]) {
        const group: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = false;
          group.push(w);
        } while (w !== v);
        groups.push(group);
      }
    }
  }
  return groups;
}
