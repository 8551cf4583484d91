export const id = 385;
export const ids = [385];
export const modules = {

/***/ 77348:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ armClientOptions)
/* harmony export */ });
/* harmony import */ var _tool_info_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33352);

/**
 * Options for an Azure SDK management client on a connection: the cloud's ARM endpoint (the SDKs
 * read it as `endpoint` or `$host`) and token scope, and mapp's user agent. Their pipelines
 * retry 429 (Retry-After) and 5xx replies.
 */
function armClientOptions(connection) {
    const endpoint = connection.cloud.armEndpoint;
    return { endpoint, $host: endpoint, credentialScopes: [connection.cloud.armScope], userAgentOptions: { userAgentPrefix: `mapp/${_tool_info_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_VERSION */ .w}` } };
}


/***/ }),

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

/***/ 4385:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  smokeRun: () => (/* binding */ smokeRun)
});

// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 80 modules
var esm = __webpack_require__(30869);
// EXTERNAL MODULE: ./lib/shared/azure/connect.js + 6 modules
var connect = __webpack_require__(58284);
// EXTERNAL MODULE: ./lib/shared/commands/run-command.js + 1 modules
var run_command = __webpack_require__(88186);
// EXTERNAL MODULE: ./lib/shared/commands/smoke-run.js
var smoke_run = __webpack_require__(18581);
// EXTERNAL MODULE: ./lib/shared/commands/usage-error.js
var usage_error = __webpack_require__(53240);
// EXTERNAL MODULE: ./lib/shared/host/describe-input.js
var describe_input = __webpack_require__(38038);
;// CONCATENATED MODULE: ./lib/shared/smoke-run/graph-data-connect.js
const OFFICE365_LOADER = /UserErrorOffice365DataLoaderError/i;
const AUTHORISATION = /consent|approv|authori[sz]|pre-?authori[sz]ation|privileged ?access|denied|expired|not (been )?registered/i;
/**
 * True for the Office 365 (Graph Data Connect) copy failing because the app is not authorised in
 * the tenant: error 2200, UserErrorOffice365DataLoaderError, and a consent or approval message.
 */
function isGraphDataConnectAuthorisationFailure(error) {
    return OFFICE365_LOADER.test(error.message) && AUTHORISATION.test(error.message.replace(OFFICE365_LOADER, ''));
}
/** What to do about it, in one paragraph. */
const GRAPH_DATA_CONNECT_APPROVAL = 'Microsoft Graph Data Connect has not authorised this app to read Microsoft 365 data in the tenant. A Microsoft 365 administrator (not the app owner) must approve the app registration used by the Office 365 linked service in the Microsoft 365 admin center (Settings > Org settings > Microsoft Graph Data Connect applications); the approval covers the datasets, columns and storage the app declared, so re-request it when they change. Run the pipeline again once the app shows as Approved.';

;// CONCATENATED MODULE: ./lib/shared/smoke-run/run-report.js

function seconds(ms) {
    return ms === undefined ? '-' : `${(ms / 1000).toFixed(1)}s`;
}
function copyPart(activity) {
    const o = activity.output;
    if (activity.type.toLowerCase() !== 'copy' || !o || activity.status !== 'Succeeded')
        return '';
    return `: ${Number(o.rowsRead ?? 0)} rows read, ${Number(o.rowsCopied ?? o.rowsWritten ?? 0)} rows written, ${Number(o.filesWritten ?? 0)} files written`;
}
/** The live line for an activity status change. */
function activityLine(activity) {
    const where = `${'  '.repeat(activity.depth + 1)}${activity.pipeline} › ${activity.name} (${activity.type})`;
    if (activity.status === 'InProgress' || activity.status === 'Queued')
        return `${where}: ${activity.status}`;
    const error = activity.status === 'Failed' && activity.error ? `: ${activity.error.errorCode} ${activity.error.failureType}: ${activity.error.message}` : '';
    return `${where}: ${activity.status} in ${seconds(activity.durationMs)}${copyPart(activity)}${error}`;
}
/** The innermost failed activity: the one whose error explains the others. */
function firstFailure(activities) {
    const failed = activities.filter((a) => a.status === 'Failed' && a.error);
    return failed.sort((a, b) => b.depth - a.depth || (a.end ?? '').localeCompare(b.end ?? ''))[0];
}
/** Why a failed run failed, in lines: the activity, its error, and what to do for Graph Data Connect. */
function failureLines(outcome) {
    const failure = outcome.failure;
    if (!failure?.error)
        return outcome.message ? [outcome.message] : [];
    const lines = [
        `Activity ${failure.name} (${failure.type}) of pipeline ${failure.pipeline} failed: error ${failure.error.errorCode || '-'}, failure type ${failure.error.failureType || '-'}: ${failure.error.message}`,
    ];
    if (isGraphDataConnectAuthorisationFailure(failure.error))
        lines.push(GRAPH_DATA_CONNECT_APPROVAL);
    return lines;
}
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** The job summary: one table of runs, then a timeline per run. */
function summaryMarkdown(outcomes, problems) {
    const lines = ['### mapp smoke-run', '', '| Pipeline | Run id | Status | Duration | Rows read | Rows written | Files written |', '| --- | --- | --- | --- | --- | --- | --- |'];
    for (const o of outcomes) {
        lines.push(`| ${cell(o.pipeline)} | ${o.runId ?? '-'} | ${o.status}${o.stoppedBecause ? ` (${o.stoppedBecause})` : ''} | ${seconds(o.durationMs)} | ${o.totals.rowsRead} | ${o.totals.rowsWritten} | ${o.totals.filesWritten} |`);
    }
    if (problems.length > 0)
        lines.push('', ...problems.map((p) => `- :x: ${cell(p)}`));
    for (const o of outcomes) {
        if (o.activities.length === 0)
            continue;
        lines.push('', `#### ${cell(o.pipeline)} (${o.runId})`, '', '| Activity | Type | Status | Start | Duration | Detail |', '| --- | --- | --- | --- | --- | --- |');
        const ordered = [...o.activities].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
        for (const a of ordered) {
            const detail = a.status === 'Failed' && a.error ? `${a.error.errorCode} ${a.error.failureType}: ${a.error.message}` : copyPart(a).replace(/^: /, '');
            lines.push(`| ${'↳ '.repeat(a.depth)}${cell(a.pipeline)} › ${cell(a.name)} | ${a.type} | ${a.status} | ${a.start ?? '-'} | ${seconds(a.durationMs)} | ${cell(detail)} |`);
        }
        for (const line of failureLines(o))
            lines.push('', `> ${cell(line)}`);
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./lib/shared/smoke-run/assertions.js

/** Every way the runs fall short of what was asked: status, then minimum copy results. */
function runProblems(outcomes, expectedStatus, minimums) {
    const problems = [];
    for (const o of outcomes) {
        const name = `Pipeline ${o.pipeline}${o.runId ? ` (run ${o.runId})` : ''}`;
        if (o.stoppedBecause === 'timeout')
            problems.push(`${name} did not finish before the timeout; it was cancelled (now ${o.status}). Raise the timeout input if the run needs longer.`);
        else if (o.stoppedBecause === 'cancelled')
            problems.push(`${name} was cancelled because the job was cancelled (now ${o.status}).`);
        else if (o.status !== expectedStatus) {
            const why = failureLines(o);
            problems.push(`${name} ended ${o.status}, expected ${expectedStatus}.${why.length > 0 ? ` ${why.join(' ')}` : ''}`);
        }
        if (o.status !== 'Succeeded' || o.stoppedBecause)
            continue;
        const checks = [
            [minimums.rowsRead, o.totals.rowsRead, 'rows read'],
            [minimums.rowsWritten, o.totals.rowsWritten, 'rows written'],
            [minimums.filesWritten, o.totals.filesWritten, 'files written'],
        ];
        for (const [min, actual, what] of checks) {
            if (min !== undefined && actual < min) {
                problems.push(`${name} succeeded but its copy activities show ${actual} ${what}, fewer than the minimum ${min}: check the source's filters (date range, allowed groups) and that the source holds data.`);
            }
        }
    }
    return problems;
}

// EXTERNAL MODULE: ./lib/shared/azure/arm-get.js
var arm_get = __webpack_require__(98254);
// EXTERNAL MODULE: ./node_modules/@azure/arm-managedapplications/dist/index.js
var dist = __webpack_require__(24634);
// EXTERNAL MODULE: ./lib/shared/azure/arm-client-options.js
var arm_client_options = __webpack_require__(77348);
;// CONCATENATED MODULE: ./lib/shared/smoke-run/application-target.js



const MANAGED_GROUP = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/?$/i;
function describeRestError(error) {
    const record = error;
    return { status: record.statusCode, code: record.code, message: record.message ?? String(error) };
}
/**
 * Reads a managed application: where its managed resource group is and the parameter values
 * it was deployed with (`{"name": {"value": ...}}` on the wire).
 */
async function readApplication(connection, subscriptionId, resourceGroup, name, abortSignal) {
    const client = new dist/* ApplicationClient */.aV(connection.credential, subscriptionId, (0,arm_client_options/* armClientOptions */.I)(connection));
    let application;
    try {
        application = await client.applications.get(resourceGroup, name, { abortSignal });
    }
    catch (error) {
        const { status, code, message } = describeRestError(error);
        if (status === 404) {
            throw new usage_error/* UsageError */.e(`Managed application ${name} was not found in resource group ${resourceGroup} (${code ?? 'NotFound'}): check the application and resource-group inputs.`);
        }
        throw new Error(`Reading managed application ${name} failed: ${message}`);
    }
    // The SDK answers a 404 of some services with an empty object rather than an error.
    const managedId = application?.managedResourceGroupId;
    if (!application || !application.id) {
        throw new usage_error/* UsageError */.e(`Managed application ${name} was not found in resource group ${resourceGroup}: check the application and resource-group inputs.`);
    }
    const match = managedId ? MANAGED_GROUP.exec(managedId) : null;
    if (!match)
        throw new Error(`Managed application ${name} has no usable managed resource group id (${managedId ?? 'none'}); is it still being deployed? Its provisioning state is ${application.provisioningState ?? 'unknown'}.`);
    if (match[1].toLowerCase() !== subscriptionId.toLowerCase()) {
        throw new Error(`Managed application ${name}'s managed resource group is in subscription ${match[1]}, not ${subscriptionId}; Azure keeps them in the same subscription, so this reply is unexpected.`);
    }
    const parameters = {};
    for (const [key, entry] of Object.entries(application.parameters ?? {})) {
        if (typeof entry === 'object' && entry !== null && 'value' in entry)
            parameters[key] = entry.value;
    }
    return { managedResourceGroup: decodeURIComponent(match[2]), parameters };
}
/**
 * The data factory of a resource group: the one named, or the only one there. Several factories
 * and no name is a usage error that lists them; none is one too unless `noneIsFine` (a template
 * about to be deployed will name it).
 */
async function findFactory(client, resourceGroup, wanted, describeFactory, abortSignal, noneIsFine = false) {
    if (wanted)
        return wanted;
    const names = [];
    for await (const factory of client.factories.listByResourceGroup(resourceGroup, { abortSignal }))
        if (factory.name)
            names.push(factory.name);
    if (names.length === 1)
        return names[0];
    if (names.length === 0 && noneIsFine)
        return undefined;
    if (names.length === 0)
        throw new usage_error/* UsageError */.e(`Resource group ${resourceGroup} holds no data factory; has the application finished deploying? Give ${describeFactory} if the factory lives elsewhere.`);
    throw new usage_error/* UsageError */.e(`Resource group ${resourceGroup} holds ${names.length} data factories (${names.sort().join(', ')}); choose one with ${describeFactory}.`);
}

// EXTERNAL MODULE: ./node_modules/@azure/arm-datafactory/dist/index.js
var arm_datafactory_dist = __webpack_require__(12650);
// EXTERNAL MODULE: ./lib/shared/json/parse-json.js
var parse_json = __webpack_require__(25178);
;// CONCATENATED MODULE: ./lib/shared/smoke-run/factory-client.js





const DATA_FACTORY_API_VERSION = '2018-06-01';
/** The Data Factory client of a connection; ARM calls go through its retrying, token-adding pipeline. */
function factoryClient(connection, describeSubscription) {
    const subscriptionId = connection.subscriptionId;
    if (!subscriptionId)
        throw new usage_error/* UsageError */.e(`Set ${describeSubscription}: mapp smoke-run needs the subscription of the data factory.`);
    const client = new arm_datafactory_dist/* DataFactoryManagementClient */.Jo(connection.credential, subscriptionId, (0,arm_client_options/* armClientOptions */.I)(connection));
    return { client, subscriptionId };
}
/** A named factory reached through a client from {@link factoryClient}. */
function factoryTarget(client, subscriptionId, resourceGroup, factory) {
    const path = `/subscriptions/${encodeURIComponent(subscriptionId)}/resourceGroups/${encodeURIComponent(resourceGroup)}/providers/Microsoft.DataFactory/factories/${encodeURIComponent(factory)}`;
    return { client, subscriptionId, resourceGroup, factory, path };
}
/** An ARM error reply of the factory, with its code. */
class FactoryRequestError extends Error {
    status;
    code;
    name = 'FactoryRequestError';
    constructor(status, code, detail) {
        super(`${code} (HTTP ${status}): ${detail}`);
        this.status = status;
        this.code = code;
    }
}
/**
 * A raw JSON call through the SDK client's own pipeline (same retries, throttling and token).
 * Deployment uses it because the SDK's models flatten `typeProperties`, while the Git folder's
 * files are the service's wire JSON: sending them as they are is what Data Factory itself does.
 */
async function factoryRequest(target, method, childPath, body, abortSignal) {
    const url = `${target.client.$host.replace(/\/$/, '')}${target.path}${childPath}?api-version=${DATA_FACTORY_API_VERSION}`;
    const request = (0,esm/* createPipelineRequest */.G6)({ url, method, abortSignal, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    if (body !== undefined)
        request.headers.set('content-type', 'application/json');
    const response = await target.client.sendRequest(request);
    const text = response.bodyAsText ?? '';
    let json;
    try {
        json = text ? (0,parse_json/* parseJson */.qF)(text) : undefined;
    }
    catch {
        json = undefined;
    }
    if (response.status === 404 && method === 'GET')
        return { status: 404, json };
    if (response.status < 200 || response.status >= 300) {
        const error = json?.error;
        throw new FactoryRequestError(response.status, error?.code ?? `Http${response.status}`, error?.message ?? (text.slice(0, 200) || 'no error body'));
    }
    return { status: response.status, json };
}

;// CONCATENATED MODULE: ./lib/shared/smoke-run/deploy-factory.js

const SEGMENTS = {
    integrationRuntime: 'integrationRuntimes',
    linkedService: 'linkedservices',
    dataset: 'datasets',
    dataflow: 'dataflows',
    pipeline: 'pipelines',
    trigger: 'triggers',
};
/** True when every property the file sets has the same value in the factory (the service adds defaults of its own). */
function coveredBy(wanted, actual) {
    if (Array.isArray(wanted))
        return Array.isArray(actual) && wanted.length === actual.length && wanted.every((item, i) => coveredBy(item, actual[i]));
    if (typeof wanted === 'object' && wanted !== null) {
        if (typeof actual !== 'object' || actual === null || Array.isArray(actual))
            return false;
        return Object.entries(wanted).every(([key, value]) => coveredBy(value, actual[key]));
    }
    return wanted === actual;
}
/**
 * True when the object holds a literal `SecureString`: Data Factory never returns its value (a GET
 * shows it masked), so whether it changed cannot be known and the object is always written.
 */
function holdsSecureString(value) {
    if (Array.isArray(value))
        return value.some(holdsSecureString);
    if (typeof value !== 'object' || value === null)
        return false;
    const record = value;
    if (record.type === 'SecureString' && 'value' in record)
        return true;
    return Object.values(record).some(holdsSecureString);
}
/** The value with every SecureString's value blanked, to tell whether anything else differs. */
function withoutSecureValues(value) {
    if (Array.isArray(value))
        return value.map(withoutSecureValues);
    if (typeof value !== 'object' || value === null)
        return value;
    const record = value;
    if (record.type === 'SecureString' && 'value' in record)
        return { ...record, value: '' };
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, withoutSecureValues(inner)]));
}
function withoutRuntimeState(properties) {
    const { runtimeState: _ignored, ...rest } = properties;
    return rest;
}
/**
 * Writes the objects in order, each only when the factory's copy differs (read, compare, write).
 * A started trigger is stopped before it is updated and started again once everything is written.
 */
async function deployObjects(target, objects, log, abortSignal) {
    let created = 0;
    let updated = 0;
    let unchanged = 0;
    const restart = [];
    for (const object of objects) {
        const path = `/${SEGMENTS[object.kind]}/${encodeURIComponent(object.name)}`;
        const wanted = object.kind === 'trigger' ? withoutRuntimeState(object.properties) : object.properties;
        const current = await factoryRequest(target, 'GET', path, undefined, abortSignal);
        const currentProperties = current.json?.properties;
        const secret = holdsSecureString(wanted);
        if (current.status !== 404 && !secret && coveredBy(wanted, currentProperties)) {
            unchanged++;
            log.debug(`Unchanged ${object.kind} ${object.name}.`);
            continue;
        }
        if (object.kind === 'trigger' && currentProperties?.runtimeState === 'Started') {
            log.info(`Stopping trigger ${object.name} to update it.`);
            await target.client.triggers.beginStopAndWait(target.resourceGroup, target.factory, object.name, { abortSignal });
            restart.push(object.name);
        }
        try {
            await factoryRequest(target, 'PUT', path, { properties: wanted }, abortSignal);
        }
        catch (error) {
            if (error instanceof FactoryRequestError)
                throw new FactoryRequestError(error.status, error.code, `${object.kind} ${object.name} from ${object.file} was refused: ${error.message}`);
            throw error;
        }
        if (current.status === 404)
            created++;
        else
            updated++;
        const why = current.status !== 404 && secret && coveredBy(withoutSecureValues(wanted), withoutSecureValues(currentProperties)) ? ' (it holds a SecureString, whose value Data Factory never returns, so it is always written)' : '';
        log.info(`${current.status === 404 ? 'Created' : 'Updated'} ${object.kind} ${object.name}${why}.`);
    }
    for (const name of restart) {
        await target.client.triggers.beginStartAndWait(target.resourceGroup, target.factory, name, { abortSignal });
        log.info(`Started trigger ${name} again.`);
    }
    return { created, updated, unchanged, restarted: restart };
}

// EXTERNAL MODULE: ./lib/shared/validate/json-nav.js
var json_nav = __webpack_require__(31696);
// EXTERNAL MODULE: ./lib/shared/validate/load-unit.js
var load_unit = __webpack_require__(87637);
// EXTERNAL MODULE: ./lib/shared/validate/load-zip.js
var load_zip = __webpack_require__(25768);
// EXTERNAL MODULE: ./lib/shared/validate/datafactory/factory-model.js
var factory_model = __webpack_require__(1411);
;// CONCATENATED MODULE: ./lib/shared/smoke-run/deploy-order.js





/** Deployment order: what an object refers to is always written before it. */
const DEPLOY_KINDS = ['integrationRuntime', 'linkedService', 'dataset', 'dataflow', 'pipeline', 'trigger'];
/** The reference `type` by which objects of a kind refer to each other (linked service → Key Vault linked service, ExecutePipeline). */
const SAME_KIND_REFERENCE = {
    linkedService: 'LinkedServiceReference',
    pipeline: 'PipelineReference',
    dataflow: 'DataFlowReference',
};
function parsed(json) {
    return json && json.document.root && json.document.errors.length === 0 ? json.document : undefined;
}
/** Reads the deploy input with the validator's loader and factory model. */
function loadDeploySource(workingDirectory, folder, describe) {
    const unit = (0,load_unit/* loadUnit */.LM)(workingDirectory, folder, load_zip/* loadZip */.i0);
    const broken = [unit.template, ...unit.otherJson].find((json) => json !== undefined && json.document.errors.length > 0);
    if (broken) {
        const error = broken.document.errors[0];
        throw new usage_error/* UsageError */.e(`${broken.file.display}:${error.line}:${error.column} is not valid JSON (${error.message}); fix it (mapp validate lists every problem) before deploying from ${describe}.`);
    }
    const context = {
        unit,
        template: parsed(unit.template),
        jsonFiles: unit.otherJson.filter((json) => parsed(json) !== undefined),
        report: () => undefined,
        reportAt: () => undefined,
    };
    const factories = (0,factory_model/* factoryModel */.M4)(context).factories.filter((f) => f.source === 'git');
    if (factories.length === 1)
        return { kind: 'git', objects: factories[0].objects };
    if (factories.length > 1) {
        throw new usage_error/* UsageError */.e(`${describe} ${folder} holds ${factories.length} factories (${factories.map((f) => f.label).join(', ')}); give the one folder of a factory's Git integration.`);
    }
    const template = context.template ? (0,json_nav/* valueOf */.RP)(context.template.root) : undefined;
    if (unit.template && typeof template === 'object' && template !== null && !Array.isArray(template)) {
        return { kind: 'template', template: template, file: unit.template.file.display };
    }
    throw new usage_error/* UsageError */.e(`${describe} ${folder} holds neither Data Factory folders (pipeline/, dataset/, linkedService/, ...) nor a mainTemplate.json; give a factory's Git-integration folder or a managed-application package.`);
}
function referencesIn(value, type, found = new Set()) {
    if (Array.isArray(value))
        for (const item of value)
            referencesIn(item, type, found);
    else if (typeof value === 'object' && value !== null) {
        const record = value;
        if (record.type === type && typeof record.referenceName === 'string')
            found.add(record.referenceName.toLowerCase());
        for (const inner of Object.values(record))
            referencesIn(inner, type, found);
    }
    return found;
}
/** Orders objects of one kind so each comes after those of the same kind it refers to. */
function orderWithinKind(objects, kind) {
    const type = SAME_KIND_REFERENCE[kind];
    if (!type)
        return [...objects].sort((a, b) => a.name.localeCompare(b.name));
    const byName = new Map(objects.map((o) => [o.name.toLowerCase(), o]));
    const ordered = [];
    const state = new Map();
    const visit = (object, chain) => {
        const key = object.name.toLowerCase();
        if (state.get(key) === 'done')
            return;
        if (state.get(key) === 'visiting')
            throw new usage_error/* UsageError */.e(`The ${kind}s ${[...chain, object.name].join(' → ')} refer to each other in a cycle; Data Factory cannot deploy them. Break the cycle in ${object.file}.`);
        state.set(key, 'visiting');
        for (const name of [...referencesIn(object.properties, type)].sort()) {
            const target = byName.get(name);
            if (target && target !== object)
                visit(target, [...chain, object.name]);
        }
        state.set(key, 'done');
        ordered.push(object);
    };
    for (const object of [...objects].sort((a, b) => a.name.localeCompare(b.name)))
        visit(object, []);
    return ordered;
}
/** Objects in the order Data Factory accepts them: by kind, and within a kind after what they refer to. */
function orderForDeploy(objects) {
    return DEPLOY_KINDS.flatMap((kind) => orderWithinKind(objects.filter((o) => o.kind === kind), kind));
}
/** The objects of a factory's Git folder in the order Data Factory accepts them. */
function gitDeployPlan(objects, folder) {
    const planned = [];
    for (const object of objects) {
        const kind = object.kind;
        if (!DEPLOY_KINDS.includes(kind))
            continue;
        const properties = (0,json_nav/* valueOf */.RP)(object.properties);
        if (!object.name || typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
            throw new usage_error/* UsageError */.e(`${object.document.file} has no name or no properties object; it cannot be deployed. Run mapp validate on ${folder}.`);
        }
        planned.push({ kind: kind, name: object.name, properties: properties, file: object.document.file });
    }
    return orderForDeploy(planned);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/shared/smoke-run/smoke-settings.js




const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** `500ms`, `15s`, `2m`, `1h`; a bare number is in `bareUnit`. */
function parseDuration(raw, input, bareUnit) {
    const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i.exec(raw.trim());
    if (!match)
        throw new usage_error/* UsageError */.e(`${input} must be a duration such as 500ms, 15s, 45m or 2h; got '${raw}'.`);
    const ms = Number(match[1]) * UNITS[(match[2] ?? bareUnit).toLowerCase()];
    if (ms <= 0)
        throw new usage_error/* UsageError */.e(`${input} must be more than zero; got '${raw}'.`);
    return ms;
}
function parseCount(raw, input, min) {
    if (raw === undefined)
        return undefined;
    if (!/^\d+$/.test(raw.trim()) || Number(raw) < min)
        throw new usage_error/* UsageError */.e(`${input} must be a whole number of at least ${min}; got '${raw}'.`);
    return Number(raw);
}
/** Inline JSON, or a file holding it; either way one JSON object. */
function parseJsonObject(raw, input, workingDirectory) {
    if (raw === undefined)
        return {};
    let text = raw;
    let where = input;
    if (!raw.trimStart().startsWith('{')) {
        const file = external_node_path_.resolve(workingDirectory, raw);
        where = `${input} (file ${raw})`;
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            throw new usage_error/* UsageError */.e(`${input} is neither a JSON object nor a readable file: ${raw}. Give {"name": "value"} or the path of a .json file.`);
        }
    }
    let parsed;
    try {
        parsed = (0,parse_json/* parseJson */.qF)(text);
    }
    catch (error) {
        throw new usage_error/* UsageError */.e(`${where} is not valid JSON (${error instanceof Error ? error.message : String(error)}). Give an object such as {"windowStart": "2026-01-01T00:00:00Z"}.`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new usage_error/* UsageError */.e(`${where} must be a JSON object of parameter names and values.`);
    return parsed;
}
/** Checks the inputs; `describe` names an input the way this host does (`input 'timeout'`, `--timeout`). */
function readPlan(settings, describe, workingDirectory) {
    const pollIntervalMs = parseDuration(settings['poll-interval'], describe('poll-interval'), 's');
    const pollMaxIntervalMs = Math.max(pollIntervalMs, parseDuration(settings['poll-max-interval'], describe('poll-max-interval'), 's'));
    return {
        parameters: parseJsonObject(settings.parameters, describe('parameters'), workingDirectory),
        concurrency: parseCount(settings.concurrency, describe('concurrency'), 1),
        pollIntervalMs,
        pollMaxIntervalMs,
        timeoutMs: parseDuration(settings.timeout, describe('timeout'), 'm'),
        minimums: {
            rowsRead: parseCount(settings['min-rows-read'], describe('min-rows-read'), 0),
            rowsWritten: parseCount(settings['min-rows-written'], describe('min-rows-written'), 0),
            filesWritten: parseCount(settings['min-files-written'], describe('min-files-written'), 0),
        },
    };
}

// EXTERNAL MODULE: ./lib/shared/arm-eval/index.js + 16 modules
var arm_eval = __webpack_require__(59722);
// EXTERNAL MODULE: ./lib/shared/validate/arm/secure-parameters.js
var secure_parameters = __webpack_require__(74789);
;// CONCATENATED MODULE: ./lib/shared/smoke-run/template-objects.js




/** Child resource type (last segment, lowercase) → deploy kind. */
const CHILD_KINDS = {
    integrationruntimes: 'integrationRuntime',
    linkedservices: 'linkedService',
    datasets: 'dataset',
    dataflows: 'dataflow',
    pipelines: 'pipeline',
    triggers: 'trigger',
};
const FACTORY_TYPE = 'microsoft.datafactory/factories';
/** Declared parameters: lowercase name → declared name, whether it is secure and whether it has a default. */
function declaredParameters(template) {
    const declared = new Map();
    const parameters = template.parameters;
    if (typeof parameters !== 'object' || parameters === null)
        return declared;
    for (const [name, declaration] of Object.entries(parameters)) {
        const type = typeof declaration === 'object' && declaration !== null ? declaration.type : undefined;
        const hasDefault = typeof declaration === 'object' && declaration !== null && 'defaultValue' in declaration;
        declared.set(name.toLowerCase(), { name, secure: typeof type === 'string' && (0,secure_parameters/* isSecureType */.YX)(type), hasDefault });
    }
    return declared;
}
/**
 * Template parameter values from the input: a deployment parameters file
 * (`{"parameters": {"x": {"value": 1}}}`, with or without `$schema`) or a plain object
 * (`{"x": 1}`). Key Vault references cannot be resolved here and are refused.
 */
function parameterValuesOf(input, describe) {
    const wrapped = typeof input.parameters === 'object' && input.parameters !== null && !Array.isArray(input.parameters) && ('$schema' in input || 'contentVersion' in input || Object.keys(input).length === 1);
    const entries = wrapped ? input.parameters : input;
    const values = {};
    for (const [name, entry] of Object.entries(entries)) {
        if (!wrapped) {
            values[name] = entry;
            continue;
        }
        if (typeof entry === 'object' && entry !== null && 'value' in entry)
            values[name] = entry.value;
        else if (typeof entry === 'object' && entry !== null && 'reference' in entry) {
            throw new usage_error/* UsageError */.e(`${describe}: parameter ${name} is a Key Vault reference, which mapp cannot resolve; give its value (it is masked if the parameter is a securestring).`);
        }
        else
            throw new usage_error/* UsageError */.e(`${describe}: parameter ${name} must be {"value": ...} in a deployment parameters file.`);
    }
    return values;
}
function nameSegments(resource) {
    return resource.name.split('/');
}
function explain(error, source, describeParameters) {
    if (error instanceof arm_eval/* TemplateEvaluationError */.Lx) {
        const hint = /^parameters\b/.test(error.path) ? ` Give template parameter values with ${describeParameters}.` : '';
        throw new usage_error/* UsageError */.e(`${source.file} at ${error.path}: ${error.detail}${hint}`);
    }
    throw error;
}
/**
 * Evaluates the template the way ARM would for this scope and picks out one data factory and
 * its children. `factory` chooses among several factories; with one, it may differ from the
 * template's computed name (the children then go into the named factory).
 */
async function templateDeployment(source, parameterValues, scope, factory, describeParameters) {
    let resources;
    try {
        ({ resources } = await (0,arm_eval/* evaluateTemplate */.M1)(source.template, parameterValues, scope));
    }
    catch (error) {
        explain(error, source, describeParameters);
    }
    const factories = new Map();
    const group = (name) => {
        const key = name.toLowerCase();
        let found = factories.get(key);
        if (!found)
            factories.set(key, (found = { name, children: [] }));
        return found;
    };
    let otherResources = 0;
    for (const resource of resources) {
        const type = resource.type.toLowerCase();
        if (type === FACTORY_TYPE)
            group(resource.name).body = resource.body;
        else if (type.startsWith(`${FACTORY_TYPE}/`) && CHILD_KINDS[type.slice(FACTORY_TYPE.length + 1)])
            group(nameSegments(resource)[0]).children.push(resource);
        else
            otherResources++;
    }
    if (factories.size === 0)
        throw new usage_error/* UsageError */.e(`${source.file} declares no Microsoft.DataFactory/factories resources; nothing to deploy.`);
    let chosen = factory ? factories.get(factory.toLowerCase()) : undefined;
    if (!chosen) {
        if (factories.size > 1) {
            const names = [...factories.values()].map((f) => f.name).join(', ');
            throw new usage_error/* UsageError */.e(`${source.file} declares ${factories.size} data factories (${names})${factory ? `, none named ${factory}` : ''}; give the factory input to choose one.`);
        }
        chosen = [...factories.values()][0];
    }
    const objects = chosen.children.map((resource) => {
        const kind = CHILD_KINDS[resource.type.toLowerCase().slice(FACTORY_TYPE.length + 1)];
        const properties = resource.body.properties;
        if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
            throw new usage_error/* UsageError */.e(`${source.file} at ${resource.templatePath}: ${kind} ${resource.name} has no properties object; it cannot be deployed.`);
        }
        const segments = nameSegments(resource);
        return { kind, name: segments[segments.length - 1], properties: properties, file: `${source.file} (${resource.templatePath})` };
    });
    return { factoryName: chosen.name, factory: chosen.body, objects: orderForDeploy(objects), otherResources };
}

;// CONCATENATED MODULE: ./lib/shared/smoke-run/prepare-factory.js








const SUBSCRIPTIONS_API = '2022-12-01';
const RESOURCE_GROUPS_API = '2021-04-01';
/** Every string inside a value, for masking a secure object parameter. */
function stringsIn(value, found = []) {
    if (typeof value === 'string')
        found.push(value);
    else if (Array.isArray(value))
        for (const item of value)
            stringsIn(item, found);
    else if (typeof value === 'object' && value !== null)
        for (const item of Object.values(value))
            stringsIn(item, found);
    return found;
}
/**
 * The values the template is evaluated with: the application's (those the template still
 * declares), overridden by the template-parameters input. Secure values are masked at once.
 */
function templateParameterValues(host, template, file, application, settings, describe) {
    const declared = declaredParameters(template);
    const raw = settings['template-parameters'];
    if (raw?.trimStart().startsWith('{'))
        host.outputs.mask(raw);
    const given = settings['template-parameters'] === undefined ? {} : parameterValuesOf(parseJsonObject(settings['template-parameters'], describe('template-parameters'), host.workingDirectory), describe('template-parameters'));
    const values = {};
    for (const [name, value] of Object.entries(application?.parameters ?? {})) {
        const declaration = declared.get(name.toLowerCase());
        if (declaration)
            values[declaration.name] = value;
        else
            host.log.debug(`The application's parameter ${name} is not declared by ${file}; it is left out.`);
    }
    for (const [name, value] of Object.entries(given)) {
        const declaration = declared.get(name.toLowerCase());
        if (declaration?.secure)
            for (const secret of stringsIn(value))
                if (secret)
                    host.outputs.mask(secret);
        if (!declaration) {
            const names = [...declared.values()].map((d) => d.name).join(', ') || 'none';
            throw new usage_error/* UsageError */.e(`${describe('template-parameters')} gives parameter ${name}, which ${file} does not declare (it declares ${names}).`);
        }
        values[declaration.name] = value;
    }
    // Azure never returns an application's securestring values: say so, rather than only that one is missing.
    const missing = [...declared.values()].filter((d) => d.secure && !d.hasDefault && !(d.name in values)).map((d) => d.name);
    if (missing.length > 0) {
        const source = application ? "Azure does not return an application's securestring parameters, so" : 'Secure parameters have no default here, so';
        const example = JSON.stringify(Object.fromEntries(missing.map((name) => [name, '...'])));
        throw new usage_error/* UsageError */.e(`${file} needs the secure parameter${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. ${source} give ${missing.length > 1 ? 'them' : 'it'} in ${describe('template-parameters')}, e.g. ${example} (masked in every log).`);
    }
    return values;
}
function textOf(record, key) {
    const value = record?.[key];
    return typeof value === 'string' ? value : undefined;
}
/**
 * What `subscription()`, `resourceGroup()` and `reference()` return for a deployment into the
 * factory's resource group, read from ARM. `reference()` without an api-version uses the one the
 * template declares for that resource type, as ARM does for resources of the same template.
 */
async function deploymentScope(connection, subscriptionId, resourceGroup, template, describeGroup) {
    const pipeline = (0,arm_get/* armPipeline */.zG)(connection);
    const subscription = await (0,arm_get/* armGet */.XM)(connection, pipeline, `/subscriptions/${encodeURIComponent(subscriptionId)}`, SUBSCRIPTIONS_API);
    let group;
    try {
        group = await (0,arm_get/* armGet */.XM)(connection, pipeline, `/subscriptions/${encodeURIComponent(subscriptionId)}/resourceGroups/${encodeURIComponent(resourceGroup)}`, RESOURCE_GROUPS_API);
    }
    catch (error) {
        if (error instanceof arm_get/* ArmError */.dW && error.status === 404)
            throw new usage_error/* UsageError */.e(`Resource group ${resourceGroup} was not found in subscription ${subscriptionId}: check ${describeGroup}.`);
        throw error;
    }
    const declaredVersions = new Map();
    for (const resource of Array.isArray(template.resources) ? template.resources : []) {
        const type = textOf(resource, 'type');
        const apiVersion = textOf(resource, 'apiVersion');
        if (type && apiVersion && !type.startsWith('['))
            declaredVersions.set(type.toLowerCase(), apiVersion);
    }
    return {
        subscription: { subscriptionId, tenantId: textOf(subscription, 'tenantId') ?? '', displayName: textOf(subscription, 'displayName') },
        resourceGroup: { name: textOf(group, 'name') ?? resourceGroup, location: textOf(group, 'location') ?? '', managedBy: textOf(group, 'managedBy') },
        reference: async (resourceId, apiVersion, full) => {
            const type = /\/providers\/(.+)$/i.exec(resourceId)?.[1]?.split('/').filter((_, i) => i === 0 || i % 2 === 1).join('/');
            const version = apiVersion ?? (type ? declaredVersions.get(type.toLowerCase()) : undefined);
            if (!version)
                throw new usage_error/* UsageError */.e(`reference('${resourceId}') has no api-version and the template declares none for its type; add one to the reference() call.`);
            const body = await (0,arm_get/* armGet */.XM)(connection, pipeline, resourceId, version);
            return full ? body : body?.properties;
        },
    };
}
/** Creates the factory from the template's declaration when it does not exist yet. */
async function ensureFactory(host, target, deployment, file, signal) {
    const current = await factoryRequest(target, 'GET', '', undefined, signal);
    if (current.status !== 404)
        return;
    if (!deployment.factory)
        throw new usage_error/* UsageError */.e(`Data factory ${target.factory} does not exist in resource group ${target.resourceGroup}, and ${file} does not declare it; create it or deploy the whole application first.`);
    const { location, identity, tags, properties } = deployment.factory;
    await factoryRequest(target, 'PUT', '', { location, ...(identity ? { identity } : {}), ...(tags ? { tags } : {}), properties: properties ?? {} }, signal);
    host.log.info(`Created data factory ${target.factory} in ${target.resourceGroup}.`);
}
/**
 * Finds the factory (by name, or in a managed application's managed resource group) and, when
 * asked, deploys the deploy input into it: a Git folder as it is, a template once evaluated.
 */
async function prepareFactory(host, connection, settings, describe, signal) {
    const source = settings.deploy ? loadDeploySource(host.workingDirectory, settings.deploy, describe('deploy')) : undefined;
    if (settings['template-parameters'] !== undefined && source?.kind !== 'template') {
        throw new usage_error/* UsageError */.e(`${describe('template-parameters')} is only used when ${describe('deploy')} is a managed-application package or template.`);
    }
    const { client, subscriptionId } = factoryClient(connection, describe('subscription-id'));
    let resourceGroup = settings['resource-group'];
    let application;
    let factory = settings.factory;
    if (settings.application) {
        application = await readApplication(connection, subscriptionId, resourceGroup, settings.application, signal);
        resourceGroup = application.managedResourceGroup;
        host.log.info(`Managed application ${settings.application}: managed resource group ${resourceGroup}.`);
        factory ??= await findFactory(client, resourceGroup, undefined, describe('factory'), signal, source?.kind === 'template');
    }
    let deployment;
    if (source?.kind === 'template') {
        const values = templateParameterValues(host, source.template, source.file, application, settings, describe);
        const scope = await deploymentScope(connection, subscriptionId, resourceGroup, source.template, describe('resource-group'));
        deployment = await templateDeployment(source, values, scope, factory, describe('template-parameters'));
        factory ??= deployment.factoryName;
    }
    if (!factory)
        throw new usage_error/* UsageError */.e(`Give ${describe('factory')} (or ${describe('application')}, or a template to deploy that declares the factory): mapp smoke-run needs to know which data factory to run.`);
    const target = factoryTarget(client, subscriptionId, resourceGroup, factory);
    if (source?.kind === 'git') {
        const objects = gitDeployPlan(source.objects, settings.deploy);
        host.log.info(`Deploying ${objects.length} objects from ${settings.deploy} to data factory ${target.factory}.`);
        const result = await deployObjects(target, objects, host.log, signal);
        host.log.info(`Deployed: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged.`);
    }
    else if (source?.kind === 'template' && deployment) {
        const others = deployment.otherResources ? ` (its ${deployment.otherResources} other resources are not deployed by smoke-run)` : '';
        host.log.info(`Deploying ${deployment.objects.length} Data Factory objects of ${source.file}${others} to data factory ${target.factory}.`);
        await ensureFactory(host, target, deployment, source.file, signal);
        const result = await deployObjects(target, deployment.objects, host.log, signal);
        host.log.info(`Deployed: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged.`);
    }
    return target;
}

;// CONCATENATED MODULE: ./lib/shared/smoke-run/run-model.js
const FINAL_STATUSES = new Set(['Succeeded', 'Failed', 'Cancelled']);
const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
/** Sums rowsRead, rowsCopied, filesWritten and dataWritten over the copy activities that finished. */
function copyTotals(activities) {
    const totals = { rowsRead: 0, rowsWritten: 0, filesWritten: 0, bytesWritten: 0, copies: 0 };
    for (const activity of activities) {
        if (activity.type.toLowerCase() !== 'copy' || !activity.output)
            continue;
        totals.copies++;
        totals.rowsRead += num(activity.output.rowsRead);
        totals.rowsWritten += num(activity.output.rowsCopied ?? activity.output.rowsWritten);
        totals.filesWritten += num(activity.output.filesWritten);
        totals.bytesWritten += num(activity.output.dataWritten);
    }
    return totals;
}

;// CONCATENATED MODULE: ./lib/shared/smoke-run/poll-timer.js

/** Waits `ms`, or less when the signal aborts (it never throws). */
function pause(ms, signal) {
    if (ms <= 0 || signal?.aborted)
        return Promise.resolve();
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}
/** The wait an error reply asks for (`Retry-After` seconds or date, `retry-after-ms`), in milliseconds. */
function retryAfterMs(error, now = Date.now()) {
    if (!(0,esm/* isRestError */.T0)(error) || !error.response)
        return undefined;
    const headers = error.response.headers;
    const ms = Number(headers.get('retry-after-ms') ?? headers.get('x-ms-retry-after-ms'));
    if (Number.isFinite(ms) && ms > 0)
        return ms;
    const raw = headers.get('retry-after');
    if (!raw)
        return undefined;
    const seconds = Number(raw);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(raw);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** Errors worth polling through: throttling, server errors, dropped connections. */
function isTransient(error) {
    if (!(0,esm/* isRestError */.T0)(error))
        return false;
    const status = error.statusCode;
    return status === undefined || status === 408 || status === 429 || status >= 500;
}
/** The wait after a check: back to the first interval when something changed, else 1.5 times longer up to the cap. */
function nextInterval(current, changed, first, max) {
    return changed ? first : Math.min(max, Math.round(current * 1.5));
}

;// CONCATENATED MODULE: ./lib/shared/smoke-run/run-watch.js


/** Consecutive transient failures tolerated before giving up (beyond the SDK's own retries). */
const MAX_TRANSIENT = 8;
function activityRecord(run, a) {
    const error = a.error;
    return {
        pipeline: a.pipelineName ?? run.pipeline,
        runId: run.runId,
        activityRunId: a.activityRunId ?? `${a.activityName}`,
        name: a.activityName ?? '?',
        type: a.activityType ?? '?',
        depth: run.depth,
        status: a.status ?? 'Unknown',
        start: a.activityRunStart?.toISOString(),
        end: a.activityRunEnd?.toISOString(),
        durationMs: a.durationInMs,
        output: (a.output ?? undefined),
        ...(error?.errorCode || error?.message ? { error: { errorCode: error.errorCode ?? '', message: error.message ?? '', failureType: error.failureType ?? '' } } : {}),
    };
}
async function queryActivities(target, run, since, signal) {
    const all = [];
    let continuationToken;
    do {
        const page = await target.client.activityRuns.queryByPipelineRun(target.resourceGroup, target.factory, run.runId, { lastUpdatedAfter: since, lastUpdatedBefore: new Date(Date.now() + 86_400_000), continuationToken }, { abortSignal: signal });
        all.push(...page.value);
        continuationToken = page.continuationToken;
    } while (continuationToken);
    return all;
}
/**
 * Follows a pipeline run until it ends, the deadline passes or the signal aborts, reporting each
 * activity status change; runs it executes are followed the same way.
 *
 * The cost and delay it aims at, per followed run: one status read per interval in effect, plus
 * one activity query per change of the run's `lastUpdated` (activities are not queried while the
 * run is quiet), so the calls are bounded by the waiting time over the first interval plus a
 * constant that depends on the pipeline, not on how long it runs; and the end of a run is seen
 * less than one interval in effect after it happens. The interval in effect starts at the first
 * interval, grows 1.5 times per quiet round up to the max (the documented back-off: a long quiet
 * copy is not read every few seconds) and drops back to the first on any activity change. Rounds
 * are started at that rate, not after it: the time a round's calls took counts toward the next
 * wait, so a slow ARM or a run with many executed pipelines does not stretch the period (nor the
 * delay) by its latency.
 */
async function watchRun(target, outcome, options) {
    const runId = outcome.runId;
    const since = new Date(Date.now() - 10 * 60_000);
    const runs = new Map([[runId, { runId, pipeline: outcome.pipeline, depth: 0 }]]);
    const byActivity = new Map();
    let interval = options.firstIntervalMs;
    let transient = 0;
    for (;;) {
        const stop = options.signal?.aborted ? 'cancelled' : Date.now() >= options.deadline ? 'timeout' : undefined;
        if (stop)
            return cancelRun(target, outcome, stop, options);
        const roundStart = Date.now();
        let changed = false;
        try {
            changed = await checkOnce(target, runs, byActivity, outcome, since, options);
            transient = 0;
        }
        catch (error) {
            if (options.signal?.aborted)
                continue;
            if (!isTransient(error) || ++transient > MAX_TRANSIENT)
                throw error;
            const wait = Math.max(retryAfterMs(error) ?? 0, interval);
            options.onRetry(`Azure answered ${error.statusCode ?? 'with a dropped connection'} while checking run ${runId}; checking again in ${(wait / 1000).toFixed(1)}s.`);
            await pause(Math.min(wait, Math.max(0, options.deadline - Date.now())), options.signal);
            continue;
        }
        outcome.activities.splice(0, outcome.activities.length, ...byActivity.values());
        outcome.totals = copyTotals(outcome.activities);
        if (FINAL_STATUSES.has(outcome.status))
            return;
        interval = nextInterval(interval, changed, options.firstIntervalMs, options.maxIntervalMs);
        await pause(Math.min(roundStart + interval, options.deadline) - Date.now(), options.signal);
    }
}
/**
 * One round: the status of every run still going, read together, then the activities of those
 * whose lastUpdated moved, queried together (so a round costs two call latencies, not two per run).
 * A run's lastUpdated is remembered only once its activities were read, so a failed query is
 * repeated next round rather than skipped.
 */
async function checkOnce(target, runs, byActivity, outcome, since, options) {
    let changed = false;
    let batch = [...runs.values()].filter((run) => !run.status || !FINAL_STATUSES.has(run.status));
    while (batch.length > 0) {
        const known = new Set(runs.keys());
        const reads = await Promise.all(batch.map((run) => target.client.pipelineRuns.get(target.resourceGroup, target.factory, run.runId, { abortSignal: options.signal })));
        const moved = batch.map((run, i) => ({ run, lastUpdated: applyStatus(run, reads[i], outcome) })).filter((m) => m.lastUpdated !== m.run.lastUpdated);
        const pages = await Promise.all(moved.map((m) => queryActivities(target, m.run, since, options.signal)));
        moved.forEach((m, i) => {
            m.run.lastUpdated = m.lastUpdated;
            changed = applyActivities(m.run, pages[i], runs, byActivity, options) || changed;
        });
        // Runs found this round are read at once, so their activities show in the same round.
        batch = [...runs.values()].filter((run) => !known.has(run.runId));
    }
    return changed;
}
/** Notes a run's status (the outcome's, for the run itself) and returns its lastUpdated. */
function applyStatus(run, current, outcome) {
    run.status = current.status;
    if (run.depth === 0) {
        outcome.status = current.status ?? 'Unknown';
        outcome.durationMs = current.durationInMs;
        outcome.message = current.message || undefined;
    }
    return current.lastUpdated?.toISOString();
}
/** Reports each activity whose status changed, and starts following the runs ExecutePipeline started. */
function applyActivities(run, activities, runs, byActivity, options) {
    let changed = false;
    for (const activity of activities) {
        const record = activityRecord(run, activity);
        const before = byActivity.get(record.activityRunId);
        if (before?.status === record.status)
            continue;
        byActivity.set(record.activityRunId, record);
        changed = true;
        options.onActivity(record);
        const child = record.output?.pipelineRunId;
        if (record.type.toLowerCase() === 'executepipeline' && typeof child === 'string' && !runs.has(child)) {
            const pipelineName = record.output.pipelineName;
            runs.set(child, { runId: child, pipeline: typeof pipelineName === 'string' ? pipelineName : '?', depth: run.depth + 1 });
        }
    }
    return changed;
}
/** How long the cancel flow waits for a Canceling run to become Cancelled, and how often it looks. */
const CANCELING_WAIT_MS = 5_000;
const CANCELING_POLL_MS = 1_000;
/**
 * Cancels the run in Azure (with the runs it started, unless opted out), then reads its status
 * until it leaves Canceling, for a few seconds at most: this runs on a timeout or while the job
 * is being cancelled, when the runner allows only seconds before it kills the process. A run still
 * Canceling then is reported as such.
 */
async function cancelRun(target, outcome, reason, options) {
    outcome.stoppedBecause = reason;
    const signal = AbortSignal.timeout(15_000);
    try {
        await target.client.pipelineRuns.cancel(target.resourceGroup, target.factory, outcome.runId, { isRecursive: options.cancelRecursive, abortSignal: signal });
        const giveUpAt = Date.now() + CANCELING_WAIT_MS;
        for (;;) {
            const after = await target.client.pipelineRuns.get(target.resourceGroup, target.factory, outcome.runId, { abortSignal: signal });
            outcome.status = after.status ?? outcome.status;
            outcome.durationMs = after.durationInMs ?? outcome.durationMs;
            if (FINAL_STATUSES.has(outcome.status) || Date.now() >= giveUpAt)
                break;
            // Not options.signal: it has usually fired already (the job is being cancelled).
            await pause(Math.min(options.firstIntervalMs, CANCELING_POLL_MS, giveUpAt - Date.now()), signal);
        }
        if (!FINAL_STATUSES.has(outcome.status))
            outcome.message = `The run was still ${outcome.status} when mapp stopped waiting; check run ${outcome.runId} in the Data Factory monitor.`;
    }
    catch (error) {
        outcome.message = `mapp could not cancel the run in Azure (${error instanceof Error ? error.message : String(error)}); cancel run ${outcome.runId} in the Data Factory monitor.`;
    }
}

;// CONCATENATED MODULE: ./lib/shared/smoke-run/smoke-run.js












function patternToRegExp(pattern) {
    return new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
}
/** Pipeline names from names and `*` patterns; patterns are matched against the factory's pipelines. */
async function resolvePipelines(target, wanted, describe) {
    if (!wanted.some((w) => w.includes('*')))
        return [...new Set(wanted)];
    const names = [];
    for await (const pipeline of target.client.pipelines.listByFactory(target.resourceGroup, target.factory))
        if (pipeline.name)
            names.push(pipeline.name);
    const chosen = new Set();
    for (const w of wanted) {
        const matches = w.includes('*') ? names.filter((n) => patternToRegExp(w).test(n)) : [w];
        if (matches.length === 0)
            throw new usage_error/* UsageError */.e(`${describe}: no pipeline of factory ${target.factory} matches '${w}'. Its pipelines: ${names.join(', ') || 'none'}.`);
        for (const m of matches)
            chosen.add(m);
    }
    return [...chosen];
}
/** Azure's refusals the user can fix become usage errors naming the factory or pipeline. */
function explainStartFailure(error, target, pipeline) {
    if (!(0,esm/* isRestError */.T0)(error) || error.statusCode !== 404)
        return error;
    const code = error.code;
    if (code === 'ResourceNotFound' || code === 'ResourceGroupNotFound') {
        return new usage_error/* UsageError */.e(`Data factory ${target.factory} was not found in resource group ${target.resourceGroup} (${code}): check the resource-group and factory inputs.`);
    }
    return new usage_error/* UsageError */.e(`Pipeline ${pipeline} was not found in data factory ${target.factory}: check the pipelines input, or deploy it first with the deploy input.`);
}
async function runOne(host, target, pipeline, plan, settings, deadline, signal) {
    const outcome = { pipeline, status: 'NotStarted', activities: [], totals: copyTotals([]) };
    if (signal?.aborted || Date.now() >= deadline)
        return outcome;
    try {
        const created = await target.client.pipelines.createRun(target.resourceGroup, target.factory, pipeline, { parameters: plan.parameters, abortSignal: signal });
        outcome.runId = created.runId;
    }
    catch (error) {
        if (signal?.aborted)
            return outcome;
        throw explainStartFailure(error, target, pipeline);
    }
    outcome.status = 'Queued';
    host.log.info(`Started pipeline ${pipeline}: run ${outcome.runId}`);
    await watchRun(target, outcome, {
        firstIntervalMs: plan.pollIntervalMs,
        maxIntervalMs: plan.pollMaxIntervalMs,
        deadline,
        cancelRecursive: settings['cancel-recursive'],
        signal,
        onActivity: (activity) => host.log.info(activityLine(activity)),
        onRetry: (message) => host.log.info(message),
    });
    outcome.failure = firstFailure(outcome.activities);
    const stopped = outcome.stoppedBecause === 'timeout' ? ' (timed out; cancelled in Azure)' : outcome.stoppedBecause === 'cancelled' ? ' (job cancelled; cancelled in Azure)' : '';
    host.log.info(`Pipeline ${pipeline} run ${outcome.runId}: ${outcome.status}${stopped} in ${seconds(outcome.durationMs)}; ${outcome.totals.rowsRead} rows read, ${outcome.totals.rowsWritten} rows written, ${outcome.totals.filesWritten} files written.`);
    for (const line of failureLines(outcome))
        host.log.info(`  ${line}`);
    return outcome;
}
/** Runs the pipelines, at most `concurrency` at a time, in the order given. */
async function runAll(pipelines, concurrency, run) {
    const outcomes = new Array(pipelines.length);
    let next = 0;
    const worker = async () => {
        while (next < pipelines.length) {
            const index = next++;
            outcomes[index] = await run(pipelines[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, pipelines.length) }, worker));
    return outcomes;
}
/**
 * Deploys (optionally) and runs Data Factory pipelines, follows every activity, and checks the
 * final status and copy results. Runs still going at the timeout or on cancellation are cancelled.
 */
async function smokeRun(host, settings) {
    const describe = (name) => (0,describe_input/* describeInput */.e)(host, name);
    const plan = readPlan(settings, describe, host.workingDirectory);
    const connection = (0,connect/* connectToAzure */.Vn)(host, settings);
    const signal = host.cancellation;
    const deadline = Date.now() + plan.timeoutMs;
    const target = await prepareFactory(host, connection, settings, describe, signal);
    const pipelines = await resolvePipelines(target, settings.pipelines, describe('pipelines'));
    const outcomes = await runAll(pipelines, plan.concurrency, (pipeline) => runOne(host, target, pipeline, plan, settings, deadline, signal));
    const problems = runProblems(outcomes, settings['expected-status'], plan.minimums);
    host.summary.append(summaryMarkdown(outcomes, problems));
    const perRun = (value) => outcomes.map((o) => `${o.pipeline}=${value(o)}`).join('\n');
    const sum = (value) => outcomes.reduce((total, o) => total + value(o), 0);
    (0,run_command/* setOutputs */.n)(host, smoke_run/* smokeRunCommand */.C, {
        'run-ids': perRun((o) => o.runId ?? ''),
        statuses: perRun((o) => o.status),
        durations: perRun((o) => (o.durationMs === undefined ? '' : (o.durationMs / 1000).toFixed(1))),
        'rows-read': sum((o) => o.totals.rowsRead),
        'rows-written': sum((o) => o.totals.rowsWritten),
        'files-written': sum((o) => o.totals.filesWritten),
        runs: JSON.stringify(outcomes.map((o) => ({ pipeline: o.pipeline, runId: o.runId, status: o.status, durationMs: o.durationMs, ...o.totals, stoppedBecause: o.stoppedBecause, failure: o.failure ? { activity: o.failure.name, ...o.failure.error } : undefined }))),
    });
    for (const problem of problems)
        host.annotations.annotate({ severity: 'error', message: problem, title: 'mapp smoke-run' });
    if (problems.length === 0)
        return { exitCode: 0 };
    return { exitCode: 1, message: problems.length === 1 ? problems[0] : `${problems.length} problems: ${problems.join(' ')}` };
}


/***/ })

};
