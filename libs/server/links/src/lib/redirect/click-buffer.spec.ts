import { ClickBuffer } from './click-buffer';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ClickBuffer', () => {
  it('writes a batch as soon as batchSize clicks wait, one write per batch', async () => {
    const writes: number[][] = [];
    const buffer = new ClickBuffer<number>({ flushIntervalMs: 60_000, batchSize: 3, maxBuffered: 100 }, async (b) => {
      writes.push(b);
    });
    for (let i = 1; i <= 7; i++) buffer.push(i);
    for (let i = 0; i < 5; i++) await tick();
    expect(writes).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(buffer.buffered).toBe(1);
    await buffer.flush();
    expect(writes).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(buffer.written).toBe(7);
    expect(buffer.dropped).toBe(0);
  });

  it('writes what waits every flushIntervalMs', async () => {
    jasmine.clock().install();
    try {
      const writes: number[][] = [];
      const buffer = new ClickBuffer<number>({ flushIntervalMs: 100, batchSize: 50, maxBuffered: 100 }, async (b) => {
        writes.push(b);
      });
      buffer.start();
      buffer.push(1);
      buffer.push(2);
      jasmine.clock().tick(99);
      expect(writes).toEqual([]);
      jasmine.clock().tick(1);
      expect(writes).toEqual([[1, 2]]);
      buffer.stop();
    } finally {
      jasmine.clock().uninstall();
    }
  });

  it('is bounded: beyond maxBuffered (waiting or being written) clicks are dropped and counted', async () => {
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const dropped: number[] = [];
    const buffer = new ClickBuffer<number>({ flushIntervalMs: 60_000, batchSize: 2, maxBuffered: 3 }, () => blocked, {
      dropped: (n) => dropped.push(n),
    });
    expect([1, 2, 3, 4, 5].map((i) => buffer.push(i))).toEqual([true, true, true, false, false]);
    await tick(); // the first batch [1, 2] is now being written (and still counts against the bound)
    expect(buffer.push(6)).toBeFalse();
    expect(buffer.dropped).toBe(3);
    expect(dropped).toEqual([1, 1, 1]);
    release();
    await buffer.flush();
    expect(buffer.written).toBe(3);
    expect(buffer.buffered).toBe(0);
  });

  it('tries a failed batch again (order kept), then drops and counts it', async () => {
    const writes: number[][] = [];
    let failures = 1;
    const buffer = new ClickBuffer<number>(
      { flushIntervalMs: 60_000, batchSize: 10, maxBuffered: 100, maxAttempts: 2 },
      async (b) => {
        writes.push(b);
        if (failures-- > 0) throw new Error('database away');
      },
    );
    buffer.push(1);
    buffer.push(2);
    await buffer.flush();
    expect(writes).toEqual([
      [1, 2],
      [1, 2],
    ]);
    expect(buffer.written).toBe(2);

    const failing = new ClickBuffer<number>(
      { flushIntervalMs: 60_000, batchSize: 10, maxBuffered: 100, maxAttempts: 3 },
      async () => {
        throw new Error('database away');
      },
    );
    failing.push(1);
    failing.push(2);
    await failing.flush(); // ends although every write fails
    expect(failing.dropped).toBe(2);
    expect(failing.buffered).toBe(0);
  });
});
