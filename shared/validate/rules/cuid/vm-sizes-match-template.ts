import { dig, elements, prop, stringOf } from '../../json-nav.js';
import { isExpressionString } from '../../arm/arm-expression.js';
import type { Rule } from '../../rule.js';
import { controlAnchor, CUID_TESTS_DOC, CuidModel, describeControl, fileName, templateParameter } from './cuid-model.js';

/** A VM size selector feeds a template parameter; the template's default size must be one the selector offers. */
export const vmSizesMatchTemplateRule: Rule = {
  id: 'cuid/vm-sizes-match-template',
  armTtk: 'VMSizes-Must-Match-Template',
  severity: 'error',
  description: 'Pass each Microsoft.Compute.SizeSelector to a mainTemplate parameter whose defaultValue is one of the selector\'s allowedSizes.',
  helpUri: `${CUID_TESTS_DOC}#virtual-machine-sizes-must-match`,
  check(context) {
    const { createUiDefinition: document, template } = context;
    if (document?.root?.type !== 'object' || template?.root?.type !== 'object') return;
    const model = new CuidModel(document);
    for (const control of model.controlsOfType('Microsoft.Compute.SizeSelector')) {
      const output = model.outputsReferencing(control)[0]?.output;
      if (!output) {
        context.report(document, controlAnchor(control), `Size selector '${control.name}' is not passed to the template: no output reads ${describeControl(control)}; add an output for it.`);
        continue;
      }
      const parameter = templateParameter(template, output.name);
      if (parameter?.value.type !== 'object') {
        context.report(document, output.value, `Size selector '${control.name}' goes to output "${output.name}", which has no parameter in ${fileName(template)}; add a parameter "${output.name}".`);
        continue;
      }
      const defaultNode = prop(parameter.value, 'defaultValue');
      const defaultSize = stringOf(defaultNode);
      if (!defaultSize || isExpressionString(defaultSize)) continue;
      const allowed = elements(dig(control.node, 'constraints', 'allowedSizes')).map(stringOf).filter((s): s is string => s !== undefined);
      if (allowed.length > 0 && !allowed.some((size) => size.toLowerCase() === defaultSize.toLowerCase())) {
        context.report(template, defaultNode, `Parameter "${parameter.name}" defaults to '${defaultSize}', which size selector '${control.name}' does not allow (allowedSizes: ${allowed.join(', ')}); use one of them as the default or add it to allowedSizes.`);
      }
    }
  },
};
