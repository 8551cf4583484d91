import type { Rule } from '../../rule.js';
import { CUID_TESTS_DOC, CuidModel, fileName, templateParameter } from './cuid-model.js';

/** Outputs the managed application platform fills in itself; the template never declares them. */
const PLATFORM_OUTPUTS = new Set(['applicationresourcename', 'jitaccesspolicy', 'managedidentity', 'managedresourcegroupid']);

/** Every createUiDefinition output is passed to the template parameter of the same name, so that parameter must exist. */
export const outputsInTemplateParametersRule: Rule = {
  id: 'cuid/outputs-in-template-parameters',
  armTtk: 'Outputs-Must-Be-Present-In-Template-Parameters',
  severity: 'error',
  description: 'Declare a mainTemplate parameter for each createUiDefinition output (same name), or remove the output.',
  helpUri: `${CUID_TESTS_DOC}#include-control-outputs-in-template-parameters`,
  check(context) {
    const { createUiDefinition: document, template } = context;
    if (document?.root?.type !== 'object' || template?.root?.type !== 'object') return;
    const model = new CuidModel(document);
    if (model.outputsNode?.type !== 'object' || model.outputs.length === 0) {
      context.report(document, model.outputsNode ?? model.parameters ?? document.root, 'createUiDefinition.json has no parameters.outputs; add one output per mainTemplate parameter the user chooses.');
      return;
    }
    for (const output of model.outputs) {
      if (PLATFORM_OUTPUTS.has(output.name.toLowerCase())) continue;
      const parameter = templateParameter(template, output.name);
      if (parameter?.value.type !== 'object') {
        context.report(document, output.value, `Output "${output.name}" has no matching parameter in ${fileName(template)}; add a parameter "${output.name}" there or remove the output.`);
      }
    }
  },
};
