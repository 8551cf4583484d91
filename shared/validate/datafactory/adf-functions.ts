/**
 * The functions of the Data Factory expression language (string, collection, logical,
 * conversion, math and date functions, and the system functions that read pipeline, activity,
 * item, variable, dataset, linked service and trigger values). Names are case-insensitive.
 * https://learn.microsoft.com/azure/data-factory/control-flow-expression-language-functions
 */
const FUNCTIONS = [
  // string
  'concat', 'endsWith', 'guid', 'indexOf', 'lastIndexOf', 'nthIndexOf', 'replace', 'split', 'startsWith', 'substring', 'slice', 'toLower', 'toUpper', 'trim', 'formatNumber',
  // collection
  'contains', 'empty', 'first', 'intersection', 'join', 'last', 'length', 'skip', 'take', 'union', 'reverse', 'sort', 'chunk',
  // logical
  'and', 'equals', 'greater', 'greaterOrEquals', 'if', 'less', 'lessOrEquals', 'not', 'or', 'isInt', 'isFloat',
  // conversion
  'array', 'base64', 'base64ToBinary', 'base64ToString', 'binary', 'bool', 'coalesce', 'createArray', 'dataUri', 'dataUriToBinary', 'dataUriToString',
  'decimal', 'decodeBase64', 'decodeDataUri', 'decodeUriComponent', 'encodeUriComponent', 'float', 'int', 'json', 'string', 'uriComponent',
  'uriComponentToBinary', 'uriComponentToString', 'xml', 'xpath',
  // math
  'add', 'div', 'max', 'min', 'mod', 'mul', 'rand', 'range', 'sub',
  // date
  'addDays', 'addHours', 'addMinutes', 'addSeconds', 'addToTime', 'convertFromUtc', 'convertTimeZone', 'convertToUtc', 'dayOfMonth', 'dayOfWeek',
  'dayOfYear', 'formatDateTime', 'getFutureTime', 'getPastTime', 'startOfDay', 'startOfHour', 'startOfMonth', 'subtractFromTime', 'ticks', 'utcNow',
  'dateDifference', 'parseDateTime',
  // system
  'pipeline', 'activity', 'item', 'variables', 'dataset', 'linkedService', 'trigger', 'triggerBody', 'triggerOutputs', 'iterationItem',
];

const KNOWN = new Map(FUNCTIONS.map((name) => [name.toLowerCase(), name]));

/** The documented spelling of a function, or undefined when the language has no such function. */
export function knownFunction(name: string): string | undefined {
  return KNOWN.get(name.toLowerCase());
}

/** Every known function name, for suggestions. */
export function allFunctionNames(): readonly string[] {
  return FUNCTIONS;
}
