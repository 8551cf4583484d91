/** .NET composite formatting (`format('{0:N2} of {1}', ...)`) and date formats, as ARM applies them. */
import { ArmFunctionError } from './errors.js';
import { armText } from './values.js';

function formatNumber(value: number, spec: string): string {
  const match = /^([DdNnFfXxGgPp])(\d{0,2})$/.exec(spec);
  if (!match) throw new ArmFunctionError(`format: the format '${spec}' is not supported; use D, N, F, X, G or P with an optional precision.`);
  const kind = match[1]!.toUpperCase();
  const precision = match[2] === '' ? undefined : Number(match[2]);
  switch (kind) {
    case 'D': {
      if (!Number.isInteger(value)) throw new ArmFunctionError(`format: the format '${spec}' needs an Integer, got ${value}.`);
      const digits = String(Math.abs(value)).padStart(precision ?? 0, '0');
      return value < 0 ? `-${digits}` : digits;
    }
    case 'N':
      return value.toLocaleString('en-US', { minimumFractionDigits: precision ?? 2, maximumFractionDigits: precision ?? 2 });
    case 'F':
      return value.toFixed(precision ?? 2);
    case 'X': {
      if (!Number.isInteger(value)) throw new ArmFunctionError(`format: the format '${spec}' needs an Integer, got ${value}.`);
      const hex = (value < 0 ? (value >>> 0) : value).toString(16).padStart(precision ?? 0, '0');
      return match[1] === 'X' ? hex.toUpperCase() : hex;
    }
    case 'P':
      return `${(value * 100).toLocaleString('en-US', { minimumFractionDigits: precision ?? 2, maximumFractionDigits: precision ?? 2 })} %`;
    default:
      return String(value);
  }
}

function formatItem(value: unknown, alignment: number, spec: string | undefined): string {
  const text = spec !== undefined && typeof value === 'number' ? formatNumber(value, spec) : armText(value);
  return alignment >= 0 ? text.padStart(alignment) : text.padEnd(-alignment);
}

/** `format(formatString, args...)`: `{index[,alignment][:format]}`, `{{` and `}}` for braces. */
export function compositeFormat(template: string, args: readonly unknown[]): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    if (ch === '}') {
      if (template[i + 1] !== '}') throw new ArmFunctionError(`format: the format string '${template}' has a lone '}'; write '}}' for a brace.`);
      out += '}';
      i++;
    } else if (ch !== '{') {
      out += ch;
    } else if (template[i + 1] === '{') {
      out += '{';
      i++;
    } else {
      const end = template.indexOf('}', i);
      const item = end < 0 ? null : /^(\d+)\s*(?:,\s*(-?\d+))?\s*(?::(.*))?$/s.exec(template.slice(i + 1, end));
      if (!item) throw new ArmFunctionError(`format: the format string '${template}' has an invalid placeholder at ${i}; use {0}, {1:N2}, and '{{' for a brace.`);
      const index = Number(item[1]);
      if (index >= args.length) {
        throw new ArmFunctionError(`format: the placeholder {${index}} needs ${index + 1} argument(s) after the format string but there are ${args.length}.`);
      }
      out += formatItem(args[index], item[2] ? Number(item[2]) : 0, item[3]);
      i = end;
    }
  }
  return out;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A UTC date in a .NET date format (standard `u`, `s`, `o`, `d` or custom `yyyyMMddTHHmmssZ`). */
export function formatUtcDate(date: Date, format: string): string {
  const standard: Record<string, string> = { u: 'yyyy-MM-dd HH:mm:ssZ', s: 'yyyy-MM-ddTHH:mm:ss', d: 'M/d/yyyy', o: 'yyyy-MM-ddTHH:mm:ss.fffffffZ', O: 'yyyy-MM-ddTHH:mm:ss.fffffffZ' };
  const pattern = standard[format] ?? format;
  const tokens: Record<string, () => string> = {
    yyyy: () => pad(date.getUTCFullYear(), 4),
    yy: () => pad(date.getUTCFullYear() % 100, 2),
    MM: () => pad(date.getUTCMonth() + 1, 2),
    M: () => String(date.getUTCMonth() + 1),
    dd: () => pad(date.getUTCDate(), 2),
    d: () => String(date.getUTCDate()),
    HH: () => pad(date.getUTCHours(), 2),
    H: () => String(date.getUTCHours()),
    mm: () => pad(date.getUTCMinutes(), 2),
    ss: () => pad(date.getUTCSeconds(), 2),
    fffffff: () => pad(date.getUTCMilliseconds(), 3) + '0000',
    fff: () => pad(date.getUTCMilliseconds(), 3),
  };
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const token = Object.keys(tokens).find((key) => pattern.startsWith(key, i));
    if (token) {
      out += tokens[token]!();
      i += token.length;
    } else {
      out += pattern[i];
      i++;
    }
  }
  return out;
}
