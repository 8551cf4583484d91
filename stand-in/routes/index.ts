import type { RouteModule } from '../router.js';
import { controlModule } from './control.js';
import { entraModule } from './entra.js';
import { githubOidcModule } from './github-oidc.js';
import { devopsOidcModule } from './devops-oidc.js';
import { armSubscriptionsModule } from './arm-subscriptions.js';
import { armResourceGroupsModule } from './arm-resource-groups.js';
import { armProvidersModule } from './arm-providers.js';
import { managedAppDefinitionsModule } from './managed-app-definitions.js';
import { partnerCenterModule } from './partner-center.js';
import { dataFactoryModule } from './data-factory.js';
import { managedIdentityModule } from './managed-identity.js';
import { managedApplicationsModule } from './managed-applications.js';
import { armGenericResourcesModule } from './arm-generic-resources.js';

/**
 * Every route module the stand-in serves. Adding a service area is one import and one line
 * here; see stand-in/README.md.
 */
export const routeModules: readonly RouteModule[] = [
  controlModule,
  entraModule,
  githubOidcModule,
  devopsOidcModule,
  armSubscriptionsModule,
  armResourceGroupsModule,
  armProvidersModule,
  managedAppDefinitionsModule,
  partnerCenterModule,
  dataFactoryModule,
  managedIdentityModule,
  managedApplicationsModule,
  // Last: its {*resourcePath} GET must not shadow the specific routes above.
  armGenericResourcesModule,
];
