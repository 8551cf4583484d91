import type { Node } from 'jsonc-parser';
import { templateDocuments } from '../../arm/template-documents.js';
import { templateResources } from '../../arm/template-model.js';
import { inlineTemplates } from '../../arm/template-scopes.js';
import { resolveVariable } from '../../arm/variable-values.js';
import { prop, properties, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';

const VM_TYPES = new Set(['microsoft.compute/virtualmachines', 'microsoft.compute/virtualmachinescalesets']);

/** Every `storageProfile` value inside a resource, its child resources left out. */
function storageProfiles(resource: Node): Node[] {
  const found: Node[] = [];
  const stack: Node[] = [resource];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      for (const p of properties(node)) {
        const name = p.name.toLowerCase();
        if (name === 'storageprofile') found.push(p.value);
        else if (!(node === resource && name === 'resources')) stack.push(p.value);
      }
    } else if (node.type === 'array') {
      stack.push(...(node.children ?? []));
    }
  }
  return found;
}

/** Which preview image field a storage profile uses, if any. */
function previewField(template: Node, storageProfile: Node): { node: Node; field: string } | undefined {
  const profile = resolveVariable(template, storageProfile);
  const image = resolveVariable(template, prop(profile, 'imageReference'));
  if (!image) return undefined;
  const whole = stringOf(image);
  if (whole !== undefined) return /preview$/i.test(whole.trim()) ? { node: image, field: 'imageReference' } : undefined;
  for (const [field, pattern] of [['version', /preview$/i], ['sku', /preview$/i], ['offer', /preview/i]] as const) {
    const node = resolveVariable(template, prop(image, field));
    const text = stringOf(node);
    if (node && text !== undefined && pattern.test(text.trim())) return { node: prop(image, field)!, field };
  }
  return undefined;
}

/** Virtual machines and scale sets use generally available images, not preview ones. */
export const vmsNotPreviewRule: Rule = {
  id: 'template/vms-not-preview',
  armTtk: 'Virtual-Machines-Should-Not-Be-Preview',
  severity: 'error',
  description: 'Use a generally available VM image: no preview offer, SKU or version in imageReference.',
  helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
  check(context) {
    for (const document of templateDocuments(context)) {
      const root = document.root;
      if (!root) continue;
      for (const template of [root, ...inlineTemplates(root)]) {
        for (const resource of templateResources(template)) {
          if (!VM_TYPES.has(resource.type.toLowerCase())) continue;
          for (const storageProfile of storageProfiles(resource.node)) {
            const preview = previewField(template, storageProfile) ?? (template !== root ? previewField(root, storageProfile) : undefined);
            if (!preview) continue;
            const name = stringOf(prop(resource.node, 'name')) ?? '(unnamed)';
            context.report(document, preview.node, `Virtual machine '${name}' uses a preview image (${preview.field}); use a generally available image.`);
          }
        }
      }
    }
  },
};
