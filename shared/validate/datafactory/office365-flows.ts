import type { Node } from 'jsonc-parser';
import { elementAt, prop, stringOf } from '../json-nav.js';
import { LazyJsonNode, rawProp } from '../lazy-json-tree.js';
import type { RuleContext } from '../rule.js';
import { scriptSources, stringLiteral, type ScriptOption } from './dataflow-script.js';
import { factoryModel, objectsOfKind, type AdfObject } from './factory-model.js';
import { reportInString } from './report-in-string.js';

/**
 * A mapping data flow source that reads Microsoft 365 through Graph Data Connect: an inline
 * source with `store: 'microsoft365'`, whose options name the dataset (`sourceTableName`), the
 * date filter (`sourceDateFilterColumn`, `sourceStartTime`, `sourceEndTime`) and the groups
 * (`sourceAllowedGroups`), as the data flow designer writes them.
 */
export interface Office365FlowSource {
  readonly dataflow: AdfObject;
  /** The source's stream name, or `(unnamed)`. */
  readonly name: string;
  /** The table read, when it is a string literal. */
  readonly table: string | undefined;
  /**
   * An option by name, in any case, written with or without the `source` prefix
   * (`sourceStartTime` or `startTime`).
   */
  option(name: string): ScriptOption | undefined;
  /** Reports at an offset of the script: at an option's key or value, or at the `source` keyword. */
  report(context: RuleContext, offset: number, message: string): void;
}

/** A data flow's script and where its text sits: one `script` string, or `scriptLines` joined with line breaks. */
interface ScriptText {
  readonly text: string;
  /** The string node holding a script offset, and the offset within that string's value. */
  locate(offset: number): { node: Node; offset: number } | undefined;
}

/**
 * Whether a data flow's script may read Microsoft 365: the store's name appears in it. Read from
 * the parsed value when the file was read lazily, before any node of its script lines is made.
 */
function mayReadMicrosoft365(dataflow: AdfObject): boolean {
  const typeProperties = prop(dataflow.properties, 'typeProperties');
  if (!(typeProperties instanceof LazyJsonNode)) return true;
  const raw = typeProperties.rawValue;
  const script = rawProp(raw, 'script');
  const lines = rawProp(raw, 'scriptLines');
  const text = typeof script === 'string' ? script : Array.isArray(lines) ? lines.filter((l) => typeof l === 'string').join('\n') : '';
  return MICROSOFT_365.test(text);
}

const MICROSOFT_365 = /microsoft365/i;

function scriptText(dataflow: AdfObject): ScriptText | undefined {
  const typeProperties = prop(dataflow.properties, 'typeProperties');
  const single = prop(typeProperties, 'script');
  const text = stringOf(single);
  if (single !== undefined && text !== undefined) return { text, locate: (offset) => ({ node: single, offset }) };
  const lines = prop(typeProperties, 'scriptLines');
  if (lines?.type !== 'array') return undefined;
  const values = (lines.children ?? []).map((line) => stringOf(line) ?? '');
  const starts: number[] = [];
  let at = 0;
  for (const value of values) {
    starts.push(at);
    at += value.length + 1;
  }
  return {
    text: values.join('\n'),
    locate(offset) {
      let index = starts.length - 1;
      while (index > 0 && starts[index]! > offset) index--;
      const node = elementAt(lines, index);
      return node === undefined ? undefined : { node, offset: Math.min(offset - starts[index]!, values[index]!.length) };
    },
  };
}

const FLOW_SOURCES = new WeakMap<object, Office365FlowSource[]>();

/** Every Microsoft 365 source of the unit's mapping data flows (found once per unit). */
export function office365FlowSources(context: RuleContext): Office365FlowSource[] {
  const model = factoryModel(context);
  const cached = FLOW_SOURCES.get(model);
  if (cached) return cached;
  const found: Office365FlowSource[] = [];
  for (const dataflow of objectsOfKind(model, 'dataflow')) {
    // Most data flows read no Microsoft 365 data: look for the store before reading the script.
    if (!mayReadMicrosoft365(dataflow)) continue;
    const script = scriptText(dataflow);
    if (script === undefined || !MICROSOFT_365.test(script.text)) continue;
    for (const source of scriptSources(script.text)) {
      const byName = new Map(source.options.map((o) => [o.key.toLowerCase(), o]));
      const store = byName.get('store');
      if (store === undefined || stringLiteral(store.value)?.toLowerCase() !== 'microsoft365') continue;
      const option = (name: string) => {
        const lower = name.toLowerCase();
        return byName.get(lower) ?? byName.get(`source${lower}`) ?? (lower.startsWith('source') ? byName.get(lower.slice('source'.length)) : undefined);
      };
      const tableOption = option('sourceTableName');
      found.push({
        dataflow,
        name: source.name ?? '(unnamed)',
        table: tableOption === undefined ? undefined : stringLiteral(tableOption.value),
        option,
        report(ruleContext, offset, message) {
          const at = script.locate(offset) ?? script.locate(source.start);
          if (at) reportInString(ruleContext, dataflow.document, at.node, at.offset, message);
          else ruleContext.report(dataflow.document, dataflow.nameNode, message);
        },
      });
    }
  }
  FLOW_SOURCES.set(model, found);
  return found;
}
