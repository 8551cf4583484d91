export const id = 980;
export const ids = [980];
export const modules = {

/***/ 8787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _commands_usage_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3240);



/**
 * Writes a whole file or nothing: the content goes to a temporary sibling that is then renamed
 * over the target, so a reader never sees half a report.
 */
function writeFileAtomic(target, content, what) {
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(target)}.${process.pid}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, content);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, target);
    }
    catch (error) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        }
        catch {
            // Nothing was written there (its folder is a file, say): nothing to clean up.
        }
        // Not `instanceof Error`: errors from another realm (a test's VM context) are not instances of this one's.
        const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
        // Renaming over a folder fails (EISDIR; EPERM on Windows): the path names a folder, not a file.
        if (isFolder(target))
            throw new _commands_usage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`Cannot write the ${what} to ${target}: it is a folder; give the path of a file.`);
        if (code === 'ENOTDIR' || code === 'EEXIST')
            throw new _commands_usage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`Cannot write the ${what} to ${target}: a part of that path is a file, not a folder.`);
        throw new _commands_usage_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`Cannot write the ${what} to ${target} (${code ?? String(error)}); check that the folder is writable.`);
    }
}
function isFolder(target) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 6028:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ GUID_PATTERN),
/* harmony export */   W: () => (/* binding */ isGuid)
/* harmony export */ });
/** A GUID as Azure and Microsoft Entra write their IDs (objects, applications, tenants, roles), without anchors. */
const GUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const GUID = new RegExp(`^${GUID_PATTERN}$`, 'i');
/** Whether a text is a GUID, in any case (surrounding space is not trimmed). */
function isGuid(text) {
    return GUID.test(text);
}


/***/ }),

/***/ 5218:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8176);

const ICON = { error: '❌', warning: '⚠️', note: 'ℹ️' };
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/**
 * A Markdown report: a count line and a findings table. `limit` caps the rows so a job summary
 * stays within the runner's size limit; the rest is counted, not dropped silently. Findings a
 * baseline lists are left out of the counts and the table; the head says how many there were.
 */
function renderMarkdown(report, limit = Number.POSITIVE_INFINITY) {
    const shown = (0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .newFindings */ .FN)(report);
    const counts = (0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(shown);
    const baseline = (0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBaseline */ .FT)(report);
    const head = `### mapp validate: ${counts.error === 0 && counts.warning === 0 ? 'passed' : (0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .describeCounts */ .wv)(counts)}\n\n` +
        `${(0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(report.units.length, 'path')} checked (${report.units.map((u) => `\`${u}\``).join(', ')}) with ${(0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(report.rules.length, 'rule')}.${baseline ? ` ${cell(baseline)}` : ''}\n`;
    if (shown.length === 0)
        return `${head}\nNo ${report.baseline ? 'new ' : ''}findings.\n`;
    const rows = shown.slice(0, limit).map((f) => `| ${ICON[f.severity]} ${f.severity} | \`${f.file}:${f.line}:${f.column}\` | ${cell(f.message)} | \`${f.ruleId}\`${f.armTtk ? `<br>${f.armTtk}` : ''} |`);
    const more = shown.length > limit ? `\n…and ${shown.length - limit} more findings; see the full report.\n` : '';
    return `${head}\n| Severity | Location | Finding | Rule |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n${more}`;
}


/***/ }),

/***/ 945:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ renderReport)
});

;// CONCATENATED MODULE: ./lib/shared/report/json-report.js
/**
 * The stable JSON contract: `{"findings":[{ruleId, armTtk, severity, message, file, line, column}]}`.
 * Keys are written in this order; nothing else is added to a finding, except `baselineState`
 * (`new` or `unchanged`, as SARIF names them) when the run was compared with a baseline. Every
 * finding is listed, known or not, so the report of a run can serve as the next baseline.
 */
function renderJson(report) {
    const known = report.baseline?.known;
    const findings = report.findings.map((f) => ({
        ruleId: f.ruleId,
        armTtk: f.armTtk,
        severity: f.severity,
        message: f.message,
        file: f.file,
        line: f.line,
        column: f.column,
        ...(known ? { baselineState: known.has(f) ? 'unchanged' : 'new' } : {}),
    }));
    return JSON.stringify({ findings }, null, 2) + '\n';
}

// EXTERNAL MODULE: ./lib/shared/report/markdown-report.js
var markdown_report = __webpack_require__(5218);
// EXTERNAL MODULE: ./lib/shared/report/sarif-report.js
var sarif_report = __webpack_require__(8292);
// EXTERNAL MODULE: ./lib/shared/report/text-report.js
var text_report = __webpack_require__(4392);
;// CONCATENATED MODULE: ./lib/shared/report/render.js




function renderReport(report, format) {
    switch (format) {
        case 'json':
            return renderJson(report);
        case 'sarif':
            return (0,sarif_report/* renderSarif */.W)(report);
        case 'markdown':
            return (0,markdown_report/* renderMarkdown */.G)(report);
        default:
            return (0,text_report/* renderText */.S)(report);
    }
}


/***/ }),

/***/ 8176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ newFindings),
/* harmony export */   FT: () => (/* binding */ describeBaseline),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   wv: () => (/* binding */ describeCounts)
/* harmony export */ });
/** The findings a baseline does not list: all of them when there is no baseline. */
function newFindings(report) {
    const known = report.baseline?.known;
    return known === undefined || known.size === 0 ? report.findings : report.findings.filter((f) => !known.has(f));
}
/** What a baseline left out of a report, as a sentence; empty without a baseline. */
function describeBaseline(report) {
    const baseline = report.baseline;
    if (baseline === undefined)
        return '';
    const head = `Baseline ${baseline.file}:`;
    if (baseline.misplaced) {
        // Nothing in it concerns this run's files: most likely written from another working directory.
        return `${head} none of its ${plural(baseline.entries, 'entry', 'entries')} is for a file this run checked. Its file paths are relative to the working directory it was written from; write and use it from the same one.`;
    }
    const parts = [`${plural(baseline.known.size, 'known finding')} not shown or counted`];
    const them = baseline.gone === 1 ? 'it' : 'them';
    const drop = baseline.rewritten ? `the report written over the baseline no longer lists ${them}` : `write a new baseline from a full run to drop ${them}`;
    if (baseline.gone > 0)
        parts.push(`${baseline.gone} of its findings no longer ${baseline.gone === 1 ? 'occurs' : 'occur'} (${drop})`);
    if (baseline.missing > 0)
        parts.push(baseline.missing === 1 ? '1 entry for a file that is not there (deleted or renamed)' : `${baseline.missing} entries for files that are not there (deleted or renamed)`);
    if (baseline.unchecked > 0)
        parts.push(`${plural(baseline.unchecked, 'entry', 'entries')} for rules or paths this run did not check`);
    return `${head} ${parts.join('; ')}.`;
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of findings)
        counts[finding.severity]++;
    return counts;
}
function plural(count, word, words = `${word}s`) {
    return `${count} ${count === 1 ? word : words}`;
}
function describeCounts(counts) {
    return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
}


/***/ }),

/***/ 8292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ renderSarif)
/* harmony export */ });
/* harmony import */ var _tool_info_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3352);

const LEVEL = { error: 'error', warning: 'warning', note: 'note' };
/** Encodes a relative path as a URI reference (each segment percent-encoded). */
function toUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
/**
 * SARIF 2.1.0 with full rule metadata, accepted by GitHub code scanning. Compared with a
 * baseline, each result has its `baselineState`; every finding is listed, known or not.
 */
function renderSarif(report) {
    const known = report.baseline?.known;
    const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'mapp',
                        semanticVersion: report.toolVersion,
                        informationUri: _tool_info_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_HOME */ .t,
                        rules: report.rules.map((rule) => ({
                            id: rule.id,
                            name: rule.armTtk ?? rule.id,
                            shortDescription: { text: rule.description },
                            fullDescription: { text: rule.description },
                            ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
                            help: { text: rule.description },
                            defaultConfiguration: { level: LEVEL[rule.severity] },
                            properties: { armTtk: rule.armTtk, tags: ['azure-managed-application'] },
                        })),
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The working directory mapp ran in.' } } },
                results: report.findings.map((f) => ({
                    ruleId: f.ruleId,
                    ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
                    level: LEVEL[f.severity],
                    message: { text: f.message },
                    ...(known ? { baselineState: known.has(f) ? 'unchanged' : 'new' } : {}),
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: toUri(f.file), uriBaseId: '%SRCROOT%' },
                                region: { startLine: f.line, startColumn: f.column },
                            },
                        },
                    ],
                })),
            },
        ],
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}


/***/ }),

/***/ 4392:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ countLine),
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8176);

/**
 * One line per finding (`file:line:col severity message [rule]`), then a count line. Findings a
 * baseline lists are left out of both; the count line says how many there were.
 */
function renderText(report) {
    const lines = (0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .newFindings */ .FN)(report).map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} [${f.ruleId}${f.armTtk ? ` / ${f.armTtk}` : ''}]`);
    lines.push(countLine(report));
    return lines.join('\n') + '\n';
}
/**
 * `1 error, 0 warnings, 0 notes in 1 path (105 rules checked).`, and what a baseline left out.
 * A path, not a package: it may be an app, a zip, a factory's folder or a folder of factories.
 */
function countLine(report) {
    const counts = (0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .newFindings */ .FN)(report));
    const baseline = (0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBaseline */ .FT)(report);
    return `${(0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .describeCounts */ .wv)(counts)} in ${(0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(report.units.length, 'path')} (${(0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(report.rules.length, 'rule')} checked).${baseline ? ` ${baseline}` : ''}`;
}


/***/ }),

/***/ 6992:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ closestName)
/* harmony export */ });
/* unused harmony export editDistance */
/** Edit distance between two strings (case-insensitive), for "did you mean" suggestions. */
function editDistance(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
    for (let i = 1; i <= x.length; i++) {
        const current = [i];
        for (let j = 1; j <= y.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[y.length];
}
/** The candidate closest to `name`, when it is close enough to be a likely typo. */
function closestName(name, candidates, maxDistance = Math.max(2, Math.floor(name.length / 3))) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= maxDistance ? best : undefined;
}


/***/ }),

/***/ 7020:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ annotateFindings),
/* harmony export */   n: () => (/* binding */ reachesFailOn)
/* harmony export */ });
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6449);

/** Annotates each finding where the runner shows it (PR annotation, DevOps issue), the same way for every command. */
function annotateFindings(host, findings) {
    for (const f of findings) {
        host.annotations.annotate({ severity: f.severity, message: `${f.message} [${f.ruleId}]`, title: f.armTtk ?? f.ruleId, file: f.file, line: f.line, column: f.column });
    }
}
/** True when a finding is at or above the `fail-on` threshold (`error`, `warning`; `never` never is). */
function reachesFailOn(findings, failOn) {
    if (failOn === 'never')
        return false;
    const threshold = _finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f[failOn];
    return findings.some((f) => _finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f[f.severity] >= threshold);
}


/***/ }),

/***/ 6449:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ compareFindings),
/* harmony export */   f: () => (/* binding */ SEVERITY_RANK)
/* harmony export */ });
const SEVERITY_RANK = { note: 0, warning: 1, error: 2 };
/** Orders findings by file, then position, then rule id, so every report is stable. */
function compareFindings(a, b) {
    return (a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.message.localeCompare(b.message));
}


/***/ }),

/***/ 5268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ allRules)
});

// EXTERNAL MODULE: ./lib/shared/validate/json-nav.js
var json_nav = __webpack_require__(1696);
// EXTERNAL MODULE: ./lib/shared/validate/lazy-json-tree.js
var lazy_json_tree = __webpack_require__(6352);
// EXTERNAL MODULE: ./lib/shared/validate/datafactory/factory-model.js
var factory_model = __webpack_require__(1411);
;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/activity-graph.js



/** Activity types that hold other activities. */
const CONTAINER_TYPES = new Set(['foreach', 'until', 'ifcondition', 'switch']);
/** The lists of inner activities of a container activity, with the branch each is. */
function innerLists(activity) {
    const type = ((0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(activity, 'type')) ?? '').toLowerCase();
    if (!CONTAINER_TYPES.has(type))
        return [];
    const typeProperties = (0,json_nav/* prop */._w)(activity, 'typeProperties');
    const lists = [];
    if (type === 'foreach' || type === 'until')
        lists.push({ branch: 'activities', list: (0,json_nav/* prop */._w)(typeProperties, 'activities') });
    if (type === 'ifcondition') {
        lists.push({ branch: 'ifTrueActivities', list: (0,json_nav/* prop */._w)(typeProperties, 'ifTrueActivities') });
        lists.push({ branch: 'ifFalseActivities', list: (0,json_nav/* prop */._w)(typeProperties, 'ifFalseActivities') });
    }
    if (type === 'switch') {
        (0,json_nav/* elements */.Yt)((0,json_nav/* prop */._w)(typeProperties, 'cases')).forEach((c, i) => lists.push({ branch: `cases[${i}].activities`, list: (0,json_nav/* prop */._w)(c, 'activities') }));
        lists.push({ branch: 'defaultActivities', list: (0,json_nav/* prop */._w)(typeProperties, 'defaultActivities') });
    }
    return lists.filter((l) => l.list?.type === 'array');
}
/** Deeper than Data Factory allows anyway; bounds the work on hostile input. */
const MAX_NESTING = 32;
const GRAPHS = new WeakMap();
/** The activities of a pipeline and their sibling lists (built once per pipeline). */
function pipelineGraph(pipeline) {
    const cached = GRAPHS.get(pipeline.root);
    if (cached)
        return cached;
    if (pipeline.properties instanceof lazy_json_tree/* LazyJsonNode */.Pr && pipeline.factory.arm === undefined) {
        const graph = lazyPipelineGraph(pipeline.properties);
        GRAPHS.set(pipeline.root, graph);
        return graph;
    }
    const all = [];
    const scopes = [];
    const visit = (list, container, branch, depth) => {
        const scope = { activities: [], container, branch, listNode: list, byName: undefined, acyclic: undefined };
        scopes.push(scope);
        for (const node of (0,json_nav/* elements */.Yt)(list)) {
            if (node.type !== 'object')
                continue;
            const nameNode = (0,json_nav/* prop */._w)(node, 'name');
            const activity = {
                node,
                name: (0,factory_model/* textOf */.b6)(pipeline.factory, nameNode),
                nameNode,
                type: (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(node, 'type')),
                scope,
                dependencies: undefined,
                targets: undefined,
                directUpstream: undefined,
            };
            scope.activities.push(activity);
            all.push(activity);
            if (depth < MAX_NESTING)
                for (const inner of innerLists(node))
                    visit(inner.list, activity, inner.branch, depth + 1);
        }
    };
    visit((0,json_nav/* prop */._w)(pipeline.properties, 'activities'), undefined, 'activities', 0);
    const graph = { all, scopes };
    GRAPHS.set(pipeline.root, graph);
    return graph;
}
/**
 * The lists of inner activities of a parsed container activity: `innerLists` on the parsed
 * value, each list with the way to its node.
 */
function rawInnerLists(activity) {
    const type = (0,lazy_json_tree/* rawProp */._G)(activity, 'type');
    const lowered = typeof type === 'string' ? type.toLowerCase() : '';
    if (!CONTAINER_TYPES.has(lowered))
        return [];
    const typeProperties = (0,lazy_json_tree/* rawProp */._G)(activity, 'typeProperties');
    const lists = [];
    const named = (name) => ({ branch: name, list: (0,lazy_json_tree/* rawProp */._G)(typeProperties, name), node: (a) => (0,json_nav/* prop */._w)((0,json_nav/* prop */._w)(a, 'typeProperties'), name) });
    if (lowered === 'foreach' || lowered === 'until')
        lists.push(named('activities'));
    if (lowered === 'ifcondition')
        lists.push(named('ifTrueActivities'), named('ifFalseActivities'));
    if (lowered === 'switch') {
        const cases = (0,lazy_json_tree/* rawProp */._G)(typeProperties, 'cases');
        if (Array.isArray(cases)) {
            cases.forEach((c, i) => lists.push({ branch: `cases[${i}].activities`, list: (0,lazy_json_tree/* rawProp */._G)(c, 'activities'), node: (a) => (0,json_nav/* prop */._w)((0,json_nav/* elementAt */.s2)((0,json_nav/* prop */._w)((0,json_nav/* prop */._w)(a, 'typeProperties'), 'cases'), i), 'activities') }));
        }
        lists.push(named('defaultActivities'));
    }
    return lists.filter((l) => Array.isArray(l.list));
}
/** An activity of a lazily read file: its facts read from the parsed value, its nodes made as asked. */
class LazyActivity {
    raw;
    scope;
    index;
    name;
    type;
    dependencies = undefined;
    targets = undefined;
    directUpstream = undefined;
    made = undefined;
    constructor(raw, scope, index, name, type) {
        this.raw = raw;
        this.scope = scope;
        this.index = index;
        this.name = name;
        this.type = type;
    }
    get node() {
        return (this.made ??= (0,json_nav/* elementAt */.s2)(this.scope.listNode, this.index));
    }
    get nameNode() {
        return (0,json_nav/* prop */._w)(this.node, 'name');
    }
}
class LazyScope {
    container;
    branch;
    listRaw;
    findNode;
    activities = [];
    byName = undefined;
    acyclic = undefined;
    made = null;
    constructor(container, branch, listRaw, findNode) {
        this.container = container;
        this.branch = branch;
        this.listRaw = listRaw;
        this.findNode = findNode;
    }
    get listNode() {
        if (this.made === null)
            this.made = this.findNode();
        return this.made;
    }
}
/** `pipelineGraph` for a lazily read file (Git integration: names are literal): read from the parsed value. */
function lazyPipelineGraph(properties) {
    const all = [];
    const scopes = [];
    const visit = (list, findNode, container, branch, depth) => {
        const scope = new LazyScope(container, branch, list, findNode);
        scopes.push(scope);
        if (!Array.isArray(list))
            return;
        for (let i = 0; i < list.length; i++) {
            const raw = list[i];
            if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
                continue;
            const name = (0,lazy_json_tree/* rawProp */._G)(raw, 'name');
            const type = (0,lazy_json_tree/* rawProp */._G)(raw, 'type');
            const activity = new LazyActivity(raw, scope, i, typeof name === 'string' ? name : undefined, typeof type === 'string' ? type : undefined);
            scope.activities.push(activity);
            all.push(activity);
            if (depth < MAX_NESTING)
                for (const inner of rawInnerLists(raw))
                    visit(inner.list, () => inner.node(activity.node), activity, inner.branch, depth + 1);
        }
    };
    visit((0,lazy_json_tree/* rawProp */._G)(properties.rawValue, 'activities'), () => (0,json_nav/* prop */._w)(properties, 'activities'), undefined, 'activities', 0);
    return { all, scopes };
}
/**
 * The value at a path under an activity (property names as `prop` finds them, array indexes),
 * for reading: the parsed value when the file was read lazily, else a copy made from the nodes.
 */
function activityValue(activity, ...path) {
    return activity.raw !== undefined ? (0,lazy_json_tree/* rawDig */.jw)(activity.raw, ...path) : (0,json_nav/* valueOf */.RP)((0,json_nav/* dig */.rO)(activity.node, ...path));
}
/** The containers around an activity, innermost first. */
function enclosingContainers(activity) {
    const result = [];
    for (let c = activity.scope.container; c; c = c.scope.container)
        result.push(c);
    return result;
}
function dependenciesOf(activity, pipeline) {
    const memo = activity;
    if (memo.dependencies)
        return memo.dependencies;
    if (activity.raw !== undefined) {
        const entries = (0,lazy_json_tree/* rawProp */._G)(activity.raw, 'dependsOn');
        memo.dependencies = Array.isArray(entries) ? entries.map((entry, index) => new LazyDependency(activity, index, entry)) : [];
        return memo.dependencies;
    }
    return (memo.dependencies = (0,json_nav/* elements */.Yt)((0,json_nav/* prop */._w)(activity.node, 'dependsOn')).map((entry) => {
        const activityNode = (0,json_nav/* prop */._w)(entry, 'activity');
        const conditionsNode = (0,json_nav/* prop */._w)(entry, 'dependencyConditions');
        const conditions = conditionsNode?.type === 'array' ? (0,json_nav/* elements */.Yt)(conditionsNode).map((c) => (0,json_nav/* valueOf */.RP)(c)) : undefined;
        return { entry, activityNode, activity: (0,factory_model/* textOf */.b6)(pipeline.factory, activityNode), conditionsNode, conditions };
    }));
}
/** A `dependsOn` entry of a lazily read activity (Git integration: names are literal). */
class LazyDependency {
    owner;
    index;
    activity;
    conditions;
    hasActivity;
    hasConditions;
    constructor(owner, index, raw) {
        this.owner = owner;
        this.index = index;
        const name = (0,lazy_json_tree/* rawProp */._G)(raw, 'activity');
        const conditions = (0,lazy_json_tree/* rawProp */._G)(raw, 'dependencyConditions');
        this.hasActivity = name !== undefined;
        this.hasConditions = conditions !== undefined;
        this.activity = typeof name === 'string' ? name : undefined;
        this.conditions = Array.isArray(conditions) ? conditions : undefined;
    }
    get entry() {
        return (0,json_nav/* elementAt */.s2)((0,json_nav/* prop */._w)(this.owner.node, 'dependsOn'), this.index);
    }
    get activityNode() {
        return this.hasActivity ? (0,json_nav/* prop */._w)(this.entry, 'activity') : undefined;
    }
    get conditionsNode() {
        return this.hasConditions ? (0,json_nav/* prop */._w)(this.entry, 'dependencyConditions') : undefined;
    }
}
/** The sibling an activity depends on, by name (case-insensitive). */
function siblingNamed(scope, name) {
    const memo = scope;
    let byName = memo.byName;
    if (!byName) {
        byName = new Map();
        for (const a of scope.activities)
            if (a.name !== undefined && !byName.has(a.name.toLowerCase()))
                byName.set(a.name.toLowerCase(), a);
        memo.byName = byName;
    }
    return byName.get(name.toLowerCase());
}
/**
 * The names (lowercase) of the activities sure to have run before this one: its siblings it
 * depends on, transitively, and the same for each container around it.
 */
function upstreamNames(activity, pipeline) {
    const cached = UPSTREAM.get(activity);
    if (cached)
        return cached;
    const names = new Set();
    for (let current = activity; current; current = current.scope.container) {
        for (const name of upstreamInScope(current, pipeline))
            names.add(name);
    }
    UPSTREAM.set(activity, names);
    return names;
}
const UPSTREAM = new WeakMap();
const IN_SCOPE = new WeakMap();
/** Names upstream of an activity within its own list, memoised so long chains cost linear work per activity. */
function upstreamInScope(activity, pipeline) {
    const cached = IN_SCOPE.get(activity);
    if (cached)
        return cached;
    // Iterative post-order over the dependency edges; a cycle just stops where it closes.
    const order = [];
    const seen = new Set();
    const stack = [{ node: activity, expanded: false }];
    while (stack.length > 0) {
        const top = stack.pop();
        if (top.expanded) {
            order.push(top.node);
            continue;
        }
        if (seen.has(top.node) || IN_SCOPE.has(top.node))
            continue;
        seen.add(top.node);
        stack.push({ node: top.node, expanded: true });
        for (const sibling of directUpstream(top.node, pipeline))
            if (!seen.has(sibling))
                stack.push({ node: sibling, expanded: false });
    }
    for (const node of order) {
        const names = new Set();
        for (const sibling of directUpstream(node, pipeline)) {
            if (sibling.name)
                names.add(sibling.name.toLowerCase());
            for (const name of IN_SCOPE.get(sibling) ?? [])
                names.add(name);
        }
        IN_SCOPE.set(node, names);
    }
    return IN_SCOPE.get(activity) ?? new Set();
}
/** The siblings an activity's dependsOn entries name, in entry order (itself included, when it names itself). */
function dependencyTargets(activity, pipeline) {
    const memo = activity;
    return (memo.targets ??= dependenciesOf(activity, pipeline)
        .map((d) => (d.activity === undefined ? undefined : siblingNamed(activity.scope, d.activity)))
        .filter((a) => a !== undefined));
}
function directUpstream(activity, pipeline) {
    const memo = activity;
    if (memo.directUpstream)
        return memo.directUpstream;
    const targets = dependencyTargets(activity, pipeline);
    // Nearly always the same list: no activity waits on itself.
    return (memo.directUpstream = targets.includes(activity) ? targets.filter((a) => a !== activity) : targets);
}
/**
 * Whether some dependsOn chain of the list comes back to where it started, an activity naming
 * itself included: when not, a search for cycles there has nothing to find.
 */
function mayHaveCycle(scope, pipeline) {
    return !isAcyclic(scope, pipeline) || scope.activities.some((a) => dependencyTargets(a, pipeline).includes(a));
}
/** True when no dependsOn chain of the list comes back to where it started (an activity naming itself aside). */
function isAcyclic(scope, pipeline) {
    const memo = scope;
    if (memo.acyclic !== undefined)
        return memo.acyclic;
    let known = true;
    const state = new Map();
    // The depth-first path, as two stacks: the activities, and the next edge of each to follow.
    const path = [];
    const next = [];
    for (const start of scope.activities) {
        if (state.has(start))
            continue;
        path.push(start);
        next.push(0);
        state.set(start, 'open');
        while (path.length > 0 && known) {
            const top = path.length - 1;
            const edges = directUpstream(path[top], pipeline);
            if (next[top] >= edges.length) {
                state.set(path[top], 'done');
                path.pop();
                next.pop();
                continue;
            }
            const sibling = edges[next[top]++];
            const seen = state.get(sibling);
            if (seen === 'open')
                known = false;
            else if (seen === undefined) {
                state.set(sibling, 'open');
                path.push(sibling);
                next.push(0);
            }
        }
        if (!known)
            break;
    }
    memo.acyclic = known;
    return known;
}
/**
 * Whether an activity named `name` (lowercase) is sure to have run before this one: the same
 * answer as `upstreamNames(activity, pipeline).has(name)`, found by walking the dependsOn edges
 * until the name turns up instead of building every activity's upstream set (quadratic in a
 * long chain). Lists with a cycle keep the memoised sets, whose answers there depend on the
 * order they were asked in.
 */
function isUpstream(activity, name, pipeline) {
    for (let current = activity; current; current = current.scope.container) {
        if (!isAcyclic(current.scope, pipeline))
            return upstreamNames(activity, pipeline).has(name);
    }
    if (name === '')
        return false;
    for (let current = activity; current; current = current.scope.container) {
        const seen = new Set([current]);
        const stack = [current];
        while (stack.length > 0) {
            for (const sibling of directUpstream(stack.pop(), pipeline)) {
                if (seen.has(sibling))
                    continue;
                if (sibling.name && sibling.name.toLowerCase() === name)
                    return true;
                seen.add(sibling);
                stack.push(sibling);
            }
        }
    }
    return false;
}
/** The `typeProperties` of an activity, or of a dataset or linked service object. */
function typePropertiesOf(node) {
    return dig(node, 'typeProperties');
}
/**
 * Whether an activity, or a container around it, is deactivated (`"state": "Inactive"`): the
 * service saves and publishes such activities, unfinished or not, without validating them.
 */
function isDeactivated(activity) {
    for (const a of [activity, ...enclosingContainers(activity)]) {
        const state = activityValue(a, 'state');
        if (typeof state === 'string' && state.toLowerCase() === 'inactive')
            return true;
    }
    return false;
}
/**
 * Whether a node of a pipeline lies inside a deactivated activity (see `isDeactivated`), found by
 * going up from it: for rules that hold a node rather than its activity, and ask only before
 * reporting.
 */
function isInsideDeactivated(node) {
    for (let at = node; at !== undefined; at = at.parent) {
        if (at.type !== 'object')
            continue;
        const state = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(at, 'state'));
        if (state !== undefined && state.toLowerCase() === 'inactive' && (0,json_nav/* prop */._w)(at, 'name') !== undefined && (0,json_nav/* prop */._w)(at, 'type') !== undefined)
            return true;
    }
    return false;
}

// EXTERNAL MODULE: ./lib/shared/validate/datafactory/arm-strings.js
var arm_strings = __webpack_require__(4432);
;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/describe.js


const KIND_WORDS = {
    factory: 'Factory',
    pipeline: 'Pipeline',
    dataset: 'Dataset',
    linkedService: 'Linked service',
    trigger: 'Trigger',
    dataflow: 'Data flow',
    integrationRuntime: 'Integration runtime',
    credential: 'Credential',
    managedVirtualNetwork: 'Managed virtual network',
    managedPrivateEndpoint: 'Managed private endpoint',
};
/** `Pipeline 'CopyMessages'`, for the start of a message. */
function describeObject(object) {
    return `${KIND_WORDS[object.kind]} '${(0,arm_strings/* displayText */.WV)(object.name ?? '(unnamed)')}'`;
}
/** `linked service`, for the middle of a sentence. */
function kindWord(kind) {
    return KIND_WORDS[kind].toLowerCase();
}
/** A list of activities: `activities`, `ifTrueActivities`, `defaultActivities`, a case's `activities`. */
const ACTIVITY_LIST = /activities$/i;
/**
 * `Activity 'Copy' of pipeline 'CopyMessages'` for a place inside an activity (the innermost),
 * `describeObject` anywhere else: two activities of a pipeline making the same mistake then get
 * two messages, each naming where to look.
 */
function describePlace(object, node) {
    if (object.kind === 'pipeline') {
        for (let current = node; current !== undefined; current = current.parent) {
            const list = current.parent;
            const property = list?.parent;
            if (current.type !== 'object' || list?.type !== 'array' || property?.type !== 'property')
                continue;
            const key = property.children?.[0]?.value;
            if (typeof key !== 'string' || !ACTIVITY_LIST.test(key))
                continue;
            const name = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(current, 'name'));
            if (name !== undefined)
                return `Activity '${(0,arm_strings/* displayText */.WV)(name)}' of ${kindWord(object.kind)} '${(0,arm_strings/* displayText */.WV)(object.name ?? '(unnamed)')}'`;
        }
    }
    return describeObject(object);
}

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/docs.js
/** The Microsoft Learn pages the Data Factory and Graph Data Connect rules rest on. */
const ADF_DOCS = {
    naming: 'https://learn.microsoft.com/azure/data-factory/naming-rules',
    pipelines: 'https://learn.microsoft.com/azure/data-factory/concepts-pipelines-activities',
    activityPolicy: 'https://learn.microsoft.com/azure/data-factory/concepts-pipelines-activities#activity-policy',
    limits: 'https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#azure-data-factory-limits',
    expressions: 'https://learn.microsoft.com/azure/data-factory/control-flow-expression-language-functions',
    parameters: 'https://learn.microsoft.com/azure/data-factory/concepts-parameters-variables',
    systemVariables: 'https://learn.microsoft.com/azure/data-factory/control-flow-system-variables',
    nested: 'https://learn.microsoft.com/azure/data-factory/concepts-nested-activities',
    triggers: 'https://learn.microsoft.com/azure/data-factory/concepts-pipeline-execution-triggers',
    scheduleTrigger: 'https://learn.microsoft.com/azure/data-factory/how-to-create-schedule-trigger',
    forEach: 'https://learn.microsoft.com/azure/data-factory/control-flow-for-each-activity',
    until: 'https://learn.microsoft.com/azure/data-factory/control-flow-until-activity',
    switch: 'https://learn.microsoft.com/azure/data-factory/control-flow-switch-activity',
    lookup: 'https://learn.microsoft.com/azure/data-factory/control-flow-lookup-activity',
    getMetadata: 'https://learn.microsoft.com/azure/data-factory/control-flow-get-metadata-activity',
    setVariable: 'https://learn.microsoft.com/azure/data-factory/control-flow-set-variable-activity',
    keyVault: 'https://learn.microsoft.com/azure/data-factory/store-credentials-in-key-vault',
    sourceControl: 'https://learn.microsoft.com/azure/data-factory/source-control',
    datasetsAndLinkedServices: 'https://learn.microsoft.com/azure/data-factory/concepts-datasets-linked-services',
    office365: 'https://learn.microsoft.com/azure/data-factory/connector-office-365',
    gdcDatasets: 'https://learn.microsoft.com/graph/data-connect-datasets',
    gdcFiltering: 'https://learn.microsoft.com/graph/data-connect-filtering',
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/activity-limit.js





/** Activities per pipeline, inner activities of containers included: the default limit and the most support can raise it to. */
const DEFAULT_ACTIVITY_LIMIT = 80;
const MAX_ACTIVITY_LIMIT = 120;
/** A pipeline with more than 120 activities, nested ones counted, cannot be deployed. */
const activityLimitRule = {
    id: 'adf/activity-limit',
    armTtk: null,
    severity: 'error',
    description: 'Keep each pipeline at 120 activities or fewer, counting those inside containers: move a part into another pipeline run by Execute Pipeline.',
    helpUri: ADF_DOCS.limits,
    check(context) {
        for (const pipeline of (0,factory_model/* objectsOfKind */._c)((0,factory_model/* factoryModel */.M4)(context), 'pipeline')) {
            const count = pipelineGraph(pipeline).all.length;
            if (count > MAX_ACTIVITY_LIMIT) {
                context.report(pipeline.document, (0,json_nav/* prop */._w)(pipeline.properties, 'activities') ?? pipeline.nameNode, `${describeObject(pipeline)} has ${count} activities counting nested ones; Data Factory allows at most ${MAX_ACTIVITY_LIMIT}. Split it with Execute Pipeline.`);
            }
        }
    },
};
/** Over 80 activities needs a raised limit from support; warn before the pipeline fails to deploy in a factory still at the default. */
const activityCountRule = {
    id: 'adf/activity-count',
    armTtk: null,
    severity: 'warning',
    description: 'Keep each pipeline at 80 activities or fewer (the default limit), or make sure the factory has a raised limit.',
    helpUri: ADF_DOCS.limits,
    check(context) {
        for (const pipeline of (0,factory_model/* objectsOfKind */._c)((0,factory_model/* factoryModel */.M4)(context), 'pipeline')) {
            const count = pipelineGraph(pipeline).all.length;
            if (count > DEFAULT_ACTIVITY_LIMIT && count <= MAX_ACTIVITY_LIMIT) {
                context.report(pipeline.document, (0,json_nav/* prop */._w)(pipeline.properties, 'activities') ?? pipeline.nameNode, `${describeObject(pipeline)} has ${count} activities counting nested ones; the default limit is ${DEFAULT_ACTIVITY_LIMIT} (${MAX_ACTIVITY_LIMIT} after a support request). Consider splitting it.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/literal-values.js

/**
 * Literal values of activity settings the Data Factory REST contract types: time spans, whole
 * numbers and flags, and how to tell a literal from a value computed when the pipeline runs.
 */
/**
 * Whether a parsed value is computed rather than literal: an expression object
 * (`{ "value": "@...", "type": "Expression" }`), an `@` string, or an ARM expression in a
 * template. Computed values are judged at run time, not here.
 */
function isComputedValue(factory, value) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
        return true;
    return typeof value === 'string' && (value.startsWith('@') || (0,factory_model/* isArmText */.mT)(factory, value));
}
/**
 * The text a string node deploys as, when it is literal: undefined for other nodes and for
 * values computed later (a Data Factory `@` expression, or a template's expression).
 */
function literalText(factory, node) {
    if (node?.type !== 'string' || (0,factory_model/* isArmValue */.sA)(factory, node))
        return undefined;
    const text = (0,factory_model/* textOf */.b6)(factory, node);
    return text === undefined || text.startsWith('@') ? undefined : text;
}
/**
 * A time span as .NET reads one in its constant form, `[d.]h:mm[:ss[.fffffff]]`. The contract
 * documents `[d.]hh:mm:ss`; the looser hours and seconds are what the service's parser also
 * takes, so they are not reported.
 */
const TIME_SPAN = /^(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?$/;
/** ISO 8601 durations and unit-suffixed numbers, written for a timeout often enough to be worth a precise message. */
const DURATION_LOOKALIKE = /^(P(?:T)?\d|\d+\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hrs?|hours?|d|days?)$)/i;
/** A timeout's example, for messages. */
const TIMEOUT_EXAMPLE = 'for example 0.12:00:00 for 12 hours or 1.00:00:00 for a day';
/**
 * What is wrong with a literal time span (the clause after its name, ending with the example
 * given), or undefined when it is one.
 */
function timeSpanProblem(value, example = TIMEOUT_EXAMPLE) {
    if (typeof value !== 'string')
        return `is ${JSON.stringify(value)}, not a time span; write it as a string [d.]hh:mm:ss, ${example}`;
    const match = TIME_SPAN.exec(value);
    if (match === null) {
        const hint = DURATION_LOOKALIKE.test(value.trim()) ? 'Data Factory does not read ISO 8601 durations or unit suffixes; ' : '';
        return `"${value}" is not a time span; ${hint}write it as [d.]hh:mm:ss, ${example}`;
    }
    const [, , hours, minutes, seconds] = match;
    if (Number(hours) > 23)
        return `"${value}" has ${Number(hours)} hours; hours run from 0 to 23, so write a day or more with a day count, ${example}`;
    // The contract's pattern takes 60 for minutes and seconds.
    if (Number(minutes) > 60 || (seconds !== undefined && Number(seconds) > 60))
        return `"${value}" has more than 60 minutes or seconds; write it as [d.]hh:mm:ss, ${example}`;
    return undefined;
}
/** A whole number written as a JSON number, or as a string of digits (which the service's JSON reader also takes). */
function wholeNumber(value) {
    if (typeof value === 'number' && Number.isInteger(value))
        return value;
    if (typeof value === 'string' && /^-?\d+$/.test(value.trim()))
        return Number(value);
    return undefined;
}
/** Whether a value reads as a boolean: true or false, or those words in a string in any case. */
function isBooleanLike(value) {
    return typeof value === 'boolean' || (typeof value === 'string' && /^(true|false)$/i.test(value));
}
/** A value for a message: JSON for literals, its kind for containers. */
function shown(value) {
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object' && value !== null)
        return 'an object';
    return JSON.stringify(value);
}
/**
 * An ISO 8601 date, or date and time with an optional zone (offsets up to 14 hours): the form
 * Data Factory writes times in. A space may stand for the `T`, as .NET also reads it.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-](?:0\d|1[0-4]):?[0-5]\d)?)?$/i;
/**
 * The instant a literal ISO 8601 date-time stands for, in .NET ticks (100 ns) since 1970, exact
 * to the seventh decimal of a second; a time without a zone is read as UTC, as Data Factory reads
 * it. Undefined for any other text, an impossible date included: other forms the service may also
 * take are left unread, not judged.
 */
function dateTimeTicks(value) {
    if (typeof value !== 'string')
        return undefined;
    const match = DATE_TIME.exec(value.trim());
    if (match === null)
        return undefined;
    const [, year, month, day, hours = '0', minutes = '0', seconds = '0', fraction = '', zone] = match;
    const parts = [Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds)];
    const utc = Date.UTC(...parts);
    const back = new Date(utc);
    // Date.UTC rolls 2026-02-30 over into March: a date that does not come back unchanged is not one.
    if (back.getUTCFullYear() !== parts[0] || back.getUTCMonth() !== parts[1] || back.getUTCDate() !== parts[2] || back.getUTCHours() !== parts[3] || back.getUTCMinutes() !== parts[4] || back.getUTCSeconds() !== parts[5])
        return undefined;
    let ticks = BigInt(utc) * 10000n + BigInt(fraction.padEnd(7, '0'));
    if (zone !== undefined && zone.toUpperCase() !== 'Z') {
        const offset = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
        const minutesEast = (Number(offset[2]) * 60 + Number(offset[3])) * (offset[1] === '-' ? -1 : 1);
        ticks -= BigInt(minutesEast) * 600000000n;
    }
    return ticks;
}

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/activity-policy.js






/** The bounds of `retryIntervalInSeconds` in the Data Factory REST contract (ActivityPolicy). */
const RETRY_INTERVAL_MIN = 30;
const RETRY_INTERVAL_MAX = 86_400;
/** The problems of one activity's policy, read from its parsed value: where (a path under the policy, empty for the policy itself) and what. */
function policyProblems(object, activityName, policy) {
    if (policy === undefined || policy === null || (0,factory_model/* isArmText */.mT)(object.factory, policy))
        return [];
    const label = `Activity '${activityName}'`;
    if (typeof policy !== 'object' || Array.isArray(policy)) {
        return [{ at: undefined, message: `${label} has a policy that is not an object; write it as { "timeout": "0.12:00:00", "retry": 0, "retryIntervalInSeconds": 30 }.` }];
    }
    const problems = [];
    const value = (name) => (0,lazy_json_tree/* rawProp */._G)(policy, name);
    const timeout = value('timeout');
    if (timeout !== undefined && timeout !== null && !isComputedValue(object.factory, timeout)) {
        const problem = timeSpanProblem(timeout);
        if (problem !== undefined)
            problems.push({ at: 'timeout', message: `${label}: policy.timeout ${problem}.` });
    }
    const retry = value('retry');
    if (retry !== undefined && retry !== null && !isComputedValue(object.factory, retry)) {
        const count = wholeNumber(retry);
        if (count === undefined || count < 0) {
            problems.push({ at: 'retry', message: `${label}: policy.retry is ${shown(retry)}; it counts the retries after a failure, so use a whole number, 0 or more (0, the default, means no retry).` });
        }
    }
    // The contract types it as a plain integer: an expression is not taken here.
    const interval = value('retryIntervalInSeconds');
    if (interval !== undefined && interval !== null && !(0,factory_model/* isArmText */.mT)(object.factory, interval)) {
        const seconds = wholeNumber(interval);
        if (seconds === undefined || seconds < RETRY_INTERVAL_MIN || seconds > RETRY_INTERVAL_MAX) {
            const what = typeof interval === 'string' && interval.startsWith('@') ? 'an expression' : shown(interval);
            problems.push({
                at: 'retryIntervalInSeconds',
                message: `${label}: policy.retryIntervalInSeconds is ${what}; it takes a whole number of seconds from ${RETRY_INTERVAL_MIN} to ${RETRY_INTERVAL_MAX} (a day), written as a number. The default is 30.`,
            });
        }
    }
    for (const name of ['secureInput', 'secureOutput']) {
        const flag = value(name);
        if (flag === undefined || flag === null || isBooleanLike(flag) || (0,factory_model/* isArmText */.mT)(object.factory, flag))
            continue;
        problems.push({ at: name, message: `${label}: policy.${name} is ${shown(flag)}; use true or false.` });
    }
    return problems;
}
/**
 * An activity's policy holds values the service checks when the pipeline is published or run: the
 * timeout as a time span, retry as a count, retryIntervalInSeconds from 30 to 86,400 (the
 * ActivityPolicy contract in the Data Factory REST API), and two flags.
 */
const activityPolicyRule = {
    id: 'adf/activity-policy',
    armTtk: null,
    severity: 'error',
    description: 'Write an activity policy timeout as [d.]hh:mm:ss, retry as a whole number of 0 or more, and retryIntervalInSeconds as 30 to 86400 seconds.',
    helpUri: ADF_DOCS.activityPolicy,
    check(context) {
        for (const pipeline of (0,factory_model/* objectsOfKind */._c)((0,factory_model/* factoryModel */.M4)(context), 'pipeline')) {
            for (const activity of pipelineGraph(pipeline).all) {
                // A deactivated activity is published without being checked; it may be left unfinished.
                if (isDeactivated(activity))
                    continue;
                for (const problem of policyProblems(pipeline, activity.name ?? '', activityValue(activity, 'policy'))) {
                    const policy = (0,json_nav/* dig */.rO)(activity.node, 'policy');
                    context.report(pipeline.document, (problem.at === undefined ? policy : (0,json_nav/* prop */._w)(policy, problem.at)) ?? activity.nameNode, problem.message);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/activity-types.js
/**
 * The activity types of the Data Factory REST API (`Microsoft.DataFactory` 2018-06-01, the
 * specification as of 2026, which added DatabricksJob to the list the Azure SDK 12 knows): the
 * discriminator values of the definitions derived from `Activity`, as the service spells them.
 * `Container` and `Execution` are abstract and not listed.
 */
const ACTIVITY_TYPES = [
    // Control flow
    'AppendVariable',
    'ExecutePipeline',
    'Fail',
    'Filter',
    'ForEach',
    'IfCondition',
    'SetVariable',
    'Switch',
    'Until',
    'Validation',
    'Wait',
    'WebHook',
    // Data movement and transformation
    'AzureDataExplorerCommand',
    'AzureFunctionActivity',
    'AzureMLBatchExecution',
    'AzureMLExecutePipeline',
    'AzureMLUpdateResource',
    'Copy',
    'Custom',
    'DataLakeAnalyticsU-SQL',
    'DatabricksJob',
    'DatabricksNotebook',
    'DatabricksSparkJar',
    'DatabricksSparkPython',
    'Delete',
    'ExecuteDataFlow',
    'ExecuteSSISPackage',
    'ExecuteWranglingDataflow',
    'GetMetadata',
    'HDInsightHive',
    'HDInsightMapReduce',
    'HDInsightPig',
    'HDInsightSpark',
    'HDInsightStreaming',
    'Lookup',
    'Script',
    'SparkJob',
    'SqlServerStoredProcedure',
    'SynapseNotebook',
    'WebActivity',
];
const BY_LOWER = new Map(ACTIVITY_TYPES.map((t) => [t.toLowerCase(), t]));
/**
 * Activity types of Synapse pipelines beyond Data Factory's: the dedicated SQL pool stored
 * procedure (`SqlPoolStoredProcedure`, documented with Synapse's transformation activities).
 */
const SYNAPSE_ACTIVITY_TYPES = ['SqlPoolStoredProcedure'];
const SYNAPSE_BY_LOWER = new Map(SYNAPSE_ACTIVITY_TYPES.map((t) => [t.toLowerCase(), t]));
/**
 * The known type a name stands for, in any case; undefined when it is none.
 * @param synapse the pipeline is a Synapse workspace's, which knows a few more
 */
function knownActivityType(type, synapse = false) {
    const lower = type.toLowerCase();
    return BY_LOWER.get(lower) ?? (synapse ? SYNAPSE_BY_LOWER.get(lower) : undefined);
}
/**
 * The properties the REST specification (2018-06-01) marks as required for each activity type,
 * for the types that require any. A missing one is refused when the factory is published.
 */
const SHAPES = [
    { type: 'Copy', typeProperties: ['source', 'sink'], typed: ['source', 'sink'] },
    { type: 'Lookup', typeProperties: ['source', 'dataset'], typed: ['source'] },
    { type: 'GetMetadata', typeProperties: ['dataset'] },
    { type: 'Delete', typeProperties: ['dataset'] },
    { type: 'Validation', typeProperties: ['dataset'] },
    { type: 'ExecutePipeline', typeProperties: ['pipeline'] },
    { type: 'IfCondition', typeProperties: ['expression'] },
    { type: 'Switch', typeProperties: ['on'] },
    { type: 'ForEach', typeProperties: ['items', 'activities'] },
    { type: 'Until', typeProperties: ['expression', 'activities'] },
    { type: 'Filter', typeProperties: ['items', 'condition'] },
    { type: 'Wait', typeProperties: ['waitTimeInSeconds'] },
    { type: 'Fail', typeProperties: ['message', 'errorCode'] },
    { type: 'WebActivity', typeProperties: ['method', 'url'] },
    { type: 'WebHook', typeProperties: ['method', 'url'] },
    { type: 'AzureFunctionActivity', typeProperties: ['method', 'functionName'] },
    { type: 'ExecuteDataFlow', typeProperties: ['dataFlow'] },
    { type: 'ExecuteWranglingDataflow', typeProperties: ['dataFlow'] },
    { type: 'SqlServerStoredProcedure', typeProperties: ['storedProcedureName'], activity: ['linkedServiceName'] },
    { type: 'Custom', typeProperties: ['command'] },
    { type: 'AzureDataExplorerCommand', typeProperties: ['command'] },
    { type: 'DatabricksNotebook', typeProperties: ['notebookPath'] },
    { type: 'DatabricksSparkJar', typeProperties: ['mainClassName'] },
    { type: 'DatabricksSparkPython', typeProperties: ['pythonFile'] },
    { type: 'HDInsightMapReduce', typeProperties: ['className', 'jarFilePath'] },
    { type: 'HDInsightSpark', typeProperties: ['rootPath', 'entryFilePath'] },
    { type: 'HDInsightStreaming', typeProperties: ['mapper', 'reducer', 'input', 'output', 'filePaths'] },
    { type: 'AzureMLUpdateResource', typeProperties: ['trainedModelName', 'trainedModelLinkedServiceName', 'trainedModelFilePath'] },
    { type: 'DataLakeAnalyticsU-SQL', typeProperties: ['scriptPath', 'scriptLinkedService'] },
    { type: 'ExecuteSSISPackage', typeProperties: ['packageLocation', 'connectVia'] },
];
const SHAPE_BY_LOWER = new Map(SHAPES.map((s) => [s.type.toLowerCase(), s]));
/** The required properties of an activity type, in any case; undefined for types that require none (or unknown types). */
function activityShape(type) {
    return SHAPE_BY_LOWER.get(type.toLowerCase());
}

// EXTERNAL MODULE: ./lib/shared/validate/datafactory/closest-name.js
var closest_name = __webpack_require__(6992);
;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/activity-type.js






/**
 * An activity's type names one the service knows: a misspelt type (`Coppy`, `SetVariables`)
 * is refused when the pipeline is published. A warning, not an error: the service gains
 * activity types before mapp's list does.
 */
const activityTypeRule = {
    id: 'adf/activity-type',
    armTtk: null,
    severity: 'warning',
    description: 'Give each activity a type Data Factory knows (Copy, Lookup, ForEach, SetVariable, ...), spelled as the service spells it.',
    helpUri: ADF_DOCS.pipelines,
    check(context) {
        for (const pipeline of (0,factory_model/* objectsOfKind */._c)((0,factory_model/* factoryModel */.M4)(context), 'pipeline')) {
            for (const activity of pipelineGraph(pipeline).all) {
                const type = activity.type;
                // A missing or non-string type is adf/object-shape's.
                if (type === undefined || knownActivityType(type, pipeline.factory.synapse === true) !== undefined)
                    continue;
                const node = (0,json_nav/* prop */._w)(activity.node, 'type');
                if ((0,factory_model/* isArmValue */.sA)(pipeline.factory, node))
                    continue;
                const closest = (0,closest_name/* closestName */.N)(type, ACTIVITY_TYPES);
                const hint = closest !== undefined ? `did you mean '${closest}'?` : `the types are listed at ${ADF_DOCS.pipelines}.`;
                context.report(pipeline.document, node ?? activity.nameNode, `Activity '${activity.name ?? ''}' has type '${type}', which is not a Data Factory activity type; ${hint} If it is a type newer than mapp's list, skip the rule adf/activity-type.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/container-nesting.js



const LOOPS = new Set(['foreach', 'until']);
const article = (word) => (/^[aeiou]/i.test(word ?? '') ? `an ${word}` : `a ${word ?? ''}`);
const BRANCHES = new Set(['ifcondition', 'switch']);
/**
 * The nesting rules of container activities: a ForEach or Until holds no other loop; an
 * IfCondition or Switch holds no container at all; a Validation activity sits in no container.
 */
const containerNestingRule = {
    id: 'adf/container-nesting',
    armTtk: null,
    severity: 'error',
    description: 'Move the nested container (or Validation) activity into its own pipeline and call it with an Execute Pipeline activity.',
    helpUri: ADF_DOCS.nested,
    check(context) {
        for (const pipeline of (0,factory_model/* objectsOfKind */._c)((0,factory_model/* factoryModel */.M4)(context), 'pipeline')) {
            for (const activity of pipelineGraph(pipeline).all) {
                const container = activity.scope.container;
                if (!container)
                    continue;
                const type = (activity.type ?? '').toLowerCase();
                const outer = (container.type ?? '').toLowerCase();
                let problem;
                if (type === 'validation')
                    problem = 'a Validation activity cannot be placed inside a container activity';
                else if (LOOPS.has(type) && enclosingContainers(activity).some((c) => LOOPS.has((c.type ?? '').toLowerCase())))
                    problem = `${article(activity.type)} loop cannot be nested inside a ForEach or Until loop`;
                else if ((LOOPS.has(type) || BRANCHES.has(type)) && BRANCHES.has(outer))
                    problem = `${article(container.type)} activity cannot contain ${article(activity.type)} activity`;
                if (problem) {
                    context.report(pipeline.document, activity.nameNode ?? activity.node, `Activity '${activity.name ?? ''}' is inside '${container.name ?? ''}': ${problem}. Move it into another pipeline and call that with Execute Pipeline.`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/control-settings.js






/**
 * The settings of the waiting control activities that the Data Factory REST contract types, by
 * activity type (lower case): each is a literal of that kind or an expression.
 */
const SETTINGS = new Map([
    ['until', [{ name: 'timeout', expect: 'timeSpan' }]],
    [
        'validation',
        [
            { name: 'timeout', expect: 'timeSpan' },
            { name: 'sleep', expect: 'seconds' },
            { name: 'minimumSize', expect: 'bytes' },
            { name: 'childItems', expect: 'boolean' },
        ],
    ],
    ['wait', [{ name: 'waitTimeInSeconds', expect: 'seconds' }]],
]);
/** What is wrong with one literal setting, or undefined. */
function settingProblem(expect, value) {
    switch (expect) {
        case 'timeSpan':
            return timeSpanProblem(value);
        case 'seconds':
        case 'bytes': {
            const count = wholeNumber(value);
            if (count !== undefined && count >= 0)
                return undefined;
            return `is ${shown(value)}; write a whole number of ${expect === 'seconds' ? 'seconds' : 'bytes'}, 0 or more, or an expression`;
        }
        case 'boolean':
            return isBooleanLike(value) ? undefined : `is ${shown(value)}; use true or false, or an expression`;
    }
}
/** The problems of one activity's settings, from its parsed typeProperties. */
function controlSettingProblems(object, activityName, type, typeProperties) {
    const settings = SETTINGS.get(type.toLowerCase());
    if (settings === undefined || typeof typeProperties !== 'object' || typeProperties === null || Array.isArray(typeProperties))
        return [];
    const problems = [];
    for (const setting of settings) {
        const value = (0,lazy_json_tree/* rawProp */._G)(typeProperties, setting.name);
        if (value === undefined || value === null || isComputedValue(object.factory, value))
            continue;
        const problem = settingProblem(setting.expect, value);
        if (problem !== undefined)
            problems.push({ at: setting.name, message: `Activity '${activityName}' (${type}): ${setting.name} ${problem}.` });
    }
    return problems;
}
/**
 * The waiting control activities take typed settings the service checks when the pipeline is
 * published: an Until's and a Validation's timeout is a `[d.]hh:mm:ss` time span, a Wait's
 * waitTimeInSeconds and a Validation's sleep and minimumSize are whole numbers, a Validation's
 * childItems is a boolean (the contract's UntilActivity, ValidationActivity and WaitActivity).
 */
const controlSettingsRule = {
    id: 'adf/control-settings',
    armTtk: null,
    severity: 'error',
    description: "Write an Until's or Validation's timeout as [d.]hh:mm:ss, a Wait's waitTimeInSeconds and a Validation's sleep and minimumSize as whole numbers, and childItems as true or false.",
    helpUri: ADF_DOCS.until,
    check(context) {
        for (const pipeline of (0,factory_model/* objectsOfKind */._c)((0,factory_model/* factoryModel */.M4)(context), 'pipeline')) {
            for (const activity of pipelineGraph(pipeline).all) {
                if (typeof activity.type !== 'string' || !SETTINGS.has(activity.type.toLowerCase()) || isDeactivated(activity))
                    continue;
                for (const problem of controlSettingProblems(pipeline, activity.name ?? '(unnamed)', activity.type, activityValue(activity, 'typeProperties'))) {
                    context.report(pipeline.document, (0,json_nav/* prop */._w)((0,json_nav/* dig */.rO)(activity.node, 'typeProperties'), problem.at) ?? activity.nameNode, problem.message);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/adf-expression.js
/**
 * A parser for the Data Factory expression language: `@expr`, `@@` (a literal `@`),
 * `@{expr}` interpolation, function calls, `.name` / `?.name` and `[index]` access, string
 * literals with `''` escapes, numbers, `true`, `false` and `null`. Offsets are into the
 * decoded string value, so findings can be mapped back to the file.
 */
class SyntaxProblem extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const IDENTIFIER = /[A-Za-z_$][A-Za-z0-9_$]*/y;
const PROPERTY_NAME = /[A-Za-z0-9_$][A-Za-z0-9_$-]*/y;
const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;
const MAX_DEPTH = 100;
class Parser {
    text;
    pos;
    depth = 0;
    constructor(text, start) {
        this.text = text;
        this.pos = start;
    }
    skipSpace() {
        while (this.pos < this.text.length && /\s/.test(this.text[this.pos]))
            this.pos++;
    }
    describeHere() {
        return this.pos >= this.text.length ? 'the end of the expression' : `'${this.text[this.pos]}'`;
    }
    match(pattern) {
        pattern.lastIndex = this.pos;
        const found = pattern.exec(this.text);
        if (!found)
            return undefined;
        this.pos += found[0].length;
        return found[0];
    }
    expect(ch, what) {
        this.skipSpace();
        if (this.text[this.pos] !== ch)
            throw new SyntaxProblem(`${what} expected, found ${this.describeHere()}`, this.pos);
        this.pos++;
    }
    peek() {
        this.skipSpace();
        return this.text[this.pos];
    }
    parseExpression() {
        if (++this.depth > MAX_DEPTH)
            throw new SyntaxProblem(`expression nested deeper than ${MAX_DEPTH} levels`, this.pos);
        this.skipSpace();
        let expr = this.parsePrimary();
        for (;;) {
            this.skipSpace();
            const ch = this.text[this.pos];
            const optional = ch === '?' && (this.text[this.pos + 1] === '.' || this.text[this.pos + 1] === '[');
            const op = optional ? this.text[this.pos + 1] : ch;
            if (op === '.') {
                this.pos += optional ? 2 : 1;
                this.skipSpace();
                const start = this.pos;
                const name = this.match(PROPERTY_NAME);
                if (!name)
                    throw new SyntaxProblem(`property name expected after '.', found ${this.describeHere()}`, this.pos);
                expr = { type: 'property', target: expr, name, start };
            }
            else if (op === '[') {
                this.pos += optional ? 2 : 1;
                this.skipSpace();
                const start = this.pos;
                const index = this.parseExpression();
                this.expect(']', "']'");
                expr = { type: 'index', target: expr, index: { ...index, start }, start };
            }
            else {
                this.depth--;
                return expr;
            }
        }
    }
    parsePrimary() {
        const start = this.pos;
        const ch = this.text[this.pos];
        if (ch === undefined)
            throw new SyntaxProblem('expression expected, found the end of the text', this.pos);
        if (ch === "'")
            return { type: 'string', value: this.readString(), start };
        const number = this.match(NUMBER);
        if (number !== undefined)
            return { type: 'number', value: Number(number), start };
        const name = this.match(IDENTIFIER);
        if (!name)
            throw new SyntaxProblem(`expression expected, found ${this.describeHere()}`, this.pos);
        if (this.peek() === '(') {
            this.pos++;
            const args = [];
            if (this.peek() === ')') {
                this.pos++;
            }
            else {
                for (;;) {
                    args.push(this.parseExpression());
                    const next = this.peek();
                    if (next === ',') {
                        this.pos++;
                        continue;
                    }
                    if (next === ')') {
                        this.pos++;
                        break;
                    }
                    throw new SyntaxProblem(`',' or ')' expected in the arguments of ${name}(), found ${this.describeHere()}`, this.pos);
                }
            }
            return { type: 'call', name, args, start };
        }
        const lowered = name.toLowerCase();
        if (lowered === 'true' || lowered === 'false')
            return { type: 'literal', value: lowered === 'true', start };
        if (lowered === 'null')
            return { type: 'literal', value: null, start };
        throw new SyntaxProblem(`'${name}' is neither a function call nor a literal: call it as ${name}() or quote it as '${name}'`, start);
    }
    readString() {
        const start = this.pos;
        this.pos++;
        let value = '';
        for (;;) {
            const next = this.text.indexOf("'", this.pos);
            if (next < 0)
                throw new SyntaxProblem("string literal is not closed with '", start);
            value += this.text.slice(this.pos, next);
            if (this.text[next + 1] === "'") {
                value += "'";
                this.pos = next + 2;
                continue;
            }
            this.pos = next + 1;
            return value;
        }
    }
}
function parseInterpolations(value, from, expressions) {
    let i = value.indexOf('@{', from);
    while (i >= 0) {
        if (i > 0 && value[i - 1] === '@') {
            // `@@{` is a literal `@{`.
            i = value.indexOf('@{', i + 2);
            continue;
        }
        const parser = new Parser(value, i + 2);
        try {
            if (parser.peek() === '}')
                throw new SyntaxProblem("empty '@{}': put an expression between the braces", i);
            expressions.push(parser.parseExpression());
            if (parser.peek() === undefined)
                throw new SyntaxProblem("'@{' is not closed with '}'", i);
            parser.expect('}', "'}'");
        }
        catch (error) {
            if (error instanceof SyntaxProblem)
                return { expressions, error: { message: error.message, offset: error.offset } };
            throw error;
        }
        i = value.indexOf('@{', parser.pos);
    }
    return { expressions };
}
/**
 * Parses a string value as Data Factory evaluates it. Returns undefined for a plain string
 * (no leading `@`, no `@{`), and for `@@...`, which is the literal text `@...`.
 */
function parseAdfValue(value) {
    if (value.startsWith('@@'))
        return undefined;
    if (value.startsWith('@') && !value.startsWith('@{')) {
        const parser = new Parser(value, 1);
        try {
            const expression = parser.parseExpression();
            const rest = parser.peek();
            if (rest !== undefined)
                throw new SyntaxProblem(`unexpected '${rest}' after the end of the expression`, parser.pos);
            return { expressions: [expression] };
        }
        catch (error) {
            if (error instanceof SyntaxProblem)
                return { expressions: [], error: { message: error.message, offset: error.offset } };
            throw error;
        }
    }
    if (!value.includes('@{'))
        return undefined;
    return parseInterpolations(value, 0, []);
}
const NODES = new WeakMap();
/**
 * Every node of an expression, depth first (iterative, so deep input cannot overflow). Listed
 * once per expression: several rules walk every expression of a factory.
 */
function expressionNodes(root) {
    const cached = NODES.get(root);
    if (cached)
        return cached;
    const result = [];
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        result.push(node);
        if (node.type === 'call')
            for (let i = node.args.length - 1; i >= 0; i--)
                stack.push(node.args[i]);
        else if (node.type === 'property')
            stack.push(node.target);
        else if (node.type === 'index')
            stack.push(node.index, node.target);
    }
    NODES.set(root, result);
    return result;
}
const FOUND = new WeakMap();
const NONE = Object.freeze([]);
/**
 * The nodes of a value's expressions that pass a test, in the order of its expressions and of
 * `expressionNodes`. A factory repeats the same texts in thousands of places and each text is
 * parsed once: the answer is kept per parsed value and per test, named by `test` (one name per
 * `keep`), so each rule looks at each distinct text once.
 */
function nodesWhere(parsed, test, keep) {
    let byTest = FOUND.get(parsed);
    if (byTest === undefined)
        FOUND.set(parsed, (byTest = new Map()));
    let found = byTest.get(test);
    if (found === undefined) {
        const kept = [];
        for (const expression of parsed.expressions)
            for (const node of expressionNodes(expression))
                if (keep(node))
                    kept.push(node);
        found = kept.length === 0 ? NONE : kept;
        byTest.set(test, found);
    }
    return found;
}
/** Calls of a function (name in any case) whose first argument is a string literal. */
function callsWithStringArgument(parsed, name) {
    return nodesWhere(parsed, `${name.toLowerCase()}('...')`, (n) => callNamed(n, name)?.args[0]?.type === 'string');
}
/** The member a property or index node reads, when it is a literal name. */
function memberName(node) {
    if (node.type === 'property')
        return node.name;
    if (node.type === 'index' && node.index.type === 'string')
        return node.index.value;
    return undefined;
}
/** Whether a node reads a member by a literal name of a value `target` accepts (`pipeline().RunId`: target pipeline()). */
function isMemberOf(node, target) {
    return (node.type === 'property' || node.type === 'index') && target(node.target) && memberName(node) !== undefined;
}
/** Where the member name of a property or index node starts. */
function memberStart(node) {
    return node.type === 'index' ? node.index.start : node.start;
}
/** The call `name()` when the node is one (case-insensitive), else undefined. */
function callNamed(node, name) {
    return node.type === 'call' && node.name.toLowerCase() === name.toLowerCase() ? node : undefined;
}

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/activity-outputs.js


/** The read when a node is `activity('A').output.field` (or `['field']`), else undefined. */
function outputRead(node) {
    if (node.type !== 'property' && node.type !== 'index')
        return undefined;
    const field = memberName(node);
    const output = node.target;
    if (field === undefined || (output.type !== 'property' && output.type !== 'index') || memberName(output)?.toLowerCase() !== 'output')
        return undefined;
    const call = callNamed(output.target, 'activity');
    const argument = call?.args[0];
    if (argument?.type !== 'string')
        return undefined;
    return { activity: argument.value, field, start: memberStart(node) };
}
const ACTIVITIES = new WeakMap();
/** A pipeline's activity by name, nested ones included (names are unique across a pipeline, in any case). */
function activityNamed(pipeline, name) {
    let byName = ACTIVITIES.get(pipeline);
    if (!byName) {
        byName = new Map();
        for (const a of pipelineGraph(pipeline).all)
            if (a.name !== undefined && !byName.has(a.name.toLowerCase()))
                byName.set(a.name.toLowerCase(), a);
        ACTIVITIES.set(pipeline, byName);
    }
    return byName.get(name.toLowerCase());
}
/** A Lookup's `firstRowOnly`: true when left out; undefined when it is not a literal boolean. */
function lookupFirstRowOnly(activity) {
    const setting = activityValue(activity, 'typeProperties', 'firstRowOnly');
    return setting === undefined ? true : typeof setting === 'boolean' ? setting : undefined;
}
/** The fields a Get Metadata activity returns only when its fieldList names them, with their types. */
const METADATA_FIELDS = new Map([
    ['itemName', 'String'],
    ['itemType', 'String'],
    ['size', 'Number'],
    ['created', 'String'],
    ['lastModified', 'String'],
    ['childItems', 'Array'],
    ['contentMD5', 'String'],
    ['structure', 'Array'],
    ['columnCount', 'Number'],
    ['exists', 'Bool'],
].map(([name, type]) => [name.toLowerCase(), { name, type }]));
/** A Get Metadata's fieldList in lowercase, when every entry is a literal name; undefined otherwise. */
function metadataFieldList(activity) {
    const fieldList = activityValue(activity, 'typeProperties', 'fieldList');
    if (!Array.isArray(fieldList) || !fieldList.every((f) => typeof f === 'string'))
        return undefined;
    return fieldList.map((f) => f.toLowerCase());
}
/** The copy metrics a Copy activity's output reports as numbers (the copy activity monitoring page). */
const COPY_METRICS = new Set(['dataread', 'datawritten', 'filesread', 'fileswritten', 'rowsread', 'rowscopied', 'rowsskipped', 'copyduration', 'throughput']);
/**
 * The type of `activity('A').output.field` when A's definition says for sure: a Lookup's
 * firstRow (an Object) or value and count, a Get Metadata field its fieldList names, a Copy's
 * metrics (numbers).
 */
function outputFieldType(pipeline, read) {
    const activity = activityNamed(pipeline, read.activity);
    const type = activity?.type?.toLowerCase();
    const field = read.field.toLowerCase();
    if (type === 'lookup') {
        const firstRowOnly = lookupFirstRowOnly(activity);
        if (firstRowOnly === true)
            return field === 'firstrow' ? 'Object' : undefined;
        if (firstRowOnly === false)
            return field === 'value' ? 'Array' : field === 'count' ? 'Number' : undefined;
        return undefined;
    }
    if (type === 'copy')
        return COPY_METRICS.has(field) ? 'Number' : undefined;
    if (type === 'getmetadata') {
        const known = METADATA_FIELDS.get(field);
        return known !== undefined && metadataFieldList(activity)?.includes(field) ? known.type : undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/parameter-reads.js

const isPipelineCall = (node) => callNamed(node, 'pipeline') !== undefined;
/** The parameter a node reads, as `pipeline().parameters.x`, `pipeline().globalParameters.x`, `dataset().x` or `linkedService().x`. */
function parameterRead(node) {
    if (node.type !== 'property' && node.type !== 'index')
        return undefined;
    const name = memberName(node);
    if (name === undefined)
        return undefined;
    const target = node.target;
    if (callNamed(target, 'dataset'))
        return { owner: 'dataset', name, start: memberStart(node) };
    if (callNamed(target, 'linkedService'))
        return { owner: 'linkedService', name, start: memberStart(node) };
    if (isMemberOf(target, isPipelineCall)) {
        const section = memberName(target).toLowerCase();
        if (section === 'parameters')
            return { owner: 'pipeline', name, start: memberStart(node) };
        if (section === 'globalparameters')
            return { owner: 'global', name, start: memberStart(node) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/parameters.js

// Listed once per object: rules ask again for every expression and Set Variable activity.
const PARAMETERS = new WeakMap();
const VARIABLES = new WeakMap();
/** The declared parameters of a pipeline, dataset, linked service or data flow. */
function declaredParameters(object) {
    let found = PARAMETERS.get(object);
    if (!found)
        PARAMETERS.set(object, (found = (0,json_nav/* properties */.qo)((0,json_nav/* prop */._w)(object.properties, 'parameters'))));
    return found;
}
/** The declared variables of a pipeline. */
function declaredVariables(object) {
    let found = VARIABLES.get(object);
    if (!found)
        VARIABLES.set(object, (found = (0,json_nav/* properties */.qo)((0,json_nav/* prop */._w)(object.properties, 'variables'))));
    return found;
}
const GLOBALS = new WeakMap();
/**
 * The global parameters a factory declares: those under `properties.globalParameters` of its
 * factory object (the `factory/` file of a Git integration, or the factory resource of a
 * template) and, in a template, those of its `factories/globalParameters` resources. Undefined
 * when the unit holds neither, as when a template deploys only a factory's children: the
 * factory's global parameters are then set elsewhere and cannot be known.
 */
function declaredGlobalParameters(factory) {
    let found = GLOBALS.get(factory);
    if (found === undefined) {
        const factoryObjects = factory.objects.filter((o) => o.kind === 'factory');
        const sets = factory.globalParameterSets ?? [];
        found =
            factoryObjects.length === 0 && sets.length === 0
                ? null
                : [...factoryObjects.flatMap((o) => (0,json_nav/* properties */.qo)((0,json_nav/* prop */._w)(o.properties, 'globalParameters'))), ...sets.flatMap((set) => (0,json_nav/* properties */.qo)(set))];
        GLOBALS.set(factory, found);
    }
    return found ?? undefined;
}
/** Case-insensitive lookup, as Data Factory resolves parameter and variable names. */
function hasName(declared, name) {
    const lowered = name.toLowerCase();
    return declared.some((d) => d.name.toLowerCase() === lowered);
}
/** True when a parameter declaration has a `defaultValue`. */
function hasDefault(declaration) {
    return (0,json_nav/* prop */._w)(declaration, 'defaultValue') !== undefined;
}

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/expression-types.js




/** The value type of a declared parameter or variable type (`Int` and `Float` are both numbers). */
function declaredType(type) {
    switch (type?.toLowerCase()) {
        case 'string':
        case 'securestring':
            return 'String';
        case 'bool':
        case 'boolean':
            return 'Bool';
        case 'int':
        case 'integer':
        case 'float':
            return 'Number';
        case 'array':
            return 'Array';
        case 'object':
            return 'Object';
        default:
            return undefined;
    }
}
/**
 * What each function returns, where the documentation gives one type whatever the arguments;
 * functions left out (first, take, union, coalesce, json, ...) return what they are given.
 */
const RETURNS = new Map([
    ['String', 'concat guid replace substring slice toLower toUpper trim formatNumber join base64 base64ToString dataUri dataUriToString decodeBase64 decodeUriComponent encodeUriComponent string uriComponent uriComponentToString addDays addHours addMinutes addSeconds addToTime convertFromUtc convertTimeZone convertToUtc formatDateTime getFutureTime getPastTime startOfDay startOfHour startOfMonth subtractFromTime utcNow parseDateTime'],
    ['Bool', 'endsWith startsWith contains empty and equals greater greaterOrEquals less lessOrEquals not or isInt isFloat bool'],
    ['Number', 'indexOf lastIndexOf nthIndexOf length add div max min mod mul rand sub decimal float int dayOfMonth dayOfWeek dayOfYear ticks'],
    ['Array', 'split createArray array range chunk sort'],
].flatMap(([type, names]) => names.split(' ').map((name) => [name.toLowerCase(), type])));
function typeOfDeclared(declared, name) {
    const lowered = name.toLowerCase();
    const declaration = declared.find((d) => d.name.toLowerCase() === lowered);
    return declaration && declaredType((0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(declaration.value, 'type')));
}
/**
 * The type an expression evaluates to, when it does not depend on run-time values; else
 * undefined. Reads of parameters, variables and activity outputs take the declared type.
 */
function expressionType(expression, pipeline) {
    switch (expression.type) {
        case 'string':
            return 'String';
        case 'number':
            return 'Number';
        case 'literal':
            return expression.value === null ? undefined : 'Bool';
        case 'call': {
            const name = expression.name.toLowerCase();
            if (name === 'variables') {
                const argument = expression.args[0];
                return argument?.type === 'string' && expression.args.length === 1 ? typeOfDeclared(declaredVariables(pipeline), argument.value) : undefined;
            }
            if (name === 'if' && expression.args.length === 3) {
                const then = expressionType(expression.args[1], pipeline);
                return then !== undefined && then === expressionType(expression.args[2], pipeline) ? then : undefined;
            }
            return RETURNS.get(name);
        }
        case 'property':
        case 'index': {
            // activity('A').output.field, where A's definition tells the field's type
            const read = outputRead(expression);
            if (read !== undefined)
                return outputFieldType(pipeline, read);
            const parameter = parameterRead(expression);
            return parameter?.owner === 'pipeline' ? typeOfDeclared(declaredParameters(pipeline), parameter.name) : undefined;
        }
    }
}
/**
 * The type a JSON value of an activity evaluates to: a literal's own, an `@expression`'s (or an
 * `{ "value": "@...", "type": "Expression" }`'s) when it can be told, a string with `@{...}`
 * parts is a string. Undefined when it depends on the run, or the value is null or missing.
 */
function valueType(value, pipeline, parse) {
    if (value === null || value === undefined)
        return undefined;
    if (typeof value === 'boolean')
        return 'Bool';
    if (typeof value === 'number')
        return 'Number';
    if (Array.isArray(value))
        return 'Array';
    if (typeof value === 'object') {
        const record = value;
        const keys = Object.keys(record);
        const isExpression = keys.length === 2 && typeof record.value === 'string' && typeof record.type === 'string' && record.type.toLowerCase() === 'expression';
        return isExpression ? valueType(record.value, pipeline, parse) : 'Object';
    }
    if (typeof value !== 'string')
        return undefined;
    const parsed = parse(value);
    if (parsed === undefined)
        return 'String';
    if (parsed.error !== undefined)
        return undefined;
    // `@expr` is the expression's value; `@{...}` parts are spliced into text.
    const whole = value.startsWith('@') && !value.startsWith('@{') && parsed.expressions.length === 1;
    return whole ? expressionType(parsed.expressions[0], pipeline) : 'String';
}

// EXTERNAL MODULE: ./lib/shared/report/words.js
var words = __webpack_require__(5521);
;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/default-value-types.js







/** The JSON node kind each value type takes. */
const NODE_TYPES = { String: 'string', Bool: 'boolean', Number: 'number', Array: 'array', Object: 'object' };
/** Whether a literal default value has the declared type; `Int` and `Integer` take whole numbers only. */
function accepts(declared, type, node) {
    if (node.type !== NODE_TYPES[type])
        return false;
    const lowered = declared.toLowerCase();
    return (lowered !== 'int' && lowered !== 'integer') || Number.isInteger(node.value);
}
function check(context, object, declared, what) {
    for (const declaration of declared) {
        const typeNode = (0,json_nav/* prop */._w)(declaration.value, 'type');
        const type = (0,json_nav/* stringOf */.Je)(typeNode);
        if (type === undefined || (0,factory_model/* isArmValue */.sA)(object.factory, typeNode))
            continue;
        const valueType = declaredType(type);
        if (!valueType) {
            context.report(object.document, typeNode, `${describeObject(object)}: ${what} '${declaration.name}' has type '${type}'; use String, Int, Float, Bool, Array, Object or SecureString.`);
            continue;
        }
        const value = (0,json_nav/* prop */._w)(declaration.value, 'defaultValue');
        // Null, ARM expressions and Data Factory expressions are evaluated later: nothing to judge here.
        if (!value || value.type === 'null' || (0,factory_model/* isArmValue */.sA)(object.factory, value) || (value.type === 'string' && value.value.startsWith('@')))
            continue;
        if (!accepts(type, valueType, value)) {
            context.report(object.document, value, `${describeObject(object)}: the default value of ${what} '${declaration.name}' is ${(0,words/* jsonTypeWords */.gn)(value.type)}, but its type is ${type}; make them match.`);
        }
    }
}
/** Default values of parameters and variables match their declared types (and the types are real ones). */
const defaultValueTypesRule = {
    id: 'adf/default-value-types',
    armTtk: null,
    severity: 'error',
    description: 'Give each parameter and variable a defaultValue of its declared type (String, Int, Float, Bool, Array, Object).',
    helpUri: ADF_DOCS.parameters,
    check(context) {
        for (const object of (0,factory_model/* factoryModel */.M4)(context).objects) {
            if (object.kind === 'factory')
                continue;
            check(context, object, declaredParameters(object), 'parameter');
            if (object.kind === 'pipeline')
                check(context, object, declaredVariables(object), 'variable');
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/dependency-conditions.js




const CONDITIONS = ['Succeeded', 'Failed', 'Skipped', 'Completed'];
/** Each dependency lists one or more of Succeeded, Failed, Skipped and Completed. */
const dependencyConditionsRule = {
    id: 'adf/dependency-conditions',
    armTtk: null,
    severity: 'error',
    description: 'Give each dependsOn entry a dependencyConditions array of Succeeded, Failed, Skipped or Completed.',
    helpUri: ADF_DOCS.pipelines,
    check(context) {
        for (const pipeline of (0,factory_model/* objectsOfKind */._c)((0,factory_model/* factoryModel */.M4)(context), 'pipeline')) {
            for (const activity of pipelineGraph(pipeline).all) {
                for (const dependency of dependenciesOf(activity, pipeline)) {
                    // Built only for a finding: most dependencies are fine.
                    const on = () => `The dependency of '${activity.name ?? ''}' on '${dependency.activity ?? ''}'`;
                    const conditions = dependency.conditions;
                    if (conditions === undefined || conditions.length === 0) {
                        context.report(pipeline.document, dependency.conditionsNode ?? dependency.entry, `${on()} has no dependencyConditions; list one or more of ${CONDITIONS.join(', ')}.`);
                        continue;
                    }
                    for (let i = 0; i < conditions.length; i++) {
                        const raw = conditions[i];
                        const value = typeof raw === 'string' ? raw : undefined;
                        if (value !== undefined && CONDITIONS.includes(value))
                            continue;
                        // The node is made for the finding only.
                        const condition = (0,json_nav/* elements */.Yt)(dependency.conditionsNode)[i];
                        const fixed = value && CONDITIONS.find((c) => c.toLowerCase() === value.toLowerCase());
                        const hint = fixed ? ` Write it as '${fixed}'.` : '';
                        context.report(pipeline.document, condition, `${on()} has condition ${value === undefined ? 'that is not a string' : `'${value}'`}; use ${CONDITIONS.join(', ')}.${hint}`);
                    }
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/dependency-cycle.js



/** Activities of one list may not wait on each other in a circle (an activity depending on itself included). */
const dependencyCycleRule = {
    id: 'adf/dependency-cycle',
    armTtk: null,
    severity: 'error',
    description: 'Break the dependsOn cycle so the activities can run in some order.',
    helpUri: ADF_DOCS.pipelines,
    check(context) {
        for (const pipeline of (0,factory_model/* objectsOfKind */._c)((0,factory_model/* factoryModel */.M4)(context), 'pipeline')) {
            for (const scope of pipelineGraph(pipeline).scopes) {
                if (!mayHaveCycle(scope, pipeline))
                    continue;
                const state = new Map();
                const reported = new Set();
                const visit = (start) => {
                    // Iterative depth-first search; the path is kept to name the cycle.
                    const path = [];
                    const push = (activity) => {
                        state.set(activity, 'open');
                        path.push({ activity, next: 0, edges: dependencyTargets(activity, pipeline) });
                    };
                    push(start);
                    while (path.length > 0) {
                        const top = path[path.length - 1];
                        if (top.next >= top.edges.length) {
                            state.set(top.activity, 'done');
                            path.pop();
                            continue;
                        }
                        const target = top.edges[top.next++];
                        const targetState = state.get(target);
                        if (targetState === undefined) {
                            push(target);
                        }
                        else if (targetState === 'open') {
                            const from = path.findIndex((p) => p.activity === target);
                            const cycle = path.slice(from).map((p) => p.activity);
                            if (cycle.some((a) => reported.has(a)))
                                continue;
                            cycle.forEach((a) => reported.add(a));
                            const names = [...cycle, target].map((a) => `'${a.name ?? ''}'`).join(' -> ');
                            context.report(pipeline.document, target.nameNode ?? target.node, `Activities wait on each other in a cycle (${names} via dependsOn); none of them can start. Remove one dependency.`);
                        }
                    }
                };
                for (const activity of scope.activities)
                    if (!state.has(activity))
                        visit(activity);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/depends-on-exists.js





/** What to do about a name no sibling has: the sibling it is likely a typo of, when one is close. */
function typoHint(activity, name) {
    const siblings = activity.scope.activities.filter((a) => a !== activity && a.name !== undefined).map((a) => a.name);
    const closest = (0,closest_name/* closestName */.N)(name, siblings);
    return closest ? `did you mean '${closest}'? Fix the name or remove the entry.` : 'fix the name or remove the entry.';
}
/** `dependsOn` may only name activities of the same list: a missing or out-of-scope name fails the deployment with InvalidTemplate. */
const dependsOnExistsRule = {
    id: 'adf/depends-on-exists',
    armTtk: null,
    severity: 'error',
    description: "Make each dependsOn entry name an activity of the same list (the pipeline's activities, or the same container branch).",
    helpUri: ADF_DOCS.pipelines,
    check(context) {
        for (const pipeline of (0,factory_model/* objectsOfKind */._c)((0,factory_model/* factoryModel */.M4)(context), 'pipeline')) {
            const graph = pipelineGraph(pipeline);
            for (const activity of graph.all) {
                for (const dependency of dependenciesOf(activity, pipeline)) {
                    if (dependency.activity === undefined) {
                        context.report(pipeline.document, dependency.activityNode ?? dependency.entry, `A dependsOn entry of activity '${activity.name ?? '(unnamed)'}' has no 'activity' name; name the activity it waits for.`);
                        continue;
                    }
                    const name = dependency.activity;
                    if (!(0,arm_strings/* isResolved */.ZY)(name) || siblingNamed(activity.scope, name))
                        continue;
                    const elsewhere = graph.all.find((a) => a.name?.toLowerCase() === name.toLowerCase());
                    const where = activity.scope.container ? `inside '${activity.scope.container.name ?? ''}' (${activity.scope.branch})` : 'at the top level of the pipeline';
                    const message = elsewhere
                        ? `Activity '${activity.name ?? ''}' depends on '${name}', which is not in the same list (${where}); an activity can only depend on its siblings. Move one of them or drop the dependency.`
                        : `Activity '${activity.name ?? ''}' depends on '${name}', but no activity of that name exists ${where}; ${typoHint(activity, name)}`;
                    context.report(pipeline.document, dependency.activityNode, message);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/site-walk.js




const SITES = new WeakMap();
/**
 * Properties whose text Data Factory shows but never evaluates, where they are metadata: right
 * under an object's `properties` or an activity. Deeper down the same names are anybody's (a
 * dataset parameter named `folder`, a key of a Web activity's body) and are evaluated.
 */
const NOT_EVALUATED = new Set(['description', 'annotations', 'folder']);
const NOT_EVALUATED_LENGTHS = [...new Set([...NOT_EVALUATED].map((name) => name.length))];
/** Whether a property's text is never evaluated; lowercases only names of a length that can match. */
function isNotEvaluated(name) {
    return NOT_EVALUATED_LENGTHS.includes(name.length) && NOT_EVALUATED.has(name.toLowerCase());
}
const TARGETS = new Map([
    ['pipelinereference', 'pipeline'],
    ['datasetreference', 'dataset'],
    ['linkedservicereference', 'linkedService'],
    ['integrationruntimereference', 'integrationRuntime'],
    ['dataflowreference', 'dataflow'],
    ['credentialreference', 'credential'],
    ['triggerreference', 'trigger'],
]);
const REFERENCE_TYPE = /reference$/i;
/** Collects the sites of every object of the model (once per model). */
function factorySites(model) {
    const cached = SITES.get(model);
    if (cached)
        return cached;
    const walker = new SiteWalker();
    for (const object of model.objects)
        walker.walkObject(object);
    const sites = { expressions: walker.expressions, references: walker.references, parse: (value) => walker.parse(value) };
    SITES.set(model, sites);
    return sites;
}
class SiteWalker {
    expressions = [];
    references = [];
    /** The same expression text recurs across a factory's objects: each text is parsed once. */
    parsedByValue = new Map();
    /** References of the current object, sorted into walk order when it is done. */
    objectReferences = [];
    /** Containers under the current object whose strings are never evaluated: searched for references only. */
    referencesOnly = [];
    stack = [];
    walkObject(object) {
        const properties = object.properties;
        if (properties) {
            const marks = object.document.marks;
            const root = object.root;
            if (root instanceof lazy_json_tree/* LazyJsonNode */.Pr && properties instanceof lazy_json_tree/* LazyJsonNode */.Pr && root === object.document.root && object.factory.arm === undefined) {
                this.lazyObject(object, root, properties);
            }
            else if (marks !== undefined && object.root === object.document.root) {
                this.markedObject(object, properties, marks);
            }
            else {
                this.walkedObject(object, properties);
            }
        }
        if (this.objectReferences.length > 0) {
            if (!(this.objectReferences[0] instanceof LazyReferenceSite))
                sortReferences(this.objectReferences);
            for (const site of this.objectReferences)
                this.references.push(site);
            this.objectReferences = [];
        }
    }
    /**
     * An object of a lazily read file: the same as `markedObject`, on the parsed value and the
     * paths its reading noted; nodes are made only where a rule reports.
     */
    lazyObject(object, root, properties) {
        const marks = root.marks;
        // `properties` is the root's value under this name: a path starting with it lies under it.
        const under = properties.keyInParent();
        if (object.kind === 'pipeline') {
            this.lazyPipeline(object, root, properties, under, marks.strings);
        }
        else if (object.kind !== 'dataflow' && object.kind !== 'factory') {
            const strings = marks.strings;
            for (let i = strings.length - 1; i >= 0; i--) {
                const string = strings[i];
                if (evaluatedOnPath(string.path, under))
                    this.lazyExpressionAt(object, root, string.path, string.value, undefined);
            }
        }
        // Noted as each object ended: from the last, they come in the order `sortReferences` gives.
        const references = marks.references;
        for (let i = references.length - 1; i >= 0; i--) {
            const reference = references[i];
            if (reference.path.length > 0 && reference.path[0] === under)
                this.lazyReference(object, root, reference);
        }
    }
    /** `markedPipeline` on the parsed value: each string goes up its path to the innermost activity around it. */
    lazyPipeline(object, root, properties, under, strings) {
        const graph = pipelineGraph(object);
        const activityOf = new Map();
        for (const activity of graph.all)
            activityOf.set(activity.raw, activity);
        // The lists the walks skip, as in `markedPipeline`. Containers are told apart by identity;
        // a list that is not one (`activities` given as a string) by its path.
        const skipped = new Set();
        const expanded = new Set();
        let skippedString;
        for (const scope of graph.scopes) {
            if (scope.listRaw !== undefined) {
                if (typeof scope.listRaw === 'object' && scope.listRaw !== null)
                    skipped.add(scope.listRaw);
                else if (scope.container === undefined)
                    skippedString = (0,lazy_json_tree/* rawPropertyName */.xn)(properties.rawValue, 'activities');
            }
            if (scope.container !== undefined)
                expanded.add(scope.container);
        }
        for (const activity of graph.all) {
            if (activity.type === undefined || expanded.has(activity) || !CONTAINER_TYPES.has(activity.type.toLowerCase()))
                continue;
            for (const inner of rawInnerLists(activity.raw))
                skipped.add(inner.list);
        }
        // Where a string's walk up ends: an activity, the pipeline level, or nowhere (a skipped list,
        // a name never evaluated, the root). Strings come one after another with long paths in
        // common, so what the values on a path are, and where a walk up from each of them ends
        // (`ends[d]` for the value at depth d), is kept from one string to the next.
        const values = [root.rawValue];
        const ends = [];
        // values[d] and ends[d] hold for the current path where d is below these.
        let valuesKnown = 1;
        let endsKnown = 0;
        let previous = [];
        const pipelineLevel = [];
        const byActivity = new Map();
        // Whether the value at depth d of the current path is where a walk starts: `properties` or an activity.
        const isWalkRoot = (d) => (d === 1 && previous[0] === under) || (d > 1 && activityOf.has(values[d]));
        for (let i = strings.length - 1; i >= 0; i--) {
            const path = strings[i].path;
            const length = path.length;
            let common = 0;
            const most = Math.min(length, previous.length);
            while (common < most && path[common] === previous[common])
                common++;
            previous = path;
            valuesKnown = Math.min(valuesKnown, common + 1);
            endsKnown = Math.min(endsKnown, common + 1);
            for (let d = valuesKnown; d < length; d++)
                values[d] = values[d - 1][path[d - 1]];
            valuesKnown = Math.max(valuesKnown, length);
            for (let d = endsKnown; d < length; d++) {
                const value = values[d];
                const activity = activityOf.get(value);
                if (skipped.has(value))
                    ends[d] = NOWHERE;
                else if (activity !== undefined)
                    ends[d] = activity;
                else if (d === 1 && path[0] === under)
                    ends[d] = PIPELINE_LEVEL;
                else
                    ends[d] = canStepUp(path, d, isWalkRoot(d - 1)) ? ends[d - 1] : NOWHERE;
            }
            endsKnown = Math.max(endsKnown, length);
            // The string itself: the pipeline's `activities` given as a string is a skipped list.
            let end;
            if (skippedString !== undefined && length === 2 && path[0] === under && path[1] === skippedString)
                end = NOWHERE;
            else if (length === 1 && path[0] === under)
                end = PIPELINE_LEVEL;
            else
                end = canStepUp(path, length, isWalkRoot(length - 1)) ? ends[length - 1] : NOWHERE;
            if (end === PIPELINE_LEVEL) {
                pipelineLevel.push(i);
            }
            else if (end !== NOWHERE) {
                const list = byActivity.get(end);
                if (list === undefined)
                    byActivity.set(end, [i]);
                else
                    list.push(i);
            }
        }
        for (const i of pipelineLevel)
            this.lazyExpressionAt(object, root, strings[i].path, strings[i].value, undefined);
        for (const activity of graph.all) {
            const list = byActivity.get(activity);
            if (list !== undefined)
                for (const i of list)
                    this.lazyExpressionAt(object, root, strings[i].path, strings[i].value, activity);
        }
    }
    lazyExpressionAt(object, root, path, value, activity) {
        const parsed = this.parse(value);
        if (parsed)
            this.expressions.push(new LazyExpressionSite(object, root, path, value, activity, parsed));
    }
    /** `referenceOf` on the parsed value. */
    lazyReference(object, root, reference) {
        const raw = reference.raw;
        const nameKey = (0,lazy_json_tree/* rawPropertyName */.xn)(raw, 'referenceName');
        const typeKey = (0,lazy_json_tree/* rawPropertyName */.xn)(raw, 'type');
        if (nameKey === undefined || typeKey === undefined)
            return;
        const type = raw[typeKey];
        if (typeof type !== 'string' || !type || !REFERENCE_TYPE.test(type))
            return;
        const name = raw[nameKey];
        const literal = typeof name === 'string' && !name.startsWith('@') ? name : undefined;
        this.objectReferences.push(new LazyReferenceSite(object, root, reference.path, nameKey, literal, type, TARGETS.get(type.toLowerCase()), raw));
    }
    /** An object of a file of its own whose strict parse noted its candidate nodes: those alone are looked at. */
    markedObject(object, properties, marks) {
        if (object.kind === 'pipeline') {
            this.markedPipeline(object, properties, marks.atStrings);
        }
        else if (object.kind !== 'dataflow' && object.kind !== 'factory') {
            // Leaves in the order of the walk (last property first): the later in the file, the earlier.
            const strings = marks.atStrings;
            for (let i = strings.length - 1; i >= 0; i--) {
                const node = strings[i];
                if (evaluatedUnder(node, properties))
                    this.expressionAt(object, node, undefined);
            }
        }
        for (const node of marks.referenceObjects)
            if (isWithin(node, properties))
                this.referenceOf(object, node);
    }
    /**
     * The strings of a pipeline, each given to the walk that would find it: that of the innermost
     * activity around it, else that of the pipeline; none when it lies in a list of activities
     * outside of any of them, or under a name never evaluated (below where its walk starts).
     */
    markedPipeline(object, properties, strings) {
        const graph = pipelineGraph(object);
        const activityOf = new Map();
        for (const activity of graph.all)
            activityOf.set(activity.node, activity);
        // The lists the walks skip: every list of the graph, and those of containers nested deeper
        // than the graph goes (the inner lists of any other container are lists of the graph).
        const skipped = new Set();
        const expanded = new Set();
        for (const scope of graph.scopes) {
            if (scope.listNode !== undefined)
                skipped.add(scope.listNode);
            if (scope.container !== undefined)
                expanded.add(scope.container);
        }
        for (const activity of graph.all) {
            if (activity.type === undefined || expanded.has(activity) || !CONTAINER_TYPES.has(activity.type.toLowerCase()))
                continue;
            for (const inner of innerLists(activity.node))
                skipped.add(inner.list);
        }
        const pipelineLevel = [];
        const byActivity = new Map();
        const isRoot = (node) => node === properties || activityOf.has(node);
        for (let i = strings.length - 1; i >= 0; i--) {
            const string = strings[i];
            let node = string;
            for (;;) {
                if (skipped.has(node))
                    break;
                const activity = activityOf.get(node);
                if (activity !== undefined) {
                    const list = byActivity.get(activity);
                    if (list === undefined)
                        byActivity.set(activity, [string]);
                    else
                        list.push(string);
                    break;
                }
                if (node === properties) {
                    pipelineLevel.push(string);
                    break;
                }
                const parent = stepUp(node, isRoot);
                if (parent === undefined)
                    break;
                node = parent;
            }
        }
        for (const node of pipelineLevel)
            this.expressionAt(object, node, undefined);
        for (const activity of graph.all) {
            const list = byActivity.get(activity);
            if (list !== undefined)
                for (const node of list)
                    this.expressionAt(object, node, activity);
        }
    }
    /** An object walked node by node: the strict parser did not read its file, or the file holds more than it. */
    walkedObject(object, properties) {
        if (object.kind === 'dataflow' || object.kind === 'factory') {
            // Data flows' script language is not this one: references only.
            this.referencesOnly.push(properties);
        }
        else if (object.kind !== 'pipeline') {
            this.walk(object, properties, undefined, undefined);
        }
        else {
            this.walkPipeline(object, properties);
        }
        this.walkReferencesOnly(object);
    }
    /**
     * Strings of a container activity belong to it; those of its inner activities to them. The
     * lists of activities are left out of the walk of whatever holds them, and each activity is
     * walked on its own; what such a list holds that is not one of the pipeline's activities
     * (a non-object, or activities nested deeper than the graph goes) is searched for references.
     */
    walkPipeline(object, properties) {
        const graph = pipelineGraph(object);
        const activityNodes = new Set();
        for (const activity of graph.all)
            activityNodes.add(activity.node);
        const lists = new Set();
        for (const scope of graph.scopes)
            if (scope.listNode !== undefined)
                lists.add(scope.listNode);
        this.walk(object, properties, undefined, lists);
        // Every list lies under `properties`; each is searched once (nested ones are skipped twice).
        const searched = new Set();
        this.searchSkipped(lists, activityNodes, searched);
        for (const activity of graph.all) {
            const inner = innerLists(activity.node);
            if (inner.length === 0) {
                this.walk(object, activity.node, activity, undefined);
                continue;
            }
            const skip = new Set();
            for (const l of inner)
                skip.add(l.list);
            this.walk(object, activity.node, activity, skip);
            this.searchSkipped(skip, activityNodes, searched);
        }
    }
    /** Queues what the skipped lists hold besides walked activities, for references. */
    searchSkipped(lists, activityNodes, searched) {
        for (const list of lists) {
            if (searched.has(list))
                continue;
            searched.add(list);
            if (list.type !== 'array') {
                // `activities` that is not a list: no activity of it is walked.
                if (list.type === 'object')
                    this.referencesOnly.push(list);
                continue;
            }
            for (const element of list.children ?? []) {
                if (isContainer(element) && !activityNodes.has(element))
                    this.referencesOnly.push(element);
            }
        }
    }
    /**
     * Expressions: strings pushed in document order and popped last first, as the expression rules
     * have always seen them (their order decides which finding a list with a cycle gets).
     * References: every object node not under a skipped node.
     */
    walk(object, root, activity, skip) {
        const stack = this.stack;
        stack.push(root);
        while (stack.length > 0) {
            const node = stack.pop();
            if (skip !== undefined && skip.has(node))
                continue;
            const type = node.type;
            const children = node.children;
            if (type === 'string') {
                this.expressionAt(object, node, activity);
            }
            else if (type === 'object') {
                if (children)
                    this.visitObject(object, node, children, stack, node === root);
            }
            else if (type === 'array' && children) {
                for (const child of children) {
                    const childType = child.type;
                    if (childType === 'string' || childType === 'object' || childType === 'array')
                        stack.push(child);
                }
            }
        }
    }
    expressionAt(object, node, activity) {
        const value = node.value;
        if (!value.includes('@') || (0,factory_model/* isArmValue */.sA)(object.factory, node))
            return;
        const parsed = this.parse(value);
        if (parsed)
            this.expressions.push({ object, node, value, activity, parsed });
    }
    /** Each distinct text is parsed once. */
    parse(value) {
        const parsedByValue = this.parsedByValue;
        let parsed = parsedByValue.get(value);
        if (parsed === undefined && !parsedByValue.has(value)) {
            parsed = parseAdfValue(value);
            parsedByValue.set(value, parsed);
        }
        return parsed;
    }
    /**
     * Pushes the values of an object's properties that may hold expressions (in document order),
     * queues containers under never-evaluated names for references only, then records the object
     * if it is a reference.
     */
    visitObject(object, node, children, stack, walkRoot) {
        for (const property of children) {
            const pair = property.children;
            const key = pair?.[0];
            const value = pair?.[1];
            if (!key || !value)
                continue;
            const valueType = value.type;
            if (valueType === 'string' || valueType === 'object' || valueType === 'array') {
                if (!walkRoot || !isNotEvaluated(String(key.value)))
                    stack.push(value);
                else if (valueType !== 'string')
                    this.referencesOnly.push(value);
            }
        }
        this.referenceOf(object, node);
    }
    referenceAt(object, node, nameNode, typeNode) {
        if (nameNode === undefined || typeNode?.type !== 'string')
            return;
        const type = typeNode.value;
        if (!type || !REFERENCE_TYPE.test(type))
            return;
        const name = (0,factory_model/* textOf */.b6)(object.factory, nameNode);
        this.objectReferences.push({ object, node, nameNode, name: name?.startsWith('@') ? undefined : name, type, target: TARGETS.get(type.toLowerCase()) });
    }
    /** Every object node under the queued containers, for references. */
    walkReferencesOnly(object) {
        const stack = this.referencesOnly;
        while (stack.length > 0) {
            const node = stack.pop();
            const children = node.children;
            if (!children)
                continue;
            if (node.type === 'array') {
                for (const child of children)
                    if (isContainer(child))
                        stack.push(child);
                continue;
            }
            for (const property of children) {
                const value = property.children?.[1];
                if (value && property.children?.[0] && isContainer(value))
                    stack.push(value);
            }
            this.referenceOf(object, node);
        }
    }
    /** Records an object node that is a reference; looks up `referenceName` and `type` as `prop` does. */
    referenceOf(object, node) {
        let nameNode;
        let nameFolded;
        let typeNode;
        let typeFolded;
        for (const property of node.children ?? []) {
            const pair = property.children;
            const key = pair?.[0];
            const value = pair?.[1];
            if (!key || !value)
                continue;
            const name = String(key.value);
            if (name.length === 13) {
                if (name === 'referenceName')
                    nameNode ??= value;
                else if (nameFolded === undefined && name.toLowerCase() === 'referencename')
                    nameFolded = value;
            }
            else if (name.length === 4) {
                if (name === 'type')
                    typeNode ??= value;
                else if (typeFolded === undefined && name.toLowerCase() === 'type')
                    typeFolded = value;
            }
        }
        this.referenceAt(object, node, nameNode ?? nameFolded, typeNode ?? typeFolded);
    }
}
/**
 * The next node up on the way a walk came down: the object or array holding a value, skipping
 * the property node between; undefined at the top, or from a property name (never walked).
 */
function stepUp(node, isWalkRoot) {
    const parent = node.parent;
    if (parent?.type !== 'property')
        return parent;
    const pair = parent.children;
    if (pair?.[1] !== node || pair[0] === undefined)
        return undefined;
    const holder = parent.parent;
    if (holder !== undefined && isWalkRoot(holder) && isNotEvaluated(String(pair[0].value)))
        return undefined;
    return holder;
}
/** Where a walk up from a string ends, besides an activity. */
const PIPELINE_LEVEL = Symbol('the pipeline level');
const NOWHERE = Symbol('nowhere');
/**
 * `stepUp` on a path: whether the value at depth `d` has one above it that a walk came down
 * from (not the root, and not held under a name never evaluated).
 */
function canStepUp(path, d, holderIsWalkRoot) {
    if (d === 0)
        return false;
    const key = path[d - 1];
    return typeof key !== 'string' || !holderIsWalkRoot || !isNotEvaluated(key);
}
/** `evaluatedUnder` on a path: whether a walk from the root's property `under` reaches the value at its end. */
function evaluatedOnPath(path, under) {
    for (let d = path.length;; d--) {
        if (d === 1 && path[0] === under)
            return true;
        if (!canStepUp(path, d, d === 2 && path[0] === under))
            return false;
    }
}
/** An expression site of a lazily read file: its node is made only when a rule reports at it. */
class LazyExpressionSite {
    object;
    root;
    path;
    value;
    activity;
    parsed;
    made = undefined;
    constructor(object, root, path, value, activity, parsed) {
        this.object = object;
        this.root = root;
        this.path = path;
        this.value = value;
        this.activity = activity;
        this.parsed = parsed;
    }
    get node() {
        return (this.made ??= this.root.nodeAtPath(this.path));
    }
}
/** A reference of a lazily read file: its nodes are made only when a rule reports at it. */
class LazyReferenceSite {
    object;
    root;
    path;
    nameKey;
    name;
    type;
    target;
    raw;
    constructor(object, root, path, nameKey, name, type, target, raw) {
        this.object = object;
        this.root = root;
        this.path = path;
        this.nameKey = nameKey;
        this.name = name;
        this.type = type;
        this.target = target;
        this.raw = raw;
    }
    get node() {
        return this.root.nodeAtPath(this.path);
    }
    get nameNode() {
        return this.root.nodeAtPath([...this.path, this.nameKey]);
    }
}
/** Whether a walk of expressions from `root` reaches this string (not under a name never evaluated). */
function evaluatedUnder(node, root) {
    const isRoot = (n) => n === root;
    for (let current = node; current !== undefined; current = stepUp(current, isRoot))
        if (current === root)
            return true;
    return false;
}
/** Whether the node is `root` or lies under it. */
function isWithin(node, root) {
    for (let current = node; current !== undefined; current = current.parent)
        if (current === root)
            return true;
    return false;
}
function isContainer(node) {
    return node.type === 'object' || node.type === 'array';
}
/**
 * Puts one object's references in the order a depth-first walk finds them that pushes the
 * properties in document order and so visits the last one first: an enclosing object before
 * what it holds, and of two apart the later one first. Both come down to the later end first,
 * as two distinct object nodes of one file never end at the same offset.
 */
function sortReferences(sites) {
    if (sites.length > 1)
        sites.sort((a, b) => b.node.offset + b.node.length - (a.node.offset + a.node.length));
}

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/expression-sites.js


/**
 * Every expression of every pipeline, dataset, linked service and trigger, parsed once per
 * unit. Strings of a container activity belong to it; those of its inner activities to them.
 * Data flows are left out: their script language is not this one. Within an object, strings are
 * found by a depth-first walk that pushes properties in document order and pops the last first.
 */
function expressionSites(model) {
    return factorySites(model).expressions;
}
/** The string value of a node when it is one; for `{ "value": ..., "type": "Expression" }` its value. */
function expressionText(node) {
    return stringOf(node);
}

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/string-offsets.js
/**
 * Maps an offset inside the decoded value of a JSON string node to the offset of the same
 * character in the document text. Escapes (`\"`, `\n`, `\u0041`) take more source characters
 * than the one character they decode to, so a plain addition would drift past each of them.
 * An offset at or past the end of the value maps to the closing quote.
 */
function documentOffsetInString(text, node, valueOffset) {
    let source = node.offset + 1; // after the opening quote
    const end = node.offset + node.length - 1; // the closing quote
    let decoded = 0;
    while (decoded < valueOffset && source < end) {
        if (text.charCodeAt(source) === 0x5c /* \ */) {
            source += text.charCodeAt(source + 1) === 0x75 /* u */ ? 6 : 2;
        }
        else {
            source++;
        }
        decoded++;
    }
    return Math.min(source, end);
}

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/report-in-string.js

/** Reports at a character of a JSON string's value (an offset into the decoded value). */
function reportInString(context, document, node, valueOffset, message) {
    const { line, column } = document.positionAt(documentOffsetInString(document.text, node, valueOffset));
    context.reportAt(document.file, line, column, message);
}

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/expression-activity.js







/**
 * Whether the expression is an Until's condition and `name` (lowercase) one of the activities the
 * Until runs: the condition is evaluated after each pass of the loop, so it reads them as they
 * ended (`@equals(activity('Poll').output.status, 'Done')`).
 */
function readsOwnLoop(site, name) {
    const until = site.activity;
    if (until === undefined || until.type?.toLowerCase() !== 'until')
        return false;
    const keys = [];
    for (let node = site.node; node !== undefined && node !== until.node; node = node.parent) {
        if (node.type === 'property')
            keys.unshift(String(node.children?.[0]?.value).toLowerCase());
    }
    if (keys[0] !== 'typeproperties' || keys[1] !== 'expression')
        return false;
    const loop = pipelineGraph(site.object).scopes.find((scope) => scope.container === until);
    return loop !== undefined && loop.activities.some((a) => a.name?.toLowerCase() === name);
}
/**
 * Where a dependsOn chain cannot reach the activity read: inside a container around it that is
 * not around the reader (no activity outside a ForEach, If, Switch or Until sees the ones inside),
 * or in another branch of a container around both.
 */
function outOfReach(reader, read) {
    // The reader itself counts as around: an Until's condition reads its own list, not deeper.
    const around = new Set([reader, ...enclosingContainers(reader)]);
    let outermost;
    for (const container of enclosingContainers(read)) {
        if (around.has(container))
            break;
        outermost = container;
    }
    if (outermost !== undefined)
        return { container: outermost, branch: false };
    const container = read.scope.container;
    if (container === undefined || container === reader)
        return undefined;
    // Both inside the same container: the branch the read one is in must be around the reader.
    for (let at = reader; at.scope.container !== undefined; at = at.scope.container) {
        if (at.scope === read.scope)
            return undefined;
    }
    return { container, branch: true };
}
/**
 * `activity('A')` reads an activity that has run before this one: upstream through dependsOn, in
 * this list or around a container, or, in an Until's condition, one the Until runs.
 */
const expressionActivityRule = {
    id: 'adf/expression-activity',
    armTtk: null,
    severity: 'error',
    description: "Make the activity that reads activity('A') depend on A (directly or through other activities), or fix the name.",
    helpUri: ADF_DOCS.expressions,
    check(context) {
        for (const site of expressionSites((0,factory_model/* factoryModel */.M4)(context))) {
            for (const call of callsWithStringArgument(site.parsed, 'activity')) {
                const argument = call.args[0];
                const report = (message) => reportInString(context, site.object.document, site.node, argument.start, message);
                if (site.object.kind !== 'pipeline' || !site.activity) {
                    report(`activity('${argument.value}') can only be used inside an activity of a pipeline; here ${describeObject(site.object).replace(/^./, (c) => c.toLowerCase())} has no activity to read from.`);
                    continue;
                }
                const name = argument.value.toLowerCase();
                if (isUpstream(site.activity, name, site.object) || readsOwnLoop(site, name))
                    continue;
                const target = pipelineGraph(site.object).all.find((a) => a.name?.toLowerCase() === name);
                const reader = `Activity '${site.activity.name ?? ''}' reads activity('${argument.value}')`;
                if (target === undefined) {
                    report(`${reader}, but the pipeline has no activity of that name; fix the name.`);
                    continue;
                }
                const apart = outOfReach(site.activity, target);
                report(apart === undefined
                    ? `${reader}, which does not run before it; add a dependsOn chain from '${argument.value}' to '${site.activity.name ?? ''}' (in the same list, or to the container around it).`
                    : apart.branch
                        ? `${reader}, which is in another branch of ${apart.container.type ?? 'container'} '${apart.container.name ?? ''}': only one branch runs, so this one cannot read it.`
                        : `${reader}, which runs inside ${apart.container.type ?? 'container'} '${apart.container.name ?? ''}'; activities outside it cannot read it: read it inside '${apart.container.name ?? ''}', or have an activity there set a variable to read.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/expression-activity-output.js







/** What is wrong with reading `field` of the output of `activity`, when its definition says for sure. */
function problem(activity, read) {
    const type = activity.type?.toLowerCase();
    const field = read.field.toLowerCase();
    if (type === 'lookup') {
        const firstRowOnly = lookupFirstRowOnly(activity);
        if (firstRowOnly === true && (field === 'value' || field === 'count')) {
            const stated = activityValue(activity, 'typeProperties', 'firstRowOnly') === undefined ? 'true by default' : 'true';
            return `Lookup '${read.activity}' returns only its first row (firstRowOnly is ${stated}), as output.firstRow; output.${read.field} exists only with firstRowOnly set to false.`;
        }
        if (firstRowOnly === false && field === 'firstrow') {
            return `Lookup '${read.activity}' has firstRowOnly set to false, so its output has value (the rows) and count, not firstRow; read activity('${read.activity}').output.value[0] or set firstRowOnly to true.`;
        }
        return undefined;
    }
    const known = METADATA_FIELDS.get(field);
    if (type === 'getmetadata' && known !== undefined) {
        const fieldList = metadataFieldList(activity);
        // Entries given as expressions are known only at run time.
        if (fieldList === undefined || fieldList.includes(field))
            return undefined;
        const named = activityValue(activity, 'typeProperties', 'fieldList');
        return `Get Metadata '${read.activity}' returns only the fields its fieldList names (${named.length > 0 ? named.join(', ') : 'none'}), so output.${read.field} does not exist; add '${known.name}' to its fieldList.`;
    }
    return undefined;
}
/**
 * `activity('A').output` holds what A's definition makes it return: a Lookup's first row or
 * all rows (firstRowOnly), a Get Metadata's fieldList. Reading the other fails the run.
 */
const expressionActivityOutputRule = {
    id: 'adf/expression-activity-output',
    armTtk: null,
    severity: 'error',
    description: "Read what the activity returns: a Lookup's output.firstRow (firstRowOnly true, the default) or output.value and output.count (false), a Get Metadata's fields named in its fieldList.",
    helpUri: ADF_DOCS.lookup,
    check(context) {
        for (const site of expressionSites((0,factory_model/* factoryModel */.M4)(context))) {
            if (site.object.kind !== 'pipeline')
                continue;
            for (const node of nodesWhere(site.parsed, 'activity().output member', (n) => outputRead(n) !== undefined)) {
                const read = outputRead(node);
                const activity = activityNamed(site.object, read.activity);
                const message = activity && problem(activity, read);
                if (message)
                    reportInString(context, site.object.document, site.node, read.start, message);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/adf-functions.js
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
const FUNCTIONS = [
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
function signatureOf(name, parameters) {
    let depth = 0;
    let min = 0;
    let max = 0;
    for (const [token] of parameters.matchAll(/\[|\]|\.\.\.|\w+/g)) {
        if (token === '[')
            depth++;
        else if (token === ']')
            depth--;
        else if (token === '...')
            max = Infinity;
        else {
            max++;
            if (depth === 0)
                min++;
        }
    }
    return { name, parameters, min, max };
}
const SIGNATURES = new Map(FUNCTIONS.map(([name, parameters]) => [name.toLowerCase(), signatureOf(name, parameters)]));
const NAMES = FUNCTIONS.map(([name]) => name);
/** The parameters of a function, or undefined when the language has no such function. */
function functionSignature(name) {
    return SIGNATURES.get(name.toLowerCase());
}
/** Every known function name, for suggestions. */
function allFunctionNames() {
    return NAMES;
}

// EXTERNAL MODULE: ./lib/shared/report/report-model.js
var report_model = __webpack_require__(8176);
;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/expression-functions.js








/** Whether a call names no function of the language, or gives one too few or too many arguments. */
function isWrongCall(node) {
    if (node.type !== 'call')
        return false;
    const signature = functionSignature(node.name);
    return signature === undefined || node.args.length < signature.min || node.args.length > signature.max;
}
/** "takes 2 or 3 arguments (timestamp, days[, format])" and the like. */
function argumentsTaken({ min, max, parameters }) {
    if (max === 0)
        return 'takes no arguments';
    const names = ` (${parameters})`;
    if (max === Infinity)
        return `takes at least ${(0,report_model/* plural */.LS)(min, 'argument')}${names}`;
    if (min === max)
        return `takes ${(0,report_model/* plural */.LS)(min, 'argument')}${names}`;
    if (min === 0)
        return `takes at most ${(0,report_model/* plural */.LS)(max, 'argument')}${names}`;
    if (max === min + 1)
        return `takes ${min} or ${max} arguments${names}`;
    return `takes ${min} to ${max} arguments${names}`;
}
/** Expressions call only functions the Data Factory expression language has, with as many arguments as each takes. */
const expressionFunctionsRule = {
    id: 'adf/expression-functions',
    armTtk: null,
    severity: 'error',
    description: 'Call only functions of the Data Factory expression language (concat, formatDateTime, pipeline, activity, ...), each with the arguments it takes.',
    helpUri: ADF_DOCS.expressions,
    check(context) {
        for (const site of expressionSites((0,factory_model/* factoryModel */.M4)(context))) {
            // One walk per distinct text finds both mistakes.
            for (const node of nodesWhere(site.parsed, 'wrong call', isWrongCall)) {
                const signature = functionSignature(node.name);
                if (signature === undefined) {
                    const closest = (0,closest_name/* closestName */.N)(node.name, allFunctionNames());
                    const hint = closest ? ` Did you mean ${closest}()?` : '';
                    reportInString(context, site.object.document, site.node, node.start, `Unknown function ${node.name}() in the expression; Data Factory has no such function.${hint}`);
                }
                else {
                    reportInString(context, site.object.document, site.node, node.start, `${signature.name} ${argumentsTaken(signature)}; this call gives ${node.args.length}.`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/expression-item.js







/** Whether a site is a Filter activity's condition, which is evaluated once per element of its items, item() being the element. */
function isFilterCondition(site) {
    const activity = site.activity;
    if (activity === undefined || (activity.type ?? '').toLowerCase() !== 'filter')
        return false;
    const condition = (0,json_nav/* dig */.rO)(activity.node, 'typeProperties', 'condition');
    return condition !== undefined && (site.node === condition || site.node === (0,json_nav/* prop */._w)(condition, 'value'));
}
/**
 * `item()` has a value only in activities inside a ForEach (not in the ForEach's own `items`),
 * and in a Filter activity's condition.
 */
const expressionItemRule = {
    id: 'adf/expression-item',
    armTtk: null,
    severity: 'error',
    description: 'Use item() only in activities inside a ForEach loop or in a Filter condition; elsewhere pass the value as a parameter.',
    helpUri: ADF_DOCS.forEach,
    check(context) {
        for (const site of expressionSites((0,factory_model/* factoryModel */.M4)(context))) {
            const calls = nodesWhere(site.parsed, 'item()', (n) => callNamed(n, 'item') !== undefined);
            if (calls.length === 0)
                continue;
            const inLoop = site.activity !== undefined && enclosingContainers(site.activity).some((c) => (c.type ?? '').toLowerCase() === 'foreach');
            if (inLoop || isFilterCondition(site))
                continue;
            for (const call of calls) {
                const where = site.activity ? `activity '${site.activity.name ?? ''}', which is not inside a ForEach` : 'a place outside any ForEach activity';
                reportInString(context, site.object.document, site.node, call.start, `item() is used in ${where}; it only has a value inside a ForEach loop and in a Filter activity's condition.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/expression-length.js



/** Data Factory's limit on the characters of one expression. */
const MAX_EXPRESSION_CHARACTERS = 8192;
const expressionLengthRule = {
    id: 'adf/expression-length',
    armTtk: null,
    severity: 'error',
    description: 'Keep each expression within 8,192 characters: split it across Set Variable activities or move the logic into a data flow or stored procedure.',
    helpUri: ADF_DOCS.limits,
    check(context) {
        for (const site of expressionSites((0,factory_model/* factoryModel */.M4)(context))) {
            if (site.value.length > MAX_EXPRESSION_CHARACTERS) {
                context.report(site.object.document, site.node, `This expression is ${site.value.length} characters long; Data Factory accepts up to ${MAX_EXPRESSION_CHARACTERS}. Split it up.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/expression-parameters.js









const READERS = { pipeline: 'pipeline().parameters', dataset: 'dataset()', linkedService: 'linkedService()' };
/**
 * `pipeline().parameters.x`, `dataset().x` and `linkedService().x` name parameters their
 * pipeline, dataset or linked service declares; `pipeline().globalParameters.x` one its factory
 * declares, where the unit holds the factory's declaration.
 */
const expressionParametersRule = {
    id: 'adf/expression-parameters',
    armTtk: null,
    severity: 'error',
    description: "Declare the parameter the expression reads under the properties.parameters of its pipeline, dataset or linked service (global parameters: under the factory's properties.globalParameters), or fix its name.",
    helpUri: ADF_DOCS.parameters,
    check(context) {
        for (const site of expressionSites((0,factory_model/* factoryModel */.M4)(context))) {
            const declared = declaredParameters(site.object);
            for (const node of nodesWhere(site.parsed, 'parameter read', (n) => parameterRead(n) !== undefined)) {
                const read = parameterRead(node);
                const report = (message) => reportInString(context, site.object.document, site.node, read.start, message);
                if (read.owner === 'global') {
                    // Only pipelines read global parameters; elsewhere pipeline() itself is the problem.
                    const globals = site.object.kind === 'pipeline' ? declaredGlobalParameters(site.object.factory) : undefined;
                    if (globals === undefined || hasName(globals, read.name))
                        continue;
                    const closest = (0,closest_name/* closestName */.N)(read.name, globals.map((d) => d.name));
                    const hint = closest ? ` Did you mean '${closest}'?` : " Declare it under the factory's properties.globalParameters.";
                    report(`${describeObject(site.object)} reads global parameter '${read.name}' (pipeline().globalParameters.${read.name}), which the factory does not declare.${hint}`);
                    continue;
                }
                if (read.owner !== site.object.kind) {
                    report(`${READERS[read.owner]} is not available in a ${site.object.kind === 'linkedService' ? 'linked service' : site.object.kind}; ${describeObject(site.object)} can read only its own parameters.`);
                    continue;
                }
                if (hasName(declared, read.name))
                    continue;
                const closest = (0,closest_name/* closestName */.N)(read.name, declared.map((d) => d.name));
                const hint = closest ? ` Did you mean '${closest}'?` : ` Declare it under properties.parameters.`;
                report(`${describeObject(site.object)} reads parameter '${read.name}' (${READERS[read.owner]}.${read.name}), which it does not declare.${hint}`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/expression-scope.js






const TRIGGER_FUNCTIONS = new Set(['trigger', 'triggerbody', 'triggeroutputs']);
/** A call of trigger(), triggerBody() or triggerOutputs(). */
function triggerCall(node) {
    return node.type === 'call' && TRIGGER_FUNCTIONS.has(node.name.toLowerCase());
}
/** `pipeline().RunId` and the other system variables: pipeline() read for anything but its parameter sections. */
function pipelineSystemVariable(node) {
    if (!isMemberOf(node, (target) => callNamed(target, 'pipeline') !== undefined))
        return false;
    const name = memberName(node).toLowerCase();
    return name !== 'parameters' && name !== 'globalparameters';
}
/** Where a value the object cannot read itself has to come from. */
const PASS_IN = {
    pipeline: 'have the trigger pass it as a pipeline parameter and read pipeline().parameters.<name>',
    dataset: 'pass it as a dataset parameter and read dataset().<name>',
    linkedService: 'pass it as a linked service parameter and read linkedService().<name>',
};
/**
 * The functions that read a run's context exist only where that context does: trigger(),
 * triggerBody() and triggerOutputs() in a trigger's definition, pipeline()'s system variables in
 * a pipeline (its parameters are `adf/expression-parameters`' concern). Elsewhere the run fails
 * with "the template function is not defined or not valid".
 */
const expressionScopeRule = {
    id: 'adf/expression-scope',
    armTtk: null,
    severity: 'error',
    description: "Read trigger() only in triggers and pipeline()'s system variables only in pipelines; elsewhere pass the value in as a parameter.",
    helpUri: ADF_DOCS.systemVariables,
    check(context) {
        for (const site of expressionSites((0,factory_model/* factoryModel */.M4)(context))) {
            const object = site.object;
            const passIn = PASS_IN[object.kind];
            if (object.kind !== 'trigger') {
                for (const call of nodesWhere(site.parsed, 'trigger functions', triggerCall)) {
                    reportInString(context, object.document, site.node, call.start, `${call.name}() is available only in a trigger, not in a ${kindWord(object.kind)}; ${passIn ?? 'pass the value in as a parameter'}.`);
                }
            }
            // Datasets and linked services are evaluated for the activity that uses them, with no pipeline() of their own.
            if (object.kind === 'dataset' || object.kind === 'linkedService') {
                for (const node of nodesWhere(site.parsed, 'pipeline() system variable', pipelineSystemVariable)) {
                    reportInString(context, object.document, site.node, node.target.start, `pipeline().${memberName(node)} is available only in pipelines; ${describeObject(object)} cannot read it: ${passIn}.`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/expression-syntax.js




/** Every `@...` and `@{...}` value parses as a Data Factory expression; the finding points at the character where it breaks. */
const expressionSyntaxRule = {
    id: 'adf/expression-syntax',
    armTtk: null,
    severity: 'error',
    description: "Fix the expression at the reported character (quote strings with ', close every ( and @{, separate arguments with commas), or start the value with @@ for a literal @.",
    helpUri: ADF_DOCS.expressions,
    check(context) {
        for (const site of expressionSites((0,factory_model/* factoryModel */.M4)(context))) {
            const error = site.parsed.error;
            if (error)
                reportInString(context, site.object.document, site.node, error.offset, `Invalid expression: ${error.message}.`);
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/expression-types.js







const A = { String: 'a String', Bool: 'a Bool', Number: 'a number', Array: 'an Array', Object: 'an Object' };
/** How to turn a value of one type into another, for the message. */
function conversion(from, to) {
    if (to === 'String')
        return from === 'Array' || from === 'Object' ? 'wrap it in string() (or join() for an array)' : 'wrap it in string()';
    if (to === 'Array')
        return from === 'String' ? 'split() a delimited string, or wrap a single value in createArray()' : 'wrap it in createArray()';
    if (to === 'Bool')
        return 'compare it (equals(), greater(), ...) or convert it with bool()';
    if (to === 'Number')
        return 'convert it with int() or float()';
    return 'convert it with json()';
}
function variableTypes(pipeline) {
    const types = new Map();
    for (const declaration of declaredVariables(pipeline)) {
        const typeName = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(declaration.value, 'type'));
        const type = declaredType(typeName);
        const key = declaration.name.toLowerCase();
        if (type && typeName && !types.has(key))
            types.set(key, { name: declaration.name, type, typeName });
    }
    return types;
}
/**
 * Values whose type the service checks when the activity runs: a Set Variable's value against the
 * variable's type, an Append Variable's variable (an Array), a ForEach's items (an Array), an If
 * Condition's or Until's expression (a Bool). Judged where the type is plain from the JSON: a
 * literal, a parameter or variable read, or a function that always returns one type.
 */
const expressionTypesRule = {
    id: 'adf/expression-types',
    armTtk: null,
    severity: 'error',
    description: "Give each value the type it is used as: a Set Variable value of the variable's type, Append Variable on Array variables, ForEach items an Array, If Condition and Until expressions a Bool.",
    helpUri: ADF_DOCS.setVariable,
    check(context) {
        const model = (0,factory_model/* factoryModel */.M4)(context);
        const parse = factorySites(model).parse;
        for (const pipeline of (0,factory_model/* objectsOfKind */._c)(model, 'pipeline')) {
            let variables;
            for (const activity of pipelineGraph(pipeline).all) {
                const type = activity.type?.toLowerCase();
                if (type !== 'setvariable' && type !== 'appendvariable' && type !== 'foreach' && type !== 'ifcondition' && type !== 'until')
                    continue;
                const label = `${activity.type} '${activity.name ?? ''}'`;
                const report = (node, message) => context.report(pipeline.document, node ?? activity.nameNode ?? activity.node, message);
                if (type === 'setvariable' || type === 'appendvariable') {
                    if (activityValue(activity, 'typeProperties', 'setSystemVariable') === true)
                        continue;
                    const name = activityValue(activity, 'typeProperties', 'variableName');
                    const target = typeof name === 'string' ? (variables ??= variableTypes(pipeline)).get(name.toLowerCase()) : undefined;
                    if (target === undefined)
                        continue;
                    if (type === 'appendvariable') {
                        if (target.type !== 'Array')
                            report((0,json_nav/* dig */.rO)(activity.node, 'typeProperties', 'variableName'), `${label} appends to variable '${target.name}', declared as ${target.typeName}; only Array variables take appends. Declare it as Array, or use Set Variable.`);
                        continue;
                    }
                    const got = valueType(activityValue(activity, 'typeProperties', 'value'), pipeline, parse);
                    if (got !== undefined && got !== target.type) {
                        report((0,json_nav/* dig */.rO)(activity.node, 'typeProperties', 'value'), `${label} sets variable '${target.name}' (${target.typeName}) to ${A[got]}, and the run fails; ${conversion(got, target.type)}, or change the variable's type.`);
                    }
                }
                else if (type === 'foreach') {
                    const got = valueType(activityValue(activity, 'typeProperties', 'items'), pipeline, parse);
                    if (got !== undefined && got !== 'Array')
                        report((0,json_nav/* dig */.rO)(activity.node, 'typeProperties', 'items'), `${label} iterates over ${A[got]}; items must be an Array: ${conversion(got, 'Array')}.`);
                }
                else if (type === 'ifcondition' || type === 'until') {
                    const got = valueType(activityValue(activity, 'typeProperties', 'expression'), pipeline, parse);
                    if (got !== undefined && got !== 'Bool')
                        report((0,json_nav/* dig */.rO)(activity.node, 'typeProperties', 'expression'), `${label} decides on ${A[got]}; its expression must be a Bool: ${conversion(got, 'Bool')}.`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/expression-system-variables.js








/** What `pipeline()` documents: its system variables, then its two parameter sections. */
const PIPELINE_PROPERTIES = [
    'DataFactory',
    'Pipeline',
    'RunId',
    'TriggerType',
    'TriggerId',
    'TriggerName',
    'TriggerTime',
    'GroupId',
    'TriggeredByPipelineName',
    'TriggeredByPipelineRunId',
    'parameters',
    'globalParameters',
];
const KNOWN = new Set(PIPELINE_PROPERTIES.map((name) => name.toLowerCase()));
const expression_system_variables_isPipelineCall = (node) => callNamed(node, 'pipeline') !== undefined;
/** A member of `pipeline()` read by name: `pipeline().RunId`, `pipeline()?.TriggeredByPipelineName`, `pipeline()['RunId']`. */
function pipelineMember(node) {
    return isMemberOf(node, expression_system_variables_isPipelineCall);
}
const TRIGGER_SCOPES = [
    { type: 'ScheduleTrigger', trigger: ['scheduledTime', 'startTime'] },
    { type: 'TumblingWindowTrigger', trigger: ['outputs', 'scheduledTime', 'startTime'], outputs: ['windowStartTime', 'windowEndTime'] },
    // Event triggers' outputs hold the event as `body`, which triggerBody() reads.
    { type: 'BlobEventsTrigger', trigger: ['outputs', 'startTime'], outputs: ['body'], body: ['fileName', 'folderPath'] },
    { type: 'CustomEventsTrigger', trigger: ['outputs', 'startTime'], outputs: ['body'], body: ['event'] },
];
const SCOPE_BY_TYPE = new Map(TRIGGER_SCOPES.map((scope) => [scope.type.toLowerCase(), scope]));
const isTriggerCall = (node) => callNamed(node, 'trigger') !== undefined;
const isTriggerOutputs = (node) => isMemberOf(node, isTriggerCall) && memberName(node).toLowerCase() === 'outputs';
const isTriggerBody = (node) => callNamed(node, 'triggerBody') !== undefined;
/** What a trigger's expressions may read of trigger(), trigger().outputs and triggerBody(), by its type. */
function checkTrigger(report, object, parsed) {
    const type = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(object.properties, 'type'));
    const scope = type === undefined ? undefined : SCOPE_BY_TYPE.get(type.toLowerCase());
    if (scope === undefined)
        return;
    const judge = (node, what, known) => {
        const name = memberName(node);
        if (known?.some((k) => k.toLowerCase() === name.toLowerCase()))
            return;
        if (known === undefined) {
            report(memberStart(node), `${what} of a ${scope.type} is not documented, and a run may fail where it is read; use ${(0,words/* andList */.cM)(scope.trigger.map((t) => `trigger().${t}`))}.`);
            return;
        }
        const closest = (0,closest_name/* closestName */.N)(name, known);
        const windowed = scope.outputs?.includes('windowStartTime') ?? false;
        const windows = !windowed && (name.toLowerCase() === 'outputs' || /^window/i.test(name)) ? ' (window start and end times exist only in a TumblingWindowTrigger)' : '';
        const hint = closest ? `did you mean '${closest}'?` : `it has ${(0,words/* andList */.cM)(known)}.`;
        report(memberStart(node), `${what} of a ${scope.type} has no documented property '${name}'${windows}, and a run fails where it is read; ${hint}`);
    };
    for (const node of nodesWhere(parsed, 'trigger() member', (n) => isMemberOf(n, isTriggerCall)))
        judge(node, 'trigger()', scope.trigger);
    if (scope.trigger.includes('outputs')) {
        for (const node of nodesWhere(parsed, 'trigger().outputs member', (n) => isMemberOf(n, isTriggerOutputs)))
            judge(node, 'trigger().outputs', scope.outputs);
    }
    for (const node of nodesWhere(parsed, 'triggerBody() member', (n) => isMemberOf(n, isTriggerBody)))
        judge(node, 'triggerBody()', scope.body);
}
/**
 * `pipeline()` has the documented system variables and the two parameter sections, and each kind
 * of trigger its own; a run that reads any other property fails when the expression is
 * evaluated. A warning, as the service may answer more than it documents.
 */
const expressionSystemVariablesRule = {
    id: 'adf/expression-system-variables',
    armTtk: null,
    severity: 'warning',
    description: "Read only the documented system variables: pipeline()'s (RunId, TriggerTime, ..., parameters, globalParameters) and those of the trigger's type (trigger().scheduledTime, trigger().outputs.windowStartTime, triggerBody().fileName, ...).",
    helpUri: ADF_DOCS.systemVariables,
    check(context) {
        for (const site of expressionSites((0,factory_model/* factoryModel */.M4)(context))) {
            if (site.object.kind === 'trigger')
                checkTrigger((start, message) => reportInString(context, site.object.document, site.node, start, message), site.object, site.parsed);
            for (const node of nodesWhere(site.parsed, 'pipeline() member', pipelineMember)) {
                const name = memberName(node);
                if (KNOWN.has(name.toLowerCase()))
                    continue;
                const closest = (0,closest_name/* closestName */.N)(name, PIPELINE_PROPERTIES);
                const hint = closest ? `did you mean '${closest}'?` : `it has ${PIPELINE_PROPERTIES.slice(0, -2).join(', ')}, parameters and globalParameters.`;
                reportInString(context, site.object.document, site.node, memberStart(node), `pipeline() has no documented property '${name}', and a run fails where it is read; ${hint}`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/expression-variables.js










function missing(pipeline, name) {
    const closest = (0,closest_name/* closestName */.N)(name, declaredVariables(pipeline).map((d) => d.name));
    return closest ? ` Did you mean '${closest}'?` : ' Declare it under properties.variables.';
}
/** `variables('x')` and the targets of Set Variable and Append Variable activities are variables the pipeline declares. */
const expressionVariablesRule = {
    id: 'adf/expression-variables',
    armTtk: null,
    severity: 'error',
    description: "Declare the variable under the pipeline's properties.variables, or fix its name.",
    helpUri: ADF_DOCS.setVariable,
    check(context) {
        const model = (0,factory_model/* factoryModel */.M4)(context);
        for (const site of expressionSites(model)) {
            for (const call of callsWithStringArgument(site.parsed, 'variables')) {
                const argument = call.args[0];
                if (site.object.kind !== 'pipeline') {
                    reportInString(context, site.object.document, site.node, call.start, `variables() is available only in pipelines; ${describeObject(site.object)} cannot read variable '${argument.value}'.`);
                }
                else if (!hasName(declaredVariables(site.object), argument.value)) {
                    reportInString(context, site.object.document, site.node, argument.start, `${describeObject(site.object)} reads variable '${argument.value}', which it does not declare.${missing(site.object, argument.value)}`);
                }
            }
        }
        for (const pipeline of (0,factory_model/* objectsOfKind */._c)(model, 'pipeline')) {
            for (const activity of pipelineGraph(pipeline).all) {
                const type = (activity.type ?? '').toLowerCase();
                if (type !== 'setvariable' && type !== 'appendvariable')
                    continue;
                if (activityValue(activity, 'typeProperties', 'setSystemVariable') === true)
                    continue;
                const name = activityValue(activity, 'typeProperties', 'variableName');
                if (typeof name !== 'string' || name.startsWith('@') || hasName(declaredVariables(pipeline), name))
                    continue;
                context.report(pipeline.document, (0,json_nav/* dig */.rO)(activity.node, 'typeProperties', 'variableName'), `Activity '${activity.name ?? ''}' sets variable '${name}', which ${describeObject(pipeline).replace(/^./, (c) => c.toLowerCase())} does not declare.${missing(pipeline, name)}`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/file-name.js



/** In a Git integration each object lives in `<kind>/<name>.json`; the service loses track of a file named otherwise. */
const fileNameRule = {
    id: 'adf/file-name',
    armTtk: null,
    severity: 'error',
    description: "Name each Data Factory file after the object's 'name' (pipeline/<name>.json).",
    helpUri: ADF_DOCS.sourceControl,
    check(context) {
        for (const object of (0,factory_model/* factoryModel */.M4)(context).objects) {
            if (object.factory.source === 'arm' || object.fileName === undefined || object.name === undefined)
                continue;
            if (object.name !== object.fileName) {
                context.report(object.document, object.nameNode, `${describeObject(object)} is in '${object.fileName}.json'; Data Factory names the file after the object. Rename the file to '${object.name}.json' or the object to '${object.fileName}'.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/foreach-batch-count.js





const MAX_BATCH_COUNT = 50;
/** A parallel ForEach runs at most 50 iterations at once; batchCount is a whole number from 1 to 50. */
const forEachBatchCountRule = {
    id: 'adf/foreach-batch-count',
    armTtk: null,
    severity: 'error',
    description: 'Set the ForEach batchCount to a whole number from 1 to 50.',
    helpUri: ADF_DOCS.forEach,
    check(context) {
        for (const pipeline of (0,factory_model/* objectsOfKind */._c)((0,factory_model/* factoryModel */.M4)(context), 'pipeline')) {
            for (const activity of pipelineGraph(pipeline).all) {
                if ((activity.type ?? '').toLowerCase() !== 'foreach')
                    continue;
                const node = (0,json_nav/* dig */.rO)(activity.node, 'typeProperties', 'batchCount');
                if (!node || (0,factory_model/* isArmValue */.sA)(pipeline.factory, node))
                    continue;
                const value = node.value;
                if (node.type === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_BATCH_COUNT)
                    continue;
                // The service types batchCount as a plain integer: an expression is not evaluated there.
                const expression = node.type === 'object' ? (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(node, 'type'))?.toLowerCase() === 'expression' : node.type === 'string' && String(value).startsWith('@');
                const name = activity.name ?? '';
                context.report(pipeline.document, node, expression
                    ? `ForEach '${name}' sets batchCount with an expression, which Data Factory does not evaluate there; write a whole number from 1 to ${MAX_BATCH_COUNT}.`
                    : `ForEach '${name}' has ${node.type === 'object' || node.type === 'array' ? `${(0,words/* jsonTypeWords */.gn)(node.type)} as batchCount` : `batchCount ${JSON.stringify(value)}`}; use a whole number from 1 to ${MAX_BATCH_COUNT}.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/foreach-parallel-variables.js




/**
 * Variables belong to the whole pipeline run, not to one iteration: a Set Variable inside a
 * ForEach whose iterations run in parallel (isSequential false, the default) races with itself,
 * and each iteration may read another's value. The ForEach documentation lists it as a limitation.
 */
const forEachParallelVariablesRule = {
    id: 'adf/foreach-parallel-variables',
    armTtk: null,
    severity: 'warning',
    description: 'Run the ForEach sequentially (isSequential: true), or move the Set Variable into a pipeline the loop calls with Execute Pipeline.',
    helpUri: ADF_DOCS.forEach,
    check(context) {
        for (const pipeline of (0,factory_model/* objectsOfKind */._c)((0,factory_model/* factoryModel */.M4)(context), 'pipeline')) {
            for (const activity of pipelineGraph(pipeline).all) {
                if (activity.type?.toLowerCase() !== 'setvariable' || activityValue(activity, 'typeProperties', 'setSystemVariable') === true)
                    continue;
                const loop = enclosingContainers(activity).find((c) => {
                    if (c.type?.toLowerCase() !== 'foreach')
                        return false;
                    const sequential = activityValue(c, 'typeProperties', 'isSequential');
                    return sequential === false || sequential === undefined;
                });
                if (loop === undefined)
                    continue;
                const variable = activityValue(activity, 'typeProperties', 'variableName');
                const what = typeof variable === 'string' ? `variable '${variable}'` : 'a variable';
                context.report(pipeline.document, (0,json_nav/* dig */.rO)(activity.node, 'typeProperties', 'variableName') ?? activity.nameNode, `Set Variable '${activity.name ?? ''}' sets ${what} inside ForEach '${loop.name ?? ''}', whose iterations run in parallel; variables belong to the whole run, so iterations overwrite each other. Set isSequential to true, or move the work into a pipeline run by Execute Pipeline.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/name-rules.js





/** Longest names the service accepts (pipeline and activity from the pipeline JSON reference). */
const MAX_LENGTH = { pipeline: 140, activity: 55, dataset: 260, linkedService: 260, dataflow: 260, trigger: 260 };
const FORBIDDEN = /[.+?/<>*%&:\\]/;
const NO_DASH = new Set(['linkedService', 'dataset', 'dataflow']);
const DASHED_NAME = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;
/**
 * The linked services a Synapse workspace makes for itself, named after the workspace, dash
 * included: `<workspace>-WorkspaceDefaultStorage` and `<workspace>-WorkspaceDefaultSqlServer`.
 */
const SYNAPSE_DEFAULT_LINKED_SERVICE = /^[A-Za-z0-9-]+-WorkspaceDefault(Storage|SqlServer)$/i;
/**
 * What is wrong with an object or activity name, or undefined when it is fine.
 * @param synapse the object is a Synapse workspace's
 */
function nameProblem(kind, name, synapse = false) {
    if (kind === 'factory' || kind === 'integrationRuntime') {
        if (!DASHED_NAME.test(name))
            return 'may hold only letters, digits and single dashes between them, starting and ending with a letter or digit';
        if (kind === 'factory' && (name.length < 3 || name.length > 63))
            return `is ${name.length} characters long; a factory name has 3 to 63`;
        return undefined;
    }
    if (!['pipeline', 'dataset', 'linkedService', 'dataflow', 'trigger', 'activity'].includes(kind))
        return undefined;
    const max = MAX_LENGTH[kind];
    if (max !== undefined && name.length > max)
        return `is ${name.length} characters long; the limit is ${max}`;
    if (!/^[A-Za-z0-9_]/.test(name))
        return 'must start with a letter, a digit or an underscore';
    const forbidden = FORBIDDEN.exec(name);
    if (forbidden)
        return `holds '${forbidden[0]}'; names may not contain . + ? / < > * % & : \\`;
    const serviceMade = synapse && kind === 'linkedService' && SYNAPSE_DEFAULT_LINKED_SERVICE.test(name);
    if (NO_DASH.has(kind) && name.includes('-') && !serviceMade)
        return 'holds a dash, which linked service, dataset and data flow names may not contain; use an underscore';
    return undefined;
}
/** The documented naming rules for factories, pipelines, activities, datasets, linked services, data flows, triggers and integration runtimes. */
const nameRulesRule = {
    id: 'adf/name-rules',
    armTtk: null,
    severity: 'error',
    description: 'Rename the object or activity to follow the Data Factory naming rules (length, first character, no . + ? / < > * % & : \\, no dash where forbidden).',
    helpUri: ADF_DOCS.naming,
    check(context) {
        for (const object of (0,factory_model/* factoryModel */.M4)(context).objects) {
            const report = (node, what, problem) => context.report(object.document, node ?? object.root, `${what} ${problem}.`);
            if (object.name !== undefined && (0,arm_strings/* isResolved */.ZY)(object.name)) {
                const problem = nameProblem(object.kind, object.name, object.factory.synapse === true);
                if (problem)
                    report(object.nameNode, `The name of ${describeObject(object).replace(/^./, (c) => c.toLowerCase())}`, problem);
            }
            if (object.kind !== 'pipeline')
                continue;
            for (const activity of pipelineGraph(object).all) {
                if (activity.name === undefined || !(0,arm_strings/* isResolved */.ZY)(activity.name))
                    continue;
                const problem = nameProblem('activity', activity.name);
                if (problem)
                    report(activity.nameNode, `Activity name '${activity.name}' in ${describeObject(object).replace(/^./, (c) => c.toLowerCase())}`, problem);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/object-shape.js









function requireType(report, object, node, path, expected) {
    const found = (0,json_nav/* prop */._w)(object.properties, path);
    if (found === undefined)
        report(node, `${describeObject(object)} has no properties.${path}; add it.`);
    else if (found.type !== expected)
        report(found, `${describeObject(object)}: properties.${path} must be ${(0,words/* jsonTypeWords */.gn)(expected)}.`);
    return found;
}
function checkPipeline(report, object) {
    requireType(report, object, object.properties, 'activities', 'array');
    for (const section of ['parameters', 'variables']) {
        const declared = (0,json_nav/* prop */._w)(object.properties, section);
        if (declared === undefined)
            continue;
        if (declared.type !== 'object') {
            report(declared, `${describeObject(object)}: properties.${section} must be an object of name to declaration.`);
            continue;
        }
        for (const entry of (0,json_nav/* properties */.qo)(declared)) {
            if (entry.value.type !== 'object' || (0,json_nav/* prop */._w)(entry.value, 'type')?.type !== 'string') {
                report(entry.value, `${describeObject(object)}: ${section.slice(0, -1)} '${entry.name}' needs an object with a 'type'.`);
            }
        }
    }
    const graph = pipelineGraph(object);
    for (const scope of graph.scopes)
        checkEntries(report, object, scope);
    for (const activity of graph.all) {
        if (activity.name === undefined)
            report(activity.nameNode ?? activity.node, `${describeObject(object)} has an activity without a string 'name'; name it.`);
        if (typeof activity.type !== 'string')
            report((0,json_nav/* prop */._w)(activity.node, 'type') ?? activity.node, `Activity '${activity.name ?? '(unnamed)'}' has no string 'type' (Copy, ForEach, SetVariable, ...); add it.`);
        const dependsOn = activityValue(activity, 'dependsOn');
        if (dependsOn !== undefined && !Array.isArray(dependsOn))
            report((0,json_nav/* prop */._w)(activity.node, 'dependsOn'), `Activity '${activity.name ?? '(unnamed)'}': dependsOn must be an array of { activity, dependencyConditions }.`);
        checkChoice(report, object, activity, 'state', ACTIVITY_STATES);
        checkChoice(report, object, activity, 'onInactiveMarkAs', INACTIVE_OUTCOMES);
        const shape = typeof activity.type === 'string' ? activityShape(activity.type) : undefined;
        // A deactivated activity (and what it holds) is saved and published without being validated, unfinished or not.
        if (shape !== undefined && !isDeactivated(activity))
            checkActivityShape(report, object, activity, shape);
    }
}
/** The values of an activity's `state` (REST ActivityState), and of `onInactiveMarkAs`: how a deactivated activity ends. */
const ACTIVITY_STATES = ['Active', 'Inactive'];
const INACTIVE_OUTCOMES = ['Succeeded', 'Failed', 'Skipped'];
/** An activity setting that takes one of a few values (in any case) holds one of them. */
function checkChoice(report, object, activity, name, values) {
    const value = activityValue(activity, name);
    if (value === undefined || (0,factory_model/* isArmText */.mT)(object.factory, value))
        return;
    if (typeof value === 'string' && values.some((v) => v.toLowerCase() === value.toLowerCase()))
        return;
    report((0,json_nav/* prop */._w)(activity.node, name), `Activity '${activity.name ?? '(unnamed)'}' has ${name} ${shown(value)}; use ${(0,words/* orList */.A3)(values)}.`);
}
/** Every entry of a list of activities is an activity (an object); the graph passes over the others. */
function checkEntries(report, object, scope) {
    const raw = scope.listRaw;
    const list = scope.listNode;
    const count = Array.isArray(raw) ? raw.length : list?.type === 'array' ? (list.children?.length ?? 0) : 0;
    if (count === 0 || (scope.container !== undefined && (isDeactivated(scope.container) || isInsideDeactivated(scope.container.node))))
        return;
    for (let i = 0; i < count; i++) {
        const value = Array.isArray(raw) ? raw[i] : undefined;
        const isActivity = Array.isArray(raw) ? typeof value === 'object' && value !== null && !Array.isArray(value) : (0,json_nav/* elementAt */.s2)(list, i)?.type === 'object';
        if (isActivity)
            continue;
        const node = (0,json_nav/* elementAt */.s2)(list, i);
        const what = Array.isArray(raw) ? (0,words/* jsonValueWords */.nD)(value) : (0,words/* jsonTypeWords */.gn)(node?.type ?? 'value');
        const where = scope.container === undefined ? 'properties.activities' : `${scope.branch} of '${scope.container.name ?? '(unnamed)'}'`;
        report(node, `${describeObject(object)}: entry ${i + 1} of ${where} is ${what}, not an activity; remove it or make it an activity object.`);
    }
}
/** The properties an activity's type requires (`activityShape`), read from the parsed value; nodes are made only to report. */
function checkActivityShape(report, object, activity, shape) {
    const label = `Activity '${activity.name ?? '(unnamed)'}' (${shape.type})`;
    const missing = (name) => name === undefined || name === null;
    for (const name of shape.activity ?? []) {
        if (missing(activityValue(activity, name)))
            report(activity.nameNode ?? activity.node, `${label} has no ${name}, which its type requires; add it.`);
    }
    const typeProperties = activityValue(activity, 'typeProperties');
    if (missing(typeProperties)) {
        report(activity.nameNode ?? activity.node, `${label} has no typeProperties; its type requires ${shape.typeProperties.join(', ')} there.`);
        return;
    }
    if (typeof typeProperties !== 'object' || Array.isArray(typeProperties)) {
        if (!(0,factory_model/* isArmValue */.sA)(object.factory, (0,json_nav/* prop */._w)(activity.node, 'typeProperties')))
            report((0,json_nav/* prop */._w)(activity.node, 'typeProperties'), `${label}: typeProperties must be an object.`);
        return;
    }
    for (const name of shape.typeProperties) {
        const value = (0,lazy_json_tree/* rawProp */._G)(typeProperties, name);
        if (missing(value)) {
            report((0,json_nav/* prop */._w)(activity.node, 'typeProperties'), `${label} has no typeProperties.${name}, which its type requires; add it.`);
        }
        else if (shape.typed?.includes(name) && typeof value === 'object' && !Array.isArray(value) && missing((0,lazy_json_tree/* rawProp */._G)(value, 'type'))) {
            report((0,json_nav/* dig */.rO)(activity.node, 'typeProperties', name), `${label}: typeProperties.${name} has no type; add the one that matches its dataset (${name.toLowerCase() === 'sink' ? 'JsonSink' : 'JsonSource'} for a Json dataset, for example).`);
        }
    }
}
function checkObject(context, object) {
    const report = (node, message) => context.report(object.document, node ?? object.root, message);
    if (object.root.type !== 'object') {
        // A template's resources are objects by construction; a file of a Git integration may hold anything.
        if (object.factory.source !== 'arm')
            report(object.root, `This ${object.kind} file holds ${(0,words/* jsonTypeWords */.gn)(object.root.type)}, not an object with 'name' and 'properties'; write the ${object.kind}'s definition there.`);
        return;
    }
    if (object.factory.source !== 'arm' && object.nameNode?.type !== 'string')
        report(object.nameNode, `This ${object.kind} has no string 'name'; add one (it must equal the file name).`);
    if (object.kind === 'factory' || object.kind === 'managedVirtualNetwork')
        return;
    if (object.properties?.type !== 'object') {
        report(object.properties ?? object.root, `${describeObject(object)} has no 'properties' object; its definition goes there.`);
        return;
    }
    switch (object.kind) {
        case 'pipeline':
            checkPipeline(report, object);
            return;
        case 'dataset': {
            const type = requireType(report, object, object.properties, 'type', 'string');
            // A Synapse dedicated SQL pool table is reached through the pool, not a linked service.
            const sqlPoolTable = object.factory.synapse === true && (0,json_nav/* stringOf */.Je)(type)?.toLowerCase() === 'sqlpooltable';
            requireType(report, object, object.properties, sqlPoolTable ? 'sqlPool' : 'linkedServiceName', 'object');
            return;
        }
        case 'linkedService':
            requireType(report, object, object.properties, 'type', 'string');
            if ((0,json_nav/* prop */._w)(object.properties, 'typeProperties') && (0,json_nav/* prop */._w)(object.properties, 'typeProperties')?.type !== 'object') {
                report((0,json_nav/* prop */._w)(object.properties, 'typeProperties'), `${describeObject(object)}: properties.typeProperties must be an object.`);
            }
            return;
        case 'trigger': {
            const type = (0,json_nav/* stringOf */.Je)(requireType(report, object, object.properties, 'type', 'string'));
            const pipelines = (0,json_nav/* prop */._w)(object.properties, 'pipelines');
            if (type?.toLowerCase() === 'tumblingwindowtrigger') {
                // It runs one pipeline per window: `pipeline`, not the `pipelines` list of other triggers,
                // which it would ignore. Without either it runs nothing yet, as Studio saves it.
                const pipeline = (0,json_nav/* prop */._w)(object.properties, 'pipeline');
                if (pipeline === undefined && pipelines !== undefined) {
                    report(pipelines, `${describeObject(object)}: a TumblingWindowTrigger runs one pipeline, given as properties.pipeline { pipelineReference, parameters }; move the entry of pipelines there (that list is for other triggers).`);
                }
                else if (pipeline !== undefined && pipeline.type !== 'object' && !(0,factory_model/* isArmValue */.sA)(object.factory, pipeline)) {
                    report(pipeline, `${describeObject(object)}: properties.pipeline must be an object { pipelineReference, parameters }.`);
                }
            }
            else if (pipelines && pipelines.type !== 'array' && !(0,factory_model/* isArmValue */.sA)(object.factory, pipelines)) {
                report(pipelines, `${describeObject(object)}: properties.pipelines must be an array of { pipelineReference, parameters }.`);
            }
            return;
        }
        case 'managedPrivateEndpoint':
            // Its properties (privateLinkResourceId, groupId, fqdns) carry no type.
            return;
        default:
            requireType(report, object, object.properties, 'type', 'string');
    }
}
/** Each Data Factory object has the JSON shape its kind needs (name, properties, type, activities, ...). */
const objectShapeRule = {
    id: 'adf/object-shape',
    armTtk: null,
    severity: 'error',
    description: "Give each Data Factory object its required JSON shape: 'name', 'properties' with 'type' ('activities' for a pipeline, 'linkedServiceName' for a dataset), and each activity the properties its type requires.",
    helpUri: ADF_DOCS.pipelines,
    check(context) {
        for (const object of (0,factory_model/* factoryModel */.M4)(context).objects)
            checkObject(context, object);
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/object-size.js




/** Bytes per object: 200 KB for pipelines, 100 KB (the default) for datasets and linked services. */
const OBJECT_SIZE_LIMITS = { pipeline: 200 * 1024, dataset: 100 * 1024, linkedService: 100 * 1024 };
const objectSizeRule = {
    id: 'adf/object-size',
    armTtk: null,
    severity: 'error',
    description: 'Keep each pipeline under 200 KB and each dataset or linked service under 100 KB of JSON: split the pipeline or move large values out.',
    helpUri: ADF_DOCS.limits,
    check(context) {
        for (const object of (0,factory_model/* factoryModel */.M4)(context).objects) {
            const limit = OBJECT_SIZE_LIMITS[object.kind];
            const body = object.properties;
            // The source text (with whitespace) is never smaller than the compact JSON the service
            // counts: the whole file's is checked first, as a node's length may cost a scan to find.
            if (limit === undefined || !body)
                continue;
            if (object.root === object.document.root && object.document.text.length <= limit)
                continue;
            if (body.length <= limit)
                continue;
            const bytes = Buffer.byteLength(JSON.stringify((0,json_nav/* valueOf */.RP)(body)));
            if (bytes > limit) {
                context.report(object.document, object.nameNode ?? body, `${describeObject(object)} is ${(bytes / 1024).toFixed(0)} KB as compact JSON; Data Factory accepts ${limit / 1024} KB per ${object.kind === 'pipeline' ? 'pipeline' : 'dataset or linked service'}. Make it smaller.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/parameter-limit.js





const MAX_PIPELINE_PARAMETERS = 50;
const parameterLimitRule = {
    id: 'adf/parameter-limit',
    armTtk: null,
    severity: 'error',
    description: 'Keep each pipeline at 50 parameters or fewer: pass related values as one Object or Array parameter.',
    helpUri: ADF_DOCS.limits,
    check(context) {
        for (const pipeline of (0,factory_model/* objectsOfKind */._c)((0,factory_model/* factoryModel */.M4)(context), 'pipeline')) {
            const count = declaredParameters(pipeline).length;
            if (count > MAX_PIPELINE_PARAMETERS) {
                context.report(pipeline.document, (0,json_nav/* prop */._w)(pipeline.properties, 'parameters'), `${describeObject(pipeline)} declares ${count} parameters; Data Factory allows at most ${MAX_PIPELINE_PARAMETERS}. Group some into an Object parameter.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/references.js

/** Every reference of every object of the unit (collected once per unit, with the expression sites). */
function referenceSites(model) {
    return factorySites(model).references;
}

// EXTERNAL MODULE: ./lib/shared/validate/datafactory/git-layout.js
var git_layout = __webpack_require__(4848);
;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/reference-exists.js







/** The integration runtime every factory has without defining it. */
const AUTO_RESOLVE_RUNTIME = 'AutoResolveIntegrationRuntime';
/**
 * Where a name is missing from, for the end of a message: a Git folder's factory or workspace (the
 * file path says which), or the factory a template names. Not the folder as given on the command
 * line, which would make the same finding read differently from one invocation to the next.
 */
function factoryOf(object) {
    if (object.factory.source === 'arm')
        return object.factory.label;
    return object.factory.synapse ? 'its workspace' : 'its factory';
}
/** A Synapse workspace's pipeline names a notebook or Spark job definition of the workspace. */
function checkSynapseArtifact(context, site) {
    const { object, name } = site;
    const lowerType = site.type.toLowerCase();
    const names = object.factory.synapseArtifacts?.get(lowerType);
    if (names === undefined || name === undefined || !(0,arm_strings/* isResolved */.ZY)(name))
        return;
    const lower = name.toLowerCase();
    if (names.some((n) => n.toLowerCase() === lower))
        return;
    const word = git_layout/* SYNAPSE_REFERENCED */.SR.find((r) => r.referenceType === lowerType).word;
    const closest = (0,closest_name/* closestName */.N)(name, names);
    const hint = closest ? ` Did you mean '${closest}'?` : ` Add the ${word} or fix the name.`;
    const nameNode = site.nameNode;
    context.report(object.document, nameNode, `${describePlace(object, nameNode)} references ${word} '${(0,arm_strings/* displayText */.WV)(name)}', which ${factoryOf(object)} does not define.${hint}`);
}
/** Every pipeline, dataset, linked service, integration runtime, data flow, credential and trigger reference names an object of the factory. */
const referenceExistsRule = {
    id: 'adf/reference-exists',
    armTtk: null,
    severity: 'error',
    description: 'Point each *Reference at an object the factory defines, or add that object.',
    helpUri: ADF_DOCS.datasetsAndLinkedServices,
    check(context) {
        for (const site of referenceSites((0,factory_model/* factoryModel */.M4)(context))) {
            const { object, target, name } = site;
            if (!target && object.factory.synapseArtifacts !== undefined)
                checkSynapseArtifact(context, site);
            if (!target || name === undefined || !(0,arm_strings/* isResolved */.ZY)(name) || object.factory.source === 'file')
                continue;
            if (target === 'integrationRuntime' && name.toLowerCase() === AUTO_RESOLVE_RUNTIME.toLowerCase())
                continue;
            if ((0,factory_model/* findObject */.Z)(object.factory, target, name))
                continue;
            // The template may define it under a name known only at deployment.
            if (object.factory.undetermined?.has(target))
                continue;
            const candidates = object.factory.objects.filter((o) => o.kind === target && o.name !== undefined && (0,arm_strings/* isResolved */.ZY)(o.name)).map((o) => o.name);
            const closest = (0,closest_name/* closestName */.N)(name, candidates);
            const hint = closest ? ` Did you mean '${closest}'?` : ` Add the ${kindWord(target)} or fix the name.`;
            const nameNode = site.nameNode;
            context.report(object.document, nameNode, `${describePlace(object, nameNode)} references ${kindWord(target)} '${(0,arm_strings/* displayText */.WV)(name)}', which ${factoryOf(object)} does not define.${hint}`);
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/reference-parameters.js










/** The `parameters` a reference passes, as parsed; undefined when it has none. */
function passed(site) {
    return site.raw !== undefined ? (0,lazy_json_tree/* rawProp */._G)(site.raw, 'parameters') : (0,json_nav/* valueOf */.RP)((0,json_nav/* prop */._w)(site.node, 'parameters'));
}
/**
 * Whether passed parameters are given some other way than as an object of name to value: an
 * expression or a template value, whose names are not known here.
 */
function isOpaque(given) {
    return given !== undefined && given !== null && (typeof given !== 'object' || Array.isArray(given));
}
const REQUIRED = new WeakMap();
/** The parameters an object declares without a default value (listed once per object: it may be referenced thousands of times). */
function requiredParameters(object) {
    let found = REQUIRED.get(object);
    if (found === undefined)
        REQUIRED.set(object, (found = declaredParameters(object).filter((p) => !hasDefault(p.value))));
    return found;
}
/**
 * A reference to a parameterised dataset or linked service supplies every parameter the object
 * declares without a default value: nothing else can, and the run fails when the object reads
 * it (`dataset().folder` cannot be evaluated). Pipelines called by triggers and Execute Pipeline
 * are `adf/required-parameters`; data flows declare their parameters in their script, not here.
 * The datasets of a data flow's sources and sinks take their values from the Execute Data Flow
 * activity that runs it (`datasetParameters`, by source or sink name), not from the reference:
 * that activity is checked instead.
 */
const referenceParametersRule = {
    id: 'adf/reference-parameters',
    armTtk: null,
    severity: 'error',
    description: "Pass every parameter that a referenced dataset or linked service declares without a default value, under the reference's parameters (a data flow's datasets: under the Execute Data Flow activity's datasetParameters).",
    helpUri: ADF_DOCS.parameters,
    check(context) {
        for (const site of referenceSites((0,factory_model/* factoryModel */.M4)(context))) {
            const { object, target, name } = site;
            if ((target !== 'dataset' && target !== 'linkedService') || name === undefined || !(0,arm_strings/* isResolved */.ZY)(name) || object.factory.source === 'file' || object.kind === 'dataflow')
                continue;
            const referenced = (0,factory_model/* findObject */.Z)(object.factory, target, name);
            if (referenced === undefined)
                continue; // adf/reference-exists reports it
            const required = requiredParameters(referenced);
            if (required.length === 0)
                continue;
            const given = passed(site);
            if (isOpaque(given))
                continue;
            let missing;
            for (const parameter of required)
                if ((0,lazy_json_tree/* rawPropertyName */.xn)(given, parameter.name) === undefined)
                    (missing ??= []).push(parameter);
            if (missing === undefined)
                continue;
            // A deactivated activity is published without being checked; it may be left unfinished.
            if (object.kind === 'pipeline' && isInsideDeactivated(site.node))
                continue;
            const declared = declaredParameters(referenced);
            const undeclared = given ? Object.keys(given).filter((n) => !hasName(declared, n)) : [];
            for (const parameter of missing) {
                const typo = (0,closest_name/* closestName */.N)(parameter.name, undeclared);
                const hint = typo !== undefined ? ` It passes '${typo}', which the ${kindWord(target)} does not declare: is that it?` : '';
                context.report(object.document, (0,json_nav/* prop */._w)(site.node, 'parameters') ?? site.nameNode, `${describeObject(object)} references ${kindWord(target)} '${name}' without its parameter '${parameter.name}', which has no default value; pass it under the reference's parameters, or give the parameter a default.${hint}`);
            }
        }
        for (const pipeline of (0,factory_model/* objectsOfKind */._c)((0,factory_model/* factoryModel */.M4)(context), 'pipeline')) {
            if (pipeline.factory.source === 'file')
                continue;
            for (const activity of pipelineGraph(pipeline).all) {
                if ((activity.type ?? '').toLowerCase() === 'executedataflow' && !isDeactivated(activity))
                    checkDataFlowRun(context, pipeline, activity);
            }
        }
    },
};
/** The datasets a data flow's sources and sinks read and write, by source or sink name. */
function flowDatasets(flow) {
    const found = [];
    for (const [list, role] of [['sources', 'source'], ['sinks', 'sink']]) {
        for (const entry of (0,json_nav/* elements */.Yt)((0,json_nav/* dig */.rO)(flow.properties, 'typeProperties', list))) {
            const stream = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(entry, 'name'));
            const name = (0,factory_model/* textOf */.b6)(flow.factory, (0,json_nav/* dig */.rO)(entry, 'dataset', 'referenceName'));
            const dataset = name !== undefined && (0,arm_strings/* isResolved */.ZY)(name) ? (0,factory_model/* findObject */.Z)(flow.factory, 'dataset', name) : undefined;
            if (stream !== undefined && dataset !== undefined)
                found.push({ role, stream, dataset });
        }
    }
    return found;
}
/**
 * An Execute Data Flow activity passes the parameters without a default of the datasets its data
 * flow uses, under `dataflow.datasetParameters.<source or sink name>`: the flow's own references
 * cannot.
 */
function checkDataFlowRun(context, pipeline, activity) {
    const reference = activityValue(activity, 'typeProperties', 'dataflow');
    const name = (0,lazy_json_tree/* rawProp */._G)(reference, 'referenceName');
    if (typeof name !== 'string' || !(0,arm_strings/* isResolved */.ZY)(name) || name.startsWith('@'))
        return;
    const flow = (0,factory_model/* findObject */.Z)(pipeline.factory, 'dataflow', name);
    if (flow === undefined)
        return; // adf/reference-exists reports it
    const datasets = flowDatasets(flow).filter((d) => requiredParameters(d.dataset).length > 0);
    if (datasets.length === 0)
        return;
    const all = (0,lazy_json_tree/* rawProp */._G)(reference, 'datasetParameters');
    if (isOpaque(all))
        return;
    for (const { role, stream, dataset } of datasets) {
        const given = all === undefined || all === null ? undefined : (0,lazy_json_tree/* rawProp */._G)(all, stream);
        if (isOpaque(given))
            continue;
        for (const parameter of requiredParameters(dataset)) {
            if ((0,lazy_json_tree/* rawPropertyName */.xn)(given, parameter.name) !== undefined)
                continue;
            const dataflowNode = (0,json_nav/* dig */.rO)(activity.node, 'typeProperties', 'dataflow');
            context.report(pipeline.document, (0,json_nav/* prop */._w)(dataflowNode, 'datasetParameters') ?? dataflowNode ?? activity.nameNode, `Activity '${activity.name ?? ''}' runs data flow '${name}' without parameter '${parameter.name}' of dataset '${dataset.name ?? ''}' (its ${role} '${stream}'), which has no default value; pass it under dataflow.datasetParameters.${stream}, or give the parameter a default.`);
        }
    }
}

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/required-parameters.js







/** Checks one call of a pipeline: the parameters without a default are given, and only declared ones are. */
function checkCall(context, caller, reference, parameters, what) {
    const name = (0,factory_model/* textOf */.b6)(caller.factory, (0,json_nav/* prop */._w)(reference, 'referenceName'));
    if (name === undefined || !(0,arm_strings/* isResolved */.ZY)(name) || caller.factory.source === 'file')
        return;
    const pipeline = (0,factory_model/* findObject */.Z)(caller.factory, 'pipeline', name);
    if (!pipeline)
        return; // adf/reference-exists reports it
    const declared = declaredParameters(pipeline);
    const given = (0,json_nav/* properties */.qo)(parameters);
    const givenNames = new Set(given.map((g) => g.name.toLowerCase()));
    // One finding per parameter, though they share a place: fixing some of them then leaves the
    // others' findings as they were, which a baseline (and a code-scanning alert) can follow.
    for (const parameter of declared) {
        if (hasDefault(parameter.value) || givenNames.has(parameter.name.toLowerCase()))
            continue;
        context.report(caller.document, parameters ?? reference, `${what} runs pipeline '${name}' without its parameter '${parameter.name}', which has no default value; supply it under parameters.`);
    }
    const declaredNames = new Set(declared.map((d) => d.name.toLowerCase()));
    for (const extra of given) {
        if (!declaredNames.has(extra.name.toLowerCase())) {
            context.report(caller.document, extra.key, `${what} passes parameter '${extra.name}' to pipeline '${name}', which declares no such parameter; remove it or declare it in the pipeline.`);
        }
    }
}
/** Triggers and Execute Pipeline activities supply every pipeline parameter that has no default, and no undeclared ones. */
const requiredParametersRule = {
    id: 'adf/required-parameters',
    armTtk: null,
    severity: 'error',
    description: 'Pass every parameter without a default value when a trigger or an Execute Pipeline activity starts a pipeline, and only declared parameters.',
    helpUri: ADF_DOCS.triggers,
    check(context) {
        for (const object of (0,factory_model/* factoryModel */.M4)(context).objects) {
            if (object.kind === 'trigger') {
                const single = (0,json_nav/* prop */._w)(object.properties, 'pipeline');
                const entries = single ? [single] : (0,json_nav/* elements */.Yt)((0,json_nav/* prop */._w)(object.properties, 'pipelines'));
                for (const entry of entries)
                    checkCall(context, object, (0,json_nav/* prop */._w)(entry, 'pipelineReference'), (0,json_nav/* prop */._w)(entry, 'parameters'), describeObject(object));
            }
            else if (object.kind === 'pipeline') {
                for (const activity of pipelineGraph(object).all) {
                    // A deactivated activity is published without being checked; it may be left unfinished.
                    if ((activity.type ?? '').toLowerCase() !== 'executepipeline' || isDeactivated(activity))
                        continue;
                    checkCall(context, object, (0,json_nav/* dig */.rO)(activity.node, 'typeProperties', 'pipeline'), (0,json_nav/* dig */.rO)(activity.node, 'typeProperties', 'parameters'), `Activity '${activity.name ?? ''}'`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/secure-string-literal.js





function isSecureString(object) {
    const type = (0,lazy_json_tree/* rawProp */._G)(object, 'type');
    return typeof type === 'string' && type.toLowerCase() === 'securestring';
}
/** A secret written into a committed linked service is readable by everyone with the repository. */
const secureStringLiteralRule = {
    id: 'adf/secure-string-literal',
    armTtk: null,
    severity: 'warning',
    description: 'Reference secrets from Azure Key Vault (type AzureKeyVaultSecret) or a template parameter instead of writing SecureString values into the linked service.',
    helpUri: ADF_DOCS.keyVault,
    check(context) {
        for (const object of (0,factory_model/* factoryModel */.M4)(context).objects) {
            if (object.kind !== 'linkedService' && object.kind !== 'credential')
                continue;
            // A lazily read file is looked at node by node only when it has a SecureString at all.
            if (object.properties instanceof lazy_json_tree/* LazyJsonNode */.Pr && !(0,lazy_json_tree/* someRawObject */.US)(object.properties.rawValue, isSecureString))
                continue;
            const stack = object.properties ? [object.properties] : [];
            while (stack.length > 0) {
                const node = stack.pop();
                if (node.type === 'array')
                    stack.push(...(node.children ?? []));
                if (node.type !== 'object')
                    continue;
                const value = (0,json_nav/* prop */._w)(node, 'value');
                const secret = (0,json_nav/* stringOf */.Je)(value);
                if ((0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(node, 'type'))?.toLowerCase() === 'securestring' && secret !== undefined) {
                    // Masked exports (****), ARM expressions and Data Factory expressions hold no secret.
                    if (secret.trim() !== '' && !/^\*+$/.test(secret) && !(0,factory_model/* isArmValue */.sA)(object.factory, value) && !secret.startsWith('@')) {
                        context.report(object.document, value, `${describeObject(object)} holds a literal SecureString value; anyone who can read this file can read the secret. Store it in Azure Key Vault and reference it with type AzureKeyVaultSecret.`);
                    }
                    continue;
                }
                for (const p of (0,json_nav/* properties */.qo)(node))
                    stack.push(p.value);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/switch-cases.js





/** The most cases a Switch activity takes (the Switch activity's documentation). */
const MAX_SWITCH_CASES = 25;
/**
 * A Switch takes at most 25 cases, and each case's value picks one branch, so two cases with the
 * same value are a mistake. Read from the parsed values; nodes are made only to report.
 */
const switchCasesRule = {
    id: 'adf/switch-cases',
    armTtk: null,
    severity: 'error',
    description: 'Give a Switch activity at most 25 cases, each with a value of its own.',
    helpUri: ADF_DOCS.switch,
    check(context) {
        for (const pipeline of (0,factory_model/* objectsOfKind */._c)((0,factory_model/* factoryModel */.M4)(context), 'pipeline')) {
            for (const activity of pipelineGraph(pipeline).all) {
                if (typeof activity.type !== 'string' || activity.type.toLowerCase() !== 'switch' || isDeactivated(activity))
                    continue;
                const cases = (0,lazy_json_tree/* rawProp */._G)(activityValue(activity, 'typeProperties'), 'cases');
                if (!Array.isArray(cases))
                    continue;
                const name = activity.name ?? '(unnamed)';
                const casesNode = () => (0,json_nav/* dig */.rO)(activity.node, 'typeProperties', 'cases');
                if (cases.length > MAX_SWITCH_CASES) {
                    context.report(pipeline.document, (0,json_nav/* elementAt */.s2)(casesNode(), MAX_SWITCH_CASES) ?? casesNode(), `Switch '${name}' has ${cases.length} cases; Data Factory takes at most ${MAX_SWITCH_CASES}. Move the rest to a child pipeline that the default case runs with Execute Pipeline.`);
                }
                const first = new Map();
                cases.forEach((entry, index) => {
                    const raw = (0,lazy_json_tree/* rawProp */._G)(entry, 'value');
                    if (typeof raw !== 'string' || (0,factory_model/* isArmText */.mT)(pipeline.factory, raw))
                        return;
                    // In a template, `[[` escapes a literal `[`: compare and show the value deployed.
                    const value = pipeline.factory.arm ? pipeline.factory.arm.resolve(raw) : raw;
                    const earlier = first.get(value);
                    if (earlier === undefined) {
                        first.set(value, index);
                        return;
                    }
                    const at = (0,json_nav/* elementAt */.s2)(casesNode(), index);
                    context.report(pipeline.document, (0,json_nav/* prop */._w)(at, 'value') ?? at, `Switch '${name}': cases ${earlier + 1} and ${index + 1} both have the value ${JSON.stringify(value)}; give each case a value of its own.`);
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/trigger-recurrence.js






const WEEK_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** ISO 8601 date and time, seconds and zone optional, as the service reads start and end times. */
const trigger_recurrence_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;
/** Whether a value is set by the deployment (an ARM expression) or at run time (a Data Factory expression): not judged here. */
function isComputed(object, node) {
    return node === undefined || node.type === 'object' || isComputedValue(object.factory, node.value);
}
/** A frequency among the allowed ones (any case), reported otherwise; the canonical spelling when it is one. */
function frequencyOf(report, object, holder, allowed, where) {
    const node = (0,json_nav/* prop */._w)(holder, 'frequency');
    if (node === undefined) {
        report(holder, `${describeObject(object)}: ${where} has no frequency; set one of ${allowed.join(', ')}.`);
        return undefined;
    }
    if (isComputed(object, node))
        return undefined;
    const value = (0,json_nav/* stringOf */.Je)(node);
    const known = value === undefined ? undefined : allowed.find((f) => f.toLowerCase() === value.toLowerCase());
    if (known)
        return known;
    const closest = value === undefined ? undefined : (0,closest_name/* closestName */.N)(value, allowed);
    report(node, `${describeObject(object)}: frequency ${JSON.stringify(value ?? null)} is not one the service takes here (${allowed.join(', ')})${closest ? `; did you mean '${closest}'?` : '.'}`);
    return undefined;
}
function integerIn(report, object, node, min, max, what) {
    if (isComputed(object, node))
        return undefined;
    const value = node.value;
    if (node.type === 'number' && Number.isInteger(value) && value >= min && value <= max)
        return value;
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    report(node, `${describeObject(object)}: ${what} must be a whole number ${range}; it is ${JSON.stringify(value ?? null)}.`);
    return undefined;
}
/** The start and end times: start required, each an ISO 8601 date and time, the end after the start. */
function checkTimes(report, object, holder, where, utcOnly) {
    const times = [
        { name: 'startTime', node: (0,json_nav/* prop */._w)(holder, 'startTime') },
        { name: 'endTime', node: (0,json_nav/* prop */._w)(holder, 'endTime') },
    ];
    for (const time of times) {
        if (time.node === undefined) {
            if (time.name === 'startTime')
                report(holder, `${describeObject(object)}: ${where} has no startTime; set the first time it fires, as an ISO 8601 date and time (2026-01-01T02:00:00Z).`);
            continue;
        }
        if (isComputed(object, time.node))
            continue;
        const value = (0,json_nav/* stringOf */.Je)(time.node);
        const at = value !== undefined && trigger_recurrence_DATE_TIME.test(value) ? Date.parse(/[Zz]|[+-]\d{2}:\d{2}$/.test(value) ? value : `${value}Z`) : NaN;
        if (Number.isNaN(at)) {
            report(time.node, `${describeObject(object)}: ${time.name} ${JSON.stringify(value ?? time.node.value ?? null)} is not an ISO 8601 date and time; write it as 2026-01-01T02:00:00Z.`);
            continue;
        }
        if (utcOnly && value !== undefined && /[+-]\d{2}:\d{2}$/.test(value) && !/[+-]00:00$/.test(value)) {
            report(time.node, `${describeObject(object)}: a tumbling window's ${time.name} must be in UTC; write it with Z (${new Date(at).toISOString().replace('.000Z', 'Z')}).`);
        }
        time.at = at;
    }
    const [start, end] = times;
    if (start.at !== undefined && end.at !== undefined && end.at <= start.at) {
        report(end.node, `${describeObject(object)}: endTime is not after startTime, so the trigger never fires; move endTime later or remove it.`);
    }
}
/** The schedule of a schedule trigger: values in range, and each part with the frequency it belongs to. */
function checkSchedule(report, object, schedule, frequency) {
    const numbers = (name, min, max, allowed = () => true) => {
        const node = (0,json_nav/* prop */._w)(schedule, name);
        if (node === undefined || isComputed(object, node))
            return;
        const items = node.type === 'array' ? (0,json_nav/* elements */.Yt)(node) : [node];
        for (const item of items) {
            const value = item.value;
            if (item.type !== 'number' || !Number.isInteger(value) || value < min || value > max || !allowed(value)) {
                report(item, `${describeObject(object)}: schedule.${name} takes whole numbers from ${min === -31 ? '1 to 31, or -1 to -31 counted from the end of the month' : `${min} to ${max}`}; ${JSON.stringify(value ?? null)} is not one.`);
            }
        }
    };
    numbers('minutes', 0, 59);
    numbers('hours', 0, 23);
    numbers('monthDays', -31, 31, (n) => n !== 0);
    const weekDay = (node, what) => {
        if (node === undefined || isComputed(object, node))
            return;
        const value = (0,json_nav/* stringOf */.Je)(node);
        if (value !== undefined && WEEK_DAYS.some((d) => d.toLowerCase() === value.toLowerCase()))
            return;
        const closest = value === undefined ? undefined : (0,closest_name/* closestName */.N)(value, WEEK_DAYS);
        report(node, `${describeObject(object)}: ${what} ${JSON.stringify(value ?? node.value ?? null)} is not a day of the week${closest ? `; did you mean '${closest}'?` : ` (${WEEK_DAYS.join(', ')}).`}`);
    };
    for (const day of (0,json_nav/* elements */.Yt)((0,json_nav/* prop */._w)(schedule, 'weekDays')))
        weekDay(day, 'schedule.weekDays entry');
    for (const occurrence of (0,json_nav/* elements */.Yt)((0,json_nav/* prop */._w)(schedule, 'monthlyOccurrences'))) {
        const day = (0,json_nav/* prop */._w)(occurrence, 'day');
        if (day === undefined)
            report(occurrence, `${describeObject(object)}: a schedule.monthlyOccurrences entry needs a day (Monday ... Sunday).`);
        weekDay(day, 'monthlyOccurrences day');
        const count = (0,json_nav/* prop */._w)(occurrence, 'occurrence');
        if (count !== undefined && !isComputed(object, count)) {
            const value = count.value;
            if (count.type !== 'number' || !Number.isInteger(value) || value === 0 || Math.abs(value) > 5) {
                report(count, `${describeObject(object)}: occurrence takes 1 to 5, or -1 to -5 counted from the end of the month; ${JSON.stringify(value ?? null)} is not one.`);
            }
        }
    }
    if (frequency === undefined)
        return;
    const belongs = [
        ['weekDays', 'Week'],
        ['monthDays', 'Month'],
        ['monthlyOccurrences', 'Month'],
    ];
    for (const [part, needs] of belongs) {
        const node = (0,json_nav/* prop */._w)(schedule, part);
        if (node !== undefined && frequency !== needs) {
            report(node, `${describeObject(object)}: schedule.${part} applies only when frequency is ${needs}, and this trigger's is ${frequency}; change the frequency or remove ${part}.`);
        }
    }
}
function checkScheduleTrigger(report, object, typeProperties) {
    const recurrence = (0,json_nav/* prop */._w)(typeProperties, 'recurrence');
    if (recurrence === undefined || recurrence.type !== 'object') {
        report(recurrence ?? typeProperties ?? object.properties, `${describeObject(object)}: a ScheduleTrigger needs typeProperties.recurrence, an object with frequency, interval and startTime.`);
        return;
    }
    const frequency = frequencyOf(report, object, recurrence, ['Minute', 'Hour', 'Day', 'Week', 'Month'], 'the recurrence');
    const interval = (0,json_nav/* prop */._w)(recurrence, 'interval');
    if (interval !== undefined)
        integerIn(report, object, interval, 1, 1000, 'recurrence.interval');
    checkTimes(report, object, recurrence, 'the recurrence', false);
    const schedule = (0,json_nav/* prop */._w)(recurrence, 'schedule');
    if (schedule?.type === 'object')
        checkSchedule(report, object, schedule, frequency);
}
/** The shortest tumbling window, in minutes (Data Factory limits). */
const MIN_TUMBLING_MINUTES = 5;
function checkTumblingWindow(report, object, typeProperties) {
    if (typeProperties?.type !== 'object') {
        report(typeProperties ?? object.properties, `${describeObject(object)}: a TumblingWindowTrigger needs typeProperties with frequency, interval, startTime and maxConcurrency.`);
        return;
    }
    const frequency = frequencyOf(report, object, typeProperties, ['Minute', 'Hour', 'Month'], 'the window');
    const intervalNode = (0,json_nav/* prop */._w)(typeProperties, 'interval');
    if (intervalNode === undefined) {
        report(typeProperties, `${describeObject(object)}: a TumblingWindowTrigger needs an interval, the number of ${frequency ? `${frequency.toLowerCase()}s` : 'frequency units'} a window lasts.`);
    }
    else {
        const interval = integerIn(report, object, intervalNode, 1, Number.MAX_SAFE_INTEGER, 'interval');
        // The service limits page has said 5 minutes since 2021 (15 before, and still in the REST
        // contract's text); real factories run 7- and 10-minute windows.
        if (interval !== undefined && frequency === 'Minute' && interval < MIN_TUMBLING_MINUTES) {
            report(intervalNode, `${describeObject(object)}: a tumbling window lasts at least ${MIN_TUMBLING_MINUTES} minutes; this one lasts ${interval}.`);
        }
    }
    checkTimes(report, object, typeProperties, 'the window', true);
    const concurrency = (0,json_nav/* prop */._w)(typeProperties, 'maxConcurrency');
    if (concurrency === undefined)
        report(typeProperties, `${describeObject(object)}: a TumblingWindowTrigger needs maxConcurrency, how many windows may run at once (1 to 50).`);
    else
        integerIn(report, object, concurrency, 1, 50, 'maxConcurrency');
    const delay = (0,json_nav/* prop */._w)(typeProperties, 'delay');
    const problem = delay === undefined || isComputed(object, delay) ? undefined : timeSpanProblem(delay.value ?? null, 'for example 00:10:00 for ten minutes');
    if (problem !== undefined)
        report(delay, `${describeObject(object)}: delay ${problem}.`);
}
/**
 * The recurrence of schedule and tumbling window triggers, as the service validates it when the
 * trigger is deployed or started: frequencies, intervals, start and end times, schedule values
 * and the frequency each schedule part needs, a window's length, concurrency and delay.
 */
const triggerRecurrenceRule = {
    id: 'adf/trigger-recurrence',
    armTtk: null,
    severity: 'error',
    description: "Give schedule and tumbling window triggers a recurrence the service accepts: a supported frequency, interval and ISO 8601 start time, an end after the start, schedule values in range and matching the frequency.",
    helpUri: ADF_DOCS.scheduleTrigger,
    check(context) {
        for (const object of (0,factory_model/* objectsOfKind */._c)((0,factory_model/* factoryModel */.M4)(context), 'trigger')) {
            const report = (node, message) => context.report(object.document, node ?? object.nameNode ?? object.root, message);
            const type = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(object.properties, 'type'))?.toLowerCase();
            const typeProperties = (0,json_nav/* prop */._w)(object.properties, 'typeProperties');
            if (type === 'scheduletrigger')
                checkScheduleTrigger(report, object, typeProperties);
            else if (type === 'tumblingwindowtrigger')
                checkTumblingWindow(report, object, typeProperties);
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/unique-names.js






function reportRepeats(context, document, items, describe) {
    const seen = new Map();
    for (const item of items) {
        const key = item.name.toLowerCase();
        const first = seen.get(key);
        if (first !== undefined)
            context.report(document, item.node(), describe(item.name, first));
        else
            seen.set(key, item.name);
    }
}
/** Names are case-insensitive: objects of a kind within a factory, activities within a pipeline, parameters and variables within their object. */
const uniqueNamesRule = {
    id: 'adf/unique-names',
    armTtk: null,
    severity: 'error',
    description: 'Give each object of a kind in a factory, each activity of a pipeline and each parameter or variable a name unique regardless of case.',
    helpUri: ADF_DOCS.naming,
    check(context) {
        for (const factory of (0,factory_model/* factoryModel */.M4)(context).factories) {
            const seen = new Map();
            for (const object of factory.objects) {
                if (object.name === undefined || !(0,arm_strings/* isResolved */.ZY)(object.name) || object.kind === 'factory')
                    continue;
                const key = `${object.kind}\u0000${object.name.toLowerCase()}`;
                const first = seen.get(key);
                if (first !== undefined) {
                    context.report(object.document, object.nameNode, `Another ${kindWord(object.kind)} of this factory is already named '${(0,arm_strings/* displayText */.WV)(first)}'; Data Factory names are case-insensitive. Rename one of them.`);
                }
                else {
                    seen.set(key, object.name);
                }
            }
            for (const object of factory.objects) {
                for (const [section, declared] of [['parameter', declaredParameters(object)], ['variable', object.kind === 'pipeline' ? declaredVariables(object) : []]]) {
                    reportRepeats(context, object.document, declared.map((d) => ({ name: d.name, node: () => d.key })), (name, first) => `${describeObject(object)} declares ${section} '${name}' and '${first}'; names are case-insensitive, so keep one.`);
                }
                if (object.kind !== 'pipeline')
                    continue;
                const activities = pipelineGraph(object).all.filter((a) => a.name !== undefined && (0,arm_strings/* isResolved */.ZY)(a.name));
                reportRepeats(context, object.document, activities.map((a) => ({ name: a.name, node: () => a.nameNode })), (name) => `${describeObject(object)} already has an activity named '${name}' (names are unique across the pipeline, nested activities included, regardless of case); rename this one.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/adf/index.js


































/** The Data Factory rules: structure, names, references, activity graph, expressions, limits. */
const dataFactoryRules = [
    objectShapeRule,
    activityTypeRule,
    fileNameRule,
    nameRulesRule,
    uniqueNamesRule,
    referenceExistsRule,
    dependsOnExistsRule,
    dependencyCycleRule,
    dependencyConditionsRule,
    requiredParametersRule,
    referenceParametersRule,
    triggerRecurrenceRule,
    containerNestingRule,
    expressionSyntaxRule,
    expressionFunctionsRule,
    expressionParametersRule,
    expressionSystemVariablesRule,
    expressionScopeRule,
    expressionVariablesRule,
    expressionActivityRule,
    expressionActivityOutputRule,
    expressionItemRule,
    expressionTypesRule,
    forEachParallelVariablesRule,
    defaultValueTypesRule,
    activityLimitRule,
    activityCountRule,
    parameterLimitRule,
    forEachBatchCountRule,
    activityPolicyRule,
    controlSettingsRule,
    switchCasesRule,
    objectSizeRule,
    expressionLengthRule,
    secureStringLiteralRule,
];

// EXTERNAL MODULE: ./lib/shared/validate/arm/arm-expression.js
var arm_expression = __webpack_require__(6818);
;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/cuid-references.js


/** Every `basics(...)` / `steps(...)` reference in the expression strings under a node. */
function expressionsIn(node) {
    const found = [];
    (0,json_nav/* walk */.GG)(node, (value) => {
        const text = (0,json_nav/* stringOf */.Je)(value);
        if (text === undefined || !(0,arm_expression/* isExpressionString */.UQ)(text))
            return;
        for (const reference of referencesInExpression(text))
            found.push({ node: value, reference });
    });
    return found;
}
/**
 * The control references of one expression string. The portal accepts a few things the ARM
 * grammar does not (lambdas in `filter`/`map`); those strings are scanned for the plain
 * `steps('s').a.b` shape instead, so a control used there still counts as referenced.
 */
function referencesInExpression(text) {
    const parsed = (0,arm_expression/* tryParseArmExpression */.$W)(text);
    if (parsed)
        return controlReferences(parsed);
    const references = [];
    const pattern = /\b(basics|steps)\(\s*'([^']*)'\s*\)((?:\s*\.\s*[A-Za-z_$][\w$-]*)*)/gi;
    for (const match of text.matchAll(pattern)) {
        const tail = (match[3] ?? '').split('.').map((s) => s.trim()).filter((s) => s.length > 0);
        references.push({ scope: match[1].toLowerCase(), path: [match[2], ...tail], start: match.index ?? 0 });
    }
    return references;
}
/**
 * The control references of a parsed createUiDefinition expression: each `basics('x')` or
 * `steps('s')` call with the property chain that follows it (`.a`, `['b']`).
 */
function controlReferences(expression) {
    const references = [];
    const visit = (node) => {
        const chain = referenceChain(node);
        if (chain) {
            references.push(chain.reference);
            chain.indexes.forEach(visit);
            return;
        }
        (0,arm_expression/* childExpressions */.GW)(node).forEach(visit);
    };
    if (expression)
        visit(expression);
    return references;
}
function referenceChain(node) {
    const tail = [];
    const indexes = [];
    let current = node;
    for (;;) {
        if (current.type === 'property') {
            tail.unshift(current.name);
            current = current.target;
        }
        else if (current.type === 'index') {
            // A computed index ends the chain of names; keep what precedes it.
            if (current.index.type === 'string')
                tail.unshift(current.index.value);
            else {
                tail.length = 0;
                indexes.push(current.index);
            }
            current = current.target;
        }
        else
            break;
    }
    if (current.type !== 'call')
        return undefined;
    const scope = current.name.toLowerCase();
    if (scope !== 'basics' && scope !== 'steps')
        return undefined;
    const first = current.args[0];
    if (first?.type !== 'string')
        return undefined;
    return { reference: { scope, path: [first.value, ...tail], start: current.start }, indexes };
}
/** True when the output expression calls `location()` (the deployment location). */
function callsLocation(value) {
    let found = false;
    (0,json_nav/* walk */.GG)(value, (node) => {
        const text = (0,json_nav/* stringOf */.Je)(node);
        if (text !== undefined && (0,arm_expression/* isExpressionString */.UQ)(text)) {
            if ((0,arm_expression/* functionCalls */.SB)((0,arm_expression/* tryParseArmExpression */.$W)(text)).some((c) => c.name.toLowerCase() === 'location'))
                found = true;
        }
    });
    return found;
}
/**
 * Reports at a character of an expression string when the JSON text spells it without escapes
 * (so the offset is exact); otherwise at the string itself.
 */
function positionInString(document, node, offsetInValue) {
    const raw = document.text.slice(node.offset, node.offset + node.length);
    if (typeof node.value === 'string' && raw === `"${node.value}"`)
        return document.positionAt(node.offset + 1 + offsetInValue);
    return document.positionOf(node);
}
/** The reference printed the way an author writes it: `steps('s').ctrl`. */
function describeReference(reference) {
    const [first, ...rest] = reference.path;
    return `${reference.scope}('${first ?? ''}')${rest.map((r) => `.${r}`).join('')}`;
}

;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/cuid-model.js



/** Learn page that documents every createUiDefinition test; rules link to their section. */
const CUID_TESTS_DOC = 'https://learn.microsoft.com/azure/azure-resource-manager/templates/createuidefinition-test-cases';
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/** Reads the `basics`, `steps` and `outputs` of a createUiDefinition, defensively. */
class CuidModel {
    document;
    parameters;
    outputsNode;
    outputs;
    steps;
    controls;
    constructor(document) {
        this.document = document;
        const root = document.root?.type === 'object' ? document.root : undefined;
        this.parameters = objectOrUndefined((0,json_nav/* prop */._w)(root, 'parameters'));
        this.outputsNode = (0,json_nav/* prop */._w)(this.parameters, 'outputs');
        this.outputs = (0,json_nav/* properties */.qo)(this.outputsNode);
        const controls = [];
        collectControls((0,json_nav/* prop */._w)(this.parameters, 'basics'), 'basics', [], controls);
        const steps = [];
        for (const stepNode of (0,json_nav/* elements */.Yt)((0,json_nav/* prop */._w)(this.parameters, 'steps'))) {
            if (stepNode.type !== 'object')
                continue;
            const name = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(stepNode, 'name')) ?? '';
            steps.push({ node: stepNode, name });
            collectControls((0,json_nav/* prop */._w)(stepNode, 'elements'), 'steps', [name], controls);
        }
        this.steps = steps;
        this.controls = controls;
    }
    /** Controls of a type (case-insensitive), in document order. */
    controlsOfType(type) {
        return this.controls.filter((c) => same(c.type, type));
    }
    /** The output with this name (case-insensitive), if any. */
    output(name) {
        return this.outputs.find((o) => same(o.name, name));
    }
    /** Follows a reference through steps and Section elements to the deepest control it names. */
    resolve(reference) {
        const [first, ...rest] = reference.path;
        if (first === undefined)
            return { rest: [] };
        let siblings;
        let remaining = rest;
        const step = reference.scope === 'steps' ? this.steps.find((s) => same(s.name, first)) : undefined;
        // Form-style definitions read the basics page as `steps('basics')`; accept it when no step has that name.
        if (reference.scope === 'steps' && !step && same(first, 'basics')) {
            siblings = (0,json_nav/* prop */._w)(this.parameters, 'basics');
        }
        else if (reference.scope === 'steps') {
            if (!step)
                return { rest: remaining, missing: { kind: 'step', name: first } };
            siblings = (0,json_nav/* prop */._w)(step.node, 'elements');
        }
        else {
            siblings = (0,json_nav/* prop */._w)(this.parameters, 'basics');
            remaining = reference.path;
        }
        let control;
        while (remaining.length > 0) {
            const [name, ...after] = remaining;
            const node = (0,json_nav/* elements */.Yt)(siblings).find((e) => same((0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(e, 'name')) ?? '', name));
            if (!node) {
                // Past a control, a name is one of its output properties; only containers must hold it.
                if (control && !cuid_model_isContainer(control.node))
                    break;
                const kind = !control && !step ? 'basics' : 'element';
                return { step, control, rest: remaining, missing: { kind, name: name, within: control?.name ?? step?.name } };
            }
            control = this.controls.find((c) => c.node === node);
            remaining = after;
            if (!cuid_model_isContainer(node))
                break;
            siblings = (0,json_nav/* prop */._w)(node, 'elements');
        }
        return { step, control, rest: remaining };
    }
    /**
     * Every reference to the control from an output (directly or through one of its properties),
     * those that pass the control's own value first.
     */
    outputsReferencing(control) {
        const found = [];
        for (const output of this.outputs) {
            for (const { reference } of expressionsIn(output.value)) {
                const resolved = this.resolve(reference);
                if (resolved.control === control)
                    found.push({ output, rest: resolved.rest });
            }
        }
        // Prefer an output that passes the control's value itself over one that uses a property of it.
        return found.sort((a, b) => a.rest.length - b.rest.length);
    }
    /**
     * True when the output's value is the control's value itself (`[steps('s').ctrl]`), not
     * something computed from it, so the output carries exactly the values the control offers.
     */
    passesDirectly(output, control) {
        const text = (0,json_nav/* stringOf */.Je)(output.value);
        const expression = text !== undefined && (0,arm_expression/* isExpressionString */.UQ)(text) ? (0,arm_expression/* tryParseArmExpression */.$W)(text) : undefined;
        if (!expression || (0,arm_expression/* functionCalls */.SB)(expression).length !== 1)
            return false;
        const references = controlReferences(expression);
        if (references.length !== 1)
            return false;
        const resolved = this.resolve(references[0]);
        return resolved.control === control && resolved.rest.length === 0;
    }
    /** True when any expression of the document (outside the control itself) references the control. */
    isReferencedAnywhere(control) {
        for (const { reference, node } of expressionsIn(this.document.root)) {
            if (isInside(node, control.node))
                continue;
            if (this.resolve(reference).control === control)
                return true;
        }
        return false;
    }
}
/** The template parameter with this name (case-insensitive, exact case first), if any. */
function templateParameter(template, name) {
    const all = (0,json_nav/* properties */.qo)((0,json_nav/* prop */._w)(template?.root, 'parameters'));
    return all.find((p) => p.name === name) ?? all.find((p) => same(p.name, name));
}
/** Where a control is read from, for messages: `basics('x')` or `steps('s').section.x`. */
function describeControl(control) {
    const [first, ...rest] = control.path;
    return `${control.scope}('${first ?? ''}')${rest.map((r) => `.${r}`).join('')}`;
}
function collectControls(list, scope, parentPath, into, depth = 0) {
    if (depth > 50)
        return;
    for (const node of (0,json_nav/* elements */.Yt)(list)) {
        if (node.type !== 'object')
            continue;
        const name = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(node, 'name')) ?? '';
        const type = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(node, 'type')) ?? '';
        const path = [...parentPath, name];
        into.push({ node, name, type, scope, path });
        if (cuid_model_isContainer(node))
            collectControls((0,json_nav/* prop */._w)(node, 'elements'), scope, path, into, depth + 1);
    }
}
/** Sections (and any control with an `elements` array) hold controls whose outputs nest under it. */
function cuid_model_isContainer(node) {
    return (0,json_nav/* prop */._w)(node, 'elements')?.type === 'array';
}
function objectOrUndefined(node) {
    return node?.type === 'object' ? node : undefined;
}
function isInside(node, container) {
    for (let current = node; current; current = current.parent)
        if (current === container)
            return true;
    return false;
}
/** Where to point at a control as a whole: its `name` property (what authors search for), else the object. */
function controlAnchor(control) {
    return (0,json_nav/* prop */._w)(control.node, 'name') ?? control.node;
}
/**
 * Why a pattern is not a JavaScript regular expression (the portal evaluates it in the browser),
 * or undefined when it compiles. Expressions (`[...]`) are judged at run time, so they pass.
 */
function regexProblem(pattern) {
    if ((0,arm_expression/* isExpressionString */.UQ)(pattern.trim()))
        return undefined;
    try {
        new RegExp(pattern);
        return undefined;
    }
    catch (error) {
        return error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
    }
}
/** The file name of a document without its folders, for messages (`mainTemplate.json`). */
function fileName(document) {
    return document.file.slice(document.file.lastIndexOf('/') + 1);
}

;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/allowed-values-allowed.js




/** Values compare the way arm-ttk compares them: as text, ignoring case. */
function canonical(value) {
    return (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)).toLowerCase();
}
function display(value) {
    return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
/** The values a control offers: each entry's `value`, or the entry itself. Expressions are skipped. */
function offeredValues(allowedValues) {
    return (0,json_nav/* elements */.Yt)(allowedValues)
        .map((entry) => (entry.type === 'object' && (0,json_nav/* prop */._w)(entry, 'value') !== undefined ? (0,json_nav/* prop */._w)(entry, 'value') : entry))
        .filter((node) => !(0,arm_expression/* isExpressionString */.UQ)((0,json_nav/* stringOf */.Je)(node) ?? ''));
}
function allowedValuesSites(model, root) {
    const byNode = new Map(model.controls.map((c) => [c.node, c]));
    const sites = [];
    (0,json_nav/* walk */.GG)(root, (node, path) => {
        if (node.type !== 'array' || String((0,json_nav/* keyOf */.TN)(node) ?? '').toLowerCase() !== 'allowedvalues')
            return;
        let control;
        for (let current = node.parent; current && !control; current = current.parent)
            control = byNode.get(current);
        const lowered = path.map((p) => String(p).toLowerCase());
        const isLocation = !control && lowered.includes('config') && lowered[lowered.length - 2] === 'location';
        if (control || isLocation)
            sites.push({ allowedValues: node, control, isLocation });
    });
    return sites;
}
function checkSite(context, document, template, model, site) {
    const { control } = site;
    const label = control ? `control '${control.name}'` : 'the location list of config.basics';
    const labelAtStart = label.charAt(0).toUpperCase() + label.slice(1);
    let output;
    if (control)
        output = model.outputsReferencing(control)[0]?.output;
    else
        output = model.outputs.find((o) => callsLocation(o.value));
    if (!output) {
        if (control && !model.isReferencedAnywhere(control)) {
            context.report(document, controlAnchor(control), `${labelAtStart} offers allowed values but is used nowhere: no output reads ${describeControl(control)}; add an output that passes it to the template.`);
        }
        return;
    }
    const parameter = templateParameter(template, output.name);
    if (parameter?.value.type !== 'object') {
        context.report(document, output.value, `${labelAtStart} goes to output "${output.name}", which has no parameter in ${fileName(template)}; add a parameter "${output.name}" there.`);
        return;
    }
    const offered = offeredValues(site.allowedValues);
    // When the output computes something from the choice, the template never sees the offered values.
    if (offered.length === 0 || (control && !model.passesDirectly(output, control)))
        return;
    const templateAllowed = (0,json_nav/* prop */._w)(parameter.value, 'allowedValues');
    const permitted = templateAllowed?.type === 'array' ? new Set((0,json_nav/* elements */.Yt)(templateAllowed).map((n) => canonical((0,json_nav/* valueOf */.RP)(n)))) : undefined;
    if (permitted) {
        for (const node of offered) {
            const value = (0,json_nav/* valueOf */.RP)(node);
            if (!permitted.has(canonical(value))) {
                context.report(document, node, `${labelAtStart} offers '${display(value)}', which parameter "${parameter.name}" of ${fileName(template)} does not allow; add it to the parameter's allowedValues or remove it from the control.`);
            }
        }
    }
    const defaultNode = (0,json_nav/* prop */._w)(parameter.value, 'defaultValue');
    const defaultValue = (0,json_nav/* valueOf */.RP)(defaultNode);
    if (!defaultValue || (typeof defaultValue === 'string' && (0,arm_expression/* isExpressionString */.UQ)(defaultValue.trim())))
        return;
    const offeredSet = new Set(offered.map((n) => canonical((0,json_nav/* valueOf */.RP)(n))));
    const defaults = Array.isArray(defaultValue) ? defaultValue : [defaultValue];
    for (const value of defaults) {
        if (offeredSet.has(canonical(value)) || permitted?.has(canonical(value)))
            continue;
        context.report(template, defaultNode, `Parameter "${parameter.name}" defaults to '${display(value)}', which ${label} in ${fileName(document)} does not offer; use one of the control's values as the default.`);
    }
}
/** Values a control offers must be accepted by the template parameter it feeds, and the parameter's default must be offered. */
const allowedValuesAllowedRule = {
    id: 'cuid/allowed-values-allowed',
    armTtk: 'Allowed-Values-Should-Actually-Be-Allowed',
    severity: 'error',
    description: 'Make every allowedValues entry of a control acceptable to the mainTemplate parameter it is output to, and that parameter\'s default one of them.',
    helpUri: `${CUID_TESTS_DOC}#verify-template-parameter-allows-values`,
    check(context) {
        const { createUiDefinition: document, template } = context;
        if (document?.root?.type !== 'object' || template?.root?.type !== 'object')
            return;
        const model = new CuidModel(document);
        for (const site of allowedValuesSites(model, document.root))
            checkSite(context, document, template, model, site);
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/controls-in-outputs-exist.js


function whatIsMissing(missing) {
    switch (missing.kind) {
        case 'basics':
            return `parameters.basics has no control named '${missing.name}'`;
        case 'step':
            return `parameters.steps has no step named '${missing.name}'`;
        case 'element':
            return `'${missing.within ?? ''}' has no element named '${missing.name}'`;
    }
}
/** Outputs read controls by name; each name must be a control of basics or of the named step (or section). */
const controlsInOutputsExistRule = {
    id: 'cuid/controls-in-outputs-exist',
    armTtk: 'Controls-In-Outputs-Must-Exist',
    severity: 'error',
    description: 'Make every basics(...) and steps(...) reference in parameters.outputs name an existing step and control.',
    helpUri: `${CUID_TESTS_DOC}#output-controls-must-exist`,
    check(context) {
        const document = context.createUiDefinition;
        if (document?.root?.type !== 'object')
            return;
        const model = new CuidModel(document);
        for (const output of model.outputs) {
            for (const { node, reference } of expressionsIn(output.value)) {
                const { missing } = model.resolve(reference);
                if (!missing)
                    continue;
                const { line, column } = positionInString(document, node, reference.start);
                context.reportAt(document.file, line, column, `Output "${output.name}" reads ${describeReference(reference)}, but ${whatIsMissing(missing)}; fix the name or add the control.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/credential-confirmation-visible.js


const CREDENTIAL_TYPES = ['Microsoft.Common.PasswordBox', 'Microsoft.Compute.CredentialsCombo'];
function isTrue(node) {
    return node?.value === true || (node?.type === 'string' && String(node.value).trim().toLowerCase() === 'true');
}
/** Password boxes and credential combos must keep the confirmation box. */
const credentialConfirmationVisibleRule = {
    id: 'cuid/credential-confirmation-visible',
    armTtk: 'Credential-Confirmation-Should-Not-Be-Hidden',
    severity: 'error',
    description: 'Remove "options.hideConfirmation": true (or set it to false) on password boxes and credential combos.',
    helpUri: `${CUID_TESTS_DOC}#dont-hide-credential-confirmation`,
    check(context) {
        const document = context.createUiDefinition;
        if (!document?.root)
            return;
        const model = new CuidModel(document);
        for (const type of CREDENTIAL_TYPES) {
            for (const control of model.controlsOfType(type)) {
                const hide = (0,json_nav/* dig */.rO)(control.node, 'options', 'hideConfirmation');
                if (isTrue(hide)) {
                    context.report(document, hide, `${control.type} '${control.name}' hides the password confirmation; set "options.hideConfirmation" to false or remove it.`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/handler.js


const HANDLERS = ['Microsoft.Azure.CreateUIDef', 'Microsoft.Compute.MultiVm'];
/** The handler tells the portal how to render the definition; only two values are accepted. */
const handlerRule = {
    id: 'cuid/handler',
    armTtk: 'Handler-Must-Be-Correct',
    severity: 'error',
    description: 'Set "handler" to "Microsoft.Azure.CreateUIDef" (or "Microsoft.Compute.MultiVm").',
    helpUri: `${CUID_TESTS_DOC}#use-correct-handler`,
    check(context) {
        const document = context.createUiDefinition;
        const root = document?.root;
        if (!document || root?.type !== 'object')
            return;
        const node = (0,json_nav/* prop */._w)(root, 'handler');
        const handler = (0,json_nav/* stringOf */.Je)(node);
        if (!handler) {
            context.report(document, node ?? root, 'createUiDefinition.json has no "handler"; add "handler": "Microsoft.Azure.CreateUIDef".');
        }
        else if (!HANDLERS.some((h) => h.toLowerCase() === handler.toLowerCase())) {
            context.report(document, node, `"handler" is '${handler}'; use "Microsoft.Azure.CreateUIDef" or "Microsoft.Compute.MultiVm".`);
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/hide-existing-handled.js


/** Controls that can pick an existing resource instead of creating one (unless `options.hideExisting`). */
const CAN_PICK_EXISTING = ['Microsoft.Storage.StorageAccountSelector', 'Microsoft.Network.PublicIpAddressCombo', 'Microsoft.Network.VirtualNetworkCombo'];
/** Properties the template needs to tell a new resource from an existing one, and where the existing one lives. */
const REQUIRED_PROPERTIES = ['resourceGroup', 'newOrExisting'];
/**
 * When a control lets the user choose an existing resource, the template must receive both the
 * choice (`newOrExisting`) and the resource group of the existing resource.
 */
const hideExistingHandledRule = {
    id: 'cuid/hide-existing-handled',
    armTtk: 'HideExisting-Must-Be-Correctly-Handled',
    severity: 'error',
    description: 'Output the control\'s .resourceGroup and .newOrExisting (or set "options.hideExisting": true) for storage account, public IP and virtual network selectors.',
    helpUri: `${CUID_TESTS_DOC}#dont-hide-existing-resources`,
    check(context) {
        const document = context.createUiDefinition;
        if (document?.root?.type !== 'object')
            return;
        const model = new CuidModel(document);
        for (const type of CAN_PICK_EXISTING) {
            for (const control of model.controlsOfType(type)) {
                const hideExisting = (0,json_nav/* dig */.rO)(control.node, 'options', 'hideExisting');
                if (hideExisting?.value === true)
                    continue;
                const used = new Set(model.outputsReferencing(control).map((r) => (r.rest[0] ?? '').toLowerCase()));
                for (const property of REQUIRED_PROPERTIES) {
                    if (used.has(property.toLowerCase()))
                        continue;
                    context.report(document, controlAnchor(control), `${control.type} '${control.name}' lets the user pick an existing resource, but no output passes ${describeControl(control)}.${property}; add that output (and a template parameter for it) or set "options.hideExisting": true.`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/location-in-outputs.js


/** The deployment location chosen on the basics page must reach the template as the `location` output. */
const locationInOutputsRule = {
    id: 'cuid/location-in-outputs',
    armTtk: 'Location-Should-Be-In-Outputs',
    severity: 'error',
    description: 'Add "location": "[location()]" to parameters.outputs of createUiDefinition.json.',
    helpUri: `${CUID_TESTS_DOC}#use-location-in-outputs`,
    check(context) {
        const document = context.createUiDefinition;
        if (document?.root?.type !== 'object')
            return;
        const model = new CuidModel(document);
        if (model.outputsNode?.type !== 'object' || model.outputs.length === 0) {
            const at = model.outputsNode ?? model.parameters ?? document.root;
            context.report(document, at, 'createUiDefinition.json has no parameters.outputs; add outputs that pass each control to the template, including "location": "[location()]".');
            return;
        }
        const location = model.output('location');
        if (!location) {
            context.report(document, model.outputsNode, 'parameters.outputs has no "location"; add "location": "[location()]".');
            return;
        }
        const value = (0,json_nav/* stringOf */.Je)(location.value);
        if (value?.trim().toLowerCase() !== '[location()]') {
            context.report(document, location.value, `Output "location" is ${value === undefined ? 'not a string' : `'${value}'`}; set it to "[location()]".`);
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/no-blanks.js


/** Properties the test lets stay empty: no basics or steps of one's own, an optional default. */
const MAY_BE_EMPTY = new Set(['basics', 'steps', 'defaultvalue']);
function isBlankString(node) {
    return node.type === 'string' && /^\s*$/.test(node.value);
}
function isEmptyContainer(node) {
    return (node.type === 'object' || node.type === 'array') && (node.children?.length ?? 0) === 0;
}
/** What makes a property value blank, or undefined when it has a value. */
function blankKind(node) {
    if (node.type === 'null')
        return 'null';
    if (isBlankString(node))
        return 'an empty string';
    if (node.type === 'object' && isEmptyContainer(node))
        return 'an empty object';
    if (node.type === 'array' && isEmptyContainer(node))
        return 'an empty array';
    const items = (0,json_nav/* elements */.Yt)(node);
    if (node.type === 'array' && items.length === 1 && (isEmptyContainer(items[0]) && items[0].type === 'object' || isBlankString(items[0]))) {
        return 'an array holding only an empty value';
    }
    return undefined;
}
/**
 * No property of createUiDefinition.json may be blank (empty string, object or array, or null):
 * required properties need a real value and optional ones should be removed.
 */
const noBlanksRule = {
    id: 'cuid/no-blanks',
    armTtk: 'CreateUIDefinition-Must-Not-Have-Blanks',
    severity: 'error',
    description: 'Give every property of createUiDefinition.json a value, or remove the optional ones left empty.',
    helpUri: `${CUID_TESTS_DOC}#properties-must-include-values`,
    check(context) {
        const document = context.createUiDefinition;
        if (!document?.root)
            return;
        const stack = [{ node: document.root, depth: 0 }];
        while (stack.length > 0) {
            const { node, depth } = stack.pop();
            if (depth > 200)
                continue;
            const children = [];
            if (node.type === 'object') {
                for (const property of (0,json_nav/* properties */.qo)(node)) {
                    const kind = MAY_BE_EMPTY.has(property.name.toLowerCase()) ? undefined : blankKind(property.value);
                    if (kind)
                        context.report(document, property.value, `Property "${property.name}" is ${kind}; give it a value or remove it.`);
                    children.push(property.value);
                }
            }
            else if (node.type === 'array') {
                children.push(...(0,json_nav/* elements */.Yt)(node));
            }
            for (let i = children.length - 1; i >= 0; i--)
                stack.push({ node: children[i], depth: depth + 1 });
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/outputs-in-template-parameters.js

/** Outputs the managed application platform fills in itself; the template never declares them. */
const PLATFORM_OUTPUTS = new Set(['applicationresourcename', 'jitaccesspolicy', 'managedidentity', 'managedresourcegroupid']);
/** Every createUiDefinition output is passed to the template parameter of the same name, so that parameter must exist. */
const outputsInTemplateParametersRule = {
    id: 'cuid/outputs-in-template-parameters',
    armTtk: 'Outputs-Must-Be-Present-In-Template-Parameters',
    severity: 'error',
    description: 'Declare a mainTemplate parameter for each createUiDefinition output (same name), or remove the output.',
    helpUri: `${CUID_TESTS_DOC}#include-control-outputs-in-template-parameters`,
    check(context) {
        const { createUiDefinition: document, template } = context;
        if (document?.root?.type !== 'object' || template?.root?.type !== 'object')
            return;
        const model = new CuidModel(document);
        if (model.outputsNode?.type !== 'object' || model.outputs.length === 0) {
            context.report(document, model.outputsNode ?? model.parameters ?? document.root, 'createUiDefinition.json has no parameters.outputs; add one output per mainTemplate parameter the user chooses.');
            return;
        }
        for (const output of model.outputs) {
            if (PLATFORM_OUTPUTS.has(output.name.toLowerCase()))
                continue;
            const parameter = templateParameter(template, output.name);
            if (parameter?.value.type !== 'object') {
                context.report(document, output.value, `Output "${output.name}" has no matching parameter in ${fileName(template)}; add a parameter "${output.name}" there or remove the output.`);
            }
        }
    },
};

// EXTERNAL MODULE: ./lib/shared/validate/arm/template-model.js
var template_model = __webpack_require__(9147);
;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/parameters-without-default-in-outputs.js



/** A template parameter without a default gets its value only from createUiDefinition's outputs. */
const parametersWithoutDefaultInOutputsRule = {
    id: 'cuid/parameters-without-default-in-outputs',
    armTtk: 'Parameters-Without-Default-Must-Exist-In-CreateUIDefinition',
    severity: 'error',
    description: 'Give each mainTemplate parameter without a defaultValue an output of the same name in createUiDefinition.json.',
    helpUri: `${CUID_TESTS_DOC}#parameters-without-default-must-exist-in-outputs`,
    check(context) {
        const { createUiDefinition: document, template } = context;
        if (document?.root?.type !== 'object' || template?.root?.type !== 'object')
            return;
        const model = new CuidModel(document);
        for (const parameter of (0,template_model/* templateParameters */.fo)(template.root)) {
            const defaultValue = (0,json_nav/* prop */._w)(parameter.value, 'defaultValue');
            if (defaultValue !== undefined && defaultValue.type !== 'null')
                continue;
            const output = model.output(parameter.name);
            if (output === undefined || output.value.type === 'null') {
                context.report(template, parameter.key, `Parameter "${parameter.name}" has no defaultValue and no output in ${fileName(document)}; add an output "${parameter.name}" there or give the parameter a defaultValue.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/password-min-length.js



/** Shortest password the certification accepts. */
const PASSWORD_MIN_LENGTH = 12;
/** Sum of the lower bounds of every `{n}`, `{n,}` and `{n,m}` quantifier, as arm-ttk counts them. */
function minimumLength(pattern) {
    const bounds = [...pattern.matchAll(/(?<!\\)\{(\d+)(?:,\d*)?\}/g)].map((m) => Number(m[1]));
    return bounds.length === 0 ? undefined : bounds.reduce((sum, n) => sum + n, 0);
}
/** A password box must constrain the password to at least 12 characters (no regex: the portal's default does). */
const passwordMinLengthRule = {
    id: 'cuid/password-min-length',
    armTtk: 'PasswordBoxes-Must-Have-Min-Length',
    severity: 'error',
    description: `Give each Microsoft.Common.PasswordBox "constraints" whose regex requires at least ${PASSWORD_MIN_LENGTH} characters (e.g. {${PASSWORD_MIN_LENGTH},}).`,
    helpUri: `${CUID_TESTS_DOC}#password-box-requires-minimum-length`,
    check(context) {
        const document = context.createUiDefinition;
        if (!document?.root)
            return;
        for (const control of new CuidModel(document).controlsOfType('Microsoft.Common.PasswordBox')) {
            const constraints = (0,json_nav/* prop */._w)(control.node, 'constraints');
            if (constraints?.type !== 'object') {
                context.report(document, constraints ?? controlAnchor(control), `Password box '${control.name}' has no "constraints"; add "constraints" with a "regex" that requires at least ${PASSWORD_MIN_LENGTH} characters.`);
                continue;
            }
            const regexNode = (0,json_nav/* prop */._w)(constraints, 'regex');
            const pattern = (0,json_nav/* stringOf */.Je)(regexNode);
            // Without a regex the portal applies its own complexity rules, which are long enough.
            if (!pattern || (0,arm_expression/* isExpressionString */.UQ)(pattern.trim()))
                continue;
            const problem = regexProblem(pattern);
            if (problem) {
                context.report(document, regexNode, `Password box '${control.name}' has an invalid regex (${problem}); fix the pattern.`);
                continue;
            }
            const minimum = minimumLength(pattern);
            if (minimum === undefined) {
                context.report(document, regexNode, `Password box '${control.name}' regex has no length quantifier; require at least ${PASSWORD_MIN_LENGTH} characters, e.g. {${PASSWORD_MIN_LENGTH},}.`);
            }
            else if (minimum < PASSWORD_MIN_LENGTH) {
                context.report(document, regexNode, `Password box '${control.name}' regex allows passwords shorter than ${PASSWORD_MIN_LENGTH} characters (minimum ${minimum}); raise the quantifier to {${PASSWORD_MIN_LENGTH},}.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/password-textboxes-for-passwords.js


const SECURE_TYPES = ['securestring', 'secureobject'];
/** What a password box collects must reach the template through a secure parameter. */
const passwordTextboxesForPasswordsRule = {
    id: 'cuid/password-textboxes-for-passwords',
    armTtk: 'Password-Textboxes-Must-Be-Used-For-Password-Parameters',
    severity: 'error',
    description: 'Pass each Microsoft.Common.PasswordBox through an output to a mainTemplate parameter of type secureString or secureObject.',
    helpUri: `${CUID_TESTS_DOC}#use-secure-parameter-with-password-box`,
    check(context) {
        const { createUiDefinition: document, template } = context;
        if (document?.root?.type !== 'object' || template?.root?.type !== 'object')
            return;
        const model = new CuidModel(document);
        for (const control of model.controlsOfType('Microsoft.Common.PasswordBox')) {
            const output = model.outputsReferencing(control)[0]?.output;
            if (!output) {
                context.report(document, controlAnchor(control), `Password box '${control.name}' is not passed to the template: no output reads ${describeControl(control)}; add an output for it and a secureString parameter.`);
                continue;
            }
            const parameter = templateParameter(template, output.name);
            if (parameter?.value.type !== 'object') {
                context.report(document, output.value, `Password box '${control.name}' goes to output "${output.name}", which has no parameter in ${fileName(template)}; add a secureString parameter "${output.name}".`);
                continue;
            }
            const typeNode = (0,json_nav/* prop */._w)(parameter.value, 'type');
            const type = (0,json_nav/* stringOf */.Je)(typeNode) ?? '';
            if (!SECURE_TYPES.includes(type.toLowerCase())) {
                context.report(template, typeNode ?? parameter.key, `Parameter "${parameter.name}" receives password box '${control.name}' but its type is '${type}'; make it secureString (or secureObject).`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/schema.js


/** The only createUiDefinition schema Partner Center accepts. */
const CUID_SCHEMA = 'https://schema.management.azure.com/schemas/0.1.2-preview/CreateUIDefinition.MultiVm.json#';
/** The version segment of a schema URL: the first path part that starts with a dotted number (`0.1.2-preview`). */
function schemaVersion(schema) {
    return schema.split('/').find((part) => /^\d+(\.\d+)+$/.test(part.split('-')[0] ?? '') && /[1-9]/.test(part.split('-')[0]));
}
/** createUiDefinition.json must declare the 0.1.2-preview schema and the matching version. */
const schemaRule = {
    id: 'cuid/schema',
    armTtk: 'CreateUIDefinition-Should-Have-Schema',
    severity: 'error',
    description: `Set "$schema" to ${CUID_SCHEMA} and "version" to "0.1.2-preview".`,
    helpUri: `${CUID_TESTS_DOC}#use-valid-schema-and-version`,
    check(context) {
        const document = context.createUiDefinition;
        const root = document?.root;
        if (!document || root?.type !== 'object')
            return;
        const schemaNode = (0,json_nav/* prop */._w)(root, '$schema');
        const schema = (0,json_nav/* stringOf */.Je)(schemaNode);
        if (!schema) {
            context.report(document, schemaNode ?? root, `createUiDefinition.json has no "$schema"; add "$schema": "${CUID_SCHEMA}".`);
        }
        else if (schema !== CUID_SCHEMA) {
            context.report(document, schemaNode, `"$schema" is '${schema}'; it must be exactly '${CUID_SCHEMA}'.`);
        }
        const versionNode = (0,json_nav/* prop */._w)(root, 'version');
        const version = (0,json_nav/* stringOf */.Je)(versionNode) ?? (versionNode?.type === 'number' ? String(versionNode.value) : undefined);
        if (!version) {
            context.report(document, versionNode ?? root, 'createUiDefinition.json has no "version"; add "version": "0.1.2-preview".');
            return;
        }
        const expected = schema ? schemaVersion(schema) : undefined;
        if (expected && version.toLowerCase() !== expected.toLowerCase()) {
            context.report(document, versionNode, `"version" is '${version}' but "$schema" is version '${expected}'; set "version" to "${expected}".`);
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/textboxes-well-formed.js


/** A text box must validate what is typed: a regex with a message, or `validations` with a regex. */
const textboxesWellFormedRule = {
    id: 'cuid/textboxes-well-formed',
    armTtk: 'Textboxes-Are-Well-Formed',
    severity: 'error',
    description: 'Give each Microsoft.Common.TextBox "constraints" with a "regex" and "validationMessage" (or "validations" with a regex and message).',
    helpUri: `${CUID_TESTS_DOC}#text-box-must-use-validation`,
    check(context) {
        const document = context.createUiDefinition;
        if (!document?.root)
            return;
        for (const control of new CuidModel(document).controlsOfType('Microsoft.Common.TextBox')) {
            const constraints = (0,json_nav/* prop */._w)(control.node, 'constraints');
            if (constraints?.type !== 'object') {
                context.report(document, constraints ?? controlAnchor(control), `Text box '${control.name}' has no "constraints"; add a "regex" and a "validationMessage" that say what is allowed.`);
                continue;
            }
            let regexNode = undefined;
            const validations = (0,json_nav/* elements */.Yt)((0,json_nav/* prop */._w)(constraints, 'validations'));
            if (validations.length > 0) {
                regexNode = validations.map((v) => (0,json_nav/* prop */._w)(v, 'regex')).find((r) => Boolean((0,json_nav/* stringOf */.Je)(r)));
            }
            else {
                regexNode = (0,json_nav/* prop */._w)(constraints, 'regex');
                if ((0,json_nav/* stringOf */.Je)(regexNode) && !(0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(constraints, 'validationMessage'))) {
                    context.report(document, regexNode, `Text box '${control.name}' has a "regex" but no "validationMessage"; add a message that tells the user what is allowed.`);
                }
            }
            const pattern = (0,json_nav/* stringOf */.Je)(regexNode);
            if (!pattern) {
                context.report(document, constraints, `Text box '${control.name}' has no "constraints.regex" (nor a regex in "constraints.validations"); add one that limits what can be typed.`);
                continue;
            }
            const problem = regexProblem(pattern);
            if (problem)
                context.report(document, regexNode, `Text box '${control.name}' has an invalid regex (${problem}); fix the pattern.`);
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/tooltips-present.js


/**
 * Controls that have no tooltip: the three arm-ttk exempts, plus the data controls that render
 * nothing (their schema has no toolTip, so asking for one would be a false positive).
 */
const NO_TOOLTIP = new Set(['Microsoft.Common.InfoBox', 'Microsoft.Common.Section', 'Microsoft.Common.TextBlock', 'Microsoft.Solutions.ArmApiControl', 'Microsoft.Solutions.GraphApiControl'].map((t) => t.toLowerCase()));
function hasText(node) {
    if (!node)
        return false;
    switch (node.type) {
        case 'string':
            return node.value.trim().length > 0;
        case 'number':
        case 'boolean':
            return true;
        case 'object':
        case 'array':
            return (node.children?.length ?? 0) > 0;
        default:
            return false;
    }
}
/** Every visible Microsoft control should explain itself with a tooltip. */
const tooltipsPresentRule = {
    id: 'cuid/tooltips-present',
    armTtk: 'Tooltips-Should-Be-Present',
    severity: 'warning',
    description: 'Add a non-empty "toolTip" to each control (InfoBox, Section, TextBlock and data controls excepted).',
    helpUri: `${CUID_TESTS_DOC}#tooltip-must-exist-with-a-value`,
    check(context) {
        const document = context.createUiDefinition;
        if (!document?.root)
            return;
        for (const control of new CuidModel(document).controls) {
            const type = control.type.toLowerCase();
            if (!type.startsWith('microsoft.') || NO_TOOLTIP.has(type))
                continue;
            const tooltip = (0,json_nav/* prop */._w)(control.node, 'toolTip');
            if (!hasText(tooltip)) {
                const where = tooltip ?? (0,json_nav/* prop */._w)(control.node, 'name') ?? control.node;
                context.report(document, where, `${control.type} '${control.name}' has no tooltip; add a "toolTip" that tells the user what to enter.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/usernames-no-default.js


function hasValue(node) {
    if (!node)
        return false;
    switch (node.type) {
        case 'null':
            return false;
        case 'string':
            return node.value.length > 0;
        case 'boolean':
        case 'number':
            return Boolean(node.value);
        default:
            return (node.children?.length ?? 0) > 0;
    }
}
/** A user name box must start empty so nobody deploys with a guessable default admin name. */
const usernamesNoDefaultRule = {
    id: 'cuid/usernames-no-default',
    armTtk: 'Usernames-Should-Not-Have-A-Default',
    severity: 'error',
    description: 'Remove "defaultValue" from Microsoft.Compute.UserNameTextBox controls.',
    helpUri: `${CUID_TESTS_DOC}#dont-set-a-default-user-name`,
    check(context) {
        const document = context.createUiDefinition;
        if (!document?.root)
            return;
        for (const control of new CuidModel(document).controlsOfType('Microsoft.Compute.UserNameTextBox')) {
            const value = (0,json_nav/* prop */._w)(control.node, 'defaultValue');
            if (hasValue(value)) {
                context.report(document, value, `User name box '${control.name}' has a default value; remove "defaultValue" so the user types a name.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/validations-have-message.js


/** The name of the nearest enclosing control, or the JSON path when there is none (`config.basics...`). */
function ownerOf(node, path) {
    for (let current = node.parent; current; current = current.parent) {
        const name = current.type === 'object' ? (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(current, 'name')) : undefined;
        if (name)
            return `control '${name}'`;
    }
    return `"${path.join('.')}"`;
}
/** Each entry of a `validations` array is shown to the user when it fails, so it needs a message. */
const validationsHaveMessageRule = {
    id: 'cuid/validations-have-message',
    armTtk: 'Validations-Must-Have-Message',
    severity: 'error',
    description: 'Add a "message" to every entry of a "validations" array.',
    helpUri: `${CUID_TESTS_DOC}#use-message-with-validations`,
    check(context) {
        const document = context.createUiDefinition;
        if (!document?.root)
            return;
        (0,json_nav/* walk */.GG)(document.root, (node, path) => {
            if (node.type !== 'array' || String((0,json_nav/* keyOf */.TN)(node) ?? '').toLowerCase() !== 'validations')
                return;
            for (const item of (0,json_nav/* elements */.Yt)(node)) {
                if (item.type !== 'object' || (0,json_nav/* prop */._w)(item, 'message') !== undefined)
                    continue;
                const firstKey = item.children?.[0]?.children?.[0]?.value;
                const what = typeof firstKey === 'string' ? `the "${firstKey}" validation` : 'an empty validation';
                context.report(document, item, `In ${ownerOf(node, path)}, ${what} has no "message"; add one that tells the user what to fix.`);
            }
        });
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/vm-sizes-match-template.js



/** A VM size selector feeds a template parameter; the template's default size must be one the selector offers. */
const vmSizesMatchTemplateRule = {
    id: 'cuid/vm-sizes-match-template',
    armTtk: 'VMSizes-Must-Match-Template',
    severity: 'error',
    description: 'Pass each Microsoft.Compute.SizeSelector to a mainTemplate parameter whose defaultValue is one of the selector\'s allowedSizes.',
    helpUri: `${CUID_TESTS_DOC}#virtual-machine-sizes-must-match`,
    check(context) {
        const { createUiDefinition: document, template } = context;
        if (document?.root?.type !== 'object' || template?.root?.type !== 'object')
            return;
        const model = new CuidModel(document);
        for (const control of model.controlsOfType('Microsoft.Compute.SizeSelector')) {
            const output = model.outputsReferencing(control)[0]?.output;
            if (!output) {
                context.report(document, controlAnchor(control), `Size selector '${control.name}' is not passed to the template: no output reads ${describeControl(control)}; add an output for it.`);
                continue;
            }
            const parameter = templateParameter(template, output.name);
            if (parameter?.value.type !== 'object') {
                context.report(document, output.value, `Size selector '${control.name}' goes to output "${output.name}", which has no parameter in ${fileName(template)}; add a parameter "${output.name}".`);
                continue;
            }
            const defaultNode = (0,json_nav/* prop */._w)(parameter.value, 'defaultValue');
            const defaultSize = (0,json_nav/* stringOf */.Je)(defaultNode);
            if (!defaultSize || (0,arm_expression/* isExpressionString */.UQ)(defaultSize))
                continue;
            const allowed = (0,json_nav/* elements */.Yt)((0,json_nav/* dig */.rO)(control.node, 'constraints', 'allowedSizes')).map(json_nav/* stringOf */.Je).filter((s) => s !== undefined);
            if (allowed.length > 0 && !allowed.some((size) => size.toLowerCase() === defaultSize.toLowerCase())) {
                context.report(template, defaultNode, `Parameter "${parameter.name}" defaults to '${defaultSize}', which size selector '${control.name}' does not allow (allowedSizes: ${allowed.join(', ')}); use one of them as the default or add it to allowedSizes.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/cuid/index.js

















/** The arm-ttk createUiDefinition tests, in arm-ttk's (alphabetical) order. */
const createUiDefinitionRules = [
    allowedValuesAllowedRule,
    controlsInOutputsExistRule,
    noBlanksRule,
    schemaRule,
    credentialConfirmationVisibleRule,
    handlerRule,
    hideExistingHandledRule,
    locationInOutputsRule,
    outputsInTemplateParametersRule,
    parametersWithoutDefaultInOutputsRule,
    passwordTextboxesForPasswordsRule,
    passwordMinLengthRule,
    textboxesWellFormedRule,
    tooltipsPresentRule,
    usernamesNoDefaultRule,
    validationsHaveMessageRule,
    vmSizesMatchTemplateRule,
];

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/dataflow-script.js
/**
 * Reading the sources of a mapping data flow's script: just enough of the script language to find
 * each `source(...) ~> name` and the `key: value` options at the top level of its arguments, with
 * where they sit in the script. Values are kept as written; nothing is evaluated.
 */
const IDENTIFIER_CHAR = /[A-Za-z0-9_$]/;
const OPENERS = { '(': ')', '[': ']', '{': '}' };
/**
 * Where the quoted string, or `{...}` column name, starting at `start` ends (the offset after its
 * closing character); strings take backslash escapes. An unclosed one runs to the end.
 */
function skipQuoted(script, start) {
    const close = script[start] === '{' ? '}' : script[start];
    for (let i = start + 1; i < script.length; i++) {
        if (close !== '}' && script[i] === '\\') {
            i++;
            continue;
        }
        if (script[i] === close)
            return i + 1;
    }
    return script.length;
}
/**
 * The offset of the bracket closing the one at `open`, skipping strings and nested brackets, or
 * -1 when the script ends first.
 */
function matchingClose(script, open) {
    const stack = [OPENERS[script[open]]];
    for (let i = open + 1; i < script.length;) {
        const c = script[i];
        if (c === "'" || c === '"') {
            i = skipQuoted(script, i);
            continue;
        }
        if (c === '{' && stack[stack.length - 1] !== '}') {
            // `{...}` is a column name with characters an identifier cannot hold.
            i = skipQuoted(script, i);
            continue;
        }
        if (c === '(' || c === '[')
            stack.push(OPENERS[c]);
        else if (c === ')' || c === ']') {
            if (stack.pop() !== c)
                return -1;
            if (stack.length === 0)
                return i;
        }
        i++;
    }
    return -1;
}
/** Splits `from..to` (exclusive) at its top-level commas, giving each part's bounds. */
function topLevelParts(script, from, to) {
    const parts = [];
    let partStart = from;
    for (let i = from; i < to;) {
        const c = script[i];
        if (c === "'" || c === '"' || c === '{') {
            i = skipQuoted(script, i);
            continue;
        }
        if (c === '(' || c === '[') {
            const close = matchingClose(script, i);
            i = close < 0 ? to : close + 1;
            continue;
        }
        if (c === ',') {
            parts.push({ start: partStart, end: i });
            partStart = i + 1;
        }
        i++;
    }
    parts.push({ start: partStart, end: to });
    return parts;
}
/** The option a part holds (`key: value`), or undefined for anything else (`output(...)`). */
function optionOf(script, part) {
    const match = /^(\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:/.exec(script.slice(part.start, part.end));
    if (match === null)
        return undefined;
    const keyStart = part.start + match[1].length;
    let valueStart = part.start + match[0].length;
    while (valueStart < part.end && /\s/.test(script[valueStart]))
        valueStart++;
    return { key: match[2], value: script.slice(valueStart, part.end).trim(), keyStart, valueStart };
}
/**
 * Where the `parameters{...}` block opening at `open` ends (the offset after its closing brace),
 * skipping strings: parameter defaults may hold braces (`('{}')`).
 */
function skipBlock(script, open) {
    let depth = 0;
    for (let i = open; i < script.length;) {
        const c = script[i];
        if (c === "'" || c === '"') {
            i = skipQuoted(script, i);
            continue;
        }
        if (c === '{')
            depth++;
        else if (c === '}' && --depth === 0)
            return i + 1;
        i++;
    }
    return script.length;
}
/** Every `source(...)` of a data flow script, in order. */
function scriptSources(script) {
    const sources = [];
    for (let i = 0; i < script.length;) {
        const c = script[i];
        // A data flow with parameters declares them first, in `parameters{ name as type (default), ... }`.
        if (c === '{' && /(^|[^A-Za-z0-9_$])parameters\s*$/.test(script.slice(Math.max(0, i - 40), i))) {
            i = skipBlock(script, i);
            continue;
        }
        if (c === "'" || c === '"' || c === '{') {
            i = skipQuoted(script, i);
            continue;
        }
        const atWord = script.startsWith('source', i) && (i === 0 || !IDENTIFIER_CHAR.test(script[i - 1]));
        if (!atWord) {
            i++;
            continue;
        }
        let open = i + 'source'.length;
        while (open < script.length && /\s/.test(script[open]))
            open++;
        if (script[open] !== '(') {
            i += 'source'.length;
            continue;
        }
        const close = matchingClose(script, open);
        if (close < 0)
            break;
        const options = topLevelParts(script, open + 1, close)
            .map((part) => optionOf(script, part))
            .filter((o) => o !== undefined);
        const name = /^\s*~>\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(script.slice(close + 1))?.[1];
        sources.push({ name, start: i, options });
        i = close + 1;
    }
    return sources;
}
/** The text of a single-quoted string literal value (`'BasicDataSet_v0.Message_v1'`), or undefined for any other value. */
function stringLiteral(value) {
    const match = /^'((?:[^'\\]|\\.)*)'$/.exec(value);
    return match === null ? undefined : match[1].replace(/\\(.)/g, '$1');
}
/** How many elements an array literal value (`['a', 'b']`) holds, or undefined for any other value. */
function arrayLength(value) {
    return arrayElements(value)?.length;
}
/**
 * The elements of an array literal value (`['a', 'b']`) as written, trimmed, each with its offset
 * in the value; undefined for any other value.
 */
function arrayElements(value) {
    if (!value.startsWith('[') || matchingClose(value, 0) !== value.length - 1)
        return undefined;
    if (value.slice(1, -1).trim() === '')
        return [];
    return topLevelParts(value, 1, value.length - 1).map(({ start, end }) => {
        const raw = value.slice(start, end);
        const lead = raw.length - raw.trimStart().length;
        return { text: raw.trim(), offset: start + lead };
    });
}

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/office365-table.js






/**
 * The table a copy reads from its Office365Table dataset: the literal tableName or, when that is
 * `@dataset().x`, the literal the copy's reference passes for x, else x's literal defaultValue.
 * Undefined when the name is computed when the pipeline runs (`@pipeline().parameters.table`,
 * `@item().table`) or known only at deployment (a template parameter).
 */
function copyTable(pipeline, dataset, reference) {
    const tableNode = (0,json_nav/* dig */.rO)(dataset?.properties, 'typeProperties', 'tableName');
    if (dataset === undefined || tableNode === undefined)
        return undefined;
    const literal = literalName(dataset, tableNode);
    if (literal !== undefined)
        return { name: literal, node: tableNode, document: dataset };
    const parameter = datasetParameterRead(tableNode);
    if (parameter === undefined)
        return undefined;
    const passed = (0,json_nav/* prop */._w)((0,json_nav/* prop */._w)(reference, 'parameters'), parameter);
    if (passed !== undefined) {
        const name = literalName(pipeline, passed);
        return name === undefined ? undefined : { name, node: passed, document: pipeline, parameter: { name: parameter, passed: true } };
    }
    const declaration = declaredParameters(dataset).find((d) => d.name.toLowerCase() === parameter.toLowerCase());
    const fallback = (0,json_nav/* prop */._w)(declaration?.value, 'defaultValue');
    const name = fallback === undefined ? undefined : literalName(dataset, fallback);
    return name === undefined || fallback === undefined ? undefined : { name, node: fallback, document: dataset, parameter: { name: parameter, passed: false } };
}
/** The text of a string node when it is a literal: no Data Factory expression, no deployment-time part. */
function literalName(object, node) {
    const text = node.type === 'string' ? (0,factory_model/* textOf */.b6)(object.factory, node) : undefined;
    return text !== undefined && (0,arm_strings/* isResolved */.ZY)(text) && !text.startsWith('@') ? text : undefined;
}
/** The parameter x of a tableName that is exactly `@dataset().x`, as a string or an Expression object. */
function datasetParameterRead(tableNode) {
    const text = tableNode.type === 'object' ? (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(tableNode, 'value')) : (0,json_nav/* stringOf */.Je)(tableNode);
    const parsed = text === undefined || !text.startsWith('@') ? undefined : parseAdfValue(text);
    const expression = parsed?.error === undefined && parsed?.expressions.length === 1 ? parsed.expressions[0] : undefined;
    const read = expression === undefined ? undefined : parameterRead(expression);
    return read?.owner === 'dataset' ? read.name : undefined;
}
/** Where a parameter's table came from, for messages (`passed as dataset parameter 'table'`); undefined for a literal tableName. */
function tableOrigin(table) {
    if (table.parameter === undefined)
        return undefined;
    return `${table.parameter.passed ? 'passed as' : 'the default of'} dataset parameter '${table.parameter.name}'`;
}
/** How a message names the table: with where it came from when a dataset parameter gave it. */
function tableText(table) {
    const origin = tableOrigin(table);
    return origin === undefined ? table.name : `${table.name} (${origin})`;
}

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/office365-copies.js






function datasetOf(factory, reference) {
    const name = (0,factory_model/* textOf */.b6)(factory, (0,json_nav/* prop */._w)(reference, 'referenceName'));
    return name !== undefined && (0,arm_strings/* isResolved */.ZY)(name) ? (0,factory_model/* findObject */.Z)(factory, 'dataset', name) : undefined;
}
/** The linked service a dataset (or a reference holder) points at. */
function linkedServiceOf(object) {
    if (!object)
        return undefined;
    const name = (0,factory_model/* textOf */.b6)(object.factory, (0,json_nav/* dig */.rO)(object.properties, 'linkedServiceName', 'referenceName'));
    return name !== undefined && (0,arm_strings/* isResolved */.ZY)(name) ? (0,factory_model/* findObject */.Z)(object.factory, 'linkedService', name) : undefined;
}
const COPIES = new WeakMap();
/** Every Office 365 copy of the unit: Copy activities with an Office365Source or an Office365Table input. */
function office365Copies(context) {
    const model = (0,factory_model/* factoryModel */.M4)(context);
    const cached = COPIES.get(model);
    if (cached)
        return cached;
    const copies = [];
    for (const pipeline of (0,factory_model/* objectsOfKind */._c)(model, 'pipeline')) {
        for (const activity of pipelineGraph(pipeline).all) {
            if ((activity.type ?? '').toLowerCase() !== 'copy')
                continue;
            // Most copies are not Office 365 ones: decide that on the parsed values before making nodes.
            if (activity.raw !== undefined && !readsOffice365(pipeline.factory, activity))
                continue;
            const source = (0,json_nav/* dig */.rO)(activity.node, 'typeProperties', 'source');
            const inputReference = (0,json_nav/* elements */.Yt)((0,json_nav/* prop */._w)(activity.node, 'inputs'))[0];
            const inputDataset = datasetOf(pipeline.factory, inputReference);
            const isOffice365 = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(source, 'type'))?.toLowerCase() === 'office365source' || (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(inputDataset?.properties, 'type'))?.toLowerCase() === 'office365table';
            if (!isOffice365)
                continue;
            const outputReference = (0,json_nav/* elements */.Yt)((0,json_nav/* prop */._w)(activity.node, 'outputs'))[0];
            const outputDataset = datasetOf(pipeline.factory, outputReference);
            copies.push({
                pipeline,
                activity,
                source,
                sink: (0,json_nav/* dig */.rO)(activity.node, 'typeProperties', 'sink'),
                inputDataset,
                table: copyTable(pipeline, inputDataset, inputReference),
                sourceLinkedService: linkedServiceOf(inputDataset),
                outputReference,
                outputDataset,
                sinkLinkedService: linkedServiceOf(outputDataset),
            });
        }
    }
    COPIES.set(model, copies);
    return copies;
}
/** The test `office365Copies` makes, on a lazily read activity's parsed value. */
function readsOffice365(factory, activity) {
    const sourceType = activityValue(activity, 'typeProperties', 'source', 'type');
    if (typeof sourceType === 'string' && sourceType.toLowerCase() === 'office365source')
        return true;
    const inputs = activityValue(activity, 'inputs');
    const name = Array.isArray(inputs) ? (0,lazy_json_tree/* rawProp */._G)(inputs[0], 'referenceName') : undefined;
    const dataset = typeof name === 'string' && (0,arm_strings/* isResolved */.ZY)(name) ? (0,factory_model/* findObject */.Z)(factory, 'dataset', name) : undefined;
    return (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(dataset?.properties, 'type'))?.toLowerCase() === 'office365table';
}
/** A property of the copy source, falling back to the input dataset's typeProperties (where older pipelines put it). */
function sourceSetting(copy, name) {
    const fromSource = (0,json_nav/* prop */._w)(copy.source, name);
    if (fromSource)
        return { node: fromSource, document: copy.pipeline };
    const fromDataset = (0,json_nav/* dig */.rO)(copy.inputDataset?.properties, 'typeProperties', name);
    return fromDataset && copy.inputDataset ? { node: fromDataset, document: copy.inputDataset } : undefined;
}

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/office365-flows.js





/**
 * Whether a data flow's script may read Microsoft 365: the store's name appears in it. Read from
 * the parsed value when the file was read lazily, before any node of its script lines is made.
 */
function mayReadMicrosoft365(dataflow) {
    const typeProperties = (0,json_nav/* prop */._w)(dataflow.properties, 'typeProperties');
    if (!(typeProperties instanceof lazy_json_tree/* LazyJsonNode */.Pr))
        return true;
    const raw = typeProperties.rawValue;
    const script = (0,lazy_json_tree/* rawProp */._G)(raw, 'script');
    const lines = (0,lazy_json_tree/* rawProp */._G)(raw, 'scriptLines');
    const text = typeof script === 'string' ? script : Array.isArray(lines) ? lines.filter((l) => typeof l === 'string').join('\n') : '';
    return MICROSOFT_365.test(text);
}
const MICROSOFT_365 = /microsoft365/i;
function scriptText(dataflow) {
    const typeProperties = (0,json_nav/* prop */._w)(dataflow.properties, 'typeProperties');
    const single = (0,json_nav/* prop */._w)(typeProperties, 'script');
    const text = (0,json_nav/* stringOf */.Je)(single);
    if (single !== undefined && text !== undefined)
        return { text, locate: (offset) => ({ node: single, offset }) };
    const lines = (0,json_nav/* prop */._w)(typeProperties, 'scriptLines');
    if (lines?.type !== 'array')
        return undefined;
    const values = (lines.children ?? []).map((line) => (0,json_nav/* stringOf */.Je)(line) ?? '');
    const starts = [];
    let at = 0;
    for (const value of values) {
        starts.push(at);
        at += value.length + 1;
    }
    return {
        text: values.join('\n'),
        locate(offset) {
            let index = starts.length - 1;
            while (index > 0 && starts[index] > offset)
                index--;
            const node = (0,json_nav/* elementAt */.s2)(lines, index);
            return node === undefined ? undefined : { node, offset: Math.min(offset - starts[index], values[index].length) };
        },
    };
}
const FLOW_SOURCES = new WeakMap();
/** Every Microsoft 365 source of the unit's mapping data flows (found once per unit). */
function office365FlowSources(context) {
    const model = (0,factory_model/* factoryModel */.M4)(context);
    const cached = FLOW_SOURCES.get(model);
    if (cached)
        return cached;
    const found = [];
    for (const dataflow of (0,factory_model/* objectsOfKind */._c)(model, 'dataflow')) {
        // Most data flows read no Microsoft 365 data: look for the store before reading the script.
        if (!mayReadMicrosoft365(dataflow))
            continue;
        const script = scriptText(dataflow);
        if (script === undefined || !MICROSOFT_365.test(script.text))
            continue;
        for (const source of scriptSources(script.text)) {
            const byName = new Map(source.options.map((o) => [o.key.toLowerCase(), o]));
            const store = byName.get('store');
            if (store === undefined || stringLiteral(store.value)?.toLowerCase() !== 'microsoft365')
                continue;
            const option = (name) => {
                const lower = name.toLowerCase();
                return byName.get(lower) ?? byName.get(`source${lower}`) ?? (lower.startsWith('source') ? byName.get(lower.slice('source'.length)) : undefined);
            };
            const tableOption = option('sourceTableName');
            found.push({
                dataflow,
                name: source.name ?? '(unnamed)',
                table: tableOption === undefined ? undefined : stringLiteral(tableOption.value),
                option,
                report(ruleContext, offset, message) {
                    const at = script.locate(offset) ?? script.locate(source.start);
                    if (at)
                        reportInString(ruleContext, dataflow.document, at.node, at.offset, message);
                    else
                        ruleContext.report(dataflow.document, dataflow.nameNode, message);
                },
            });
        }
    }
    FLOW_SOURCES.set(model, found);
    return found;
}

// EXTERNAL MODULE: ./lib/shared/guid.js
var guid = __webpack_require__(6028);
;// CONCATENATED MODULE: ./lib/shared/validate/rules/gdc/allowed-groups.js








const MAX_ALLOWED_GROUPS = 10;
/** What to say of a group written other than by its object ID. */
const notAnId = (group) => `'${group}' is not a group object ID; Graph Data Connect selects groups by their object ID (a GUID such as 2234df73-a3ba-4538-9d3a-79ae0eb25e86), not by name or address.`;
/**
 * Graph Data Connect extracts for at most 10 groups of users, each given by its object ID.
 * Values computed when the pipeline runs are not judged.
 */
const allowedGroupsRule = {
    id: 'gdc/allowed-groups',
    armTtk: null,
    severity: 'error',
    description: 'List at most 10 group object IDs in allowedGroups (sourceAllowedGroups in a data flow), or select users with userScopeFilterUri instead.',
    helpUri: ADF_DOCS.gdcFiltering,
    check(context) {
        for (const copy of office365Copies(context)) {
            const groups = sourceSetting(copy, 'allowedGroups');
            if (!groups || groups.node.type !== 'array')
                continue;
            const listed = (0,json_nav/* elements */.Yt)(groups.node);
            if (listed.length > MAX_ALLOWED_GROUPS) {
                context.report(groups.document.document, groups.node, `Copy activity '${copy.activity.name ?? ''}' lists ${listed.length} allowedGroups; Graph Data Connect accepts at most ${MAX_ALLOWED_GROUPS}. Use fewer groups or a userScopeFilterUri.`);
            }
            const factory = groups.document.factory;
            for (const group of listed) {
                const text = literalText(factory, group);
                if (text === undefined || (0,guid/* isGuid */.W)(text.trim()))
                    continue;
                context.report(groups.document.document, group, `Copy activity '${copy.activity.name ?? ''}': allowedGroups entry ${notAnId(text)}`);
            }
        }
        for (const source of office365FlowSources(context)) {
            const groups = source.option('sourceAllowedGroups');
            const listed = groups === undefined ? undefined : arrayElements(groups.value);
            if (groups === undefined || listed === undefined)
                continue;
            if (listed.length > MAX_ALLOWED_GROUPS) {
                source.report(context, groups.valueStart, `${describeObject(source.dataflow)}: source '${source.name}' lists ${listed.length} allowed groups; Graph Data Connect accepts at most ${MAX_ALLOWED_GROUPS}. Use fewer groups or a user scope filter.`);
            }
            for (const group of listed) {
                const text = stringLiteral(group.text);
                if (text === undefined || (0,guid/* isGuid */.W)(text.trim()))
                    continue;
                source.report(context, groups.valueStart + group.offset, `${describeObject(source.dataflow)}: source '${source.name}': sourceAllowedGroups entry ${notAnId(text)}`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/gdc/auto-resolve-runtime.js






/**
 * Graph Data Connect moves data only within the Microsoft 365 tenant's region: an auto-resolve
 * integration runtime may run the Office 365 copy elsewhere. Pin it to an Azure runtime in the
 * tenant's region.
 */
const autoResolveRuntimeRule = {
    id: 'gdc/auto-resolve-runtime',
    armTtk: null,
    severity: 'warning',
    description: "Connect the Office365 linked service through an Azure integration runtime whose location is the Microsoft 365 tenant's region, not AutoResolve.",
    helpUri: ADF_DOCS.office365,
    check(context) {
        const reported = new Set();
        for (const copy of office365Copies(context)) {
            const service = copy.sourceLinkedService;
            if (!service || reported.has(service))
                continue;
            const connectVia = (0,json_nav/* prop */._w)(service.properties, 'connectVia');
            const name = (0,factory_model/* textOf */.b6)(service.factory, (0,json_nav/* prop */._w)(connectVia, 'referenceName'));
            let autoResolve = name === undefined || name.toLowerCase() === AUTO_RESOLVE_RUNTIME.toLowerCase();
            if (!autoResolve && name !== undefined) {
                const runtime = (0,factory_model/* findObject */.Z)(service.factory, 'integrationRuntime', name);
                const location = (0,json_nav/* stringOf */.Je)((0,json_nav/* dig */.rO)(runtime?.properties, 'typeProperties', 'computeProperties', 'location'));
                autoResolve = location?.toLowerCase() === 'autoresolve';
            }
            if (!autoResolve)
                continue;
            reported.add(service);
            context.report(service.document, connectVia ?? service.nameNode, `${describeObject(service)} runs on an auto-resolve integration runtime; Graph Data Connect requires the copy to run in the Microsoft 365 tenant's region. Connect it via a Managed integration runtime with that location.`);
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/gdc/gdc-datasets.js
const PREFIX = 'BasicDataSet_v0.';
const MAIL_COLUMNS = ['CreatedDateTime', 'LastModifiedDateTime', 'ReceivedDateTime', 'SentDateTime'];
const EVENT_COLUMNS = ['CreatedDateTime', 'LastModifiedDateTime'];
/** A dataset in the `BasicDataSet_v0` family, as every sample and the older catalogue write them. */
const basic = (name, more = {}) => ({ name: PREFIX + name, ...more, aliases: more.aliases?.map((a) => PREFIX + a) });
/**
 * A dataset the current catalogue lists without its family, and for which no sample shows the
 * tableName: taken with or without `BasicDataSet_v0.`, so that neither is reported wrongly.
 */
const unsure = (name) => ({ name: PREFIX + name, aliases: [name] });
const GDC_DATASETS = [
    // Activities
    unsure('OutlookContactActivity_v0'),
    unsure('OutlookMailActivity_v0'),
    unsure('OutlookMeetingActivity_v0'),
    unsure('TeamsChannelActivity_v0'),
    unsure('TeamsConversationActivity_v0'),
    // Call records, channels, contacts
    basic('TeamsCallRecords_v1'),
    basic('TeamsChannelDetails_v0'),
    basic('Contact_v0'),
    basic('Contact_v1'),
    // Devices and licences
    unsure('OwnedDevices_v0'),
    unsure('RegisteredDevices_v0'),
    unsure('LicenseDetails_v0'),
    // Events
    basic('CalendarView_v0', { needsTimeRangeOnly: true }),
    basic('ConferenceRoomCalendar_v0'),
    basic('Event_v0', { dateFilterColumns: EVENT_COLUMNS }),
    basic('Event_v1', { dateFilterColumns: EVENT_COLUMNS }),
    // Microsoft 365 groups
    basic('GroupDetails_v0'),
    basic('GroupMembers_v0'),
    basic('GroupOwners_v0'),
    // Mail: the filtering page writes SentItem, the current catalogue SentItems.
    basic('Message_v0', { dateFilterColumns: MAIL_COLUMNS }),
    basic('Message_v1', { dateFilterColumns: MAIL_COLUMNS }),
    basic('SentItem_v0', { dateFilterColumns: MAIL_COLUMNS, aliases: ['SentItems_v0'] }),
    basic('SentItem_v1', { dateFilterColumns: MAIL_COLUMNS, aliases: ['SentItems_v1'] }),
    // Mail folders and mailbox settings
    basic('Inbox_v1'),
    basic('MailFolder_v0'),
    basic('MailFolder_v2'),
    basic('MailboxSettings_v0'),
    // Messages in conversations, chats and channels
    basic('OutlookGroupConversations_v0'),
    basic('TeamChat_v1'),
    basic('TeamChat_v2'),
    basic('TeamsStandardChannelMessages_v0'),
    // Online meetings
    basic('TeamsTranscript_v1'),
    // Organisation
    basic('DirectReport_v0'),
    basic('Manager_v0'),
    // Tasks
    basic('TodoTaskFolders_v0'),
    basic('TodoTasks_v0'),
    unsure('PlannerTasks_v0'),
    // Users
    basic('User_v0'),
    basic('User_v1'),
    // OneDrive and SharePoint Online; the schema page of sync health is titled _v0, the catalogue _v1.
    basic('SharePointSites_v1'),
    basic('SharePointPermissions_v1'),
    basic('SharePointGroups_v1'),
    basic('SharePointFiles_v1'),
    basic('SharePointFileActions_v1'),
    basic('OneDriveSyncHealth_v1', { aliases: ['OneDriveSyncHealth_v0'] }),
    // The previews they replace, still in use by pipelines written against them.
    { name: 'DocumentSharingDataset_v0_Preview' },
    { name: 'SharePointSitesDataset_v0_Preview' },
    { name: 'SharePointGroupsDataset_v0_Preview' },
    // Viva Insights
    { name: 'VivaInsightsDataset_PersonReport_v1' },
    { name: 'VivaInsightsDataset_v0' },
];
const BY_NAME = new Map(GDC_DATASETS.flatMap((d) => [d.name, ...(d.aliases ?? [])].map((name) => [name.toLowerCase(), d])));
/** The catalogue entry of a table name (case-insensitive), or undefined for an unknown table. */
function gdcDataset(tableName) {
    return BY_NAME.get(tableName.toLowerCase());
}

;// CONCATENATED MODULE: ./lib/shared/validate/rules/gdc/date-filter.js










/** What is wrong with a date filter column for a dataset (a clause), or undefined when it may be filtered on. */
function columnProblem(dataset, column) {
    const columns = dataset.dateFilterColumns;
    if (columns === undefined || columns.some((c) => c.toLowerCase() === column.toLowerCase()))
        return undefined;
    return `cannot be filtered on '${column}'; use one of ${columns.join(', ')}.`;
}
/**
 * Why a literal time range selects no time (a clause), or undefined when it selects some or
 * either end is not a literal date-time (computed when the pipeline runs, or in a form not read here).
 */
function rangeProblem(start, end) {
    if (start === undefined || end === undefined || start.ticks < end.ticks)
        return undefined;
    return start.ticks === end.ticks ? `starts and ends at the same time (${start.text}, ${end.text})` : `ends (${end.text}) before it starts (${start.text})`;
}
/** A copy's time setting when it is a literal date-time. */
function literalTime(setting) {
    const text = literalText(setting.document.factory, setting.node);
    const ticks = text === undefined ? undefined : dateTimeTicks(text);
    return text === undefined || ticks === undefined ? undefined : { text, ticks };
}
/**
 * A data flow source's time option as the designer writes it: `(toTimestamp(1672531200000L))`
 * (milliseconds since 1970), or a quoted date-time, bare or in `toTimestamp('...')`.
 */
function flowTime(value) {
    let inner = value.trim();
    while (inner.startsWith('(') && inner.endsWith(')'))
        inner = inner.slice(1, -1).trim();
    const millis = /^toTimestamp\(\s*(\d{1,15})L\s*\)$/i.exec(inner);
    if (millis !== null)
        return { text: value, ticks: BigInt(millis[1]) * 10000n };
    const quoted = /^toTimestamp\(\s*('(?:[^'\\]|\\.)*')\s*\)$/i.exec(inner)?.[1] ?? inner;
    const text = stringLiteral(quoted);
    const ticks = text === undefined ? undefined : dateTimeTicks(text);
    return ticks === undefined ? undefined : { text: value, ticks };
}
/**
 * Message, SentItem and Event datasets are extracted only with a date filter: dateFilterColumn
 * (one of the columns that dataset supports), startTime and endTime. CalendarView needs
 * startTime and endTime. Without them the run fails after the approval wait. The same holds for
 * a mapping data flow's Microsoft 365 source (sourceDateFilterColumn, sourceStartTime, sourceEndTime).
 * Written as literal date-times, the end must come after the start.
 */
const dateFilterRule = {
    id: 'gdc/date-filter',
    armTtk: null,
    severity: 'error',
    description: 'Give the Office 365 copy source dateFilterColumn (a column the dataset supports), startTime and endTime, or a data flow source sourceDateFilterColumn, sourceStartTime and sourceEndTime; CalendarView needs the times only. Literal times must end after they start.',
    helpUri: ADF_DOCS.gdcFiltering,
    check(context) {
        for (const copy of office365Copies(context)) {
            if (copy.table === undefined)
                continue;
            const dataset = gdcDataset(copy.table.name);
            if (!dataset || (!dataset.dateFilterColumns && !dataset.needsTimeRangeOnly))
                continue;
            const table = tableText(copy.table);
            const required = dataset.needsTimeRangeOnly ? ['startTime', 'endTime'] : ['dateFilterColumn', 'startTime', 'endTime'];
            const settings = new Map(required.map((name) => [name, sourceSetting(copy, name)]));
            const missing = required.filter((name) => settings.get(name) === undefined);
            const at = copy.source ?? copy.activity.nameNode ?? copy.activity.node;
            if (missing.length > 0) {
                // The preview samples (2018) filtered by a predicate on the dataset; the range is now
                // given by the settings above.
                const predicate = (0,json_nav/* dig */.rO)(copy.inputDataset?.properties, 'typeProperties', 'predicate') !== undefined;
                const hint = predicate ? " The dataset has a predicate, the filter of the preview samples; Graph Data Connect documents the date range only through these settings." : '';
                context.report(copy.pipeline.document, at, `Copy activity '${copy.activity.name ?? ''}' reads ${table} without ${(0,words/* andList */.cM)(missing)}; Graph Data Connect requires a date range for this dataset. Add ${missing.length === 1 ? 'it' : 'them'} to the copy source.${hint}`);
                continue;
            }
            const column = settings.get('dateFilterColumn');
            const columnName = column === undefined ? undefined : literalText(column.document.factory, column.node);
            const problem = columnName === undefined ? undefined : columnProblem(dataset, columnName);
            if (column !== undefined && problem !== undefined) {
                const reader = column.document === copy.pipeline ? `Copy activity '${copy.activity.name ?? ''}' reads ${table}, which` : `${describeObject(column.document)}: ${table}`;
                context.report(column.document.document, column.node, `${reader} ${problem}`);
            }
            const start = settings.get('startTime');
            const end = settings.get('endTime');
            // A range split between the copy source and its dataset is left alone: how the service
            // combines the two is not documented.
            const range = start.document === end.document ? rangeProblem(literalTime(start), literalTime(end)) : undefined;
            if (range !== undefined) {
                context.report(end.document.document, end.node, `${start.document === copy.pipeline ? `Copy activity '${copy.activity.name ?? ''}'` : describeObject(end.document)} reads ${table} in a time range that ${range}; Graph Data Connect extracts what falls between startTime and endTime. Make endTime later than startTime.`);
            }
        }
        for (const source of office365FlowSources(context)) {
            const dataset = source.table === undefined ? undefined : gdcDataset(source.table);
            if (!dataset || (!dataset.dateFilterColumns && !dataset.needsTimeRangeOnly))
                continue;
            const required = dataset.needsTimeRangeOnly ? ['sourceStartTime', 'sourceEndTime'] : ['sourceDateFilterColumn', 'sourceStartTime', 'sourceEndTime'];
            const options = new Map(required.map((name) => [name, source.option(name)]));
            const missing = required.filter((name) => options.get(name) === undefined);
            if (missing.length > 0) {
                source.report(context, source.option('sourceTableName').keyStart, `${describeObject(source.dataflow)}: source '${source.name}' reads ${source.table} without ${(0,words/* andList */.cM)(missing)}; Graph Data Connect requires a date range for this dataset. Add ${missing.length === 1 ? 'it' : 'them'} to the source options.`);
                continue;
            }
            const column = options.get('sourceDateFilterColumn');
            const value = column === undefined ? undefined : stringLiteral(column.value);
            const problem = value === undefined ? undefined : columnProblem(dataset, value);
            if (column !== undefined && problem !== undefined)
                source.report(context, column.valueStart, `${describeObject(source.dataflow)}: source '${source.name}' reads ${source.table}, which ${problem}`);
            const end = options.get('sourceEndTime');
            const range = rangeProblem(flowTime(options.get('sourceStartTime').value), flowTime(end.value));
            if (range !== undefined) {
                source.report(context, end.valueStart, `${describeObject(source.dataflow)}: source '${source.name}' reads ${source.table} in a time range that ${range}; Graph Data Connect extracts what falls between sourceStartTime and sourceEndTime. Make sourceEndTime later than sourceStartTime.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/gdc/known-table.js










/** What to say of a table mapp does not know, with the closest known one. */
function unknownTable(table, origin) {
    // Leaving out the family (`Message_v1` for `BasicDataSet_v0.Message_v1`) is the usual slip:
    // the table is compared with the known names both with and without theirs.
    const names = new Map();
    for (const { name } of GDC_DATASETS) {
        names.set(name.slice(name.indexOf('.') + 1), name);
        names.set(name, name);
    }
    const near = (0,closest_name/* closestName */.N)(table, names.keys(), Math.max(4, Math.floor(table.length / 2)));
    const closest = near === undefined ? undefined : names.get(near);
    return `reads table '${table}'${origin ? ` (${origin})` : ''}, which is not a Graph Data Connect dataset mapp knows.${closest ? ` The closest known dataset is '${closest}'.` : ''}`;
}
/** An Office365Table (through its tableName or the dataset parameter that gives it), or a data flow's Microsoft 365 source, reads a Graph Data Connect dataset mapp knows; an unknown name is likely a typo (or a dataset newer than mapp). */
const knownTableRule = {
    id: 'gdc/known-table',
    armTtk: null,
    severity: 'warning',
    description: 'Use a Graph Data Connect dataset name such as BasicDataSet_v0.Message_v1 as the Office365Table tableName (or the value of the dataset parameter it reads) or the data flow sourceTableName.',
    helpUri: ADF_DOCS.gdcDatasets,
    check(context) {
        for (const dataset of (0,factory_model/* objectsOfKind */._c)((0,factory_model/* factoryModel */.M4)(context), 'dataset')) {
            if ((0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(dataset.properties, 'type'))?.toLowerCase() !== 'office365table')
                continue;
            const node = (0,json_nav/* dig */.rO)(dataset.properties, 'typeProperties', 'tableName');
            const table = (0,factory_model/* textOf */.b6)(dataset.factory, node);
            if (table === undefined || (0,factory_model/* isArmValue */.sA)(dataset.factory, node) && !(0,arm_strings/* isResolved */.ZY)(table))
                continue;
            if (!(0,arm_strings/* isResolved */.ZY)(table) || table.startsWith('@') || gdcDataset(table))
                continue;
            context.report(dataset.document, node, `${describeObject(dataset)} ${unknownTable(table)}`);
        }
        // A dataset that reads its table from a parameter is judged by what each copy gives it, at
        // the reference's argument or the parameter's default (once, however many copies use it).
        const judged = new Set();
        for (const { table } of office365Copies(context)) {
            if (table?.parameter === undefined || gdcDataset(table.name) || judged.has(table.node))
                continue;
            judged.add(table.node);
            context.report(table.document.document, table.node, `${describePlace(table.document, table.node)} ${unknownTable(table.name, tableOrigin(table))}`);
        }
        for (const source of office365FlowSources(context)) {
            const table = source.table;
            if (table === undefined || gdcDataset(table))
                continue;
            source.report(context, source.option('sourceTableName').valueStart, `${describeObject(source.dataflow)}: source '${source.name}' ${unknownTable(table)}`);
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/datafactory/service-principal.js

/**
 * Whether a linked service's typeProperties hold a service principal's secret: a key (literal
 * or Key Vault), a certificate, a credential reference, or `encryptedCredential`, which is the
 * key as the service encrypted it when the linked service was saved with it.
 */
function hasServicePrincipalSecret(settings) {
    return ((0,json_nav/* prop */._w)(settings, 'servicePrincipalKey') !== undefined ||
        (0,json_nav/* prop */._w)(settings, 'servicePrincipalEmbeddedCert') !== undefined ||
        (0,json_nav/* prop */._w)(settings, 'servicePrincipalCredential') !== undefined ||
        Boolean((0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(settings, 'encryptedCredential'))));
}

;// CONCATENATED MODULE: ./lib/shared/validate/rules/gdc/office365-credentials.js







/** A domain name, as a tenant may be given by one of its own (contoso.onmicrosoft.com). */
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;
const isTenant = (text) => (0,guid/* isGuid */.W)(text) || DOMAIN.test(text);
/** The identifiers of the Office 365 linked service, what each must be, and the test it passes. */
const IDS = [
    ['office365TenantId', 'a tenant ID; give the GUID of the Microsoft 365 tenant (or one of its domain names)', isTenant],
    ['servicePrincipalTenantId', 'a tenant ID; give the GUID of the tenant the app registration lives in (or one of its domain names)', isTenant],
    ['servicePrincipalId', 'an application (client) ID; give the GUID of the app registration the Microsoft 365 tenant approved', guid/* isGuid */.W],
];
/** Graph Data Connect authorises an application: the Office 365 linked service signs in as a service principal, with a key (literal or Key Vault) or a certificate. */
const office365CredentialsRule = {
    id: 'gdc/office365-credentials',
    armTtk: null,
    severity: 'error',
    description: 'Give the Office365 linked service office365TenantId, servicePrincipalTenantId, servicePrincipalId and a servicePrincipalKey (or Key Vault secret) or certificate.',
    helpUri: ADF_DOCS.office365,
    check(context) {
        for (const service of (0,factory_model/* objectsOfKind */._c)((0,factory_model/* factoryModel */.M4)(context), 'linkedService')) {
            if ((0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(service.properties, 'type'))?.toLowerCase() !== 'office365')
                continue;
            const settings = (0,json_nav/* prop */._w)(service.properties, 'typeProperties');
            const missing = ['office365TenantId', 'servicePrincipalTenantId', 'servicePrincipalId'].filter((name) => !(0,json_nav/* prop */._w)(settings, name));
            if (!hasServicePrincipalSecret(settings))
                missing.push('servicePrincipalKey (or servicePrincipalEmbeddedCert)');
            // The application (client) ID is a GUID, a tenant a GUID or one of its domain names; a
            // name or a placeholder left in fails only when the copy runs.
            for (const [name, what, accepts] of IDS) {
                const node = (0,json_nav/* prop */._w)(settings, name);
                const value = literalText(service.factory, node);
                if (node === undefined || value === undefined || accepts(value.trim()))
                    continue;
                context.report(service.document, node, `${describeObject(service)}: ${name} '${value}' is not ${what}.`);
            }
            if (missing.length === 0)
                continue;
            context.report(service.document, settings ?? (0,json_nav/* dig */.rO)(service.properties, 'type') ?? service.nameNode, `${describeObject(service)} lacks ${missing.join(', ')}; Graph Data Connect only accepts a service principal (key, Key Vault secret or certificate) approved in the Microsoft 365 tenant.`);
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/gdc/sink-store.js




/** Linked service types of the two stores an Office 365 copy may write to. */
const GDC_SINK_TYPES = new Set(['azureblobstorage', 'azurestorage', 'azureblobfs']);
/** An Office 365 copy writes only to Azure Blob Storage or Azure Data Lake Storage Gen2. */
const sinkStoreRule = {
    id: 'gdc/sink-store',
    armTtk: null,
    severity: 'error',
    description: 'Write the Office 365 copy to Azure Blob Storage or Azure Data Lake Storage Gen2, and load it elsewhere with a second copy.',
    helpUri: ADF_DOCS.office365,
    check(context) {
        for (const copy of office365Copies(context)) {
            const service = copy.sinkLinkedService;
            const type = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(service?.properties, 'type'));
            if (!service || type === undefined || GDC_SINK_TYPES.has(type.toLowerCase()))
                continue;
            context.report(copy.pipeline.document, copy.outputReference, `Copy activity '${copy.activity.name ?? ''}' writes Office 365 data through ${describeObject(service).replace(/^./, (c) => c.toLowerCase())} of type ${type}; Graph Data Connect delivers only to Azure Blob Storage (AzureBlobStorage) or Data Lake Storage Gen2 (AzureBlobFS).`);
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/gdc/sink-credentials.js






/**
 * How a storage linked service signs in, when it is not a service principal, and the setting
 * that says so (none when it is what is missing that says it).
 */
function otherAuthentication(settings) {
    const connection = (0,json_nav/* prop */._w)(settings, 'connectionString');
    const connectionText = (0,json_nav/* stringOf */.Je)(connection) ?? (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(connection, 'value')) ?? '';
    const accountKey = (0,json_nav/* prop */._w)(settings, 'accountKey');
    if (accountKey)
        return { what: 'an account key', at: accountKey };
    if (/accountkey=/i.test(connectionText))
        return { what: 'an account key', at: connection };
    const sas = (0,json_nav/* prop */._w)(settings, 'sasUri') ?? (0,json_nav/* prop */._w)(settings, 'sasToken');
    if (sas)
        return { what: 'a shared access signature', at: sas };
    if (/sharedaccesssignature=|[?&]sig=/i.test(connectionText))
        return { what: 'a shared access signature', at: connection };
    const credential = (0,json_nav/* prop */._w)(settings, 'credential');
    if (credential)
        return { what: 'a user-assigned managed identity', at: credential };
    if (!(0,json_nav/* prop */._w)(settings, 'servicePrincipalId'))
        return { what: 'the factory managed identity' };
    if (!hasServicePrincipalSecret(settings))
        return { what: 'a service principal without a key or certificate', at: (0,json_nav/* prop */._w)(settings, 'servicePrincipalId') };
    return undefined;
}
/** Graph Data Connect writes to the sink as the approved application: the sink linked service must authenticate with a service principal. */
const sinkCredentialsRule = {
    id: 'gdc/sink-credentials',
    armTtk: null,
    severity: 'error',
    description: 'Authenticate the Office 365 copy sink linked service with a service principal (servicePrincipalId and servicePrincipalKey or certificate), not an account key, SAS or managed identity.',
    helpUri: ADF_DOCS.office365,
    check(context) {
        const reported = new Set();
        for (const copy of office365Copies(context)) {
            const service = copy.sinkLinkedService;
            const type = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(service?.properties, 'type'));
            if (!service || type === undefined || !GDC_SINK_TYPES.has(type.toLowerCase()) || reported.has(service))
                continue;
            const settings = (0,json_nav/* prop */._w)(service.properties, 'typeProperties');
            const other = otherAuthentication(settings);
            if (!other)
                continue;
            reported.add(service);
            context.report(service.document, other.at ?? settings ?? service.nameNode, `${describeObject(service)} receives Office 365 data but authenticates with ${other.what}; Graph Data Connect requires a service principal. Set servicePrincipalId, servicePrincipalKey (or a certificate) and the tenant.`);
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/gdc/sink-format.js




/**
 * The extraction writes JSON files; a Json dataset writes them as setOfObjects, a Binary one
 * copies them as they are (what Microsoft's Data Connect quickstart picks).
 */
const SINK_DATASETS = new Set(['json', 'binary']);
const LEGACY_DATASETS = new Set(['azureblob', 'azureblobfsfile']);
/** An Office 365 copy writes JSON files: to a Json dataset (set of objects), a Binary dataset, or a legacy blob dataset with JsonFormat. */
const sinkFormatRule = {
    id: 'gdc/sink-format',
    armTtk: null,
    severity: 'error',
    description: 'Make the Office 365 copy sink a Json dataset written as setOfObjects, or a Binary dataset.',
    helpUri: ADF_DOCS.office365,
    check(context) {
        for (const copy of office365Copies(context)) {
            const dataset = copy.outputDataset;
            const type = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(dataset?.properties, 'type'))?.toLowerCase();
            if (dataset && type !== undefined) {
                const legacyFormat = (0,json_nav/* stringOf */.Je)((0,json_nav/* dig */.rO)(dataset.properties, 'typeProperties', 'format', 'type'))?.toLowerCase();
                const accepted = SINK_DATASETS.has(type) || (LEGACY_DATASETS.has(type) && legacyFormat === 'jsonformat');
                if (!accepted) {
                    context.report(copy.pipeline.document, copy.outputReference, `Copy activity '${copy.activity.name ?? ''}' writes Office 365 data to ${describeObject(dataset).replace(/^./, (c) => c.toLowerCase())} of type ${(0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(dataset.properties, 'type'))}; Graph Data Connect writes JSON files only. Use a Json or Binary dataset, and convert in a later copy.`);
                    continue;
                }
            }
            const pattern = (0,json_nav/* dig */.rO)(copy.sink, 'formatSettings', 'filePattern');
            const value = (0,json_nav/* stringOf */.Je)(pattern);
            if (value !== undefined && !value.startsWith('@') && value.toLowerCase() !== 'setofobjects') {
                context.report(copy.pipeline.document, pattern, `Copy activity '${copy.activity.name ?? ''}' writes JSON as '${value}'; Graph Data Connect writes setOfObjects (one object per line). Set filePattern to setOfObjects.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/gdc/index.js








/** The Microsoft Graph Data Connect rules for Office 365 copies. */
const graphDataConnectRules = [
    office365CredentialsRule,
    knownTableRule,
    dateFilterRule,
    sinkStoreRule,
    sinkFormatRule,
    sinkCredentialsRule,
    allowedGroupsRule,
    autoResolveRuntimeRule,
];

// EXTERNAL MODULE: ./lib/shared/validate/decode-text.js
var decode_text = __webpack_require__(7878);
// EXTERNAL MODULE: ./lib/shared/validate/load-unit.js
var load_unit = __webpack_require__(7637);
;// CONCATENATED MODULE: ./lib/shared/validate/rules/package/encoding.js


/** Every JSON file of the unit that was decoded (parsed or not). */
function allUnitJson(context) {
    const { unit } = context;
    return [unit.template, unit.createUiDefinition, unit.viewDefinition, ...unit.otherJson].filter((json) => json !== undefined);
}
function invalidUtf8(json) {
    if (json.file.size > load_unit/* MAX_JSON_BYTES */.E7)
        return false;
    // Decoding turns every invalid sequence into U+FFFD: a decoded text without one was valid.
    if (json.document.text.length > 0 && !json.document.text.includes('\uFFFD'))
        return false;
    try {
        const bytes = json.file.read();
        return !(0,decode_text/* isValidUtf8 */.q)(json.encoding === 'utf8-bom' ? bytes.subarray(3) : bytes);
    }
    catch {
        return false;
    }
}
/**
 * Package files must be UTF-8. ARM and the portal read the JSON files of a package as UTF-8;
 * UTF-16 (what some Windows editors and PowerShell's `Out-File` write) and invalid UTF-8 break
 * them. A UTF-8 byte order mark is `package/byte-order-mark`.
 */
const encodingRule = {
    id: 'package/encoding',
    armTtk: null,
    severity: 'error',
    description: 'Save every JSON file of the package as UTF-8 (without a byte order mark).',
    check(context) {
        for (const json of allUnitJson(context)) {
            if (json.encoding === 'utf16le' || json.encoding === 'utf16be') {
                const order = json.encoding === 'utf16le' ? 'little-endian' : 'big-endian';
                context.reportAt(json.file.display, 1, 1, `This file is encoded as UTF-16 (${order}); save it as UTF-8 without a byte order mark.`);
            }
            else if ((json.encoding === 'utf8' || json.encoding === 'utf8-bom') && invalidUtf8(json)) {
                context.reportAt(json.file.display, 1, 1, 'This file is not valid UTF-8 (it was probably saved in a legacy code page such as Windows-1252); save it as UTF-8 without a byte order mark.');
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/package/byte-order-mark.js

/**
 * A UTF-8 byte order mark: ARM reads past it, but tools that read the files with a plain
 * JSON parser (the portal's UI definition loader, az CLI, jq) may reject it, so it is a warning.
 */
const byteOrderMarkRule = {
    id: 'package/byte-order-mark',
    armTtk: null,
    severity: 'warning',
    description: 'Save JSON files as UTF-8 without a byte order mark.',
    check(context) {
        for (const json of allUnitJson(context)) {
            if (json.encoding === 'utf8-bom') {
                context.reportAt(json.file.display, 1, 1, 'This file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM so every tool that reads the package accepts it.');
            }
        }
    },
};

// EXTERNAL MODULE: ./lib/shared/validate/rules/package/package-names.js
var package_names = __webpack_require__(6154);
;// CONCATENATED MODULE: ./lib/shared/validate/rules/package/create-ui-definition-name.js

/** In a built package the UI definition must be `createUiDefinition.json`, exactly, at the root. */
const createUiDefinitionNameRule = {
    id: 'package/create-ui-definition-name',
    armTtk: null,
    severity: 'error',
    description: "Name the package's UI definition exactly 'createUiDefinition.json' and put it at the root of the zip.",
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app',
    check(context) {
        (0,package_names/* checkZipName */.jn)(context, package_names/* CREATE_UI_DEFINITION */.qK);
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/package/json-files-valid.js
/** Every JSON file of the package must parse; each syntax error is reported where it is. */
const jsonFilesValidRule = {
    id: 'json/valid',
    armTtk: 'JSONFiles-Should-Be-Valid',
    severity: 'error',
    description: 'Fix the JSON syntax at the reported position so the file parses.',
    check(context) {
        const { unit } = context;
        const all = [unit.template, unit.createUiDefinition, unit.viewDefinition, ...unit.otherJson].filter((json) => json !== undefined);
        for (const json of all) {
            if (json.encoding === 'binary') {
                context.reportAt(json.file.display, 1, 1, 'This file is not text (it holds NUL bytes); a JSON file is expected here.');
                continue;
            }
            // Empty: nothing but whitespace (a file refused as too large or unreadable has its own error).
            if (!json.document.root && json.document.text.trim() === '' && json.document.errors.every((e) => e.message === 'value expected')) {
                context.reportAt(json.file.display, 1, 1, 'This file is empty; a JSON document is expected.');
                continue;
            }
            // Errors after the first are mostly the parser recovering from it: report the first, count the rest.
            const [first, ...rest] = json.document.errors;
            if (first) {
                const more = rest.length > 0 ? ` (${rest.length} more syntax error${rest.length === 1 ? '' : 's'} may follow from it)` : '';
                context.reportAt(json.file.display, first.line, first.column, `Invalid JSON: ${first.message}${more}.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/package/language-version.js

/**
 * Managed applications deploy mainTemplate.json with the original template language only;
 * `languageVersion` 2.0 (symbolic resource names, emitted by Bicep for some features) is refused.
 */
const languageVersionRule = {
    id: 'package/language-version',
    armTtk: null,
    severity: 'error',
    description: "Remove languageVersion 2.0 from mainTemplate.json: managed applications accept only templates without it (or with '1.0').",
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app',
    check(context) {
        const template = context.template;
        const node = (0,json_nav/* prop */._w)(template?.root, 'languageVersion');
        if (!template || !node)
            return;
        if ((0,json_nav/* stringOf */.Je)(node) === '1.0')
            return;
        const shown = node.type === 'string' ? `'${(0,json_nav/* stringOf */.Je)(node)}'` : node.type === 'number' ? String((0,json_nav/* valueOf */.RP)(node)) : `(${node.type})`;
        context.report(template, node, `languageVersion ${shown} is not accepted by Azure Managed Applications. Remove it and write resources as an array (if the template is built from Bicep, drop the features that need languageVersion 2.0, such as user-defined types).`);
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/package/main-template-name.js

/** In a built package the template must be `mainTemplate.json`, exactly, at the root. */
const mainTemplateNameRule = {
    id: 'package/main-template-name',
    armTtk: null,
    severity: 'error',
    description: "Name the package's template exactly 'mainTemplate.json' and put it at the root of the zip.",
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app',
    check(context) {
        (0,package_names/* checkZipName */.jn)(context, package_names/* MAIN_TEMPLATE */.DE);
    },
};

// EXTERNAL MODULE: ./lib/shared/validate/load-zip.js
var load_zip = __webpack_require__(5768);
;// CONCATENATED MODULE: ./lib/shared/validate/rules/package/load-problems.js
/** Reports the problems met while loading the unit that belong to `ruleId`, each at line 1, column 1 of its path. */
function reportLoadProblems(context, ruleId) {
    for (const problem of context.unit.loadProblems) {
        if (problem.ruleId === ruleId)
            context.reportAt(problem.display, 1, 1, problem.message);
    }
}

;// CONCATENATED MODULE: ./lib/shared/validate/rules/package/readable.js


/** A zip that is corrupt or beyond the safety limits, or a folder that cannot be listed. */
const readableRule = {
    id: load_zip/* READABLE_RULE_ID */.sL,
    armTtk: null,
    severity: 'error',
    description: 'Rebuild the .zip (or fix the folder permissions) so every file of the package can be read.',
    check(context) {
        reportLoadProblems(context, load_zip/* READABLE_RULE_ID */.sL);
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/package/required-files.js


/**
 * A managed application package holds both `mainTemplate.json` and `createUiDefinition.json`.
 * Files that exist under another case or in a subfolder are left to the name rules, so this
 * reports only a file that is absent altogether.
 */
const requiredFilesRule = {
    id: 'package/required-files',
    armTtk: null,
    severity: 'error',
    description: 'Add both mainTemplate.json and createUiDefinition.json at the root of the package.',
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app',
    check(context) {
        const { unit } = context;
        if (unit.kind === 'file')
            return;
        // A Data Factory Git-integration folder on its own is not a package.
        if (unit.dataFactory && !unit.template && !unit.createUiDefinition)
            return;
        // An unreadable zip has no files to look at; package/readable already says why.
        if (unit.loadProblems.some((p) => p.ruleId === load_zip/* READABLE_RULE_ID */.sL) && unit.files.length === 0)
            return;
        const where = unit.kind === 'zip' ? 'at the root of the zip' : 'at the root of the app folder';
        for (const required of [package_names/* MAIN_TEMPLATE */.DE, package_names/* CREATE_UI_DEFINITION */.qK]) {
            const { root, nested } = (0,package_names/* locate */.x5)(unit.files, required);
            if (!root && !nested) {
                context.reportAt(unit.display, 1, 1, `${unit.display} has no ${required.name}; a managed application package needs both mainTemplate.json and createUiDefinition.json ${where}. Add ${required.name} there.`);
            }
        }
    },
};

// EXTERNAL MODULE: ./lib/shared/validate/rules/package/size-limit.js
var size_limit = __webpack_require__(2984);
;// CONCATENATED MODULE: ./lib/shared/validate/rules/package/source-file-names.js

/**
 * An app folder may name its template `azuredeploy.json` or use another case while it is being
 * written (mapp reads it either way), but the package built from it must use the exact names at
 * its root. A warning here, so the source can stay as it is until it is packed; the same names
 * in a built .zip are errors (`package/main-template-name`, `package/create-ui-definition-name`).
 */
const sourceFileNamesRule = {
    id: 'package/source-file-names',
    armTtk: null,
    severity: 'warning',
    description: "In the app folder, use the names the package needs: 'mainTemplate.json', 'createUiDefinition.json' and 'viewDefinition.json', at the root.",
    check(context) {
        if (context.unit.kind !== 'folder')
            return;
        for (const required of [package_names/* MAIN_TEMPLATE */.DE, package_names/* CREATE_UI_DEFINITION */.qK, package_names/* VIEW_DEFINITION */.QP]) {
            const { root, nested } = (0,package_names/* locate */.x5)(context.unit.files, required);
            if (root && root.path !== required.name) {
                context.reportAt(root.display, 1, 1, `This file is named '${root.path}'; the managed application package must call it '${required.name}' (case-sensitive). Rename it so the package built from this folder is accepted.`);
            }
            else if (!root && nested && required !== package_names/* VIEW_DEFINITION */.QP) {
                context.reportAt(nested.display, 1, 1, `${required.name} is in '${(0,package_names/* folderOf */.yS)(nested)}/'; the package needs it at the root of the app folder. Move it up.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/package/unsafe-path.js


/**
 * Zip entries that would extract outside the package root (`../`, absolute paths, drive
 * letters) and symbolic links that leave the app folder. They are never read.
 */
const unsafePathRule = {
    id: load_zip/* UNSAFE_PATH_RULE_ID */.CD,
    armTtk: null,
    severity: 'error',
    description: 'Keep every file of the package inside its root: no `../` or absolute zip entry names, no links pointing outside the app folder.',
    check(context) {
        reportLoadProblems(context, load_zip/* UNSAFE_PATH_RULE_ID */.CD);
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/package/index.js











const packageRules = [
    jsonFilesValidRule,
    readableRule,
    unsafePathRule,
    requiredFilesRule,
    mainTemplateNameRule,
    createUiDefinitionNameRule,
    sourceFileNamesRule,
    size_limit/* sizeLimitRule */._,
    encodingRule,
    byteOrderMarkRule,
    languageVersionRule,
];

;// CONCATENATED MODULE: ./lib/shared/validate/arm/expression-references.js

function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The literal names passed to `functionName(...)` in an expression string (e.g. the parameter
 * names of `parameters('x')`). Parsed where the expression parses; an expression our parser does
 * not understand still yields the names written as `functionName('name')`, so a newer language
 * feature never makes a used parameter look unused.
 */
function namesReferenced(value, functionName) {
    if (!(0,arm_expression/* isExpressionString */.UQ)(value))
        return [];
    if ((0,arm_expression/* tryParseArmExpression */.$W)(value))
        return (0,arm_expression/* referencedNames */._T)(value, functionName);
    return [...value.matchAll(callPattern(functionName))].map((m) => m[1].replace(/''/g, "'"));
}
const callPatterns = new Map();
/** `functionName('literal')`, capturing the literal; compiled once per function name. */
function callPattern(functionName) {
    let pattern = callPatterns.get(functionName);
    if (!pattern) {
        pattern = new RegExp(`(?<![A-Za-z0-9_.])${escapeRegExp(functionName)}\\s*\\(\\s*'((?:[^']|'')*)'`, 'gi');
        callPatterns.set(functionName, pattern);
    }
    return pattern;
}
/** The calls of an expression string, outermost first; none when it is not an expression or does not parse. */
function callsIn(value) {
    return (0,arm_expression/* isExpressionString */.UQ)(value) ? (0,arm_expression/* functionCalls */.SB)((0,arm_expression/* tryParseArmExpression */.$W)(value)) : [];
}
/** The call an expression is built on, looking through property access and indexing (`resourceGroup().name` → `resourceGroup()`). */
function headCall(expr) {
    let current = expr;
    while (current && (current.type === 'property' || current.type === 'index'))
        current = current.target;
    return current?.type === 'call' ? current : undefined;
}
/** True for a `list*()` resource function (`listKeys`, `listSecrets`, ...); user functions are namespaced and never match. */
function isListFunction(name) {
    return /^list/i.test(name);
}
/**
 * When an expression string is nothing but `functionName('name')` (no property access, indexing
 * or surrounding function), the name; otherwise undefined.
 */
function bareReference(value, functionName) {
    if (!(0,arm_expression/* isExpressionString */.UQ)(value))
        return undefined;
    const expr = (0,arm_expression/* tryParseArmExpression */.$W)(value);
    if (expr?.type !== 'call' || expr.name.toLowerCase() !== functionName.toLowerCase() || expr.args.length !== 1)
        return undefined;
    const arg = expr.args[0];
    return arg?.type === 'string' ? arg.value : undefined;
}
/**
 * The names a string that ARM does not evaluate (no `[...]` around it) still passes to
 * `functionName('name')`: the author meant an expression. Strings of Logic Apps and Data Factory
 * (`@parameters('x')`, `@{...}`) and `[[` escapes are meant as text, so nothing from the first
 * `@` on counts.
 */
function namesMentionedOutsideExpression(value, functionName) {
    if ((0,arm_expression/* isExpressionString */.UQ)(value) || value.startsWith('[['))
        return [];
    const at = value.indexOf('@');
    const text = at >= 0 ? value.slice(0, at) : value;
    if (!text.toLowerCase().includes(functionName.toLowerCase()))
        return [];
    return [...text.matchAll(callPattern(functionName))].map((m) => m[1].replace(/''/g, "'"));
}
/**
 * The names of the functions an expression string calls, outermost first. An expression our
 * parser does not understand still yields every `name(` it contains, so a check never goes blind.
 */
function functionNamesIn(value) {
    if (!(0,arm_expression/* isExpressionString */.UQ)(value))
        return [];
    const expr = (0,arm_expression/* tryParseArmExpression */.$W)(value);
    if (expr)
        return (0,arm_expression/* functionCalls */.SB)(expr).map((call) => call.name);
    const withoutStrings = value.replace(/'(?:[^']|'')*'/g, "''");
    return [...withoutStrings.matchAll(/(?<![A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\(/g)].map((m) => m[1]);
}
/** Every node of an expression tree (calls, property accesses, indexes, literals), outermost first. */
function expression_references_expressionNodes(expr) {
    const nodes = [];
    const stack = expr ? [expr] : [];
    while (stack.length > 0) {
        const node = stack.pop();
        nodes.push(node);
        const children = (0,arm_expression/* childExpressions */.GW)(node);
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
    return nodes;
}

;// CONCATENATED MODULE: ./lib/shared/validate/arm/template-scopes.js

/**
 * True when `holder` is an object whose `template` is evaluated on its own: inner scope, or a
 * deployment inside a policy rule (evaluated when the policy runs, not with this template).
 */
function holdsInnerTemplate(holder, insidePolicyRule = false) {
    if (holder.type !== 'object' || !looksLikeTemplate((0,json_nav/* prop */._w)(holder, 'template')))
        return false;
    const scope = (0,json_nav/* stringOf */.Je)((0,json_nav/* dig */.rO)(holder, 'expressionEvaluationOptions', 'scope'));
    return scope?.toLowerCase() === 'inner' || insidePolicyRule;
}
/**
 * True for an object shaped like a deployment template. Other resources have a `template`
 * property too (container apps, for one), so a nested template is recognised by its content.
 */
function looksLikeTemplate(node) {
    if (node?.type !== 'object')
        return false;
    // Not `parameters` alone: a deployment's `properties` has one too.
    return ['$schema', 'resources', 'contentVersion'].some((name) => (0,json_nav/* prop */._w)(node, name) !== undefined);
}
/**
 * Walks the nodes evaluated in the scope of `template` (depth first, document order, no recursion
 * so deep input is safe), without entering inner-scope templates. `onInner` is told about each
 * inner-scope template met; returning false from `visit` skips a node's children.
 */
function walkScope(template, visit, onInner) {
    // Three parallel stacks instead of a frame object per node: this walk runs for most rules.
    const nodes = [template];
    const keys = [undefined];
    const inPolicy = [false];
    while (nodes.length > 0) {
        const node = nodes.pop();
        const key = keys.pop();
        const inPolicyRule = inPolicy.pop();
        if (visit(node, key) === false)
            continue;
        const children = node.children;
        if (!children)
            continue;
        if (node.type === 'object') {
            const inner = node !== template && holdsInnerTemplate(node, inPolicyRule);
            if (inner && onInner) {
                for (const child of children) {
                    const value = child.children?.[1];
                    if (value && String(child.children?.[0]?.value).toLowerCase() === 'template')
                        onInner(node, value);
                }
            }
            for (let i = children.length - 1; i >= 0; i--) {
                const keyNode = children[i].children?.[0];
                const value = children[i].children?.[1];
                if (!keyNode || !value)
                    continue;
                const name = String(keyNode.value).toLowerCase();
                if (inner && name === 'template')
                    continue;
                nodes.push(value);
                keys.push(keyNode);
                inPolicy.push(inPolicyRule || name === 'policyrule');
            }
        }
        else if (node.type === 'array') {
            for (let i = children.length - 1; i >= 0; i--) {
                nodes.push(children[i]);
                keys.push(undefined);
                inPolicy.push(inPolicyRule);
            }
        }
    }
}
// Rules of one run ask for the same scopes and strings many times; the parsed tree is immutable.
const scopesCache = new WeakMap();
const stringsCache = new WeakMap();
/** Every scope of a template: the template itself first, then each inner-scope template, nested ones included. */
function templateScopes(root) {
    if (root?.type !== 'object')
        return [];
    const cached = scopesCache.get(root);
    if (cached)
        return cached;
    const result = [];
    const pending = [{ template: root }];
    while (pending.length > 0) {
        const scope = pending.shift();
        result.push(scope);
        walkScope(scope.template, () => undefined, (holder, inner) => pending.push({ template: inner, holder, parent: scope }));
    }
    scopesCache.set(root, result);
    return result;
}
/** The strings evaluated in a scope: values and property names, inner-scope templates left out. */
function scopeStrings(scope) {
    const cached = stringsCache.get(scope);
    if (cached)
        return cached;
    const strings = [];
    walkScope(scope.template, (node, key) => {
        if (key?.type === 'string')
            strings.push({ node: key, value: key.value, isKey: true });
        if (node.type === 'string')
            strings.push({ node, value: node.value, isKey: false });
    });
    stringsCache.set(scope, strings);
    return strings;
}
/** Every string under a node (values and property names), whatever scope it belongs to. */
const allStringsCache = new WeakMap();
function allStrings(node) {
    if (!node)
        return [];
    const cached = allStringsCache.get(node);
    if (cached)
        return cached;
    const strings = [];
    allStringsCache.set(node, strings);
    const stack = [node];
    while (stack.length > 0) {
        const current = stack.pop();
        if (current.type === 'string') {
            const isKey = current.parent?.type === 'property' && current.parent.children?.[0] === current;
            strings.push({ node: current, value: current.value, isKey });
        }
        const children = current.children ?? [];
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
    return strings;
}
/** Every inline template object in a template (nested deployments of any scope), the root excluded. */
const inlineTemplatesCache = new WeakMap();
function inlineTemplates(root) {
    if (!root)
        return [];
    const cached = inlineTemplatesCache.get(root);
    if (cached)
        return cached;
    const found = [];
    inlineTemplatesCache.set(root, found);
    const stack = [root];
    while (stack.length > 0) {
        const current = stack.pop();
        if (current.type === 'object' && current !== root) {
            const template = (0,json_nav/* prop */._w)(current, 'template');
            if (template && looksLikeTemplate(template))
                found.push(template);
        }
        const children = current.children ?? [];
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
    return found;
}
/** The name of the resource a nested template belongs to (`holder` is its `properties`), for messages. */
function deploymentNameOf(holder) {
    const resource = holder?.parent?.parent;
    const name = resource?.type === 'object' ? (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(resource, 'name')) : undefined;
    return name ?? '(unnamed deployment)';
}

;// CONCATENATED MODULE: ./lib/shared/validate/arm/scope-resources.js



/**
 * The resources evaluated in a scope: those of its template and of every nested template with the
 * default (outer) scope inside it, child resources included, in document order.
 */
const resourcesCache = new WeakMap();
function scopeResources(scope) {
    const cached = resourcesCache.get(scope);
    if (cached)
        return cached;
    const candidates = [];
    const inner = new Set();
    walkScope(scope.template, (node) => {
        if (node.type !== 'object' || node === scope.template)
            return;
        const template = (0,json_nav/* prop */._w)(node, 'template');
        if (template?.type === 'object')
            candidates.push({ holder: node, template });
    }, 
    // Inner-scope templates (and deployments inside policy rules) are evaluated on their own.
    (holder) => inner.add(holder));
    const templates = [scope.template, ...candidates.filter((c) => !inner.has(c.holder)).map((c) => c.template)];
    const resources = templates.flatMap((template) => (0,template_model/* templateResources */.GM)(template).map((r) => ({ ...r, scope })));
    resourcesCache.set(scope, resources);
    return resources;
}
/** Every resource of a template document, nested inline templates of any scope included. */
function allScopedResources(root) {
    return templateScopes(root).flatMap(scopeResources);
}
/**
 * Visits the nodes that belong to one resource, with their path from the resource: its child
 * resources and a nested deployment's inline template are left out (they are resources of their own).
 */
function walkResourceBody(resource, visit) {
    (0,json_nav/* walk */.GG)(resource, (node, path) => {
        const first = typeof path[0] === 'string' ? path[0].toLowerCase() : undefined;
        if (path.length === 1 && first === 'resources')
            return false;
        if (path.length === 2 && first === 'properties' && String(path[1]).toLowerCase() === 'template')
            return false;
        return visit(node, path);
    });
}
/** How a resource is named in messages: its type and its name as written. */
function describeResource(resource) {
    const name = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(resource.node, 'name'));
    const type = resource.type || '(no type)';
    return name ? `${type} '${name}'` : type;
}
/** The string value of a template variable of a scope, looked up case-insensitively. */
function variableNode(scope, name) {
    const lowered = name.toLowerCase();
    return (0,json_nav/* properties */.qo)((0,json_nav/* prop */._w)(scope.template, 'variables')).find((v) => v.name.toLowerCase() === lowered)?.value;
}

;// CONCATENATED MODULE: ./lib/shared/validate/arm/credential-literals.js





/** The string a credential property holds: itself, or the `value` of a nested deployment parameter. */
function credentialString(node) {
    if (node.type === 'string')
        return node;
    const value = node.type === 'object' ? (0,json_nav/* prop */._w)(node, 'value') : undefined;
    return value?.type === 'string' ? value : undefined;
}
/**
 * Every property named one of `names` (any case) under the resources or the variables of a
 * template, in every scope, whose value is not an expression. Objects other than a nested
 * deployment's `{ "value": ... }` (parameter declarations, Key Vault references) are skipped.
 */
function literalCredentials(root, names) {
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    const found = [];
    for (const scope of templateScopes(root)) {
        for (const section of ['resources', 'variables']) {
            const start = (0,json_nav/* prop */._w)(scope.template, section);
            if (!start)
                continue;
            walkScope(start, (node, key) => {
                const property = key?.value;
                if (typeof property !== 'string' || !wanted.has(property.toLowerCase()))
                    return;
                const holder = credentialString(node);
                if (!holder)
                    return;
                const value = holder.value;
                if (!(0,arm_expression/* isExpressionString */.UQ)(value.trim())) {
                    found.push({ node: holder, property, value });
                    return;
                }
                const variable = bareReference(value.trim(), 'variables');
                const target = variable === undefined ? undefined : variableNode(scope, variable);
                if (target?.type === 'string' && !(0,arm_expression/* isExpressionString */.UQ)(target.value.trim())) {
                    found.push({ node: holder, property, value: target.value, viaVariable: variable });
                }
            });
        }
    }
    return found;
}

// EXTERNAL MODULE: ./lib/shared/validate/arm/template-documents.js
var template_documents = __webpack_require__(7560);
;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/template-tests-doc.js
/** Microsoft Learn's page on the arm-ttk deployment template tests. */
const TEMPLATE_TESTS_DOC = 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases';

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/admin-password-not-literal.js



/** Properties that carry an administrator password. */
const PASSWORD_PROPERTIES = ['adminPassword', 'administratorLoginPassword'];
/** adminPassword (and administratorLoginPassword) must come from an expression, never a literal. */
const adminPasswordNotLiteralRule = {
    id: 'template/admin-password-not-literal',
    armTtk: 'adminPassword-Should-Not-Be-A-Literal',
    severity: 'error',
    description: 'Set adminPassword and administratorLoginPassword from a secureString parameter ([parameters(\'adminPassword\')]), never a literal.',
    helpUri: TEMPLATE_TESTS_DOC,
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const found of literalCredentials(document.root, PASSWORD_PROPERTIES)) {
                // The password itself is never repeated in the message: findings end up in CI logs.
                const message = found.viaVariable
                    ? `'${found.property}' uses variable '${found.viaVariable}', which holds a literal password; take the password from a secureString parameter instead.`
                    : `'${found.property}' is a literal password; take it from a secureString parameter ([parameters('${found.property}')]).`;
                context.report(document, found.node, message);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/admin-username-not-literal.js



/** Properties that carry an administrator user name (VMs, and SQL, MySQL and PostgreSQL servers). */
const USERNAME_PROPERTIES = ['adminUsername', 'administratorLogin'];
/** adminUsername must come from an expression (a parameter), never a literal. */
const adminUsernameNotLiteralRule = {
    id: 'template/admin-username-not-literal',
    armTtk: 'adminUsername-Should-Not-Be-A-Literal',
    severity: 'error',
    description: 'Set adminUsername (and administratorLogin) from a parameter ([parameters(\'adminUsername\')]) so each deployment chooses its own, never a literal.',
    helpUri: TEMPLATE_TESTS_DOC,
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const found of literalCredentials(document.root, USERNAME_PROPERTIES)) {
                const message = found.viaVariable
                    ? `'${found.property}' uses variable '${found.viaVariable}', which holds the literal "${found.value}"; take the user name from a parameter instead.`
                    : `'${found.property}' is the literal "${found.value}"; take the user name from a parameter ([parameters('${found.property}')]).`;
                context.report(document, found.node, message);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/arm/api-versions.js
/**
 * What mapp knows offline about API versions: a small table of the versions of the resource types a
 * Graph Data Connect app uses, and the checks arm-ttk makes against its (online) cache that this
 * table lets us repeat: a preview version superseded by a non-preview one, and a version more than
 * two years old when a newer one exists.
 */
const STORAGE = [
    '2015-05-01-preview', '2015-06-15', '2016-01-01', '2016-05-01', '2016-12-01', '2017-06-01', '2017-10-01',
    '2018-02-01', '2018-03-01-preview', '2018-07-01', '2018-11-01', '2019-04-01', '2019-06-01', '2020-08-01-preview',
    '2021-01-01', '2021-02-01', '2021-04-01', '2021-06-01', '2021-08-01', '2021-09-01', '2022-05-01', '2022-09-01',
    '2023-01-01', '2023-04-01', '2023-05-01', '2024-01-01', '2025-01-01', '2025-06-01',
];
const DATA_FACTORY = ['2017-09-01-preview', '2018-06-01'];
const USER_ASSIGNED_IDENTITIES = [
    '2015-08-31-preview', '2018-11-30', '2021-09-30-preview', '2022-01-31-preview', '2023-01-31', '2023-07-31-preview', '2024-11-30',
];
const FEDERATED_IDENTITY_CREDENTIALS = ['2022-01-31-preview', '2023-01-31', '2023-07-31-preview', '2024-11-30'];
const KEY_VAULT = [
    '2015-06-01', '2016-10-01', '2018-02-14-preview', '2018-02-14', '2019-09-01', '2020-04-01-preview', '2021-04-01-preview',
    '2021-06-01-preview', '2021-10-01', '2021-11-01-preview', '2022-02-01-preview', '2022-07-01', '2022-11-01', '2023-02-01',
    '2023-07-01', '2024-04-01-preview', '2024-11-01',
];
const DEPLOYMENTS = [
    '2015-11-01', '2016-02-01', '2016-07-01', '2016-09-01', '2017-05-10', '2018-02-01', '2018-05-01', '2019-03-01',
    '2019-05-01', '2019-05-10', '2019-07-01', '2019-08-01', '2019-10-01', '2020-06-01', '2020-08-01', '2020-10-01',
    '2021-01-01', '2021-04-01', '2022-09-01', '2023-07-01', '2024-03-01',
];
const ROLE_ASSIGNMENTS = [
    '2015-07-01', '2017-10-01-preview', '2018-01-01-preview', '2018-09-01-preview', '2020-03-01-preview', '2020-04-01-preview',
    '2020-08-01-preview', '2020-10-01-preview', '2022-01-01-preview', '2022-04-01',
];
const ROLE_DEFINITIONS = ['2015-07-01', '2018-01-01-preview', '2022-04-01', '2022-05-01-preview'];
const LOCKS = ['2015-01-01', '2016-09-01', '2017-04-01', '2020-05-01'];
/**
 * Known API versions by resource type (lowercase). Child types not listed use their parent's list:
 * a provider releases all its types in one API version.
 */
const KNOWN_API_VERSIONS = new Map([
    ['microsoft.storage/storageaccounts', STORAGE],
    ['microsoft.datafactory/factories', DATA_FACTORY],
    ['microsoft.managedidentity/userassignedidentities', USER_ASSIGNED_IDENTITIES],
    ['microsoft.managedidentity/userassignedidentities/federatedidentitycredentials', FEDERATED_IDENTITY_CREDENTIALS],
    ['microsoft.keyvault/vaults', KEY_VAULT],
    ['microsoft.resources/deployments', DEPLOYMENTS],
    ['microsoft.authorization/roleassignments', ROLE_ASSIGNMENTS],
    ['microsoft.authorization/roledefinitions', ROLE_DEFINITIONS],
    ['microsoft.authorization/locks', LOCKS],
]);
/** arm-ttk's window: an API version may be at most this many days old unless it is the newest. */
const MAX_API_VERSION_AGE_DAYS = 730;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Parses a date-form API version (`2023-05-01`, `2023-05-01-preview`); undefined for anything else. */
function parseApiVersion(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})(?:-([A-Za-z][A-Za-z0-9.]*))?$/.exec(text.trim());
    if (!match)
        return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    // Reject dates that roll over (2023-02-30).
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
        return undefined;
    return { text: text.trim(), date, suffix: match[4] };
}
/** The known versions of a resource type, falling back to its parent types; undefined when unknown. */
function knownApiVersions(resourceType) {
    const segments = resourceType.toLowerCase().split('/');
    for (let length = segments.length; length >= 2; length--) {
        const found = KNOWN_API_VERSIONS.get(segments.slice(0, length).join('/'));
        if (found)
            return found;
    }
    return undefined;
}
/** The newest known non-preview version of a type. */
function newestStableApiVersion(resourceType) {
    let newest;
    for (const text of knownApiVersions(resourceType) ?? []) {
        const version = parseApiVersion(text);
        if (version && !version.suffix && (!newest || version.date > newest.date))
            newest = version;
    }
    return newest;
}
/**
 * What is wrong with using `version` for `resourceType` on `today`, judged against the bundled
 * table: a preview when a non-preview version at least as new is known, or a version more than two
 * years old when a newer non-preview one is known. Unknown types are never judged.
 */
function judgeApiVersion(resourceType, version, today) {
    const newest = newestStableApiVersion(resourceType);
    if (!newest)
        return undefined;
    if (version.suffix && newest.date >= version.date)
        return { kind: 'preview-superseded', newer: newest.text };
    const ageDays = Math.floor((today.getTime() - version.date.getTime()) / DAY_MS);
    if (ageDays > MAX_API_VERSION_AGE_DAYS && newest.date > version.date)
        return { kind: 'out-of-date', ageDays, newer: newest.text };
    return undefined;
}
/** One sentence for a problem, naming the type, the version used and the one to use. */
function describeApiVersionProblem(resourceType, used, problem) {
    return problem.kind === 'preview-superseded'
        ? `${resourceType} uses preview API version ${used}, but ${problem.newer} is a non-preview version at least as new; use it.`
        : `API version ${used} of ${resourceType} is ${problem.ageDays} days old (more than 2 years) and ${problem.newer} is available; use a recent version.`;
}

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/api-versions-recent-in-reference.js








const RESOURCE_ID_FUNCTIONS = new Set(['resourceid', 'subscriptionresourceid', 'tenantresourceid', 'extensionresourceid']);
/** The resource type a `resourceId(...)`-family call names: its first `Namespace.Provider/type` argument. */
function typeOfResourceIdCall(expr) {
    if (expr?.type !== 'call' || !RESOURCE_ID_FUNCTIONS.has(expr.name.toLowerCase()))
        return undefined;
    for (const arg of expr.args) {
        if (arg.type === 'string' && /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)+\/[A-Za-z]/.test(arg.value))
            return arg.value;
    }
    return undefined;
}
/**
 * The resource type a reference()/list*() call targets: a resourceId() call, or a variable that
 * holds one or that names a resource of the template. Undefined when it cannot be told offline.
 */
function targetType(call, scope, resources) {
    const target = call.args[0];
    const direct = typeOfResourceIdCall(target);
    if (direct)
        return direct;
    if (target?.type !== 'call' || target.name.toLowerCase() !== 'variables' || target.args[0]?.type !== 'string')
        return undefined;
    const variable = target.args[0].value;
    const value = (0,json_nav/* stringOf */.Je)(variableNode(scope, variable));
    if (value && (0,json_nav/* isArmExpression */.z8)(value)) {
        const viaVariable = typeOfResourceIdCall((0,arm_expression/* tryParseArmExpression */.$W)(value));
        if (viaVariable)
            return viaVariable;
    }
    const named = resources.find((r) => {
        const name = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(r.node, 'name'));
        return name !== undefined && bareReference(name.trim(), 'variables')?.toLowerCase() === variable.toLowerCase();
    });
    return named?.type || undefined;
}
/** The API versions passed to reference() and list*() are recent and not superseded previews. */
const apiVersionsRecentInReferenceRule = {
    id: 'template/api-versions-recent-in-reference',
    armTtk: 'apiVersions-Should-Be-Recent-In-Reference-Functions',
    severity: 'warning',
    description: 'Pass reference() and list*() an apiVersion that is the newest or under 2 years old, and no preview when a newer non-preview exists (offline: only for Storage, DataFactory, ManagedIdentity, KeyVault, Resources/deployments and Authorization types).',
    helpUri: TEMPLATE_TESTS_DOC,
    check(context) {
        const today = context.now ?? new Date();
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const scope of templateScopes(document.root)) {
                const resources = scopeResources(scope);
                for (const text of scopeStrings(scope)) {
                    if (!(0,json_nav/* isArmExpression */.z8)(text.value))
                        continue;
                    for (const call of (0,arm_expression/* functionCalls */.SB)((0,arm_expression/* tryParseArmExpression */.$W)(text.value))) {
                        const name = call.name.toLowerCase();
                        if (name !== 'reference' && !(isListFunction(name) && name.length > 4))
                            continue;
                        const versionArg = call.args[1];
                        const version = versionArg?.type === 'string' ? parseApiVersion(versionArg.value) : undefined;
                        if (!version)
                            continue;
                        const type = targetType(call, scope, resources);
                        if (!type)
                            continue;
                        const problem = judgeApiVersion(type, version, today);
                        if (problem)
                            context.report(document, text.node, `In ${call.name}(): ${describeApiVersionProblem(type, version.text, problem)}`);
                    }
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/api-versions-recent.js





/**
 * Each resource's apiVersion is a date-form literal, and recent. arm-ttk judges "recent" against a
 * cache of every Azure API version; offline we judge it against a bundled table of the types a Graph
 * Data Connect app uses, so other types only get the date-form check.
 */
const apiVersionsRecentRule = {
    id: 'template/api-versions-recent',
    armTtk: 'apiVersions-Should-Be-Recent',
    severity: 'warning',
    description: 'Give each resource a literal date apiVersion that is the newest or under 2 years old, and no preview when a newer non-preview exists (offline: date form for every type; age and preview only for Storage, DataFactory, ManagedIdentity, KeyVault, Resources/deployments and Authorization types).',
    helpUri: TEMPLATE_TESTS_DOC,
    check(context) {
        const today = context.now ?? new Date();
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const resource of allScopedResources(document.root)) {
                const node = (0,json_nav/* prop */._w)(resource.node, 'apiVersion');
                if (!node)
                    continue;
                const type = resource.type || '(no type)';
                if (node.type !== 'string') {
                    context.report(document, node, `The apiVersion of ${type} must be a string such as "2023-05-01".`);
                    continue;
                }
                const text = node.value;
                const version = parseApiVersion(text);
                if (!version) {
                    context.report(document, node, `The apiVersion of ${type} is '${text}'; use a fixed date version such as "2023-05-01" (not an expression).`);
                    continue;
                }
                // Extension resources written as `<type>/providers/<type>` name their real type elsewhere.
                if (/\/providers\//i.test(type))
                    continue;
                const problem = judgeApiVersion(type, version, today);
                if (problem)
                    context.report(document, node, describeApiVersionProblem(type, version.text, problem));
            }
        }
    },
};

// EXTERNAL MODULE: ./lib/shared/validate/arm/secure-parameters.js
var secure_parameters = __webpack_require__(4789);
;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/artifacts-parameter.js





const LOCATION = '_artifactsLocation';
const SAS_TOKEN = '_artifactsLocationSasToken';
const LOCATION_DEFAULT = '[deployment().properties.templateLink.uri]';
/** Like PowerShell's truthiness, which arm-ttk relies on: '', 0, false, null and [] count as "no value". */
function artifacts_parameter_hasValue(node) {
    if (!node)
        return false;
    const value = (0,json_nav/* valueOf */.RP)(node);
    return !(value === '' || value === 0 || value === false || value === null || (Array.isArray(value) && value.length === 0));
}
function checkTemplate(context, document, template, isMain) {
    const parameters = (0,json_nav/* prop */._w)(template, 'parameters');
    const location = (0,json_nav/* prop */._w)(parameters, LOCATION);
    if (location?.type !== 'object')
        return;
    const sasToken = (0,json_nav/* prop */._w)(parameters, SAS_TOKEN);
    const locationType = (0,secure_parameters/* parameterType */.IH)(location);
    if (locationType !== 'string' && locationType !== 'securestring') {
        context.report(document, (0,json_nav/* prop */._w)(location, 'type') ?? location, `Parameter '${LOCATION}' must be of type 'string'.`);
    }
    if (!sasToken) {
        context.report(document, location, `The template declares '${LOCATION}' but not '${SAS_TOKEN}'; add '${SAS_TOKEN}' of type 'secureString' with defaultValue "".`);
    }
    else if ((0,secure_parameters/* parameterType */.IH)(sasToken) !== 'securestring') {
        context.report(document, (0,json_nav/* prop */._w)(sasToken, 'type') ?? sasToken, `Parameter '${SAS_TOKEN}' must be of type 'secureString'.`);
    }
    if (!isMain) {
        for (const declaration of [location, sasToken]) {
            const defaultValue = (0,json_nav/* prop */._w)(declaration, 'defaultValue');
            if (artifacts_parameter_hasValue(defaultValue)) {
                context.report(document, defaultValue, 'The artifacts parameters of a nested template must not have a defaultValue; pass the values down from the main template.');
            }
        }
        return;
    }
    const locationDefault = (0,json_nav/* prop */._w)(location, 'defaultValue');
    if (!artifacts_parameter_hasValue(locationDefault)) {
        context.report(document, locationDefault ?? location, `Parameter '${LOCATION}' of the main template needs the defaultValue "${LOCATION_DEFAULT}".`);
    }
    else if (locationDefault?.type !== 'string' || !locationDefault.value.toLowerCase().includes('deployment().properties.templatelink')) {
        context.report(document, locationDefault, `The defaultValue of '${LOCATION}' must be "${LOCATION_DEFAULT}" so the package's own files are used.`);
    }
    if (sasToken?.type === 'object') {
        const sasDefault = (0,json_nav/* prop */._w)(sasToken, 'defaultValue');
        if (sasDefault?.type !== 'string' || sasDefault.value !== '') {
            context.report(document, sasDefault ?? sasToken, `Parameter '${SAS_TOKEN}' of the main template needs the defaultValue "" (an empty string).`);
        }
    }
}
/** _artifactsLocation and _artifactsLocationSasToken are declared together, typed and defaulted the standard way. */
const artifactsParameterRule = {
    id: 'template/artifacts-parameter',
    armTtk: 'artifacts-parameter',
    severity: 'error',
    description: 'Declare _artifactsLocation (string, default [deployment().properties.templateLink.uri]) with _artifactsLocationSasToken (secureString, default ""); nested templates take both without defaults.',
    helpUri: TEMPLATE_TESTS_DOC,
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            templateScopes(document.root).forEach((scope, index) => {
                // Only the main template's own scope may default the values; inner-scope templates are nested.
                checkTemplate(context, document, scope.template, index === 0 && document === context.template);
            });
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/command-to-execute-protected.js








/** The expression strings a command is built from: itself and the variables it uses, transitively. */
function expressionsOf(command, scope) {
    const seen = new Set();
    const texts = [command];
    for (let i = 0; i < texts.length && i < 50; i++) {
        for (const name of namesReferenced(texts[i], 'variables')) {
            if (seen.has(name.toLowerCase()))
                continue;
            seen.add(name.toLowerCase());
            const value = (0,json_nav/* stringOf */.Je)(variableNode(scope, name));
            if (value !== undefined)
                texts.push(value);
        }
    }
    return texts;
}
/** Why a command leaks a secret: the list*() functions and secure parameters it uses. */
function secretsIn(command, scope) {
    const secure = new Map((0,template_model/* templateParameters */.fo)(scope.template)
        .filter((p) => (0,secure_parameters/* isSecureType */.YX)((0,secure_parameters/* parameterType */.IH)(p.value)))
        .map((p) => [p.name.toLowerCase(), `${(0,secure_parameters/* parameterType */.IH)(p.value) === 'secureobject' ? 'secureObject' : 'secureString'} parameter '${p.name}'`]));
    const reasons = new Set();
    for (const text of expressionsOf(command, scope)) {
        for (const call of callsIn(text))
            if (isListFunction(call.name))
                reasons.add(`${call.name}()`);
        for (const name of namesReferenced(text, 'parameters')) {
            const reason = secure.get(name.toLowerCase());
            if (reason)
                reasons.add(reason);
        }
    }
    return [...reasons];
}
/** True for the `properties` of a Custom Script extension (Linux `CustomScript`, Windows `CustomScriptExtension`). */
function isCustomScript(node) {
    const type = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(node, 'type'));
    return type !== undefined && !type.includes('/') && /^customscript/i.test(type) && (0,json_nav/* prop */._w)(node, 'settings') !== undefined;
}
/** A Custom Script command that uses secrets must be in protectedSettings, which is encrypted and never logged. */
const commandToExecuteProtectedRule = {
    id: 'template/command-to-execute-protected',
    armTtk: 'CommandToExecute-Must-Use-ProtectedSettings-For-Secrets',
    severity: 'error',
    description: 'Move a commandToExecute that uses a secure parameter or a list*() function from settings to protectedSettings.',
    helpUri: TEMPLATE_TESTS_DOC,
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const scope of templateScopes(document.root)) {
                walkScope(scope.template, (node) => {
                    if (node.type !== 'object' || !isCustomScript(node))
                        return;
                    const command = (0,json_nav/* dig */.rO)(node, 'settings', 'commandToExecute');
                    if (command?.type !== 'string' || (0,json_nav/* dig */.rO)(node, 'protectedSettings', 'commandToExecute'))
                        return;
                    const reasons = secretsIn(command.value, scope);
                    if (reasons.length === 0)
                        return;
                    context.report(document, command, `commandToExecute uses ${reasons.join(', ')} but is in settings, which are stored and shown in plain text; move it to protectedSettings.`);
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/depends-on-best-practices.js





function dependencies(resource) {
    const dependsOn = (0,json_nav/* prop */._w)(resource, 'dependsOn');
    return dependsOn?.type === 'string' ? [dependsOn] : (0,json_nav/* elements */.Yt)(dependsOn);
}
/**
 * dependsOn entries name resources directly: not through if() (a dependency cannot be
 * conditional; a condition on the target resource is enough) nor a concat() that builds the id
 * (use resourceId(); concat is kept for copyIndex() loops).
 */
const dependsOnBestPracticesRule = {
    id: 'template/depends-on-best-practices',
    armTtk: 'DependsOn-Best-Practices',
    severity: 'warning',
    description: "Write each dependsOn entry as [resourceId(...)] or a resource name: no [if(...)] and no [concat(...)] unless it uses copyIndex().",
    helpUri: TEMPLATE_TESTS_DOC,
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const resource of allScopedResources(document.root)) {
                for (const entry of dependencies(resource.node)) {
                    if (entry.type !== 'string')
                        continue;
                    const text = entry.value.trimStart();
                    if (/^\[\s*if\s*\(/i.test(text)) {
                        context.report(document, entry, `A dependsOn entry of ${describeResource(resource)} starts with if(); depend on the resource unconditionally (ARM skips dependencies on resources whose condition is false).`);
                    }
                    else if (/^\[\s*concat\s*\(/i.test(text) && !functionNamesIn(text.trimEnd()).some((n) => n.toLowerCase() === 'copyindex')) {
                        context.report(document, entry, `A dependsOn entry of ${describeResource(resource)} builds the id with concat(); use resourceId() instead.`);
                    }
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/deployment-not-debug.js




/** Nested deployments must not log request or response content: it can hold secrets. */
const deploymentNotDebugRule = {
    id: 'template/deployment-not-debug',
    armTtk: 'Deployment-Resources-Must-Not-Be-Debug',
    severity: 'error',
    description: "Remove properties.debugSetting from Microsoft.Resources/deployments resources (or set its detailLevel to 'none').",
    helpUri: TEMPLATE_TESTS_DOC,
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const resource of allScopedResources(document.root)) {
                if (resource.type.toLowerCase() !== 'microsoft.resources/deployments')
                    continue;
                const detailLevel = (0,json_nav/* dig */.rO)(resource.node, 'properties', 'debugSetting', 'detailLevel');
                const value = (0,json_nav/* valueOf */.RP)(detailLevel);
                // arm-ttk only objects to a value that is set: '', null and false pass.
                if (value === undefined || value === null || value === '' || value === false)
                    continue;
                if (typeof value === 'string' && value.toLowerCase() === 'none')
                    continue;
                context.report(document, detailLevel, `${describeResource(resource)} logs ${typeof value === 'string' ? `'${value}'` : 'its'} deployment content (debugSetting.detailLevel), which can expose secrets in the deployment history; remove debugSetting or set detailLevel to 'none'.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/dynamic-variable-no-concat.js




/** Quotes a name as an ARM string literal. */
function literal(value) {
    return `'${value.replace(/'/g, "''")}'`;
}
/**
 * `variables(concat('prefix', parameters('p')))` picks a variable by a parameter's value; an object
 * variable indexed by the parameter says the same and can be checked: `variables('prefix')[parameters('p')]`.
 */
const dynamicVariableNoConcatRule = {
    id: 'template/dynamic-variable-no-concat',
    armTtk: 'Dynamic-Variable-References-Should-Not-Use-Concat',
    severity: 'warning',
    description: "Replace variables(concat('name', parameters('p'))) with an object variable indexed by the parameter: variables('name')[parameters('p')].",
    helpUri: TEMPLATE_TESTS_DOC,
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const text of allStrings(document.root)) {
                for (const call of callsIn(text.value)) {
                    if (call.name.toLowerCase() !== 'variables' || call.args.length !== 1)
                        continue;
                    const inner = call.args[0];
                    if (inner.type !== 'call' || inner.name.toLowerCase() !== 'concat' || inner.args.length !== 2)
                        continue;
                    const [prefix, parameter] = inner.args;
                    if (prefix?.type !== 'string' || parameter?.type !== 'call' || parameter.name.toLowerCase() !== 'parameters')
                        continue;
                    const parameterName = parameter.args[0];
                    if (parameter.args.length !== 1 || parameterName?.type !== 'string')
                        continue;
                    context.report(document, text.node, `variables(concat(${literal(prefix.value)}, parameters(${literal(parameterName.value)}))) builds a variable name at deployment time; make '${prefix.value}' an object variable and use variables(${literal(prefix.value)})[parameters(${literal(parameterName.value)})].`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/ids-from-resource-ids.js





/**
 * Property names ending in "id" that are not resource ids (tenant, object and client ids, SKU and
 * size ids, ids of other services...). A property is exempt when its name ends with one of these.
 */
const NOT_RESOURCE_IDS = [
    'appId', 'clientId', 'DataTypeId', 'defaultMenuItemId', 'keyVaultSecretId', 'keyVaultId', 'keyId', 'objectId', 'menuId',
    'nodeAgentSkuId', 'policyDefinitionReferenceId', 'servicePrincipalClientId', 'StartingDeviceID', 'subscriptionId',
    'SyntheticMonitorId', 'targetProtectionContainerId', 'targetWorkerSizeId', 'tenantId', 'timezoneId', 'vlanId', 'workerSizeId',
    'metricId', 'requestedServiceObjectiveId', 'groupId', 'sid', 'ruleId', 'deploymentSpecId', 'contentId', 'connectorId',
    'parentId', 'IllusiveIncidentId', 'UniqueFindingId', 'schemaId', 'detection_id', 'open_id', 'TeamsChannelID',
    'SAPAuditLogMessageID', 'roleDefinitionId', 'principalId', 'XDRCustomerID', 'userAssignedIdentityResourceId', 'channelId',
    'extendedAceItemObjectId', 'ApplicationId', 'policyDefinitionGuid', 'IndicatorId', 'contentProductId',
    'aws_iam_functionapp_id', 'dataCollectionEndpointId', 'dataCollectionRuleImmutableId',
].map((n) => n.toLowerCase());
/** The expressions a resource id may be built with (arm-ttk's list), at the start of an expression. */
const ALLOWED = /\[\s*(extensionResourceId|resourceId|subscriptionResourceId|tenantResourceId|if|parameters|reference|variables|subscription|guid)\s*\(/i;
function isExempt(path, name) {
    const lowered = name.toLowerCase();
    if (NOT_RESOURCE_IDS.some((n) => lowered.endsWith(n)))
        return true;
    const parent = String(path[path.length - 2] ?? '').toLowerCase();
    if (lowered === 'id' && parent === 'detector')
        return true;
    // Ids in tags and metadata are labels, not references.
    if (parent === 'tags')
        return true;
    return path.some((step) => typeof step === 'string' && step.toLowerCase() === 'metadata');
}
/** Resource types whose id-named properties are not ARM resource ids (arm-ttk's exceptions). */
function isExemptType(type, path) {
    const lowered = type.toLowerCase();
    const steps = path.map((s) => String(s).toLowerCase());
    return (/^microsoft\.logic\/workflows$/.test(lowered) ||
        /^microsoft\.apimanagement\/service\/backends$/.test(lowered) ||
        /^microsoft\.portal\/dashboards$/.test(lowered) ||
        /^microsoft\.documentdb\/databaseaccounts\/\w*\/collections$/.test(lowered) ||
        (/^microsoft\.documentdb\/databaseaccounts\/sqldatabases/.test(lowered) && steps.includes('resource')) ||
        (/^microsoft\.insights\/webtests/.test(lowered) && steps.some((s) => s.startsWith('locations'))) ||
        (/backends$/.test(lowered) && steps[0] === 'properties') ||
        lowered.includes('config'));
}
/** The id string a property holds: itself, or the `value` of a `{ "value": ... }` object. */
function idString(node) {
    if (node.type === 'string')
        return node;
    const value = node.type === 'object' ? (0,json_nav/* prop */._w)(node, 'value') : undefined;
    return value?.type === 'string' ? value : undefined;
}
/** Follows `[variables('x')]` to the variable's string value, as arm-ttk expands variables before checking. */
function expanded(value, resource) {
    let current = value;
    for (let depth = 0; depth < 10; depth++) {
        const variable = bareReference(current.trim(), 'variables');
        const next = variable === undefined ? undefined : (0,json_nav/* stringOf */.Je)(variableNode(resource.scope, variable));
        if (next === undefined)
            break;
        current = next;
    }
    return current;
}
/** Properties that hold a resource id get it from resourceId() and its relatives, not from a literal or concat(). */
const idsFromResourceIdsRule = {
    id: 'template/ids-from-resource-ids',
    armTtk: 'IDs-Should-Be-Derived-From-ResourceIDs',
    severity: 'warning',
    description: 'Build resource id properties with resourceId(), subscriptionResourceId(), tenantResourceId() or extensionResourceId() (or take them from a parameter, variable or reference()).',
    helpUri: TEMPLATE_TESTS_DOC,
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            // Bicep writes its own ids; arm-ttk skips templates it generated.
            if ((0,json_nav/* stringOf */.Je)((0,json_nav/* dig */.rO)(document.root, 'metadata', '_generator', 'name'))?.toLowerCase() === 'bicep')
                continue;
            for (const resource of allScopedResources(document.root)) {
                walkResourceBody(resource.node, (node, path) => {
                    const name = path[path.length - 1];
                    if (typeof name !== 'string' || !/id$/i.test(name))
                        return;
                    if (isExempt(path, name) || isExemptType(resource.type, path))
                        return;
                    const holder = idString(node);
                    if (!holder)
                        return;
                    const value = holder.value;
                    if (value.trim() === '') {
                        context.report(document, holder, `Property '${name}' of ${describeResource(resource)} is empty; set it with resourceId().`);
                    }
                    else if (!ALLOWED.test(expanded(value, resource))) {
                        context.report(document, holder, `Property '${name}' of ${describeResource(resource)} should be built with resourceId(), subscriptionResourceId(), tenantResourceId() or extensionResourceId() (or come from a parameter, variable or reference()).`);
                    }
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/location-not-hardcoded.js





/** Defaults the main template's location parameter may have. */
const ALLOWED_DEFAULTS = ['[resourcegroup().location]', '[deployment().location]', 'global'];
/** Uses of the deployment's own location, as arm-ttk finds them in the template text. */
const LOCATION_FUNCTION = /(?:resourceGroup|deployment)\(\).location/gi;
function checkLocationParameter(context, document, isMain) {
    const location = (0,json_nav/* prop */._w)((0,json_nav/* prop */._w)(document.root, 'parameters'), 'location');
    if (location?.type !== 'object')
        return;
    if ((0,secure_parameters/* parameterType */.IH)(location) !== 'string') {
        context.report(document, (0,json_nav/* prop */._w)(location, 'type') ?? location, "Parameter 'location' must be of type 'string'.");
    }
    const defaultValue = (0,json_nav/* prop */._w)(location, 'defaultValue');
    const value = (0,json_nav/* valueOf */.RP)(defaultValue);
    if (isMain) {
        if (!defaultValue || value === '' || value === null || value === false || value === 0)
            return;
        const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
        if (text === undefined || !ALLOWED_DEFAULTS.includes(text)) {
            context.report(document, defaultValue, "The default of parameter 'location' names a fixed region; use [resourceGroup().location] (or [deployment().location], or 'global').");
        }
    }
    else if (defaultValue && value !== null && !(typeof value === 'string' && new RegExp(LOCATION_FUNCTION.source, 'i').test(value))) {
        context.report(document, defaultValue, "Parameter 'location' of a nested template must not have a default value; pass the location from the main template.");
    }
}
/** Offsets of the text spans where resourceGroup().location is fine: the parameters section and nested deployments. */
function allowedSpans(document) {
    const spans = [];
    const parameters = (0,json_nav/* prop */._w)(document.root, 'parameters')?.parent;
    if (parameters)
        spans.push([parameters.offset, parameters.offset + parameters.length]);
    for (const resource of allScopedResources(document.root)) {
        if ((0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(resource.node, 'type'))?.toLowerCase() === 'microsoft.resources/deployments') {
            spans.push([resource.node.offset, resource.node.offset + resource.node.length]);
        }
    }
    return spans;
}
function checkLocationFunctions(context, document) {
    const spans = allowedSpans(document);
    for (const match of document.text.matchAll(LOCATION_FUNCTION)) {
        if (spans.some(([start, end]) => match.index >= start && match.index < end))
            continue;
        const { line, column } = document.positionAt(match.index);
        context.reportAt(document.file, line, column, `${match[0]} is used outside the parameters; declare a 'location' parameter defaulting to [resourceGroup().location] and use [parameters('location')] instead.`);
    }
}
function checkResourceLocations(context, document) {
    for (const resource of allScopedResources(document.root)) {
        const location = (0,json_nav/* prop */._w)(resource.node, 'location');
        if (!location)
            continue;
        const value = location.type === 'string' ? location.value : undefined;
        if (value !== undefined && (value.toLowerCase() === 'global' || (0,json_nav/* isArmExpression */.z8)(value.trim())))
            continue;
        context.report(document, location, `The location of ${describeResource(resource)} is ${value === undefined ? 'not a string' : `the fixed region '${value}'`}; use [parameters('location')] (or 'global').`);
    }
}
/** Resources are deployed to the location the user picks, never to a region written in the template. */
const locationNotHardcodedRule = {
    id: 'template/location-not-hardcoded',
    armTtk: 'Location-Should-Not-Be-Hardcoded',
    severity: 'error',
    description: "Declare a string 'location' parameter defaulting to [resourceGroup().location], use [parameters('location')] for every resource, and don't use resourceGroup().location elsewhere.",
    helpUri: TEMPLATE_TESTS_DOC,
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            checkLocationParameter(context, document, document === context.template);
            checkLocationFunctions(context, document);
            checkResourceLocations(context, document);
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/min-max-numbers.js




function isInteger(node) {
    return node.type === 'number' && Number.isInteger(node.value);
}
function describeValue(node) {
    if (node.type === 'string')
        return `the string "${node.value}"`;
    if (node.type === 'number')
        return `the fraction ${node.value}`;
    return `a ${node.type}`;
}
/** minValue and maxValue are integers, and come as a pair. */
const minMaxNumbersRule = {
    id: 'template/min-max-numbers',
    armTtk: 'Min-And-Max-Value-Are-Numbers',
    severity: 'error',
    description: 'Give an int parameter both minValue and maxValue, as integer numbers (not strings).',
    helpUri: TEMPLATE_TESTS_DOC,
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const parameter of (0,template_model/* templateParameters */.fo)(document.root)) {
                const min = (0,json_nav/* prop */._w)(parameter.value, 'minValue');
                const max = (0,json_nav/* prop */._w)(parameter.value, 'maxValue');
                const wrong = [max, min].find((node) => node && !isInteger(node));
                if (wrong) {
                    const which = wrong === max ? 'maxValue' : 'minValue';
                    context.report(document, wrong, `The ${which} of parameter '${parameter.name}' must be an integer number, not ${describeValue(wrong)}.`);
                    continue;
                }
                if (min && !max)
                    context.report(document, min, `Parameter '${parameter.name}' has a minValue but no maxValue; add maxValue.`);
                if (max && !min)
                    context.report(document, max, `Parameter '${parameter.name}' has a maxValue but no minValue; add minValue.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/no-expression-names.js




function looksLikeExpression(name) {
    const trimmed = name.trim();
    return trimmed.startsWith('[') && trimmed.endsWith(']');
}
/** Parameter and variable names are plain names: ARM does not evaluate an expression written as a name. */
const noExpressionNamesRule = {
    id: 'template/no-expression-names',
    armTtk: 'Expressions-May-Not-Be-Used-As-Parameter-Or-Variable-Names',
    severity: 'error',
    description: 'Give parameters and variables plain names; a name written as [expression] is not evaluated.',
    helpUri: TEMPLATE_TESTS_DOC,
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const scope of templateScopes(document.root)) {
                for (const [kind, declared] of [['Parameter', (0,template_model/* templateParameters */.fo)(scope.template)], ['Variable', (0,template_model/* templateVariables */.Qp)(scope.template)]]) {
                    for (const entry of declared) {
                        if (!looksLikeExpression(entry.name))
                            continue;
                        context.report(document, entry.key, `${kind} name '${entry.name}' is written as an expression, which ARM does not evaluate in a name; use a plain name.`);
                    }
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/no-hardcoded-uri.js



/**
 * Hosts that differ between Azure clouds (public, US Government, China...). A template that names
 * one only works in that cloud; environment() gives the right one wherever it is deployed. Longer
 * hosts come before the hosts they end with, so the longest is reported.
 */
const CLOUD_SPECIFIC_HOSTS = [
    'management.core.windows.net',
    'gallery.azure.com',
    'management.azure.com',
    'database.windows.net',
    'batch.core.windows.net',
    'core.windows.net',
    'login.microsoftonline.com',
    'graph.windows.net',
    'vault.azure.net',
    'datalake.azure.net',
    'azuredatalakestore.net',
    'azuredatalakeanalytics.net',
    'api.loganalytics.io',
    'region.asazure.windows.net',
    'asazure.windows.net',
];
const HOST_PATTERN = new RegExp(CLOUD_SPECIFIC_HOSTS.map((h) => h.replace(/\./g, '\\.')).join('|'), 'gi');
/** Text right before a host that makes it fine: a JSON schema URL, or the Azure Automation module gallery. */
const ALLOWED_PREFIXES = ['https://schema.', 'https://devopsgallerystorage.blob.'];
/** The template names no cloud-specific host outside its parameters section; it uses environment() instead. */
const noHardcodedUriRule = {
    id: 'template/no-hardcoded-uri',
    armTtk: 'DeploymentTemplate-Must-Not-Contain-Hardcoded-Uri',
    severity: 'error',
    description: "Build Azure endpoints with environment() (e.g. environment().suffixes.storage, environment().authentication.loginEndpoint) or reference() instead of writing hosts such as core.windows.net or management.azure.com.",
    helpUri: TEMPLATE_TESTS_DOC,
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            const text = document.text;
            // Parameter defaults and descriptions may name hosts: the user can change them.
            const parameters = (0,json_nav/* prop */._w)(document.root, 'parameters')?.parent;
            const skipStart = parameters ? parameters.offset : -1;
            const skipEnd = parameters ? parameters.offset + parameters.length : -1;
            for (const match of text.matchAll(HOST_PATTERN)) {
                const offset = match.index;
                if (offset >= skipStart && offset < skipEnd)
                    continue;
                const before = text.slice(Math.max(0, offset - 40), offset).toLowerCase();
                if (ALLOWED_PREFIXES.some((prefix) => before.endsWith(prefix)))
                    continue;
                const { line, column } = document.positionAt(offset);
                context.reportAt(document.file, line, column, `Hard-coded cloud host '${match[0]}': it is different in other Azure clouds; build the URL with environment() (for example environment().suffixes.storage) or take it from reference().`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/no-managed-identity-extension.js



const EXTENSION = /ManagedIdentityExtension/i;
/** The first string (value or property name) of a resource that mentions the extension. */
function firstMention(resource) {
    let found;
    walkResourceBody(resource, (node) => {
        if (found)
            return false;
        const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
        if (key?.type === 'string' && EXTENSION.test(key.value))
            found = key;
        else if (node.type === 'string' && EXTENSION.test(node.value))
            found = node;
        return found === undefined;
    });
    return found;
}
/** The retired VM Managed Identity extension is not deployed: managed identities work through the Instance Metadata Service. */
const noManagedIdentityExtensionRule = {
    id: 'template/no-managed-identity-extension',
    armTtk: 'ManagedIdentityExtension-must-not-be-used',
    severity: 'warning',
    description: 'Remove the ManagedIdentityExtension VM extension; give the resource an "identity" block and get tokens from the Instance Metadata Service.',
    helpUri: TEMPLATE_TESTS_DOC,
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const resource of allScopedResources(document.root)) {
                const mention = firstMention(resource.node);
                if (!mention)
                    continue;
                context.report(document, mention, `${describeResource(resource)} uses the ManagedIdentityExtension, which is retired; remove it and use the resource's "identity" with the Instance Metadata Service.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/schema-correct.js



const DEPRECATED_SCHEMA = 'https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#';
const RECOMMENDED_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
/** The deployment template schemas arm-ttk accepts. */
const VALID_TEMPLATE_SCHEMAS = [
    DEPRECATED_SCHEMA,
    RECOMMENDED_SCHEMA,
    'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#',
    'https://schema.management.azure.com/schemas/2019-08-01/tenantDeploymentTemplate.json#',
    'https://schema.management.azure.com/schemas/2019-08-01/managementGroupDeploymentTemplate.json#',
];
/** Each deployment template declares one of the current deployment template schemas. */
const schemaCorrectRule = {
    id: 'template/schema-correct',
    armTtk: 'DeploymentTemplate-Schema-Is-Correct',
    severity: 'warning',
    description: `Set "$schema" to ${RECOMMENDED_SCHEMA} (or the subscription, management group or tenant deployment schema).`,
    helpUri: TEMPLATE_TESTS_DOC,
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            const root = document.root;
            if (root?.type !== 'object')
                continue;
            const schema = (0,json_nav/* prop */._w)(root, '$schema');
            if (!schema) {
                context.report(document, root, `The template has no "$schema"; add "$schema": "${RECOMMENDED_SCHEMA}".`);
                continue;
            }
            const value = schema.type === 'string' ? schema.value : undefined;
            if (value === undefined || !VALID_TEMPLATE_SCHEMAS.some((s) => s.toLowerCase() === value.toLowerCase())) {
                context.report(document, schema, `"$schema" is ${value === undefined ? 'not a string' : `'${value}'`}; use "${RECOMMENDED_SCHEMA}".`);
            }
            else if (value.toLowerCase() === DEPRECATED_SCHEMA.toLowerCase()) {
                context.report(document, schema, `Schema version 2015-01-01 is deprecated and no longer maintained; use "${RECOMMENDED_SCHEMA}".`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/first-half.js
















/**
 * The arm-ttk deploymentTemplate tests from adminPassword-Should-Not-Be-A-Literal to
 * Min-And-Max-Value-Are-Numbers, in arm-ttk's (alphabetical, case-insensitive) order.
 * DependsOn-Must-Not-Be-Conditional is gone upstream (DependsOn-Best-Practices checks if() now);
 * External-Links-Must-Reference-ArtifactsLocation was proposed upstream but never merged.
 */
const templateRulesFirstHalf = [
    adminPasswordNotLiteralRule,
    adminUsernameNotLiteralRule,
    apiVersionsRecentRule,
    apiVersionsRecentInReferenceRule,
    artifactsParameterRule,
    commandToExecuteProtectedRule,
    dependsOnBestPracticesRule,
    deploymentNotDebugRule,
    noHardcodedUriRule,
    schemaCorrectRule,
    dynamicVariableNoConcatRule,
    noExpressionNamesRule,
    idsFromResourceIdsRule,
    locationNotHardcodedRule,
    noManagedIdentityExtensionRule,
    minMaxNumbersRule,
];

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/no-blanks.js




/** Properties that may be empty for readability or because a resource type needs it (arm-ttk's list). */
const no_blanks_MAY_BE_EMPTY = [
    'resources',
    'outputs',
    'variables',
    'parameters',
    'functions',
    'properties',
    'template',
    'defaultValue',
    'accessPolicies',
    'value',
    'promotionCode',
    'inputs',
    'notEquals',
    'clientId',
    'allowedCallerIpAddresses',
    'workerPools',
    'AzureMonitor',
    'requiredDataConnectors',
].map((name) => name.toLowerCase());
/** Resource types whose settings may hold blanks, with the path under the resource where they may. */
const RESOURCE_BLANK_PATHS = {
    'microsoft.web/sites/config': ['properties'],
    'microsoft.insights/workbooks': ['properties', 'serializedData'],
};
function no_blanks_blankKind(node) {
    if (node.type === 'null')
        return 'null';
    if (node.type === 'object' && (node.children ?? []).length === 0)
        return '{}';
    if (node.type === 'array' && (node.children ?? []).length === 0)
        return '[]';
    if (node.type === 'string' && /^\s*$/.test(node.value))
        return '""';
    return undefined;
}
/**
 * arm-ttk also lets a blank through when its name appears, in any object of the template, next
 * to a property whose name contains one of the names above (a resource's `dependsOn: []` next to
 * `properties`, a Data Factory activity's `userProperties: []` next to `typeProperties`, ...).
 */
function namesNextToExceptions(root) {
    const names = new Set();
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === 'object') {
            const keys = (0,json_nav/* properties */.qo)(node).map((p) => p.name.toLowerCase());
            if (keys.some((key) => no_blanks_MAY_BE_EMPTY.some((allowed) => key.includes(allowed))))
                keys.forEach((key) => names.add(key));
        }
        for (const child of node.children ?? [])
            stack.push(child);
    }
    return names;
}
/** Subtrees where blanks are part of a resource's settings (web app config, workbook data). */
function allowedBlankSubtrees(root) {
    const subtrees = new Set();
    for (const template of [root, ...inlineTemplates(root)]) {
        for (const resource of (0,template_model/* templateResources */.GM)(template)) {
            const path = RESOURCE_BLANK_PATHS[resource.type.toLowerCase()];
            const subtree = path && (0,json_nav/* dig */.rO)(resource.node, ...path);
            if (subtree)
                subtrees.add(subtree);
        }
    }
    return subtrees;
}
function insideAny(node, subtrees) {
    for (let current = node; current; current = current.parent)
        if (subtrees.has(current))
            return true;
    return false;
}
/** Empty strings, objects, arrays and nulls have a meaning in a declarative template: leave the property out instead. */
const no_blanks_noBlanksRule = {
    id: 'template/no-blanks',
    armTtk: 'Template-Should-Not-Contain-Blanks',
    severity: 'error',
    description: 'Remove properties whose value is empty ("", {}, [] or null), or give them a value.',
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            const root = document.root;
            if (!root)
                continue;
            let nextToExceptions;
            let subtrees;
            const stack = [root];
            while (stack.length > 0) {
                const node = stack.pop();
                const children = node.children ?? [];
                for (let i = children.length - 1; i >= 0; i--)
                    stack.push(children[i]);
                if (node.type !== 'object')
                    continue;
                for (const p of (0,json_nav/* properties */.qo)(node)) {
                    const kind = no_blanks_blankKind(p.value);
                    if (!kind)
                        continue;
                    const name = p.name.toLowerCase();
                    if (no_blanks_MAY_BE_EMPTY.includes(name))
                        continue;
                    // Keys that are expressions or resource ids (userAssignedIdentities) map to {} by design.
                    if (/^\s*\[/.test(p.name) || /^\s*\/subscriptions\//i.test(p.name))
                        continue;
                    if ((nextToExceptions ??= namesNextToExceptions(root)).has(name))
                        continue;
                    if (insideAny(p.value, (subtrees ??= allowedBlankSubtrees(root))))
                        continue;
                    context.report(document, p.value, `Property '${p.name}' is empty (${kind}); remove it or give it a value, since an empty value can reset a setting.`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/no-providers-api-versions.js




/** True when an expression reads `providers(...).apiVersions` (or `['apiVersions']`). */
function usesProviderApiVersions(value) {
    if (!(0,arm_expression/* isExpressionString */.UQ)(value))
        return false;
    const expr = (0,arm_expression/* tryParseArmExpression */.$W)(value);
    if (!expr)
        return /providers\s*\(.*\)\s*(\.\s*apiVersions|\[\s*'apiVersions'\s*\])/i.test(value);
    return expression_references_expressionNodes(expr).some((node) => {
        const member = node.type === 'property' ? node.name : node.type === 'index' && node.index.type === 'string' ? node.index.value : undefined;
        if (member?.toLowerCase() !== 'apiversions')
            return false;
        const target = node.type === 'property' || node.type === 'index' ? node.target : undefined;
        return headCall(target)?.name.toLowerCase() === 'providers';
    });
}
/** apiVersion values must be literal dates, not whatever the provider lists at deployment time. */
const noProvidersApiVersionsRule = {
    id: 'template/no-providers-api-versions',
    armTtk: 'providers_apiVersions-Is-Not-Permitted',
    severity: 'error',
    description: 'Replace providers(...).apiVersions with a literal apiVersion such as 2023-01-01.',
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const s of allStrings(document.root)) {
                if (usesProviderApiVersions(s.value)) {
                    context.report(document, s.node, 'This expression takes an apiVersion from providers(...).apiVersions, which changes over time; use a literal apiVersion instead.');
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/arm/variable-values.js



/** The value node of a variable of a template (case-insensitive); undefined for unknown or copy-loop variables. */
function variableValue(template, name) {
    const lowered = name.toLowerCase();
    return (0,template_model/* templateVariables */.Qp)(template).find((v) => v.name.toLowerCase() === lowered && lowered !== 'copy')?.value;
}
/**
 * True when a string expression takes its value from a parameter, directly or through variables
 * (followed to a fixed depth so cycles end). Variables that cannot be looked up count as
 * parameter-driven: the rule using this must not guess.
 */
function dependsOnParameter(template, value, depth = 0) {
    if (namesReferenced(value, 'parameters').length > 0)
        return true;
    if (depth >= 8)
        return false;
    for (const name of namesReferenced(value, 'variables')) {
        const variable = variableValue(template, name);
        if (!variable)
            return true;
        if (allStrings(variable).some((s) => dependsOnParameter(template, s.value, depth + 1)))
            return true;
    }
    return false;
}
/**
 * Follows `[variables('x')]` (the whole expression, possibly chained) to the variable's value
 * node; any other node is returned as it is.
 */
function resolveVariable(template, node, depth = 0) {
    if (node?.type !== 'string' || depth >= 8)
        return node;
    const name = bareReference(node.value, 'variables');
    if (name === undefined)
        return node;
    const value = variableValue(template, name);
    return value ? resolveVariable(template, value, depth + 1) : node;
}
/**
 * The strings an expression reaches through `variables(...)`: the values of the variables it
 * uses, of the variables those use, and so on (each variable once, so cycles end).
 */
function stringsThroughVariables(template, value) {
    const reached = [];
    const seen = new Set();
    const pending = namesReferenced(value, 'variables');
    while (pending.length > 0) {
        const name = pending.shift();
        if (seen.has(name.toLowerCase()))
            continue;
        seen.add(name.toLowerCase());
        const node = variableValue(template, name);
        for (const s of allStrings(node)) {
            if (s.isKey)
                continue;
            reached.push({ variable: name, value: s.value });
            pending.push(...namesReferenced(s.value, 'variables'));
        }
    }
    return reached;
}

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/outputs-no-secrets.js






/**
 * Outputs are stored in the deployment history in clear text: they must not call list*()
 * functions, return secure parameters, or be named like a password.
 */
const outputsNoSecretsRule = {
    id: 'template/outputs-no-secrets',
    armTtk: 'Outputs-Must-Not-Contain-Secrets',
    severity: 'error',
    description: 'Remove outputs that return secrets (list*() results, secure parameters, passwords); read secrets where they are needed instead.',
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const scope of templateScopes(document.root)) {
                const secure = (0,secure_parameters/* secureParameterNames */.D3)(scope.template);
                for (const output of (0,template_model/* templateOutputs */.f0)(scope.template)) {
                    if (/password/i.test(output.name)) {
                        context.report(document, output.key, `Output '${output.name}' is named like a password; outputs are visible in the deployment history, so do not return secrets.`);
                    }
                    for (const s of allStrings(output.value)) {
                        // What the output evaluates: its own expression, then the variables it uses.
                        const reached = [{ variable: undefined, value: s.value }, ...stringsThroughVariables(scope.template, s.value)];
                        const via = (variable) => (variable === undefined ? '' : ` (through variable '${variable}')`);
                        const list = reached.map((r) => ({ ...r, name: functionNamesIn(r.value).find(isListFunction) })).find((r) => r.name);
                        if (list) {
                            context.report(document, s.node, `Output '${output.name}' calls ${list.name}()${via(list.variable)}, which returns secrets; outputs are visible in the deployment history, so remove it.`);
                        }
                        const secret = reached
                            .map((r) => ({ ...r, name: namesReferenced(r.value, 'parameters').find((n) => secure.has(n.toLowerCase())) }))
                            .find((r) => r.name !== undefined);
                        if (secret) {
                            context.report(document, s.node, `Output '${output.name}' returns secure parameter '${secure.get(secret.name.toLowerCase())}'${via(secret.variable)}; outputs are visible in the deployment history, so remove it.`);
                        }
                    }
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/parameter-types-consistent.js






/**
 * A parameter handed to an inner-scope nested template as `[parameters('x')]` keeps the type the
 * outer template gave it, so the nested template must declare it with that same type. Values
 * that transform the parameter (string(), property access, concat()) are not compared.
 */
const parameterTypesConsistentRule = {
    id: 'template/parameter-types-consistent',
    armTtk: 'Parameter-Types-Should-Be-Consistent',
    severity: 'error',
    description: 'Declare parameters of nested templates with the same type as the parameters passed to them.',
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const scope of templateScopes(document.root)) {
                if (!scope.holder || !scope.parent)
                    continue;
                const outerTypes = new Map((0,template_model/* templateParameters */.fo)(scope.parent.template).map((p) => [p.name.toLowerCase(), (0,secure_parameters/* parameterType */.IH)(p.value)]));
                const innerTypes = new Map((0,template_model/* templateParameters */.fo)(scope.template).map((p) => [p.name.toLowerCase(), (0,secure_parameters/* parameterType */.IH)(p.value)]));
                for (const passed of (0,json_nav/* properties */.qo)((0,json_nav/* prop */._w)(scope.holder, 'parameters'))) {
                    const value = (0,json_nav/* prop */._w)(passed.value, 'value');
                    const mapped = value?.type === 'string' ? bareReference(value.value, 'parameters') : undefined;
                    if (mapped === undefined)
                        continue;
                    const outerType = outerTypes.get(mapped.toLowerCase());
                    const innerType = innerTypes.get(passed.name.toLowerCase());
                    if (!outerType || !innerType || outerType === innerType)
                        continue;
                    context.report(document, passed.value, `Nested deployment '${deploymentNameOf(scope.holder)}' passes parameter '${mapped}' (${outerType}) to '${passed.name}', which its template declares as ${innerType}; declare both with the same type.`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/arm/declared-references.js



/**
 * Reports declarations (parameters or variables) that no expression of their scope uses, and
 * uses written outside an expression. Each scope's strings are scanned once, whatever the number
 * of declarations, so large templates stay linear.
 */
function reportUnreferenced(context, functionName, declarationsOf, noun) {
    for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
        for (const scope of templateScopes(document.root)) {
            const declared = declarationsOf(scope.template);
            if (declared.length === 0)
                continue;
            const used = new Set();
            const outside = new Map();
            for (const s of scopeStrings(scope)) {
                for (const name of namesReferenced(s.value, functionName))
                    used.add(name.toLowerCase());
                for (const name of namesMentionedOutsideExpression(s.value, functionName)) {
                    const key = name.toLowerCase();
                    outside.set(key, [...(outside.get(key) ?? []), s.node]);
                }
            }
            for (const declaration of declared) {
                const key = declaration.name.toLowerCase();
                const textual = outside.get(key) ?? [];
                for (const node of textual) {
                    context.report(document, node, `${noun} '${declaration.name}' is referenced outside an expression, so ARM reads it as plain text; put the whole value in brackets: "[...${functionName}('${declaration.name}')...]".`);
                }
                if (!used.has(key) && textual.length === 0) {
                    context.report(document, declaration.at, `${noun} '${declaration.name}' is declared but never used; use it in an expression or remove it.`);
                }
            }
        }
    }
}

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/parameters-referenced.js


/**
 * Every declared parameter is used in an expression of its own scope: the template's, or an
 * inner-scope nested template's (outer-scope nested templates use the parameters around them).
 * Names starting with `__` are skipped, as arm-ttk does.
 */
const parametersReferencedRule = {
    id: 'template/parameters-referenced',
    armTtk: 'Parameters-Must-Be-Referenced',
    severity: 'error',
    description: "Use each declared parameter in an expression such as [parameters('name')], or remove it.",
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
    check(context) {
        reportUnreferenced(context, 'parameters', (template) => (0,template_model/* templateParameters */.fo)(template).filter((p) => !p.name.startsWith('__')).map((p) => ({ name: p.name, at: p.key })), 'Parameter');
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/password-params-secure.js





const SECRET_NAME = /password|secret|accountkey/i;
/** Names with "secret" that describe a secret rather than hold one (Key Vault permissions, versions, URLs, names). */
const SECRET_METADATA = /permission|version|url|uri|name/i;
const ALLOWED_TYPES = new Set(['securestring', 'secureobject', 'bool']);
/** Parameters named like a password, secret or account key must be secureString or secureObject. */
const passwordParamsSecureRule = {
    id: 'template/password-params-secure',
    armTtk: 'Password-params-must-be-secure',
    severity: 'error',
    description: 'Declare parameters that hold passwords, secrets or account keys as secureString (or secureObject).',
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const scope of templateScopes(document.root)) {
                for (const parameter of (0,template_model/* templateParameters */.fo)(scope.template)) {
                    const { name } = parameter;
                    if (!SECRET_NAME.test(name))
                        continue;
                    const type = (0,secure_parameters/* parameterType */.IH)(parameter.value);
                    if (ALLOWED_TYPES.has(type))
                        continue;
                    if (/secret/i.test(name) && SECRET_METADATA.test(name))
                        continue;
                    const at = (0,json_nav/* prop */._w)(parameter.value, 'type') ?? parameter.key;
                    context.report(document, at, `Parameter '${name}' looks like it holds a secret but is of type '${type || 'none'}'; declare it as secureString (or secureObject).`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/resource-ids-well-formed.js




const ID_FUNCTIONS = new Set(['resourceid', 'subscriptionresourceid', 'tenantresourceid', 'extensionresourceid']);
/** What is wrong with the first argument of a resource id or resource function call, if anything. */
function problemOf(functionName, first) {
    const written = headCall(first)?.name;
    if (!written)
        return undefined;
    const head = written.toLowerCase();
    const fn = functionName.toLowerCase();
    const builtFromText = head === 'concat' || head === 'format';
    if (ID_FUNCTIONS.has(fn) && builtFromText) {
        return `${functionName}() gets its first argument from ${written}(); pass the resource type and name segments as separate arguments instead`;
    }
    if (fn === 'resourceid' && (head === 'resourcegroup' || head === 'subscription')) {
        return `resourceId() is given ${written}() values, which are its defaults; leave them out`;
    }
    if (fn === 'subscriptionresourceid' && head === 'subscription') {
        return 'subscriptionResourceId() is given subscription() values, which are its default; leave them out';
    }
    if ((fn === 'reference' || isListFunction(fn)) && builtFromText) {
        return `${functionName}() is given a resource id built with ${written}(); build it with resourceId() instead`;
    }
    return undefined;
}
/**
 * Resource ids are built with resourceId() and its siblings from separate segments, not from
 * concat()/format() text, and without passing the defaults resourceGroup() or subscription().
 */
const resourceIdsWellFormedRule = {
    id: 'template/resource-ids-well-formed',
    armTtk: 'ResourceIds-should-not-contain',
    severity: 'error',
    description: 'Build resource ids with resourceId() from separate segments: no concat()/format() ids, no resourceGroup()/subscription() defaults.',
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            // Bicep writes these forms itself; arm-ttk skips generated templates.
            if ((0,json_nav/* stringOf */.Je)((0,json_nav/* dig */.rO)(document.root, 'metadata', '_generator', 'name'))?.toLowerCase() === 'bicep')
                continue;
            for (const s of allStrings(document.root)) {
                for (const call of callsIn(s.value)) {
                    const problem = problemOf(call.name, call.args[0]);
                    if (problem)
                        context.report(document, s.node, `${problem}.`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/resources-have-location.js




/** A resource's location is an expression (a parameter, usually) or 'global', never a region name. */
const resourcesHaveLocationRule = {
    id: 'template/resources-have-location',
    armTtk: 'Resources-Should-Have-Location',
    severity: 'error',
    description: "Set each resource's location with an expression such as [parameters('location')], or 'global'.",
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const template of [document.root, ...inlineTemplates(document.root)]) {
                for (const resource of (0,template_model/* templateResources */.GM)(template)) {
                    const location = (0,json_nav/* prop */._w)(resource.node, 'location');
                    if (!location || location.type === 'null' || (location.type === 'string' && location.value === ''))
                        continue;
                    const text = ((0,json_nav/* stringOf */.Je)(location) ?? '').trim();
                    if ((text.startsWith('[') && text.endsWith(']')) || text.toLowerCase() === 'global')
                        continue;
                    const name = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(resource.node, 'name')) ?? '(unnamed)';
                    const shown = location.type === 'string' ? `'${text}'` : `a ${location.type}`;
                    context.report(document, location, `Resource '${name}' (${resource.type || 'no type'}) has location ${shown}; use an expression such as [parameters('location')], or 'global'.`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/resources-not-ambiguous.js



const resources_not_ambiguous_ID_FUNCTIONS = new Set(['resourceid', 'subscriptionresourceid', 'tenantresourceid', 'extensionresourceid']);
const TYPE_WITH_TRAILING_SLASH = /^[A-Za-z0-9.]+\/[A-Za-z0-9./]*\/$/;
/**
 * arm-ttk keeps this test but has it switched off (its name-segment matching gave many false
 * results, arm-ttk issue #478), so it passes everything there. We keep the one part its
 * maintainers still wanted as lint, at note level: a resource type with a trailing slash.
 */
const resourcesNotAmbiguousRule = {
    id: 'template/resources-not-ambiguous',
    armTtk: 'Resources-Should-Not-Be-Ambiguous',
    severity: 'note',
    description: "Write resource types in resourceId() without a trailing slash ('Microsoft.Storage/storageAccounts').",
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const s of allStrings(document.root)) {
                for (const call of callsIn(s.value)) {
                    if (!resources_not_ambiguous_ID_FUNCTIONS.has(call.name.toLowerCase()))
                        continue;
                    const args = call.name.toLowerCase() === 'extensionresourceid' ? call.args.slice(1) : call.args;
                    const type = args.find((arg) => arg.type === 'string' && arg.value.includes('/'));
                    if (type?.type === 'string' && TYPE_WITH_TRAILING_SLASH.test(type.value)) {
                        context.report(document, s.node, `Resource type '${type.value}' in ${call.name}() ends with '/'; remove the trailing slash.`);
                    }
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/secure-params-nested-deployments.js





const secure_params_nested_deployments_DEPLOYMENTS = 'microsoft.resources/deployments';
/** The inline templates of nested deployments evaluated in the outer scope, within one scope. */
function outerScopeDeployments(template) {
    const found = [];
    walkScope(template, (node) => {
        if (node.type !== 'object' || (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(node, 'type'))?.toLowerCase() !== secure_params_nested_deployments_DEPLOYMENTS)
            return;
        const properties = (0,json_nav/* prop */._w)(node, 'properties');
        const nested = (0,json_nav/* prop */._w)(properties, 'template');
        if (!properties || !looksLikeTemplate(nested) || holdsInnerTemplate(properties))
            return;
        found.push({ name: (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(node, 'name')) ?? '(unnamed)', nested: nested });
    });
    return found;
}
/**
 * A nested deployment with the default outer scope gets its expressions evaluated before it is
 * sent, so secure parameters and list*() results end up in clear text in the deployment object.
 */
const secureParamsNestedDeploymentsRule = {
    id: 'template/secure-params-nested-deployments',
    armTtk: 'Secure-Params-In-Nested-Deployments',
    severity: 'error',
    description: "Set expressionEvaluationOptions.scope to 'inner' on nested deployments that use secure parameters or list*() functions, and pass those values as parameters.",
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            const reported = new Set();
            for (const scope of templateScopes(document.root)) {
                const secure = (0,secure_parameters/* secureParameterNames */.D3)(scope.template);
                for (const { name, nested } of outerScopeDeployments(scope.template)) {
                    walkScope(nested, (node) => {
                        if (node.type !== 'string' || reported.has(node))
                            return;
                        const value = node.value;
                        const secret = namesReferenced(value, 'parameters').find((n) => secure.has(n.toLowerCase()));
                        const list = functionNamesIn(value).find(isListFunction);
                        if (secret === undefined && list === undefined)
                            return;
                        reported.add(node);
                        const what = secret !== undefined ? `secure parameter '${secure.get(secret.toLowerCase())}'` : `${list}()`;
                        context.report(document, node, `Nested deployment '${name}' evaluates ${what} in the outer scope, which stores the value in clear text in the deployment; set properties.expressionEvaluationOptions.scope to 'inner' and pass the value as a parameter.`);
                    });
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/secure-string-no-default.js






/** What arm-ttk treats as "no default": an empty string, null, false, 0, an empty array. */
function isEmptyDefault(node) {
    switch (node.type) {
        case 'null':
            return true;
        case 'string':
            return node.value === '';
        case 'boolean':
            return node.value === false;
        case 'number':
            return node.value === 0;
        case 'array':
            return (node.children ?? []).length === 0;
        default:
            return false;
    }
}
/** A secureString parameter has no default, or an empty one, or one generated with newGuid(). */
const secureStringNoDefaultRule = {
    id: 'template/secure-string-no-default',
    armTtk: 'Secure-String-Parameters-Cannot-Have-Default',
    severity: 'error',
    description: 'Remove the defaultValue of secureString parameters (an empty string or a [newGuid()] expression is allowed).',
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const scope of templateScopes(document.root)) {
                for (const parameter of (0,template_model/* templateParameters */.fo)(scope.template)) {
                    if ((0,secure_parameters/* parameterType */.IH)(parameter.value) !== 'securestring')
                        continue;
                    const defaultValue = (0,json_nav/* prop */._w)(parameter.value, 'defaultValue');
                    if (!defaultValue || isEmptyDefault(defaultValue))
                        continue;
                    if (defaultValue.type === 'string' && functionNamesIn(defaultValue.value).some((n) => n.toLowerCase() === 'newguid'))
                        continue;
                    context.report(document, defaultValue, `Parameter '${parameter.name}' is a secureString with a default value; remove the default (or generate it with [newGuid()]) so no secret ships in the template.`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/uris-properly-constructed.js



const TEXT_FUNCTIONS = new Set(['concat', 'format']);
/**
 * Properties named `...uri` or `...url` are built with uri(), not by gluing text with concat() or
 * format() (which gets slashes and query strings wrong). concat()/format() inside uri() is fine.
 */
const urisProperlyConstructedRule = {
    id: 'template/uris-properly-constructed',
    armTtk: 'URIs-Should-Be-Properly-Constructed',
    severity: 'error',
    description: "Build URI and URL values with uri(base, relativePath) instead of concat() or format().",
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            const stack = document.root ? [document.root] : [];
            while (stack.length > 0) {
                const node = stack.pop();
                for (const child of node.children ?? [])
                    stack.push(child);
                if (node.type !== 'object')
                    continue;
                for (const p of (0,json_nav/* properties */.qo)(node)) {
                    if (!/ur[il]$/i.test(p.name))
                        continue;
                    // Outputs and nested deployment parameters carry the URI in a `value` property.
                    const target = p.value.type === 'object' ? (0,json_nav/* prop */._w)(p.value, 'value') : p.value;
                    if (target?.type !== 'string')
                        continue;
                    const calls = callsIn(target.value);
                    const text = calls.find((call) => TEXT_FUNCTIONS.has(call.name.toLowerCase()));
                    if (!text)
                        continue;
                    const uri = calls.find((call) => call.name.toLowerCase() === 'uri');
                    if (uri && uri.start < text.start)
                        continue;
                    context.report(document, target, `Property '${p.name}' is built with ${text.name}(); build it with uri(base, relativePath) so the parts are joined correctly.`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/variables-referenced.js



/** Declared variables, with the variables a top-level `copy` loop declares (one per `name`). */
function variables_referenced_declaredVariables(template) {
    const declared = [];
    for (const variable of (0,template_model/* templateVariables */.Qp)(template)) {
        if (variable.name.toLowerCase() === 'copy' && variable.value.type === 'array') {
            for (const loop of (0,json_nav/* elements */.Yt)(variable.value)) {
                const nameNode = (0,json_nav/* prop */._w)(loop, 'name');
                const name = (0,json_nav/* stringOf */.Je)(nameNode);
                if (name !== undefined)
                    declared.push({ name, at: nameNode });
            }
            continue;
        }
        declared.push({ name: variable.name, at: variable.key });
    }
    return declared;
}
/**
 * Every declared variable (copy-loop variables included) is used in an expression of its own
 * scope; inner-scope nested templates have their own variables.
 */
const variablesReferencedRule = {
    id: 'template/variables-referenced',
    armTtk: 'Variables-Must-Be-Referenced',
    severity: 'error',
    description: "Use each declared variable in an expression such as [variables('name')], or remove it.",
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
    check(context) {
        reportUnreferenced(context, 'variables', variables_referenced_declaredVariables, 'Variable');
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/vm-images-latest.js






const VM_TYPES = new Set(['microsoft.compute/virtualmachines', 'microsoft.compute/virtualmachinescalesets']);
/**
 * arm-ttk keeps this test but has it switched off (some images without a plan do not offer
 * 'latest'), so it passes everything there. We give the best practice it describes as a note,
 * only for stock images: no purchase plan, no custom or gallery image id, a literal version.
 */
const vmImagesLatestRule = {
    id: 'template/vm-images-latest',
    armTtk: 'VM-Images-Should-Use-Latest-Version',
    severity: 'note',
    description: "Use version 'latest' for stock VM images so new deployments get current patches.",
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            const root = document.root;
            if (!root)
                continue;
            for (const template of [root, ...inlineTemplates(root)]) {
                for (const resource of (0,template_model/* templateResources */.GM)(template)) {
                    if (!VM_TYPES.has(resource.type.toLowerCase()) || (0,json_nav/* prop */._w)(resource.node, 'plan'))
                        continue;
                    const isScaleSet = resource.type.toLowerCase().endsWith('scalesets');
                    const profilePath = isScaleSet ? ['properties', 'virtualMachineProfile', 'storageProfile'] : ['properties', 'storageProfile'];
                    const image = resolveVariable(template, (0,json_nav/* prop */._w)(resolveVariable(template, (0,json_nav/* dig */.rO)(resource.node, ...profilePath)), 'imageReference'));
                    if (image?.type !== 'object' || ['id', 'sharedGalleryImageId', 'communityGalleryImageId'].some((p) => (0,json_nav/* prop */._w)(image, p)))
                        continue;
                    const versionNode = (0,json_nav/* prop */._w)(image, 'version');
                    const version = (0,json_nav/* stringOf */.Je)(resolveVariable(template, versionNode));
                    if (!versionNode || version === undefined || (0,arm_expression/* isExpressionString */.UQ)(version) || version.trim().toLowerCase() === 'latest')
                        continue;
                    const name = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(resource.node, 'name')) ?? '(unnamed)';
                    context.report(document, versionNode, `Virtual machine '${name}' pins image version '${version}'; consider 'latest' so new deployments get the current image.`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/vm-size-parameter.js





/** The nearest enclosing resource (an object with a type and a name), for messages. */
function resourceAround(node) {
    for (let current = node.parent; current; current = current.parent) {
        if (current.type !== 'object')
            continue;
        const type = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(current, 'type'));
        const name = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(current, 'name'));
        if (type?.includes('/') && name !== undefined)
            return `resource '${name}' (${type})`;
    }
    return 'this resource';
}
/**
 * True for the `parameters` or `variables` object of a template: a vmSize key there declares a
 * parameter or variable (its uses are checked where it is used).
 */
function isDeclarations(object) {
    const property = object.parent;
    const section = String(property?.children?.[0]?.value).toLowerCase();
    return property?.type === 'property' && (section === 'parameters' || section === 'variables') && looksLikeTemplate(property.parent);
}
/** VM sizes come from parameters (directly or through variables), so customers can pick one available to them. */
const vmSizeParameterRule = {
    id: 'template/vm-size-parameter',
    armTtk: 'VM-Size-Should-Be-A-Parameter',
    severity: 'error',
    description: "Take every vmSize from a parameter, e.g. [parameters('vmSize')], instead of a fixed size.",
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            for (const scope of templateScopes(document.root)) {
                walkScope(scope.template, (node) => {
                    if (node.type !== 'object' || isDeclarations(node))
                        return;
                    for (const p of (0,json_nav/* properties */.qo)(node)) {
                        if (p.name.toLowerCase() !== 'vmsize')
                            continue;
                        // A value passed to a nested deployment is wrapped: { "value": ... }.
                        const value = p.value.type === 'object' ? (0,json_nav/* prop */._w)(p.value, 'value') : p.value;
                        if (value?.type !== 'string')
                            continue;
                        const text = value.value;
                        if (dependsOnParameter(scope.template, text))
                            continue;
                        const variable = namesReferenced(text, 'variables')[0];
                        const what = variable === undefined ? `is fixed ('${text}')` : `comes from variable '${variable}', which does not use a parameter`;
                        context.report(document, value, `The vmSize of ${resourceAround(node)} ${what}; take it from a parameter so customers can choose a size offered in their region and subscription.`);
                    }
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/vms-not-preview.js





const vms_not_preview_VM_TYPES = new Set(['microsoft.compute/virtualmachines', 'microsoft.compute/virtualmachinescalesets']);
/** Every `storageProfile` value inside a resource, its child resources left out. */
function storageProfiles(resource) {
    const found = [];
    const stack = [resource];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === 'object') {
            for (const p of (0,json_nav/* properties */.qo)(node)) {
                const name = p.name.toLowerCase();
                if (name === 'storageprofile')
                    found.push(p.value);
                else if (!(node === resource && name === 'resources'))
                    stack.push(p.value);
            }
        }
        else if (node.type === 'array') {
            stack.push(...(node.children ?? []));
        }
    }
    return found;
}
/** Which preview image field a storage profile uses, if any. */
function previewField(template, storageProfile) {
    const profile = resolveVariable(template, storageProfile);
    const image = resolveVariable(template, (0,json_nav/* prop */._w)(profile, 'imageReference'));
    if (!image)
        return undefined;
    const whole = (0,json_nav/* stringOf */.Je)(image);
    if (whole !== undefined)
        return /preview$/i.test(whole.trim()) ? { node: image, field: 'imageReference' } : undefined;
    for (const [field, pattern] of [['version', /preview$/i], ['sku', /preview$/i], ['offer', /preview/i]]) {
        const node = resolveVariable(template, (0,json_nav/* prop */._w)(image, field));
        const text = (0,json_nav/* stringOf */.Je)(node);
        if (node && text !== undefined && pattern.test(text.trim()))
            return { node: (0,json_nav/* prop */._w)(image, field), field };
    }
    return undefined;
}
/** Virtual machines and scale sets use generally available images, not preview ones. */
const vmsNotPreviewRule = {
    id: 'template/vms-not-preview',
    armTtk: 'Virtual-Machines-Should-Not-Be-Preview',
    severity: 'error',
    description: 'Use a generally available VM image: no preview offer, SKU or version in imageReference.',
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/template-test-cases',
    check(context) {
        for (const document of (0,template_documents/* templateDocuments */.H)(context)) {
            const root = document.root;
            if (!root)
                continue;
            for (const template of [root, ...inlineTemplates(root)]) {
                for (const resource of (0,template_model/* templateResources */.GM)(template)) {
                    if (!vms_not_preview_VM_TYPES.has(resource.type.toLowerCase()))
                        continue;
                    for (const storageProfile of storageProfiles(resource.node)) {
                        const preview = previewField(template, storageProfile) ?? (template !== root ? previewField(root, storageProfile) : undefined);
                        if (!preview)
                            continue;
                        const name = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(resource.node, 'name')) ?? '(unnamed)';
                        context.report(document, preview.node, `Virtual machine '${name}' uses a preview image (${preview.field}); use a generally available image.`);
                    }
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/second-half.js
















/** The arm-ttk deploymentTemplate tests from Outputs-Must-Not-Contain-Secrets to VM-Size-Should-Be-A-Parameter. */
const templateRulesSecondHalf = [
    outputsNoSecretsRule,
    parameterTypesConsistentRule,
    parametersReferencedRule,
    passwordParamsSecureRule,
    noProvidersApiVersionsRule,
    resourceIdsWellFormedRule,
    resourcesHaveLocationRule,
    resourcesNotAmbiguousRule,
    secureParamsNestedDeploymentsRule,
    secureStringNoDefaultRule,
    no_blanks_noBlanksRule,
    urisProperlyConstructedRule,
    variablesReferencedRule,
    vmsNotPreviewRule,
    vmImagesLatestRule,
    vmSizeParameterRule,
];

;// CONCATENATED MODULE: ./lib/shared/validate/rules/template/index.js


const templateRules = [...templateRulesFirstHalf, ...templateRulesSecondHalf];

;// CONCATENATED MODULE: ./lib/shared/validate/rules/view/shape.js

/** What each view kind needs inside `properties`, per the view definition documentation. */
const VIEW_KINDS = {
    Overview: { required: [], needsProperties: false },
    Metrics: { required: ['charts[]'], needsProperties: true },
    CustomResources: { required: ['displayName', 'resourceType'], needsProperties: true },
    Associations: { required: ['displayName', 'targetResourceType'], needsProperties: true },
};
const CHART_TYPES = ['Bar', 'Line', 'Area', 'Scatter'];
const AGGREGATION_TYPES = ['none', 'sum', 'min', 'max', 'avg', 'unique', 'percentile', 'count'];
const CONTENT_VERSION = /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/;
/**
 * Reports each of `names` missing from `object`. A name ending in `[]` must be an array; any
 * other must be a non-empty string.
 */
function requireProperties(report, object, names, what) {
    for (const entry of names) {
        const isArray = entry.endsWith('[]');
        const name = isArray ? entry.slice(0, -2) : entry;
        const value = (0,json_nav/* prop */._w)(object, name);
        if (!value)
            report(object, `${what} has no '${name}'; add it.`);
        else if (isArray && value.type !== 'array')
            report(value, `'${name}' of ${what} must be an array.`);
        else if (!isArray && (value.type !== 'string' || (0,json_nav/* stringOf */.Je)(value).trim() === ''))
            report(value, `'${name}' of ${what} must be a non-empty string.`);
    }
}
/** Checks an optional string property against allowed values (case-insensitive, as the portal compares them). */
function checkEnum(report, object, name, allowed, what) {
    const value = (0,json_nav/* prop */._w)(object, name);
    if (!value)
        return;
    const text = (0,json_nav/* stringOf */.Je)(value);
    if (text === undefined)
        return; // a wrong type is reported with the required properties
    if (!allowed.some((a) => a.toLowerCase() === text.toLowerCase())) {
        report(value, `'${name}' of ${what} must be one of ${allowed.join(', ')}.`);
    }
}
/** Returns the array at `name`, reporting it when present but not an array. */
function arrayProperty(report, object, name, what) {
    const value = (0,json_nav/* prop */._w)(object, name);
    if (value && value.type !== 'array') {
        report(value, `'${name}' of ${what} must be an array.`);
        return [];
    }
    return (0,json_nav/* elements */.Yt)(value);
}
/** Checks each object of an array; `path` names the array, e.g. `views[0].properties.commands`. */
function checkItems(report, items, path, check) {
    items.forEach((item, index) => {
        const itemPath = `${path}[${index}]`;
        if (item.type !== 'object')
            report(item, `${itemPath} must be an object.`);
        else
            check(item, itemPath);
    });
}
function checkView(report, view, path) {
    const kinds = Object.keys(VIEW_KINDS).join(', ');
    const kindNode = (0,json_nav/* prop */._w)(view, 'kind');
    const kind = (0,json_nav/* stringOf */.Je)(kindNode);
    if (kind === undefined) {
        report(kindNode ?? view, `${path} needs a 'kind': one of ${kinds}.`);
        return;
    }
    const spec = VIEW_KINDS[kind];
    if (!spec) {
        const closest = Object.keys(VIEW_KINDS).find((k) => k.toLowerCase() === kind.toLowerCase());
        const hint = closest ? ` Write it as '${closest}' (the kind is case-sensitive).` : '';
        report(kindNode, `${path} has kind '${kind}'; the portal knows only ${kinds}.${hint}`);
        return;
    }
    const properties = (0,json_nav/* prop */._w)(view, 'properties');
    const at = `${path}.properties`;
    if (!properties) {
        if (spec.needsProperties)
            report(view, `The ${kind} view ${path} has no 'properties'; add them with ${spec.required.map((r) => r.replace('[]', '')).join(', ')}.`);
        return;
    }
    if (properties.type !== 'object') {
        report(properties, `${at} must be an object.`);
        return;
    }
    requireProperties(report, properties, spec.required, `the ${kind} view ${path}`);
    checkItems(report, arrayProperty(report, properties, 'commands', at), `${at}.commands`, (command, p) => requireProperties(report, command, ['displayName', 'path'], p));
    checkItems(report, arrayProperty(report, properties, 'columns', at), `${at}.columns`, (column, p) => requireProperties(report, column, ['key', 'displayName'], p));
    checkItems(report, (0,json_nav/* elements */.Yt)((0,json_nav/* prop */._w)(properties, 'charts')), `${at}.charts`, (chart, chartPath) => {
        requireProperties(report, chart, ['displayName', 'metrics[]'], chartPath);
        checkEnum(report, chart, 'chartType', CHART_TYPES, chartPath);
        checkItems(report, (0,json_nav/* elements */.Yt)((0,json_nav/* prop */._w)(chart, 'metrics')), `${chartPath}.metrics`, (metric, p) => {
            requireProperties(report, metric, ['name', 'aggregationType', 'resourceType'], p);
            checkEnum(report, metric, 'aggregationType', AGGREGATION_TYPES, p);
        });
    });
}
function checkRoot(report, root) {
    const schema = (0,json_nav/* prop */._w)(root, '$schema');
    if (!schema)
        report(root, "viewDefinition.json has no '$schema'; add \"$schema\": \"https://schema.management.azure.com/schemas/viewdefinition/0.0.1-preview/ViewDefinition.json#\".");
    else if (!/viewdefinition/i.test((0,json_nav/* stringOf */.Je)(schema) ?? ''))
        report(schema, "'$schema' must point at the ViewDefinition.json schema.");
    const version = (0,json_nav/* prop */._w)(root, 'contentVersion');
    if (!version)
        report(root, "viewDefinition.json has no 'contentVersion'; add one such as \"1.0.0.0\".");
    else if (!CONTENT_VERSION.test((0,json_nav/* stringOf */.Je)(version) ?? ''))
        report(version, "'contentVersion' must be four numbers such as \"1.0.0.0\".");
}
/**
 * The shape of viewDefinition.json: `$schema`, `contentVersion` and a `views` array whose
 * items have a known kind (Overview, Metrics, CustomResources, Associations) with their
 * required properties, commands, columns, charts and metrics.
 */
const viewShapeRule = {
    id: 'view/shape',
    armTtk: null,
    severity: 'error',
    description: 'Give viewDefinition.json its $schema, contentVersion and a views array whose views have a known kind and their required properties.',
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/concepts-view-definition',
    check(context) {
        const document = context.viewDefinition;
        const root = document?.root;
        if (!document || !root)
            return;
        const report = (at, message) => context.report(document, at, message);
        if (root.type !== 'object') {
            report(root, 'viewDefinition.json must be a JSON object with a views array.');
            return;
        }
        checkRoot(report, root);
        const views = (0,json_nav/* prop */._w)(root, 'views');
        if (!views) {
            report(root, "viewDefinition.json has no 'views'; add an array of views.");
            return;
        }
        if (views.type !== 'array') {
            report(views, "'views' must be an array of views.");
            return;
        }
        checkItems(report, (0,json_nav/* elements */.Yt)(views), 'views', (view, path) => checkView(report, view, path));
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/view/unique-views.js

/** What must not repeat across views, per the view definition documentation. */
const UNIQUE_KEYS = {
    // One Overview replaces the managed application's overview page; a second has nowhere to go.
    Overview: [],
    // Each CustomResources view stands for one custom resource type and needs its own title.
    CustomResources: ['resourceType', 'displayName'],
    Associations: ['displayName'],
};
/**
 * Views that collide: a second Overview, two CustomResources views for the same resource type
 * or with the same title, two Associations views with the same title.
 */
const viewUniqueViewsRule = {
    id: 'view/unique-views',
    armTtk: null,
    severity: 'error',
    description: 'Define at most one Overview view, and give each CustomResources and Associations view its own title (and resource type).',
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/concepts-view-definition',
    check(context) {
        const document = context.viewDefinition;
        if (!document)
            return;
        const seen = new Map();
        for (const view of (0,json_nav/* elements */.Yt)((0,json_nav/* prop */._w)(document.root, 'views'))) {
            const kind = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(view, 'kind'));
            if (kind === undefined || !(kind in UNIQUE_KEYS))
                continue;
            if (kind === 'Overview') {
                if (seen.has('Overview'))
                    context.report(document, view, 'viewDefinition.json has more than one Overview view; keep one.');
                else
                    seen.set('Overview', view);
                continue;
            }
            for (const key of UNIQUE_KEYS[kind]) {
                const node = (0,json_nav/* prop */._w)((0,json_nav/* prop */._w)(view, 'properties'), key);
                const value = (0,json_nav/* stringOf */.Je)(node);
                if (value === undefined)
                    continue;
                const id = `${kind}\u0000${key}\u0000${value.toLowerCase()}`;
                if (seen.has(id)) {
                    context.report(document, node, `Another ${kind} view already has ${key} '${value}'; each ${kind} view needs its own ${key}.`);
                }
                else {
                    seen.set(id, node);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/shared/validate/rules/view/index.js


const viewRules = [viewShapeRule, viewUniqueViewsRule];

;// CONCATENATED MODULE: ./lib/shared/validate/rules/index.js






/** Every validation rule, in catalogue order. */
const allRules = [...packageRules, ...templateRules, ...createUiDefinitionRules, ...viewRules, ...dataFactoryRules, ...graphDataConnectRules];


/***/ }),

/***/ 6154:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ MAIN_TEMPLATE),
/* harmony export */   QP: () => (/* binding */ VIEW_DEFINITION),
/* harmony export */   jn: () => (/* binding */ checkZipName),
/* harmony export */   qK: () => (/* binding */ CREATE_UI_DEFINITION),
/* harmony export */   x5: () => (/* binding */ locate),
/* harmony export */   yS: () => (/* binding */ folderOf)
/* harmony export */ });
const MAIN_TEMPLATE = { name: 'mainTemplate.json', aliases: ['azuredeploy.json'] };
const CREATE_UI_DEFINITION = { name: 'createUiDefinition.json', aliases: [] };
const VIEW_DEFINITION = { name: 'viewDefinition.json', aliases: [] };
function baseName(file) {
    return file.path.slice(file.path.lastIndexOf('/') + 1).toLowerCase();
}
function matches(file, required) {
    const base = baseName(file);
    return base === required.name.toLowerCase() || required.aliases.includes(base);
}
/** Where a required file is: at the root (any case or alias), only in a subfolder, or nowhere. */
function locate(files, required) {
    const candidates = files.filter((f) => matches(f, required));
    const atRoot = candidates.filter((f) => !f.path.includes('/'));
    // Prefer the exact name, then the canonical name in any case, then an alias.
    const root = atRoot.find((f) => f.path === required.name) ??
        atRoot.find((f) => f.path.toLowerCase() === required.name.toLowerCase()) ??
        atRoot[0];
    return root ? { root } : { nested: candidates[0] };
}
/** The folder part of a unit path, e.g. `app` for `app/mainTemplate.json`. */
function folderOf(file) {
    return file.path.slice(0, file.path.lastIndexOf('/'));
}
/**
 * Reports a required file of a built package (.zip) that is misnamed (other case, alias) or
 * sits in a subfolder, where the service will not find it. A missing file is `package/required-files`.
 */
function checkZipName(context, required) {
    if (context.unit.kind !== 'zip')
        return;
    const { root, nested } = locate(context.unit.files, required);
    if (root && root.path !== required.name) {
        context.reportAt(root.display, 1, 1, `The package names this file '${root.path}'; the service reads only '${required.name}' (the name is case-sensitive). Rename it to ${required.name}.`);
    }
    else if (!root && nested) {
        context.reportAt(nested.display, 1, 1, `${required.name} must sit at the root of the zip, not in '${folderOf(nested)}/'. Zip the contents of the app folder, not the folder itself.`);
    }
}


/***/ }),

/***/ 2984:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ PACKAGE_LIMIT_BYTES),
/* harmony export */   _: () => (/* binding */ sizeLimitRule)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);

/** The service catalog's limit on a managed application definition package (.zip). */
const PACKAGE_LIMIT_BYTES = 120 * 1024 * 1024;
/** Local header, central directory record and their two copies of the name, per zip entry. */
const ZIP_ENTRY_OVERHEAD = 30 + 46;
function megabytes(bytes) {
    return (bytes / (1024 * 1024)).toFixed(1);
}
/**
 * What a zip of the folder would weigh: each file deflated as a zip tool would, plus headers.
 * Computed only when the files add up to more than the limit, so the common case costs nothing.
 */
function estimateZippedBytes(unit) {
    let total = 22;
    for (const file of unit.files) {
        let compressed = file.size;
        try {
            compressed = Math.min(file.size, (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.deflateRawSync)(file.read()).length);
        }
        catch {
            // Unreadable: count it at full size.
        }
        total += compressed + ZIP_ENTRY_OVERHEAD + 2 * Buffer.byteLength(file.path);
    }
    return total;
}
/**
 * A package over 120 MB cannot go to the service catalog (it needs "bring your own storage").
 * For a zip the file size counts; for an app folder, the size its zip would have.
 */
const sizeLimitRule = {
    id: 'package/size-limit',
    armTtk: null,
    severity: 'error',
    description: 'Keep the package under 120 MB: move large binaries out of it (e.g. to a storage account the template downloads from).',
    helpUri: 'https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-bring-your-own-storage',
    check(context) {
        const { unit } = context;
        if (unit.kind === 'file' || unit.packageBytes <= PACKAGE_LIMIT_BYTES)
            return;
        const limit = megabytes(PACKAGE_LIMIT_BYTES);
        if (unit.kind === 'zip') {
            context.reportAt(unit.display, 1, 1, `The package is ${megabytes(unit.packageBytes)} MB; the service catalog accepts packages up to ${limit} MB. Move large files out of it, or publish with your own storage account.`);
            return;
        }
        const zipped = estimateZippedBytes(unit);
        if (zipped > PACKAGE_LIMIT_BYTES) {
            context.reportAt(unit.display, 1, 1, `The files of this app folder add up to ${megabytes(unit.packageBytes)} MB and would zip to about ${megabytes(zipped)} MB; the service catalog accepts packages up to ${limit} MB. Move large files out of the folder.`);
        }
    },
};


/***/ }),

/***/ 9716:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ selectRules)
/* harmony export */ });
/* harmony import */ var _commands_usage_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3240);
/* harmony import */ var _datafactory_closest_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6992);
/* harmony import */ var _tool_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3352);



function matches(rule, name) {
    const lowered = name.toLowerCase();
    return rule.id.toLowerCase() === lowered || rule.armTtk?.toLowerCase() === lowered;
}
/**
 * Narrows the rules by `--only` and `--skip`. Each name may be our rule id or the arm-ttk test
 * name, in any case, so teams coming from arm-ttk keep their `-Skip` lists. Unknown names are
 * a usage error rather than silently ignored, with the closest name when one is near.
 *
 * @param describe how the host names an input in messages (`input 'skip'`, `option --skip`)
 */
function selectRules(all, only, skip, describe) {
    for (const [input, names] of [['only', only], ['skip', skip]]) {
        const unknown = names.filter((name) => !all.some((rule) => matches(rule, name)));
        if (unknown.length > 0) {
            const known = all.flatMap((rule) => (rule.armTtk ? [rule.id, rule.armTtk] : [rule.id]));
            const named = unknown.map((name) => {
                const closest = (0,_datafactory_closest_name_js__WEBPACK_IMPORTED_MODULE_0__/* .closestName */ .N)(name, known);
                return closest ? `'${name}' (did you mean '${closest}'?)` : `'${name}'`;
            });
            throw new _commands_usage_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`Unknown rule in ${describe(input)}: ${named.join(', ')}. Use a rule id such as 'adf/reference-exists' or an arm-ttk test name; ${_tool_info_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_HOME */ .t}/blob/main/docs/rules.md and 'mapp rules' list them.`);
        }
    }
    return all.filter((rule) => (only.length === 0 || only.some((name) => matches(rule, name))) && !skip.some((name) => matches(rule, name)));
}


/***/ }),

/***/ 8980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectFindings: () => (/* binding */ collectFindings),
  validate: () => (/* binding */ validate_validate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/shared/commands/run-command.js + 1 modules
var run_command = __webpack_require__(8186);
// EXTERNAL MODULE: ./lib/shared/commands/validate.js
var validate = __webpack_require__(6396);
// EXTERNAL MODULE: ./lib/shared/files/write-file-atomic.js
var write_file_atomic = __webpack_require__(8787);
// EXTERNAL MODULE: ./lib/shared/host/describe-input.js
var describe_input = __webpack_require__(8038);
// EXTERNAL MODULE: ./lib/shared/report/markdown-report.js
var markdown_report = __webpack_require__(5218);
// EXTERNAL MODULE: ./lib/shared/report/render.js + 1 modules
var render = __webpack_require__(945);
// EXTERNAL MODULE: ./lib/shared/report/report-model.js
var report_model = __webpack_require__(8176);
// EXTERNAL MODULE: ./lib/shared/report/sarif-report.js
var sarif_report = __webpack_require__(8292);
// EXTERNAL MODULE: ./lib/shared/report/text-report.js
var text_report = __webpack_require__(4392);
// EXTERNAL MODULE: ./lib/shared/tool-info.js
var tool_info = __webpack_require__(3352);
// EXTERNAL MODULE: ./lib/shared/commands/usage-error.js
var usage_error = __webpack_require__(3240);
// EXTERNAL MODULE: ./lib/shared/validate/decode-text.js
var decode_text = __webpack_require__(7878);
// EXTERNAL MODULE: ./lib/shared/validate/json-document.js + 2 modules
var json_document = __webpack_require__(9564);
// EXTERNAL MODULE: ./lib/shared/validate/json-nav.js
var json_nav = __webpack_require__(1696);
// EXTERNAL MODULE: ./lib/shared/validate/load-unit.js
var load_unit = __webpack_require__(7637);
;// CONCATENATED MODULE: ./lib/shared/validate/baseline.js







/** Reports mapp reads a baseline from; a larger file is surely something else. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;
/**
 * Numbers standing alone in a message (counts, sizes, limits, dates), not those inside a name
 * (`Copy2`, `Lake_10`): a count that changes does not make a finding another one.
 */
const LOOSE_NUMBER = /(?<![\p{L}\p{N}_])\d+(?:[.,:]\d+)*(?![\p{L}\p{N}_])/gu;
function matchKey(ruleId, file, message) {
    return JSON.stringify([ruleId, file, message.replace(LOOSE_NUMBER, '#')]);
}
/**
 * Reads a report written by `mapp validate`: the JSON report (format json) or the SARIF one.
 * Anything else is a usage error that names the file, and the line and column where it stops
 * being such a report.
 *
 * @param input how the input is named in messages (`input 'baseline'`, `option --baseline`)
 */
function readBaseline(workingDirectory, given, input) {
    const absolute = external_node_path_.resolve(workingDirectory, given);
    const display = (0,load_unit/* displayPath */.Gt)(workingDirectory, absolute);
    const fix = `give the JSON or SARIF report of an earlier mapp validate as ${input}`;
    let bytes;
    try {
        const stats = (0,external_node_fs_.statSync)(absolute);
        if (stats.isDirectory())
            throw new usage_error/* UsageError */.e(`The baseline ${display} (${input}) is a folder; ${fix}.`);
        if (stats.size > MAX_BASELINE_BYTES) {
            throw new usage_error/* UsageError */.e(`The baseline ${display} (${input}) is ${(stats.size / (1024 * 1024)).toFixed(1)} MB; mapp reads a baseline up to ${MAX_BASELINE_BYTES / (1024 * 1024)} MB. ${fix[0].toUpperCase()}${fix.slice(1)}.`);
        }
        bytes = (0,external_node_fs_.readFileSync)(absolute);
    }
    catch (error) {
        if (error instanceof usage_error/* UsageError */.e)
            throw error;
        const code = error.code;
        if (code === 'ENOENT') {
            throw new usage_error/* UsageError */.e(`There is no baseline at ${display} (${input}, from ${workingDirectory}). Write it first with the JSON report of a run, or leave ${input} out.`);
        }
        throw new usage_error/* UsageError */.e(`The baseline ${display} (${input}) could not be read (${code ?? String(error)}); ${fix}.`);
    }
    const { text, encoding } = (0,decode_text/* decodeText */.g)(bytes);
    if (encoding === 'binary')
        throw new usage_error/* UsageError */.e(`The baseline ${display} (${input}) is not a text file; ${fix}.`);
    const document = new json_document/* JsonDocument */.q(display, text);
    const syntax = document.errors[0];
    if (syntax !== undefined || document.root === undefined) {
        const at = syntax ?? { line: 1, column: 1, message: 'empty file' };
        throw new usage_error/* UsageError */.e(`${display}:${at.line}:${at.column}: the baseline is not valid JSON (${at.message}); ${fix} (mapp's text and Markdown reports cannot serve).`);
    }
    return { file: display, entries: baselineEntries(document, fix) };
}
/** The rule, file and message of each finding a report lists, from mapp's JSON or SARIF shape. */
function baselineEntries(document, fix) {
    const root = document.root;
    const wrong = (node, what) => {
        const at = document.positionOf(node ?? root);
        throw new usage_error/* UsageError */.e(`${document.file}:${at.line}:${at.column}: ${what}; ${fix}.`);
    };
    const findings = (0,json_nav/* prop */._w)(root, 'findings');
    if (root.type === 'object' && findings !== undefined) {
        if (findings.type !== 'array')
            wrong(findings, "'findings' is not an array");
        return (0,json_nav/* elements */.Yt)(findings).map((finding) => {
            const ruleId = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(finding, 'ruleId'));
            const file = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(finding, 'file'));
            const message = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(finding, 'message'));
            const absent = Object.entries({ ruleId, file, message }).filter(([, value]) => value === undefined).map(([key]) => key);
            if (absent.length > 0)
                wrong(finding, `this finding has no string ${absent.join(' or ')}`);
            return { ruleId: ruleId, file: file, message: message, line: lineOf((0,json_nav/* prop */._w)(finding, 'line')) };
        });
    }
    const runs = (0,json_nav/* prop */._w)(root, 'runs');
    if (root.type === 'object' && runs !== undefined) {
        if (runs.type !== 'array')
            wrong(runs, "'runs' is not an array");
        // A SARIF file may merge several tools' runs: only mapp's findings are mapp's to match.
        const ours = (0,json_nav/* elements */.Yt)(runs).filter((run) => (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)((0,json_nav/* prop */._w)((0,json_nav/* prop */._w)(run, 'tool'), 'driver'), 'name'))?.toLowerCase() === 'mapp');
        if (ours.length === 0)
            wrong(runs, 'this SARIF report holds no run of mapp (tool.driver.name)');
        return ours.flatMap((run) => {
            const results = (0,json_nav/* prop */._w)(run, 'results');
            if (results === undefined)
                return [];
            if (results.type !== 'array')
                wrong(results, "'results' is not an array");
            // A result marked absent was in an earlier baseline and is no finding of that run.
            return (0,json_nav/* elements */.Yt)(results)
                .filter((result) => (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(result, 'baselineState')) !== 'absent')
                .map((result) => {
                const ruleId = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)(result, 'ruleId'));
                const message = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)((0,json_nav/* prop */._w)(result, 'message'), 'text'));
                const location = (0,json_nav/* prop */._w)((0,json_nav/* elements */.Yt)((0,json_nav/* prop */._w)(result, 'locations'))[0], 'physicalLocation');
                const uri = (0,json_nav/* stringOf */.Je)((0,json_nav/* prop */._w)((0,json_nav/* prop */._w)(location, 'artifactLocation'), 'uri'));
                const absent = Object.entries({ ruleId, 'message.text': message, 'locations[0].physicalLocation.artifactLocation.uri': uri }).filter(([, value]) => value === undefined).map(([key]) => key);
                if (absent.length > 0)
                    wrong(result, `this result has no string ${absent.join(' or ')}`);
                return { ruleId: ruleId, file: fileOfUri(uri), message: message, line: lineOf((0,json_nav/* prop */._w)((0,json_nav/* prop */._w)(location, 'region'), 'startLine')) };
            });
        });
    }
    return wrong(root, "it holds neither 'findings' (mapp's JSON report) nor 'runs' (a SARIF report)");
}
function lineOf(node) {
    return node?.type === 'number' && Number.isInteger(node.value) ? node.value : undefined;
}
/** A SARIF report's relative uri back to the display path it was written from (each segment was percent-encoded). */
function fileOfUri(uri) {
    return uri
        .replace(/^(\.\/)+/, '')
        .split('/')
        .map((segment) => {
        try {
            return decodeURIComponent(segment);
        }
        catch {
            return segment;
        }
    })
        .join('/');
}
/** Whether an entry's file is under one of the paths validated. */
function underUnits(entry, scope) {
    return scope.units.some((unit) => unit === '.' || entry.file === unit || entry.file.startsWith(`${unit}/`));
}
/**
 * Which findings a baseline lists. Each entry matches one finding at most; where a rule reports
 * the same message more than once in a file, each entry goes to the finding nearest its line.
 */
function compareWithBaseline(findings, baseline, scope) {
    const findingsByKey = new Map();
    for (const finding of findings) {
        const key = matchKey(finding.ruleId, finding.file, finding.message);
        const group = findingsByKey.get(key);
        if (group)
            group.push(finding);
        else
            findingsByKey.set(key, [finding]);
    }
    const known = new Set();
    let gone = 0;
    let missing = 0;
    let unchecked = 0;
    // Entries whose rule ran, and of those the ones for files this run could not have checked.
    let ran = 0;
    let elsewhere = 0;
    for (const entry of baseline.entries) {
        if (!scope.ruleIds.has(entry.ruleId)) {
            unchecked++;
            continue;
        }
        ran++;
        if (!underUnits(entry, scope)) {
            unchecked++;
            elsewhere++;
            continue;
        }
        const match = nearest(findingsByKey.get(matchKey(entry.ruleId, entry.file, entry.message)), entry.line, known);
        if (match !== undefined)
            known.add(match);
        else if (scope.fileExists?.(entry.file) === false) {
            missing++;
            elsewhere++;
        }
        else if (scope.partial?.has(entry.file))
            unchecked++;
        else
            gone++;
    }
    const misplaced = known.size === 0 && ran > 0 && elsewhere === ran;
    return { file: baseline.file, known, gone, missing, unchecked, entries: baseline.entries.length, misplaced, rewritten: scope.rewritten === true };
}
/** The finding of a group not matched yet that lies nearest a line (the first, without one). */
function nearest(group, line, taken) {
    let best;
    for (const finding of group ?? []) {
        if (taken.has(finding))
            continue;
        if (best === undefined)
            best = finding;
        if (line === undefined)
            break;
        if (Math.abs(finding.line - line) < Math.abs(best.line - line))
            best = finding;
    }
    return best;
}

// EXTERNAL MODULE: ./lib/shared/validate/finding.js
var finding = __webpack_require__(6449);
// EXTERNAL MODULE: ./lib/shared/validate/finding-outcome.js
var finding_outcome = __webpack_require__(7020);
// EXTERNAL MODULE: ./lib/shared/validate/load-zip.js
var load_zip = __webpack_require__(5768);
// EXTERNAL MODULE: ./lib/shared/validate/rules/index.js + 144 modules
var validate_rules = __webpack_require__(5268);
;// CONCATENATED MODULE: ./lib/shared/validate/run-rules.js

/** Id of the finding raised when a rule itself throws: a bug in mapp, never in the user's files. */
const RULE_CRASHED_ID = 'mapp/rule-crashed';
function parsed(json) {
    return json && json.document.root && json.document.errors.length === 0 ? json.document : undefined;
}
/** Ids of the rules for deployment templates people write, which a generated one is not held to. */
const TEMPLATE_RULES = 'template/';
/** Runs the rules over one unit and returns its findings, sorted by file and position. */
function runRules(unit, rules, options = {}) {
    const findings = [];
    const jsonFiles = [unit.template, unit.createUiDefinition, unit.viewDefinition, ...unit.otherJson].filter((json) => json !== undefined && parsed(json) !== undefined);
    for (const rule of rules) {
        if (unit.publishedFactory && rule.id.startsWith(TEMPLATE_RULES))
            continue;
        const base = { ruleId: rule.id, armTtk: rule.armTtk, severity: rule.severity };
        const context = {
            unit,
            template: parsed(unit.template),
            createUiDefinition: parsed(unit.createUiDefinition),
            viewDefinition: parsed(unit.viewDefinition),
            jsonFiles,
            now: options.now,
            report(document, at, message) {
                findings.push({ ...base, message, file: document.file, ...document.positionOf(at) });
            },
            reportAt(file, line, column, message) {
                findings.push({ ...base, message, file, line, column });
            },
        };
        try {
            rule.check(context);
        }
        catch (error) {
            findings.push({
                ruleId: RULE_CRASHED_ID,
                armTtk: null,
                severity: 'error',
                message: `Rule ${rule.id} could not check this package (${error instanceof Error ? error.message : String(error)}). This is a bug in mapp: please report it with the file.`,
                file: unit.display,
                line: 1,
                column: 1,
            });
        }
    }
    return findings.sort(finding/* compareFindings */.E);
}

// EXTERNAL MODULE: ./lib/shared/validate/select-rules.js
var select_rules = __webpack_require__(9716);
;// CONCATENATED MODULE: ./lib/shared/validate/validate.js




















/** Rows of the findings table kept in a job summary (GitHub caps a summary at 1 MiB). */
const SUMMARY_ROWS = 200;
/**
 * Validates each path as its own unit with the selected rules; pure apart from reading files.
 * `seen` is told each unit as it is loaded (units are checked one at a time, not kept).
 */
function collectFindings(workingDirectory, paths, rules, seen) {
    const findings = [];
    for (const given of paths) {
        const unit = (0,load_unit/* loadUnit */.LM)(workingDirectory, given, load_zip/* loadZip */.i0);
        seen?.(unit);
        findings.push(...runRules(unit, rules));
    }
    return findings.sort(finding/* compareFindings */.E);
}
/** Whether a finding's file is there: on disk, or an entry of a zip validated (which is not searched). */
function fileExists(workingDirectory, zips, file) {
    if (zips.some((zip) => file === zip || file.startsWith(`${zip}/`)))
        return true;
    return (0,external_node_fs_.existsSync)(external_node_path_.resolve(workingDirectory, file));
}
/**
 * Says which files given on their own belong to a factory's Git integration: checked alone,
 * their references to the rest of the factory cannot be resolved, and nothing else says so.
 * Not when the factory's folder is given too.
 */
function noteLoneFactoryFiles(host, units) {
    const given = new Set(units.map((unit) => unit.display));
    const byFactory = new Map();
    for (const { display, factoryFolder: folder } of units) {
        if (folder !== undefined && !given.has(folder))
            byFactory.set(folder, [...(byFactory.get(folder) ?? []), display]);
    }
    for (const [folder, files] of byFactory) {
        const where = folder === '.' ? 'the working directory' : folder;
        const what = files.length === 1 ? `${files[0]} is checked on its own, so its references` : `${files.length} files of the factory in ${where} are checked on their own, so their references`;
        host.log.info(`${what} to the rest of the factory are not resolved; give the factory's folder (${where}) to check them too.`);
    }
}
/** Says which templates were checked as Data Factory's publish output, without the template rules. */
function notePublishedFactories(host, units) {
    for (const { display } of units.filter((unit) => unit.publishedFactory)) {
        host.log.info(`${display} is Data Factory's publish output: checked with the Data Factory and Graph Data Connect rules, not the template rules, which judge templates you write (such as an app's mainTemplate.json) and not what the service generates.`);
    }
}
/**
 * The validate use case: runs the rules, writes the report, annotates every finding, appends
 * the job summary and sets the outputs. Fails (exit 1) when a finding reaches `fail-on`. With a
 * baseline, the findings it lists stay in the JSON and SARIF reports but are neither shown,
 * annotated, counted in the outputs nor failed on.
 */
async function validate_validate(host, settings) {
    const rules = (0,select_rules/* selectRules */.u)(validate_rules/* allRules */.V, settings.only, settings.skip, (input) => (0,describe_input/* describeInput */.e)(host, input));
    const paths = settings.path.length > 0 ? settings.path : ['.'];
    // Read before the rules run, so a wrong baseline fails at once.
    const baseline = settings.baseline ? readBaseline(host.workingDirectory, settings.baseline, (0,describe_input/* describeInput */.e)(host, 'baseline')) : undefined;
    const units = [];
    const all = collectFindings(host.workingDirectory, paths, rules, (unit) => units.push({
        display: unit.display,
        kind: unit.kind,
        factoryFolder: unit.dataFactory?.placed?.factoryFolder,
        lone: unit.kind === 'file' && unit.dataFactory !== undefined,
        publishedFactory: unit.publishedFactory === true,
    }));
    // A report on standard output in any format but text (JSON, SARIF, a Markdown page redirected
    // to a file) must be all that is written there.
    if (settings.output || settings.format === 'text') {
        noteLoneFactoryFiles(host, units);
        notePublishedFactories(host, units);
    }
    const zips = units.filter((unit) => unit.kind === 'zip').map((unit) => unit.display);
    const scope = {
        units: units.map((unit) => unit.display),
        ruleIds: new Set(rules.map((rule) => rule.id)),
        fileExists: (file) => fileExists(host.workingDirectory, zips, file),
        partial: new Set(units.filter((unit) => unit.lone).map((unit) => unit.display)),
        rewritten: settings.baseline !== undefined && settings.output !== undefined && external_node_path_.resolve(host.workingDirectory, settings.output) === external_node_path_.resolve(host.workingDirectory, settings.baseline),
    };
    const report = { findings: all, rules, units: paths, toolVersion: tool_info/* TOOL_VERSION */.w, ...(baseline ? { baseline: compareWithBaseline(all, baseline, scope) } : {}) };
    const findings = (0,report_model/* newFindings */.FN)(report);
    const rendered = (0,render/* renderReport */.B)(report, settings.format);
    if (settings.output) {
        (0,write_file_atomic/* writeFileAtomic */.Z)(external_node_path_.resolve(host.workingDirectory, settings.output), rendered, `${settings.format} report`);
        host.log.info(`Wrote the ${settings.format} report to ${settings.output}. ${(0,text_report/* countLine */.Q)(report)}`);
    }
    else {
        host.log.info(rendered.trimEnd());
    }
    let sarifFile;
    if (settings['sarif-file']) {
        sarifFile = settings['sarif-file'];
        (0,write_file_atomic/* writeFileAtomic */.Z)(external_node_path_.resolve(host.workingDirectory, sarifFile), (0,sarif_report/* renderSarif */.W)(report), 'SARIF report');
    }
    else if (settings.output && settings.format === 'sarif') {
        sarifFile = settings.output;
    }
    (0,finding_outcome/* annotateFindings */.d)(host, findings);
    host.summary.append((0,markdown_report/* renderMarkdown */.G)(report, SUMMARY_ROWS));
    const counts = (0,report_model/* countBySeverity */.Ot)(findings);
    (0,run_command/* setOutputs */.n)(host, validate/* validateCommand */.M, { errors: counts.error, warnings: counts.warning, notes: counts.note, known: report.baseline?.known.size ?? 0, 'sarif-file': sarifFile });
    const failOn = settings['fail-on'];
    if ((0,finding_outcome/* reachesFailOn */.n)(findings, failOn))
        return { exitCode: 1, message: `Validation found ${(0,report_model/* describeCounts */.wv)(counts)}${baseline ? ' not in the baseline' : ''} (failing on ${failOn}).` };
    return { exitCode: 0 };
}


/***/ })

};
