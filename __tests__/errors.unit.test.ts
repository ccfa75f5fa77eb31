// One root for wflo's own errors (issue #13): a caller tells ours from a library's or a bug by
// `instanceof WfloError`, each keeps its own name, and an internal error keeps its cause.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/cli/usage-error.js';
import { messageOf, WfloError } from '../src/common/errors.js';
import { CheckpointError } from '../src/checkpoint/checkpoint.js';
import { InputError } from '../src/workflow/inputs.js';
import { CancelledError, EnvironmentError, StepTimeoutError } from '../src/engine/types.js';
import { ApprovalSetupError } from '../src/approval/gateway.js';
import { isInputError } from '../src/wiring/engine.js';
import { WorkflowError } from '../src/workflow/errors.js';

describe('WfloError', () => {
  it('is the root of the errors wflo throws, each under its own name', () => {
    const cause = new Error('disk full');
    const errors: Error[] = [
      new CancelledError(),
      new EnvironmentError('Docker is not running', 'docker', { cause }),
      new StepTimeoutError(1000),
      new CheckpointError('the checkpoint is damaged', { cause }),
      new InputError('input n is missing'),
      new ApprovalSetupError('no token'),
      new UsageError('unknown flag --x', 'run'),
      new WorkflowError([{ file: 'a.yml', line: 1, col: 1, message: 'bad' }]),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(WfloError);
      expect(error.name).toBe(error.constructor.name);
    }
    expect(errors[1]?.cause).toBe(cause);
    expect(errors[3]?.cause).toBe(cause);
    expect(new TypeError('x')).not.toBeInstanceOf(WfloError);
  });

  it('tells an input error by its class, not by a name anyone could set', () => {
    expect(isInputError(new InputError('input n is missing'))).toBe(true);
    const lookalike = new Error('input n is missing');
    lookalike.name = 'InputError';
    expect(isInputError(lookalike)).toBe(false);
  });

  it('reads the message of anything thrown', () => {
    expect(messageOf(new Error('boom'))).toBe('boom');
    expect(messageOf('plain text')).toBe('plain text');
    expect(messageOf(42)).toBe('42');
  });
});
