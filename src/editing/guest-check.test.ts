import { describe, expect, it } from "vitest";
import { formatProblem, type Problem } from "../problems.ts";
import { fakeCheckContext } from "../testing/fixtures.ts";
import { checkFiles, type SourceFile } from "./content-check.ts";
import { checkGuestFile, checkGuests, withGuests } from "./guest-check.ts";

const DIR = "src/content/guests";
const guest = (name: string, source: string): SourceFile => ({ file: `${DIR}/${name}`, source });
/** A project that has every file. */
const project = fakeCheckContext("everything");
const lines = (files: { problems: Problem[] }[]) => files.flatMap((f) => f.problems).map(formatProblem);

/** YAML aliases that expand to 100,000 values. */
const BOMB = [
  "a: &a [x, x, x, x, x, x, x, x, x, x]",
  ...[1, 2, 3, 4].map((i) => `l${i}: &l${i} [${`*${i === 1 ? "a" : `l${i - 1}`}, `.repeat(10)}]`),
].join("\n");

const LIN = "name: Lin Example\nspellings: [Lin Ex.]\nlinks:\n  - name: Website\n    url: https://example.org/lin\n";

describe("a guest profile on its own", () => {
  it("reads a valid YAML profile, and a Markdown one whose text is the bio", () => {
    expect(checkGuestFile(guest("lin-example.yaml", LIN))).toMatchObject({
      slug: "lin-example",
      problems: [],
      data: {
        name: "Lin Example",
        spellings: ["Lin Ex."],
        links: [{ name: "Website", url: "https://example.org/lin" }],
      },
    });
    const md = checkGuestFile(guest("Sam Placeholder.md", "---\nname: Sam\n---\n\nProduces.\n"));
    expect(md).toMatchObject({ slug: "sam-placeholder", problems: [], data: { name: "Sam" } });
    expect(md.front.body.trim()).toBe("Produces.");
  });

  it.each([
    [
      "a bad link at its line",
      "name: L\nlinks:\n  - name: Site\n    url: javascript:alert(1)\n",
      4,
      "links.1.url",
      /^expected an https:\/\/ or http:\/\/ URL, found "javascript:alert\(1\)"$/,
    ],
    [
      "a misspelt required field as missing, as in an episode",
      "nmae: L\n",
      1,
      "name",
      /^is required: expected the guest's name, found nothing$/,
    ],
    [
      "a spelling YAML reads as a number",
      "name: L\nspellings: [1e2]\n",
      2,
      "spellings.1",
      /^expected another spelling of the name, found 1e2, which YAML reads as a number/,
    ],
    ["a name with a bidi override", "name: L \u202Ex\n", 1, "name", /found U\+202E in "L \[U\+202E\]x"$/],
    [
      "a text where a list belongs",
      "---\nname: L\nspellings: L E\n",
      3,
      "spellings",
      /^expected a list of names, found "L E"$/,
    ],
    [
      "an image of another scheme",
      "name: L\nimage: javascript:x\n",
      2,
      "image",
      /^expected an https URL or a path in public\/ .*, found "javascript:x"$/,
    ],
    ["invalid YAML at its line", "name: L\nbio: [unclosed\n", 3, "file", /^expected valid YAML, found /],
    ["an alias bomb, as in front matter", BOMB, 1, "file", /^expected front matter of at most 10000 values/],
  ])("reports %s", (_, source, line, field, message) => {
    const { problems } = checkGuestFile(guest("lin.yaml", source));
    expect(problems).toEqual([{ file: `${DIR}/lin.yaml`, line, field, message: expect.stringMatching(message) }]);
  });

  it("reports an image of another site, and a missing image of public/, at the line of the image", () => {
    const lines = (source: string, context = fakeCheckContext(["public/guests/lin.jpg"])) =>
      checkGuestFile(guest("lin.yaml", source), context).problems.map(formatProblem);
    expect(lines("name: L\nimage: //tracker.example/p.gif\n")).toEqual([
      `${DIR}/lin.yaml:2 — image — expected a site path starting with exactly one /, found "//tracker.example/p.gif", which browsers and podcast apps read as an address on another site`,
    ]);
    expect(lines("name: L\nimage: /guests/lin.png\n")).toEqual([
      `${DIR}/lin.yaml:2 — image — expected an image at public/guests/lin.png, found no file there`,
    ]);
    expect(lines("name: L\nimage: /guests/lin.jpg\n")).toEqual([]);
    expect(lines("name: L\nimage: https://example.org/lin.jpg\n")).toEqual([]);
  });

  it("checks a Markdown bio as show notes are checked, each problem at its line, and keeps the profile out", () => {
    const source =
      "---\nname: L\n---\n\nA bio.\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\nA\u009B.\n";
    const checked = checkGuestFile(guest("lin.md", source), fakeCheckContext("everything"));
    expect(checked.problems.map(formatProblem)).toEqual([
      `${DIR}/lin.md:7 — bio — expected safe HTML, found <script>: remove it`,
      `${DIR}/lin.md:9 — bio — expected safe HTML, found the onerror attribute on <img>: remove it`,
      `${DIR}/lin.md:11 — bio — expected text without control characters, found U+009B`,
    ]);
    expect(checked.data).toBeUndefined();
  });

  it("reports a Markdown profile without front matter, a link out of the project and bytes that are not UTF-8", () => {
    const problems = [
      checkGuestFile(guest("a.md", "Just a bio.\n")),
      checkGuestFile({ file: `${DIR}/b.yaml`, source: "", linkedOutside: true }),
      checkGuestFile({ file: `${DIR}/c.md`, source: "---\nname: C\n---\n\nCaf?\n", notUtf8Line: 5 }),
      checkGuestFile(guest("日本語.yaml", "name: Hanako\n")),
    ].map((checked) => formatProblem(checked.problems[0]));
    expect(problems).toEqual([
      `${DIR}/a.md:1 — front matter — expected front matter between --- lines (YAML) or +++ lines (TOML), found none`,
      `${DIR}/b.yaml:1 — file — expected a guest profile of the project, found a link to a file outside the project`,
      `${DIR}/c.md:5 — bio — expected UTF-8 text, found bytes that are not UTF-8: save the file as UTF-8`,
      `${DIR}/日本語.yaml:1 — file — expected a file name with letters or digits for the guest's URL, found "日本語.yaml": rename the file`,
    ]);
  });
});

describe("the guest profiles together", () => {
  it("reports a spelling claimed twice at the later file's line, and leaves that profile out", () => {
    const twin = guest("lin-twin.yaml", "name: Lin Twin\nspellings:\n  - Someone\n  - lin example\n");
    const [lin, other] = checkGuests([twin, guest("lin-example.yaml", LIN)], project);
    expect(lin.data).toBeDefined();
    expect(other.data).toBeUndefined();
    expect(lines([lin, other])).toEqual([
      `${DIR}/lin-twin.yaml:4 — spellings.2 — expected a name no other guest claims, found "lin-example", already claimed by ${DIR}/lin-example.yaml`,
    ]);
  });

  it("reports two files of one slug on the later", () => {
    const checked = checkGuests(
      [guest("lin.yaml", "name: Lin\n"), guest("lin.md", "---\nname: Lin M\n---\n")],
      project,
    );
    expect(lines(checked)).toEqual([
      `${DIR}/lin.yaml:1 — file — expected a guest slug no other file has, found "lin", already used by ${DIR}/lin.md`,
    ]);
  });
});

describe("the episodes with the guest profiles", () => {
  const episode = (guests: string): SourceFile => ({
    file: "src/content/episodes/s01e01-a.md",
    source: `---\ntitle: A\ndate: 2024-01-01\nseason: 1\nepisode: 1\nguests:\n${guests}---\n\nNotes.\n`,
  });

  it("reports a guest id that names no profile file at the line of the id, and the episode is broken", async () => {
    const checked = await checkFiles(
      [episode("  - name: Lin\n    id: lin-example\n  - name: X\n    id: nobody\n")],
      fakeCheckContext(),
    );
    const result = withGuests(checked, [guest("lin-example.yaml", LIN)], project);
    expect(result.problems.map(formatProblem)).toEqual([
      'src/content/episodes/s01e01-a.md:10 — guests.2.id — expected the slug of a file in src/content/guests/, found "nobody"',
    ]);
    expect(result.files[0].episode).toBeUndefined();
    expect(result.guests.map((g) => g.slug)).toEqual(["lin-example"]);
  });

  it("reports a guest whose page would be a profile's that does not list the name, at the name's line", async () => {
    const single: SourceFile = {
      file: "src/content/episodes/s01e02-b.md",
      source: "---\ntitle: B\ndate: 2024-01-02\nseason: 1\nepisode: 2\nguest: Lin\nrole: Host\n---\n\nNotes.\n",
    };
    const checked = await checkFiles([episode("  - name: Sam\n  - name: lin\n"), single], fakeCheckContext());
    const result = withGuests(checked, [guest("lin.yaml", "name: Lin Example\n")], project);
    const message = (name: string) =>
      `expected a guest with a page of their own, found "${name}", whose page /guests/lin/ is that of "Lin Example" (${DIR}/lin.yaml): list "${name}" in its spellings if they are one person, or give this guest a file of their own`;
    expect(result.problems.map(formatProblem)).toEqual([
      `src/content/episodes/s01e01-a.md:8 — guests.2.name — ${message("lin")}`,
      `src/content/episodes/s01e02-b.md:6 — guest — ${message("Lin")}`,
    ]);
  });

  it("counts a broken profile as a file: its own problem is reported, not one on every episode naming it", async () => {
    const checked = await checkFiles([episode("  - name: Lin\n    id: lin-example\n")], fakeCheckContext());
    const result = withGuests(checked, [guest("lin-example.yaml", "bio: no name\n")], project);
    expect(result.problems.map((p) => p.file)).toEqual([`${DIR}/lin-example.yaml`]);
    expect(result.files[0].episode).toBeDefined();
  });

  it("keeps the episodes' own problems, in file and line order", async () => {
    const checked = await checkFiles([episode("  - name: X\n    id: nobody\n    url: ftp://x\n")], fakeCheckContext());
    const result = withGuests(checked, [guest("a.yaml", "nmae: A\n")], project);
    expect(result.problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      "src/content/episodes/s01e01-a.md:9",
      `${DIR}/a.yaml:1`,
    ]);
  });
});
