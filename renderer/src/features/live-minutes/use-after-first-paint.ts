import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './draft-store';

/**
 * False for the first render, true once that render has been painted. A screen shows what is needed first (the
 * minute of the item on screen) at once, and the rest (attendance, interests, readability) a frame later, in a
 * transition that gives way to typing. The rest still follows within a frame or two, without asking.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let live = true;
    afterNextPaint(() => {
      if (live) startTransition(() => setPainted(true));
    });
    return () => {
      live = false;
    };
  }, []);
  return painted;
}
