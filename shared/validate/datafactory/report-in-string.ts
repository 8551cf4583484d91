import type { Node } from 'jsonc-parser';
import type { JsonDocument } from '../json-document.js';
import type { RuleContext } from '../rule.js';
import { documentOffsetInString } from './string-offsets.js';

/** Reports at a character of a JSON string's value (an offset into the decoded value). */
export function reportInString(context: RuleContext, document: JsonDocument, node: Node, valueOffset: number, message: string): void {
  const { line, column } = document.positionAt(documentOffsetInString(document.text, node, valueOffset));
  context.reportAt(document.file, line, column, message);
}
