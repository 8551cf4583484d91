import { prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { CUID_TESTS_DOC } from './cuid-model.js';

const HANDLERS = ['Microsoft.Azure.CreateUIDef', 'Microsoft.Compute.MultiVm'];

/** The handler tells the portal how to render the definition; only two values are accepted. */
export const handlerRule: Rule = {
  id: 'cuid/handler',
  armTtk: 'Handler-Must-Be-Correct',
  severity: 'error',
  description: 'Set "handler" to "Microsoft.Azure.CreateUIDef" (or "Microsoft.Compute.MultiVm").',
  helpUri: `${CUID_TESTS_DOC}#use-correct-handler`,
  check(context) {
    const document = context.createUiDefinition;
    const root = document?.root;
    if (!document || root?.type !== 'object') return;
    const node = prop(root, 'handler');
    const handler = stringOf(node);
    if (!handler) {
      context.report(document, node ?? root, 'createUiDefinition.json has no "handler"; add "handler": "Microsoft.Azure.CreateUIDef".');
    } else if (!HANDLERS.some((h) => h.toLowerCase() === handler.toLowerCase())) {
      context.report(document, node, `"handler" is '${handler}'; use "Microsoft.Azure.CreateUIDef" or "Microsoft.Compute.MultiVm".`);
    }
  },
};
