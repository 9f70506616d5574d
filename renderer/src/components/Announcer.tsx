import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

type Announce = (message: string) => void;

// Two contexts: screens that only announce must not re-render each time the message changes.
const AnnounceContext = createContext<Announce>(() => undefined);
const MessageContext = createContext('');

/** Holds the one polite status message of the app, read out by screen readers through <LiveRegion>. */
export function AnnouncerProvider({ children }: { children: ReactNode }): ReactNode {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const announce = useCallback((next: string) => {
    // Emptying first makes a repeated message ("Agenda loaded" twice) count as a change worth reading out.
    setMessage('');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(next), 100);
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <AnnounceContext value={announce}>
      <MessageContext value={message}>{children}</MessageContext>
    </AnnounceContext>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

/** Rendered once and never unmounted: live regions that appear together with their text are often not read. */
export function LiveRegion(): ReactNode {
  const message = useContext(MessageContext);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {message}
    </div>
  );
}
