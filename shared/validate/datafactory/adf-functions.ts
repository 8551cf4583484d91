/**
 * The functions of the Data Factory expression language (string, collection, logical,
 * conversion, math and date functions, and the system functions that read pipeline, activity,
 * item, variable, dataset, linked service and trigger values), with their parameters. Names are
 * case-insensitive.
 * https://learn.microsoft.com/azure/data-factory/control-flow-expression-language-functions
 * Where that page is silent, the Logic Apps function reference (the same engine):
 * https://learn.microsoft.com/azure/logic-apps/expression-functions-reference
 *
 * Parameters are written as the docs write them: `timestamp, days[, format]`. Names in brackets
 * are optional, and `...` means the last one may repeat. A bound set too tight reports a valid
 * pipeline as broken, so where the docs leave a bound unclear the looser one is written, with a
 * note.
 */
const FUNCTIONS: readonly (readonly [name: string, parameters: string])[] = [
  // string
  // concat: the docs say "two or more", but the engine is taken to accept one.
  ['concat', 'text1[, text2, ...]'],
  ['endsWith', 'text, searchText'],
  ['guid', '[format]'],
  ['indexOf', 'text, searchText'],
  ['lastIndexOf', 'text, searchText'],
  ['nthIndexOf', 'text, searchText, occurrence'],
  ['replace', 'text, oldText, newText'],
  ['split', 'text, delimiter'],
  ['startsWith', 'text, searchText'],
  ['substring', 'text, startIndex[, length]'],
  ['slice', 'text, startIndex[, endIndex]'],
  ['toLower', 'text'],
  ['toUpper', 'text'],
  ['trim', 'text'],
  ['formatNumber', 'number, format[, locale]'],
  // collection
  ['contains', 'collection, value'],
  ['empty', 'collection'],
  ['first', 'collection'],
  // intersection, union: documented with two or more collections; one is let through.
  ['intersection', 'collection1[, collection2, ...]'],
  ['join', 'collection, delimiter'],
  ['last', 'collection'],
  ['length', 'collection'],
  ['skip', 'collection, count'],
  ['take', 'collection, count'],
  ['union', 'collection1[, collection2, ...]'],
  ['reverse', 'collection'],
  ['sort', 'collection[, sortBy]'],
  ['chunk', 'collection, length'],
  // logical
  // and, or: documented with two or more expressions; one is let through.
  ['and', 'expression1[, expression2, ...]'],
  ['equals', 'object1, object2'],
  ['greater', 'value, compareTo'],
  ['greaterOrEquals', 'value, compareTo'],
  ['if', 'expression, valueIfTrue, valueIfFalse'],
  ['less', 'value, compareTo'],
  ['lessOrEquals', 'value, compareTo'],
  ['not', 'expression'],
  ['or', 'expression1[, expression2, ...]'],
  ['isInt', 'string'],
  ['isFloat', 'string[, locale]'],
  // conversion
  ['array', 'value'],
  ['base64', 'value'],
  ['base64ToBinary', 'value'],
  ['base64ToString', 'value'],
  ['binary', 'value'],
  ['bool', 'value'],
  // coalesce: "one or more" values, as the ADF page says.
  ['coalesce', 'object1[, object2, ...]'],
  // createArray: documented with several objects; one, and none (an empty array), are let through.
  ['createArray', '[object1, object2, ...]'],
  ['dataUri', 'value'],
  ['dataUriToBinary', 'value'],
  ['dataUriToString', 'value'],
  ['decimal', 'value'],
  ['decodeBase64', 'value'],
  ['decodeDataUri', 'value'],
  ['decodeUriComponent', 'value'],
  ['encodeUriComponent', 'value'],
  // float: the optional locale is in the Logic Apps reference, not the ADF page.
  ['float', 'value[, locale]'],
  ['int', 'value'],
  ['json', 'value'],
  ['string', 'value'],
  ['uriComponent', 'value'],
  ['uriComponentToBinary', 'value'],
  ['uriComponentToString', 'value'],
  ['xml', 'value'],
  ['xpath', 'xml, xpath'],
  // math
  ['add', 'summand1, summand2'],
  ['div', 'dividend, divisor'],
  // max, min: a list of numbers or one array of them.
  ['max', 'number1[, number2, ...]'],
  ['min', 'number1[, number2, ...]'],
  ['mod', 'dividend, divisor'],
  ['mul', 'multiplicand1, multiplicand2'],
  ['rand', 'minValue, maxValue'],
  ['range', 'startIndex, count'],
  ['sub', 'minuend, subtrahend'],
  // date
  ['addDays', 'timestamp, days[, format]'],
  ['addHours', 'timestamp, hours[, format]'],
  ['addMinutes', 'timestamp, minutes[, format]'],
  ['addSeconds', 'timestamp, seconds[, format]'],
  ['addToTime', 'timestamp, interval, timeUnit[, format]'],
  ['convertFromUtc', 'timestamp, destinationTimeZone[, format]'],
  ['convertTimeZone', 'timestamp, sourceTimeZone, destinationTimeZone[, format]'],
  ['convertToUtc', 'timestamp, sourceTimeZone[, format]'],
  ['dayOfMonth', 'timestamp'],
  ['dayOfWeek', 'timestamp'],
  ['dayOfYear', 'timestamp'],
  // formatDateTime: the ADF page has no locale; the Logic Apps reference has one, so it is let through.
  ['formatDateTime', 'timestamp[, format[, locale]]'],
  ['getFutureTime', 'interval, timeUnit[, format]'],
  ['getPastTime', 'interval, timeUnit[, format]'],
  ['startOfDay', 'timestamp[, format]'],
  ['startOfHour', 'timestamp[, format]'],
  ['startOfMonth', 'timestamp[, format]'],
  ['subtractFromTime', 'timestamp, interval, timeUnit[, format]'],
  ['ticks', 'timestamp'],
  ['utcNow', '[format]'],
  ['dateDifference', 'startDate, endDate'],
  // parseDateTime: locale and format are both optional, in that order.
  ['parseDateTime', 'timestamp[, locale[, format]]'],
  // system
  ['pipeline', ''],
  ['activity', 'activityName'],
  ['item', ''],
  ['variables', 'variableName'],
  ['dataset', ''],
  ['linkedService', ''],
  ['trigger', ''],
  ['triggerBody', ''],
  ['triggerOutputs', ''],
  // iterationItem: no page documents it, so its arguments are not checked.
  ['iterationItem', '...'],
];

/** A function's documented spelling, its parameters as the docs write them, and the argument counts they allow. */
export interface FunctionSignature {
  readonly name: string;
  readonly parameters: string;
  readonly min: number;
  /** Infinity when the last parameter repeats. */
  readonly max: number;
}

function signatureOf(name: string, parameters: string): FunctionSignature {
  let depth = 0;
  let min = 0;
  let max = 0;
  for (const [token] of parameters.matchAll(/\[|\]|\.\.\.|\w+/g)) {
    if (token === '[') depth++;
    else if (token === ']') depth--;
    else if (token === '...') max = Infinity;
    else {
      max++;
      if (depth === 0) min++;
    }
  }
  return { name, parameters, min, max };
}

const SIGNATURES = new Map(FUNCTIONS.map(([name, parameters]) => [name.toLowerCase(), signatureOf(name, parameters)]));
const NAMES = FUNCTIONS.map(([name]) => name);

/** The parameters of a function, or undefined when the language has no such function. */
export function functionSignature(name: string): FunctionSignature | undefined {
  return SIGNATURES.get(name.toLowerCase());
}

/** Every known function name, for suggestions. */
export function allFunctionNames(): readonly string[] {
  return NAMES;
}
