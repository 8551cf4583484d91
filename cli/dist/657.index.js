export const id = 657;
export const ids = [657,38];
export const modules = {

/***/ 38038:
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


/***/ })

};
