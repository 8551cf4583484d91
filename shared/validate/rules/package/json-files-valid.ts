import type { Rule } from '../../rule.js';
import type { UnitJson } from '../../unit.js';

/** Every JSON file of the package must parse; each syntax error is reported where it is. */
export const jsonFilesValidRule: Rule = {
  id: 'json/valid',
  armTtk: 'JSONFiles-Should-Be-Valid',
  severity: 'error',
  description: 'Fix the JSON syntax at the reported position so the file parses.',
  check(context) {
    const { unit } = context;
    const all = [unit.template, unit.createUiDefinition, unit.viewDefinition, ...unit.otherJson].filter(
      (json): json is UnitJson => json !== undefined,
    );
    for (const json of all) {
      if (json.encoding === 'binary') {
        context.reportAt(json.file.display, 1, 1, 'This file is not text (it holds NUL bytes); a JSON file is expected here.');
        continue;
      }
      // Empty: nothing but whitespace (a file refused as too large or unreadable has its own error).
      if (!json.document.root && json.document.text.trim() === '' && json.document.errors.every((e) => e.message === 'value expected')) {
        context.reportAt(json.file.display, 1, 1, 'This file is empty; a JSON document is expected.');
        continue;
      }
      // Errors after the first are mostly the parser recovering from it: report the first, count the rest.
      const [first, ...rest] = json.document.errors;
      if (first) {
        const more = rest.length > 0 ? ` (${rest.length} more syntax error${rest.length === 1 ? '' : 's'} may follow from it)` : '';
        context.reportAt(json.file.display, first.line, first.column, `Invalid JSON: ${first.message}${more}.`);
      }
    }
  },
};
