import type { Node } from 'jsonc-parser';
import { prop } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { CUID_TESTS_DOC, CuidModel } from './cuid-model.js';

/**
 * Controls that have no tooltip: the three arm-ttk exempts, plus the data controls that render
 * nothing (their schema has no toolTip, so asking for one would be a false positive).
 */
const NO_TOOLTIP = new Set(
  ['Microsoft.Common.InfoBox', 'Microsoft.Common.Section', 'Microsoft.Common.TextBlock', 'Microsoft.Solutions.ArmApiControl', 'Microsoft.Solutions.GraphApiControl'].map((t) =>
    t.toLowerCase(),
  ),
);

function hasText(node: Node | undefined): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'string':
      return (node.value as string).trim().length > 0;
    case 'number':
    case 'boolean':
      return true;
    case 'object':
    case 'array':
      return (node.children?.length ?? 0) > 0;
    default:
      return false;
  }
}

/** Every visible Microsoft control should explain itself with a tooltip. */
export const tooltipsPresentRule: Rule = {
  id: 'cuid/tooltips-present',
  armTtk: 'Tooltips-Should-Be-Present',
  severity: 'warning',
  description: 'Add a non-empty "toolTip" to each control (InfoBox, Section, TextBlock and data controls excepted).',
  helpUri: `${CUID_TESTS_DOC}#tooltip-must-exist-with-a-value`,
  check(context) {
    const document = context.createUiDefinition;
    if (!document?.root) return;
    for (const control of new CuidModel(document).controls) {
      const type = control.type.toLowerCase();
      if (!type.startsWith('microsoft.') || NO_TOOLTIP.has(type)) continue;
      const tooltip = prop(control.node, 'toolTip');
      if (!hasText(tooltip)) {
        const where = tooltip ?? prop(control.node, 'name') ?? control.node;
        context.report(document, where, `${control.type} '${control.name}' has no tooltip; add a "toolTip" that tells the user what to enter.`);
      }
    }
  },
};
