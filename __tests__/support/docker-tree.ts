import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/** A hash of a directory tree: paths, types, modes, contents and link targets, `.git` included. */
export function treeHash(root: string): string {
  const hash = createHash('sha256');
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel)).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      const abs = join(root, path);
      const stat = lstatSync(abs);
      hash.update(`${path}\0${stat.mode}\0`);
      if (stat.isSymbolicLink()) hash.update(readlinkSync(abs));
      else if (stat.isDirectory()) walk(path);
      else hash.update(readFileSync(abs));
    }
  };
  walk('');
  return hash.digest('hex');
}
