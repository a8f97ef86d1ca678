export const id = 611;
export const ids = [611];
export const modules = {

/***/ 9717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony exports escapeHtml, markerKey */
/**
 * Escaping for text that comes from facts (file contents, build names, custom_data …) and is placed in
 * GitHub-flavoured Markdown: PR comments, check-run summaries, the job summary.
 *
 * The result renders as the literal text: no raw HTML (`<img>`, `<!-- -->` that could fake our comment
 * marker, `<details>`), no `@mentions` that would notify people, no `#123`/`GH-1` cross-references, no
 * Markdown emphasis or links, no broken tables (`|`, newlines), no control characters.
 */
const ZWJ = '\u200d';
/**
 * Characters GitHub's Markdown gives a meaning anywhere in a line; each is backslash-escaped (GFM allows it
 * for any ASCII punctuation). `#` also stops `#123` cross-references; `[`/`]` stop links and images.
 */
const MD_PUNCT = /[\\`*_[\]#~|]/g;
/**
 * Escapes text for inline Markdown (a table cell, a list item, a heading). Newlines become `<br>` (our own
 * tag, so a multi-line value keeps its shape without ending the table row).
 */
function escapeMarkdown(text) {
    const s = typeof text === 'string' ? text : text === undefined || text === null ? '' : String(text);
    return (s
        // Control characters other than newline and tab are dropped; CRLF and CR are newlines.
        .replace(/\r\n?/g, '\n')
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
        .replace(/\t/g, ' ')
        // HTML first: & < > become entities, so no tag, comment or entity survives.
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // Markdown punctuation, including | (tables) and ` (code spans).
        .replace(MD_PUNCT, c => `\\${c}`)
        // List markers and ordered-list numbers only count at the start of a line.
        .replace(/(^|\n)([-+])/g, '$1\\$2')
        .replace(/(^|\n)(\d+)([.)])/g, '$1$2\\$3')
        // @mention and team mention: a zero-width joiner after @ keeps the text but stops the link.
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
        // Bare URLs are autolinked by GitHub; breaking "://" keeps them as text.
        .replace(/:\/\//g, `:${ZWJ}//`)
        .replace(/\n/g, '<br>'));
}
/** Escapes text for a Markdown table cell; an empty value becomes a dash so the row keeps its columns. */
function escapeCell(text) {
    const s = escapeMarkdown(text);
    return s === '' ? '–' : s;
}
/**
 * Shows text as inline code. Inside a code span nothing is interpreted except the closing backticks and,
 * in a table, `|`; so fence with more backticks than the text contains, and escape `|` via its entity
 * (GitHub does not decode entities in code spans, so `|` there is replaced by a look-alike instead).
 */
function inlineCode(text) {
    const s = (typeof text === 'string' ? text : String(text ?? ''))
        .replace(/\r\n?|\n/g, ' ')
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '')
        .replace(/\|/g, '\u2758'); // ❘ light vertical bar
    if (s === '')
        return '–';
    let longest = 0;
    for (const m of s.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const fence = '`'.repeat(longest + 1);
    const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${s}${pad}${fence}`;
}
/** Escapes text for an HTML attribute value or element content inside our own HTML (e.g. `<summary>`). */
function escapeHtml(text) {
    return String(text ?? '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`);
}
/** A hidden-marker-safe key: letters, digits and `._/-`, at most 100 characters; anything else becomes `-`. */
function markerKey(key) {
    const k = (key ?? '')
        .trim()
        .replace(/[^A-Za-z0-9._/-]/g, '-')
        .slice(0, 100);
    return k === '' ? 'default' : k;
}
/**
 * Cuts Markdown to at most `max` UTF-16 code units without splitting a surrogate pair or an escape,
 * then appends `suffix` (which counts towards `max`).
 */
function truncate(text, max, suffix) {
    if (text.length <= max)
        return text;
    let cut = Math.max(0, max - suffix.length);
    // don't split a surrogate pair
    if (cut > 0 && /[\ud800-\udbff]/.test(text[cut - 1] ?? ''))
        cut--;
    let head = text.slice(0, cut);
    // don't leave half an entity or a dangling backslash
    head = head.replace(/&[a-z#0-9]*$/i, '').replace(/\\$/, '');
    return head + suffix;
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


/***/ }),

/***/ 9611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderSarif: () => (/* binding */ renderSarif)
});

// UNUSED EXPORTS: SARIF_SCHEMA

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9717);
// EXTERNAL MODULE: ./src/report/present.ts
var present = __webpack_require__(7421);
;// CONCATENATED MODULE: ./src/report/annotations.ts

/** Escapes the message part of a workflow command. */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a property value of a workflow command. */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One workflow command line. Property order is stable; undefined properties are left out. */
function workflowCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${command}${props ? ' ' + props : ''}::${escapeData(message)}`;
}
/** A `::warning::` line for something that went wrong around the report (e.g. the API gave up). */
function warningCommand(message) {
    return workflowCommand('warning', {}, message);
}
/** GitHub shows at most this many annotations of each level per step; the rest are dropped silently. */
const STEP_LIMIT = { error: 10, warning: 10, notice: 10 };
/** Workflow-command annotations for every failing or unknown finding, worst first, within the step limits. */
function renderAnnotations(report, options = {}) {
    const limits = { ...STEP_LIMIT, ...options.limits };
    const used = { error: 0, warning: 0, notice: 0 };
    const omitted = { error: 0, warning: 0, notice: 0 };
    const lines = [];
    const several = report.images.length > 1;
    for (const { image, finding: f, level } of worstFirst(report)) {
        if (!level)
            continue;
        if (used[level] >= limits[level]) {
            omitted[level]++;
            continue;
        }
        used[level]++;
        const loc = f.location;
        const file = loc?.file ? relativeTo(loc.file, options.workspace) : undefined;
        const props = {
            file,
            line: file ? loc?.line : undefined,
            endLine: file && loc?.line && loc.end_line && loc.end_line > loc.line ? loc.end_line : undefined,
            col: file && loc?.line && loc.column && (!loc.end_line || loc.end_line === loc.line)
                ? loc.column
                : undefined,
            title: `${f.rule} ${f.title}${several ? ` [${image.name}]` : ''}`
        };
        lines.push(workflowCommand(level, props, problemText(f)));
    }
    return { lines, omitted };
}
/** Makes an absolute path relative to the workspace (GitHub matches annotation files repo-relative). */
function relativeTo(file, workspace) {
    const f = file.replace(/\\/g, '/');
    if (!workspace)
        return f.replace(/^\.\//, '');
    const w = workspace.replace(/\\/g, '/').replace(/\/+$/, '');
    return (f.startsWith(w + '/') ? f.slice(w.length + 1) : f).replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for `github/codeql-action/upload-sarif`: one `reportingDescriptor` per rule (help text from
 * the rule's METADATA), one result per failing, unknown or waived finding, levels by severity, physical
 * locations with regions, and suppressions for waived findings.
 *
 * Text goes into SARIF `message.text` (plain) and `help.markdown` (Markdown): the latter is escaped like
 * every other Markdown we write, since code scanning renders it.
 */




const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = {
    error: 'error',
    warning: 'warning',
    notice: 'note'
};
/** Code scanning's `security-severity`-free ordering uses `problem.severity`. */
const PROBLEM_SEVERITY = {
    error: 'error',
    warning: 'warning',
    notice: 'recommendation'
};
function descriptor(meta, options) {
    const helpText = [
        (0,present/* unwrap */.oA)(meta.description),
        (0,present/* unwrap */.oA)(meta.remediation) && `Fix: ${(0,present/* unwrap */.oA)(meta.remediation)}`,
        meta.guide && `Guide: ${meta.guide}`
    ]
        .filter(Boolean)
        .join('\n\n');
    const helpMarkdown = [
        (0,markdown_escape/* escapeMarkdown */.FV)((0,present/* unwrap */.oA)(meta.description)),
        (0,present/* unwrap */.oA)(meta.remediation) && `**Fix:** ${(0,markdown_escape/* escapeMarkdown */.FV)((0,present/* unwrap */.oA)(meta.remediation))}`,
        meta.guide && `**Guide:** ${(0,markdown_escape/* escapeMarkdown */.FV)(meta.guide)}`
    ]
        .filter(Boolean)
        .join('\n\n');
    return {
        id: meta.id,
        name: meta.path
            .replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ''))
            .replace(/^./, c => c.toUpperCase()),
        shortDescription: { text: meta.title },
        fullDescription: { text: (0,present/* unwrap */.oA)(meta.description) || meta.title },
        help: { text: helpText || meta.title, markdown: helpMarkdown || (0,markdown_escape/* escapeMarkdown */.FV)(meta.title) },
        helpUri: options.docsUrl && /^https?:\/\//.test(options.docsUrl)
            ? encodeURI((0,present/* ruleDocUrl */.Cg)(meta.id, options.docsUrl))
            : undefined,
        defaultConfiguration: { level: LEVEL[meta.severity] },
        properties: {
            tags: ['azure-marketplace', 'vm-image', meta.area].filter(Boolean),
            precision: 'high',
            'problem.severity': PROBLEM_SEVERITY[meta.severity],
            guide: meta.guide,
            stage: meta.stage,
            facts: meta.facts
        }
    };
}
/** A descriptor for a finding whose rule is not in the metadata (e.g. a user's rule without METADATA). */
function metaFromFinding(f) {
    return {
        id: f.rule,
        path: f.path,
        title: f.title,
        description: f.title,
        severity: f.severity,
        guide: f.guide,
        remediation: f.remediation,
        stage: 'any',
        facts: [],
        area: f.area
    };
}
function sarif_location(f, image, options) {
    const loc = f.location;
    const file = loc?.file ?? options.defaultFile;
    if (!file) {
        return { message: { text: `${image.name}: ${loc?.source ?? 'no source location'}` } };
    }
    const uri = relativeTo(file, options.workspace);
    const physical = {
        artifactLocation: { uri: encodeURI(uri), ...(uri.startsWith('/') ? {} : { uriBaseId: '%SRCROOT%' }) }
    };
    const startLine = loc?.file && loc.line && loc.line > 0 ? loc.line : 1;
    physical.region = { startLine };
    if (loc?.file && loc.end_line && loc.end_line >= startLine)
        physical.region.endLine = loc.end_line;
    if (loc?.file && loc.column && loc.column > 0)
        physical.region.startColumn = loc.column;
    return {
        physicalLocation: physical,
        ...(loc?.detail ? { message: { text: loc.detail } } : {})
    };
}
function fingerprint(f, image) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`${f.rule}\u0000${image.name}\u0000${f.location?.file ?? ''}`)
        .digest('hex')
        .slice(0, 32);
}
function renderSarif(report, rules, options = {}) {
    const metas = new Map(rules.map(r => [r.id, r]));
    for (const img of report.images)
        for (const f of img.findings)
            if (!metas.has(f.rule))
                metas.set(f.rule, metaFromFinding(f));
    const ids = [...metas.keys()].sort();
    const index = new Map(ids.map((id, i) => [id, i]));
    const results = [];
    for (const image of report.images) {
        for (const f of image.findings) {
            const level = (0,present/* reportLevel */.dT)(f, report.mode);
            const waived = f.status === 'waived';
            if (!level && !waived)
                continue;
            const text = [
                report.images.length > 1 ? `[${image.name}] ${f.message.trim()}` : f.message.trim(),
                f.status === 'unknown' && f.missing?.length ? `Facts not gathered: ${f.missing.join(', ')}.` : '',
                f.remediation.trim() ? `Fix: ${(0,present/* unwrap */.oA)(f.remediation)}` : ''
            ]
                .filter(Boolean)
                .join(' ');
            const result = {
                ruleId: f.rule,
                ruleIndex: index.get(f.rule),
                level: LEVEL[level ?? f.severity],
                // kind stays "fail" (the default): any other kind would force level "none" (SARIF §3.27.9)
                message: { text },
                locations: [sarif_location(f, image, options)],
                partialFingerprints: { 'vmImagePolicy/v1': fingerprint(f, image) },
                properties: { image: image.name, status: f.status, path: f.path, guide: f.guide }
            };
            if (waived && f.waiver) {
                result.suppressions = [
                    {
                        kind: 'external',
                        status: 'accepted',
                        justification: `${f.waiver.reason} (expires ${f.waiver.expires}${f.waiver.ticket ? `, ${f.waiver.ticket}` : ''})`
                    }
                ];
            }
            else if (waived) {
                result.suppressions = [{ kind: 'external', status: 'accepted' }];
            }
            results.push(result);
        }
    }
    const run = {
        tool: {
            driver: {
                name: 'vm-image-policy',
                version: report.version,
                semanticVersion: /^\d+\.\d+\.\d+/.test(report.version) ? report.version : undefined,
                ...(options.informationUri ? { informationUri: options.informationUri } : {}),
                rules: ids.map(id => descriptor(metas.get(id), options))
            }
        },
        automationDetails: {
            id: `vm-image-policy/${options.category ? options.category.replace(/[^A-Za-z0-9._-]/g, '-') + '/' : ''}`
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        invocations: [
            {
                executionSuccessful: !(report.errors?.length ?? 0),
                endTimeUtc: report.generated_at,
                ...(report.errors?.length
                    ? {
                        toolExecutionNotifications: report.errors.map(e => ({
                            level: 'error',
                            message: { text: e }
                        }))
                    }
                    : {})
            }
        ],
        properties: { profile: report.profile, mode: report.mode },
        results
    };
    return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}


/***/ })

};
