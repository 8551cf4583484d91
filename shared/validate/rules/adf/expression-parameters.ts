import { callNamed, memberName, memberStart, nodesWhere, type AdfExpression } from '../../datafactory/adf-expression.js';
import { closestName } from '../../datafactory/closest-name.js';
import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { expressionSites } from '../../datafactory/expression-sites.js';
import { factoryModel, type AdfKind } from '../../datafactory/factory-model.js';
import { declaredGlobalParameters, declaredParameters, hasName } from '../../datafactory/parameters.js';
import { reportInString } from '../../datafactory/report-in-string.js';
import type { Rule } from '../../rule.js';

/** Who declares a parameter an expression reads: an object of the factory, or the factory itself (global parameters). */
type Owner = AdfKind | 'global';

/** The parameter a node reads, as `pipeline().parameters.x`, `pipeline().globalParameters.x`, `dataset().x` or `linkedService().x`. */
function parameterRead(node: AdfExpression): { owner: Owner; name: string; start: number } | undefined {
  if (node.type !== 'property' && node.type !== 'index') return undefined;
  const name = memberName(node);
  if (name === undefined) return undefined;
  const target = node.target;
  if (callNamed(target, 'dataset')) return { owner: 'dataset', name, start: memberStart(node) };
  if (callNamed(target, 'linkedService')) return { owner: 'linkedService', name, start: memberStart(node) };
  if ((target.type === 'property' || target.type === 'index') && callNamed(target.target, 'pipeline')) {
    const section = memberName(target)?.toLowerCase();
    if (section === 'parameters') return { owner: 'pipeline', name, start: memberStart(node) };
    if (section === 'globalparameters') return { owner: 'global', name, start: memberStart(node) };
  }
  return undefined;
}

const READERS: Record<string, string> = { pipeline: 'pipeline().parameters', dataset: 'dataset()', linkedService: 'linkedService()' };

/**
 * `pipeline().parameters.x`, `dataset().x` and `linkedService().x` name parameters their
 * pipeline, dataset or linked service declares; `pipeline().globalParameters.x` one its factory
 * declares, where the unit holds the factory's declaration.
 */
export const expressionParametersRule: Rule = {
  id: 'adf/expression-parameters',
  armTtk: null,
  severity: 'error',
  description: "Declare the parameter the expression reads under the properties.parameters of its pipeline, dataset or linked service (global parameters: under the factory's properties.globalParameters), or fix its name.",
  helpUri: ADF_DOCS.parameters,
  check(context) {
    for (const site of expressionSites(factoryModel(context))) {
      const declared = declaredParameters(site.object);
      for (const node of nodesWhere(site.parsed, 'parameter read', (n): n is AdfExpression => parameterRead(n) !== undefined)) {
        const read = parameterRead(node)!;
        const report = (message: string) => reportInString(context, site.object.document, site.node, read.start, message);
        if (read.owner === 'global') {
          // Only pipelines read global parameters; elsewhere pipeline() itself is the problem.
          const globals = site.object.kind === 'pipeline' ? declaredGlobalParameters(site.object.factory) : undefined;
          if (globals === undefined || hasName(globals, read.name)) continue;
          const closest = closestName(read.name, globals.map((d) => d.name));
          const hint = closest ? ` Did you mean '${closest}'?` : " Declare it under the factory's properties.globalParameters.";
          report(`${describeObject(site.object)} reads global parameter '${read.name}' (pipeline().globalParameters.${read.name}), which the factory does not declare.${hint}`);
          continue;
        }
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
