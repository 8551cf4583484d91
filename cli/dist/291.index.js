export const id = 291;
export const ids = [291];
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

/***/ 39291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishServiceCatalog: () => (/* binding */ publishServiceCatalog)
});

// EXTERNAL MODULE: ./node_modules/@azure/arm-managedapplications/dist/index.js
var dist = __webpack_require__(24634);
// EXTERNAL MODULE: ./lib/shared/azure/connect.js + 6 modules
var connect = __webpack_require__(58284);
// EXTERNAL MODULE: ./lib/shared/azure/identity-settings.js
var identity_settings = __webpack_require__(67965);
// EXTERNAL MODULE: ./lib/shared/commands/publish-service-catalog.js
var publish_service_catalog = __webpack_require__(15899);
// EXTERNAL MODULE: ./lib/shared/commands/run-command.js + 1 modules
var run_command = __webpack_require__(88186);
// EXTERNAL MODULE: ./lib/shared/commands/usage-error.js
var usage_error = __webpack_require__(53240);
// EXTERNAL MODULE: ./lib/shared/host/describe-input.js
var describe_input = __webpack_require__(38038);
// EXTERNAL MODULE: ./lib/shared/json/parse-json.js
var parse_json = __webpack_require__(25178);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/shared/publish/service-catalog/definition-inputs.js




/** `key=value` tags; a key given twice keeps the last value. */
function parseTags(items, describe) {
    const tags = {};
    for (const item of items) {
        const equals = item.indexOf('=');
        const key = equals < 0 ? '' : item.slice(0, equals).trim();
        if (key === '')
            throw new usage_error/* UsageError */.e(`${describe}: '${item}' is not key=value; write each tag as key=value, e.g. team=platform.`);
        tags[key] = item.slice(equals + 1).trim();
    }
    return tags;
}
/** The policies input: a JSON array, inline or in a .json file resolved against the working folder. */
function parsePolicies(raw, workingDirectory, describe) {
    const trimmed = raw.trim();
    let text = trimmed;
    let where = describe;
    if (!trimmed.startsWith('[')) {
        const file = external_node_path_.resolve(workingDirectory, trimmed);
        if (!(0,external_node_fs_.existsSync)(file))
            throw new usage_error/* UsageError */.e(`${describe} is neither a JSON array nor an existing file: '${trimmed}'. Give [{"name": ..., "policyDefinitionId": ..., "parameters": {...}}] or the path of a .json file holding it.`);
        text = (0,external_node_fs_.readFileSync)(file, 'utf8').replace(/^\uFEFF/, '');
        where = `${describe} (${trimmed})`;
    }
    let parsed;
    try {
        parsed = (0,parse_json/* parseJson */.qF)(text);
    }
    catch (error) {
        throw new usage_error/* UsageError */.e(`${where} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
    }
    if (!Array.isArray(parsed))
        throw new usage_error/* UsageError */.e(`${where} must be a JSON array of policies.`);
    return parsed.map((entry, index) => {
        const record = (typeof entry === 'object' && entry !== null ? entry : {});
        if (typeof record.policyDefinitionId !== 'string' || typeof record.name !== 'string') {
            throw new usage_error/* UsageError */.e(`${where}: policy ${index + 1} needs a string "name" and "policyDefinitionId".`);
        }
        const parameters = record.parameters === undefined ? undefined : typeof record.parameters === 'string' ? record.parameters : JSON.stringify(record.parameters);
        return { name: record.name, policyDefinitionId: record.policyDefinitionId, ...(parameters !== undefined ? { parameters } : {}) };
    });
}
/** The notification endpoint must be an absolute https URL. */
function parseNotificationEndpoint(raw, describe) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new usage_error/* UsageError */.e(`${describe} must be an https URL; got '${raw}'.`);
    }
    if (url.protocol !== 'https:')
        throw new usage_error/* UsageError */.e(`${describe} must be an https URL (Azure only notifies https endpoints); got '${raw}'.`);
    return raw;
}
/** Minutes a SAS stays valid: 5 minutes to 7 days (a user-delegation key lives at most 7 days). */
function parseSasMinutes(raw, describe) {
    const minutes = Number(raw);
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 7 * 24 * 60) {
        throw new usage_error/* UsageError */.e(`${describe} must be a whole number of minutes from 5 to 10080 (7 days); got '${raw}'.`);
    }
    return minutes;
}

;// CONCATENATED MODULE: ./lib/shared/publish/service-catalog/definition-diff.js
/** The tag that holds the sha256 of the package a definition was published from. */
const PACKAGE_HASH_TAG = 'mapp-package-sha256';
const VERSION_TAG = 'mapp-version';
/** Everything mapp compares and writes; `id`, `name`, `type` and `systemData` are Azure's. */
const COMPARED_PROPERTIES = [
    'location', 'tags', 'lockLevel', 'displayName', 'description', 'isEnabled', 'authorizations', 'packageFileUri', 'storageAccountId',
    'mainTemplate', 'createUiDefinition', 'notificationPolicy', 'lockingPolicy', 'deploymentPolicy', 'managementPolicy', 'policies',
];
/** JSON with sorted keys and no undefined members, so equal values compare equal. */
function canonical(value) {
    return JSON.stringify(sortKeys(value)) ?? 'undefined';
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (typeof value !== 'object' || value === null)
        return value;
    const record = value;
    return Object.fromEntries(Object.keys(record).filter((k) => record[k] !== undefined).sort().map((k) => [k, sortKeys(record[k])]));
}
/** A URL without its query: a package URL is the same package whatever SAS it carries. */
function withoutQuery(url) {
    return url === undefined ? undefined : url.split('?')[0];
}
/** Authorizations are a set: their order does not matter. */
function comparable(property, value) {
    if (property === 'packageFileUri')
        return withoutQuery(value)?.toLowerCase();
    if (property === 'authorizations' && Array.isArray(value)) {
        const pairs = value.map((a) => `${a.principalId?.toLowerCase()}:${a.roleDefinitionId?.toLowerCase()}`);
        return pairs.length === 0 ? undefined : pairs.sort();
    }
    if (property === 'location' && typeof value === 'string')
        return value.replace(/\s+/g, '').toLowerCase();
    if (Array.isArray(value) && value.length === 0)
        return undefined;
    return value;
}
/** The properties whose values differ between what Azure has and what mapp would write. */
function diffDefinitions(existing, desired) {
    const changes = [];
    for (const property of COMPARED_PROPERTIES) {
        const before = existing?.[property];
        const after = desired[property];
        if (canonical(comparable(property, before)) !== canonical(comparable(property, after)))
            changes.push({ property, before, after });
    }
    return changes;
}
function show(property, value) {
    if (value === undefined)
        return '(none)';
    if (property === 'packageFileUri')
        return withoutQuery(value);
    if (property === 'mainTemplate' || property === 'createUiDefinition')
        return `inline JSON, ${canonical(value).length} characters`;
    const text = typeof value === 'string' ? value : canonical(value);
    return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}
/** One line per change: `property: before -> after`. Package URLs are shown without any SAS. */
function describeChanges(changes) {
    return changes.map((c) => `${c.property}: ${show(c.property, c.before)} -> ${show(c.property, c.after)}`);
}

// EXTERNAL MODULE: ./lib/shared/guid.js
var guid = __webpack_require__(6028);
;// CONCATENATED MODULE: ./lib/shared/publish/service-catalog/role-names.js


/** Built-in Azure roles by name: their role definition ids are the same in every tenant and cloud. */
const BUILT_IN_ROLES = {
    owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
    contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
    reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
    'user access administrator': '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
};
/** A role definition id from a GUID, a `/providers/Microsoft.Authorization/roleDefinitions/<id>` path or a built-in role name. */
function roleDefinitionId(role) {
    const trimmed = role.trim();
    const tail = trimmed.split('/').pop() ?? '';
    if ((0,guid/* isGuid */.W)(tail) && (tail === trimmed || /\/roleDefinitions\/[^/]+$/i.test(trimmed)))
        return tail.toLowerCase();
    return BUILT_IN_ROLES[trimmed.toLowerCase().replace(/\s+/g, ' ')];
}
/**
 * Parses `principalId:role` pairs. Every bad pair is named in one usage error, with what to
 * write instead, before anything is sent to Azure.
 */
function parseAuthorizations(items, describe) {
    const problems = [];
    const parsed = [];
    for (const item of items) {
        const colon = item.indexOf(':');
        const principal = colon < 0 ? item.trim() : item.slice(0, colon).trim();
        const role = colon < 0 ? '' : item.slice(colon + 1).trim();
        if (colon < 0 || role === '') {
            problems.push(`'${item}' is not principalId:role`);
            continue;
        }
        if (!(0,guid/* isGuid */.W)(principal))
            problems.push(`'${principal}' in '${item}' is not a principal (object) id GUID`);
        const id = roleDefinitionId(role);
        if (!id)
            problems.push(`'${role}' in '${item}' is neither a role definition id nor a built-in role name (${Object.keys(BUILT_IN_ROLES).map(titleCase).join(', ')})`);
        if ((0,guid/* isGuid */.W)(principal) && id)
            parsed.push({ principalId: principal.toLowerCase(), roleDefinitionId: id });
    }
    if (problems.length > 0) {
        throw new usage_error/* UsageError */.e(`${describe} has invalid authorizations (InvalidAuthorization): ${problems.join('; ')}. Write each as <principal object id>:<role definition id or built-in role name>, e.g. 00000000-0000-0000-0000-000000000000:Contributor.`);
    }
    return parsed;
}
function titleCase(name) {
    return name.replace(/\b\w/g, (c) => c.toUpperCase());
}

;// CONCATENATED MODULE: ./lib/shared/publish/service-catalog/desired-definition.js



/**
 * The definition mapp would write: the inputs, and for each input left out the value the
 * existing definition has (policies, authorizations, texts), so a run never drops what someone
 * set in the portal. Tags are merged; the package hash and version tags are mapp's.
 */
function desiredDefinition(inputs, existing) {
    const { settings, describe } = inputs;
    const displayName = settings['display-name'] ?? existing?.displayName ?? inputs.name;
    const lockingGiven = settings['allowed-actions'].length > 0 || settings['allowed-data-actions'].length > 0;
    const tags = { ...existing?.tags, ...parseTags(settings.tags, describe('tags')) };
    if (inputs.packageHash)
        tags[PACKAGE_HASH_TAG] = inputs.packageHash;
    else
        delete tags[PACKAGE_HASH_TAG];
    if (inputs.version)
        tags[VERSION_TAG] = inputs.version;
    const authorizations = settings.authorizations.length > 0 ? parseAuthorizations(settings.authorizations, describe('authorizations')) : existing?.authorizations;
    const reference = inputs.packageReference;
    return {
        location: settings.location,
        tags,
        lockLevel: settings['lock-level'],
        displayName,
        description: settings.description ?? existing?.description ?? displayName,
        isEnabled: settings.enabled,
        ...(authorizations ? { authorizations } : {}),
        ...(reference.kind === 'url' ? { packageFileUri: reference.url } : { mainTemplate: reference.mainTemplate, createUiDefinition: reference.createUiDefinition }),
        storageAccountId: settings['storage-account-id'] ?? existing?.storageAccountId,
        notificationPolicy: settings['notification-endpoint']
            ? { notificationEndpoints: [{ uri: parseNotificationEndpoint(settings['notification-endpoint'], describe('notification-endpoint')) }] }
            : existing?.notificationPolicy,
        lockingPolicy: lockingGiven
            ? {
                allowedActions: settings['allowed-actions'].length > 0 ? settings['allowed-actions'] : existing?.lockingPolicy?.allowedActions,
                allowedDataActions: settings['allowed-data-actions'].length > 0 ? settings['allowed-data-actions'] : existing?.lockingPolicy?.allowedDataActions,
            }
            : existing?.lockingPolicy,
        deploymentPolicy: settings['deployment-mode'] ? { deploymentMode: settings['deployment-mode'] } : existing?.deploymentPolicy,
        managementPolicy: settings['management-mode'] ? { mode: settings['management-mode'] } : existing?.managementPolicy,
        policies: settings.policies ? parsePolicies(settings.policies, inputs.workingDirectory, describe('policies')) : existing?.policies,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
// EXTERNAL MODULE: ./lib/shared/bundle/build.js + 8 modules
var build = __webpack_require__(9338);
// EXTERNAL MODULE: ./lib/shared/bundle/package-size.js
var package_size = __webpack_require__(934);
;// CONCATENATED MODULE: ./lib/shared/publish/service-catalog/publish-errors.js

/** A refusal from Azure, shaped into one line naming the cause, the fix and the ARM error code. */
class PublishFailure extends Error {
    name = 'PublishFailure';
}
/** Reads a RestError of any copy of core-rest-pipeline (duck-typed: the SDK may bundle its own). */
function serviceError(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const e = error;
    if (e.name !== 'RestError')
        return undefined;
    const details = e.details;
    const code = (typeof e.code === 'string' && e.code) || details?.error?.code || details?.errorCode || (typeof e.statusCode === 'number' ? `Http${e.statusCode}` : 'RequestFailed');
    const detail = details?.error?.message ?? (typeof e.message === 'string' ? e.message : '');
    return { status: typeof e.statusCode === 'number' ? e.statusCode : undefined, code, detail: detail.split('\n')[0].slice(0, 400) };
}
/** Turns an ARM error reply into a usage error or a failure whose message says what to do. */
function explainArmFailure(error, context) {
    const found = serviceError(error);
    if (!found)
        return error;
    const cause = `${found.code}${found.status ? `, HTTP ${found.status}` : ''}: ${found.detail}`;
    const where = `resource group '${context.resourceGroup}' of subscription ${context.subscriptionId}`;
    switch (found.code) {
        case 'ResourceGroupNotFound':
            return new usage_error/* UsageError */.e(`${context.action} failed: ${where} does not exist (${cause}). Create it (az group create --name ${context.resourceGroup} --location <region>) or fix ${context.describe('resource-group')}.`);
        case 'SubscriptionNotFound':
        case 'InvalidSubscriptionId':
            return new usage_error/* UsageError */.e(`${context.action} failed: subscription ${context.subscriptionId} was not found (${cause}). Check ${context.describe('subscription-id')}.`);
        case 'MissingSubscriptionRegistration':
        case 'NoRegisteredProviderFound':
            return new PublishFailure(`${context.action} failed: subscription ${context.subscriptionId} is not registered for Microsoft.Solutions (${cause}). Register it once: az provider register --namespace Microsoft.Solutions (or Subscriptions > Resource providers in the portal), then run again.`);
        case 'AuthorizationFailed':
        case 'LinkedAuthorizationFailed':
            return new PublishFailure(`${context.action} failed: ${context.identity} may not write Microsoft.Solutions/applicationDefinitions in ${where} (${cause}). Give it the Contributor role (or Managed Application Contributor Role) on the resource group.`);
        case 'ApplicationDefinitionApplicationManagementPolicyLockConflict':
            return new PublishFailure(`${context.action} failed: definition '${context.definitionName}' already has another management mode, and Azure does not change it on an existing definition (${cause}). Leave out ${context.describe('management-mode')} to keep the existing mode, or delete the definition and publish again.`);
        case 'DownloadItemFromBlobFailed':
            return new PublishFailure(`${context.action} failed: Azure could not download the package (${cause}). A private blob needs a SAS: use ${context.describe('storage-account')} (mapp uploads and signs a read-only SAS) or give a ${context.describe('package-url')} Azure can read.`);
        case 'InvalidAuthorization':
        case 'ApplicationDefinitionInvalidAuthorizations':
        case 'InvalidApplicationDefinitionAuthorization':
            return new usage_error/* UsageError */.e(`${context.action} failed: Azure refused the authorizations (${cause}). Check ${context.describe('authorizations')}: principalId:roleDefinitionId pairs; the role must not allow deleting the resource group (not Owner).`);
        default:
            if (found.status === 401)
                return new PublishFailure(`${context.action} failed: Azure Resource Manager refused the token of ${context.identity} (${cause}). Check that the tenant owns the subscription and the cloud is the right one.`);
            if (found.status === 403)
                return new PublishFailure(`${context.action} failed: ${context.identity} lacks permission in ${where} (${cause}). Give it the Contributor role on the resource group.`);
            return new PublishFailure(`${context.action} failed (${cause}).`);
    }
}
/** Storage refusals (upload, container, user-delegation key), shaped the same way. */
function explainStorageFailure(error, account, identity, describe) {
    const found = serviceError(error);
    const network = error instanceof Error && /ENOTFOUND|ECONNREFUSED|EAI_AGAIN/.test(`${error.code ?? ''} ${error.message}`);
    if (network)
        return new PublishFailure(`Uploading the package failed: the blob endpoint of storage account '${account}' cannot be reached (${error.message}). Check ${describe('storage-account')} and ${describe('blob-endpoint')}.`);
    if (!found)
        return error;
    const cause = `${found.code}${found.status ? `, HTTP ${found.status}` : ''}: ${found.detail}`;
    if (found.status === 403 || found.code.startsWith('Authorization')) {
        return new PublishFailure(`Uploading the package to storage account '${account}' failed: ${identity} may not write blobs or get a user-delegation key there (${cause}). Give it the Storage Blob Data Contributor role on the account (or the container), or give ${describe('storage-account-key')}.`);
    }
    if (found.status === 401 || found.code === 'AuthenticationFailed') {
        return new PublishFailure(`Uploading the package to storage account '${account}' failed: the storage service refused the credential (${cause}). Check ${describe('storage-account-key')}, or sign in with Entra and leave it out.`);
    }
    return new PublishFailure(`Uploading the package to storage account '${account}' failed (${cause}).`);
}

;// CONCATENATED MODULE: ./lib/shared/publish/service-catalog/package-source.js










const TEMPLATES = ['mainTemplate.json', 'createUiDefinition.json'];
/**
 * The package from `path`: a built .zip as it is (refused over 120 MB before a byte of it is
 * read), or an app folder built with `mapp build` for the service catalog (validated, stamped
 * with `version`). A failed build comes back as its result.
 */
async function loadPackage(host, appPath, version, describe) {
    const absolute = external_node_path_.resolve(host.workingDirectory, appPath);
    const stat = (0,external_node_fs_.statSync)(absolute, { throwIfNoEntry: false });
    if (stat?.isFile()) {
        if (!absolute.toLowerCase().endsWith('.zip'))
            throw new usage_error/* UsageError */.e(`${describe} is a file but not a .zip package: give the app folder or the app.zip that mapp build wrote.`);
        const size = (0,package_size/* checkPackageSize */.c)(stat.size, 'service-catalog');
        if (size)
            throw new PublishFailure(`${appPath}: ${size.message} (ApplicationDefinitionPackageTooLarge)`);
        return readPackage(appPath, (0,external_node_fs_.readFileSync)(absolute));
    }
    if (!stat?.isDirectory())
        throw new usage_error/* UsageError */.e(`${describe} '${appPath}' does not exist: give the app folder (mainTemplate.json and createUiDefinition.json at its root) or a built .zip.`);
    const folder = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(external_node_os_.tmpdir(), 'mapp-publish-'));
    try {
        const out = external_node_path_.join(folder, 'app.zip');
        const result = await (0,build.build)(buildHost(host), {
            path: appPath, out, version, target: 'service-catalog', 'fail-on': 'error', skip: [], 'allow-secrets': [], 'tracking-id': undefined, 'upload-release': false, 'github-token': undefined,
        });
        if (result.exitCode !== 0)
            return { failed: result };
        return readPackage(`${appPath} (built)`, (0,external_node_fs_.readFileSync)(out));
    }
    finally {
        (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
    }
}
/** The build's logs, annotations and summary go through; its step outputs are not the publish command's. */
function buildHost(host) {
    return { ...host, outputs: { set: () => undefined, mask: (secret) => host.outputs.mask(secret) } };
}
function readPackage(display, bytes) {
    const zip = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let entries;
    try {
        entries = (0,esm/* unzipSync */.AO)(zip);
    }
    catch (error) {
        throw new usage_error/* UsageError */.e(`${display} is not a readable zip (${error instanceof Error ? error.message : String(error)}): rebuild it with mapp build.`);
    }
    const names = Object.keys(entries).filter((name) => !name.endsWith('/'));
    const [mainTemplate, createUiDefinition] = TEMPLATES.map((name) => {
        const data = entries[name];
        if (!data)
            throw new usage_error/* UsageError */.e(`${display} has no ${name} at its root: build the package with mapp build.`);
        try {
            return (0,parse_json/* parseJson */.qF)(new TextDecoder().decode(data).replace(/^\uFEFF/, ''));
        }
        catch (error) {
            throw new usage_error/* UsageError */.e(`${display}: ${name} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
        }
    });
    const contentVersion = typeof mainTemplate.contentVersion === 'string' ? mainTemplate.contentVersion : undefined;
    return { display, zip, sha256: (0,external_node_crypto_.createHash)('sha256').update(zip).digest('hex'), names, mainTemplate, createUiDefinition, contentVersion };
}
/** Files besides the two templates: an inline definition cannot carry them. */
function extraFiles(pkg) {
    return pkg.names.filter((name) => !TEMPLATES.includes(name));
}

// EXTERNAL MODULE: ./node_modules/@azure/storage-blob/dist/esm/index.js + 150 modules
var dist_esm = __webpack_require__(38053);
// EXTERNAL MODULE: ./lib/shared/tool-info.js
var tool_info = __webpack_require__(33352);
;// CONCATENATED MODULE: ./lib/shared/publish/service-catalog/package-upload.js


/** The blob's URL without any SAS: what the definition's package URL is compared by. */
function blobUrl(target) {
    return `${target.endpoint}/${encodeURIComponent(target.container)}/${target.blobName.split('/').map(encodeURIComponent).join('/')}`;
}
/** Signed query parameter values that must never reach a log. */
function sasSecrets(sasQuery) {
    const signature = new URLSearchParams(sasQuery).get('sig');
    return signature ? [signature, encodeURIComponent(signature)] : [];
}
/** The package URL to show: its `sig` (and any other signature-like value) replaced by ***. */
function maskedUrl(url) {
    return url.replace(/([?&](?:sig|signature|[\w-]*token[\w-]*)=)[^&#]*/gi, '$1***');
}
function serviceClient(target, signer) {
    const options = { userAgentOptions: { userAgentPrefix: `mapp/${tool_info/* TOOL_VERSION */.w}` }, retryOptions: { maxTries: 4 } };
    return signer.kind === 'account-key'
        ? new dist_esm/* BlobServiceClient */.wS(target.endpoint, new dist_esm/* StorageSharedKeyCredential */.Z3(target.accountName, signer.accountKey), options)
        : new dist_esm/* BlobServiceClient */.wS(target.endpoint, signer.credential, options);
}
/**
 * The SAS format version, pinned: an SDK upgrade must not change the string-to-sign under us
 * (2026-04-06 added request-header lines that emulators and older stamps do not check yet).
 */
const SAS_VERSION = '2025-07-05';
/** Read-only, one blob, a start five minutes back (clock skew) and `minutes` ahead. */
function readSasValues(target, now, minutes) {
    return {
        version: SAS_VERSION,
        containerName: target.container,
        blobName: target.blobName,
        permissions: dist_esm/* BlobSASPermissions */.vD.parse('r'),
        startsOn: new Date(now.getTime() - 5 * 60_000),
        expiresOn: new Date(now.getTime() + minutes * 60_000),
        protocol: target.endpoint.startsWith('https:') ? dist_esm/* SASProtocol */.m5.Https : dist_esm/* SASProtocol */.m5.HttpsAndHttp,
    };
}
/** A read-only SAS for one blob, signed with a user-delegation key (no account key involved). */
function userDelegationSas(target, key, now, minutes) {
    return (0,dist_esm/* generateBlobSASQueryParameters */.WJ)(readSasValues(target, now, minutes), key, target.accountName).toString();
}
/**
 * Uploads the package (content-addressed, so an existing blob is not sent again) to a private
 * container, created when missing, and signs a read-only SAS for Azure to download it with.
 * `mask` sees every signature and key before this returns.
 */
async function uploadPackage(target, signer, zip, minutes, now, mask) {
    const service = serviceClient(target, signer);
    const container = service.getContainerClient(target.container);
    await container.createIfNotExists();
    const blob = container.getBlockBlobClient(target.blobName);
    const exists = await blob.exists();
    if (!exists)
        await blob.uploadData(zip, { blobHTTPHeaders: { blobContentType: 'application/zip' } });
    let sas;
    if (signer.kind === 'account-key') {
        sas = (0,dist_esm/* generateBlobSASQueryParameters */.WJ)(readSasValues(target, now, minutes), new dist_esm/* StorageSharedKeyCredential */.Z3(target.accountName, signer.accountKey)).toString();
    }
    else {
        const values = readSasValues(target, now, minutes);
        const key = await service.getUserDelegationKey(values.startsOn, values.expiresOn);
        mask(key.value);
        sas = userDelegationSas(target, key, now, minutes);
    }
    const secrets = sasSecrets(sas);
    for (const secret of secrets)
        mask(secret);
    return { urlWithSas: `${blobUrl(target)}?${sas}`, sasSecrets: secrets, uploaded: !exists };
}

;// CONCATENATED MODULE: ./lib/shared/publish/service-catalog/publish-summary.js

const cell = (text) => text.replace(/\|/g, '\\|');
/** The job summary: what was published where, and each property that changed. */
function renderPublishSummary(report) {
    const rows = [
        ['Definition', `[${report.definitionName}](${report.portalUrl})`],
        ['Result', headline(report)],
        ['Version', report.version ?? '(none)'],
        ['Package', report.packageShown],
        ['Resource id', `\`${report.definitionId}\``],
    ];
    const lines = ['### mapp publish-service-catalog', '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`), ''];
    if (report.changes.length > 0) {
        lines.push(report.result === 'what-if' ? 'Would change:' : 'Changed:', '', ...describeChanges(report.changes).map((line) => `- ${line.replace(/([*_`])/g, '\\$1')}`), '');
    }
    return lines.join('\n');
}
/** One line for the log and the summary. */
function headline(report) {
    switch (report.result) {
        case 'unchanged':
            return 'unchanged: the package and every property match, nothing written';
        case 'what-if':
            return `what-if: would ${report.existed ? `update ${report.changes.length} propert${report.changes.length === 1 ? 'y' : 'ies'}` : 'create the definition'}; nothing written`;
        case 'created':
            return 'created';
        case 'updated':
            return `updated ${report.changes.length} propert${report.changes.length === 1 ? 'y' : 'ies'}`;
    }
}

// EXTERNAL MODULE: ./lib/shared/azure/arm-client-options.js
var arm_client_options = __webpack_require__(77348);
;// CONCATENATED MODULE: ./lib/shared/publish/service-catalog/publish-service-catalog.js
















function chooseSource(settings, describe) {
    const chosen = settings['package-source'];
    const source = chosen !== 'auto' ? chosen : settings['package-url'] ? 'url' : settings['storage-account'] ? 'upload' : 'inline';
    if (source === 'url' && !settings['package-url'])
        throw new usage_error/* UsageError */.e(`${describe('package-source')} is url but ${describe('package-url')} is empty: give the package URL.`);
    if (source === 'upload' && !settings['storage-account'])
        throw new usage_error/* UsageError */.e(`${describe('package-source')} is upload but ${describe('storage-account')} is empty: give the storage account to upload to.`);
    if (source === 'upload' && !/^[a-z0-9]{3,24}$/.test(settings['storage-account'])) {
        throw new usage_error/* UsageError */.e(`${describe('storage-account')} must be a storage account name (3 to 24 lowercase letters and digits); got '${settings['storage-account']}'.`);
    }
    return source;
}
function definitionName(settings, version, describe) {
    const name = settings.versioning === 'per-version' ? (version ? `${settings.name}-${version}` : undefined) : settings.name;
    if (!name)
        throw new usage_error/* UsageError */.e(`${describe('versioning')} is per-version, but there is no version: give ${describe('version')} or a contentVersion in mainTemplate.json.`);
    if (!/^[-\w.()]{3,64}$/.test(name))
        throw new usage_error/* UsageError */.e(`Definition name '${name}' (${describe('name')}) must be 3 to 64 letters, digits, '-', '_', '.', '(' or ')'.`);
    return name;
}
/** The ARM client of the connection's cloud; its pipeline retries 429 (Retry-After) and 5xx replies. */
function applicationClient(connection, subscriptionId) {
    return new dist/* ApplicationClient */.aV(connection.credential, subscriptionId, (0,arm_client_options/* armClientOptions */.I)(connection));
}
/** GET the definition; a missing definition is undefined, a missing resource group an error. */
async function readDefinition(client, resourceGroup, name) {
    let status = 0;
    let body;
    const found = await client.applicationDefinitions.get(resourceGroup, name, {
        onResponse: (raw) => {
            status = raw.status;
            body = raw.parsedBody ?? raw.bodyAsText;
        },
    });
    if (status !== 404)
        return found;
    const parsed = typeof body === 'string' ? safeJson(body) : body;
    const error = parsed?.error;
    if (error?.code && error.code !== 'ResourceNotFound')
        throw { name: 'RestError', statusCode: 404, code: error.code, message: error.message ?? '' };
    return undefined;
}
function safeJson(text) {
    try {
        return (0,parse_json/* parseJson */.qF)(text);
    }
    catch {
        return undefined;
    }
}
/**
 * Publishes a managed application definition: loads (or builds) the package, reads the current
 * definition, and writes only when the package hash or a property differs. what-if prints the
 * difference and writes nothing.
 */
async function publishServiceCatalog(host, settings) {
    try {
        return await publish(host, settings);
    }
    catch (error) {
        // Azure refused or the package cannot go: a failed operation (exit 1), not a crash.
        if (error instanceof PublishFailure)
            return { exitCode: 1, message: error.message };
        throw error;
    }
}
async function planPublish(host, settings, describe) {
    if (settings['storage-account-key'])
        host.outputs.mask(settings['storage-account-key']);
    const givenQuery = settings['package-url']?.split('?')[1];
    if (givenQuery)
        for (const secret of sasSecrets(givenQuery))
            host.outputs.mask(secret);
    const source = chooseSource(settings, describe);
    const sasMinutes = parseSasMinutes(settings['sas-minutes'], describe('sas-minutes'));
    let pkg;
    if (source !== 'url') {
        const loaded = await loadPackage(host, settings.path, settings.version, describe('path'));
        if ('failed' in loaded)
            return loaded;
        pkg = loaded;
        const extra = extraFiles(pkg);
        if (source === 'inline' && extra.length > 0) {
            throw new usage_error/* UsageError */.e(`${pkg.display} has ${extra.join(', ')} besides the two templates, and an inline definition carries only mainTemplate.json and createUiDefinition.json: give ${describe('storage-account')} to upload the package, or ${describe('package-url')}.`);
        }
    }
    const version = settings.version?.replace(/^v/, '') ?? pkg?.contentVersion;
    return { source, pkg, version, name: definitionName(settings, version, describe), sasMinutes };
}
function blobTarget(settings, plan, connection) {
    if (plan.source !== 'upload')
        return undefined;
    return {
        endpoint: (settings['blob-endpoint'] ?? `https://${settings['storage-account']}.blob.${connection.cloud.storageSuffix}`).replace(/\/+$/, ''),
        accountName: settings['storage-account'],
        container: settings['storage-container'],
        blobName: `${plan.name}/${plan.pkg.sha256}.zip`,
    };
}
/** Uploads the package and returns its URL with a read-only SAS (masked before it is returned). */
async function uploadAndSign(host, settings, plan, target, connection, describe) {
    const key = settings['storage-account-key'];
    const signer = key ? { kind: 'account-key', accountKey: key } : { kind: 'user-delegation', credential: connection.credential };
    const pkg = plan.pkg;
    try {
        const uploaded = await uploadPackage(target, signer, pkg.zip, plan.sasMinutes, new Date(), (secret) => host.outputs.mask(secret));
        host.log.info(uploaded.uploaded ? `Uploaded ${pkg.display} to ${blobUrl(target)} (${pkg.zip.length} bytes).` : `${blobUrl(target)} already holds this package; not uploaded again.`);
        return uploaded.urlWithSas;
    }
    catch (error) {
        throw explainStorageFailure(error, target.accountName, (0,identity_settings/* describeIdentity */.Cl)(connection.identity), describe);
    }
}
async function publish(host, settings) {
    const describe = (name) => (0,describe_input/* describeInput */.e)(host, name);
    const plan = await planPublish(host, settings, describe);
    if ('failed' in plan)
        return plan.failed;
    const { pkg, name, version } = plan;
    const connection = (0,connect/* connectToAzure */.Vn)(host, settings);
    const subscriptionId = connection.subscriptionId;
    if (!subscriptionId)
        throw new usage_error/* UsageError */.e(`No subscription to publish to: set ${describe('subscription-id')}.`);
    const client = applicationClient(connection, subscriptionId);
    const resourceGroup = settings['resource-group'];
    const context = { action: `Publishing definition '${name}'`, subscriptionId, resourceGroup, definitionName: name, identity: (0,identity_settings/* describeIdentity */.Cl)(connection.identity), describe };
    const target = blobTarget(settings, plan, connection);
    const reference = plan.source === 'inline' ? { kind: 'inline', mainTemplate: pkg.mainTemplate, createUiDefinition: pkg.createUiDefinition } : { kind: 'url', url: target ? blobUrl(target) : settings['package-url'] };
    const shownPackage = (url) => (reference.kind === 'inline' ? 'inline templates' : maskedUrl(url ?? reference.url));
    try {
        const existing = await readDefinition(client, resourceGroup, name);
        const desired = desiredDefinition({ settings, name, workingDirectory: host.workingDirectory, describe, packageReference: reference, packageHash: pkg?.sha256, version }, existing);
        const changes = diffDefinitions(existing, desired);
        const definitionId = existing?.id ?? `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Solutions/applicationDefinitions/${name}`;
        const base = { definitionId, definitionName: name, version, portalUrl: `${connection.cloud.portalUrl}/#resource${definitionId}/overview`, changes, existed: existing !== undefined };
        if (changes.length === 0)
            return finish(host, { ...base, result: 'unchanged', packageShown: shownPackage(existing?.packageFileUri) }, existing?.packageFileUri);
        if (settings['what-if'])
            return finish(host, { ...base, result: 'what-if', packageShown: shownPackage(undefined) }, undefined);
        if (target)
            desired.packageFileUri = await uploadAndSign(host, settings, plan, target, connection, describe);
        const written = await client.applicationDefinitions.createOrUpdate(resourceGroup, name, desired);
        return finish(host, { ...base, definitionId: written.id ?? definitionId, result: existing ? 'updated' : 'created', packageShown: shownPackage(desired.packageFileUri) }, desired.packageFileUri);
    }
    catch (error) {
        throw explainArmFailure(error, context);
    }
}
function finish(host, report, packageUrl) {
    host.log.info(`Definition ${report.definitionName} (${report.definitionId}): ${headline(report)}.`);
    for (const line of describeChanges(report.changes))
        host.log.info(`  ${line}`);
    host.log.info(`Package: ${report.packageShown}`);
    if (report.result !== 'what-if')
        host.log.info(`Portal: ${report.portalUrl}`);
    host.summary.append(renderPublishSummary(report));
    (0,run_command/* setOutputs */.n)(host, publish_service_catalog/* publishServiceCatalogCommand */.x, {
        'definition-id': report.definitionId,
        'definition-name': report.definitionName,
        version: report.version,
        'package-url': packageUrl ? maskedUrl(packageUrl) : '',
        'portal-url': report.portalUrl,
        result: report.result,
    });
    return { exitCode: 0 };
}


/***/ })

};
