// A cancel answered at once while the work goes on to its own end (issue #18): the caller
// gets the cancel, a late failure of the work is heard of but not thrown, and the edge can
// wait for the work that went on before it exits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../src/engine/types.js';
import { lateWorkEnded, returnOnCancel } from '../src/sandbox/return-on-cancel.js';

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('returnOnCancel', () => {
  it('settles as the work does when nothing cancels', async () => {
    await expect(returnOnCancel(Promise.resolve(7), new AbortController().signal)).resolves.toBe(7);
    const failing = Promise.reject(new Error('engine said no'));
    await expect(returnOnCancel(failing, new AbortController().signal)).rejects.toThrow(
      'engine said no',
    );
  });

  it('rejects with the cancel at once, hears of a late failure, and lets the edge wait for the rest', async () => {
    const work = deferred<number>();
    const cancel = new AbortController();
    const late: unknown[] = [];
    const pending = returnOnCancel(work.promise, cancel.signal, (e) => late.push(e));
    cancel.abort(new CancelledError('the run was cancelled by SIGINT'));
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    // The work has not ended: waiting for it stops at the bound.
    expect(await lateWorkEnded(20)).toBe(false);
    work.reject(new Error('removed what it created, then failed'));
    expect(await lateWorkEnded(1_000)).toBe(true);
    expect(late).toEqual([new Error('removed what it created, then failed')]);
  });

  it('rejects at once when the cancel came first', async () => {
    const cancel = new AbortController();
    cancel.abort(new CancelledError());
    const work = deferred<number>();
    await expect(returnOnCancel(work.promise, cancel.signal)).rejects.toBeInstanceOf(
      CancelledError,
    );
    work.resolve(1);
    expect(await lateWorkEnded(1_000)).toBe(true);
  });

  it('hands a value the work gives after the cancel to release, which the edge waits for', async () => {
    const work = deferred<string>();
    const cancel = new AbortController();
    const released = deferred<undefined>();
    const got: string[] = [];
    const pending = returnOnCancel(work.promise, cancel.signal, undefined, async (box) => {
      got.push(box);
      await released.promise;
    });
    cancel.abort(new CancelledError());
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    work.resolve('container-1');
    // The release (a container's removal) is late work: the edge waits for it.
    expect(await lateWorkEnded(20)).toBe(false);
    expect(got).toEqual(['container-1']);
    released.resolve(undefined);
    expect(await lateWorkEnded(1_000)).toBe(true);
  });

  // The law: whatever the order of the value and the cancel, down to microtasks, exactly one
  // of the caller and release gets the value (a container opened is removed by one of them).
  it('gives every value to exactly one of the caller and release', async () => {
    const ticks = async (n: number) => {
      for (let i = 0; i < n; i++) await Promise.resolve();
    };
    await fc.assert(
      fc.asyncProperty(fc.nat(6), fc.nat(6), fc.boolean(), async (valueAt, cancelAt, early) => {
        const work = deferred<number>();
        const cancel = new AbortController();
        if (early && cancelAt === 0) cancel.abort(new CancelledError());
        let receivers = 0;
        const pending = returnOnCancel(work.promise, cancel.signal, undefined, async () => {
          receivers++;
        });
        const caller = pending.then(
          () => receivers++,
          () => undefined,
        );
        await Promise.all([
          ticks(valueAt).then(() => work.resolve(1)),
          ticks(cancelAt).then(() => cancel.abort(new CancelledError())),
        ]);
        await caller;
        expect(await lateWorkEnded(1_000)).toBe(true);
        expect(receivers).toBe(1);
      }),
    );
  });
});
