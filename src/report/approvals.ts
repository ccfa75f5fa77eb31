// The approvals table of the job summary: one row per decided gate. Reasons and names are
// escaped in the comment variant, as the gate comment escapes them (people and models wrote them).
import type { ApprovalRecord } from '../approval/record.js';
import { COMMENT_TEXT_MAX, escapeMarkdown } from '../common/markdown.js';

const cell = (text: string) =>
  escapeMarkdown(text, { kind: 'comment', max: COMMENT_TEXT_MAX })
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');

/** A Markdown table for the job summary; reasons are escaped (people and models wrote them). */
export function renderApprovalsMarkdown(records: readonly ApprovalRecord[]): string {
  if (records.length === 0) return '';
  const rows = records.map((r) => {
    const who = r.by_policy
      ? 'policy (auto_approve)'
      : r.approvers.map((a) => `\`${cell(a)}\``).join(', ');
    const step =
      r.url === '' ? `\`${cell(r.step)}\`` : `[\`${cell(r.step)}\`](${encodeURI(r.url)})`;
    const sha = r.sha === '' ? '' : `\`${r.sha.slice(0, 7)}\``;
    return `| ${step} | ${r.decision.replace('_', ' ')} | ${who} | ${cell(r.decided_at)} | ${sha} | ${cell(r.comment)} |`;
  });
  return [
    '| Gate | Decision | Who | When | Commit | Reason |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
