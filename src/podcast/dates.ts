/** `2024-02-22`: the machine-readable date for `<time datetime>`. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

// Creating a DateTimeFormat costs far more than using one, and a list page formats dozens of dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** `Feb 22, 2024` in the show's language. Dates are calendar days, so they are read in UTC. */
export function formatDate(date: Date, language: string): string {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone: "UTC" });
    dateFormats.set(language, format);
  }
  return format.format(date);
}
