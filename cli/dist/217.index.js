export const id = 217;
export const ids = [217];
export const modules = {

/***/ 98254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XM: () => (/* binding */ armGet),
/* harmony export */   dW: () => (/* binding */ ArmError),
/* harmony export */   zG: () => (/* binding */ armPipeline)
/* harmony export */ });
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30869);
/* harmony import */ var _json_parse_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25178);
/* harmony import */ var _tool_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33352);



/** An ARM error reply, with its error code, shaped for a one-line message. */
class ArmError extends Error {
    status;
    code;
    name = 'ArmError';
    constructor(status, code, detail) {
        super(`${code} (HTTP ${status}): ${detail}`);
        this.status = status;
        this.code = code;
    }
}
/** The retrying, token-adding pipeline every ARM call of a connection goes through. */
function armPipeline(connection) {
    const pipeline = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createPipelineFromOptions */ .Fp)({ userAgentOptions: { userAgentPrefix: `mapp/${_tool_info_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .w}` } });
    pipeline.addPolicy((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .bearerTokenAuthenticationPolicy */ .N$)({ credential: connection.credential, scopes: connection.cloud.armScope }));
    return pipeline;
}
function armErrorOf(status, body) {
    try {
        const parsed = (0,_json_parse_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(body ?? '');
        if (parsed.error && typeof parsed.error.code === 'string') {
            return new ArmError(status, parsed.error.code, typeof parsed.error.message === 'string' ? parsed.error.message : '');
        }
    }
    catch {
        // Not ARM's JSON error shape: fall through to the status line.
    }
    return new ArmError(status, `Http${status}`, (body ?? '').slice(0, 200) || 'no error body');
}
/** GETs an ARM path (`/subscriptions/...`) at an api-version and returns the JSON body. */
async function armGet(connection, pipeline, resourcePath, apiVersion) {
    const url = `${connection.cloud.armEndpoint}${resourcePath}?api-version=${encodeURIComponent(apiVersion)}`;
    const request = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createPipelineRequest */ .G6)({ url, method: 'GET' });
    const response = await pipeline.sendRequest((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createDefaultHttpClient */ .fl)(), request);
    if (response.status < 200 || response.status >= 300)
        throw armErrorOf(response.status, response.bodyAsText ?? undefined);
    return (0,_json_parse_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(response.bodyAsText ?? 'null');
}


/***/ }),

/***/ 89217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  whoami: () => (/* binding */ whoami_whoami)
});

// EXTERNAL MODULE: ./lib/shared/commands/run-command.js + 1 modules
var run_command = __webpack_require__(88186);
// EXTERNAL MODULE: ./lib/shared/commands/usage-error.js
var usage_error = __webpack_require__(53240);
// EXTERNAL MODULE: ./lib/shared/commands/whoami.js
var whoami = __webpack_require__(64087);
// EXTERNAL MODULE: ./lib/shared/host/describe-input.js
var describe_input = __webpack_require__(38038);
// EXTERNAL MODULE: ./lib/shared/azure/arm-get.js
var arm_get = __webpack_require__(98254);
// EXTERNAL MODULE: ./lib/shared/azure/connect.js + 6 modules
var connect = __webpack_require__(58284);
// EXTERNAL MODULE: ./lib/shared/azure/identity-settings.js
var identity_settings = __webpack_require__(67965);
// EXTERNAL MODULE: ./lib/shared/json/parse-json.js
var parse_json = __webpack_require__(25178);
;// CONCATENATED MODULE: ./lib/shared/azure/token-claims.js

/** Reads the claims of a JWT access token; an opaque token gives no claims rather than an error. */
function tokenClaims(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return {};
    let claims;
    try {
        claims = (0,parse_json/* parseJson */.qF)(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        return {};
    }
    if (typeof claims !== 'object' || claims === null)
        return {};
    const record = claims;
    const text = (...keys) => keys.map((key) => record[key]).find((value) => typeof value === 'string');
    return { tenantId: text('tid'), appId: text('appid', 'azp'), objectId: text('oid'), userName: text('upn', 'unique_name') };
}

;// CONCATENATED MODULE: ./lib/shared/azure/whoami.js








const SUBSCRIPTIONS_API = '2022-12-01';
function asSubscription(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const record = value;
    if (typeof record.subscriptionId !== 'string')
        return undefined;
    const text = (key) => (typeof record[key] === 'string' ? record[key] : undefined);
    return { subscriptionId: record.subscriptionId, displayName: text('displayName'), state: text('state'), tenantId: text('tenantId') };
}
/** ARM refusals the user can fix (wrong subscription, missing role) become usage errors naming the input. */
function explainArmError(error, connection, subscriptionId, describe) {
    if (!(error instanceof arm_get/* ArmError */.dW))
        return error;
    const who = (0,identity_settings/* describeIdentity */.Cl)(connection.identity);
    if (error.status === 404 || error.code === 'SubscriptionNotFound' || error.code === 'InvalidSubscriptionId') {
        return new usage_error/* UsageError */.e(`Subscription '${subscriptionId}' was not found in ${connection.cloud.name} (${error.message}): check ${describe}.`);
    }
    if (error.status === 403) {
        return new usage_error/* UsageError */.e(`${who} may not read subscription '${subscriptionId}' (${error.message}): give it at least the Reader role there, or check ${describe}.`);
    }
    if (error.status === 401) {
        return new usage_error/* UsageError */.e(`Azure Resource Manager refused the token of ${who} (${error.message}): check that the tenant owns the subscription and ${connection.cloud.name} is the right cloud.`);
    }
    return error;
}
async function readSubscription(connection, host) {
    const pipeline = (0,arm_get/* armPipeline */.zG)(connection);
    const describe = (0,describe_input/* describeInput */.e)(host, 'subscription-id');
    const id = connection.subscriptionId;
    try {
        if (id) {
            const found = asSubscription(await (0,arm_get/* armGet */.XM)(connection, pipeline, `/subscriptions/${encodeURIComponent(id)}`, SUBSCRIPTIONS_API));
            if (!found)
                throw new arm_get/* ArmError */.dW(200, 'UnexpectedReply', `GET /subscriptions/${id} did not return a subscription`);
            return found;
        }
        const list = (await (0,arm_get/* armGet */.XM)(connection, pipeline, '/subscriptions', SUBSCRIPTIONS_API));
        const subscriptions = (list?.value ?? []).map(asSubscription).filter((s) => s !== undefined);
        if (subscriptions.length === 1)
            return subscriptions[0];
        if (subscriptions.length === 0)
            throw new usage_error/* UsageError */.e(`${(0,identity_settings/* describeIdentity */.Cl)(connection.identity)} can see no subscription: give it a role on one, or set ${describe}.`);
        const names = subscriptions.map((s) => `${s.displayName ?? '?'} (${s.subscriptionId})`).join(', ');
        throw new usage_error/* UsageError */.e(`${(0,identity_settings/* describeIdentity */.Cl)(connection.identity)} can see ${subscriptions.length} subscriptions: set ${describe} to one of ${names}.`);
    }
    catch (error) {
        throw explainArmError(error, connection, id, describe);
    }
}
function summaryTable(rows) {
    return ['### mapp whoami', '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`), ''].join('\n');
}
/**
 * Signs in the way every Azure command will, reads the subscription from ARM and reports who,
 * where and which subscription. The access token itself is never printed.
 */
async function whoami_whoami(host, settings) {
    const connection = (0,connect/* connectToAzure */.Vn)(host, settings);
    // Same options as the ARM pipeline's bearer policy, so its request reuses this token from the cache.
    const token = await connection.credential.getToken(connection.cloud.armScope, { enableCae: true });
    if (!token)
        throw new usage_error/* UsageError */.e(`${(0,identity_settings/* describeIdentity */.Cl)(connection.identity)} returned no token: ${connection.identity.fix}.`);
    const claims = tokenClaims(token.token);
    const subscription = await readSubscription(connection, host);
    const principal = claims.appId ?? claims.userName ?? claims.objectId ?? 'unknown';
    const rows = [
        ['Identity', (0,identity_settings/* describeIdentity */.Cl)(connection.identity)],
        ['Principal', `${principal}${claims.objectId && claims.objectId !== principal ? ` (object ${claims.objectId})` : ''}`],
        ['Tenant', claims.tenantId ?? subscription.tenantId ?? 'unknown'],
        ['Cloud', `${connection.cloud.name} (ARM ${connection.cloud.armEndpoint}, authority ${connection.cloud.authorityHost})`],
        ['Subscription', `${subscription.displayName ?? '(no name)'} (${subscription.subscriptionId})${subscription.state ? `, ${subscription.state}` : ''}`],
    ];
    for (const [key, value] of rows)
        host.log.info(`${key}: ${value}`);
    host.summary.append(summaryTable(rows));
    (0,run_command/* setOutputs */.n)(host, whoami/* whoamiCommand */.D, {
        'identity-mode': connection.identity.mode,
        'tenant-id': claims.tenantId ?? subscription.tenantId,
        'client-id': claims.appId,
        'subscription-id': subscription.subscriptionId,
        'subscription-name': subscription.displayName,
    });
    return { exitCode: 0 };
}


/***/ }),

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


/***/ })

};
