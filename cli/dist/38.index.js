export const id = 38;
export const ids = [38,657];
export const modules = {

/***/ 38038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ describeInput)
/* harmony export */ });
/**
 * How this host names an input in messages: `input 'plan-id'` on GitHub, the task's own input
 * name on Azure DevOps, `--plan-id` on the CLI.
 */
function describeInput(host, name) {
    return host.azure?.describeInput(name) ?? `input '${name}'`;
}


/***/ })

};
