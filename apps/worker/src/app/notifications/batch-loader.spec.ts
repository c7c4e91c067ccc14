import { batchLoader } from './batch-loader.js';

describe('batchLoader', () => {
  it('answers calls of one tick with one batch call, in order', async () => {
    const batches: number[][] = [];
    const loader = batchLoader<number, number>(async (inputs) => {
      batches.push([...inputs]);
      return inputs.map((input) => input * 2);
    });
    expect(await Promise.all([1, 2, 3].map((n) => loader.load(n)))).toEqual([2, 4, 6]);
    expect(await loader.load(4)).toBe(8);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it('splits at the batch limit and rejects every caller of a failed batch', async () => {
    const sizes: number[] = [];
    const loader = batchLoader<number, number>(async (inputs) => {
      sizes.push(inputs.length);
      if (inputs.includes(13)) throw new Error('boom');
      return inputs;
    }, 5);
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, n) => loader.load(n + 5)));
    expect(sizes).toEqual([5, 5, 2]);
    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(5);
  });

  it('never caches: the same key loaded again is read again', async () => {
    let calls = 0;
    const loader = batchLoader<string, number>(async (keys) => keys.map(() => (calls += 1)));
    expect(await loader.load('a')).toBe(1);
    expect(await loader.load('a')).toBe(2);
  });
});
