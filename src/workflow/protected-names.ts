// The names `protected_paths_allowed` takes (DESIGN.md §5): places in a checkout the host's
// tools execute or obey. `.git` is protected too and can never be opened.
export const PROTECTED_PATH_NAMES = [
  '.husky',
  '.github/workflows',
  '.gitmodules',
  '.gitattributes',
  'core.hooksPath',
] as const;
export type ProtectedPathName = (typeof PROTECTED_PATH_NAMES)[number];
