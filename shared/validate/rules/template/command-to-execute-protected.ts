import type { Node } from 'jsonc-parser';
import { callsIn, isListFunction, namesReferenced } from '../../arm/expression-references.js';
import { isSecureType, parameterType } from '../../arm/secure-parameters.js';
import { variableNode } from '../../arm/scope-resources.js';
import { templateDocuments } from '../../arm/template-documents.js';
import { templateScopes, walkScope, type TemplateScope } from '../../arm/template-scopes.js';
import { templateParameters } from '../../arm/template-model.js';
import { dig, prop, stringOf } from '../../json-nav.js';
import type { Rule } from '../../rule.js';
import { TEMPLATE_TESTS_DOC } from './template-tests-doc.js';

/** The expression strings a command is built from: itself and the variables it uses, transitively. */
function expressionsOf(command: string, scope: TemplateScope): string[] {
  const seen = new Set<string>();
  const texts = [command];
  for (let i = 0; i < texts.length && i < 50; i++) {
    for (const name of namesReferenced(texts[i]!, 'variables')) {
      if (seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      const value = stringOf(variableNode(scope, name));
      if (value !== undefined) texts.push(value);
    }
  }
  return texts;
}

/** Why a command leaks a secret: the list*() functions and secure parameters it uses. */
function secretsIn(command: string, scope: TemplateScope): string[] {
  const secure = new Map(
    templateParameters(scope.template)
      .filter((p) => isSecureType(parameterType(p.value)))
      .map((p) => [p.name.toLowerCase(), `${parameterType(p.value) === 'secureobject' ? 'secureObject' : 'secureString'} parameter '${p.name}'`]),
  );
  const reasons = new Set<string>();
  for (const text of expressionsOf(command, scope)) {
    for (const call of callsIn(text)) if (isListFunction(call.name)) reasons.add(`${call.name}()`);
    for (const name of namesReferenced(text, 'parameters')) {
      const reason = secure.get(name.toLowerCase());
      if (reason) reasons.add(reason);
    }
  }
  return [...reasons];
}

/** True for the `properties` of a Custom Script extension (Linux `CustomScript`, Windows `CustomScriptExtension`). */
function isCustomScript(node: Node): boolean {
  const type = stringOf(prop(node, 'type'));
  return type !== undefined && !type.includes('/') && /^customscript/i.test(type) && prop(node, 'settings') !== undefined;
}

/** A Custom Script command that uses secrets must be in protectedSettings, which is encrypted and never logged. */
export const commandToExecuteProtectedRule: Rule = {
  id: 'template/command-to-execute-protected',
  armTtk: 'CommandToExecute-Must-Use-ProtectedSettings-For-Secrets',
  severity: 'error',
  description: 'Move a commandToExecute that uses a secure parameter or a list*() function from settings to protectedSettings.',
  helpUri: TEMPLATE_TESTS_DOC,
  check(context) {
    for (const document of templateDocuments(context)) {
      for (const scope of templateScopes(document.root)) {
        walkScope(scope.template, (node) => {
          if (node.type !== 'object' || !isCustomScript(node)) return;
          const command = dig(node, 'settings', 'commandToExecute');
          if (command?.type !== 'string' || dig(node, 'protectedSettings', 'commandToExecute')) return;
          const reasons = secretsIn(command.value as string, scope);
          if (reasons.length === 0) return;
          context.report(
            document,
            command,
            `commandToExecute uses ${reasons.join(', ')} but is in settings, which are stored and shown in plain text; move it to protectedSettings.`,
          );
        });
      }
    }
  },
};
