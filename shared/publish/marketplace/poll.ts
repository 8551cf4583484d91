import { setTimeout as delay } from 'node:timers/promises';
import type { Timing } from './marketplace-settings.js';

/**
 * Reads until `settled` holds or the deadline passes. `first`, when given, is checked before
 * the first read (a reply already in hand).
 */
export async function pollUntil<T>(read: () => Promise<T>, settled: (value: T) => boolean, timing: Timing, first?: T): Promise<{ done: boolean; last: T }> {
  const deadline = Date.now() + timing.deadlineMs;
  let last = first ?? (await read());
  while (!settled(last)) {
    if (Date.now() + timing.pollMs > deadline) return { done: false, last };
    await delay(timing.pollMs);
    last = await read();
  }
  return { done: true, last };
}
