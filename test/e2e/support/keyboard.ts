import type { Locator, Page } from 'playwright-core';

/**
 * Presses Tab until `target` has focus, as a keyboard user moves through a screen: Shift+Tab when the target comes
 * before the focused element in the page, as the user would see it is above. Fails if it is not reached within
 * `max` presses: it may be missing, hidden, or not focusable.
 */
export async function tabTo(page: Page, target: Locator, options: { max?: number } = {}): Promise<void> {
  const { max = 200 } = options;
  await target.waitFor();
  const backwards = await target.evaluate((el) => {
    const from = document.activeElement;
    return from !== null && from !== document.body && (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  });
  for (let i = 0; i <= max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing');
  throw new Error(`Could not reach ${target.toString()} with ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}; focus is on ${where}`);
}

/**
 * Types a date (`YYYY-MM-DD`) into the focused date field, by its segments. The order of the segments follows the
 * browser's language, so the US order is tried first and, if the field reads otherwise, the day-first order.
 */
export async function typeDate(page: Page, field: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
  if ((await field.inputValue()) === iso) return;
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type(`${day}${month}${year}`);
  if ((await field.inputValue()) !== iso) throw new Error(`The date field reads ${await field.inputValue()} after typing ${iso}`);
}

/** Waits for the polite status message to start with `text`. */
export async function announced(page: Page, text: string): Promise<void> {
  await page.waitForFunction((expected) => (document.querySelector('[data-testid="live-region"]')?.textContent ?? '').startsWith(expected), text);
}
