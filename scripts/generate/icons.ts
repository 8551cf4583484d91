import type { CommandDefinition } from '../../shared/commands/definition.js';
import { encodePng } from './png.js';

type Point = readonly [number, number];

/** A filled shape in a 32 × 32 design space; `cut` shapes punch the background colour back in. */
type Shape =
  | { readonly circle: readonly [number, number, number]; readonly cut?: boolean }
  | { readonly polygon: readonly Point[]; readonly cut?: boolean };

type Category = CommandDefinition['task']['category'];

const CATEGORY_COLOUR: Record<Category, readonly [number, number, number]> = {
  Test: [0x2e, 0x7d, 0x32],
  Build: [0x15, 0x65, 0xc0],
  Deploy: [0x6a, 0x1b, 0x9a],
  Utility: [0x45, 0x5a, 0x64],
};

const EXTENSION_COLOUR = [0x0b, 0x5c, 0xad] as const;

/** A thick line through the points: one quad per segment and a disc at every point. */
function stroke(points: readonly Point[], width: number): Shape[] {
  const shapes: Shape[] = points.map(([x, y]) => ({ circle: [x, y, width / 2] }));
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i - 1]!;
    const [x2, y2] = points[i]!;
    const length = Math.hypot(x2 - x1, y2 - y1);
    const nx = (-(y2 - y1) / length) * (width / 2);
    const ny = ((x2 - x1) / length) * (width / 2);
    shapes.push({ polygon: [[x1 + nx, y1 + ny], [x2 + nx, y2 + ny], [x2 - nx, y2 - ny], [x1 - nx, y1 - ny]] });
  }
  return shapes;
}

function rect(x: number, y: number, w: number, h: number, cut = false): Shape {
  return { polygon: [[x, y], [x + w, y], [x + w, y + h], [x, y + h]], cut };
}

const CHECK = stroke([[8, 16.5], [13.5, 22], [24, 10.5]], 4);
const PLAY: Shape[] = [{ polygon: [[11, 7.5], [11, 24.5], [25, 16]] }];
const UP_ARROW: Shape[] = [{ polygon: [[16, 5.5], [25.5, 15], [6.5, 15]] }, rect(13.25, 14, 5.5, 12)];
const PACKAGE: Shape[] = [rect(6, 7, 20, 5), rect(7.5, 13, 17, 12.5), rect(13, 15.5, 6, 2.5, true)];
const PERSON: Shape[] = [
  { circle: [16, 11, 5.5] },
  { polygon: Array.from({ length: 25 }, (_, i): Point => [16 + 10 * Math.cos(Math.PI + (i * Math.PI) / 24), 27 + 9.5 * Math.sin(Math.PI + (i * Math.PI) / 24)]) },
];

/** The pictogram of a command: by name where one says it better, else by task category. */
function glyphFor(command: CommandDefinition): Shape[] {
  if (command.name === 'smoke-run') return PLAY;
  if (command.name === 'whoami') return PERSON;
  const byCategory: Record<Category, Shape[]> = { Test: CHECK, Build: PACKAGE, Deploy: UP_ARROW, Utility: PERSON };
  return byCategory[command.task.category];
}

function insidePolygon(polygon: readonly Point[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideShape(shape: Shape, x: number, y: number): boolean {
  if ('circle' in shape) return Math.hypot(x - shape.circle[0], y - shape.circle[1]) <= shape.circle[2];
  return insidePolygon(shape.polygon, x, y);
}

/** Inside the rounded square that is every icon's background (corner radius 6). */
function insideBackground(x: number, y: number): boolean {
  const r = 6;
  const cx = Math.min(Math.max(x, r), 32 - r);
  const cy = Math.min(Math.max(y, r), 32 - r);
  return x >= 0 && x <= 32 && y >= 0 && y <= 32 && Math.hypot(x - cx, y - cy) <= r;
}

/** Renders a white glyph on a coloured rounded square, 4 × 4 samples a pixel. */
function renderIcon(size: number, colour: readonly [number, number, number], glyph: readonly Shape[]): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) * 32) / size;
          const y = ((py + (sy + 0.5) / samples) * 32) / size;
          if (!insideBackground(x, y)) continue;
          background++;
          let inGlyph = false;
          for (const shape of glyph) if (insideShape(shape, x, y)) inGlyph = !shape.cut;
          if (inGlyph) white++;
        }
      }
      const offset = (py * size + px) * 4;
      const share = background === 0 ? 0 : white / background;
      for (let c = 0; c < 3; c++) rgba[offset + c] = Math.round(colour[c]! + (255 - colour[c]!) * share);
      rgba[offset + 3] = Math.round((background / (samples * samples)) * 255);
    }
  }
  return encodePng(size, size, rgba);
}

/** `tasks/<Task>/icon.png`: 32 × 32, as Azure DevOps shows task icons. */
export function taskIconPng(command: CommandDefinition): Uint8Array {
  return renderIcon(32, CATEGORY_COLOUR[command.task.category], glyphFor(command));
}

/** `images/extension-icon.png`: the extension's 128 × 128 Marketplace icon. */
export function extensionIconPng(): Uint8Array {
  return renderIcon(128, EXTENSION_COLOUR, CHECK);
}
