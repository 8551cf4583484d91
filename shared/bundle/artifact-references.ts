import { functionCalls, isExpressionString, referencedNames, tryParseArmExpression, type ArmExpression } from '../validate/arm/arm-expression.js';
import type { JsonNode } from '../validate/json-document.js';
import { walk } from '../validate/json-nav.js';

const ARTIFACTS_LOCATION = '_artifactsLocation';
/** A relative file path with an extension: `nestedtemplates/storage.json`, `scripts/install.sh`. */
const FILE_PATH = /^[\w.-]+(\/[\w.-]+)*\.[A-Za-z0-9]+$/;

/**
 * The files a template loads from its staged artifacts: string literals of the expressions that
 * use `parameters('_artifactsLocation')` and look like relative file paths, e.g. the
 * `'nestedtemplates/storage.json'` of `[uri(parameters('_artifactsLocation'), 'nestedtemplates/storage.json')]`.
 * Sorted, without duplicates.
 */
export function artifactReferences(template: JsonNode | undefined): string[] {
  const found = new Set<string>();
  walk(template, (node) => {
    if (node.type !== 'string' || typeof node.value !== 'string' || !isExpressionString(node.value)) return;
    const usesArtifacts = referencedNames(node.value, 'parameters').some((name) => name.toLowerCase() === ARTIFACTS_LOCATION.toLowerCase());
    if (!usesArtifacts) return;
    for (const literal of stringLiterals(tryParseArmExpression(node.value))) {
      // `format('{0}/scripts/x.sh{1}', ...)` and `concat(..., '/scripts/x.sh')` both name scripts/x.sh.
      const candidate = literal.replace(/\{\d+\}/g, '').replace(/^\/+/, '');
      if (FILE_PATH.test(candidate) && !candidate.split('/').includes('..')) found.add(candidate);
    }
  });
  return [...found].sort();
}

function stringLiterals(expr: ArmExpression | undefined): string[] {
  return functionCalls(expr).flatMap((call) =>
    call.name.toLowerCase() === 'parameters' ? [] : call.args.filter((arg) => arg.type === 'string').map((arg) => (arg as { value: string }).value),
  );
}
