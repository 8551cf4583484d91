export const id = 722;
export const ids = [722];
export const modules = {

/***/ 59722:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lx: () => (/* reexport */ TemplateEvaluationError),
  M1: () => (/* reexport */ evaluateTemplate)
});

// UNUSED EXPORTS: AZURE_CLOUD_ENVIRONMENT, SPECIAL_FORMS, templateFunctions, templateGuid, uniqueString

;// CONCATENATED MODULE: ./lib/shared/arm-eval/errors.js
/**
 * A template that cannot be evaluated. `path` says where (`resources[5].properties.typeProperties.url`,
 * `parameters.namePrefix`, `variables.x`, `outputs.y`); the message starts with it, then says what
 * is wrong and what to do. `code` is the ARM error code a deployment would fail with.
 */
class TemplateEvaluationError extends Error {
    path;
    detail;
    code;
    name = 'TemplateEvaluationError';
    constructor(path, 
    /** The message without the path. */
    detail, code = 'InvalidTemplate') {
        super(path ? `${path}: ${detail}` : detail);
        this.path = path;
        this.detail = detail;
        this.code = code;
    }
}
/** Thrown by a template function; the evaluator adds the path and turns it into a TemplateEvaluationError. */
class ArmFunctionError extends Error {
    code;
    constructor(message, code = 'InvalidTemplate') {
        super(message);
        this.code = code;
    }
}

// EXTERNAL MODULE: ./lib/shared/validate/arm/arm-expression.js
var arm_expression = __webpack_require__(66818);
;// CONCATENATED MODULE: ./lib/shared/arm-eval/values.js
/** JSON values as template functions see them: type names, checks, equality, text. */

function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** ARM's name for a value's type, for messages. */
function armTypeName(value) {
    if (value === null || value === undefined)
        return 'Null';
    if (Array.isArray(value))
        return 'Array';
    if (typeof value === 'string')
        return 'String';
    if (typeof value === 'boolean')
        return 'Boolean';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'Integer' : 'Float';
    return 'Object';
}
/** Text of a value the way ARM writes it in concat/format/string: JSON for objects and arrays, True/False. */
function armText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'number')
        return String(value);
    if (value === null || value === undefined)
        return '';
    return JSON.stringify(value);
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
    if (isJsonObject(a) && isJsonObject(b)) {
        const keys = Object.keys(a);
        return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]));
    }
    return false;
}
/** A property of an object, exact name first, then ignoring case (ARM property access is case-insensitive). */
function getProperty(target, name) {
    if (Object.prototype.hasOwnProperty.call(target, name))
        return { found: true, value: target[name] };
    const lowered = name.toLowerCase();
    const key = Object.keys(target).find((candidate) => candidate.toLowerCase() === lowered);
    return key === undefined ? { found: false, value: undefined } : { found: true, value: target[key] };
}
/** Argument checks for template functions: they throw ArmFunctionError naming the function and argument. */
class Args {
    fn;
    values;
    constructor(fn, values) {
        this.fn = fn;
        this.values = values;
    }
    count(min, max = min) {
        const n = this.values.length;
        if (n < min || n > max) {
            const wanted = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
            throw new ArmFunctionError(`The template function '${this.fn}' expects ${wanted} argument(s) but got ${n}.`);
        }
        return this;
    }
    wrongType(i, wanted) {
        throw new ArmFunctionError(`The template function '${this.fn}' expects argument ${i + 1} to be ${wanted}, but it is ${armTypeName(this.values[i])}${typeof this.values[i] === 'string' ? ` '${String(this.values[i]).slice(0, 60)}'` : ''}.`);
    }
    string(i) {
        const value = this.values[i];
        return typeof value === 'string' ? value : this.wrongType(i, 'a String');
    }
    int(i) {
        const value = this.values[i];
        return typeof value === 'number' && Number.isInteger(value) ? value : this.wrongType(i, 'an Integer');
    }
    number(i) {
        const value = this.values[i];
        return typeof value === 'number' ? value : this.wrongType(i, 'a number');
    }
    bool(i) {
        const value = this.values[i];
        return typeof value === 'boolean' ? value : this.wrongType(i, 'a Boolean');
    }
    array(i) {
        const value = this.values[i];
        return Array.isArray(value) ? value : this.wrongType(i, 'an Array');
    }
    object(i) {
        const value = this.values[i];
        return isJsonObject(value) ? value : this.wrongType(i, 'an Object');
    }
    stringOrArray(i) {
        const value = this.values[i];
        return typeof value === 'string' || Array.isArray(value) ? value : this.wrongType(i, 'a String or an Array');
    }
    /** Any argument as text (strings, numbers, booleans), as ARM's string-combining functions accept. */
    text(i) {
        const value = this.values[i];
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
            return armText(value);
        return this.wrongType(i, 'a String');
    }
}

;// CONCATENATED MODULE: ./lib/shared/arm-eval/format-text.js
/** .NET composite formatting (`format('{0:N2} of {1}', ...)`) and date formats, as ARM applies them. */


function formatNumber(value, spec) {
    const match = /^([DdNnFfXxGgPp])(\d{0,2})$/.exec(spec);
    if (!match)
        throw new ArmFunctionError(`format: the format '${spec}' is not supported; use D, N, F, X, G or P with an optional precision.`);
    const kind = match[1].toUpperCase();
    const precision = match[2] === '' ? undefined : Number(match[2]);
    switch (kind) {
        case 'D': {
            if (!Number.isInteger(value))
                throw new ArmFunctionError(`format: the format '${spec}' needs an Integer, got ${value}.`);
            const digits = String(Math.abs(value)).padStart(precision ?? 0, '0');
            return value < 0 ? `-${digits}` : digits;
        }
        case 'N':
            return value.toLocaleString('en-US', { minimumFractionDigits: precision ?? 2, maximumFractionDigits: precision ?? 2 });
        case 'F':
            return value.toFixed(precision ?? 2);
        case 'X': {
            if (!Number.isInteger(value))
                throw new ArmFunctionError(`format: the format '${spec}' needs an Integer, got ${value}.`);
            const hex = (value < 0 ? (value >>> 0) : value).toString(16).padStart(precision ?? 0, '0');
            return match[1] === 'X' ? hex.toUpperCase() : hex;
        }
        case 'P':
            return `${(value * 100).toLocaleString('en-US', { minimumFractionDigits: precision ?? 2, maximumFractionDigits: precision ?? 2 })} %`;
        default:
            return String(value);
    }
}
function formatItem(value, alignment, spec) {
    const text = spec !== undefined && typeof value === 'number' ? formatNumber(value, spec) : armText(value);
    return alignment >= 0 ? text.padStart(alignment) : text.padEnd(-alignment);
}
/** `format(formatString, args...)`: `{index[,alignment][:format]}`, `{{` and `}}` for braces. */
function compositeFormat(template, args) {
    let out = '';
    for (let i = 0; i < template.length; i++) {
        const ch = template[i];
        if (ch === '}') {
            if (template[i + 1] !== '}')
                throw new ArmFunctionError(`format: the format string '${template}' has a lone '}'; write '}}' for a brace.`);
            out += '}';
            i++;
        }
        else if (ch !== '{') {
            out += ch;
        }
        else if (template[i + 1] === '{') {
            out += '{';
            i++;
        }
        else {
            const end = template.indexOf('}', i);
            const item = end < 0 ? null : /^(\d+)\s*(?:,\s*(-?\d+))?\s*(?::(.*))?$/s.exec(template.slice(i + 1, end));
            if (!item)
                throw new ArmFunctionError(`format: the format string '${template}' has an invalid placeholder at ${i}; use {0}, {1:N2}, and '{{' for a brace.`);
            const index = Number(item[1]);
            if (index >= args.length) {
                throw new ArmFunctionError(`format: the placeholder {${index}} needs ${index + 1} argument(s) after the format string but there are ${args.length}.`);
            }
            out += formatItem(args[index], item[2] ? Number(item[2]) : 0, item[3]);
            i = end;
        }
    }
    return out;
}
const pad = (n, width) => String(n).padStart(width, '0');
/** A UTC date in a .NET date format (standard `u`, `s`, `o`, `d` or custom `yyyyMMddTHHmmssZ`). */
function formatUtcDate(date, format) {
    const standard = { u: 'yyyy-MM-dd HH:mm:ssZ', s: 'yyyy-MM-ddTHH:mm:ss', d: 'M/d/yyyy', o: 'yyyy-MM-ddTHH:mm:ss.fffffffZ', O: 'yyyy-MM-ddTHH:mm:ss.fffffffZ' };
    const pattern = standard[format] ?? format;
    const tokens = {
        yyyy: () => pad(date.getUTCFullYear(), 4),
        yy: () => pad(date.getUTCFullYear() % 100, 2),
        MM: () => pad(date.getUTCMonth() + 1, 2),
        M: () => String(date.getUTCMonth() + 1),
        dd: () => pad(date.getUTCDate(), 2),
        d: () => String(date.getUTCDate()),
        HH: () => pad(date.getUTCHours(), 2),
        H: () => String(date.getUTCHours()),
        mm: () => pad(date.getUTCMinutes(), 2),
        ss: () => pad(date.getUTCSeconds(), 2),
        fffffff: () => pad(date.getUTCMilliseconds(), 3) + '0000',
        fff: () => pad(date.getUTCMilliseconds(), 3),
    };
    let out = '';
    for (let i = 0; i < pattern.length;) {
        const token = Object.keys(tokens).find((key) => pattern.startsWith(key, i));
        if (token) {
            out += tokens[token]();
            i += token.length;
        }
        else {
            out += pattern[i];
            i++;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/shared/arm-eval/functions-collection.js
/** Array and object template functions (several also take strings, as ARM's do). */


const a = (fn, values) => new Args(fn, values);
function concat(values) {
    const args = a('concat', values).count(1, Infinity);
    if (values.every(Array.isArray))
        return values.flatMap((value) => value);
    if (values.some(Array.isArray))
        throw new ArmFunctionError('concat: mix of arrays and strings; give all arrays or all strings.');
    return values.map((_, i) => args.text(i)).join('');
}
function unionOf(values) {
    a('union', values).count(1, Infinity);
    if (values.every(Array.isArray)) {
        const out = [];
        for (const item of values.flatMap((value) => value))
            if (!out.some((seen) => deepEqual(seen, item)))
                out.push(item);
        return out;
    }
    if (values.every(isJsonObject))
        return values.reduce((merged, value) => mergeObjects(merged, value), {});
    throw new ArmFunctionError('union: give all arrays or all objects.');
}
/** union() of objects merges nested objects and lets later values win. */
function mergeObjects(first, second) {
    const out = { ...first };
    for (const [key, value] of Object.entries(second)) {
        out[key] = isJsonObject(out[key]) && isJsonObject(value) ? mergeObjects(out[key], value) : value;
    }
    return out;
}
function intersectionOf(values) {
    a('intersection', values).count(2, Infinity);
    if (values.every(Array.isArray)) {
        const [first, ...rest] = values;
        const out = [];
        for (const item of first) {
            if (rest.every((other) => other.some((x) => deepEqual(x, item))) && !out.some((x) => deepEqual(x, item)))
                out.push(item);
        }
        return out;
    }
    if (values.every(isJsonObject)) {
        const [first, ...rest] = values;
        return Object.fromEntries(Object.entries(first).filter(([key, value]) => rest.every((other) => key in other && deepEqual(other[key], value))));
    }
    throw new ArmFunctionError('intersection: give all arrays or all objects.');
}
function lengthOf(values) {
    const value = a('length', values).count(1).values[0];
    if (typeof value === 'string' || Array.isArray(value))
        return value.length;
    if (isJsonObject(value))
        return Object.keys(value).length;
    throw new ArmFunctionError(`length: expects a String, Array or Object.`);
}
function containsOf(values) {
    const [container, item] = a('contains', values).count(2).values;
    if (typeof container === 'string')
        return container.includes(armText(item));
    if (Array.isArray(container))
        return container.some((x) => deepEqual(x, item));
    if (isJsonObject(container))
        return getProperty(container, armText(item)).found;
    throw new ArmFunctionError('contains: the first argument must be a String, Array or Object.');
}
function indexOfItem(fn, values, last) {
    const args = a(fn, values).count(2);
    const target = args.stringOrArray(0);
    if (typeof target === 'string') {
        const text = target.toLowerCase();
        const find = args.string(1).toLowerCase();
        return last ? text.lastIndexOf(find) : text.indexOf(find);
    }
    const positions = target.map((item, i) => (deepEqual(item, values[1]) ? i : -1)).filter((i) => i >= 0);
    return positions.length === 0 ? -1 : last ? positions[positions.length - 1] : positions[0];
}
function minMax(fn, values, pick) {
    const list = values.length === 1 && Array.isArray(values[0]) ? values[0] : values;
    const args = a(fn, list).count(1, Infinity);
    return pick(...list.map((_, i) => args.int(i)));
}
const collectionFunctions = {
    concat,
    union: unionOf,
    intersection: intersectionOf,
    length: lengthOf,
    contains: containsOf,
    empty: (v) => {
        const value = a('empty', v).count(1).values[0];
        if (value === null || value === undefined)
            return true;
        if (typeof value === 'string' || Array.isArray(value))
            return value.length === 0;
        if (isJsonObject(value))
            return Object.keys(value).length === 0;
        throw new ArmFunctionError('empty: expects a String, Array or Object.');
    },
    first: (v) => {
        const value = a('first', v).count(1).stringOrArray(0);
        return typeof value === 'string' ? value.slice(0, 1) : value[0] ?? null;
    },
    last: (v) => {
        const value = a('last', v).count(1).stringOrArray(0);
        return typeof value === 'string' ? value.slice(-1) : value.length ? value[value.length - 1] : null;
    },
    take: (v) => {
        const args = a('take', v).count(2);
        return args.stringOrArray(0).slice(0, Math.max(0, args.int(1)));
    },
    skip: (v) => {
        const args = a('skip', v).count(2);
        return args.stringOrArray(0).slice(Math.max(0, args.int(1)));
    },
    indexof: (v) => indexOfItem('indexOf', v, false),
    lastindexof: (v) => indexOfItem('lastIndexOf', v, true),
    createarray: (v) => [...v],
    array: (v) => {
        const value = a('array', v).count(1).values[0];
        return Array.isArray(value) ? value : [value];
    },
    createobject: (v) => {
        if (v.length % 2 !== 0)
            throw new ArmFunctionError('createObject: expects key/value pairs (an even number of arguments).');
        const args = a('createObject', v);
        const out = {};
        for (let i = 0; i < v.length; i += 2)
            out[args.string(i)] = v[i + 1];
        return out;
    },
    coalesce: (v) => a('coalesce', v).count(1, Infinity).values.find((value) => value !== null && value !== undefined) ?? null,
    range: (v) => {
        const args = a('range', v).count(2);
        const start = args.int(0);
        const count = args.int(1);
        if (count < 0 || count > 10000)
            throw new ArmFunctionError(`range: count must be 0 to 10000, got ${count}.`);
        return Array.from({ length: count }, (_, i) => start + i);
    },
    min: (v) => minMax('min', v, Math.min),
    max: (v) => minMax('max', v, Math.max),
    objectkeys: (v) => Object.keys(a('objectKeys', v).count(1).object(0)),
    tryget: (v) => {
        const args = a('tryGet', v).count(2, Infinity);
        let current = args.values[0];
        for (const key of v.slice(1)) {
            if (Array.isArray(current) && typeof key === 'number')
                current = current[key];
            else if (isJsonObject(current) && typeof key === 'string')
                current = getProperty(current, key).value;
            else
                return null;
            if (current === undefined)
                return null;
        }
        return current ?? null;
    },
    flatten: (v) => a('flatten', v).count(1).array(0).flatMap((item, i) => {
        if (!Array.isArray(item))
            throw new ArmFunctionError(`flatten: item ${i} is not an array.`);
        return item;
    }),
    shallowmerge: (v) => a('shallowMerge', v).count(1).array(0).reduce((merged, item) => ({ ...merged, ...(isJsonObject(item) ? item : {}) }), {}),
    items: (v) => {
        const value = a('items', v).count(1).object(0);
        return Object.keys(value).sort((x, y) => x.localeCompare(y)).map((key) => ({ key, value: value[key] }));
    },
};

;// CONCATENATED MODULE: ./lib/shared/arm-eval/lambda-functions.js
/** Lambda template functions: filter, map, reduce, sort, toObject, groupBy, mapValues. */


const LAMBDA = Symbol('lambda');
function makeLambda(parameterCount, invoke) {
    return { [LAMBDA]: true, parameterCount, invoke };
}
function lambdaArg(fn, values, i, parameters) {
    const value = values[i];
    if (!value || value[LAMBDA] !== true)
        throw new ArmFunctionError(`${fn}: argument ${i + 1} must be a lambda(...).`);
    if (!parameters.includes(value.parameterCount))
        throw new ArmFunctionError(`${fn}: the lambda must take ${parameters.join(' or ')} parameter(s), it takes ${value.parameterCount}.`);
    return value;
}
/** Calls with the item, and its index too when the lambda takes two parameters. */
const callItem = (lambda, item, index) => lambda.invoke(lambda.parameterCount === 2 ? [item, index] : [item]);
async function mergeSort(items, before) {
    if (items.length < 2)
        return items;
    const middle = Math.floor(items.length / 2);
    const left = await mergeSort(items.slice(0, middle), before);
    const right = await mergeSort(items.slice(middle), before);
    const out = [];
    while (left.length && right.length)
        out.push((await before(right[0], left[0])) ? right.shift() : left.shift());
    return [...out, ...left, ...right];
}
const lambdaFunctions = {
    map: async (v) => {
        const array = new Args('map', v).count(2).array(0);
        const lambda = lambdaArg('map', v, 1, [1, 2]);
        const out = [];
        for (let i = 0; i < array.length; i++)
            out.push(await callItem(lambda, array[i], i));
        return out;
    },
    filter: async (v) => {
        const array = new Args('filter', v).count(2).array(0);
        const lambda = lambdaArg('filter', v, 1, [1, 2]);
        const out = [];
        for (let i = 0; i < array.length; i++) {
            const keep = await callItem(lambda, array[i], i);
            if (typeof keep !== 'boolean')
                throw new ArmFunctionError('filter: the lambda must return a Boolean.');
            if (keep)
                out.push(array[i]);
        }
        return out;
    },
    reduce: async (v) => {
        const array = new Args('reduce', v).count(3).array(0);
        const lambda = lambdaArg('reduce', v, 2, [2, 3]);
        let current = v[1];
        for (let i = 0; i < array.length; i++)
            current = await lambda.invoke(lambda.parameterCount === 3 ? [current, array[i], i] : [current, array[i]]);
        return current;
    },
    sort: async (v) => {
        const array = new Args('sort', v).count(2).array(0);
        const lambda = lambdaArg('sort', v, 1, [2]);
        return mergeSort([...array], async (a, b) => {
            const result = await lambda.invoke([a, b]);
            if (typeof result !== 'boolean')
                throw new ArmFunctionError('sort: the lambda must return a Boolean (true when its first argument comes first).');
            return result;
        });
    },
    toobject: async (v) => {
        const array = new Args('toObject', v).count(2, 3).array(0);
        const key = lambdaArg('toObject', v, 1, [1]);
        const value = v.length > 2 ? lambdaArg('toObject', v, 2, [1]) : undefined;
        const out = {};
        for (const item of array)
            out[armText(await key.invoke([item]))] = value ? await value.invoke([item]) : item;
        return out;
    },
    groupby: async (v) => {
        const array = new Args('groupBy', v).count(2).array(0);
        const key = lambdaArg('groupBy', v, 1, [1]);
        const out = {};
        for (const item of array)
            (out[armText(await key.invoke([item]))] ??= []).push(item);
        return out;
    },
    mapvalues: async (v) => {
        const object = new Args('mapValues', v).count(2).object(0);
        const lambda = lambdaArg('mapValues', v, 1, [1]);
        const out = {};
        for (const [key, value] of Object.entries(object))
            out[key] = await lambda.invoke([value]);
        return out;
    },
};

;// CONCATENATED MODULE: ./lib/shared/arm-eval/functions-logic.js
/** Comparison, logical, numeric and conversion template functions. */


const functions_logic_a = (fn, values) => new Args(fn, values);
function compare(fn, values) {
    const [left, right] = functions_logic_a(fn, values).count(2).values;
    if (typeof left === 'number' && typeof right === 'number')
        return left - right;
    if (typeof left === 'string' && typeof right === 'string')
        return left < right ? -1 : left > right ? 1 : 0;
    throw new ArmFunctionError(`${fn}: compares two Integers or two Strings, got ${armTypeName(left)} and ${armTypeName(right)}.`);
}
function integerOp(fn, op) {
    return (values) => {
        const args = functions_logic_a(fn, values).count(2);
        return op(args.int(0), args.int(1));
    };
}
function toInt(values) {
    const value = functions_logic_a('int', values).count(1).values[0];
    if (typeof value === 'number')
        return Math.trunc(value);
    if (typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value))
        return Number.parseInt(value, 10);
    throw new ArmFunctionError(`int: cannot convert ${armTypeName(value)}${typeof value === 'string' ? ` '${value}'` : ''} to an Integer.`);
}
function toBool(values) {
    const value = functions_logic_a('bool', values).count(1).values[0];
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'number')
        return value !== 0;
    if (typeof value === 'string' && /^(true|false)$/i.test(value))
        return value.toLowerCase() === 'true';
    throw new ArmFunctionError(`bool: cannot convert ${armTypeName(value)}${typeof value === 'string' ? ` '${value}'` : ''} to a Boolean.`);
}
const logicFunctions = {
    equals: (v) => deepEqual(...functions_logic_a('equals', v).count(2).values),
    less: (v) => compare('less', v) < 0,
    lessorequals: (v) => compare('lessOrEquals', v) <= 0,
    greater: (v) => compare('greater', v) > 0,
    greaterorequals: (v) => compare('greaterOrEquals', v) >= 0,
    not: (v) => !functions_logic_a('not', v).count(1).bool(0),
    and: (v) => {
        const args = functions_logic_a('and', v).count(2, Infinity);
        return v.every((_, i) => args.bool(i));
    },
    or: (v) => {
        const args = functions_logic_a('or', v).count(2, Infinity);
        return v.some((_, i) => args.bool(i));
    },
    true: (v) => (functions_logic_a('true', v).count(0), true),
    false: (v) => (functions_logic_a('false', v).count(0), false),
    null: (v) => (functions_logic_a('null', v).count(0), null),
    bool: toBool,
    int: toInt,
    float: (v) => {
        const value = functions_logic_a('float', v).count(1).values[0];
        const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
        if (Number.isNaN(n))
            throw new ArmFunctionError(`float: cannot convert ${armTypeName(value)} to a number.`);
        return n;
    },
    add: integerOp('add', (x, y) => x + y),
    sub: integerOp('sub', (x, y) => x - y),
    mul: integerOp('mul', (x, y) => x * y),
    div: integerOp('div', (x, y) => {
        if (y === 0)
            throw new ArmFunctionError('div: division by zero.');
        return Math.trunc(x / y);
    }),
    mod: integerOp('mod', (x, y) => {
        if (y === 0)
            throw new ArmFunctionError('mod: division by zero.');
        return x % y;
    }),
};

;// CONCATENATED MODULE: ./lib/shared/arm-eval/resource-ids.js
/** Resource ids: type segments interleaved with name segments under a scope. */

function subscriptionId(scope, subscription = scope.subscription.subscriptionId) {
    return `/subscriptions/${subscription}`;
}
function resourceGroupId(scope, subscription, group = scope.resourceGroup.name) {
    return `${subscriptionId(scope, subscription)}/resourceGroups/${group}`;
}
/** `{prefix}/providers/{namespace}/{type1}/{name1}/...`; names may carry several segments ('a/b'). */
function providerResourceId(prefix, type, names) {
    const typeSegments = type.split('/').filter(Boolean);
    const nameSegments = names.flatMap((name) => name.split('/'));
    if (typeSegments.length < 2)
        throw new ArmFunctionError(`The resource type '${type}' is not valid: write '<namespace>/<type>', e.g. 'Microsoft.Storage/storageAccounts'.`);
    if (nameSegments.length !== typeSegments.length - 1) {
        throw new ArmFunctionError(`The resource type '${type}' has ${typeSegments.length - 1} type segment(s) after the namespace, so it needs as many name segments, but '${nameSegments.join('/')}' has ${nameSegments.length}.`);
    }
    let id = `${prefix}/providers/${typeSegments[0]}`;
    nameSegments.forEach((name, i) => (id += `/${typeSegments[i + 1]}/${name}`));
    return id;
}
/** resourceId([subscriptionId], [resourceGroupName], resourceType, name1, ...). */
function resourceIdFunction(scope, args) {
    const typeIndex = args.findIndex((arg) => arg.includes('/'));
    if (typeIndex < 0)
        throw new ArmFunctionError(`resourceId: no resource type among the arguments; give one like 'Microsoft.Storage/storageAccounts'.`);
    if (typeIndex > 2)
        throw new ArmFunctionError('resourceId: at most a subscription id and a resource group name may come before the resource type.');
    const subscription = typeIndex === 2 ? args[0] : undefined;
    const group = typeIndex === 2 ? args[1] : typeIndex === 1 ? args[0] : undefined;
    return providerResourceId(resourceGroupId(scope, subscription, group), args[typeIndex], args.slice(typeIndex + 1));
}
/** subscriptionResourceId([subscriptionId], resourceType, name1, ...). */
function subscriptionResourceIdFunction(scope, args) {
    const typeIndex = args.findIndex((arg) => arg.includes('/'));
    if (typeIndex < 0 || typeIndex > 1)
        throw new ArmFunctionError('subscriptionResourceId: expects ([subscriptionId,] resourceType, name1, ...).');
    return providerResourceId(subscriptionId(scope, typeIndex === 1 ? args[0] : undefined), args[typeIndex], args.slice(typeIndex + 1));
}

;// CONCATENATED MODULE: ./lib/shared/arm-eval/functions-scope.js
/** Template functions about where the deployment runs: resource group, subscription, ids, environment. */


const strings = (fn, values, min) => {
    const args = new Args(fn, values).count(min, Infinity);
    return values.map((_, i) => args.string(i));
};
/** What environment() returns for the public cloud (AzureCloud). */
const AZURE_CLOUD_ENVIRONMENT = Object.freeze({
    name: 'AzureCloud',
    gallery: 'https://gallery.azure.com/',
    graph: 'https://graph.windows.net/',
    portal: 'https://portal.azure.com',
    graphAudience: 'https://graph.windows.net/',
    activeDirectoryDataLake: 'https://datalake.azure.net/',
    batch: 'https://batch.core.windows.net/',
    media: 'https://rest.media.azure.net',
    sqlManagement: 'https://management.core.windows.net:8443/',
    vmImageAliasDoc: 'https://raw.githubusercontent.com/Azure/azure-rest-api-specs/master/arm-compute/quickstart-templates/aliases.json',
    resourceManager: 'https://management.azure.com/',
    authentication: {
        loginEndpoint: 'https://login.microsoftonline.com/',
        audiences: ['https://management.core.windows.net/', 'https://management.azure.com/'],
        tenant: 'common',
        identityProvider: 'AAD',
    },
    suffixes: {
        acrLoginServer: '.azurecr.io',
        azureDatalakeAnalyticsCatalogAndJob: 'azuredatalakeanalytics.net',
        azureDatalakeStoreFileSystem: 'azuredatalakestore.net',
        azureFrontDoorEndpointSuffix: 'azurefd.net',
        keyvaultDns: '.vault.azure.net',
        sqlServerHostname: '.database.windows.net',
        storage: 'core.windows.net',
    },
});
const scopeFunctions = {
    resourcegroup: (v, { scope }) => {
        new Args('resourceGroup', v).count(0);
        const group = scope.resourceGroup;
        return {
            id: resourceGroupId(scope),
            name: group.name,
            type: 'Microsoft.Resources/resourceGroups',
            location: group.location,
            ...(group.managedBy ? { managedBy: group.managedBy } : {}),
            tags: {},
            properties: { provisioningState: 'Succeeded' },
        };
    },
    subscription: (v, { scope }) => {
        new Args('subscription', v).count(0);
        const { subscriptionId, tenantId, displayName } = scope.subscription;
        return { id: `/subscriptions/${subscriptionId}`, subscriptionId, tenantId, displayName: displayName ?? subscriptionId };
    },
    tenant: (v, { scope }) => {
        new Args('tenant', v).count(0);
        return { tenantId: scope.subscription.tenantId, id: `/tenants/${scope.subscription.tenantId}` };
    },
    deployment: (v, { scope, contentVersion }) => {
        new Args('deployment', v).count(0);
        return {
            name: scope.deploymentName ?? 'deployment',
            properties: { template: { contentVersion }, mode: 'Incremental', provisioningState: 'Accepted' },
        };
    },
    environment: (v, { environment }) => {
        new Args('environment', v).count(0);
        return environment;
    },
    resourceid: (v, { scope }) => resourceIdFunction(scope, strings('resourceId', v, 2)),
    subscriptionresourceid: (v, { scope }) => subscriptionResourceIdFunction(scope, strings('subscriptionResourceId', v, 2)),
    tenantresourceid: (v) => {
        const [type, ...names] = strings('tenantResourceId', v, 2);
        return providerResourceId('', type, names);
    },
    extensionresourceid: (v) => {
        const [base, type, ...names] = strings('extensionResourceId', v, 3);
        return providerResourceId(base.replace(/\/$/, ''), type, names);
    },
};

// EXTERNAL MODULE: ./lib/shared/json/parse-json.js
var parse_json = __webpack_require__(25178);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/shared/arm-eval/hashes.js
/**
 * The two hashing template functions. Microsoft does not document either algorithm; these follow
 * public descriptions (facts only; no code copied):
 *
 * - uniqueString: a 64-bit MurmurHash built from two MurmurHash3-x86 lanes (constants c1
 *   0x239b961b, c2 0xab0e9789, 8-byte blocks, seed 0) over the UTF-8 bytes of the arguments
 *   joined with '-', written as 13 characters of base 32 (a-z, 2-7) from the high bits down.
 *   It reproduces the four published pairs in test/arm-eval/hashes.test.ts (Azure/terraform-
 *   provider-azapi, smokedlinq/powershell-az). One other published pair (a unit test in
 *   microsoft/commercial-marketplace-offer-deploy) does not match and is unexplained, and
 *   non-ASCII input is untested: treat values as very likely, not certainly, Azure's.
 * - guid: an RFC 4122 §4.3 name-based (version 5, SHA-1) UUID in the namespace
 *   11fb06fb-712d-4ddd-98c7-e71bbd588830, the name being the arguments joined with '-' (UTF-8),
 *   as several public projects describe it. No published guid() input/output pair was found to
 *   test against, so it is NOT verified to match Azure's values.
 */

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const MASK64 = 0xffffffffffffffffn;
const rotl32 = (x, r) => ((x << r) | (x >>> (32 - r))) >>> 0;
const mul32 = (a, b) => Math.imul(a, b) >>> 0;
function finalMix32(h) {
    h ^= h >>> 16;
    h = mul32(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = mul32(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const mixLane1 = (k) => mul32(rotl32(mul32(k, C1), 15), C2);
const mixLane2 = (k) => mul32(rotl32(mul32(k, C2), 17), C1);
function littleEndian(bytes, start, end) {
    let value = 0;
    for (let i = end - 1; i >= start; i--)
        value = (value << 8) | bytes[i];
    return value >>> 0;
}
/** The 64-bit hash uniqueString encodes. */
function murmurHash64(bytes) {
    let h1 = 0;
    let h2 = 0;
    const length = bytes.length;
    let i = 0;
    for (; i + 8 <= length; i += 8) {
        h1 = rotl32((h1 ^ mixLane1(littleEndian(bytes, i, i + 4))) >>> 0, 19);
        h1 = (mul32((h1 + h2) >>> 0, 5) + 0x561ccd1b) >>> 0;
        h2 = rotl32((h2 ^ mixLane2(littleEndian(bytes, i + 4, i + 8))) >>> 0, 13);
        h2 = (mul32((h2 + h1) >>> 0, 5) + 0x0bcaa747) >>> 0;
    }
    const rest = length - i;
    if (rest > 0)
        h1 = (h1 ^ mixLane1(littleEndian(bytes, i, i + Math.min(rest, 4)))) >>> 0;
    if (rest > 4)
        h2 = (h2 ^ mixLane2(littleEndian(bytes, i + 4, length))) >>> 0;
    h1 = (h1 ^ length) >>> 0;
    h2 = (h2 ^ length) >>> 0;
    h1 = (h1 + h2) >>> 0;
    h2 = (h2 + h1) >>> 0;
    h1 = finalMix32(h1);
    h2 = finalMix32(h2);
    h1 = (h1 + h2) >>> 0;
    h2 = (h2 + h1) >>> 0;
    return (BigInt(h2) << 32n) | BigInt(h1);
}
/** ARM's uniqueString(a, b, ...): 13 lowercase base-32 characters. */
function uniqueString(...values) {
    let hash = murmurHash64(new TextEncoder().encode(values.join('-')));
    let text = '';
    for (let i = 0; i < 13; i++) {
        text += BASE32[Number(hash >> 59n)];
        hash = (hash << 5n) & MASK64;
    }
    return text;
}
const ARM_GUID_NAMESPACE = '11fb06fb-712d-4ddd-98c7-e71bbd588830';
/** An RFC 4122 §4.3 version-5 UUID of `name` in `namespace`. */
function nameBasedUuid(namespace, name) {
    const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
    const hash = (0,external_node_crypto_.createHash)('sha1').update(namespaceBytes).update(Buffer.from(name, 'utf8')).digest();
    const bytes = hash.subarray(0, 16);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** ARM's guid(a, b, ...). */
function templateGuid(...values) {
    return nameBasedUuid(ARM_GUID_NAMESPACE, values.join('-'));
}

;// CONCATENATED MODULE: ./lib/shared/arm-eval/functions-string.js
/** String template functions. Each takes evaluated arguments; errors name the function. */





const functions_string_a = (fn, values) => new Args(fn, values);
function base64ToText(fn, value) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0)
        throw new ArmFunctionError(`${fn}: '${value.slice(0, 40)}' is not valid base64.`);
    return Buffer.from(value, 'base64').toString('utf8');
}
/** ARM's uri(): documented joining rules, not full RFC 3986 resolution. */
function joinUri(base, relative) {
    if (base.endsWith('/'))
        return base + (relative.startsWith('/') ? relative.slice(1) : relative);
    const afterScheme = base.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    const lastSlash = afterScheme.lastIndexOf('/');
    if (lastSlash < 0)
        return `${base}/${relative.startsWith('/') ? relative.slice(1) : relative}`;
    const kept = base.slice(0, base.length - (afterScheme.length - lastSlash - 1));
    return kept + (relative.startsWith('/') ? relative.slice(1) : relative);
}
const DATA_URI_PREFIX = 'data:text/plain;charset=utf8;base64,';
const stringFunctions = {
    format: (v) => compositeFormat(functions_string_a('format', v).count(1, Infinity).string(0), v.slice(1)),
    string: (v) => armText(functions_string_a('string', v).count(1).values[0]),
    tolower: (v) => functions_string_a('toLower', v).count(1).string(0).toLowerCase(),
    toupper: (v) => functions_string_a('toUpper', v).count(1).string(0).toUpperCase(),
    trim: (v) => functions_string_a('trim', v).count(1).string(0).trim(),
    replace: (v) => {
        const args = functions_string_a('replace', v).count(3);
        return args.string(0).split(args.string(1)).join(args.string(2));
    },
    substring: (v) => {
        const args = functions_string_a('substring', v).count(2, 3);
        const text = args.string(0);
        const start = args.int(1);
        const length = v.length > 2 ? args.int(2) : text.length - start;
        if (start < 0 || length < 0 || start + length > text.length) {
            throw new ArmFunctionError(`substring: start ${start} and length ${length} fall outside the ${text.length} characters of the string.`);
        }
        return text.substr(start, length);
    },
    split: (v) => {
        const args = functions_string_a('split', v).count(2);
        const text = args.string(0);
        const delimiters = Array.isArray(v[1]) ? args.array(1).map(String) : [args.string(1)];
        return delimiters.reduce((parts, delimiter) => parts.flatMap((part) => part.split(delimiter)), [text]);
    },
    startswith: (v) => {
        const args = functions_string_a('startsWith', v).count(2);
        return args.string(0).toLowerCase().startsWith(args.string(1).toLowerCase());
    },
    endswith: (v) => {
        const args = functions_string_a('endsWith', v).count(2);
        return args.string(0).toLowerCase().endsWith(args.string(1).toLowerCase());
    },
    padleft: (v) => {
        const args = functions_string_a('padLeft', v).count(2, 3);
        const text = typeof v[0] === 'number' ? String(args.int(0)) : args.string(0);
        const padding = v.length > 2 ? args.string(2) : ' ';
        if (padding.length !== 1)
            throw new ArmFunctionError(`padLeft: the padding character must be one character, got '${padding}'.`);
        return text.padStart(args.int(1), padding);
    },
    uniquestring: (v) => uniqueString(...functions_string_a('uniqueString', v).count(1, Infinity).values.map((_, i, all) => new Args('uniqueString', all).string(i))),
    guid: (v) => templateGuid(...functions_string_a('guid', v).count(1, Infinity).values.map((_, i, all) => new Args('guid', all).string(i))),
    base64: (v) => Buffer.from(functions_string_a('base64', v).count(1).string(0), 'utf8').toString('base64'),
    base64tostring: (v) => base64ToText('base64ToString', functions_string_a('base64ToString', v).count(1).string(0)),
    base64tojson: (v) => (0,parse_json/* parseJson */.qF)(base64ToText('base64ToJson', functions_string_a('base64ToJson', v).count(1).string(0))),
    uri: (v) => {
        const args = functions_string_a('uri', v).count(2);
        return joinUri(args.string(0), args.string(1));
    },
    uricomponent: (v) => encodeURIComponent(functions_string_a('uriComponent', v).count(1).string(0)),
    uricomponenttostring: (v) => decodeURIComponent(functions_string_a('uriComponentToString', v).count(1).string(0)),
    datauri: (v) => DATA_URI_PREFIX + Buffer.from(functions_string_a('dataUri', v).count(1).text(0), 'utf8').toString('base64'),
    datauritostring: (v) => {
        const text = functions_string_a('dataUriToString', v).count(1).string(0);
        const match = /^data:[^,]*?(;base64)?,(.*)$/s.exec(text);
        if (!match)
            throw new ArmFunctionError(`dataUriToString: '${text.slice(0, 40)}' is not a data URI.`);
        return match[1] ? Buffer.from(match[2], 'base64').toString('utf8') : decodeURIComponent(match[2]);
    },
    json: (v) => {
        const text = functions_string_a('json', v).count(1).string(0);
        try {
            return (0,parse_json/* parseJson */.qF)(text);
        }
        catch {
            throw new ArmFunctionError(`json: '${text.slice(0, 60)}' is not valid JSON.`);
        }
    },
    join: (v) => {
        const args = functions_string_a('join', v).count(2);
        return args.array(0).map((item, i) => {
            if (isJsonObject(item) || Array.isArray(item))
                throw new ArmFunctionError(`join: item ${i} of the array is not a string, number or boolean.`);
            return armText(item);
        }).join(args.string(1));
    },
};

;// CONCATENATED MODULE: ./lib/shared/arm-eval/function-registry.js
/** Every template function the evaluator implements, by lower-cased name, and those it refuses. */





const templateFunctions = {
    ...stringFunctions,
    ...collectionFunctions,
    ...logicFunctions,
    ...scopeFunctions,
    ...lambdaFunctions,
};
/** Handled by the evaluator itself (they need the template, the loop or the clock). */
const SPECIAL_FORMS = (/* unused pure expression or super */ null && (['if', 'parameters', 'variables', 'copyIndex', 'reference', 'utcNow', 'newGuid', 'lambda', 'lambdaVariables']));
/** ARM functions that need a live Azure (or lambdas) and that this evaluator does not run. */
const UNSUPPORTED = new Set([
    'pickzones', 'providers', 'managementgroup', 'managementgroupresourceid', 'resourcegroupresourceid', 'existing',
    'datetimeadd', 'datetimefromepoch', 'datetimetoepoch', 'indexfromend', 'parsecidr',
    'cidrsubnet', 'cidrhost', 'loadtextcontent', 'loadfileasbase64', 'loadjsoncontent',
]);
/**
 * The message for a function this evaluator does not run, or undefined when it may run it:
 * list* functions (listKeys, listSecrets, ...), pickZones, lambdas, user-defined functions.
 */
function unsupportedFunctionAdvice(name) {
    const lowered = name.toLowerCase();
    if (name.includes('.')) {
        return `The user-defined function '${name}' is not supported by this evaluator; inline it, or pass the value as a parameter instead.`;
    }
    if (lowered.startsWith('list') || UNSUPPORTED.has(lowered)) {
        return `The template function '${name}' is not supported by this evaluator (it needs a live Azure or is not implemented); pass the value as a parameter instead.`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/shared/arm-eval/expression-evaluator.js
/** Evaluates parsed ARM expressions and JSON values that contain them. */






const childSite = (site, suffix) => ({ ...site, path: site.path ? `${site.path}${suffix}` : suffix.replace(/^\./, '') });
const fail = (site, detail) => {
    throw new TemplateEvaluationError(site.path, detail);
};
async function evaluateNode(node, rt, site) {
    switch (node.type) {
        case 'string':
        case 'number':
            return node.value;
        case 'property': {
            const target = await evaluateNode(node.target, rt, site);
            if (!isJsonObject(target))
                return fail(site, `The property '${node.name}' is read from a value of type ${armTypeName(target)}; only an Object has properties.`);
            const { found, value } = getProperty(target, node.name);
            if (!found)
                return fail(site, `The property '${node.name}' does not exist; the available properties are '${Object.keys(target).join(', ')}'.`);
            return value;
        }
        case 'index': {
            const target = await evaluateNode(node.target, rt, site);
            const index = await evaluateNode(node.index, rt, site);
            if (Array.isArray(target) && typeof index === 'number') {
                if (!Number.isInteger(index) || index < 0 || index >= target.length)
                    return fail(site, `The index ${index} is outside the array of ${target.length} item(s).`);
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
function copyIndex(args, site) {
    const check = new Args('copyIndex', args).count(0, 2);
    const named = typeof args[0] === 'string';
    const loop = named ? check.string(0).toLowerCase() : '';
    const offset = args.length > (named ? 1 : 0) ? check.int(named ? 1 : 0) : 0;
    const index = site.loops.get(loop);
    if (index === undefined) {
        throw new ArmFunctionError(named ? `copyIndex('${String(args[0])}'): no copy loop of that name encloses this expression.` : 'copyIndex() is used outside a copy loop; it only works inside a resource, property or variable copy.');
    }
    return index + offset;
}
const DEFAULT_ONLY = new Set(['utcnow', 'newguid']);
async function evaluateCall(node, rt, site) {
    const name = node.name.toLowerCase();
    const advice = unsupportedFunctionAdvice(node.name);
    if (advice)
        return fail(site, advice);
    if (name === 'if') {
        if (node.args.length !== 3)
            return fail(site, `The template function 'if' expects 3 arguments but got ${node.args.length}.`);
        const condition = await evaluateNode(node.args[0], rt, site);
        if (typeof condition !== 'boolean')
            return fail(site, `The template function 'if' expects a Boolean condition, but it is ${armTypeName(condition)}.`);
        return evaluateNode(node.args[condition ? 1 : 2], rt, site);
    }
    if (name === 'lambda')
        return lambdaOf(node, rt, site);
    const args = [];
    for (const arg of node.args)
        args.push(await evaluateNode(arg, rt, site));
    try {
        switch (name) {
            case 'parameters':
                return await rt.parameter(new Args('parameters', args).count(1).string(0), site);
            case 'variables':
                if (site.section === 'parameters')
                    throw new ArmFunctionError('variables() cannot be used in a parameter; a parameter default may only use parameters() and functions.');
                return await rt.variable(new Args('variables', args).count(1).string(0), site);
            case 'copyindex':
                return copyIndex(args, site);
            case 'lambdavariables': {
                const variable = new Args('lambdaVariables', args).count(1).string(0);
                const found = site.lambdaVariables?.has(variable.toLowerCase());
                if (!found)
                    throw new ArmFunctionError(`lambdaVariables('${variable}'): no lambda parameter of that name encloses this expression.`);
                return site.lambdaVariables.get(variable.toLowerCase());
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
                if (site.section !== 'parameters')
                    throw new ArmFunctionError(`${node.name}() can only be used in a parameter's defaultValue.`);
                return name === 'newguid' ? globalThis.crypto.randomUUID() : formatUtcDate(rt.now(), args.length ? new Args('utcNow', args).count(0, 1).string(0) : 'yyyyMMddTHHmmssZ');
        }
        const fn = templateFunctions[name];
        if (!fn) {
            return fail(site, `'${node.name}' is not a template function this evaluator knows; check the spelling against https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions, or pass the value as a parameter instead.`);
        }
        return await fn(args, rt.functions);
    }
    catch (error) {
        if (error instanceof ArmFunctionError)
            throw new TemplateEvaluationError(site.path, error.message, error.code);
        throw error;
    }
}
/** `lambda('a', 'b', body)`: parameter names, then the body, evaluated at each call with the parameters bound. */
function lambdaOf(node, rt, site) {
    const names = node.args.slice(0, -1);
    const body = node.args[node.args.length - 1];
    if (!body || names.length === 0 || names.some((arg) => arg.type !== 'string')) {
        return fail(site, "lambda() expects one or more parameter names as string literals, then the body: lambda('x', <expression>).");
    }
    const parameterNames = names.map((arg) => String(arg.value).toLowerCase());
    return makeLambda(parameterNames.length, (values) => {
        const bound = new Map(site.lambdaVariables ?? []);
        parameterNames.forEach((parameter, i) => bound.set(parameter, values[i]));
        return evaluateNode(body, rt, { ...site, lambdaVariables: bound });
    });
}
/** A string: an expression is evaluated, `[[` is the escape for a literal leading bracket. */
async function evaluateString(value, rt, site) {
    if (value.startsWith('[[') && value.endsWith(']'))
        return value.slice(1);
    if (!(value.length >= 2 && value.startsWith('[') && value.endsWith(']')))
        return value;
    let parsed;
    try {
        parsed = (0,arm_expression/* parseArmExpression */.mq)(value);
    }
    catch (error) {
        if (!(error instanceof arm_expression/* ArmExpressionError */.P))
            throw error;
        return fail(site, `The expression '${value}' is not valid: ${error.message} at character ${error.offset + 1}.`);
    }
    return evaluateNode(parsed, rt, site);
}
/** A `copy` array of `{name, count, input}` (property and variable iteration). */
function isCopyArray(value) {
    return Array.isArray(value) && value.length > 0 && value.every((spec) => isJsonObject(spec) && typeof spec.name === 'string' && 'count' in spec && 'input' in spec);
}
/** Evaluates a copy count: an Integer from 0 to 800. */
async function evaluateCount(count, rt, site) {
    const value = typeof count === 'string' ? await evaluateString(count, rt, site) : count;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 800) {
        return fail(site, `The copy count must be an Integer from 0 to 800, but it is ${JSON.stringify(value)}.`);
    }
    return value;
}
/** The items of one copy loop: `input` evaluated once per index with copyIndex(name). */
async function evaluateCopyLoop(spec, rt, site) {
    const count = await evaluateCount(spec.count, rt, childSite(site, '.count'));
    const items = [];
    for (let i = 0; i < count; i++) {
        const loops = new Map(site.loops).set(spec.name.toLowerCase(), i);
        items.push(await evaluateValue(spec.input, rt, { ...childSite(site, '.input'), loops }));
    }
    return items;
}
/** Evaluates every expression in a JSON value; an object's `copy` array becomes properties. */
async function evaluateValue(value, rt, site) {
    if (typeof value === 'string')
        return evaluateString(value, rt, site);
    if (Array.isArray(value)) {
        const out = [];
        for (let i = 0; i < value.length; i++)
            out.push(await evaluateValue(value[i], rt, childSite(site, `[${i}]`)));
        return out;
    }
    if (!isJsonObject(value))
        return value;
    const out = {};
    for (const [key, item] of Object.entries(value)) {
        if (key === 'copy' && isCopyArray(item)) {
            for (let i = 0; i < item.length; i++)
                out[item[i].name] = await evaluateCopyLoop(item[i], rt, childSite(site, `.copy[${i}]`));
        }
        else {
            out[key] = await evaluateValue(item, rt, childSite(site, `.${key}`));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/shared/arm-eval/template-parameters.js
/** Template parameters: given value, else defaultValue (an expression), checked against type and constraints. */



const TYPE_CHECKS = {
    string: { name: 'String', test: (v) => typeof v === 'string' },
    securestring: { name: 'String', test: (v) => typeof v === 'string' },
    int: { name: 'Integer', test: (v) => typeof v === 'number' && Number.isInteger(v) },
    bool: { name: 'Boolean', test: (v) => typeof v === 'boolean' },
    object: { name: 'Object', test: isJsonObject },
    secureobject: { name: 'Object', test: isJsonObject },
    array: { name: 'Array', test: Array.isArray },
};
function describe(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
/** Throws when the value breaks the declaration's type, allowedValues or length/value bounds. */
function checkParameterValue(name, declaration, value) {
    const path = `parameters.${name}`;
    const type = String(declaration.type ?? '').toLowerCase();
    const check = TYPE_CHECKS[type];
    if (!check)
        throw new TemplateEvaluationError(`${path}.type`, `The parameter '${name}' has type '${String(declaration.type)}'; use string, securestring, int, bool, object, secureObject or array.`);
    if (!check.test(value)) {
        throw new TemplateEvaluationError(path, `The parameter '${name}' expects a value of type ${check.name}, but it was given ${armTypeName(value)} ${type.startsWith('secure') ? '(value hidden)' : describe(value)}; give a ${check.name}.`);
    }
    const allowed = declaration.allowedValues;
    if (Array.isArray(allowed)) {
        const items = type === 'array' ? value : [value];
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
class ParameterTable {
    declarations = new Map();
    given = new Map();
    resolved = new Map();
    resolving = [];
    constructor(declared, values) {
        if (declared !== undefined && !isJsonObject(declared))
            throw new TemplateEvaluationError('parameters', 'The template\'s parameters must be an object of declarations.');
        for (const [name, declaration] of Object.entries(declared ?? {})) {
            if (!isJsonObject(declaration))
                throw new TemplateEvaluationError(`parameters.${name}`, `The declaration of parameter '${name}' must be an object with a type.`);
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
    names() {
        return [...this.declarations.values()].map((d) => d.name);
    }
    /** The declaration (type, metadata, ...) of a parameter, for callers that hide secure values. */
    declaration(name) {
        return this.declarations.get(name.toLowerCase())?.declaration;
    }
    async get(name, rt, from) {
        const key = name.toLowerCase();
        if (this.resolved.has(key))
            return this.resolved.get(key);
        const entry = this.declarations.get(key);
        if (!entry) {
            throw new TemplateEvaluationError(from.path, `The template parameter '${name}' is not declared; declare it in the template's parameters (declared: ${this.names().join(', ') || 'none'}).`);
        }
        if (this.resolving.includes(key)) {
            const chain = [...this.resolving.slice(this.resolving.indexOf(key)), key].map((k) => this.declarations.get(k).name).join(' -> ');
            throw new TemplateEvaluationError(`parameters.${entry.name}.defaultValue`, `The parameter defaults refer to each other in a cycle (${chain}); break the cycle.`);
        }
        let value;
        if (this.given.has(key)) {
            value = this.given.get(key);
        }
        else if ('defaultValue' in entry.declaration) {
            this.resolving.push(key);
            try {
                value = await evaluateValue(entry.declaration.defaultValue, rt, { path: `parameters.${entry.name}.defaultValue`, section: 'parameters', loops: new Map() });
            }
            finally {
                this.resolving.pop();
            }
        }
        else {
            throw new TemplateEvaluationError(`parameters.${entry.name}`, `The template parameter '${entry.name}' has no value and no defaultValue; give it a value in the deployment's parameters.`);
        }
        checkParameterValue(entry.name, entry.declaration, value);
        this.resolved.set(key, value);
        return value;
    }
}

;// CONCATENATED MODULE: ./lib/shared/arm-eval/template-resources.js
/**
 * Template resources: copy loops and conditions expanded, names, types and ids made full
 * (nested children relative to their parent), then bodies evaluated in dependency order.
 */




const NOT_IN_BODY = new Set(['condition', 'copy', 'dependsOn', 'resources', 'comments']);
async function evaluateText(value, rt, site, what) {
    const result = typeof value === 'string' ? await evaluateString(value, rt, site) : value;
    if (typeof result !== 'string' || result === '')
        throw new TemplateEvaluationError(site.path, `The resource's ${what} must be a non-empty string, but it is ${JSON.stringify(result)}.`);
    return result;
}
async function instanceOf(declaration, path, loops, parent, rt, loopName) {
    const site = { path, section: 'resources', loops };
    let skipped = false;
    if ('condition' in declaration) {
        const condition = await evaluateValue(declaration.condition, rt, childSite(site, '.condition'));
        if (typeof condition !== 'boolean')
            throw new TemplateEvaluationError(`${path}.condition`, `The condition must be a Boolean, but it is ${JSON.stringify(condition)}.`);
        skipped = !condition;
    }
    let type = await evaluateText(declaration.type, rt, childSite(site, '.type'), 'type');
    if (parent && !type.includes('/'))
        type = `${parent.type}/${type}`;
    let name = await evaluateText(declaration.name, rt, childSite(site, '.name'), 'name');
    const typeSegments = type.split('/').length - 1;
    if (parent && name.split('/').length < typeSegments)
        name = `${parent.name}/${name}`;
    const apiVersion = await evaluateText(declaration.apiVersion, rt, childSite(site, '.apiVersion'), 'apiVersion');
    let prefix = resourceGroupId(rt.functions.scope);
    if (declaration.scope !== undefined) {
        const scope = await evaluateText(declaration.scope, rt, childSite(site, '.scope'), 'scope');
        prefix = scope.startsWith('/') ? scope.replace(/\/$/, '') : `${prefix}/providers/${scope}`;
    }
    let id;
    try {
        id = providerResourceId(prefix, type, [name]);
    }
    catch (error) {
        if (error instanceof ArmFunctionError)
            throw new TemplateEvaluationError(`${path}.name`, error.message);
        throw error;
    }
    const dependsOn = [];
    const declared = declaration.dependsOn ?? [];
    if (!Array.isArray(declared))
        throw new TemplateEvaluationError(`${path}.dependsOn`, 'dependsOn must be an array of resource ids or names.');
    for (let i = 0; i < declared.length; i++)
        dependsOn.push(await evaluateText(declared[i], rt, childSite(site, `.dependsOn[${i}]`), 'dependsOn entry'));
    return { declaration, path, loops, loopName, type, name, apiVersion, id, dependsOn, parent, skipped };
}
/** Expands `resources` (and nested `resources`) into instances, in template order, children after parents. */
async function expandResources(declared, prefix, outerLoops, parent, rt) {
    const out = [];
    for (let i = 0; i < declared.length; i++) {
        const path = `${prefix}resources[${i}]`;
        const declaration = declared[i];
        if (!isJsonObject(declaration))
            throw new TemplateEvaluationError(path, 'A resource must be an object with type, name and apiVersion.');
        const copy = declaration.copy;
        let iterations = [{ loops: outerLoops }];
        if (copy !== undefined) {
            if (!isJsonObject(copy) || typeof copy.name !== 'string')
                throw new TemplateEvaluationError(`${path}.copy`, 'copy must be an object with a name and a count.');
            const count = await evaluateCount(copy.count, rt, { path: `${path}.copy.count`, section: 'resources', loops: outerLoops });
            const loopName = copy.name;
            iterations = Array.from({ length: count }, (_, index) => ({ loops: new Map(outerLoops).set('', index).set(loopName.toLowerCase(), index), loopName }));
        }
        for (const { loops, loopName } of iterations) {
            const instance = await instanceOf(declaration, path, loops, parent, rt, loopName);
            out.push(instance);
            const children = declaration.resources;
            if (children !== undefined && !instance.skipped) {
                if (!Array.isArray(children))
                    throw new TemplateEvaluationError(`${path}.resources`, 'Nested resources must be an array.');
                out.push(...(await expandResources(children, `${path}.`, loops, instance, rt)));
            }
        }
    }
    return out;
}
/** Finds the instances a dependsOn entry or reference() target names: id, type/name, name or copy loop name. */
function matchInstances(instances, target) {
    const wanted = target.toLowerCase();
    const exact = instances.filter((inst) => inst.id.toLowerCase() === wanted || `${inst.type}/${inst.name}`.toLowerCase() === wanted || inst.name.toLowerCase() === wanted);
    return exact.length ? exact : instances.filter((inst) => inst.loopName?.toLowerCase() === wanted);
}
/** A nested deployment whose template is evaluated in its own scope (expressionEvaluationOptions.scope 'inner'). */
function isInnerScopeDeployment(instance, properties) {
    if (instance.type.toLowerCase() !== 'microsoft.resources/deployments' || !isJsonObject(properties))
        return false;
    const options = properties.expressionEvaluationOptions;
    return isJsonObject(options) && String(options.scope).toLowerCase() === 'inner';
}
/** Everything but the nested template itself, whose expressions belong to the nested deployment. */
async function evaluateInnerScopeDeployment(properties, rt, site) {
    const out = {};
    for (const [key, value] of Object.entries(properties))
        out[key] = key === 'template' ? value : await evaluateValue(value, rt, childSite(site, `.${key}`));
    return out;
}
/** Evaluates one instance's body (every property but condition/copy/dependsOn/resources). */
async function evaluateBody(instance, rt) {
    const body = {};
    for (const [key, value] of Object.entries(instance.declaration)) {
        if (NOT_IN_BODY.has(key))
            continue;
        if (key === 'type' || key === 'name' || key === 'apiVersion')
            continue;
        const site = { path: `${instance.path}.${key}`, section: 'resources', loops: instance.loops };
        body[key] = key === 'properties' && isInnerScopeDeployment(instance, value) ? await evaluateInnerScopeDeployment(value, rt, site) : await evaluateValue(value, rt, site);
    }
    const ordered = { type: instance.type, name: instance.name, apiVersion: instance.apiVersion, ...body };
    return {
        type: instance.type,
        name: instance.name,
        apiVersion: instance.apiVersion,
        id: instance.id,
        dependsOn: instance.dependsOn,
        body: ordered,
        templatePath: instance.path,
    };
}

;// CONCATENATED MODULE: ./lib/shared/arm-eval/template-variables.js
/** Template variables: evaluated lazily, once each, with cycle detection; `copy` defines array variables. */



class VariableTable {
    definitions = new Map();
    resolved = new Map();
    resolving = [];
    constructor(declared) {
        if (declared === undefined)
            return;
        if (!isJsonObject(declared))
            throw new TemplateEvaluationError('variables', "The template's variables must be an object.");
        for (const [name, value] of Object.entries(declared)) {
            if (name === 'copy' && isCopyArray(value)) {
                value.forEach((spec, i) => {
                    const path = `variables.copy[${i}]`;
                    this.definitions.set(spec.name.toLowerCase(), { name: spec.name, path, evaluate: (rt, site) => evaluateCopyLoop(spec, rt, site) });
                });
            }
            else {
                this.definitions.set(name.toLowerCase(), { name, path: `variables.${name}`, evaluate: (rt, site) => evaluateValue(value, rt, site) });
            }
        }
    }
    async get(name, rt, from) {
        const key = name.toLowerCase();
        if (this.resolved.has(key))
            return this.resolved.get(key);
        const definition = this.definitions.get(key);
        if (!definition) {
            const known = [...this.definitions.values()].map((d) => d.name).join(', ');
            throw new TemplateEvaluationError(from.path, `The template variable '${name}' is not defined; define it in the template's variables (defined: ${known || 'none'}).`);
        }
        if (this.resolving.includes(key)) {
            const chain = [...this.resolving.slice(this.resolving.indexOf(key)), key].map((k) => this.definitions.get(k).name).join(' -> ');
            throw new TemplateEvaluationError(definition.path, `The variable '${definition.name}' depends on itself (${chain}); break the cycle.`);
        }
        this.resolving.push(key);
        try {
            const value = await definition.evaluate(rt, { path: definition.path, section: 'variables', loops: new Map() });
            this.resolved.set(key, value);
            return value;
        }
        finally {
            this.resolving.pop();
        }
    }
}

;// CONCATENATED MODULE: ./lib/shared/arm-eval/evaluate-template.js
/** evaluateTemplate: a whole ARM template (resource group scope) to resources with every expression evaluated. */







function checkShape(template) {
    if (!isJsonObject(template))
        throw new TemplateEvaluationError('', 'The template must be a JSON object with $schema, contentVersion and resources.');
    if (template.languageVersion !== undefined || isJsonObject(template.resources)) {
        throw new TemplateEvaluationError('languageVersion', `Symbolic-name templates (languageVersion ${String(template.languageVersion ?? '2.0')}) are not supported yet; build the Bicep file without symbolic names (no user-defined types or 'existing' resources), or deploy it with Azure.`);
    }
    if (template.resources !== undefined && !Array.isArray(template.resources))
        throw new TemplateEvaluationError('resources', 'resources must be an array.');
    return template;
}
/** Deploy-order bookkeeping: bodies evaluated once, dependencies first, reference() targets on demand. */
class ResourceDeployer {
    instances;
    rt;
    scope;
    evaluated = new Map();
    inProgress = new Set();
    constructor(instances, rt, scope) {
        this.instances = instances;
        this.rt = rt;
        this.scope = scope;
    }
    async ensure(instance, path) {
        if (this.evaluated.has(instance))
            return;
        if (this.inProgress.has(instance)) {
            throw new TemplateEvaluationError(path, `The resources depend on each other in a cycle through '${instance.type}/${instance.name}' (${instance.path}); remove one of the dependencies.`);
        }
        this.inProgress.add(instance);
        try {
            if (instance.parent && !instance.parent.skipped)
                await this.ensure(instance.parent, instance.path);
            for (let i = 0; i < instance.dependsOn.length; i++) {
                const target = instance.dependsOn[i];
                const found = matchInstances(this.instances, target);
                if (!found.length) {
                    throw new TemplateEvaluationError(`${instance.path}.dependsOn[${i}]`, `The resource '${target}' is not defined in the template; dependsOn must name a resource of this template (its resourceId(...), name or copy loop name).`);
                }
                for (const dependency of found)
                    if (!dependency.skipped)
                        await this.ensure(dependency, `${instance.path}.dependsOn[${i}]`);
            }
            const resource = await evaluateBody(instance, this.rt());
            this.evaluated.set(instance, resource);
            await this.scope.onResourceEvaluated?.(resource);
        }
        finally {
            this.inProgress.delete(instance);
        }
    }
    async reference(target, apiVersion, full, site) {
        const found = matchInstances(this.instances, target).filter((inst) => !inst.skipped);
        if (found.length > 1)
            throw new TemplateEvaluationError(site.path, `reference('${target}') matches ${found.length} resources of a copy loop; pass one resource id.`);
        if (!found.length && !target.startsWith('/')) {
            throw new TemplateEvaluationError(site.path, `reference('${target}'): no resource of this template has that name; pass a resource id (resourceId(...)) instead.`);
        }
        const instance = found[0];
        if (instance)
            await this.ensure(instance, site.path);
        const id = instance?.id ?? target;
        if (!this.scope.reference) {
            throw new TemplateEvaluationError(site.path, `reference('${id}') needs the deployed resource, and this evaluation has no reference callback; pass the value as a parameter instead.`, 'DeploymentFailed');
        }
        try {
            return await this.scope.reference(id, apiVersion ?? instance?.apiVersion, full);
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new TemplateEvaluationError(site.path, `reference('${id}') failed: ${reason}. Deploy that resource first, or pass the value as a parameter instead.`, 'DeploymentFailed');
        }
    }
}
async function evaluateOutputs(declared, rt) {
    if (declared === undefined)
        return {};
    if (!isJsonObject(declared))
        throw new TemplateEvaluationError('outputs', "The template's outputs must be an object.");
    const outputs = {};
    for (const [name, output] of Object.entries(declared)) {
        const site = { path: `outputs.${name}`, section: 'outputs', loops: new Map() };
        if (!isJsonObject(output))
            throw new TemplateEvaluationError(site.path, `The output '${name}' must be an object with type and value.`);
        if ('condition' in output && (await evaluateValue(output.condition, rt, childSite(site, '.condition'))) === false)
            continue;
        const copy = output.copy;
        if (isJsonObject(copy) && 'count' in copy && 'input' in copy) {
            outputs[name] = await evaluateCopyLoop({ name: '', count: copy.count, input: copy.input }, rt, childSite(site, '.copy'));
        }
        else {
            outputs[name] = await evaluateValue(output.value, rt, childSite(site, '.value'));
        }
    }
    return outputs;
}
/**
 * Evaluates an ARM template (JSON, resource group scope) for a deployment: parameters (given
 * values, else defaults), variables, resources with copy loops, conditions and nested children,
 * and outputs. Resources come back in dependency order; `scope.onResourceEvaluated` sees each as
 * soon as it is ready, so a deployer can store it before a later reference() reads it.
 * Throws TemplateEvaluationError (with the template path) on anything ARM would reject.
 */
async function evaluateTemplate(template, parameterValues, scope) {
    const document = checkShape(template);
    const parameters = new ParameterTable(document.parameters, parameterValues);
    const variables = new VariableTable(document.variables);
    let deployer;
    const rt = {
        functions: { scope, environment: scope.environment ?? AZURE_CLOUD_ENVIRONMENT, contentVersion: String(document.contentVersion ?? '1.0.0.0') },
        parameter: (name, site) => parameters.get(name, rt, site),
        variable: (name, site) => variables.get(name, rt, site),
        reference: (target, apiVersion, full, site) => {
            if (!deployer)
                throw new TemplateEvaluationError(site.path, 'reference() cannot be used in a resource\'s condition, name, type, apiVersion, dependsOn or copy count here; use it in properties, or pass the value as a parameter instead.');
            return deployer.reference(target, apiVersion, full, site);
        },
        now: () => scope.now?.() ?? new Date(),
    };
    for (const name of parameters.names())
        await parameters.get(name, rt, { path: 'parameters', section: 'parameters', loops: new Map() });
    const instances = await expandResources(document.resources ?? [], '', new Map(), undefined, rt);
    deployer = new ResourceDeployer(instances, () => rt, scope);
    for (const instance of instances)
        if (!instance.skipped)
            await deployer.ensure(instance, instance.path);
    const resources = [...deployer.evaluated.values()];
    return { resources, outputs: await evaluateOutputs(document.outputs, rt) };
}

;// CONCATENATED MODULE: ./lib/shared/arm-eval/index.js
/**
 * An ARM template evaluator: a pure library (no I/O) that turns a JSON template, parameter
 * values and a deployment scope into resources with every expression evaluated.
 */







/***/ })

};
