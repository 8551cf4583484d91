import { faultRuleProblem, type FaultRule } from '../faults.js';
import { json } from '../reply.js';
import type { RouteModule } from '../router.js';

/** The control API under /_stand-in: request log and fault injection. Not logged, never faulted. */
export const controlModule: RouteModule = {
  name: 'control',
  routes: () => [
    { method: 'GET', pattern: '/_stand-in/health', name: '_stand-in.health', handler: () => json(200, { status: 'ok' }) },
    {
      method: 'GET',
      pattern: '/_stand-in/requests',
      name: '_stand-in.requests.list',
      handler: (request, context) => {
        const filter = { route: request.query.get('route') ?? undefined, method: request.query.get('method') ?? undefined, path: request.query.get('path') ?? undefined };
        return json(200, { value: context.requests.list(filter) });
      },
    },
    {
      method: 'DELETE',
      pattern: '/_stand-in/requests',
      name: '_stand-in.requests.clear',
      handler: (_request, context) => {
        context.requests.clear();
        return { status: 204 };
      },
    },
    { method: 'GET', pattern: '/_stand-in/faults', name: '_stand-in.faults.list', handler: (_request, context) => json(200, { value: context.faults.list() }) },
    {
      method: 'POST',
      pattern: '/_stand-in/faults',
      name: '_stand-in.faults.add',
      handler: (request, context) => {
        const body = request.json();
        const rules = Array.isArray(body) ? body : [body];
        for (const rule of rules) {
          const problem = faultRuleProblem(rule);
          if (problem) return json(400, { error: { code: 'InvalidFault', message: problem } });
        }
        return json(201, { value: rules.map((rule) => context.faults.add(rule as FaultRule)) });
      },
    },
    {
      method: 'DELETE',
      pattern: '/_stand-in/faults',
      name: '_stand-in.faults.clear',
      handler: (_request, context) => {
        context.faults.clear();
        return { status: 204 };
      },
    },
    {
      method: 'DELETE',
      pattern: '/_stand-in/faults/{id}',
      name: '_stand-in.faults.remove',
      handler: (request, context) => (context.faults.remove(Number(request.params.id)) ? { status: 204 } : json(404, { error: { code: 'NotFound', message: `No fault with id ${request.params.id}.` } })),
    },
  ],
};
