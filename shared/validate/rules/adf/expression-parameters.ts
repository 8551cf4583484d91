import { nodesWhere, type AdfExpression } from '../../datafactory/adf-expression.js';
import { closestName } from '../../datafactory/closest-name.js';
import { describeObject } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { expressionSites } from '../../datafactory/expression-sites.js';
import { factoryModel } from '../../datafactory/factory-model.js';
import { parameterRead } from '../../datafactory/parameter-reads.js';
import { declaredGlobalParameters, declaredParameters, hasName } from '../../datafactory/parameters.js';
import { reportInString } from '../../datafactory/report-in-string.js';
import type { Rule } from '../../rule.js';

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
