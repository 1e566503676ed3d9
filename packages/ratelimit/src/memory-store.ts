export interface WindowOutcome {
  success: boolean;
  limit: number;
  remaining: number;
  /** Epoch milliseconds at which the current window ends. */
  reset: number;
}

interface Counter {
  window: number;
  current: number;
  previous: number;
  /** After this instant both windows the counter remembers are over. */
  expiresAt: number;
}

const SWEEP_INTERVAL_MS = 60_000;

/**
 * The in-process fallback when no Redis is configured. It uses the same sliding-window
 * approximation as the Redis limiter (the previous window counts in proportion to how much of
 * it still overlaps), so a limit means the same thing whichever store is behind it. Counters are
 * per process: fine for development and a single instance, not for a fleet.
 */
export function createMemoryWindow() {
  const counters = new Map<string, Counter>();
  let lastSweep = Date.now();

  // Sweeping on use instead of on a timer keeps the process free of handles that hold it open.
  function sweep(now: number) {
    if (now - lastSweep < SWEEP_INTERVAL_MS) return;
    lastSweep = now;
    for (const [key, counter] of counters) {
      if (counter.expiresAt <= now) counters.delete(key);
    }
  }

  return {
    limit(key: string, limit: number, windowMs: number): WindowOutcome {
      const now = Date.now();
      sweep(now);
      const window = Math.floor(now / windowMs);
      const reset = (window + 1) * windowMs;
      let counter = counters.get(key);
      if (!counter || counter.window < window - 1) {
        counter = { window, current: 0, previous: 0, expiresAt: 0 };
        counters.set(key, counter);
      } else if (counter.window === window - 1) {
        counter.previous = counter.current;
        counter.current = 0;
        counter.window = window;
      }
      counter.expiresAt = reset + windowMs;
      const overlap = 1 - (now % windowMs) / windowMs;
      const weightedPrevious = Math.floor(overlap * counter.previous);
      if (weightedPrevious + counter.current >= limit) {
        return { success: false, limit, remaining: 0, reset };
      }
      counter.current += 1;
      return { success: true, limit, remaining: limit - weightedPrevious - counter.current, reset };
    },
    size: () => counters.size,
    clear: () => counters.clear(),
  };
}
