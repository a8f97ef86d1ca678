"use strict";
exports.id = 231;
exports.ids = [231,303];
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

/***/ 9231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderSummary: () => (/* binding */ renderSummary)
});

// UNUSED EXPORTS: SUMMARY_LIMIT

// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9717);
// EXTERNAL MODULE: ./src/report/present.ts
var present = __webpack_require__(7421);
// EXTERNAL MODULE: ./src/verdict.ts
var verdict = __webpack_require__(3138);
// EXTERNAL MODULE: ./src/report/unknowns.ts
var report_unknowns = __webpack_require__(4055);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/report/links.ts
var report_links = __webpack_require__(3303);
;// CONCATENATED MODULE: ./src/report/comment.ts





const COMMENT_LIMIT = 65536;
const MARKER_PREFIX = 'vm-image-policy';
/** The hidden marker that identifies our comment for a key. */
function commentMarker(key) {
    return `<!-- ${MARKER_PREFIX}:${markerKey(key)} -->`;
}
/** True when a comment body is ours for this key (the marker must be its first line, so a quote of it is not). */
function isOurComment(body, key) {
    if (!body)
        return false;
    const marker = commentMarker(key);
    return body === marker || body.startsWith(marker + '\n') || body.startsWith(marker + '\r\n');
}
/** Markdown link to a rule's doc (absolute, see ./links.ts), or the bare ID when it has none. */
function ruleLink(rule, links) {
    const url = (0,report_links/* ruleDocLink */.LA)(rule, links);
    return url ? `[${(0,markdown_escape/* escapeMarkdown */.FV)(rule)}](${url})` : (0,markdown_escape/* escapeMarkdown */.FV)(rule);
}
/** A location as Markdown: linked to the line at the commit when `blobUrl` is given. */
function locationCell(f, links) {
    const text = (0,present/* locationText */.fN)(f);
    if (!text)
        return '–';
    const file = f.location?.file;
    if (links.blobUrl && file && !/^[a-z]+:\/\//i.test(file)) {
        let rel = file.replace(/\\/g, '/');
        if (links.workspace && rel.startsWith(links.workspace.replace(/\/+$/, '') + '/'))
            rel = rel.slice(links.workspace.replace(/\/+$/, '').length + 1);
        if (!rel.startsWith('/') && !rel.split('/').includes('..')) {
            const line = f.location?.line
                ? `#L${f.location.line}${f.location.end_line && f.location.end_line > f.location.line ? `-L${f.location.end_line}` : ''}`
                : '';
            const href = `${links.blobUrl.replace(/\/+$/, '')}/${rel.replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/')}${line}`;
            return `[${(0,markdown_escape/* inlineCode */.ti)(text)}](${href})`;
        }
    }
    return (0,markdown_escape/* inlineCode */.ti)(text);
}
function clipText(s, max) {
    return s.length <= max ? s : s.slice(0, max) + '…';
}
/** The headline verdict of a report. */
function comment_verdict(report) {
    const placed = (0,verdict/* worstFirst */.md)(report);
    const errors = placed.filter(p => p.level === 'error').length;
    const warnings = placed.filter(p => p.level === 'warning').length;
    const failed = report.result === 'fail' || (report.result === undefined && (0,verdict/* reportFails */.KG)(report));
    if (failed)
        return {
            icon: '❌',
            text: `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`
        };
    if (warnings > 0)
        return { icon: '⚠️', text: `passed with ${warnings} warning${warnings === 1 ? '' : 's'}` };
    return { icon: '✅', text: 'passed' };
}
/** One line of counts: `3 failed · 1 unknown · 40 passed`. */
function countsLine(report) {
    const c = (0,present/* countByStatus */.x7)(report);
    return ['fail', 'unknown', 'waived', 'pass', 'not_applicable']
        .filter(s => c[s] > 0)
        .map(s => `${c[s]} ${present/* STATUS_LABEL */._P[s]}`)
        .join(' · ');
}
function renderComment(report, options = {}) {
    const max = options.maxLength ?? COMMENT_LIMIT;
    const maxMessage = options.maxMessage ?? 600;
    const several = report.images.length > 1;
    const v = comment_verdict(report);
    const key = options.key ? markerKey(options.key) : undefined;
    const head = [
        ...(options.marker === false ? [] : [commentMarker(options.key)]),
        `### ${v.icon} VM image policy: ${v.text}${key && key !== 'default' ? ` (${inlineCode(key)})` : ''}`,
        '',
        `Profile ${inlineCode(report.profile)}, ${report.mode} mode, ${report.images.length} image${report.images.length === 1 ? '' : 's'}: ${countsLine(report) || 'no findings'}.`
    ];
    if (report.errors?.length) {
        head.push('', '**Could not evaluate:**', '');
        for (const e of report.errors)
            head.push(`- ${escapeMarkdown(clipText(e, maxMessage))}`);
    }
    const placed = worstFirst(report);
    // Unknowns grouped by what is missing (src/report/unknowns.ts): one line per source per image, not one
    // row each; those that fail the run are shown, the others collapsed. Unknowns for their own reason keep
    // their row.
    const grouped = new Set();
    const groups = [];
    for (const img of report.images) {
        const u = groupUnknowns(placed.filter(p => p.image === img).map(p => p.finding), report);
        for (const g of u.groups) {
            groups.push({ image: img.name, g });
            for (const f of g.findings)
                grouped.add(f);
        }
    }
    const problems = placed.filter(p => (p.level !== undefined || p.finding.status === 'waived') && !grouped.has(p.finding));
    const groupLine = ({ image, g }) => `- ${g.fails ? '❓' : '❔'} ${several ? `${inlineCode(image)}: ` : ''}${escapeMarkdown(unknownGroupText(g))}`;
    const failingGroups = groups.filter(x => x.g.fails);
    const quietGroups = groups.filter(x => !x.g.fails);
    const nFailing = failingGroups.reduce((n, x) => n + x.g.findings.length, 0);
    const nQuiet = quietGroups.reduce((n, x) => n + x.g.findings.length, 0);
    const unknownBlock = [
        ...(failingGroups.length
            ? [
                '',
                `**❓ ${nFailing} not evaluated, failing the run (facts missing):**`,
                '',
                ...failingGroups.map(groupLine)
            ]
            : []),
        ...(quietGroups.length
            ? [
                '',
                `<details><summary>❔ ${nQuiet} not evaluated (facts missing)</summary>`,
                '',
                ...quietGroups.map(groupLine),
                '',
                '</details>'
            ]
            : [])
    ];
    const rest = placed.filter(p => p.level === undefined && p.finding.status !== 'waived');
    const problemRows = problems.map(({ image, finding: f }) => {
        const cells = [
            icon(f, report),
            `${ruleLink(f.rule, options)} ${escapeCell(f.title)}`,
            ...(several ? [escapeCell(image.name)] : []),
            escapeCell(clipText(f.status === 'waived' && f.waiver ? `${f.message} — waived: ${f.waiver.reason}` : f.message, maxMessage)),
            locationCell(f, options),
            escapeCell(f.guide)
        ];
        return `| ${cells.join(' | ')} |`;
    });
    const problemHeader = [
        `| | Rule | ${several ? 'Image | ' : ''}Finding | Where | Guide |`,
        `| --- | --- | ${several ? '--- | ' : ''}--- | --- | --- |`
    ];
    const restRows = rest.map(({ image, finding: f }) => {
        const cells = [
            icon(f, report),
            `${ruleLink(f.rule, options)} ${escapeCell(f.title)}`,
            ...(several ? [escapeCell(image.name)] : []),
            escapeCell(clipText(f.message, 200))
        ];
        return `| ${cells.join(' | ')} |`;
    });
    const passed = rest.filter(p => p.finding.status === 'pass').length;
    const na = rest.length - passed;
    const restSummary = [passed ? `✅ ${passed} passed` : '', na ? `➖ ${na} not applicable` : '']
        .filter(Boolean)
        .join(' · ');
    const restBlock = rest.length
        ? [
            '',
            `<details><summary>${escapeHtml(restSummary)}</summary>`,
            '',
            `| | Rule | ${several ? 'Image | ' : ''}Observed |`,
            `| --- | --- | ${several ? '--- | ' : ''}--- |`,
            ...restRows,
            '',
            '</details>'
        ]
        : [];
    const summaryRef = options.summaryUrl ? `[job summary](${options.summaryUrl})` : 'job summary of this run';
    const foot = [
        '',
        `<sub>Every rule for every image is in the ${summaryRef}. vm-image-policy ${escapeMarkdown(report.version).replace(/^(\d+)\\\./, '$1.')}, ${escapeMarkdown(report.generated_at)}.</sub>`
    ];
    const problemBlock = problemRows.length
        ? ['', ...problemHeader, ...problemRows]
        : failingGroups.length
            ? []
            : ['', 'No failures.'];
    const full = [...head, ...problemBlock, ...unknownBlock, ...restBlock, ...foot].join('\n');
    if (full.length <= max)
        return full;
    // Too long: drop the passes, then as many problem rows as needed, and say where the rest is.
    const noRest = rest.length ? ['', `${escapeHtml(restSummary)}: listed in the ${summaryRef}.`] : [];
    const build = (rows, dropped) => [
        ...head,
        ...(rows.length ? ['', ...problemHeader, ...rows] : []),
        ...(dropped
            ? [
                '',
                `**…and ${dropped} more finding${dropped === 1 ? '' : 's'} not shown here (the comment is limited to ${max} characters): see the ${summaryRef}.**`
            ]
            : []),
        ...unknownBlock,
        ...noRest,
        ...foot
    ].join('\n');
    let candidate = build(problemRows, 0);
    if (candidate.length <= max)
        return candidate;
    // Binary search for the largest number of rows that fits.
    let lo = 0;
    let hi = problemRows.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (build(problemRows.slice(0, mid), problemRows.length - mid).length <= max)
            lo = mid;
        else
            hi = mid - 1;
    }
    candidate = build(problemRows.slice(0, lo), problemRows.length - lo);
    // Even the head alone may be too long (hundreds of evaluation errors): cut hard, keep the marker.
    return truncate(candidate, max, `\n\n**…truncated: see the ${summaryRef}.**`);
}

;// CONCATENATED MODULE: ./src/report/summary.ts






const SUMMARY_LIMIT = 1024 * 1024;
function details(f) {
    const parts = [(0,markdown_escape/* escapeMarkdown */.FV)(f.message)];
    if (f.status === 'unknown' && f.missing?.length)
        parts.push(`**Not gathered:** ${f.missing.map(markdown_escape/* inlineCode */.ti).join(', ')}`);
    if (f.waiver)
        parts.push(`**Waived** until ${(0,markdown_escape/* escapeMarkdown */.FV)(f.waiver.expires)}: ${(0,markdown_escape/* escapeMarkdown */.FV)(f.waiver.reason)}${f.waiver.ticket ? ` (${(0,markdown_escape/* escapeMarkdown */.FV)(f.waiver.ticket)})` : ''}`);
    if ((f.status === 'fail' || f.status === 'unknown') && f.remediation.trim())
        parts.push(`**Fix:** ${(0,markdown_escape/* escapeMarkdown */.FV)((0,present/* unwrap */.oA)(f.remediation))}`);
    return parts.filter(Boolean).join('<br>') || '–';
}
function imageSection(image, report, options) {
    const lines = [
        '',
        `### Image ${(0,markdown_escape/* inlineCode */.ti)(image.name)}${image.source ? ` — ${(0,markdown_escape/* inlineCode */.ti)(image.source)}` : ''}`
    ];
    const unknowns = (0,report_unknowns/* groupUnknowns */.NL)([...image.findings].sort((a, b) => (0,verdict/* compareFindings */.Eg)(a, b, report)), report);
    const grouped = new Set(unknowns.groups.flatMap(g => g.findings));
    if (unknowns.groups.length) {
        const n = grouped.size;
        lines.push('', `**Not evaluated, facts missing (${n} rule${n === 1 ? '' : 's'}):**`, '');
        for (const g of unknowns.groups)
            lines.push(`- ${g.fails ? '❓' : '❔'} ${(0,markdown_escape/* escapeMarkdown */.FV)((0,report_unknowns/* unknownGroupText */.ZJ)(g))}${g.fails ? ' (**fails the run**)' : ''}`, `  <details><summary>${g.findings.length === 1 ? 'the rule' : `the ${g.findings.length} rules`}</summary>`, '', ...[...g.findings]
                .sort(verdict/* byRule */.k2)
                .map(f => `  - ${ruleLink(f.rule, options)} ${(0,markdown_escape/* escapeMarkdown */.FV)(f.title)}${f.missing?.length ? ` — not gathered: ${f.missing.map(markdown_escape/* inlineCode */.ti).join(', ')}` : ''}`), '', '  </details>');
    }
    const listed = image.findings.filter(f => !grouped.has(f));
    const areas = [...new Set(listed.map(f => f.area))].sort((a, b) => {
        const ia = present/* AREA_ORDER */.LE.indexOf(a);
        const ib = present/* AREA_ORDER */.LE.indexOf(b);
        return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (0,src_text/* compareNatural */.dk)(a, b);
    });
    if (image.findings.length === 0)
        lines.push('', 'No rules were evaluated for this image.');
    for (const area of areas) {
        const findings = listed.filter(f => f.area === area).sort(verdict/* byRule */.k2);
        lines.push('', `#### ${(0,markdown_escape/* escapeMarkdown */.FV)((0,present/* areaTitle */.o0)(area))}`, '', '| | Rule | Result | Details | Where | Guide |', '| --- | --- | --- | --- | --- | --- |');
        for (const f of findings) {
            const result = f.status === 'fail' ? `${present/* STATUS_LABEL */._P.fail} (${f.severity})` : present/* STATUS_LABEL */._P[f.status];
            lines.push(`| ${(0,present/* icon */.Kk)(f, report)} | ${ruleLink(f.rule, options)} ${(0,markdown_escape/* escapeCell */.kq)(f.title)} | ${result} | ${details(f)} | ${locationCell(f, options)} | ${(0,markdown_escape/* escapeCell */.kq)(f.guide)} |`);
        }
    }
    return lines;
}
function renderSummary(report, options = {}) {
    const maxBytes = options.maxBytes ?? SUMMARY_LIMIT;
    const v = comment_verdict(report);
    const lines = [
        `## ${v.icon} VM image policy: ${v.text}${options.key ? ` (${(0,markdown_escape/* inlineCode */.ti)(options.key)})` : ''}`,
        '',
        `Profile ${(0,markdown_escape/* inlineCode */.ti)(report.profile)}, ${report.mode} mode: ${countsLine(report) || 'no findings'}.`
    ];
    if (report.errors?.length) {
        lines.push('', '**Could not evaluate:**', '');
        for (const e of report.errors)
            lines.push(`- ${(0,markdown_escape/* escapeMarkdown */.FV)(e)}`);
    }
    if (report.images.length > 1) {
        lines.push('', '| Image | ❌ failed | ❔ unknown | 🔕 waived | ✅ passed | ➖ n/a |', '| --- | --- | --- | --- | --- | --- |');
        for (const img of report.images) {
            const n = (s) => img.findings.filter(f => f.status === s).length;
            lines.push(`| ${(0,markdown_escape/* escapeCell */.kq)(img.name)} | ${n('fail')} | ${n('unknown')} | ${n('waived')} | ${n('pass')} | ${n('not_applicable')} |`);
        }
    }
    for (const img of report.images)
        lines.push(...imageSection(img, report, options));
    const foot = [
        '',
        `<sub>vm-image-policy ${(0,markdown_escape/* escapeMarkdown */.FV)(report.version).replace(/^(\d+)\\\./, '$1.')}, ${(0,markdown_escape/* escapeMarkdown */.FV)(report.generated_at)}.</sub>`,
        ''
    ];
    const bytes = (s) => Buffer.byteLength(s, 'utf8');
    const full = [...lines, ...foot].join('\n');
    if (bytes(full) <= maxBytes)
        return full;
    // Cut at a row boundary so tables stay whole, then say how much is missing.
    const note = (n) => `\n\n**…${n} more line${n === 1 ? '' : 's'} of the report cut: the job summary is limited to ${maxBytes} bytes. The JSON/SARIF report files have everything.**`;
    const footText = foot.join('\n');
    let used = bytes(footText) + bytes(note(lines.length)) + 1;
    let kept = 0;
    for (const l of lines) {
        const b = bytes(l) + 1;
        if (used + b > maxBytes)
            break;
        used += b;
        kept++;
    }
    const out = lines.slice(0, kept).join('\n') + note(lines.length - kept) + footText;
    // A single enormous line can still be too long: cut by characters (UTF-16 ≤ 3 bytes each in UTF-8).
    return bytes(out) <= maxBytes ? out : (0,markdown_escape/* truncate */.xv)(out, Math.floor(maxBytes / 3), note(1));
}


/***/ })

};
;