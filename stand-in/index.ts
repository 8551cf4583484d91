export { startStandIn, type StandIn, type StandInEnv, type StandInOptions } from './start.js';
export type { StandInConfigInput, IdentityConfig, FederatedCredentialConfig } from './config.js';
export type { FaultRule } from './faults.js';
export type { RequestLogEntry } from './request-log.js';
export type { RouteModule, Route, StandInRequest, StandInReply } from './router.js';
export type { ManagedIdentityEndpoints, ManagedIdentityPrincipal, ManagedIdentityScenario } from './routes/managed-identity.js';
