/** Calendar days as the engine takes them: YYYY-MM-DD, read in UTC so every server and browser agree. */

/** The UTC calendar day of an instant: 2026-12-02T18:35:07Z → "2026-12-02". */
export function isoDateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/**
 * Today, as a UTC calendar day. The engine's only clock reading: the default proposal date when a
 * caller gives none (the web app passes the current date; tests and saved proposals pass their own).
 */
export function todayIsoDate(): string {
  // Formatting a Date costs about 0.6 µs, a twentieth of an evaluation: format once per UTC day.
  const day = Math.floor(Date.now() / MS_PER_DAY);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDate = isoDateOf(new Date(day * MS_PER_DAY));
  }
  return cachedDate;
}

const MS_PER_DAY = 86_400_000;
let cachedDay = Number.NaN;
let cachedDate = "";
