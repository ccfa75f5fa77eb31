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
import { AgentDiskError } from '../src/agent/container.js';
import { ChangeRejectedError } from '../src/checkout/change-set.js';
import { FileWriteError } from '../src/common/files.js';
import { MoneyError } from '../src/common/money.js';
import { CheckoutReadError } from '../src/sandbox/checkout-read.js';
import { SandboxConfigError } from '../src/sandbox/config.js';
import { EngineDeadlineError } from '../src/sandbox/engine-deadline.js';
import { ReadBackTimeoutError } from '../src/sandbox/read-back.js';
import { ContainerRuntimeError } from '../src/sandbox/runtime.js';

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
      new SandboxConfigError('memory: must be a size'),
      new ContainerRuntimeError('the Docker engine refused', { cause }),
      new EngineDeadlineError(30_000),
      new FileWriteError('the report cannot be written', { cause }),
      new ChangeRejectedError('a change reaches .git'),
      new MoneyError('1.5 is not a whole number of micro-dollars'),
      new CheckoutReadError('src/x could not be read', { cause }),
      new ReadBackTimeoutError('/out/a', 60_000),
      new AgentDiskError('the checkout is larger than disk:'),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(WfloError);
      expect(error.name).toBe(error.constructor.name);
    }
    expect(errors[1]?.cause).toBe(cause);
    expect(errors[3]?.cause).toBe(cause);
    for (const error of errors.filter(
      (e) =>
        e instanceof ContainerRuntimeError ||
        e instanceof FileWriteError ||
        e instanceof CheckoutReadError,
    ))
      expect(error.cause).toBe(cause);
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
