import { getCollection } from "astro:content";
import { type GuestProfile, toGuestProfile } from "../podcast/guests.ts";

/** The guest profiles of `src/content/guests/`, as the catalog reads them. */
export async function guestProfiles(): Promise<GuestProfile[]> {
  const entries = await getCollection("guests");
  return entries.map((entry) => toGuestProfile(entry));
}
