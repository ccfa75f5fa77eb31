// Every file under fixtures/invalid states the diagnostics it must produce in its first
// lines (`# expect: line:col: message`); every file under fixtures/valid must load cleanly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic, WorkflowError } from '../src/workflow/errors.js';
import { loadWorkflow, parseWorkflow } from '../src/workflow/load.js';
import { dummyRegistry } from './support/workflow-registry.js';

const root = join('__tests__', 'fixtures');
const registry = dummyRegistry();

function fixtures(kind: 'invalid' | 'valid'): string[] {
  return readdirSync(join(root, kind))
    .filter((f) => f.endsWith('.yml'))
    .sort();
}

function expectedLines(file: string, source: string): string[] {
  const lines: string[] = [];
  for (const line of source.split('\n')) {
    const match = /^# expect: (.*)$/.exec(line);
    if (!match) break;
    lines.push(`${file}:${match[1] ?? ''}`);
  }
  return lines;
}

function diagnosticsOf(source: string, file: string): string[] {
  try {
    parseWorkflow(source, file, { registry });
  } catch (error) {
    if (error instanceof WorkflowError) return error.diagnostics.map(formatDiagnostic);
    throw error;
  }
  return [];
}

describe('invalid workflow files', () => {
  const files = fixtures('invalid');

  test('there are at least 45 of them, one problem class each', () => {
    expect(files.length).toBeGreaterThanOrEqual(45);
  });

  test.each(files)('%s reports exactly the diagnostics its header states', (name) => {
    const file = join(root, 'invalid', name);
    const source = readFileSync(file, 'utf8');
    const expected = expectedLines(file, source);
    expect(expected.length, 'the fixture states its expected output').toBeGreaterThan(0);
    expect(diagnosticsOf(source, file)).toEqual(expected);
  });
});

describe('valid workflow files', () => {
  test.each(fixtures('valid'))('%s loads from disk with no diagnostics', async (name) => {
    const file = join(root, 'valid', name);
    const workflow = await loadWorkflow(file, { registry });
    expect(workflow.file).toBe(file);
    expect(workflow.steps.length).toBeGreaterThan(0);
  });
});
