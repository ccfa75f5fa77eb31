#!/usr/bin/env node
// Builds the two CommonJS bundles with ncc: dist/index.js (the action, main and post)
// and dist/cli.js (the `wflo` command). `node scripts/build.mjs [OUT_DIR]` builds
// elsewhere, which is how the freshness test compares a fresh build with dist/.
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'dist'));

const bundles = [
  { entry: 'src/action/index.ts', file: 'index.js', license: 'licenses.txt' },
  { entry: 'src/cli/index.ts', file: 'cli.js', license: undefined },
];

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
for (const bundle of bundles) {
  const { code, assets } = await ncc(path.join(root, bundle.entry), {
    // A shared cache would make the output depend on what was built before.
    cache: false,
    // Types are checked by `npm run typecheck`; the bundle must not depend on test files compiling.
    transpileOnly: true,
    // Optional native addons of ssh2 (via dockerode): whether they were compiled depends on the
    // machine, so they are left out and ssh2 falls back to pure JavaScript, as it is built to.
    externals: ['cpu-features', './crypto/build/Release/sshcrypto.node'],
    minify: false,
    sourceMap: false,
    quiet: true,
    ...(bundle.license ? { license: bundle.license } : {}),
  });
  const target = path.join(out, bundle.file);
  await writeFile(target, code);
  if (bundle.file === 'cli.js') await chmod(target, 0o755);
  for (const [name, asset] of Object.entries(assets ?? {})) {
    const assetPath = path.join(out, name);
    await mkdir(path.dirname(assetPath), { recursive: true });
    await writeFile(assetPath, asset.source, { mode: asset.permissions });
  }
}
process.stdout.write(`built ${bundles.map((b) => path.join(out, b.file)).join(' and ')}\n`);
