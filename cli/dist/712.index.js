export const id = 712;
export const ids = [712];
export const modules = {

/***/ 15712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishMarketplace: () => (/* binding */ publishMarketplace)
});

// EXTERNAL MODULE: ./lib/shared/azure/connect.js + 6 modules
var connect = __webpack_require__(58284);
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 80 modules
var esm = __webpack_require__(30869);
// EXTERNAL MODULE: ./lib/shared/json/parse-json.js
var parse_json = __webpack_require__(25178);
// EXTERNAL MODULE: ./lib/shared/tool-info.js
var tool_info = __webpack_require__(33352);
;// CONCATENATED MODULE: ./lib/shared/azure/partner-center/ingestion-error.js

/**
 * A refusal from the Partner Center ingestion API, with the service's own error code and message.
 * The OpenAPI document types error bodies as plain strings; the service sends
 * `{"code", "message", "details"}` (sometimes wrapped in `error`), so all three shapes are read.
 */
class PartnerCenterError extends Error {
    status;
    code;
    detail;
    operation;
    name = 'PartnerCenterError';
    constructor(status, code, detail, operation) {
        super(`${operation} failed: ${code} (HTTP ${status}): ${detail}`);
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.operation = operation;
    }
    /** An If-Match precondition that no longer holds: someone else changed the resource. */
    get isEtagConflict() {
        return this.status === 412 || (this.status === 409 && /etag|precondition|modified|conflict/i.test(`${this.code} ${this.detail}`));
    }
}
function ingestion_error_text(value) {
    return typeof value === 'string' && value.length > 0 ? value : undefined;
}
/** Shapes any error reply into a {@link PartnerCenterError}. */
function partnerCenterErrorOf(status, body, operation) {
    let parsed;
    try {
        parsed = (0,parse_json/* parseJson */.qF)(body ?? '');
    }
    catch {
        parsed = undefined;
    }
    if (typeof parsed === 'object' && parsed !== null) {
        const record = parsed;
        const inner = typeof record.error === 'object' && record.error !== null ? record.error : record;
        const code = ingestion_error_text(inner.code);
        if (code) {
            const details = Array.isArray(inner.details)
                ? inner.details.map((d) => (typeof d === 'object' && d !== null ? ingestion_error_text(d.message) : undefined)).filter((m) => m !== undefined)
                : [];
            return new PartnerCenterError(status, code, [ingestion_error_text(inner.message) ?? 'no message', ...details].join(' '), operation);
        }
    }
    const plain = typeof parsed === 'string' ? parsed : (body ?? '').trim();
    return new PartnerCenterError(status, `Http${status}`, plain.slice(0, 300) || 'no error body', operation);
}

;// CONCATENATED MODULE: ./lib/shared/azure/partner-center/ingestion-client.js




/** Path of the ingestion API under the cloud's Partner Center endpoint. */
const INGESTION_PATH = '/v1.0/ingestion';
/** Retries after 429/503 (honouring Retry-After) and transient failures, before an error surfaces. */
const MAX_RETRIES = 8;
/** Pages followed before a listing is considered runaway. */
const MAX_PAGES = 200;
/**
 * A small typed client for the Partner Center ingestion API v1: the retrying pipeline of
 * `@azure/core-rest-pipeline` (Retry-After honoured on 429 and 503), a bearer token for the
 * cloud's Partner Center scope, `@odata.nextLink` paging, and errors carrying the API's code.
 */
class PartnerCenterClient {
    cloud;
    pipeline;
    http = (0,esm/* createDefaultHttpClient */.fl)();
    base;
    constructor(credential, cloud, options = {}) {
        this.cloud = cloud;
        this.pipeline = (0,esm/* createPipelineFromOptions */.Fp)({
            userAgentOptions: { userAgentPrefix: `mapp/${tool_info/* TOOL_VERSION */.w}` },
            retryOptions: { maxRetries: MAX_RETRIES, retryDelayInMs: options.retryDelayMs ?? 800 },
        });
        this.pipeline.addPolicy((0,esm/* bearerTokenAuthenticationPolicy */.N$)({ credential, scopes: cloud.partnerCenterScope }));
        this.base = `${cloud.partnerCenterEndpoint}${INGESTION_PATH}`;
    }
    /** Sends one request; returns the parsed JSON body and the ETag header. */
    async send(method, url, operation, body, ifMatch) {
        const headers = (0,esm/* createHttpHeaders */.Nc)({ accept: 'application/json' });
        if (body !== undefined)
            headers.set('content-type', 'application/json');
        if (ifMatch !== undefined)
            headers.set('if-match', ifMatch);
        const request = (0,esm/* createPipelineRequest */.G6)({ url, method: method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
        const response = await this.pipeline.sendRequest(this.http, request);
        if (response.status < 200 || response.status >= 300)
            throw partnerCenterErrorOf(response.status, response.bodyAsText ?? undefined, operation);
        const text = response.bodyAsText ?? '';
        return { body: (text ? (0,parse_json/* parseJson */.qF)(text) : undefined), etag: response.headers.get('etag') };
    }
    url(path, query = {}) {
        const search = new URLSearchParams(query).toString();
        return `${this.base}${path}${search ? `?${search}` : ''}`;
    }
    /**
     * Resolves a next link: absolute, or relative to the endpoint (the service sends
     * `v1.0/ingestion/...?$skipToken=...`). A link to another origin is refused, so the token
     * never goes anywhere but the Partner Center endpoint.
     */
    resolveNextLink(link) {
        const endpoint = new URL(`${this.cloud.partnerCenterEndpoint}/`);
        const resolved = link.startsWith('/') && !link.startsWith(INGESTION_PATH) ? new URL(link, endpoint.origin) : new URL(link.startsWith(INGESTION_PATH) ? link.slice(1) : link, endpoint);
        if (resolved.origin !== endpoint.origin)
            throw new Error(`Partner Center returned a next link to another origin (${resolved.origin}); refusing to follow it.`);
        return resolved.toString();
    }
    /** Every item of a paged listing, following next links. */
    async list(url, operation) {
        const items = [];
        let next = url;
        for (let page = 0; next; page++) {
            if (page >= MAX_PAGES)
                throw new Error(`${operation}: more than ${MAX_PAGES} pages; stopping.`);
            const reply = await this.send('GET', next, operation);
            items.push(...(reply.body?.value ?? []));
            const link = reply.body?.['@odata.nextLink'] ?? reply.body?.nextLink;
            next = link ? this.resolveNextLink(link) : undefined;
        }
        return items;
    }
    /** Products whose external id `AzureOfferId` is the offer id. */
    productsByOfferId(offerId) {
        const quoted = offerId.replace(/'/g, "''");
        return this.list(this.url('/products', { $filter: `ExternalIDs/Any(i:i/Type eq 'AzureOfferId' and i/Value eq '${quoted}')` }), 'List products');
    }
    variants(productId) {
        return this.list(this.url(`/products/${encodeURIComponent(productId)}/variants`), 'List plans (variants)');
    }
    branches(productId, module) {
        return this.list(this.url(`/products/${encodeURIComponent(productId)}/branches/getByModule(module=${module})`), `List ${module} branches`);
    }
    async createPackage(productId, fileName) {
        const body = { resourceType: 'AzureApplicationPackage', fileName };
        return (await this.send('POST', this.url(`/products/${encodeURIComponent(productId)}/packages`), 'Create package', body)).body;
    }
    async getPackage(productId, packageId) {
        return (await this.send('GET', this.url(`/products/${encodeURIComponent(productId)}/packages/${encodeURIComponent(packageId)}`), 'Read package')).body;
    }
    async updatePackage(productId, pkg) {
        const url = this.url(`/products/${encodeURIComponent(productId)}/packages/${encodeURIComponent(pkg.id ?? '')}`);
        return (await this.send('PUT', url, 'Mark package uploaded', pkg, pkg['@odata.etag'])).body;
    }
    packageConfigurations(productId, instanceId) {
        const url = this.url(`/products/${encodeURIComponent(productId)}/packageConfigurations/getByInstanceID(instanceID=${encodeURIComponent(instanceId)})`);
        return this.list(url, 'Read plan technical configuration');
    }
    /** PUT with If-Match: a 409/412 means someone else changed it since it was read. */
    async putPackageConfiguration(productId, configuration, etag) {
        const url = this.url(`/products/${encodeURIComponent(productId)}/packageconfigurations/${encodeURIComponent(configuration.id ?? '')}`);
        return (await this.send('PUT', url, 'Update plan technical configuration', configuration, etag)).body;
    }
    submissions(productId) {
        return this.list(this.url(`/products/${encodeURIComponent(productId)}/submissions`), 'List submissions');
    }
    async createSubmission(productId, request) {
        return (await this.send('POST', this.url(`/products/${encodeURIComponent(productId)}/submissions`), 'Create submission', request)).body;
    }
    async getSubmission(productId, submissionId) {
        return (await this.send('GET', this.url(`/products/${encodeURIComponent(productId)}/submissions/${encodeURIComponent(submissionId)}`), 'Read submission')).body;
    }
    async promoteSubmission(productId, submissionId) {
        const url = this.url(`/products/${encodeURIComponent(productId)}/submissions/${encodeURIComponent(submissionId)}/promote`);
        return (await this.send('POST', url, 'Promote submission to live')).body;
    }
    validations(productId, submissionId) {
        return this.list(this.url(`/products/${encodeURIComponent(productId)}/submissions/${encodeURIComponent(submissionId)}/validations`), 'Read submission validations');
    }
    reports(productId, submissionId) {
        return this.list(this.url(`/products/${encodeURIComponent(productId)}/submissions/${encodeURIComponent(submissionId)}/reports`), 'Read certification reports');
    }
}

// EXTERNAL MODULE: ./lib/shared/bundle/stamp-template.js
var stamp_template = __webpack_require__(64720);
// EXTERNAL MODULE: ./lib/shared/commands/publish-marketplace.js
var publish_marketplace = __webpack_require__(17265);
// EXTERNAL MODULE: ./lib/shared/commands/run-command.js + 1 modules
var run_command = __webpack_require__(88186);
// EXTERNAL MODULE: ./lib/shared/commands/usage-error.js
var usage_error = __webpack_require__(53240);
// EXTERNAL MODULE: ./lib/shared/host/describe-input.js
var describe_input = __webpack_require__(38038);
// EXTERNAL MODULE: ./lib/shared/guid.js
var guid = __webpack_require__(6028);
;// CONCATENATED MODULE: ./lib/shared/publish/marketplace/marketplace-settings.js




function positiveNumber(host, name, raw) {
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0)
        throw new usage_error/* UsageError */.e(`${(0,describe_input/* describeInput */.e)(host, name)} must be a positive number; got '${raw}'.`);
    return value;
}
function timingOf(host, settings) {
    return {
        pollMs: positiveNumber(host, 'poll-seconds', settings['poll-seconds']) * 1000,
        deadlineMs: positiveNumber(host, 'wait-minutes', settings['wait-minutes']) * 60_000,
    };
}
/** A plan version, `1.2.3` (Partner Center takes three parts); a leading v and a trailing .0 are dropped. */
function toPlanVersion(given) {
    const match = /^v?(\d+)\.(\d+)\.(\d+)(?:\.0+)?$/i.exec(given.trim());
    return match ? [match[1], match[2], match[3]].map((part) => String(Number(part))).join('.') : undefined;
}
function parseAuthorizations(host, items) {
    return items.map((item) => {
        const [principal, role, extra] = item.split(':').map((part) => part.trim());
        if (!principal || !role || extra !== undefined || !(0,guid/* isGuid */.W)(principal)) {
            throw new usage_error/* UsageError */.e(`${(0,describe_input/* describeInput */.e)(host, 'authorizations')}: '${item}' is not principalId:roleDefinitionId (a principal object id GUID, a colon, a role definition id).`);
        }
        return { principalID: principal, roleDefinitionID: role };
    });
}
function parsePolicies(host, raw) {
    let parsed;
    try {
        parsed = (0,parse_json/* parseJson */.qF)(raw);
    }
    catch {
        throw new usage_error/* UsageError */.e(`${(0,describe_input/* describeInput */.e)(host, 'policies')} is not JSON: give an array like [{"policyName": "...", "policyDefinitionID": "...", "policySku": "Standard"}].`);
    }
    const fields = ['policyName', 'policyDefinitionID', 'policyParameters', 'policySku'];
    const valid = Array.isArray(parsed) && parsed.every((p) => typeof p === 'object' && p !== null && Object.entries(p).every(([k, v]) => fields.includes(k) && typeof v === 'string'));
    if (!valid)
        throw new usage_error/* UsageError */.e(`${(0,describe_input/* describeInput */.e)(host, 'policies')} must be a JSON array of objects with string fields ${fields.join(', ')}.`);
    return parsed;
}
/** Reads the plan settings; every bad value is a usage error naming its input. */
function planChangesOf(host, settings) {
    const tenant = settings['managing-tenant-id'];
    if (tenant !== undefined && !(0,guid/* isGuid */.W)(tenant))
        throw new usage_error/* UsageError */.e(`${(0,describe_input/* describeInput */.e)(host, 'managing-tenant-id')} must be a tenant id (GUID); got '${tenant}'.`);
    const actions = settings['customer-actions'];
    const off = actions.length === 1 && actions[0].toLowerCase() === 'none';
    return {
        managingTenantId: tenant,
        authorizations: settings.authorizations.length > 0 ? parseAuthorizations(host, settings.authorizations) : undefined,
        allowJitAccess: settings['jit-access'] === undefined ? undefined : settings['jit-access'] === 'true',
        customerActions: off ? [] : actions.length > 0 ? actions : undefined,
        deploymentMode: settings['deployment-mode'],
        policies: settings.policies === undefined ? undefined : parsePolicies(host, settings.policies),
    };
}

;// CONCATENATED MODULE: ./lib/shared/publish/marketplace/offer-lookup.js

/** The offer whose AzureOfferId is `offerId`. */
async function findOffer(client, offerId, describe) {
    const found = (await client.productsByOfferId(offerId)).filter((p) => p.externalIDs?.some((e) => e.type === 'AzureOfferId' && e.value === offerId));
    if (found.length === 0 || !found[0].id) {
        throw new usage_error/* UsageError */.e(`No offer with offer id '${offerId}' is visible to this identity in Partner Center: check ${describe}, and that the app registration is added to the Partner Center account (Account settings > User management > Microsoft Entra applications) with the Manager or Developer role.`);
    }
    if (found[0].resourceType && found[0].resourceType !== 'AzureApplication') {
        throw new usage_error/* UsageError */.e(`Offer '${offerId}' is a ${found[0].resourceType} offer; publish-marketplace publishes Azure Application (managed application) offers.`);
    }
    return found[0];
}
/** The plan whose plan id (the variant's externalID) is `planId`. */
async function findPlan(client, productId, offerId, planId, describe) {
    const variants = await client.variants(productId);
    const plan = variants.find((v) => v.externalID === planId && v.id);
    if (!plan) {
        const known = variants.map((v) => v.externalID).filter(Boolean).join(', ') || 'none';
        throw new usage_error/* UsageError */.e(`Offer '${offerId}' has no plan with plan id '${planId}' (its plans: ${known}): check ${describe}.`);
    }
    return plan;
}
/** The current draft instance of a module, for the product (no variant) or one plan. */
function draftOf(branches, variantId) {
    return branches.find((b) => (variantId ? b.variantID === variantId : !b.variantID))?.currentDraftInstanceID;
}
async function draftInstance(client, productId, module, variantId) {
    const id = draftOf(await client.branches(productId, module), variantId);
    if (!id)
        throw new Error(`Partner Center shows no draft ${module} instance for ${variantId ? `plan ${variantId}` : 'the offer'}.`);
    return id;
}

// EXTERNAL MODULE: ./node_modules/@azure/storage-blob/dist/esm/index.js + 150 modules
var dist_esm = __webpack_require__(38053);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./lib/shared/publish/marketplace/poll.js

/**
 * Reads until `settled` holds or the deadline passes. `first`, when given, is checked before
 * the first read (a reply already in hand).
 */
async function pollUntil(read, settled, timing, first) {
    const deadline = Date.now() + timing.deadlineMs;
    let last = first ?? (await read());
    while (!settled(last)) {
        if (Date.now() + timing.pollMs > deadline)
            return { done: false, last };
        await (0,promises_.setTimeout)(timing.pollMs);
        last = await read();
    }
    return { done: true, last };
}

;// CONCATENATED MODULE: ./lib/shared/publish/marketplace/package-upload.js


/** A package processing failure, with Partner Center's reasons. */
class PackageProcessingFailed extends Error {
    packageId;
    reasons;
    constructor(packageId, reasons) {
        super(`Partner Center could not process package ${packageId}: ${reasons.map(describeItem).join('; ') || 'no reason given'}`);
        this.packageId = packageId;
        this.reasons = reasons;
    }
}
function describeItem(item) {
    return `${item.errorCode ?? 'error'}${item.resource ? ` (${item.resource})` : ''}: ${item.message ?? ''}`.trim();
}
/** Advice for the reasons a user can act on, keyed by the error code family. */
function adviceFor(reasons) {
    const codes = reasons.map((r) => `${r.errorCode ?? ''} ${r.message ?? ''}`.toLowerCase()).join(' ');
    if (/tracking|pid-/.test(codes))
        return 'Add the customer usage attribution resource: build from the app folder with tracking-id set to your GUID, or add a Microsoft.Resources/deployments resource named pid-<GUID>-partnercenter to mainTemplate.json.';
    return 'Fix the package and publish a new version.';
}
/** Registers the SAS signature (and the whole URL) with the host's masking before anything can log it. */
function maskSas(host, sasUri) {
    host.outputs.mask(sasUri);
    const signature = new URL(sasUri).searchParams.get('sig');
    if (signature) {
        host.outputs.mask(signature);
        host.outputs.mask(encodeURIComponent(signature));
    }
}
/**
 * Creates an AzureApplicationPackage, uploads the zip to its SAS URI, marks it Uploaded and waits
 * until Partner Center has processed it. Throws {@link PackageProcessingFailed} with the reasons.
 */
async function uploadPackage(host, client, productId, zip, fileName, timing) {
    const created = await client.createPackage(productId, fileName);
    if (!created.id || !created.fileSasUri)
        throw new Error('Partner Center created a package without an id or an upload URI.');
    maskSas(host, created.fileSasUri);
    host.log.info(`Created package ${created.id}; uploading ${fileName} (${zip.length} bytes).`);
    await new dist_esm/* BlockBlobClient */.wG(created.fileSasUri).uploadData(zip, { blobHTTPHeaders: { blobContentType: 'application/zip' } });
    const uploaded = await client.updatePackage(productId, { ...created, state: 'Uploaded' });
    host.log.info(`Marked package ${created.id} uploaded; waiting for Partner Center to process it.`);
    const settled = await pollUntil(() => client.getPackage(productId, created.id), (p) => p.state === 'Processed' || p.state === 'ProcessFailed', timing, uploaded);
    if (!settled.done)
        throw new Error(`Package ${created.id} was still ${settled.last.state} after ${timing.deadlineMs / 60_000} minutes; raise wait-minutes, or look at the package in Partner Center.`);
    if (settled.last.state === 'ProcessFailed')
        throw new PackageProcessingFailed(created.id, settled.last.validationItems ?? []);
    return { ...settled.last, id: created.id };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var fflate_esm = __webpack_require__(51306);
// EXTERNAL MODULE: ./lib/shared/bundle/build.js + 8 modules
var build = __webpack_require__(9338);
// EXTERNAL MODULE: ./lib/shared/report/render.js + 1 modules
var render = __webpack_require__(90945);
// EXTERNAL MODULE: ./lib/shared/report/report-model.js
var report_model = __webpack_require__(38176);
// EXTERNAL MODULE: ./lib/shared/validate/rules/index.js + 145 modules
var validate_rules = __webpack_require__(13829);
// EXTERNAL MODULE: ./lib/shared/validate/select-rules.js
var select_rules = __webpack_require__(99716);
// EXTERNAL MODULE: ./lib/shared/validate/validate.js + 2 modules
var validate = __webpack_require__(38980);
// EXTERNAL MODULE: ./lib/shared/validate/finding-outcome.js
var finding_outcome = __webpack_require__(47020);
;// CONCATENATED MODULE: ./lib/shared/publish/marketplace/package-source.js
















/** Outputs of the build step that this command also declares; the others stay with mapp build. */
function buildHost(host) {
    const declared = new Set(Object.keys(publish_marketplace/* publishMarketplaceCommand */.q.outputs));
    return { ...host, outputs: { mask: (s) => host.outputs.mask(s), set: (name, value) => declared.has(name) && host.outputs.set(name, value) } };
}
function templateVersion(bytes) {
    try {
        const files = (0,fflate_esm/* unzipSync */.AO)(bytes, { filter: (file) => file.name === 'mainTemplate.json' });
        const template = files['mainTemplate.json'];
        if (!template)
            return undefined;
        const parsed = (0,parse_json/* parseJson */.qF)(new TextDecoder().decode(template).replace(/^\uFEFF/, ''));
        return typeof parsed.contentVersion === 'string' ? parsed.contentVersion : undefined;
    }
    catch {
        return undefined;
    }
}
/** Validates a given .zip with validate's rules; any error-level finding stops the upload. */
function validateZip(host, zipPath, skip) {
    const rules = (0,select_rules/* selectRules */.u)(validate_rules.allRules, [], skip, (input) => (0,describe_input/* describeInput */.e)(host, input));
    const findings = (0,validate.collectFindings)(host.workingDirectory, [zipPath], rules);
    if (findings.length > 0)
        host.log.info((0,render/* renderReport */.B)({ findings, rules, units: [zipPath], toolVersion: tool_info/* TOOL_VERSION */.w }, 'text').trimEnd());
    (0,finding_outcome/* annotateFindings */.d)(host, findings);
    if (!(0,finding_outcome/* reachesFailOn */.n)(findings, 'error'))
        return undefined;
    return { exitCode: 1, message: `The package ${zipPath} fails validation with ${(0,report_model/* describeCounts */.wv)((0,report_model/* countBySeverity */.Ot)(findings))}; nothing was uploaded. Fix the errors (mapp validate shows them) or skip a rule on purpose with skip.` };
}
/**
 * The package to publish: a given .zip, validated here, or the app folder built (and validated)
 * by the build use case into `out`.
 */
async function preparePackage(host, settings, contentVersion) {
    const absolute = external_node_path_.resolve(host.workingDirectory, settings.path);
    const stat = (0,external_node_fs_.statSync)(absolute, { throwIfNoEntry: false });
    if (!stat)
        throw new usage_error/* UsageError */.e(`${(0,describe_input/* describeInput */.e)(host, 'path')}: ${settings.path} does not exist; give the app folder or a built .zip package.`);
    let zipPath = settings.path;
    if (stat.isDirectory()) {
        const built = await (0,build.build)(buildHost(host), {
            path: settings.path, out: settings.out, version: contentVersion, 'tracking-id': settings['tracking-id'], target: 'marketplace',
            'allow-secrets': [], 'fail-on': 'error', skip: settings.skip, 'upload-release': false, 'github-token': undefined,
        });
        if (built.exitCode !== 0)
            return { exitCode: built.exitCode, message: `${built.message ?? 'The build failed.'} Nothing was uploaded.` };
        zipPath = settings.out;
    }
    else {
        if (!absolute.toLowerCase().endsWith('.zip'))
            throw new usage_error/* UsageError */.e(`${(0,describe_input/* describeInput */.e)(host, 'path')}: ${settings.path} is neither a folder nor a .zip package.`);
        const refused = validateZip(host, settings.path, settings.skip);
        if (refused)
            return refused;
    }
    const bytes = new Uint8Array((0,external_node_fs_.readFileSync)(external_node_path_.resolve(host.workingDirectory, zipPath)));
    return {
        bytes,
        fileName: external_node_path_.basename(zipPath),
        display: zipPath,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
        contentVersion: templateVersion(bytes),
    };
}

;// CONCATENATED MODULE: ./lib/shared/publish/marketplace/plan-configuration.js
const MANAGED_APP_CONFIGURATION = 'AzureManagedApplicationPackageConfiguration';
/**
 * The plan's configuration with the new package and version and the settings the inputs give;
 * every other field (including ones this tool does not know) is kept as read.
 */
function mergePlanConfiguration(current, changes, packageId, version) {
    const { '@odata.etag': _etag, ...kept } = current;
    const next = {
        ...kept,
        resourceType: MANAGED_APP_CONFIGURATION,
        version,
        packageReferences: [{ type: 'AzureApplicationPackage', value: packageId }],
    };
    if (changes.managingTenantId !== undefined)
        next.publicAzureTenantID = changes.managingTenantId;
    if (changes.authorizations !== undefined)
        next.publicAzureAuthorizations = changes.authorizations;
    if (changes.allowJitAccess !== undefined)
        next.allowJitAccess = changes.allowJitAccess;
    if (changes.customerActions !== undefined) {
        next.canEnableCustomerActions = changes.customerActions.length > 0;
        next.allowedCustomerActions = changes.customerActions;
    }
    if (changes.deploymentMode !== undefined)
        next.deploymentMode = changes.deploymentMode;
    if (changes.policies !== undefined)
        next.policies = changes.policies;
    return next;
}
/** Every version the plan has: its draft and each version a submission of the offer took. */
async function planVersions(client, productId, variantId, draft) {
    const uses = [];
    if (draft.version)
        uses.push({ version: draft.version, where: "the plan's draft" });
    const submissions = await client.submissions(productId);
    for (const submission of submissions) {
        const resources = submission.variantResources?.find((v) => v.variantID === variantId)?.resources ?? [];
        for (const resource of resources.filter((r) => r.type === 'Package' && r.value)) {
            for (const configuration of await client.packageConfigurations(productId, resource.value)) {
                if (configuration.version)
                    uses.push({ version: configuration.version, where: `submission ${submission.id} (${submission.state}/${submission.substate})` });
            }
        }
    }
    return uses;
}

;// CONCATENATED MODULE: ./lib/shared/publish/marketplace/submission-flow.js


const OFFER_MODULES = ['Availability', 'Property', 'Listing'];
const PLAN_MODULES = ['Package', 'Listing', 'Availability'];
function stageOf(submission) {
    if (submission.substate === 'Failed' || submission.substate === 'FailedInCertification')
        return 'failed';
    if (submission.state === 'Published')
        return 'live';
    if (submission.substate === 'ReadyToPublish')
        return 'ready';
    return 'in-progress';
}
const stateText = (s) => `${s.state ?? 'Unknown'}/${s.substate ?? 'Unknown'}`;
/**
 * A preview submission of every current draft: the offer's availability, properties and listing,
 * and each plan's package, listing and availability (Partner Center publishes the offer as a whole).
 */
async function previewRequest(client, productId) {
    const branches = new Map();
    for (const module of new Set([...OFFER_MODULES, ...PLAN_MODULES]))
        branches.set(module, await client.branches(productId, module));
    const resources = [];
    for (const module of OFFER_MODULES) {
        const draft = branches.get(module).find((b) => !b.variantID)?.currentDraftInstanceID;
        if (draft)
            resources.push({ type: module, value: draft });
    }
    const variantResources = [];
    for (const variant of await client.variants(productId)) {
        const own = [];
        for (const module of PLAN_MODULES) {
            const draft = branches.get(module).find((b) => b.variantID === variant.id)?.currentDraftInstanceID;
            if (draft)
                own.push({ type: module, value: draft });
        }
        if (variant.id && own.length > 0)
            variantResources.push({ variantID: variant.id, resources: own });
    }
    return { resourceType: 'SubmissionCreationRequest', targets: [{ type: 'Scope', value: 'preview' }], resources, variantResources };
}
/** Waits until the submission reaches `goal` or fails; `done` is false when the deadline passed first. */
function waitForSubmission(client, productId, submission, goal, timing) {
    return pollUntil(() => client.getSubmission(productId, submission.id), (s) => stageOf(s) === 'failed' || stageOf(s) === goal || (goal === 'ready' && stageOf(s) === 'live'), timing, submission);
}
/** Logs a submission's state, and for a failed one its validations and certification reports. */
async function reportSubmission(host, client, productId, submission) {
    host.log.info(`Submission ${submission.id}: ${stateText(submission)}.`);
    const lines = [];
    if (stageOf(submission) !== 'failed')
        return lines;
    for (const item of await client.validations(productId, submission.id))
        lines.push(`validation ${describeItem(item)}`);
    for (const report of await client.reports(productId, submission.id))
        lines.push(`certification report ${report.status ?? 'Unknown'}${report.fileUri ? `: ${report.fileUri}` : ''}`);
    for (const line of lines)
        host.log.info(`  ${line}`);
    return lines;
}
/** The submission the status and promote modes act on: the one named, else the newest. */
async function chooseSubmission(client, productId, submissionId) {
    if (submissionId)
        return client.getSubmission(productId, submissionId);
    const all = await client.submissions(productId);
    return all.sort((a, b) => (b.releaseNumber ?? Number(b.id) ?? 0) - (a.releaseNumber ?? Number(a.id) ?? 0))[0];
}

;// CONCATENATED MODULE: ./lib/shared/publish/marketplace/publish-marketplace.js














/**
 * Publishes a managed application to an Azure Marketplace offer through the Partner Center
 * ingestion API (mode publish), promotes a ready submission (promote), or reports one (status).
 */
async function publishMarketplace(host, settings) {
    const timing = timingOf(host, settings);
    if (settings.mode === 'publish')
        checkPublishInputs(host, settings);
    const changes = settings.mode === 'publish' ? planChangesOf(host, settings) : undefined;
    const prepared = settings.mode === 'publish' ? await preparePackage(host, settings, settings.version) : undefined;
    if (prepared && 'exitCode' in prepared)
        return prepared;
    const connection = (0,connect/* connectToAzure */.Vn)(host, settings);
    const client = new PartnerCenterClient(connection.credential, connection.cloud);
    try {
        const product = await findOffer(client, settings['offer-id'], (0,describe_input/* describeInput */.e)(host, 'offer-id'));
        (0,run_command/* setOutputs */.n)(host, publish_marketplace/* publishMarketplaceCommand */.q, { 'product-id': product.id });
        const run = { host, settings, client, productId: product.id, timing };
        if (settings.mode === 'status')
            return await publish_marketplace_status(run);
        if (settings.mode === 'promote')
            return await promote(run, await chooseSubmission(client, product.id, settings['submission-id']));
        return await publish(run, prepared, changes);
    }
    catch (error) {
        return explainFailure(host, error);
    }
}
function checkPublishInputs(host, settings) {
    if (!settings['plan-id'])
        throw new usage_error/* UsageError */.e(`Missing ${(0,describe_input/* describeInput */.e)(host, 'plan-id')}: the plan id of the managed application plan to publish to.`);
    if (settings.submit === 'live' && !settings.wait) {
        throw new usage_error/* UsageError */.e(`${(0,describe_input/* describeInput */.e)(host, 'submit')} live needs ${(0,describe_input/* describeInput */.e)(host, 'wait')} true: certification must finish before a submission can go live. Or submit preview now and run mode promote later.`);
    }
    if (settings.version !== undefined && !toPlanVersion(settings.version)) {
        throw new usage_error/* UsageError */.e(`${(0,describe_input/* describeInput */.e)(host, 'version')} must look like 1.2.3 (a leading v is allowed); got '${settings.version}'.`);
    }
}
/** The plan version: the input, else the tag being built, else the package's contentVersion. */
function planVersion(host, settings, pkg) {
    const candidates = [
        [settings.version, (0,describe_input/* describeInput */.e)(host, 'version')],
        [(0,stamp_template/* versionFromRef */.YN)(host.context?.gitRef), `the tag ${host.context?.gitRef ?? ''}`],
        [pkg.contentVersion, `the contentVersion of ${pkg.display}`],
    ];
    for (const [given, source] of candidates) {
        if (given === undefined)
            continue;
        const version = toPlanVersion(given);
        if (!version)
            throw new usage_error/* UsageError */.e(`The plan version from ${source} is '${given}'; Partner Center takes <major>.<minor>.<patch>: set ${(0,describe_input/* describeInput */.e)(host, 'version')}.`);
        host.log.info(`Plan version ${version}, from ${source}.`);
        return version;
    }
    throw new usage_error/* UsageError */.e(`No plan version: set ${(0,describe_input/* describeInput */.e)(host, 'version')}, build from a v1.2.3 tag, or give the template a contentVersion.`);
}
async function publish(run, pkg, changes) {
    const { host, settings, client, productId } = run;
    const planId = settings['plan-id'];
    const plan = await findPlan(client, productId, settings['offer-id'], planId, (0,describe_input/* describeInput */.e)(host, 'plan-id'));
    const version = planVersion(host, settings, pkg);
    const instance = await draftInstance(client, productId, 'Package', plan.id);
    const [draft] = await client.packageConfigurations(productId, instance);
    if (!draft?.id)
        throw new Error(`Plan '${planId}' has no technical configuration in its draft; open the plan in Partner Center once to create it.`);
    const taken = (await planVersions(client, productId, plan.id, draft)).find((use) => use.version === version);
    if (taken) {
        return { exitCode: 1, message: `Plan '${planId}' already has version ${version} (in ${taken.where}); nothing was uploaded. Publish a higher version: set ${(0,describe_input/* describeInput */.e)(host, 'version')} or tag a new release.` };
    }
    const etag = draft['@odata.etag'];
    if (!etag)
        throw new Error(`The technical configuration of plan '${planId}' came without an @odata.etag, so it cannot be updated safely.`);
    const uploaded = await uploadPackage(host, client, productId, pkg.bytes, pkg.fileName, run.timing);
    (0,run_command/* setOutputs */.n)(host, publish_marketplace/* publishMarketplaceCommand */.q, { 'package-id': uploaded.id, sha256: pkg.sha256, version });
    host.log.info(`Package ${uploaded.id} processed.`);
    const next = mergePlanConfiguration(draft, changes, uploaded.id, version);
    await client.putPackageConfiguration(productId, next, etag);
    host.log.info(`Plan '${planId}': version ${version}, package ${uploaded.id}.`);
    host.summary.append(['### mapp publish-marketplace', '', `Offer \`${settings['offer-id']}\`, plan \`${planId}\`: version ${version}, package ${uploaded.id} (${pkg.display}, sha256 ${pkg.sha256}).`, ''].join('\n'));
    if (settings.submit === 'none') {
        host.log.info('submit is none: the plan is updated as a draft; nothing was submitted.');
        return { exitCode: 0 };
    }
    const created = await client.createSubmission(productId, await previewRequest(client, productId));
    host.log.info(`Created preview submission ${created.id}.`);
    return followSubmission(run, created, settings.submit === 'live');
}
/** Records the submission, waits when asked, and promotes it when going live. */
async function followSubmission(run, submission, goLive) {
    const { host, settings, client, productId, timing } = run;
    record(host, submission);
    if (!settings.wait) {
        host.log.info(`Submission ${submission.id} is ${stateText(submission)}. Certification can take days: check it with mode status (submission-id ${submission.id}).`);
        return { exitCode: 0 };
    }
    const ready = await waitForSubmission(client, productId, submission, 'ready', timing);
    record(host, ready.last);
    const failed = await failedResult(run, ready.last);
    if (failed)
        return failed;
    if (!ready.done)
        return timedOut(ready.last, timing);
    if (!goLive || stageOf(ready.last) === 'live') {
        host.log.info(`Submission ${submission.id} is ${stateText(ready.last)}${goLive ? '' : ': preview is ready; promote it with mode promote or submit live'}.`);
        return { exitCode: 0 };
    }
    return promote(run, ready.last);
}
async function promote(run, submission) {
    const { host, client, productId, timing } = run;
    if (!submission?.id)
        return { exitCode: 1, message: `Offer '${run.settings['offer-id']}' has no submission to promote; publish to preview first.` };
    let current = submission;
    if (stageOf(current) === 'in-progress' && run.settings.wait)
        current = (await waitForSubmission(client, productId, current, 'ready', timing)).last;
    record(host, current);
    const failed = await failedResult(run, current);
    if (failed)
        return failed;
    if (stageOf(current) === 'live')
        return { exitCode: 0 };
    if (stageOf(current) !== 'ready') {
        return { exitCode: 1, message: `Submission ${current.id} is ${stateText(current)}, not ReadyToPublish, so it cannot go live yet: wait for certification (mode status shows it), or promote with wait true.` };
    }
    await client.promoteSubmission(productId, current.id);
    host.log.info(`Promoted submission ${current.id} to live.`);
    if (!run.settings.wait)
        return { exitCode: 0 };
    const live = await waitForSubmission(client, productId, current, 'live', timing);
    record(host, live.last);
    if (!live.done)
        return timedOut(live.last, timing);
    host.log.info(`Submission ${current.id} is live: ${stateText(live.last)}.`);
    return (await failedResult(run, live.last)) ?? { exitCode: 0 };
}
async function publish_marketplace_status(run) {
    const submission = await chooseSubmission(run.client, run.productId, run.settings['submission-id']);
    if (!submission) {
        run.host.log.info(`Offer '${run.settings['offer-id']}' has no submission yet.`);
        return { exitCode: 0 };
    }
    record(run.host, submission);
    const lines = await reportSubmission(run.host, run.client, run.productId, submission);
    run.host.summary.append([`### mapp publish-marketplace status`, '', `Submission ${submission.id}: ${stateText(submission)}`, ...lines.map((l) => `- ${l}`), ''].join('\n'));
    return { exitCode: 0 };
}
function record(host, submission) {
    (0,run_command/* setOutputs */.n)(host, publish_marketplace/* publishMarketplaceCommand */.q, { 'submission-id': submission.id, 'submission-state': stateText(submission) });
}
async function failedResult(run, submission) {
    if (stageOf(submission) !== 'failed')
        return undefined;
    const lines = await reportSubmission(run.host, run.client, run.productId, submission);
    return { exitCode: 1, message: `Submission ${submission.id} is ${stateText(submission)}: ${lines.join('; ') || 'no validations reported'}. Fix what certification reports and publish a new version.` };
}
function timedOut(submission, timing) {
    return { exitCode: 1, message: `Submission ${submission.id} was still ${stateText(submission)} after ${timing.deadlineMs / 60_000} minutes; it goes on in Partner Center: check it later with mode status, or raise wait-minutes.` };
}
/** Partner Center refusals become one line naming the API's code and what to do. */
function explainFailure(host, error) {
    if (error instanceof PackageProcessingFailed) {
        for (const reason of error.reasons)
            host.annotations.annotate({ severity: 'error', title: 'Partner Center package processing', message: `${reason.errorCode}: ${reason.message}` });
        return { exitCode: 1, message: `${sentence(error.message)} ${adviceFor(error.reasons)}` };
    }
    if (error instanceof Error && error.name === 'RestError' && !(error instanceof PartnerCenterError)) {
        // From @azure/storage-blob: the SAS upload itself.
        return { exitCode: 1, message: `Uploading the package to the SAS URI that Partner Center gave failed: ${sentence(error.message.split('\n')[0] ?? '')} Run again; a new package and URI are created each time.` };
    }
    if (!(error instanceof PartnerCenterError))
        throw error;
    if (error.operation === 'Update plan technical configuration' && error.isEtagConflict) {
        return { exitCode: 1, message: `The plan's technical configuration changed in Partner Center while mapp was updating it (${error.code}: ${error.detail.replace(/\.$/, '')}); nothing was overwritten. Check the change in Partner Center, then run again. The uploaded package stays unreferenced.` };
    }
    if (error.status === 401 || error.status === 403) {
        return { exitCode: 1, message: `${sentence(error.message)} Add the app registration to the Partner Center account (Account settings > User management > Microsoft Entra applications) with the Manager or Developer role.` };
    }
    if (error.status === 429 || error.status >= 500)
        return { exitCode: 1, message: `${sentence(error.message)} Partner Center is busy or failing even after retries; run again later.` };
    return { exitCode: 1, message: sentence(error.message) };
}
/** Ends a message with exactly one full stop. */
function sentence(text) {
    return `${text.trim().replace(/\.+$/, '')}.`;
}


/***/ })

};
