export const id = 713;
export const ids = [713];
export const modules = {

/***/ 7348:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ armClientOptions)
/* harmony export */ });
/* harmony import */ var _tool_info_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3352);

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

/***/ 8254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XM: () => (/* binding */ armGet),
/* harmony export */   dW: () => (/* binding */ ArmError),
/* harmony export */   zG: () => (/* binding */ armPipeline)
/* harmony export */ });
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(869);
/* harmony import */ var _json_parse_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5178);
/* harmony import */ var _tool_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3352);



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

/***/ 1713:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  smokeRun: () => (/* binding */ smokeRun)
});

// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 80 modules
var esm = __webpack_require__(869);
// EXTERNAL MODULE: ./lib/shared/azure/connect.js + 6 modules
var connect = __webpack_require__(8284);
// EXTERNAL MODULE: ./lib/shared/commands/run-command.js + 1 modules
var run_command = __webpack_require__(8186);
// EXTERNAL MODULE: ./lib/shared/commands/smoke-run.js
var smoke_run = __webpack_require__(8581);
// EXTERNAL MODULE: ./lib/shared/commands/usage-error.js
var usage_error = __webpack_require__(3240);
// EXTERNAL MODULE: ./lib/shared/host/describe-input.js
var describe_input = __webpack_require__(8038);
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
var arm_get = __webpack_require__(8254);
// EXTERNAL MODULE: ./node_modules/@azure/arm-managedapplications/dist/index.js
var dist = __webpack_require__(4634);
// EXTERNAL MODULE: ./lib/shared/azure/arm-client-options.js
var arm_client_options = __webpack_require__(7348);
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
var arm_datafactory_dist = __webpack_require__(2650);
// EXTERNAL MODULE: ./lib/shared/json/parse-json.js
var parse_json = __webpack_require__(5178);
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
var json_nav = __webpack_require__(1696);
// EXTERNAL MODULE: ./lib/shared/validate/load-unit.js
var load_unit = __webpack_require__(7637);
// EXTERNAL MODULE: ./lib/shared/validate/load-zip.js
var load_zip = __webpack_require__(5768);
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
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
var arm_expression = __webpack_require__(6818);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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






// EXTERNAL MODULE: ./lib/shared/validate/arm/secure-parameters.js
var secure_parameters = __webpack_require__(4789);
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
    if (error instanceof TemplateEvaluationError) {
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
        ({ resources } = await evaluateTemplate(source.template, parameterValues, scope));
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
