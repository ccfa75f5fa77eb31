// The loader under malformed input (issue #18): seeded, bounded mutations of every example and
// fixture in the test suite, each classified. A workflow is either read or refused with
// diagnostics that point inside the file, on one printable line each; anything else (an
// exception that is not a WorkflowError, a position past the end, a raw control character
// in a message) fails with the seed and the mutation, so it can be kept as a regression case.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engine } from '../src/wiring/engine.js';
import { WorkflowError } from '../src/workflow/errors.js';
import { loadWorkflow, parseWorkflow } from '../src/workflow/load.js';
import { REPO_ROOT } from './support/action-harness.js';

const SEED = 18_2026;
const MUTANTS_PER_FILE = 6;
const BYTE_MUTANTS = 60;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return name.endsWith('.yml') || name.endsWith('.yaml') ? [full] : [];
  });
}

const CORPUS = [
  ...yamlFiles(join(REPO_ROOT, 'workflows-examples')),
  ...yamlFiles(join(REPO_ROOT, '__tests__', 'fixtures', 'valid')),
  ...yamlFiles(join(REPO_ROOT, '__tests__', 'fixtures', 'invalid')),
];

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (text: string, r: () => number) => string;
const at = (text: string, r: () => number) => Math.floor(r() * (text.length + 1));
const pick = <T>(list: readonly T[], r: () => number): T =>
  list[Math.floor(r() * list.length)] as T;
const INSERTS = [
  '\u0000',
  '\u001b[31m',
  '\r',
  '\r\n',
  '\t',
  '\u007f',
  '\u0085',
  '\u2028',
  '\ud800',
  '\uFEFF',
  ': ',
  '- ',
  '&a ',
  '*a',
  '!!binary ',
  '!x ',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '#',
  '|',
  '>',
  '${{',
  '}}',
  '${{ steps.x.outputs.y }}',
  '9007199254740993',
  '-0x1F',
  '.inf',
  '~',
  '? ',
  '\n%YAML 1.1\n---\n',
  '%YAML 1.2\n%YAML 1.2\n---\n',
  '\n---\n',
  '__proto__: 1\n',
  'x'.repeat(5000),
];
const MUTATIONS: Record<string, Mutation> = {
  insert: (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + pick(INSERTS, r) + t.slice(i);
  },
  delete: (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + t.slice(i + 1 + Math.floor(r() * 40));
  },
  truncate: (t, r) => t.slice(0, at(t, r)),
  duplicateLine: (t, r) => {
    const lines = t.split('\n');
    const i = Math.floor(r() * lines.length);
    lines.splice(i, 0, lines[i] ?? '');
    return lines.join('\n');
  },
  swapLines: (t, r) => {
    const lines = t.split('\n');
    const i = Math.floor(r() * lines.length);
    const j = Math.floor(r() * lines.length);
    [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
    return lines.join('\n');
  },
  indent: (t, r) => {
    const lines = t.split('\n');
    const i = Math.floor(r() * lines.length);
    lines[i] = (r() < 0.5 ? ' ' : '') + (lines[i] ?? '').replace(/^ /, r() < 0.5 ? '' : '   ');
    return lines.join('\n');
  },
  lineEndings: (t, r) => t.replace(/\n/g, r() < 0.5 ? '\r' : '\r\n'),
  anchorBomb: (t) =>
    `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n${t}`,
};

type Outcome = 'read' | 'refused';

/** Line breaks as YAML counts them: CRLF, CR and LF. */
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

function classify(text: string, describeCase: string, diagnostics?: WorkflowError): Outcome {
  if (!diagnostics) return 'read';
  expect(diagnostics.diagnostics.length, describeCase).toBeGreaterThan(0);
  for (const d of diagnostics.diagnostics) {
    expect(d.line, `${describeCase}: ${d.message}`).toBeGreaterThanOrEqual(1);
    expect(d.line, `${describeCase}: ${d.message}`).toBeLessThanOrEqual(lineCount(text) + 1);
    expect(d.col, `${describeCase}: ${d.message}`).toBeGreaterThanOrEqual(1);
    // eslint-disable-next-line no-control-regex -- a raw control character is the failure
    expect(d.message, describeCase).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(d.message.length, describeCase).toBeLessThanOrEqual(1000);
  }
  return 'refused';
}

function parse(text: string, describeCase: string): Outcome {
  try {
    parseWorkflow(text, 'fuzz.yml', { registry: engine.registry() });
    return classify(text, describeCase);
  } catch (error) {
    if (!(error instanceof WorkflowError))
      throw new Error(`${describeCase}: not a WorkflowError: ${String(error)}`, { cause: error });
    return classify(text, describeCase, error);
  }
}

describe('the loader under seeded mutations of the suite’s examples and fixtures', () => {
  it(`reads or refuses every mutant with positions inside the file (seed ${SEED})`, () => {
    expect(CORPUS.length).toBeGreaterThan(20);
    const r = prng(SEED);
    const counts: Record<string, Record<Outcome, number>> = {};
    for (const file of CORPUS) {
      const source = readFileSync(file, 'utf8');
      for (let k = 0; k < MUTANTS_PER_FILE; k++) {
        const names = Object.keys(MUTATIONS);
        const name = pick(names, r);
        const mutated = (MUTATIONS[name] ?? ((t) => t))(source, r);
        const outcome = parse(mutated, `seed ${SEED}, ${file}, mutant ${k} (${name})`);
        const c = (counts[name] ??= { read: 0, refused: 0 });
        c[outcome] += 1;
      }
    }
    const total = Object.values(counts).reduce((n, c) => n + c.read + c.refused, 0);
    expect(total).toBe(CORPUS.length * MUTANTS_PER_FILE);
    // Both outcomes occur: the mutations neither all break nor all miss.
    const refused = Object.values(counts).reduce((n, c) => n + c.refused, 0);
    expect(refused).toBeGreaterThan(total / 4);
    expect(refused).toBeLessThan(total);
    process.stdout.write(
      `fuzz-loader: ${total} mutants of ${CORPUS.length} files, ${refused} refused, ${total - refused} read; ${JSON.stringify(counts)}\n`,
    );
  }, 180_000);

  it('refuses bytes that are not UTF-8 at a position inside the file, through the file reader', async () => {
    const r = prng(SEED + 1);
    const dir = mkdtempSync(join(tmpdir(), 'wflo-fuzz-'));
    const bad = [0x80, 0xbf, 0xc0, 0xc1, 0xf5, 0xff, 0xfe, 0xed];
    let refused = 0;
    for (let k = 0; k < BYTE_MUTANTS; k++) {
      const source = readFileSync(pick(CORPUS, r));
      const i = Math.floor(r() * (source.length + 1));
      const bytes = Buffer.concat([
        source.subarray(0, i),
        Buffer.from([pick(bad, r)]),
        source.subarray(i),
      ]);
      const file = join(dir, `m${k}.yml`);
      writeFileSync(file, bytes);
      const error = await loadWorkflow(file, { registry: engine.registry() }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, `mutant ${k}`).toBeInstanceOf(WorkflowError);
      const first = (error as WorkflowError).diagnostics[0];
      expect(first?.message, `mutant ${k}`).toMatch(/is not valid UTF-8/);
      const text = bytes.subarray(0, i).toString('utf8');
      expect(first?.line, `mutant ${k}`).toBe(text.split(/\r\n|\r|\n/).length);
      refused += 1;
    }
    expect(refused).toBe(BYTE_MUTANTS);
  });
});
