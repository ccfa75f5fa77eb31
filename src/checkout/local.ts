// The checkout on this machine's disk: the engine's Checkout, as both edges wire it.
import type { Checkout } from './port.js';
import { applyChanges } from './apply.js';
import { decodeChangeSet } from './change-set.js';
import { checkChangeSet } from './check.js';

export const localCheckout: Checkout = {
  apply: (workspace, changes, rules) => applyChanges(decodeChangeSet(changes), workspace, rules),
  check: async (workspace, changes, rules) => {
    await checkChangeSet(decodeChangeSet(changes), workspace, rules);
  },
};
