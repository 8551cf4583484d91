import { nodesWhere, type AdfCall } from '../../datafactory/adf-expression.js';
import { allFunctionNames, functionSignature, knownFunction, type FunctionSignature } from '../../datafactory/adf-functions.js';
import { closestName } from '../../datafactory/closest-name.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { expressionSites } from '../../datafactory/expression-sites.js';
import { factoryModel } from '../../datafactory/factory-model.js';
import { reportInString } from '../../datafactory/report-in-string.js';
import type { Rule } from '../../rule.js';

function wrongArgumentCount(node: AdfCall): boolean {
  const signature = functionSignature(node.name);
  return signature !== undefined && (node.args.length < signature.min || node.args.length > signature.max);
}

function plural(count: number): string {
  return count === 1 ? 'argument' : 'arguments';
}

/** "takes 2 or 3 arguments (timestamp, days[, format])" and the like. */
function argumentsTaken({ min, max, parameters }: FunctionSignature): string {
  if (max === 0) return 'takes no arguments';
  const names = ` (${parameters})`;
  if (max === Infinity) return `takes at least ${min} ${plural(min)}${names}`;
  if (min === max) return `takes ${min} ${plural(min)}${names}`;
  if (min === 0) return `takes at most ${max} ${plural(max)}${names}`;
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
      for (const node of nodesWhere(site.parsed, 'unknown function', (n): n is AdfCall => n.type === 'call' && !knownFunction(n.name))) {
        const closest = closestName(node.name, allFunctionNames());
        const hint = closest ? ` Did you mean ${closest}()?` : '';
        reportInString(context, site.object.document, site.node, node.start, `Unknown function ${node.name}() in the expression; Data Factory has no such function.${hint}`);
      }
      for (const node of nodesWhere(site.parsed, 'wrong argument count', (n): n is AdfCall => n.type === 'call' && wrongArgumentCount(n))) {
        const signature = functionSignature(node.name)!;
        reportInString(context, site.object.document, site.node, node.start, `${signature.name} ${argumentsTaken(signature)}; this call gives ${node.args.length}.`);
      }
    }
  },
};
