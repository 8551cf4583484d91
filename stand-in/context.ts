import type { StandInConfig } from './config.js';
import type { FaultInjector } from './faults.js';
import type { RequestLog } from './request-log.js';
import type { StandInState } from './state.js';
import type { TokenService } from './tokens.js';
import type { StandInUrls } from './urls.js';
import type { Route } from './router.js';

/** What every route handler can reach: configuration, addresses, state, token signing, time. */
export interface StandInContext {
  readonly config: StandInConfig;
  readonly urls: StandInUrls;
  readonly state: StandInState;
  readonly tokens: TokenService;
  readonly faults: FaultInjector;
  readonly requests: RequestLog;
  /** Every route served (the providers API lists ARM resource types from them). */
  routes(): readonly Route[];
  /** Milliseconds since 1970; tests move it with `clock.advance`. */
  now(): number;
}
