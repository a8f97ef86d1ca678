"use strict";
exports.id = 303;
exports.ids = [303];
exports.modules = {

/***/ 3303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LA: () => (/* binding */ ruleDocLink),
/* harmony export */   ruleDocsOf: () => (/* binding */ ruleDocsOf)
/* harmony export */ });
/* unused harmony exports REPOSITORY_URL, VERSION_DOCS_URL */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(311);
/**
 * Where a rule's documentation is, for Markdown and SARIF that leave this repository (job summary, pull
 * request comment, check run, `--format markdown`, SARIF `helpUri`): always an absolute URL, or nothing.
 *
 * - Built-in rules (IDs `AZMP-…`, a prefix custom rules may not use) link to their section of docs/rules.md
 *   of the running version: `docsUrl` when the caller knows it (the action: GITHUB_SERVER_URL,
 *   GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF, see src/github/context.ts), else the package's
 *   repository at the release tag of this version (the CLI).
 * - Custom rules link to the first http(s) `related_resources` entry of their METADATA, or to nothing: our
 *   docs/rules.md has no section for them.
 */

/** package.json `repository` (a test keeps them equal). */
const REPOSITORY_URL = 'https://github.com/vm-image-policy/vm-image-policy';
/** docs/rules.md of this version: releases are tagged vX.Y.Z (scripts/release.sh). */
const VERSION_DOCS_URL = `${REPOSITORY_URL}/blob/v${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x}/docs/rules.md`;
const absolute = (u) => !!u && /^https?:\/\/[^\s/]+/i.test(u);
/** The rule's documentation URL (absolute, encoded), or undefined when it has none. */
function ruleDocLink(rule, options = {}) {
    if (/^AZMP-/i.test(rule)) {
        const base = absolute(options.docsUrl) ? options.docsUrl : VERSION_DOCS_URL;
        return encode(`${base}#${rule.toLowerCase()}`);
    }
    const own = options.ruleDocs?.[rule];
    return absolute(own) ? encode(decodeSafe(own)) : undefined;
}
/** encodeURI, plus the parentheses, so the URL can stand in a Markdown link. */
const encode = (u) => encodeURI(u).replace(/\(/g, '%28').replace(/\)/g, '%29');
/** An already-encoded URL is not encoded twice. */
function decodeSafe(u) {
    try {
        return decodeURI(u);
    }
    catch {
        return u;
    }
}
/** `ruleDocs` for RuleDocOptions from rule metadata that carries `related_resources`. */
function ruleDocsOf(rules) {
    const out = {};
    for (const r of rules) {
        const url = r.related?.find(absolute);
        if (url && !/^AZMP-/i.test(r.id))
            out[r.id] = url;
    }
    return out;
}


/***/ })

};
;