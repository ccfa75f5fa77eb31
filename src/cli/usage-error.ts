import { WfloError } from '../common/errors.js';

/** A wrong command line: the message names the flag or argument; the CLI exits 2. */
export class UsageError extends WfloError {
  constructor(
    message: string,
    /** The command whose help to point at. */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
