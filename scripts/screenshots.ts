// The README's screenshots: the first screen of some of the look's baselines (e2e/visual.spec.ts,
// e2e/screenshots/), which the same run that checks the look records. `npm run screenshots` records
// the baselines that changed, then runs this to copy the picks into docs/screenshots/.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const root = fileURLToPath(new URL("..", import.meta.url));
const baselines = join(root, "e2e", "screenshots");
const out = join(root, "docs", "screenshots");

const kinds = ["home", "episode", "episodes"];
/** Each device's first screen, as tall as the viewport the baselines were taken in. */
const devices = [
  { name: "phone", height: 844 },
  { name: "desktop", height: 860 },
];

mkdirSync(out, { recursive: true });
for (const kind of kinds) {
  for (const { name, height } of devices) {
    for (const scheme of ["light", "dark"]) {
      const file = `${kind}-${name}-${scheme}.png`;
      const image = sharp(join(baselines, file));
      const { width, height: full } = await image.metadata();
      // A palette PNG: a tenth of the bytes, and the pages' flat colours survive it.
      await image
        .extract({ left: 0, top: 0, width: width!, height: Math.min(height, full!) })
        .png({ palette: true, quality: 85, effort: 10 })
        .toFile(join(out, file));
      console.log(`docs/screenshots/${file}`);
    }
  }
}
