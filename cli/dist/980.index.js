export const id = 980;
export const ids = [980];
export const modules = {

/***/ 38787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _commands_usage_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53240);



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

/***/ 5218:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38176);

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

/***/ 90945:
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
var sarif_report = __webpack_require__(98292);
// EXTERNAL MODULE: ./lib/shared/report/text-report.js
var text_report = __webpack_require__(44392);
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

/***/ 98292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ renderSarif)
/* harmony export */ });
/* harmony import */ var _tool_info_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33352);

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

/***/ 44392:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ countLine),
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38176);

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

/***/ 47020:
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

/***/ 99716:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ selectRules)
/* harmony export */ });
/* harmony import */ var _commands_usage_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53240);
/* harmony import */ var _datafactory_closest_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26992);
/* harmony import */ var _tool_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33352);



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

/***/ 38980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectFindings: () => (/* binding */ collectFindings),
  validate: () => (/* binding */ validate_validate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/shared/commands/run-command.js + 1 modules
var run_command = __webpack_require__(88186);
// EXTERNAL MODULE: ./lib/shared/commands/validate.js
var validate = __webpack_require__(16396);
// EXTERNAL MODULE: ./lib/shared/files/write-file-atomic.js
var write_file_atomic = __webpack_require__(38787);
// EXTERNAL MODULE: ./lib/shared/host/describe-input.js
var describe_input = __webpack_require__(38038);
// EXTERNAL MODULE: ./lib/shared/report/markdown-report.js
var markdown_report = __webpack_require__(5218);
// EXTERNAL MODULE: ./lib/shared/report/render.js + 1 modules
var render = __webpack_require__(90945);
// EXTERNAL MODULE: ./lib/shared/report/report-model.js
var report_model = __webpack_require__(38176);
// EXTERNAL MODULE: ./lib/shared/report/sarif-report.js
var sarif_report = __webpack_require__(98292);
// EXTERNAL MODULE: ./lib/shared/report/text-report.js
var text_report = __webpack_require__(44392);
// EXTERNAL MODULE: ./lib/shared/tool-info.js
var tool_info = __webpack_require__(33352);
// EXTERNAL MODULE: ./lib/shared/commands/usage-error.js
var usage_error = __webpack_require__(53240);
// EXTERNAL MODULE: ./lib/shared/validate/decode-text.js
var decode_text = __webpack_require__(97878);
// EXTERNAL MODULE: ./lib/shared/validate/json-document.js + 2 modules
var json_document = __webpack_require__(79564);
// EXTERNAL MODULE: ./lib/shared/validate/json-nav.js
var json_nav = __webpack_require__(31696);
// EXTERNAL MODULE: ./lib/shared/validate/load-unit.js
var load_unit = __webpack_require__(87637);
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
var finding_outcome = __webpack_require__(47020);
// EXTERNAL MODULE: ./lib/shared/validate/load-zip.js
var load_zip = __webpack_require__(25768);
// EXTERNAL MODULE: ./lib/shared/validate/rules/index.js + 145 modules
var validate_rules = __webpack_require__(13829);
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
var select_rules = __webpack_require__(99716);
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
    const rules = (0,select_rules/* selectRules */.u)(validate_rules.allRules, settings.only, settings.skip, (input) => (0,describe_input/* describeInput */.e)(host, input));
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
