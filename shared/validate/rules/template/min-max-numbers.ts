import type { Node } from 'jsonc-parser';
import { templateDocuments } from '../../arm/template-documents.js';
import { templateParameters } from '../../arm/template-model.js';
import { prop } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { TEMPLATE_TESTS_DOC } from './template-tests-doc.js';

function isInteger(node: Node): boolean {
  return node.type === 'number' && Number.isInteger(node.value);
}

function describeValue(node: Node): string {
  if (node.type === 'string') return `the string "${node.value as string}"`;
  if (node.type === 'number') return `the fraction ${node.value as number}`;
  return `a ${node.type}`;
}

/** minValue and maxValue are integers, and come as a pair. */
export const minMaxNumbersRule: Rule = {
  id: 'template/min-max-numbers',
  armTtk: 'Min-And-Max-Value-Are-Numbers',
  severity: 'error',
  description: 'Give an int parameter both minValue and maxValue, as integer numbers (not strings).',
  helpUri: TEMPLATE_TESTS_DOC,
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const parameter of templateParameters(document.root)) {
        const min = prop(parameter.value, 'minValue');
        const max = prop(parameter.value, 'maxValue');
        const wrong = [max, min].find((node) => node && !isInteger(node));
        if (wrong) {
          const which = wrong === max ? 'maxValue' : 'minValue';
          context.report(document, wrong, `The ${which} of parameter '${parameter.name}' must be an integer number, not ${describeValue(wrong)}.`);
          continue;
        }
        if (min && !max) context.report(document, min, `Parameter '${parameter.name}' has a minValue but no maxValue; add maxValue.`);
        if (max && !min) context.report(document, max, `Parameter '${parameter.name}' has a maxValue but no minValue; add minValue.`);
      }
    }
  },
};
