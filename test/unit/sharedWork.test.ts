import { describe, expect, it } from 'vitest';
import { SharedWork } from '#members/sharedWork.js';

describe('shared work', () => {
  it('runs one piece of work per key while it is in flight, and a new one after it settles', async () => {
    const shared = new SharedWork();
    let started = 0;
    let release: (value: string) => void = () => {};
    const start = () => {
      started += 1;
      return new Promise<string>((resolve) => {
        release = resolve;
      });
    };
    const first = shared.run('member:servers', start);
    const second = shared.run('member:servers', start);
    const other = shared.run('other:servers', () => Promise.resolve('other'));
    expect(started).toBe(1);
    release('listing');
    expect(await first).toBe('listing');
    expect(await second).toBe('listing');
    expect(await other).toBe('other');
    expect(shared.size).toBe(0);
    const third = shared.run('member:servers', () => Promise.resolve('again'));
    expect(await third).toBe('again');
  });

  it('lets every waiter see a failure, then forgets it', async () => {
    const shared = new SharedWork();
    const failing = () => Promise.reject(new Error('panel down'));
    const a = shared.run('k', failing);
    const b = shared.run('k', failing);
    await expect(a).rejects.toThrow('panel down');
    await expect(b).rejects.toThrow('panel down');
    expect(shared.size).toBe(0);
  });
});
