// What the sandbox kind declares of itself beyond running (StepKind): kept beside sandbox.ts
// so the kind's file changes by one line.
import type { StepKind } from '../engine/types.js';
import { checkContainerSettings, checkProtectedPathsAllowed } from '../workflow/validate-steps.js';

export const SANDBOX_TRAITS: Pick<StepKind, 'usesContainers' | 'durationFields' | 'checkConfig'> = {
  usesContainers: true,
  durationFields: ['timeout'],
  checkConfig({ config, pointers, problems, missing }) {
    if (config.image === undefined) missing('image');
    checkContainerSettings(config, (field) => pointers.get(field), problems);
    checkProtectedPathsAllowed(config, pointers, problems);
  },
};
