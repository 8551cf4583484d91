import { globMatches } from './request-log.js';

/**
 * A fault to inject. `route` is a glob on the route name (`arm.*`,
 * `arm.applicationDefinitions.put`) or, when it starts with `/`, on the request path.
 */
export interface FaultRule {
  readonly route: string;
  readonly method?: string;
  /**
   * throttle: 429 with Retry-After; error: `status` (default 500) with an ARM-shaped body;
   * drop: the connection is destroyed without a reply; slow: the reply is delayed by `delayMs`.
   */
  readonly kind: 'throttle' | 'error' | 'drop' | 'slow';
  readonly status?: number;
  readonly retryAfterSeconds?: number;
  readonly delayMs?: number;
  /** Apply to the next `count` matching requests (default: every one, unless `ratio` is set). */
  readonly count?: number;
  /**
   * Apply to this share of matching requests, spread evenly and reproducibly
   * (0.2 hits the 5th, 10th, 15th ... match).
   */
  readonly ratio?: number;
}

export interface ActiveFault extends FaultRule {
  readonly id: number;
  /** Requests that matched the rule so far. */
  matched: number;
  /** Times it was applied. */
  applied: number;
}

const KINDS = new Set(['throttle', 'error', 'drop', 'slow']);

/** Checks a rule from the control API; returns a message saying what is wrong, or undefined. */
export function faultRuleProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'A fault is an object: {"route": "arm.*", "kind": "throttle", "count": 1}.';
  const rule = value as Record<string, unknown>;
  if (typeof rule.route !== 'string' || rule.route === '') return 'A fault needs "route": a route-name glob (arm.*) or a path glob starting with /.';
  if (typeof rule.kind !== 'string' || !KINDS.has(rule.kind)) return 'A fault needs "kind": throttle, error, drop or slow.';
  for (const field of ['status', 'retryAfterSeconds', 'delayMs', 'count', 'ratio'] as const) {
    if (rule[field] !== undefined && (typeof rule[field] !== 'number' || !Number.isFinite(rule[field]) || (rule[field] as number) < 0)) return `Fault field "${field}" must be a non-negative number.`;
  }
  if (typeof rule.ratio === 'number' && rule.ratio > 1) return 'Fault field "ratio" is a share between 0 and 1.';
  return undefined;
}

export class FaultInjector {
  private readonly rules: ActiveFault[] = [];
  private nextId = 1;

  add(rule: FaultRule): ActiveFault {
    const active: ActiveFault = { ...rule, id: this.nextId++, matched: 0, applied: 0 };
    this.rules.push(active);
    return active;
  }

  list(): readonly ActiveFault[] {
    return this.rules;
  }

  remove(id: number): boolean {
    const index = this.rules.findIndex((rule) => rule.id === id);
    if (index < 0) return false;
    this.rules.splice(index, 1);
    return true;
  }

  clear(): void {
    this.rules.length = 0;
  }

  /** The fault to apply to this request, if any; counts the match. */
  pick(method: string, path: string, routeName: string | undefined): ActiveFault | undefined {
    for (const rule of this.rules) {
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      const target = rule.route.startsWith('/') ? path : routeName;
      if (target === undefined || !globMatches(rule.route, target)) continue;
      if (rule.count !== undefined && rule.applied >= rule.count) continue;
      rule.matched++;
      if (rule.ratio !== undefined && Math.floor(rule.matched * rule.ratio) === Math.floor((rule.matched - 1) * rule.ratio)) continue;
      rule.applied++;
      return rule;
    }
    return undefined;
  }
}
