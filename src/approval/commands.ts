// The comment grammar of a gate: the first line, exactly `/approve [step-id]` or
// `/reject [step-id] [reason]`, case-insensitive. Nothing else counts: peers that match
// words anywhere let "I'd /approve later" or "/approved-ish" decide.

export type GateCommand =
  | { verb: 'approve' | 'reject'; target?: string; reason: string }
  | { verb: 'invalid'; reason: string }
  | { verb: 'none' };

const COMMAND = /^\/(approve|reject)(?:\s+(.*))?$/i;
const MENTIONS_COMMAND = /\/(approve|reject)/i;

/**
 * Reads a comment body. `stepIds` are the workflow's step ids: a first word that names one
 * targets that step; for `/reject` any other text is the reason.
 */
export function parseCommand(body: string, stepIds: readonly string[]): GateCommand {
  const [head = '', ...tailLines] = body.split(/\r?\n/);
  const firstLine = head.trim();
  const tail = tailLines.join('\n').trim();
  const match = COMMAND.exec(firstLine);
  if (!match) {
    return MENTIONS_COMMAND.test(body)
      ? {
          verb: 'invalid',
          reason:
            'its first line is not exactly `/approve [step-id]` or `/reject [step-id] [reason]`',
        }
      : { verb: 'none' };
  }
  const verb = (match[1] ?? '').toLowerCase() === 'approve' ? 'approve' : 'reject';
  const rest = (match[2] ?? '').trim();
  const [first = '', ...others] = rest.split(/\s+/);
  const known = new Set(stepIds.map((id) => id.toLowerCase()));
  const target = first !== '' && known.has(first.toLowerCase()) ? first.toLowerCase() : undefined;
  if (verb === 'approve') {
    if (rest === '') return { verb, reason: tail };
    if (target !== undefined && others.length === 0) return { verb, target, reason: tail };
    return {
      verb: 'invalid',
      reason:
        target === undefined
          ? `\`/approve\` is followed by \`${first.replace(/`/g, '').slice(0, 40)}\`, which is not a step id`
          : '`/approve` takes only a step id',
    };
  }
  const onLine = target === undefined ? rest : rest.slice(first.length).trim();
  const reason = [onLine, tail].filter((part) => part !== '').join('\n');
  return target === undefined ? { verb, reason } : { verb, target, reason };
}
