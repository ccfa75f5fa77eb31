// What the run does with steps' changes to the checkout (DESIGN.md §5, issues #6 and #7):
// a step's changes are applied when it succeeds, unless an approval gate comes after it —
// then they are held until every such gate approves, so what a gate asks about is what
// reaches the checkout. A run that does not succeed takes back what it applied; a run that
// pauses at a gate keeps its held changes in the checkpoint for the run that continues.
import type { StepSpec } from '../workflow/model.js';
import { type ChangeRecord, type RunStatus, type StepRecord } from './types.js';
import type { AppliedChanges, ChangeRules, ChangeSetData, Checkout } from '../checkout/port.js';
import { messageOf } from '../common/errors.js';
import { diffHeld, unifiedDiff } from '../checkout/diff.js';

export interface CheckoutChangesSettings {
  steps: readonly StepSpec[];
  /** Indexes of the gate steps (kinds with `gatesChanges`). */
  gates: readonly number[];
  /** Transitive `needs` of a step. */
  ancestorsOf: (index: number) => Set<number>;
  checkout: Checkout | undefined;
  workspace: string;
  /** What a step's changes may do on the way back, as its kind reads the step. */
  rulesOf?: (index: number) => ChangeRules | undefined;
  /** Whether the run keeps a checkpoint: without one, held changes do not outlive a pause. */
  checkpointed: boolean;
}

export interface CheckoutChanges {
  /** Ids of the gates after a step: its changes reach the checkout only once all approve. */
  guardIds(index: number): string[];
  /** Whether the step is a gate (its approval may let held changes through). */
  isGate(index: number): boolean;
  /** The changes held for a gate now, by step id: what its approval would let through. */
  heldFor(gate: number): [string, ChangeSetData][];
  /**
   * Takes the changes of a step that succeeded: held if a gate comes after it, applied
   * otherwise. Returns why they could not be applied (the step then fails), if they could not.
   */
  settle(index: number, changes: ChangeSetData): Promise<string | undefined>;
  /** When a gate approves, applies the held changes it was the last gate for. */
  release(gate: number, record: StepRecord): Promise<StepRecord>;
  /**
   * At the end of the run: a run that succeeded keeps its changes, one paused at a gate keeps
   * what it applied and leaves held changes to the checkpoint, any other takes back what it
   * applied. Returns warnings for the log.
   */
  end(status: RunStatus): Promise<string[]>;
  records(): ChangeRecord[];
}

export function createCheckoutChanges(settings: CheckoutChangesSettings): CheckoutChanges {
  const { steps, gates, ancestorsOf } = settings;
  const guardsOf = (index: number) => gates.filter((g) => ancestorsOf(g).has(index));
  const idOf = (index: number) => steps[index]?.id ?? String(index);
  const held = new Map<number, ChangeSetData>();
  const applied: { index: number; changes: AppliedChanges }[] = [];
  const approvedGates = new Set<number>();
  const outcomes = new Map<number, ChangeRecord>();

  const rulesOf = (index: number) => settings.rulesOf?.(index) ?? {};
  const apply = async (index: number, changes: ChangeSetData): Promise<string | undefined> => {
    if (!settings.checkout) return 'this run has no checkout to apply them to';
    try {
      const done = await settings.checkout.apply(settings.workspace, changes, rulesOf(index));
      applied.push({ index, changes: done });
      outcomes.set(index, { step: idOf(index), outcome: 'applied' });
      return undefined;
    } catch (error) {
      const why = messageOf(error);
      outcomes.set(index, { step: idOf(index), outcome: 'discarded', reason: why });
      return why;
    }
  };

  return {
    guardIds: (index) => guardsOf(index).map(idOf),
    isGate: (index) => gates.includes(index),
    heldFor: (gate) =>
      [...held]
        .filter(([index]) => guardsOf(index).includes(gate))
        .sort(([a], [b]) => a - b)
        .map(([index, changes]) => [idOf(index), changes]),
    async settle(index, changes) {
      if (guardsOf(index).length > 0) {
        // Checked now as well as when applied: a set that can never be applied fails its step
        // at once, not after a person approved it.
        try {
          await settings.checkout?.check?.(settings.workspace, changes, rulesOf(index));
        } catch (error) {
          const why = messageOf(error);
          outcomes.set(index, { step: idOf(index), outcome: 'discarded', reason: why });
          return `its changes could not be applied to the checkout: ${why}`;
        }
        held.set(index, changes);
        outcomes.set(index, {
          step: idOf(index),
          outcome: 'held',
          reason: 'waiting for the approval gate after it',
        });
        return undefined;
      }
      const why = await apply(index, changes);
      return why === undefined
        ? undefined
        : `its changes could not be applied to the checkout: ${why}`;
    },
    async release(gate, record) {
      if (!gates.includes(gate) || record.status !== 'succeeded') return record;
      // Recorded at once: parallel gates may finish in the same tick, before either's record is set.
      approvedGates.add(gate);
      for (const [index, changes] of [...held].sort(([a], [b]) => a - b)) {
        if (!guardsOf(index).every((g) => approvedGates.has(g))) continue;
        held.delete(index);
        const why = await apply(index, changes);
        if (why !== undefined) {
          return {
            ...record,
            status: 'failed',
            error: `approved, but the changes of step '${idOf(index)}' could not be applied to the checkout: ${why}`,
          };
        }
      }
      return record;
    },
    async end(status) {
      const warnings: string[] = [];
      for (const [index, changes] of held) {
        const id = idOf(index);
        if (status === 'waiting_approval' && settings.checkpointed) {
          outcomes.set(index, {
            step: id,
            outcome: 'held',
            reason: 'the run is waiting at an approval gate; the checkpoint keeps them',
            diff: await heldDiffText(settings.workspace, id, changes, warnings),
          });
        } else if (status === 'waiting_approval') {
          outcomes.set(index, {
            step: id,
            outcome: 'discarded',
            reason: 'the run stopped at an approval gate and keeps no checkpoint to continue from',
          });
          warnings.push(
            `the changes of step '${id}' were not applied and are not kept: the run stopped at an approval gate without a checkpoint`,
          );
        } else {
          outcomes.set(index, {
            step: id,
            outcome: 'discarded',
            reason: 'no approval let them through',
          });
          warnings.push(
            `the changes of step '${id}' were not applied: no approval let them through`,
          );
        }
      }
      held.clear();
      if (status === 'succeeded' || status === 'waiting_approval') return warnings;
      // The run did not succeed: the checkout goes back to what it was before the first change.
      for (const { index, changes } of applied.reverse()) {
        const id = idOf(index);
        try {
          for (const warning of await changes.revert()) warnings.push(`step '${id}': ${warning}`);
        } catch (error) {
          warnings.push(`the changes of step '${id}' could not be taken back: ${messageOf(error)}`);
        }
        outcomes.set(index, {
          step: id,
          outcome: 'reverted',
          reason: `the run ended ${status}`,
        });
        warnings.push(`the changes of step '${id}' were taken back: the run ended ${status}`);
      }
      applied.length = 0;
      return warnings;
    },
    records: () => [...outcomes.values()],
  };
}

/** The report's diff of held changes; a checkout that cannot be read costs the diff, not the run. */
async function heldDiffText(
  workspace: string,
  step: string,
  changes: ChangeSetData,
  warnings: string[],
): Promise<string | undefined> {
  try {
    return unifiedDiff(await diffHeld(workspace, [[step, changes]]));
  } catch (error) {
    warnings.push(
      `the held changes of step '${step}' could not be shown as a diff: ${messageOf(error)}`,
    );
    return undefined;
  }
}
