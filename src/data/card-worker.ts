// A worker thread of the build that draws the social cards the cache did not have
// (integrations/social-cards.ts). Node runs it as it is, types stripped: it imports only plain Node.
import { workerData } from "node:worker_threads";
import type { CardInput, CardLook } from "../podcast/card.ts";
import { cardDrawer } from "./card-draw.ts";
import type { CardFont } from "./card-fonts.ts";
import { serve } from "./worker-pool.ts";

const { cover, look, font } = workerData as { cover: string; look: CardLook; font: CardFont[] };
// The backdrop every card shares is drawn once in each worker, with its first card.
const drawCard = cardDrawer(cover, look, font);
// A job is the card a page asked for (cards.ts `CardRequest`): only what is drawn on it matters here.
serve(({ input }: { input: CardInput }) => drawCard(input));
