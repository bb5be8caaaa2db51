/** `<input type="datetime-local">` speaks local wall-clock time without a zone: "2025-01-09T22:41". */
export function toLocalInput(time: number): string {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** The instant a datetime-local value means on this computer, or NaN when it is no valid date and time. */
export function fromLocalInput(value: string): number {
  // Without a zone, ECMAScript reads a date-time as local time, which is what the coach typed.
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value) ? Date.parse(value) : Number.NaN;
}
