// The workflow's `outputs:` as `wflo run` ends with them on the terminal: one line per output,
// a multi-line text as an indented block, other values as JSON.
import type { JsonObject } from '../workflow/model.js';
import { terminalSafe } from './local-approvals.js';

export function outputsText(outputs: JsonObject): string {
  const names = Object.keys(outputs);
  if (names.length === 0) return '';
  const lines = ['outputs:'];
  for (const name of names) {
    const value = outputs[name];
    if (typeof value === 'string' && value.includes('\n')) {
      lines.push(`  ${name}: |`);
      for (const line of value.replace(/\n$/, '').split('\n')) lines.push(`    ${line}`);
    } else {
      lines.push(`  ${name}: ${typeof value === 'string' ? value : JSON.stringify(value ?? null)}`);
    }
  }
  return terminalSafe(`${lines.join('\n')}\n`);
}
