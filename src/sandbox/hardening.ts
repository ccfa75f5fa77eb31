import type { ContainerCreateOptions, MountSettings } from 'dockerode';
import type { ContainerSpec } from './runtime.js';

/** Files /tmp may hold: a cap on inodes as well as bytes. */
export const TMP_INODES = 16_384;

// Fields dockerode's types lack (BindOptions.NonRecursive is API 1.40+).
interface MountOptions {
  Type: 'bind' | 'volume';
  Source: string;
  Target: string;
  ReadOnly: boolean;
  BindOptions?: { NonRecursive: boolean };
  VolumeOptions?: { NoCopy: boolean };
}

function tmpOwner(user: string): string {
  const [uid = '65534', gid = uid] = user.split(':');
  return `uid=${uid},gid=${gid}`;
}

/**
 * Docker create options for a spec, with every hardening default on (DESIGN.md §5).
 * Nothing in a spec can turn one off: the spec carries limits and mounts, not privileges.
 */
export function toCreateOptions(spec: ContainerSpec): ContainerCreateOptions {
  const tmpfs: Record<string, string> = {
    // HOME=/tmp must be writable by the step's user whatever the image's /tmp is. runc gives
    // a tmpfs the mode of the directory it covers (an image's 0755 /tmp wins over mode=1777),
    // so the step's user also owns it.
    '/tmp': `rw,noexec,nosuid,nodev,size=${spec.tmpSizeBytes},nr_inodes=${TMP_INODES},mode=1777,${tmpOwner(spec.user)}`,
  };
  const mounts: MountOptions[] = [];
  for (const m of spec.mounts) {
    if (m.type === 'tmpfs') {
      tmpfs[m.target] = [...m.options, `size=${m.sizeBytes}`].join(',');
    } else if (m.type === 'bind') {
      // Non-recursive: a host mount below the checkout is not exposed (read-only binds
      // recurse writable otherwise).
      mounts.push({
        Type: 'bind',
        Source: m.source,
        Target: m.target,
        ReadOnly: m.readOnly,
        BindOptions: { NonRecursive: true },
      });
    } else {
      // NoCopy: the image's files at the target never populate a volume.
      mounts.push({
        Type: 'volume',
        Source: m.source,
        Target: m.target,
        ReadOnly: m.readOnly,
        VolumeOptions: { NoCopy: true },
      });
    }
  }
  return {
    Image: spec.image,
    Cmd: spec.cmd,
    // The image's entrypoint would run before `sh -c`: the step's command is all that runs.
    Entrypoint: [],
    Env: Object.entries(spec.env).map(([k, v]) => `${k}=${v}`),
    User: spec.user,
    WorkingDir: spec.workingDir,
    Labels: spec.labels,
    Tty: false,
    OpenStdin: spec.openStdin === true,
    AttachStdin: false,
    AttachStdout: true,
    AttachStderr: true,
    NetworkDisabled: spec.network === 'none',
    HostConfig: {
      CapDrop: ['ALL'],
      CapAdd: [],
      SecurityOpt: ['no-new-privileges'],
      Privileged: false,
      ReadonlyRootfs: true,
      Tmpfs: tmpfs,
      Mounts: mounts as unknown as MountSettings[],
      Binds: [],
      Devices: [],
      PidsLimit: spec.pidsLimit,
      Ulimits: [{ Name: 'nofile', Soft: spec.nofileLimit, Hard: spec.nofileLimit }],
      Memory: spec.memoryBytes,
      // Equal to Memory: no swap, so a memory limit is a limit.
      MemorySwap: spec.memoryBytes,
      NanoCpus: spec.nanoCpus,
      Init: true,
      LogConfig: { Type: 'none', Config: {} },
      NetworkMode: spec.network,
      IpcMode: 'private',
      PidMode: '',
      UTSMode: '',
      UsernsMode: '',
      ...(spec.runtime ? { Runtime: spec.runtime } : {}),
      AutoRemove: false,
    },
  };
}
