export const id = 998;
export const ids = [998];
export const modules = {

/***/ 2998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderJunit: () => (/* binding */ renderJunit)
/* harmony export */ });
/* unused harmony export xmlEscape */
/* harmony import */ var _present_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7421);

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
function renderJunit(report) {
    const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
    let tests = 0;
    let failures = 0;
    let errors = 0;
    let skipped = 0;
    const suites = [];
    for (const image of report.images) {
        const cases = [];
        let sf = 0;
        let se = 0;
        let ss = 0;
        for (const f of [...image.findings].sort((a, b) => a.rule.localeCompare(b.rule))) {
            const open = `    <testcase${attr('name', `${f.rule} ${f.title}`)}${attr('classname', `vm-image-policy.${image.name}.${f.area}`)}${attr('file', f.location?.file)}${attr('line', f.location?.file ? f.location.line : undefined)} time="0"`;
            const level = (0,_present_js__WEBPACK_IMPORTED_MODULE_0__/* .reportLevel */ .dT)(f, report.mode);
            if (f.status === 'fail') {
                sf++;
                cases.push(`${open}>\n      <failure${attr('message', f.message)}${attr('type', f.severity)}>${body(f)}</failure>\n    </testcase>`);
            }
            else if (f.status === 'unknown') {
                se++;
                cases.push(`${open}>\n      <error${attr('message', f.message)}${attr('type', `unknown (${level ?? 'warning'})`)}>${body(f)}</error>\n    </testcase>`);
            }
            else if (f.status === 'waived' || f.status === 'not_applicable') {
                ss++;
                const why = f.status === 'waived' && f.waiver
                    ? `waived until ${f.waiver.expires}: ${f.waiver.reason}`
                    : f.message || 'not applicable';
                cases.push(`${open}>\n      <skipped${attr('message', why)}/>\n    </testcase>`);
            }
            else {
                cases.push(`${open}/>`);
            }
        }
        tests += image.findings.length;
        failures += sf;
        errors += se;
        skipped += ss;
        suites.push(`  <testsuite${attr('name', image.name)}${attr('tests', image.findings.length)}${attr('failures', sf)}${attr('errors', se)}${attr('skipped', ss)} time="0"${attr('timestamp', report.generated_at.replace(/Z$/, ''))}>\n` +
            `    <properties>\n      <property${attr('name', 'source')}${attr('value', image.source)}/>\n      <property${attr('name', 'profile')}${attr('value', report.profile)}/>\n      <property${attr('name', 'mode')}${attr('value', report.mode)}/>\n    </properties>\n` +
            (cases.length ? cases.join('\n') + '\n' : '') +
            '  </testsuite>');
    }
    out.push(`<testsuites${attr('name', 'vm-image-policy')}${attr('tests', tests)}${attr('failures', failures)}${attr('errors', errors)}${attr('skipped', skipped)} time="0">`);
    out.push(...suites);
    out.push('</testsuites>', '');
    return out.join('\n');
}


/***/ }),

/***/ 7421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ ruleDocUrl),
/* harmony export */   DI: () => (/* binding */ isFailing),
/* harmony export */   Kk: () => (/* binding */ icon),
/* harmony export */   LE: () => (/* binding */ AREA_ORDER),
/* harmony export */   _P: () => (/* binding */ STATUS_LABEL),
/* harmony export */   dT: () => (/* binding */ reportLevel),
/* harmony export */   fN: () => (/* binding */ locationText),
/* harmony export */   md: () => (/* binding */ worstFirst),
/* harmony export */   o0: () => (/* binding */ areaTitle),
/* harmony export */   oA: () => (/* binding */ unwrap),
/* harmony export */   x7: () => (/* binding */ countByStatus)
/* harmony export */ });
/* unused harmony export problemText */
/**
 * The level a finding is reported at, or undefined when it is not a problem (pass, waived, n/a). An unknown
 * keeps its rule's severity in release mode (where unknowns fail) and is at most a warning in PR mode.
 */
function reportLevel(f, mode) {
    if (f.status === 'fail')
        return f.severity;
    if (f.status === 'unknown')
        return mode === 'release' || f.severity === 'notice' ? f.severity : 'warning';
    return undefined;
}
const SEVERITY_RANK = { notice: 1, warning: 2, error: 3 };
/**
 * Whether a finding makes the run fail under the report's fail-on level (default error); unknowns fail only
 * in release mode. The same rule as the pipeline's, for parts of a report (one image's check run).
 */
function isFailing(f, report) {
    const failOn = report.fail_on ?? 'error';
    if (failOn === 'never')
        return false;
    const atLevel = SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn];
    if (f.status === 'fail')
        return atLevel;
    if (f.status === 'unknown')
        return report.mode === 'release' && atLevel;
    return false;
}
const LEVEL_RANK = { error: 0, warning: 1, notice: 2 };
const STATUS_RANK = { fail: 0, unknown: 1, waived: 2, pass: 3, not_applicable: 4 };
/** Every finding of every image, worst first: level, then status, then rule ID, then image order. */
function worstFirst(report) {
    const all = [];
    report.images.forEach((image, i) => image.findings.forEach(finding => all.push({ image, finding, level: reportLevel(finding, report.mode), order: i })));
    return all
        .sort((a, b) => (a.level ? LEVEL_RANK[a.level] : 3) - (b.level ? LEVEL_RANK[b.level] : 3) ||
        STATUS_RANK[a.finding.status] - STATUS_RANK[b.finding.status] ||
        a.finding.rule.localeCompare(b.finding.rule) ||
        a.order - b.order)
        .map(({ image, finding, level }) => ({ image, finding, level }));
}
/** The icon of a finding in Markdown reports. */
function icon(f, mode) {
    switch (f.status) {
        case 'fail':
            return f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️';
        case 'unknown':
            return mode === 'release' ? '❓' : '❔';
        case 'waived':
            return '🔕';
        case 'pass':
            return '✅';
        case 'not_applicable':
            return '➖';
    }
}
const STATUS_LABEL = {
    fail: 'failed',
    unknown: 'unknown',
    waived: 'waived',
    pass: 'passed',
    not_applicable: 'not applicable'
};
/** `file:line` (or `file:line-end`) of a finding's location, the source when there is no file, or ''. */
function locationText(f) {
    const l = f.location;
    if (!l)
        return '';
    if (!l.file)
        return l.source;
    if (!l.line)
        return l.file;
    return l.end_line && l.end_line > l.line ? `${l.file}:${l.line}-${l.end_line}` : `${l.file}:${l.line}`;
}
/**
 * Rule prose from METADATA (remediation, description) is hard-wrapped YAML text: single newlines are soft
 * breaks. Joins them; keeps blank lines as paragraph breaks.
 */
function unwrap(s) {
    return s
        .trim()
        .split(/\r?\n[ \t]*\r?\n/)
        .map(p => p
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(Boolean)
        .join(' '))
        .filter(Boolean)
        .join('\n\n');
}
/** The finding's message with what is missing, for annotations and SARIF (plain text). */
function problemText(f) {
    const parts = [f.message.trim()];
    if (f.status === 'unknown' && f.missing?.length)
        parts.push(`Facts not gathered: ${f.missing.join(', ')}.`);
    if (f.waiver)
        parts.push(`Waived until ${f.waiver.expires}: ${f.waiver.reason}${f.waiver.ticket ? ` (${f.waiver.ticket})` : ''}.`);
    if (f.remediation.trim() && f.status !== 'pass')
        parts.push(`Fix: ${unwrap(f.remediation)}`);
    if (f.guide)
        parts.push(`Guide ${f.guide}.`);
    return parts.join('\n');
}
/** Link to a rule's documentation. `base` is the URL (or relative path) of docs/rules.md. */
function ruleDocUrl(rule, base = 'docs/rules.md') {
    return `${base}#${rule.toLowerCase()}`;
}
/** Counts by status over every image. */
function countByStatus(report) {
    const c = { fail: 0, unknown: 0, waived: 0, pass: 0, not_applicable: 0 };
    for (const img of report.images)
        for (const f of img.findings)
            c[f.status]++;
    return c;
}
/** Area names as headings: `disks` → `Disks`, `sku` → `Identity and SKU`. */
function areaTitle(area) {
    const known = {
        sku: 'Identity and SKU',
        disks: 'Disks and VHDs',
        linux: 'Linux',
        windows: 'Windows',
        registration: 'Registration',
        sas: 'SAS URIs',
        custom: 'Custom rules'
    };
    return known[area] ?? (area ? area[0].toUpperCase() + area.slice(1) : 'Other');
}
const AREA_ORDER = ['sku', 'disks', 'linux', 'windows', 'registration', 'sas', 'custom'];


/***/ })

};
