// The folder layers of src/ (docs/architecture.md), lowest first: a folder may import only
// folders before it. Read by eslint.config.mjs (the lint rule) and the folder-graph test.
export const LAYERS = [
  ['common'],
  ['workflow'],
  ['llm'],
  ['checkout'],
  ['sandbox'],
  ['approval'],
  ['github'],
  ['cost'],
  ['engine'],
  ['checkpoint'],
  ['agent'],
  ['steps'],
  ['report'],
  ['wiring', 'setup'],
  ['action', 'cli'],
];

/**
 * Upward imports that remain until the folders move (after #12): each disappears with a
 * move, and a new one fails the lint and the folder-graph test.
 */
export const REMAINING_UPWARD = [
  // action-resume.ts reads the approvals wiring; the checkpoint concept moves into one folder.
  'checkpoint -> setup',
];

/** The layer index of a folder of src/, or undefined for one no layer names. */
export function layerOf(folder) {
  const i = LAYERS.findIndex((names) => names.includes(folder));
  return i < 0 ? undefined : i;
}
