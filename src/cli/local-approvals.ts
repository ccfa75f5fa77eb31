// The CLI's approval gateway: a gate is answered by `--approve ID`/`--reject ID`, or asked
// on the terminal; with neither, the gate waits (the CLI exits 4 and says how to answer).
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import type { ApprovalGateway, Gate, GateDecision, GateWaitOptions } from '../approval/gateway.js';

export interface LocalApprovalOptions {
  /** Step ids given to `--approve`. */
  approve?: readonly string[];
  /** Step ids given to `--reject`. */
  reject?: readonly string[];
  /** Where to ask; asked only when both are terminals (or `interactive` says so). */
  input?: NodeJS.ReadableStream & { isTTY?: boolean };
  output?: NodeJS.WritableStream & { isTTY?: boolean };
  interactive?: boolean;
  /** Who answers here (default: the OS user). */
  user?: string;
  /** The checkout's commit, recorded with the decision. */
  sha?: string;
}

/** Strips terminal control sequences a model could put in a message (colours, cursor moves, titles). */
export function terminalSafe(text: string): string {
  /* eslint-disable no-control-regex -- matching control characters is the point */
  const safe = text
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?/g, '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
  /* eslint-enable no-control-regex */
  return safe;
}

export class LocalApprovalGateway implements ApprovalGateway {
  private readonly user: string;

  constructor(private readonly options: LocalApprovalOptions = {}) {
    this.user = options.user ?? safeUser();
  }

  async decide(gate: Gate, wait: GateWaitOptions): Promise<GateDecision> {
    const flagged = this.fromFlags(gate, wait);
    if (flagged) return flagged;
    const { input, output } = this.options;
    const interactive =
      this.options.interactive ?? (input?.isTTY === true && output?.isTTY === true);
    if (!interactive || input === undefined || output === undefined) return this.unanswered(gate);
    return this.ask(gate, wait, input, output);
  }

  private unanswered(gate: Gate): GateDecision {
    return {
      ...this.base(),
      decision: 'waiting',
      howToAnswer: `run again with --approve ${gate.stepId} or --reject ${gate.stepId}, or in a terminal to be asked.`,
    };
  }

  async recordPolicyApproval(_gate: Gate, wait: GateWaitOptions): Promise<GateDecision> {
    return {
      ...this.base(),
      decision: 'approved',
      comment: 'approved by policy (auto_approve)',
      decidedAt: new Date(wait.clock.now()).toISOString(),
      byPolicy: true,
    };
  }

  private base(): GateDecision {
    return {
      decision: 'waiting',
      approvers: [],
      comment: '',
      url: '',
      sha: this.options.sha ?? '',
      byPolicy: false,
    };
  }

  private fromFlags(gate: Gate, wait: GateWaitOptions): GateDecision | undefined {
    const at = new Date(wait.clock.now()).toISOString();
    // A reject wins over an approve for the same step: the safer reading of a contradiction.
    if (this.options.reject?.includes(gate.stepId)) {
      return {
        ...this.base(),
        decision: 'rejected',
        approvers: [this.user],
        comment: 'rejected with --reject',
        decidedAt: at,
      };
    }
    if (this.options.approve?.includes(gate.stepId)) {
      return {
        ...this.base(),
        decision: 'approved',
        approvers: [this.user],
        comment: 'approved with --approve',
        decidedAt: at,
      };
    }
    return undefined;
  }

  private async ask(
    gate: Gate,
    wait: GateWaitOptions,
    input: NodeJS.ReadableStream,
    output: NodeJS.WritableStream,
  ): Promise<GateDecision> {
    const stop = new AbortController();
    const onAbort = () => stop.abort(wait.signal.reason);
    wait.signal.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    if (gate.deadline !== undefined) {
      wait.clock.sleep(Math.max(0, gate.deadline - wait.clock.now()), stop.signal).then(
        () => {
          timedOut = true;
          stop.abort(new Error('the gate timed out'));
        },
        () => undefined,
      );
    }
    const rl = createInterface({ input, terminal: false });
    let closed = false;
    // Lines are queued, so answers typed ahead of a prompt are not lost.
    const lines: string[] = [];
    let wake: (() => void) | undefined;
    rl.on('line', (line) => {
      lines.push(line);
      wake?.();
    });
    rl.once('close', () => {
      closed = true;
      if (!stop.signal.aborted) stop.abort(new Error('the terminal closed'));
    });
    const question = async (prompt: string): Promise<string> => {
      output.write(prompt);
      while (lines.length === 0) {
        stop.signal.throwIfAborted();
        await new Promise<void>((resolve) => {
          wake = resolve;
          stop.signal.addEventListener('abort', () => resolve(), { once: true });
        });
      }
      return lines.shift() ?? '';
    };
    try {
      output.write(`\nApproval needed for step '${gate.stepId}':\n${terminalSafe(gate.message)}\n`);
      for (;;) {
        const answer = (await question(`Approve '${gate.stepId}'? [y/n] `)).trim().toLowerCase();
        const at = new Date(wait.clock.now()).toISOString();
        if (answer === 'y' || answer === 'yes') {
          return {
            ...this.base(),
            decision: 'approved',
            approvers: [this.user],
            comment: '',
            decidedAt: at,
          };
        }
        if (answer === 'n' || answer === 'no') {
          const reason = (await question('Reason (optional): ')).trim();
          return {
            ...this.base(),
            decision: 'rejected',
            approvers: [this.user],
            comment: terminalSafe(reason),
            decidedAt: at,
          };
        }
        output.write('Please answer y or n.\n');
      }
    } catch (error) {
      if (timedOut) {
        output.write(`\nNo answer before the deadline for '${gate.stepId}'.\n`);
        const at = new Date(wait.clock.now()).toISOString();
        return {
          ...this.base(),
          decision: 'timed_out',
          comment: 'no decision before the deadline',
          decidedAt: at,
        };
      }
      if (wait.signal.aborted) throw wait.signal.reason;
      if (closed) return this.unanswered(gate);
      throw error;
    } finally {
      wait.signal.removeEventListener('abort', onAbort);
      if (!stop.signal.aborted) stop.abort();
      rl.close();
    }
  }
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'local user';
  }
}
