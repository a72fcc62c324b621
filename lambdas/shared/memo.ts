/**
 * One promise per id, built on first use: clients, keys and tenant contexts are expensive and
 * reused across a warm Lambda's invocations. A failed build is forgotten, so the next call
 * tries again instead of failing forever.
 */
export function memo<T>(make: (id: string) => Promise<T>): (id: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (id) => {
    let p = cache.get(id);
    if (!p) {
      p = make(id);
      cache.set(id, p);
      p.catch(() => cache.delete(id));
    }
    return p;
  };
}
