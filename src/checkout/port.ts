// The checkout as the engine sees it: change sets as JSON data and the one way to apply them.
import type { JsonObject } from '../workflow/model.js';

/**
 * A step's changes to the checkout, as JSON data, so the engine can hold them for a gate and
 * carry them in a checkpoint to a later job. Its format belongs to src/checkout/.
 */
export type ChangeSetData = JsonObject;

/** What a step's changes may do beyond the defaults on the way back (DESIGN.md §5). */
export interface ChangeRules {
  /** Protected names the step may change (`protected_paths_allowed`); `.git` is never one. */
  readonly protectedPathsAllowed?: readonly string[];
}

/** The checkout a run changes: the engine's only way to write to it (src/checkout/local.ts). */
export interface Checkout {
  /**
   * Applies a change set to the checkout at `workspace`, all or nothing. Refused, with one
   * sentence naming the path, when a path or symlink would lead outside the checkout or into
   * a protected place the rules do not open, or when the checkout is not as the step saw it;
   * changes already there are left as they are (a continued run applies them again).
   */
  apply(workspace: string, changes: ChangeSetData, rules?: ChangeRules): Promise<AppliedChanges>;
  /** The same checks as `apply`, writing nothing: changes held for a gate are refused at once. */
  check?(workspace: string, changes: ChangeSetData, rules?: ChangeRules): Promise<void>;
}

export interface AppliedChanges {
  /** Puts back what the changes replaced; returns a warning for each path changed since. */
  revert(): Promise<string[]>;
}
