// Reads, parses and validates a workflow file (DESIGN.md §2): YAML with positions, the JSON
// Schema, then the semantic pass. Every problem is collected, not just the first.
import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { WorkflowError, type Diagnostic } from './errors.js';
import type { WorkflowKinds } from './kinds.js';
import type { Workflow } from './model.js';
import { MAX_FILE_BYTES, parseYaml } from './parse.js';
import { SourceMap } from './positions.js';
import { checkSchema } from './schema.js';
import { validateWorkflow } from './validate.js';
import { isObject } from './where.js';
import { messageOf } from '../common/errors.js';

export interface LoadOptions {
  /** The kinds this build supports; a step of another kind is a validation error. */
  registry: WorkflowKinds;
  /** The directory a relative path is read from (the CLI's working directory); messages keep the path as given. */
  cwd?: string;
}

/** Reads, parses and validates a workflow file; throws WorkflowError with every problem found. */
export async function loadWorkflow(path: string, options: LoadOptions): Promise<Workflow> {
  const where = options.cwd === undefined ? path : resolve(options.cwd, path);
  let bytes: Buffer;
  try {
    const { size } = await stat(where);
    if (size > MAX_FILE_BYTES) {
      throw new WorkflowError([
        at(path, `the file is ${size} bytes, over the limit of ${MAX_FILE_BYTES} bytes (1 MiB)`),
      ]);
    }
    bytes = await readFile(where);
  } catch (error) {
    if (error instanceof WorkflowError) throw error;
    const reason = messageOf(error);
    throw new WorkflowError([at(path, `cannot read the workflow file (${reason})`)]);
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    // The bytes before the bad one decode exactly, so their length is its offset in the text.
    const before = bytes
      .subarray(0, bad)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const { line, col } = new SourceMap(path, before.replace(/\r(?!\n)/g, '\n')).position(
      before.length,
    );
    const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new WorkflowError([
      {
        file: path,
        line,
        col,
        message: `byte 0x${hex} (at byte offset ${bad}) is not valid UTF-8; workflow files are UTF-8 text, so save the file as UTF-8`,
      },
    ]);
  }
  return check(bytes.toString('utf8'), path, options, sha256(bytes));
}

/** Offset of the first byte that does not belong to well-formed UTF-8 (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    // Lead byte: length, and the range the second byte must lie in (no overlongs, no surrogates).
    const [length, low, high] =
      b >= 0xc2 && b <= 0xdf
        ? [2, 0x80, 0xbf]
        : b === 0xe0
          ? [3, 0xa0, 0xbf]
          : b === 0xed
            ? [3, 0x80, 0x9f]
            : b >= 0xe1 && b <= 0xef
              ? [3, 0x80, 0xbf]
              : b === 0xf0
                ? [4, 0x90, 0xbf]
                : b === 0xf4
                  ? [4, 0x80, 0x8f]
                  : b >= 0xf1 && b <= 0xf3
                    ? [4, 0x80, 0xbf]
                    : [0, 0, 0];
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const [lo, hi] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += length;
  }
  return -1;
}

/** The same from text already in memory (`file` is used in messages only). */
export function parseWorkflow(source: string, file: string, options: LoadOptions): Workflow {
  return check(source, file, options, sha256(Buffer.from(source, 'utf8')));
}

function check(source: string, file: string, options: LoadOptions, hash: string): Workflow {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const { value, map, problems, broken } = parseYaml(text, file);
  if (broken) throw new WorkflowError(problems.diagnostics(undefined));
  if (!isObject(value)) {
    const what = value === undefined || value === null ? 'is empty' : 'is not a mapping';
    problems.at(0, '', `the workflow ${what}; it needs at least version: 1 and steps`);
    throw new WorkflowError(problems.diagnostics(value));
  }
  checkSchema(value, problems);
  const { workflow, extra } = validateWorkflow({
    root: value,
    file,
    hash,
    map,
    problems,
    registry: options.registry,
  });
  const diagnostics = problems.diagnostics(value, extra);
  if (diagnostics.length > 0) throw new WorkflowError(diagnostics);
  return workflow;
}

function at(file: string, message: string): Diagnostic {
  return { file, line: 1, col: 1, message };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
