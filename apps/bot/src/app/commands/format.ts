/** Discord renders `<t:unix:style>` in each reader's own time zone and language. */
export function discordTime(at: Date, style: 'D' | 'f' | 'F' | 'R' | 't' = 'f'): string {
  return `<t:${Math.floor(at.getTime() / 1000)}:${style}>`;
}

/** A calendar date (stored as midnight UTC) in words, without a time zone shifting it a day. */
export function calendarDate(date: Date): string {
  return date.toLocaleDateString('en-US', { timeZone: 'UTC', weekday: 'short', year: 'numeric', month: 'long', day: 'numeric' });
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
