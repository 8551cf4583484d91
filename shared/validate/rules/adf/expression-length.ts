import { ADF_DOCS } from '../../datafactory/docs.js';
import { expressionSites } from '../../datafactory/expression-sites.js';
import { factoryModel } from '../../datafactory/factory-model.js';
import type { Rule } from '../../rule.js';

/** Data Factory's limit on the characters of one expression. */
export const MAX_EXPRESSION_CHARACTERS = 8192;

export const expressionLengthRule: Rule = {
  id: 'adf/expression-length',
  armTtk: null,
  severity: 'error',
  description: 'Keep each expression within 8,192 characters: split it across Set Variable activities or move the logic into a data flow or stored procedure.',
  helpUri: ADF_DOCS.limits,
  check(context) {
    for (const site of expressionSites(factoryModel(context))) {
      if (site.value.length > MAX_EXPRESSION_CHARACTERS) {
        context.report(site.object.document, site.node, `This expression is ${site.value.length} characters long; Data Factory accepts up to ${MAX_EXPRESSION_CHARACTERS}. Split it up.`);
      }
    }
  },
};
