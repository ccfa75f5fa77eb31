// The semantic pass and the Workflow it builds: needs, defaults, durations, money, kinds.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { StepKindRegistry } from '../src/engine/types.js';
import { configPointer } from '../src/workflow/config-source.js';
import { formatDiagnostic, WorkflowError } from '../src/workflow/errors.js';
import { loadWorkflow, parseWorkflow } from '../src/workflow/load.js';
import type { StepSpec, Workflow } from '../src/workflow/model.js';
import { dummyKind, dummyRegistry } from './support/workflow-registry.js';

const registry = dummyRegistry();

function load(source: string, kinds: StepKindRegistry = registry): Workflow {
  return parseWorkflow(source, 'wf.yml', { registry: kinds });
}

function problems(source: string, kinds: StepKindRegistry = registry): string[] {
  try {
    load(source, kinds);
  } catch (error) {
    if (error instanceof WorkflowError) return error.diagnostics.map(formatDiagnostic);
    throw error;
  }
  throw new Error('expected the workflow to be refused');
}

function step(workflow: Workflow, id: string): StepSpec {
  const found = workflow.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

const fixture = (name: string) =>
  readFileSync(join('__tests__', 'fixtures', 'valid', name), 'utf8');

describe("DESIGN.md §1's example", () => {
  const wf = load(fixture('fix-tests.yml'));

  test('has the top-level fields, with the budget in exact micro-dollars', () => {
    expect(wf.version).toBe(1);
    expect(wf.name).toBe('fix-failing-tests');
    expect(wf.inputs).toEqual({ path: { type: 'string', default: 'tests', required: false } });
    expect(wf.budget).toEqual({ maxMicros: 1_500_000, warnAt: [0.5, 0.8] });
    expect(wf.maxParallel).toBe(4);
    expect(wf.models).toEqual({});
    expect(wf.outputs).toEqual({ why: '${{ steps.diagnose.outputs.json.why }}' });
  });

  test('chains steps without needs after the step listed before', () => {
    expect(wf.steps.map((s) => [s.id, s.kind, s.needs])).toEqual([
      ['tests', 'sandbox', []],
      ['diagnose', 'llm', ['tests']],
      ['approve', 'approval', ['diagnose']],
      ['apply', 'sandbox', ['approve']],
    ]);
  });

  test('merges the kind defaults under each step, the step winning key by key', () => {
    expect(step(wf, 'apply').config).toEqual({
      image: 'python:3.12',
      network: 'none',
      memory: '512m',
      cpus: 1,
      timeout: '5m',
      run: `printf '%s\\n' "$PATCH" | git apply - && python -m pytest -q`,
      env: { PATCH: '${{ steps.diagnose.outputs.json.diff }}' },
      workspace: 'copy',
    });
    expect(step(wf, 'diagnose').config).toMatchObject({
      model: 'gpt-4o-mini',
      max_tokens: 1024,
      temperature: 0,
    });
  });

  test('tells where each config key was written, the step or defaults', () => {
    const diagnose = step(wf, 'diagnose');
    expect(configPointer(diagnose, 'prompt')).toBe('/steps/1/llm/prompt');
    expect(configPointer(diagnose, 'model')).toBe('/defaults/llm/model');
    expect(configPointer(diagnose, 'messages')).toBe('/steps/1/llm');
    expect(wf.positionOf(configPointer(diagnose, 'model')).start).toEqual({ line: 9, col: 17 });
  });

  test('keeps the if as expression text and reads the step settings', () => {
    const diagnose = step(wf, 'diagnose');
    expect(diagnose.if).toBe('steps.tests.outputs.exit_code != 0');
    expect(diagnose.budgetMicros).toBe(250_000);
    expect(diagnose.retry).toEqual({ maxAttempts: 1, backoffMs: 1000 });
    expect(diagnose.pointer).toBe('/steps/1');
    expect(diagnose.index).toBe(1);
    expect(step(wf, 'tests').continueOnError).toBe(true);
    expect(step(wf, 'approve').continueOnError).toBe(false);
    expect(step(wf, 'tests').if).toBeUndefined();
  });

  test('hashes the exact bytes of the file', () => {
    const source = fixture('fix-tests.yml');
    expect(wf.hash).toBe(createHash('sha256').update(source).digest('hex'));
  });

  test('points at where each value came from', () => {
    expect(wf.positionOf('/steps/1/llm/prompt').start).toEqual({ line: 23, col: 15 });
    // A pointer the file does not hold falls back to its nearest ancestor: the llm mapping.
    expect(wf.positionOf('/steps/1/llm/max_tokens').start).toEqual({ line: 22, col: 7 });
  });
});

describe('the fan-out example', () => {
  const wf = load(fixture('review-fan-out.yml'));

  test('resolves explicit, string, empty and implicit needs', () => {
    expect(Object.fromEntries(wf.steps.map((s) => [s.id, s.needs]))).toEqual({
      'checkout-info': [],
      lint: [],
      test: ['checkout-info'],
      'review-local': ['lint', 'test'],
      'review-cloud': ['lint', 'test'],
      fix: ['review-local', 'review-cloud'],
      gate: ['fix'],
      deploy: ['gate'],
    });
  });

  test('reads durations as milliseconds', () => {
    expect(step(wf, 'test').timeoutMs).toBe(5_400_000);
    expect(step(wf, 'test').retry).toEqual({ maxAttempts: 3, backoffMs: 500 });
    // Durations inside a kind's config stay as written, for the kind to read.
    expect(step(wf, 'test').config.timeout).toBe(45);
    expect(step(wf, 'fix').config.command_timeout).toBe('2m');
  });

  test('reads prices and budgets exactly', () => {
    expect(wf.models).toEqual({
      'llama3.1:8b': { inputPerMtokMicros: 50_000, outputPerMtokMicros: 80_000 },
      'gpt-4o-mini': {
        inputPerMtokMicros: 150_000,
        outputPerMtokMicros: 600_000,
        cachedInputPerMtokMicros: 75_000,
      },
    });
    expect(wf.budget).toEqual({ maxMicros: 3_000_000, warnAt: [0.5, 0.8, 1] });
    expect(step(wf, 'review-local').budgetMicros).toBe(50_000);
    expect(wf.maxParallel).toBe(3);
  });

  test('keeps an expression continue_on_error raw and a bare if as written', () => {
    expect(step(wf, 'lint').continueOnError).toBe('${{ !inputs.strict }}');
    expect(step(wf, 'review-local').if).toBe('success() && steps.test.outputs.exit_code == 0');
    expect(step(wf, 'fix').if).toBe("steps.review-cloud.outputs.json.risk != 'low'");
  });

  test('merges nested defaults shallowly: a step section replaces a default section whole', () => {
    expect(step(wf, 'fix').config).toEqual({
      model: 'gpt-4o',
      max_turns: 12,
      sandbox: { image: 'node:22', memory: '2g' },
      task: 'Fix what the reviews found: ${{ steps.review-cloud.outputs.text }}',
      tools: ['run', 'read_file', 'write_file'],
      command_timeout: '2m',
    });
    expect(step(wf, 'gate').config.approvers).toEqual({ permission: 'maintain', min: 2 });
  });

  test('reads inputs with their types, enums and defaults', () => {
    expect(wf.inputs).toEqual({
      target: {
        type: 'string',
        enum: ['staging', 'production'],
        default: 'staging',
        required: false,
        description: 'Where to deploy',
      },
      strict: { type: 'boolean', default: false, required: false },
      max_files: { type: 'number', default: 20, required: false },
    });
    expect(wf.env).toEqual({ CI: 'true', TARGET: '${{ inputs.target }}' });
  });
});

describe('defaults of the format', () => {
  test('a workflow without a name takes the file name, and max_parallel defaults to 4', () => {
    const wf = parseWorkflow(
      'version: 1\nsteps:\n  - id: a\n    shell: { run: "true" }\n',
      'ci/nightly-check.yaml',
      { registry },
    );
    expect(wf.name).toBe('nightly-check');
    expect(wf.maxParallel).toBe(4);
    expect(wf.budget).toBeUndefined();
  });

  test('a duration may be a number of seconds, fractions included', () => {
    const wf = load(
      'version: 1\nsteps:\n  - id: a\n    timeout: 1.5\n    retry: { backoff: 0 }\n    shell: { run: "true" }\n',
    );
    expect(wf.steps[0]?.timeoutMs).toBe(1500);
    expect(wf.steps[0]?.retry).toEqual({ maxAttempts: 1, backoffMs: 0 });
  });

  test('if: false is kept as a condition', () => {
    const wf = load('version: 1\nsteps:\n  - id: a\n    if: false\n    shell: { run: "true" }\n');
    expect(wf.steps[0]?.if).toBe('false');
  });
});

describe('the registry of kinds', () => {
  const source = 'version: 1\nsteps:\n  - id: ask\n    llm: { model: gpt-4o-mini, prompt: hi }\n';

  test('refuses a kind this build does not support, naming the supported ones', () => {
    expect(problems(source, dummyRegistry(['shell', 'sandbox']))).toEqual([
      "wf.yml:4:5: step 'ask': the llm kind is not supported by this build (supported: shell, sandbox)",
    ]);
  });

  test("includes each kind's own diagnostics, given the built step and workflow", () => {
    const llm = dummyKind('llm', {
      validate: (s, wf) => {
        const at = wf.positionOf(`${s.pointer}/llm/model`);
        return [
          {
            file: at.file,
            line: at.start.line,
            col: at.start.col,
            message: `no price for '${String(s.config.model)}'`,
          },
        ];
      },
    });
    expect(problems(source, dummyRegistry(['shell'], [llm]))).toEqual([
      "wf.yml:4:19: no price for 'gpt-4o-mini'",
    ]);
  });

  test("a kind's checks that throw become one diagnostic at the step", () => {
    const llm = dummyKind('llm', {
      validate: () => {
        throw new Error('price table missing');
      },
    });
    expect(problems(source, dummyRegistry(['shell'], [llm]))).toEqual([
      "wf.yml:3:5: step 'ask': the llm kind's checks failed: price table missing",
    ]);
  });

  test("a kind's checks are not asked about a step that is already broken", () => {
    let asked = 0;
    const llm = dummyKind('llm', {
      validate: () => {
        asked++;
        return [];
      },
    });
    const broken =
      'version: 1\nsteps:\n  - id: ask\n    llm: { model: m, prompt: hi, max_tokens: 0 }\n';
    expect(problems(broken, dummyRegistry(['shell'], [llm]))).toHaveLength(1);
    expect(asked).toBe(0);
    load(source, dummyRegistry(['shell'], [llm]));
    expect(asked).toBe(1);
  });

  test("reports a kind's literal keys that hold ${{ }}, like run", () => {
    const gh = dummyKind('shell', { literalKeys: ['run', 'script'] });
    const src =
      'version: 1\nsteps:\n  - id: a\n    shell: { run: "true", env: { A: "${{ run.id }}" } }\n';
    expect(load(src, dummyRegistry([], [gh])).steps[0]?.config).toEqual({
      run: 'true',
      env: { A: '${{ run.id }}' },
    });
  });
});

describe('expression references', () => {
  test('a step may read any step it runs after through needs, not only its direct needs', () => {
    const wf = load(`version: 1
steps:
  - id: a
    shell: { run: "true" }
  - id: b
    needs: [a]
    shell: { run: "true" }
  - id: c
    needs: [b]
    shell: { run: "true", env: { X: "\${{ steps.a.outputs.stdout }}" } }
`);
    expect(wf.steps.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  test('a parallel sibling is not "before": reading it is refused', () => {
    expect(
      problems(`version: 1
steps:
  - id: a
    shell: { run: "true" }
  - id: b
    needs: []
    shell: { run: "true", env: { X: "\${{ steps.a.outputs.stdout }}" } }
`),
    ).toEqual([
      "wf.yml:7:42: step 'b': shell.env.X reads steps.a.outputs.stdout, but 'a' does not run before this step; add it to needs",
    ]);
  });

  test('workflow outputs may read any step; top-level env may not read steps', () => {
    expect(
      problems(`version: 1
env: { A: "\${{ steps.a.outputs.stdout }}" }
steps:
  - id: a
    shell: { run: "true" }
outputs: { out: "\${{ steps.a.outputs.stdout }}" }
`),
    ).toEqual([
      "wf.yml:2:16: env.A: unrecognized named-value: 'steps' (available contexts here: inputs, run, github)",
    ]);
  });

  test('an empty condition is refused, bare or inside ${{ }}', () => {
    for (const cond of ['""', '"${{ }}"', "'  ${{  }}  '"]) {
      expect(
        problems(`version: 1\nsteps:\n  - id: a\n    if: ${cond}\n    shell: { run: x }\n`),
      ).toEqual(["wf.yml:4:9: step 'a': if is empty; remove it or write a condition"]);
    }
  });

  test('the status functions are allowed in if only', () => {
    const wf = load(
      'version: 1\nsteps:\n  - id: a\n    if: always()\n    shell: { run: "true" }\n',
    );
    expect(wf.steps[0]?.if).toBe('always()');
  });
});

describe('collecting every problem', () => {
  test('reports all problems of a file, sorted by position', () => {
    const lines = problems(`version: 1
max_parallel: 0
steps:
  - id: b
    needs: [nope]
    shell: { run: "echo \${{ inputs.x }}" }
  - id: a
    sandbox: { run: make, workspace: rw }
  - id: a
    shell: { run: make }
`);
    expect(lines).toEqual([
      'wf.yml:2:15: max_parallel must be at least 1 (got 0)',
      "wf.yml:5:13: step 'b' needs 'nope', which is not a step",
      `wf.yml:6:25: step 'b': shell.run must not contain \${{ }}: pass the value through env (env: { NAME: \${{ … }} }) and use "$NAME"`,
      "wf.yml:8:5: step 'a': sandbox has no image; set sandbox.image or defaults.sandbox.image",
      "wf.yml:8:38: step 'a': sandbox.workspace must be one of none, read-only, copy (got 'rw')",
      "wf.yml:9:9: steps[2]: id 'a' is already used by the step on line 7; ids must be unique",
    ]);
  });

  test('a cycle through an implicit need is printed as a path', () => {
    expect(
      problems(`version: 1
steps:
  - id: a
    needs: [b]
    shell: { run: "true" }
  - id: b
    shell: { run: "true" }
`),
    ).toEqual(["wf.yml:4:13: step 'a': needs form a cycle: a → b → a"]);
  });

  test('needs given as one string is one dependency', () => {
    const wf = load(
      'version: 1\nsteps:\n  - id: a\n    shell: { run: "true" }\n  - id: b\n    needs: []\n    shell: { run: "true" }\n  - id: c\n    needs: a\n    shell: { run: "true" }\n',
    );
    expect(wf.steps.map((s) => s.needs)).toEqual([[], [], ['a']]);
  });

  test('a step budget without a workflow budget is fine; above it is not', () => {
    const ok = load(
      'version: 1\nsteps:\n  - id: a\n    budget: { max_usd: 100 }\n    llm: { model: m, prompt: p }\n',
    );
    expect(ok.steps[0]?.budgetMicros).toBe(100_000_000);
  });
});

describe("a model's context_window", () => {
  const withWindow = (value: string) =>
    `version: 1\nmodels:\n  house: { input_per_mtok: 1, output_per_mtok: 2, context_window: ${value} }\nsteps:\n  - id: a\n    llm: { model: house, prompt: p }\n`;

  test('is read as a whole number of tokens, and left out when not given', () => {
    expect(load(withWindow('32768')).models.house).toEqual({
      inputPerMtokMicros: 1_000_000,
      outputPerMtokMicros: 2_000_000,
      contextTokens: 32_768,
    });
    const without = load(withWindow('1').replace(', context_window: 1', ''));
    expect(without.models.house).toEqual({
      inputPerMtokMicros: 1_000_000,
      outputPerMtokMicros: 2_000_000,
    });
  });

  test('refuses a fraction, text, zero and a count too large to add up exactly, at the value', () => {
    expect(problems(withWindow('1.5'))).toEqual([
      'wf.yml:3:67: models.house.context_window must be an integer (got 1.5)',
    ]);
    expect(problems(withWindow('lots'))).toEqual([
      "wf.yml:3:67: models.house.context_window must be an integer (got 'lots')",
    ]);
    expect(problems(withWindow('0'))).toEqual([
      'wf.yml:3:67: models.house.context_window must be at least 1 (got 0)',
    ]);
    expect(problems(withWindow('1e300'))).toEqual([
      'wf.yml:3:67: models.house.context_window must be a whole number of tokens up to 9007199254740991 (got 1e+300)',
    ]);
  });
});

describe('loading from disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wflo-load-'));

  test('refuses a file over 1 MiB before reading it, naming the size and the limit', async () => {
    const file = join(dir, 'big.yml');
    writeFileSync(file, `version: 1\n# ${'x'.repeat(1024 * 1024)}\n`);
    await expect(loadWorkflow(file, { registry })).rejects.toThrow(
      `${file}:1:1: the file is 1048590 bytes, over the limit of 1048576 bytes (1 MiB)`,
    );
  });

  test('refuses the same text given in memory', () => {
    const text = `version: 1\n# ${'x'.repeat(1024 * 1024)}\n`;
    expect(() => parseWorkflow(text, 'big.yml', { registry })).toThrow(
      'big.yml:1:1: the file is 1048590 bytes, over the limit of 1048576 bytes (1 MiB)',
    );
  });

  test('says so in one sentence when the file cannot be read', async () => {
    const file = join(dir, 'missing.yml');
    await expect(loadWorkflow(file, { registry })).rejects.toThrow(
      /missing\.yml:1:1: cannot read the workflow file \(ENOENT/,
    );
  });

  test('hashes the bytes on disk and reads past a byte-order mark', async () => {
    const file = join(dir, 'bom.yml');
    const bytes = Buffer.from(
      '\uFEFFversion: 1\nsteps:\n  - id: a\n    shell: { run: "true" }\n',
      'utf8',
    );
    writeFileSync(file, bytes);
    const wf = await loadWorkflow(file, { registry });
    expect(wf.hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(wf.positionOf('/steps/0/id').start).toEqual({ line: 3, col: 9 });
  });

  test('an empty file is refused with what it needs', () => {
    expect(problems('')).toEqual([
      'wf.yml:1:1: the workflow is empty; it needs at least version: 1 and steps',
    ]);
  });
});

describe('a large file', () => {
  // Speed is measured by the bench, not asserted here (TESTING.md); this pins the results.
  test('loads a 1,000-step file with every step reading an earlier one', () => {
    let text =
      'version: 1\nname: big\ninputs: { n: { type: number, default: 1 } }\ndefaults: { llm: { model: gpt-4o-mini } }\nsteps:\n';
    for (let i = 0; i < 1000; i++) {
      text +=
        i % 2 === 0
          ? `  - id: s${i}\n    sandbox:\n      image: alpine\n      run: echo "$N"\n      env: { N: "\${{ inputs.n }}" }\n`
          : `  - id: s${i}\n    if: \${{ steps.s${i - 1}.outputs.exit_code == 0 }}\n    llm: { prompt: "Explain \${{ steps.s0.outputs.stdout }}" }\n`;
    }
    const wf = parseWorkflow(text, 'big.yml', { registry });
    expect(wf.steps).toHaveLength(1000);
    expect(wf.steps[999]?.needs).toEqual(['s998']);
    expect(wf.steps[999]?.if).toBe('steps.s998.outputs.exit_code == 0');
  });
});
