const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "5 minutes", "1 hour", "1 hour 30 minutes": a time allowance in words. */
export function formatDuration(totalMinutes: number): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return plural(rest, 'minute', 'minutes');
  if (rest === 0) return plural(hours, 'hour', 'hours');
  return `${plural(hours, 'hour', 'hours')} ${plural(rest, 'minute', 'minutes')}`;
}
