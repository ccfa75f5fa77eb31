// Bad bytes and odd line endings in a workflow file (issue #18): each refused with the
// position it is at, and message values made printable and short.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic, printableMessage, WorkflowError } from '../src/workflow/errors.js';
import { firstInvalidUtf8, loadWorkflow, parseWorkflow } from '../src/workflow/load.js';
import { dummyRegistry } from './support/workflow-registry.js';

const registry = dummyRegistry();

function problems(source: string): string[] {
  try {
    parseWorkflow(source, 'wf.yml', { registry });
  } catch (error) {
    if (error instanceof WorkflowError) return error.diagnostics.map(formatDiagnostic);
    throw error;
  }
  throw new Error('expected the workflow to be refused');
}

// An unknown key on line 4, col 5, whatever the line endings.
const LINES = ['version: 1', 'steps:', '  - id: a', '    bogus: 1', '    shell: { run: make }'];

describe('line endings', () => {
  test.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('%s: the same position as with LF', (_name, eol) => {
    const found = problems(LINES.join(eol) + eol);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^wf\.yml:4:5: .*bogus/);
  });

  test('a file with CR line endings reads as its lines, not as one', () => {
    const wf = parseWorkflow(
      ['version: 1', 'steps:', '  - id: a', '    shell: { run: make }', ''].join('\r'),
      'wf.yml',
      { registry },
    );
    expect(wf.steps.map((s) => s.id)).toEqual(['a']);
  });
});

describe('characters YAML does not allow', () => {
  test.each([
    ['NUL', '\u0000', 'U+0000 (NUL)'],
    ['ESC', '\u001b', 'U+001B (ESC)'],
    ['DEL', '\u007f', 'U+007F'],
    ['a C1 control', '\u0090', 'U+0090'],
    ['a lone surrogate', '\ud800', 'U+D800'],
  ])('%s is refused where it stands', (_name, char, shown) => {
    const found = problems(`version: 1\nsteps:\n  - id: a${char}b\n    shell: { run: make }\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      new RegExp(`^wf\\.yml:3:10: the file holds ${shown.replace(/[()+]/g, '\\$&')}`),
    );
  });

  test('an escape inside double quotes is still a way to write one', () => {
    const wf = parseWorkflow(
      'version: 1\nsteps:\n  - id: a\n    shell: { run: "printf \\u001b" }\n',
      'wf.yml',
      { registry },
    );
    expect(wf.steps).toHaveLength(1);
  });

  test('many are shown five at a time, with a count of the rest', () => {
    const found = problems(`version: 1\nname: "${'\u0001'.repeat(9)}"\n`);
    expect(found).toHaveLength(6);
    expect(found[5]).toMatch(/4 more characters like these are not shown$/);
  });
});

describe('invalid UTF-8', () => {
  test.each([
    ['a stray continuation byte', [0x80], 0],
    ['an overlong encoding', [0xc0, 0xaf], 0],
    ['a truncated sequence', [0xe2, 0x82], 0],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('%s is found at its offset', (_name, bad, at) => {
    const ok = Buffer.from('é€😀 ok', 'utf8');
    expect(firstInvalidUtf8(ok)).toBe(-1);
    expect(firstInvalidUtf8(Buffer.concat([ok, Buffer.from(bad)]))).toBe(ok.length + at);
  });

  test('a file with a bad byte is refused at its line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wflo-utf8-'));
    const file = join(dir, 'wf.yml');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('\uFEFFversion: 1\r\nname: "café '),
        Buffer.from([0xff]),
        Buffer.from('"\r\nsteps: []\r\n'),
      ]),
    );
    await expect(loadWorkflow(file, { registry })).rejects.toThrow(
      `${file}:2:13: byte 0xFF (at byte offset 28) is not valid UTF-8`,
    );
  });
});

describe('%YAML directives', () => {
  test('1.1 is refused, since it reads yes as true', () => {
    expect(problems('%YAML 1.1\n---\nversion: 1\nsteps: []\n')).toEqual([
      'wf.yml:1:7: %YAML 1.1 asks for another YAML version, where yes, no, on and off would be true and false; workflow files are YAML 1.2: remove the directive or write %YAML 1.2',
    ]);
  });

  test('a second %YAML is refused at the second', () => {
    expect(problems('%YAML 1.2\n# note\n%YAML 1.2\n---\nversion: 1\nsteps: []\n')).toEqual([
      'wf.yml:3:1: a second %YAML directive (the first is on line 1); keep one',
    ]);
  });

  test('%YAML 1.2 alone is fine', () => {
    const wf = parseWorkflow(
      '%YAML 1.2\n---\nversion: 1\nsteps:\n  - id: a\n    continue_on_error: false\n    shell: { run: make }\n',
      'wf.yml',
      { registry },
    );
    expect(wf.steps).toHaveLength(1);
  });
});

describe('integers', () => {
  test('one beyond 2^53 is refused instead of rounded', () => {
    const found = problems('version: 1\nname: x\nsteps: []\nx-big: 9007199254740993\n');
    expect(found.some((d) => /^wf\.yml:4:8: .*beyond ±9007199254740991/.test(d))).toBe(true);
  });

  test('2^53 - 1 and hexadecimal integers are read as numbers', () => {
    const wf = parseWorkflow(
      'version: 1\nbudget: { max_usd: 0x1 }\nsteps:\n  - id: a\n    timeout: 9007199254740991\n    shell: { run: make }\n',
      'wf.yml',
      { registry },
    );
    expect(wf.steps).toHaveLength(1);
  });
});

describe('message values', () => {
  test('control characters become visible escapes', () => {
    expect(printableMessage("step 'a\u001b[31mb\nc' is\u202e odd")).toBe(
      "step 'a\\u001b[31mb\\nc' is\\u202e odd",
    );
  });

  test('a megabyte value is cut to its start and its length', () => {
    const message = printableMessage(`duplicate key '${'k'.repeat(1_000_000)}' in steps`);
    expect(message.length).toBeLessThan(200);
    expect(message).toMatch(/^duplicate key 'k{99}… \(1000002 characters\) in steps$/);
  });

  test('a long message with spaces is cut as a whole', () => {
    const message = printableMessage(`bad: ${'word '.repeat(1000)}`);
    expect(message.length).toBeLessThanOrEqual(1000);
    expect(message).toMatch(/… \(5005 characters in all\)$/);
  });

  test('a workflow problem with a long key reaches the user short and on one line', () => {
    const key = 'x'.repeat(10_000);
    const found = problems(`version: 1\nsteps: []\n${key}: 1\n${key}: 2\n`);
    for (const line of found) {
      expect(line.length).toBeLessThan(1100);
      expect(line).not.toContain('\n');
    }
  });
});
