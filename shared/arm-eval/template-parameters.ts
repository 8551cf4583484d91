/** Template parameters: given value, else defaultValue (an expression), checked against type and constraints. */
import { TemplateEvaluationError } from './errors.js';
import { evaluateValue, type Site, type TemplateRuntime } from './expression-evaluator.js';
import { armTypeName, deepEqual, isJsonObject, type JsonObject } from './values.js';

const TYPE_CHECKS: Record<string, { name: string; test: (value: unknown) => boolean }> = {
  string: { name: 'String', test: (v) => typeof v === 'string' },
  securestring: { name: 'String', test: (v) => typeof v === 'string' },
  int: { name: 'Integer', test: (v) => typeof v === 'number' && Number.isInteger(v) },
  bool: { name: 'Boolean', test: (v) => typeof v === 'boolean' },
  object: { name: 'Object', test: isJsonObject },
  secureobject: { name: 'Object', test: isJsonObject },
  array: { name: 'Array', test: Array.isArray },
};

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Throws when the value breaks the declaration's type, allowedValues or length/value bounds. */
export function checkParameterValue(name: string, declaration: JsonObject, value: unknown): void {
  const path = `parameters.${name}`;
  const type = String(declaration.type ?? '').toLowerCase();
  const check = TYPE_CHECKS[type];
  if (!check) throw new TemplateEvaluationError(`${path}.type`, `The parameter '${name}' has type '${String(declaration.type)}'; use string, securestring, int, bool, object, secureObject or array.`);
  if (!check.test(value)) {
    throw new TemplateEvaluationError(path, `The parameter '${name}' expects a value of type ${check.name}, but it was given ${armTypeName(value)} ${type.startsWith('secure') ? '(value hidden)' : describe(value)}; give a ${check.name}.`);
  }
  const allowed = declaration.allowedValues;
  if (Array.isArray(allowed)) {
    const items = type === 'array' ? (value as unknown[]) : [value];
    const bad = items.find((item) => !allowed.some((candidate) => deepEqual(candidate, item)));
    if (bad !== undefined) {
      throw new TemplateEvaluationError(path, `The value ${describe(bad)} is not allowed for the parameter '${name}'; use one of ${allowed.map(describe).join(', ')}.`);
    }
  }
  const length = typeof value === 'string' || Array.isArray(value) ? value.length : undefined;
  if (length !== undefined && typeof declaration.minLength === 'number' && length < declaration.minLength) {
    throw new TemplateEvaluationError(path, `The parameter '${name}' must be at least ${declaration.minLength} long, but its value is ${length} long.`);
  }
  if (length !== undefined && typeof declaration.maxLength === 'number' && length > declaration.maxLength) {
    throw new TemplateEvaluationError(path, `The parameter '${name}' must be at most ${declaration.maxLength} long, but its value is ${length} long.`);
  }
  if (typeof value === 'number' && typeof declaration.minValue === 'number' && value < declaration.minValue) {
    throw new TemplateEvaluationError(path, `The parameter '${name}' must be at least ${declaration.minValue}, but it is ${value}.`);
  }
  if (typeof value === 'number' && typeof declaration.maxValue === 'number' && value > declaration.maxValue) {
    throw new TemplateEvaluationError(path, `The parameter '${name}' must be at most ${declaration.maxValue}, but it is ${value}.`);
  }
}

/** Resolves parameters lazily (defaults may use other parameters), each once, with cycle detection. */
export class ParameterTable {
  private readonly declarations = new Map<string, { name: string; declaration: JsonObject }>();
  private readonly given = new Map<string, unknown>();
  private readonly resolved = new Map<string, unknown>();
  private readonly resolving: string[] = [];

  constructor(declared: unknown, values: Record<string, unknown>) {
    if (declared !== undefined && !isJsonObject(declared)) throw new TemplateEvaluationError('parameters', 'The template\'s parameters must be an object of declarations.');
    for (const [name, declaration] of Object.entries(declared ?? {})) {
      if (!isJsonObject(declaration)) throw new TemplateEvaluationError(`parameters.${name}`, `The declaration of parameter '${name}' must be an object with a type.`);
      this.declarations.set(name.toLowerCase(), { name, declaration });
    }
    for (const [name, value] of Object.entries(values)) {
      if (!this.declarations.has(name.toLowerCase())) {
        const known = [...this.declarations.values()].map((d) => d.name).join(', ');
        throw new TemplateEvaluationError(`parameters.${name}`, `The parameter '${name}' is given but the template does not declare it (it declares: ${known || 'none'}); remove it or declare it.`);
      }
      this.given.set(name.toLowerCase(), value);
    }
  }

  names(): string[] {
    return [...this.declarations.values()].map((d) => d.name);
  }

  /** The declaration (type, metadata, ...) of a parameter, for callers that hide secure values. */
  declaration(name: string): JsonObject | undefined {
    return this.declarations.get(name.toLowerCase())?.declaration;
  }

  async get(name: string, rt: TemplateRuntime, from: Site): Promise<unknown> {
    const key = name.toLowerCase();
    if (this.resolved.has(key)) return this.resolved.get(key);
    const entry = this.declarations.get(key);
    if (!entry) {
      throw new TemplateEvaluationError(from.path, `The template parameter '${name}' is not declared; declare it in the template's parameters (declared: ${this.names().join(', ') || 'none'}).`);
    }
    if (this.resolving.includes(key)) {
      const chain = [...this.resolving.slice(this.resolving.indexOf(key)), key].map((k) => this.declarations.get(k)!.name).join(' -> ');
      throw new TemplateEvaluationError(`parameters.${entry.name}.defaultValue`, `The parameter defaults refer to each other in a cycle (${chain}); break the cycle.`);
    }
    let value: unknown;
    if (this.given.has(key)) {
      value = this.given.get(key);
    } else if ('defaultValue' in entry.declaration) {
      this.resolving.push(key);
      try {
        value = await evaluateValue(entry.declaration.defaultValue, rt, { path: `parameters.${entry.name}.defaultValue`, section: 'parameters', loops: new Map() });
      } finally {
        this.resolving.pop();
      }
    } else {
      throw new TemplateEvaluationError(`parameters.${entry.name}`, `The template parameter '${entry.name}' has no value and no defaultValue; give it a value in the deployment's parameters.`);
    }
    checkParameterValue(entry.name, entry.declaration, value);
    this.resolved.set(key, value);
    return value;
  }
}
