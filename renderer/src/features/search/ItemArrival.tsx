import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { useAnnounce } from '../../components/Announcer';
import '../../styles/trackers.css';

/** How long to wait for the meeting screen to draw the item before giving up quietly. */
const GIVE_UP_MS = 10_000;
const POLL_MS = 50;
const TARGET_CLASS = 'arrival-target';

/**
 * A meeting opened at one item (from a search result, the resolutions register or the actions tracker): once the
 * meeting screen has drawn that item, it is scrolled into view, marked, and its heading focused, so a screen
 * reader starts there and the next Tab continues from it. The screen itself only has to label each item with
 * `data-item-id`.
 */
export function ItemArrival({ itemId }: { itemId: string }): ReactNode {
  const announce = useAnnounce();
  useEffect(() => {
    let timer = 0;
    let marked: Element | null = null;
    const started = Date.now();
    const look = (): void => {
      const item = document.querySelector(`[data-item-id="${CSS.escape(itemId)}"]`);
      if (item === null || document.querySelector('.loading') !== null) {
        if (Date.now() - started < GIVE_UP_MS) timer = window.setTimeout(look, POLL_MS);
        return;
      }
      // One more turn: the screen's own heading takes focus as it appears, and the item must win.
      timer = window.setTimeout(() => {
        const heading = item.querySelector<HTMLElement>(':scope > :is(h2, h3, h4, h5, h6)') ?? (item as HTMLElement);
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        item.classList.add(TARGET_CLASS);
        marked = item;
        heading.scrollIntoView({ block: 'center' });
        heading.focus({ preventScroll: true });
        announce(`Showing ${(heading.textContent ?? 'the item').replace(/\s+/g, ' ').trim()}`);
      }, POLL_MS);
    };
    look();
    return () => {
      window.clearTimeout(timer);
      marked?.classList.remove(TARGET_CLASS);
    };
  }, [itemId, announce]);
  return null;
}
