const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The date (`YYYY-MM-DD`) and time (`HH:MM`) in Europe/London at an instant: meetings are dated in London, whatever the laptop says. */
export function londonParts(instant: Date): { date: string; time: string } {
  const parts = Object.fromEntries(LONDON.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
}

/** The calendar date in Europe/London at an instant given as ISO 8601. */
export const londonDate = (instant: string): string => londonParts(new Date(instant)).date;

/** The calendar date in Europe/London at an instant. */
export const londonDateOf = (instant: Date): string => londonParts(instant).date;
