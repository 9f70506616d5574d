import type { Input, Method, Output } from '../../../shared/api/contract';
import { API_PATH, TOKEN_HEADER } from '../../../shared/api/transport';
import type { Page } from 'playwright-core';

/**
 * Asks the backend from inside the page, as the renderer does (same origin, token header), so a test can pick its
 * data — say, a meeting with an exempt item — without knowing how the demo was built.
 */
export async function callApi<M extends Method>(page: Page, token: string, method: M, input: Input<M>): Promise<Output<M>> {
  const envelope = await page.evaluate(
    async ({ url, header, token: value, body }) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [header]: value },
        body,
      });
      return (await response.json()) as unknown;
    },
    { url: `${API_PATH}${method}`, header: TOKEN_HEADER, token, body: JSON.stringify(input) },
  );
  if (typeof envelope !== 'object' || envelope === null || !('ok' in envelope) || envelope.ok !== true || !('value' in envelope)) {
    throw new Error(`${method} failed: ${JSON.stringify(envelope)}`);
  }
  // The backend answered this method: its value has the contract's output type.
  return envelope.value as Output<M>;
}
