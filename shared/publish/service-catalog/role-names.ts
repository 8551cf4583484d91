import { UsageError } from '../../commands/usage-error.js';
import { isGuid } from '../../guid.js';

/** Built-in Azure roles by name: their role definition ids are the same in every tenant and cloud. */
const BUILT_IN_ROLES: Readonly<Record<string, string>> = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  'user access administrator': '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
};


export interface Authorization {
  readonly principalId: string;
  readonly roleDefinitionId: string;
}

/** A role definition id from a GUID, a `/providers/Microsoft.Authorization/roleDefinitions/<id>` path or a built-in role name. */
export function roleDefinitionId(role: string): string | undefined {
  const trimmed = role.trim();
  const tail = trimmed.split('/').pop() ?? '';
  if (isGuid(tail) && (tail === trimmed || /\/roleDefinitions\/[^/]+$/i.test(trimmed))) return tail.toLowerCase();
  return BUILT_IN_ROLES[trimmed.toLowerCase().replace(/\s+/g, ' ')];
}

/**
 * Parses `principalId:role` pairs. Every bad pair is named in one usage error, with what to
 * write instead, before anything is sent to Azure.
 */
export function parseAuthorizations(items: readonly string[], describe: string): Authorization[] {
  const problems: string[] = [];
  const parsed: Authorization[] = [];
  for (const item of items) {
    const colon = item.indexOf(':');
    const principal = colon < 0 ? item.trim() : item.slice(0, colon).trim();
    const role = colon < 0 ? '' : item.slice(colon + 1).trim();
    if (colon < 0 || role === '') {
      problems.push(`'${item}' is not principalId:role`);
      continue;
    }
    if (!isGuid(principal)) problems.push(`'${principal}' in '${item}' is not a principal (object) id GUID`);
    const id = roleDefinitionId(role);
    if (!id) problems.push(`'${role}' in '${item}' is neither a role definition id nor a built-in role name (${Object.keys(BUILT_IN_ROLES).map(titleCase).join(', ')})`);
    if (isGuid(principal) && id) parsed.push({ principalId: principal.toLowerCase(), roleDefinitionId: id });
  }
  if (problems.length > 0) {
    throw new UsageError(`${describe} has invalid authorizations (InvalidAuthorization): ${problems.join('; ')}. Write each as <principal object id>:<role definition id or built-in role name>, e.g. 00000000-0000-0000-0000-000000000000:Contributor.`);
  }
  return parsed;
}

function titleCase(name: string): string {
  return name.replace(/\b\w/g, (c) => c.toUpperCase());
}
