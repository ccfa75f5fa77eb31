// The schema is compiled at build time (scripts/schema-validator.mjs); the compiled module in
// src/ must be exactly what the schema file compiles to today, or validation would check an
// older schema than the one editors and docs show.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { REPO_ROOT } from './support/action-harness.js';

const run = promisify(execFile);

it('src/workflow/schema-validator.generated.cjs is the compiled schema/workflow.schema.json (run `npm run schema` if not)', async () => {
  const { stdout } = await run(
    process.execPath,
    [path.join(REPO_ROOT, 'scripts/schema-validator.mjs'), '--check'],
    { cwd: REPO_ROOT },
  ).catch((err: { stderr?: string }) => {
    throw new Error(err.stderr ?? String(err));
  });
  expect(stdout).toContain('is fresh');
});
