#!/usr/bin/env node
// Builds dist/ with ncc: one CommonJS bundle both edges share (dist/wflo.js, from
// src/bundle.ts, with the chunks ncc splits at each `import()`, named <id>.wflo.js), and two
// entry files of a few lines: dist/index.js (the action, main and post) and dist/cli.js (the
// `wflo` command). One bundle, so the code both edges use is shipped once and the chunk ids
// of two builds cannot collide; chunks, so a command loads only what it needs.
// `node scripts/build.mjs [OUT_DIR]` builds elsewhere, which is how the freshness test
// compares a fresh build with dist/.
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { staleness } from './schema-validator.mjs';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const { minify } = require('terser');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'dist'));

// V8 keeps the code it compiled for the bundle in the OS temp dir and reuses it on the next
// start (NODE_DISABLE_COMPILE_CACHE=1 turns it off); `?.` because Node before 22.1 lacks it.
const COMPILE_CACHE = "require('node:module').enableCompileCache?.();";
const entries = [
  {
    file: 'index.js',
    text: `'use strict';\n// The action (action.yml runs this for main and post).\n${COMPILE_CACHE}\nrequire('./wflo.js').action();\n`,
    mode: 0o644,
  },
  {
    file: 'cli.js',
    text: `#!/usr/bin/env node\n'use strict';\n// The \`wflo\` command.\n${COMPILE_CACHE}\nrequire('./wflo.js').cli();\n`,
    mode: 0o755,
  },
];

/**
 * The bundle without its indentation and comments (licence comments kept): terser reprints
 * the code with no compression and no renaming, so every function, class and variable keeps
 * its name in a stack trace; only line and column numbers change. It takes `dist/` from
 * 12.1 to about 8 MiB (the tokenizer's rank tables alone are 1 MB of indentation).
 */
async function compact(source) {
  const result = await minify(source, {
    compress: false,
    mangle: false,
    format: { comments: /@license|@preserve|^!/ },
  });
  if (result.code === undefined) throw new Error('terser returned no code');
  return result.code;
}

const stale = await staleness();
if (stale) throw new Error(stale);
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const { code, assets } = await ncc(path.join(root, 'src/bundle.ts'), {
  filename: 'wflo.js',
  // A shared cache would make the output depend on what was built before.
  cache: false,
  // Types are checked by `npm run typecheck`; the bundle must not depend on test files compiling.
  transpileOnly: true,
  // Optional native addons of ssh2 (via dockerode): whether they were compiled depends on the
  // machine, so they are left out and ssh2 falls back to pure JavaScript, as it is built to.
  externals: ['cpu-features', './crypto/build/Release/sshcrypto.node'],
  // Unminified: a stack trace from dist/ should name real functions (docs/performance.md).
  minify: false,
  sourceMap: false,
  quiet: true,
  license: 'licenses.txt',
});
await writeFile(path.join(out, 'wflo.js'), await compact(code));
for (const [name, asset] of Object.entries(assets ?? {})) {
  // ssh2's helper for Windows' Pageant agent: the action and the CLI never run it.
  if (name === 'pagent.exe') continue;
  const assetPath = path.join(out, name);
  await mkdir(path.dirname(assetPath), { recursive: true });
  const source = name.endsWith('.wflo.js') ? await compact(String(asset.source)) : asset.source;
  await writeFile(assetPath, source, { mode: asset.permissions });
}
for (const entry of entries) {
  const target = path.join(out, entry.file);
  await writeFile(target, entry.text);
  await chmod(target, entry.mode);
}
process.stdout.write(
  `built ${out}: wflo.js, its chunks, ${entries.map((e) => e.file).join(' and ')}\n`,
);
