export const id = 127;
export const ids = [127];
export const modules = {

/***/ 25178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gO: () => (/* binding */ countNamesEndingAt),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* unused harmony export hasEscapedPropertyName */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99547);

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

/***/ 66818:
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

/***/ 56600:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStandIn: () => (/* binding */ runStandIn)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/shared/commands/usage-error.js
var usage_error = __webpack_require__(53240);
// EXTERNAL MODULE: ./lib/shared/json/parse-json.js
var parse_json = __webpack_require__(25178);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/selfsigned/index.js
var selfsigned = __webpack_require__(7686);
;// CONCATENATED MODULE: ./lib/stand-in/certificate.js




/** A self-signed TLS certificate for 127.0.0.1 and localhost, valid for two days. */
async function serverCertificate() {
    const notBeforeDate = new Date(Date.now() - 60 * 60 * 1000);
    const pems = await (0,selfsigned/* generate */.c)([{ name: 'commonName', value: 'mapp stand-in' }], {
        keySize: 2048,
        algorithm: 'sha256',
        notBeforeDate,
        notAfterDate: new Date(notBeforeDate.getTime() + 48 * 60 * 60 * 1000),
        extensions: [
            { name: 'basicConstraints', cA: true, critical: true },
            { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true, critical: true },
            { name: 'extKeyUsage', serverAuth: true },
            { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }] },
        ],
    });
    return { cert: pems.cert, key: pems.private };
}
/** A certificate for an app registration's certificate credential (client assertion signing). */
async function clientCertificate(commonName) {
    const pems = await (0,selfsigned/* generate */.c)([{ name: 'commonName', value: commonName }], {
        keySize: 2048,
        algorithm: 'sha256',
        notAfterDate: new Date(Date.now() + 48 * 60 * 60 * 1000),
        extensions: [
            { name: 'basicConstraints', cA: false },
            { name: 'keyUsage', digitalSignature: true, critical: true },
            { name: 'extKeyUsage', clientAuth: true },
        ],
    });
    return { cert: pems.cert, key: pems.private };
}
/** A private temp folder for the CA file and the client certificate, removed on stop. */
async function certificateFolder() {
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'mapp-stand-in-'));
    return {
        dir,
        write: async (name, text) => {
            const file = external_node_path_.join(dir, name);
            await (0,promises_.writeFile)(file, text, { mode: 0o600 });
            return file;
        },
        remove: () => (0,promises_.rm)(dir, { recursive: true, force: true }),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/stand-in/config.js

const DEFAULT_TENANT_ID = '8f1c2b5e-3c4a-4e9b-9a51-5d1e0c7a2b01';
const DEFAULT_CLIENT_ID = 'c5a1e6f2-7b3d-4f8a-9c2e-1d4b6a8e0f02';
const DEFAULT_SUBSCRIPTION_ID = '3e9b7d21-6a4c-4b8e-8f1d-2c5a7e9b0d03';
function secret() {
    // Shaped like an Entra client secret: 40 characters with a `~`.
    return `sti~${(0,external_node_crypto_.randomBytes)(27).toString('base64url')}`;
}
/**
 * Fills in defaults. The default identity gets a fresh secret, the given certificate, and
 * federated credentials for the stand-in's GitHub and DevOps subjects.
 */
function resolveConfig(input, defaultCertificate) {
    const github = {
        repository: input.github?.repository ?? 'contoso/managed-app',
        subject: input.github?.subject ?? `repo:${input.github?.repository ?? 'contoso/managed-app'}:ref:refs/heads/main`,
        requestToken: input.github?.requestToken ?? `ghr_${(0,external_node_crypto_.randomBytes)(24).toString('base64url')}`,
    };
    const organization = input.devops?.organization ?? 'contoso';
    const project = input.devops?.project ?? 'managed-app';
    const serviceConnectionName = input.devops?.serviceConnectionName ?? 'mapp-stand-in';
    const devops = {
        organizationId: input.devops?.organizationId ?? '5b0f2c4e-1a3d-4c6e-8b7a-9d2e4f6a8c04',
        organization,
        project,
        serviceConnectionName,
        serviceConnectionId: input.devops?.serviceConnectionId ?? '6c1a3d5f-2b4e-4d7f-9c8b-0e3f5a7b9d05',
        accessToken: input.devops?.accessToken ?? `ado_${(0,external_node_crypto_.randomBytes)(24).toString('base64url')}`,
    };
    const defaultIdentity = {
        clientId: DEFAULT_CLIENT_ID,
        displayName: 'mapp stand-in default app',
        secrets: [secret()],
        certificates: [defaultCertificate],
        federatedCredentials: [
            { issuer: 'github', subject: github.subject },
            { issuer: 'devops', subject: `sc://${organization}/${project}/${serviceConnectionName}` },
        ],
    };
    return {
        tenantId: input.tenantId ?? DEFAULT_TENANT_ID,
        subscriptionId: input.subscriptionId ?? DEFAULT_SUBSCRIPTION_ID,
        subscriptionName: input.subscriptionName ?? 'mapp stand-in subscription',
        tokenLifetimeSeconds: input.tokenLifetimeSeconds ?? 3600,
        identities: [defaultIdentity, ...(input.identities ?? [])],
        github,
        devops,
        registeredProviders: input.registeredProviders ?? ['Microsoft.Solutions', 'Microsoft.DataFactory', 'Microsoft.Resources'],
        scenario: input.scenario ?? {},
    };
}

;// CONCATENATED MODULE: ./lib/stand-in/request-log.js
const SECRET_PARAMETER = /sig|secret|token|assertion|code|key|password|credential|signature/i;
function redactQuery(query) {
    const out = {};
    for (const [name, value] of query)
        out[name] = SECRET_PARAMETER.test(name) ? '***' : value;
    return out;
}
class RequestLog {
    entries = [];
    add(entry) {
        this.entries.push(entry);
        // Bounded, so a long demo run does not grow without end.
        if (this.entries.length > 10_000)
            this.entries.splice(0, this.entries.length - 10_000);
    }
    list(filter = {}) {
        return this.entries.filter((e) => (!filter.route || (e.route !== undefined && globMatches(filter.route, e.route))) &&
            (!filter.method || e.method === filter.method.toUpperCase()) &&
            (!filter.path || globMatches(filter.path, e.path)));
    }
    clear() {
        this.entries.length = 0;
    }
}
/** `*` matches any run of characters; comparison ignores case (ARM paths do). */
function globMatches(pattern, value) {
    const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`, 'i');
    return regex.test(value);
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./lib/stand-in/faults.js

const KINDS = new Set(['throttle', 'error', 'drop', 'slow']);
/** Checks a rule from the control API; returns a message saying what is wrong, or undefined. */
function faultRuleProblem(value) {
    if (typeof value !== 'object' || value === null)
        return 'A fault is an object: {"route": "arm.*", "kind": "throttle", "count": 1}.';
    const rule = value;
    if (typeof rule.route !== 'string' || rule.route === '')
        return 'A fault needs "route": a route-name glob (arm.*) or a path glob starting with /.';
    if (typeof rule.kind !== 'string' || !KINDS.has(rule.kind))
        return 'A fault needs "kind": throttle, error, drop or slow.';
    for (const field of ['status', 'retryAfterSeconds', 'delayMs', 'count', 'ratio']) {
        if (rule[field] !== undefined && (typeof rule[field] !== 'number' || !Number.isFinite(rule[field]) || rule[field] < 0))
            return `Fault field "${field}" must be a non-negative number.`;
    }
    if (typeof rule.ratio === 'number' && rule.ratio > 1)
        return 'Fault field "ratio" is a share between 0 and 1.';
    return undefined;
}
class FaultInjector {
    rules = [];
    nextId = 1;
    add(rule) {
        const active = { ...rule, id: this.nextId++, matched: 0, applied: 0 };
        this.rules.push(active);
        return active;
    }
    list() {
        return this.rules;
    }
    remove(id) {
        const index = this.rules.findIndex((rule) => rule.id === id);
        if (index < 0)
            return false;
        this.rules.splice(index, 1);
        return true;
    }
    clear() {
        this.rules.length = 0;
    }
    /** The fault to apply to this request, if any; counts the match. */
    pick(method, path, routeName) {
        for (const rule of this.rules) {
            if (rule.method && rule.method.toUpperCase() !== method)
                continue;
            const target = rule.route.startsWith('/') ? path : routeName;
            if (target === undefined || !globMatches(rule.route, target))
                continue;
            if (rule.count !== undefined && rule.applied >= rule.count)
                continue;
            rule.matched++;
            if (rule.ratio !== undefined && Math.floor(rule.matched * rule.ratio) === Math.floor((rule.matched - 1) * rule.ratio))
                continue;
            rule.applied++;
            return rule;
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/stand-in/router.js
/** Thrown by handlers (and helpers they call) to answer with an error reply at once. */
class ReplyError extends Error {
    reply;
    constructor(reply) {
        super(`stand-in reply ${reply.status}`);
        this.reply = reply;
    }
}
function splitPath(path) {
    return path.split('/').filter((segment) => segment.length > 0);
}
function matchSegments(pattern, actual) {
    const params = {};
    for (let i = 0; i < pattern.length; i++) {
        const want = pattern[i];
        if (want.startsWith('{*') && want.endsWith('}')) {
            params[want.slice(2, -1)] = actual.slice(i).join('/');
            return params;
        }
        const got = actual[i];
        if (got === undefined)
            return undefined;
        if (want.startsWith('{') && want.endsWith('}'))
            params[want.slice(1, -1)] = got;
        else if (want.toLowerCase() !== got.toLowerCase())
            return undefined;
    }
    return pattern.length === actual.length ? params : undefined;
}
/** Matches requests to routes in registration order; the first route that fits wins. */
class Router {
    compiled = [];
    add(routes) {
        for (const route of routes)
            this.compiled.push({ route, segments: splitPath(route.pattern) });
    }
    list() {
        return this.compiled.map(({ route }) => route);
    }
    /** Finds the route for a method and raw (still encoded) path. */
    match(method, rawPath) {
        const actual = splitPath(rawPath).map(decodeSegment);
        for (const { route, segments } of this.compiled) {
            if (route.method !== '*' && route.method !== method)
                continue;
            const params = matchSegments(segments, actual);
            if (params)
                return { route, params };
        }
        return undefined;
    }
    /** The methods that some route serves at this path (for 405 answers). */
    methodsAt(rawPath) {
        const actual = splitPath(rawPath).map(decodeSegment);
        return this.compiled.filter(({ segments }) => matchSegments(segments, actual)).map(({ route }) => route.method);
    }
}
function decodeSegment(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment;
    }
}

;// CONCATENATED MODULE: ./lib/stand-in/reply.js

function json(status, body, headers = {}) {
    return { status, body, headers };
}
/** ARM's error envelope: `{"error": {"code", "message"}}`. */
function armError(status, code, message, headers = {}) {
    return { status, headers, body: { error: { code, message } } };
}
/** Answers at once with an ARM-shaped error (throw from anywhere inside a handler). */
function failArm(status, code, message, headers = {}) {
    throw new ReplyError(armError(status, code, message, headers));
}

;// CONCATENATED MODULE: ./lib/stand-in/routes/control.js


/** The control API under /_stand-in: request log and fault injection. Not logged, never faulted. */
const controlModule = {
    name: 'control',
    routes: () => [
        { method: 'GET', pattern: '/_stand-in/health', name: '_stand-in.health', handler: () => json(200, { status: 'ok' }) },
        {
            method: 'GET',
            pattern: '/_stand-in/requests',
            name: '_stand-in.requests.list',
            handler: (request, context) => {
                const filter = { route: request.query.get('route') ?? undefined, method: request.query.get('method') ?? undefined, path: request.query.get('path') ?? undefined };
                return json(200, { value: context.requests.list(filter) });
            },
        },
        {
            method: 'DELETE',
            pattern: '/_stand-in/requests',
            name: '_stand-in.requests.clear',
            handler: (_request, context) => {
                context.requests.clear();
                return { status: 204 };
            },
        },
        { method: 'GET', pattern: '/_stand-in/faults', name: '_stand-in.faults.list', handler: (_request, context) => json(200, { value: context.faults.list() }) },
        {
            method: 'POST',
            pattern: '/_stand-in/faults',
            name: '_stand-in.faults.add',
            handler: (request, context) => {
                const body = request.json();
                const rules = Array.isArray(body) ? body : [body];
                for (const rule of rules) {
                    const problem = faultRuleProblem(rule);
                    if (problem)
                        return json(400, { error: { code: 'InvalidFault', message: problem } });
                }
                return json(201, { value: rules.map((rule) => context.faults.add(rule)) });
            },
        },
        {
            method: 'DELETE',
            pattern: '/_stand-in/faults',
            name: '_stand-in.faults.clear',
            handler: (_request, context) => {
                context.faults.clear();
                return { status: 204 };
            },
        },
        {
            method: 'DELETE',
            pattern: '/_stand-in/faults/{id}',
            name: '_stand-in.faults.remove',
            handler: (request, context) => (context.faults.remove(Number(request.params.id)) ? { status: 204 } : json(404, { error: { code: 'NotFound', message: `No fault with id ${request.params.id}.` } })),
        },
    ],
};

;// CONCATENATED MODULE: ./lib/stand-in/entra-errors.js


/** Entra's OAuth error body: `error`, `error_description` with its AADSTS code, `error_codes`. */
function entraError(status, error, code, description) {
    const traceId = (0,external_node_crypto_.randomUUID)();
    const correlationId = (0,external_node_crypto_.randomUUID)();
    return {
        status,
        headers: { 'cache-control': 'no-store, no-cache' },
        body: {
            error,
            error_description: `AADSTS${code}: ${description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${new Date().toISOString().replace('T', ' ').slice(0, 19)}Z`,
            error_codes: [code],
            timestamp: new Date().toISOString().replace('T', ' ').slice(0, 19) + 'Z',
            trace_id: traceId,
            correlation_id: correlationId,
            error_uri: `https://login.microsoftonline.com/error?code=${code}`,
        },
    };
}
function failEntra(status, error, code, description) {
    throw new ReplyError(entraError(status, error, code, description));
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./lib/stand-in/tokens.js



const generateRsa = (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair);
function b64url(value) {
    return Buffer.from(JSON.stringify(value)).toString('base64url');
}
async function createSigningKey(kid) {
    const { privateKey, publicKey } = await generateRsa('rsa', { modulusLength: 2048 });
    return { kid, privateKey, publicKey };
}
/** The key as a JWKS entry. */
function publicJwk(key) {
    return { ...key.publicKey.export({ format: 'jwk' }), kid: key.kid, use: 'sig', alg: 'RS256', kty: 'RSA' };
}
function signJwt(key, claims, header = {}) {
    const signingInput = `${b64url({ typ: 'JWT', alg: 'RS256', kid: key.kid, ...header })}.${b64url(claims)}`;
    const signature = (0,external_node_crypto_.createSign)('RSA-SHA256').update(signingInput).sign(key.privateKey);
    return `${signingInput}.${signature.toString('base64url')}`;
}
/** Splits a compact JWT without checking it; undefined when it is not one. */
function decodeJwt(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        return undefined;
    try {
        const header = (0,parse_json/* parseJson */.qF)(Buffer.from(parts[0], 'base64url').toString('utf8'));
        const claims = (0,parse_json/* parseJson */.qF)(Buffer.from(parts[1], 'base64url').toString('utf8'));
        if (!isObject(header) || !isObject(claims))
            return undefined;
        return { header, claims, signingInput: `${parts[0]}.${parts[1]}`, signature: Buffer.from(parts[2], 'base64url') };
    }
    catch {
        return undefined;
    }
}
/** RS256 (and PS256, which MSAL uses for certificate assertions) signature check. */
function verifySignature(jwt, publicKey) {
    const alg = jwt.header.alg;
    if (alg !== 'RS256' && alg !== 'PS256')
        return false;
    const verifier = (0,external_node_crypto_.createVerify)('RSA-SHA256').update(jwt.signingInput);
    try {
        return alg === 'PS256'
            ? verifier.verify({ key: publicKey, padding: 6 /* RSA_PKCS1_PSS_PADDING */, saltLength: 32 }, jwt.signature)
            : verifier.verify(publicKey, jwt.signature);
    }
    catch {
        return false;
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The stand-in's three token issuers and their keys. */
class TokenService {
    keys;
    issuers;
    defaults;
    now;
    constructor(keys, issuers, defaults, now) {
        this.keys = keys;
        this.issuers = issuers;
        this.defaults = defaults;
        this.now = now;
    }
    static async create(issuers, defaults, now) {
        const [entra, github, devops] = await Promise.all([createSigningKey('stand-in-entra-1'), createSigningKey('stand-in-github-1'), createSigningKey('stand-in-devops-1')]);
        return new TokenService({ entra, github, devops }, issuers, defaults, now);
    }
    entraIssuer(tenantId) {
        return this.issuers.entra(tenantId);
    }
    /** An Entra access token (v2 shape) for an app, as the token endpoint issues it. */
    issueAccessToken(request) {
        const tenantId = request.tenantId ?? this.defaults.tenantId;
        const lifetime = request.expiresInSeconds ?? this.defaults.lifetimeSeconds;
        const now = Math.floor(this.now() / 1000);
        const claims = {
            aud: request.audience,
            iss: this.issuers.entra(tenantId),
            iat: Math.min(now, now + lifetime - 60),
            nbf: Math.min(now, now + lifetime - 60),
            exp: now + lifetime,
            azp: request.clientId,
            appid: request.clientId,
            oid: request.objectId ?? request.clientId,
            sub: request.objectId ?? request.clientId,
            tid: tenantId,
            idtyp: 'app',
            ver: '2.0',
            uti: (0,external_node_crypto_.randomUUID)(),
            ...(request.scopes && request.scopes.length > 0 ? { roles: [] } : {}),
            ...request.extraClaims,
        };
        return { token: signJwt(this.keys.entra, claims), expiresIn: lifetime };
    }
    /** A GitHub Actions OIDC token for the given audience. */
    issueGithubToken(claims, audience) {
        const now = Math.floor(this.now() / 1000);
        return signJwt(this.keys.github, { jti: (0,external_node_crypto_.randomUUID)(), iss: this.issuers.github, aud: audience, nbf: now - 5, iat: now, exp: now + 300, ...claims });
    }
    /** An Azure DevOps service-connection OIDC token (audience api://AzureADTokenExchange). */
    issueDevopsToken(subject) {
        const now = Math.floor(this.now() / 1000);
        return signJwt(this.keys.devops, { jti: (0,external_node_crypto_.randomUUID)(), iss: this.issuers.devops, sub: subject, aud: 'api://AzureADTokenExchange', nbf: now - 5, iat: now, exp: now + 600 });
    }
    /** Checks an access token the stand-in issued; the reason names what is wrong. */
    verifyAccessToken(token) {
        const jwt = decodeJwt(token);
        if (!jwt)
            return { ok: false, reason: 'malformed' };
        if (jwt.header.kid !== this.keys.entra.kid || !verifySignature(jwt, this.keys.entra.publicKey))
            return { ok: false, reason: 'signature', claims: jwt.claims };
        const now = Math.floor(this.now() / 1000);
        const exp = jwt.claims.exp;
        const nbf = jwt.claims.nbf;
        if (typeof exp !== 'number' || exp <= now)
            return { ok: false, reason: 'expired', claims: jwt.claims };
        if (typeof nbf === 'number' && nbf > now + 300)
            return { ok: false, reason: 'not-yet-valid', claims: jwt.claims };
        return { ok: true, claims: jwt.claims };
    }
}
function publicKeyFromCertificate(pem) {
    return createPublicKey(pem);
}

;// CONCATENATED MODULE: ./lib/stand-in/client-assertion.js



const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';
const CLOCK_SKEW_SECONDS = 300;
function checkTimes(jwt, context) {
    const now = Math.floor(context.now() / 1000);
    const { exp, nbf } = jwt.claims;
    if (typeof exp !== 'number' || exp + CLOCK_SKEW_SECONDS < now || (typeof nbf === 'number' && nbf - CLOCK_SKEW_SECONDS > now)) {
        failEntra(400, 'invalid_client', 700024, `Client assertion is not within its valid time range. Current time: ${new Date(now * 1000).toISOString()}, assertion valid from ${typeof nbf === 'number' ? new Date(nbf * 1000).toISOString() : 'unset'}, expiry time of assertion ${typeof exp === 'number' ? new Date(exp * 1000).toISOString() : 'unset'}.`);
    }
}
function certificateMatching(identity, header) {
    for (const pem of identity.certificates ?? []) {
        const certificate = new external_node_crypto_.X509Certificate(pem);
        const sha1 = (0,external_node_crypto_.createHash)('sha1').update(certificate.raw).digest('base64url');
        const sha256 = (0,external_node_crypto_.createHash)('sha256').update(certificate.raw).digest('base64url');
        if (header.x5t === sha1 || header['x5t#S256'] === sha256)
            return certificate;
    }
    return undefined;
}
/** A certificate credential's assertion: iss = sub = client id, aud = this token endpoint. */
function verifyCertificateAssertion(jwt, identity, tenantId, context) {
    const certificate = certificateMatching(identity, jwt.header);
    if (!certificate) {
        failEntra(401, 'invalid_client', 700027, `The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${String(jwt.header.x5t ?? jwt.header['x5t#S256'] ?? 'none')}'.]`);
    }
    if (!verifySignature(jwt, certificate.publicKey))
        failEntra(401, 'invalid_client', 700027, 'Client assertion failed signature validation.');
    const tokenEndpoint = `${context.urls.authorityHost}/${tenantId}/oauth2/v2.0/token`;
    const accepted = [tokenEndpoint, `${context.urls.authorityHost}/${tenantId}/v2.0`, `${context.urls.authorityHost}/${tenantId}/oauth2/token`];
    const aud = jwt.claims.aud;
    const audiences = Array.isArray(aud) ? aud : [aud];
    if (!audiences.some((a) => typeof a === 'string' && accepted.some((b) => b.toLowerCase() === a.toLowerCase()))) {
        failEntra(400, 'invalid_client', 700212, `The audience '${String(aud)}' of the client assertion is not valid; expected '${tokenEndpoint}'.`);
    }
    checkTimes(jwt, context);
}
function issuerKey(issuer, context) {
    if (issuer === context.urls.githubIssuer)
        return context.tokens.keys.github;
    if (issuer === context.urls.devopsIssuer)
        return context.tokens.keys.devops;
    return undefined;
}
function resolveIssuer(issuer, context) {
    if (issuer === 'github')
        return context.urls.githubIssuer;
    if (issuer === 'devops')
        return context.urls.devopsIssuer;
    return issuer;
}
/** A federated token (GitHub, Azure DevOps) presented as the assertion: issuer, subject, audience, signature, expiry. */
function verifyFederatedAssertion(jwt, identity, context) {
    const { iss, sub, aud } = jwt.claims;
    const audiences = (Array.isArray(aud) ? aud : [aud]).filter((a) => typeof a === 'string');
    const records = (identity.federatedCredentials ?? []).filter((record) => resolveIssuer(record.issuer, context) === iss);
    if (records.length === 0) {
        failEntra(400, 'invalid_client', 700211, `No matching federated identity record found for presented assertion issuer '${String(iss)}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`);
    }
    const record = records.find((r) => r.subject === sub);
    if (!record) {
        failEntra(400, 'invalid_client', 700213, `No matching federated identity record found for presented assertion subject '${String(sub)}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`);
    }
    const allowed = record.audiences ?? [TOKEN_EXCHANGE_AUDIENCE];
    if (!audiences.some((a) => allowed.includes(a))) {
        failEntra(400, 'invalid_client', 700212, `No matching federated identity record found for presented assertion audience '${audiences.join(', ')}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`);
    }
    const key = issuerKey(String(iss), context);
    if (!key || !verifySignature(jwt, key.publicKey)) {
        failEntra(400, 'invalid_client', 50013, `Assertion failed signature validation. [Reason - The key was not found in the keys of issuer '${String(iss)}'.]`);
    }
    const now = Math.floor(context.now() / 1000);
    if (typeof jwt.claims.exp !== 'number' || jwt.claims.exp < now) {
        failEntra(400, 'invalid_client', 700024, 'Client assertion is not within its valid time range.');
    }
}
/** Checks a client assertion for an app; answers with Entra's errors when it does not hold. */
function verifyClientAssertion(assertion, identity, tenantId, context) {
    const jwt = decodeJwt(assertion);
    if (!jwt)
        failEntra(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.');
    // A certificate assertion is issued by the app itself; anything else is a federated token.
    if (jwt.claims.iss === identity.clientId && jwt.claims.sub === identity.clientId) {
        verifyCertificateAssertion(jwt, identity, tenantId, context);
        return 'certificate';
    }
    verifyFederatedAssertion(jwt, identity, context);
    return 'federated';
}

;// CONCATENATED MODULE: ./lib/stand-in/routes/entra.js





const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** Resources (token audiences) the tenant has service principals for. */
function knownResources(context) {
    return [
        context.urls.armEndpoint,
        context.urls.partnerCenterEndpoint,
        'https://management.azure.com',
        'https://management.core.windows.net',
        'https://api.partner.microsoft.com',
        'https://graph.microsoft.com',
        'https://storage.azure.com',
    ];
}
function sameText(a, b) {
    const left = Buffer.from(a);
    const right = Buffer.from(b);
    return left.length === right.length && (0,external_node_crypto_.timingSafeEqual)(left, right);
}
function knownTenant(tenant, context) {
    return tenant.toLowerCase() === context.config.tenantId.toLowerCase();
}
function tenantNotFound(tenant) {
    return entraError(400, 'invalid_tenant', 90002, `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`);
}
function openIdConfiguration(tenant, context) {
    const base = `${context.urls.authorityHost}/${tenant}`;
    return {
        token_endpoint: `${base}/oauth2/v2.0/token`,
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        jwks_uri: `${context.urls.authorityHost}/${tenant}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        issuer: context.tokens.entraIssuer(tenant),
        request_uri_parameter_supported: false,
        userinfo_endpoint: `${context.urls.authorityHost}/oidc/userinfo`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
        http_logout_supported: true,
        frontchannel_logout_supported: true,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nbf', 'tid', 'ver'],
        tenant_region_scope: 'WW',
        cloud_instance_name: 'stand-in',
        cloud_graph_host_name: 'graph.windows.net',
        msgraph_host: 'graph.microsoft.com',
        rbac_url: context.urls.armEndpoint,
    };
}
/** `GET /common/discovery/instance`: the answer MSAL expects for a host it should trust. */
function instanceDiscovery(request, context) {
    const endpoint = request.query.get('authorization_endpoint') ?? '';
    let host;
    try {
        const url = new URL(endpoint);
        host = url.host;
        if (url.origin !== context.urls.authorityHost)
            throw new Error('foreign host');
    }
    catch {
        return entraError(400, 'invalid_instance', 50049, "Unknown or invalid instance.");
    }
    const tenant = new URL(endpoint).pathname.split('/').filter(Boolean)[0] ?? 'common';
    return json(200, {
        tenant_discovery_endpoint: `${context.urls.authorityHost}/${tenant}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    });
}
function scopeAudience(scope, context) {
    if (!scope)
        failEntra(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'scope'.");
    const resources = scope.split(' ').filter((s) => s !== '' && !['openid', 'profile', 'offline_access'].includes(s));
    if (resources.length !== 1 || !resources[0].endsWith('/.default')) {
        failEntra(400, 'invalid_scope', 1002012, `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`);
    }
    const audience = resources[0].slice(0, -'/.default'.length);
    const bare = audience.replace(/\/+$/, '').toLowerCase();
    if (!knownResources(context).some((known) => known.toLowerCase() === bare)) {
        failEntra(400, 'invalid_resource', 500011, `The resource principal named ${audience} was not found in the tenant named ${context.config.tenantId}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`);
    }
    return audience;
}
/** `POST /{tenant}/oauth2/v2.0/token`: client credentials with a secret or a client assertion. */
function token(request, context) {
    const tenant = request.params.tenant;
    if (!knownTenant(tenant, context))
        return tenantNotFound(tenant);
    const form = request.form();
    const grant = form.get('grant_type');
    if (grant !== 'client_credentials') {
        return entraError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grant ?? ''}'. The stand-in implements client_credentials.`);
    }
    let clientId = form.get('client_id');
    let secret = form.get('client_secret');
    const basic = /^Basic\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (basic) {
        const [id, pass] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
        clientId ??= decodeURIComponent(id ?? '');
        secret ??= decodeURIComponent(pass ?? '');
    }
    if (!clientId)
        return entraError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'client_id'.");
    const identity = context.config.identities.find((i) => i.clientId.toLowerCase() === clientId.toLowerCase());
    if (!identity) {
        return entraError(400, 'unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory '${context.config.tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`);
    }
    const assertion = form.get('client_assertion');
    if (assertion !== null) {
        if (form.get('client_assertion_type') !== JWT_BEARER) {
            return entraError(400, 'invalid_request', 50027, `client_assertion_type must be '${JWT_BEARER}'.`);
        }
        verifyClientAssertion(assertion, identity, tenant, context);
    }
    else if (secret) {
        if (!(identity.secrets ?? []).some((known) => sameText(known, secret))) {
            return entraError(401, 'invalid_client', 7000215, `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${identity.clientId}'.`);
        }
    }
    else {
        return entraError(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
    }
    const audience = scopeAudience(form.get('scope'), context);
    const issued = context.tokens.issueAccessToken({ audience, clientId: identity.clientId, tenantId: context.config.tenantId });
    return json(200, { token_type: 'Bearer', expires_in: issued.expiresIn, ext_expires_in: issued.expiresIn, access_token: issued.token }, { 'cache-control': 'no-store, no-cache', pragma: 'no-cache' });
}
/** Entra ID: OpenID discovery, signing keys, instance discovery and the v2 token endpoint. */
const entraModule = {
    name: 'entra',
    routes: () => [
        { method: 'GET', pattern: '/common/discovery/instance', name: 'entra.instanceDiscovery', handler: instanceDiscovery },
        {
            method: 'GET',
            pattern: '/{tenant}/v2.0/.well-known/openid-configuration',
            name: 'entra.openidConfiguration',
            handler: (request, context) => {
                const tenant = request.params.tenant;
                return knownTenant(tenant, context) ? json(200, openIdConfiguration(tenant, context)) : tenantNotFound(tenant);
            },
        },
        {
            method: 'GET',
            pattern: '/{tenant}/discovery/v2.0/keys',
            name: 'entra.keys',
            handler: (request, context) => (knownTenant(request.params.tenant, context) ? json(200, { keys: [publicJwk(context.tokens.keys.entra)] }) : tenantNotFound(request.params.tenant)),
        },
        { method: 'POST', pattern: '/{tenant}/oauth2/v2.0/token', name: 'entra.token', handler: token },
    ],
};

;// CONCATENATED MODULE: ./lib/stand-in/auth.js


/** The audiences ARM accepts: the stand-in's ARM endpoint and Azure's public ARM resource ids. */
function armAudiences(context) {
    const arm = context.urls.armEndpoint;
    return [arm, `${arm}/`, 'https://management.azure.com', 'https://management.azure.com/', 'https://management.core.windows.net', 'https://management.core.windows.net/'];
}
function iso(seconds) {
    return new Date(seconds * 1000).toISOString();
}
/**
 * Checks the bearer token the way ARM does (missing, malformed or badly signed, expired, wrong
 * audience, wrong tenant) and answers 401 with ARM's error codes otherwise. Other services
 * (Partner Center) call it with their own audiences.
 */
function requireBearer(request, context, audiences) {
    const challenge = { 'www-authenticate': `Bearer authorization_uri="${context.urls.authorityHost}/${context.config.tenantId}", error="invalid_token", error_description="The access token is invalid."` };
    const header = request.headers.authorization;
    if (!header)
        failArm(401, 'AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing.", challenge);
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match)
        failArm(401, 'AuthenticationFailedInvalidHeader', "Authentication failed. The 'Authorization' header is provided in an invalid format.", challenge);
    const result = context.tokens.verifyAccessToken(match[1]);
    if (!result.ok) {
        if (result.reason === 'expired') {
            const exp = typeof result.claims?.exp === 'number' ? result.claims.exp : 0;
            failArm(401, 'ExpiredAuthenticationToken', `The access token expiry UTC time '${iso(exp)}' is earlier than current UTC time '${iso(Math.floor(context.now() / 1000))}'.`, challenge);
        }
        failArm(401, 'InvalidAuthenticationToken', 'The access token is invalid.', challenge);
    }
    const audience = String(result.claims.aud ?? '');
    if (!audiences.includes(audience)) {
        failArm(401, 'InvalidAuthenticationTokenAudience', `The access token has been obtained for wrong audience or resource '${audience}'. It should exactly match with one of the allowed audiences ${audiences.map((a) => `'${a}'`).join(',')}.`, challenge);
    }
    return { clientId: String(result.claims.appid ?? result.claims.azp ?? ''), tenantId: String(result.claims.tid ?? ''), audience, claims: result.claims };
}
/** A fixed bearer secret (GitHub request token, System.AccessToken), compared in constant time. */
function bearerMatches(request, expected) {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match)
        return false;
    const given = Buffer.from(match[1]);
    const want = Buffer.from(expected);
    return given.length === want.length && (0,external_node_crypto_.timingSafeEqual)(given, want);
}

;// CONCATENATED MODULE: ./lib/stand-in/routes/github-oidc.js



/** What ACTIONS_ID_TOKEN_REQUEST_URL serves: `GET ?api-version=2.0&audience=...` → `{"value": "<jwt>"}`. */
function idToken(request, context) {
    const github = context.config.github;
    if (!bearerMatches(request, github.requestToken)) {
        return json(401, { message: 'Bad credentials: ACTIONS_ID_TOKEN_REQUEST_TOKEN is missing or wrong.' });
    }
    const owner = github.repository.split('/')[0] ?? '';
    const audience = request.query.get('audience') ?? `https://github.com/${owner}`;
    const ref = /:ref:(.+)$/.exec(github.subject)?.[1] ?? 'refs/heads/main';
    const token = context.tokens.issueGithubToken({
        sub: github.subject,
        ref,
        sha: '0000000000000000000000000000000000000000',
        repository: github.repository,
        repository_owner: owner,
        run_id: '1',
        run_number: '1',
        run_attempt: '1',
        actor: 'stand-in',
        workflow: 'stand-in',
        event_name: 'push',
        ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
        job_workflow_ref: `${github.repository}/.github/workflows/ci.yml@${ref}`,
        runner_environment: 'github-hosted',
    }, audience);
    return json(200, { count: 1, value: token });
}
/** The GitHub Actions OIDC issuer: token requests, discovery and its keys. */
const githubOidcModule = {
    name: 'github-oidc',
    routes: () => [
        { method: 'GET', pattern: '/github-oidc/idtoken', name: 'github.idToken', handler: idToken },
        {
            method: 'GET',
            pattern: '/github-oidc/.well-known/openid-configuration',
            name: 'github.openidConfiguration',
            handler: (_request, context) => json(200, {
                issuer: context.urls.githubIssuer,
                jwks_uri: `${context.urls.githubIssuer}/.well-known/jwks`,
                subject_types_supported: ['public', 'pairwise'],
                response_types_supported: ['id_token'],
                claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'repository', 'repository_owner', 'run_id', 'actor', 'workflow', 'event_name', 'job_workflow_ref'],
                id_token_signing_alg_values_supported: ['RS256'],
                scopes_supported: ['openid'],
            }),
        },
        { method: 'GET', pattern: '/github-oidc/.well-known/jwks', name: 'github.keys', handler: (_request, context) => json(200, { keys: [publicJwk(context.tokens.keys.github)] }) },
    ],
};

;// CONCATENATED MODULE: ./lib/stand-in/routes/devops-oidc.js



/**
 * What SYSTEM_OIDCREQUESTURI serves, as AzurePipelinesCredential calls it:
 * `POST {uri}?api-version=7.1&serviceConnectionId=<id>` with the System.AccessToken bearer
 * → `{"oidcToken": "<jwt>"}` for the service connection's subject.
 */
function oidcToken(request, context) {
    const devops = context.config.devops;
    if (!bearerMatches(request, devops.accessToken)) {
        return json(401, { $id: '1', message: 'TF400813: The user is not authorized to access this resource (System.AccessToken missing or wrong).', typeName: 'Microsoft.TeamFoundation.Framework.Server.UnauthorizedRequestException', errorCode: 0 });
    }
    const apiVersion = request.query.get('api-version');
    if (!apiVersion) {
        return json(400, { $id: '1', message: 'No api-version was supplied for the POST request. Add ?api-version=7.1.', typeName: 'Microsoft.VisualStudio.Services.WebApi.VssVersionNotSpecifiedException', errorCode: 0 });
    }
    const connection = request.query.get('serviceConnectionId');
    if (!connection || connection.toLowerCase() !== devops.serviceConnectionId.toLowerCase()) {
        return json(404, { $id: '1', message: `Service connection '${connection ?? ''}' was not found or the pipeline is not authorized to use it.`, typeName: 'Microsoft.TeamFoundation.DistributedTask.WebApi.ServiceEndpointNotFoundException', errorCode: 0 });
    }
    const subject = `sc://${devops.organization}/${devops.project}/${devops.serviceConnectionName}`;
    return json(200, { oidcToken: context.tokens.issueDevopsToken(subject) });
}
/** The Azure DevOps OIDC issuer: the job's token request, discovery and keys. */
const devopsOidcModule = {
    name: 'devops-oidc',
    routes: () => [
        { method: 'POST', pattern: '/devops/{organization}/_apis/distributedtask/hubs/{hub}/plans/{planId}/jobs/{jobId}/oidctoken', name: 'devops.oidcToken', handler: oidcToken },
        {
            method: 'GET',
            pattern: '/devops-oidc/{organizationId}/.well-known/openid-configuration',
            name: 'devops.openidConfiguration',
            handler: (_request, context) => json(200, {
                issuer: context.urls.devopsIssuer,
                jwks_uri: `${context.urls.devopsIssuer}/.well-known/jwks`,
                subject_types_supported: ['public'],
                response_types_supported: ['id_token'],
                id_token_signing_alg_values_supported: ['RS256'],
                claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'nbf', 'jti'],
            }),
        },
        { method: 'GET', pattern: '/devops-oidc/{organizationId}/.well-known/jwks', name: 'devops.keys', handler: (_request, context) => json(200, { keys: [publicJwk(context.tokens.keys.devops)] }) },
    ],
};

;// CONCATENATED MODULE: ./lib/stand-in/arm.js


function checkApiVersion(request, definition) {
    const apiVersion = request.query.get('api-version');
    if (!apiVersion)
        failArm(400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.');
    if (definition.apiVersions.includes(apiVersion))
        return apiVersion;
    const supported = definition.apiVersions.join(', ');
    if (definition.resourceType) {
        const [namespace, ...types] = definition.resourceType.split('/');
        failArm(400, 'NoRegisteredProviderFound', `No registered resource provider found for location 'global' and API version '${apiVersion}' for type '${types.join('/')}'. The supported api-versions are '${supported}'. The supported locations are 'global'. (namespace ${namespace})`);
    }
    failArm(400, 'InvalidApiVersionParameter', `The api-version '${apiVersion}' is invalid. The supported versions are '${supported}'.`);
}
/**
 * An ARM route: bearer token with an ARM audience, api-version, subscription and (when the
 * pattern names one) resource group are checked, in that order, before the handler runs;
 * each failure answers as ARM answers.
 */
function armRoute(definition) {
    return {
        method: definition.method,
        pattern: definition.pattern,
        name: definition.name,
        ...(definition.resourceType ? { arm: { resourceType: definition.resourceType, apiVersions: definition.apiVersions } } : {}),
        handler: (request, context) => {
            const caller = requireBearer(request, context, armAudiences(context));
            const apiVersion = checkApiVersion(request, definition);
            const subscriptionId = request.params.subscriptionId;
            let subscription;
            if (subscriptionId !== undefined) {
                subscription = context.state.subscription(subscriptionId);
                if (!subscription)
                    failArm(404, 'SubscriptionNotFound', `The subscription '${subscriptionId}' could not be found.`);
                if (caller.tenantId.toLowerCase() !== subscription.tenantId.toLowerCase()) {
                    failArm(401, 'InvalidAuthenticationTokenTenant', `The access token is from the wrong issuer '${String(caller.claims.iss)}'. It must match the tenant '${context.urls.authorityHost}/${subscription.tenantId}/' associated with this subscription.`);
                }
            }
            if (definition.resourceType && request.method !== 'GET' && request.method !== 'HEAD')
                checkRegistration(definition.resourceType, context);
            let resourceGroup;
            const groupName = request.params.resourceGroupName;
            if (subscriptionId !== undefined && groupName !== undefined) {
                resourceGroup = context.state.resourceGroup(subscriptionId, groupName);
                if (!resourceGroup)
                    failArm(404, 'ResourceGroupNotFound', `Resource group '${groupName}' could not be found.`);
            }
            return definition.handler(request, context, { caller, apiVersion, ...(subscription ? { subscription } : {}), ...(resourceGroup ? { resourceGroup } : {}) });
        },
    };
}
/** Writes to a provider's types need the subscription registered for its namespace. */
function checkRegistration(resourceType, context) {
    const namespace = resourceType.split('/')[0];
    if (context.state.providers.get(namespace.toLowerCase())?.registrationState !== 'Registered') {
        failArm(409, 'MissingSubscriptionRegistration', `The subscription is not registered to use namespace '${namespace}'. See https://aka.ms/rps-not-found for how to register subscriptions.`);
    }
}
/** ARM's 404 for a resource that does not exist in an existing resource group. */
function resourceNotFound(type, name, resourceGroupName) {
    failArm(404, 'ResourceNotFound', `The Resource '${type}/${name}' under resource group '${resourceGroupName}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`);
}
/** The canonical id of a resource in a resource group, and its lower-case state key. */
function resourceId(subscriptionId, resourceGroupName, type, name) {
    const id = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName}/providers/${type}/${name}`;
    return { id, key: id.toLowerCase() };
}
/** ARM's `systemData` of a resource written by an app registration: creation kept, modification now. */
function systemDataFor(existing, clientId, now) {
    return {
        createdBy: existing?.systemData.createdBy ?? clientId,
        createdByType: 'Application',
        createdAt: existing?.systemData.createdAt ?? now,
        lastModifiedBy: clientId,
        lastModifiedByType: 'Application',
        lastModifiedAt: now,
    };
}

;// CONCATENATED MODULE: ./lib/stand-in/routes/arm-subscriptions.js


/** api-versions of Microsoft.Resources' subscription operations. */
const SUBSCRIPTION_API_VERSIONS = ['2014-04-01', '2015-01-01', '2016-06-01', '2019-06-01', '2019-11-01', '2020-01-01', '2021-01-01', '2022-12-01'];
function subscriptionBody(subscription) {
    return {
        id: subscription.id,
        authorizationSource: 'RoleBased',
        managedByTenants: [],
        subscriptionId: subscription.subscriptionId,
        tenantId: subscription.tenantId,
        displayName: subscription.displayName,
        state: subscription.state,
        subscriptionPolicies: { locationPlacementId: 'Public_2014-09-01', quotaId: 'PayAsYouGo_2014-09-01', spendingLimit: 'Off' },
    };
}
/** ARM subscriptions: list and get. */
const armSubscriptionsModule = {
    name: 'arm-subscriptions',
    routes: () => [
        armRoute({
            method: 'GET',
            pattern: '/subscriptions',
            name: 'arm.subscriptions.list',
            apiVersions: SUBSCRIPTION_API_VERSIONS,
            handler: (_request, context, call) => json(200, {
                value: [...context.state.subscriptions.values()].filter((s) => s.tenantId.toLowerCase() === call.caller.tenantId.toLowerCase()).map(subscriptionBody),
                count: { type: 'Total', value: context.state.subscriptions.size },
            }),
        }),
        armRoute({
            method: 'GET',
            pattern: '/subscriptions/{subscriptionId}',
            name: 'arm.subscriptions.get',
            apiVersions: SUBSCRIPTION_API_VERSIONS,
            handler: (_request, _context, call) => json(200, subscriptionBody(call.subscription)),
        }),
    ],
};

;// CONCATENATED MODULE: ./lib/stand-in/state.js
/**
 * The stand-in's in-memory world. Resource collections are keyed by lower-case resource id
 * (`/subscriptions/.../resourcegroups/rg/providers/...`), so deleting a resource group removes
 * what lies in it from every collection, the way ARM does.
 */
class StandInState {
    subscriptions = new Map();
    resourceGroups = new Map();
    /** Provider namespace (lower case) → registration state. */
    providers = new Map();
    collections = new Map();
    /** A named collection of resources, created on first use (e.g. `Microsoft.Solutions/applicationDefinitions`). */
    collection(name) {
        let found = this.collections.get(name);
        if (!found) {
            found = new Map();
            this.collections.set(name, found);
        }
        return found;
    }
    subscription(subscriptionId) {
        return this.subscriptions.get(subscriptionId.toLowerCase());
    }
    resourceGroup(subscriptionId, name) {
        return this.resourceGroups.get(resourceGroupKey(subscriptionId, name));
    }
    /** Removes a resource group and every resource in it. */
    deleteResourceGroup(subscriptionId, name) {
        const key = resourceGroupKey(subscriptionId, name);
        if (!this.resourceGroups.delete(key))
            return false;
        for (const collection of this.collections.values()) {
            for (const id of [...collection.keys()])
                if (id.startsWith(`${key}/`))
                    collection.delete(id);
        }
        return true;
    }
}
function resourceGroupKey(subscriptionId, name) {
    return `/subscriptions/${subscriptionId}/resourcegroups/${name}`.toLowerCase();
}

;// CONCATENATED MODULE: ./lib/stand-in/routes/arm-resource-groups.js




/** api-versions of Microsoft.Resources/resourceGroups the stand-in answers. */
const RESOURCE_GROUP_API_VERSIONS = [
    '2016-09-01', '2017-05-10', '2018-05-01', '2019-05-01', '2019-07-01', '2019-08-01', '2019-10-01', '2020-06-01', '2020-08-01',
    '2020-10-01', '2021-01-01', '2021-04-01', '2022-09-01', '2023-07-01', '2024-03-01', '2024-07-01', '2024-11-01', '2025-03-01', '2025-04-01',
];
const GROUP = '/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}';
const NAME = /^[-\w.()]{1,90}$/u;
function tagsOf(body) {
    const tags = body.tags;
    if (tags === undefined || tags === null)
        return undefined;
    if (typeof tags !== 'object' || Array.isArray(tags))
        failArm(400, 'InvalidRequestContent', "The request content was invalid and could not be deserialized: 'tags' must be an object.");
    return Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, String(v)]));
}
function bodyObject(request) {
    const body = request.json();
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        failArm(400, 'InvalidRequestContent', 'The request content was invalid and could not be deserialized: expected a JSON object.');
    return body;
}
/** ARM resource groups: create or update, get, exists, update tags, delete (202 + polling), list. */
const armResourceGroupsModule = {
    name: 'arm-resource-groups',
    routes: () => [
        armRoute({
            method: 'PUT',
            pattern: '/subscriptions/{subscriptionId}/resourcegroups/{name}',
            name: 'arm.resourceGroups.put',
            apiVersions: RESOURCE_GROUP_API_VERSIONS,
            handler: (request, context) => {
                const { subscriptionId, name } = request.params;
                if (!NAME.test(name) || name.endsWith('.')) {
                    failArm(400, 'InvalidResourceGroupName', `The resource group name '${name}' is invalid. It can contain up to 90 letters, digits, underscores, hyphens, periods and parentheses, and cannot end in a period.`);
                }
                const body = bodyObject(request);
                if (typeof body.location !== 'string' || body.location === '')
                    failArm(400, 'LocationRequired', 'The location property is required for this definition.');
                const existing = context.state.resourceGroup(subscriptionId, name);
                if (existing && existing.location.toLowerCase() !== body.location.toLowerCase()) {
                    failArm(409, 'InvalidResourceGroupLocation', `Invalid resource group location '${body.location}'. The Resource group already exists in location '${existing.location}'.`);
                }
                const tags = tagsOf(body);
                const group = {
                    id: `/subscriptions/${subscriptionId}/resourceGroups/${existing?.name ?? name}`,
                    name: existing?.name ?? name,
                    type: 'Microsoft.Resources/resourceGroups',
                    location: existing?.location ?? body.location,
                    ...(typeof body.managedBy === 'string' ? { managedBy: body.managedBy } : {}),
                    ...(tags ? { tags } : {}),
                    properties: { provisioningState: 'Succeeded' },
                };
                context.state.resourceGroups.set(resourceGroupKey(subscriptionId, name), group);
                return json(existing ? 200 : 201, group);
            },
        }),
        armRoute({
            method: 'GET',
            pattern: GROUP,
            name: 'arm.resourceGroups.get',
            apiVersions: RESOURCE_GROUP_API_VERSIONS,
            handler: (_request, _context, call) => json(200, call.resourceGroup),
        }),
        armRoute({
            method: 'HEAD',
            pattern: '/subscriptions/{subscriptionId}/resourcegroups/{name}',
            name: 'arm.resourceGroups.exists',
            apiVersions: RESOURCE_GROUP_API_VERSIONS,
            handler: (request, context) => ({ status: context.state.resourceGroup(request.params.subscriptionId, request.params.name) ? 204 : 404 }),
        }),
        armRoute({
            method: 'PATCH',
            pattern: GROUP,
            name: 'arm.resourceGroups.patch',
            apiVersions: RESOURCE_GROUP_API_VERSIONS,
            handler: (request, context, call) => {
                const tags = tagsOf(bodyObject(request));
                const group = { ...call.resourceGroup, ...(tags ? { tags } : {}) };
                context.state.resourceGroups.set(resourceGroupKey(request.params.subscriptionId, group.name), group);
                return json(200, group);
            },
        }),
        armRoute({
            method: 'DELETE',
            pattern: GROUP,
            name: 'arm.resourceGroups.delete',
            apiVersions: RESOURCE_GROUP_API_VERSIONS,
            handler: (request, context, call) => {
                const subscriptionId = request.params.subscriptionId;
                context.state.deleteResourceGroup(subscriptionId, call.resourceGroup.name);
                // ARM deletes a group asynchronously: 202 and a Location to poll, which answers 200 once done.
                const operation = `/subscriptions/${subscriptionId}/operationresults/${Buffer.from(`RGDelete:${(0,external_node_crypto_.randomUUID)()}`).toString('base64url')}`;
                return { status: 202, headers: { location: `${context.urls.armEndpoint}${operation}?api-version=${call.apiVersion}`, 'retry-after': '0' } };
            },
        }),
        armRoute({
            method: 'GET',
            pattern: '/subscriptions/{subscriptionId}/operationresults/{operationId}',
            name: 'arm.operationResults.get',
            apiVersions: RESOURCE_GROUP_API_VERSIONS,
            handler: () => ({ status: 200 }),
        }),
        armRoute({
            method: 'GET',
            pattern: '/subscriptions/{subscriptionId}/resourcegroups',
            name: 'arm.resourceGroups.list',
            apiVersions: RESOURCE_GROUP_API_VERSIONS,
            handler: (request, context) => {
                const prefix = `/subscriptions/${request.params.subscriptionId}/`.toLowerCase();
                return json(200, { value: [...context.state.resourceGroups.entries()].filter(([key]) => key.startsWith(prefix)).map(([, group]) => group) });
            },
        }),
    ],
};

;// CONCATENATED MODULE: ./lib/stand-in/routes/arm-providers.js



const PROVIDER_API_VERSIONS = RESOURCE_GROUP_API_VERSIONS;
/** A provider as ARM returns it; resource types come from the ARM routes the stand-in serves. */
function providerBody(namespace, subscriptionId, context) {
    const record = context.state.providers.get(namespace.toLowerCase());
    const types = new Map();
    for (const route of context.routes()) {
        if (!route.arm || route.arm.resourceType.split('/')[0].toLowerCase() !== namespace.toLowerCase())
            continue;
        const type = route.arm.resourceType.split('/').slice(1).join('/');
        const versions = types.get(type) ?? new Set();
        for (const version of route.arm.apiVersions)
            versions.add(version);
        types.set(type, versions);
    }
    return {
        id: `/subscriptions/${subscriptionId}/providers/${record?.namespace ?? namespace}`,
        namespace: record?.namespace ?? namespace,
        registrationState: record?.registrationState ?? 'NotRegistered',
        registrationPolicy: 'RegistrationRequired',
        resourceTypes: [...types.entries()].map(([resourceType, versions]) => ({
            resourceType,
            locations: ['East US', 'West US', 'West Europe', 'North Europe'],
            apiVersions: [...versions].sort().reverse(),
            capabilities: 'None',
        })),
    };
}
function knownNamespace(namespace, context) {
    return context.state.providers.has(namespace.toLowerCase()) || context.routes().some((r) => r.arm?.resourceType.split('/')[0].toLowerCase() === namespace.toLowerCase());
}
/** ARM resource providers: get, list, register, unregister. */
const armProvidersModule = {
    name: 'arm-providers',
    routes: () => [
        armRoute({
            method: 'GET',
            pattern: '/subscriptions/{subscriptionId}/providers',
            name: 'arm.providers.list',
            apiVersions: PROVIDER_API_VERSIONS,
            handler: (request, context) => {
                const namespaces = new Set([...context.state.providers.values()].map((p) => p.namespace));
                for (const route of context.routes())
                    if (route.arm)
                        namespaces.add(route.arm.resourceType.split('/')[0]);
                return json(200, { value: [...namespaces].map((ns) => providerBody(ns, request.params.subscriptionId, context)) });
            },
        }),
        armRoute({
            method: 'GET',
            pattern: '/subscriptions/{subscriptionId}/providers/{namespace}',
            name: 'arm.providers.get',
            apiVersions: PROVIDER_API_VERSIONS,
            handler: (request, context) => {
                const namespace = request.params.namespace;
                if (!knownNamespace(namespace, context))
                    failArm(404, 'InvalidResourceNamespace', `The resource namespace '${namespace}' is invalid.`);
                return json(200, providerBody(namespace, request.params.subscriptionId, context));
            },
        }),
        ...['register', 'unregister'].map((action) => armRoute({
            method: 'POST',
            pattern: `/subscriptions/{subscriptionId}/providers/{namespace}/${action}`,
            name: `arm.providers.${action}`,
            apiVersions: PROVIDER_API_VERSIONS,
            handler: (request, context) => {
                const namespace = request.params.namespace;
                if (!knownNamespace(namespace, context))
                    failArm(404, 'InvalidResourceNamespace', `The resource namespace '${namespace}' is invalid.`);
                const canonical = context.state.providers.get(namespace.toLowerCase())?.namespace ?? namespace;
                // Registration is immediate here; ARM reports Registering for a while first.
                context.state.providers.set(namespace.toLowerCase(), { namespace: canonical, registrationState: action === 'register' ? 'Registered' : 'NotRegistered' });
                return json(200, providerBody(canonical, request.params.subscriptionId, context));
            },
        })),
    ],
};

;// CONCATENATED MODULE: ./lib/stand-in/routes/managed-app-definitions.js


const APPLICATION_DEFINITION_TYPE = 'Microsoft.Solutions/applicationDefinitions';
const API_VERSIONS = ['2021-07-01'];
const DEFINITION = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Solutions/applicationDefinitions/{applicationDefinitionName}';
const LOCK_LEVELS = ['CanNotDelete', 'ReadOnly', 'None'];
/** Properties the service stores as given (ApplicationDefinitionProperties at 2021-07-01). */
const STORED_PROPERTIES = [
    'lockLevel', 'displayName', 'isEnabled', 'authorizations', 'artifacts', 'description', 'packageFileUri', 'storageAccountId',
    'mainTemplate', 'createUiDefinition', 'notificationPolicy', 'lockingPolicy', 'deploymentPolicy', 'managementPolicy', 'policies',
];
function collection(context) {
    return context.state.collection(APPLICATION_DEFINITION_TYPE);
}
function invalid(message) {
    failArm(400, 'InvalidRequestContent', `The request content was invalid and could not be deserialized: ${message}`);
}
function managementMode(properties) {
    const policy = properties?.managementPolicy;
    if (typeof policy !== 'object' || policy === null)
        return undefined;
    const mode = policy.mode;
    return typeof mode === 'string' ? mode : undefined;
}
function readDefinition(request) {
    const body = request.json();
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        invalid('expected a JSON object.');
    const { location, tags, properties, managedBy, sku } = body;
    if (typeof location !== 'string' || location === '')
        failArm(400, 'LocationRequired', 'The location property is required for this definition.');
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties))
        invalid("Required property 'properties' not found in JSON. Path '', line 1.");
    const props = properties;
    if (props.lockLevel === undefined)
        invalid("Required property 'lockLevel' not found in JSON. Path 'properties'.");
    if (typeof props.lockLevel !== 'string' || !LOCK_LEVELS.includes(props.lockLevel))
        invalid(`Error converting value '${String(props.lockLevel)}' to type 'ApplicationLockLevel'. Path 'properties.lockLevel'.`);
    if (props.packageFileUri === undefined && (props.mainTemplate === undefined || props.createUiDefinition === undefined)) {
        failArm(400, 'ApplicationDefinitionPackageMissing', "The application definition needs either 'packageFileUri' or both 'mainTemplate' and 'createUiDefinition'.");
    }
    const stored = Object.fromEntries(STORED_PROPERTIES.filter((key) => props[key] !== undefined).map((key) => [key, props[key]]));
    return {
        location,
        properties: stored,
        ...(tags && typeof tags === 'object' ? { tags: tags } : {}),
        ...(typeof managedBy === 'string' ? { managedBy } : {}),
        ...(sku !== undefined ? { sku } : {}),
    };
}
function scenario(context) {
    const found = context.config.scenario['managed-app-definitions'];
    return typeof found === 'object' && found !== null ? found : {};
}
function checkWriteAllowed(context, clientId, scope) {
    const deny = scenario(context).denyWrites;
    if (deny === true || (Array.isArray(deny) && deny.includes(clientId))) {
        failArm(403, 'AuthorizationFailed', `The client '${clientId}' with object id '${clientId}' does not have authorization to perform action 'Microsoft.Solutions/applicationDefinitions/write' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`);
    }
}
async function downloadPackage(context, uri) {
    if (!scenario(context).downloadPackages || typeof uri !== 'string')
        return;
    let status;
    try {
        status = (await fetch(uri)).status;
    }
    catch (error) {
        failArm(400, 'DownloadItemFromBlobFailed', `Failed to download package file from '${uri.split('?')[0]}': ${error instanceof Error ? error.message : String(error)}.`);
    }
    if (status !== 200)
        failArm(400, 'DownloadItemFromBlobFailed', `Failed to download package file from '${uri.split('?')[0]}'. Status code: ${status}.`);
}
/** ARM Microsoft.Solutions/applicationDefinitions at 2021-07-01: synchronous PUT, GET, PATCH (tags), DELETE, lists. */
const managedAppDefinitionsModule = {
    name: 'managed-app-definitions',
    routes: () => [
        armRoute({
            method: 'PUT',
            pattern: DEFINITION,
            name: 'arm.applicationDefinitions.put',
            apiVersions: API_VERSIONS,
            resourceType: APPLICATION_DEFINITION_TYPE,
            handler: async (request, context, call) => {
                const group = call.resourceGroup;
                const name = request.params.applicationDefinitionName;
                const { id, key } = resourceId(request.params.subscriptionId, group.name, APPLICATION_DEFINITION_TYPE, name);
                checkWriteAllowed(context, call.caller.clientId, id);
                const existing = collection(context).get(key);
                const given = readDefinition(request);
                await downloadPackage(context, given.properties.packageFileUri);
                const existingMode = managementMode(existing?.properties);
                const givenMode = managementMode(given.properties);
                if (existing && existingMode !== undefined && existingMode !== givenMode) {
                    failArm(409, 'ApplicationDefinitionApplicationManagementPolicyLockConflict', `Modifying application management policy on existing application definition is not allowed, current application management mode is '${existingMode}' while request contains different mode '${givenMode ?? '<null>'}'.`);
                }
                const now = new Date(context.now()).toISOString();
                const record = {
                    id: existing?.id ?? id,
                    name: existing?.name ?? name,
                    type: APPLICATION_DEFINITION_TYPE,
                    ...given,
                    systemData: systemDataFor(existing, call.caller.clientId, now),
                };
                collection(context).set(key, record);
                return json(existing ? 200 : 201, record);
            },
        }),
        armRoute({
            method: 'GET',
            pattern: DEFINITION,
            name: 'arm.applicationDefinitions.get',
            apiVersions: API_VERSIONS,
            resourceType: APPLICATION_DEFINITION_TYPE,
            handler: (request, context, call) => {
                const name = request.params.applicationDefinitionName;
                const found = collection(context).get(resourceId(request.params.subscriptionId, call.resourceGroup.name, APPLICATION_DEFINITION_TYPE, name).key);
                return found ? json(200, found) : resourceNotFound(APPLICATION_DEFINITION_TYPE, name, call.resourceGroup.name);
            },
        }),
        armRoute({
            method: 'PATCH',
            pattern: DEFINITION,
            name: 'arm.applicationDefinitions.patch',
            apiVersions: API_VERSIONS,
            resourceType: APPLICATION_DEFINITION_TYPE,
            handler: (request, context, call) => {
                const name = request.params.applicationDefinitionName;
                const { key } = resourceId(request.params.subscriptionId, call.resourceGroup.name, APPLICATION_DEFINITION_TYPE, name);
                const found = collection(context).get(key);
                if (!found)
                    resourceNotFound(APPLICATION_DEFINITION_TYPE, name, call.resourceGroup.name);
                const body = request.json();
                const tags = typeof body === 'object' && body !== null ? body.tags : undefined;
                const updated = { ...found, ...(tags && typeof tags === 'object' ? { tags: tags } : {}) };
                collection(context).set(key, updated);
                return json(200, updated);
            },
        }),
        armRoute({
            method: 'DELETE',
            pattern: DEFINITION,
            name: 'arm.applicationDefinitions.delete',
            apiVersions: API_VERSIONS,
            resourceType: APPLICATION_DEFINITION_TYPE,
            handler: (request, context, call) => {
                const { key } = resourceId(request.params.subscriptionId, call.resourceGroup.name, APPLICATION_DEFINITION_TYPE, request.params.applicationDefinitionName);
                return { status: collection(context).delete(key) ? 200 : 204 };
            },
        }),
        armRoute({
            method: 'GET',
            pattern: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Solutions/applicationDefinitions',
            name: 'arm.applicationDefinitions.listByResourceGroup',
            apiVersions: API_VERSIONS,
            resourceType: APPLICATION_DEFINITION_TYPE,
            handler: (request, context, call) => {
                const prefix = `/subscriptions/${request.params.subscriptionId}/resourcegroups/${call.resourceGroup.name}/`.toLowerCase();
                return json(200, { value: [...collection(context).entries()].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v) });
            },
        }),
        armRoute({
            method: 'GET',
            pattern: '/subscriptions/{subscriptionId}/providers/Microsoft.Solutions/applicationDefinitions',
            name: 'arm.applicationDefinitions.listBySubscription',
            apiVersions: API_VERSIONS,
            resourceType: APPLICATION_DEFINITION_TYPE,
            handler: (request, context) => {
                const prefix = `/subscriptions/${request.params.subscriptionId}/`.toLowerCase();
                return json(200, { value: [...collection(context).entries()].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v) });
            },
        }),
    ],
};

;// CONCATENATED MODULE: ./lib/stand-in/urls.js
const PARTNER_CENTER_PATH = '/partner-center';
function standInUrls(port, devopsOrganizationId) {
    const origin = `https://127.0.0.1:${port}`;
    return {
        origin,
        authorityHost: origin,
        armEndpoint: origin,
        partnerCenterEndpoint: `${origin}${PARTNER_CENTER_PATH}`,
        githubIssuer: `${origin}/github-oidc`,
        githubTokenRequestUrl: `${origin}/github-oidc/idtoken?api-version=2.0`,
        devopsIssuer: `${origin}/devops-oidc/${devopsOrganizationId}`,
        devopsOidcRequestUri: `${origin}/devops/contoso/_apis/distributedtask/hubs/build/plans/00000000-0000-4000-8000-00000000a001/jobs/00000000-0000-4000-8000-00000000a002/oidctoken`,
        control: `${origin}/_stand-in`,
    };
}

;// CONCATENATED MODULE: ./lib/stand-in/routes/partner-center-world.js

const MANAGED_APP_CONFIGURATION = 'AzureManagedApplicationPackageConfiguration';
/** The offers served when the config names none: one managed app with three plans, one other offer. */
const DEFAULT_OFFERS = [
    {
        offerId: 'contoso-gdc-app',
        name: 'Contoso Graph Data Connect app',
        plans: [{ planId: 'standard', name: 'Standard', version: '1.0.0' }, { planId: 'premium', name: 'Premium', version: '1.2.0' }, { planId: 'enterprise', name: 'Enterprise', version: '2.0.0' }],
    },
    { offerId: 'contoso-other-app', name: 'Contoso other app', plans: [{ planId: 'basic', name: 'Basic', version: '2.0.0' }] },
];
const newEtag = () => `"${(0,external_node_crypto_.randomBytes)(8).toString('hex')}"`;
function number(value, fallback) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
function scenarioOf(raw) {
    return {
        pageSize: Math.max(1, number(raw.pageSize, 2)),
        processingPolls: number(raw.processingPolls, 1),
        processFailure: Array.isArray(raw.processFailure) ? raw.processFailure : undefined,
        certificationPolls: number(raw.certificationPolls, 1),
        certification: raw.certification === 'fail' ? 'fail' : 'pass',
        publishPolls: number(raw.publishPolls, 1),
        interleaveConfigurationEdit: raw.interleaveConfigurationEdit === true,
    };
}
function configurationFor(id, version, packageId) {
    return {
        resourceType: MANAGED_APP_CONFIGURATION,
        id,
        ...(version ? { version } : {}),
        allowJitAccess: false,
        canEnableCustomerActions: false,
        allowedCustomerActions: [],
        publicAzureTenantID: '0b4d2f6a-8c1e-4a3b-9d5f-7e2c4a6b8d10',
        publicAzureAuthorizations: [{ principalID: '1c5e3a7b-9d2f-4b4c-8e6a-0f3d5b7c9e21', roleDefinitionID: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635' }],
        policies: [],
        packageReferences: packageId ? [{ type: 'AzureApplicationPackage', value: packageId }] : [],
    };
}
/** A package processed long ago, which a live plan references. */
function seedPackage(world, productId) {
    const id = (0,external_node_crypto_.randomUUID)();
    world.packages.set(id, {
        productId, signature: (0,external_node_crypto_.randomBytes)(24).toString('base64url'), pollsLeft: 0, etag: newEtag(),
        resource: { resourceType: 'AzureApplicationPackage', id, fileName: 'app.zip', state: 'Processed', isEmpty: false, fileSize: 4096, validationItems: [] },
    });
    return id;
}
function seedProduct(world, seed, timeIso) {
    const product = { id: (0,external_node_crypto_.randomUUID)(), offerId: seed.offerId, name: seed.name ?? seed.offerId, variants: [], branches: [] };
    const instance = () => {
        const id = (0,external_node_crypto_.randomUUID)();
        world.instances.add(id);
        return id;
    };
    for (const module of ['Listing', 'Property', 'Availability'])
        product.branches.push({ id: (0,external_node_crypto_.randomUUID)(), module, currentDraftInstanceId: instance() });
    const published = [];
    for (const plan of seed.plans) {
        const variant = { id: (0,external_node_crypto_.randomUUID)(), planId: plan.planId, friendlyName: plan.name ?? plan.planId };
        product.variants.push(variant);
        const draft = (0,external_node_crypto_.randomUUID)();
        const packageId = plan.version ? seedPackage(world, product.id) : undefined;
        world.configurations.set(draft, { resource: configurationFor(draft, plan.version, packageId), etag: newEtag() });
        product.branches.push({ id: (0,external_node_crypto_.randomUUID)(), module: 'Package', variantId: variant.id, currentDraftInstanceId: draft });
        for (const module of ['Listing', 'Availability'])
            product.branches.push({ id: (0,external_node_crypto_.randomUUID)(), module, variantId: variant.id, currentDraftInstanceId: instance() });
        if (plan.version) {
            // The version is live: a published submission holds a frozen copy of the configuration.
            const live = (0,external_node_crypto_.randomUUID)();
            world.configurations.set(live, { resource: configurationFor(live, plan.version, packageId), etag: newEtag() });
            published.push({ variantID: variant.id, resources: [{ type: 'Package', value: live }] });
        }
    }
    world.products.push(product);
    if (published.length > 0) {
        world.submissions.push({
            productId: product.id,
            pollsLeft: 0,
            validations: [],
            reports: [],
            resource: {
                resourceType: 'Submission', id: String(1000 + world.submissions.length), state: 'Published', substate: 'InStore',
                targets: [{ type: 'Scope', value: 'live' }], resources: [], variantResources: published, publishedTimeInUtc: timeIso,
                releaseNumber: 1, friendlyName: 'Submission 1', areResourcesReady: true,
            },
        });
    }
}
const WORLD_KEY = 'world';
/** The Partner Center world of a stand-in, seeded on first use from its scenario config. */
function partnerCenterWorld(state, context) {
    const holder = state.collection('partner-center');
    const found = holder.get(WORLD_KEY);
    if (found)
        return found;
    const raw = (context?.config.scenario['partner-center'] ?? {});
    const world = {
        scenario: scenarioOf(raw),
        products: [],
        configurations: new Map(),
        instances: new Set(),
        packages: new Map(),
        submissions: [],
    };
    const offers = Array.isArray(raw.offers) ? raw.offers : DEFAULT_OFFERS;
    const now = new Date(context?.now() ?? Date.now()).toISOString();
    for (const offer of offers)
        seedProduct(world, offer, now);
    holder.set(WORLD_KEY, world);
    return world;
}

;// CONCATENATED MODULE: ./lib/stand-in/routes/partner-center-common.js





/** Route patterns are `INGESTION + '/products/...'`. */
const INGESTION = `${PARTNER_CENTER_PATH}/v1.0/ingestion`;
/** Partner Center's error body: `{"code", "message", "details"}`. */
function failPc(status, code, message) {
    throw new ReplyError({ status, body: { code, message, details: [] } });
}
/** Checks the bearer token (Partner Center audiences) and returns the world. */
function pcWorld(request, context) {
    const endpoint = context.urls.partnerCenterEndpoint;
    requireBearer(request, context, [endpoint, `${endpoint}/`, 'https://api.partner.microsoft.com', 'https://api.partner.microsoft.com/']);
    return partnerCenterWorld(context.state, context);
}
function findProduct(world, productId) {
    const product = world.products.find((p) => p.id.toLowerCase() === productId.toLowerCase());
    if (!product)
        failPc(404, 'resourceNotFound', `Product '${productId}' was not found, or you do not have access to it.`);
    return product;
}
/** A JSON object body, or a 400. */
function objectBody(request) {
    const body = request.json();
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        failPc(400, 'invalidRequest', 'The request body must be a JSON object.');
    return body;
}
/**
 * One page of a listing: `$skipToken` is the offset; a further page is linked by
 * `@odata.nextLink`, relative to the API root (`v1.0/ingestion/...`), as the service does.
 */
function page(request, world, items) {
    const offset = Number(request.query.get('$skipToken') ?? '0') || 0;
    const size = world.scenario.pageSize;
    const value = items.slice(offset, offset + size);
    const body = { value };
    if (offset + size < items.length) {
        const query = new URLSearchParams(request.query);
        query.set('$skipToken', String(offset + size));
        body['@odata.nextLink'] = `${request.path.slice(PARTNER_CENTER_PATH.length + 1)}?${query.toString()}`;
    }
    return json(200, body);
}
function withEtag(resource, etag) {
    return json(200, { ...resource, '@odata.etag': etag }, { etag });
}

// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
;// CONCATENATED MODULE: ./lib/stand-in/routes/partner-center-packages.js





/** SAS upload URLs point at the stand-in itself: `/<account>/<container>/<blob>` (path-style, as storage clients expect for an IP host). */
const BLOB_ACCOUNT = 'pcingestion';
const BLOB_CONTAINER = 'packages';
const TRACKING = /^pid-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-partnercenter$/i;
function item(errorCode, message) {
    return { errorCode, severity: 'Error', message, resource: 'Package' };
}
/** What Partner Center would object to in an uploaded Azure Application package. */
function inspectPackage(zip) {
    if (!zip)
        return [item('packageNotUploaded', 'No file was uploaded to the package SAS URI before it was marked Uploaded.')];
    let files;
    try {
        files = (0,esm/* unzipSync */.AO)(new Uint8Array(zip));
    }
    catch {
        return [item('invalidPackageFormat', 'The package is not a valid .zip file.')];
    }
    const problems = [];
    for (const name of ['mainTemplate.json', 'createUiDefinition.json']) {
        if (!files[name])
            problems.push(item('missingRequiredFile', `The package must contain ${name} at the root of the zip.`));
    }
    const template = files['mainTemplate.json'];
    if (!template)
        return problems;
    let resources = [];
    try {
        const parsed = (0,parse_json/* parseJson */.qF)(new TextDecoder().decode(template).replace(/^\uFEFF/, ''));
        resources = Array.isArray(parsed.resources) ? parsed.resources : [];
    }
    catch {
        return [...problems, item('invalidTemplate', 'mainTemplate.json is not valid JSON.')];
    }
    const names = resources
        .filter((r) => typeof r === 'object' && r !== null && String(r.type).toLowerCase() === 'microsoft.resources/deployments')
        .map((r) => String(r.name ?? ''))
        .filter((name) => /^pid-/i.test(name));
    if (names.length === 0) {
        problems.push(item('missingTrackingId', 'mainTemplate.json has no Microsoft.Resources/deployments resource named pid-<GUID>-partnercenter: add the customer usage attribution tracking resource.'));
    }
    else if (!names.some((name) => TRACKING.test(name))) {
        problems.push(item('invalidTrackingId', `The customer usage attribution resource '${names[0]}' is malformed: its name must be pid-<GUID>-partnercenter.`));
    }
    return problems;
}
function stored(world, request) {
    const product = findProduct(world, request.params.productID);
    const pkg = world.packages.get(request.params.packageID.toLowerCase());
    if (!pkg || pkg.productId !== product.id)
        failPc(404, 'resourceNotFound', `Package '${request.params.packageID}' was not found in product '${product.id}'.`);
    return pkg;
}
/** Settles processing once the client has polled enough. */
function advance(world, pkg) {
    if (pkg.resource.state !== 'InProcessing')
        return;
    if (pkg.pollsLeft-- > 0)
        return;
    const problems = world.scenario.processFailure ?? inspectPackage(pkg.blob);
    pkg.resource = { ...pkg.resource, state: problems.length > 0 ? 'ProcessFailed' : 'Processed', validationItems: problems };
    pkg.etag = newEtag();
}
function createPackage(request, context) {
    const world = pcWorld(request, context);
    const product = findProduct(world, request.params.productID);
    const body = objectBody(request);
    if (body.resourceType !== 'AzureApplicationPackage')
        failPc(400, 'invalidResourceType', `resourceType must be AzureApplicationPackage for an Azure Application offer; got '${String(body.resourceType)}'.`);
    if (typeof body.fileName !== 'string' || !/\.zip$/i.test(body.fileName))
        failPc(400, 'invalidFileName', 'fileName must name a .zip file.');
    const id = (0,external_node_crypto_.randomUUID)();
    const signature = (0,external_node_crypto_.randomBytes)(24).toString('base64url');
    const expiry = new Date(context.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const sas = new URLSearchParams({ sv: '2020-08-04', sr: 'b', sp: 'cw', se: expiry, sig: signature });
    const fileSasUri = `${context.urls.origin}/${BLOB_ACCOUNT}/${BLOB_CONTAINER}/${id}/${encodeURIComponent(body.fileName)}?${sas.toString()}`;
    const pkg = {
        productId: product.id,
        signature,
        pollsLeft: 0,
        etag: newEtag(),
        resource: { resourceType: 'AzureApplicationPackage', id, fileName: body.fileName, fileSasUri, state: 'PendingUpload', isEmpty: true, validationItems: [] },
    };
    world.packages.set(id, pkg);
    return { ...withEtag(pkg.resource, pkg.etag), status: 201 };
}
function updatePackage(request, context) {
    const world = pcWorld(request, context);
    const pkg = stored(world, request);
    const body = objectBody(request);
    const ifMatch = request.headers['if-match'] ?? (typeof body['@odata.etag'] === 'string' ? body['@odata.etag'] : undefined);
    if (ifMatch && ifMatch !== '*' && ifMatch !== pkg.etag)
        failPc(409, 'conflict', `The package was modified since it was read: ETag ${ifMatch} does not match the current ${pkg.etag}.`);
    const state = body.state ?? body.State;
    if (state === 'Uploaded') {
        if (pkg.resource.state !== 'PendingUpload')
            failPc(409, 'invalidState', `The package is ${String(pkg.resource.state)}; only a PendingUpload package can be marked Uploaded.`);
        pkg.resource = { ...pkg.resource, state: 'InProcessing', isEmpty: !pkg.blob, fileSize: pkg.blob?.length ?? 0 };
        pkg.pollsLeft = world.scenario.processingPolls;
    }
    pkg.etag = newEtag();
    return withEtag(pkg.resource, pkg.etag);
}
function uploadBlob(request, context) {
    const world = pcWorldUnauthenticated(context);
    const pkg = world.packages.get(request.params.packageID.toLowerCase());
    const xml = (status, code, message) => ({
        status,
        headers: { 'content-type': 'application/xml', 'x-ms-error-code': code },
        body: `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
    });
    if (!pkg || request.query.get('sig') !== pkg.signature)
        return xml(403, 'AuthenticationFailed', 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.');
    if (String(request.headers['x-ms-blob-type'] ?? '') !== 'BlockBlob')
        return xml(400, 'MissingRequiredHeader', 'An HTTP header that is mandatory for this request is not specified: x-ms-blob-type.');
    if (pkg.resource.state !== 'PendingUpload')
        return xml(409, 'BlobImmutableDueToPolicy', 'The package was already marked uploaded; its blob cannot change.');
    pkg.blob = Buffer.from(request.body);
    const now = new Date(context.now()).toUTCString();
    return { status: 201, headers: { etag: `"0x${(0,external_node_crypto_.randomBytes)(7).toString('hex').toUpperCase()}"`, 'last-modified': now, date: now, 'x-ms-request-server-encrypted': 'true', 'x-ms-version': '2020-08-04' } };
}
/** The blob endpoint is authorised by the SAS signature alone, as Azure Storage is. */
function pcWorldUnauthenticated(context) {
    return partnerCenterWorld(context.state, context);
}
function packageRoutes() {
    const product = `${INGESTION}/products/{productID}`;
    return [
        {
            method: 'GET', pattern: `${product}/packages`, name: 'partnerCenter.packages.list',
            handler: (request, context) => {
                const world = pcWorld(request, context);
                const id = findProduct(world, request.params.productID).id;
                return page(request, world, [...world.packages.values()].filter((p) => p.productId === id).map((p) => ({ ...p.resource, '@odata.etag': p.etag })));
            },
        },
        { method: 'POST', pattern: `${product}/packages`, name: 'partnerCenter.packages.create', handler: createPackage },
        {
            method: 'GET', pattern: `${product}/packages/{packageID}`, name: 'partnerCenter.packages.get',
            handler: (request, context) => {
                const world = pcWorld(request, context);
                const pkg = stored(world, request);
                advance(world, pkg);
                return withEtag(pkg.resource, pkg.etag);
            },
        },
        { method: 'PUT', pattern: `${product}/packages/{packageID}`, name: 'partnerCenter.packages.update', handler: updatePackage },
        { method: 'PUT', pattern: `/${BLOB_ACCOUNT}/${BLOB_CONTAINER}/{packageID}/{fileName}`, name: 'storage.partnerCenterPackages.putBlob', handler: uploadBlob },
    ];
}

;// CONCATENATED MODULE: ./lib/stand-in/routes/partner-center-submissions.js




const pairs = (value) => (Array.isArray(value) ? value : []);
function partner_center_submissions_stored(world, request) {
    const product = findProduct(world, request.params.productID);
    const found = world.submissions.find((s) => s.productId === product.id && s.resource.id === request.params.submissionID);
    if (!found)
        failPc(404, 'resourceNotFound', `Submission '${request.params.submissionID}' was not found in product '${product.id}'.`);
    return found;
}
/** Certification and publishing move on as the client polls. */
function partner_center_submissions_advance(world, submission, context) {
    const substate = submission.resource.substate;
    if (substate !== 'Submitted' && substate !== 'Publishing')
        return;
    if (submission.pollsLeft-- > 0)
        return;
    const now = new Date(context.now()).toISOString();
    if (substate === 'Publishing') {
        submission.resource = { ...submission.resource, state: 'Published', substate: 'InStore', publishedTimeInUtc: now };
        return;
    }
    if (world.scenario.certification === 'fail') {
        submission.validations = [{ errorCode: 'certificationFailed', severity: 'Error', message: 'The createUiDefinition.json outputs do not match the mainTemplate.json parameters (certification test).', resource: 'Package' }];
        submission.reports = [{ reportTimeInUtc: now, status: 'Failed', fileUri: `${context.urls.origin}/pcingestion/reports/${String(submission.resource.id)}.pdf` }];
        submission.resource = { ...submission.resource, substate: 'FailedInCertification' };
        return;
    }
    submission.reports = [{ reportTimeInUtc: now, status: 'Passed', fileUri: `${context.urls.origin}/pcingestion/reports/${String(submission.resource.id)}.pdf` }];
    submission.resource = { ...submission.resource, substate: 'ReadyToPublish', areResourcesReady: true };
}
/** The draft a submission takes is frozen; the branch moves on to a fresh draft copied from it. */
function branchNewDraft(world, product, instanceId) {
    const branch = product.branches.find((b) => b.currentDraftInstanceId === instanceId);
    if (!branch)
        return;
    const next = (0,external_node_crypto_.randomUUID)();
    const configuration = world.configurations.get(instanceId);
    if (configuration)
        world.configurations.set(next, { resource: { ...configuration.resource, id: next }, etag: newEtag() });
    else
        world.instances.add(next);
    branch.currentDraftInstanceId = next;
}
function checkInstances(world, product, body) {
    const ids = [];
    const known = (id) => product.branches.some((b) => b.currentDraftInstanceId === id);
    for (const pair of pairs(body.resources))
        ids.push(String(pair.value ?? ''));
    const variants = Array.isArray(body.variantResources) ? body.variantResources : [];
    for (const variant of variants) {
        if (!product.variants.some((v) => v.id === variant.variantID))
            failPc(400, 'invalidVariant', `Plan (variant) '${String(variant.variantID)}' is not in this product.`);
        for (const pair of pairs(variant.resources)) {
            const id = String(pair.value ?? '');
            ids.push(id);
            const configuration = world.configurations.get(id);
            if (pair.type === 'Package' && configuration && pairs(configuration.resource.packageReferences).length === 0) {
                failPc(400, 'businessValidationError', `The technical configuration of plan '${String(variant.variantID)}' references no package: upload one first.`);
            }
        }
    }
    for (const id of ids)
        if (!known(id))
            failPc(400, 'invalidResource', `Resource instance '${id}' is not a current draft of this product.`);
    return ids;
}
function createSubmission(request, context) {
    const world = pcWorld(request, context);
    const product = findProduct(world, request.params.productID);
    const body = objectBody(request);
    if (body.resourceType !== 'SubmissionCreationRequest')
        failPc(400, 'invalidResourceType', 'resourceType must be SubmissionCreationRequest.');
    const scope = pairs(body.targets).find((t) => t.type === 'Scope')?.value;
    if (typeof scope !== 'string' || scope.toLowerCase() !== 'preview')
        failPc(400, 'invalidTarget', "targets must hold {type: 'Scope', value: 'preview'}; go live by promoting a submission.");
    const busy = world.submissions.find((s) => s.productId === product.id && (s.resource.substate === 'Submitted' || s.resource.substate === 'Publishing'));
    if (busy)
        failPc(409, 'submissionInProgress', `Submission ${String(busy.resource.id)} of this offer is still ${String(busy.resource.substate)}; wait for it to finish.`);
    const ids = checkInstances(world, product, body);
    const releases = world.submissions.filter((s) => s.productId === product.id).length;
    const submission = {
        productId: product.id,
        pollsLeft: world.scenario.certificationPolls,
        validations: [],
        reports: [],
        resource: {
            resourceType: 'Submission', id: String(1000 + world.submissions.length), state: 'InProgress', substate: 'Submitted',
            targets: [{ type: 'Scope', value: 'preview' }], resources: body.resources ?? [], variantResources: body.variantResources ?? [],
            releaseNumber: releases + 1, friendlyName: `Submission ${releases + 1}`, areResourcesReady: false,
        },
    };
    world.submissions.push(submission);
    for (const id of ids)
        branchNewDraft(world, product, id);
    return json(201, submission.resource);
}
function promote(request, context) {
    const world = pcWorld(request, context);
    const submission = partner_center_submissions_stored(world, request);
    if (submission.resource.substate !== 'ReadyToPublish') {
        failPc(409, 'invalidState', `Submission ${String(submission.resource.id)} is ${String(submission.resource.substate)}; only a ReadyToPublish submission can go live.`);
    }
    submission.resource = { ...submission.resource, substate: 'Publishing', targets: [{ type: 'Scope', value: 'live' }] };
    submission.pollsLeft = world.scenario.publishPolls;
    const now = new Date(context.now()).toISOString();
    return json(200, { type: 'Publish', state: 'InProgress', targetEnvironment: 'live', startDateTimeInUtc: now, workflowSteps: [] });
}
function submissionRoutes() {
    const base = `${INGESTION}/products/{productID}/submissions`;
    return [
        {
            method: 'GET', pattern: base, name: 'partnerCenter.submissions.list',
            handler: (request, context) => {
                const world = pcWorld(request, context);
                const id = findProduct(world, request.params.productID).id;
                const mine = world.submissions.filter((s) => s.productId === id);
                for (const s of mine)
                    partner_center_submissions_advance(world, s, context);
                return page(request, world, mine.map((s) => s.resource).reverse());
            },
        },
        { method: 'POST', pattern: base, name: 'partnerCenter.submissions.create', handler: createSubmission },
        {
            method: 'GET', pattern: `${base}/{submissionID}`, name: 'partnerCenter.submissions.get',
            handler: (request, context) => {
                const world = pcWorld(request, context);
                const submission = partner_center_submissions_stored(world, request);
                partner_center_submissions_advance(world, submission, context);
                return json(200, submission.resource);
            },
        },
        { method: 'POST', pattern: `${base}/{submissionID}/promote`, name: 'partnerCenter.submissions.promote', handler: promote },
        {
            method: 'GET', pattern: `${base}/{submissionID}/validations`, name: 'partnerCenter.submissions.validations',
            handler: (request, context) => {
                const world = pcWorld(request, context);
                return page(request, world, partner_center_submissions_stored(world, request).validations);
            },
        },
        {
            method: 'GET', pattern: `${base}/{submissionID}/reports`, name: 'partnerCenter.submissions.reports',
            handler: (request, context) => {
                const world = pcWorld(request, context);
                return page(request, world, partner_center_submissions_stored(world, request).reports);
            },
        },
    ];
}

;// CONCATENATED MODULE: ./lib/stand-in/routes/partner-center.js





const PRODUCT = `${INGESTION}/products/{productID}`;
const OFFER_FILTER = /ExternalIDs\/Any\(i:i\/Type eq 'AzureOfferId' and i\/Value eq '((?:[^']|'')*)'\)/i;
function productResource(product) {
    return {
        resourceType: 'AzureApplication', id: product.id, name: product.name, isModularPublishing: true,
        externalIDs: [{ type: 'AzureOfferId', value: product.offerId }],
    };
}
function listProducts(request, context) {
    const world = pcWorld(request, context);
    const filter = request.query.get('$filter');
    let products = world.products;
    if (filter) {
        const match = OFFER_FILTER.exec(filter);
        if (!match)
            failPc(400, 'invalidFilter', `The stand-in understands only $filter=ExternalIDs/Any(i:i/Type eq 'AzureOfferId' and i/Value eq '<offer id>'); got '${filter}'.`);
        const offerId = match[1].replace(/''/g, "'");
        products = products.filter((p) => p.offerId === offerId);
    }
    return page(request, world, products.map(productResource));
}
/** `getByModule(module=Package)`, `getByInstanceID(instanceID=...)`: the value inside, or a 404. */
function functionArgument(segment, name, argument) {
    const match = new RegExp(`^${name}\\(${argument}=([^)]*)\\)$`, 'i').exec(segment);
    if (!match)
        failPc(404, 'resourceNotFound', `Unknown function '${segment}'; expected ${name}(${argument}=...).`);
    return match[1];
}
function branches(request, context) {
    const world = pcWorld(request, context);
    const product = findProduct(world, request.params.productID);
    const module = functionArgument(request.params.fn, 'getByModule', 'module');
    const found = product.branches.filter((b) => b.module.toLowerCase() === module.toLowerCase());
    return page(request, world, found.map((b) => ({
        resourceType: 'Branch', id: b.id, friendlyName: 'Draft', type: 'Main', module: b.module, currentDraftInstanceID: b.currentDraftInstanceId,
        ...(b.variantId ? { variantID: b.variantId } : {}),
    })));
}
/** GET `packageConfigurations/getByInstanceID(instanceID=...)` (a page) or `packageconfigurations/{id}` (one). */
function getConfiguration(request, context) {
    const world = pcWorld(request, context);
    findProduct(world, request.params.productID);
    const segment = request.params.segment;
    if (/^getByInstanceID\(/i.test(segment)) {
        const instanceId = functionArgument(segment, 'getByInstanceID', 'instanceID');
        const stored = world.configurations.get(instanceId);
        if (!stored)
            failPc(404, 'resourceNotFound', `No package configuration has instance id '${instanceId}'.`);
        return page(request, world, [{ ...stored.resource, '@odata.etag': stored.etag }]);
    }
    const stored = world.configurations.get(segment);
    if (!stored)
        failPc(404, 'resourceNotFound', `Package configuration '${segment}' was not found.`);
    return withEtag(stored.resource, stored.etag);
}
function referencedPackagesProcessed(world, productId, body) {
    const references = Array.isArray(body.packageReferences) ? body.packageReferences : [];
    for (const reference of references) {
        const pkg = world.packages.get(String(reference.value ?? '').toLowerCase());
        if (!pkg || pkg.productId !== productId)
            failPc(400, 'invalidPackageReference', `Package '${String(reference.value)}' does not exist in this product.`);
        if (pkg.resource.state !== 'Processed')
            failPc(400, 'invalidPackageReference', `Package '${String(reference.value)}' is ${String(pkg.resource.state)}; only a Processed package can be referenced.`);
    }
}
function putConfiguration(request, context) {
    const world = pcWorld(request, context);
    const product = findProduct(world, request.params.productID);
    const id = request.params.packageConfigurationID;
    const stored = world.configurations.get(id);
    const isDraft = product.branches.some((b) => b.module === 'Package' && b.currentDraftInstanceId === id);
    if (!stored || !isDraft)
        failPc(404, 'resourceNotFound', `Package configuration '${id}' is not a draft of product '${product.id}'.`);
    const ifMatch = request.headers['if-match'];
    if (typeof ifMatch !== 'string' || ifMatch === '')
        failPc(400, 'missingIfMatch', 'The If-Match header is required: send the @odata.etag read with the configuration.');
    if (world.scenario.interleaveConfigurationEdit) {
        // Someone edits the plan in Partner Center between this client's read and its write.
        world.scenario.interleaveConfigurationEdit = false;
        stored.resource = { ...stored.resource, allowJitAccess: !stored.resource.allowJitAccess };
        stored.etag = newEtag();
    }
    if (ifMatch !== '*' && ifMatch !== stored.etag) {
        failPc(409, 'conflict', `The package configuration was modified since it was read: If-Match ${ifMatch} does not match the current ETag ${stored.etag}.`);
    }
    const body = objectBody(request);
    if (body.resourceType !== MANAGED_APP_CONFIGURATION)
        failPc(400, 'invalidResourceType', `resourceType must be ${MANAGED_APP_CONFIGURATION} for a managed application plan.`);
    if (typeof body.version !== 'string' || !/^\d+\.\d+\.\d+$/.test(body.version))
        failPc(400, 'invalidVersion', `version must be <major>.<minor>.<patch>; got '${String(body.version)}'.`);
    referencedPackagesProcessed(world, product.id, body);
    const { '@odata.etag': _ignored, ...resource } = body;
    stored.resource = { ...resource, id };
    stored.etag = newEtag();
    return withEtag(stored.resource, stored.etag);
}
const partnerCenterModule = {
    name: 'partner-center',
    routes: () => [
        { method: 'GET', pattern: `${INGESTION}/products`, name: 'partnerCenter.products.list', handler: listProducts },
        {
            method: 'GET', pattern: PRODUCT, name: 'partnerCenter.products.get',
            handler: (request, context) => json(200, productResource(findProduct(pcWorld(request, context), request.params.productID))),
        },
        {
            method: 'GET', pattern: `${PRODUCT}/variants`, name: 'partnerCenter.variants.list',
            handler: (request, context) => {
                const world = pcWorld(request, context);
                const product = findProduct(world, request.params.productID);
                return page(request, world, product.variants.map((v) => ({
                    resourceType: 'AzureSkuVariant', id: v.id, friendlyName: v.friendlyName, externalID: v.planId, state: 'Active', '@odata.etag': `"${v.id.slice(0, 8)}"`,
                })));
            },
        },
        { method: 'GET', pattern: `${PRODUCT}/branches/{fn}`, name: 'partnerCenter.branches.getByModule', handler: branches },
        { method: 'GET', pattern: `${PRODUCT}/packageconfigurations/{segment}`, name: 'partnerCenter.packageConfigurations.get', handler: getConfiguration },
        { method: 'PUT', pattern: `${PRODUCT}/packageconfigurations/{packageConfigurationID}`, name: 'partnerCenter.packageConfigurations.put', handler: putConfiguration },
        ...packageRoutes(),
        ...submissionRoutes(),
    ],
};

;// CONCATENATED MODULE: ./lib/stand-in/routes/data-factory-scenario.js
/**
 * How the stand-in's Data Factory runs behave: per-activity outcome and duration, copy results.
 * Read from the `--config` file's `scenario["data-factory"]`, replaced through the control API
 * (`PUT /_stand-in/data-factory/scenario`) or from code (`dataFactoryScenario(standIn)`).
 */
const DEFAULT_SCENARIO = {
    defaultDurationMs: 1000,
    queueMs: 0,
    cancelingMs: 1000,
    copy: { dataRead: 524288, dataWritten: 524288, filesRead: 0, filesWritten: 3, rowsRead: 1200, rowsCopied: 1200 },
    activities: {},
};
const OUTCOMES = ['Succeeded', 'Failed', 'Office365Unauthorised'];
/** What is wrong with a scenario object, or undefined when it is usable. */
function scenarioProblem(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'the data-factory scenario must be a JSON object';
    const record = value;
    for (const key of ['defaultDurationMs', 'queueMs', 'cancelingMs']) {
        if (record[key] !== undefined && (typeof record[key] !== 'number' || record[key] < 0))
            return `${key} must be a number of milliseconds, 0 or more`;
    }
    const activities = record.activities ?? {};
    if (typeof activities !== 'object' || activities === null || Array.isArray(activities))
        return 'activities must be an object keyed by Pipeline/Activity or Activity';
    for (const [name, entry] of Object.entries(activities)) {
        const e = entry;
        if (typeof e !== 'object' || e === null)
            return `activities.${name} must be an object`;
        if (e.outcome !== undefined && !OUTCOMES.includes(String(e.outcome)))
            return `activities.${name}.outcome must be one of ${OUTCOMES.join(', ')}`;
        if (e.durationMs !== undefined && (typeof e.durationMs !== 'number' || e.durationMs < 0))
            return `activities.${name}.durationMs must be a number of milliseconds`;
    }
    return undefined;
}
/** A scenario from config or the control API, over the defaults. */
function resolveScenario(value) {
    if (value === undefined)
        return DEFAULT_SCENARIO;
    const problem = scenarioProblem(value);
    if (problem)
        throw new Error(`stand-in config scenario["data-factory"]: ${problem}`);
    const given = value;
    return {
        defaultDurationMs: given.defaultDurationMs ?? DEFAULT_SCENARIO.defaultDurationMs,
        queueMs: given.queueMs ?? DEFAULT_SCENARIO.queueMs,
        cancelingMs: given.cancelingMs ?? DEFAULT_SCENARIO.cancelingMs,
        copy: { ...DEFAULT_SCENARIO.copy, ...(given.copy ?? {}) },
        activities: given.activities ?? {},
    };
}
/** The entry for an activity of a pipeline: `Pipeline/Activity` first, then `Activity`. */
function activityScenario(scenario, pipeline, activity) {
    const wanted = [`${pipeline}/${activity}`.toLowerCase(), activity.toLowerCase()];
    for (const key of wanted) {
        const found = Object.entries(scenario.activities).find(([name]) => name.toLowerCase() === key);
        if (found)
            return found[1];
    }
    return {};
}

;// CONCATENATED MODULE: ./lib/stand-in/routes/data-factory-simulation.js


const OFFICE365_ERROR_MESSAGE = "ErrorCode=UserErrorOffice365DataLoaderError,'Type=Microsoft.DataTransfer.Common.Shared.HybridDeliveryException,Message=Office365 data loading failed to execute. The application is not authorized to access Microsoft Graph Data Connect: the consent request is pending approval by the tenant administrator.,Source=Microsoft.DataTransfer.ClientLibrary,'";
const object = (value) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {});
const list = (value) => (Array.isArray(value) ? value.map(object) : []);
const data_factory_simulation_text = (value) => (typeof value === 'string' ? value : '');
const NO_ERROR = (target) => ({ errorCode: '', message: '', failureType: '', target, details: '' });
/** Plans a run of a stored pipeline starting at `at`; child runs of ExecutePipeline activities are planned too. */
function planRun(context, pipelineName, parameters, at, invokedBy, parent) {
    const resource = context.pipeline(pipelineName);
    const runId = (0,external_node_crypto_.randomUUID)();
    const run = {
        runId,
        runGroupId: parent?.runGroupId ?? runId,
        factoryKey: context.factoryKey,
        pipelineName: data_factory_simulation_text(resource?.name) || pipelineName,
        parameters,
        invokedBy,
        ...(parent ? { parentRunId: parent.runId } : {}),
        childRunIds: [],
        createdAt: at,
        start: at + (parent ? 0 : context.scenario.queueMs),
        end: 0,
        status: 'Succeeded',
        message: '',
        activities: [],
    };
    const properties = object(resource?.properties);
    const scope = runScope(context, run, list(properties.activities), run.start);
    run.end = scope.end;
    run.status = scope.outcome;
    if (scope.outcome === 'Failed')
        run.message = scope.failures.map((a) => `Operation on target ${a.activityName} failed: ${a.error.message}`).join('\n');
    context.save(run);
    return run;
}
/** Walks one list of sibling activities in dependency order, from `at`. */
function runScope(context, run, activities, at) {
    const outcomes = new Map();
    const byName = new Map(activities.map((a) => [data_factory_simulation_text(a.name).toLowerCase(), a]));
    let pending = [...activities];
    while (pending.length > 0) {
        const ready = pending.filter((a) => list(a.dependsOn).every((d) => outcomes.has(data_factory_simulation_text(d.activity).toLowerCase()) || !byName.has(data_factory_simulation_text(d.activity).toLowerCase())));
        // A cycle (the validator reports it): what is left never runs.
        if (ready.length === 0) {
            for (const a of pending)
                outcomes.set(data_factory_simulation_text(a.name).toLowerCase(), { status: 'Skipped', end: at });
            break;
        }
        for (const activity of ready) {
            const deps = list(activity.dependsOn).map((d) => ({ met: conditionsMet(d, outcomes), end: outcomes.get(data_factory_simulation_text(d.activity).toLowerCase())?.end ?? at }));
            const start = Math.max(at, ...deps.map((d) => d.end));
            const name = data_factory_simulation_text(activity.name).toLowerCase();
            if (!deps.every((d) => d.met))
                outcomes.set(name, { status: 'Skipped', end: start });
            else {
                const planned = runActivity(context, run, activity, start);
                outcomes.set(name, { status: planned.status, end: planned.end, planned });
            }
        }
        pending = pending.filter((a) => !ready.includes(a));
    }
    const end = Math.max(at, ...[...outcomes.values()].map((o) => o.end));
    return { end, ...scopeOutcome(activities, outcomes) };
}
function conditionsMet(dependency, outcomes) {
    const status = outcomes.get(data_factory_simulation_text(dependency.activity).toLowerCase())?.status;
    if (status === undefined)
        return true;
    const conditions = Array.isArray(dependency.dependencyConditions) ? dependency.dependencyConditions.map(String) : ['Succeeded'];
    return conditions.some((c) => c === status || (c === 'Completed' && (status === 'Succeeded' || status === 'Failed')));
}
/**
 * Data Factory's rule: evaluate every leaf; a skipped leaf is judged by its parents instead.
 * The pipeline succeeds only when every node so judged succeeded.
 */
function scopeOutcome(activities, outcomes) {
    const dependedOn = new Set(activities.flatMap((a) => list(a.dependsOn).map((d) => data_factory_simulation_text(d.activity).toLowerCase())));
    const byName = new Map(activities.map((a) => [data_factory_simulation_text(a.name).toLowerCase(), a]));
    const failures = [];
    let ok = true;
    const judge = (name, seen) => {
        if (seen.has(name))
            return;
        seen.add(name);
        const outcome = outcomes.get(name);
        if (!outcome || outcome.status === 'Succeeded')
            return;
        if (outcome.status === 'Skipped') {
            for (const d of list(byName.get(name)?.dependsOn))
                judge(data_factory_simulation_text(d.activity).toLowerCase(), seen);
            return;
        }
        ok = false;
        if (outcome.planned)
            failures.push(outcome.planned);
    };
    for (const name of byName.keys())
        if (!dependedOn.has(name))
            judge(name, new Set());
    return { outcome: ok ? 'Succeeded' : 'Failed', failures };
}
function runActivity(context, run, activity, start) {
    const name = data_factory_simulation_text(activity.name);
    const type = data_factory_simulation_text(activity.type);
    const typeProperties = object(activity.typeProperties);
    const scenario = activityScenario(context.scenario, run.pipelineName, name);
    const planned = {
        activityRunId: (0,external_node_crypto_.randomUUID)(),
        activityName: name,
        activityType: type,
        linkedServiceName: data_factory_simulation_text(object(activity.linkedServiceName).referenceName),
        input: typeProperties,
        start,
        end: start + (scenario.durationMs ?? context.scenario.defaultDurationMs),
        status: 'Succeeded',
        output: {},
        error: NO_ERROR(name),
    };
    run.activities.push(planned);
    const lowered = type.toLowerCase();
    if (lowered === 'executepipeline')
        executePipeline(context, run, planned, typeProperties, scenario);
    else if (['foreach', 'until', 'ifcondition', 'switch'].includes(lowered))
        container(context, run, planned, lowered, typeProperties, scenario);
    else if (lowered === 'copy')
        copy(context, planned, typeProperties, scenario);
    else if (scenario.outcome && scenario.outcome !== 'Succeeded')
        fail(planned, scenario, '2011', 'The activity failed (outcome set by the stand-in scenario).');
    return planned;
}
function fail(planned, scenario, errorCode, message, failureType = 'UserError') {
    planned.status = 'Failed';
    planned.error = {
        errorCode: scenario.error?.errorCode ?? errorCode,
        message: scenario.error?.message ?? message,
        failureType: scenario.error?.failureType ?? failureType,
        target: planned.activityName,
        details: '',
    };
}
function copy(context, planned, typeProperties, scenario) {
    const sourceType = data_factory_simulation_text(object(typeProperties.source).type);
    if (scenario.outcome === 'Office365Unauthorised') {
        fail(planned, scenario, '2200', OFFICE365_ERROR_MESSAGE);
        return;
    }
    if (scenario.outcome === 'Failed') {
        fail(planned, scenario, '2200', "Failure happened on 'Sink' side. ErrorCode=UserErrorFailedFileOperation,'Type=Microsoft.DataTransfer.Common.Shared.HybridDeliveryException,Message=The file operation failed (outcome set by the stand-in scenario).,Source=Microsoft.DataTransfer.ClientLibrary,'");
        return;
    }
    const seconds = Math.max(1, Math.round((planned.end - planned.start) / 1000));
    planned.output = {
        ...context.scenario.copy,
        ...(scenario.output ?? {}),
        copyDuration: seconds,
        throughput: 0,
        errors: [],
        effectiveIntegrationRuntime: sourceType === 'Office365Source' ? 'TenantRegionRuntime' : 'AutoResolveIntegrationRuntime (West Europe)',
        usedDataIntegrationUnits: 4,
        billingReference: { activityType: 'DataMovement', billableDuration: [{ meterType: 'AzureIR', duration: seconds / 3600, unit: 'DIUHours' }] },
        usedParallelCopies: 1,
        executionDetails: [{ source: { type: sourceType || 'Unknown' }, sink: { type: data_factory_simulation_text(object(typeProperties.sink).type) || 'Unknown' }, status: 'Succeeded', start: new Date(planned.start).toISOString(), duration: seconds }],
    };
}
function executePipeline(context, run, planned, typeProperties, scenario) {
    const childName = data_factory_simulation_text(object(typeProperties.pipeline).referenceName);
    if (!context.pipeline(childName)) {
        fail(planned, scenario, '2011', `Pipeline '${childName}' was not found in the factory.`);
        return;
    }
    const parameters = Object.fromEntries(Object.entries(object(typeProperties.parameters)).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
    const invokedBy = { name: planned.activityName, id: planned.activityRunId, invokedByType: 'PipelineActivity', pipelineName: run.pipelineName, pipelineRunId: run.runId };
    const child = planRun(context, childName, parameters, planned.start, invokedBy, run);
    run.childRunIds.push(child.runId);
    planned.output = { pipelineName: child.pipelineName, pipelineRunId: child.runId };
    // waitOnCompletion defaults to false: the activity succeeds once the child run has started (after
    // the activity's own scenario durationMs, if one is set), whatever the child then does.
    if (typeProperties.waitOnCompletion !== true) {
        planned.end = Math.max(child.start, scenario.durationMs === undefined ? planned.start : planned.start + scenario.durationMs);
        if (scenario.outcome && scenario.outcome !== 'Succeeded')
            fail(planned, scenario, '2011', 'The activity failed (outcome set by the stand-in scenario).');
        return;
    }
    planned.end = child.end;
    if (child.status === 'Failed')
        fail(planned, scenario, '2011', child.message || `Pipeline ${child.pipelineName} failed.`);
    else if (scenario.outcome && scenario.outcome !== 'Succeeded')
        fail(planned, scenario, '2011', 'The activity failed (outcome set by the stand-in scenario).');
}
function container(context, run, planned, type, typeProperties, scenario) {
    // One pass over the branch that runs: the loop body once, the true branch, the default case.
    const inner = type === 'ifcondition' ? typeProperties.ifTrueActivities : type === 'switch' ? typeProperties.defaultActivities : typeProperties.activities;
    const result = runScope(context, run, list(inner), planned.start);
    planned.end = Math.max(planned.end, result.end);
    if (result.outcome === 'Failed')
        fail(planned, scenario, '2011', `Activity failed because an inner activity failed: ${result.failures.map((f) => f.activityName).join(', ')}`);
    else if (scenario.outcome && scenario.outcome !== 'Succeeded')
        fail(planned, scenario, '2011', 'The activity failed (outcome set by the stand-in scenario).');
}
/**
 * Cancels a run at `at`: it shows Canceling for `cancelingMs`, then Cancelled. Activities not yet
 * started never start (nor do the runs they would have executed, returned so the caller can drop
 * them); running ones stop when the run is Cancelled. A run already ended or cancelling is left be.
 */
function cancelRun(run, at, cancelingMs) {
    if (at >= run.end || run.cancelRequestedAt !== undefined)
        return [];
    const neverStarted = [];
    run.cancelRequestedAt = at;
    run.status = 'Cancelled';
    run.end = Math.max(at, run.start) + cancelingMs;
    run.message = 'Cancelled by user.';
    for (let i = run.activities.length - 1; i >= 0; i--) {
        const activity = run.activities[i];
        if (activity.start >= at) {
            run.activities.splice(i, 1);
            const child = activity.output.pipelineRunId;
            if (activity.activityType.toLowerCase() === 'executepipeline' && typeof child === 'string')
                neverStarted.push(child);
        }
        else if (activity.end > at) {
            activity.end = run.end;
            activity.status = 'Cancelled';
            // ExecutePipeline still names the run it started.
            if (activity.activityType.toLowerCase() !== 'executepipeline')
                activity.output = {};
            activity.error = { errorCode: '', message: 'Activity was cancelled by user.', failureType: 'UserError', target: activity.activityName, details: '' };
        }
    }
    return neverStarted;
}

;// CONCATENATED MODULE: ./lib/stand-in/routes/data-factory-runs.js



const RUNS = 'Microsoft.DataFactory/factories/pipelineruns';
const FACTORY_TYPE = 'Microsoft.DataFactory/factories';
const data_factory_runs_API_VERSIONS = ['2018-06-01'];
const FACTORY = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DataFactory/factories/{factoryName}';
const data_factory_runs_iso = (ms) => new Date(ms).toISOString();
function runsOf(context) {
    return context.state.collection(RUNS);
}
/** Data Factory's own error envelope: code, message, target and details (null when absent). */
function failAdf(status, code, message) {
    failArm(status, code, message);
}
/** The status a run shows at `now`: Queued, InProgress, Canceling (after a cancel), then its final one. */
function pipelineRunStatus(run, now) {
    if (now >= run.end)
        return run.status;
    if (run.cancelRequestedAt !== undefined && now >= run.cancelRequestedAt)
        return 'Canceling';
    return now < run.start ? 'Queued' : 'InProgress';
}
/** The moments a run's `lastUpdated` moves: creation, start, a cancel, each activity's start and end. */
function changeMoments(run) {
    return [run.createdAt, run.start, run.cancelRequestedAt ?? Infinity, ...run.activities.flatMap((a) => [a.start, a.end])].filter((t) => Number.isFinite(t));
}
/** The timeline of a run as the simulation planned it; undefined for an unknown run id. */
function pipelineRunTimeline(context, runId) {
    const run = context.state.collection(RUNS).get(runId.toLowerCase());
    if (!run)
        return undefined;
    return {
        createdAt: run.createdAt,
        start: run.start,
        end: run.end,
        status: run.status,
        ...(run.cancelRequestedAt === undefined ? {} : { cancelRequestedAt: run.cancelRequestedAt }),
        changes: [...new Set(changeMoments(run))].sort((a, b) => a - b),
        childRunIds: [...run.childRunIds],
    };
}
/** A pipeline run as `GET .../pipelineruns/{runId}` shows it at `now`. */
function pipelineRunView(run, now) {
    const status = pipelineRunStatus(run, now);
    const changes = changeMoments(run).filter((t) => t <= now);
    const done = now >= run.end;
    return {
        runId: run.runId,
        runGroupId: run.runGroupId,
        isLatest: true,
        pipelineName: run.pipelineName,
        parameters: run.parameters,
        runDimensions: {},
        invokedBy: run.invokedBy,
        lastUpdated: data_factory_runs_iso(Math.max(...changes)),
        runStart: now >= run.start ? data_factory_runs_iso(run.start) : null,
        runEnd: done ? data_factory_runs_iso(run.end) : null,
        durationInMs: done ? run.end - run.start : null,
        status,
        message: done ? run.message : '',
    };
}
function activityView(run, activity, now) {
    const done = now >= activity.end;
    return {
        activityRunId: activity.activityRunId,
        activityName: activity.activityName,
        activityType: activity.activityType,
        pipelineName: run.pipelineName,
        pipelineRunId: run.runId,
        linkedServiceName: activity.linkedServiceName,
        status: done ? activity.status : 'InProgress',
        activityRunStart: data_factory_runs_iso(activity.start),
        activityRunEnd: done ? data_factory_runs_iso(activity.end) : null,
        durationInMs: done ? activity.end - activity.start : null,
        input: activity.input,
        // ExecutePipeline shows the run it started while it waits for it.
        output: done || activity.activityType === 'ExecutePipeline' ? activity.output : {},
        error: done ? activity.error : { errorCode: '', message: '', failureType: '', target: activity.activityName, details: '' },
        retryAttempt: null,
        iterationHash: '',
        userProperties: {},
    };
}
function findRun(context, factoryKey, runId) {
    const run = runsOf(context).get(runId.toLowerCase());
    if (!run || run.factoryKey !== factoryKey)
        failAdf(404, 'PipelineRunNotFound', `Pipeline run '${runId}' was not found.`);
    return run;
}
/** Forgets a planned run that never started, with the runs it would have started. */
function dropRun(context, runId) {
    const run = runsOf(context).get(runId.toLowerCase());
    if (!run)
        return;
    runsOf(context).delete(runId.toLowerCase());
    for (const childId of run.childRunIds)
        dropRun(context, childId);
}
function cancelTree(context, run, at, recursive, cancelingMs) {
    for (const childId of cancelRun(run, at, cancelingMs)) {
        dropRun(context, childId);
        run.childRunIds.splice(run.childRunIds.indexOf(childId), 1);
    }
    if (!recursive)
        return;
    for (const childId of run.childRunIds) {
        const child = runsOf(context).get(childId.toLowerCase());
        if (child)
            cancelTree(context, child, at, true, cancelingMs);
    }
}
function dateParameter(body, name) {
    const value = body[name];
    const parsed = typeof value === 'string' ? Date.parse(value) : NaN;
    if (Number.isNaN(parsed))
        failAdf(400, 'BadRequest', `The request must have '${name}' as an ISO 8601 date-time.`);
    return parsed;
}
/** createRun, pipeline run get and cancel, activity run queries. */
function runRoutes(options) {
    return [
        armRoute({
            method: 'POST',
            pattern: `${FACTORY}/pipelines/{pipelineName}/createRun`,
            name: 'arm.dataFactory.pipelines.createRun',
            apiVersions: data_factory_runs_API_VERSIONS,
            resourceType: FACTORY_TYPE,
            handler: (request, context) => {
                const factoryKey = options.factoryKey(request);
                const pipelineName = request.params.pipelineName;
                if (!options.pipeline(factoryKey, pipelineName))
                    failAdf(404, 'NotFound', `Entity ${pipelineName} not found`);
                const body = request.body.length > 0 ? request.json() : {};
                const parameters = Object.fromEntries(Object.entries((body ?? {})).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
                const plan = {
                    factoryKey,
                    scenario: options.scenario(),
                    pipeline: (name) => options.pipeline(factoryKey, name),
                    save: (run) => void runsOf(context).set(run.runId.toLowerCase(), run),
                };
                const run = planRun(plan, pipelineName, parameters, context.now(), { name: 'Manual', id: plan.factoryKey.slice(-8), invokedByType: 'Manual' });
                return json(200, { runId: run.runId });
            },
        }),
        armRoute({
            method: 'GET',
            pattern: `${FACTORY}/pipelineruns/{runId}`,
            name: 'arm.dataFactory.pipelineRuns.get',
            apiVersions: data_factory_runs_API_VERSIONS,
            resourceType: FACTORY_TYPE,
            handler: (request, context) => json(200, pipelineRunView(findRun(context, options.factoryKey(request), request.params.runId), context.now())),
        }),
        armRoute({
            method: 'POST',
            pattern: `${FACTORY}/pipelineruns/{runId}/cancel`,
            name: 'arm.dataFactory.pipelineRuns.cancel',
            apiVersions: data_factory_runs_API_VERSIONS,
            resourceType: FACTORY_TYPE,
            handler: (request, context) => {
                const run = findRun(context, options.factoryKey(request), request.params.runId);
                cancelTree(context, run, context.now(), request.query.get('isRecursive')?.toLowerCase() === 'true', options.scenario().cancelingMs);
                return { status: 200 };
            },
        }),
        armRoute({
            method: 'POST',
            pattern: `${FACTORY}/pipelineruns/{runId}/queryActivityruns`,
            name: 'arm.dataFactory.activityRuns.query',
            apiVersions: data_factory_runs_API_VERSIONS,
            resourceType: FACTORY_TYPE,
            handler: (request, context) => {
                const run = findRun(context, options.factoryKey(request), request.params.runId);
                const body = (request.json() ?? {});
                const after = dateParameter(body, 'lastUpdatedAfter');
                const before = dateParameter(body, 'lastUpdatedBefore');
                const now = context.now();
                const value = run.activities
                    .filter((a) => a.start <= now)
                    .filter((a) => {
                    const updated = now >= a.end ? a.end : a.start;
                    return updated >= after && updated <= before;
                })
                    .sort((a, b) => a.start - b.start)
                    .map((a) => activityView(run, a, now));
                return json(200, { value });
            },
        }),
    ];
}

;// CONCATENATED MODULE: ./lib/stand-in/routes/data-factory.js




/**
 * Azure Data Factory at api-version 2018-06-01: factories; pipelines, datasets, linked services,
 * data flows, integration runtimes and triggers (start, stop, and no update while started);
 * pipeline runs simulated from the activity graph (see data-factory-simulation.ts).
 */
const data_factory_FACTORY_TYPE = 'Microsoft.DataFactory/factories';
const data_factory_API_VERSIONS = ['2018-06-01'];
const data_factory_FACTORY = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DataFactory/factories/{factoryName}';
/** Child collections: URL segment, ARM type, reference type other objects name them by. */
const CHILDREN = [
    { segment: 'pipelines', type: 'pipelines', reference: 'PipelineReference', area: 'pipelines' },
    { segment: 'datasets', type: 'datasets', reference: 'DatasetReference', area: 'datasets' },
    { segment: 'linkedservices', type: 'linkedservices', reference: 'LinkedServiceReference', area: 'linkedServices' },
    { segment: 'dataflows', type: 'dataflows', reference: 'DataFlowReference', area: 'dataFlows' },
    { segment: 'integrationRuntimes', type: 'integrationruntimes', reference: 'IntegrationRuntimeReference', area: 'integrationRuntimes' },
    { segment: 'triggers', type: 'triggers', reference: undefined, area: 'triggers' },
];
const factories = (context) => context.state.collection(data_factory_FACTORY_TYPE);
const children = (context, child) => context.state.collection(`${data_factory_FACTORY_TYPE}/${child.type}`);
const etag = () => `"${Math.random().toString(16).slice(2, 10)}-0000-0000-0000-${Date.now().toString(16).padStart(12, '0')}"`;
function factoryKey(request) {
    return resourceId(request.params.subscriptionId, request.params.resourceGroupName, data_factory_FACTORY_TYPE, request.params.factoryName).key;
}
function requireFactory(request, context) {
    const found = factories(context).get(factoryKey(request));
    if (!found)
        resourceNotFound(data_factory_FACTORY_TYPE, request.params.factoryName, request.params.resourceGroupName);
    return found;
}
function data_factory_bodyObject(request) {
    const body = request.json();
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        failArm(400, 'BadRequest', 'The request body must be a JSON object.');
    return body;
}
/** Every `{referenceName, type}` reference inside an object's properties. */
function referencesIn(value, found = []) {
    if (Array.isArray(value))
        for (const item of value)
            referencesIn(item, found);
    else if (typeof value === 'object' && value !== null) {
        const record = value;
        if (typeof record.referenceName === 'string' && typeof record.type === 'string')
            found.push({ type: record.type, name: record.referenceName });
        for (const inner of Object.values(record))
            referencesIn(inner, found);
    }
    return found;
}
/** Data Factory refuses an object that names one missing from the factory. */
function checkReferences(context, factory, properties, self) {
    for (const reference of referencesIn(properties)) {
        const child = CHILDREN.find((c) => c.reference === reference.type);
        if (!child || reference.name.toLowerCase() === 'autoresolveintegrationruntime')
            continue;
        if (child === self.child && reference.name.toLowerCase() === self.name.toLowerCase())
            continue;
        const key = `${factory.id}/${child.type}/${reference.name}`.toLowerCase();
        if (!children(context, child).has(key))
            failAdf(400, 'BadRequest', `The document creation or update failed because of invalid reference '${reference.name}'.`);
    }
}
/**
 * An object as Data Factory returns it: the value of every literal SecureString replaced by
 * asterisks (the service stores it encrypted and never gives it back).
 */
function withSecureStringsMasked(value) {
    if (Array.isArray(value))
        return value.map(withSecureStringsMasked);
    if (typeof value !== 'object' || value === null)
        return value;
    const record = value;
    if (record.type === 'SecureString' && typeof record.value === 'string')
        return { ...record, value: '**********' };
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, withSecureStringsMasked(inner)]));
}
function childRoutes(child) {
    const pattern = `${data_factory_FACTORY}/${child.segment}/{name}`;
    const keyOf = (factory, name) => `${factory.id}/${child.type}/${name}`.toLowerCase();
    return [
        armRoute({
            method: 'PUT', pattern, name: `arm.dataFactory.${child.area}.createOrUpdate`, apiVersions: data_factory_API_VERSIONS, resourceType: data_factory_FACTORY_TYPE,
            handler: (request, context) => {
                const factory = requireFactory(request, context);
                const name = request.params.name;
                const body = data_factory_bodyObject(request);
                const properties = body.properties;
                if (typeof properties !== 'object' || properties === null || Array.isArray(properties))
                    failAdf(400, 'BadRequest', "The request body must have a 'properties' object.");
                const existing = children(context, child).get(keyOf(factory, name));
                if (child.segment === 'triggers' && existing?.properties.runtimeState === 'Started') {
                    failAdf(400, 'TriggerEnabledCannotUpdate', 'Cannot update enabled Trigger; the trigger needs to be disabled first. ');
                }
                checkReferences(context, factory, properties, { child, name });
                const stored = { ...properties };
                if (child.segment === 'triggers')
                    stored.runtimeState = existing?.properties.runtimeState ?? 'Stopped';
                const record = { id: `${factory.id}/${child.type}/${existing?.name ?? name}`, name: existing?.name ?? name, type: `${data_factory_FACTORY_TYPE}/${child.type}`, properties: stored, etag: etag() };
                children(context, child).set(keyOf(factory, name), record);
                return json(200, withSecureStringsMasked(record));
            },
        }),
        armRoute({
            method: 'GET', pattern, name: `arm.dataFactory.${child.area}.get`, apiVersions: data_factory_API_VERSIONS, resourceType: data_factory_FACTORY_TYPE,
            handler: (request, context) => {
                const factory = requireFactory(request, context);
                const found = children(context, child).get(keyOf(factory, request.params.name));
                if (!found)
                    failAdf(404, 'NotFound', `Entity ${request.params.name} not found`);
                return json(200, withSecureStringsMasked(found));
            },
        }),
        armRoute({
            method: 'DELETE', pattern, name: `arm.dataFactory.${child.area}.delete`, apiVersions: data_factory_API_VERSIONS, resourceType: data_factory_FACTORY_TYPE,
            handler: (request, context) => {
                const factory = requireFactory(request, context);
                return { status: children(context, child).delete(keyOf(factory, request.params.name)) ? 200 : 204 };
            },
        }),
        armRoute({
            method: 'GET', pattern: `${data_factory_FACTORY}/${child.segment}`, name: `arm.dataFactory.${child.area}.list`, apiVersions: data_factory_API_VERSIONS, resourceType: data_factory_FACTORY_TYPE,
            handler: (request, context) => {
                const factory = requireFactory(request, context);
                const prefix = `${factory.id}/${child.type}/`.toLowerCase();
                return json(200, { value: [...children(context, child).entries()].filter(([key]) => key.startsWith(prefix)).map(([, record]) => withSecureStringsMasked(record)) });
            },
        }),
    ];
}
function triggerStateRoute(action) {
    const trigger = CHILDREN.find((c) => c.segment === 'triggers');
    return armRoute({
        method: 'POST', pattern: `${data_factory_FACTORY}/triggers/{name}/${action}`, name: `arm.dataFactory.triggers.${action}`, apiVersions: data_factory_API_VERSIONS, resourceType: data_factory_FACTORY_TYPE,
        handler: (request, context) => {
            const factory = requireFactory(request, context);
            const found = children(context, trigger).get(`${factory.id}/triggers/${request.params.name}`.toLowerCase());
            if (!found)
                failAdf(404, 'NotFound', `Entity ${request.params.name} not found`);
            found.properties = { ...found.properties, runtimeState: action === 'start' ? 'Started' : 'Stopped' };
            found.etag = etag();
            return { status: 200 };
        },
    });
}
function factoryRoutes() {
    return [
        armRoute({
            method: 'PUT', pattern: data_factory_FACTORY, name: 'arm.dataFactory.factories.createOrUpdate', apiVersions: data_factory_API_VERSIONS, resourceType: data_factory_FACTORY_TYPE,
            handler: (request, context, call) => {
                const body = data_factory_bodyObject(request);
                if (typeof body.location !== 'string' || body.location === '')
                    failArm(400, 'LocationRequired', 'The location property is required for this definition.');
                const key = factoryKey(request);
                const existing = factories(context).get(key);
                const name = existing?.name ?? request.params.factoryName;
                const record = {
                    id: resourceId(request.params.subscriptionId, call.resourceGroup.name, data_factory_FACTORY_TYPE, name).id,
                    name,
                    type: data_factory_FACTORY_TYPE,
                    location: existing?.location ?? body.location,
                    ...(body.tags ? { tags: body.tags } : {}),
                    ...(body.identity ? { identity: body.identity } : {}),
                    properties: { provisioningState: 'Succeeded', createTime: new Date(context.now()).toISOString(), version: '2018-06-01' },
                    eTag: etag(),
                };
                factories(context).set(key, record);
                return json(200, record);
            },
        }),
        armRoute({
            method: 'GET', pattern: data_factory_FACTORY, name: 'arm.dataFactory.factories.get', apiVersions: data_factory_API_VERSIONS, resourceType: data_factory_FACTORY_TYPE,
            handler: (request, context) => json(200, requireFactory(request, context)),
        }),
        armRoute({
            method: 'GET', pattern: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DataFactory/factories', name: 'arm.dataFactory.factories.listByResourceGroup',
            apiVersions: data_factory_API_VERSIONS, resourceType: data_factory_FACTORY_TYPE,
            handler: (request, context) => {
                const prefix = `/subscriptions/${request.params.subscriptionId}/resourcegroups/${request.params.resourceGroupName}/`.toLowerCase();
                return json(200, { value: [...factories(context).entries()].filter(([key]) => key.startsWith(prefix)).map(([, f]) => f) });
            },
        }),
    ];
}
function scenarioRoutes(holder) {
    return [
        { method: 'GET', pattern: '/_stand-in/data-factory/scenario', name: '_stand-in.dataFactory.scenario.get', handler: () => json(200, holder.scenario) },
        {
            method: 'PUT', pattern: '/_stand-in/data-factory/scenario', name: '_stand-in.dataFactory.scenario.put',
            handler: (request) => {
                const body = request.json();
                const problem = scenarioProblem(body);
                if (problem)
                    return json(400, { error: { code: 'InvalidScenario', message: problem } });
                holder.scenario = resolveScenario(body);
                return json(200, holder.scenario);
            },
        },
    ];
}
const HOLDERS = new WeakMap();
/** The live scenario of a stand-in's Data Factory (tests may replace it between runs). */
function dataFactoryScenario(context) {
    let holder = HOLDERS.get(context);
    if (!holder) {
        holder = { scenario: resolveScenario(context.config.scenario['data-factory']) };
        HOLDERS.set(context, holder);
    }
    return holder;
}
const dataFactoryModule = {
    name: 'data-factory',
    routes: (context) => {
        const holder = dataFactoryScenario(context);
        const pipelines = CHILDREN.find((c) => c.segment === 'pipelines');
        return [
            ...scenarioRoutes(holder),
            ...runRoutes({
                factoryKey,
                scenario: () => holder.scenario,
                pipeline: (key, name) => children(context, pipelines).get(`${key}/pipelines/${name}`.toLowerCase()),
            }),
            triggerStateRoute('start'),
            triggerStateRoute('stop'),
            ...CHILDREN.flatMap(childRoutes),
            ...factoryRoutes(),
        ];
    },
};
/** True for Microsoft.DataFactory/factories and the child types this store keeps. */
function isFactoryResourceType(type) {
    const [namespace, factoriesSegment, childSegment, ...rest] = type.split('/');
    if (namespace?.toLowerCase() !== 'microsoft.datafactory' || factoriesSegment?.toLowerCase() !== 'factories' || rest.length)
        return false;
    return childSegment === undefined || CHILDREN.some((c) => c.type === childSegment.toLowerCase());
}
/**
 * Adds a factory or a child object (pipeline, dataset, linked service, data flow, integration
 * runtime, trigger) deployed by a template, so the factory routes list and GET it and runs can
 * start. Its factory must be stored first (templates deploy parents first). Triggers are Stopped.
 */
function storeDeployedFactoryResource(context, resource, tenantId) {
    const segments = resource.id.split('/');
    const factoryId = segments.slice(0, 9).join('/');
    const properties = (typeof resource.body.properties === 'object' && resource.body.properties !== null ? resource.body.properties : {});
    if (resource.type.split('/').length === 2) {
        const identity = resource.body.identity;
        const systemAssigned = typeof identity?.type === 'string' && identity.type.includes('SystemAssigned');
        const record = {
            id: factoryId,
            name: resource.name,
            type: data_factory_FACTORY_TYPE,
            location: String(resource.body.location ?? ''),
            ...(resource.body.tags ? { tags: resource.body.tags } : {}),
            ...(identity ? { identity: systemAssigned ? { ...identity, principalId: globalThis.crypto.randomUUID(), tenantId } : identity } : {}),
            properties: { ...properties, provisioningState: 'Succeeded', createTime: new Date(context.now()).toISOString(), version: '2018-06-01' },
            eTag: etag(),
        };
        factories(context).set(factoryId.toLowerCase(), record);
        return;
    }
    if (!factories(context).has(factoryId.toLowerCase()))
        throw new Error(`the factory '${segments[8]}' of '${resource.name}' is not deployed`);
    const child = CHILDREN.find((c) => c.type === segments[9].toLowerCase());
    const name = segments[10];
    const stored = { ...properties, ...(child.segment === 'triggers' ? { runtimeState: 'Stopped' } : {}) };
    const record = { id: `${factoryId}/${child.type}/${name}`, name, type: `${data_factory_FACTORY_TYPE}/${child.type}`, properties: stored, etag: etag() };
    children(context, child).set(record.id.toLowerCase(), record);
}
/** A factory or child object by resource id (any case), as the factory routes return it. */
function readFactoryResource(context, id) {
    const segments = id.split('/');
    if (segments.length === 9)
        return factories(context).get(id.toLowerCase());
    const child = CHILDREN.find((c) => c.type === segments[9]?.toLowerCase());
    return child ? children(context, child).get(id.toLowerCase()) : undefined;
}

;// CONCATENATED MODULE: ./lib/stand-in/routes/managed-identity.js



/**
 * The local managed-identity token endpoints of an Azure host, served on the stand-in's plain
 * HTTP listener (the real ones are plain HTTP on the machine too):
 * - App Service / Functions: `GET {IDENTITY_ENDPOINT}?api-version=2019-08-01&resource=...`
 *   with the `X-IDENTITY-HEADER: {IDENTITY_HEADER}` header;
 * - IMDS (a VM, where self-hosted runners and agents live):
 *   `GET /metadata/identity/oauth2/token?api-version=2018-02-01&resource=...` with `Metadata: true`,
 *   reached by `ManagedIdentityCredential` through `AZURE_POD_IDENTITY_AUTHORITY_HOST`.
 * Both pick a user-assigned identity by `client_id`, `principal_id`/`object_id` or
 * `mi_res_id`/`msi_res_id`, and the system-assigned one otherwise.
 */
const APP_SERVICE_TOKEN_PATH = '/msi/token';
const IMDS_TOKEN_PATH = '/metadata/identity/oauth2/token';
const APP_SERVICE_API_VERSIONS = ['2019-08-01'];
const IMDS_API_VERSIONS = ['2018-02-01', '2019-08-01', '2021-02-01'];
const DEFAULT_SYSTEM = { clientId: '0d4b7e2a-9c1f-4a3e-8b6d-5f2c7a9e1b06', principalId: '7a3e9c1d-4b6f-4e2a-9d8c-1b5f3e7a9c07' };
const DEFAULT_USER = { name: 'mapp-runner-identity', clientId: '2e8c4a6f-1d3b-4f5e-a7c9-3b1d5f7e9a08', principalId: '9c5a1e3b-7d2f-4a6c-8e4b-2d6f8a1c3e09' };
const RESOURCE_GROUP = 'mapp-runners';
const resolved = new WeakMap();
function managed_identity_scenarioOf(config) {
    const given = config.scenario['managed-identity'];
    return typeof given === 'object' && given !== null ? given : {};
}
/** The machine's identities from the config, with defaults; one resolution per stand-in. */
function managedIdentitySettings(config) {
    const known = resolved.get(config);
    if (known)
        return known;
    const scenario = managed_identity_scenarioOf(config);
    const group = `/subscriptions/${config.subscriptionId}/resourceGroups/${RESOURCE_GROUP}`;
    const system = scenario.systemAssigned === false ? undefined : { ...DEFAULT_SYSTEM, ...scenario.systemAssigned };
    const settings = {
        systemAssigned: system && { ...system, resourceId: `${group}/providers/Microsoft.Compute/virtualMachines/mapp-runner` },
        userAssigned: (scenario.userAssigned ?? [DEFAULT_USER]).map((identity) => ({
            clientId: identity.clientId,
            principalId: identity.principalId ?? (0,external_node_crypto_.randomUUID)(),
            resourceId: `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${identity.name}`,
        })),
        identityHeader: scenario.identityHeader ?? (0,external_node_crypto_.randomBytes)(24).toString('hex'),
    };
    resolved.set(config, settings);
    return settings;
}
/** The variables and identities for a stand-in whose plain HTTP listener is at `httpOrigin`. */
function managedIdentityEndpoints(config, httpOrigin) {
    const settings = managedIdentitySettings(config);
    return {
        appServiceEnv: { IDENTITY_ENDPOINT: `${httpOrigin}${APP_SERVICE_TOKEN_PATH}`, IDENTITY_HEADER: settings.identityHeader },
        imdsEnv: { AZURE_POD_IDENTITY_AUTHORITY_HOST: httpOrigin },
        systemAssigned: settings.systemAssigned,
        userAssigned: settings.userAssigned,
    };
}
/** Which identity a request asks for; a Failure when none fits. */
function pickIdentity(query, settings) {
    const same = (a, b) => b !== null && a.toLowerCase() === b.toLowerCase();
    const clientId = query.get('client_id');
    const principalId = query.get('principal_id') ?? query.get('object_id');
    const resourceId = query.get('mi_res_id') ?? query.get('msi_res_id');
    const asked = [clientId, principalId, resourceId].filter((value) => value !== null);
    if (asked.length > 1)
        return { status: 400, code: 'invalid_request', message: 'Only one of client_id, principal_id (object_id) and mi_res_id (msi_res_id) may be given.' };
    if (asked.length === 0) {
        return settings.systemAssigned ?? { status: 400, code: 'invalid_request', message: 'No system-assigned managed identity is enabled on this resource: give a user-assigned identity.' };
    }
    const all = [...(settings.systemAssigned ? [settings.systemAssigned] : []), ...settings.userAssigned];
    const found = all.find((identity) => same(identity.clientId, clientId) || same(identity.principalId, principalId) || same(identity.resourceId, resourceId));
    return found ?? { status: 400, code: 'invalid_request', message: 'No User Assigned or Delegated Managed Identity found for specified ClientId/ResourceId/PrincipalId.' };
}
/** The audiences the stand-in's services accept; a managed identity gets tokens only for them. */
function knownResource(resource, context) {
    const partnerCenter = [context.urls.partnerCenterEndpoint, 'https://api.partner.microsoft.com'];
    return [...armAudiences(context), ...partnerCenter, ...partnerCenter.map((a) => `${a}/`)].includes(resource);
}
function issueToken(request, context, endpoint) {
    const settings = managedIdentitySettings(context.config);
    const headerProblem = endpoint.checkHeader(request, settings);
    if (headerProblem)
        return endpoint.error(headerProblem);
    const apiVersion = request.query.get('api-version');
    if (!apiVersion || !endpoint.apiVersions.includes(apiVersion)) {
        return endpoint.error({ status: 400, code: 'invalid_request', message: `Required query parameter api-version is missing or not one of ${endpoint.apiVersions.join(', ')}.` });
    }
    const resource = request.query.get('resource');
    if (!resource)
        return endpoint.error({ status: 400, code: 'invalid_request', message: 'Required audience parameter not specified' });
    const identity = pickIdentity(request.query, settings);
    if ('status' in identity)
        return endpoint.error(identity);
    if (!knownResource(resource, context)) {
        return endpoint.error({
            status: 400,
            code: 'invalid_resource',
            message: `AADSTS500011: The resource principal named ${resource} was not found in the tenant named ${context.config.tenantId}.`,
        });
    }
    const issued = context.tokens.issueAccessToken({
        audience: resource,
        clientId: identity.clientId,
        objectId: identity.principalId,
        extraClaims: { xms_mirid: identity.resourceId },
    });
    const now = Math.floor(context.now() / 1000);
    return json(200, {
        access_token: issued.token,
        expires_on: String(now + issued.expiresIn),
        resource,
        token_type: 'Bearer',
        client_id: identity.clientId,
        ...endpoint.extraFields(now, issued.expiresIn),
    });
}
function sameSecret(given, expected) {
    if (given === undefined)
        return false;
    const a = Buffer.from(given);
    const b = Buffer.from(expected);
    return a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(a, b);
}
const headerValue = (request, name) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
};
const appService = {
    apiVersions: APP_SERVICE_API_VERSIONS,
    checkHeader: (request, settings) => {
        const given = headerValue(request, 'x-identity-header');
        if (given === undefined)
            return { status: 400, code: 'invalid_request', message: 'The X-IDENTITY-HEADER header (the IDENTITY_HEADER value) is missing.' };
        if (!sameSecret(given, settings.identityHeader))
            return { status: 401, code: 'unauthorized', message: 'The X-IDENTITY-HEADER header does not match IDENTITY_HEADER.' };
        return undefined;
    },
    // App Service's endpoint answers errors as {statusCode, message, correlationId}.
    error: (failure) => json(failure.status, { statusCode: failure.status, message: failure.message, correlationId: (0,external_node_crypto_.randomUUID)() }),
    extraFields: () => ({}),
};
const imds = {
    apiVersions: IMDS_API_VERSIONS,
    checkHeader: (request) => headerValue(request, 'metadata')?.toLowerCase() === 'true' ? undefined : { status: 400, code: 'invalid_request', message: 'Required metadata header not specified' },
    error: (failure) => json(failure.status, { error: failure.code, error_description: failure.message }),
    extraFields: (issuedAt, expiresIn) => ({ refresh_token: '', expires_in: String(expiresIn), ext_expires_in: String(expiresIn), not_before: String(issuedAt) }),
};
/** The machine's managed-identity endpoints; served on the plain HTTP listener only. */
const managedIdentityModule = {
    name: 'managed-identity',
    plainHttp: true,
    routes: () => [
        { method: 'GET', pattern: APP_SERVICE_TOKEN_PATH, name: 'managedIdentity.appService.token', handler: (request, context) => issueToken(request, context, appService) },
        { method: 'GET', pattern: IMDS_TOKEN_PATH, name: 'managedIdentity.imds.token', handler: (request, context) => issueToken(request, context, imds) },
    ],
};

// EXTERNAL MODULE: ./lib/shared/arm-eval/index.js + 16 modules
var arm_eval = __webpack_require__(59722);
;// CONCATENATED MODULE: ./lib/stand-in/routes/deployed-resources.js

/**
 * Resources that template deployments (managed applications) created, other than Data Factory
 * ones (those go to the factory store): one collection keyed by lower-case resource id, served
 * by the generic ARM GET (arm-generic-resources.ts).
 */
const DEPLOYED_RESOURCES = 'deployed-resources';
const deployedResources = (context) => context.state.collection(DEPLOYED_RESOURCES);
/** A storage account's endpoints, shaped as Azure returns them (account name in the host, trailing slash). */
function storageEndpoints(name) {
    return Object.fromEntries(['dfs', 'web', 'blob', 'queue', 'table', 'file'].map((service) => [service, `https://${name}.${service === 'web' ? 'z6.web' : service}.core.windows.net/`]));
}
function shapeProperties(resource, now) {
    const given = typeof resource.body.properties === 'object' && resource.body.properties !== null ? resource.body.properties : {};
    if (resource.type.toLowerCase() !== 'microsoft.storage/storageaccounts')
        return { ...given, provisioningState: 'Succeeded' };
    const location = String(resource.body.location ?? '');
    return {
        ...given,
        provisioningState: 'Succeeded',
        creationTime: new Date(now).toISOString(),
        primaryEndpoints: storageEndpoints(resource.name),
        primaryLocation: location,
        statusOfPrimary: 'available',
    };
}
/** The stored form of an evaluated template resource (what a GET returns). */
function deployedRecord(resource, now, tenantId) {
    const body = resource.body;
    const identity = body.identity;
    const systemAssigned = typeof identity?.type === 'string' && identity.type.includes('SystemAssigned');
    return {
        id: resource.id,
        name: resource.name.split('/').pop(),
        type: resource.type,
        apiVersion: resource.apiVersion,
        ...(typeof body.location === 'string' ? { location: body.location } : {}),
        ...(typeof body.kind === 'string' ? { kind: body.kind } : {}),
        ...(body.sku !== undefined ? { sku: body.sku } : {}),
        ...(identity ? { identity: systemAssigned ? { principalId: globalThis.crypto.randomUUID(), tenantId, ...identity } : identity } : {}),
        ...(body.tags && typeof body.tags === 'object' ? { tags: body.tags } : {}),
        ...(typeof body.managedBy === 'string' ? { managedBy: body.managedBy } : {}),
        properties: shapeProperties(resource, now),
    };
}
/** Stores an evaluated resource: Data Factory types in the factory store, everything else here. */
function storeDeployedResource(context, resource, tenantId) {
    if (isFactoryResourceType(resource.type))
        storeDeployedFactoryResource(context, resource, tenantId);
    else
        deployedResources(context).set(resource.id.toLowerCase(), deployedRecord(resource, context.now(), tenantId));
}
/** Any deployed resource by id (any case): generic store first, then the factory store. */
function readDeployedResource(context, id) {
    const found = deployedResources(context).get(id.toLowerCase()) ?? readFactoryResource(context, id);
    if (!found)
        return undefined;
    const { apiVersion: _apiVersion, ...rest } = found;
    return rest;
}

;// CONCATENATED MODULE: ./lib/stand-in/routes/managed-app-deployment.js






/**
 * Deploys a managed application definition's mainTemplate into the managed resource group with
 * the ARM template evaluator, the way the Solutions provider deploys it: the template comes from
 * the definition's `mainTemplate`, or from mainTemplate.json in the zip at `packageFileUri`.
 */
function parseTemplate(text, source) {
    try {
        return (0,parse_json/* parseJson */.qF)(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        return failArm(400, 'InvalidTemplate', `Deployment template parse failed: '${source} is not valid JSON: ${error instanceof Error ? error.message : String(error)}'.`);
    }
}
async function packageTemplate(uri) {
    const shown = uri.split('?')[0];
    let bytes;
    try {
        const response = await fetch(uri);
        if (response.status !== 200)
            failArm(400, 'DownloadItemFromBlobFailed', `Failed to download package file from '${shown}'. Status code: ${response.status}.`);
        bytes = new Uint8Array(await response.arrayBuffer());
    }
    catch (error) {
        if (error instanceof ReplyError)
            throw error;
        return failArm(400, 'DownloadItemFromBlobFailed', `Failed to download package file from '${shown}': ${error instanceof Error ? error.message : String(error)}.`);
    }
    let entries;
    try {
        entries = (0,esm/* unzipSync */.AO)(bytes);
    }
    catch {
        return failArm(400, 'InvalidApplicationPackage', `The package file at '${shown}' is not a zip archive.`);
    }
    const name = Object.keys(entries).find((entry) => entry.toLowerCase() === 'maintemplate.json');
    if (!name)
        return failArm(400, 'InvalidApplicationPackage', `The package file at '${shown}' has no mainTemplate.json at its root.`);
    return parseTemplate(new TextDecoder().decode(entries[name]), `mainTemplate.json in '${shown}'`);
}
/** The definition's template: inline `mainTemplate` (object or JSON text), else the package's mainTemplate.json. */
async function definitionTemplate(definition) {
    const inline = definition.properties.mainTemplate;
    if (typeof inline === 'string')
        return parseTemplate(inline, 'The definition\'s mainTemplate');
    if (inline !== undefined)
        return inline;
    const uri = definition.properties.packageFileUri;
    if (typeof uri !== 'string')
        return failArm(400, 'ApplicationDefinitionPackageMissing', `The application definition '${definition.id}' has neither mainTemplate nor packageFileUri.`);
    return packageTemplate(uri);
}
/**
 * Evaluates and, only when the whole template evaluates, stores every resource (parents first);
 * returns the evaluated outputs. A TemplateEvaluationError answers 400 InvalidTemplate (or
 * DeploymentFailed when a reference() failed), with the template path in the message.
 */
async function deployTemplate(context, template, parameters, target) {
    const pending = [];
    let evaluation;
    try {
        evaluation = await (0,arm_eval/* evaluateTemplate */.M1)(template, parameters, {
            subscription: { subscriptionId: target.subscription.subscriptionId, tenantId: target.subscription.tenantId, displayName: target.subscription.displayName },
            resourceGroup: { name: target.groupName, location: target.location, managedBy: target.applicationId },
            deploymentName: target.deploymentName,
            onResourceEvaluated: async (resource) => void pending.push(resource),
            reference: async (id, _apiVersion, full) => {
                const deployedNow = pending.find((r) => r.id.toLowerCase() === id.toLowerCase());
                const found = deployedNow ? pendingView(context, deployedNow, target.subscription.tenantId) : readDeployedResource(context, id);
                if (!found)
                    throw new Error(`the resource '${id}' was not found`);
                return full ? found : found.properties;
            },
        });
    }
    catch (error) {
        if (!(error instanceof arm_eval/* TemplateEvaluationError */.Lx))
            throw error;
        if (error.code === 'InvalidTemplate')
            failArm(400, 'InvalidTemplate', `Deployment template validation failed: '${error.message}'.`);
        failArm(400, 'DeploymentFailed', `At least one resource deployment operation failed: '${error.message}'.`);
    }
    const parentsFirst = [...pending].sort((a, b) => a.type.split('/').length - b.type.split('/').length);
    for (const resource of parentsFirst)
        storeDeployedResource(context, resource, target.subscription.tenantId);
    return evaluation.outputs;
}
/** What a GET will return for a resource evaluated in this deployment but not stored yet. */
function pendingView(context, resource, tenantId) {
    const { apiVersion: _apiVersion, ...view } = deployedRecord(resource, context.now(), tenantId);
    return view;
}

;// CONCATENATED MODULE: ./lib/stand-in/routes/managed-applications.js






const APPLICATION_TYPE = 'Microsoft.Solutions/applications';
const managed_applications_API_VERSIONS = ['2021-07-01'];
const APPLICATION = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Solutions/applications/{applicationName}';
const managed_applications_KINDS = ['ServiceCatalog', 'MarketPlace'];
const applications = (context) => context.state.collection(APPLICATION_TYPE);
const managed_applications_object = (value) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined);
function managed_applications_invalid(message) {
    failArm(400, 'InvalidRequestContent', `The request content was invalid and could not be deserialized: ${message}`);
}
function parameterValues(given) {
    const parsed = typeof given === 'string' ? (() => { try {
        return (0,parse_json/* parseJson */.qF)(given);
    }
    catch {
        return managed_applications_invalid("'properties.parameters' is neither an object nor JSON text.");
    } })() : given;
    if (parsed === undefined || parsed === null)
        return {};
    const entries = managed_applications_object(parsed) ?? managed_applications_invalid("'properties.parameters' must be an object of {\"name\": {\"value\": ...}}.");
    return Object.fromEntries(Object.entries(entries).map(([name, entry]) => {
        const wrapper = managed_applications_object(entry);
        if (wrapper && 'reference' in wrapper)
            failArm(400, 'InvalidTemplate', `The parameter '${name}' is a Key Vault reference; the stand-in only takes values ({"value": ...}).`);
        if (!wrapper || !('value' in wrapper))
            managed_applications_invalid(`the parameter '${name}' must be {"value": ...}.`);
        return [name, wrapper.value];
    }));
}
/** The PUT body (ARM wire format: the application's settings under `properties`). */
function readApplication(request) {
    const body = managed_applications_object(request.json()) ?? managed_applications_invalid('expected a JSON object.');
    const properties = managed_applications_object(body.properties) ?? {};
    const pick = (key) => properties[key] ?? body[key];
    if (typeof body.location !== 'string' || body.location === '')
        failArm(400, 'LocationRequired', 'The location property is required for this definition.');
    if (typeof body.kind !== 'string' || !managed_applications_KINDS.includes(body.kind))
        managed_applications_invalid(`'kind' must be one of ${managed_applications_KINDS.join(', ')}; got ${JSON.stringify(body.kind)}.`);
    const managedResourceGroupId = pick('managedResourceGroupId');
    if (typeof managedResourceGroupId !== 'string')
        managed_applications_invalid("Required property 'managedResourceGroupId' not found in JSON. Path 'properties'.");
    const definitionId = pick('applicationDefinitionId');
    return {
        location: body.location,
        kind: body.kind,
        managedResourceGroupId,
        ...(typeof definitionId === 'string' ? { applicationDefinitionId: definitionId } : {}),
        parameters: parameterValues(pick('parameters')),
        ...(managed_applications_object(body.tags) ? { tags: body.tags } : {}),
        ...(body.plan !== undefined ? { plan: body.plan } : {}),
        ...(body.identity !== undefined ? { identity: body.identity } : {}),
    };
}
/** `/subscriptions/{s}/resourceGroups/{name}` of the managed resource group, in the application's subscription. */
function managedGroupName(id, subscriptionId, applicationGroup) {
    const match = /^\/subscriptions\/([^/]+)\/resourceGroups\/([-\w.()]{1,90})$/i.exec(id);
    if (!match)
        failArm(400, 'InvalidManagedResourceGroupId', `The managed resource group id '${id}' is not valid: use /subscriptions/{subscriptionId}/resourceGroups/{name}.`);
    if (match[1].toLowerCase() !== subscriptionId.toLowerCase())
        failArm(400, 'InvalidManagedResourceGroupId', `The managed resource group '${id}' must be in the application's subscription '${subscriptionId}'.`);
    if (match[2].toLowerCase() === applicationGroup.toLowerCase())
        failArm(400, 'InvalidManagedResourceGroupId', 'The managed resource group must not be the resource group of the application itself.');
    return match[2];
}
function requireDefinition(context, given) {
    if (!given.applicationDefinitionId) {
        if (given.kind === 'MarketPlace')
            failArm(400, 'MarketplaceApplicationNotSupported', "The stand-in deploys MarketPlace applications only from an 'applicationDefinitionId' it knows; give one, or use kind ServiceCatalog.");
        managed_applications_invalid("'properties.applicationDefinitionId' is required for kind ServiceCatalog.");
    }
    const found = context.state.collection(APPLICATION_DEFINITION_TYPE).get(given.applicationDefinitionId.toLowerCase());
    if (!found)
        failArm(404, 'ApplicationDefinitionNotFound', `The application definition '${given.applicationDefinitionId}' could not be found. Publish it first, or check the id.`);
    return found;
}
/** ARM echoes typed, non-secure parameters: `{name: {type, value}}`; securestring/secureObject never. */
function visibleParameters(template, values) {
    const declared = managed_applications_object(managed_applications_object(template)?.parameters) ?? {};
    const typeOf = (name) => String(managed_applications_object(Object.entries(declared).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1])?.type ?? 'string');
    const capital = (type) => type.charAt(0).toUpperCase() + type.slice(1);
    return Object.fromEntries(Object.entries(values)
        .filter(([name]) => !typeOf(name).toLowerCase().startsWith('secure'))
        .map(([name, value]) => [name, { type: capital(typeOf(name)), value }]));
}
function typedOutputs(template, outputs) {
    const declared = managed_applications_object(managed_applications_object(template)?.outputs) ?? {};
    return Object.fromEntries(Object.entries(outputs)
        .map(([name, value]) => [name, String(managed_applications_object(declared[name])?.type ?? 'string'), value])
        .filter(([, type]) => !type.toLowerCase().startsWith('secure'))
        .map(([name, type, value]) => [name, { type: type.charAt(0).toUpperCase() + type.slice(1), value }]));
}
/** The managed group: reused when this application already manages it, else created (and returned as created). */
function managedGroup(context, subscriptionId, name, location, appId) {
    const key = resourceGroupKey(subscriptionId, name);
    const existing = context.state.resourceGroups.get(key);
    if (existing && existing.managedBy?.toLowerCase() !== appId.toLowerCase()) {
        failArm(409, 'ManagedResourceGroupAlreadyExists', `The resource group '${name}' already exists and is not managed by '${appId}'; give a managed resource group id that does not exist yet.`);
    }
    if (existing)
        return { group: existing, created: false };
    const group = {
        id: `/subscriptions/${subscriptionId}/resourceGroups/${name}`,
        name,
        type: 'Microsoft.Resources/resourceGroups',
        location,
        managedBy: appId,
        properties: { provisioningState: 'Succeeded' },
    };
    context.state.resourceGroups.set(key, group);
    return { group, created: true };
}
function applicationRecord(id, name, given, deployed, call, existing, now) {
    const caller = { oid: String(call.caller.claims.oid ?? call.caller.clientId), applicationId: call.caller.clientId };
    const { definition } = deployed;
    return {
        id,
        name,
        type: APPLICATION_TYPE,
        location: given.location,
        kind: given.kind,
        ...(given.tags ? { tags: given.tags } : {}),
        ...(given.plan !== undefined ? { plan: given.plan } : {}),
        ...(given.identity !== undefined ? { identity: given.identity } : {}),
        properties: {
            provisioningState: 'Succeeded',
            managedResourceGroupId: deployed.group.id,
            applicationDefinitionId: definition.id,
            parameters: visibleParameters(deployed.template, given.parameters),
            outputs: typedOutputs(deployed.template, deployed.outputs),
            managementMode: 'Managed',
            ...(definition.properties.authorizations ? { authorizations: definition.properties.authorizations } : {}),
            ...(definition.properties.artifacts ? { artifacts: definition.properties.artifacts } : {}),
            publisherTenantId: call.subscription.tenantId,
            createdBy: existing?.properties.createdBy ?? caller,
            updatedBy: caller,
        },
        systemData: systemDataFor(existing, call.caller.clientId, now),
    };
}
async function putApplication(request, context, call) {
    const subscription = call.subscription;
    const name = request.params.applicationName;
    const { id, key } = resourceId(subscription.subscriptionId, call.resourceGroup.name, APPLICATION_TYPE, name);
    const existing = applications(context).get(key);
    const given = readApplication(request);
    const mrgName = managedGroupName(given.managedResourceGroupId, subscription.subscriptionId, call.resourceGroup.name);
    if (existing && String(existing.properties.managedResourceGroupId).toLowerCase() !== given.managedResourceGroupId.toLowerCase()) {
        failArm(409, 'ApplicationManagedResourceGroupCannotBeChanged', `The managed resource group of application '${name}' is '${String(existing.properties.managedResourceGroupId)}'; it cannot be changed.`);
    }
    const definition = requireDefinition(context, given);
    const template = await definitionTemplate(definition);
    const appId = existing?.id ?? id;
    const { group, created } = managedGroup(context, subscription.subscriptionId, mrgName, given.location, appId);
    let outputs;
    try {
        outputs = await deployTemplate(context, template, given.parameters, { subscription, groupName: group.name, location: given.location, applicationId: appId, deploymentName: name });
    }
    catch (error) {
        if (created)
            context.state.deleteResourceGroup(subscription.subscriptionId, group.name);
        throw error;
    }
    const record = applicationRecord(appId, existing?.name ?? name, given, { template, outputs, group, definition }, call, existing, new Date(context.now()).toISOString());
    applications(context).set(key, record);
    return json(existing ? 200 : 201, record);
}
/**
 * ARM Microsoft.Solutions/applications at 2021-07-01: PUT (synchronous: the definition's template
 * is deployed into the managed resource group before the reply), GET, DELETE (removes the
 * managed resource group too), lists.
 */
const managedApplicationsModule = {
    name: 'managed-applications',
    routes: () => [
        armRoute({ method: 'PUT', pattern: APPLICATION, name: 'arm.applications.put', apiVersions: managed_applications_API_VERSIONS, resourceType: APPLICATION_TYPE, handler: putApplication }),
        armRoute({
            method: 'GET', pattern: APPLICATION, name: 'arm.applications.get', apiVersions: managed_applications_API_VERSIONS, resourceType: APPLICATION_TYPE,
            handler: (request, context, call) => {
                const name = request.params.applicationName;
                const found = applications(context).get(resourceId(request.params.subscriptionId, call.resourceGroup.name, APPLICATION_TYPE, name).key);
                return found ? json(200, found) : resourceNotFound(APPLICATION_TYPE, name, call.resourceGroup.name);
            },
        }),
        armRoute({
            method: 'DELETE', pattern: APPLICATION, name: 'arm.applications.delete', apiVersions: managed_applications_API_VERSIONS, resourceType: APPLICATION_TYPE,
            handler: (request, context, call) => {
                const { key } = resourceId(request.params.subscriptionId, call.resourceGroup.name, APPLICATION_TYPE, request.params.applicationName);
                const found = applications(context).get(key);
                if (!found)
                    return { status: 204 };
                applications(context).delete(key);
                const mrg = /\/resourceGroups\/([^/]+)$/i.exec(String(found.properties.managedResourceGroupId))?.[1];
                if (mrg)
                    context.state.deleteResourceGroup(request.params.subscriptionId, mrg);
                return { status: 200 };
            },
        }),
        armRoute({
            method: 'GET', pattern: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Solutions/applications', name: 'arm.applications.listByResourceGroup',
            apiVersions: managed_applications_API_VERSIONS, resourceType: APPLICATION_TYPE,
            handler: (request, context, call) => {
                const prefix = `/subscriptions/${request.params.subscriptionId}/resourcegroups/${call.resourceGroup.name}/`.toLowerCase();
                return json(200, { value: [...applications(context).entries()].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v) });
            },
        }),
        armRoute({
            method: 'GET', pattern: '/subscriptions/{subscriptionId}/providers/Microsoft.Solutions/applications', name: 'arm.applications.listBySubscription',
            apiVersions: managed_applications_API_VERSIONS, resourceType: APPLICATION_TYPE,
            handler: (request, context) => {
                const prefix = `/subscriptions/${request.params.subscriptionId}/`.toLowerCase();
                return json(200, { value: [...applications(context).entries()].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v) });
            },
        }),
    ],
};

;// CONCATENATED MODULE: ./lib/stand-in/routes/arm-generic-resources.js




const arm_generic_resources_GROUP = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}';
/** ARM's common checks for a generic resource read: token, api-version present, subscription, group. */
function checkGroup(request, context) {
    const caller = requireBearer(request, context, armAudiences(context));
    if (!request.query.get('api-version'))
        failArm(400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.');
    const subscription = context.state.subscription(request.params.subscriptionId);
    if (!subscription)
        failArm(404, 'SubscriptionNotFound', `The subscription '${request.params.subscriptionId}' could not be found.`);
    if (caller.tenantId.toLowerCase() !== subscription.tenantId.toLowerCase()) {
        failArm(401, 'InvalidAuthenticationTokenTenant', `The access token is from the wrong issuer '${String(caller.claims.iss)}'. It must match the tenant '${context.urls.authorityHost}/${subscription.tenantId}/' associated with this subscription.`);
    }
    const group = context.state.resourceGroup(request.params.subscriptionId, request.params.resourceGroupName);
    if (!group)
        failArm(404, 'ResourceGroupNotFound', `Resource group '${request.params.resourceGroupName}' could not be found.`);
    return { groupName: group.name };
}
/** The listing shape of ARM's GenericResourceExpanded: no properties. */
function listed(resource) {
    const keys = ['id', 'name', 'type', 'location', 'kind', 'sku', 'identity', 'tags', 'managedBy'];
    return Object.fromEntries(keys.filter((key) => resource[key] !== undefined).map((key) => [key, resource[key]]));
}
function routes() {
    return [
        {
            method: 'GET',
            pattern: `${arm_generic_resources_GROUP}/resources`,
            name: 'arm.resources.listByResourceGroup',
            handler: (request, context) => {
                const { groupName } = checkGroup(request, context);
                const prefix = `/subscriptions/${request.params.subscriptionId}/resourcegroups/${groupName}/providers/`.toLowerCase();
                const factories = [...context.state.collection('Microsoft.DataFactory/factories').entries()];
                // Top-level resources only, as ARM lists them: no child types, no extension resources (role assignments).
                const generic = [...deployedResources(context).entries()].filter(([, r]) => r.type.split('/').length === 2 && r.id.split('/providers/').length === 2);
                const value = [...generic, ...factories].filter(([key]) => key.startsWith(prefix)).map(([, r]) => listed(r));
                return json(200, { value });
            },
        },
        {
            // '*' so that other methods on unserved paths keep the server's 404 rather than a 405.
            method: '*',
            pattern: `${arm_generic_resources_GROUP}/providers/{*resourcePath}`,
            name: 'arm.resources.get',
            handler: (request, context) => {
                if (request.method !== 'GET') {
                    return armError(404, 'NotFound', `The stand-in serves no route for ${request.method} ${request.path}. See stand-in/README.md for the routes it implements.`);
                }
                const { groupName } = checkGroup(request, context);
                const id = `/subscriptions/${request.params.subscriptionId}/resourceGroups/${groupName}/providers/${request.params.resourcePath}`;
                const found = readDeployedResource(context, id) ?? readFactoryResource(context, id);
                if (found)
                    return json(200, found);
                const segments = request.params.resourcePath.split('/');
                const type = [segments[0], ...segments.slice(1).filter((_, i) => i % 2 === 0)].join('/');
                const name = segments.slice(1).filter((_, i) => i % 2 === 1).join('/');
                return failArm(404, 'ResourceNotFound', `The Resource '${type}/${name}' under resource group '${groupName}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`);
            },
        },
    ];
}
/**
 * Generic ARM reads of what template deployments created: `GET {resourceId}?api-version=` and
 * `GET .../resourceGroups/{rg}/resources`. Registered last, so the specific routes (Data Factory,
 * application definitions, applications) answer their own paths first.
 */
const armGenericResourcesModule = { name: 'arm-generic-resources', routes };

;// CONCATENATED MODULE: ./lib/stand-in/routes/index.js













/**
 * Every route module the stand-in serves. Adding a service area is one import and one line
 * here; see stand-in/README.md.
 */
const routeModules = [
    controlModule,
    entraModule,
    githubOidcModule,
    devopsOidcModule,
    armSubscriptionsModule,
    armResourceGroupsModule,
    armProvidersModule,
    managedAppDefinitionsModule,
    partnerCenterModule,
    dataFactoryModule,
    managedIdentityModule,
    managedApplicationsModule,
    // Last: its {*resourcePath} GET must not shadow the specific routes above.
    armGenericResourcesModule,
];

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./lib/stand-in/server.js





const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Control-API routes are neither logged nor subject to faults. */
const CONTROL_PREFIX = '_stand-in.';
function readBody(request) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        request.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
                reject(new ReplyError(armError(413, 'RequestEntityTooLarge', `The request body is larger than ${MAX_BODY_BYTES} bytes.`)));
                request.destroy();
                return;
            }
            chunks.push(chunk);
        });
        request.on('end', () => resolve(Buffer.concat(chunks)));
        request.on('error', reject);
    });
}
function toRequest(incoming, url, match, body) {
    return {
        method: incoming.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: incoming.headers,
        params: match?.params ?? {},
        body,
        json: () => {
            try {
                return (0,parse_json/* parseJson */.qF)(body.toString('utf8'));
            }
            catch {
                throw new ReplyError(armError(400, 'InvalidRequestContent', 'The request content was invalid and could not be deserialized: the body is not JSON.'));
            }
        },
        form: () => new URLSearchParams(body.toString('utf8')),
    };
}
function send(response, reply) {
    const headers = { 'x-ms-request-id': crypto.randomUUID(), ...reply.headers };
    let payload;
    if (Buffer.isBuffer(reply.body) || typeof reply.body === 'string')
        payload = reply.body;
    else if (reply.body !== undefined) {
        payload = JSON.stringify(reply.body);
        headers['content-type'] ??= 'application/json; charset=utf-8';
    }
    response.writeHead(reply.status, headers);
    response.end(payload);
}
function faultReply(fault) {
    if (fault.kind === 'throttle') {
        return armError(429, 'TooManyRequests', 'The request is being throttled (fault injected by the stand-in).', { 'retry-after': String(fault.retryAfterSeconds ?? 1) });
    }
    const status = fault.status ?? 500;
    return armError(status, status === 503 ? 'ServiceUnavailable' : 'InternalServerError', `The service failed transiently (fault injected by the stand-in, status ${status}).`);
}
function notFound(router, method, path) {
    const methods = router.methodsAt(path);
    if (methods.length > 0)
        return armError(405, 'MethodNotAllowed', `The requested resource does not support http method '${method}'.`, { allow: methods.join(', ') });
    return armError(404, 'NotFound', `The stand-in serves no route for ${method} ${path}. See stand-in/README.md for the routes it implements.`);
}
/** The stand-in's request handler: route, inject faults, run the handler, log. */
function createRequestListener(router, context, log) {
    return async (incoming, response) => {
        const started = Date.now();
        const method = (incoming.method ?? 'GET').toUpperCase();
        const url = new URL(incoming.url ?? '/', 'https://stand-in.invalid');
        const match = router.match(method, url.pathname);
        const control = match?.route.name.startsWith(CONTROL_PREFIX) ?? false;
        const fault = control ? undefined : context().faults.pick(method, url.pathname, match?.route.name);
        const record = (status) => {
            if (control)
                return;
            log.add({
                time: new Date(started).toISOString(),
                method,
                path: url.pathname,
                query: redactQuery(url.searchParams),
                status,
                ...(match ? { route: match.route.name } : {}),
                ...(fault ? { fault: fault.kind } : {}),
                durationMs: Date.now() - started,
            });
        };
        try {
            const body = await readBody(incoming);
            if (fault?.kind === 'drop') {
                record(0);
                incoming.socket.destroy();
                return;
            }
            if (fault?.kind === 'slow')
                await (0,external_node_timers_promises_.setTimeout)(fault.delayMs ?? 2000);
            let reply;
            if (fault && fault.kind !== 'slow')
                reply = faultReply(fault);
            else if (!match)
                reply = notFound(router, method, url.pathname);
            else
                reply = await match.route.handler(toRequest(incoming, url, match, body), context());
            send(response, reply);
            record(reply.status);
        }
        catch (error) {
            const reply = error instanceof ReplyError ? error.reply : armError(500, 'InternalServerError', `The stand-in failed: ${error instanceof Error ? error.message : String(error)}`);
            if (!response.headersSent)
                send(response, reply);
            else
                response.destroy();
            record(reply.status);
        }
    };
}

;// CONCATENATED MODULE: ./lib/stand-in/start.js













function buildEnv(config, urls, caFile, certificateFile) {
    const identity = config.identities[0];
    return {
        AZURE_TENANT_ID: config.tenantId,
        AZURE_CLIENT_ID: identity.clientId,
        AZURE_CLIENT_SECRET: identity.secrets?.[0] ?? '',
        AZURE_AUTHORITY_HOST: urls.authorityHost,
        AZURE_SUBSCRIPTION_ID: config.subscriptionId,
        NODE_EXTRA_CA_CERTS: caFile,
        MAPP_ARM_ENDPOINT: urls.armEndpoint,
        MAPP_PARTNER_CENTER_ENDPOINT: urls.partnerCenterEndpoint,
        ACTIONS_ID_TOKEN_REQUEST_URL: urls.githubTokenRequestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: config.github.requestToken,
        SYSTEM_OIDCREQUESTURI: urls.devopsOidcRequestUri,
        SYSTEM_ACCESSTOKEN: config.devops.accessToken,
        MAPP_STAND_IN_SERVICE_CONNECTION_ID: config.devops.serviceConnectionId,
        MAPP_STAND_IN_CLIENT_CERTIFICATE_PATH: certificateFile,
        MAPP_STAND_IN_URL: urls.origin,
    };
}
function seed(state, config) {
    const id = `/subscriptions/${config.subscriptionId}`;
    state.subscriptions.set(config.subscriptionId.toLowerCase(), { id, subscriptionId: config.subscriptionId, tenantId: config.tenantId, displayName: config.subscriptionName, state: 'Enabled' });
    for (const namespace of config.registeredProviders)
        state.providers.set(namespace.toLowerCase(), { namespace, registrationState: 'Registered' });
}
function listen(server, port) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve(server.address().port));
    });
}
/** Starts the stand-in on 127.0.0.1 and returns its address, environment and handles. */
async function startStandIn(options = {}) {
    const [tls, appCertificate, folder] = await Promise.all([serverCertificate(), clientCertificate('mapp stand-in app'), certificateFolder()]);
    const caFile = await folder.write('stand-in-ca.pem', tls.cert);
    const certificateFile = await folder.write('stand-in-app.pem', `${appCertificate.key}${appCertificate.cert}`);
    const config = resolveConfig(options.config ?? {}, appCertificate.cert);
    let clockOffset = 0;
    const now = () => Date.now() + clockOffset;
    const router = new Router();
    const httpRouter = new Router();
    const requests = new RequestLog();
    let context;
    const server = (0,external_node_https_.createServer)({ key: tls.key, cert: tls.cert }, createRequestListener(router, () => context, requests));
    const httpServer = (0,external_node_http_.createServer)(createRequestListener(httpRouter, () => context, requests));
    const sockets = new Set();
    const track = (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    };
    server.on('secureConnection', track);
    httpServer.on('connection', track);
    const port = await listen(server, options.port ?? 0);
    const httpPort = await listen(httpServer, 0).catch(async (error) => {
        await new Promise((resolve) => server.close(resolve));
        throw error;
    });
    const httpUrl = `http://127.0.0.1:${httpPort}`;
    const urls = standInUrls(port, config.devops.organizationId);
    const tokens = await TokenService.create({ entra: (tenant) => `${urls.authorityHost}/${tenant}/v2.0`, github: urls.githubIssuer, devops: urls.devopsIssuer }, { tenantId: config.tenantId, lifetimeSeconds: config.tokenLifetimeSeconds }, now);
    const state = new StandInState();
    seed(state, config);
    const faults = new FaultInjector();
    context = { config, urls, state, tokens, faults, requests, now, routes: () => [...router.list(), ...httpRouter.list()] };
    for (const module of [...routeModules, ...(options.extraModules ?? [])])
        (module.plainHttp ? httpRouter : router).add(module.routes(context));
    let stopped;
    return {
        url: urls.origin,
        urls,
        env: buildEnv(config, urls, caFile, certificateFile),
        httpUrl,
        managedIdentity: managedIdentityEndpoints(config, httpUrl),
        caFile,
        ca: tls.cert,
        config,
        state,
        tokens,
        requests,
        advanceClock: (ms) => void (clockOffset += ms),
        addFault: (rule) => faults.add(rule),
        clearFaults: () => faults.clear(),
        stop: () => (stopped ??= (async () => {
            const closed = [server, httpServer].map((listener) => new Promise((resolve) => listener.close(() => resolve())));
            for (const socket of sockets)
                socket.destroy();
            await Promise.all(closed);
            await folder.remove();
        })()),
    };
}

;// CONCATENATED MODULE: ./lib/stand-in/run-stand-in.js





function parsePort(raw) {
    const port = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || port > 65535)
        throw new usage_error/* UsageError */.e(`--port must be a TCP port number from 0 to 65535 (0 picks a free one); got '${raw}'.`);
    return port;
}
async function readConfig(file, workingDirectory) {
    if (!file)
        return {};
    const full = external_node_path_.resolve(workingDirectory, file);
    let text;
    try {
        text = await (0,promises_.readFile)(full, 'utf8');
    }
    catch (error) {
        throw new usage_error/* UsageError */.e(`Cannot read the stand-in configuration ${full}: ${error instanceof Error ? error.message : String(error)}.`);
    }
    try {
        const parsed = (0,parse_json/* parseJson */.qF)(text);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            throw new Error('expected a JSON object');
        return parsed;
    }
    catch (error) {
        throw new usage_error/* UsageError */.e(`The stand-in configuration ${full} is not a JSON object: ${error instanceof Error ? error.message : String(error)}.`);
    }
}
/** Resolves on the first SIGINT or SIGTERM. */
function untilStopSignal() {
    return new Promise((resolve) => {
        const stop = (signal) => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve(signal);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
}
/** `mapp stand-in`: start, print the env line, serve until interrupted, stop cleanly. */
async function runStandIn(host, settings) {
    const port = parsePort(settings.port);
    const config = await readConfig(settings.config, host.workingDirectory);
    const stopped = untilStopSignal();
    const standIn = await startStandIn({ port, config });
    host.log.info(JSON.stringify({ env: standIn.env }));
    const signal = await stopped;
    host.log.debug(`stand-in: ${signal} received, stopping.`);
    await standIn.stop();
    return { exitCode: 0 };
}


/***/ })

};
