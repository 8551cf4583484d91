import { prop } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { templateParameters } from '../../arm/template-model.js';
import { CUID_TESTS_DOC, CuidModel, fileName } from './cuid-model.js';

/** A template parameter without a default gets its value only from createUiDefinition's outputs. */
export const parametersWithoutDefaultInOutputsRule: Rule = {
  id: 'cuid/parameters-without-default-in-outputs',
  armTtk: 'Parameters-Without-Default-Must-Exist-In-CreateUIDefinition',
  severity: 'error',
  description: 'Give each mainTemplate parameter without a defaultValue an output of the same name in createUiDefinition.json.',
  helpUri: `${CUID_TESTS_DOC}#parameters-without-default-must-exist-in-outputs`,
  check(context) {
    const { createUiDefinition: document, template } = context;
    if (document?.root?.type !== 'object' || template?.root?.type !== 'object') return;
    const model = new CuidModel(document);
    for (const parameter of templateParameters(template.root)) {
      const defaultValue = prop(parameter.value, 'defaultValue');
      if (defaultValue !== undefined && defaultValue.type !== 'null') continue;
      const output = model.output(parameter.name);
      if (output === undefined || output.value.type === 'null') {
        context.report(template, parameter.key, `Parameter "${parameter.name}" has no defaultValue and no output in ${fileName(document)}; add an output "${parameter.name}" there or give the parameter a defaultValue.`);
      }
    }
  },
};
