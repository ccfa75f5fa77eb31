// Start-up of the built CLI (dist/cli.js): CPU time (user + system) of `wflo --version` and
// `wflo validate` against a bare `node -e 0`, timed alternately. CPU, not wall time, because
// it is what a CI job pays and what other load on the machine disturbs least. "Cold" runs
// with an empty V8 compile cache (a fresh CI job, the first run on a laptop), "warm" with
// the cache the previous run left. Also the size of dist/ and of what each command loads.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { it } from 'vitest';
import { reportFigure } from './report.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const HELLO = path.join(ROOT, 'workflows-examples', 'hello.yml');
const RUNS = 15;

function quote(arg: string): string {
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

/** CPU ms (user + system) of one process, read from bash's `times` for its children. */
async function cpuMs(args: string[], env: Record<string, string> = {}): Promise<number> {
  const command = `${[process.execPath, ...args].map(quote).join(' ')} >/dev/null 2>&1; times`;
  const { stdout } = await run('bash', ['-c', command], { env: { ...process.env, ...env } });
  const children = stdout.trim().split('\n')[1] ?? '';
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map(
    (m) => Number(m[1]) * 60 + Number(m[2]),
  );
  const [user, system] = seconds;
  if (seconds.length !== 2 || user === undefined || system === undefined)
    throw new Error(`unexpected output of times: ${stdout}`);
  return (user + system) * 1000;
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
}

interface Case {
  name: string;
  args: string[];
  /** A fresh compile-cache directory per run (cold), or one kept across runs (warm). */
  cache: 'cold' | 'warm';
}

it('CPU time of `wflo --version` and `wflo validate` against `node -e 0`', async () => {
  const scratch = await mkdtemp(path.join(tmpdir(), 'wflo-bench-startup-'));
  const warmDir = path.join(scratch, 'warm');
  const cases: Case[] = [
    { name: '--version', args: [CLI, '--version'], cache: 'cold' },
    { name: '--version', args: [CLI, '--version'], cache: 'warm' },
    { name: 'validate hello.yml', args: [CLI, 'validate', HELLO], cache: 'cold' },
    { name: 'validate hello.yml', args: [CLI, 'validate', HELLO], cache: 'warm' },
  ];
  let fresh = 0;
  const cacheEnv = (c: Case): Record<string, string> => ({
    NODE_COMPILE_CACHE: c.cache === 'warm' ? warmDir : path.join(scratch, `cold-${fresh++}`),
  });
  for (const c of cases) await cpuMs(c.args, cacheEnv(c)); // warms the OS file cache and `warm`
  const baseline: number[] = [];
  const times = new Map(cases.map((c): [Case, number[]] => [c, []]));
  for (let i = 0; i < RUNS; i += 1) {
    baseline.push(await cpuMs(['-e', '0']));
    for (const [c, ms] of times) ms.push(await cpuMs(c.args, cacheEnv(c)));
  }
  const base = median(baseline);
  for (const [c, runs] of times) {
    const ms = median(runs);
    reportFigure({
      bench: 'startup',
      case: `wflo ${c.name} (${c.cache} compile cache)`,
      wflo_ms: ms,
      baseline_ms: base,
      ratio: ms / base,
      note: `CPU ms, median of ${RUNS}; baseline: node -e 0; goal: ratio <= 8`,
    });
  }
});

async function bytesUnder(dir: string, keep: (file: string) => boolean = () => true) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let total = 0;
  for (const e of entries) {
    const file = path.join(e.parentPath, e.name);
    if (e.isFile() && keep(path.relative(dir, file))) total += (await stat(file)).size;
  }
  return total;
}

it('size of dist/ and of the code each command loads', async () => {
  const dist = path.join(ROOT, 'dist');
  const MiB = 1024 * 1024;
  const total = await bytesUnder(dist);
  reportFigure({
    bench: 'startup',
    case: 'dist/ size (MiB)',
    wflo_ms: total / MiB,
    baseline_ms: 12,
    ratio: total / MiB / 12,
    note: 'MiB, not ms; baseline: the 12 MiB goal',
  });
  // Which files of dist/ a command reads, from a require hook preloaded in the child.
  const hook = path.join(await mkdtemp(path.join(tmpdir(), 'wflo-bench-hook-')), 'hook.cjs');
  await writeFile(
    hook,
    "const M = require('node:module'), load = M._load;\n" +
      "M._load = function (r) { if (/wflo\\.js$/.test(r)) process.stderr.write('LOAD ' + r + '\\n'); return load.apply(this, arguments); };\n",
  );
  for (const [name, args] of [
    ['--version', ['--version']],
    ['validate hello.yml', ['validate', HELLO]],
  ] as const) {
    const { stderr } = await run(process.execPath, ['--require', hook, CLI, ...args]);
    const loaded = new Set([...stderr.matchAll(/LOAD \.\/(\S+)/g)].map((m) => m[1] ?? ''));
    const bytes = await bytesUnder(dist, (f) => loaded.has(f));
    reportFigure({
      bench: 'startup',
      case: `code wflo ${name} loads (MiB)`,
      wflo_ms: bytes / MiB,
      baseline_ms: total / MiB,
      ratio: bytes / total,
      note: `MiB, not ms, of ${loaded.size} bundle files; baseline: all of dist/`,
    });
  }
});
