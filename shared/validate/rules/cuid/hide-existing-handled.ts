import { dig } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { controlAnchor, CUID_TESTS_DOC, CuidModel, describeControl } from './cuid-model.js';

/** Controls that can pick an existing resource instead of creating one (unless `options.hideExisting`). */
const CAN_PICK_EXISTING = ['Microsoft.Storage.StorageAccountSelector', 'Microsoft.Network.PublicIpAddressCombo', 'Microsoft.Network.VirtualNetworkCombo'];

/** Properties the template needs to tell a new resource from an existing one, and where the existing one lives. */
const REQUIRED_PROPERTIES = ['resourceGroup', 'newOrExisting'];

/**
 * When a control lets the user choose an existing resource, the template must receive both the
 * choice (`newOrExisting`) and the resource group of the existing resource.
 */
export const hideExistingHandledRule: Rule = {
  id: 'cuid/hide-existing-handled',
  armTtk: 'HideExisting-Must-Be-Correctly-Handled',
  severity: 'error',
  description: 'Output the control\'s .resourceGroup and .newOrExisting (or set "options.hideExisting": true) for storage account, public IP and virtual network selectors.',
  helpUri: `${CUID_TESTS_DOC}#dont-hide-existing-resources`,
  check(context) {
    const document = context.createUiDefinition;
    if (document?.root?.type !== 'object') return;
    const model = new CuidModel(document);
    for (const type of CAN_PICK_EXISTING) {
      for (const control of model.controlsOfType(type)) {
        const hideExisting = dig(control.node, 'options', 'hideExisting');
        if (hideExisting?.value === true) continue;
        const used = new Set(model.outputsReferencing(control).map((r) => (r.rest[0] ?? '').toLowerCase()));
        for (const property of REQUIRED_PROPERTIES) {
          if (used.has(property.toLowerCase())) continue;
          context.report(
            document,
            controlAnchor(control),
            `${control.type} '${control.name}' lets the user pick an existing resource, but no output passes ${describeControl(control)}.${property}; add that output (and a template parameter for it) or set "options.hideExisting": true.`,
          );
        }
      }
    }
  },
};
