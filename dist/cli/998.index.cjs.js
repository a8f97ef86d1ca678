"use strict";
exports.id = 998;
exports.ids = [998];
exports.modules = {

/***/ 2998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderJunit: () => (/* binding */ renderJunit)
/* harmony export */ });
/* unused harmony export xmlEscape */
/* harmony import */ var _present_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7421);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3138);


/** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot carry. */
function xmlEscape(s) {
    return s
        .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(/\r/g, '&#13;');
}
function attr(name, value) {
    return value === undefined
        ? ''
        : ` ${name}="${xmlEscape(String(value)).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')}"`;
}
function body(f) {
    const lines = [f.message];
    const where = (0,_present_js__WEBPACK_IMPORTED_MODULE_0__/* .locationText */ .fN)(f);
    if (where)
        lines.push(`at ${where}`);
    if (f.missing?.length)
        lines.push(`facts not gathered: ${f.missing.join(', ')}`);
    if (f.remediation.trim())
        lines.push(`fix: ${(0,_present_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(f.remediation)}`);
    if (f.guide)
        lines.push(`guide: ${f.guide}`);
    return xmlEscape(lines.join('\n'));
}
/**
 * JUnit XML valid against the Jenkins xunit plugin's JUnit schema (junit-10.xsd): one test suite per image,
 * one test case per rule, in catalog order. The verdict (src/verdict.ts) decides the element: a finding that
 * fails the run is a <failure> (a rule that failed) or an <error> (an unknown that fails the run: the test
 * could not run); a finding that does not fail the run is never either. An unknown that only warns, a
 * waiver and a not-applicable rule are <skipped> with the reason; a failure below fail-on passes, with the
 * finding in <system-out>.
 */
function renderJunit(report) {
    const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
    let tests = 0;
    let failures = 0;
    let errors = 0;
    const suites = [];
    for (const image of report.images) {
        const cases = [];
        let sf = 0;
        let se = 0;
        let ss = 0;
        for (const f of [...image.findings].sort(_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .byRule */ .k2)) {
            const open = `    <testcase${attr('name', `${f.rule} ${f.title}`)}${attr('classname', `vm-image-policy.${image.name}.${f.area}`)} time="0"`;
            const v = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictOf */ .Vj)(f, report);
            const close = (inner) => `${open}>\n      ${inner}\n    </testcase>`;
            if (v.fails && f.status === 'fail') {
                sf++;
                cases.push(close(`<failure${attr('message', f.message)}${attr('type', f.severity)}>${body(f)}</failure>`));
            }
            else if (v.fails) {
                se++;
                cases.push(close(`<error${attr('message', f.message)}${attr('type', `unknown (${f.severity})`)}>${body(f)}</error>`));
            }
            else if (f.status === 'unknown' || f.status === 'waived' || f.status === 'not_applicable') {
                ss++;
                const why = f.status === 'waived' && f.waiver
                    ? `waived until ${f.waiver.expires}: ${f.waiver.reason}`
                    : f.status === 'unknown'
                        ? `not evaluated: ${f.missing?.length ? `facts not gathered (${f.missing.join(', ')})` : f.message}`
                        : f.message || 'not applicable';
                cases.push(close(`<skipped${attr('message', why)}${f.status === 'unknown' ? `>${body(f)}</skipped>` : '/>'}`));
            }
            else if (f.status === 'fail') {
                cases.push(close(`<system-out>${xmlEscape(`${f.severity} (below fail-on, does not fail the run): `)}${body(f)}</system-out>`));
            }
            else {
                cases.push(`${open}/>`);
            }
        }
        tests += image.findings.length;
        failures += sf;
        errors += se;
        suites.push(`  <testsuite${attr('name', image.name)}${attr('tests', image.findings.length)}${attr('failures', sf)}${attr('errors', se)}${attr('skipped', ss)} time="0"${attr('timestamp', report.generated_at.replace(/Z$/, ''))}>\n` +
            `    <properties>\n      <property${attr('name', 'source')}${attr('value', image.source)}/>\n      <property${attr('name', 'profile')}${attr('value', report.profile)}/>\n      <property${attr('name', 'mode')}${attr('value', report.mode)}/>\n    </properties>\n` +
            (cases.length ? cases.join('\n') + '\n' : '') +
            '  </testsuite>');
    }
    out.push(`<testsuites${attr('name', 'vm-image-policy')}${attr('tests', tests)}${attr('failures', failures)}${attr('errors', errors)} time="0">`);
    out.push(...suites);
    out.push('</testsuites>', '');
    return out.join('\n');
}


/***/ })

};
;