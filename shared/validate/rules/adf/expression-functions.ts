import { nodesWhere, type AdfCall } from '../../datafactory/adf-expression.js';
import { allFunctionNames, knownFunction } from '../../datafactory/adf-functions.js';
import { closestName } from '../../datafactory/closest-name.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { expressionSites } from '../../datafactory/expression-sites.js';
import { factoryModel } from '../../datafactory/factory-model.js';
import { reportInString } from '../../datafactory/report-in-string.js';
import type { Rule } from '../../rule.js';

/** Expressions call only functions the Data Factory expression language has. */
export const expressionFunctionsRule: Rule = {
  id: 'adf/expression-functions',
  armTtk: null,
  severity: 'error',
  description: 'Call only functions of the Data Factory expression language (concat, formatDateTime, pipeline, activity, ...).',
  helpUri: ADF_DOCS.expressions,
  check(context) {
    for (const site of expressionSites(factoryModel(context))) {
      for (const node of nodesWhere(site.parsed, 'unknown function', (n): n is AdfCall => n.type === 'call' && !knownFunction(n.name))) {
        const closest = closestName(node.name, allFunctionNames());
        const hint = closest ? ` Did you mean ${closest}()?` : '';
        reportInString(context, site.object.document, site.node, node.start, `Unknown function ${node.name}() in the expression; Data Factory has no such function.${hint}`);
      }
    }
  },
};
