import type { Rule } from '../../rule.js';
import { CUID_TESTS_DOC, CuidModel, type ResolvedReference } from './cuid-model.js';
import { describeReference, expressionsIn, positionInString } from './cuid-references.js';

function whatIsMissing(missing: NonNullable<ResolvedReference['missing']>): string {
  switch (missing.kind) {
    case 'basics':
      return `parameters.basics has no control named '${missing.name}'`;
    case 'step':
      return `parameters.steps has no step named '${missing.name}'`;
    case 'element':
      return `'${missing.within ?? ''}' has no element named '${missing.name}'`;
  }
}

/** Outputs read controls by name; each name must be a control of basics or of the named step (or section). */
export const controlsInOutputsExistRule: Rule = {
  id: 'cuid/controls-in-outputs-exist',
  armTtk: 'Controls-In-Outputs-Must-Exist',
  severity: 'error',
  description: 'Make every basics(...) and steps(...) reference in parameters.outputs name an existing step and control.',
  helpUri: `${CUID_TESTS_DOC}#output-controls-must-exist`,
  check(context) {
    const document = context.createUiDefinition;
    if (document?.root?.type !== 'object') return;
    const model = new CuidModel(document);
    for (const output of model.outputs) {
      for (const { node, reference } of expressionsIn(output.value)) {
        const { missing } = model.resolve(reference);
        if (!missing) continue;
        const { line, column } = positionInString(document, node, reference.start);
        context.reportAt(
          document.file,
          line,
          column,
          `Output "${output.name}" reads ${describeReference(reference)}, but ${whatIsMissing(missing)}; fix the name or add the control.`,
        );
      }
    }
  },
};
