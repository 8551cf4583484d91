import type { Rule } from '../../rule.js';
import { allUnitJson } from './encoding.js';

/**
 * A UTF-8 byte order mark: ARM reads past it, but tools that read the files with a plain
 * JSON parser (the portal's UI definition loader, az CLI, jq) may reject it, so it is a warning.
 */
export const byteOrderMarkRule: Rule = {
  id: 'package/byte-order-mark',
  armTtk: null,
  severity: 'warning',
  description: 'Save JSON files as UTF-8 without a byte order mark.',
  check(context) {
    for (const json of allUnitJson(context)) {
      if (json.encoding === 'utf8-bom') {
        context.reportAt(json.file.display, 1, 1, 'This file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM so every tool that reads the package accepts it.');
      }
    }
  },
};
