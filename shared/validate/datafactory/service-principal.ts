import type { Node } from 'jsonc-parser';
import { prop, stringOf } from '../json-nav.js';

/**
 * Whether a linked service's typeProperties hold a service principal's secret: a key (literal
 * or Key Vault), a certificate, a credential reference, or `encryptedCredential`, which is the
 * key as the service encrypted it when the linked service was saved with it.
 */
export function hasServicePrincipalSecret(settings: Node | undefined): boolean {
  return (
    prop(settings, 'servicePrincipalKey') !== undefined ||
    prop(settings, 'servicePrincipalEmbeddedCert') !== undefined ||
    prop(settings, 'servicePrincipalCredential') !== undefined ||
    Boolean(stringOf(prop(settings, 'encryptedCredential')))
  );
}
