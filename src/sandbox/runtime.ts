// The container runtime the sandbox step kind depends on. The Docker adapter
// (docker-runtime.ts) implements it; the engine's tests may use an in-memory one.
// Hardening is not a choice of the caller: every container an adapter runs is
// hardened (see hardening.ts), so a spec can only ask for limits, never for privileges.

import type { KeptContainer, StartContainerOptions } from './exec.js';
import { WfloError } from '../common/errors.js';

export type Labels = Record<string, string>;

export type MountSpec =
  | { type: 'bind'; source: string; target: string; readOnly: true }
  | { type: 'volume'; source: string; target: string; readOnly: boolean }
  | { type: 'tmpfs'; target: string; sizeBytes: number; options: string[] };

export interface ContainerSpec {
  image: string;
  cmd: string[];
  /** Exactly the environment the container sees; nothing is inherited from the runner. */
  env: Record<string, string>;
  /** Numeric `uid:gid`. */
  user: string;
  workingDir: string;
  labels: Labels;
  memoryBytes: number;
  nanoCpus: number;
  pidsLimit: number;
  nofileLimit: number;
  /** Size of the `noexec,nosuid,nodev` tmpfs at /tmp. */
  tmpSizeBytes: number;
  network: 'none' | 'host';
  /** OCI runtime name (`runc`, `runsc`); absent means the engine's default. */
  runtime?: string;
  mounts: MountSpec[];
  /** Keeps stdin open (never written): the volume holder idles on `read`, a shell builtin. */
  openStdin?: boolean;
}

/**
 * Every volume wflo creates is a capped tmpfs: a step fills memory it is charged for, never
 * the runner's disk. Root owned by `uid:gid`, `nosuid,nodev` always, `noexec` unless `exec`.
 */
export interface VolumeLimits {
  sizeBytes: number;
  inodes: number;
  uid: number;
  gid: number;
  exec: boolean;
}

/** A tar archive put into the created container before it starts (into a volume path). */
export interface ArchiveIn {
  path: string;
  tar: Buffer | NodeJS.ReadableStream;
}

/**
 * A path read back as a tar archive after the container exits, before it is removed. The
 * read has a deadline (READ_BACK_MS, read-back.ts) and stops at a cancel: the stream is then
 * destroyed and `signal` aborted; `read` should stop at its first refusal, not drain.
 */
export interface ArchiveOut {
  path: string;
  read(tar: NodeJS.ReadableStream, signal: AbortSignal): Promise<void>;
}

export interface RunContainerOptions {
  /** Aborting stops the container fast (kill) and the run resolves with `cancelled`. */
  signal: AbortSignal;
  /** After this, the container is stopped: SIGTERM, then SIGKILL after `graceMs`. */
  timeoutMs?: number;
  /** Aborting stops the container as a timeout does (with the grace); the result says `timedOut`. */
  stopSignal?: AbortSignal;
  graceMs: number;
  stdoutCapBytes: number;
  stderrCapBytes: number;
  archivesIn?: ArchiveIn[];
  archivesOut?: ArchiveOut[];
  /** Deadline of each read-back (archivesOut); defaults to READ_BACK_MS. */
  readBackMs?: number;
}

export interface CapturedStream {
  /** The first `cap` bytes. */
  data: Buffer;
  /** Every byte the stream produced, kept or not. */
  totalBytes: number;
  truncated: boolean;
}

export interface ContainerResult {
  exitCode: number;
  timedOut: boolean;
  cancelled: boolean;
  /** OOMKilled and exit 137: the main process was killed for memory. */
  oomKilled: boolean;
  stdout: CapturedStream;
  stderr: CapturedStream;
  durationMs: number;
}

export interface ImageInfo {
  id: string;
  /** The image's `VOLUME` paths (Config.Volumes). */
  volumes?: string[];
  /** `name@sha256:…` when the image came from a registry; absent for local builds. */
  repoDigest?: string;
}

export interface RuntimeResource {
  kind: 'container' | 'volume';
  /** Container id or volume name. */
  id: string;
  labels: Labels;
  createdMs: number;
}

export interface ContainerRuntime {
  /**
   * Asks the engine whether it answers at all (`/_ping`): the pre-flight before a run's first
   * step. Rejects with a ContainerRuntimeError; an in-memory runtime, always there, may omit it.
   */
  ping?(signal: AbortSignal): Promise<void>;
  /** Names of the OCI runtimes the engine offers (`docker info` Runtimes). */
  runtimes(signal?: AbortSignal): Promise<string[]>;
  inspectImage(image: string, signal?: AbortSignal): Promise<ImageInfo | undefined>;
  /** `live` lines are the throttled byte counts (the live log); the others a layer's state. */
  pullImage(
    image: string,
    onProgress: (line: string, live?: boolean) => void,
    signal?: AbortSignal,
  ): Promise<void>;
  createVolume(
    name: string,
    labels: Labels,
    signal: AbortSignal | undefined,
    limits: VolumeLimits,
  ): Promise<void>;
  removeVolume(name: string): Promise<void>;
  /** Create, start, capture, wait and remove one container; it never outlives this call. */
  runContainer(spec: ContainerSpec, options: RunContainerOptions): Promise<ContainerResult>;
  /** Containers (running or not) and volumes carrying every given label (`key` or `key=value`). */
  listResources(labels: string[], signal?: AbortSignal): Promise<RuntimeResource[]>;
  removeContainer(id: string): Promise<void>;
  /** Starts a container kept running for commands exec'd into it (exec.ts); the caller removes it. */
  startContainer?(spec: ContainerSpec, options: StartContainerOptions): Promise<KeptContainer>;
}

/** A failure of the engine itself (not of the command in the container). */
export class ContainerRuntimeError extends WfloError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ContainerRuntimeError';
  }
}
