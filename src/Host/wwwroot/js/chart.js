import { svg } from './dom.js';

/**
 * A bar chart of [{label, value, href?, title?}] as plain SVG. Bars link to `href` when given;
 * the SVG scales to its container's width.
 */
export function barChart(points, { className = 'chart', height = 180, unit = '' } = {}) {
  const width = Math.max(720, points.length * 28);
  const top = 14, bottom = 34, left = 30;
  const max = Math.max(1, ...points.map(p => p.value));
  const band = (width - left) / Math.max(1, points.length);
  const bar = Math.max(3, Math.min(40, band * 0.72));
  const y = v => top + (height - top - bottom) * (1 - v / max);
  const every = Math.ceil(points.length / Math.max(1, Math.floor((width - left) / 64)));

  const root = svg('svg', { class: className, viewBox: `0 0 ${width} ${height}`, role: 'img', preserveAspectRatio: 'xMinYMin meet' });
  const ticks = [...new Set([0, Math.ceil(max / 2), max])];
  for (const t of ticks) {
    root.append(svg('line', { class: 'grid', x1: left, x2: width, y1: y(t), y2: y(t) }));
    root.append(svg('text', { class: 'tick', x: left - 6, y: y(t) + 4, 'text-anchor': 'end' }, t));
  }

  points.forEach((p, i) => {
    const x = left + i * band + (band - bar) / 2;
    const rect = svg('rect', { class: 'bar', x, y: y(p.value), width: bar, height: Math.max(0, height - bottom - y(p.value)), rx: 2 },
      svg('title', {}, p.title ?? `${p.label}: ${p.value}${unit}`));
    if (p.href) {
      const link = svg('a', { href: p.href });
      link.append(rect);
      root.append(link);
    } else {
      root.append(rect);
    }
    if (i % every === 0) {
      root.append(svg('text', { class: 'label', x: x + bar / 2, y: height - bottom + 16, 'text-anchor': 'middle' }, p.label));
    }
  });
  return root;
}
