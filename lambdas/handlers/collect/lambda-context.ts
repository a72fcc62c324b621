import type { Context } from 'aws-lambda';

/**
 * Defers building a handler's dependencies to the first invocation, so importing a handler
 * module has no side effects (tests and the local runtime import them freely) and a warm
 * Lambda reuses clients, caches and the browser.
 */
export function lazy<E, R>(build: () => Promise<(event: E, context: Context) => Promise<R>>): (event: E, context: Context) => Promise<R> {
  let ready: Promise<(event: E, context: Context) => Promise<R>> | undefined;
  return async (event, context) => {
    ready ??= build().catch((e: unknown) => {
      ready = undefined; // a failed cold start is retried on the next invocation
      throw e;
    });
    return (await ready)(event, context);
  };
}
