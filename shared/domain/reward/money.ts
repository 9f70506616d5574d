/** Money is held in whole pence, so that sums are exact; these turn it into words and back. */

const GROUPED = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 0, useGrouping: true });

/** "£1,234.50", "£0.00", "-£3.20": pence as a clerk reads money. */
export function formatPence(pence: number): string {
  const whole = Math.round(pence);
  const sign = whole < 0 ? '-' : '';
  const abs = Math.abs(whole);
  return `${sign}£${GROUPED.format(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`;
}

/** "1234.50": pence as a spreadsheet reads money, with no symbol or separators, so columns sum. */
export function penceAsDecimal(pence: number): string {
  const whole = Math.round(pence);
  const abs = Math.abs(whole);
  return `${whole < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Reads an amount typed in pounds ("12.50", "£1,234", "0.5") into pence; null when it is not an amount of money
 * (negative, more than two decimal places, letters).
 */
export function parsePounds(typed: string): number | null {
  const cleaned = typed.trim().replace(/^£/, '').replace(/,/g, '').trim();
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned) ?? /^()\.(\d{1,2})$/.exec(cleaned);
  if (!match) return null;
  const pounds = match[1] === '' || match[1] === undefined ? 0 : Number(match[1]);
  const pence = Number((match[2] ?? '').padEnd(2, '0') || '0');
  const total = pounds * 100 + pence;
  return Number.isSafeInteger(total) ? total : null;
}
