import { LruCache } from './lru-cache';

describe('LruCache', () => {
  it('forgets the least recently used entry beyond its size', () => {
    const cache = new LruCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('expires entries with a time to live', () => {
    let now = 1000;
    const cache = new LruCache<boolean>(10, () => now);
    cache.set('gone', true, 500);
    cache.set('kept', true);
    now = 1499;
    expect(cache.get('gone')).toBeTrue();
    now = 1500;
    expect(cache.get('gone')).toBeUndefined();
    now = 1e12;
    expect(cache.get('kept')).toBeTrue();
  });
});
