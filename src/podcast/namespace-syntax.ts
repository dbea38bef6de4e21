// How the Podcasting 2.0 namespace writes its values, in one place for both ends: the schemas check
// what editors write against these, and the feed lint checks the written feed against the same.
// Plain TypeScript that imports nothing, for the lint's worker thread.

/** An IPFS content id, as `podcast:source` takes one: `ipfs://QmX33…`. */
export const IPFS = /^ipfs:\/\/[A-Za-z0-9]+(\/[\w.-]+)*$/;

/** `geo:30.2672,-97.7431` (RFC 5870): latitude and longitude, an altitude and parameters at most. */
export const GEO = /^geo:-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?(,-?\d+(\.\d+)?)?(;[\w-]+=[\w.-]+)*$/i;

/** An OpenStreetMap element: its kind (node, way, relation) and id, `R113314`. */
export const OSM = /^[NWR]\d+(#\d+)?$/;

/** An RFC 5545 recurrence rule, as `podcast:updateFrequency` takes it: `FREQ=WEEKLY;BYDAY=MO`. */
export const RRULE = /^FREQ=(SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[A-Za-z0-9,:+-]+)*$/;

/**
 * An amount of `podcast:value` in digits, never in exponent form: YAML and feed readers hand over
 * `0.00000005` as a number, which prints as `5e-8`.
 */
export const amountText = (value: number): string =>
  value
    .toFixed(11)
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "");
