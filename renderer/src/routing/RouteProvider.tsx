import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { parseRoute } from './routes';
import type { Route } from './routes';

export type RouteState = {
  readonly route: Route;
  /** False on the first screen after start; true once the user has moved, so focus follows the new screen. */
  readonly navigated: boolean;
};

const RouteContext = createContext<RouteState>({ route: { name: 'boards' }, navigated: false });

export function RouteProvider({ children }: { children: ReactNode }): ReactNode {
  const [state, setState] = useState<RouteState>(() => ({ route: parseRoute(window.location.hash), navigated: false }));
  useEffect(() => {
    const follow = (): void => setState({ route: parseRoute(window.location.hash), navigated: true });
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return <RouteContext value={state}>{children}</RouteContext>;
}

export function useRoute(): RouteState {
  return useContext(RouteContext);
}
