import type { Node } from 'jsonc-parser';
import { functionCalls, isExpressionString, tryParseArmExpression } from '../../arm/arm-expression.js';
import type { JsonDocument } from '../../json-document.js';
import { elements, prop, properties, stringOf, type JsonProperty } from '../../json-nav.js';
import { controlReferences, expressionsIn, type ControlReference } from './cuid-references.js';

/** Learn page that documents every createUiDefinition test; rules link to their section. */
export const CUID_TESTS_DOC = 'https://learn.microsoft.com/azure/azure-resource-manager/templates/createuidefinition-test-cases';

/** A control of a createUiDefinition, found in `basics` or a step, at any depth of Sections. */
export interface CuidControl {
  readonly node: Node;
  /** The control's `name`, or '' when it has none. */
  readonly name: string;
  /** The control's `type`, or '' when it has none. */
  readonly type: string;
  /** Where outputs find it: `basics` or `steps`. */
  readonly scope: 'basics' | 'steps';
  /**
   * Names from the scope down to the control: `['ctrl']` for `basics('ctrl')`,
   * `['step', 'section', 'ctrl']` for `steps('step').section.ctrl`.
   */
  readonly path: readonly string[];
}

/** A step of the wizard. */
export interface CuidStep {
  readonly node: Node;
  readonly name: string;
}

/** A reference resolved against the controls: the deepest control it reaches and what follows. */
export interface ResolvedReference {
  readonly control?: CuidControl;
  readonly step?: CuidStep;
  /** The path segments after the control (its output properties, such as `resourceGroup`). */
  readonly rest: readonly string[];
  /** Set when the reference names something that does not exist. */
  readonly missing?: { readonly kind: 'basics' | 'step' | 'element'; readonly name: string; readonly within?: string };
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Reads the `basics`, `steps` and `outputs` of a createUiDefinition, defensively. */
export class CuidModel {
  readonly parameters: Node | undefined;
  readonly outputsNode: Node | undefined;
  readonly outputs: readonly JsonProperty[];
  readonly steps: readonly CuidStep[];
  readonly controls: readonly CuidControl[];

  constructor(readonly document: JsonDocument) {
    const root = document.root?.type === 'object' ? document.root : undefined;
    this.parameters = objectOrUndefined(prop(root, 'parameters'));
    this.outputsNode = prop(this.parameters, 'outputs');
    this.outputs = properties(this.outputsNode);
    const controls: CuidControl[] = [];
    collectControls(prop(this.parameters, 'basics'), 'basics', [], controls);
    const steps: CuidStep[] = [];
    for (const stepNode of elements(prop(this.parameters, 'steps'))) {
      if (stepNode.type !== 'object') continue;
      const name = stringOf(prop(stepNode, 'name')) ?? '';
      steps.push({ node: stepNode, name });
      collectControls(prop(stepNode, 'elements'), 'steps', [name], controls);
    }
    this.steps = steps;
    this.controls = controls;
  }

  /** Controls of a type (case-insensitive), in document order. */
  controlsOfType(type: string): CuidControl[] {
    return this.controls.filter((c) => same(c.type, type));
  }

  /** The output with this name (case-insensitive), if any. */
  output(name: string): JsonProperty | undefined {
    return this.outputs.find((o) => same(o.name, name));
  }

  /** Follows a reference through steps and Section elements to the deepest control it names. */
  resolve(reference: ControlReference): ResolvedReference {
    const [first, ...rest] = reference.path;
    if (first === undefined) return { rest: [] };
    let siblings: Node | undefined;
    let remaining: readonly string[] = rest;
    const step = reference.scope === 'steps' ? this.steps.find((s) => same(s.name, first)) : undefined;
    // Form-style definitions read the basics page as `steps('basics')`; accept it when no step has that name.
    if (reference.scope === 'steps' && !step && same(first, 'basics')) {
      siblings = prop(this.parameters, 'basics');
    } else if (reference.scope === 'steps') {
      if (!step) return { rest: remaining, missing: { kind: 'step', name: first } };
      siblings = prop(step.node, 'elements');
    } else {
      siblings = prop(this.parameters, 'basics');
      remaining = reference.path;
    }
    let control: CuidControl | undefined;
    while (remaining.length > 0) {
      const [name, ...after] = remaining;
      const node = elements(siblings).find((e) => same(stringOf(prop(e, 'name')) ?? '', name!));
      if (!node) {
        // Past a control, a name is one of its output properties; only containers must hold it.
        if (control && !isContainer(control.node)) break;
        const kind = !control && !step ? 'basics' : 'element';
        return { step, control, rest: remaining, missing: { kind, name: name!, within: control?.name ?? step?.name } };
      }
      control = this.controls.find((c) => c.node === node);
      remaining = after;
      if (!isContainer(node)) break;
      siblings = prop(node, 'elements');
    }
    return { step, control, rest: remaining };
  }

  /**
   * Every reference to the control from an output (directly or through one of its properties),
   * those that pass the control's own value first.
   */
  outputsReferencing(control: CuidControl): { output: JsonProperty; rest: readonly string[] }[] {
    const found: { output: JsonProperty; rest: readonly string[] }[] = [];
    for (const output of this.outputs) {
      for (const { reference } of expressionsIn(output.value)) {
        const resolved = this.resolve(reference);
        if (resolved.control === control) found.push({ output, rest: resolved.rest });
      }
    }
    // Prefer an output that passes the control's value itself over one that uses a property of it.
    return found.sort((a, b) => a.rest.length - b.rest.length);
  }

  /**
   * True when the output's value is the control's value itself (`[steps('s').ctrl]`), not
   * something computed from it, so the output carries exactly the values the control offers.
   */
  passesDirectly(output: JsonProperty, control: CuidControl): boolean {
    const text = stringOf(output.value);
    const expression = text !== undefined && isExpressionString(text) ? tryParseArmExpression(text) : undefined;
    if (!expression || functionCalls(expression).length !== 1) return false;
    const references = controlReferences(expression);
    if (references.length !== 1) return false;
    const resolved = this.resolve(references[0]!);
    return resolved.control === control && resolved.rest.length === 0;
  }

  /** True when any expression of the document (outside the control itself) references the control. */
  isReferencedAnywhere(control: CuidControl): boolean {
    for (const { reference, node } of expressionsIn(this.document.root)) {
      if (isInside(node, control.node)) continue;
      if (this.resolve(reference).control === control) return true;
    }
    return false;
  }
}

/** The template parameter with this name (case-insensitive, exact case first), if any. */
export function templateParameter(template: JsonDocument | undefined, name: string): JsonProperty | undefined {
  const all = properties(prop(template?.root, 'parameters'));
  return all.find((p) => p.name === name) ?? all.find((p) => same(p.name, name));
}

/** Where a control is read from, for messages: `basics('x')` or `steps('s').section.x`. */
export function describeControl(control: CuidControl): string {
  const [first, ...rest] = control.path;
  return `${control.scope}('${first ?? ''}')${rest.map((r) => `.${r}`).join('')}`;
}

function collectControls(list: Node | undefined, scope: 'basics' | 'steps', parentPath: string[], into: CuidControl[], depth = 0): void {
  if (depth > 50) return;
  for (const node of elements(list)) {
    if (node.type !== 'object') continue;
    const name = stringOf(prop(node, 'name')) ?? '';
    const type = stringOf(prop(node, 'type')) ?? '';
    const path = [...parentPath, name];
    into.push({ node, name, type, scope, path });
    if (isContainer(node)) collectControls(prop(node, 'elements'), scope, path, into, depth + 1);
  }
}

/** Sections (and any control with an `elements` array) hold controls whose outputs nest under it. */
function isContainer(node: Node): boolean {
  return prop(node, 'elements')?.type === 'array';
}

function objectOrUndefined(node: Node | undefined): Node | undefined {
  return node?.type === 'object' ? node : undefined;
}

function isInside(node: Node, container: Node): boolean {
  for (let current: Node | undefined = node; current; current = current.parent) if (current === container) return true;
  return false;
}

/** Where to point at a control as a whole: its `name` property (what authors search for), else the object. */
export function controlAnchor(control: CuidControl): Node {
  return prop(control.node, 'name') ?? control.node;
}

/**
 * Why a pattern is not a JavaScript regular expression (the portal evaluates it in the browser),
 * or undefined when it compiles. Expressions (`[...]`) are judged at run time, so they pass.
 */
export function regexProblem(pattern: string): string | undefined {
  if (isExpressionString(pattern.trim())) return undefined;
  try {
    new RegExp(pattern);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
  }
}

/** The file name of a document without its folders, for messages (`mainTemplate.json`). */
export function fileName(document: JsonDocument): string {
  return document.file.slice(document.file.lastIndexOf('/') + 1);
}
