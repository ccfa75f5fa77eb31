import { describe, expect, it } from 'vitest';
import {
  checkCondition,
  checkExpression,
  checkTemplate,
  evaluateCondition,
  evaluateExpression,
  ExpressionError,
  hasExpression,
  referencesIn,
  renderValue,
  splitTemplate,
  type StatusFunctions,
} from '../src/workflow/expressions.js';
import type { JsonObject } from '../src/workflow/model.js';

const context: JsonObject = {
  inputs: { path: 'tests', count: 3, ratio: 1.5, flag: true, nothing: null, list: ['a', 'b'] },
  env: { GREETING: 'hello' },
  steps: {
    tests: {
      outputs: { exit_code: 1, stdout: 'FAILED x', json: { why: 'typo', n: 2.0 } },
      outcome: 'failure',
    },
    lint: { outputs: { exit_code: 0 }, outcome: 'success' },
  },
  run: { id: 'r1', cost_usd: 0.25, budget_remaining_usd: 1.25 },
  github: { repository: 'o/r', sha: 'abc' },
};

function status(s: Partial<StatusFunctions> = {}): StatusFunctions {
  return {
    success: () => true,
    failure: () => false,
    always: () => true,
    cancelled: () => false,
    ...s,
  };
}
const failed = status({ success: () => false, failure: () => true });
const cancelled = status({ success: () => false, cancelled: () => true });

/** The ExpressionError a call throws (fails the test when it does not throw one). */
function errorOf(fn: () => unknown): ExpressionError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ExpressionError) return e;
    throw e;
  }
  throw new Error('expected an ExpressionError, but nothing was thrown');
}

describe('splitTemplate', () => {
  it('returns text and expression parts with their offsets', () => {
    expect(splitTemplate('a ${{ inputs.path }} b')).toEqual([
      { kind: 'text', text: 'a ', offset: 0 },
      { kind: 'expr', text: ' inputs.path ', offset: 2 },
      { kind: 'text', text: ' b', offset: 20 },
    ]);
  });

  it('returns one text part for a string without expressions and none for an empty string', () => {
    expect(splitTemplate('plain {{ text }}')).toEqual([
      { kind: 'text', text: 'plain {{ text }}', offset: 0 },
    ]);
    expect(splitTemplate('')).toEqual([]);
  });

  it('does not end an expression at a }} inside a string literal', () => {
    expect(splitTemplate("${{ format('}}') }}!")).toEqual([
      { kind: 'expr', text: " format('}}') ", offset: 0 },
      { kind: 'text', text: '!', offset: 19 },
    ]);
  });

  it('handles escaped quotes inside string literals', () => {
    expect(splitTemplate("${{ 'it''s }}' }}")).toEqual([
      { kind: 'expr', text: " 'it''s }}' ", offset: 0 },
    ]);
  });

  it('splits adjacent expressions', () => {
    expect(splitTemplate('${{ 1 }}${{ 2 }}').map((p) => [p.kind, p.offset])).toEqual([
      ['expr', 0],
      ['expr', 8],
    ]);
  });

  it('refuses an unclosed ${{ at its offset', () => {
    const e = errorOf(() => splitTemplate('ok ${{ 1 }} then ${{ inputs.path'));
    expect(e.offset).toBe(17);
    expect(e.message).toMatch(/not closed/);
  });

  it('treats a }} that is inside an unterminated string as not closing', () => {
    expect(errorOf(() => splitTemplate("${{ 'abc }}")).offset).toBe(0);
  });
});

describe('hasExpression', () => {
  it('tells strings with ${{ from those without', () => {
    expect(hasExpression('a ${{ b }}')).toBe(true);
    expect(hasExpression('${{')).toBe(true);
    expect(hasExpression('{{ b }} $ {')).toBe(false);
  });
});

describe('renderValue', () => {
  it('keeps the JSON type of a string that is exactly one expression', () => {
    expect(renderValue('${{ inputs.count }}', context)).toBe(3);
    expect(renderValue('${{inputs.flag}}', context)).toBe(true);
    expect(renderValue('${{ inputs.nothing }}', context)).toBeNull();
    expect(renderValue('${{ inputs.list }}', context)).toEqual(['a', 'b']);
    expect(renderValue('${{ steps.tests.outputs.json }}', context)).toEqual({ why: 'typo', n: 2 });
    expect(renderValue('${{\n  run.cost_usd\n}}', context)).toBe(0.25);
  });

  it('makes a string of text mixed with expressions, coercing values as GitHub does', () => {
    expect(
      renderValue('n=${{ inputs.count }} r=${{ inputs.ratio }} f=${{ inputs.flag }}', context),
    ).toBe('n=3 r=1.5 f=true');
    expect(renderValue('[${{ inputs.nothing }}]', context)).toBe('[]');
    expect(renderValue('${{ steps.tests.outputs.json }} ${{ inputs.list }}', context)).toBe(
      'Object Array',
    );
    expect(renderValue(' ${{ inputs.count }}', context)).toBe(' 3');
    expect(renderValue('${{ 1 }}${{ 2 }}', context)).toBe('12');
  });

  it('formats numbers in text without trailing zeros or float noise', () => {
    expect(
      renderValue('${{ 2.50 }}|${{ 0.1 }}|${{ 1e3 }}|${{ 0.30000000000000004 }}', context),
    ).toBe('2.5|0.1|1000|0.3');
  });

  it('renders objects and arrays deeply and leaves other values and the input alone', () => {
    const value = {
      env: { TEST_PATH: '${{ inputs.path }}', N: '${{ inputs.count }}' },
      list: ['${{ env.GREETING }} world', 7, false, null],
      plain: 'no expression',
    };
    const copy = structuredClone(value);
    expect(renderValue(value, context)).toEqual({
      env: { TEST_PATH: 'tests', N: 3 },
      list: ['hello world', 7, false, null],
      plain: 'no expression',
    });
    expect(value).toEqual(copy);
    expect(renderValue(42, context)).toBe(42);
    expect(renderValue(null, context)).toBeNull();
  });

  it('reads missing paths as null and context keys case-insensitively', () => {
    expect(renderValue('${{ steps.nope.outputs.x }}', context)).toBeNull();
    expect(renderValue('${{ INPUTS.Path }}-${{ Steps.Tests.Outputs.Exit_Code }}', context)).toBe(
      'tests-1',
    );
  });

  it('evaluates every function of the language', () => {
    const cases: Array<[string, unknown]> = [
      ["${{ contains(steps.tests.outputs.stdout, 'failed') }}", true],
      ["${{ contains(inputs.list, 'B') }}", true],
      ["${{ startsWith(github.repository, 'O/') }}", true],
      ["${{ endsWith(github.repository, '/x') }}", false],
      ["${{ format('{0}-{1}-{{x}}', inputs.path, inputs.count) }}", 'tests-3-{x}'],
      ["${{ join(inputs.list, '+') }}", 'a+b'],
      ['${{ toJSON(inputs.list) }}', '[\n  "a",\n  "b"\n]'],
      ['${{ fromJSON(\'{"a":[1,true]}\') }}', { a: [1, true] }],
      ["${{ case(inputs.count > 2, 'big', 'small') }}", 'big'],
      ["${{ case(inputs.count > 5, 'big', inputs.count > 2, 'mid', 'small') }}", 'mid'],
      ["${{ fromJSON('[1,2]')[1] }}", 2],
      ['${{ steps.*.outputs.exit_code }}', [1, 0]],
    ];
    for (const [template, expected] of cases)
      expect(renderValue(template, context), template).toEqual(expected);
  });

  it('offers the status functions only when given them', () => {
    expect(renderValue('${{ success() }}', context, status())).toBe(true);
    const e = errorOf(() => renderValue('x ${{ success() }}', context));
    expect(e.offset).toBe(6);
    expect(e.message).toMatch(/only allowed in a step's if/);
  });

  it('names the offset and the JSON pointer of a failing string', () => {
    const value = { env: { A: 'ok', 'B/x': 'value: ${{ secrets.TOKEN }}' } };
    const e = errorOf(() => renderValue(value, context));
    expect(e.pointer).toBe('/env/B~1x');
    expect(e.offset).toBe('value: ${{ '.length);
    expect(e.message).toMatch(/Unrecognized named-value: 'secrets'/);
    expect(e.message).toMatch(/inputs, env, steps, run, github/);
  });

  it('points parse errors at the offending token', () => {
    const template = 'a ${{ inputs.count == }} b';
    const e = errorOf(() => renderValue(template, context));
    expect(e.message).toMatch(/Unexpected end of expression/);
    expect(e.offset).toBe(template.indexOf('=='));
    const lexed = errorOf(() => renderValue('${{ inputs.count = 1 }}', context));
    expect(lexed.message).toBe("Unexpected symbol: '='.");
    expect(lexed.offset).toBe('${{ inputs.count '.length);
  });

  it('points offsets correctly after a string literal spanning lines', () => {
    const template = "${{ format('a\nb') == nope }}";
    expect(errorOf(() => renderValue(template, context)).offset).toBe(template.indexOf('nope'));
  });

  it('points evaluation errors at the function that failed', () => {
    const template = "x ${{ join(fromJSON('{'), ',') }}";
    const e = errorOf(() => renderValue(template, context));
    expect(e.offset).toBe(template.indexOf('fromJSON'));
    expect(e.message).toMatch(/Error parsing JSON when evaluating fromJson/);
    const bad = "${{ format('{0', 1) }}";
    expect(errorOf(() => renderValue(bad, context)).offset).toBe(4);
    const pred = "${{ case(1, 'a', 'b') }}";
    expect(errorOf(() => renderValue(pred, context)).message).toMatch(
      /case predicate must evaluate to a boolean/,
    );
  });

  it('gives null for an empty expression, as GitHub does, and refuses an unclosed one', () => {
    expect(renderValue('${{  }}', context)).toBeNull();
    expect(renderValue('a ${{  }}b', context)).toBe('a b');
    expect(evaluateExpression('', context)).toBeNull();
    const e = errorOf(() => renderValue({ k: ['${{ inputs.path'] }, context));
    expect([e.offset, e.pointer]).toEqual([0, '/k/0']);
  });

  it('unescapes every doubled quote in a string literal', () => {
    expect(renderValue("${{ 'it''s ''quoted''' }}", context)).toBe("it's 'quoted'");
  });
});

describe('evaluateExpression', () => {
  it('evaluates a bare expression to a typed value', () => {
    expect(evaluateExpression('inputs.count == 6 || inputs.count', context)).toBe(3);
    expect(
      evaluateExpression('steps.tests.outputs.exit_code != 0 && run.cost_usd < 1', context),
    ).toBe(true);
  });

  it("holds GitHub's 1 MiB line on the strings functions build, releasing a call's arguments", () => {
    const big = { s: 'x'.repeat(250_000) }; // 500,000 bytes at two a character
    const ctx = { inputs: big };
    expect(evaluateExpression("format('{0}{0}', inputs.s)", ctx)).toHaveLength(500_000);
    // The inner result (1,000,000 bytes) is released when the outer call returns its own.
    expect(
      evaluateExpression("startsWith(format('{0}', format('{0}{0}', inputs.s)), 'x')", ctx),
    ).toBe(true);
    const e = errorOf(() =>
      evaluateExpression("startsWith(format('{0}{0}', inputs.s), format('{0}', inputs.s))", ctx),
    );
    expect(e.message).toMatch(
      /^The maximum allowed memory size was exceeded while evaluating format\(\)/,
    );
    expect(e.offset).toBe("startsWith(format('{0}{0}', inputs.s), ".length);
    expect(() => evaluateExpression("format('{0}{0}{0}', inputs.s)", ctx)).toThrow(
      'The maximum allowed memory size was exceeded',
    );
  });
});

describe('evaluateCondition', () => {
  it('accepts the bare form and the ${{ }} form alike', () => {
    for (const cond of [
      'steps.tests.outputs.exit_code != 0',
      '${{ steps.tests.outputs.exit_code != 0 }}',
    ]) {
      expect(evaluateCondition(cond, context, status())).toBe(true);
    }
    expect(
      evaluateCondition('  ${{ steps.lint.outputs.exit_code != 0 }}  ', context, status()),
    ).toBe(false);
  });

  it('means success() && (condition) when the condition calls no status function', () => {
    expect(evaluateCondition('true', context, status())).toBe(true);
    expect(evaluateCondition('true', context, failed)).toBe(false);
    expect(evaluateCondition("steps.tests.outcome == 'failure'", context, failed)).toBe(false);
  });

  it('does not evaluate the condition once an earlier step failed', () => {
    expect(evaluateCondition("fromJSON('')", context, failed)).toBe(false);
    expect(() => evaluateCondition("fromJSON('')", context, status())).toThrow(ExpressionError);
  });

  it('uses the status functions as written when the condition calls one', () => {
    expect(evaluateCondition('failure()', context, failed)).toBe(true);
    expect(evaluateCondition('failure()', context, status())).toBe(false);
    expect(evaluateCondition('always()', context, cancelled)).toBe(true);
    expect(evaluateCondition('cancelled()', context, cancelled)).toBe(true);
    expect(evaluateCondition('!cancelled()', context, failed)).toBe(true);
    expect(
      evaluateCondition("${{ failure() && steps.tests.outcome == 'failure' }}", context, failed),
    ).toBe(true);
    expect(evaluateCondition('SUCCESS() || true', context, failed)).toBe(true);
    // A status function anywhere in the tree counts, as in GitHub's parser.
    expect(evaluateCondition("contains(format('{0}', always()), 'true')", context, failed)).toBe(
      true,
    );
  });

  it('treats an empty condition as success()', () => {
    expect(evaluateCondition('', context, status())).toBe(true);
    expect(evaluateCondition('  ', context, failed)).toBe(false);
    expect(evaluateCondition('${{ }}', context, failed)).toBe(false);
  });

  it('coerces the result to a boolean as GitHub does', () => {
    const truthiness: Array<[string, boolean]> = [
      ["''", false],
      ["'false'", true],
      ['0', false],
      ["fromJSON('0.0')", false],
      ['NaN', false],
      ['null', false],
      ['inputs.list', true],
      ['steps.tests.outputs', true],
      ['-1', true],
    ];
    for (const [cond, expected] of truthiness)
      expect(evaluateCondition(cond, context, status()), cond).toBe(expected);
  });

  it('refuses text around ${{ }}, which GitHub would read as an always-true string', () => {
    const e = errorOf(() => evaluateCondition('${{ false }} && true', context, status()));
    expect(e.offset).toBe(12);
    expect(e.message).toMatch(/always true/);
    expect(
      errorOf(() => evaluateCondition('${{ false }}${{ false }}', context, status())).offset,
    ).toBe(12);
  });

  it('reports errors at their offset in the condition text', () => {
    const cond = '${{ success() && nope.x }}';
    expect(errorOf(() => evaluateCondition(cond, context, status())).offset).toBe(
      cond.indexOf('nope'),
    );
    expect(errorOf(() => evaluateCondition('success(1)', context, status())).message).toMatch(
      /takes none/,
    );
  });
});

describe('checkTemplate', () => {
  const options = { contexts: ['inputs', 'steps'], statusFunctions: false };

  it('finds nothing wrong in a valid template', () => {
    expect(
      checkTemplate("a ${{ inputs.path }} ${{ contains(steps.x.outputs.y, 'z') }}", options),
    ).toEqual([]);
    expect(checkTemplate('no expressions at all', options)).toEqual([]);
  });

  it('reports every problem, each at its offset', () => {
    const t =
      '${{ env.A }} ${{ nope(1) }} ${{ always() }} ${{ startsWith(1) }} ${{ 1 + }} ${{ inputs.x';
    const problems = checkTemplate(t, options);
    expect(problems.map((p) => p.offset)).toEqual([
      t.indexOf('env'),
      t.indexOf('nope'),
      t.indexOf('always'),
      t.indexOf('startsWith'),
      t.indexOf('+'),
      t.lastIndexOf('${{'),
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      "Unrecognized named-value: 'env' (available contexts here: inputs, steps).",
      "Unrecognized function: 'nope' (known functions: contains, startsWith, endsWith, format, join, toJSON, fromJSON, case).",
      "The status function always() is only allowed in a step's if.",
      "Too few parameters supplied: 'startsWith'.",
      "Unexpected symbol: '+'.",
      'The expression is not closed: an unescaped ${{ was found, but no closing }} after it.',
    ]);
  });

  it('reports several semantic problems inside one expression', () => {
    const t = '${{ foo.a && bar.b || baz() }}';
    expect(checkTemplate(t, options).map((p) => p.offset)).toEqual([4, 13, 22]);
  });

  it('reports the problems met before a syntax error first, in the order GitHub finds them', () => {
    // GitHub's parser meets `a` before the missing `)`; a wrong argument count is found at the
    // call's `)`, after its arguments were read.
    expect(checkExpression('fromjson(a,b ', options)).toEqual([
      {
        message: "Unrecognized named-value: 'a' (available contexts here: inputs, steps).",
        offset: 9,
      },
      {
        message: "Unrecognized named-value: 'b' (available contexts here: inputs, steps).",
        offset: 11,
      },
      { message: "Unexpected symbol: 'EOF'.", offset: 12 }, // the end of the trimmed text
    ]);
    const t = "nope(1) == 'x' && !contains(env.X) && later.y";
    expect(checkExpression(t, options)).toEqual([
      {
        message:
          "Unrecognized function: 'nope' (known functions: contains, startsWith, endsWith, format, join, toJSON, fromJSON, case).",
        offset: 0,
      },
      {
        message: "Unrecognized named-value: 'env' (available contexts here: inputs, steps).",
        offset: t.indexOf('env'),
      },
      { message: "Too few parameters supplied: 'contains'.", offset: t.indexOf('contains') },
    ]);
  });

  it('allows the status functions where asked and checks their arity', () => {
    const allowed = { contexts: [], statusFunctions: true };
    expect(
      checkTemplate('${{ success() || failure() || always() || cancelled() }}', allowed),
    ).toEqual([]);
    expect(checkTemplate('${{ always(1) }}', allowed)[0]?.message).toMatch(/takes none/);
  });

  it('checks argument counts, including the odd count case() needs', () => {
    expect(checkTemplate("${{ case(true, 'a', false, 'b') }}", options)[0]?.message).toMatch(
      /Even number/,
    );
    expect(checkTemplate("${{ case(true, 'a') }}", options)[0]?.message).toMatch(
      /Too few parameters/,
    );
    expect(checkTemplate("${{ format('{0}', 1) }}", options)).toEqual([]);
    expect(checkTemplate('${{ toJSON(1, 2) }}', options)[0]?.message).toMatch(
      /Too many parameters/,
    );
  });

  it('checks a literal format string before anything runs', () => {
    const t = "a ${{ format('{0} {1}', 1) }} ${{ format('{x}', 1) }} ${{ format('}}{{{0}}}', 1) }}";
    expect(checkTemplate(t, options)).toEqual([
      {
        message:
          'The following format string references more arguments than were supplied: {0} {1} ({1} needs 2, 1 was given).',
        offset: 6,
      },
      {
        message:
          'The following format string is invalid: {x} (placeholders are {0}, {1}, …; write {{ and }} for literal braces).',
        offset: t.indexOf('format', 10),
      },
    ]);
    // A computed format string can only be checked when it runs.
    expect(checkTemplate('${{ format(inputs.f, 1) }}', options)).toEqual([]);
    const e = errorOf(() =>
      renderValue('${{ format(inputs.path, 1) }}', { inputs: { path: '{1}' } }),
    );
    expect([e.offset, e.message]).toEqual([
      4,
      'The following format string references more arguments than were supplied: {1}',
    ]);
  });

  it('accepts an empty expression (it is null) and refuses an unterminated string', () => {
    expect(checkTemplate('x ${{ }}', options)).toEqual([]);
    const t = "${{ 'abc }} '}}";
    expect(checkTemplate(t, options)).toEqual([]);
  });

  it("refuses an expression longer than GitHub's limit of 21,000 characters", () => {
    const long = `\${{ '${'x'.repeat(21_000)}' }}`;
    expect(checkTemplate(long, options)).toEqual([
      { message: 'Exceeded max expression length 21000.', offset: 4 },
    ]);
  });

  it('matches context names case-insensitively', () => {
    expect(checkTemplate('${{ INPUTS.path }}', options)).toEqual([]);
  });
});

describe('checkExpression', () => {
  it('checks a bare expression with offsets relative to it', () => {
    const opts = { contexts: ['inputs'], statusFunctions: false };
    expect(checkExpression("inputs.a == 'x'", opts)).toEqual([]);
    expect(checkExpression('  inputs.a == nope.b', opts)[0]?.offset).toBe(14);
    expect(checkExpression("'abc", opts)[0]).toEqual({
      message: "Unexpected symbol: ''abc'.",
      offset: 0,
    });
  });
});

describe('checkCondition', () => {
  it('allows status functions and refuses text around ${{ }}', () => {
    expect(checkCondition('failure() && steps.a.outcome', { contexts: ['steps'] })).toEqual([]);
    expect(checkCondition('${{ always() }}', { contexts: [] })).toEqual([]);
    expect(checkCondition('', { contexts: [] })).toEqual([]);
    const [problem] = checkCondition('${{ true }} || false', { contexts: [] });
    expect(problem?.offset).toBe(11);
    expect(checkCondition('${{ nope }}', { contexts: ['steps'] })[0]?.offset).toBe(4);
  });
});

describe('referencesIn', () => {
  it('lists every context path read, with its offset', () => {
    const t = 'x ${{ steps.tests.outputs.exit_code }} ${{ inputs.path == env.A }}';
    expect(referencesIn(t)).toEqual([
      { path: ['steps', 'tests', 'outputs', 'exit_code'], offset: t.indexOf('steps') },
      { path: ['inputs', 'path'], offset: t.indexOf('inputs') },
      { path: ['env', 'A'], offset: t.indexOf('env') },
    ]);
  });

  it('follows literal string and number indexes', () => {
    expect(referencesIn("${{ steps['tests'].outputs.list[0] }}").map((r) => r.path)).toEqual([
      ['steps', 'tests', 'outputs', 'list', '0'],
    ]);
  });

  it('stops a path at a computed index or *', () => {
    expect(referencesIn('${{ steps[inputs.id].outputs.x }}').map((r) => r.path)).toEqual([
      ['steps'],
      ['inputs', 'id'],
    ]);
    expect(referencesIn('${{ steps.*.outputs.exit_code }}').map((r) => r.path)).toEqual([
      ['steps'],
    ]);
    expect(referencesIn('${{ fromJSON(steps.a.outputs.j).x }}').map((r) => r.path)).toEqual([
      ['steps', 'a', 'outputs', 'j'],
    ]);
  });

  it('finds reads inside function arguments and skips expressions that do not parse', () => {
    const t = "${{ format('{0}', run.cost_usd) }} ${{ 1 + }} ${{ !github.sha }}";
    expect(referencesIn(t).map((r) => r.path)).toEqual([
      ['run', 'cost_usd'],
      ['github', 'sha'],
    ]);
  });
});

describe('no way to prototypes or code', () => {
  const snapshot = () => Object.getOwnPropertyNames(Object.prototype).sort().join();
  const before = snapshot();

  it('reads prototype names from contexts as null', () => {
    for (const expr of [
      'inputs.constructor',
      "github['__proto__']",
      'github.__proto__',
      'inputs.toString',
      'inputs.hasOwnProperty',
      'toJSON(steps).constructor',
      "inputs.list['length']",
      'inputs.path.length',
      "steps.constructor['prototype']",
    ]) {
      expect(evaluateExpression(expr, context), expr).toBeNull();
    }
  });

  it('refuses prototype names as functions instead of calling them', () => {
    for (const fn of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      const [problem] = checkTemplate(`\${{ ${fn}(1) }}`, { contexts: [], statusFunctions: true });
      expect(problem?.message, fn).toMatch(/Unrecognized function/);
      expect(() => renderValue(`\${{ ${fn}('x') }}`, context)).toThrow(/Unrecognized function/);
    }
  });

  it('keeps __proto__ and constructor keys from JSON as plain data', () => {
    const parsed = renderValue(
      `\${{ fromJSON('{"__proto__":{"polluted":1},"constructor":{"x":2}}') }}`,
      context,
    );
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(parsed)).toEqual(['__proto__', 'constructor']);
    expect(JSON.stringify(parsed)).toBe('{"__proto__":{"polluted":1},"constructor":{"x":2}}');
    expect(
      evaluateExpression(`fromJSON('{"__proto__":{"polluted":1}}').__proto__.polluted`, context),
    ).toBe(1);
    expect(evaluateExpression(`toJSON(fromJSON('{"__proto__":{"a":1}}'))`, context)).toBe(
      '{\n  "__proto__": {\n    "a": 1\n  }\n}',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads __proto__ and constructor keys of context data as data', () => {
    const hostile = JSON.parse('{"inputs":{"__proto__":{"a":1},"constructor":"c"}}') as JsonObject;
    expect(evaluateExpression("inputs['__proto__'].a", hostile)).toBe(1);
    expect(evaluateExpression('inputs.constructor', hostile)).toBe('c');
    expect(renderValue('${{ inputs }}', hostile)).toEqual(hostile.inputs);
    expect(Object.getPrototypeOf(renderValue('${{ inputs }}', hostile))).toBe(Object.prototype);
  });

  it('sees only own enumerable properties of context objects', () => {
    const inherited = Object.create({ secret: 'inherited' }) as JsonObject;
    Object.defineProperty(inherited, 'hidden', { value: 'x', enumerable: false });
    inherited.visible = 'v';
    const ctx: JsonObject = { inputs: inherited };
    expect(evaluateExpression('inputs.secret', ctx)).toBeNull();
    expect(evaluateExpression('inputs.hidden', ctx)).toBeNull();
    expect(renderValue('${{ inputs }}', ctx)).toEqual({ visible: 'v' });
  });

  it('renders a value with a __proto__ key into an own property', () => {
    const value = JSON.parse('{"__proto__":{"polluted":"${{ inputs.path }}"}}') as JsonObject;
    const out = renderValue(value, context) as JsonObject;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: 'tests' });
  });

  it('leaves Object.prototype untouched', () => {
    expect(snapshot()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
