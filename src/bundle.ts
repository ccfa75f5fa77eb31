// The one bundle both edges share (dist/wflo.js). dist/index.js (the action) and dist/cli.js
// (`wflo`) are entry files of a few lines that call one of these, so the code common to both is shipped,
// and compiled, once; each edge's code is a chunk loaded when that edge starts.
export async function action(): Promise<void> {
  await import('./action/index.js');
}

export async function cli(): Promise<void> {
  await import('./cli/index.js');
}
