/** String template functions. Each takes evaluated arguments; errors name the function. */
import { parseJson } from '../json/parse-json.js';
import { ArmFunctionError } from './errors.js';
import { compositeFormat } from './format-text.js';
import { templateGuid, uniqueString } from './hashes.js';
import { Args, armText, isJsonObject } from './values.js';
import type { ArmFunction } from './function-table.js';

const a = (fn: string, values: readonly unknown[]) => new Args(fn, values);

function base64ToText(fn: string, value: string): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) throw new ArmFunctionError(`${fn}: '${value.slice(0, 40)}' is not valid base64.`);
  return Buffer.from(value, 'base64').toString('utf8');
}

/** ARM's uri(): documented joining rules, not full RFC 3986 resolution. */
function joinUri(base: string, relative: string): string {
  if (base.endsWith('/')) return base + (relative.startsWith('/') ? relative.slice(1) : relative);
  const afterScheme = base.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const lastSlash = afterScheme.lastIndexOf('/');
  if (lastSlash < 0) return `${base}/${relative.startsWith('/') ? relative.slice(1) : relative}`;
  const kept = base.slice(0, base.length - (afterScheme.length - lastSlash - 1));
  return kept + (relative.startsWith('/') ? relative.slice(1) : relative);
}

const DATA_URI_PREFIX = 'data:text/plain;charset=utf8;base64,';

export const stringFunctions: Record<string, ArmFunction> = {
  format: (v) => compositeFormat(a('format', v).count(1, Infinity).string(0), v.slice(1)),
  string: (v) => armText(a('string', v).count(1).values[0]),
  tolower: (v) => a('toLower', v).count(1).string(0).toLowerCase(),
  toupper: (v) => a('toUpper', v).count(1).string(0).toUpperCase(),
  trim: (v) => a('trim', v).count(1).string(0).trim(),
  replace: (v) => {
    const args = a('replace', v).count(3);
    return args.string(0).split(args.string(1)).join(args.string(2));
  },
  substring: (v) => {
    const args = a('substring', v).count(2, 3);
    const text = args.string(0);
    const start = args.int(1);
    const length = v.length > 2 ? args.int(2) : text.length - start;
    if (start < 0 || length < 0 || start + length > text.length) {
      throw new ArmFunctionError(`substring: start ${start} and length ${length} fall outside the ${text.length} characters of the string.`);
    }
    return text.substr(start, length);
  },
  split: (v) => {
    const args = a('split', v).count(2);
    const text = args.string(0);
    const delimiters = Array.isArray(v[1]) ? args.array(1).map(String) : [args.string(1)];
    return delimiters.reduce<string[]>((parts, delimiter) => parts.flatMap((part) => part.split(delimiter)), [text]);
  },
  startswith: (v) => {
    const args = a('startsWith', v).count(2);
    return args.string(0).toLowerCase().startsWith(args.string(1).toLowerCase());
  },
  endswith: (v) => {
    const args = a('endsWith', v).count(2);
    return args.string(0).toLowerCase().endsWith(args.string(1).toLowerCase());
  },
  padleft: (v) => {
    const args = a('padLeft', v).count(2, 3);
    const text = typeof v[0] === 'number' ? String(args.int(0)) : args.string(0);
    const padding = v.length > 2 ? args.string(2) : ' ';
    if (padding.length !== 1) throw new ArmFunctionError(`padLeft: the padding character must be one character, got '${padding}'.`);
    return text.padStart(args.int(1), padding);
  },
  uniquestring: (v) => uniqueString(...a('uniqueString', v).count(1, Infinity).values.map((_, i, all) => new Args('uniqueString', all).string(i))),
  guid: (v) => templateGuid(...a('guid', v).count(1, Infinity).values.map((_, i, all) => new Args('guid', all).string(i))),
  base64: (v) => Buffer.from(a('base64', v).count(1).string(0), 'utf8').toString('base64'),
  base64tostring: (v) => base64ToText('base64ToString', a('base64ToString', v).count(1).string(0)),
  base64tojson: (v) => parseJson(base64ToText('base64ToJson', a('base64ToJson', v).count(1).string(0))) as unknown,
  uri: (v) => {
    const args = a('uri', v).count(2);
    return joinUri(args.string(0), args.string(1));
  },
  uricomponent: (v) => encodeURIComponent(a('uriComponent', v).count(1).string(0)),
  uricomponenttostring: (v) => decodeURIComponent(a('uriComponentToString', v).count(1).string(0)),
  datauri: (v) => DATA_URI_PREFIX + Buffer.from(a('dataUri', v).count(1).text(0), 'utf8').toString('base64'),
  datauritostring: (v) => {
    const text = a('dataUriToString', v).count(1).string(0);
    const match = /^data:[^,]*?(;base64)?,(.*)$/s.exec(text);
    if (!match) throw new ArmFunctionError(`dataUriToString: '${text.slice(0, 40)}' is not a data URI.`);
    return match[1] ? Buffer.from(match[2]!, 'base64').toString('utf8') : decodeURIComponent(match[2]!);
  },
  json: (v) => {
    const text = a('json', v).count(1).string(0);
    try {
      return parseJson(text) as unknown;
    } catch {
      throw new ArmFunctionError(`json: '${text.slice(0, 60)}' is not valid JSON.`);
    }
  },
  join: (v) => {
    const args = a('join', v).count(2);
    return args.array(0).map((item, i) => {
      if (isJsonObject(item) || Array.isArray(item)) throw new ArmFunctionError(`join: item ${i} of the array is not a string, number or boolean.`);
      return armText(item);
    }).join(args.string(1));
  },
};
