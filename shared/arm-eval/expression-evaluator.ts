/** Evaluates parsed ARM expressions and JSON values that contain them. */
import { ArmExpressionError, parseArmExpression, type ArmExpression } from '../validate/arm/arm-expression.js';
import { ArmFunctionError, TemplateEvaluationError } from './errors.js';
import { formatUtcDate } from './format-text.js';
import { templateFunctions, unsupportedFunctionAdvice } from './function-registry.js';
import type { FunctionContext } from './function-table.js';
import { makeLambda, type Lambda } from './lambda-functions.js';
import { Args, armTypeName, getProperty, isJsonObject, type JsonObject } from './values.js';

export type Section = 'parameters' | 'variables' | 'resources' | 'outputs';

/** Where an expression is evaluated: its template path, section and the copy loops around it. */
export interface Site {
  readonly path: string;
  readonly section: Section;
  /** Lower-cased loop name → index; '' is the resource's own loop (copyIndex() without a name). */
  readonly loops: ReadonlyMap<string, number>;
  /** Lower-cased lambda parameter → value, inside a lambda body. */
  readonly lambdaVariables?: ReadonlyMap<string, unknown>;
}

/** What expressions read from the template being evaluated. */
export interface TemplateRuntime {
  readonly functions: FunctionContext;
  parameter(name: string, site: Site): Promise<unknown>;
  variable(name: string, site: Site): Promise<unknown>;
  reference(target: string, apiVersion: string | undefined, full: boolean, site: Site): Promise<unknown>;
  now(): Date;
}

type Call = Extract<ArmExpression, { type: 'call' }>;

export const childSite = (site: Site, suffix: string): Site => ({ ...site, path: site.path ? `${site.path}${suffix}` : suffix.replace(/^\./, '') });

const fail = (site: Site, detail: string): never => {
  throw new TemplateEvaluationError(site.path, detail);
};

async function evaluateNode(node: ArmExpression, rt: TemplateRuntime, site: Site): Promise<unknown> {
  switch (node.type) {
    case 'string':
    case 'number':
      return node.value;
    case 'property': {
      const target = await evaluateNode(node.target, rt, site);
      if (!isJsonObject(target)) return fail(site, `The property '${node.name}' is read from a value of type ${armTypeName(target)}; only an Object has properties.`);
      const { found, value } = getProperty(target, node.name);
      if (!found) return fail(site, `The property '${node.name}' does not exist; the available properties are '${Object.keys(target).join(', ')}'.`);
      return value;
    }
    case 'index': {
      const target = await evaluateNode(node.target, rt, site);
      const index = await evaluateNode(node.index, rt, site);
      if (Array.isArray(target) && typeof index === 'number') {
        if (!Number.isInteger(index) || index < 0 || index >= target.length) return fail(site, `The index ${index} is outside the array of ${target.length} item(s).`);
        return target[index];
      }
      if (isJsonObject(target) && typeof index === 'string') {
        const { found, value } = getProperty(target, index);
        return found ? value : fail(site, `The property '${index}' does not exist; the available properties are '${Object.keys(target).join(', ')}'.`);
      }
      return fail(site, `A value of type ${armTypeName(target)} cannot be indexed by ${armTypeName(index)}.`);
    }
    case 'call':
      return evaluateCall(node, rt, site);
  }
}

function copyIndex(args: readonly unknown[], site: Site): number {
  const check = new Args('copyIndex', args).count(0, 2);
  const named = typeof args[0] === 'string';
  const loop = named ? check.string(0).toLowerCase() : '';
  const offset = args.length > (named ? 1 : 0) ? check.int(named ? 1 : 0) : 0;
  const index = site.loops.get(loop);
  if (index === undefined) {
    throw new ArmFunctionError(
      named ? `copyIndex('${String(args[0])}'): no copy loop of that name encloses this expression.` : 'copyIndex() is used outside a copy loop; it only works inside a resource, property or variable copy.',
    );
  }
  return index + offset;
}

const DEFAULT_ONLY = new Set(['utcnow', 'newguid']);

async function evaluateCall(node: Call, rt: TemplateRuntime, site: Site): Promise<unknown> {
  const name = node.name.toLowerCase();
  const advice = unsupportedFunctionAdvice(node.name);
  if (advice) return fail(site, advice);
  if (name === 'if') {
    if (node.args.length !== 3) return fail(site, `The template function 'if' expects 3 arguments but got ${node.args.length}.`);
    const condition = await evaluateNode(node.args[0]!, rt, site);
    if (typeof condition !== 'boolean') return fail(site, `The template function 'if' expects a Boolean condition, but it is ${armTypeName(condition)}.`);
    return evaluateNode(node.args[condition ? 1 : 2]!, rt, site);
  }
  if (name === 'lambda') return lambdaOf(node, rt, site);
  const args: unknown[] = [];
  for (const arg of node.args) args.push(await evaluateNode(arg, rt, site));
  try {
    switch (name) {
      case 'parameters':
        return await rt.parameter(new Args('parameters', args).count(1).string(0), site);
      case 'variables':
        if (site.section === 'parameters') throw new ArmFunctionError('variables() cannot be used in a parameter; a parameter default may only use parameters() and functions.');
        return await rt.variable(new Args('variables', args).count(1).string(0), site);
      case 'copyindex':
        return copyIndex(args, site);
      case 'lambdavariables': {
        const variable = new Args('lambdaVariables', args).count(1).string(0);
        const found = site.lambdaVariables?.has(variable.toLowerCase());
        if (!found) throw new ArmFunctionError(`lambdaVariables('${variable}'): no lambda parameter of that name encloses this expression.`);
        return site.lambdaVariables!.get(variable.toLowerCase());
      }
      case 'reference': {
        if (site.section === 'parameters' || site.section === 'variables') {
          throw new ArmFunctionError(`reference() cannot be used in ${site.section}; use it in a resource's properties or in outputs.`);
        }
        const check = new Args('reference', args).count(1, 3);
        const full = args.length > 2 && check.string(2).toLowerCase() === 'full';
        return await rt.reference(check.string(0), args.length > 1 ? check.string(1) : undefined, full, site);
      }
      case 'utcnow':
      case 'newguid':
        if (site.section !== 'parameters') throw new ArmFunctionError(`${node.name}() can only be used in a parameter's defaultValue.`);
        return name === 'newguid' ? globalThis.crypto.randomUUID() : formatUtcDate(rt.now(), args.length ? new Args('utcNow', args).count(0, 1).string(0) : 'yyyyMMddTHHmmssZ');
    }
    const fn = templateFunctions[name];
    if (!fn) {
      return fail(
        site,
        `'${node.name}' is not a template function this evaluator knows; check the spelling against https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions, or pass the value as a parameter instead.`,
      );
    }
    return await fn(args, rt.functions);
  } catch (error) {
    if (error instanceof ArmFunctionError) throw new TemplateEvaluationError(site.path, error.message, error.code);
    throw error;
  }
}

/** `lambda('a', 'b', body)`: parameter names, then the body, evaluated at each call with the parameters bound. */
function lambdaOf(node: Call, rt: TemplateRuntime, site: Site): Lambda {
  const names = node.args.slice(0, -1);
  const body = node.args[node.args.length - 1];
  if (!body || names.length === 0 || names.some((arg) => arg.type !== 'string')) {
    return fail(site, "lambda() expects one or more parameter names as string literals, then the body: lambda('x', <expression>).");
  }
  const parameterNames = names.map((arg) => String((arg as { value: string }).value).toLowerCase());
  return makeLambda(parameterNames.length, (values) => {
    const bound = new Map(site.lambdaVariables ?? []);
    parameterNames.forEach((parameter, i) => bound.set(parameter, values[i]));
    return evaluateNode(body, rt, { ...site, lambdaVariables: bound });
  });
}

/** A string: an expression is evaluated, `[[` is the escape for a literal leading bracket. */
export async function evaluateString(value: string, rt: TemplateRuntime, site: Site): Promise<unknown> {
  if (value.startsWith('[[') && value.endsWith(']')) return value.slice(1);
  if (!(value.length >= 2 && value.startsWith('[') && value.endsWith(']'))) return value;
  let parsed: ArmExpression;
  try {
    parsed = parseArmExpression(value);
  } catch (error) {
    if (!(error instanceof ArmExpressionError)) throw error;
    return fail(site, `The expression '${value}' is not valid: ${error.message} at character ${error.offset + 1}.`);
  }
  return evaluateNode(parsed, rt, site);
}

interface CopySpec {
  readonly name: string;
  readonly count: unknown;
  readonly input: unknown;
}

/** A `copy` array of `{name, count, input}` (property and variable iteration). */
export function isCopyArray(value: unknown): value is CopySpec[] {
  return Array.isArray(value) && value.length > 0 && value.every((spec) => isJsonObject(spec) && typeof spec.name === 'string' && 'count' in spec && 'input' in spec);
}

/** Evaluates a copy count: an Integer from 0 to 800. */
export async function evaluateCount(count: unknown, rt: TemplateRuntime, site: Site): Promise<number> {
  const value = typeof count === 'string' ? await evaluateString(count, rt, site) : count;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 800) {
    return fail(site, `The copy count must be an Integer from 0 to 800, but it is ${JSON.stringify(value)}.`);
  }
  return value;
}

/** The items of one copy loop: `input` evaluated once per index with copyIndex(name). */
export async function evaluateCopyLoop(spec: CopySpec, rt: TemplateRuntime, site: Site): Promise<unknown[]> {
  const count = await evaluateCount(spec.count, rt, childSite(site, '.count'));
  const items: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const loops = new Map(site.loops).set(spec.name.toLowerCase(), i);
    items.push(await evaluateValue(spec.input, rt, { ...childSite(site, '.input'), loops }));
  }
  return items;
}

/** Evaluates every expression in a JSON value; an object's `copy` array becomes properties. */
export async function evaluateValue(value: unknown, rt: TemplateRuntime, site: Site): Promise<unknown> {
  if (typeof value === 'string') return evaluateString(value, rt, site);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) out.push(await evaluateValue(value[i], rt, childSite(site, `[${i}]`)));
    return out;
  }
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === 'copy' && isCopyArray(item)) {
      for (let i = 0; i < item.length; i++) out[item[i]!.name] = await evaluateCopyLoop(item[i]!, rt, childSite(site, `.copy[${i}]`));
    } else {
      out[key] = await evaluateValue(item, rt, childSite(site, `.${key}`));
    }
  }
  return out;
}
