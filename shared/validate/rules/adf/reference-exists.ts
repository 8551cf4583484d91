import { displayText, isResolved } from '../../datafactory/arm-strings.js';
import { closestName } from '../../datafactory/closest-name.js';
import { describePlace, kindWord } from '../../datafactory/describe.js';
import type { AdfObject } from '../../datafactory/factory-model.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, findObject } from '../../datafactory/factory-model.js';
import { referenceSites, type ReferenceSite } from '../../datafactory/references.js';
import { SYNAPSE_REFERENCED } from '../../datafactory/git-layout.js';
import type { Rule, RuleContext } from '../../rule.js';

/** The integration runtime every factory has without defining it. */
export const AUTO_RESOLVE_RUNTIME = 'AutoResolveIntegrationRuntime';

/**
 * Where a name is missing from, for the end of a message: a Git folder's factory or workspace (the
 * file path says which), or the factory a template names. Not the folder as given on the command
 * line, which would make the same finding read differently from one invocation to the next.
 */
function factoryOf(object: AdfObject): string {
  if (object.factory.source === 'arm') return object.factory.label;
  return object.factory.synapse ? 'its workspace' : 'its factory';
}

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
  const nameNode = site.nameNode;
  context.report(object.document, nameNode, `${describePlace(object, nameNode)} references ${word} '${displayText(name)}', which ${factoryOf(object)} does not define.${hint}`);
}

/** Every pipeline, dataset, linked service, integration runtime, data flow, credential and trigger reference names an object of the factory. */
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
      // The template may define it under a name known only at deployment.
      if (object.factory.undetermined?.has(target)) continue;
      const candidates = object.factory.objects.filter((o) => o.kind === target && o.name !== undefined && isResolved(o.name)).map((o) => o.name!);
      const closest = closestName(name, candidates);
      const hint = closest ? ` Did you mean '${closest}'?` : ` Add the ${kindWord(target)} or fix the name.`;
      const nameNode = site.nameNode;
      context.report(object.document, nameNode, `${describePlace(object, nameNode)} references ${kindWord(target)} '${displayText(name)}', which ${factoryOf(object)} does not define.${hint}`);
    }
  },
};
