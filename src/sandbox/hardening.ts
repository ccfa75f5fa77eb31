import type { ContainerCreateOptions } from 'dockerode';
import type { ContainerSpec } from './runtime.js';

/**
 * Docker create options for a spec, with every hardening default on (DESIGN.md §5).
 * Nothing in a spec can turn one off: the spec carries limits and mounts, not privileges.
 */
export function toCreateOptions(spec: ContainerSpec): ContainerCreateOptions {
  const tmpfs: Record<string, string> = {
    '/tmp': `rw,noexec,nosuid,nodev,size=${spec.tmpSizeBytes}`,
  };
  const mounts = [];
  for (const m of spec.mounts) {
    if (m.type === 'tmpfs') {
      tmpfs[m.target] = [...m.options, `size=${m.sizeBytes}`].join(',');
    } else {
      mounts.push({ Type: m.type, Source: m.source, Target: m.target, ReadOnly: m.readOnly });
    }
  }
  return {
    Image: spec.image,
    Cmd: spec.cmd,
    // The image's entrypoint would run before `sh -c`: the step's command is all that runs.
    Entrypoint: [],
    Env: Object.entries(spec.env).map(([k, v]) => `${k}=${v}`),
    User: spec.helperChown ? '0:0' : spec.user,
    WorkingDir: spec.workingDir,
    Labels: spec.labels,
    Tty: false,
    OpenStdin: false,
    AttachStdin: false,
    AttachStdout: true,
    AttachStderr: true,
    NetworkDisabled: spec.network === 'none',
    HostConfig: {
      CapDrop: ['ALL'],
      CapAdd: spec.helperChown ? ['CHOWN'] : [],
      SecurityOpt: ['no-new-privileges'],
      Privileged: false,
      ReadonlyRootfs: true,
      Tmpfs: tmpfs,
      Mounts: mounts,
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
