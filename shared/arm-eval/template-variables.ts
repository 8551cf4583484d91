/** Template variables: evaluated lazily, once each, with cycle detection; `copy` defines array variables. */
import { TemplateEvaluationError } from './errors.js';
import { evaluateCopyLoop, evaluateValue, isCopyArray, type Site, type TemplateRuntime } from './expression-evaluator.js';
import { isJsonObject } from './values.js';

interface VariableDefinition {
  readonly name: string;
  readonly path: string;
  readonly evaluate: (rt: TemplateRuntime, site: Site) => Promise<unknown>;
}

export class VariableTable {
  private readonly definitions = new Map<string, VariableDefinition>();
  private readonly resolved = new Map<string, unknown>();
  private readonly resolving: string[] = [];

  constructor(declared: unknown) {
    if (declared === undefined) return;
    if (!isJsonObject(declared)) throw new TemplateEvaluationError('variables', "The template's variables must be an object.");
    for (const [name, value] of Object.entries(declared)) {
      if (name === 'copy' && isCopyArray(value)) {
        value.forEach((spec, i) => {
          const path = `variables.copy[${i}]`;
          this.definitions.set(spec.name.toLowerCase(), { name: spec.name, path, evaluate: (rt, site) => evaluateCopyLoop(spec, rt, site) });
        });
      } else {
        this.definitions.set(name.toLowerCase(), { name, path: `variables.${name}`, evaluate: (rt, site) => evaluateValue(value, rt, site) });
      }
    }
  }

  async get(name: string, rt: TemplateRuntime, from: Site): Promise<unknown> {
    const key = name.toLowerCase();
    if (this.resolved.has(key)) return this.resolved.get(key);
    const definition = this.definitions.get(key);
    if (!definition) {
      const known = [...this.definitions.values()].map((d) => d.name).join(', ');
      throw new TemplateEvaluationError(from.path, `The template variable '${name}' is not defined; define it in the template's variables (defined: ${known || 'none'}).`);
    }
    if (this.resolving.includes(key)) {
      const chain = [...this.resolving.slice(this.resolving.indexOf(key)), key].map((k) => this.definitions.get(k)!.name).join(' -> ');
      throw new TemplateEvaluationError(definition.path, `The variable '${definition.name}' depends on itself (${chain}); break the cycle.`);
    }
    this.resolving.push(key);
    try {
      const value = await definition.evaluate(rt, { path: definition.path, section: 'variables', loops: new Map() });
      this.resolved.set(key, value);
      return value;
    } finally {
      this.resolving.pop();
    }
  }
}
