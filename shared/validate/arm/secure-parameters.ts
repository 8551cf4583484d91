import type { Node } from 'jsonc-parser';
import { prop, stringOf } from '../json-nav.js';
import { templateParameters } from './template-model.js';

/** The declared type of a parameter, lowercased (`securestring`, `int`, ...); '' when missing. */
export function parameterType(declaration: Node | undefined): string {
  return (stringOf(prop(declaration, 'type')) ?? '').toLowerCase();
}

/** True for `secureString` and `secureObject`, any case. */
export function isSecureType(type: string): boolean {
  const lowered = type.toLowerCase();
  return lowered === 'securestring' || lowered === 'secureobject';
}

/** The secure parameters of a template, lowercased name to declared name. */
export function secureParameterNames(template: Node | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const p of templateParameters(template)) {
    if (isSecureType(parameterType(p.value))) names.set(p.name.toLowerCase(), p.name);
  }
  return names;
}
