// Byte progress of an image pull, for the live log (issue #14: pulls showed no bytes). The
// engine reports each layer's `progressDetail` many times a second; this sums the layers and
// says it at most once per interval, and once more when the pull ends.

export interface PullEvent {
  id?: string;
  status?: string;
  progressDetail?: { current?: number; total?: number };
}

/** How often a pull says its bytes. */
export const PULL_PROGRESS_MS = 2_000;

export interface PullProgress {
  event(event: PullEvent): void;
  /** The final line, when any bytes were seen. */
  end(): void;
}

export function pullProgress(
  image: string,
  emit: (line: string) => void,
  now: () => number = Date.now,
  everyMs = PULL_PROGRESS_MS,
): PullProgress {
  const layers = new Map<string, { current: number; total: number }>();
  let last = -Infinity;
  const line = () => {
    let current = 0;
    let total = 0;
    for (const l of layers.values()) {
      current += l.current;
      total += l.total;
    }
    return `pulling ${image}: ${formatBytes(current)} of ${formatBytes(total)} (${layers.size} ${layers.size === 1 ? 'layer' : 'layers'})`;
  };
  return {
    event(event) {
      const detail = event.progressDetail;
      if (!event.id || event.status !== 'Downloading' || !detail) {
        // A finished layer counts in full.
        const seen = event.id ? layers.get(event.id) : undefined;
        if (seen && event.status === 'Download complete') seen.current = seen.total;
        return;
      }
      const total = detail.total ?? 0;
      layers.set(event.id, { current: Math.min(detail.current ?? 0, total || Infinity), total });
      const t = now();
      if (t - last < everyMs) return;
      last = t;
      emit(line());
    },
    end() {
      if (layers.size > 0) emit(line());
    },
  };
}

/** `512 B`, `3.4 KiB`, `12.3 MiB`, `1.02 GiB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}
