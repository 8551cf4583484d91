import { activityValue, isDeactivated, pipelineGraph } from '../../datafactory/activity-graph.js';
import { ADF_DOCS } from '../../datafactory/docs.js';
import { factoryModel, isArmText, objectsOfKind } from '../../datafactory/factory-model.js';
import { dig, elementAt, prop } from '../../json-nav.js';
import { rawProp } from '../../lazy-json-tree.js';
import type { Rule } from '../../rule.js';

/** The most cases a Switch activity takes (the Switch activity's documentation). */
export const MAX_SWITCH_CASES = 25;

/**
 * A Switch takes at most 25 cases, and each case's value picks one branch, so two cases with the
 * same value are a mistake. Read from the parsed values; nodes are made only to report.
 */
export const switchCasesRule: Rule = {
  id: 'adf/switch-cases',
  armTtk: null,
  severity: 'error',
  description: 'Give a Switch activity at most 25 cases, each with a value of its own.',
  helpUri: ADF_DOCS.switch,
  check(context) {
    for (const pipeline of objectsOfKind(factoryModel(context), 'pipeline')) {
      for (const activity of pipelineGraph(pipeline).all) {
        if (typeof activity.type !== 'string' || activity.type.toLowerCase() !== 'switch' || isDeactivated(activity)) continue;
        const cases = rawProp(activityValue(activity, 'typeProperties'), 'cases');
        if (!Array.isArray(cases)) continue;
        const name = activity.name ?? '(unnamed)';
        const casesNode = () => dig(activity.node, 'typeProperties', 'cases');
        if (cases.length > MAX_SWITCH_CASES) {
          context.report(
            pipeline.document,
            elementAt(casesNode(), MAX_SWITCH_CASES) ?? casesNode(),
            `Switch '${name}' has ${cases.length} cases; Data Factory takes at most ${MAX_SWITCH_CASES}. Move the rest to a child pipeline that the default case runs with Execute Pipeline.`,
          );
        }
        const first = new Map<string, number>();
        cases.forEach((entry, index) => {
          const raw = rawProp(entry, 'value');
          if (typeof raw !== 'string' || isArmText(pipeline.factory, raw)) return;
          // In a template, `[[` escapes a literal `[`: compare and show the value deployed.
          const value = pipeline.factory.arm ? pipeline.factory.arm.resolve(raw) : raw;
          const earlier = first.get(value);
          if (earlier === undefined) {
            first.set(value, index);
            return;
          }
          const at = elementAt(casesNode(), index);
          context.report(
            pipeline.document,
            prop(at, 'value') ?? at,
            `Switch '${name}': cases ${earlier + 1} and ${index + 1} both have the value ${JSON.stringify(value)}; give each case a value of its own.`,
          );
        });
      }
    }
  },
};
