import type { Node } from 'jsonc-parser';
import { parameterType } from '../../arm/secure-parameters.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { templateScopes } from '../../arm/template-scopes.js';
import type { JsonDocument } from '../../json-document.js';
import { prop, valueOf } from '../../json-nav.js';
import type { Rule, RuleContext } from '../../rule.js';
import { TEMPLATE_TESTS_DOC } from './template-tests-doc.js';

const LOCATION = '_artifactsLocation';
const SAS_TOKEN = '_artifactsLocationSasToken';
const LOCATION_DEFAULT = '[deployment().properties.templateLink.uri]';

/** Like PowerShell's truthiness, which arm-ttk relies on: '', 0, false, null and [] count as "no value". */
function hasValue(node: Node | undefined): boolean {
  if (!node) return false;
  const value = valueOf(node);
  return !(value === '' || value === 0 || value === false || value === null || (Array.isArray(value) && value.length === 0));
}

function checkTemplate(context: RuleContext, document: JsonDocument, template: Node, isMain: boolean): void {
  const parameters = prop(template, 'parameters');
  const location = prop(parameters, LOCATION);
  if (location?.type !== 'object') return;
  const sasToken = prop(parameters, SAS_TOKEN);

  const locationType = parameterType(location);
  if (locationType !== 'string' && locationType !== 'securestring') {
    context.report(document, prop(location, 'type') ?? location, `Parameter '${LOCATION}' must be of type 'string'.`);
  }
  if (!sasToken) {
    context.report(document, location, `The template declares '${LOCATION}' but not '${SAS_TOKEN}'; add '${SAS_TOKEN}' of type 'secureString' with defaultValue "".`);
  } else if (parameterType(sasToken) !== 'securestring') {
    context.report(document, prop(sasToken, 'type') ?? sasToken, `Parameter '${SAS_TOKEN}' must be of type 'secureString'.`);
  }

  if (!isMain) {
    for (const declaration of [location, sasToken]) {
      const defaultValue = prop(declaration, 'defaultValue');
      if (hasValue(defaultValue)) {
        context.report(document, defaultValue, 'The artifacts parameters of a nested template must not have a defaultValue; pass the values down from the main template.');
      }
    }
    return;
  }

  const locationDefault = prop(location, 'defaultValue');
  if (!hasValue(locationDefault)) {
    context.report(document, locationDefault ?? location, `Parameter '${LOCATION}' of the main template needs the defaultValue "${LOCATION_DEFAULT}".`);
  } else if (locationDefault?.type !== 'string' || !(locationDefault.value as string).toLowerCase().includes('deployment().properties.templatelink')) {
    context.report(document, locationDefault, `The defaultValue of '${LOCATION}' must be "${LOCATION_DEFAULT}" so the package's own files are used.`);
  }
  if (sasToken?.type === 'object') {
    const sasDefault = prop(sasToken, 'defaultValue');
    if (sasDefault?.type !== 'string' || sasDefault.value !== '') {
      context.report(document, sasDefault ?? sasToken, `Parameter '${SAS_TOKEN}' of the main template needs the defaultValue "" (an empty string).`);
    }
  }
}

/** _artifactsLocation and _artifactsLocationSasToken are declared together, typed and defaulted the standard way. */
export const artifactsParameterRule: Rule = {
  id: 'template/artifacts-parameter',
  armTtk: 'artifacts-parameter',
  severity: 'error',
  description:
    'Declare _artifactsLocation (string, default [deployment().properties.templateLink.uri]) with _artifactsLocationSasToken (secureString, default ""); nested templates take both without defaults.',
  helpUri: TEMPLATE_TESTS_DOC,
  check(context) {
    for (const document of templateDocuments(context)) {
      templateScopes(document.root).forEach((scope, index) => {
        // Only the main template's own scope may default the values; inner-scope templates are nested.
        checkTemplate(context, document, scope.template, index === 0 && document === context.template);
      });
    }
  },
};
