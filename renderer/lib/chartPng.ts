// A chart on screen → PNG file: the Recharts SVG is serialised (its colours are literal, see
// theme.ts), drawn on a canvas with a title and a legend (Recharts draws legends in HTML), and
// downloaded. Works the same in Electron (save dialog) and in the browser.
import type { ChartTheme } from './theme';

const SCALE = 2;

export async function chartToPng(figure: Element, title: string, theme: ChartTheme): Promise<Blob | null> {
  // the chart is the largest SVG (legend icons are small SVGs of the same class)
  const area = (element: Element) => element.getBoundingClientRect().width * element.getBoundingClientRect().height;
  const svg = [...figure.querySelectorAll('svg.recharts-surface')].sort((a, b) => area(b) - area(a))[0] as
    SVGSVGElement | undefined;
  if (!svg) return null;
  const box = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(box.width));
  clone.setAttribute('height', String(box.height));
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = 'text { font-family: system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }';
  clone.insertBefore(style, clone.firstChild);
  const legend = [...figure.querySelectorAll('.recharts-legend-item')].map((item) => ({
    text: item.textContent ?? '',
    color:
      item.querySelector<SVGElement>('path, line, rect')?.getAttribute('fill') ??
      item.querySelector<SVGElement>('path, line')?.getAttribute('stroke') ??
      theme.text,
  }));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const header = 28;
    const footer = legend.length > 0 ? 24 : 0;
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(box.width * SCALE);
    canvas.height = Math.ceil((box.height + header + footer) * SCALE);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.scale(SCALE, SCALE);
    context.fillStyle = theme.background;
    context.fillRect(0, 0, box.width, box.height + header + footer);
    context.fillStyle = theme.text;
    context.font = '600 14px system-ui, sans-serif';
    context.fillText(title, 8, 19);
    context.drawImage(image, 0, header, box.width, box.height);
    let x = 8;
    context.font = '12px system-ui, sans-serif';
    for (const item of legend) {
      context.fillStyle = item.color === 'none' ? theme.text : item.color;
      context.fillRect(x, header + box.height + 8, 12, 8);
      context.fillStyle = theme.text;
      context.fillText(item.text, x + 16, header + box.height + 16);
      x += 28 + context.measureText(item.text).width;
    }
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name-safe form of a label: "FastScan + re-rank" → "fastscan-re-rank". */
export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'chart';
