/**
 * A host's feed that tries what a hostile or broken host could: escaped markup in the notes,
 * shared guids, script and plain-http audio, absurd numbers, control and bidirectional characters,
 * `data:`, `file:` and `javascript:` addresses. Written here rather than as a file, so that the
 * invisible characters show as escapes.
 */

const item = (fields: string) => `<item>${fields}</item>`;
const audio = (n: number, url = `https://media.hostile.example/${n}.mp3`) =>
  `<enclosure url="${url}" length="1000" type="audio/mpeg"/><itunes:duration>60</itunes:duration>`;
const day = (n: number) => `<pubDate>${new Date(Date.UTC(2024, 3, 7 * n, 10)).toUTCString()}</pubDate>`;

export const HOSTILE_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:psc="http://podlove.org/simple-chapters">
<channel>
<title>Hostile\u202E Radio</title>
<link>https://hostile.example</link>
<description>A feed that tries everything.</description>
<language>en</language>
<itunes:image href="javascript:alert(1)//cover.png"/>
${item(`<title>Escaped markup</title><guid isPermaLink="false">hostile-1</guid>${day(1)}<itunes:episode>1</itunes:episode>
<content:encoded><![CDATA[<p>Play &lt;span data-play='{"url":"javascript:alert(1)"}'&gt;this&lt;/span&gt;, &lt;b&gt;not bold&lt;/b&gt; and {{ youtube(id="x") }}.</p>]]></content:encoded>
${audio(1)}`)}
${item(`<title>Same guid, first</title><guid isPermaLink="false">shared</guid>${day(2)}<itunes:episode>2</itunes:episode>${audio(2)}`)}
${item(`<title>Same guid, second</title><guid isPermaLink="false">shared</guid>${day(3)}<itunes:episode>3</itunes:episode>${audio(3)}`)}
${item(`<title>Script audio</title><guid isPermaLink="false">hostile-4</guid>${day(4)}${audio(4, "javascript:alert(1)//a.mp3")}`)}
${item(`<title>Absurd numbers</title><guid isPermaLink="false">hostile-5</guid>${day(5)}
<itunes:season>-1</itunes:season><itunes:episode>1e300</itunes:episode>
<enclosure url="https://media.hostile.example/5.mp3" length="-5" type="audio/mpeg"/><itunes:duration>99999999</itunes:duration>`)}
${item(`<title>Bidi\u202E3pm.exe and C1\u0085\u009B controls</title><guid isPermaLink="false">hostile-6</guid>${day(6)}
<itunes:episode>6</itunes:episode><description>Plain text with a control\u0001 and a C1\u009B in it.</description>
<itunes:image href="data:image/png;base64,iVBORw0KGgo.png"/>
<podcast:transcript url="file:///etc/passwd.vtt" type="text/vtt"/>
<podcast:chapters url="file:///etc/chapters.json" type="application/json+chapters"/>
<podcast:person role="guest" href="javascript:alert(1)" img="http://tracker.hostile.example/p.jpg">Eve\u2066</podcast:person>
<psc:chapters version="1.2"><psc:chapter start="00:00:00" title="Intro" href="javascript:alert(1)"/></psc:chapters>
${audio(6)}`)}
${item(`<title>Plain http audio</title><guid isPermaLink="false">hostile-7</guid>${day(7)}${audio(7, "http://media.hostile.example/7.mp3")}`)}
</channel>
</rss>
`;
