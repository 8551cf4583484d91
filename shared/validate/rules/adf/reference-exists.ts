import { displayText, isResolved } from '../../datafactory/arm-strings.js';
import { closestName } from '../../datafactory/closest-name.js';
import { describeObject, kindWord } from '../../datafactory/describe.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, findObject } from '../../datafactory/factory-model.js';
import { referenceSites, type ReferenceSite } from '../../datafactory/references.js';
import { SYNAPSE_REFERENCED } from '../../datafactory/git-layout.js';
import type { Rule, RuleContext } from '../../rule.js';

/** The integration runtime every factory has without defining it. */
export const AUTO_RESOLVE_RUNTIME = 'AutoResolveIntegrationRuntime';

/** A Synapse workspace's pipeline names a notebook or Spark job definition of the workspace. */
function checkSynapseArtifact(context: RuleContext, site: ReferenceSite): void {
  const { object, name } = site;
  const lowerType = site.type.toLowerCase();
  const names = object.factory.synapseArtifacts?.get(lowerType);
  if (names === undefined || name === undefined || !isResolved(name)) return;
  const lower = name.toLowerCase();
  if (names.some((n) => n.toLowerCase() === lower)) return;
  const word = SYNAPSE_REFERENCED.find((r) => r.referenceType === lowerType)!.word;
  const closest = closestName(name, names);
  const hint = closest ? ` Did you mean '${closest}'?` : ` Add the ${word} or fix the name.`;
  context.report(object.document, site.nameNode, `${describeObject(object)} references ${word} '${displayText(name)}', which ${object.factory.label} does not define.${hint}`);
}

/** Every pipeline, dataset, linked service, integration runtime, data flow and credential reference names an object of the factory. */
export const referenceExistsRule: Rule = {
  id: 'adf/reference-exists',
  armTtk: null,
  severity: 'error',
  description: 'Point each *Reference at an object the factory defines, or add that object.',
  helpUri: ADF_DOCS.datasetsAndLinkedServices,
  check(context) {
    for (const site of referenceSites(factoryModel(context))) {
      const { object, target, name } = site;
      if (!target && object.factory.synapseArtifacts !== undefined) checkSynapseArtifact(context, site);
      if (!target || name === undefined || !isResolved(name) || object.factory.source === 'file') continue;
      if (target === 'integrationRuntime' && name.toLowerCase() === AUTO_RESOLVE_RUNTIME.toLowerCase()) continue;
      if (findObject(object.factory, target, name)) continue;
      const candidates = object.factory.objects.filter((o) => o.kind === target && o.name !== undefined && isResolved(o.name)).map((o) => o.name!);
      const closest = closestName(name, candidates);
      const hint = closest ? ` Did you mean '${closest}'?` : ` Add the ${kindWord(target)} or fix the name.`;
      context.report(object.document, site.nameNode, `${describeObject(object)} references ${kindWord(target)} '${displayText(name)}', which ${object.factory.label} does not define.${hint}`);
    }
  },
};
