/** The local scheduler's reading of EventBridge schedule expressions. */
export class UnsupportedScheduleError extends Error {
  override readonly name = 'UnsupportedScheduleError';
}

const UNIT_MS = { minute: 60_000, minutes: 60_000, hour: 3_600_000, hours: 3_600_000, day: 86_400_000, days: 86_400_000 } as const;

/**
 * `rate(5 minutes)` -> 300000. Locally only rate() runs on a timer; a cron() source is
 * crawled at start and then hourly, which is said on the console rather than hidden.
 */
export function parseRate(expression: string): number {
  const m = /^rate\((\d+)\s+(minutes?|hours?|days?)\)$/.exec(expression.trim());
  if (!m) {
    if (/^cron\(/.test(expression)) return UNIT_MS.hour;
    throw new UnsupportedScheduleError(`unsupported schedule expression: ${expression}`);
  }
  return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
}
