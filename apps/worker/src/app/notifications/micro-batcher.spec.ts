import { MicroBatcher } from './micro-batcher.js';

describe('MicroBatcher', () => {
  it('answers calls of one tick with one batch call, in order', async () => {
    const batches: number[][] = [];
    const batcher = new MicroBatcher<number, number>(async (inputs) => {
      batches.push(inputs);
      return inputs.map((input) => input * 2);
    });
    expect(await Promise.all([1, 2, 3].map((n) => batcher.load(n)))).toEqual([2, 4, 6]);
    expect(await batcher.load(4)).toBe(8);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it('splits at the batch limit and rejects every caller of a failed batch', async () => {
    const sizes: number[] = [];
    const batcher = new MicroBatcher<number, number>(async (inputs) => {
      sizes.push(inputs.length);
      if (inputs.includes(13)) throw new Error('boom');
      return inputs;
    }, 5);
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, n) => batcher.load(n + 5)));
    expect(sizes).toEqual([5, 5, 2]);
    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(5);
  });
});
