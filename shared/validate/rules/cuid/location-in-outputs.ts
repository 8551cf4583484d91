import { stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { CUID_TESTS_DOC, CuidModel } from './cuid-model.js';

/** The deployment location chosen on the basics page must reach the template as the `location` output. */
export const locationInOutputsRule: Rule = {
  id: 'cuid/location-in-outputs',
  armTtk: 'Location-Should-Be-In-Outputs',
  severity: 'error',
  description: 'Add "location": "[location()]" to parameters.outputs of createUiDefinition.json.',
  helpUri: `${CUID_TESTS_DOC}#use-location-in-outputs`,
  check(context) {
    const document = context.createUiDefinition;
    if (document?.root?.type !== 'object') return;
    const model = new CuidModel(document);
    if (model.outputsNode?.type !== 'object' || model.outputs.length === 0) {
      const at = model.outputsNode ?? model.parameters ?? document.root;
      context.report(document, at, 'createUiDefinition.json has no parameters.outputs; add outputs that pass each control to the template, including "location": "[location()]".');
      return;
    }
    const location = model.output('location');
    if (!location) {
      context.report(document, model.outputsNode, 'parameters.outputs has no "location"; add "location": "[location()]".');
      return;
    }
    const value = stringOf(location.value);
    if (value?.trim().toLowerCase() !== '[location()]') {
      context.report(document, location.value, `Output "location" is ${value === undefined ? 'not a string' : `'${value}'`}; set it to "[location()]".`);
    }
  },
};
