import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { ApiClient } from './client';

const ApiContext = createContext<ApiClient | null>(null);

/** Gives screens the client picked at start; tests and stories can hand in their own. */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }): ReactNode {
  return <ApiContext value={client}>{children}</ApiContext>;
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi needs an <ApiProvider> above it');
  return client;
}
