// Where text an outside author controls can gain power (DESIGN.md §9). The sources are the
// `github` fields such an author writes (AUTHOR_TEXT) and the checkout (a fork's files); taint
// flows through expressions into a step's fields, and from a step into its outputs. A warning
// is given where tainted text reaches a model's instructions (a kind's `instructionKeys`) and
// that step, or a step after it, can change the checkout, run commands on the runner or write
// to GitHub with no approval gate in between. Kinds are known by their traits only.
import type { Diagnostic } from './errors.js';
import { referencesIn } from './expressions.js';
import type { WorkflowKind, WorkflowKinds } from './kinds.js';
import { bypassesGates, gatesOf, powersOf, reachOf } from './power.js';
import type { JsonObject, JsonValue, StepSpec } from './model.js';
import { childPointer, type SourceMap } from './positions.js';
import type { StepGraph } from './validate-graph.js';

/** A `github` field an outside author writes, and who that is. `*` stands for any list index. */
export interface AuthorText {
  path: string;
  who: string;
}

const PR = "the pull request's author";
const ISSUE = "the issue's author";
const COMMIT = "the commit's author";

/**
 * Every `github` context field whose text someone without write access can choose (after
 * GitHub's own list of untrusted inputs). Reading a field that holds one of them
 * (`toJSON(github.event.pull_request)`) counts too. Documented in docs/security.md.
 */
export const AUTHOR_TEXT: readonly AuthorText[] = [
  { path: 'github.event.pull_request.title', who: PR },
  { path: 'github.event.pull_request.body', who: PR },
  { path: 'github.event.pull_request.head.ref', who: `${PR} (the branch name)` },
  { path: 'github.event.pull_request.head.label', who: `${PR} (the branch name)` },
  {
    path: 'github.event.pull_request.head.repo',
    who: "the fork's owner (its name, description, default branch)",
  },
  { path: 'github.event.pull_request.labels', who: 'whoever labels the pull request' },
  { path: 'github.event.issue.title', who: ISSUE },
  { path: 'github.event.issue.body', who: ISSUE },
  { path: 'github.event.issue.labels', who: 'whoever labels the issue' },
  { path: 'github.event.comment.body', who: "the comment's author" },
  { path: 'github.event.review.body', who: "the review's author" },
  { path: 'github.event.discussion.title', who: "the discussion's author" },
  { path: 'github.event.discussion.body', who: "the discussion's author" },
  { path: 'github.event.head_commit.message', who: COMMIT },
  { path: 'github.event.head_commit.author', who: `${COMMIT} (name and email)` },
  { path: 'github.event.head_commit.committer', who: `${COMMIT} (name and email)` },
  { path: 'github.event.commits.*.message', who: COMMIT },
  { path: 'github.event.commits.*.author', who: `${COMMIT} (name and email)` },
  { path: 'github.event.commits.*.committer', who: `${COMMIT} (name and email)` },
  { path: 'github.event.pages.*.page_name', who: "the wiki page's author" },
  { path: 'github.event.workflow_run.head_branch', who: `${PR} (the branch name)` },
  { path: 'github.event.workflow_run.head_commit', who: COMMIT },
  { path: 'github.event.workflow_run.display_title', who: PR },
  { path: 'github.head_ref', who: `${PR} (the branch name)` },
];

const CHECKOUT: Origin = {
  source: 'the checkout',
  who: "a fork's author, on a fork's pull request",
};

/** Where a tainted value comes from, as a warning names it. */
interface Origin {
  source: string;
  who: string;
}

export interface TaintInput {
  steps: StepSpec[];
  /** Where each step's config keys came from (its own section or `defaults`), by step index. */
  configPointers: ReadonlyMap<number, ReadonlyMap<string, string>>;
  /** The file's top-level `env:`. */
  env: JsonObject;
  graph: StepGraph;
  registry: WorkflowKinds;
  map: SourceMap;
}

/** Every place outside text reaches a model's instructions on its way to power, positioned. */
export function taintWarnings(input: TaintInput): Diagnostic[] {
  const { steps, registry, map } = input;
  const env = new Map<string, Origin>();
  for (const [name, value] of Object.entries(input.env)) {
    const found = firstTainted(value, '/env', { env: new Map(), steps: new Map() });
    if (found) env.set(name.toLowerCase(), found.origin);
  }
  const tainted = new Map<string, Origin>();
  const known: Known = { env, steps: tainted };
  // Needs may name a step listed later, so taint is spread until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    for (const step of steps) {
      if (tainted.has(step.id.toLowerCase())) continue;
      const kind = registry.get(step.kind);
      if (kind?.gatesChanges) continue; // its outputs are a person's decision
      const origin = stepOrigin(step, kind, input, known);
      if (origin) {
        tainted.set(step.id.toLowerCase(), origin);
        changed = true;
      }
    }
  }

  const out: Diagnostic[] = [];
  for (const sink of steps) {
    const kind = registry.get(sink.kind);
    const keys = kind?.instructionKeys;
    if (!kind || !keys || keys.length === 0) continue;
    const hit = instructionTaint(sink, kind, keys, input, known);
    if (!hit) continue;
    const danger = unguardedPower(sink, input);
    if (!danger) continue;
    const { line, col } = map.position(hit.offset);
    out.push({
      file: map.file,
      line,
      col,
      message: `step '${sink.id}': ${hit.what}${describe(hit)}, and ${danger}; add an approval step between them (docs/security.md)`,
    });
  }
  out.push(...fetchWarnings(input, known));
  return out;
}

/** Outside text naming what the runner fetches (an image to pull), with no gate before the step. */
function fetchWarnings(input: TaintInput, known: Known): Diagnostic[] {
  const { registry, map, graph } = input;
  const gates = gatesOf(input.steps, registry);
  const out: Diagnostic[] = [];
  for (const step of input.steps) {
    const keys = registry.get(step.kind)?.fetchKeys ?? [];
    const gated = !bypassesGates(step) && gates.some((g) => graph.before(step.index).has(g.index));
    if (gated) continue;
    for (const key of keys) {
      const [first = '', ...rest] = key.split('.');
      let value: JsonValue | undefined = step.config[first];
      let pointer = input.configPointers.get(step.index)?.get(first) ?? step.pointer;
      for (const part of rest) {
        value =
          value !== null && typeof value === 'object' && !Array.isArray(value)
            ? value[part]
            : undefined;
        pointer = childPointer(pointer, part);
      }
      if (value === undefined) continue;
      const found = firstTainted(value, pointer, known, map);
      if (!found) continue;
      const { line, col } = map.position(found.offset);
      out.push({
        file: map.file,
        line,
        col,
        message: `step '${step.id}': ${step.kind}.${key} reads ${found.path}${describe(found)}, and the runner fetches what it names over its own network; add an approval step before it, or name it in the file (docs/security.md)`,
      });
    }
  }
  return out;
}

interface Known {
  env: ReadonlyMap<string, Origin>;
  steps: ReadonlyMap<string, Origin>;
}

interface Found {
  origin: Origin;
  /** The reference as written (`steps.x.outputs.text`), and where it is in the file. */
  path: string;
  offset: number;
}

/** Why a step's outputs carry outside text: a field reads it, or the step reads the checkout. */
function stepOrigin(
  step: StepSpec,
  kind: WorkflowKind | undefined,
  input: TaintInput,
  known: Known,
): Origin | undefined {
  const pointers = input.configPointers.get(step.index);
  for (const [key, value] of Object.entries(step.config)) {
    const found = firstTainted(value, pointers?.get(key) ?? step.pointer, known, input.map);
    if (found) return found.origin;
  }
  if (step.if !== undefined) {
    const found = firstTainted(`\${{ ${step.if} }}`, `${step.pointer}/if`, known);
    if (found) return found.origin;
  }
  return reachOf(kind, step.config).readsCheckout ? CHECKOUT : undefined;
}

/** The first tainted reference in a model's instructions, or the checkout its tools read. */
function instructionTaint(
  sink: StepSpec,
  kind: WorkflowKind,
  keys: readonly string[],
  input: TaintInput,
  known: Known,
): (Found & { what: string }) | undefined {
  const pointers = input.configPointers.get(sink.index);
  for (const key of keys) {
    const value = sink.config[key];
    if (value === undefined) continue;
    const found = firstTainted(value, pointers?.get(key) ?? sink.pointer, known, input.map);
    if (found) return { ...found, what: `${sink.kind}.${key} reads ${found.path}` };
  }
  if (reachOf(kind, sink.config).readsCheckout) {
    return {
      origin: CHECKOUT,
      path: 'the checkout',
      offset: input.map.keyOffset(`${sink.pointer}/${sink.kind}`),
      what: `its tools read the checkout`,
    };
  }
  return undefined;
}

/** The first reference in `value` to outside text, with its source offset when a map is given. */
function firstTainted(
  value: JsonValue,
  pointer: string,
  known: Known,
  map?: SourceMap,
): Found | undefined {
  if (typeof value === 'string') {
    if (!value.includes('${{')) return undefined;
    for (const ref of referencesIn(value)) {
      const origin = originOfPath(ref.path, known);
      if (origin) {
        return {
          origin,
          path: ref.path.join('.'),
          offset: map ? map.offsetInString(pointer, value, ref.offset) : 0,
        };
      }
    }
    return undefined;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = firstTainted(item, childPointer(pointer, i), known, map);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = firstTainted(item, childPointer(pointer, key), known, map);
      if (found) return found;
    }
  }
  return undefined;
}

/** Whether a context path reads outside text: an author's field, or a tainted step or env. */
export function originOfPath(path: readonly string[], known: Known): Origin | undefined {
  const lower = path.map((p) => p.toLowerCase());
  const [context, name, field] = lower;
  if (context === 'github') {
    const text = AUTHOR_TEXT.find((t) => overlaps(lower, t.path.split('.')));
    return text && { source: path.join('.'), who: text.who };
  }
  if (context === 'steps') {
    if (name === undefined) return known.steps.values().next().value;
    if (field !== undefined && field !== 'outputs') return undefined;
    return known.steps.get(name);
  }
  if (context === 'env') {
    if (name === undefined) return known.env.values().next().value;
    return known.env.get(name);
  }
  return undefined;
}

/** One path reads into the other (either is a prefix of the other; `*` matches any index). */
function overlaps(ref: readonly string[], pattern: readonly string[]): boolean {
  const n = Math.min(ref.length, pattern.length);
  for (let i = 0; i < n; i++) if (pattern[i] !== '*' && pattern[i] !== ref[i]) return false;
  return true;
}

/** `(written by …)` after a direct read; what it carries after a read of a step's outputs. */
function describe(found: Found): string {
  const { origin } = found;
  return found.path === origin.source
    ? ` (written by ${origin.who})`
    : `, which carries ${origin.source} (written by ${origin.who})`;
}

/** What `sink`, or a step after it, can do with no gate in between; undefined when all is gated. */
function unguardedPower(sink: StepSpec, input: TaintInput): string | undefined {
  const { graph, registry } = input;
  const gates = gatesOf(input.steps, registry);
  const gateAfter = (step: StepSpec) => gates.some((g) => graph.before(g.index).has(step.index));
  const gateBetween = (from: StepSpec, to: StepSpec) =>
    !bypassesGates(to) &&
    gates.some((g) => graph.before(g.index).has(from.index) && graph.before(to.index).has(g.index));

  const own = reachOf(registry.get(sink.kind), sink.config);
  if (own.runsOnRunner || own.writesGitHub) return `the step itself ${powersOf(own)}`;
  if (own.changesCheckout && !gateAfter(sink)) {
    return 'its changes reach the checkout with no approval gate after it';
  }
  for (const later of input.steps) {
    if (!graph.before(later.index).has(sink.index)) continue;
    const reach = reachOf(registry.get(later.kind), later.config);
    if (registry.get(later.kind)?.gatesChanges) continue;
    if (gateBetween(sink, later)) continue;
    if (reach.runsOnRunner || reach.writesGitHub) {
      return `step '${later.id}' after it ${powersOf(reach)}`;
    }
    if (reach.changesCheckout && !gateAfter(later)) {
      return `step '${later.id}' after it can change the checkout`;
    }
  }
  return undefined;
}
