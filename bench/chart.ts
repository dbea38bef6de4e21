// A small SVG line chart: build seconds against the number of episodes, one line per site.

export interface Series {
  name: string;
  colour: string;
  points: { n: number; seconds: number }[];
}

const W = 640;
const H = 360;
const M = { left: 60, right: 150, top: 40, bottom: 50 };

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function niceMax(value: number): number {
  const step = 10 ** Math.floor(Math.log10(value || 1));
  return Math.ceil(value / step) * step;
}

export function chartSvg(title: string, series: Series[]): string {
  const ns = [...new Set(series.flatMap((s) => s.points.map((p) => p.n)))].sort((a, b) => a - b);
  const maxN = Math.max(...ns, 1);
  const maxY = niceMax(Math.max(...series.flatMap((s) => s.points.map((p) => p.seconds)), 1));
  const x = (n: number) => M.left + (n / maxN) * (W - M.left - M.right);
  const y = (s: number) => H - M.bottom - (s / maxY) * (H - M.top - M.bottom);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${M.left}" y="24" font-size="14" font-weight="bold">${esc(title)}</text>`,
    `<line x1="${M.left}" y1="${y(0)}" x2="${W - M.right}" y2="${y(0)}" stroke="#333"/>`,
    `<line x1="${M.left}" y1="${y(0)}" x2="${M.left}" y2="${M.top}" stroke="#333"/>`,
  ];
  for (let i = 0; i <= 4; i++) {
    const v = (maxY / 4) * i;
    parts.push(
      `<line x1="${M.left}" y1="${y(v)}" x2="${W - M.right}" y2="${y(v)}" stroke="#ddd"/>`,
      `<text x="${M.left - 8}" y="${y(v) + 4}" text-anchor="end">${+v.toFixed(1)} s</text>`,
    );
  }
  for (const n of ns) {
    parts.push(`<text x="${x(n)}" y="${H - M.bottom + 18}" text-anchor="middle">${n}</text>`);
  }
  parts.push(`<text x="${(M.left + W - M.right) / 2}" y="${H - 12}" text-anchor="middle">episodes</text>`);
  series.forEach((s, i) => {
    const pts = [...s.points].sort((a, b) => a.n - b.n);
    parts.push(
      `<polyline fill="none" stroke="${s.colour}" stroke-width="2" points="${pts.map((p) => `${x(p.n).toFixed(1)},${y(p.seconds).toFixed(1)}`).join(" ")}"/>`,
      ...pts.map((p) => `<circle cx="${x(p.n).toFixed(1)}" cy="${y(p.seconds).toFixed(1)}" r="3" fill="${s.colour}"/>`),
      `<rect x="${W - M.right + 16}" y="${M.top + i * 22}" width="14" height="3" fill="${s.colour}"/>`,
      `<text x="${W - M.right + 36}" y="${M.top + i * 22 + 5}">${esc(s.name)}</text>`,
    );
  });
  parts.push("</svg>");
  return parts.join("\n") + "\n";
}
