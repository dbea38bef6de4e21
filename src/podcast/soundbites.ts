import { formatClock } from "./duration.ts";
import type { Soundbite } from "./episode.ts";

/** A soundbite that cannot be played as written, by its front-matter path (`["soundbites", 1, "duration"]`). */
export interface SoundbiteIssue {
  path: (string | number)[];
  message: string;
}

const clock = (seconds: number) => {
  const whole = Math.floor(seconds);
  const fraction = seconds - whole;
  return fraction ? `${formatClock(whole)}${fraction.toFixed(3).slice(1).replace(/0+$/, "")}` : formatClock(whole);
};

/** Every soundbite must end by the end of the audio, when its duration is known. */
export function soundbiteIssues(soundbites: readonly Soundbite[], duration?: number): SoundbiteIssue[] {
  if (duration === undefined) return [];
  return soundbites.flatMap((bite, i): SoundbiteIssue[] => {
    if (bite.start >= duration) {
      return [
        {
          path: ["soundbites", i, "start"],
          message: `expected a start before the end of the audio at ${clock(duration)}, found ${clock(bite.start)}`,
        },
      ];
    }
    if (bite.start + bite.duration > duration) {
      return [
        {
          path: ["soundbites", i, "duration"],
          message: `expected a soundbite that ends by the end of the audio at ${clock(duration)}, found ${clock(bite.start)} + ${bite.duration} s, which ends at ${clock(bite.start + bite.duration)}`,
        },
      ];
    }
    return [];
  });
}
