// The schema engine's wasm arms 10 s timeouts (through its `__wbg_setTimeout_*` import) and never
// clears them, so every CLI run would linger 10 s after its work is done. These imports hand the
// engine timers we keep track of, to clear once no engine is running any more. Clearing them
// earlier could strand an engine that is still waiting on one.

const pending = new Set<ReturnType<typeof setTimeout>>();
let running = 0;

/** The engine's imports, with every setTimeout binding replaced by a tracked one. */
export function withTrackedTimers<T extends Record<string, unknown>>(bindings: T): T {
  const imports: Record<string, unknown> = { ...bindings };
  for (const [name, binding] of Object.entries(bindings)) {
    if (name.startsWith('__wbg_setTimeout_') && typeof binding === 'function') {
      imports[name] = trackedSetTimeout;
    }
  }
  return imports as T;
}

function trackedSetTimeout(callback: () => void, ms: number) {
  const timer = setTimeout(() => {
    pending.delete(timer);
    callback();
  }, ms >>> 0);
  pending.add(timer);
  return timer;
}

/** Brackets one engine session; the last one out clears what the engines left behind. */
export async function whileEngineRuns<T>(work: () => Promise<T>): Promise<T> {
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    if (running === 0) {
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
    }
  }
}
