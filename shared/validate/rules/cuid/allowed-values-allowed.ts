import type { Node } from 'jsonc-parser';
import { isExpressionString } from '../../arm/arm-expression.js';
import type { JsonDocument } from '../../json-document.js';
import { elements, keyOf, prop, stringOf, valueOf, walk, type JsonProperty } from '../../json-nav.js';
import type { Rule, RuleContext } from '../../rule.js';
import { controlAnchor, CUID_TESTS_DOC, type CuidControl, CuidModel, describeControl, fileName, templateParameter } from './cuid-model.js';
import { callsLocation } from './cuid-references.js';

/** Values compare the way arm-ttk compares them: as text, ignoring case. */
function canonical(value: unknown): string {
  return (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)).toLowerCase();
}

function display(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** The values a control offers: each entry's `value`, or the entry itself. Expressions are skipped. */
function offeredValues(allowedValues: Node): Node[] {
  return elements(allowedValues)
    .map((entry) => (entry.type === 'object' && prop(entry, 'value') !== undefined ? prop(entry, 'value')! : entry))
    .filter((node) => !isExpressionString(stringOf(node) ?? ''));
}

interface AllowedValuesSite {
  readonly allowedValues: Node;
  readonly control?: CuidControl;
  /** Set for `config.basics.location.allowedValues`, which feeds the `[location()]` output. */
  readonly isLocation: boolean;
}

function allowedValuesSites(model: CuidModel, root: Node): AllowedValuesSite[] {
  const byNode = new Map(model.controls.map((c) => [c.node, c]));
  const sites: AllowedValuesSite[] = [];
  walk(root, (node, path) => {
    if (node.type !== 'array' || String(keyOf(node) ?? '').toLowerCase() !== 'allowedvalues') return;
    let control: CuidControl | undefined;
    for (let current = node.parent; current && !control; current = current.parent) control = byNode.get(current);
    const lowered = path.map((p) => String(p).toLowerCase());
    const isLocation = !control && lowered.includes('config') && lowered[lowered.length - 2] === 'location';
    if (control || isLocation) sites.push({ allowedValues: node, control, isLocation });
  });
  return sites;
}

function checkSite(context: RuleContext, document: JsonDocument, template: JsonDocument, model: CuidModel, site: AllowedValuesSite): void {
  const { control } = site;
  const label = control ? `control '${control.name}'` : 'the location list of config.basics';
  const labelAtStart = label.charAt(0).toUpperCase() + label.slice(1);
  let output: JsonProperty | undefined;
  if (control) output = model.outputsReferencing(control)[0]?.output;
  else output = model.outputs.find((o) => callsLocation(o.value));
  if (!output) {
    if (control && !model.isReferencedAnywhere(control)) {
      context.report(document, controlAnchor(control), `${labelAtStart} offers allowed values but is used nowhere: no output reads ${describeControl(control)}; add an output that passes it to the template.`);
    }
    return;
  }
  const parameter = templateParameter(template, output.name);
  if (parameter?.value.type !== 'object') {
    context.report(document, output.value, `${labelAtStart} goes to output "${output.name}", which has no parameter in ${fileName(template)}; add a parameter "${output.name}" there.`);
    return;
  }
  const offered = offeredValues(site.allowedValues);
  // When the output computes something from the choice, the template never sees the offered values.
  if (offered.length === 0 || (control && !model.passesDirectly(output, control))) return;
  const templateAllowed = prop(parameter.value, 'allowedValues');
  const permitted = templateAllowed?.type === 'array' ? new Set(elements(templateAllowed).map((n) => canonical(valueOf(n)))) : undefined;
  if (permitted) {
    for (const node of offered) {
      const value = valueOf(node);
      if (!permitted.has(canonical(value))) {
        context.report(document, node, `${labelAtStart} offers '${display(value)}', which parameter "${parameter.name}" of ${fileName(template)} does not allow; add it to the parameter's allowedValues or remove it from the control.`);
      }
    }
  }
  const defaultNode = prop(parameter.value, 'defaultValue');
  const defaultValue = valueOf(defaultNode);
  if (!defaultValue || (typeof defaultValue === 'string' && isExpressionString(defaultValue.trim()))) return;
  const offeredSet = new Set(offered.map((n) => canonical(valueOf(n))));
  const defaults = Array.isArray(defaultValue) ? defaultValue : [defaultValue];
  for (const value of defaults) {
    if (offeredSet.has(canonical(value)) || permitted?.has(canonical(value))) continue;
    context.report(template, defaultNode, `Parameter "${parameter.name}" defaults to '${display(value)}', which ${label} in ${fileName(document)} does not offer; use one of the control's values as the default.`);
  }
}

/** Values a control offers must be accepted by the template parameter it feeds, and the parameter's default must be offered. */
export const allowedValuesAllowedRule: Rule = {
  id: 'cuid/allowed-values-allowed',
  armTtk: 'Allowed-Values-Should-Actually-Be-Allowed',
  severity: 'error',
  description: 'Make every allowedValues entry of a control acceptable to the mainTemplate parameter it is output to, and that parameter\'s default one of them.',
  helpUri: `${CUID_TESTS_DOC}#verify-template-parameter-allows-values`,
  check(context) {
    const { createUiDefinition: document, template } = context;
    if (document?.root?.type !== 'object' || template?.root?.type !== 'object') return;
    const model = new CuidModel(document);
    for (const site of allowedValuesSites(model, document.root)) checkSite(context, document, template, model, site);
  },
};
