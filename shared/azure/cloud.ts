/**
 * One description per Azure cloud. Every client takes its endpoints and token scopes from it,
 * so a sovereign cloud or the local stand-in is just another value of this object.
 */

export type CloudName = 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud' | 'Custom';

export const CLOUD_NAMES: readonly CloudName[] = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud', 'Custom'];

export interface AzureCloudDescription {
  readonly name: CloudName;
  /** Entra ID authority host, no trailing slash: `https://login.microsoftonline.com`. */
  readonly authorityHost: string;
  /** Azure Resource Manager, no trailing slash: `https://management.azure.com`. */
  readonly armEndpoint: string;
  /** Scope an ARM token is requested for: `<audience>/.default`. */
  readonly armScope: string;
  /** Partner Center ingestion API, no trailing slash. */
  readonly partnerCenterEndpoint: string;
  readonly partnerCenterScope: string;
  readonly portalUrl: string;
  /** Blob endpoints are `https://<account>.blob.<storageSuffix>`. */
  readonly storageSuffix: string;
  /**
   * Whether MSAL may check the authority against Microsoft's instance-discovery list. Custom
   * authorities (Azure Stack, the stand-in) are not on it, so they must skip the check.
   */
  readonly instanceDiscovery: boolean;
}

// Marketplace offers, sovereign-cloud ones included, are managed from the commercial Partner Center.
const PARTNER_CENTER = 'https://api.partner.microsoft.com';

const KNOWN: Record<Exclude<CloudName, 'Custom'>, AzureCloudDescription> = {
  AzureCloud: {
    name: 'AzureCloud',
    authorityHost: 'https://login.microsoftonline.com',
    armEndpoint: 'https://management.azure.com',
    armScope: 'https://management.azure.com/.default',
    partnerCenterEndpoint: PARTNER_CENTER,
    partnerCenterScope: `${PARTNER_CENTER}/.default`,
    portalUrl: 'https://portal.azure.com',
    storageSuffix: 'core.windows.net',
    instanceDiscovery: true,
  },
  AzureUSGovernment: {
    name: 'AzureUSGovernment',
    authorityHost: 'https://login.microsoftonline.us',
    armEndpoint: 'https://management.usgovcloudapi.net',
    armScope: 'https://management.usgovcloudapi.net/.default',
    partnerCenterEndpoint: PARTNER_CENTER,
    partnerCenterScope: `${PARTNER_CENTER}/.default`,
    portalUrl: 'https://portal.azure.us',
    storageSuffix: 'core.usgovcloudapi.net',
    instanceDiscovery: true,
  },
  AzureChinaCloud: {
    name: 'AzureChinaCloud',
    authorityHost: 'https://login.chinacloudapi.cn',
    armEndpoint: 'https://management.chinacloudapi.cn',
    armScope: 'https://management.chinacloudapi.cn/.default',
    partnerCenterEndpoint: PARTNER_CENTER,
    partnerCenterScope: `${PARTNER_CENTER}/.default`,
    portalUrl: 'https://portal.azure.cn',
    storageSuffix: 'core.chinacloudapi.cn',
    instanceDiscovery: true,
  },
};

/** The description of a named cloud. */
export function knownCloud(name: Exclude<CloudName, 'Custom'>): AzureCloudDescription {
  return KNOWN[name];
}

/** Endpoints given explicitly; each one replaces the base cloud's value. */
export interface CloudOverrides {
  readonly authorityHost?: string;
  readonly armEndpoint?: string;
  readonly partnerCenterEndpoint?: string;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/**
 * A cloud from a base and explicit endpoints. Any override makes it `Custom`; the token scopes
 * follow the endpoints (ARM and Partner Center accept `<endpoint>/.default`).
 */
export function customCloud(base: AzureCloudDescription, overrides: CloudOverrides): AzureCloudDescription {
  const authorityHost = overrides.authorityHost ? trimSlash(overrides.authorityHost) : base.authorityHost;
  const armEndpoint = overrides.armEndpoint ? trimSlash(overrides.armEndpoint) : base.armEndpoint;
  const partnerCenterEndpoint = overrides.partnerCenterEndpoint ? trimSlash(overrides.partnerCenterEndpoint) : base.partnerCenterEndpoint;
  return {
    ...base,
    name: 'Custom',
    authorityHost,
    armEndpoint,
    armScope: armEndpoint === base.armEndpoint ? base.armScope : `${armEndpoint}/.default`,
    partnerCenterEndpoint,
    partnerCenterScope: partnerCenterEndpoint === base.partnerCenterEndpoint ? base.partnerCenterScope : `${partnerCenterEndpoint}/.default`,
    instanceDiscovery: authorityHost === base.authorityHost && base.instanceDiscovery,
  };
}

/** Whether an override differs from what the base cloud already says. */
export function hasOverrides(base: AzureCloudDescription, overrides: CloudOverrides): boolean {
  return (
    (overrides.authorityHost !== undefined && trimSlash(overrides.authorityHost) !== base.authorityHost) ||
    (overrides.armEndpoint !== undefined && trimSlash(overrides.armEndpoint) !== base.armEndpoint) ||
    (overrides.partnerCenterEndpoint !== undefined && trimSlash(overrides.partnerCenterEndpoint) !== base.partnerCenterEndpoint)
  );
}
