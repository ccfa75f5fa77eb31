// Reading YAML with positions: line:col of every value, aliases under a cap, dangerous keys
// and tags refused where they are written.
import { describe, expect, test } from 'vitest';
import type { JsonValue } from '../src/workflow/model.js';
import { MAX_ALIAS_VALUES, parseYaml } from '../src/workflow/parse.js';
import { childPointer, pointerSegments } from '../src/workflow/positions.js';

function read(source: string): { value: JsonValue | undefined; lines: string[]; broken: boolean } {
  const parsed = parseYaml(source, 'f.yml');
  const lines = parsed.problems
    .diagnostics(parsed.value)
    .map((d) => `${d.line}:${d.col}: ${d.message}`);
  return { value: parsed.value, lines, broken: parsed.broken };
}

function at(source: string, pointer: string): string {
  const range = parseYaml(source, 'f.yml').map.index(pointer);
  return `${range.start.line}:${range.start.col}-${range.end.line}:${range.end.col}`;
}

describe('positions', () => {
  const source = [
    'version: 1', //                 1
    'steps:', //                     2
    '  - id: a', //                  3
    '    llm: { model: m, prompt: "hi" }', // 4
    '  - id: b', //                  5
    '    needs: [a]', //             6
    '    shell:', //                 7
    '      run: |', //               8
    '        make', //               9
    '        make test', //          10
    '',
  ].join('\n');

  test('are 1-based line:col, from start to end of each value', () => {
    expect(at(source, '/version')).toBe('1:10-1:11');
    expect(at(source, '/steps/0/id')).toBe('3:9-3:10');
    expect(at(source, '/steps/0/llm/model')).toBe('4:19-4:20');
    expect(at(source, '/steps/0/llm/prompt')).toBe('4:30-4:34');
    expect(at(source, '/steps/1/needs/0')).toBe('6:13-6:14');
    expect(at(source, '/steps/1/shell/run')).toBe('8:12-11:1');
  });

  test('fall back to the nearest ancestor the file holds', () => {
    expect(at(source, '/steps/1/shell/env/X')).toBe(at(source, '/steps/1/shell'));
    expect(at(source, '/steps/7')).toBe(at(source, '/steps'));
    expect(at(source, '/nothing')).toBe(at(source, ''));
  });

  test('find the k-th ${{ of a quoted or block string in the source, whatever the escapes', () => {
    const text = 'a: "tab\\there ${{ x }} and ${{ y }}"\nb: |\n  one ${{ x }}\n  two ${{ y }}\n';
    const { map, value } = parseYaml(text, 'f.yml');
    const obj = value as { a: string; b: string };
    const second = obj.a.lastIndexOf('${{');
    expect(map.position(map.offsetInString('/a', obj.a, second + 4))).toEqual({ line: 1, col: 32 });
    const y = obj.b.indexOf('y');
    expect(map.position(map.offsetInString('/b', obj.b, y))).toEqual({ line: 4, col: 11 });
  });

  test('escape / and ~ in JSON pointers', () => {
    expect(childPointer('/models', 'org/model~1')).toBe('/models/org~1model~01');
    expect(pointerSegments('/models/org~1model~01')).toEqual(['models', 'org/model~1']);
  });
});

describe('YAML problems', () => {
  test('a syntax error is positioned and stops the checks', () => {
    const r = read('a: "open\nb: 1\n');
    expect(r.broken).toBe(true);
    expect(r.lines).toEqual(['3:1: YAML syntax: missing closing "quote']);
  });

  test('a duplicate key points at the second one and names the first line', () => {
    expect(read('name: a\nversion: 1\nname: b\n').lines).toEqual([
      "3:1: duplicate key 'name' (first set on line 1)",
    ]);
    expect(read('name: a\nversion: 1\nname: b\n').value).toEqual({ name: 'a', version: 1 });
  });

  test('YAML warnings count as errors', () => {
    expect(read('%FOO bar\n---\na: 1\n').lines).toEqual([
      '1:1: YAML syntax: unknown directive %FOO',
    ]);
  });

  test('a second document is refused', () => {
    expect(read('a: 1\n---\nb: 2\n').lines).toEqual([
      '2:1: a workflow file holds one YAML document; remove the second `---`',
    ]);
  });

  test('a key that is a list or mapping is refused', () => {
    expect(read('? [a, b]\n: 1\n').lines).toEqual([
      '1:3: a key must be plain text, not a list, mapping or alias',
    ]);
  });

  test('infinite numbers are refused', () => {
    expect(read('t: .inf\n').lines).toEqual(['1:4: t must be a finite number (got Infinity)']);
  });

  test('nesting too deep for the YAML reader itself is refused in the same words', () => {
    const r = read(`a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expect(r.broken).toBe(true);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/^1:\d+: values are nested more than 64 levels deep$/);
  });

  test('nesting deeper than 64 levels is refused once', () => {
    const deep = `a: ${'['.repeat(80)}${']'.repeat(80)}\n`;
    expect(read(deep).lines).toEqual(['1:68: values are nested more than 64 levels deep']);
  });
});

describe('aliases', () => {
  test('expand to fresh copies, placed at the alias', () => {
    const source = 'a: &x { k: [1, 2] }\nb: *x\n';
    const { value, map } = parseYaml(source, 'f.yml');
    expect(value).toEqual({ a: { k: [1, 2] }, b: { k: [1, 2] } });
    const obj = value as { a: object; b: object };
    expect(obj.a).not.toBe(obj.b);
    expect(map.index('/b/k/1').start).toEqual({ line: 2, col: 4 });
  });

  test('a billion laughs is refused, not expanded', () => {
    let source = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 9; i++)
      source += `a${i}: &a${i} [${new Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    const started = Date.now();
    const r = read(source);
    expect(Date.now() - started).toBeLessThan(5000); // a real expansion would never finish
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(
      new RegExp(
        `^4:\\d+: aliases expand to more than ${MAX_ALIAS_VALUES} values; refusing what looks like an alias bomb`,
      ),
    );
  });

  test('an alias without its anchor is refused', () => {
    expect(read('a: *nope\n').lines).toEqual([
      '1:4: the alias *nope refers to no anchor &nope before it',
    ]);
  });
});

describe('dangerous keys', () => {
  test.each(['__proto__', 'constructor', 'prototype'])(
    '%s is refused anywhere and never reaches an object',
    (key) => {
      const r = read(
        `env:\n  ${key}:\n    polluted: true\nsteps:\n  - id: a\n    shell: { run: x, env: { ${key}: y } }\n`,
      );
      expect(r.lines).toEqual([
        `2:3: the key '${key}' in env is not allowed (it names JavaScript object internals); rename it`,
        `6:29: step 'a': the key '${key}' in shell.env is not allowed (it names JavaScript object internals); rename it`,
      ]);
      const env = (r.value as { env: object }).env;
      expect(Object.keys(env)).toEqual([]);
      expect(Object.getPrototypeOf(env)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  test('the same key through an alias is refused too', () => {
    const r = read('x: &bad { __proto__: { polluted: true } }\ny: *bad\n');
    expect(r.lines).toEqual([
      "1:11: the key '__proto__' in x is not allowed (it names JavaScript object internals); rename it",
      "2:4: the key '__proto__' in y is not allowed (it names JavaScript object internals); rename it",
    ]);
  });
});

describe('tags', () => {
  test("GitHub's `if: !x` trap is explained, with the condition to write", () => {
    const r = read('steps:\n  - id: deploy\n    if: !inputs.dry_run   # skip on dry runs\n');
    expect(r.lines).toEqual([
      "3:9: step 'deploy': `!inputs.dry_run` is a YAML tag here, not a negation; write the condition as ${{ !inputs.dry_run }}",
    ]);
  });

  test('any other tag is refused, core YAML types included', () => {
    expect(read('a: !env HOME\nb: !!binary aGk=\nc: !!str 12\n').lines).toEqual([
      '1:4: `!env` is a YAML tag, which workflow files do not use; quote a if it is text',
      '2:4: `!!binary` is a YAML tag, which workflow files do not use; quote b if it is text',
    ]);
    expect(read('c: !!str 12\n').value).toEqual({ c: '12' });
  });
});
