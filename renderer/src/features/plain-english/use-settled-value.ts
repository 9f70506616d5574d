import { startTransition, useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `delayMs`: work that follows from it (a readability check) runs after
 * the typing settles, in a transition, and never in the frame of a keystroke.
 */
export function useSettledValue<T>(value: T, delayMs = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return undefined;
    const timer = setTimeout(() => startTransition(() => setSettled(value)), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
