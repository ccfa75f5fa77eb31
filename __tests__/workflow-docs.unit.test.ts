// docs/workflow-format.md and the schema must not drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseWorkflow } from '../src/workflow/load.js';
import { WORKFLOW_SCHEMA } from '../src/workflow/schema.js';
import { dummyRegistry } from './support/workflow-registry.js';

const doc = readFileSync('docs/workflow-format.md', 'utf8');

/** Every key of every `properties` in the schema, definitions included. */
function propertyNames(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) propertyNames(item, into);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value !== null && typeof value === 'object') {
        for (const name of Object.keys(value)) into.add(name);
      }
      propertyNames(value, into);
    }
  }
  return into;
}

describe('docs/workflow-format.md', () => {
  test('names every property of the schema, in backticks', () => {
    const names = [...propertyNames(WORKFLOW_SCHEMA)];
    expect(names.length).toBeGreaterThan(50);
    expect(names.filter((n) => !doc.includes(`\`${n}\``))).toEqual([]);
  });

  test('lists every enum value of the schema', () => {
    const values = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node !== null && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'enum' && Array.isArray(value)) for (const v of value) values.add(String(v));
          else walk(value);
        }
      }
    };
    walk(WORKFLOW_SCHEMA);
    expect([...values].filter((v) => !doc.includes(`\`${v}\``))).toEqual([]);
  });

  test('shows the editor line with the schema id', () => {
    expect(doc).toContain(`# yaml-language-server: $schema=${String(WORKFLOW_SCHEMA.$id)}`);
  });

  test('opens with an example that validates', () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const wf = parseWorkflow(example, 'docs/example.yml', { registry: dummyRegistry() });
    expect(wf.steps.map((s) => s.id)).toEqual(['tests', 'diagnose']);
  });
});
