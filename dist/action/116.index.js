export const id = 116;
export const ids = [116];
export const modules = {

/***/ 8038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ describeRunnerInput),
/* harmony export */   e: () => (/* binding */ describeInput)
/* harmony export */ });
/**
 * How this host names an input in messages: `input 'plan-id'` on GitHub, the task's own input
 * name on Azure DevOps, the option (and the environment variable that can stand in for it) on
 * the CLI.
 */
function describeInput(host, name) {
    return describeRunnerInput(host.azure, name);
}
/** `describeInput` for code that holds the runner's identity rather than the host. */
function describeRunnerInput(runner, name) {
    return runner?.describeInput(name) ?? `input '${name}'`;
}


/***/ }),

/***/ 5178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gO: () => (/* binding */ countNamesEndingAt),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* unused harmony export hasEscapedPropertyName */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);

/**
 * `JSON.parse`, safe from a V8 bug that returns a wrong property name.
 *
 * The `JSON.parse` of Node 24 (V8 13) can give a name holding an escape the spelling of a name
 * it read earlier in the process: after `JSON.parse('{"c\\\\": 1}')`, `JSON.parse('{"c\\"": 1}')`
 * has the name `c\`, not `c"` (nodejs/node#63785, open). GitHub runs actions on Node 24, and a
 * template or policy read with the wrong names would be published as it was misread. A text
 * whose names hold no escape (nearly all) is read by `JSON.parse` alone; any other is read
 * again from the tokens of jsonc-parser's scanner, which decodes escapes itself.
 *
 * Throws what `JSON.parse` throws (a `SyntaxError`) on text that is not JSON.
 */
function parseJson(text) {
    const value = JSON.parse(text);
    return hasEscapedPropertyName(text) ? buildValue(text) : value;
}
/** Whether some property name of a JSON text holds a backslash. */
function hasEscapedPropertyName(text) {
    return text.includes('\\') && countNamesEndingAt(text, true) === -1;
}
/** A quote, then whitespace, then a colon: the end of a property name, or of a string followed by one. */
const NAME_END = /"[ \t\n\r]*:/g;
/**
 * Property names in a JSON text: each `NAME_END` whose quote is not escaped ends one. Inside a
 * string an unescaped quote cannot occur, so this never counts fewer names than there are (a
 * string value followed by a colon is not JSON). With `mayEscape`, -1 as soon as a name holds
 * a backslash.
 */
function countNamesEndingAt(text, mayEscape) {
    let count = 0;
    NAME_END.lastIndex = 0;
    // `test` moves `lastIndex` past each match without making a match object.
    while (NAME_END.test(text)) {
        let quote = NAME_END.lastIndex - 2;
        while (text.charCodeAt(quote) !== 0x22)
            quote--;
        let backslashes = 0;
        while (text.charCodeAt(quote - 1 - backslashes) === 0x5c)
            backslashes++;
        if ((backslashes & 1) !== 0)
            continue;
        if (mayEscape && nameHasEscape(text, quote))
            return -1;
        count++;
    }
    return count;
}
/**
 * Whether the string that ends at this (unescaped) quote holds a backslash. Going back, the
 * first quote met opens it, unless a backslash stands before that quote: then it is an escaped
 * quote inside (an opening quote follows a brace, a comma or whitespace, never a backslash).
 */
function nameHasEscape(text, closingQuote) {
    for (let j = closingQuote - 1; j >= 0; j--) {
        const ch = text.charCodeAt(j);
        if (ch === 0x5c)
            return true;
        if (ch === 0x22)
            return text.charCodeAt(j - 1) === 0x5c;
    }
    return false;
}
/** jsonc-parser's `SyntaxKind` values used here (its typings declare them as a const enum, which isolated modules cannot read). */
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, null: 7, true: 8, false: 9, string: 10, number: 11, end: 17 };
/**
 * The value of a text `JSON.parse` accepted, built as `JSON.parse` builds it, from the tokens of
 * jsonc-parser's scanner. The containers open are kept on a stack, not in calls, so nesting as
 * deep as `JSON.parse` reads is read here too.
 */
function buildValue(text) {
    const scanner = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.createScanner)(text, true);
    const open = [];
    // The name read in the innermost object, until its value is added.
    let name;
    let root;
    const add = (value) => {
        const parent = open[open.length - 1];
        if (parent === undefined) {
            root = value;
        }
        else if (Array.isArray(parent)) {
            parent.push(value);
        }
        else {
            // Assigning `__proto__` would set the prototype; JSON.parse makes a property of that name.
            if (name === '__proto__')
                Object.defineProperty(parent, name, { value, writable: true, enumerable: true, configurable: true });
            else
                parent[name] = value;
            name = undefined;
        }
    };
    // The text is JSON (JSON.parse read it): commas and colons need no checking.
    for (let token = scanner.scan(); token !== TOKEN.end; token = scanner.scan()) {
        switch (token) {
            case TOKEN.openBrace:
            case TOKEN.openBracket: {
                const container = token === TOKEN.openBrace ? {} : [];
                add(container);
                open.push(container);
                break;
            }
            case TOKEN.closeBrace:
            case TOKEN.closeBracket:
                open.pop();
                break;
            case TOKEN.string: {
                const parent = open[open.length - 1];
                if (parent !== undefined && !Array.isArray(parent) && name === undefined)
                    name = scanner.getTokenValue();
                else
                    add(scanner.getTokenValue());
                break;
            }
            case TOKEN.number:
                add(Number(scanner.getTokenValue()));
                break;
            case TOKEN.true:
                add(true);
                break;
            case TOKEN.false:
                add(false);
                break;
            case TOKEN.null:
                add(null);
                break;
        }
    }
    return root;
}


/***/ }),

/***/ 3352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ TOOL_HOME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** Version and home of the tool, written into reports. Kept in step with package.json by a test. */
const TOOL_VERSION = '0.1.0';
const TOOL_HOME = 'https://github.com/mapp-dev/mapp';


/***/ }),

/***/ 6818:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ tryParseArmExpression),
/* harmony export */   GW: () => (/* binding */ childExpressions),
/* harmony export */   P: () => (/* binding */ ArmExpressionError),
/* harmony export */   SB: () => (/* binding */ functionCalls),
/* harmony export */   UQ: () => (/* binding */ isExpressionString),
/* harmony export */   _T: () => (/* binding */ referencedNames),
/* harmony export */   mq: () => (/* binding */ parseArmExpression)
/* harmony export */ });
/**
 * A parser for ARM template language expressions (`[concat(parameters('a'), '-x')]`), so rules
 * can ask which functions an expression calls and with what, instead of matching text.
 */
class ArmExpressionError extends Error {
    offset;
    constructor(message, 
    /** Offset in the original string (including the leading `[`). */
    offset) {
        super(message);
        this.offset = offset;
    }
}
/** True for a string ARM evaluates as an expression: `[...]`, but not the `[[` literal escape. */
function isExpressionString(value) {
    return value.length >= 2 && value.startsWith('[') && !value.startsWith('[[') && value.endsWith(']');
}
class Parser {
    text;
    end;
    pos;
    constructor(text, start, end) {
        this.text = text;
        this.end = end;
        this.pos = start;
    }
    parseAll() {
        const expr = this.parseExpression();
        this.skipSpace();
        if (this.pos !== this.end)
            throw new ArmExpressionError(`unexpected '${this.text[this.pos]}'`, this.pos);
        return expr;
    }
    skipSpace() {
        while (this.pos < this.end && /\s/.test(this.text[this.pos]))
            this.pos++;
    }
    parseExpression() {
        this.skipSpace();
        let expr = this.parsePrimary();
        for (;;) {
            this.skipSpace();
            const ch = this.text[this.pos];
            if (ch === '.' && this.pos < this.end) {
                const start = this.pos++;
                const name = this.readIdentifier();
                if (!name)
                    throw new ArmExpressionError('property name expected after .', this.pos);
                expr = { type: 'property', target: expr, name, start };
            }
            else if (ch === '[' && this.pos < this.end) {
                const start = this.pos++;
                const index = this.parseExpression();
                this.expect(']');
                expr = { type: 'index', target: expr, index, start };
            }
            else {
                return expr;
            }
        }
    }
    parsePrimary() {
        const start = this.pos;
        const ch = this.text[this.pos];
        if (this.pos >= this.end)
            throw new ArmExpressionError('expression expected', this.pos);
        if (ch === "'")
            return { type: 'string', value: this.readString(), start };
        if (/[-0-9]/.test(ch)) {
            const match = /^-?\d+(\.\d+)?/.exec(this.text.slice(this.pos, this.end));
            if (!match)
                throw new ArmExpressionError('number expected', this.pos);
            this.pos += match[0].length;
            return { type: 'number', value: Number(match[0]), start };
        }
        let name = this.readIdentifier();
        if (!name)
            throw new ArmExpressionError(`unexpected '${ch}'`, this.pos);
        // User-defined functions are namespaced: `contoso.uniqueName(...)`.
        while (this.text[this.pos] === '.' && /[A-Za-z_]/.test(this.text[this.pos + 1] ?? '') && this.looksLikeNamespacedCall()) {
            this.pos++;
            name += '.' + this.readIdentifier();
        }
        this.skipSpace();
        this.expect('(');
        const args = [];
        this.skipSpace();
        if (this.text[this.pos] !== ')') {
            for (;;) {
                args.push(this.parseExpression());
                this.skipSpace();
                if (this.text[this.pos] === ',') {
                    this.pos++;
                    continue;
                }
                break;
            }
        }
        this.expect(')');
        return { type: 'call', name, args, start };
    }
    looksLikeNamespacedCall() {
        const rest = this.text.slice(this.pos + 1, this.end);
        return /^[A-Za-z_][A-Za-z0-9_]*\s*\(/.test(rest);
    }
    readIdentifier() {
        const match = /^[A-Za-z_$][A-Za-z0-9_$-]*/.exec(this.text.slice(this.pos, this.end));
        if (!match)
            return '';
        this.pos += match[0].length;
        return match[0];
    }
    readString() {
        let value = '';
        this.pos++;
        while (this.pos < this.end) {
            const ch = this.text[this.pos];
            if (ch === "'") {
                if (this.text[this.pos + 1] === "'" && this.pos + 1 < this.end) {
                    value += "'";
                    this.pos += 2;
                    continue;
                }
                this.pos++;
                return value;
            }
            value += ch;
            this.pos++;
        }
        throw new ArmExpressionError('unterminated string literal', this.pos);
    }
    expect(ch) {
        this.skipSpace();
        if (this.text[this.pos] !== ch || this.pos >= this.end) {
            throw new ArmExpressionError(`'${ch}' expected`, this.pos);
        }
        this.pos++;
    }
}
/**
 * Parses an expression string including its brackets (`[...]`). Throws ArmExpressionError with
 * the offset of the problem; callers that only scan should use `tryParseArmExpression`.
 */
function parseArmExpression(value) {
    if (!isExpressionString(value))
        throw new ArmExpressionError('not an expression: it must start with [ and end with ]', 0);
    return new Parser(value, 1, value.length - 1).parseAll();
}
/** Parsed expressions, shared by every rule of a run: each string is parsed once. Bounded. */
const parsedCache = new Map();
const PARSED_CACHE_LIMIT = 20_000;
/** Parses an expression string, or returns undefined when it is not one or does not parse. */
function tryParseArmExpression(value) {
    const cached = parsedCache.get(value);
    if (cached !== undefined)
        return cached ?? undefined;
    let parsed;
    try {
        parsed = parseArmExpression(value);
    }
    catch {
        parsed = null;
    }
    if (parsedCache.size >= PARSED_CACHE_LIMIT)
        parsedCache.clear();
    parsedCache.set(value, parsed);
    return parsed ?? undefined;
}
/** The direct sub-expressions of a node, in source order: call arguments, a target, an index. */
function childExpressions(node) {
    switch (node.type) {
        case 'call':
            return node.args;
        case 'property':
            return [node.target];
        case 'index':
            return [node.target, node.index];
        default:
            return [];
    }
}
/** Every function call in an expression tree, outermost first. */
function functionCalls(expr) {
    const calls = [];
    const visit = (node) => {
        if (node.type === 'call')
            calls.push(node);
        childExpressions(node).forEach(visit);
    };
    if (expr)
        visit(expr);
    return calls;
}
/**
 * The literal first arguments of calls to `functionName` (case-insensitive) in an expression
 * string, e.g. the parameter names of every `parameters('x')`. Unparsable strings yield none.
 */
function referencedNames(value, functionName) {
    if (!isExpressionString(value))
        return [];
    const lowered = functionName.toLowerCase();
    return functionCalls(tryParseArmExpression(value))
        .filter((call) => call.name.toLowerCase() === lowered)
        .map((call) => call.args[0])
        .filter((arg) => arg?.type === 'string')
        .map((arg) => arg.value);
}


/***/ }),

/***/ 4789:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ secureParameterNames),
/* harmony export */   IH: () => (/* binding */ parameterType),
/* harmony export */   YX: () => (/* binding */ isSecureType)
/* harmony export */ });
/* harmony import */ var _json_nav_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1696);
/* harmony import */ var _template_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9147);


/** The declared type of a parameter, lowercased (`securestring`, `int`, ...); '' when missing. */
function parameterType(declaration) {
    return ((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_0__/* .prop */ ._w)(declaration, 'type')) ?? '').toLowerCase();
}
/** True for `secureString` and `secureObject`, any case. */
function isSecureType(type) {
    const lowered = type.toLowerCase();
    return lowered === 'securestring' || lowered === 'secureobject';
}
/** The secure parameters of a template, lowercased name to declared name. */
function secureParameterNames(template) {
    const names = new Map();
    for (const p of (0,_template_model_js__WEBPACK_IMPORTED_MODULE_1__/* .templateParameters */ .fo)(template)) {
        if (isSecureType(parameterType(p.value)))
            names.set(p.name.toLowerCase(), p.name);
    }
    return names;
}


/***/ }),

/***/ 7560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ templateDocuments)
/* harmony export */ });
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8716);
/* harmony import */ var _json_nav_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1696);


/**
 * The deployment templates of a unit, as arm-ttk tests them: the main template, then every other
 * JSON file of the package recognised as a template (linked or nested template files).
 */
function templateDocuments(context) {
    // Every template rule asks; a Data Factory folder has thousands of files to classify.
    // The list depends on the context's files and template; runRules shares one files list across its rules.
    const cached = DOCUMENTS.get(context.jsonFiles);
    if (cached && cached.unit === context.unit && cached.template === context.template)
        return cached.documents;
    const documents = [];
    if (context.template)
        documents.push(context.template);
    const special = new Set([context.unit.template?.file, context.unit.createUiDefinition?.file, context.unit.viewDefinition?.file]);
    for (const json of context.jsonFiles) {
        if (special.has(json.file) || json.document === context.template)
            continue;
        if (json.document.root && (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyJson */ .j)(json.document.root) === 'template' && !isSynapseWorkspaceTemplate(json.document.root))
            documents.push(json.document);
    }
    DOCUMENTS.set(context.jsonFiles, { unit: context.unit, template: context.template, documents });
    return documents;
}
const DOCUMENTS = new WeakMap();
/** The workspace artifacts a Synapse publish template deploys through Synapse's own API, which ARM has no resource type for. */
const SYNAPSE_ARTIFACTS = /^microsoft\.synapse\/workspaces\/(pipelines|datasets|linkedservices|dataflows|triggers|notebooks|sqlscripts|sparkjobdefinitions|kqlscripts|credentials)$/i;
/**
 * A Synapse workspace's publish template (`TemplateForWorkspace.json` on its publish branch):
 * Synapse's deployment task reads it, not ARM, so the deployment-template tests do not apply.
 * Told by the workspace artifacts among its resources.
 */
function isSynapseWorkspaceTemplate(root) {
    return (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_1__/* .elements */ .Yt)((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)(root, 'resources')).some((resource) => SYNAPSE_ARTIFACTS.test((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOf */ .Je)((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)(resource, 'type')) ?? ''));
}


/***/ }),

/***/ 9147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ templateResources),
/* harmony export */   Qp: () => (/* binding */ templateVariables),
/* harmony export */   f0: () => (/* binding */ templateOutputs),
/* harmony export */   fo: () => (/* binding */ templateParameters)
/* harmony export */ });
/* harmony import */ var _json_nav_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1696);

/** Every resource of a template, child resources included, in document order. */
function templateResources(template) {
    const result = [];
    const visit = (list, parents) => {
        // languageVersion 2.0 templates use an object of symbolic names instead of an array.
        const items = list?.type === 'object' ? (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_0__/* .properties */ .qo)(list).map((p) => p.value) : (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_0__/* .elements */ .Yt)(list);
        for (const node of items) {
            if (node.type !== 'object')
                continue;
            const ownType = (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_0__/* .prop */ ._w)(node, 'type')) ?? '';
            const parent = parents[parents.length - 1];
            const type = parent && !ownType.includes('/') ? `${parent.type}/${ownType}` : ownType;
            const resource = { node, type, parents };
            result.push(resource);
            visit((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_0__/* .prop */ ._w)(node, 'resources'), [...parents, resource]);
        }
    };
    visit((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_0__/* .prop */ ._w)(template, 'resources'), []);
    return result;
}
/** The declared parameters of a template (or of a nested inline template). */
function templateParameters(template) {
    return (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_0__/* .properties */ .qo)((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_0__/* .prop */ ._w)(template, 'parameters'));
}
/** The declared variables (the `copy` array of variables is kept as one property). */
function templateVariables(template) {
    return (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_0__/* .properties */ .qo)((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_0__/* .prop */ ._w)(template, 'variables'));
}
/** The declared outputs. */
function templateOutputs(template) {
    return (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_0__/* .properties */ .qo)((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_0__/* .prop */ ._w)(template, 'outputs'));
}


/***/ }),

/***/ 8716:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ classifyJson)
/* harmony export */ });
/* harmony import */ var _datafactory_object_kind_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4197);
/* harmony import */ var _json_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9456);


/** Recognises what a JSON document is from its content: `$schema` first, then its shape. */
function classifyJson(node) {
    const root = (0,_json_view_js__WEBPACK_IMPORTED_MODULE_1__/* .viewOf */ .d)(node);
    if (root?.type !== 'object')
        return 'unknown';
    const schema = (root.at('$schema')?.text ?? '').toLowerCase();
    if (/deploymenttemplate\.json/.test(schema))
        return 'template';
    if (/createuidefinition/.test(schema))
        return 'createUiDefinition';
    if (/viewdefinition/.test(schema))
        return 'viewDefinition';
    const handler = (root.at('handler')?.text ?? '').toLowerCase();
    if (handler.startsWith('microsoft.azure.createuidef'))
        return 'createUiDefinition';
    if (root.at('resources') && (root.at('contentVersion') || root.at('parameters')))
        return 'template';
    const parameters = root.at('parameters');
    if (parameters?.at('basics') || parameters?.at('steps') || parameters?.at('config'))
        return 'createUiDefinition';
    if (root.at('views'))
        return 'viewDefinition';
    if ((0,_datafactory_object_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .guessViewKind */ .f)(root))
        return 'dataFactoryObject';
    return 'unknown';
}


/***/ }),

/***/ 4432:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WV: () => (/* binding */ displayText),
/* harmony export */   ZY: () => (/* binding */ isResolved),
/* harmony export */   h6: () => (/* binding */ ArmStrings)
/* harmony export */ });
/* harmony import */ var _arm_arm_expression_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6818);
/* harmony import */ var _json_nav_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1696);


/** Marks the part of a resolved ARM string that is only known at deployment time. */
const OPEN = '\u0001';
const CLOSE = '\u0002';
const MAX_DEPTH = 16;
/**
 * Resolves ARM template strings to the text they deploy as, as far as the template alone tells:
 * literals, `variables()` holding literals, `concat`, `format`, `toLower`, `toUpper`. Anything
 * known only at deployment (`parameters('x')`, `uniqueString(...)`) stays a marked placeholder,
 * so two names built the same way still compare equal.
 */
class ArmStrings {
    variables = new Map();
    cache = new Map();
    constructor(template) {
        for (const v of (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_1__/* .properties */ .qo)((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)(template, 'variables')))
            this.variables.set(v.name.toLowerCase(), v.value);
    }
    /** The deployed text of a string value (placeholders where it depends on the deployment). */
    resolve(value, depth = 0) {
        if (!(0,_arm_arm_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .isExpressionString */ .UQ)(value))
            return value.startsWith('[[') ? value.slice(1) : value;
        const cached = this.cache.get(value);
        if (cached !== undefined)
            return cached;
        const expression = (0,_arm_arm_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseArmExpression */ .$W)(value);
        const resolved = expression ? this.evaluate(expression, depth) : placeholder(value.slice(1, -1));
        this.cache.set(value, resolved);
        return resolved;
    }
    evaluate(expression, depth) {
        if (depth > MAX_DEPTH)
            return placeholder(canonical(expression));
        switch (expression.type) {
            case 'string':
                return expression.value;
            case 'number':
                return String(expression.value);
            case 'call': {
                const name = expression.name.toLowerCase();
                const args = expression.args;
                if (name === 'variables' && args[0]?.type === 'string') {
                    const node = this.variables.get(args[0].value.toLowerCase());
                    if (node?.type === 'string')
                        return this.resolve(node.value, depth + 1);
                }
                else if (name === 'concat') {
                    return args.map((a) => this.evaluate(a, depth + 1)).join('');
                }
                else if (name === 'format' && args.length > 0) {
                    const values = args.slice(1).map((a) => this.evaluate(a, depth + 1));
                    const pattern = this.evaluate(args[0], depth + 1);
                    return pattern.replace(/\{(\d+)(:[^}]*)?\}/g, (whole, index, spec) => spec ? placeholder(whole) : (values[Number(index)] ?? whole));
                }
                else if ((name === 'tolower' || name === 'toupper') && args.length === 1) {
                    const inner = this.evaluate(args[0], depth + 1);
                    if (isResolved(inner))
                        return name === 'tolower' ? inner.toLowerCase() : inner.toUpperCase();
                }
                return placeholder(canonical(expression));
            }
            default:
                return placeholder(canonical(expression));
        }
    }
}
function placeholder(text) {
    return `${OPEN}${text}${CLOSE}`;
}
function canonical(expression) {
    switch (expression.type) {
        case 'string':
            return `'${expression.value.replace(/'/g, "''")}'`;
        case 'number':
            return String(expression.value);
        case 'call':
            return `${expression.name.toLowerCase()}(${expression.args.map(canonical).join(', ')})`;
        case 'property':
            return `${canonical(expression.target)}.${expression.name}`;
        case 'index':
            return `${canonical(expression.target)}[${canonical(expression.index)}]`;
    }
}
/** True when the text holds no deployment-time placeholder. */
function isResolved(text) {
    return !text.includes(OPEN);
}
/** The text for a message: placeholders shown as `[expression]`. */
function displayText(text) {
    return text.replace(new RegExp(OPEN, 'g'), '[').replace(new RegExp(CLOSE, 'g'), ']');
}


/***/ }),

/***/ 1411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M4: () => (/* binding */ factoryModel),
/* harmony export */   Z: () => (/* binding */ findObject),
/* harmony export */   _c: () => (/* binding */ objectsOfKind),
/* harmony export */   b6: () => (/* binding */ textOf),
/* harmony export */   mT: () => (/* binding */ isArmText),
/* harmony export */   sA: () => (/* binding */ isArmValue)
/* harmony export */ });
/* harmony import */ var _arm_template_documents_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7560);
/* harmony import */ var _arm_template_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9147);
/* harmony import */ var _json_nav_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1696);
/* harmony import */ var _load_unit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7637);
/* harmony import */ var _arm_strings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4432);
/* harmony import */ var _git_layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4848);
/* harmony import */ var _object_kind_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4197);







/** The text a string node deploys as (ARM expressions resolved where possible); undefined for non-strings. */
function textOf(factory, node) {
    const value = (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOf */ .Je)(node);
    if (value === undefined)
        return undefined;
    return factory.arm ? factory.arm.resolve(value) : value;
}
/** True for a string node the ARM template evaluates (its ADF-level value is unknown offline). */
function isArmValue(factory, node) {
    return isArmText(factory, (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOf */ .Je)(node));
}
/** `isArmValue` on a parsed value, for rules that read values rather than nodes. */
function isArmText(factory, value) {
    return factory.arm !== undefined && typeof value === 'string' && value.startsWith('[') && !value.startsWith('[[');
}
const INDEXES = new WeakMap();
/** Finds an object of a kind by name, case-insensitively, as Data Factory does (the first one, if repeated). */
function findObject(factory, kind, name) {
    let index = INDEXES.get(factory);
    if (!index) {
        index = new Map();
        for (const o of factory.objects) {
            if (o.name === undefined)
                continue;
            let byName = index.get(o.kind);
            if (!byName)
                index.set(o.kind, (byName = new Map()));
            const key = o.name.toLowerCase();
            if (!byName.has(key))
                byName.set(key, o);
        }
        INDEXES.set(factory, index);
    }
    return index.get(kind)?.get(name.toLowerCase());
}
const ARM_KINDS = new Map([
    ['microsoft.datafactory/factories', 'factory'],
    ['microsoft.datafactory/factories/pipelines', 'pipeline'],
    ['microsoft.datafactory/factories/datasets', 'dataset'],
    ['microsoft.datafactory/factories/linkedservices', 'linkedService'],
    ['microsoft.datafactory/factories/triggers', 'trigger'],
    ['microsoft.datafactory/factories/dataflows', 'dataflow'],
    ['microsoft.datafactory/factories/integrationruntimes', 'integrationRuntime'],
    ['microsoft.datafactory/factories/credentials', 'credential'],
    ['microsoft.datafactory/factories/managedvirtualnetworks', 'managedVirtualNetwork'],
    ['microsoft.datafactory/factories/managedvirtualnetworks/managedprivateendpoints', 'managedPrivateEndpoint'],
]);
/** Global parameters deployed as their own resource (named `factory/default`), not as an object of the factory. */
const GLOBAL_PARAMETERS_TYPE = 'microsoft.datafactory/factories/globalparameters';
function gitFactories(unit) {
    const roots = unit.dataFactory?.roots ?? [];
    if (roots.length === 0)
        return [];
    const byRoot = new Map();
    const placedFiles = [];
    const synapseRoots = new Set();
    for (const json of unit.otherJson) {
        const placed = (0,_git_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .placeInLayout */ .Jm)(json.file.path);
        const root = json.document.root;
        if (!placed || !roots.includes(placed.root) || !root || json.document.errors.length > 0)
            continue;
        placedFiles.push({ placed, root, json });
        if (!synapseRoots.has(placed.root) && isSynapseType((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOf */ .Je)((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .prop */ ._w)(root, 'type'))))
            synapseRoots.add(placed.root);
    }
    const paths = unit.files.map((f) => f.path);
    for (const root of roots) {
        const folders = (0,_git_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .synapseFolders */ .hO)(paths, root);
        const synapse = synapseRoots.has(root) || folders.size > 0;
        const label = root === '' ? unit.display : (0,_load_unit_js__WEBPACK_IMPORTED_MODULE_3__/* .displayBelow */ .uZ)(unit.display, root);
        byRoot.set(root, { label, source: 'git', objects: [], ...(synapse ? { synapse, synapseArtifacts: (0,_git_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .synapseArtifactNames */ .e1)(folders) } : {}) });
    }
    for (const { placed, root, json } of placedFiles) {
        const factory = byRoot.get(placed.root);
        factory.objects.push(objectFrom(factory, placed.kind, root, json.document, placed.fileName));
    }
    return [...byRoot.values()];
}
/** Synapse writes its type at the top of each file of its Git integration (`Microsoft.Synapse/workspaces/pipelines`). */
function isSynapseType(type) {
    return type !== undefined && type.toLowerCase().startsWith('microsoft.synapse/workspaces/');
}
function objectFrom(factory, kind, root, document, fileName) {
    const nameNode = (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .prop */ ._w)(root, 'name');
    return { kind, name: textOf(factory, nameNode), nameNode: nameNode ?? root, root, properties: (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .prop */ ._w)(root, 'properties'), document, fileName, factory };
}
function singleFileFactory(unit) {
    if (unit.kind !== 'file' || !unit.dataFactory)
        return [];
    const json = unit.otherJson[0];
    const root = json?.document.root;
    // Its shape says what it is; failing that, the Git-integration folder it sits in.
    const kind = (0,_object_kind_js__WEBPACK_IMPORTED_MODULE_6__/* .guessKind */ .m)(root) ?? unit.dataFactory.placed?.kind;
    if (!json || !root || !kind || json.document.errors.length > 0)
        return [];
    const synapse = isSynapseType((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOf */ .Je)((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .prop */ ._w)(root, 'type')));
    const factory = { label: unit.display, source: 'file', objects: [], ...(synapse ? { synapse } : {}) };
    // Placed in a Git integration, its file name must equal its name, as there.
    const fileName = unit.dataFactory.placed ? json.file.path.replace(/\.json$/i, '') : undefined;
    factory.objects.push(objectFrom(factory, kind, root, json.document, fileName));
    return [factory];
}
/** The factory a resource belongs to, and its own name, from a child resource's parent or a `factory/child` name. */
function splitArmName(resource, arm) {
    const own = (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOf */ .Je)((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .prop */ ._w)(resource.node, 'name'));
    if (own === undefined)
        return undefined;
    const resolved = arm.resolve(own);
    const parentNames = resource.parents.map((p) => arm.resolve((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOf */ .Je)((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .prop */ ._w)(p.node, 'name')) ?? ''));
    const full = [...parentNames, resolved].join('/');
    const segments = splitOutsidePlaceholders(full);
    if (segments.length < 2)
        return undefined;
    return { factory: segments[0], name: segments[segments.length - 1] };
}
/** Splits at `/` outside deployment-time placeholders (whose expression text may hold a `/`). */
function splitOutsidePlaceholders(text) {
    const parts = [];
    let depth = 0;
    let current = '';
    for (const ch of text) {
        if (ch === '\u0001')
            depth++;
        else if (ch === '\u0002')
            depth--;
        if (ch === '/' && depth === 0) {
            parts.push(current);
            current = '';
        }
        else {
            current += ch;
        }
    }
    parts.push(current);
    return parts;
}
const DEPLOYMENTS_TYPE = 'microsoft.resources/deployments';
/**
 * The Data Factory kinds that nested deployments of a template define: those of their inline
 * templates, at any depth, or every kind when one links a template mapp does not read.
 */
function kindsOfNestedDeployments(resources, into) {
    for (const resource of resources) {
        if (resource.type.toLowerCase() !== DEPLOYMENTS_TYPE)
            continue;
        const properties = (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .prop */ ._w)(resource.node, 'properties');
        if ((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .prop */ ._w)(properties, 'templateLink') !== undefined) {
            for (const kind of ARM_KINDS.values())
                into.add(kind);
            continue;
        }
        const inner = (0,_arm_template_model_js__WEBPACK_IMPORTED_MODULE_1__/* .templateResources */ .GM)((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .prop */ ._w)(properties, 'template'));
        for (const nested of inner) {
            const kind = ARM_KINDS.get(nested.type.toLowerCase());
            if (kind !== undefined)
                into.add(kind);
        }
        kindsOfNestedDeployments(inner, into);
    }
}
function armFactories(context) {
    const factories = [];
    for (const document of (0,_arm_template_documents_js__WEBPACK_IMPORTED_MODULE_0__/* .templateDocuments */ .H)(context)) {
        const arm = new _arm_strings_js__WEBPACK_IMPORTED_MODULE_4__/* .ArmStrings */ .h6(document.root);
        const resources = (0,_arm_template_model_js__WEBPACK_IMPORTED_MODULE_1__/* .templateResources */ .GM)(document.root);
        // Kinds undetermined for every factory of the template: nested deployments', and those of
        // resources whose name does not even tell their factory.
        const templateWide = new Set();
        kindsOfNestedDeployments(resources, templateWide);
        const byName = new Map();
        const undeterminedOf = new Map();
        const factoryFor = (name) => {
            const key = name.toLowerCase();
            let factory = byName.get(key);
            if (!factory) {
                const label = (0,_arm_strings_js__WEBPACK_IMPORTED_MODULE_4__/* .isResolved */ .ZY)(name) ? `factory '${name}'` : 'the factory';
                const undetermined = new Set();
                factory = { label: `${label} in ${document.file}`, source: 'arm', objects: [], arm, globalParameterSets: [], undetermined };
                undeterminedOf.set(factory, undetermined);
                byName.set(key, factory);
                factories.push(factory);
            }
            return factory;
        };
        for (const resource of resources) {
            const type = resource.type.toLowerCase();
            if (type === GLOBAL_PARAMETERS_TYPE) {
                const split = splitArmName(resource, arm);
                if (split)
                    factoryFor(split.factory).globalParameterSets.push((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .prop */ ._w)(resource.node, 'properties'));
                continue;
            }
            const kind = ARM_KINDS.get(type);
            if (!kind)
                continue;
            if (kind === 'factory') {
                const name = arm.resolve((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOf */ .Je)((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .prop */ ._w)(resource.node, 'name')) ?? '');
                const factory = factoryFor(name);
                factory.objects.push({ ...objectFrom(factory, kind, resource.node, document), name });
                continue;
            }
            const split = splitArmName(resource, arm);
            if (!split) {
                templateWide.add(kind);
                continue;
            }
            const factory = factoryFor(split.factory);
            factory.objects.push({ ...objectFrom(factory, kind, resource.node, document), name: split.name });
            // A name built per copy (`copyIndex()`) or from a parameter: known at deployment only.
            if (!(0,_arm_strings_js__WEBPACK_IMPORTED_MODULE_4__/* .isResolved */ .ZY)(split.name) || (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_2__/* .prop */ ._w)(resource.node, 'copy') !== undefined)
                undeterminedOf.get(factory).add(kind);
        }
        for (const undetermined of undeterminedOf.values())
            for (const kind of templateWide)
                undetermined.add(kind);
    }
    return factories;
}
const MODELS = new WeakMap();
/** The Data Factory objects of the unit, built once per unit and shared by every rule. */
function factoryModel(context) {
    const cached = MODELS.get(context.unit);
    if (cached)
        return cached;
    const factories = [...gitFactories(context.unit), ...singleFileFactory(context.unit), ...armFactories(context)];
    const model = { factories, objects: factories.flatMap((f) => f.objects) };
    MODELS.set(context.unit, model);
    return model;
}
/** The objects of one kind. */
function objectsOfKind(model, kind) {
    return model.objects.filter((o) => o.kind === kind);
}


/***/ }),

/***/ 4848:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jm: () => (/* binding */ placeInLayout),
/* harmony export */   Kx: () => (/* binding */ dataFactoryRoots),
/* harmony export */   SR: () => (/* binding */ SYNAPSE_REFERENCED),
/* harmony export */   e1: () => (/* binding */ synapseArtifactNames),
/* harmony export */   hO: () => (/* binding */ synapseFolders),
/* harmony export */   pn: () => (/* binding */ tellsFactory)
/* harmony export */ });
/** The folder of a Data Factory Git integration that holds each kind, as the service writes it. */
const KIND_FOLDERS = new Map([
    ['pipeline', 'pipeline'],
    ['dataset', 'dataset'],
    ['linkedservice', 'linkedService'],
    ['trigger', 'trigger'],
    ['dataflow', 'dataflow'],
    ['integrationruntime', 'integrationRuntime'],
    ['factory', 'factory'],
    ['credential', 'credential'],
    ['managedvirtualnetwork', 'managedVirtualNetwork'],
]);
/** Folders that alone make a folder a factory (`factory/` and `credential/` are too common a name). */
const TELLING_KINDS = new Set(['pipeline', 'dataset', 'linkedService', 'trigger', 'dataflow', 'integrationRuntime']);
/**
 * Whether a folder of this name holding JSON files makes the folder above it a factory's Git
 * integration (`pipeline/`, `dataset/`, ...; not `factory/` or `credential/`, too common a name).
 */
function tellsFactory(folderName) {
    const kind = KIND_FOLDERS.get(folderName.toLowerCase());
    return kind !== undefined && TELLING_KINDS.has(kind);
}
/** Places a unit path in a Git-integration layout (`<root>/pipeline/<name>.json`, ...), or undefined. */
function placeInLayout(path) {
    if (!path.toLowerCase().endsWith('.json'))
        return undefined;
    const segments = path.split('/');
    const file = segments[segments.length - 1];
    const fileName = file.slice(0, -'.json'.length);
    // <root>/<kind>/<name>.json
    const kindIndex = segments.length - 2;
    const kind = kindIndex >= 0 ? KIND_FOLDERS.get(segments[kindIndex].toLowerCase()) : undefined;
    if (kind)
        return { root: segments.slice(0, kindIndex).join('/'), kind, fileName };
    // <root>/managedVirtualNetwork/<network>/managedPrivateEndpoint/<name>.json
    const networkIndex = segments.length - 4;
    if (networkIndex >= 0 &&
        segments[networkIndex].toLowerCase() === 'managedvirtualnetwork' &&
        segments[segments.length - 2].toLowerCase() === 'managedprivateendpoint') {
        return { root: segments.slice(0, networkIndex).join('/'), kind: 'managedPrivateEndpoint', fileName };
    }
    return undefined;
}
/**
 * The folders of a unit laid out as a Data Factory Git integration: those with JSON files in
 * `pipeline/`, `dataset/`, `linkedService/`, `trigger/`, `dataflow/` or `integrationRuntime/`.
 */
function dataFactoryRoots(paths) {
    const roots = new Set();
    for (const path of paths) {
        const placed = placeInLayout(path);
        if (placed && TELLING_KINDS.has(placed.kind))
            roots.add(placed.root);
    }
    return [...roots].sort();
}
/**
 * Folders only a Synapse workspace's Git integration writes, beside the pipelines, datasets and
 * linked services it shares with Data Factory (lower case).
 */
const SYNAPSE_FOLDERS = new Set(['notebook', 'sqlscript', 'sparkjobdefinition', 'bigdatapool', 'sqlpool', 'kqlscript', 'sparkconfiguration', 'kustopool']);
/** The Synapse artifacts pipelines reference by name, by the reference type (lower case) and the folder they sit in. */
const SYNAPSE_REFERENCED = [
    { referenceType: 'notebookreference', folder: 'notebook', word: 'notebook' },
    { referenceType: 'sparkjobdefinitionreference', folder: 'sparkjobdefinition', word: 'Spark job definition' },
];
/**
 * The folders only Synapse writes that a Git root holds JSON files in (`<root>/notebook/<name>.json`),
 * each with the names of its files, by lower-case folder name. Any of them shows a Synapse
 * workspace rather than a data factory; JSON files only, as a factory's repository may keep
 * Databricks notebooks (.py, .ipynb) in a notebook/ folder of its own.
 * @param root the root folder, '' for the unit's root
 */
function synapseFolders(paths, root) {
    const prefix = root === '' ? '' : `${root}/`;
    const folders = new Map();
    for (const path of paths) {
        if (!path.startsWith(prefix) || !path.toLowerCase().endsWith('.json'))
            continue;
        const rest = path.slice(prefix.length).split('/');
        const folder = rest[0].toLowerCase();
        if (rest.length !== 2 || !SYNAPSE_FOLDERS.has(folder))
            continue;
        let names = folders.get(folder);
        if (names === undefined)
            folders.set(folder, (names = []));
        names.push(rest[1].slice(0, -'.json'.length));
    }
    return folders;
}
/**
 * The names of the notebooks and Spark job definitions of a Synapse Git root, by the type of the
 * reference that names them. A kind whose folder is absent is left out: the folder is then a
 * partial copy of the workspace, not one without them.
 */
function synapseArtifactNames(folders) {
    const names = new Map();
    for (const { referenceType, folder } of SYNAPSE_REFERENCED) {
        const files = folders.get(folder);
        if (files !== undefined)
            names.set(referenceType, files);
    }
    return names;
}


/***/ }),

/***/ 4197:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ guessViewKind),
/* harmony export */   m: () => (/* binding */ guessKind)
/* harmony export */ });
/* harmony import */ var _json_view_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9456);

/**
 * Recognises a standalone Data Factory object file (as the Git integration or
 * `Get-AzDataFactoryV2Pipeline` writes it) from its shape: `name` and `properties`, where
 * `properties` holds what only that kind has.
 */
function guessKind(root) {
    return guessViewKind((0,_json_view_js__WEBPACK_IMPORTED_MODULE_0__/* .viewOf */ .d)(root));
}
/** `guessKind` on a view of the document's root. */
function guessViewKind(root) {
    if (root?.type !== 'object' || root.at('name')?.type !== 'string')
        return undefined;
    const properties = root.at('properties');
    if (properties?.type !== 'object')
        return undefined;
    if (properties.at('activities')?.type === 'array')
        return 'pipeline';
    if (properties.at('linkedServiceName')?.type === 'object' && properties.at('type'))
        return 'dataset';
    if (properties.at('pipelines') || properties.at('pipeline')) {
        if (properties.at('type'))
            return 'trigger';
    }
    return undefined;
}


/***/ }),

/***/ 7878:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ decodeText),
/* harmony export */   q: () => (/* binding */ isValidUtf8)
/* harmony export */ });
/** First characters a JSON text can start with (whitespace, a value, a comment). */
const JSON_START = new Set([0x09, 0x0a, 0x0d, 0x20, 0x7b /* { */, 0x5b /* [ */, 0x22 /* " */, 0x2f /* / */]);
/**
 * Decodes a JSON file's bytes, recognising BOMs and BOM-less UTF-16, so the rules still see
 * the content while the package rules report the encoding itself. Bytes that are neither are
 * `binary` with no text. Invalid UTF-8 sequences decode to U+FFFD; see `isValidUtf8`.
 */
function decodeText(bytes) {
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf8-bom' };
    }
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
        return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le' };
    }
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
        return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf16be' };
    }
    // BOM-less UTF-16: JSON starts with an ASCII character, so one of its first two bytes is zero.
    // Only a character JSON can start with counts, so other binary data is not taken for text.
    if (bytes.length >= 2 && JSON_START.has(bytes[0]) && bytes[1] === 0) {
        return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf16le' };
    }
    if (bytes.length >= 2 && bytes[0] === 0 && JSON_START.has(bytes[1])) {
        return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf16be' };
    }
    if (bytes.includes(0)) {
        return { text: '', encoding: 'binary' };
    }
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf8' };
}
/** True when the bytes (after any UTF-8 BOM) are well-formed UTF-8. */
function isValidUtf8(bytes) {
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 9564:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ JsonDocument)
});

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./lib/shared/validate/json-nesting.js
/**
 * Deepest nesting of arrays and objects a JSON file may have. Real templates and UI definitions
 * stay under a few dozen levels; the parser and the rules recurse per level, so a file nested
 * thousands deep would overflow the stack instead of producing a finding.
 */
const MAX_JSON_NESTING = 256;
/**
 * Offset of the first `[` or `{` that opens a level deeper than `limit`, or undefined when the
 * text stays within it. Strings and comments are skipped the way a JSON(C) tokenizer would, so a
 * bracket inside a string never counts. Iterative: safe on any input.
 */
function excessiveNestingOffset(text, limit = MAX_JSON_NESTING) {
    let depth = 0;
    let i = 0;
    const length = text.length;
    while (i < length) {
        const ch = text.charCodeAt(i);
        if (ch === 0x22 /* " */) {
            i++;
            while (i < length) {
                const c = text.charCodeAt(i);
                if (c === 0x5c /* \ */)
                    i += 2;
                else if (c === 0x22 || c === 0x0a || c === 0x0d)
                    break;
                else
                    i++;
            }
        }
        else if (ch === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
            while (i < length && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d)
                i++;
        }
        else if (ch === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? length : end + 1;
        }
        else if (ch === 0x5b /* [ */ || ch === 0x7b /* { */) {
            if (++depth > limit)
                return i;
        }
        else if (ch === 0x5d /* ] */ || ch === 0x7d /* } */) {
            if (depth > 0)
                depth--;
        }
        i++;
    }
    return undefined;
}

// EXTERNAL MODULE: ./lib/shared/validate/lazy-json-tree.js
var lazy_json_tree = __webpack_require__(6352);
;// CONCATENATED MODULE: ./lib/shared/validate/strict-json-tree.js
/**
 * Parses strict JSON (RFC 8259: no comments, no trailing commas, only space, tab, CR and LF
 * between tokens) into the same node tree jsonc-parser's `parseTree` builds: objects, arrays,
 * `property` nodes holding `[key, value]` with `colonOffset`, literals with their `value`, and
 * `offset`/`length` in UTF-16 code units. The root has no parent.
 *
 * It is the fast path of `JsonDocument`: on anything irregular (a syntax error, a comment, a
 * trailing comma, nesting deeper than `maxDepth`) it returns undefined and the caller parses
 * with jsonc-parser, so error messages and positions come from one place only.
 *
 * Nodes come in three fixed layouts (literal, container, property), each created with all its
 * fields at once, so property reads in the rules see few object shapes.
 */
function parseStrictJsonTree(text, maxDepth, marks) {
    const parser = new StrictParser(text, maxDepth, marks);
    const root = parser.parseDocument();
    return root === IRREGULAR ? undefined : root;
}
const IRREGULAR = { irregular: true };
// Three layouts, the ones jsonc-parser's nodes have (less the order it adds fields in): each
// holds only what its kind uses, as a factory's tree has millions of nodes.
function makeLiteral(type, offset, length, parent, value) {
    return { type, offset, length, parent, value };
}
function makeContainer(type, offset, parent) {
    return { type, offset, length: -1, parent, children: undefined };
}
function makeProperty(offset, parent) {
    return { type: 'property', offset, length: -1, parent, children: undefined, colonOffset: -1 };
}
// Character codes.
const Tab = 0x09;
const LineFeed = 0x0a;
const CarriageReturn = 0x0d;
const Space = 0x20;
const Quote = 0x22;
const Plus = 0x2b;
const Comma = 0x2c;
const Minus = 0x2d;
const Dot = 0x2e;
const Slash = 0x2f;
const Zero = 0x30;
const Nine = 0x39;
const Colon = 0x3a;
const UpperE = 0x45;
const OpenBracket = 0x5b;
const Backslash = 0x5c;
const CloseBracket = 0x5d;
const LowerB = 0x62;
const LowerE = 0x65;
const LowerF = 0x66;
const LowerN = 0x6e;
const LowerR = 0x72;
const LowerT = 0x74;
const LowerU = 0x75;
const OpenBrace = 0x7b;
const CloseBrace = 0x7d;
class StrictParser {
    text;
    maxDepth;
    marks;
    pos = 0;
    length;
    /**
     * Children of the containers being parsed, as a stack: each container copies its own into an
     * array of exactly their number when it closes. Pushing into a fresh array instead reserves 17
     * slots for the first child, which across a factory's million small objects is most of the heap.
     */
    pending = [];
    pendingTop = 0;
    constructor(text, maxDepth, marks) {
        this.text = text;
        this.maxDepth = maxDepth;
        this.marks = marks;
        this.length = text.length;
    }
    parseDocument() {
        this.skipWhitespace();
        const root = this.parseValue(undefined, 0);
        if (root === IRREGULAR)
            return IRREGULAR;
        this.skipWhitespace();
        return this.pos === this.length ? root : IRREGULAR;
    }
    /** Moves past whitespace and returns the character code there (NaN at the end). */
    skipWhitespace() {
        const text = this.text;
        let pos = this.pos;
        let ch = text.charCodeAt(pos);
        while (ch === Space || ch === LineFeed || ch === CarriageReturn || ch === Tab)
            ch = text.charCodeAt(++pos);
        this.pos = pos;
        return ch;
    }
    parseValue(parent, depth) {
        const text = this.text;
        const start = this.pos;
        const ch = text.charCodeAt(start);
        switch (ch) {
            case OpenBrace:
                return this.parseObject(parent, depth + 1);
            case OpenBracket:
                return this.parseArray(parent, depth + 1);
            case Quote: {
                const value = this.parseString(false);
                if (value === undefined)
                    return IRREGULAR;
                const literal = makeLiteral('string', start, this.pos - start, parent, value);
                if (this.marks !== undefined && value.includes('@'))
                    this.marks.atStrings.push(literal);
                return literal;
            }
            case LowerT:
                return this.parseKeyword('true', true, parent);
            case LowerF:
                return this.parseKeyword('false', false, parent);
            case LowerN:
                return this.parseKeyword('null', null, parent);
            default:
                return ch === Minus || (ch >= Zero && ch <= Nine) ? this.parseNumber(parent) : IRREGULAR;
        }
    }
    parseObject(parent, depth) {
        if (depth > this.maxDepth)
            return IRREGULAR;
        const start = this.pos;
        const object = makeContainer('object', start, parent);
        this.pos++;
        let ch = this.skipWhitespace();
        if (ch === CloseBrace) {
            object.children = [];
            object.length = ++this.pos - start;
            return object;
        }
        const mark = this.pendingTop;
        let referenceMarked = this.marks === undefined;
        for (;;) {
            if (ch !== Quote)
                return IRREGULAR;
            const keyStart = this.pos;
            const name = this.parseString(true);
            if (name === undefined)
                return IRREGULAR;
            if (!referenceMarked && name.length === 13 && (name === 'referenceName' || name.toLowerCase() === 'referencename')) {
                this.marks.referenceObjects.push(object);
                referenceMarked = true;
            }
            const property = makeProperty(keyStart, object);
            const key = makeLiteral('string', keyStart, this.pos - keyStart, property, name);
            if (this.skipWhitespace() !== Colon)
                return IRREGULAR;
            property.colonOffset = this.pos++;
            this.skipWhitespace();
            const value = this.parseValue(property, depth);
            if (value === IRREGULAR)
                return IRREGULAR;
            property.children = [key, value];
            property.length = value.offset + value.length - keyStart;
            this.pending[this.pendingTop++] = property;
            ch = this.skipWhitespace();
            if (ch === Comma) {
                this.pos++;
                ch = this.skipWhitespace();
            }
            else if (ch === CloseBrace) {
                object.children = this.takePending(mark);
                object.length = ++this.pos - start;
                return object;
            }
            else {
                return IRREGULAR;
            }
        }
    }
    parseArray(parent, depth) {
        if (depth > this.maxDepth)
            return IRREGULAR;
        const start = this.pos;
        const array = makeContainer('array', start, parent);
        this.pos++;
        let ch = this.skipWhitespace();
        if (ch === CloseBracket) {
            array.children = [];
            array.length = ++this.pos - start;
            return array;
        }
        const mark = this.pendingTop;
        for (;;) {
            const element = this.parseValue(array, depth);
            if (element === IRREGULAR)
                return IRREGULAR;
            this.pending[this.pendingTop++] = element;
            ch = this.skipWhitespace();
            if (ch === Comma) {
                this.pos++;
                this.skipWhitespace();
            }
            else if (ch === CloseBracket) {
                array.children = this.takePending(mark);
                array.length = ++this.pos - start;
                return array;
            }
            else {
                return IRREGULAR;
            }
        }
    }
    takePending(mark) {
        const p = this.pending;
        const count = this.pendingTop - mark;
        this.pendingTop = mark;
        // Array literals for the usual sizes: V8 learns that what they make lives long and allocates
        // it where the tree ends up, instead of copying it out of the young generation later.
        switch (count) {
            case 1:
                return [p[mark]];
            case 2:
                return [p[mark], p[mark + 1]];
            case 3:
                return [p[mark], p[mark + 1], p[mark + 2]];
            case 4:
                return [p[mark], p[mark + 1], p[mark + 2], p[mark + 3]];
            case 5:
                return [p[mark], p[mark + 1], p[mark + 2], p[mark + 3], p[mark + 4]];
            case 6:
                return [p[mark], p[mark + 1], p[mark + 2], p[mark + 3], p[mark + 4], p[mark + 5]];
            default:
                return p.slice(mark, mark + count);
        }
    }
    /** Reads the string starting at the opening quote and moves past its closing one; undefined when irregular. */
    parseString(isKey) {
        const text = this.text;
        const length = this.length;
        const start = this.pos + 1;
        let pos = start;
        for (;;) {
            if (pos >= length)
                return undefined;
            const ch = text.charCodeAt(pos);
            if (ch === Quote) {
                this.pos = pos + 1;
                const size = pos - start;
                return size < SLICE_MIN_LENGTH || (isKey && size <= MAX_SHARED_KEY_LENGTH) ? sharedString(text, start, pos) : text.slice(start, pos);
            }
            if (ch === Backslash || ch < Space)
                break;
            pos++;
        }
        return this.parseEscapedString(start, pos);
    }
    /** The rest of a string that holds an escape (or breaks off), from `pos` on. */
    parseEscapedString(start, pos) {
        const text = this.text;
        const length = this.length;
        let chunkStart = start;
        let value = '';
        for (;;) {
            if (pos >= length)
                return undefined;
            const ch = text.charCodeAt(pos);
            if (ch === Quote)
                break;
            if (ch < Space)
                return undefined;
            if (ch !== Backslash) {
                pos++;
                continue;
            }
            const decoded = this.escape(pos);
            if (decoded === undefined)
                return undefined;
            value += text.slice(chunkStart, pos) + decoded;
            pos += text.charCodeAt(pos + 1) === LowerU ? 6 : 2;
            chunkStart = pos;
        }
        this.pos = pos + 1;
        return value + text.slice(chunkStart, pos);
    }
    /** The character an escape at `at` (the backslash) stands for; undefined when invalid. */
    escape(at) {
        const text = this.text;
        switch (text.charCodeAt(at + 1)) {
            case Quote:
                return '"';
            case Backslash:
                return '\\';
            case Slash:
                return '/';
            case LowerB:
                return '\b';
            case LowerF:
                return '\f';
            case LowerN:
                return '\n';
            case LowerR:
                return '\r';
            case LowerT:
                return '\t';
            case LowerU: {
                let code = 0;
                for (let i = at + 2; i < at + 6; i++) {
                    const digit = hexValue(text.charCodeAt(i));
                    if (digit < 0)
                        return undefined;
                    code = code * 16 + digit;
                }
                return String.fromCharCode(code);
            }
            default:
                return undefined;
        }
    }
    parseKeyword(word, value, parent) {
        const start = this.pos;
        if (!this.text.startsWith(word, start))
            return IRREGULAR;
        this.pos = start + word.length;
        return makeLiteral(value === null ? 'null' : 'boolean', start, word.length, parent, value);
    }
    /** -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
    parseNumber(parent) {
        const text = this.text;
        const start = this.pos;
        let pos = start;
        const negative = text.charCodeAt(pos) === Minus;
        if (negative)
            pos++;
        let ch = text.charCodeAt(pos);
        let integer = 0;
        if (ch === Zero) {
            ch = text.charCodeAt(++pos);
        }
        else if (ch > Zero && ch <= Nine) {
            do {
                integer = integer * 10 + (ch - Zero);
                ch = text.charCodeAt(++pos);
            } while (ch >= Zero && ch <= Nine);
        }
        else {
            return IRREGULAR;
        }
        const digits = pos - start - (negative ? 1 : 0);
        if (ch !== Dot && ch !== LowerE && ch !== UpperE && digits <= MAX_EXACT_DIGITS) {
            // A plain integer of up to 15 digits is exact in a double: no string to convert.
            this.pos = pos;
            return makeLiteral('number', start, pos - start, parent, negative ? -integer : integer);
        }
        if (ch === Dot) {
            ch = text.charCodeAt(++pos);
            if (!(ch >= Zero && ch <= Nine))
                return IRREGULAR;
            do
                ch = text.charCodeAt(++pos);
            while (ch >= Zero && ch <= Nine);
        }
        if (ch === LowerE || ch === UpperE) {
            ch = text.charCodeAt(++pos);
            if (ch === Plus || ch === Minus)
                ch = text.charCodeAt(++pos);
            if (!(ch >= Zero && ch <= Nine))
                return IRREGULAR;
            do
                ch = text.charCodeAt(++pos);
            while (ch >= Zero && ch <= Nine);
        }
        this.pos = pos;
        return makeLiteral('number', start, pos - start, parent, Number(text.slice(start, pos)));
    }
}
/** V8 keeps substrings this long as views into the file text; shorter ones are copies worth sharing. */
const SLICE_MIN_LENGTH = 13;
/** Longer keys ("typeProperties", "dependencyConditions") are shared too; long values rarely repeat. */
const MAX_SHARED_KEY_LENGTH = 64;
const SHARED_STRINGS = new Array(4096).fill(undefined);
/**
 * A key or short value (without escapes), shared with earlier occurrences of the same text:
 * keys like "name" and "typeProperties" and values like "Succeeded" recur thousands of times
 * in a factory, and each copy would be one more object for the garbage collector to move. A
 * direct-mapped cache of 4,096 strings, each a copy (not a view into a file's text, which it
 * would keep alive).
 */
function sharedString(text, start, end) {
    let hash = end - start;
    for (let i = start; i < end; i++)
        hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
    const slot = (hash ^ (hash >>> 12)) & 4095;
    const cached = SHARED_STRINGS[slot];
    if (cached !== undefined && cached.length === end - start && text.startsWith(cached, start))
        return cached;
    // Under 13 characters a slice is a copy already; a longer one is a view, so re-read it as a
    // JSON string (it has no quote, backslash or control character) to get a copy.
    const value = end - start < SLICE_MIN_LENGTH ? text.slice(start, end) : JSON.parse(`"${text.slice(start, end)}"`);
    SHARED_STRINGS[slot] = value;
    return value;
}
/** Integers with at most this many digits convert exactly by accumulation. */
const MAX_EXACT_DIGITS = 15;
function hexValue(ch) {
    if (ch >= 0x30 && ch <= 0x39)
        return ch - 0x30;
    if (ch >= 0x41 && ch <= 0x46)
        return ch - 0x41 + 10;
    if (ch >= 0x61 && ch <= 0x66)
        return ch - 0x61 + 10;
    return -1;
}

;// CONCATENATED MODULE: ./lib/shared/validate/json-document.js




const NO_ERRORS = Object.freeze([]);
/**
 * A JSON file parsed with positions. `root` is undefined only when the text is not JSON at
 * all; `errors` lists every syntax problem with its 1-based line and column.
 */
class JsonDocument {
    file;
    text;
    root;
    errors;
    /**
     * What the Data Factory rules look for, noted by the strict parser; undefined when the text
     * went through jsonc-parser (anything irregular), where they walk the tree instead.
     */
    marks;
    lineStarts;
    /**
     * @param file display path (relative to the working directory, `/` separators)
     * @param text file content, already decoded
     * @param refusal when set, the text is not parsed and this is its only error (at line 1, column 1),
     *   e.g. a file too large to read
     * @param lazy build nodes only as the rules reach them (`lazy-json-tree.ts`): for the many large
     *   files of a Data Factory, whose rules look at a small part of each
     */
    constructor(file, text, refusal, lazy = false) {
        this.file = file;
        this.text = text;
        if (lazy && refusal === undefined) {
            const root = (0,lazy_json_tree/* parseLazyJsonTree */.yq)(text, MAX_JSON_NESTING);
            if (root !== undefined) {
                // Its marks are on the root (`LazyJsonNode.marks`), as paths.
                this.root = root;
                this.errors = NO_ERRORS;
                this.marks = undefined;
                return;
            }
        }
        // Fast path: strict JSON (nearly every file) parses in one pass into the same tree.
        const marks = { atStrings: [], referenceObjects: [] };
        const strict = refusal === undefined ? parseStrictJsonTree(text, MAX_JSON_NESTING, marks) : undefined;
        if (strict !== undefined) {
            this.root = strict;
            this.errors = NO_ERRORS;
            this.marks = marks;
            return;
        }
        this.marks = undefined;
        // Anything irregular goes through jsonc-parser, which names and places every problem.
        // Too deep a nesting would overflow its recursion: refuse it as a syntax problem.
        const tooDeep = refusal === undefined ? excessiveNestingOffset(text) : undefined;
        if (refusal !== undefined || tooDeep !== undefined) {
            this.root = undefined;
            const message = refusal ?? `arrays and objects nested deeper than ${MAX_JSON_NESTING} levels; flatten the structure`;
            this.errors = [{ ...this.positionAt(tooDeep ?? 0), message }];
            return;
        }
        const errors = [];
        this.root = (0,main.parseTree)(text, errors, { allowTrailingComma: false, disallowComments: false });
        this.errors = errors.map((e) => ({ ...this.positionAt(e.offset), message: describeParseError(e) }));
    }
    /** 1-based line and column of a character offset. */
    positionAt(offset) {
        const starts = (this.lineStarts ??= new LineStarts(this.text)).upTo(offset);
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - starts[low] + 1 };
    }
    /** Where a node starts; for a property value, where its property name starts. */
    positionOf(node) {
        if (!node)
            return { line: 1, column: 1 };
        const anchor = node.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent : node;
        return this.positionAt(anchor.offset);
    }
    /** The node at an exact path (case-sensitive), e.g. `['parameters', 'outputs']`. */
    nodeAt(path) {
        return this.root ? (0,main.findNodeAtLocation)(this.root, path) : undefined;
    }
}
/**
 * Offsets where lines start, found as far as asked: findings in a large file usually sit near
 * its top, so a position there should not cost a scan of the whole file. A line ends at CR LF,
 * LF or a lone CR.
 */
class LineStarts {
    text;
    starts = [0];
    /** Every line start at or before this offset is in `starts`. */
    scanned = 0;
    /** Whether a CR was met in the text scanned so far. */
    hasCarriageReturn;
    constructor(text) {
        this.text = text;
    }
    /** The line starts, complete up to `offset` (possibly beyond). */
    upTo(offset) {
        const text = this.text;
        const limit = Math.min(offset, text.length);
        if (this.scanned >= limit)
            return this.starts;
        let i = this.scanned;
        // Whether a CR comes before the offset asked (a large file is not searched to its end).
        if (this.hasCarriageReturn !== true)
            this.hasCarriageReturn = text.lastIndexOf('\r', limit) >= i;
        if (!this.hasCarriageReturn) {
            // Nearly every file: LF endings only, found by the engine's fast search.
            for (let at = text.indexOf('\n', i); at >= 0 && at < limit; at = text.indexOf('\n', at + 1))
                this.starts.push(at + 1);
            this.scanned = limit;
            return this.starts;
        }
        for (; i < limit; i++) {
            const ch = text.charCodeAt(i);
            if (ch === 13 /* \r */) {
                if (text.charCodeAt(i + 1) === 10)
                    i++;
                this.starts.push(i + 1);
            }
            else if (ch === 10 /* \n */) {
                this.starts.push(i + 1);
            }
        }
        this.scanned = i;
        return this.starts;
    }
}
function describeParseError(error) {
    const code = (0,main.printParseErrorCode)(error.error);
    const readable = {
        InvalidSymbol: 'unexpected character',
        InvalidNumberFormat: 'invalid number',
        PropertyNameExpected: 'property name expected',
        ValueExpected: 'value expected',
        ColonExpected: "':' expected",
        CommaExpected: "',' expected",
        CloseBraceExpected: "'}' expected",
        CloseBracketExpected: "']' expected",
        EndOfFileExpected: 'unexpected content after the end of the JSON value',
        InvalidCommentToken: 'invalid comment',
        UnexpectedEndOfComment: 'unterminated comment',
        UnexpectedEndOfString: 'unterminated string',
        UnexpectedEndOfNumber: 'unterminated number',
        InvalidUnicode: 'invalid unicode escape',
        InvalidEscapeCharacter: 'invalid escape character',
        InvalidCharacter: 'invalid character in string',
    };
    return readable[code] ?? code;
}


/***/ }),

/***/ 1696:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GG: () => (/* binding */ walk),
/* harmony export */   Je: () => (/* binding */ stringOf),
/* harmony export */   RP: () => (/* binding */ valueOf),
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   Yt: () => (/* binding */ elements),
/* harmony export */   _w: () => (/* binding */ prop),
/* harmony export */   qo: () => (/* binding */ properties),
/* harmony export */   rO: () => (/* binding */ dig),
/* harmony export */   s2: () => (/* binding */ elementAt),
/* harmony export */   z8: () => (/* binding */ isArmExpression)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var _lazy_json_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6352);


/** The properties of an object node, in document order; empty for anything else. */
function properties(node) {
    if (node?.type !== 'object' || !node.children)
        return [];
    const result = [];
    for (const child of node.children) {
        const [key, value] = child.children ?? [];
        if (key && value)
            result.push({ name: String(key.value), key, value });
    }
    return result;
}
/**
 * The value node of a property. ARM and the portal treat property names case-insensitively,
 * so lookups are case-insensitive unless asked otherwise; an exact-case match wins.
 */
function prop(node, name, caseSensitive = false) {
    if (node instanceof _lazy_json_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .LazyJsonNode */ .Pr)
        return node.propertyValue(name, caseSensitive);
    // Hot path for every rule: scan the children directly instead of building property lists.
    if (node?.type !== 'object' || !node.children)
        return undefined;
    let folded;
    let lowered;
    for (const child of node.children) {
        const key = child.children?.[0];
        const value = child.children?.[1];
        if (!key || !value)
            continue;
        const keyName = String(key.value);
        if (keyName === name)
            return value;
        if (!caseSensitive && folded === undefined && keyName.length === name.length && sameFirstLetter(keyName, name)) {
            lowered ??= name.toLowerCase();
            if (keyName.toLowerCase() === lowered)
                folded = value;
        }
    }
    return folded;
}
/**
 * Cheap pre-check before lowercasing a whole key: when both first characters are ASCII, a
 * case-insensitive match needs them equal up to case. Anything else goes to the full compare.
 */
function sameFirstLetter(key, name) {
    const a = key.charCodeAt(0);
    const b = name.charCodeAt(0);
    return a >= 0x80 || b >= 0x80 || (a | 0x20) === (b | 0x20);
}
/** Follows a chain of property names (case-insensitive) and array indexes. */
function dig(node, ...path) {
    let current = node;
    for (const step of path) {
        if (!current)
            return undefined;
        if (typeof step === 'number' && current instanceof _lazy_json_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .LazyJsonNode */ .Pr)
            current = current.element(step);
        else
            current = typeof step === 'number' ? (current.type === 'array' ? current.children?.[step] : undefined) : prop(current, step);
    }
    return current;
}
/** The elements of an array node; empty for anything else. */
function elements(node) {
    return node?.type === 'array' ? (node.children ?? []) : [];
}
/** The element of an array node at an index, or undefined (a lazily read array makes that one alone). */
function elementAt(node, index) {
    if (node instanceof _lazy_json_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .LazyJsonNode */ .Pr)
        return node.element(index);
    return node?.type === 'array' ? node.children?.[index] : undefined;
}
/** The plain JS value of a node (objects and arrays included). */
function valueOf(node) {
    if (node instanceof _lazy_json_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .LazyJsonNode */ .Pr)
        return node.plain();
    return node ? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.getNodeValue)(node) : undefined;
}
/** The string value of a node, or undefined when it is not a string. */
function stringOf(node) {
    return node?.type === 'string' ? node.value : undefined;
}
/** The name of the property whose value this node is, or the index within its array. */
function keyOf(node) {
    if (node instanceof _lazy_json_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .LazyJsonNode */ .Pr)
        return node.keyInParent();
    const parent = node.parent;
    if (parent?.type === 'property')
        return parent.children?.[0]?.value;
    if (parent?.type === 'array')
        return parent.children?.indexOf(node);
    return undefined;
}
/**
 * Visits every value node under `node` (depth first, document order), with its path.
 * Returning false from the visitor skips that node's children.
 */
function walk(node, visit) {
    if (!node)
        return;
    const stack = [{ node, path: [] }];
    while (stack.length > 0) {
        const { node: current, path } = stack.pop();
        if (visit(current, path) === false)
            continue;
        const next = [];
        if (current.type === 'object') {
            for (const p of properties(current))
                next.push({ node: p.value, path: [...path, p.name] });
        }
        else if (current.type === 'array') {
            (current.children ?? []).forEach((child, index) => next.push({ node: child, path: [...path, index] }));
        }
        for (let i = next.length - 1; i >= 0; i--)
            stack.push(next[i]);
    }
}
/** True for an ARM template expression string: `[...]`, but not the `[[` escape. */
function isArmExpression(value) {
    return typeof value === 'string' && value.startsWith('[') && !value.startsWith('[[') && value.endsWith(']');
}


/***/ }),

/***/ 9456:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ viewOf)
/* harmony export */ });
/* harmony import */ var _json_nav_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1696);
/* harmony import */ var _lazy_json_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6352);


/** A view of a node: of its parsed value when the document was read lazily. */
function viewOf(node) {
    if (node === undefined)
        return undefined;
    return node instanceof _lazy_json_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .LazyJsonNode */ .Pr ? new ParsedView(node.rawValue) : new NodeView(node);
}
class NodeView {
    node;
    constructor(node) {
        this.node = node;
    }
    at(name) {
        const found = (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_0__/* .prop */ ._w)(this.node, name);
        return found === undefined ? undefined : new NodeView(found);
    }
    get type() {
        return this.node.type;
    }
    get text() {
        return this.node.type === 'string' ? this.node.value : undefined;
    }
}
class ParsedView {
    raw;
    constructor(raw) {
        this.raw = raw;
    }
    at(name) {
        const found = (0,_lazy_json_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .rawProp */ ._G)(this.raw, name);
        return found === undefined ? undefined : new ParsedView(found);
    }
    get type() {
        const raw = this.raw;
        if (raw === null)
            return 'null';
        if (Array.isArray(raw))
            return 'array';
        return typeof raw;
    }
    get text() {
        return typeof this.raw === 'string' ? this.raw : undefined;
    }
}


/***/ }),

/***/ 6352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pr: () => (/* binding */ LazyJsonNode),
/* harmony export */   US: () => (/* binding */ someRawObject),
/* harmony export */   _G: () => (/* binding */ rawProp),
/* harmony export */   jw: () => (/* binding */ rawDig),
/* harmony export */   xn: () => (/* binding */ rawPropertyName),
/* harmony export */   yq: () => (/* binding */ parseLazyJsonTree)
/* harmony export */ });
/* harmony import */ var _json_parse_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5178);

/**
 * A strict JSON document read by the engine's `JSON.parse` and seen through nodes shaped as
 * jsonc-parser's, made only when a rule reaches them. Offsets are looked up in the text only
 * when asked for (to place a finding), by scanning just the containers on the way.
 *
 * It is how the files of a Data Factory Git integration are read: a factory at the service's
 * limit is 65 MB and millions of values, of which the rules look at a small part. Building every
 * node with its offsets cost three times `JSON.parse` in parsing and as much again in garbage
 * collection.
 *
 * The nodes answer exactly as those of `parseTree` would, as long as the text holds no repeated
 * property name within an object, no property name starting with a digit (the engine keeps
 * the last of repeated names and puts integer-like names first) and no escape in a property
 * name (see `countPropertyNames`); `parseLazyJsonTree` hands such a text back to the caller, as
 * it does anything `JSON.parse` refuses or nested too deep.
 */
function parseLazyJsonTree(text, maxDepth) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const marker = new Marker(maxDepth);
    if (!marker.run(raw) || marker.keyCount !== countPropertyNames(text))
        return undefined;
    return new LazyJsonNode(new LazyText(text, marker.marks), raw, undefined, 0);
}
/** The text a tree's offsets are found in, and its marks. */
class LazyText {
    text;
    marks;
    constructor(text, marks) {
        this.text = text;
        this.marks = marks;
    }
}
function typeOf(raw) {
    switch (typeof raw) {
        case 'string':
            return 'string';
        case 'number':
            return 'number';
        case 'boolean':
            return 'boolean';
        default:
            return raw === null ? 'null' : Array.isArray(raw) ? 'array' : 'object';
    }
}
const NOT_FOUND = -1;
/** What a node stands for. */
var Role;
(function (Role) {
    /** A value: the root, an element of an array or the value of a property. */
    Role[Role["Value"] = 0] = "Value";
    /** A property (jsonc-parser's `property` node): its name and its value. */
    Role[Role["Property"] = 1] = "Property";
    /** The name of a property. */
    Role[Role["Name"] = 2] = "Name";
})(Role || (Role = {}));
/**
 * One node of a lazy tree, shaped as jsonc-parser's. A value node is made when a rule first
 * reaches it, and the same node is returned each time (rules key maps by node); the property
 * node above a property's value, and the node of its name, are made only when asked for, as
 * rules mostly go down by name and seldom look at either.
 */
class LazyJsonNode {
    source;
    raw;
    container;
    index;
    role;
    type;
    /** Containers: value nodes by child index, as made. */
    made = undefined;
    /** Objects: property names in document order. */
    names = undefined;
    /** The children array jsonc-parser's nodes have, made when asked. */
    kids = undefined;
    /** Property values: their property node, when made. Properties: their value node. */
    link;
    start = NOT_FOUND;
    end = NOT_FOUND;
    scan = undefined;
    /**
     * @param raw values: the parsed value; properties and names: the property name
     * @param container values: the object or array holding it (none for the root); properties: the
     *   object; names: the property node
     * @param index the position among the container's children (names: unused)
     */
    constructor(source, raw, container, index, role = Role.Value, link) {
        this.source = source;
        this.raw = raw;
        this.container = container;
        this.index = index;
        this.role = role;
        this.type = role === Role.Property ? 'property' : role === Role.Name ? 'string' : typeOf(raw);
        this.link = link;
    }
    get value() {
        const type = this.type;
        return type === 'object' || type === 'array' || type === 'property' ? undefined : this.raw;
    }
    get parent() {
        const container = this.container;
        if (this.role !== Role.Value || container === undefined || container.type !== 'object')
            return container;
        return (this.link ??= new LazyJsonNode(this.source, container.propertyNames()[this.index], container, this.index, Role.Property, this));
    }
    /**
     * The parsed value itself (for a property node, its name), shared with the tree: for code that
     * reads many values and makes nodes only to report at. Never change it.
     */
    get rawValue() {
        return this.raw;
    }
    /** The marks noted when the document was read. */
    get marks() {
        return this.source.marks;
    }
    /** The value node at a path below this one (names exact, as the marks note them). */
    nodeAtPath(path) {
        let node = this;
        for (const key of path)
            node = node.childValue(key);
        return node;
    }
    /** The value as `getNodeValue` gives it: a copy, for callers may change what they get. */
    plain() {
        return this.role === Role.Property ? undefined : copyOf(this.raw);
    }
    /** For a value: the name of the property it is the value of, or its index within its array. */
    keyInParent() {
        const container = this.container;
        if (this.role !== Role.Value || container === undefined)
            return undefined;
        return container.type === 'object' ? container.propertyNames()[this.index] : this.index;
    }
    get children() {
        if (this.kids !== undefined)
            return this.kids;
        switch (this.type) {
            case 'object': {
                const count = this.propertyNames().length;
                const kids = new Array(count);
                for (let i = 0; i < count; i++)
                    kids[i] = this.child(i).parent;
                return (this.kids = kids);
            }
            case 'array': {
                const count = this.raw.length;
                const kids = new Array(count);
                for (let i = 0; i < count; i++)
                    kids[i] = this.child(i);
                return (this.kids = kids);
            }
            case 'property':
                return (this.kids = [new LazyJsonNode(this.source, this.raw, this, this.index, Role.Name), this.link]);
            default:
                return undefined;
        }
    }
    /** An object's property value by exact name, or (unless case-sensitive) the first whose name matches in any case; as `prop` does. */
    propertyValue(name, caseSensitive) {
        if (this.type !== 'object')
            return undefined;
        const found = rawPropertyName(this.raw, name, caseSensitive);
        return found === undefined ? undefined : this.child(this.propertyNames().indexOf(found));
    }
    /** An array's element, or undefined past its end. */
    element(index) {
        if (this.type !== 'array' || !(index >= 0 && index < this.raw.length))
            return undefined;
        return this.child(index);
    }
    /** The value of a container's child (an element, or a property's value) by index. */
    child(index) {
        const made = (this.made ??= []);
        let node = made[index];
        if (node === undefined) {
            const raw = this.type === 'array' ? this.raw[index] : this.raw[this.propertyNames()[index]];
            made[index] = node = new LazyJsonNode(this.source, raw, this, index);
        }
        return node;
    }
    /** The value under a property name of an object (which must have it) or at an index of an array. */
    childValue(key) {
        return this.child(typeof key === 'number' ? key : this.propertyNames().indexOf(key));
    }
    propertyNames() {
        return (this.names ??= Object.keys(this.raw));
    }
    get offset() {
        if (this.start === NOT_FOUND)
            this.locateStart();
        return this.start;
    }
    get length() {
        if (this.start === NOT_FOUND)
            this.locateStart();
        if (this.end === NOT_FOUND)
            this.locateEnd();
        return this.end - this.start;
    }
    get colonOffset() {
        if (this.role !== Role.Property)
            return undefined;
        return this.container.scanTo(this.index).spans[4 * this.index + 2];
    }
    /**
     * Finds where this node starts, from where its container starts. Only the children before it
     * are skipped: a finding near the top of a large file costs a scan of that top alone.
     */
    locateStart() {
        const container = this.container;
        if (container === undefined) {
            this.start = skipWhitespace(this.source.text, 0);
        }
        else if (this.role === Role.Name) {
            this.start = container.offset;
        }
        else if (container.type === 'array') {
            this.start = container.scanTo(this.index).spans[this.index];
        }
        else {
            this.start = container.scanTo(this.index).spans[4 * this.index + (this.role === Role.Property ? 0 : 3)];
        }
    }
    /** Finds where this node ends: past the end of its value. */
    locateEnd() {
        const text = this.source.text;
        if (this.container === undefined) {
            let end = text.length;
            while (end > this.offset && isWhitespace(text.charCodeAt(end - 1)))
                end--;
            this.end = end;
        }
        else if (this.role === Role.Property) {
            this.end = this.link.offset + this.link.length;
        }
        else if (this.role === Role.Name) {
            this.end = skipString(text, this.offset);
        }
        else {
            this.end = skipValue(text, this.offset);
        }
    }
    /** Scans this container's children up to the start of child `index`, noting where each starts. */
    scanTo(index) {
        const isObject = this.type === 'object';
        const width = isObject ? 4 : 1;
        const text = this.source.text;
        let scan = this.scan;
        if (scan === undefined) {
            const count = isObject ? this.propertyNames().length : this.raw.length;
            scan = this.scan = { spans: new Int32Array(count * width), scanned: 0, at: skipWhitespace(text, this.offset + 1) };
        }
        const spans = scan.spans;
        if (!(index >= 0 && index < spans.length / width)) {
            // JSON.parse read the same text: reaching here is a bug in mapp, not in the file.
            throw new Error(`no child ${index} in a JSON ${this.type} of ${spans.length / width}`);
        }
        let i = scan.at;
        while (scan.scanned <= index) {
            if (scan.scanned > 0) {
                // Past the previous child's value, and the comma after it.
                i = skipWhitespace(text, skipValue(text, spans[width * (scan.scanned - 1) + (isObject ? 3 : 0)]));
                i = skipWhitespace(text, i + 1);
            }
            const at = width * scan.scanned;
            spans[at] = i;
            if (isObject) {
                i = skipString(text, i);
                spans[at + 1] = i;
                i = skipWhitespace(text, i);
                spans[at + 2] = i;
                i = skipWhitespace(text, i + 1);
                spans[at + 3] = i;
            }
            scan.scanned++;
        }
        scan.at = i;
        return scan;
    }
}
/** Checks a parsed value can be mirrored and notes its marks, in one walk. */
class Marker {
    maxDepth;
    marks = { strings: [], references: [] };
    /** Property names met: compared with those counted in the text, to find repeated names. */
    keyCount = 0;
    rank = 0;
    /** The path to the value being walked. */
    keys = [];
    constructor(maxDepth) {
        this.maxDepth = maxDepth;
    }
    /** False when the tree is nested too deep or has an integer-like property name. */
    run(raw) {
        return this.visit(raw, 0);
    }
    visit(raw, depth) {
        if (typeof raw === 'string') {
            if (raw.includes('@'))
                this.marks.strings.push({ path: this.keys.slice(0, depth), value: raw });
            return true;
        }
        if (typeof raw !== 'object' || raw === null)
            return true;
        if (depth >= this.maxDepth)
            return false;
        const keys = this.keys;
        if (Array.isArray(raw)) {
            for (let i = 0; i < raw.length; i++) {
                const child = raw[i];
                if (typeof child === 'string' || (typeof child === 'object' && child !== null)) {
                    keys[depth] = i;
                    if (!this.visit(child, depth + 1))
                        return false;
                }
            }
            this.rank++;
            return true;
        }
        let reference = false;
        for (const name in raw) {
            this.keyCount++;
            const first = name.charCodeAt(0);
            if (first >= 0x30 && first <= 0x39)
                return false;
            if (name.length === 13 && !reference && name.toLowerCase() === 'referencename')
                reference = true;
            const child = raw[name];
            if (typeof child === 'string' || (typeof child === 'object' && child !== null)) {
                keys[depth] = name;
                if (!this.visit(child, depth + 1))
                    return false;
            }
        }
        this.rank++;
        if (reference)
            this.marks.references.push({ path: keys.slice(0, depth), raw: raw, endRank: this.rank });
        return true;
    }
}
function copyOf(raw) {
    if (typeof raw !== 'object' || raw === null)
        return raw;
    if (Array.isArray(raw))
        return raw.map(copyOf);
    const copy = {};
    for (const name of Object.keys(raw)) {
        const value = copyOf(raw[name]);
        // Assigning `__proto__` would set the copy's prototype instead of adding the property.
        if (name === '__proto__')
            Object.defineProperty(copy, name, { value, writable: true, enumerable: true, configurable: true });
        else
            copy[name] = value;
    }
    return copy;
}
function isWhitespace(ch) {
    return ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09;
}
function skipWhitespace(text, i) {
    while (isWhitespace(text.charCodeAt(i)))
        i++;
    return i;
}
/** From an opening quote to just past its closing one. */
function skipString(text, i) {
    let at = text.indexOf('"', i + 1);
    for (;;) {
        let backslashes = 0;
        while (text.charCodeAt(at - 1 - backslashes) === 0x5c /* \ */)
            backslashes++;
        if ((backslashes & 1) === 0)
            return at + 1;
        at = text.indexOf('"', at + 1);
    }
}
/** From the first character of a value to just past it (the text is known to be valid JSON). */
function skipValue(text, i) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */)
        return skipString(text, i);
    if (ch !== 0x7b /* { */ && ch !== 0x5b /* [ */) {
        let j = i + 1;
        for (;;) {
            const c = text.charCodeAt(j);
            if (c !== c || c === 0x2c || c === 0x7d || c === 0x5d || isWhitespace(c))
                return j;
            j++;
        }
    }
    let depth = 0;
    let j = i;
    for (;;) {
        const c = text.charCodeAt(j);
        if (c === 0x22) {
            j = skipString(text, j);
            continue;
        }
        if (c === 0x7b || c === 0x5b)
            depth++;
        else if (c === 0x7d || c === 0x5d) {
            depth--;
            if (depth === 0)
                return j + 1;
        }
        j++;
    }
}
/**
 * Property names in the text: each colon preceded (past whitespace) by an unescaped quote ends
 * one. A colon inside a string can also follow a quote (`": "` opening a value), so this never
 * counts fewer than there are; with `JSON.parse` keeping one value per name, a count equal to
 * the names it kept means no name repeats.
 *
 * -1 when a name holds an escape (`\"`, `\\`, `\u0041`): the JSON.parse of Node 24
 * (V8 13) can return a name it read earlier in the process instead: after
 * `JSON.parse('{"c\\\\": 1}')`, `JSON.parse('{"c\\"": 1}')` has the name `c\`, not `c"`.
 * Names escaped as `\n`, `\r` or `\f` are hit as well. It is V8's bug (nodejs/node#63785, open);
 * such texts (rare in a factory) are read by the exact parsers.
 */
function countPropertyNames(text) {
    // Without a backslash every quote delimits a string, and a name is written `"name":` but for
    // whitespace before its colon: a colon right after a quote ends a name, one after anything
    // but whitespace lies inside a string. Whitespace before a colon is left to the general count.
    //
    // The loop is kept this small on purpose: one that also stepped back over whitespace and
    // counted backslashes ran about 50 times slower (1.9-3.4 s instead of 25-60 ms over the
    // benchmark's 65 MB) in between 1 and 5 of every 8 Node 20 starts, with no deoptimisation traced.
    if (text.includes('\\'))
        return (0,_json_parse_json_js__WEBPACK_IMPORTED_MODULE_0__/* .countNamesEndingAt */ .gO)(text, true);
    let count = 0;
    for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
        const before = text.charCodeAt(colon - 1);
        if (before === 0x22)
            count++;
        else if (isWhitespace(before))
            return (0,_json_parse_json_js__WEBPACK_IMPORTED_MODULE_0__/* .countNamesEndingAt */ .gO)(text, false);
    }
    return count;
}
/**
 * The name under which `prop` would find `name` in a parsed object: the exact name, else the
 * first of the same letters in another case (unless case-sensitive); undefined when none.
 */
function rawPropertyName(raw, name, caseSensitive = false) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        return undefined;
    if (Object.hasOwn(raw, name))
        return name;
    if (caseSensitive)
        return undefined;
    let lowered;
    for (const other in raw) {
        if (other.length !== name.length)
            continue;
        lowered ??= name.toLowerCase();
        if (other.toLowerCase() === lowered)
            return other;
    }
    return undefined;
}
/** What `prop` finds, on a parsed value: a property's value by name, as `rawPropertyName` picks it. */
function rawProp(raw, name) {
    const found = rawPropertyName(raw, name);
    return found === undefined ? undefined : raw[found];
}
/** What `dig` finds, on a parsed value: property names (as `rawProp`) and array indexes. */
function rawDig(raw, ...path) {
    let current = raw;
    for (const step of path) {
        if (current === undefined)
            return undefined;
        current = typeof step === 'number' ? (Array.isArray(current) ? current[step] : undefined) : rawProp(current, step);
    }
    return current;
}
/** Whether some object in a parsed value (the value itself included) passes the test. */
function someRawObject(raw, test) {
    const stack = [raw];
    while (stack.length > 0) {
        const value = stack.pop();
        if (typeof value !== 'object' || value === null)
            continue;
        if (Array.isArray(value)) {
            for (const element of value)
                stack.push(element);
            continue;
        }
        if (test(value))
            return true;
        for (const name in value)
            stack.push(value[name]);
    }
    return false;
}


/***/ }),

/***/ 7637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ MAX_JSON_BYTES),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   LM: () => (/* binding */ loadUnit),
/* harmony export */   YU: () => (/* binding */ unitFromFiles),
/* harmony export */   gN: () => (/* binding */ MAPP_FOLDER),
/* harmony export */   uZ: () => (/* binding */ displayBelow)
/* harmony export */ });
/* unused harmony export readUnitJson */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _commands_usage_error_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3240);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8716);
/* harmony import */ var _datafactory_git_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4848);
/* harmony import */ var _datafactory_object_kind_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4197);
/* harmony import */ var _json_nav_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1696);
/* harmony import */ var _decode_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7878);
/* harmony import */ var _json_document_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9564);









/**
 * Files Data Factory's Git integration keeps beside the factory's objects: the publish branch
 * setting and the custom ARM parameters of a publish. No rule applies to them.
 */
const FACTORY_SETTINGS_FILES = new Set(['publish_config.json', 'arm-template-parameters-definition.json']);
/** The deployment template Data Factory publishes a factory as (adf_publish/<factory>/). */
const PUBLISHED_TEMPLATE = 'ARMTemplateForFactory.json';
/** A deployment parameters file (`$schema` ending in deploymentParameters.json): values for a template, read for its JSON alone. */
function isDeploymentParameters(json) {
    const root = json.document.root;
    const schema = root?.type === 'object' ? (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_5__/* .stringOf */ .Je)((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_5__/* .prop */ ._w)(root, '$schema')) : undefined;
    return schema !== undefined && /deploymentparameters\.json/i.test(schema);
}
/** Folders never part of a package. */
const IGNORED_FOLDERS = new Set(['.git', '.svn', '.hg', 'node_modules']);
/**
 * mapp's own folder at the root of an app folder, where a validation baseline is kept
 * (`.mapp/baseline.json`): never validated as part of the app, never packed.
 */
const MAPP_FOLDER = '.mapp';
/** Display form of a path: relative to the working directory, `/` separators. */
function displayPath(workingDirectory, absolute) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(workingDirectory, absolute) || '.';
    return relative.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/**
 * The display path of a file below a folder, from the folder's display path and the path below
 * it (`/` separators). A drive or share root displays with its separator (`D:/`), not doubled.
 */
function displayBelow(folderDisplay, relative) {
    if (folderDisplay === '.')
        return relative;
    return folderDisplay.endsWith('/') ? `${folderDisplay}${relative}` : `${folderDisplay}/${relative}`;
}
/**
 * Largest JSON file mapp parses. ARM accepts templates up to 4 MB, so nothing valid comes near;
 * the cap keeps a stray huge file from costing seconds in every rule.
 */
const MAX_JSON_BYTES = 32 * 1024 * 1024;
/** Decodes and parses one file of a unit; a file too large or unreadable becomes a syntax problem. */
function readUnitJson(file) {
    return parseUnitJson(decodeUnitJson(file));
}
function decodeUnitJson(file) {
    if (file.size > MAX_JSON_BYTES) {
        return { file, refusal: `this file is ${megabytes(file.size)} MB; mapp reads JSON files up to ${megabytes(MAX_JSON_BYTES)} MB and ARM accepts templates up to 4 MB` };
    }
    let bytes;
    try {
        bytes = file.read();
    }
    catch (error) {
        const reason = error.code ?? (error instanceof Error ? error.message : String(error));
        return { file, refusal: `this file could not be read (${reason}); check that it exists and is readable` };
    }
    const { text, encoding } = (0,_decode_text_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeText */ .g)(bytes);
    return { file, encoding, text };
}
/** @param lazy see `JsonDocument`: for the files of a Data Factory Git integration */
function parseUnitJson(decoded, lazy = false) {
    const { file } = decoded;
    if ('refusal' in decoded)
        return { file, encoding: 'utf8', document: new _json_document_js__WEBPACK_IMPORTED_MODULE_7__/* .JsonDocument */ .q(file.display, '', decoded.refusal) };
    return { file, encoding: decoded.encoding, document: new _json_document_js__WEBPACK_IMPORTED_MODULE_7__/* .JsonDocument */ .q(file.display, decoded.text, undefined, lazy) };
}
function megabytes(bytes) {
    return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}
function listFolder(root, workingDirectory) {
    const files = [];
    const problems = [];
    const realRoot = safeRealPath(root) ?? root;
    // Paths are joined as the walk goes down instead of computed again for each of a factory's
    // thousands of files; the display path the same way, unless the working directory lies
    // inside the folder (a file's display path is then no longer the folder's followed by more).
    const rootDisplay = displayPath(workingDirectory, root);
    const fromRoot = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, workingDirectory);
    const joinDisplay = fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(fromRoot);
    const display = (absolute, relative) => (joinDisplay ? displayBelow(rootDisplay, relative) : displayPath(workingDirectory, absolute));
    const visit = (folder, prefix) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        }
        catch (error) {
            const reason = error.code ?? String(error);
            problems.push({ ruleId: 'package/readable', display: displayPath(workingDirectory, folder), message: `This folder could not be listed (${reason}); make it readable or remove it from the app folder.` });
            return;
        }
        for (const entry of entries) {
            const absolute = node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, entry.name);
            if (entry.isDirectory()) {
                if (!IGNORED_FOLDERS.has(entry.name) && !(prefix === '' && entry.name === MAPP_FOLDER))
                    visit(absolute, `${prefix}${entry.name}/`);
                continue;
            }
            if (entry.isSymbolicLink()) {
                // Links are read through only when they stay inside the app folder and point at a file.
                const target = safeRealPath(absolute);
                const inside = target !== undefined && !node_path__WEBPACK_IMPORTED_MODULE_1__.relative(realRoot, target).startsWith('..');
                if (!inside || !safeStat(absolute)?.isFile()) {
                    problems.push({ ruleId: 'package/unsafe-path', display: displayPath(workingDirectory, absolute), message: 'This symbolic link points outside the app folder or at nothing; replace it with the file itself.' });
                    continue;
                }
            }
            else if (!entry.isFile()) {
                continue;
            }
            const size = safeStat(absolute)?.size ?? 0;
            const relative = prefix + entry.name;
            files.push({
                path: relative,
                display: display(absolute, relative),
                size,
                read: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absolute),
            });
        }
    };
    visit(root, '');
    return { files, problems };
}
function safeStat(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
    }
    catch {
        return undefined;
    }
}
function safeRealPath(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file);
    }
    catch {
        return undefined;
    }
}
function atRoot(files, ...names) {
    for (const name of names) {
        const found = files.find((f) => !f.path.includes('/') && f.path.toLowerCase() === name);
        if (found)
            return found;
    }
    return undefined;
}
/** Builds a unit from a list of files: picks the template, createUiDefinition and viewDefinition at the root. */
function unitFromFiles(kind, display, files, packageBytes, loadProblems) {
    const templateFile = atRoot(files, 'maintemplate.json', 'azuredeploy.json');
    const cuidFile = atRoot(files, 'createuidefinition.json');
    const viewFile = atRoot(files, 'viewdefinition.json');
    const special = new Set([templateFile, cuidFile, viewFile]);
    // All texts first, then all trees: read in one go, the texts leave the young generation
    // early, instead of being copied again at each collection the parsing triggers (scavenge
    // time on a 5,000-file factory fell from about 430 ms to 120 ms).
    const factoryRoots = (0,_datafactory_git_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .dataFactoryRoots */ .Kx)(files.map((f) => f.path));
    const inFactory = (file) => {
        const placed = factoryRoots.length > 0 ? (0,_datafactory_git_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .placeInLayout */ .Jm)(file.path) : undefined;
        return placed !== undefined && factoryRoots.includes(placed.root);
    };
    const otherJson = files
        .filter((f) => !special.has(f) && f.path.toLowerCase().endsWith('.json'))
        .map(decodeUnitJson)
        .map((decoded) => parseUnitJson(decoded, inFactory(decoded.file)));
    return {
        ...(factoryRoots.length > 0 ? { dataFactory: { roots: factoryRoots } } : {}),
        kind,
        display,
        files,
        packageBytes,
        template: templateFile && readUnitJson(templateFile),
        createUiDefinition: cuidFile && readUnitJson(cuidFile),
        viewDefinition: viewFile && readUnitJson(viewFile),
        otherJson,
        loadProblems,
    };
}
function loadFolder(absolute, display, workingDirectory) {
    const { files, problems } = listFolder(absolute, workingDirectory);
    const unit = unitFromFiles('folder', display, files, files.reduce((sum, f) => sum + f.size, 0), problems);
    if (!unit.template && !unit.createUiDefinition && !unit.dataFactory) {
        // What Data Factory publishes (the adf_publish branch): the factory as one deployment
        // template, beside its parameters file and the same resources split into linkedTemplates/.
        // The template holds them all: it is checked as if given alone.
        const published = atRoot(files, PUBLISHED_TEMPLATE.toLowerCase());
        if (published !== undefined) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(absolute, published.path);
            return loadJsonFile(file, displayPath(workingDirectory, file), workingDirectory);
        }
        // Pipelines kept loose in one folder (as some samples ship them) can be given as single files.
        const loose = files.some((f) => !f.path.includes('/') && f.path.toLowerCase().endsWith('.json'));
        // One folder of a factory's Git integration (its pipeline/, say): the folder above is the factory.
        const name = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(absolute);
        const parent = loose && (0,_datafactory_git_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .tellsFactory */ .pn)(name) ? displayPath(workingDirectory, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(absolute)) : undefined;
        const hint = parent !== undefined
            ? ` It looks like the ${name}/ folder of a factory's Git integration: give the factory's folder (mapp validate ${parent}).`
            : loose
                ? ` Its JSON files at the root can be checked one by one: give them as files (mapp validate ${display}/*.json).`
                : '';
        throw new _commands_usage_error_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e(`${display} has no mainTemplate.json, azuredeploy.json, createUiDefinition.json or ARMTemplateForFactory.json (Data Factory's publish output) at its root, and no Data Factory folders (pipeline/, dataset/, linkedService/, ...). Give the folder that holds the app's templates or a factory's Git integration, a built .zip, or a single JSON file.${hint}`);
    }
    return unit;
}
function loadJsonFile(absolute, display, workingDirectory) {
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute).size;
    const file = { path: node_path__WEBPACK_IMPORTED_MODULE_1__.basename(absolute), display, size, read: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absolute) };
    const json = readUnitJson(file);
    // The folder counts only where the content agrees or cannot tell (a pipeline kept loose in a
    // folder named factory/ is a pipeline, and not part of a factory).
    const folder = placeFile(absolute, workingDirectory);
    const shape = (0,_datafactory_object_kind_js__WEBPACK_IMPORTED_MODULE_4__/* .guessKind */ .m)(json.document.root);
    const placed = folder !== undefined && (shape === undefined || shape === folder.kind) ? folder : undefined;
    const kind = jsonFileKind(json, placed?.kind);
    const base = { kind: 'file', display, files: [file], packageBytes: size, otherJson: [], loadProblems: [] };
    switch (kind) {
        case 'template':
            return { ...base, template: json, ...(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(absolute).toLowerCase() === PUBLISHED_TEMPLATE.toLowerCase() ? { publishedFactory: true } : {}) };
        case 'createUiDefinition':
            return { ...base, createUiDefinition: json };
        case 'viewDefinition':
            return { ...base, viewDefinition: json };
        case 'dataFactoryObject':
            return { ...base, otherJson: [json], dataFactory: { roots: [], ...(placed ? { placed } : {}) } };
        default:
            // The Git integration's own settings files: read, as in a folder, for their JSON alone.
            if (json.document.errors.length > 0 || json.encoding === 'binary' || FACTORY_SETTINGS_FILES.has(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(absolute).toLowerCase()) || isDeploymentParameters(json)) {
                // Not valid JSON (or a settings or parameters file): keep it as a template-shaped unit so the JSON rule reports where it breaks.
                return { ...base, otherJson: [json] };
            }
            throw new _commands_usage_error_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e(`Cannot tell what ${display} is: expected a deployment template ($schema ending in deploymentTemplate.json), a createUiDefinition ($schema ending in CreateUIDefinition.MultiVm.json), a viewDefinition or a Data Factory pipeline, dataset or trigger (name and properties); other factory objects are recognised in their Git-integration folder (linkedService/, dataflow/, ...).`);
    }
}
/**
 * What a JSON file given on its own is: from its content; failing that, for an object whose
 * content does not tell (a linked service, an integration runtime, a data flow), from the folder
 * of a Git integration it sits in (`linkedService/Lake.json`). A factory's own file and its
 * managed virtual network need no `properties`.
 */
function jsonFileKind(json, folderKind) {
    const kind = (0,_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyJson */ .j)(json.document.root);
    if (kind !== 'unknown' || folderKind === undefined || json.document.errors.length > 0)
        return kind;
    const root = json.document.root;
    if (root?.type !== 'object' || (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_5__/* .stringOf */ .Je)((0,_json_nav_js__WEBPACK_IMPORTED_MODULE_5__/* .prop */ ._w)(root, 'name')) === undefined)
        return kind;
    const needsProperties = folderKind !== 'factory' && folderKind !== 'managedVirtualNetwork';
    return !needsProperties || (0,_json_nav_js__WEBPACK_IMPORTED_MODULE_5__/* .prop */ ._w)(root, 'properties')?.type === 'object' ? 'dataFactoryObject' : kind;
}
/**
 * Where a JSON file sits in a Git integration's layout (`factory/pipeline/Copy.json`): the kind
 * its folder holds and the factory's folder (`factory`); undefined for any other file. Read from
 * the absolute path, so a file given from inside its folder is placed too.
 */
function placeFile(absolute, workingDirectory) {
    const placed = (0,_datafactory_git_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .placeInLayout */ .Jm)(absolute.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'));
    if (placed === undefined)
        return undefined;
    // <factory>/<kind>/<name>.json, or <factory>/managedVirtualNetwork/<network>/managedPrivateEndpoint/<name>.json
    let folder = absolute;
    for (let up = placed.kind === 'managedPrivateEndpoint' ? 4 : 2; up > 0; up--)
        folder = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(folder);
    return { kind: placed.kind, factoryFolder: displayPath(workingDirectory, folder) };
}
/**
 * Turns one user-given path into a validation unit: an app folder, a built `.zip`, or a single
 * JSON file recognised from its content. A missing or unsupported path is a usage error.
 */
function loadUnit(workingDirectory, given, loadZip) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workingDirectory, given);
    const display = displayPath(workingDirectory, absolute);
    let stats;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute);
    }
    catch {
        throw new _commands_usage_error_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e(`Path not found: ${given}. Give an app folder, a built .zip or a JSON file.`);
    }
    if (stats.isSymbolicLink())
        stats = safeStat(absolute) ?? stats;
    if (stats.isDirectory())
        return loadFolder(absolute, display, workingDirectory);
    // A device or a pipe would block or never end when read.
    if (!stats.isFile())
        throw new _commands_usage_error_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e(`${display} is not a regular file; give an app folder, a built .zip or a JSON file.`);
    const lowered = absolute.toLowerCase();
    if (lowered.endsWith('.zip'))
        return loadZip(absolute, display);
    if (lowered.endsWith('.json'))
        return loadJsonFile(absolute, display, workingDirectory);
    throw new _commands_usage_error_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e(`${display} is neither a folder, a .zip nor a .json file; mapp validate cannot read it.`);
}


/***/ }),

/***/ 5768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ UNSAFE_PATH_RULE_ID),
/* harmony export */   i0: () => (/* binding */ loadZip),
/* harmony export */   sL: () => (/* binding */ READABLE_RULE_ID)
/* harmony export */ });
/* unused harmony exports ZIP_LIMITS, safeEntryPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1306);
/* harmony import */ var _load_unit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7637);




/** Limits that keep a hostile or broken zip (a "zip bomb") from exhausting memory. */
const ZIP_LIMITS = {
    /** Size of the .zip file mapp is willing to open. */
    maxZipBytes: 1024 * 1024 * 1024,
    /** Sum of the entries' declared uncompressed sizes. */
    maxUncompressedBytes: 1024 * 1024 * 1024,
    maxEntries: 10_000,
};
const READABLE_RULE_ID = 'package/readable';
const UNSAFE_PATH_RULE_ID = 'package/unsafe-path';
/**
 * The path an entry extracts to inside the package root, `/` separators, or undefined when
 * it would land outside the root (`../`, an absolute path, a drive letter) or is not a file name.
 * Backslashes count as separators, as Windows tools write and read them.
 */
function safeEntryPath(raw) {
    const name = raw.replace(/\\/g, '/');
    if (name.length === 0 || name.includes('\0'))
        return undefined;
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
        return undefined;
    const normalized = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(name);
    if (normalized === '..' || normalized.startsWith('../') || normalized === '.' || normalized.endsWith('/'))
        return undefined;
    return normalized;
}
function isFolderEntry(raw) {
    return raw.endsWith('/') || raw.endsWith('\\');
}
function emptyUnit(display, packageBytes, message) {
    return (0,_load_unit_js__WEBPACK_IMPORTED_MODULE_2__/* .unitFromFiles */ .YU)('zip', display, [], packageBytes, [{ ruleId: READABLE_RULE_ID, display, message }]);
}
/** Lists the entries from the central directory without inflating anything. */
function listEntries(data) {
    const entries = [];
    (0,fflate__WEBPACK_IMPORTED_MODULE_3__/* .unzipSync */ .AO)(data, {
        filter: (file) => {
            entries.push({ raw: file.name, originalSize: file.originalSize });
            return false;
        },
    });
    return entries;
}
/**
 * Picks the entries to read: files whose path stays inside the package root, the first of any
 * two that extract to the same path. Entries that would escape become unsafe-path problems.
 */
function chooseEntries(entries, display) {
    const problems = [];
    const wanted = new Map();
    const taken = new Set();
    for (const entry of entries) {
        if (isFolderEntry(entry.raw))
            continue;
        const safe = safeEntryPath(entry.raw);
        if (safe === undefined) {
            problems.push({
                ruleId: UNSAFE_PATH_RULE_ID,
                display: `${display}/${entry.raw}`,
                message: `The zip entry '${entry.raw}' would extract outside the package root; it was not read. Rebuild the zip from the app folder so every entry path is relative and stays inside it.`,
            });
        }
        else if (!wanted.has(entry.raw) && !taken.has(safe)) {
            wanted.set(entry.raw, safe);
            taken.add(safe);
        }
    }
    return { wanted, problems };
}
/**
 * Reads a built package (.zip) into a unit. Entries that would extract outside the package root
 * are not read and become `package/unsafe-path` problems; a corrupt zip, or one beyond the size
 * and entry-count limits, becomes a `package/readable` problem naming the file. Never throws for
 * bad zip content.
 */
function loadZip(absolute, display) {
    const packageBytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute).size;
    if (packageBytes > ZIP_LIMITS.maxZipBytes) {
        return emptyUnit(display, packageBytes, `${display} is larger than mapp opens (${ZIP_LIMITS.maxZipBytes / 1024 ** 3} GiB); a managed application package must stay under 120 MB.`);
    }
    const data = new Uint8Array((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absolute));
    let entries;
    try {
        entries = listEntries(data);
    }
    catch (error) {
        return emptyUnit(display, packageBytes, `${display} is not a readable zip file (${reason(error)}); rebuild the package with 'mapp build' or a zip tool.`);
    }
    if (entries.length > ZIP_LIMITS.maxEntries) {
        return emptyUnit(display, packageBytes, `${display} holds ${entries.length} entries, more than mapp reads (${ZIP_LIMITS.maxEntries}); a package needs only its templates and the files they use.`);
    }
    const declared = entries.reduce((sum, e) => sum + e.originalSize, 0);
    if (declared > ZIP_LIMITS.maxUncompressedBytes) {
        return emptyUnit(display, packageBytes, `${display} would unpack to ${Math.round(declared / 1024 ** 2)} MB, more than mapp reads (${ZIP_LIMITS.maxUncompressedBytes / 1024 ** 3} GiB); check that the package holds only what the app needs.`);
    }
    const { wanted, problems } = chooseEntries(entries, display);
    let contents;
    try {
        contents = (0,fflate__WEBPACK_IMPORTED_MODULE_3__/* .unzipSync */ .AO)(data, { filter: (file) => wanted.has(file.name) });
    }
    catch (error) {
        return emptyUnit(display, packageBytes, `${display} could not be unpacked (${reason(error)}); rebuild the package with 'mapp build' or a zip tool.`);
    }
    const files = [];
    for (const [raw, safe] of wanted) {
        const bytes = contents[raw];
        if (!bytes)
            continue;
        files.push({ path: safe, display: `${display}/${safe}`, size: bytes.length, read: () => bytes });
    }
    return (0,_load_unit_js__WEBPACK_IMPORTED_MODULE_2__/* .unitFromFiles */ .YU)('zip', display, files, packageBytes, problems);
}
function reason(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
