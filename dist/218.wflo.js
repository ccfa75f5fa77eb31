"use strict";
exports.id = 218;
exports.ids = [218];
exports.modules = {

/***/ 60218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33175);
/* harmony import */ var _wiring_exit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11772);


// The post phase only removes containers, so it loads neither the engine nor the API clients.
void ((0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .isPost */ .t)()
    ? Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(40), __webpack_require__.e(198), __webpack_require__.e(718)]).then(__webpack_require__.bind(__webpack_require__, 27718)).then(({ runPost }) => runPost())
    : Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(40), __webpack_require__.e(110), __webpack_require__.e(193), __webpack_require__.e(167), __webpack_require__.e(198), __webpack_require__.e(440), __webpack_require__.e(265), __webpack_require__.e(675)]).then(__webpack_require__.bind(__webpack_require__, 83675)).then(({ runMain }) => runMain())).then(() => (0,_wiring_exit_js__WEBPACK_IMPORTED_MODULE_1__/* .exitWhenIdleOrSoon */ .x)());


/***/ }),

/***/ 33175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ STATE),
/* harmony export */   t: () => (/* binding */ isPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
// What main hands to post through the runner's state file (GITHUB_STATE → STATE_<name>).

const STATE = {
    isPost: 'isPost',
    runId: 'run-id',
    tempDir: 'temp-dir',
    /** 'true' when the workflow has steps that start containers, so post must look for them. */
    usesContainers: 'uses-containers',
};
function isPost() {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(STATE.isPost) === 'true';
}


/***/ }),

/***/ 11772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ exitWhenIdleOrSoon)
/* harmony export */ });
/* unused harmony export EXIT_GRACE_MS */
// Both edges end when their work is done. Node exits once nothing is pending; a handle that
// should not be there (a socket to an engine that stopped answering, a library's timer)
// would keep the process, and the job, alive for good. So the process leaves on its own
// when idle, and at the latest after a short grace that lets piped output drain.
/** How long a finished edge waits for pending output before it exits anyway. */
const EXIT_GRACE_MS = 2_000;
function exitWhenIdleOrSoon(code) {
    if (code !== undefined)
        process.exitCode = code;
    // Unref'd: it never keeps the process alive itself, it only ends one that something else would.
    setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}


/***/ })

};
;