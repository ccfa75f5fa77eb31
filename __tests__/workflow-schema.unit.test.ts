// schema/workflow.schema.json: complete, described, strict about typos, and its errors
// rewritten as one positioned sentence.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic, WorkflowError } from '../src/workflow/errors.js';
import { parseWorkflow } from '../src/workflow/load.js';
import { WORKFLOW_SCHEMA } from '../src/workflow/schema.js';
import { dummyRegistry } from './support/workflow-registry.js';

type Schema = Record<string, unknown>;
const definitions = WORKFLOW_SCHEMA.definitions as Record<string, Schema>;

function deref(schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const name = ref.replace('#/definitions/', '');
  const target = definitions[name];
  if (!target) throw new Error(`dangling $ref ${ref}`);
  return deref(target);
}

/** Every property schema of the whole file, with its path. */
function properties(
  schema: Schema = WORKFLOW_SCHEMA,
  path = '',
  seen = new Set<Schema>(),
): Array<[string, Schema]> {
  const s = deref(schema);
  if (seen.has(s)) return [];
  seen.add(s);
  const out: Array<[string, Schema]> = [];
  const props = (s.properties ?? {}) as Record<string, Schema>;
  for (const [key, sub] of Object.entries(props)) {
    out.push([`${path}.${key}`, sub]);
    out.push(...properties(sub, `${path}.${key}`, seen));
  }
  for (const k of ['items', 'additionalProperties'] as const) {
    const sub = s[k];
    if (sub && typeof sub === 'object') out.push(...properties(sub as Schema, `${path}[]`, seen));
  }
  return out;
}

function schemaAt(path: string): Schema {
  let s = deref(WORKFLOW_SCHEMA);
  for (const key of path.split('.').filter((k) => k !== '')) {
    const props = (s.properties ?? {}) as Record<string, Schema>;
    const next = props[key] ?? (key === '*' ? (s.additionalProperties as Schema) : undefined);
    if (!next) throw new Error(`no ${key} in ${path}`);
    s = deref(next);
  }
  return s;
}

function keysAt(path: string): string[] {
  return Object.keys((schemaAt(path).properties ?? {}) as object).sort();
}

const registry = dummyRegistry();

function problems(source: string): string[] {
  try {
    parseWorkflow(source, 'wf.yml', { registry });
  } catch (error) {
    if (error instanceof WorkflowError) return error.diagnostics.map(formatDiagnostic);
    throw error;
  }
  return [];
}

const sandboxStep = (extra: string) =>
  `version: 1\nsteps:\n  - id: build\n    sandbox:\n      image: alpine\n      run: make\n${extra}`;

describe('the schema file', () => {
  test('is draft-07 and compiles under Ajv strict mode', () => {
    expect(WORKFLOW_SCHEMA.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const ajv = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true });
    expect(() => ajv.compile(WORKFLOW_SCHEMA)).not.toThrow();
  });

  test('describes every property, for editors to show', () => {
    const undescribed = properties()
      .filter(([, s]) => typeof deref(s).description !== 'string')
      .map(([p]) => p);
    expect(undescribed).toEqual([]);
  });

  test('closes every object with fixed keys, so typos are caught', () => {
    const open = properties()
      .map(([p, s]) => [p, deref(s)] as const)
      .filter(([, s]) => s.properties !== undefined && s.additionalProperties !== false)
      .map(([p]) => p);
    expect(open).toEqual([]);
  });

  test('covers the whole v1 format', () => {
    expect(keysAt('')).toEqual(
      [
        'version',
        'name',
        'description',
        'inputs',
        'env',
        'budget',
        'models',
        'defaults',
        'max_parallel',
        'steps',
        'outputs',
      ].sort(),
    );
    expect(keysAt('inputs.*')).toEqual(['default', 'description', 'enum', 'required', 'type']);
    expect(keysAt('budget')).toEqual(['max_usd', 'on_store_error', 'pools', 'warn_at']);
    expect(keysAt('models.*')).toEqual([
      'cached_input_per_mtok',
      'context_window',
      'input_per_mtok',
      'output_per_mtok',
    ]);
    expect(keysAt('defaults')).toEqual(['agent', 'approval', 'llm', 'sandbox', 'shell']);
    const step = deref(definitions.step ?? {});
    expect(Object.keys(step.properties as object).sort()).toEqual(
      [
        'id',
        'name',
        'needs',
        'if',
        'timeout',
        'retry',
        'continue_on_error',
        'budget',
        'shell',
        'llm',
        'sandbox',
        'agent',
        'approval',
      ].sort(),
    );
    const kind = (k: string) =>
      Object.keys(deref(definitions[`step_${k}`] ?? {}).properties as object).sort();
    expect(kind('shell')).toEqual(['env', 'run', 'shell']);
    expect(kind('llm')).toEqual([
      'max_tokens',
      'messages',
      'model',
      'output_schema',
      'prompt',
      'system',
      'temperature',
    ]);
    expect(kind('sandbox')).toEqual([
      'allow_host_network',
      'cpus',
      'disk',
      'env',
      'image',
      'memory',
      'network',
      'pids',
      'protected_paths_allowed',
      'run',
      'runtime',
      'timeout',
      'user',
      'workspace',
    ]);
    expect(kind('agent')).toEqual([
      'command_timeout',
      'max_tokens',
      'max_turns',
      'mcp',
      'model',
      'output_schema',
      'protected_paths_allowed',
      'sandbox',
      'system',
      'task',
      'tools',
    ]);
    expect(kind('approval')).toEqual([
      'approvers',
      'auto_approve',
      'message',
      'on_timeout',
      'timeout',
    ]);
    expect(Object.keys(deref(definitions.approvers ?? {}).properties as object).sort()).toEqual([
      'allow_author',
      'min',
      'permission',
      'teams',
      'users',
    ]);
    expect(deref(definitions.tools ?? {}).items).toMatchObject({
      enum: ['run', 'read_file', 'write_file', 'list_files', 'search'],
    });
    expect(deref(definitions.workspace ?? {}).enum).toEqual(['none', 'read-only', 'copy']);
    expect(deref(definitions.network ?? {}).enum).toEqual(['none', 'host']);
    expect(deref(definitions.runtime ?? {}).enum).toEqual(['runc', 'runsc']);
  });

  test('lets editors check the valid examples, and flags a step with two kinds', () => {
    const ajv = new Ajv({ strict: false, allowUnionTypes: true });
    const validate = ajv.compile(WORKFLOW_SCHEMA);
    const dir = join('__tests__', 'fixtures', 'valid');
    for (const f of readdirSync(dir)) {
      const value: unknown = parse(readFileSync(join(dir, f), 'utf8'));
      expect(validate(value), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const twoKinds = {
      version: 1,
      steps: [{ id: 'a', shell: { run: 'x' }, llm: { prompt: 'y' } }],
    };
    expect(validate(twoKinds)).toBe(false);
  });

  test('is reachable from the editor line of the examples', () => {
    const file = join('__tests__', 'fixtures', 'valid', 'fix-tests.yml');
    const line = readFileSync(file, 'utf8').split('\n')[0] ?? '';
    const match = /^# yaml-language-server: \$schema=(.+)$/.exec(line);
    expect(match).not.toBeNull();
    expect(existsSync(resolve(dirname(file), match?.[1] ?? ''))).toBe(true);
  });
});

describe('sandbox hardening cannot be weakened', () => {
  test('privileged: true is refused, saying why', () => {
    expect(problems(sandboxStep('      privileged: true\n'))).toEqual([
      "wf.yml:7:7: step 'build': unknown key 'privileged' in sandbox: sandboxes cannot be privileged, gain capabilities or share the host's devices, mounts or namespaces",
    ]);
  });

  test.each([
    'cap_add: [SYS_ADMIN]',
    'pid: host',
    'volumes: ["/:/host"]',
    'security_opt: [seccomp=unconfined]',
  ])('%s is refused the same way', (line) => {
    const [only] = problems(sandboxStep(`      ${line}\n`));
    expect(only).toMatch(
      /^wf\.yml:7:7: step 'build': unknown key '\w+' in sandbox: sandboxes cannot be privileged/,
    );
  });

  test("the same keys in an agent's container are refused", () => {
    const source = `version: 1\nsteps:\n  - id: fix\n    agent:\n      model: gpt-4o\n      task: fix it\n      sandbox: { image: alpine, privileged: true }\n`;
    expect(problems(source)).toEqual([
      "wf.yml:7:33: step 'fix': unknown key 'privileged' in agent.sandbox: sandboxes cannot be privileged, gain capabilities or share the host's devices, mounts or namespaces",
    ]);
  });

  test('network: host needs the explicit opt-in', () => {
    expect(problems(sandboxStep('      network: host\n      allow_host_network: true\n'))).toEqual(
      [],
    );
    expect(problems(sandboxStep('      network: host\n'))).toEqual([
      "wf.yml:7:16: step 'build': sandbox.network is host, which needs allow_host_network: true beside it; the default, none, keeps the container offline",
    ]);
  });
});

describe('schema errors in words', () => {
  test('an unknown key far from any known one gets no guess', () => {
    expect(
      problems('version: 1\ncolour: blue\nsteps:\n  - id: a\n    shell: { run: x }\n'),
    ).toEqual(["wf.yml:2:1: unknown key 'colour'"]);
  });

  test('a field that takes true, false or an expression says so', () => {
    expect(
      problems('version: 1\nsteps:\n  - id: a\n    continue_on_error: 3\n    shell: { run: x }\n'),
    ).toEqual([
      "wf.yml:4:24: step 'a': continue_on_error must be true, false or one ${{ }} expression (got 3)",
    ]);
  });

  test('a value of the wrong type names what was expected and what was found', () => {
    expect(
      problems('version: 1\nsteps:\n  - id: a\n    needs: { a: 1 }\n    shell: { run: x }\n'),
    ).toEqual(["wf.yml:4:12: step 'a': needs must be text or a list (got a mapping)"]);
    expect(problems('version: 1\nsteps: {}\n')).toEqual([
      'wf.yml:2:8: steps must be a list (got a mapping)',
    ]);
  });

  test('a key given twice in a list is named', () => {
    const source =
      'version: 1\nsteps:\n  - id: a\n    agent:\n      model: m\n      task: t\n      tools: [run, run]\n      sandbox: { image: alpine }\n';
    expect(problems(source)).toEqual([
      "wf.yml:7:20: step 'a': agent.tools[1] repeats 'run'; list each once",
    ]);
  });

  test('a required key missing from a nested mapping points at its key', () => {
    expect(
      problems(
        'version: 1\nbudget: { warn_at: [0.5] }\nsteps:\n  - id: a\n    shell: { run: x }\n',
      ),
    ).toEqual(["wf.yml:2:1: budget is missing required key 'max_usd'"]);
  });

  test('a step without an id is named by its index', () => {
    expect(problems('version: 1\nsteps:\n  - shell: { run: x }\n')).toEqual([
      "wf.yml:3:5: steps[0] is missing required key 'id'",
    ]);
  });
});
