// `wflo --version` and `wflo validate` start in a few times `node -e 0` because they load only
// what they need (docs/performance.md, "Start-up of the CLI"). A static import is loaded, and
// in the bundle compiled, with its importer; so what each one reaches by static imports (type
// imports aside) must not include the heavy modules. To use one of these from a module that
// validation loads, import it with `await import()` where it is used, at run time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..', 'src');

/** Run-time imports of one file: relative ones as src-relative paths, packages by name. */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(SRC, file), 'utf8'),
    ts.ScriptTarget.Latest,
  );
  const found: string[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause?.isTypeOnly === true ||
        (clause !== undefined &&
          clause.name === undefined &&
          clause.namedBindings !== undefined &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) specifier = statement.moduleSpecifier;
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      specifier = statement.moduleSpecifier;
    }
    if (!specifier || !ts.isStringLiteral(specifier)) continue;
    const name = specifier.text;
    found.push(
      name.startsWith('.')
        ? path.posix.join(path.posix.dirname(file), name).replace(/\.js$/, '.ts')
        : name,
    );
  }
  return found;
}

/** Everything `entry` loads with it, each with the chain of imports that reaches it. */
function staticClosure(entries: string[]): Map<string, string[]> {
  const chains = new Map<string, string[]>();
  const queue = entries.map((e) => [e]);
  for (let chain = queue.shift(); chain; chain = queue.shift()) {
    const file = chain.at(-1) ?? '';
    if (chains.has(file)) continue;
    chains.set(file, chain);
    if (!file.endsWith('.ts')) continue;
    for (const imported of importsOf(file)) queue.push([...chain, imported]);
  }
  return chains;
}

function reached(entries: string[], heavy: string[]): string[] {
  const closure = staticClosure(entries);
  return heavy.filter((h) => closure.has(h)).map((h) => closure.get(h)?.join(' -> ') ?? h);
}

/** Loaded only for a run: the clients, the scheduler, token counting (its rank tables are MBs). */
const RUN_TIME_ONLY = [
  'cost/tokens.ts',
  'engine/run.ts',
  'sandbox/docker-runtime.ts',
  'llm/openai-client.ts',
  'github/client.ts',
  'wiring/services.ts',
  'dockerode',
  'openai',
  '@octokit/rest',
  'gpt-tokenizer',
];

describe('what start-up loads', () => {
  it('`wflo --version` and `--help` load no command, no engine and no workflow loader', () => {
    const closure = staticClosure(['cli/main.ts']);
    const loaded = [...closure.keys()].filter(
      (f) =>
        /^(steps|engine|workflow|cost|sandbox|llm|agent)\//.test(f) || !/\.(ts|cjs|json)$/.test(f),
    );
    expect(loaded.map((f) => closure.get(f)?.join(' -> '))).toEqual([]);
  });

  it('`wflo validate` loads neither the clients, nor the scheduler, nor token counting', () => {
    expect(reached(['cli/validate.ts', 'wiring/engine.ts'], RUN_TIME_ONLY)).toEqual([]);
  });

  it('the schema is not compiled at start-up: validation uses the generated validator', () => {
    const closure = staticClosure(['cli/validate.ts', 'wiring/engine.ts']);
    expect(closure.has('workflow/schema-validator.generated.cjs')).toBe(true);
    expect(readFileSync(path.join(SRC, 'workflow/schema.ts'), 'utf8')).not.toMatch(/new Ajv\(/);
  });

  it('the closure follows imports (a control: validate does reach the loader and the kinds)', () => {
    const closure = staticClosure(['cli/validate.ts', 'wiring/engine.ts']);
    expect(closure.has('workflow/load.ts')).toBe(true);
    expect(closure.has('steps/llm.ts')).toBe(true);
    expect(reached(['steps/llm.ts'], ['cost/prices.ts'])).toHaveLength(1);
  });
});
