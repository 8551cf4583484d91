import { callNamed, isMemberOf, memberName, memberStart, type AdfExpression } from './adf-expression.js';
import type { AdfKind } from './factory-model.js';

/** Who declares a parameter an expression reads: an object of the factory, or the factory itself (global parameters). */
export type ParameterOwner = AdfKind | 'global';

const isPipelineCall = (node: AdfExpression) => callNamed(node, 'pipeline') !== undefined;

/** The parameter a node reads, as `pipeline().parameters.x`, `pipeline().globalParameters.x`, `dataset().x` or `linkedService().x`. */
export function parameterRead(node: AdfExpression): { owner: ParameterOwner; name: string; start: number } | undefined {
  if (node.type !== 'property' && node.type !== 'index') return undefined;
  const name = memberName(node);
  if (name === undefined) return undefined;
  const target = node.target;
  if (callNamed(target, 'dataset')) return { owner: 'dataset', name, start: memberStart(node) };
  if (callNamed(target, 'linkedService')) return { owner: 'linkedService', name, start: memberStart(node) };
  if (isMemberOf(target, isPipelineCall)) {
    const section = memberName(target)!.toLowerCase();
    if (section === 'parameters') return { owner: 'pipeline', name, start: memberStart(node) };
    if (section === 'globalparameters') return { owner: 'global', name, start: memberStart(node) };
  }
  return undefined;
}
