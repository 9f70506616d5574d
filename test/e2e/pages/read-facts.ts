import type { Locator } from 'playwright-core';

/** A description list's terms and details as a plain record: `{ Kind: 'Committee', Quorum: '3 members' }`. */
export async function readFacts(list: Locator): Promise<Record<string, string>> {
  return list.evaluate((dl) => {
    const facts: Record<string, string> = {};
    for (const term of Array.from(dl.querySelectorAll('dt'))) {
      const detail = term.nextElementSibling;
      if (detail?.tagName === 'DD') facts[(term.textContent ?? '').trim()] = (detail.textContent ?? '').trim();
    }
    return facts;
  });
}
