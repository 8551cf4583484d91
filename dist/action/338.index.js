export const id = 338;
export const ids = [338];
export const modules = {

/***/ 9338:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  build: () => (/* binding */ build_build)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/shared/commands/run-command.js + 1 modules
var run_command = __webpack_require__(8186);
// EXTERNAL MODULE: ./lib/shared/commands/build.js
var build = __webpack_require__(4404);
// EXTERNAL MODULE: ./lib/shared/files/write-file-atomic.js
var write_file_atomic = __webpack_require__(8787);
// EXTERNAL MODULE: ./lib/shared/validate/decode-text.js
var decode_text = __webpack_require__(7878);
// EXTERNAL MODULE: ./lib/shared/validate/json-document.js + 2 modules
var json_document = __webpack_require__(9564);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/shared/commands/usage-error.js
var usage_error = __webpack_require__(3240);
// EXTERNAL MODULE: ./lib/shared/validate/load-unit.js
var load_unit = __webpack_require__(7637);
// EXTERNAL MODULE: ./lib/shared/bundle/stamp-template.js
var stamp_template = __webpack_require__(4720);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
;// CONCATENATED MODULE: ./lib/shared/bundle/zip-writer.js

/** 1980-01-01T00:00:00Z, the earliest time a zip (MS-DOS) timestamp can hold. */
const DEFAULT_ZIP_EPOCH = 315_532_800;
/** 2107-12-31T23:59:58Z, the latest. */
const LAST_DOS_EPOCH = 4_354_819_198;
/** Regular file, rw-r--r--, in the upper half of the external attributes (as Info-ZIP writes them). */
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;
const UNIX = 3;
/**
 * Writes a zip whose bytes depend only on the entries and `epochSeconds`: entries sorted by name, one timestamp for all, mode 0644, no extra fields, no comments, no folder
 * entries. Returns the bytes and the entry names in zip order. Compression is fflate's pure-JS deflate, so the bytes do not change with the zlib
 * that the running Node happens to bundle.
 */
function writeReproducibleZip(entries, epochSeconds = DEFAULT_ZIP_EPOCH) {
    const sorted = [...entries].sort((a, b) => compareNames(a.name, b.name));
    const files = {};
    // fflate takes an object, so root names that look like array indices ("2024") come first;
    // the order is still fixed by the names alone.
    for (const entry of sorted) {
        files[entry.name] = [entry.data, { level: entry.data.length === 0 ? 0 : 9, os: UNIX, attrs: FILE_ATTRIBUTES }];
    }
    const zip = (0,esm/* zipSync */.L)(files, { mtime: new Date(2000, 0, 1) });
    stampDosTime(zip, dosDateTime(epochSeconds));
    return { bytes: zip, names: Object.keys(files) };
}
/** Byte order of the UTF-8 names, the order `zip` and most listings use. */
function compareNames(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/** The MS-DOS date (high half) and time (low half) of a UTC instant, clamped to what zip can hold. */
function dosDateTime(epochSeconds) {
    const clamped = Math.min(Math.max(Math.floor(epochSeconds), DEFAULT_ZIP_EPOCH), LAST_DOS_EPOCH);
    const d = new Date(clamped * 1000);
    const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
    const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
    return ((date << 16) | time) >>> 0;
}
/**
 * fflate writes the timestamp in the machine's local time zone; this rewrites it, in every local
 * header and central directory record, with the UTC-based value so the bytes are the same in
 * every time zone. The layout is fflate's: no archive comment, so the end record is the last 22 bytes.
 */
function stampDosTime(zip, dos) {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const end = zip.length - 22;
    if (end < 0 || view.getUint32(end, true) !== 0x06054b50)
        throw new Error('unexpected zip layout: no end of central directory record');
    const count = view.getUint16(end + 10, true);
    let offset = view.getUint32(end + 16, true);
    for (let i = 0; i < count; i++) {
        if (view.getUint32(offset, true) !== 0x02014b50)
            throw new Error('unexpected zip layout: bad central directory record');
        setDos(view, offset + 12, dos);
        const local = view.getUint32(offset + 42, true);
        if (view.getUint32(local, true) !== 0x04034b50)
            throw new Error('unexpected zip layout: bad local header');
        setDos(view, local + 10, dos);
        offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
}
function setDos(view, at, dos) {
    view.setUint16(at, dos & 0xffff, true);
    view.setUint16(at + 2, dos >>> 16, true);
}

;// CONCATENATED MODULE: ./lib/shared/bundle/build-plan.js






/** Checks the inputs and the environment facts; anything wrong is a usage error naming it. */
function planBuild(host, settings) {
    const appAbsolute = external_node_path_.resolve(host.workingDirectory, settings.path);
    if (!(0,external_node_fs_.statSync)(appAbsolute, { throwIfNoEntry: false })?.isDirectory()) {
        throw new usage_error/* UsageError */.e(`The app folder ${settings.path} does not exist or is not a folder; give the folder that holds mainTemplate.json and createUiDefinition.json.`);
    }
    const outAbsolute = external_node_path_.resolve(host.workingDirectory, settings.out);
    if (!outAbsolute.toLowerCase().endsWith('.zip')) {
        throw new usage_error/* UsageError */.e(`out must name a .zip file (for example app.zip); got '${settings.out}'.`);
    }
    let version = {};
    if (settings.version) {
        const contentVersion = (0,stamp_template/* toContentVersion */.Tg)(settings.version);
        if (!contentVersion)
            throw new usage_error/* UsageError */.e(`version must look like 1.2.3 or 1.2.3.4 (a leading v is allowed); got '${settings.version}'.`);
        version = { contentVersion, versionSource: 'the version input' };
    }
    else {
        const fromTag = (0,stamp_template/* versionFromRef */.YN)(host.context?.gitRef);
        if (fromTag)
            version = { contentVersion: fromTag, versionSource: `the tag ${host.context?.gitRef}` };
    }
    let trackingId;
    if (settings['tracking-id']) {
        trackingId = (0,stamp_template/* parseTrackingId */.OK)(settings['tracking-id']);
        if (!trackingId)
            throw new usage_error/* UsageError */.e(`tracking-id must be a GUID or pid-<GUID>-partnercenter; got '${settings['tracking-id']}'.`);
    }
    return {
        appPath: settings.path,
        appAbsolute,
        appDisplay: (0,load_unit/* displayPath */.Gt)(host.workingDirectory, appAbsolute),
        outAbsolute,
        outDisplay: (0,load_unit/* displayPath */.Gt)(host.workingDirectory, outAbsolute),
        ...version,
        trackingId,
        epochSeconds: epochOf(host.context?.sourceDateEpoch),
        target: settings.target,
    };
}
/** SOURCE_DATE_EPOCH when set (whole seconds), else 1980-01-01, the first instant a zip can hold. */
function epochOf(given) {
    if (given === undefined || given.trim() === '')
        return DEFAULT_ZIP_EPOCH;
    if (!/^\d+$/.test(given.trim()))
        throw new usage_error/* UsageError */.e(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01; got '${given}'.`);
    return Number(given.trim());
}

;// CONCATENATED MODULE: ./lib/shared/bundle/build-summary.js
/** Rows of the file table kept in a job summary (GitHub caps a summary at 1 MiB). */
const FILE_ROWS = 200;
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}
function code(text) {
    return `\`${cell(text).replace(/`/g, "'")}\``;
}
/** The job summary of a build: the package, its hash, and the files in it. */
function renderBuildSummary(plan, built) {
    const lines = [
        `### 📦 mapp build: ${code(plan.outDisplay)}`,
        '',
        '| | |',
        '|---|---|',
        `| Package | ${code(plan.outDisplay)} |`,
        `| Size | ${built.zip.length.toLocaleString('en-US')} bytes |`,
        `| SHA-256 | ${code(built.sha256)} |`,
        `| contentVersion | ${built.contentVersion ? code(built.contentVersion) : 'not set'}${plan.versionSource ? ` (from ${cell(plan.versionSource)})` : ''} |`,
        `| Tracking id | ${plan.trackingId ? `${code(`pid-${plan.trackingId}-partnercenter`)}${built.trackingAdded ? ' (added)' : ''}` : 'none'} |`,
        `| Validation | ${built.validation} |`,
        `| Files | ${built.entries.length} |`,
        '',
        '| File | Bytes | From |',
        '|---|---:|---|',
        ...built.entries.slice(0, FILE_ROWS).map((e) => `| ${code(e.name)} | ${e.size.toLocaleString('en-US')} | ${code(e.from)} |`),
    ];
    if (built.entries.length > FILE_ROWS)
        lines.push('', `…and ${built.entries.length - FILE_ROWS} more files (see the files output).`);
    return lines.join('\n') + '\n';
}
/** The job summary of a refused build. */
function renderRefusals(refusals) {
    return [
        '### ❌ mapp build: nothing was built',
        '',
        '| File | Problem |',
        '|---|---|',
        ...refusals.map((r) => `| ${code(r.line ? `${r.file}:${r.line}:${r.column}` : r.file)} | ${cell(r.message)} |`),
    ].join('\n') + '\n';
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
;// CONCATENATED MODULE: ./lib/shared/bundle/collect-files.js





/** The ignore file at the root of an app folder (gitignore syntax). */
const IGNORE_FILE = '.mappignore';
/** Never packed: version-control folders and files, dependency folders, mapp's own ignore file and folder. */
const DEFAULT_IGNORES = ['.git/', '.svn/', '.hg/', '.bzr/', 'CVS/', '_darcs/', '.gitignore', '.gitattributes', '.gitmodules', 'node_modules/', `/${IGNORE_FILE}`, `/${load_unit/* MAPP_FOLDER */.gN}/`];
/** Files that usually hold credentials; they stop the build unless allowed. */
const SECRET_PATTERNS = ['.env', '.env.*', '!.env.example', '!.env.sample', '!.env.template', '*.pem', '*.pfx', '*.p12', '*.key', '*.publishsettings'];
/**
 * Lists what goes into the package: every file of the app folder except the default ignores and
 * what `.mappignore` names. Refuses secret-looking files, links leaving the folder and names that
 * would not extract to the same place on every system. Links inside the folder are followed.
 */
function collectAppFiles(root, options) {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const ignored = ignore().add(DEFAULT_IGNORES).add(readIgnoreFile(root));
    const secrets = ignore().add(SECRET_PATTERNS);
    const allowed = ignore().add([...options.allowSecrets]);
    const excluded = new Set(options.exclude.map((p) => external_node_path_.resolve(p)));
    const display = (absolute) => (0,load_unit/* displayPath */.Gt)(options.workingDirectory, absolute);
    const files = [];
    const refusals = [];
    const visitedFolders = new Set([realRoot]);
    let ignoredCount = 0;
    const visit = (folder, relativeFolder) => {
        const entries = (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true }).sort((a, b) => compareNames(a.name, b.name));
        for (const entry of entries) {
            const absolute = external_node_path_.join(folder, entry.name);
            const relative = relativeFolder ? `${relativeFolder}/${entry.name}` : entry.name;
            if (excluded.has(absolute))
                continue;
            const badName = nameProblem(entry.name);
            if (badName) {
                refusals.push({ file: display(absolute), message: `The name '${relative}' ${badName}; rename it, or list it in ${IGNORE_FILE}.` });
                continue;
            }
            let stats = entry.isSymbolicLink() ? undefined : (0,external_node_fs_.lstatSync)(absolute);
            if (entry.isSymbolicLink()) {
                const target = realPathInside(absolute, realRoot);
                if (!target) {
                    if (ignores(ignored, relative, false))
                        ignoredCount++;
                    else
                        refusals.push({ file: display(absolute), message: `'${relative}' is a symbolic link ${describeLinkTarget(absolute)}; a package holds only what is inside the app folder. Copy the file into the app folder, or list the link in ${IGNORE_FILE}.` });
                    continue;
                }
                stats = (0,external_node_fs_.statSync)(absolute);
                if (stats.isDirectory() && visitedFolders.has(target))
                    continue; // a link back up: already packed
                if (stats.isDirectory())
                    visitedFolders.add(target);
            }
            if (stats.isDirectory()) {
                if (ignores(ignored, relative, true))
                    ignoredCount++;
                else
                    visit(absolute, relative);
                continue;
            }
            if (!stats.isFile())
                continue; // sockets, pipes, devices
            if (ignores(ignored, relative, false)) {
                ignoredCount++;
                continue;
            }
            if (secrets.ignores(relative) && !allowed.ignores(relative)) {
                refusals.push({
                    file: display(absolute),
                    message: `'${relative}' looks like a secret (a key, certificate or environment file) and would be published with the package. Remove it, list it in ${IGNORE_FILE}, or allow it with allow-secrets if it is safe to ship.`,
                });
                continue;
            }
            const size = stats.size;
            files.push({ absolute, path: relative, display: display(absolute), size, read: () => (0,external_node_fs_.readFileSync)(absolute) });
        }
    };
    visit(root, '');
    return { files, refusals, ignoredCount };
}
function readIgnoreFile(root) {
    try {
        return (0,external_node_fs_.readFileSync)(external_node_path_.join(root, IGNORE_FILE), 'utf8');
    }
    catch {
        return '';
    }
}
function ignores(matcher, relative, folder) {
    return matcher.ignores(folder ? `${relative}/` : relative);
}
/**
 * Why a file name cannot go into a zip as it is, or undefined. A backslash is a folder separator
 * to Windows tools (so `..\x` escapes the root there); `:` and control characters do not extract.
 */
function nameProblem(name) {
    if (name.includes('\\'))
        return 'contains a backslash, which Windows tools read as a folder separator and can take outside the zip root';
    if (name.includes(':'))
        return "contains ':', which cannot be extracted on Windows";
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(name))
        return 'contains a control character';
    if (name === '.' || name === '..')
        return 'would point outside the zip root';
    return undefined;
}
function realPathInside(link, realRoot) {
    let target;
    try {
        target = (0,external_node_fs_.realpathSync)(link);
    }
    catch {
        return undefined;
    }
    const relative = external_node_path_.relative(realRoot, target);
    const outside = relative === '..' || relative.startsWith(`..${external_node_path_.sep}`) || external_node_path_.isAbsolute(relative);
    return outside ? undefined : target;
}
function describeLinkTarget(link) {
    try {
        return `to '${(0,external_node_fs_.realpathSync)(link)}', outside the app folder`;
    }
    catch {
        return 'to a file that does not exist';
    }
}

// EXTERNAL MODULE: ./lib/shared/validate/arm/arm-expression.js
var arm_expression = __webpack_require__(6818);
// EXTERNAL MODULE: ./lib/shared/validate/json-nav.js
var json_nav = __webpack_require__(1696);
;// CONCATENATED MODULE: ./lib/shared/bundle/artifact-references.js


const ARTIFACTS_LOCATION = '_artifactsLocation';
/** A relative file path with an extension: `nestedtemplates/storage.json`, `scripts/install.sh`. */
const FILE_PATH = /^[\w.-]+(\/[\w.-]+)*\.[A-Za-z0-9]+$/;
/**
 * The files a template loads from its staged artifacts: string literals of the expressions that
 * use `parameters('_artifactsLocation')` and look like relative file paths, e.g. the
 * `'nestedtemplates/storage.json'` of `[uri(parameters('_artifactsLocation'), 'nestedtemplates/storage.json')]`.
 * Sorted, without duplicates.
 */
function artifactReferences(template) {
    const found = new Set();
    (0,json_nav/* walk */.GG)(template, (node) => {
        if (node.type !== 'string' || typeof node.value !== 'string' || !(0,arm_expression/* isExpressionString */.UQ)(node.value))
            return;
        const usesArtifacts = (0,arm_expression/* referencedNames */._T)(node.value, 'parameters').some((name) => name.toLowerCase() === ARTIFACTS_LOCATION.toLowerCase());
        if (!usesArtifacts)
            return;
        for (const literal of stringLiterals((0,arm_expression/* tryParseArmExpression */.$W)(node.value))) {
            // `format('{0}/scripts/x.sh{1}', ...)` and `concat(..., '/scripts/x.sh')` both name scripts/x.sh.
            const candidate = literal.replace(/\{\d+\}/g, '').replace(/^\/+/, '');
            if (FILE_PATH.test(candidate) && !candidate.split('/').includes('..'))
                found.add(candidate);
        }
    });
    return [...found].sort();
}
function stringLiterals(expr) {
    return (0,arm_expression/* functionCalls */.SB)(expr).flatMap((call) => call.name.toLowerCase() === 'parameters' ? [] : call.args.filter((arg) => arg.type === 'string').map((arg) => arg.value));
}

// EXTERNAL MODULE: ./lib/shared/validate/rules/package/package-names.js
var package_names = __webpack_require__(6154);
;// CONCATENATED MODULE: ./lib/shared/bundle/package-layout.js



/**
 * Names every file in the package. The template (`mainTemplate.json` or `azuredeploy.json`, any
 * case), createUiDefinition.json and viewDefinition.json get their exact names at the root; a
 * template or UI definition found only in a subfolder, or missing, is refused, as are names that
 * differ only in case.
 */
function layoutPackage(files, appDisplay) {
    const refusals = [];
    const renamed = new Map();
    for (const required of [package_names/* MAIN_TEMPLATE */.DE, package_names/* CREATE_UI_DEFINITION */.qK, package_names/* VIEW_DEFINITION */.QP]) {
        const { root, nested } = (0,package_names/* locate */.x5)(files, required);
        if (root)
            renamed.set(root, required.name);
        else if (required !== package_names/* VIEW_DEFINITION */.QP)
            refusals.push(missingRefusal(required, nested, appDisplay));
    }
    const entries = files.map((source) => ({ name: renamed.get(source) ?? source.path, source }));
    refusals.push(...caseCollisions(entries));
    const template = entries.find((e) => e.name === package_names/* MAIN_TEMPLATE */.DE.name);
    return { entries, template, refusals };
}
function missingRefusal(required, nested, appDisplay) {
    if (nested) {
        const folder = (0,package_names/* folderOf */.yS)(nested);
        return {
            file: nested.display,
            message: `${required.name} is in '${folder}/', not at the root of the app folder; the service reads it only from the root of app.zip. Move it to the root of ${appDisplay}, or build from the folder that holds both files.`,
        };
    }
    const names = [required.name, ...required.aliases].join(' or ');
    return { file: appDisplay, message: `${appDisplay} has no ${names} at its root; a managed application package needs both mainTemplate.json and createUiDefinition.json there.` };
}
function caseCollisions(entries) {
    const seen = new Map();
    const refusals = [];
    for (const entry of entries) {
        const key = entry.name.toLowerCase();
        const other = seen.get(key);
        if (other) {
            refusals.push({
                file: entry.source.display,
                message: `'${entry.name}' and '${other.name}' differ only in case; extracted on Windows or macOS one would overwrite the other. Rename or remove one of them.`,
            });
        }
        else {
            seen.set(key, entry);
        }
    }
    return refusals;
}
/**
 * Every file the template loads through `_artifactsLocation` must be in the package under that
 * exact name (blob URLs are case-sensitive).
 */
function checkArtifactReferences(template, layout) {
    if (!layout.template)
        return [];
    const names = new Set(layout.entries.map((e) => e.name));
    const byLowerCase = new Map(layout.entries.map((e) => [e.name.toLowerCase(), e.name]));
    const refusals = [];
    for (const reference of artifactReferences(template)) {
        if (names.has(reference))
            continue;
        const near = byLowerCase.get(reference.toLowerCase());
        refusals.push({
            file: layout.template.source.display,
            message: near
                ? `The template loads '${reference}' through _artifactsLocation, but the file is named '${near}'; artifact URLs are case-sensitive. Make the two names match.`
                : `The template loads '${reference}' through _artifactsLocation, but the app folder has no such file (or ${IGNORE_FILE} leaves it out). Add it, or fix the path in the template.`,
        });
    }
    return refusals;
}

// EXTERNAL MODULE: ./lib/shared/bundle/package-size.js
var package_size = __webpack_require__(934);
;// CONCATENATED MODULE: ./lib/shared/bundle/release-upload.js






/** The package and a `sha256sum`-style checksum file, as release assets. */
function releaseAssetsOf(plan, built) {
    const name = external_node_path_.basename(plan.outAbsolute);
    const checksum = new TextEncoder().encode(`${built.sha256}  ${name}\n`);
    return [
        { name, contentType: 'application/zip', data: built.zip, digest: `sha256:${built.sha256}` },
        { name: `${name}.sha256`, contentType: 'text/plain', data: checksum, digest: `sha256:${sha256Hex(checksum)}` },
    ];
}
/** Uploads the package to the release of the tag being built, through the host's release capability. */
async function uploadToRelease(host, plan, built, token) {
    if (!host.releases)
        throw new usage_error/* UsageError */.e('upload-release works only in the GitHub Action, where there are releases to upload to; turn it off here.');
    if (!token)
        throw new usage_error/* UsageError */.e("upload-release needs input 'github-token' with contents: write, for example github-token: ${{ github.token }}.");
    host.outputs.mask(token);
    const tag = (0,stamp_template/* tagOfRef */.DC)(host.context?.gitRef);
    if (!tag) {
        host.log.warning(`upload-release: this run builds ${host.context?.gitRef ?? 'no Git ref'}, not a tag, so nothing was uploaded. Push a tag (v1.2.3) to publish a release.`);
        return { exitCode: 0 };
    }
    const assets = releaseAssetsOf(plan, built);
    try {
        const result = await host.releases.upload(tag, assets, token);
        host.log.info(`${result.created ? 'Created the release' : 'Updated the release'} ${tag}: ${result.assetUrls.join(', ')}`);
        host.summary.append(`Uploaded ${assets.map((a) => `\`${a.name}\``).join(' and ')} to the release [${tag}](${result.releaseUrl}).\n`);
        (0,run_command/* setOutputs */.n)(host, build/* buildCommand */.O, { 'release-url': result.releaseUrl });
        return { exitCode: 0 };
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { exitCode: 1, message: `The package was built, but uploading it to the release ${tag} failed: ${reason}. Check that github-token may write contents.` };
    }
}
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}

// EXTERNAL MODULE: ./lib/shared/report/markdown-report.js
var markdown_report = __webpack_require__(5218);
// EXTERNAL MODULE: ./lib/shared/report/render.js + 1 modules
var render = __webpack_require__(945);
// EXTERNAL MODULE: ./lib/shared/report/report-model.js
var report_model = __webpack_require__(8176);
// EXTERNAL MODULE: ./lib/shared/tool-info.js
var tool_info = __webpack_require__(3352);
// EXTERNAL MODULE: ./lib/shared/validate/finding-outcome.js
var finding_outcome = __webpack_require__(7020);
// EXTERNAL MODULE: ./lib/shared/validate/rules/index.js + 144 modules
var validate_rules = __webpack_require__(5268);
// EXTERNAL MODULE: ./lib/shared/validate/select-rules.js
var select_rules = __webpack_require__(9716);
// EXTERNAL MODULE: ./lib/shared/validate/validate.js + 2 modules
var validate = __webpack_require__(8980);
// EXTERNAL MODULE: ./lib/shared/host/describe-input.js
var describe_input = __webpack_require__(8038);
;// CONCATENATED MODULE: ./lib/shared/bundle/validate-first.js










/** Rows of the findings table kept in the job summary. */
const SUMMARY_ROWS = 100;
/**
 * Runs validate's rules over the app folder before anything is packed, and reports the findings
 * the way validate does. Returns a failed result when a finding reaches `failOn`. The size rule
 * is left to the build, which measures the real package against its target.
 */
function validateFirst(host, appPath, failOn, skip) {
    const rules = (0,select_rules/* selectRules */.u)(validate_rules/* allRules */.V, [], [...skip, package_size/* SIZE_LIMIT_RULE_ID */.b], (input) => (0,describe_input/* describeInput */.e)(host, input));
    const findings = (0,validate.collectFindings)(host.workingDirectory, [appPath], rules);
    const report = { findings, rules, units: [appPath], toolVersion: tool_info/* TOOL_VERSION */.w };
    host.log.info((0,render/* renderReport */.B)(report, 'text').trimEnd());
    (0,finding_outcome/* annotateFindings */.d)(host, findings);
    const counts = (0,report_model/* describeCounts */.wv)((0,report_model/* countBySeverity */.Ot)(findings));
    if (!(0,finding_outcome/* reachesFailOn */.n)(findings, failOn))
        return { counts };
    host.summary.append((0,markdown_report/* renderMarkdown */.G)(report, SUMMARY_ROWS));
    return { counts, failed: { exitCode: 1, message: `Validation found ${counts} (failing on ${failOn}); nothing was built. Fix the findings or set fail-on.` } };
}

;// CONCATENATED MODULE: ./lib/shared/bundle/build.js















/**
 * The build use case: refuses what must not be packed, validates the app folder (honouring
 * fail-on), stamps the template, writes a reproducible zip to `out`, reports it, and on request
 * uploads it to the release of the tag being built.
 */
async function build_build(host, settings) {
    const plan = planBuild(host, settings);
    const collected = collectAppFiles(plan.appAbsolute, { workingDirectory: host.workingDirectory, allowSecrets: settings['allow-secrets'], exclude: [plan.outAbsolute] });
    const layout = layoutPackage(collected.files, plan.appDisplay);
    const refused = [...collected.refusals, ...layout.refusals];
    if (refused.length > 0)
        return refuse(host, refused);
    const validation = validateFirst(host, plan.appPath, settings['fail-on'], settings.skip);
    if (validation.failed)
        return validation.failed;
    const packed = packFiles(plan, layout);
    if ('refusals' in packed)
        return refuse(host, packed.refusals);
    const { bytes: zip, names } = writeReproducibleZip(packed.entries, plan.epochSeconds);
    const size = (0,package_size/* checkPackageSize */.c)(zip.length, plan.target);
    if (size?.severity === 'error')
        return refuse(host, [{ file: plan.outDisplay, message: size.message }]);
    if (size)
        host.log.warning(size.message);
    (0,write_file_atomic/* writeFileAtomic */.Z)(plan.outAbsolute, zip, 'package');
    const built = {
        zip,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(zip).digest('hex'),
        entries: names.map((name) => layout.entries.find((e) => e.name === name)).map((e) => ({ name: e.name, size: e.source.size, from: e.source.display })),
        contentVersion: packed.contentVersion,
        trackingAdded: packed.trackingAdded,
        validation: validation.counts,
    };
    report(host, plan, built, collected.ignoredCount);
    return settings['upload-release'] ? uploadToRelease(host, plan, built, settings['github-token']) : { exitCode: 0 };
}
/** Reads every file, stamps the template, and checks what the template loads is packed. */
function packFiles(plan, layout) {
    const entries = [];
    let stamp = { trackingAdded: false };
    for (const entry of layout.entries) {
        const bytes = entry.source.read();
        if (entry !== layout.template) {
            entries.push({ name: entry.name, data: bytes });
            continue;
        }
        const { text, encoding } = (0,decode_text/* decodeText */.g)(bytes);
        const document = new json_document/* JsonDocument */.q(entry.source.display, text);
        const refusals = checkArtifactReferences(document.root, layout);
        const stamped = (0,stamp_template/* stampTemplate */.kO)(document, { contentVersion: plan.contentVersion, trackingId: plan.trackingId });
        refusals.push(...stamped.problems.map((p) => ({ file: entry.source.display, message: p.message, ...(p.node ? document.positionOf(p.node) : {}) })));
        if (stamped.text !== undefined && encoding !== 'utf8' && encoding !== 'utf8-bom') {
            refusals.push({ file: entry.source.display, message: `The template is encoded as ${encoding}, so it cannot be stamped; save it as UTF-8.` });
        }
        if (refusals.length > 0)
            return { refusals };
        const data = stamped.text === undefined ? bytes : new TextEncoder().encode((encoding === 'utf8-bom' ? '\uFEFF' : '') + stamped.text);
        entries.push({ name: entry.name, data });
        stamp = stamped;
    }
    return { entries, contentVersion: stamp.contentVersion, trackingAdded: stamp.trackingAdded };
}
function refuse(host, refusals) {
    for (const r of refusals) {
        host.log.info(`${r.file}${r.line ? `:${r.line}:${r.column}` : ''} error ${r.message}`);
        host.annotations.annotate({ severity: 'error', title: 'mapp build', message: r.message, file: r.file, line: r.line, column: r.column });
    }
    host.summary.append(renderRefusals(refusals));
    const more = refusals.length > 1 ? ` (and ${refusals.length - 1} more problem${refusals.length > 2 ? 's' : ''})` : '';
    return { exitCode: 1, message: `Nothing was built: ${refusals[0].message}${more}` };
}
function report(host, plan, built, ignoredCount) {
    for (const entry of built.entries)
        host.log.info(`  ${entry.name}`);
    const ignored = ignoredCount > 0 ? `, ${ignoredCount} left out by the ignore rules` : '';
    host.log.info(`Built ${plan.outDisplay}: ${built.entries.length} files${ignored}, ${built.zip.length} bytes, sha256 ${built.sha256}.`);
    if (built.contentVersion && plan.versionSource)
        host.log.info(`contentVersion ${built.contentVersion}, from ${plan.versionSource}.`);
    if (built.trackingAdded)
        host.log.info(`Added the Marketplace tracking deployment pid-${plan.trackingId}-partnercenter to mainTemplate.json.`);
    host.summary.append(renderBuildSummary(plan, built));
    (0,run_command/* setOutputs */.n)(host, build/* buildCommand */.O, {
        package: plan.outDisplay,
        size: built.zip.length,
        sha256: built.sha256,
        files: built.entries.map((e) => e.name).join('\n'),
        'content-version': built.contentVersion,
    });
}


/***/ }),

/***/ 934:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ SIZE_LIMIT_RULE_ID),
/* harmony export */   c: () => (/* binding */ checkPackageSize)
/* harmony export */ });
/* harmony import */ var _validate_rules_package_size_limit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2984);

/** validate's estimate of the zip size; the build measures the real zip instead. */
const SIZE_LIMIT_RULE_ID = 'package/size-limit';
/** A message when the package is over the service catalog's 120 MB, as an error for that target and a warning otherwise. */
function checkPackageSize(bytes, target) {
    if (bytes <= _validate_rules_package_size_limit_js__WEBPACK_IMPORTED_MODULE_0__/* .PACKAGE_LIMIT_BYTES */ .H)
        return undefined;
    const size = `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    return target === 'service-catalog'
        ? { severity: 'error', message: `The package is ${size}; the service catalog accepts at most 120 MB. Move large files to your own storage and download them from the template, or leave them out with .mappignore.` }
        : { severity: 'warning', message: `The package is ${size}, over the 120 MB the service catalog accepts; it can go to the Marketplace but not to a service catalog definition.` };
}


/***/ }),

/***/ 4720:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ tagOfRef),
/* harmony export */   OK: () => (/* binding */ parseTrackingId),
/* harmony export */   Tg: () => (/* binding */ toContentVersion),
/* harmony export */   YN: () => (/* binding */ versionFromRef),
/* harmony export */   kO: () => (/* binding */ stampTemplate)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var _guid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6028);
/* harmony import */ var _validate_arm_template_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9147);
/* harmony import */ var _validate_json_document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9564);
/* harmony import */ var _validate_json_nav_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1696);





const TRACKING_NAME = new RegExp(`^pid-(${_guid_js__WEBPACK_IMPORTED_MODULE_1__/* .GUID_PATTERN */ .$})-partnercenter$`, 'i');
const DEPLOYMENTS = 'microsoft.resources/deployments';
/** The newest Microsoft.Resources/deployments API version mapp knows (see arm/api-versions.ts). */
const DEPLOYMENTS_API_VERSION = '2024-03-01';
/** Normalises a tracking id given as a GUID or as `pid-<GUID>-partnercenter`; undefined when it is neither. */
function parseTrackingId(given) {
    const trimmed = given.trim();
    const named = TRACKING_NAME.exec(trimmed);
    if (named)
        return named[1].toLowerCase();
    return (0,_guid_js__WEBPACK_IMPORTED_MODULE_1__/* .isGuid */ .W)(trimmed) ? trimmed.toLowerCase() : undefined;
}
/**
 * Writes `contentVersion` and makes sure the Marketplace tracking resource is there and well
 * formed. Edits are made in the text, so the rest of the file keeps its formatting.
 */
function stampTemplate(document, options) {
    const root = document.root;
    if (!root || root.type !== 'object' || document.errors.length > 0) {
        return { trackingAdded: false, problems: [{ message: 'The template is not valid JSON, so it cannot be stamped; fix the syntax errors validation reports.' }] };
    }
    const problems = [];
    const formatting = detectFormatting(document.text);
    let text = document.text;
    const versionNode = (0,_validate_json_nav_js__WEBPACK_IMPORTED_MODULE_4__/* .prop */ ._w)(root, 'contentVersion');
    let contentVersion = (0,_validate_json_nav_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(versionNode);
    if (options.contentVersion && options.contentVersion !== contentVersion) {
        const key = versionNode?.parent?.children?.[0]?.value;
        text = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.applyEdits)(text, (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.modify)(text, [key ?? 'contentVersion'], options.contentVersion, { formattingOptions: formatting }));
        contentVersion = options.contentVersion;
    }
    const tracking = (0,_validate_arm_template_model_js__WEBPACK_IMPORTED_MODULE_2__/* .templateResources */ .GM)(root).filter((r) => r.parents.length === 0 && r.type.toLowerCase() === DEPLOYMENTS);
    const existing = [];
    for (const resource of tracking) {
        const nameNode = (0,_validate_json_nav_js__WEBPACK_IMPORTED_MODULE_4__/* .prop */ ._w)(resource.node, 'name');
        const name = (0,_validate_json_nav_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(nameNode);
        if (!name || !name.toLowerCase().startsWith('pid-'))
            continue;
        const match = TRACKING_NAME.exec(name);
        if (match)
            existing.push({ node: nameNode, guid: match[1].toLowerCase() });
        else {
            problems.push({
                node: nameNode,
                message: `The tracking deployment '${name}' is malformed; Partner Center accepts only 'pid-<GUID>-partnercenter' with the GUID of the offer's customer usage attribution.`,
            });
        }
    }
    let trackingAdded = false;
    if (options.trackingId) {
        const other = existing.find((e) => e.guid !== options.trackingId);
        if (existing.some((e) => e.guid === options.trackingId)) {
            // Already there.
        }
        else if (other) {
            problems.push({
                node: other.node,
                message: `The template already has the tracking deployment 'pid-${other.guid}-partnercenter', but tracking-id is ${options.trackingId}; remove one of them so the offer has a single tracking GUID.`,
            });
        }
        else {
            text = addTrackingResource(text, root, options.trackingId, formatting);
            trackingAdded = true;
        }
    }
    return { text: text === document.text ? undefined : text, contentVersion, trackingAdded, problems };
}
function addTrackingResource(text, root, guid, formatting) {
    const resource = {
        type: 'Microsoft.Resources/deployments',
        apiVersion: DEPLOYMENTS_API_VERSION,
        name: `pid-${guid}-partnercenter`,
        properties: {
            mode: 'Incremental',
            template: {
                $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
                contentVersion: '1.0.0.0',
                resources: [],
            },
        },
    };
    const resourcesNode = (0,_validate_json_nav_js__WEBPACK_IMPORTED_MODULE_4__/* .prop */ ._w)(root, 'resources');
    const key = resourcesNode?.parent?.children?.[0]?.value ?? 'resources';
    // languageVersion 2.0 templates keep resources in an object keyed by symbolic name.
    const path = resourcesNode?.type === 'object' ? [key, `partnerCenterTracking${guid.slice(0, 8)}`] : resourcesNode?.type === 'array' ? [key, -1] : [key];
    const value = resourcesNode?.type === 'object' || resourcesNode?.type === 'array' ? resource : [resource];
    return (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.applyEdits)(text, (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.modify)(text, path, value, { formattingOptions: formatting, isArrayInsertion: resourcesNode?.type === 'array' }));
}
/** Indentation and line ending of the file, so inserted lines look like their neighbours. */
function detectFormatting(text) {
    const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
    return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}
/** A contentVersion from a version or tag (`v1.2.3`, `1.2.3`, `1.2.3.4`), or undefined when it is not one. */
function toContentVersion(given) {
    const match = /^v?(\d+)\.(\d+)\.(\d+)(?:\.(\d+))?$/i.exec(given.trim());
    if (!match)
        return undefined;
    return [match[1], match[2], match[3], match[4] ?? '0'].map((part) => String(Number(part))).join('.');
}
/** The version of a tag ref (`refs/tags/v1.2.3`), or undefined for a branch or another tag. */
function versionFromRef(ref) {
    const tag = tagOfRef(ref);
    return tag === undefined ? undefined : toContentVersion(tag);
}
/** The tag name of a `refs/tags/...` ref. */
function tagOfRef(ref) {
    return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}


/***/ })

};
