import { isExpressionString } from '../../arm/arm-expression.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { templateResources } from '../../arm/template-model.js';
import { inlineTemplates } from '../../arm/template-scopes.js';
import { resolveVariable } from '../../arm/variable-values.js';
import { dig, prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

const VM_TYPES = new Set(['microsoft.compute/virtualmachines', 'microsoft.compute/virtualmachinescalesets']);

/**
 * arm-ttk keeps this test but has it switched off (some images without a plan do not offer
 * 'latest'), so it passes everything there. We give the best practice it describes as a note,
 * only for stock images: no purchase plan, no custom or gallery image id, a literal version.
 */
export const vmImagesLatestRule: Rule = {
  id: 'template/vm-images-latest',
  armTtk: 'VM-Images-Should-Use-Latest-Version',
  severity: 'note',
  description: "Use version 'latest' for stock VM images so new deployments get current patches.",
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
  check(context) {
    for (const document of templateDocuments(context)) {
      const root = document.root;
      if (!root) continue;
      for (const template of [root, ...inlineTemplates(root)]) {
        for (const resource of templateResources(template)) {
          if (!VM_TYPES.has(resource.type.toLowerCase()) || prop(resource.node, 'plan')) continue;
          const isScaleSet = resource.type.toLowerCase().endsWith('scalesets');
          const profilePath = isScaleSet ? ['properties', 'virtualMachineProfile', 'storageProfile'] : ['properties', 'storageProfile'];
          const image = resolveVariable(template, prop(resolveVariable(template, dig(resource.node, ...profilePath)), 'imageReference'));
          if (image?.type !== 'object' || ['id', 'sharedGalleryImageId', 'communityGalleryImageId'].some((p) => prop(image, p))) continue;
          const versionNode = prop(image, 'version');
          const version = stringOf(resolveVariable(template, versionNode));
          if (!versionNode || version === undefined || isExpressionString(version) || version.trim().toLowerCase() === 'latest') continue;
          const name = stringOf(prop(resource.node, 'name')) ?? '(unnamed)';
          context.report(document, versionNode, `Virtual machine '${name}' pins image version '${version}'; consider 'latest' so new deployments get the current image.`);
        }
      }
    }
  },
};
