// Splits a string into literal text and `${{ }}` parts, the way GitHub's template reader does.
import type { TemplatePart } from './expression-types.js';

export const OPEN = '${{';
export const NOT_CLOSED =
  'The expression is not closed: an unescaped ${{ was found, but no closing }} after it.';

export interface ScannedTemplate {
  parts: TemplatePart[];
  /** Offset of a `${{` that has no closing `}}`; the parts before it are complete. */
  unclosedAt?: number;
}

export function scanTemplate(template: string): ScannedTemplate {
  const parts: TemplatePart[] = [];
  let i = 0;
  while (i < template.length) {
    const start = template.indexOf(OPEN, i);
    if (start < 0) {
      parts.push({ kind: 'text', text: template.slice(i), offset: i });
      break;
    }
    if (start > i) parts.push({ kind: 'text', text: template.slice(i, start), offset: i });
    const end = closingBraces(template, start + OPEN.length);
    if (end < 0) return { parts, unclosedAt: start };
    parts.push({ kind: 'expr', text: template.slice(start + OPEN.length, end - 1), offset: start });
    i = end + 1;
  }
  return { parts };
}

/**
 * Index of the second `}` of the first `}}` outside a string literal, or -1.
 * Toggling on every `'` also handles the escaped quote `''`, as GitHub's reader does,
 * so `${{ format('}}') }}` ends at the last `}}`.
 */
function closingBraces(s: string, from: number): number {
  let inString = false;
  for (let j = from; j < s.length; j++) {
    const c = s[j];
    if (c === "'") inString = !inString;
    else if (!inString && c === '}' && s[j - 1] === '}') return j;
  }
  return -1;
}
