import { callNamed, memberName, memberStart, nodesWhere, type AdfExpression } from '../../datafactory/adf-expression.js';
import { closestName } from '../../datafactory/closest-name.js';
import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { expressionSites } from '../../datafactory/expression-sites.js';
import { factoryModel, type AdfKind } from '../../datafactory/factory-model.js';
import { declaredParameters, hasName } from '../../datafactory/parameters.js';
import { reportInString } from '../../datafactory/report-in-string.js';
import type { Rule } from '../../rule.js';

/** The parameter a node reads, as `pipeline().parameters.x`, `dataset().x` or `linkedService().x`. */
function parameterRead(node: AdfExpression): { owner: AdfKind; name: string; start: number } | undefined {
  if (node.type !== 'property' && node.type !== 'index') return undefined;
  const name = memberName(node);
  if (name === undefined) return undefined;
  const target = node.target;
  if (callNamed(target, 'dataset')) return { owner: 'dataset', name, start: memberStart(node) };
  if (callNamed(target, 'linkedService')) return { owner: 'linkedService', name, start: memberStart(node) };
  if ((target.type === 'property' || target.type === 'index') && memberName(target)?.toLowerCase() === 'parameters' && callNamed(target.target, 'pipeline')) {
    return { owner: 'pipeline', name, start: memberStart(node) };
  }
  return undefined;
}

const READERS: Record<string, string> = { pipeline: 'pipeline().parameters', dataset: 'dataset()', linkedService: 'linkedService()' };

/** `pipeline().parameters.x`, `dataset().x` and `linkedService().x` name parameters their pipeline, dataset or linked service declares. */
export const expressionParametersRule: Rule = {
  id: 'adf/expression-parameters',
  armTtk: null,
  severity: 'error',
  description: 'Declare the parameter the expression reads under the properties.parameters of its pipeline, dataset or linked service, or fix its name.',
  helpUri: ADF_DOCS.parameters,
  check(context) {
    for (const site of expressionSites(factoryModel(context))) {
      const declared = declaredParameters(site.object);
      for (const node of nodesWhere(site.parsed, 'parameter read', (n): n is AdfExpression => parameterRead(n) !== undefined)) {
        const read = parameterRead(node)!;
        const report = (message: string) => reportInString(context, site.object.document, site.node, read.start, message);
        if (read.owner !== site.object.kind) {
          report(`${READERS[read.owner]} is not available in a ${site.object.kind === 'linkedService' ? 'linked service' : site.object.kind}; ${describeObject(site.object)} can read only its own parameters.`);
          continue;
        }
        if (hasName(declared, read.name)) continue;
        const closest = closestName(read.name, declared.map((d) => d.name));
        const hint = closest ? ` Did you mean '${closest}'?` : ` Declare it under properties.parameters.`;
        report(`${describeObject(site.object)} reads parameter '${read.name}' (${READERS[read.owner]}.${read.name}), which it does not declare.${hint}`);
      }
    }
  },
};
