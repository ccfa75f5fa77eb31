// Lexes and parses one expression with @actions/expressions, keeping exact offsets, and caches the result by text.
import { Lexer, Parser, ExpressionError as PackageParseError } from '@actions/expressions';
import type { Expr } from '@actions/expressions';
import {
  Binary,
  ContextAccess,
  FunctionCall,
  Grouping,
  IndexAccess,
  Literal,
  Logical,
  Star,
  Unary,
} from '@actions/expressions/ast';
import { TokenType, type Pos, type Token } from '@actions/expressions/lexer';
import type { FunctionInfo } from '@actions/expressions/funcs/info';
import { data } from '@actions/expressions';
import { BUILTIN_FUNCTIONS, FUNCTION_NAMES, isStatusFunction } from './expression-functions.js';
import type { ContextReference, ExpressionProblem } from './expression-types.js';
import { messageOf } from '../common/errors.js';

/** A parsed expression; every offset is relative to the raw text between `${{` and `}}`. */
export interface ParsedExpression {
  tree: Expr;
  contexts: Array<{ name: string; offset: number }>;
  /** `format` holds the first argument when it is a string literal, so it can be checked before running. */
  calls: Array<{ name: string; args: number; offset: number; format?: string }>;
  references: ContextReference[];
  usesStatus: boolean;
  /** Offset of the first non-blank character. */
  start: number;
  /** Offset of a token of this expression. */
  offsetOf(token: Token): number;
}

/** What checkUse reads: the context names and function calls of an expression. */
export type ExpressionUses = Pick<ParsedExpression, 'contexts' | 'calls'>;

export type ParseOutcome =
  | { ok: true; expr: ParsedExpression }
  /** `before`: the names GitHub's parser reads before it finds the syntax error, so their problems come first. */
  | { ok: false; problem: ExpressionProblem; before: ExpressionUses };

const NOTHING: ExpressionUses = { contexts: [], calls: [] };

/** GitHub's evaluator gives null for an empty expression; any token list that parses to null will do. */
const NULL_TREE = new Parser(new Lexer('null').lex().tokens, [], []).parse();

const CACHE_LIMIT = 10_000;
const cache = new Map<string, ParseOutcome>();

/** Parses (once per distinct text) the inside of a `${{ }}`, or a bare `if` condition. */
export function parseExpression(raw: string): ParseOutcome {
  let outcome = cache.get(raw);
  if (outcome === undefined) {
    outcome = parseUncached(raw);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, outcome);
  }
  return outcome;
}

function parseUncached(raw: string): ParseOutcome {
  // GitHub trims the expression before lexing; offsets stay relative to the raw text.
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const fail = (message: string, offset: number, before = NOTHING): ParseOutcome => ({
    ok: false,
    problem: { message, offset: lead + offset },
    before,
  });
  if (text === '') return { ok: true, expr: emptyExpression(lead) };

  let tokens: Token[];
  try {
    tokens = new Lexer(text).lex().tokens;
  } catch (e) {
    return lexerFailure(e, fail);
  }
  const offsets = tokenOffsets(text, tokens);
  unescapeStrings(tokens);

  // Every identifier is allowed here, so one parse serves every caller; which contexts and
  // functions a place allows is checked on the tree (checkUse), which also finds every problem.
  const names = tokens.filter((t) => t.type === TokenType.IDENTIFIER).map((t) => t.lexeme);
  const anyArity: FunctionInfo[] = names.map((name) => ({
    name,
    minArgs: 0,
    maxArgs: Number.MAX_SAFE_INTEGER,
  }));
  let tree: Expr | undefined;
  try {
    tree = new Parser(tokens, names, anyArity).parse();
  } catch (e) {
    if (e instanceof PackageParseError) {
      const offset = offsets.get(e.pos) ?? 0;
      const before = usesBefore(tokens, offsets, lead, detectedAt(e, tokens, offsets, offset));
      return fail(`${e.message}.`, offset, before);
    }
    return fail(`${(e as Error).message}.`, 0);
  }
  if (tree === undefined) return fail('An expression was expected.', 0);

  const offsetOf = (token: Token): number => lead + (offsets.get(token.range.start) ?? 0);
  const expr: ParsedExpression = {
    tree,
    contexts: [],
    calls: [],
    references: [],
    usesStatus: false,
    start: lead,
    offsetOf,
  };
  collect(tree, expr, false);
  return { ok: true, expr };
}

function emptyExpression(lead: number): ParsedExpression {
  return {
    tree: NULL_TREE,
    contexts: [],
    calls: [],
    references: [],
    usesStatus: false,
    start: lead,
    offsetOf: () => lead,
  };
}

const ARITY_ERRORS = /^(Too few parameters|Too many parameters|Even number of parameters)/;

/**
 * Where GitHub's parser found the error: a wrong argument count is reported at the function's
 * name but found at its closing parenthesis, after the arguments were read.
 */
function detectedAt(
  e: PackageParseError,
  tokens: Token[],
  offsets: Map<Pos, number>,
  offset: number,
): number {
  if (!ARITY_ERRORS.test(e.message)) return offset;
  const start = tokens.findIndex((t) => t.range.start === e.pos);
  const close = start < 0 ? -1 : closingParen(tokens, start + 1);
  const token = tokens[close];
  return token === undefined ? offset : (offsets.get(token.range.start) ?? offset);
}

/** Index of the `)` matching the `(` at `open`, or -1. */
function closingParen(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const type = tokens[i]?.type;
    if (type === TokenType.LEFT_PAREN) depth++;
    else if (type === TokenType.RIGHT_PAREN && --depth === 0) return i;
  }
  return -1;
}

/** Context names and completed function calls that come before `limit` in an expression that does not parse. */
function usesBefore(
  tokens: Token[],
  offsets: Map<Pos, number>,
  lead: number,
  limit: number,
): ExpressionUses {
  const uses: ExpressionUses = { contexts: [], calls: [] };
  tokens.forEach((token, i) => {
    const offset = offsets.get(token.range.start) ?? 0;
    if (token.type !== TokenType.IDENTIFIER || offset >= limit) return;
    if (tokens[i - 1]?.type === TokenType.DOT) return; // a property name
    if (tokens[i + 1]?.type !== TokenType.LEFT_PAREN) {
      uses.contexts.push({ name: token.lexeme, offset: lead + offset });
      return;
    }
    const close = tokens[closingParen(tokens, i + 1)];
    if (close !== undefined && (offsets.get(close.range.start) ?? limit) < limit)
      uses.calls.push({ name: token.lexeme, args: 0, offset: lead + offset });
  });
  return uses;
}

function lexerFailure(
  e: unknown,
  fail: (message: string, offset: number) => ParseOutcome,
): ParseOutcome {
  const message = messageOf(e);
  if (message === 'ErrorExceededMaxLength') return fail('Exceeded max expression length 21000.', 0);
  // The lexer reports "Unexpected symbol: 'x'. Located at position N within expression: …" (N from 1).
  const located = /^(.*?)\. Located at position (\d+) within expression/s.exec(message);
  if (located?.[1] !== undefined && located[2] !== undefined) {
    // `"x"` is the most common slip of all: the language's strings take single quotes only.
    const quoted = /^Unexpected symbol: '"(.*)'$/s.exec(located[1]);
    const inner = (quoted?.[1] ?? '').replace(/"$/, '');
    const hint =
      quoted === null
        ? ''
        : ` Strings take single quotes: write '${inner.replace(/'/g, "''")}', not "${inner}".`;
    return fail(`${located[1]}.${hint}`, Number(located[2]) - 1);
  }
  return fail(message, 0);
}

/**
 * Where each token starts. Tokens are contiguous slices of the text separated only by the
 * lexer's whitespace, so one forward scan finds them exactly (the lexer's own columns go
 * wrong after a string literal that spans lines). Keyed by the token's start position object,
 * which the parser's errors carry by reference.
 */
function tokenOffsets(text: string, tokens: Token[]): Map<Pos, number> {
  const offsets = new Map<Pos, number>();
  let at = 0;
  for (const token of tokens) {
    while (at < text.length && ' \r\t\n'.includes(text.charAt(at))) at++;
    if (token.type === TokenType.EOF) {
      offsets.set(token.range.start, text.length);
      continue;
    }
    const found = text.startsWith(token.lexeme, at) ? at : text.indexOf(token.lexeme, at);
    offsets.set(token.range.start, found < 0 ? at : found);
    at = (found < 0 ? at : found) + token.lexeme.length;
  }
  return offsets;
}

/** The package unescapes only the first `''` of a string literal; GitHub unescapes them all. */
function unescapeStrings(tokens: Token[]): void {
  for (const token of tokens) {
    if (token.type === TokenType.STRING)
      token.value = token.lexeme.slice(1, -1).replaceAll("''", "'");
  }
}

/** The literal path an access chain reads, or undefined when an index is computed or `*`. */
function literalPath(node: Expr): string[] | undefined {
  if (node instanceof ContextAccess) return [node.name.lexeme];
  if (node instanceof IndexAccess && node.index instanceof Literal) {
    const index = node.index.literal;
    if (index.kind !== data.Kind.String && index.kind !== data.Kind.Number) return undefined;
    const base = literalPath(node.expr);
    return base === undefined ? undefined : [...base, index.coerceString()];
  }
  return undefined;
}

function contextToken(node: Expr): Token | undefined {
  if (node instanceof ContextAccess) return node.name;
  if (node instanceof IndexAccess) return contextToken(node.expr);
  return undefined;
}

/** Walks the tree once for context names, function calls and the paths read. */
function collect(node: Expr, into: ParsedExpression, extendedByParent: boolean): void {
  if (node instanceof ContextAccess || node instanceof IndexAccess) {
    const path = literalPath(node);
    if (path !== undefined) {
      const token = contextToken(node);
      if (token !== undefined && node instanceof ContextAccess) {
        into.contexts.push({ name: token.lexeme, offset: into.offsetOf(token) });
      }
      if (!extendedByParent && token !== undefined)
        into.references.push({ path, offset: into.offsetOf(token) });
      if (node instanceof IndexAccess) collect(node.expr, into, true);
      return;
    }
    if (node instanceof IndexAccess) {
      collect(node.expr, into, false);
      if (!(node.index instanceof Star)) collect(node.index, into, false);
    }
    return;
  }
  if (node instanceof FunctionCall) {
    const name = node.functionName.lexeme;
    const [first] = node.args;
    const format =
      first instanceof Literal && first.literal.kind === data.Kind.String
        ? first.literal.value
        : undefined;
    into.calls.push({
      name,
      args: node.args.length,
      offset: into.offsetOf(node.functionName),
      format,
    });
    if (isStatusFunction(name.toLowerCase())) into.usesStatus = true;
    for (const arg of node.args) collect(arg, into, false);
  } else if (node instanceof Logical) {
    for (const arg of node.args) collect(arg, into, false);
  } else if (node instanceof Binary) {
    collect(node.left, into, false);
    collect(node.right, into, false);
  } else if (node instanceof Unary) {
    collect(node.expr, into, false);
  } else if (node instanceof Grouping) {
    collect(node.group, into, false);
  }
}

export interface UseRules {
  /** Lower-cased context names allowed here. */
  contexts: ReadonlySet<string>;
  /** The same names as given, for messages. */
  contextNames: readonly string[];
  statusFunctions: boolean;
}

/** Every problem of using this expression where `rules` apply: unknown contexts and functions, arity, status functions. */
export function checkUse(expr: ExpressionUses, rules: UseRules): ExpressionProblem[] {
  const problems: ExpressionProblem[] = [];
  for (const { name, offset } of expr.contexts) {
    if (!rules.contexts.has(name.toLowerCase())) {
      const known = rules.contextNames.length > 0 ? rules.contextNames.join(', ') : 'none';
      problems.push({
        message: `Unrecognized named-value: '${name}' (available contexts here: ${known}).`,
        offset,
      });
    }
  }
  for (const { name, args, offset, format } of expr.calls) {
    const lower = name.toLowerCase();
    if (isStatusFunction(lower)) {
      if (!rules.statusFunctions) {
        problems.push({
          message: `The status function ${name}() is only allowed in a step's if.`,
          offset,
        });
      } else if (args > 0) {
        problems.push({ message: `Too many parameters supplied: '${name}' takes none.`, offset });
      }
      continue;
    }
    const fn = BUILTIN_FUNCTIONS.get(lower);
    if (fn === undefined) {
      const known = [
        ...FUNCTION_NAMES,
        ...(rules.statusFunctions ? ['success', 'failure', 'always', 'cancelled'] : []),
      ];
      problems.push({
        message: `Unrecognized function: '${name}' (known functions: ${known.join(', ')}).`,
        offset,
      });
    }
    // Arity of the built-ins (and case's odd count) is enforced by the parser itself.
    if (lower === 'format' && format !== undefined) {
      const message = formatProblem(format, args - 1);
      if (message !== undefined) problems.push({ message, offset });
    }
  }
  return problems.sort((a, b) => a.offset - b.offset);
}

/**
 * A literal format string is checked before running, with the rules and messages of GitHub's
 * format(): placeholders are `{N}` only, `{{` and `}}` are literal braces, every N needs an argument.
 */
export function formatProblem(format: string, argCount: number): string | undefined {
  let highest = -1;
  let i = 0;
  while (i < format.length) {
    const c = format[i];
    if ((c === '{' || c === '}') && format[i + 1] === c) {
      i += 2;
    } else if (c === '}') {
      return invalidFormat(format);
    } else if (c === '{') {
      const close = format.indexOf('}', i + 1);
      const digits = close < 0 ? '' : format.slice(i + 1, close);
      if (!/^[0-9]+$/.test(digits)) return invalidFormat(format);
      highest = Math.max(highest, Number(digits));
      i = close + 1;
    } else {
      i++;
    }
  }
  if (highest >= argCount) {
    const given = argCount === 1 ? '1 was' : `${argCount} were`;
    return `The following format string references more arguments than were supplied: ${format} ({${highest}} needs ${highest + 1}, ${given} given).`;
  }
  return undefined;
}

function invalidFormat(format: string): string {
  return `The following format string is invalid: ${format} (placeholders are {0}, {1}, …; write {{ and }} for literal braces).`;
}
