import { nodesWhere, type AdfCall, type AdfExpression } from '../../datafactory/adf-expression.js';
import { allFunctionNames, functionSignature, type FunctionSignature } from '../../datafactory/adf-functions.js';
import { closestName } from '../../datafactory/closest-name.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { expressionSites } from '../../datafactory/expression-sites.js';
import { factoryModel } from '../../datafactory/factory-model.js';
import { reportInString } from '../../datafactory/report-in-string.js';
import { plural } from '../../../report/report-model.js';
import type { Rule } from '../../rule.js';

/** Whether a call names no function of the language, or gives one too few or too many arguments. */
function isWrongCall(node: AdfExpression): node is AdfCall {
  if (node.type !== 'call') return false;
  const signature = functionSignature(node.name);
  return signature === undefined || node.args.length < signature.min || node.args.length > signature.max;
}

/** "takes 2 or 3 arguments (timestamp, days[, format])" and the like. */
function argumentsTaken({ min, max, parameters }: FunctionSignature): string {
  if (max === 0) return 'takes no arguments';
  const names = ` (${parameters})`;
  if (max === Infinity) return `takes at least ${plural(min, 'argument')}${names}`;
  if (min === max) return `takes ${plural(min, 'argument')}${names}`;
  if (min === 0) return `takes at most ${plural(max, 'argument')}${names}`;
  if (max === min + 1) return `takes ${min} or ${max} arguments${names}`;
  return `takes ${min} to ${max} arguments${names}`;
}

/** Expressions call only functions the Data Factory expression language has, with as many arguments as each takes. */
export const expressionFunctionsRule: Rule = {
  id: 'adf/expression-functions',
  armTtk: null,
  severity: 'error',
  description: 'Call only functions of the Data Factory expression language (concat, formatDateTime, pipeline, activity, ...), each with the arguments it takes.',
  helpUri: ADF_DOCS.expressions,
  check(context) {
    for (const site of expressionSites(factoryModel(context))) {
      // One walk per distinct text finds both mistakes.
      for (const node of nodesWhere(site.parsed, 'wrong call', isWrongCall)) {
        const signature = functionSignature(node.name);
        if (signature === undefined) {
          const closest = closestName(node.name, allFunctionNames());
          const hint = closest ? ` Did you mean ${closest}()?` : '';
          reportInString(context, site.object.document, site.node, node.start, `Unknown function ${node.name}() in the expression; Data Factory has no such function.${hint}`);
        } else {
          reportInString(context, site.object.document, site.node, node.start, `${signature.name} ${argumentsTaken(signature)}; this call gives ${node.args.length}.`);
        }
      }
    }
  },
};
