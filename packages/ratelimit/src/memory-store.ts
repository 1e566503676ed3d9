export interface WindowOutcome {
  success: boolean;
  limit: number;
  remaining: number;
  /** Epoch milliseconds at which the current window ends and the allowance is whole again. */
  reset: number;
}

interface Counter {
  /** When this identifier's current window ends. */
  end: number;
  used: number;
}

const SWEEP_INTERVAL_MS = 60_000;

/**
 * The in-process fallback when no Redis is configured. Same rule as the Redis stores: each
 * identifier's window opens at its first check and lasts `windowMs`; at most `limit` checks pass
 * inside it, and the whole allowance returns when it ends. Counters are per process: fine for
 * development and a single instance, not for a fleet.
 */
export function createMemoryWindow() {
  const counters = new Map<string, Counter>();
  let lastSweep = Date.now();

  // Sweeping on use instead of on a timer keeps the process free of handles that hold it open.
  function sweep(now: number) {
    if (now - lastSweep < SWEEP_INTERVAL_MS) return;
    lastSweep = now;
    for (const [key, counter] of counters) {
      if (counter.end <= now) counters.delete(key);
    }
  }

  return {
    limit(key: string, limit: number, windowMs: number): WindowOutcome {
      const now = Date.now();
      sweep(now);
      let counter = counters.get(key);
      if (!counter) {
        counter = { end: now + windowMs, used: 0 };
        counters.set(key, counter);
      } else if (now >= counter.end) {
        // Later windows follow on from the first one, as the Redis bucket's refills do.
        counter.end += (Math.floor((now - counter.end) / windowMs) + 1) * windowMs;
        counter.used = 0;
      }
      const reset = counter.end;
      if (counter.used >= limit) return { success: false, limit, remaining: 0, reset };
      counter.used += 1;
      return { success: true, limit, remaining: limit - counter.used, reset };
    },
    size: () => counters.size,
    clear: () => counters.clear(),
  };
}
