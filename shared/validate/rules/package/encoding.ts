import { isValidUtf8 } from '../../decode-text.js';
import { MAX_JSON_BYTES } from '../../load-unit.js';
import type { Rule, RuleContext } from '../../rule.js';
import type { UnitJson } from '../../unit.js';

/** Every JSON file of the unit that was decoded (parsed or not). */
export function allUnitJson(context: RuleContext): UnitJson[] {
  const { unit } = context;
  return [unit.template, unit.createUiDefinition, unit.viewDefinition, ...unit.otherJson].filter((json): json is UnitJson => json !== undefined);
}

function invalidUtf8(json: UnitJson): boolean {
  if (json.file.size > MAX_JSON_BYTES) return false;
  // Decoding turns every invalid sequence into U+FFFD: a decoded text without one was valid.
  if (json.document.text.length > 0 && !json.document.text.includes('\uFFFD')) return false;
  try {
    const bytes = json.file.read();
    return !isValidUtf8(json.encoding === 'utf8-bom' ? bytes.subarray(3) : bytes);
  } catch {
    return false;
  }
}

/**
 * Package files must be UTF-8. ARM and the portal read the JSON files of a package as UTF-8;
 * UTF-16 (what some Windows editors and PowerShell's `Out-File` write) and invalid UTF-8 break
 * them. A UTF-8 byte order mark is `package/byte-order-mark`.
 */
export const encodingRule: Rule = {
  id: 'package/encoding',
  armTtk: null,
  severity: 'error',
  description: 'Save every JSON file of the package as UTF-8 (without a byte order mark).',
  check(context) {
    for (const json of allUnitJson(context)) {
      if (json.encoding === 'utf16le' || json.encoding === 'utf16be') {
        const order = json.encoding === 'utf16le' ? 'little-endian' : 'big-endian';
        context.reportAt(json.file.display, 1, 1, `This file is encoded as UTF-16 (${order}); save it as UTF-8 without a byte order mark.`);
      } else if ((json.encoding === 'utf8' || json.encoding === 'utf8-bom') && invalidUtf8(json)) {
        context.reportAt(
          json.file.display,
          1,
          1,
          'This file is not valid UTF-8 (it was probably saved in a legacy code page such as Windows-1252); save it as UTF-8 without a byte order mark.',
        );
      }
    }
  },
};
