import type { Locale } from "../i18n/locale.ts";

/** Parses seconds (`3725`, `"3725"`) or clock time (`"1:02:05"`, `"62:05"`) into whole seconds. */
export function parseDuration(value: number | string): number | undefined {
  if (typeof value === "number") {
    return Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
  }
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text));
  const match = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:\.\d+)?$/.exec(text);
  if (!match) return undefined;
  const [, hours = "0", minutes, secs] = match;
  if (Number(secs) > 59 || (match[1] !== undefined && Number(minutes) > 59)) return undefined;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(secs);
}

/** `3725` → `"1:02:05"`, `305` → `"5:05"`: the clock form players show. */
export function formatClock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = h > 0 ? String(m).padStart(2, "0") : String(m);
  return `${h > 0 ? `${h}:` : ""}${mm}:${String(s).padStart(2, "0")}`;
}

/**
 * `3725` → `"1 h 2 min"`, `42` → `"42 s"`: the form a listener reads in a list, in the words of the
 * show's locale (`1 Std. 2 Min.` would be Intl's German; the tables keep the short forms players use).
 */
export function formatLength(seconds: number, locale: Pick<Locale, "t">): string {
  if (seconds < 60) return locale.t("durationSeconds", { seconds });
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.round((seconds % 3600) / 60);
  if (hours === 0) return locale.t("durationMinutes", { minutes });
  return minutes === 0 ? locale.t("durationHours", { hours }) : locale.t("durationHoursMinutes", { hours, minutes });
}

/** ISO 8601 duration for `<time datetime>`. */
export function isoDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}${s || (!h && !m) ? `${s}S` : ""}`;
}
