import { ADF_DOCS } from '../../datafactory/docs.js';
import { expressionSites } from '../../datafactory/expression-sites.js';
import { factoryModel } from '../../datafactory/factory-model.js';
import { reportInString } from '../../datafactory/report-in-string.js';
import type { Rule } from '../../rule.js';

/** Every `@...` and `@{...}` value parses as a Data Factory expression; the finding points at the character where it breaks. */
export const expressionSyntaxRule: Rule = {
  id: 'adf/expression-syntax',
  armTtk: null,
  severity: 'error',
  description: "Fix the expression at the reported character (quote strings with ', close every ( and @{, separate arguments with commas), or start the value with @@ for a literal @.",
  helpUri: ADF_DOCS.expressions,
  check(context) {
    for (const site of expressionSites(factoryModel(context))) {
      const error = site.parsed.error;
      if (error) reportInString(context, site.object.document, site.node, error.offset, `Invalid expression: ${error.message}.`);
    }
  },
};
