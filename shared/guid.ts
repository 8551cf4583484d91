/** A GUID as Azure and Microsoft Entra write their IDs (objects, applications, tenants, roles), without anchors. */
export const GUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const GUID = new RegExp(`^${GUID_PATTERN}$`, 'i');

/** Whether a text is a GUID, in any case (surrounding space is not trimmed). */
export function isGuid(text: string): boolean {
  return GUID.test(text);
}
