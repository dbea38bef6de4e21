// The show's player: enhances the native <audio> of episode pages, drives the one <audio> of the
// persistent bar (kept across pages by Astro's client router), and wires play buttons, chapters,
// transcript cues, moments, the keyboard and the Media Session to it. No framework: it must stay
// under 5 KB gzipped (budgets.json, playerKb). It acts only on elements the site rendered, never on
// look-alikes in show notes (`ours`), and plays only what `playable` accepts, stored values included.
import { formatTimestamp as clock, parseMoment } from "../../podcast/timestamp.ts";
import { ours } from "../ours.ts";
import { text } from "../strings.ts";
import { type Playable, playable, seconds } from "./playable.ts";

const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2];
const find = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) =>
  root.querySelector<T>(selector);
/** The page's elements matching `selector` that the site rendered. */
const own = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].filter(ours);
const playableOf = (json?: string | null) => playable(json, location.href);
const read = (key: string) => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const write = (key: string, value?: string) => {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage may be off (private windows): the player works, it only forgets.
  }
};
/** Where the listener stopped: a stored value that is not a time is dropped. */
function saved(e: Playable) {
  const key = `pos:${e.guid}`;
  const at = seconds(read(key));
  if (at === undefined) write(key);
  return at ?? 0;
}

// The layout's bar is a child of <body>; notes, deeper down, may hold another `#player-bar`.
const bar = find("body > #player-bar")!;
const audio = find<HTMLAudioElement>("audio", bar)!;
/** What the bar plays, on this page or since another. */
let current: Playable | undefined;
let page: HTMLElement | null = null;
let pageEpisode: Playable | undefined;
let stopAt: number | undefined;
let scrolledAt = 0;
let cues: HTMLElement[] = [];
let chapters: HTMLElement[] = [];
let lastCue: HTMLElement | undefined;
const copies = new WeakSet<Element>();

const rate = () => {
  const value = Number(read("rate"));
  return RATES.includes(value) ? value : 1;
};
/** Whether what plays is the episode of the page's own player. */
const playsPage = () => !!current && current.guid === pageEpisode?.guid;

function load(e: Playable, at?: number) {
  if (current?.guid !== e.guid) {
    current = e;
    write("last", JSON.stringify(e));
    audio.src = e.src;
    audio.defaultPlaybackRate = audio.playbackRate = rate();
    const link = find<HTMLAnchorElement>("[data-title]", bar)!;
    link.href = e.url;
    link.textContent = e.title;
    find("[data-label]", bar)!.textContent = e.label ?? "";
    const art = e.thumb ?? e.art;
    find("[data-art]", bar)!.replaceChildren(...(art ? [Object.assign(new Image(48, 48), { src: art, alt: "" })] : []));
    find("[data-marks]", bar)!.replaceChildren();
    if ("mediaSession" in navigator) {
      navigator.mediaSession.metadata = new MediaMetadata({
        title: e.title,
        artist: e.show,
        artwork: e.art ? [{ src: e.art }] : [],
      });
    }
  }
  if (at !== undefined) seek(at);
  sync();
}

const play = (e: Playable, at?: number) => {
  load(e, at);
  void audio.play();
};
const toggle = () => (audio.paused ? void audio.play() : audio.pause());
/** Every move of the playing position goes through here: buttons, keys, links, the Media Session. */
const seek = (to: number) => (audio.currentTime = Math.max(0, to));
const skip = (by: number) => seek(audio.currentTime + by);

/** The chapter starts of what plays, and the index of the one playing. */
function chapterAt(t: number) {
  const starts = (current?.chapters ?? []).map((c) => c[0]);
  let i = starts.length - 1;
  while (i > 0 && starts[i] > t) i--;
  return { starts, i };
}
function chapter(step: 1 | -1) {
  const t = audio.currentTime;
  const { starts, i } = chapterAt(t);
  if (!starts.length) return;
  const to = step > 0 ? starts[i + 1] : t - starts[i] > 3 ? starts[i] : starts[Math.max(0, i - 1)];
  if (to !== undefined) seek(to);
}

function setRate(value: number) {
  write("rate", String(value));
  audio.defaultPlaybackRate = audio.playbackRate = value;
  const select = page && find<HTMLSelectElement>("[data-rate]", page);
  if (select) select.value = String(value);
  find<HTMLSelectElement>("[data-bar-rate]", bar)!.value = String(value);
}

/** A play/pause button as what plays is: its icon and its name. */
function showState(button: HTMLElement, playing: boolean) {
  button.classList.toggle("playing", playing);
  button.ariaLabel = text(playing ? "pause" : "play");
}

let pageInView = false;
const watch = new IntersectionObserver(([entry]) => {
  pageInView = entry.isIntersecting;
  sync();
});

/** The art a page shows beside a play control, small, as the bar shows it. */
function thumbOf(control: Element): string | undefined {
  const img = control.closest("article")?.querySelector("img");
  return img && ours(img) && img.src.startsWith(`${location.origin}/`) ? new URL(img.src).pathname : undefined;
}

/** Shows the state of what plays in the bar, on the page's player, its lists and the play buttons. */
function sync() {
  const t = audio.currentTime;
  const playing = !audio.paused;
  const total = audio.duration || 0;
  const { i: at } = chapterAt(t);
  const chapterNow = current?.chapters?.[at]?.[1] ?? "";
  showState(find("[data-bar=toggle]", bar)!, playing);
  find("[data-time]", bar)!.textContent = clock(t);
  find("[data-total]", bar)!.textContent = clock(total);
  find("[data-chapter-now]", bar)!.textContent = chapterNow;
  const barSeek = find<HTMLInputElement>("[data-bar-seek]", bar)!;
  barSeek.max = String(Math.round(total));
  barSeek.value = String(Math.floor(t));
  barSeek.ariaValueText = text("timeOf", { time: clock(t), total: clock(total) });
  bar.style.setProperty("--progress", `${total ? (t / total) * 100 : 0}%`);
  const marks = find("[data-marks]", bar)!;
  if (total && !marks.childElementCount)
    marks.append(
      ...(current?.chapters ?? []).map(([start]) => {
        const mark = document.createElement("span");
        mark.style.left = `${(start / total) * 100}%`;
        return mark;
      }),
    );
  for (const button of own("[data-play]")) {
    const e = playableOf(button.dataset.play);
    const on = playing && e?.guid === current?.guid;
    button.ariaPressed = String(on);
    button.ariaLabel = text(on ? "pauseTitle" : "playTitle", { title: e?.title ?? "" });
  }
  // The bar gives way to the page's own player of what plays while that is in view: one control.
  bar.hidden = !current || (playsPage() && pageInView);
  if (!page) return;
  const here = playsPage();
  const now = here ? t : 0;
  const length = (here && total) || Number(find<HTMLInputElement>("[data-seek]", page)!.max);
  showState(find("[data-do=toggle]", page)!, here && playing);
  const chapterHere = find("[data-chapter-now]", page);
  if (chapterHere) chapterHere.textContent = here ? chapterNow : "";
  const pageSeek = find<HTMLInputElement>("[data-seek]", page)!;
  if (length) pageSeek.max = String(Math.round(length));
  pageSeek.value = String(Math.floor(now));
  pageSeek.ariaValueText = text("timeOf", { time: clock(now), total: clock(length) });
  find("[data-time]", page)!.textContent = `${clock(now)} / ${clock(length)}`;
  const { i } = here ? chapterAt(now) : { i: -1 };
  chapters.forEach((li, n) => (n === i ? li.setAttribute("aria-current", "true") : li.removeAttribute("aria-current")));
  const cue = here ? cues.find((li) => now >= Number(li.dataset.start) && now < Number(li.dataset.end)) : undefined;
  if (cue !== lastCue) {
    lastCue?.removeAttribute("aria-current");
    cue?.setAttribute("aria-current", "true");
    lastCue = cue;
    if (cue && playing && Date.now() - scrolledAt > 5000) {
      // A glide to a cue out of view would take long enough for the listener's own scroll to meet
      // it, and lose: such a cue is brought in at once, the next ones in view glide.
      const { top, bottom } = cue.getBoundingClientRect();
      const inView = top >= 0 && bottom <= innerHeight;
      cue.scrollIntoView({ block: "center", behavior: inView ? "smooth" : "instant" });
    }
  }
}

function save() {
  if (!current) return;
  const t = audio.currentTime;
  write(`pos:${current.guid}`, t > 5 && !audio.ended ? String(Math.floor(t)) : undefined);
}

audio.addEventListener("timeupdate", () => {
  if (stopAt !== undefined && audio.currentTime >= stopAt) {
    stopAt = undefined;
    audio.pause();
  }
  if (Math.floor(audio.currentTime) % 5 === 0) save();
  sync();
});
for (const type of ["play", "pause", "loadedmetadata", "seeked"]) audio.addEventListener(type, sync);
audio.addEventListener("pause", save);
audio.addEventListener("ended", () => {
  write(`played:${current!.guid}`, "1");
  save();
  markPlayed();
});
addEventListener("pagehide", save);

if ("mediaSession" in navigator) {
  const handlers: [MediaSessionAction, MediaSessionActionHandler][] = [
    ["play", () => void audio.play()],
    ["pause", () => audio.pause()],
    ["seekbackward", (d) => skip(-(d.seekOffset || 15))],
    ["seekforward", (d) => skip(d.seekOffset || 30)],
    ["seekto", (d) => seek(d.seekTime!)],
    ["previoustrack", () => chapter(-1)],
    ["nexttrack", () => chapter(1)],
  ];
  for (const [action, handler] of handlers) {
    try {
      navigator.mediaSession.setActionHandler(action, handler);
    } catch {
      // A browser without this action: the others still work.
    }
  }
}

const ACTIONS: Record<string, () => void> = {
  toggle: () => (playsPage() ? toggle() : pageEpisode && play(pageEpisode)),
  back: () => skip(-15),
  forward: () => skip(30),
  previous: () => chapter(-1),
  next: () => chapter(1),
};

/** The bar's own buttons. Close stops the episode and takes the bar away, until something plays. */
const BAR: Record<string, (button: HTMLElement) => void> = {
  toggle,
  back: () => skip(-15),
  forward: () => skip(30),
  expand: (button) => {
    const open = bar.classList.toggle("open");
    button.ariaExpanded = String(open);
  },
  close: () => {
    audio.pause();
    save();
    current = undefined;
    write("last");
    audio.removeAttribute("src");
    audio.load();
    sync();
  },
};

// Capturing, so that a seek link's click is handled before the client router would follow it.
document.addEventListener(
  "click",
  (event) => {
    const target = event.target as HTMLElement;
    const doer = target.closest<HTMLElement>("[data-do]");
    const action = page?.contains(doer) ? doer!.dataset.do : undefined;
    const playButton = target.closest<HTMLElement>("[data-play]");
    const played = playButton && ours(playButton) ? playableOf(playButton.dataset.play) : undefined;
    // Moment links are the site's inside show notes too (timestamps, the shortcode); one can only
    // seek the page's own episode, to a time that is one.
    const seekLink = target.closest<HTMLElement>("[data-seek]:not(input)");
    const at = seconds(seekLink?.dataset.seek);
    const button = target.closest("button");
    const barAction = bar.contains(button) ? button!.dataset.bar : undefined;
    if (barAction) BAR[barAction]?.(button!);
    else if (action === "resume" && pageEpisode) {
      play(pageEpisode, saved(pageEpisode));
      find("[data-resume]", page!)!.hidden = true;
    } else if (action && pageEpisode) {
      if (!playsPage() && action !== "toggle") load(pageEpisode);
      ACTIONS[action]();
    } else if (played) {
      if (current?.guid === played.guid) toggle();
      else play({ ...played, thumb: thumbOf(playButton!) }, saved(played));
    } else if (at !== undefined && pageEpisode && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      play(pageEpisode, at);
    } else if (button && copies.has(button)) {
      const url = new URL(button.dataset.copy!, location.href).href;
      void navigator.clipboard?.writeText(url).then(() => {
        button.textContent = text("copied");
        setTimeout(() => (button.textContent = text("copyLink")), 2000);
      });
    }
  },
  true,
);

document.addEventListener("input", (event) => {
  const target = event.target as HTMLInputElement;
  if (bar.contains(target)) {
    if (target.matches("[data-bar-seek]")) seek(Number(target.value));
    if (target.matches("[data-bar-rate]")) setRate(Number(target.value));
    return;
  }
  if (!page?.contains(target)) return;
  if (target.matches("[data-seek]") && pageEpisode) load(pageEpisode, Number(target.value));
  if (target.matches("[data-rate]")) setRate(Number(target.value));
});

// Space, k, j/l and the arrow keys, while the player or the bar has the focus; native controls
// (a focused button's space, the seek bar's and the speed list's arrows) keep their own keys.
document.addEventListener("keydown", (event) => {
  const target = event.target as HTMLElement;
  if (event.altKey || event.ctrlKey || event.metaKey || !(page?.contains(target) || bar.contains(target))) return;
  if (target.matches("input, select") || (event.key === " " && target.matches("button, a"))) return;
  const keys: Record<string, () => void> = {
    " ": toggle,
    k: toggle,
    j: () => skip(-15),
    ArrowLeft: () => skip(-15),
    l: () => skip(30),
    ArrowRight: () => skip(30),
    ArrowUp: () => setRate(RATES[Math.min(RATES.length - 1, RATES.indexOf(rate()) + 1)]),
    ArrowDown: () => setRate(RATES[Math.max(0, RATES.indexOf(rate()) - 1)]),
  };
  const run = keys[event.key];
  if (!run) return;
  event.preventDefault();
  if (!playsPage() && pageEpisode && page?.contains(target)) load(pageEpisode);
  if (current) run();
});

for (const type of ["wheel", "touchmove"]) addEventListener(type, () => (scrolledAt = Date.now()), { passive: true });

function markPlayed() {
  for (const button of own("[data-play]")) {
    const played = read(`played:${playableOf(button.dataset.play)?.guid}`);
    const mark = button.parentElement?.querySelector<HTMLElement>("[data-played]");
    if (mark) mark.hidden = !played;
  }
}

/** Enhances the page just shown: on the first load, and after each client-side navigation. */
function init() {
  page = own("[data-player]")[0] ?? null;
  pageEpisode = playableOf(page?.dataset.player);
  if (!pageEpisode) page = null;
  if (pageEpisode) pageEpisode.thumb = thumbOf(page!);
  watch.disconnect();
  pageInView = false;
  if (page) watch.observe(page);
  cues = own("[data-cue]");
  chapters = own("[data-chapter]");
  lastCue = undefined;
  markPlayed();
  for (const li of [...chapters, ...cues]) {
    const copy = document.createElement("button");
    copy.type = "button";
    copy.className = "copy";
    copy.textContent = text("copyLink");
    copy.ariaLabel = text("copyLinkTo", { time: li.querySelector("time")?.textContent ?? "" });
    // The moment's own link, which the page rendered from routes.ts: its address, not one made here.
    copy.dataset.copy = li.querySelector<HTMLAnchorElement>("a.moment")?.getAttribute("href") ?? "";
    copies.add(copy);
    li.append(copy);
  }
  if (page && pageEpisode) {
    // Where CSS does not know `scripting`, the native player gives way only now.
    find("audio", page)!.hidden = true;
    find("[data-controls]", page)!.style.display = "grid";
    find<HTMLSelectElement>("[data-rate]", page)!.value = String(rate());
    const moment = parseMoment(
      location.search,
      location.hash,
      Number(find<HTMLInputElement>("[data-seek]", page)!.max),
    );
    const at = saved(pageEpisode);
    if (moment) {
      audio.preload = "metadata";
      load(pageEpisode, moment.start);
      stopAt = moment.end;
    } else if (at && (!playsPage() || !audio.readyState)) {
      const resume = find("[data-resume]", page)!;
      resume.hidden = false;
      find("button", resume)!.textContent = text("resumeAt", { time: clock(at) });
    }
  }
  sync();
}

// A reload, or a visit days later, brings the bar back as the listener left it: paused where they
// stopped, one click from going on. An episode heard to the end has no position, and stays away.
// What is stored there is checked as what a page says: anything else is dropped, never offered.
const last = playableOf(read("last"));
if (!last) write("last");
else if (saved(last)) load(last, saved(last));

// The client router carries an element marked `data-astro-transition-persist` over to the next page
// in place of the one marked alike there. Only the bar is ours to carry: on the page left and the
// page coming, the mark is taken off anything else.
document.addEventListener("astro:before-swap", (event) => {
  for (const doc of [document, (event as Event & { newDocument: Document }).newDocument]) {
    for (const marked of doc.querySelectorAll("[data-astro-transition-persist]")) {
      if (!marked.matches("body > #player-bar")) marked.removeAttribute("data-astro-transition-persist");
    }
  }
});

document.addEventListener("astro:page-load", init);
