"use strict";
exports.id = 643;
exports.ids = [643,303];
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


/***/ }),

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
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
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
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
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

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSarif: () => (/* binding */ renderSarif)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA, MAX_SARIF_RESULTS */
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3303);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9717);
/* harmony import */ var _present_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7421);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3138);
/* harmony import */ var _where_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6201);
/**
 * SARIF 2.1.0 for `github/codeql-action/upload-sarif`, valid under Microsoft's SARIF validator with its
 * GitHub rule set: one `reportingDescriptor` per rule (help text from the rule's METADATA, security-severity
 * from its severity), one result per failing, unknown or waived finding with the level the verdict stamped
 * (src/verdict.ts: `error` exactly when it fails the run), and suppressions for waived findings.
 *
 * Every result has a physical location in the repository: the finding's own line when it is a repository
 * file (the template), else the file its facts came from (the probe output, the manifest). A path inside
 * the image (`/etc/resolv.conf`) is never an artifact location: it goes into the message and a logical
 * location. At most 25,000 results per run (GitHub's limit), worst first, with a note when capped.
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
/** GitHub code scanning accepts at most this many results per run. */
const MAX_SARIF_RESULTS = 25_000;
const DEFAULT_INFORMATION_URI = 'https://learn.microsoft.com/azure/marketplace/azure-vm-certification-faq';
/** GitHub's security-severity (0.0–10.0) from the rule's severity: high, medium, low. */
const SECURITY_SEVERITY = { error: '7.5', warning: '5.0', notice: '2.0' };
function descriptor(meta, options) {
    const helpText = [
        (0,_present_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrap */ .oA)(meta.description),
        (0,_present_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrap */ .oA)(meta.remediation) && `Fix: ${(0,_present_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrap */ .oA)(meta.remediation)}`,
        meta.guide && `Guide: ${meta.guide}`
    ]
        .filter(Boolean)
        .join('\n\n');
    const helpMarkdown = [
        (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)((0,_present_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrap */ .oA)(meta.description)),
        (0,_present_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrap */ .oA)(meta.remediation) && `**Fix:** ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)((0,_present_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrap */ .oA)(meta.remediation))}`,
        meta.guide && `**Guide:** ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(meta.guide)}`
    ]
        .filter(Boolean)
        .join('\n\n');
    return {
        id: meta.id,
        name: meta.path
            .replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ''))
            .replace(/^./, c => c.toUpperCase()),
        shortDescription: { text: meta.title },
        fullDescription: { text: (0,_present_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrap */ .oA)(meta.description) || meta.title },
        help: { text: helpText || meta.title, markdown: helpMarkdown || (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(meta.title) },
        helpUri: (0,_links_js__WEBPACK_IMPORTED_MODULE_5__/* .ruleDocLink */ .LA)(meta.id, { docsUrl: options.docsUrl, ruleDocs: (0,_links_js__WEBPACK_IMPORTED_MODULE_5__.ruleDocsOf)([meta]) }),
        defaultConfiguration: { level: LEVEL[meta.severity] },
        properties: {
            tags: ['security', 'azure-marketplace', 'vm-image', meta.area].filter(Boolean),
            precision: 'high',
            'problem.severity': PROBLEM_SEVERITY[meta.severity],
            'security-severity': SECURITY_SEVERITY[meta.severity],
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
function location(f, image, options) {
    const place = (0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .repoPlace */ .o9)(f, image, {
        workspace: options.workspace,
        fallbacks: [options.defaultFile, ...(options.fallbackFiles ?? [])]
    });
    const out = {};
    if (place) {
        const physical = {
            artifactLocation: { uri: encodeURI(place.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: place.line ?? 1 }
        };
        if (place.endLine)
            physical.region.endLine = place.endLine;
        if (place.column)
            physical.region.startColumn = place.column;
        out.physicalLocation = physical;
    }
    const inImage = (0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .imageLocationText */ .yb)(f.location);
    if (inImage)
        out.logicalLocations = [
            { name: inImage, fullyQualifiedName: `${image.name}:${inImage}`, kind: 'resource' }
        ];
    const detail = [inImage && `In the image ${image.name}: ${inImage}.`, f.location?.detail]
        .filter(Boolean)
        .join(' ');
    if (detail)
        out.message = { text: detail };
    return out;
}
function fingerprint(f, image) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
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
    const ids = [...metas.keys()].sort(_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .compareRules */ .Do);
    const index = new Map(ids.map((id, i) => [id, i]));
    const max = options.maxResults ?? MAX_SARIF_RESULTS;
    const results = [];
    let dropped = 0;
    for (const { image, finding: f } of (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .worstFirst */ .md)(report)) {
        const { level } = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictOf */ .Vj)(f, report);
        const waived = f.status === 'waived';
        if (!level && !waived)
            continue;
        if (results.length >= max) {
            dropped++;
            continue;
        }
        const inImage = (0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .isImageLocation */ .lq)(f.location) ? (0,_where_js__WEBPACK_IMPORTED_MODULE_3__/* .imageLocationText */ .yb)(f.location) : '';
        const text = [
            report.images.length > 1 ? `[${image.name}] ${f.message.trim()}` : f.message.trim(),
            inImage && !f.message.includes(f.location.file) ? `(in the image: ${inImage})` : '',
            f.status === 'unknown' && f.missing?.length ? `Facts not gathered: ${f.missing.join(', ')}.` : '',
            f.remediation.trim() ? `Fix: ${(0,_present_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrap */ .oA)(f.remediation)}` : ''
        ]
            .filter(Boolean)
            .join(' ');
        const result = {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            // A waived finding is reported at its rule's own level, suppressed.
            level: LEVEL[level ?? (f.severity === 'error' ? 'warning' : f.severity)],
            // kind stays "fail" (the default): any other kind would force level "none" (SARIF §3.27.9)
            message: { text: text || f.title },
            locations: [location(f, image, options)],
            partialFingerprints: { 'vmImagePolicy/v1': fingerprint(f, image) },
            properties: {
                image: image.name,
                status: f.status,
                fails: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictOf */ .Vj)(f, report).fails,
                path: f.path,
                guide: f.guide
            }
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
    const notifications = [
        ...(report.errors ?? []).map(e => ({ level: 'error', message: { text: e } })),
        ...(dropped
            ? [
                {
                    level: 'note',
                    message: {
                        text: `${dropped} more result${dropped === 1 ? '' : 's'} not included: GitHub code scanning accepts at most ${max} per run (the worst are kept; the JSON report has every finding).`
                    }
                }
            ]
            : [])
    ];
    const run = {
        tool: {
            driver: {
                name: 'vm-image-policy',
                version: report.version,
                semanticVersion: /^\d+\.\d+\.\d+/.test(report.version) ? report.version : undefined,
                informationUri: options.informationUri ?? DEFAULT_INFORMATION_URI,
                rules: ids.map(id => descriptor(metas.get(id), options))
            }
        },
        ...(options.category
            ? {
                automationDetails: {
                    id: `${options.category.replace(/[^A-Za-z0-9._/-]/g, '-').replace(/\/*$/, '')}/`
                }
            }
            : {}),
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        invocations: [
            {
                executionSuccessful: !(report.errors?.length ?? 0),
                endTimeUtc: report.generated_at,
                ...(notifications.length ? { toolExecutionNotifications: notifications } : {})
            }
        ],
        properties: { profile: report.profile, mode: report.mode, result: report.result, failOn: report.fail_on },
        results
    };
    return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}


/***/ })

};
;