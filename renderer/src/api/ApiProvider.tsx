import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { ApiClient } from './client';

const ApiContext = createContext<ApiClient | null>(null);

/**
 * Gives screens the query cache and the client picked at start (the one whose changes mark the cache's answers
 * stale); tests and stories can hand in their own.
 */
export function ApiProvider({ client, queryClient, children }: { client: ApiClient; queryClient: QueryClient; children: ReactNode }): ReactNode {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiContext value={client}>{children}</ApiContext>
    </QueryClientProvider>
  );
}

/** The client, for changes and for calls whose answers are not kept (downloads, exports, search as it is typed). */
export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi needs an <ApiProvider> above it');
  return client;
}
