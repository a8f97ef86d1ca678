"use strict";
exports.id = 547;
exports.ids = [547];
exports.modules = {

/***/ 5462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YP: () => (/* binding */ distDir),
/* harmony export */   bD: () => (/* binding */ readJsonAsset),
/* harmony export */   fs: () => (/* binding */ readAsset),
/* harmony export */   rr: () => (/* binding */ schemaDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Where the shipped artefacts live. In the bundle (dist/cli.js, dist/index.js) they sit beside the script;
 * when running from the sources (tests, ts), they are in the repository's dist/ and schemas/.
 */
const here = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(require("url").pathToFileURL(__filename).href));
function firstExisting(candidates) {
    return candidates.find(c => node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(c));
}
function distDir() {
    const d = firstExisting([here, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(here, '..'), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(here, '..', 'dist'), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(here, '..', '..', 'dist')].map(d => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(d, 'policy.wasm')));
    if (!d)
        throw new Error(`policy.wasm not found near ${here}: run "npm run build:policy"`);
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(d);
}
function schemaDir() {
    const d = firstExisting([
        node_path__WEBPACK_IMPORTED_MODULE_1___default().join(here, '..', 'schemas'),
        node_path__WEBPACK_IMPORTED_MODULE_1___default().join(here, 'schemas'),
        node_path__WEBPACK_IMPORTED_MODULE_1___default().join(here, '..', '..', 'schemas'),
        node_path__WEBPACK_IMPORTED_MODULE_1___default().join(here, '..', 'dist', 'schemas')
    ].map(d => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(d, 'facts.schema.json')));
    if (!d)
        throw new Error(`schemas not found near ${here}`);
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(d);
}
function readAsset(name) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(distDir(), name));
}
function readJsonAsset(name) {
    return JSON.parse(readAsset(name).toString('utf8'));
}


/***/ }),

/***/ 1376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b5: () => (/* binding */ SOURCES_HELP),
/* harmony export */   l8: () => (/* binding */ flagsToRaw),
/* harmony export */   m5: () => (/* binding */ CHECK_OPTIONS),
/* harmony export */   xK: () => (/* binding */ SOURCE_OPTIONS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _release_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5552);
/**
 * The CLI's flags, once: the options `check` and `facts` share (the sources and what changes gathering),
 * those only `check` takes, and the one mapping from parsed flags to raw settings. resolveSettings
 * (settings.ts) applies the configuration and the mode defaults; nothing here decides a default.
 */


/** The help lines of the source flags, shown by `check --help` and `facts --help`. */
const SOURCES_HELP = `  --manifest FILE        Packer manifest (packer-manifest.json); azure-arm builds of the last run
  --build NAME           only this build of the manifest
  --facts FILE           facts document(s) (probe output or hand-written); repeatable
  --template PATH        Packer template file or directory (HCL2 *.pkr.hcl or legacy JSON)
  --var-file FILE        Packer variable file for the template; repeatable
  --var NAME=VALUE       Packer variable for the template; repeatable
  --vhd [os=|lunN=]PATH|URL   a VHD file or blob (footer read: last 512 bytes); repeatable
  --sas os=URL|lunN=URL  the SAS URI handed to the marketplace for that disk; repeatable
  --network-checks       read each SAS URI's blob (default in release mode; --no-network-checks to skip)`;
/** The sources and the settings that change what is gathered: `facts` takes exactly these. */
const SOURCE_OPTIONS = {
    manifest: { type: 'string' },
    build: { type: 'string' },
    facts: { type: 'string', multiple: true },
    template: { type: 'string' },
    'var-file': { type: 'string', multiple: true },
    var: { type: 'string', multiple: true },
    vhd: { type: 'string', multiple: true },
    sas: { type: 'string', multiple: true },
    'network-checks': { type: 'boolean' },
    'no-network-checks': { type: 'boolean' },
    sku: { type: 'string' },
    version: { type: 'string' },
    ledger: { type: 'string' },
    history: { type: 'string' },
    'tag-pattern': { type: 'string' },
    'base-ref': { type: 'string' },
    mode: { type: 'string' },
    now: { type: 'string' },
    output: { type: 'string' }
};
/** `check`: the sources, evaluation and output. */
const CHECK_OPTIONS = {
    ...SOURCE_OPTIONS,
    profile: { type: 'string' },
    config: { type: 'string' },
    'policy-bundle': { type: 'string' },
    'fail-on': { type: 'string' },
    format: { type: 'string' },
    verbose: { type: 'boolean' },
    all: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    quiet: { type: 'boolean' },
    'update-ledger': { type: 'boolean' }
};
/** Parsed flags as raw settings, one to one. */
function flagsToRaw(v) {
    const str = (k) => v[k];
    const list = (k) => v[k];
    if (v['network-checks'] && v['no-network-checks'])
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('--network-checks and --no-network-checks exclude each other');
    return {
        manifest: str('manifest'),
        build: str('build'),
        facts: list('facts'),
        template: str('template'),
        varFiles: list('var-file'),
        vars: list('var'),
        vhd: list('vhd'),
        sas: list('sas'),
        networkChecks: v['no-network-checks'] ? false : v['network-checks'] ? true : undefined,
        profile: str('profile'),
        config: str('config'),
        policyBundle: str('policy-bundle'),
        mode: str('mode'),
        failOn: str('fail-on'),
        now: str('now'),
        format: str('format'),
        output: str('output'),
        verbose: Boolean(v.verbose),
        sku: (0,_release_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .rawSku */ .Gd)(str, Boolean(v['update-ledger']))
    };
}


/***/ }),

/***/ 7547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkSettings: () => (/* binding */ checkSettings),
  main: () => (/* binding */ main),
  outputPending: () => (/* binding */ outputPending),
  syntaxOf: () => (/* binding */ syntaxOf)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(8750);
;// CONCATENATED MODULE: ./src/config/find.ts



/**
 * Reads the configuration only when there is one (explicit, or the default file): the YAML reader (load.ts)
 * is loaded then.
 */
async function maybeLoadConfig(explicit, cwd = process.cwd()) {
    // Not path.resolve(cwd, DEFAULT_CONFIG): the bundler would take that constant path for an asset of its own.
    const file = explicit ?? settings/* DEFAULT_CONFIG */.PV;
    if (explicit === undefined && !external_node_fs_default().existsSync(external_node_path_default().resolve(cwd, file)))
        return undefined;
    const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(36)]).then(__webpack_require__.bind(__webpack_require__, 1036));
    return loadConfig(explicit, cwd);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cli-flags.ts
var cli_flags = __webpack_require__(1376);
// EXTERNAL MODULE: ./src/facts-cmd.ts
var facts_cmd = __webpack_require__(4005);
// EXTERNAL MODULE: ./src/pipeline.ts + 3 modules
var pipeline = __webpack_require__(3921);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/verdict.ts
var verdict = __webpack_require__(3138);
// EXTERNAL MODULE: ./src/report/present.ts
var present = __webpack_require__(7421);
// EXTERNAL MODULE: ./src/report/unknowns.ts
var report_unknowns = __webpack_require__(4055);
;// CONCATENATED MODULE: ./src/report/text.ts




/** The terminal report is at most this wide (continuation lines wrap). */
const TEXT_WIDTH = 100;
const ICON = { fail: '✗', unknown: '?', waived: '~', pass: '✓', not_applicable: '-' };
const LABEL = {
    fail: 'FAIL',
    unknown: 'unknown',
    waived: 'waived',
    pass: 'pass',
    not_applicable: 'n/a'
};
/** Word-wraps plain text to the width, every line after the first indented like the first. */
function wrap(text, indent, width = TEXT_WIDTH) {
    const out = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        const w = word.length > width - indent.length ? word.slice(0, width - indent.length - 1) + '…' : word;
        if (line && indent.length + line.length + 1 + w.length > width) {
            out.push(indent + line);
            line = w;
        }
        else
            line = line ? `${line} ${w}` : w;
    }
    if (line)
        out.push(indent + line);
    return out;
}
/** One line, cut to the width (visible characters; colour codes are added after). */
function fit(s, width = TEXT_WIDTH) {
    return s.length <= width ? s : s.slice(0, width - 1) + '…';
}
/**
 * The terminal report. By default, per image: the failures (with where and how to fix), then one line per
 * group of unknowns (what is missing and how to get it), then the counts; `all` lists every rule. At most
 * 100 columns. The result line never says PASS when nothing could be judged.
 */
function renderText(report, opts) {
    const c = colors(opts.color);
    const paint = {
        fail: c.red,
        unknown: c.yellow,
        waived: c.cyan,
        pass: c.green,
        not_applicable: c.dim
    };
    const out = [];
    out.push(c.bold(`vm-image-policy ${report.version}`) +
        c.dim(` · profile ${report.profile} · mode ${report.mode} · ${report.images.length} image(s)`));
    const idw = Math.max(12, ...report.images.flatMap(i => i.findings.map(f => f.rule.length)));
    const pad = ' '.repeat(12);
    const head = (f) => {
        const plain = `${ICON[f.status]} ${LABEL[f.status].padEnd(7)} ${f.rule.padEnd(idw)} ${f.severity.padEnd(7)} ${(f.guide || '').padEnd(10)} `;
        const title = fit(safe(f.title), TEXT_WIDTH - 2 - plain.length);
        return `  ${paint[f.status](`${ICON[f.status]} ${LABEL[f.status].padEnd(7)}`)} ${f.rule.padEnd(idw)} ${sev(f, c)} ${c.dim((f.guide || '').padEnd(10))} ${title}`;
    };
    const detail = (f) => {
        out.push(...wrap(safe((0,present/* unwrap */.oA)(f.message)), pad));
        const where = locationText(f);
        if (where)
            out.push(fit(`${pad}at ${safe(where)}`));
        if (f.waiver)
            out.push(...wrap(`waived: ${safe(f.waiver.reason)} (until ${safe(f.waiver.expires)})`, pad));
        else if (f.remediation && f.status === 'fail')
            out.push(...wrap(`fix: ${safe((0,present/* unwrap */.oA)(f.remediation))}`, pad));
    };
    for (const img of report.images) {
        out.push('');
        out.push(fit(`${safe(img.name)} (${safe(img.source)})`).replace(/^(\S+)/, m => c.bold(m)));
        const sorted = [...img.findings].sort((a, b) => (0,verdict/* compareFindings */.Eg)(a, b, report));
        if (opts.all) {
            for (const f of [...img.findings].sort(verdict/* byRule */.k2)) {
                out.push(head(f));
                if (f.status === 'fail' || f.status === 'waived')
                    detail(f);
                else if (opts.verbose || f.status === 'unknown')
                    out.push(...wrap(c.dim(safe(f.message)), pad));
            }
            continue;
        }
        const unknowns = (0,report_unknowns/* groupUnknowns */.NL)(sorted, report);
        // Failures and waivers, then the unknowns for their own reason (a row each), in verdict order.
        for (const f of sorted.filter(x => x.status === 'fail' || x.status === 'waived' || unknowns.own.includes(x))) {
            out.push(head(f));
            if (f.status === 'unknown')
                out.push(...wrap(safe((0,present/* unwrap */.oA)(f.message)), pad));
            else
                detail(f);
        }
        // One line per missing source: what it is and how to get it.
        for (const g of unknowns.groups)
            out.push(...wrap(safe(`${(0,report_unknowns/* unknownGroupText */.ZJ)(g)}${g.fails ? ' (they fail the run)' : ''}`), '    ').map((l, i) => i === 0 ? `  ${(g.fails ? c.red : c.yellow)('?')} ${l.slice(4)}` : l));
        const n = (0,verdict/* countByStatus */.x7)(img.findings);
        const fmt = ([s, label]) => (n[s] ? `${n[s]} ${label}` : '');
        out.push(c.dim(fit(`  ${[
            ['fail', 'failed'],
            ['unknown', 'unknown'],
            ['waived', 'waived'],
            ['pass', 'passed'],
            ['not_applicable', 'n/a']
        ]
            .map(fmt)
            .filter(Boolean)
            .join(' · ') || 'no rules'}`)));
    }
    const s = report.summary;
    out.push('');
    out.push(`Summary: ${c.red(`${s.fail} fail`)}, ${c.yellow(`${s.unknown} unknown`)}, ${s.waived} waived, ${c.green(`${s.pass} pass`)}, ${s.not_applicable} n/a`);
    if (report.result) {
        const judged = s.pass + s.fail + s.waived;
        const failOn = report.fail_on ? c.dim(` (fail-on: ${report.fail_on})`) : '';
        if (report.result === 'fail')
            out.push(`Result: ${c.red(c.bold('FAIL'))}${failOn}`);
        // Not a PASS when most of what could be asked was not judged (e.g. only SAS URIs given).
        else if (judged === 0 || s.unknown >= judged)
            out.push(`Result: ${c.yellow(c.bold(`no failures; ${s.unknown} rule${s.unknown === 1 ? '' : 's'} not evaluated`))}${judged ? c.dim(` (${judged} judged)`) : ''}${failOn}`);
        else
            out.push(`Result: ${c.green(c.bold('PASS'))}${s.unknown ? c.dim(` (${s.unknown} not evaluated)`) : ''}${failOn}`);
    }
    return out.join('\n') + '\n';
}
function locationText(f) {
    const l = f.location;
    if (!l?.file)
        return '';
    return `${l.file}${l.line ? `:${l.line}${l.column ? `:${l.column}` : ''}` : ''}`;
}
function sev(f, c) {
    const t = f.severity.padEnd(7);
    if (f.status !== 'fail')
        return c.dim(t);
    return f.severity === 'error' ? c.red(t) : f.severity === 'warning' ? c.yellow(t) : t;
}
/** Untrusted text (rule messages quote facts) never carries control characters to the terminal. */
function safe(s) {
    return (0,src_text/* escapeControl */.hN)(s);
}
function colors(on) {
    const w = (code) => (s) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
    return { red: w('31'), green: w('32'), yellow: w('33'), cyan: w('36'), dim: w('2'), bold: w('1') };
}

;// CONCATENATED MODULE: ./src/report/render.ts

/**
 * Renders the report in one of the file formats. Text is for terminals; the others are for machines.
 * Reporters other than text are loaded only when asked for (the CLI's cold start is benchmarked).
 */
async function render(format, result, opts) {
    switch (format) {
        case 'text':
            return renderText(result.report, opts);
        case 'json':
            return JSON.stringify(result.report, null, 2) + '\n';
        case 'sarif': {
            const { renderSarif } = await __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 643));
            return (JSON.stringify(renderSarif(result.report, result.rules, {
                defaultFile: opts.manifest,
                fallbackFiles: opts.fallbacks,
                workspace: process.cwd()
            }), null, 2) + '\n');
        }
        case 'junit': {
            const { renderJunit } = await __webpack_require__.e(/* import() */ 998).then(__webpack_require__.bind(__webpack_require__, 2998));
            return renderJunit(result.report);
        }
        case 'markdown': {
            const { renderSummary } = await __webpack_require__.e(/* import() */ 231).then(__webpack_require__.bind(__webpack_require__, 9231));
            const { ruleDocsOf } = await __webpack_require__.e(/* import() */ 303).then(__webpack_require__.bind(__webpack_require__, 3303));
            return renderSummary(result.report, { ruleDocs: ruleDocsOf(result.rules) });
        }
    }
}

// EXTERNAL MODULE: ./src/report/where.ts
var where = __webpack_require__(6201);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli.ts














const USAGE = `vm-image-policy ${version/* VERSION */.x} — would this Packer-built VM image pass Azure Marketplace certification?

Usage:
  vm-image-policy check [sources] [options]
  vm-image-policy facts [sources] [--output FILE]     merged facts and their provenance, as JSON
  vm-image-policy rules [--format text|json]
  vm-image-policy compile --out DIR [--config FILE | --policies PATH…]   custom rules → policy bundle
  vm-image-policy probe [--root DIR | --ssh USER@HOST[:PORT] --key FILE --host-key SHA256:…]
                        [--stage build|deployed] [--timeout SECONDS] > facts.json
  vm-image-policy --help | --version

Sources (at least one; rules whose facts no source gives report "unknown"):
${cli_flags/* SOURCES_HELP */.b5}

Options:
  --profile guide|current  thresholds: the guide's (default) or later certification tooling's
  --config FILE          configuration file (default .github/vm-image-policy.yml when it exists):
                         profile, thresholds, severity, fail-on, unknown, waivers, custom policies
  --policy-bundle PATH   prebuilt ruleset (folder or .tar.gz from "compile") instead of the built-in one
  --mode pr|release      release fails on unknown facts (default: pr)
  --fail-on LEVEL        error (default) | warning | notice | never
  --format FORMAT        text (default) | json | sarif | junit | markdown
  --output FILE          write the report there (stdout still gets the text report)
  --now RFC3339          evaluation time (default: now); makes runs reproducible
  --all                  list every rule of every image (default: failures, unknowns grouped, counts)
  --verbose              show what each passing rule observed (with --all)
  --quiet                print no report on stdout (the exit status and --output still tell)
  --no-color             plain output (also NO_COLOR=1)

SKU version (guide §5.3.8; see README "Releasing a SKU version"):
  --sku OFFER/SKU        the SKU whose version is checked (default: the manifest's custom_data offer/sku)
  --version X.Y.Z        the proposed version (also read from custom_data and the template's image_version)
  --ledger FILE          version ledger (default .github/skus.yml; used when it exists)
  --history ledger|tags  published versions from the ledger (default) or from git tags
  --tag-pattern P        tag pattern for --history tags (default <sku>/v<X.Y.Z>)
  --base-ref BRANCH      PR mode: judge against the ledger on this branch (default: $GITHUB_BASE_REF)
  --update-ledger        release mode: add the approved version to the ledger (atomic write)

Flags override the configuration file's values.

Exit status: 0 no failing finding at or above --fail-on; 1 policy failure; 2 usage or input error.`;
/**
 * Everything the CLI writes goes through here: secrets redacted (registered ones and every `sig=` form)
 * and workflow commands neutralised, for stdout (in the syntax of what is written there) and stderr alike.
 */
function safeStream(s, syntax) {
    const w = {
        write: (chunk, ...rest) => s.write((0,src_text/* neutraliseCommands */.$B)((0,redact/* redact */.E$)(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), syntax()), ...rest),
        get isTTY() {
            return s.isTTY;
        }
    };
    return w;
}
/** The syntax of a report format, for neutralising workflow commands without changing its data. */
function syntaxOf(format) {
    return format === 'json' || format === 'sarif' ? 'json' : format === 'junit' ? 'xml' : 'text';
}
/** process.stdout / process.stderr, created when first written to (creating both costs ~3 ms of a start). */
const created = new Set();
function stdio(name) {
    const s = {
        write: (...a) => {
            created.add(name);
            return process[name].write(...a);
        },
        get isTTY() {
            return process[name].isTTY;
        }
    };
    return s;
}
/** Whether stdout or stderr still holds output not yet handed to the OS (the entry waits for it, if so). */
function outputPending() {
    return [...created].some(n => process[n].writableLength > 0);
}
async function main(argv, raw = { out: stdio('stdout'), err: stdio('stderr') }) {
    const outSyntax = { v: 'text' };
    const io = {
        out: safeStream(raw.out, () => outSyntax.v),
        err: safeStream(raw.err, () => 'text'),
        outSyntax
    };
    try {
        const [cmd, ...rest] = argv;
        if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
            io.out.write(USAGE + '\n');
            return cmd === undefined ? 2 : 0;
        }
        if (cmd === '--version' || cmd === '-v' || cmd === 'version') {
            io.out.write(`${version/* VERSION */.x}\n`);
            return 0;
        }
        if (COMMANDS.includes(cmd) && (rest.includes('--help') || rest.includes('-h'))) {
            io.out.write(commandUsage(cmd) + '\n');
            return 0;
        }
        if (cmd === 'check')
            return await check(rest, io);
        if (cmd === 'rules')
            return await rules(rest, io);
        if (cmd === 'compile')
            return await compile(rest, io);
        if (cmd === 'probe')
            return await probe(rest, io);
        if (cmd === 'facts')
            return await facts(rest, io);
        const near = closest(cmd, COMMANDS);
        throw new errors/* UserError */.yo(`unknown command "${(0,src_text/* inert */.tJ)(cmd, 40)}"${near ? `; did you mean "${near}"?` : ''}; see vm-image-policy --help`);
    }
    catch (e) {
        if ((0,errors/* isUserError */.iU)(e)) {
            io.err.write(`vm-image-policy: error: ${(0,errors/* oneLine */.TN)(e)}\n`);
            return 2;
        }
        io.err.write(`vm-image-policy: internal error: ${(0,errors/* oneLine */.TN)(e)}\n`);
        if (process.env.VMIP_DEBUG)
            io.err.write(`${e.stack ?? ''}\n`);
        return 3;
    }
}
const COMMANDS = ['check', 'rules', 'compile', 'probe', 'facts'];
/** The usage of one subcommand: its line(s) of the synopsis, and for check every option. */
function commandUsage(cmd) {
    const lines = USAGE.split('\n');
    const start = lines.findIndex(l => l.startsWith(`  vm-image-policy ${cmd}`));
    const synopsis = [];
    if (start >= 0) {
        synopsis.push(lines[start].trim());
        for (let i = start + 1; i < lines.length && /^ {20,}/.test(lines[i]); i++)
            synopsis.push(lines[i]);
    }
    if (cmd === 'facts')
        return facts_cmd/* FACTS_USAGE */.OE;
    const head = `Usage: ${synopsis.join('\n') || `vm-image-policy ${cmd} [options]`}`;
    if (cmd !== 'check')
        return `${head}\n\nSee vm-image-policy --help for every command.`;
    const from = lines.findIndex(l => l.startsWith('Sources'));
    return `${head}\n\n${lines.slice(from).join('\n')}`;
}
/** Edit distance (for "did you mean"). */
function distance(a, b) {
    const d = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = d[0];
        d[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const t = d[j];
            d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = t;
        }
    }
    return d[b.length];
}
/** The closest name within a few edits, if any. */
function closest(word, names) {
    let best;
    for (const n of names) {
        const d = distance(word, n);
        if (!best || d < best.d)
            best = { n, d };
    }
    return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.n : undefined;
}
function parse(args, options) {
    try {
        return (0,external_node_util_.parseArgs)({ args, options, strict: true, allowPositionals: false });
    }
    catch (e) {
        const code = e.code;
        const m = /^Unknown option '(-{1,2}[^']+)'/.exec(e.message);
        if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && m) {
            const given = m[1].replace(/^-+/, '').split('=')[0];
            const near = closest(given, Object.keys(options));
            throw new errors/* UserError */.yo(`unknown option ${(0,src_text/* inert */.tJ)(m[1], 40)}${near ? `; did you mean --${near}?` : ''}; see --help`);
        }
        throw new errors/* UserError */.yo(`${(0,errors/* oneLine */.TN)(e).replace(/\. To specify a positional argument.*$/, '')}; see vm-image-policy --help`);
    }
}
function oneOf(name, v, allowed, dflt) {
    if (v === undefined)
        return dflt;
    if (!allowed.includes(v))
        throw new errors/* UserError */.yo(`--${name} must be one of ${allowed.join(', ')}; got "${(0,src_text/* inert */.tJ)(v, 40)}"`);
    return v;
}
/** `check`'s flags → Settings: the flags mapped to raw settings, the configuration file, resolveSettings. */
async function checkSettings(args, env = process.env, cwd = process.cwd()) {
    const { values: v } = parse(args, { ...cli_flags/* CHECK_OPTIONS */.m5 });
    const raw = (0,cli_flags/* flagsToRaw */.l8)(v);
    const cfg = await maybeLoadConfig(v.config, cwd);
    const s = (0,settings/* resolveSettings */.Mo)(raw, cfg, env, n => `--${n}`);
    return { v, s };
}
async function check(args, io) {
    const { v, s } = await checkSettings(args);
    const result = await (0,pipeline/* runCheck */.k_)(s, undefined, { keepFacts: false });
    // The release flow (ledger write-back) is loaded only when a SKU is being released.
    const release = s.sku ? (await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(494)]).then(__webpack_require__.bind(__webpack_require__, 7494))).finishRelease(s, result) : undefined;
    for (const n of [...result.notes, ...(release?.notes ?? [])])
        io.err.write(`vm-image-policy: note: ${n}\n`);
    if (v.quiet && !s.output)
        return result.failed ? 1 : 0;
    const color = !v['no-color'] && !process.env.NO_COLOR && Boolean(io.out.isTTY);
    io.outSyntax.v = s.output ? 'text' : syntaxOf(s.format);
    const body = await render(s.format, result, {
        color: s.output ? false : color,
        verbose: s.verbose,
        all: Boolean(v.all),
        manifest: s.manifest,
        // SARIF results need a repository file (code scanning drops the others): the configuration file, else
        // the workflow file when run in GitHub Actions.
        fallbacks: [
            s.config ?? (external_node_fs_default().existsSync(settings/* DEFAULT_CONFIG */.PV) ? settings/* DEFAULT_CONFIG */.PV : undefined),
            (0,where/* workflowFile */.EY)(process.env)
        ].filter((f) => Boolean(f))
    });
    if (s.output) {
        try {
            external_node_fs_default().writeFileSync(s.output, (0,src_text/* neutraliseCommands */.$B)((0,redact/* redact */.E$)(body), syntaxOf(s.format)));
        }
        catch (e) {
            throw new errors/* UserError */.yo(`cannot write --output ${(0,src_text/* inert */.tJ)(s.output)}: ${e.code ?? (0,errors/* oneLine */.TN)(e)}`);
        }
        if (s.format !== 'text' && !v.quiet)
            io.out.write(await render('text', result, { color, verbose: s.verbose, all: Boolean(v.all) }));
    }
    else
        io.out.write(body);
    return result.failed ? 1 : 0;
}
/** Compiles custom policies with the built-in ruleset into a bundle folder for --policy-bundle. */
async function compile(args, io) {
    const { values: v } = parse(args, {
        out: { type: 'string' },
        config: { type: 'string' },
        policies: { type: 'string', multiple: true }
    });
    if (v.out === undefined)
        throw new errors/* UserError */.yo('compile needs --out DIR');
    const { compilePolicies, findOpa, writePolicyBundle } = await __webpack_require__.e(/* import() */ 91).then(__webpack_require__.bind(__webpack_require__, 8091));
    const cfg = v.policies === undefined ? await maybeLoadConfig(v.config) : undefined;
    const paths = v.policies?.map(p => external_node_path_default().resolve(p)) ?? cfg?.policies ?? [];
    for (const p of paths)
        if (!external_node_fs_default().existsSync(p))
            throw new errors/* UserError */.yo(`--policies ${(0,src_text/* inert */.tJ)(p)}: not found`);
    if (paths.length === 0)
        throw new errors/* UserError */.yo('compile: no custom policies (give --policies PATH or a configuration with policies)');
    const opa = findOpa();
    if (!opa)
        throw new errors/* UserError */.yo('compile needs opa on PATH (or OPA_BIN)');
    const r = compilePolicies(paths, { opa, base: cfg?.base ?? process.cwd() });
    writePolicyBundle(r, v.out);
    const custom = r.rules.filter(x => !x.id.startsWith('AZMP-')).map(x => x.id);
    io.err.write(`vm-image-policy: ${(0,src_text/* inert */.tJ)(v.out)}: ${r.rules.length} rules (custom: ${custom.join(', ')})\n`);
    return 0;
}
async function rules(args, io) {
    const { values: v } = parse(args, { format: { type: 'string' } });
    const format = oneOf('format', v.format, ['text', 'json'], 'text');
    const { Engine } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 566));
    const eng = await Engine.load();
    if (format === 'json') {
        io.outSyntax.v = 'json';
        io.out.write(JSON.stringify(eng.rules, null, 2) + '\n');
    }
    else
        for (const r of eng.rules)
            io.out.write(`${r.id.padEnd(14)} ${r.severity.padEnd(8)} ${(r.guide || '').padEnd(12)} ${r.title}\n`);
    return 0;
}
/** Runs the Linux probe (this machine, an image root, or a host over SSH) and prints its facts document. */
async function probe(args, io) {
    const { values: v } = parse(args, {
        root: { type: 'string' },
        ssh: { type: 'string' },
        key: { type: 'string' },
        'host-key': { type: 'string' },
        stage: { type: 'string' },
        timeout: { type: 'string' }
    });
    const stage = oneOf('stage', v.stage, ['build', 'deployed', ''], '') || undefined;
    const t = v.timeout === undefined ? 60 : Number(v.timeout);
    if (!Number.isFinite(t) || t <= 0)
        throw new errors/* UserError */.yo(`--timeout must be a number of seconds; got "${(0,src_text/* inert */.tJ)(v.timeout, 20)}"`);
    const { probeLocal, probeOverSsh } = await __webpack_require__.e(/* import() */ 980).then(__webpack_require__.bind(__webpack_require__, 980));
    let doc;
    if (v.ssh !== undefined) {
        if (v.root !== undefined)
            throw new errors/* UserError */.yo('--root and --ssh exclude each other');
        const m = /^([^@\s]+)@([^:\s]+|\[[0-9a-fA-F:]+\])(?::(\d+))?$/.exec(v.ssh);
        if (!m)
            throw new errors/* UserError */.yo(`--ssh must be USER@HOST or USER@HOST:PORT; got "${(0,src_text/* inert */.tJ)(v.ssh, 80)}"`);
        if (v.key === undefined)
            throw new errors/* UserError */.yo('--ssh needs --key FILE (the private key to log in with)');
        doc = await probeOverSsh({
            user: m[1],
            host: m[2].replace(/^\[|\]$/g, ''),
            port: m[3] === undefined ? 22 : Number(m[3]),
            keyFile: v.key,
            hostKey: v['host-key'] ?? '',
            stage,
            timeoutMs: t * 1000
        });
    }
    else {
        if (v.key !== undefined || v['host-key'] !== undefined)
            throw new errors/* UserError */.yo('--key and --host-key go with --ssh');
        doc = await probeLocal({ root: v.root, stage, timeoutMs: t * 1000 });
    }
    io.outSyntax.v = 'json';
    io.out.write(JSON.stringify(doc, null, 2) + '\n');
    return 0;
}
/** `facts`: the merged facts check would judge, with provenance (src/facts-cmd.ts). */
async function facts(args, io) {
    const { values } = parse(args, { ...cli_flags/* SOURCE_OPTIONS */.xK });
    const { factsCommand } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4005));
    return factsCommand(values, io);
}


/***/ }),

/***/ 8270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AG: () => (/* binding */ waiverNotes),
/* harmony export */   Dw: () => (/* binding */ keyPath),
/* harmony export */   P1: () => (/* binding */ expiresUnix),
/* harmony export */   pE: () => (/* binding */ resolveConfig)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8992);


function kind(v) {
    return Array.isArray(v) ? 'list' : v === null ? 'null' : typeof v;
}
/**
 * Checks the parts of a configuration that need the ruleset (rule IDs of waivers and severity overrides,
 * threshold keys and their types for the active profile) and turns rule IDs into the package paths the
 * policy works with. Throws one UserError line with the position of the first problem.
 */
function resolveConfig(cfg, ruleset, profile) {
    const out = { severity: {}, waivers: [] };
    if (!cfg)
        return out;
    const byId = new Map(ruleset.rules.map(r => [r.id, r]));
    const rule = (id, p) => {
        const r = byId.get(id);
        if (!r) {
            const near = ruleset.rules.filter(x => x.id.toUpperCase() === id.toUpperCase()).map(x => x.id);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${cfg.where(p)}: ${keyPath(p)} "${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(id, 60)}" is not a rule ID${near.length ? ` (did you mean ${near[0]}?)` : ''}; list them with: vm-image-policy rules`);
        }
        return r;
    };
    if (cfg.profile !== undefined && !(cfg.profile in ruleset.profiles))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${cfg.where(['profile'])}: profile "${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(cfg.profile, 40)}" does not exist; profiles: ${Object.keys(ruleset.profiles).join(', ')}`);
    const base = ruleset.profiles[profile];
    if (cfg.thresholds && base) {
        for (const [area, kv] of Object.entries(cfg.thresholds)) {
            const defined = base[area];
            if (!defined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${cfg.where(['thresholds', area])}: ${keyPath(['thresholds', area])} is not a threshold area; areas: ${Object.keys(base).join(', ')}`);
            for (const [k, v] of Object.entries(kv)) {
                const p = ['thresholds', area, k];
                if (!(k in defined))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${cfg.where(p)}: ${keyPath(p)} is not a threshold of profile "${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(profile, 40)}"`);
                // A null in the profile is "no limit": a number sets one.
                const want = kind(defined[k]);
                if (kind(v) !== want && !(want === 'null' && kind(v) === 'number'))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${cfg.where(p)}: ${keyPath(p)} must be a ${want} like the profile's value; got ${kind(v)}`);
            }
        }
        out.thresholds = cfg.thresholds;
    }
    for (const [id, sev] of Object.entries(cfg.severity ?? {}))
        out.severity[rule(id, ['severity', id]).path] = sev;
    out.waivers = cfg.waivers.map((w) => {
        const r = rule(w.rule, ['waivers', w.index, 'rule']);
        const pw = {
            index: w.index,
            rule: r.id,
            path: r.path,
            reason: w.reason,
            expires: w.expires,
            expires_unix: expiresUnix(w.expires) ?? 0
        };
        if (w.images)
            pw.images = w.images;
        if (w.skus)
            pw.skus = w.skus;
        if (w.ticket)
            pw.ticket = w.ticket;
        return pw;
    });
    return out;
}
/**
 * Notes about the waivers after every image was evaluated: waivers that waived nothing (stale: the rule
 * passes, or no image or SKU matches), and waivers in use that expire within 14 days.
 */
function waiverNotes(cfg, uses) {
    if (!cfg)
        return [];
    const notes = [];
    for (const w of cfg.waivers) {
        const mine = uses.filter(u => u.index === w.index);
        const label = `${cfg.where(['waivers', w.index])}: waiver for ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(w.rule, 40)}${w.images ? ` (images ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(w.images.join(', '), 80)})` : ''}`;
        if (mine.length === 0) {
            notes.push(`${label} is stale: it matched no failing or unknown finding in this run; remove it if the rule passes now`);
            continue;
        }
        const soon = mine.find(u => u.state === 'active' && u.expiring_soon);
        if (soon)
            notes.push(`${label}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(soon.note ?? `expires on ${w.expires}`, 300)} (${[...new Set(mine.map(u => (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(u.image, 60)))].join(', ')})`);
    }
    return notes;
}
/** `waivers[0].expires`, `thresholds.disks.os_disk_max_gb`, `(document)` for the root. */
function keyPath(p) {
    let s = '';
    for (const k of p)
        s += typeof k === 'number' ? `[${k}]` : s === '' ? String(k) : `.${String(k)}`;
    return s === '' ? '(document)' : (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(s, 120);
}
/** A waiver's `expires` date (YYYY-MM-DD, a real calendar day) as epoch seconds; undefined when not one. */
function expiresUnix(date) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (!m)
        return undefined;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
        return undefined;
    return t / 1000;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   U_: () => (/* binding */ registerUnquotable),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony exports clearUnquotable, scrubUnquotable */
/**
 * A problem with what the user gave us (a file, a flag, a config value). Printed as one line, exit code 2,
 * never with a stack trace.
 */
class UserError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UserError';
    }
}
function isUserError(e) {
    return e instanceof UserError;
}
/**
 * Content of files that error messages must never quote: files that are not regular files inside the
 * workspace (a config symlinked to /proc/self/environ, a var file that is really a private key). Every
 * run of WINDOW characters of a message that also occurs in such content is cut out of the message.
 */
const unquotable = [];
const WINDOW = 12;
const MAX_KEPT = 256 * 1024;
function registerUnquotable(content) {
    if (content.length >= WINDOW)
        unquotable.push(content.slice(0, MAX_KEPT));
}
/** Forget the unquotable contents (tests only). */
function clearUnquotable() {
    unquotable.length = 0;
}
/** `msg` with every excerpt (WINDOW characters or more) of an unquotable file replaced by "…". */
function scrubUnquotable(msg) {
    if (unquotable.length === 0 || msg.length < WINDOW)
        return msg;
    const cut = new Uint8Array(msg.length);
    let any = false;
    for (let i = 0; i + WINDOW <= msg.length; i++) {
        const w = msg.slice(i, i + WINDOW);
        if (unquotable.some(c => c.includes(w))) {
            cut.fill(1, i, i + WINDOW);
            any = true;
        }
    }
    if (!any)
        return msg;
    let out = '';
    for (let i = 0; i < msg.length; i++) {
        if (cut[i] === 1) {
            if (i === 0 || cut[i - 1] !== 1)
                out += '…';
        }
        else
            out += msg[i];
    }
    return out;
}
/** One line for any error: the message of a UserError, or "internal error: …" for a bug. */
function oneLine(e) {
    const msg = e instanceof Error ? e.message : String(e);
    return scrubUnquotable(msg.replace(/\s*\n\s*/g, ' ').trim());
}


/***/ }),

/***/ 4005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OE: () => (/* binding */ FACTS_USAGE),
/* harmony export */   factsCommand: () => (/* binding */ factsCommand)
/* harmony export */ });
/* unused harmony exports factsSettings, gatherFacts */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _facts_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7746);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6670);
/* harmony import */ var _cli_flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1376);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8750);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8992);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(311);
/**
 * `vm-image-policy facts`: what `check` would judge, before judging it (as `conftest parse` is to conftest).
 * Every source `check` accepts is gathered and merged by the very code `check` runs (src/pipeline.ts:
 * gather → groupImages → mergeImage); each image's merged facts document is printed as JSON with its
 * `provenance` (fact path → the source and file:line it came from) and `conflicts` (sources that disagreed).
 * No policy is loaded and nothing is evaluated. Output goes through the CLI's redacting stream.
 */








const FACTS_USAGE = `Usage: vm-image-policy facts [sources] [--output FILE]

Prints, as JSON, each image's merged facts document as check would judge it: every fact, its provenance
(fact path → source and file:line) and the conflicts between sources. Nothing is evaluated.

Sources (at least one; the same as check):
${_cli_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .SOURCES_HELP */ .b5}
  --sku OFFER/SKU, --version X.Y.Z, --ledger FILE, --history ledger|tags, --tag-pattern P, --base-ref BRANCH
                         SKU version history, as for check

Options:
  --mode pr|release      as for check (release reads SAS blobs by default; PR mode reads the base ledger)
  --now RFC3339          evaluation time (SAS expiry, ledger dates)
  --output FILE          write the JSON there instead of stdout

Exit status: 0 facts printed; 2 usage or input error.`;
/**
 * Settings for gathering only: the sources (the same flags and mapping as `check`, src/cli-flags.ts), and
 * the defaults (no configuration file) for what only evaluation reads; resolveSettings, so the mode
 * defaults agree.
 */
function factsSettings(v, env = process.env) {
    return (0,_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveSettings */ .Mo)({ ...(0,_cli_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .flagsToRaw */ .l8)(v), format: 'json', verbose: true }, undefined, env, n => `--${n}`);
}
/** Gathers and merges every source exactly as `check` does, and returns each image's facts. */
async function gatherFacts(s) {
    const { gather, groupImages, mergeImage } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3921));
    const g = await gather(s);
    const images = [];
    for (const [name, parts] of groupImages(g.partials))
        images.push({ name, sources: parts.map(p => (0,_facts_types_js__WEBPACK_IMPORTED_MODULE_2__/* .originText */ .C)(p.origin)), facts: mergeImage(name, parts) });
    return { version: _version_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION */ .x, images, notes: g.notes };
}
/** The subcommand: parsed values in, JSON out (stdout or --output), notes on stderr. */
async function factsCommand(v, io) {
    const s = factsSettings(v);
    const r = await gatherFacts(s);
    for (const n of r.notes)
        io.err.write(`vm-image-policy: note: ${n}\n`);
    const body = `${JSON.stringify(r, null, 2)}\n`;
    const output = v.output;
    if (output !== undefined) {
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(output, (0,_text_js__WEBPACK_IMPORTED_MODULE_7__/* .neutraliseCommands */ .$B)((0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(body), 'json'));
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot write --output ${(0,_text_js__WEBPACK_IMPORTED_MODULE_7__/* .inert */ .tJ)(output)}: ${e.code ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(e)}`);
        }
        return 0;
    }
    io.outSyntax.v = 'json';
    io.out.write(body);
    return 0;
}


/***/ }),

/***/ 7683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defaultImageName: () => (/* binding */ defaultImageName),
/* harmony export */   readFactsFile: () => (/* binding */ readFactsFile),
/* harmony export */   readSource: () => (/* binding */ readSource)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8992);
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1308);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(514);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7746);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4904);







/**
 * A facts file: one facts document (probe output, or hand-written) or an array of them. Validated against
 * the facts schema before anything else looks at it. Probe output counts as observed; other files as given.
 */
function readFactsFile(file) {
    const { value } = (0,_json_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readJsonFile */ .JE)(file, 'facts file', { positions: false });
    const docs = Array.isArray(value) ? value : [value];
    if (docs.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(file)}: the facts file holds an empty array; nothing to check`);
    return docs.map((doc, i) => {
        const where = Array.isArray(value) ? `${file} [${i}]` : file;
        if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(where)}: a facts document is a JSON object, found ${(0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__.kind)(doc)}`);
        const d = doc;
        if (d.schema_version === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(where)}: not a facts document (no "schema_version"); a Packer manifest goes to --manifest`);
        if (d.schema_version !== 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(where)}: facts schema_version ${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(d.schema_version, 20)} is not supported by this version (it reads 1); upgrade vm-image-policy`);
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .validateFacts */ .y)(d, where);
        const image = d.image;
        // Probe output (observed) outranks hand-written facts; each probe records itself in its OS section.
        const probe = (d.probe ??
            d.linux?.probe ??
            d.windows?.probe);
        const provenance = { ...(d.provenance ?? {}) };
        const facts = { ...d };
        delete facts.provenance;
        delete facts.conflicts;
        return {
            image: image?.name ?? '',
            origin: { kind: 'facts', file },
            priority: probe ? _types_js__WEBPACK_IMPORTED_MODULE_4__/* .PRIORITY */ .F.observed : _types_js__WEBPACK_IMPORTED_MODULE_4__/* .PRIORITY */ .F.file,
            facts,
            provenance
        };
    });
}
function defaultImageName(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(file).replace(/\.json$/i, '');
}
/** The facts-file source: every --facts file, in order. */
async function readSource(s) {
    const partials = [];
    for (const f of s.facts)
        partials.push(...readFactsFile(f));
    return { partials, notes: [] };
}


/***/ }),

/***/ 1308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   os: () => (/* binding */ parseLocated),
/* harmony export */   q3: () => (/* binding */ JsonSyntaxError)
/* harmony export */ });
/* unused harmony export MAX_DEPTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8992);
/* harmony import */ var _user_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3207);



const MAX_BYTES = 64 * 1024 * 1024;
/** Deeper nesting than this is refused (with its position) before any recursive reader sees it. */
const MAX_DEPTH = 256;
/**
 * Reads a JSON file; every failure is a UserError naming the file (and line:column for syntax errors).
 * The file must be a regular file of at most 64 MiB (see readUserFile). The JSON is stricter than
 * JSON.parse: duplicate keys, numbers outside the double range (1e309), lone surrogate escapes and nesting
 * deeper than MAX_DEPTH are errors with a position. With `positions: false` no per-value map is kept
 * (facts files can hold thousands of documents). A file outside the workspace is never quoted.
 */
function readJsonFile(file, what, opts = {}) {
    const { text, quotable } = (0,_user_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readUserText */ .nD)(file, what, MAX_BYTES);
    if (text.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inert */ .tJ)(file)} is empty`);
    try {
        return parseLocated(text, { positions: opts.positions !== false, quote: quotable });
    }
    catch (e) {
        if (e instanceof JsonSyntaxError)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inert */ .tJ)(file)}:${e.line}:${e.column}: invalid JSON in ${what}: ${e.message}`);
        throw e;
    }
}
class JsonSyntaxError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
    }
}
/**
 * A small JSON parser that records the line and column of every value (JSON.parse records none) and
 * refuses what JSON.parse lets through silently: duplicate keys (both positions named), numbers that are
 * not finite doubles, lone surrogate escapes, nesting deeper than MAX_DEPTH. Keys such as `__proto__` are
 * own data properties, never a prototype.
 */
function parseLocated(text, opts = {}) {
    const keep = opts.positions !== false;
    const quote = opts.quote !== false;
    const positions = new Map();
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    let lineStart = 0;
    const fail = (msg, at = { line, column: i - lineStart + 1 }) => {
        throw new JsonSyntaxError(msg, at.line, at.column);
    };
    const here = () => ({ line, column: i - lineStart + 1 });
    const ws = () => {
        for (;;) {
            const c = text.charCodeAt(i);
            if (c === 10) {
                line++;
                i++;
                lineStart = i;
            }
            else if (c === 32 || c === 9 || c === 13)
                i++;
            else
                break;
        }
    };
    const describe = () => i >= text.length
        ? 'unexpected end of input'
        : quote
            ? `unexpected ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inert */ .tJ)(JSON.stringify(text[i]), 12)}`
            : 'unexpected character';
    const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    const value = (path, depth) => {
        if (depth > MAX_DEPTH)
            fail(`nesting deeper than ${MAX_DEPTH} levels`);
        ws();
        if (keep)
            positions.set(path, here());
        const c = text[i];
        if (c === '{') {
            i++;
            const obj = {};
            const seen = new Map();
            ws();
            if (text[i] === '}') {
                i++;
                return obj;
            }
            for (;;) {
                ws();
                if (text[i] !== '"')
                    fail(`${describe()}, expected a property name`);
                const at = here();
                const key = str();
                const first = seen.get(key);
                if (first)
                    fail(`duplicate key ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inert */ .tJ)(JSON.stringify(key), 80)} (first at ${first.line}:${first.column})`, at);
                seen.set(key, at);
                ws();
                if (text[i] !== ':')
                    fail(`${describe()}, expected ':'`);
                i++;
                Object.defineProperty(obj, key, {
                    value: value(keep ? (path === '' ? key : `${path}.${key}`) : '', depth + 1),
                    enumerable: true,
                    writable: true,
                    configurable: true
                });
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return obj;
                }
                fail(`${describe()}, expected ',' or '}'`);
            }
        }
        if (c === '[') {
            i++;
            const arr = [];
            ws();
            if (text[i] === ']') {
                i++;
                return arr;
            }
            for (;;) {
                arr.push(value(keep ? (path === '' ? String(arr.length) : `${path}.${arr.length}`) : '', depth + 1));
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return arr;
                }
                fail(`${describe()}, expected ',' or ']'`);
            }
        }
        if (c === '"')
            return str();
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (m) {
            const n = Number(m[0]);
            if (!Number.isFinite(n))
                fail(`number ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inert */ .tJ)(m[0], 40)} is outside the range of a double (it would read as Infinity)`);
            i += m[0].length;
            return n;
        }
        for (const [lit, v] of [
            ['true', true],
            ['false', false],
            ['null', null]
        ]) {
            if (text.startsWith(lit, i)) {
                i += lit.length;
                return v;
            }
        }
        return fail(describe());
    };
    const hex4 = (at) => /^[0-9a-fA-F]{4}$/.test(text.slice(at, at + 4)) ? parseInt(text.slice(at, at + 4), 16) : -1;
    const str = () => {
        i++; // opening quote
        let out = '';
        let start = i;
        for (;;) {
            if (i >= text.length)
                fail('unterminated string');
            const c = text.charCodeAt(i);
            if (c === 34) {
                out += text.slice(start, i);
                i++;
                return out;
            }
            if (c < 0x20)
                fail('control character in string');
            if (c >= 0xd800 && c <= 0xdfff) {
                // Raw surrogates only arrive in pairs from UTF-8; a lone one is refused like a lone escape.
                const next = text.charCodeAt(i + 1);
                if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
                    i += 2;
                    continue;
                }
                fail('lone surrogate in string');
            }
            if (c === 92) {
                out += text.slice(start, i);
                const e = text[i + 1];
                const map = {
                    '"': '"',
                    '\\': '\\',
                    '/': '/',
                    b: '\b',
                    f: '\f',
                    n: '\n',
                    r: '\r',
                    t: '\t'
                };
                if (e !== undefined && Object.prototype.hasOwnProperty.call(map, e)) {
                    out += map[e];
                    i += 2;
                }
                else if (e === 'u' && hex4(i + 2) >= 0) {
                    const u = hex4(i + 2);
                    if (u >= 0xdc00 && u <= 0xdfff)
                        fail('lone surrogate escape in string (a low surrogate first)');
                    if (u >= 0xd800 && u <= 0xdbff) {
                        const lo = text[i + 6] === '\\' && text[i + 7] === 'u' ? hex4(i + 8) : -1;
                        if (lo < 0xdc00 || lo > 0xdfff)
                            fail('lone surrogate escape in string (a high surrogate without its low half)');
                        out += String.fromCharCode(u, lo);
                        i += 12;
                    }
                    else {
                        out += String.fromCharCode(u);
                        i += 6;
                    }
                }
                else
                    fail('invalid escape in string');
                start = i;
                continue;
            }
            i++;
        }
    };
    const v = value('', 0);
    ws();
    if (i < text.length)
        fail(`${describe()} after the end of the document`);
    return { value: v, positions };
}


/***/ }),

/***/ 514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CUSTOM_DATA_KEYS: () => (/* binding */ CUSTOM_DATA_KEYS),
/* harmony export */   getPath: () => (/* binding */ getPath),
/* harmony export */   kind: () => (/* binding */ kind),
/* harmony export */   parseArtifactId: () => (/* binding */ parseArtifactId),
/* harmony export */   readManifest: () => (/* binding */ readManifest),
/* harmony export */   readSource: () => (/* binding */ readSource),
/* harmony export */   setPath: () => (/* binding */ setPath)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8992);
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1308);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7746);




const RID = '^/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/Microsoft\\.Compute/';
/**
 * Every form of azure-arm artifact_id: a managed image resource ID, a Compute Gallery image version ID,
 * a VHD URI (VHD builds, or keep_os_disk on an unmanaged disk) and a managed OS disk ID (keep_os_disk).
 */
function parseArtifactId(id) {
    let m = new RegExp(`${RID}galleries/([^/]+)/images/([^/]+)/versions/([^/]+)$`, 'i').exec(id);
    if (m)
        return {
            kind: 'gallery_image_version',
            subscription: m[1],
            resourceGroup: m[2],
            gallery: m[3],
            imageDefinition: m[4],
            version: m[5]
        };
    m = new RegExp(`${RID}images/([^/]+)$`, 'i').exec(id);
    if (m)
        return { kind: 'managed_image', subscription: m[1], resourceGroup: m[2], name: m[3] };
    m = new RegExp(`${RID}disks/([^/]+)$`, 'i').exec(id);
    if (m)
        return { kind: 'os_disk', subscription: m[1], resourceGroup: m[2], name: m[3] };
    if (/^https?:\/\/[^/]+\/.+\.vhd(\?.*)?$/i.test(id)) {
        const url = id.replace(/\?.*$/, '');
        return { kind: 'vhd', url, name: url.slice(url.lastIndexOf('/') + 1) };
    }
    return { kind: 'unknown' };
}
/**
 * custom_data keys read as declared facts (Packer stores custom_data values as strings):
 *   os_type               Linux | Windows                  -> os.declared_type
 *   offer, sku, version   marketplace offer/SKU/version    -> sku.offer, sku.sku, sku.version
 *   os_disk_size_gb       number                           -> disks.os.size_gb
 *   data_disk_sizes_gb    "10,20" (LUN order)              -> disks.data[].size_gb
 *   os_disk_state         Generalized | Specialized        -> disks.os.state
 *   stage                 build | deployed                 -> stage
 * Other keys are ignored (and listed with --verbose).
 */
const CUSTOM_DATA_KEYS = [
    'os_type',
    'offer',
    'sku',
    'version',
    'os_disk_size_gb',
    'data_disk_sizes_gb',
    'os_disk_state',
    'stage'
];
const AZURE = new Set(['azure-arm']);
function readManifest(file, opts = {}) {
    const { value, positions } = (0,_json_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonFile */ .JE)(file, 'Packer manifest');
    const where = (p) => {
        const pos = positions.get(p);
        return pos
            ? { source: 'manifest', file, line: pos.line, column: pos.column }
            : { source: 'manifest', file };
    };
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(file)}: a Packer manifest is a JSON object with "builds"; found ${kind(value)}`);
    const doc = value;
    if (!Array.isArray(doc.builds))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(file)}:${pos(positions, '')}: not a Packer manifest: "builds" is ${doc.builds === undefined ? 'missing' : `a ${kind(doc.builds)}, not an array`}`);
    const builds = [];
    doc.builds.forEach((b, index) => {
        if (typeof b !== 'object' || b === null || Array.isArray(b))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(file)}:${pos(positions, `builds.${index}`)}: builds[${index}] is a ${kind(b)}, not an object`);
        const r = b;
        for (const k of ['name', 'builder_type', 'artifact_id', 'packer_run_uuid'])
            if (r[k] !== undefined && r[k] !== null && typeof r[k] !== 'string')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(file)}:${pos(positions, `builds.${index}.${k}`)}: builds[${index}].${k} must be a string, found ${kind(r[k])}`);
        builds.push({
            name: r.name ?? `build-${index}`,
            builder_type: r.builder_type ?? '',
            artifact_id: r.artifact_id,
            packer_run_uuid: r.packer_run_uuid,
            index
        });
    });
    if (builds.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(file)}: the manifest has no builds`);
    const notes = [];
    let selected = builds;
    const last = typeof doc.last_run_uuid === 'string' ? doc.last_run_uuid : undefined;
    if (opts.build !== undefined) {
        selected = builds.filter(b => b.name === opts.build || b.name.endsWith(`.${opts.build}`));
        if (selected.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(file)}: no build named "${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(opts.build)}"; builds: ${builds
                .slice(0, 20)
                .map(b => (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(b.name, 60))
                .join(', ')}${builds.length > 20 ? ` and ${builds.length - 20} more` : ''}`);
        if (selected.length > 1 && last)
            selected = selected.filter(b => b.packer_run_uuid === last).slice(-1);
        selected = selected.slice(-1);
    }
    else if (last) {
        const ofLast = builds.filter(b => b.packer_run_uuid === last);
        if (ofLast.length > 0)
            selected = ofLast;
        else
            notes.push(`no build has last_run_uuid ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(last, 60)}; checking every build`);
    }
    const azure = selected.filter(b => AZURE.has(b.builder_type));
    if (azure.length === 0) {
        const types = [...new Set(selected.map(b => b.builder_type || '(none)'))]
            .map(t => (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(t, 40))
            .join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(file)}: no azure-arm build to check (builder types found: ${types}); nothing was evaluated`);
    }
    for (const b of selected)
        if (!AZURE.has(b.builder_type))
            notes.push(`skipped build ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(b.name, 80)}: builder ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(b.builder_type, 40)} is not azure-arm`);
    const images = azure.map(b => buildFacts(file, b, doc.builds, where));
    // Two builds of the same source in one run carry the same name in Packer's manifest: they are two images
    // (keyed "NAME#1", "NAME#2" in build order), never merged into one.
    const count = new Map();
    for (const b of azure)
        count.set(b.name, (count.get(b.name) ?? 0) + 1);
    const seen = new Map();
    azure.forEach((b, i) => {
        if ((count.get(b.name) ?? 0) < 2)
            return;
        const n = (seen.get(b.name) ?? 0) + 1;
        seen.set(b.name, n);
        images[i] = { ...images[i], image: `${b.name}#${n}` };
        if (n === 1)
            notes.push(`${count.get(b.name)} builds named ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(b.name, 80)} in one run: checked as ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(b.name, 80)}#1…#${count.get(b.name)}`);
    });
    return { images, notes };
}
function buildFacts(file, b, raw, where) {
    const base = `builds.${b.index}`;
    const facts = { schema_version: 1 };
    const provenance = {};
    const set = (path, v, from) => {
        setPath(facts, path, v);
        provenance[path] = where(from);
    };
    const image = { name: b.name, builder_type: b.builder_type };
    const r = raw[b.index];
    if (typeof r.build_time === 'number' && Number.isInteger(r.build_time))
        image.build_time = r.build_time;
    if (b.packer_run_uuid)
        image.packer_run_uuid = b.packer_run_uuid;
    if (b.artifact_id) {
        const art = parseArtifactId(b.artifact_id);
        image.artifact_id = art.kind === 'vhd' && art.url ? art.url : b.artifact_id;
        image.artifact_kind = art.kind;
        if (art.kind === 'gallery_image_version' && art.version) {
            set('sku.version', art.version, `${base}.artifact_id`);
            setPath(facts, 'sku.version_sources', [{ source: 'manifest artifact_id', value: art.version }]);
        }
    }
    if (Array.isArray(r.files))
        image.files = r.files
            .filter((f) => typeof f === 'object' && f !== null)
            .map(f => ({
            name: String(f.name ?? ''),
            ...(Number.isInteger(f.size) ? { size: f.size } : {})
        }));
    facts.image = image;
    provenance.image = where(base);
    // One azure-arm artifact is one image with exactly one OS disk.
    set('disks.os_disk_count', 1, `${base}.builder_type`);
    const cd = r.custom_data;
    if (cd !== undefined && cd !== null) {
        if (typeof cd !== 'object' || Array.isArray(cd))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(file)}: builds[${b.index}].custom_data must be an object, found ${kind(cd)}`);
        const c = cd;
        const text = (k) => {
            const v = c[k];
            if (v === undefined || v === null || v === '')
                return undefined;
            if (typeof v !== 'string' && typeof v !== 'number')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(file)}: builds[${b.index}].custom_data.${k} must be a string, found ${kind(v)}`);
            return String(v).trim();
        };
        const num = (k) => {
            const t = text(k);
            if (t === undefined)
                return undefined;
            const n = Number(t);
            if (!Number.isFinite(n) || n < 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(file)}: builds[${b.index}].custom_data.${k} must be a number of GB, found "${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(t, 60)}"`);
            return n;
        };
        const p = (k) => `${base}.custom_data.${k}`;
        const osType = text('os_type');
        if (osType !== undefined) {
            const norm = /^linux$/i.test(osType) ? 'Linux' : /^windows$/i.test(osType) ? 'Windows' : undefined;
            if (!norm)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(file)}: builds[${b.index}].custom_data.os_type must be Linux or Windows, found "${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(osType, 60)}"`);
            set('os.declared_type', norm, p('os_type'));
        }
        for (const k of ['offer', 'sku']) {
            const v = text(k);
            if (v !== undefined)
                set(`sku.${k}`, v, p(k));
        }
        const version = text('version');
        if (version !== undefined) {
            set('sku.version', version, p('version'));
            const sources = getPath(facts, 'sku.version_sources') ?? [];
            setPath(facts, 'sku.version_sources', [...sources, { source: 'manifest custom_data', value: version }]);
        }
        const osSize = num('os_disk_size_gb');
        if (osSize !== undefined)
            set('disks.os.size_gb', osSize, p('os_disk_size_gb'));
        const state = text('os_disk_state');
        if (state !== undefined) {
            if (state !== 'Generalized' && state !== 'Specialized')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(file)}: builds[${b.index}].custom_data.os_disk_state must be Generalized or Specialized, found "${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(state, 60)}"`);
            set('disks.os.state', state, p('os_disk_state'));
        }
        const stage = text('stage');
        if (stage !== undefined) {
            if (stage !== 'build' && stage !== 'deployed')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(file)}: builds[${b.index}].custom_data.stage must be build or deployed, found "${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(stage, 60)}"`);
            set('stage', stage, p('stage'));
        }
        // Present but empty declares "no data disks"; absent leaves the fact unknown.
        const dataSizes = typeof c.data_disk_sizes_gb === 'string' && c.data_disk_sizes_gb.trim() === ''
            ? ''
            : text('data_disk_sizes_gb');
        if (dataSizes !== undefined) {
            const parts = dataSizes.split(/[,\s]+/).filter(Boolean);
            const disks = parts.map((s, lun) => {
                const n = Number(s);
                if (!Number.isFinite(n) || n < 0)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(file)}: builds[${b.index}].custom_data.data_disk_sizes_gb must list numbers of GB ("10,20"), found "${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(s, 40)}"`);
                provenance[`disks.data.${lun}`] = where(p('data_disk_sizes_gb'));
                return { lun, size_gb: n };
            });
            setPath(facts, 'disks.data', disks);
            provenance['disks.data'] = where(p('data_disk_sizes_gb'));
        }
    }
    return { image: b.name, origin: { kind: 'manifest', file }, priority: _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PRIORITY */ .F.declared, facts, provenance };
}
function pos(positions, p) {
    const x = positions.get(p);
    return x ? `${x.line}:${x.column}` : '1:1';
}
function kind(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    return typeof v;
}
function setPath(obj, path, v) {
    const keys = path.split('.');
    let cur = obj;
    for (const k of keys.slice(0, -1)) {
        const next = cur[k];
        if (typeof next !== 'object' || next === null || Array.isArray(next))
            cur[k] = {};
        cur = cur[k];
    }
    cur[keys[keys.length - 1]] = v;
}
function getPath(obj, path) {
    let cur = obj;
    for (const k of path.split('.')) {
        if (typeof cur !== 'object' || cur === null)
            return undefined;
        cur = cur[k];
    }
    return cur;
}
/** The manifest source: one partial per build (or the one --build names). */
async function readSource(s) {
    const m = readManifest(s.manifest, { build: s.build });
    return { partials: m.images, notes: m.notes };
}


/***/ }),

/***/ 7746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ originText),
/* harmony export */   F: () => (/* binding */ PRIORITY)
/* harmony export */ });
const PRIORITY = {
    declared: 10, // manifest custom_data, template, ledger
    file: 20, // a facts file the user hands us
    observed: 30 // probe, VHD footer, SAS URI
};
function originText(o) {
    const kind = o.kind === 'git-tags' ? 'git tags' : o.kind === 'disks' ? 'vhd + sas' : o.kind;
    return [kind, o.file, o.detail === undefined ? undefined : `(${o.detail})`].filter(Boolean).join(' ');
}


/***/ }),

/***/ 4904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ validate_validateFacts)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/generated/validate-facts.js
// @ts-nocheck
/* eslint-disable */
// Generated by scripts/build-schemas.mjs from schemas/facts*.schema.json. Do not edit.
const validateFacts = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://vm-image-policy.dev/schemas/facts.schema.json","title":"vm-image-policy facts document","description":"Everything known about one image. A fact that was not gathered is ABSENT (never false, never 0): rules that need it report unknown. `provenance` maps a dotted fact path to where it came from.","type":"object","required":["schema_version"],"additionalProperties":false,"properties":{"schema_version":{"const":1},"image":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string"},"builder_type":{"type":"string"},"artifact_id":{"type":"string"},"artifact_kind":{"enum":["managed_image","gallery_image_version","vhd","os_disk","unknown"]},"build_time":{"type":"integer"},"packer_run_uuid":{"type":"string"},"files":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"size":{"type":"integer"}}}}}},"stage":{"enum":["build","deployed"]},"os":{"type":"object","additionalProperties":false,"properties":{"type":{"enum":["Linux","Windows"]},"id":{"type":"string"},"id_like":{"type":"array","items":{"type":"string"}},"version_id":{"type":"string"},"name":{"type":"string"},"pretty_name":{"type":"string"},"architecture":{"type":"string"},"declared_type":{"enum":["Linux","Windows"]}}},"sku":{"type":"object","additionalProperties":false,"properties":{"offer":{"type":"string"},"sku":{"type":"string"},"version":{"type":"string"},"version_sources":{"type":"array","items":{"type":"object","required":["source","value"],"properties":{"source":{"type":"string"},"value":{"type":"string"}}}},"published_versions":{"type":"array","items":{"type":"string"}},"other_skus":{"description":"Published versions of the offer's other SKUs (SKU ID -> versions), for information only: no rule compares this SKU's version with them (AZMP-SKU-006).","type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}},"listing":{"type":"object","properties":{"os_family":{"type":"string"},"os_description":{"type":"string"},"recommended_vm_sizes":{"type":"array","items":{"type":"string"}}}}}},"disks":{"type":"object","additionalProperties":false,"properties":{"os_disk_count":{"type":"integer","minimum":0},"os":{"$ref":"#/definitions/disk"},"data":{"type":"array","items":{"$ref":"#/definitions/disk"}}}},"sas":{"type":"array","items":{"$ref":"#/definitions/sas"}},"linux":{"$ref":"facts-linux.schema.json"},"windows":{"$ref":"facts-windows.schema.json"},"template":{"description":"What the Packer template declares (declared facts: probe and VHD facts outrank them). Absent attributes are absent here; unresolved ones are listed in `unresolved` with their expression.","type":"object","additionalProperties":false,"properties":{"build":{"type":"string","description":"HCL2 build block name"},"source":{"type":"string","description":"Packer's full name of the image: <build>.azure-arm.<source> (HCL2) or the builder name (JSON)"},"base_image":{"type":"object","additionalProperties":false,"properties":{"publisher":{"type":"string"},"offer":{"type":"string"},"sku":{"type":"string"},"version":{"type":"string"},"url":{"type":"string"},"custom_managed_image_name":{"type":"string"}}},"vm_size":{"type":"string"},"security_type":{"type":"string"},"secure_boot_enabled":{"type":"boolean"},"vtpm_enabled":{"type":"boolean"},"keep_os_disk":{"type":"boolean"},"managed_image_name":{"type":"string"},"capture_container_name":{"type":"string"},"capture_name_prefix":{"type":"string"},"gallery_destination":{"type":"object","additionalProperties":false,"properties":{"gallery_name":{"type":"string"},"image_name":{"type":"string"},"image_version":{"type":"string"},"resource_group":{"type":"string"}}},"provisioners":{"description":"The provisioners that run for this image, in order (only/except applied). Provenance keys: template.provisioners.N, template.provisioners.N.inline.M, template.provisioners.N.scripts.M.","type":"array","items":{"type":"object","additionalProperties":false,"required":["index","type"],"properties":{"index":{"type":"integer","minimum":0,"description":"position in the build block"},"type":{"type":"string"},"inline":{"type":"array","items":{"type":"string"}},"scripts":{"type":"array","items":{"type":"string"}},"unresolved":{"type":"boolean","description":"some line or script path could not be evaluated and is shown as written"},"execute_command":{"type":"string"},"direction":{"type":"string","description":"file provisioner: upload or download"},"steps":{"description":"the commands it runs on the machine, in order (execute_command around each script, inline lines, script file lines); provenance key template.provisioners.N.steps.M","type":"array","items":{"type":"object","additionalProperties":false,"required":["text","from"],"properties":{"text":{"type":"string"},"from":{"enum":["inline","script","execute_command"]},"unresolved":{"type":"boolean"}}}}}}},"unresolved":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["attribute","expr","reason"],"properties":{"attribute":{"type":"string"},"expr":{"type":"string"},"reason":{"type":"string"}}}}}},"provenance":{"type":"object","additionalProperties":{"$ref":"#/definitions/location"}},"conflicts":{"type":"array","items":{"type":"object","required":["fact","values"],"properties":{"fact":{"type":"string"},"values":{"type":"array","items":{"type":"object","properties":{"value":{},"source":{"$ref":"#/definitions/location"}}}}}}},"probe":{"type":"object","description":"Which probe produced these facts.","additionalProperties":false,"properties":{"kind":{"enum":["linux","windows"]},"version":{"type":"string"},"root":{"type":"string"},"host":{"type":"string"},"duration_ms":{"type":"number"}}}},"definitions":{"location":{"type":"object","required":["source"],"additionalProperties":false,"properties":{"source":{"enum":["manifest","template","probe","vhd","sas","ledger","facts","input","config"]},"file":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"end_line":{"type":"integer","minimum":1},"detail":{"type":"string"}}},"disk":{"type":"object","additionalProperties":false,"properties":{"lun":{"type":"integer","minimum":0},"size_gb":{"type":"number","minimum":0},"empty":{"type":"boolean"},"state":{"enum":["Generalized","Specialized"]},"vhd":{"$ref":"#/definitions/vhd"},"partition_table":{"$ref":"#/definitions/partition_table"}}},"partition_table":{"description":"Observed from the disk itself (the OS disk's MBR or GPT, and the first bytes of each partition). Present only when the table was read and is sound (no partition past the end of the disk, no overlap, a valid GPT copy); present even when the root filesystem could not be read.","type":"object","additionalProperties":false,"required":["scheme","partitions"],"properties":{"scheme":{"enum":["gpt","mbr"]},"gpt_backup_used":{"type":"boolean","description":"the primary GPT was damaged and the backup GPT at the end of the disk was read"},"partitions":{"type":"array","maxItems":1024,"description":"every partition in table order (MBR: primary 1-4, then logical from 5; extended containers left out)","items":{"type":"object","additionalProperties":false,"required":["number","kind","type","fs"],"properties":{"number":{"type":"integer","minimum":1,"description":"the partition number as Linux names it (sda3, nvme0n1p3)"},"kind":{"enum":["linux","linux-root","linux-boot","swap","lvm","raid","efi","bios-boot","microsoft","other"],"description":"what the partition type says"},"type":{"type":"string","description":"the MBR type byte in hex (\"8e\") or the GPT type GUID, lower case"},"fs":{"enum":["ext","xfs","btrfs","lvm-pv","swap","vfat","unknown"],"description":"what the partition's first bytes carry (ext2/3/4 superblock, XFS, btrfs, an LVM2 label, a swap signature, FAT); unknown: none of these"},"size_bytes":{"type":"integer","minimum":0},"holds_root":{"type":"boolean","description":"an ext filesystem holding /etc/fstab (an OS root); absent when the filesystem was not read (not ext, or an ext that could not be read)"},"root":{"type":"boolean","description":"the partition the Linux facts (stage, os, linux) were read from"}}}}}},"vhd":{"description":"Observed from the VHD footer (last 512 bytes of the file or blob).","type":"object","additionalProperties":false,"properties":{"location":{"type":"string","description":"file path or URL with the SAS signature redacted"},"cookie":{"type":"string"},"disk_type":{"enum":["fixed","dynamic","differencing","none","unknown"]},"current_size":{"type":"integer","minimum":0},"length":{"type":"integer","minimum":0},"checksum_valid":{"type":"boolean"},"mib_aligned":{"type":"boolean"},"length_matches":{"type":"boolean"},"blob_type":{"type":"string"},"creator_app":{"type":"string","description":"footer creator application, e.g. qem2, win, d2v"},"http_status":{"type":"integer","description":"HTTP status of the HEAD (or of a failed Range GET) when read from a URL"},"error":{"type":"string"}}},"sas":{"type":"object","additionalProperties":false,"required":["disk"],"properties":{"disk":{"type":"string","pattern":"^(os|lun[0-9]+)$"},"uri":{"type":"string","description":"redacted: sig replaced by REDACTED"},"scheme":{"type":"string"},"host":{"type":"string"},"account":{"type":"string"},"container":{"type":"string"},"blob_name":{"type":"string","description":"percent-decoded"},"blob_name_raw":{"type":"string","description":"as written in the URI (percent-encoded)"},"sv":{"type":"string"},"sp":{"type":"string"},"sr":{"type":"string"},"spr":{"type":"string"},"st_unix":{"type":"integer"},"se_unix":{"type":"integer"},"si":{"type":"string","description":"stored access policy identifier"},"validity_seconds":{"type":"integer","description":"se - st (se - now when st is absent)"},"validity_business_days":{"type":"integer","minimum":0,"description":"whole 24 h days of the window that start on Mon-Fri (UTC)"},"validity_from_now":{"type":"boolean","description":"st was absent: the window was measured from now"},"has_signature":{"type":"boolean"},"parse_error":{"type":"string"},"live":{"type":"object","additionalProperties":false,"properties":{"checked":{"type":"boolean"},"readable":{"type":"boolean"},"status":{"type":"integer"},"blob_type":{"type":"string"},"footer_fixed":{"type":"boolean"},"error":{"type":"string"}}}}}}};const schema15 = {"type":"object","additionalProperties":false,"required":["disk"],"properties":{"disk":{"type":"string","pattern":"^(os|lun[0-9]+)$"},"uri":{"type":"string","description":"redacted: sig replaced by REDACTED"},"scheme":{"type":"string"},"host":{"type":"string"},"account":{"type":"string"},"container":{"type":"string"},"blob_name":{"type":"string","description":"percent-decoded"},"blob_name_raw":{"type":"string","description":"as written in the URI (percent-encoded)"},"sv":{"type":"string"},"sp":{"type":"string"},"sr":{"type":"string"},"spr":{"type":"string"},"st_unix":{"type":"integer"},"se_unix":{"type":"integer"},"si":{"type":"string","description":"stored access policy identifier"},"validity_seconds":{"type":"integer","description":"se - st (se - now when st is absent)"},"validity_business_days":{"type":"integer","minimum":0,"description":"whole 24 h days of the window that start on Mon-Fri (UTC)"},"validity_from_now":{"type":"boolean","description":"st was absent: the window was measured from now"},"has_signature":{"type":"boolean"},"parse_error":{"type":"string"},"live":{"type":"object","additionalProperties":false,"properties":{"checked":{"type":"boolean"},"readable":{"type":"boolean"},"status":{"type":"integer"},"blob_type":{"type":"string"},"footer_fixed":{"type":"boolean"},"error":{"type":"string"}}}}};const schema28 = {"type":"object","required":["source"],"additionalProperties":false,"properties":{"source":{"enum":["manifest","template","probe","vhd","sas","ledger","facts","input","config"]},"file":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"end_line":{"type":"integer","minimum":1},"detail":{"type":"string"}}};const func2 = Object.prototype.hasOwnProperty;const schema12 = {"type":"object","additionalProperties":false,"properties":{"lun":{"type":"integer","minimum":0},"size_gb":{"type":"number","minimum":0},"empty":{"type":"boolean"},"state":{"enum":["Generalized","Specialized"]},"vhd":{"$ref":"#/definitions/vhd"},"partition_table":{"$ref":"#/definitions/partition_table"}}};const schema13 = {"description":"Observed from the VHD footer (last 512 bytes of the file or blob).","type":"object","additionalProperties":false,"properties":{"location":{"type":"string","description":"file path or URL with the SAS signature redacted"},"cookie":{"type":"string"},"disk_type":{"enum":["fixed","dynamic","differencing","none","unknown"]},"current_size":{"type":"integer","minimum":0},"length":{"type":"integer","minimum":0},"checksum_valid":{"type":"boolean"},"mib_aligned":{"type":"boolean"},"length_matches":{"type":"boolean"},"blob_type":{"type":"string"},"creator_app":{"type":"string","description":"footer creator application, e.g. qem2, win, d2v"},"http_status":{"type":"integer","description":"HTTP status of the HEAD (or of a failed Range GET) when read from a URL"},"error":{"type":"string"}}};const schema14 = {"description":"Observed from the disk itself (the OS disk's MBR or GPT, and the first bytes of each partition). Present only when the table was read and is sound (no partition past the end of the disk, no overlap, a valid GPT copy); present even when the root filesystem could not be read.","type":"object","additionalProperties":false,"required":["scheme","partitions"],"properties":{"scheme":{"enum":["gpt","mbr"]},"gpt_backup_used":{"type":"boolean","description":"the primary GPT was damaged and the backup GPT at the end of the disk was read"},"partitions":{"type":"array","maxItems":1024,"description":"every partition in table order (MBR: primary 1-4, then logical from 5; extended containers left out)","items":{"type":"object","additionalProperties":false,"required":["number","kind","type","fs"],"properties":{"number":{"type":"integer","minimum":1,"description":"the partition number as Linux names it (sda3, nvme0n1p3)"},"kind":{"enum":["linux","linux-root","linux-boot","swap","lvm","raid","efi","bios-boot","microsoft","other"],"description":"what the partition type says"},"type":{"type":"string","description":"the MBR type byte in hex (\"8e\") or the GPT type GUID, lower case"},"fs":{"enum":["ext","xfs","btrfs","lvm-pv","swap","vfat","unknown"],"description":"what the partition's first bytes carry (ext2/3/4 superblock, XFS, btrfs, an LVM2 label, a swap signature, FAT); unknown: none of these"},"size_bytes":{"type":"integer","minimum":0},"holds_root":{"type":"boolean","description":"an ext filesystem holding /etc/fstab (an OS root); absent when the filesystem was not read (not ext, or an ext that could not be read)"},"root":{"type":"boolean","description":"the partition the Linux facts (stage, os, linux) were read from"}}}}}};function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((key0 === "lun") || (key0 === "size_gb")) || (key0 === "empty")) || (key0 === "state")) || (key0 === "vhd")) || (key0 === "partition_table"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.lun !== undefined){let data0 = data.lun;if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){const err1 = {instancePath:instancePath+"/lun",schemaPath:"#/properties/lun/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if((typeof data0 == "number") && (isFinite(data0))){if(data0 < 0 || isNaN(data0)){const err2 = {instancePath:instancePath+"/lun",schemaPath:"#/properties/lun/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}if(data.size_gb !== undefined){let data1 = data.size_gb;if((typeof data1 == "number") && (isFinite(data1))){if(data1 < 0 || isNaN(data1)){const err3 = {instancePath:instancePath+"/size_gb",schemaPath:"#/properties/size_gb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/size_gb",schemaPath:"#/properties/size_gb/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.empty !== undefined){if(typeof data.empty !== "boolean"){const err5 = {instancePath:instancePath+"/empty",schemaPath:"#/properties/empty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.state !== undefined){let data3 = data.state;if(!((data3 === "Generalized") || (data3 === "Specialized"))){const err6 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema12.properties.state.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.vhd !== undefined){let data4 = data.vhd;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key1 in data4){if(!(func2.call(schema13.properties, key1))){const err7 = {instancePath:instancePath+"/vhd",schemaPath:"#/definitions/vhd/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data4.location !== undefined){if(typeof data4.location !== "string"){const err8 = {instancePath:instancePath+"/vhd/location",schemaPath:"#/definitions/vhd/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data4.cookie !== undefined){if(typeof data4.cookie !== "string"){const err9 = {instancePath:instancePath+"/vhd/cookie",schemaPath:"#/definitions/vhd/properties/cookie/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data4.disk_type !== undefined){let data7 = data4.disk_type;if(!(((((data7 === "fixed") || (data7 === "dynamic")) || (data7 === "differencing")) || (data7 === "none")) || (data7 === "unknown"))){const err10 = {instancePath:instancePath+"/vhd/disk_type",schemaPath:"#/definitions/vhd/properties/disk_type/enum",keyword:"enum",params:{allowedValues: schema13.properties.disk_type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data4.current_size !== undefined){let data8 = data4.current_size;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err11 = {instancePath:instancePath+"/vhd/current_size",schemaPath:"#/definitions/vhd/properties/current_size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 < 0 || isNaN(data8)){const err12 = {instancePath:instancePath+"/vhd/current_size",schemaPath:"#/definitions/vhd/properties/current_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}if(data4.length !== undefined){let data9 = data4.length;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err13 = {instancePath:instancePath+"/vhd/length",schemaPath:"#/definitions/vhd/properties/length/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 0 || isNaN(data9)){const err14 = {instancePath:instancePath+"/vhd/length",schemaPath:"#/definitions/vhd/properties/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}if(data4.checksum_valid !== undefined){if(typeof data4.checksum_valid !== "boolean"){const err15 = {instancePath:instancePath+"/vhd/checksum_valid",schemaPath:"#/definitions/vhd/properties/checksum_valid/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data4.mib_aligned !== undefined){if(typeof data4.mib_aligned !== "boolean"){const err16 = {instancePath:instancePath+"/vhd/mib_aligned",schemaPath:"#/definitions/vhd/properties/mib_aligned/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data4.length_matches !== undefined){if(typeof data4.length_matches !== "boolean"){const err17 = {instancePath:instancePath+"/vhd/length_matches",schemaPath:"#/definitions/vhd/properties/length_matches/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data4.blob_type !== undefined){if(typeof data4.blob_type !== "string"){const err18 = {instancePath:instancePath+"/vhd/blob_type",schemaPath:"#/definitions/vhd/properties/blob_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data4.creator_app !== undefined){if(typeof data4.creator_app !== "string"){const err19 = {instancePath:instancePath+"/vhd/creator_app",schemaPath:"#/definitions/vhd/properties/creator_app/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data4.http_status !== undefined){let data15 = data4.http_status;if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){const err20 = {instancePath:instancePath+"/vhd/http_status",schemaPath:"#/definitions/vhd/properties/http_status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data4.error !== undefined){if(typeof data4.error !== "string"){const err21 = {instancePath:instancePath+"/vhd/error",schemaPath:"#/definitions/vhd/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/vhd",schemaPath:"#/definitions/vhd/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.partition_table !== undefined){let data17 = data.partition_table;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){if(data17.scheme === undefined){const err23 = {instancePath:instancePath+"/partition_table",schemaPath:"#/definitions/partition_table/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data17.partitions === undefined){const err24 = {instancePath:instancePath+"/partition_table",schemaPath:"#/definitions/partition_table/required",keyword:"required",params:{missingProperty: "partitions"},message:"must have required property '"+"partitions"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}for(const key2 in data17){if(!(((key2 === "scheme") || (key2 === "gpt_backup_used")) || (key2 === "partitions"))){const err25 = {instancePath:instancePath+"/partition_table",schemaPath:"#/definitions/partition_table/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data17.scheme !== undefined){let data18 = data17.scheme;if(!((data18 === "gpt") || (data18 === "mbr"))){const err26 = {instancePath:instancePath+"/partition_table/scheme",schemaPath:"#/definitions/partition_table/properties/scheme/enum",keyword:"enum",params:{allowedValues: schema14.properties.scheme.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data17.gpt_backup_used !== undefined){if(typeof data17.gpt_backup_used !== "boolean"){const err27 = {instancePath:instancePath+"/partition_table/gpt_backup_used",schemaPath:"#/definitions/partition_table/properties/gpt_backup_used/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data17.partitions !== undefined){let data20 = data17.partitions;if(Array.isArray(data20)){if(data20.length > 1024){const err28 = {instancePath:instancePath+"/partition_table/partitions",schemaPath:"#/definitions/partition_table/properties/partitions/maxItems",keyword:"maxItems",params:{limit: 1024},message:"must NOT have more than 1024 items"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}const len0 = data20.length;for(let i0=0; i0<len0; i0++){let data21 = data20[i0];if(data21 && typeof data21 == "object" && !Array.isArray(data21)){if(data21.number === undefined){const err29 = {instancePath:instancePath+"/partition_table/partitions/" + i0,schemaPath:"#/definitions/partition_table/properties/partitions/items/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data21.kind === undefined){const err30 = {instancePath:instancePath+"/partition_table/partitions/" + i0,schemaPath:"#/definitions/partition_table/properties/partitions/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data21.type === undefined){const err31 = {instancePath:instancePath+"/partition_table/partitions/" + i0,schemaPath:"#/definitions/partition_table/properties/partitions/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data21.fs === undefined){const err32 = {instancePath:instancePath+"/partition_table/partitions/" + i0,schemaPath:"#/definitions/partition_table/properties/partitions/items/required",keyword:"required",params:{missingProperty: "fs"},message:"must have required property '"+"fs"+"'"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}for(const key3 in data21){if(!(((((((key3 === "number") || (key3 === "kind")) || (key3 === "type")) || (key3 === "fs")) || (key3 === "size_bytes")) || (key3 === "holds_root")) || (key3 === "root"))){const err33 = {instancePath:instancePath+"/partition_table/partitions/" + i0,schemaPath:"#/definitions/partition_table/properties/partitions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data21.number !== undefined){let data22 = data21.number;if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){const err34 = {instancePath:instancePath+"/partition_table/partitions/" + i0+"/number",schemaPath:"#/definitions/partition_table/properties/partitions/items/properties/number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if((typeof data22 == "number") && (isFinite(data22))){if(data22 < 1 || isNaN(data22)){const err35 = {instancePath:instancePath+"/partition_table/partitions/" + i0+"/number",schemaPath:"#/definitions/partition_table/properties/partitions/items/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}if(data21.kind !== undefined){let data23 = data21.kind;if(!((((((((((data23 === "linux") || (data23 === "linux-root")) || (data23 === "linux-boot")) || (data23 === "swap")) || (data23 === "lvm")) || (data23 === "raid")) || (data23 === "efi")) || (data23 === "bios-boot")) || (data23 === "microsoft")) || (data23 === "other"))){const err36 = {instancePath:instancePath+"/partition_table/partitions/" + i0+"/kind",schemaPath:"#/definitions/partition_table/properties/partitions/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema14.properties.partitions.items.properties.kind.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data21.type !== undefined){if(typeof data21.type !== "string"){const err37 = {instancePath:instancePath+"/partition_table/partitions/" + i0+"/type",schemaPath:"#/definitions/partition_table/properties/partitions/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data21.fs !== undefined){let data25 = data21.fs;if(!(((((((data25 === "ext") || (data25 === "xfs")) || (data25 === "btrfs")) || (data25 === "lvm-pv")) || (data25 === "swap")) || (data25 === "vfat")) || (data25 === "unknown"))){const err38 = {instancePath:instancePath+"/partition_table/partitions/" + i0+"/fs",schemaPath:"#/definitions/partition_table/properties/partitions/items/properties/fs/enum",keyword:"enum",params:{allowedValues: schema14.properties.partitions.items.properties.fs.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data21.size_bytes !== undefined){let data26 = data21.size_bytes;if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){const err39 = {instancePath:instancePath+"/partition_table/partitions/" + i0+"/size_bytes",schemaPath:"#/definitions/partition_table/properties/partitions/items/properties/size_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if((typeof data26 == "number") && (isFinite(data26))){if(data26 < 0 || isNaN(data26)){const err40 = {instancePath:instancePath+"/partition_table/partitions/" + i0+"/size_bytes",schemaPath:"#/definitions/partition_table/properties/partitions/items/properties/size_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}if(data21.holds_root !== undefined){if(typeof data21.holds_root !== "boolean"){const err41 = {instancePath:instancePath+"/partition_table/partitions/" + i0+"/holds_root",schemaPath:"#/definitions/partition_table/properties/partitions/items/properties/holds_root/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data21.root !== undefined){if(typeof data21.root !== "boolean"){const err42 = {instancePath:instancePath+"/partition_table/partitions/" + i0+"/root",schemaPath:"#/definitions/partition_table/properties/partitions/items/properties/root/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/partition_table/partitions/" + i0,schemaPath:"#/definitions/partition_table/properties/partitions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath:instancePath+"/partition_table/partitions",schemaPath:"#/definitions/partition_table/properties/partitions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath:instancePath+"/partition_table",schemaPath:"#/definitions/partition_table/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}else {const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}validate11.errors = vErrors;return errors === 0;}const schema16 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://vm-image-policy.dev/schemas/facts-linux.schema.json","title":"Linux facts (probes/linux/probe.sh)","description":"What probes/linux/probe.sh observed. A key that is absent was NOT gathered (unreadable file, tool missing, not possible offline); false, 0 and [] are observations. `file` is the path inside the probed system, `line` is 1-based.","type":"object","additionalProperties":false,"properties":{"probe":{"type":"object","additionalProperties":false,"properties":{"version":{"type":"string"},"mode":{"enum":["live","root"]},"root":{"type":"string","description":"the --root directory (root mode)"},"unreadable":{"type":"array","description":"files that exist but could not be read (their facts are absent)","items":{"type":"string"}}}},"kernel":{"type":"object","additionalProperties":false,"properties":{"release":{"type":"string","description":"kernel release judged: the running one (live) or the newest under /lib/modules"},"releases":{"type":"array","description":"all kernel releases found","items":{"type":"string"}},"source":{"enum":["modules","config","running"],"description":"where driver states came from: /lib/modules/<r> (modules.builtin + module files), /boot/config-<r>, or /proc + /sys of the running kernel"},"config_file":{"type":"string"},"hyperv":{"type":"object","additionalProperties":false,"properties":{"hv_vmbus":{"$ref":"#/definitions/driver"},"hv_storvsc":{"$ref":"#/definitions/driver"},"hv_netvsc":{"$ref":"#/definitions/driver"},"hv_utils":{"$ref":"#/definitions/driver"}}},"hyperv_disabled":{"type":"array","description":"modprobe.d lines, and kernel command-line parameters (kind cmdline: modprobe.blacklist=, module_blacklist=), that disable a Hyper-V driver","items":{"type":"object","additionalProperties":false,"required":["module","file"],"properties":{"module":{"type":"string"},"file":{"type":"string"},"line":{"type":"integer","minimum":1},"text":{"type":"string"},"kind":{"enum":["blacklist","install","alias","cmdline"]}}}}}},"boot":{"type":"object","additionalProperties":false,"description":"kernel command lines: GRUB_CMDLINE_LINUX(+_DEFAULT) of /etc/default/grub(.d), the first linux line of the generated grub.cfg, /proc/cmdline (live)","properties":{"grub_default":{"$ref":"#/definitions/cmdline"},"grub_cfg":{"$ref":"#/definitions/cmdline"},"proc_cmdline":{"$ref":"#/definitions/cmdline"}}},"waagent":{"type":"object","additionalProperties":false,"properties":{"installed":{"type":"boolean"},"path":{"type":"string"},"executable":{"type":"boolean"},"version":{"type":"string"},"version_source":{"type":"string","description":"e.g. azurelinuxagent/common/version.py, dpkg, waagent --version"},"packaged":{"type":"boolean","description":"a package database was read: true when a package owns the agent, false when none does"},"package":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string"},"version":{"type":"string"},"manager":{"enum":["dpkg","rpm"]}}},"conf":{"type":"object","additionalProperties":false,"properties":{"present":{"type":"boolean"},"file":{"type":"string"},"settings":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["key","value","line"],"properties":{"key":{"type":"string"},"value":{"type":"string"},"line":{"type":"integer","minimum":1}}}}}},"service":{"type":"object","additionalProperties":false,"description":"the agent's systemd unit: enabled for the default target (build), active (live)","required":["unit"],"properties":{"unit":{"type":"string"},"enabled":{"type":"boolean"},"file":{"type":"string"},"active":{"type":"boolean"}}}}},"python":{"type":"object","additionalProperties":false,"properties":{"present":{"type":"boolean"},"path":{"type":"string"},"version":{"type":"string"},"interpreters":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string"},"version":{"type":"string"}}}},"pyasn1":{"type":"object","additionalProperties":false,"properties":{"present":{"type":"boolean"},"path":{"type":"string"},"version":{"type":"string"}}}}},"openssl":{"type":"object","additionalProperties":false,"properties":{"present":{"type":"boolean"},"binary":{"type":"string"},"library":{"type":"string"},"version":{"type":"string"},"version_source":{"type":"string"}}},"storage":{"type":"object","additionalProperties":false,"properties":{"mounts":{"type":"array","description":"file systems mounted from fstab (swap excluded)","items":{"$ref":"#/definitions/mount"}},"lvm":{"type":"object","additionalProperties":false,"properties":{"root_on_lvm":{"type":"boolean"},"volume_groups":{"type":"array","items":{"type":"string"}},"evidence":{"type":"string"}}},"swap":{"type":"object","additionalProperties":false,"properties":{"fstab":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["spec"],"properties":{"spec":{"type":"string"},"file":{"type":"string"},"line":{"type":"integer","minimum":1}}}},"files":{"type":"array","description":"files carrying a swap signature","items":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string"},"size":{"type":"integer","minimum":0}}}},"active":{"type":"array","description":"/proc/swaps entries (live only)","items":{"type":"string"}},"units":{"type":"array","description":"enabled systemd .swap units","items":{"type":"object","additionalProperties":false,"required":["unit"],"properties":{"unit":{"type":"string"},"what":{"type":"string"},"file":{"type":"string"}}}},"services":{"type":"array","description":"enabled swap-setup services (zram, dphys-swapfile, …)","items":{"type":"object","additionalProperties":false,"required":["unit"],"properties":{"unit":{"type":"string"},"file":{"type":"string"},"kind":{"type":"string"}}}}}}}},"ssh":{"type":"object","additionalProperties":false,"properties":{"installed":{"type":"boolean"},"server":{"type":"string"},"enabled":{"type":"boolean"},"blocked":{"type":"boolean"},"blocked_reason":{"type":"string"},"client_alive_interval":{"type":"object","additionalProperties":false,"required":["source"],"properties":{"value":{"type":"integer"},"raw":{"type":"string"},"file":{"type":"string"},"line":{"type":"integer","minimum":1},"source":{"enum":["sshd -T","config","default"]}}}}},"network":{"type":"object","additionalProperties":false,"properties":{"network_manager":{"type":"object","additionalProperties":false,"properties":{"installed":{"type":"boolean"},"enabled":{"type":"boolean"}}},"ifupdown":{"type":"object","additionalProperties":false,"properties":{"installed":{"type":"boolean"},"ifup":{"type":"string"},"ifdown":{"type":"string"}}},"primary":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string"},"dhcp":{"type":"boolean"},"onboot":{"type":"boolean"},"file":{"type":"string"},"line":{"type":"integer","minimum":1}}},"custom":{"type":"array","description":"static addresses, fixed DNS servers, custom routes found in network configuration","items":{"type":"object","additionalProperties":false,"required":["kind","text"],"properties":{"kind":{"enum":["address","dns","route"]},"text":{"type":"string"},"file":{"type":"string"},"line":{"type":"integer","minimum":1},"mechanism":{"type":"string"}}}},"ipv6":{"type":"object","additionalProperties":false,"properties":{"configured":{"type":"boolean"},"entries":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["text"],"properties":{"text":{"type":"string"},"file":{"type":"string"},"line":{"type":"integer","minimum":1}}}}}},"stack":{"type":"array","description":"the managers that configure networking at boot (ifupdown, netplan, networkd, NetworkManager, wicked, network-scripts)","items":{"type":"string"}},"interfaces":{"type":"array","description":"every interface configuration found, with its name or match criteria as written","items":{"type":"object","additionalProperties":false,"required":["mechanism"],"properties":{"mechanism":{"type":"string"},"name":{"type":"string"},"match":{"type":"object","additionalProperties":false,"properties":{"names":{"type":"array","items":{"type":"string"}},"drivers":{"type":"array","items":{"type":"string"}},"macs":{"type":"array","items":{"type":"string"}},"other":{"type":"array","items":{"type":"string"}}}},"dhcp":{"type":"boolean"},"onboot":{"type":"boolean"},"file":{"type":"string"},"line":{"type":"integer","minimum":1}}}},"persistent_names":{"type":"array","description":"udev rules or .link files that pin an interface name to a MAC address","items":{"type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"type":"string"},"line":{"type":"integer","minimum":1},"text":{"type":"string"},"name":{"type":"string"},"mac":{"type":"string"}}}}}},"updates":{"type":"object","additionalProperties":false,"description":"absent when no method could check (offline without a package manager that allows it)","required":["method"],"properties":{"method":{"type":"string","description":"e.g. apt-get -s upgrade"},"security_sources":{"type":"boolean"},"pending_security":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string"},"installed":{"type":"string"},"candidate":{"type":"string"}}}}}},"accounts":{"type":"object","additionalProperties":false,"properties":{"password_hashes":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["user"],"properties":{"user":{"type":"string"},"uid":{"type":"integer"},"file":{"type":"string"},"line":{"type":"integer","minimum":1}}}},"authorized_keys":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["user","file"],"properties":{"user":{"type":"string"},"file":{"type":"string"},"keys":{"type":"integer","minimum":0},"source":{"enum":["sshd","skel"]},"stubs":{"type":"integer","minimum":0}}}},"passwords":{"type":"array","description":"password field of each account that is a hash or empty (locked ones may be listed)","items":{"type":"object","additionalProperties":false,"required":["user","state"],"properties":{"user":{"type":"string"},"uid":{"type":"integer"},"state":{"enum":["hash","empty","locked"]},"file":{"type":"string"},"line":{"type":"integer","minimum":1}}}},"authorized_keys_file":{"type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{"type":"array","items":{"type":"string"}},"file":{"type":"string"},"line":{"type":"integer","minimum":1}}}}},"history":{"type":"object","additionalProperties":false,"properties":{"files":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["file","size"],"properties":{"user":{"type":"string"},"file":{"type":"string"},"size":{"type":"integer","minimum":0}}}}}},"iptables":{"type":"object","additionalProperties":false,"properties":{"installed":{"type":"boolean"},"path":{"type":"string"},"active_rules":{"type":"integer","minimum":0,"description":"rules loaded in the running kernel (live only)"},"persisted":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"type":"string"},"rules":{"type":"integer","minimum":0},"loaded_at_boot":{"type":"boolean"},"mechanism":{"type":"string"},"loaded_by":{"type":"string"},"line":{"type":"integer","minimum":1},"non_accept_policies":{"type":"integer","minimum":0}}}}}},"generalization":{"type":"object","additionalProperties":false,"properties":{"resolv_conf":{"type":"object","additionalProperties":false,"properties":{"present":{"type":"boolean"},"file":{"type":"string"},"symlink_to":{"type":"string"},"nameservers":{"type":"integer","minimum":0},"kind":{"enum":["absent","regular","symlink","other"]},"resolves_to":{"type":"string"},"generated_by":{"type":"string"}}},"dhcp_leases":{"type":"array","items":{"type":"string"}},"hostname":{"type":"object","additionalProperties":false,"properties":{"value":{"type":"string"},"file":{"type":"string"}}},"ssh_host_keys":{"type":"array","items":{"type":"string"}},"provisioning_state":{"type":"array","description":"per-VM provisioning state left in the image","items":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string"},"owner":{"enum":["waagent","cloud-init"]}}}}}},"root_password":{"type":"object","additionalProperties":false,"required":["state"],"properties":{"state":{"enum":["hash","locked","empty","no_entry"]},"file":{"type":"string"},"line":{"type":"integer","minimum":1}}},"sudoers":{"type":"object","additionalProperties":false,"properties":{"targetpw":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"type":"string"},"line":{"type":"integer","minimum":1},"text":{"type":"string"}}}}}},"unsupported":{"type":"array","description":"settings made in a way the probe does not interpret; a rule reading a fact at or under `fact` reports unknown","items":{"type":"object","additionalProperties":false,"required":["fact","reason"],"properties":{"fact":{"type":"string"},"file":{"type":"string"},"line":{"type":"integer","minimum":1},"text":{"type":"string"},"reason":{"type":"string"}}}},"cloud_init":{"type":"object","additionalProperties":false,"description":"cloud-init: installed, its units, what disables it, its merged configuration","properties":{"installed":{"type":"boolean"},"path":{"type":"string"},"version":{"type":"string"},"services":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["unit","enabled"],"properties":{"unit":{"type":"string"},"enabled":{"type":"boolean"},"file":{"type":"string"}}}},"disabled_by":{"type":"array","description":"what disables cloud-init (cloud-init.disabled, cloud-init=disabled on the kernel line, …)","items":{"type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"type":"string"},"line":{"type":"integer","minimum":1},"text":{"type":"string"}}}},"files":{"type":"array","description":"cloud.cfg and cloud.cfg.d/*.cfg in merge order","items":{"type":"string"}},"settings":{"type":"object","description":"merged effective values of the keys set in some file read (absent key: set nowhere, cloud-init's default)","additionalProperties":{"type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{},"file":{"type":"string"},"line":{"type":"integer","minimum":1}}}},"root_password_entries":{"type":"array","description":"places in cloud-init's configuration that give root a password","items":{"type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"type":"string"},"line":{"type":"integer","minimum":1},"text":{"type":"string"}}}}}}},"definitions":{"driver":{"enum":["builtin","module","absent","disabled"]},"cmdline":{"type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{"type":"string"},"file":{"type":"string"},"line":{"type":"integer","minimum":1},"sources":{"type":"array","description":"the assignments that built the value, in the order they were read","items":{"type":"object","additionalProperties":false,"required":["file","value"],"properties":{"file":{"type":"string"},"line":{"type":"integer","minimum":1},"variable":{"type":"string"},"value":{"type":"string"}}}}}},"mount":{"type":"object","additionalProperties":false,"required":["mountpoint"],"properties":{"spec":{"type":"string"},"mountpoint":{"type":"string"},"fstype":{"type":"string"},"file":{"type":"string"},"line":{"type":"integer","minimum":1}}}}};const schema17 = {"enum":["builtin","module","absent","disabled"]};const schema21 = {"type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{"type":"string"},"file":{"type":"string"},"line":{"type":"integer","minimum":1},"sources":{"type":"array","description":"the assignments that built the value, in the order they were read","items":{"type":"object","additionalProperties":false,"required":["file","value"],"properties":{"file":{"type":"string"},"line":{"type":"integer","minimum":1},"variable":{"type":"string"},"value":{"type":"string"}}}}}};const schema24 = {"type":"object","additionalProperties":false,"required":["mountpoint"],"properties":{"spec":{"type":"string"},"mountpoint":{"type":"string"},"fstype":{"type":"string"},"file":{"type":"string"},"line":{"type":"integer","minimum":1}}};function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://vm-image-policy.dev/schemas/facts-linux.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema16.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.probe !== undefined){let data0 = data.probe;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){if(!((((key1 === "version") || (key1 === "mode")) || (key1 === "root")) || (key1 === "unreadable"))){const err1 = {instancePath:instancePath+"/probe",schemaPath:"#/properties/probe/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data0.version !== undefined){if(typeof data0.version !== "string"){const err2 = {instancePath:instancePath+"/probe/version",schemaPath:"#/properties/probe/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.mode !== undefined){let data2 = data0.mode;if(!((data2 === "live") || (data2 === "root"))){const err3 = {instancePath:instancePath+"/probe/mode",schemaPath:"#/properties/probe/properties/mode/enum",keyword:"enum",params:{allowedValues: schema16.properties.probe.properties.mode.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.root !== undefined){if(typeof data0.root !== "string"){const err4 = {instancePath:instancePath+"/probe/root",schemaPath:"#/properties/probe/properties/root/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.unreadable !== undefined){let data4 = data0.unreadable;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){if(typeof data4[i0] !== "string"){const err5 = {instancePath:instancePath+"/probe/unreadable/" + i0,schemaPath:"#/properties/probe/properties/unreadable/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/probe/unreadable",schemaPath:"#/properties/probe/properties/unreadable/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/probe",schemaPath:"#/properties/probe/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.kernel !== undefined){let data6 = data.kernel;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key2 in data6){if(!((((((key2 === "release") || (key2 === "releases")) || (key2 === "source")) || (key2 === "config_file")) || (key2 === "hyperv")) || (key2 === "hyperv_disabled"))){const err8 = {instancePath:instancePath+"/kernel",schemaPath:"#/properties/kernel/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data6.release !== undefined){if(typeof data6.release !== "string"){const err9 = {instancePath:instancePath+"/kernel/release",schemaPath:"#/properties/kernel/properties/release/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data6.releases !== undefined){let data8 = data6.releases;if(Array.isArray(data8)){const len1 = data8.length;for(let i1=0; i1<len1; i1++){if(typeof data8[i1] !== "string"){const err10 = {instancePath:instancePath+"/kernel/releases/" + i1,schemaPath:"#/properties/kernel/properties/releases/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/kernel/releases",schemaPath:"#/properties/kernel/properties/releases/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data6.source !== undefined){let data10 = data6.source;if(!(((data10 === "modules") || (data10 === "config")) || (data10 === "running"))){const err12 = {instancePath:instancePath+"/kernel/source",schemaPath:"#/properties/kernel/properties/source/enum",keyword:"enum",params:{allowedValues: schema16.properties.kernel.properties.source.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data6.config_file !== undefined){if(typeof data6.config_file !== "string"){const err13 = {instancePath:instancePath+"/kernel/config_file",schemaPath:"#/properties/kernel/properties/config_file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data6.hyperv !== undefined){let data12 = data6.hyperv;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key3 in data12){if(!((((key3 === "hv_vmbus") || (key3 === "hv_storvsc")) || (key3 === "hv_netvsc")) || (key3 === "hv_utils"))){const err14 = {instancePath:instancePath+"/kernel/hyperv",schemaPath:"#/properties/kernel/properties/hyperv/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data12.hv_vmbus !== undefined){let data13 = data12.hv_vmbus;if(!((((data13 === "builtin") || (data13 === "module")) || (data13 === "absent")) || (data13 === "disabled"))){const err15 = {instancePath:instancePath+"/kernel/hyperv/hv_vmbus",schemaPath:"#/definitions/driver/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data12.hv_storvsc !== undefined){let data14 = data12.hv_storvsc;if(!((((data14 === "builtin") || (data14 === "module")) || (data14 === "absent")) || (data14 === "disabled"))){const err16 = {instancePath:instancePath+"/kernel/hyperv/hv_storvsc",schemaPath:"#/definitions/driver/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data12.hv_netvsc !== undefined){let data15 = data12.hv_netvsc;if(!((((data15 === "builtin") || (data15 === "module")) || (data15 === "absent")) || (data15 === "disabled"))){const err17 = {instancePath:instancePath+"/kernel/hyperv/hv_netvsc",schemaPath:"#/definitions/driver/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data12.hv_utils !== undefined){let data16 = data12.hv_utils;if(!((((data16 === "builtin") || (data16 === "module")) || (data16 === "absent")) || (data16 === "disabled"))){const err18 = {instancePath:instancePath+"/kernel/hyperv/hv_utils",schemaPath:"#/definitions/driver/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/kernel/hyperv",schemaPath:"#/properties/kernel/properties/hyperv/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data6.hyperv_disabled !== undefined){let data17 = data6.hyperv_disabled;if(Array.isArray(data17)){const len2 = data17.length;for(let i2=0; i2<len2; i2++){let data18 = data17[i2];if(data18 && typeof data18 == "object" && !Array.isArray(data18)){if(data18.module === undefined){const err20 = {instancePath:instancePath+"/kernel/hyperv_disabled/" + i2,schemaPath:"#/properties/kernel/properties/hyperv_disabled/items/required",keyword:"required",params:{missingProperty: "module"},message:"must have required property '"+"module"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data18.file === undefined){const err21 = {instancePath:instancePath+"/kernel/hyperv_disabled/" + i2,schemaPath:"#/properties/kernel/properties/hyperv_disabled/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}for(const key4 in data18){if(!(((((key4 === "module") || (key4 === "file")) || (key4 === "line")) || (key4 === "text")) || (key4 === "kind"))){const err22 = {instancePath:instancePath+"/kernel/hyperv_disabled/" + i2,schemaPath:"#/properties/kernel/properties/hyperv_disabled/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data18.module !== undefined){if(typeof data18.module !== "string"){const err23 = {instancePath:instancePath+"/kernel/hyperv_disabled/" + i2+"/module",schemaPath:"#/properties/kernel/properties/hyperv_disabled/items/properties/module/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data18.file !== undefined){if(typeof data18.file !== "string"){const err24 = {instancePath:instancePath+"/kernel/hyperv_disabled/" + i2+"/file",schemaPath:"#/properties/kernel/properties/hyperv_disabled/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data18.line !== undefined){let data21 = data18.line;if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){const err25 = {instancePath:instancePath+"/kernel/hyperv_disabled/" + i2+"/line",schemaPath:"#/properties/kernel/properties/hyperv_disabled/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if((typeof data21 == "number") && (isFinite(data21))){if(data21 < 1 || isNaN(data21)){const err26 = {instancePath:instancePath+"/kernel/hyperv_disabled/" + i2+"/line",schemaPath:"#/properties/kernel/properties/hyperv_disabled/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}if(data18.text !== undefined){if(typeof data18.text !== "string"){const err27 = {instancePath:instancePath+"/kernel/hyperv_disabled/" + i2+"/text",schemaPath:"#/properties/kernel/properties/hyperv_disabled/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data18.kind !== undefined){let data23 = data18.kind;if(!((((data23 === "blacklist") || (data23 === "install")) || (data23 === "alias")) || (data23 === "cmdline"))){const err28 = {instancePath:instancePath+"/kernel/hyperv_disabled/" + i2+"/kind",schemaPath:"#/properties/kernel/properties/hyperv_disabled/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema16.properties.kernel.properties.hyperv_disabled.items.properties.kind.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/kernel/hyperv_disabled/" + i2,schemaPath:"#/properties/kernel/properties/hyperv_disabled/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/kernel/hyperv_disabled",schemaPath:"#/properties/kernel/properties/hyperv_disabled/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/kernel",schemaPath:"#/properties/kernel/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.boot !== undefined){let data24 = data.boot;if(data24 && typeof data24 == "object" && !Array.isArray(data24)){for(const key5 in data24){if(!(((key5 === "grub_default") || (key5 === "grub_cfg")) || (key5 === "proc_cmdline"))){const err32 = {instancePath:instancePath+"/boot",schemaPath:"#/properties/boot/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data24.grub_default !== undefined){let data25 = data24.grub_default;if(data25 && typeof data25 == "object" && !Array.isArray(data25)){if(data25.value === undefined){const err33 = {instancePath:instancePath+"/boot/grub_default",schemaPath:"#/definitions/cmdline/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}for(const key6 in data25){if(!((((key6 === "value") || (key6 === "file")) || (key6 === "line")) || (key6 === "sources"))){const err34 = {instancePath:instancePath+"/boot/grub_default",schemaPath:"#/definitions/cmdline/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data25.value !== undefined){if(typeof data25.value !== "string"){const err35 = {instancePath:instancePath+"/boot/grub_default/value",schemaPath:"#/definitions/cmdline/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data25.file !== undefined){if(typeof data25.file !== "string"){const err36 = {instancePath:instancePath+"/boot/grub_default/file",schemaPath:"#/definitions/cmdline/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data25.line !== undefined){let data28 = data25.line;if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){const err37 = {instancePath:instancePath+"/boot/grub_default/line",schemaPath:"#/definitions/cmdline/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if((typeof data28 == "number") && (isFinite(data28))){if(data28 < 1 || isNaN(data28)){const err38 = {instancePath:instancePath+"/boot/grub_default/line",schemaPath:"#/definitions/cmdline/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}if(data25.sources !== undefined){let data29 = data25.sources;if(Array.isArray(data29)){const len3 = data29.length;for(let i3=0; i3<len3; i3++){let data30 = data29[i3];if(data30 && typeof data30 == "object" && !Array.isArray(data30)){if(data30.file === undefined){const err39 = {instancePath:instancePath+"/boot/grub_default/sources/" + i3,schemaPath:"#/definitions/cmdline/properties/sources/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(data30.value === undefined){const err40 = {instancePath:instancePath+"/boot/grub_default/sources/" + i3,schemaPath:"#/definitions/cmdline/properties/sources/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}for(const key7 in data30){if(!((((key7 === "file") || (key7 === "line")) || (key7 === "variable")) || (key7 === "value"))){const err41 = {instancePath:instancePath+"/boot/grub_default/sources/" + i3,schemaPath:"#/definitions/cmdline/properties/sources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data30.file !== undefined){if(typeof data30.file !== "string"){const err42 = {instancePath:instancePath+"/boot/grub_default/sources/" + i3+"/file",schemaPath:"#/definitions/cmdline/properties/sources/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data30.line !== undefined){let data32 = data30.line;if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){const err43 = {instancePath:instancePath+"/boot/grub_default/sources/" + i3+"/line",schemaPath:"#/definitions/cmdline/properties/sources/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if((typeof data32 == "number") && (isFinite(data32))){if(data32 < 1 || isNaN(data32)){const err44 = {instancePath:instancePath+"/boot/grub_default/sources/" + i3+"/line",schemaPath:"#/definitions/cmdline/properties/sources/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}if(data30.variable !== undefined){if(typeof data30.variable !== "string"){const err45 = {instancePath:instancePath+"/boot/grub_default/sources/" + i3+"/variable",schemaPath:"#/definitions/cmdline/properties/sources/items/properties/variable/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data30.value !== undefined){if(typeof data30.value !== "string"){const err46 = {instancePath:instancePath+"/boot/grub_default/sources/" + i3+"/value",schemaPath:"#/definitions/cmdline/properties/sources/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}else {const err47 = {instancePath:instancePath+"/boot/grub_default/sources/" + i3,schemaPath:"#/definitions/cmdline/properties/sources/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}else {const err48 = {instancePath:instancePath+"/boot/grub_default/sources",schemaPath:"#/definitions/cmdline/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}else {const err49 = {instancePath:instancePath+"/boot/grub_default",schemaPath:"#/definitions/cmdline/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data24.grub_cfg !== undefined){let data35 = data24.grub_cfg;if(data35 && typeof data35 == "object" && !Array.isArray(data35)){if(data35.value === undefined){const err50 = {instancePath:instancePath+"/boot/grub_cfg",schemaPath:"#/definitions/cmdline/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}for(const key8 in data35){if(!((((key8 === "value") || (key8 === "file")) || (key8 === "line")) || (key8 === "sources"))){const err51 = {instancePath:instancePath+"/boot/grub_cfg",schemaPath:"#/definitions/cmdline/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data35.value !== undefined){if(typeof data35.value !== "string"){const err52 = {instancePath:instancePath+"/boot/grub_cfg/value",schemaPath:"#/definitions/cmdline/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data35.file !== undefined){if(typeof data35.file !== "string"){const err53 = {instancePath:instancePath+"/boot/grub_cfg/file",schemaPath:"#/definitions/cmdline/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data35.line !== undefined){let data38 = data35.line;if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){const err54 = {instancePath:instancePath+"/boot/grub_cfg/line",schemaPath:"#/definitions/cmdline/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if((typeof data38 == "number") && (isFinite(data38))){if(data38 < 1 || isNaN(data38)){const err55 = {instancePath:instancePath+"/boot/grub_cfg/line",schemaPath:"#/definitions/cmdline/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}if(data35.sources !== undefined){let data39 = data35.sources;if(Array.isArray(data39)){const len4 = data39.length;for(let i4=0; i4<len4; i4++){let data40 = data39[i4];if(data40 && typeof data40 == "object" && !Array.isArray(data40)){if(data40.file === undefined){const err56 = {instancePath:instancePath+"/boot/grub_cfg/sources/" + i4,schemaPath:"#/definitions/cmdline/properties/sources/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(data40.value === undefined){const err57 = {instancePath:instancePath+"/boot/grub_cfg/sources/" + i4,schemaPath:"#/definitions/cmdline/properties/sources/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}for(const key9 in data40){if(!((((key9 === "file") || (key9 === "line")) || (key9 === "variable")) || (key9 === "value"))){const err58 = {instancePath:instancePath+"/boot/grub_cfg/sources/" + i4,schemaPath:"#/definitions/cmdline/properties/sources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data40.file !== undefined){if(typeof data40.file !== "string"){const err59 = {instancePath:instancePath+"/boot/grub_cfg/sources/" + i4+"/file",schemaPath:"#/definitions/cmdline/properties/sources/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data40.line !== undefined){let data42 = data40.line;if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){const err60 = {instancePath:instancePath+"/boot/grub_cfg/sources/" + i4+"/line",schemaPath:"#/definitions/cmdline/properties/sources/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if((typeof data42 == "number") && (isFinite(data42))){if(data42 < 1 || isNaN(data42)){const err61 = {instancePath:instancePath+"/boot/grub_cfg/sources/" + i4+"/line",schemaPath:"#/definitions/cmdline/properties/sources/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}if(data40.variable !== undefined){if(typeof data40.variable !== "string"){const err62 = {instancePath:instancePath+"/boot/grub_cfg/sources/" + i4+"/variable",schemaPath:"#/definitions/cmdline/properties/sources/items/properties/variable/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data40.value !== undefined){if(typeof data40.value !== "string"){const err63 = {instancePath:instancePath+"/boot/grub_cfg/sources/" + i4+"/value",schemaPath:"#/definitions/cmdline/properties/sources/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}}else {const err64 = {instancePath:instancePath+"/boot/grub_cfg/sources/" + i4,schemaPath:"#/definitions/cmdline/properties/sources/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}else {const err65 = {instancePath:instancePath+"/boot/grub_cfg/sources",schemaPath:"#/definitions/cmdline/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/boot/grub_cfg",schemaPath:"#/definitions/cmdline/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data24.proc_cmdline !== undefined){let data45 = data24.proc_cmdline;if(data45 && typeof data45 == "object" && !Array.isArray(data45)){if(data45.value === undefined){const err67 = {instancePath:instancePath+"/boot/proc_cmdline",schemaPath:"#/definitions/cmdline/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}for(const key10 in data45){if(!((((key10 === "value") || (key10 === "file")) || (key10 === "line")) || (key10 === "sources"))){const err68 = {instancePath:instancePath+"/boot/proc_cmdline",schemaPath:"#/definitions/cmdline/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data45.value !== undefined){if(typeof data45.value !== "string"){const err69 = {instancePath:instancePath+"/boot/proc_cmdline/value",schemaPath:"#/definitions/cmdline/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data45.file !== undefined){if(typeof data45.file !== "string"){const err70 = {instancePath:instancePath+"/boot/proc_cmdline/file",schemaPath:"#/definitions/cmdline/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data45.line !== undefined){let data48 = data45.line;if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){const err71 = {instancePath:instancePath+"/boot/proc_cmdline/line",schemaPath:"#/definitions/cmdline/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}if((typeof data48 == "number") && (isFinite(data48))){if(data48 < 1 || isNaN(data48)){const err72 = {instancePath:instancePath+"/boot/proc_cmdline/line",schemaPath:"#/definitions/cmdline/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}if(data45.sources !== undefined){let data49 = data45.sources;if(Array.isArray(data49)){const len5 = data49.length;for(let i5=0; i5<len5; i5++){let data50 = data49[i5];if(data50 && typeof data50 == "object" && !Array.isArray(data50)){if(data50.file === undefined){const err73 = {instancePath:instancePath+"/boot/proc_cmdline/sources/" + i5,schemaPath:"#/definitions/cmdline/properties/sources/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if(data50.value === undefined){const err74 = {instancePath:instancePath+"/boot/proc_cmdline/sources/" + i5,schemaPath:"#/definitions/cmdline/properties/sources/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}for(const key11 in data50){if(!((((key11 === "file") || (key11 === "line")) || (key11 === "variable")) || (key11 === "value"))){const err75 = {instancePath:instancePath+"/boot/proc_cmdline/sources/" + i5,schemaPath:"#/definitions/cmdline/properties/sources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data50.file !== undefined){if(typeof data50.file !== "string"){const err76 = {instancePath:instancePath+"/boot/proc_cmdline/sources/" + i5+"/file",schemaPath:"#/definitions/cmdline/properties/sources/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data50.line !== undefined){let data52 = data50.line;if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){const err77 = {instancePath:instancePath+"/boot/proc_cmdline/sources/" + i5+"/line",schemaPath:"#/definitions/cmdline/properties/sources/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}if((typeof data52 == "number") && (isFinite(data52))){if(data52 < 1 || isNaN(data52)){const err78 = {instancePath:instancePath+"/boot/proc_cmdline/sources/" + i5+"/line",schemaPath:"#/definitions/cmdline/properties/sources/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}}if(data50.variable !== undefined){if(typeof data50.variable !== "string"){const err79 = {instancePath:instancePath+"/boot/proc_cmdline/sources/" + i5+"/variable",schemaPath:"#/definitions/cmdline/properties/sources/items/properties/variable/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data50.value !== undefined){if(typeof data50.value !== "string"){const err80 = {instancePath:instancePath+"/boot/proc_cmdline/sources/" + i5+"/value",schemaPath:"#/definitions/cmdline/properties/sources/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}}else {const err81 = {instancePath:instancePath+"/boot/proc_cmdline/sources/" + i5,schemaPath:"#/definitions/cmdline/properties/sources/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}else {const err82 = {instancePath:instancePath+"/boot/proc_cmdline/sources",schemaPath:"#/definitions/cmdline/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}}else {const err83 = {instancePath:instancePath+"/boot/proc_cmdline",schemaPath:"#/definitions/cmdline/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath:instancePath+"/boot",schemaPath:"#/properties/boot/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data.waagent !== undefined){let data55 = data.waagent;if(data55 && typeof data55 == "object" && !Array.isArray(data55)){for(const key12 in data55){if(!(func2.call(schema16.properties.waagent.properties, key12))){const err85 = {instancePath:instancePath+"/waagent",schemaPath:"#/properties/waagent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data55.installed !== undefined){if(typeof data55.installed !== "boolean"){const err86 = {instancePath:instancePath+"/waagent/installed",schemaPath:"#/properties/waagent/properties/installed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data55.path !== undefined){if(typeof data55.path !== "string"){const err87 = {instancePath:instancePath+"/waagent/path",schemaPath:"#/properties/waagent/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data55.executable !== undefined){if(typeof data55.executable !== "boolean"){const err88 = {instancePath:instancePath+"/waagent/executable",schemaPath:"#/properties/waagent/properties/executable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data55.version !== undefined){if(typeof data55.version !== "string"){const err89 = {instancePath:instancePath+"/waagent/version",schemaPath:"#/properties/waagent/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data55.version_source !== undefined){if(typeof data55.version_source !== "string"){const err90 = {instancePath:instancePath+"/waagent/version_source",schemaPath:"#/properties/waagent/properties/version_source/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data55.packaged !== undefined){if(typeof data55.packaged !== "boolean"){const err91 = {instancePath:instancePath+"/waagent/packaged",schemaPath:"#/properties/waagent/properties/packaged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data55.package !== undefined){let data62 = data55.package;if(data62 && typeof data62 == "object" && !Array.isArray(data62)){if(data62.name === undefined){const err92 = {instancePath:instancePath+"/waagent/package",schemaPath:"#/properties/waagent/properties/package/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}for(const key13 in data62){if(!(((key13 === "name") || (key13 === "version")) || (key13 === "manager"))){const err93 = {instancePath:instancePath+"/waagent/package",schemaPath:"#/properties/waagent/properties/package/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data62.name !== undefined){if(typeof data62.name !== "string"){const err94 = {instancePath:instancePath+"/waagent/package/name",schemaPath:"#/properties/waagent/properties/package/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data62.version !== undefined){if(typeof data62.version !== "string"){const err95 = {instancePath:instancePath+"/waagent/package/version",schemaPath:"#/properties/waagent/properties/package/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data62.manager !== undefined){let data65 = data62.manager;if(!((data65 === "dpkg") || (data65 === "rpm"))){const err96 = {instancePath:instancePath+"/waagent/package/manager",schemaPath:"#/properties/waagent/properties/package/properties/manager/enum",keyword:"enum",params:{allowedValues: schema16.properties.waagent.properties.package.properties.manager.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}}else {const err97 = {instancePath:instancePath+"/waagent/package",schemaPath:"#/properties/waagent/properties/package/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(data55.conf !== undefined){let data66 = data55.conf;if(data66 && typeof data66 == "object" && !Array.isArray(data66)){for(const key14 in data66){if(!(((key14 === "present") || (key14 === "file")) || (key14 === "settings"))){const err98 = {instancePath:instancePath+"/waagent/conf",schemaPath:"#/properties/waagent/properties/conf/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}if(data66.present !== undefined){if(typeof data66.present !== "boolean"){const err99 = {instancePath:instancePath+"/waagent/conf/present",schemaPath:"#/properties/waagent/properties/conf/properties/present/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data66.file !== undefined){if(typeof data66.file !== "string"){const err100 = {instancePath:instancePath+"/waagent/conf/file",schemaPath:"#/properties/waagent/properties/conf/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}if(data66.settings !== undefined){let data69 = data66.settings;if(Array.isArray(data69)){const len6 = data69.length;for(let i6=0; i6<len6; i6++){let data70 = data69[i6];if(data70 && typeof data70 == "object" && !Array.isArray(data70)){if(data70.key === undefined){const err101 = {instancePath:instancePath+"/waagent/conf/settings/" + i6,schemaPath:"#/properties/waagent/properties/conf/properties/settings/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}if(data70.value === undefined){const err102 = {instancePath:instancePath+"/waagent/conf/settings/" + i6,schemaPath:"#/properties/waagent/properties/conf/properties/settings/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}if(data70.line === undefined){const err103 = {instancePath:instancePath+"/waagent/conf/settings/" + i6,schemaPath:"#/properties/waagent/properties/conf/properties/settings/items/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}for(const key15 in data70){if(!(((key15 === "key") || (key15 === "value")) || (key15 === "line"))){const err104 = {instancePath:instancePath+"/waagent/conf/settings/" + i6,schemaPath:"#/properties/waagent/properties/conf/properties/settings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}if(data70.key !== undefined){if(typeof data70.key !== "string"){const err105 = {instancePath:instancePath+"/waagent/conf/settings/" + i6+"/key",schemaPath:"#/properties/waagent/properties/conf/properties/settings/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(data70.value !== undefined){if(typeof data70.value !== "string"){const err106 = {instancePath:instancePath+"/waagent/conf/settings/" + i6+"/value",schemaPath:"#/properties/waagent/properties/conf/properties/settings/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}if(data70.line !== undefined){let data73 = data70.line;if(!(((typeof data73 == "number") && (!(data73 % 1) && !isNaN(data73))) && (isFinite(data73)))){const err107 = {instancePath:instancePath+"/waagent/conf/settings/" + i6+"/line",schemaPath:"#/properties/waagent/properties/conf/properties/settings/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}if((typeof data73 == "number") && (isFinite(data73))){if(data73 < 1 || isNaN(data73)){const err108 = {instancePath:instancePath+"/waagent/conf/settings/" + i6+"/line",schemaPath:"#/properties/waagent/properties/conf/properties/settings/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}}}else {const err109 = {instancePath:instancePath+"/waagent/conf/settings/" + i6,schemaPath:"#/properties/waagent/properties/conf/properties/settings/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}}else {const err110 = {instancePath:instancePath+"/waagent/conf/settings",schemaPath:"#/properties/waagent/properties/conf/properties/settings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}}else {const err111 = {instancePath:instancePath+"/waagent/conf",schemaPath:"#/properties/waagent/properties/conf/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}if(data55.service !== undefined){let data74 = data55.service;if(data74 && typeof data74 == "object" && !Array.isArray(data74)){if(data74.unit === undefined){const err112 = {instancePath:instancePath+"/waagent/service",schemaPath:"#/properties/waagent/properties/service/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}for(const key16 in data74){if(!((((key16 === "unit") || (key16 === "enabled")) || (key16 === "file")) || (key16 === "active"))){const err113 = {instancePath:instancePath+"/waagent/service",schemaPath:"#/properties/waagent/properties/service/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}}if(data74.unit !== undefined){if(typeof data74.unit !== "string"){const err114 = {instancePath:instancePath+"/waagent/service/unit",schemaPath:"#/properties/waagent/properties/service/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}if(data74.enabled !== undefined){if(typeof data74.enabled !== "boolean"){const err115 = {instancePath:instancePath+"/waagent/service/enabled",schemaPath:"#/properties/waagent/properties/service/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}if(data74.file !== undefined){if(typeof data74.file !== "string"){const err116 = {instancePath:instancePath+"/waagent/service/file",schemaPath:"#/properties/waagent/properties/service/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}if(data74.active !== undefined){if(typeof data74.active !== "boolean"){const err117 = {instancePath:instancePath+"/waagent/service/active",schemaPath:"#/properties/waagent/properties/service/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}}else {const err118 = {instancePath:instancePath+"/waagent/service",schemaPath:"#/properties/waagent/properties/service/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}}else {const err119 = {instancePath:instancePath+"/waagent",schemaPath:"#/properties/waagent/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}if(data.python !== undefined){let data79 = data.python;if(data79 && typeof data79 == "object" && !Array.isArray(data79)){for(const key17 in data79){if(!(((((key17 === "present") || (key17 === "path")) || (key17 === "version")) || (key17 === "interpreters")) || (key17 === "pyasn1"))){const err120 = {instancePath:instancePath+"/python",schemaPath:"#/properties/python/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}if(data79.present !== undefined){if(typeof data79.present !== "boolean"){const err121 = {instancePath:instancePath+"/python/present",schemaPath:"#/properties/python/properties/present/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}if(data79.path !== undefined){if(typeof data79.path !== "string"){const err122 = {instancePath:instancePath+"/python/path",schemaPath:"#/properties/python/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}if(data79.version !== undefined){if(typeof data79.version !== "string"){const err123 = {instancePath:instancePath+"/python/version",schemaPath:"#/properties/python/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}if(data79.interpreters !== undefined){let data83 = data79.interpreters;if(Array.isArray(data83)){const len7 = data83.length;for(let i7=0; i7<len7; i7++){let data84 = data83[i7];if(data84 && typeof data84 == "object" && !Array.isArray(data84)){if(data84.path === undefined){const err124 = {instancePath:instancePath+"/python/interpreters/" + i7,schemaPath:"#/properties/python/properties/interpreters/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}for(const key18 in data84){if(!((key18 === "path") || (key18 === "version"))){const err125 = {instancePath:instancePath+"/python/interpreters/" + i7,schemaPath:"#/properties/python/properties/interpreters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}}if(data84.path !== undefined){if(typeof data84.path !== "string"){const err126 = {instancePath:instancePath+"/python/interpreters/" + i7+"/path",schemaPath:"#/properties/python/properties/interpreters/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}if(data84.version !== undefined){if(typeof data84.version !== "string"){const err127 = {instancePath:instancePath+"/python/interpreters/" + i7+"/version",schemaPath:"#/properties/python/properties/interpreters/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}}else {const err128 = {instancePath:instancePath+"/python/interpreters/" + i7,schemaPath:"#/properties/python/properties/interpreters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}}else {const err129 = {instancePath:instancePath+"/python/interpreters",schemaPath:"#/properties/python/properties/interpreters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}if(data79.pyasn1 !== undefined){let data87 = data79.pyasn1;if(data87 && typeof data87 == "object" && !Array.isArray(data87)){for(const key19 in data87){if(!(((key19 === "present") || (key19 === "path")) || (key19 === "version"))){const err130 = {instancePath:instancePath+"/python/pyasn1",schemaPath:"#/properties/python/properties/pyasn1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}if(data87.present !== undefined){if(typeof data87.present !== "boolean"){const err131 = {instancePath:instancePath+"/python/pyasn1/present",schemaPath:"#/properties/python/properties/pyasn1/properties/present/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}if(data87.path !== undefined){if(typeof data87.path !== "string"){const err132 = {instancePath:instancePath+"/python/pyasn1/path",schemaPath:"#/properties/python/properties/pyasn1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}if(data87.version !== undefined){if(typeof data87.version !== "string"){const err133 = {instancePath:instancePath+"/python/pyasn1/version",schemaPath:"#/properties/python/properties/pyasn1/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}}else {const err134 = {instancePath:instancePath+"/python/pyasn1",schemaPath:"#/properties/python/properties/pyasn1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}}else {const err135 = {instancePath:instancePath+"/python",schemaPath:"#/properties/python/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}if(data.openssl !== undefined){let data91 = data.openssl;if(data91 && typeof data91 == "object" && !Array.isArray(data91)){for(const key20 in data91){if(!(((((key20 === "present") || (key20 === "binary")) || (key20 === "library")) || (key20 === "version")) || (key20 === "version_source"))){const err136 = {instancePath:instancePath+"/openssl",schemaPath:"#/properties/openssl/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}if(data91.present !== undefined){if(typeof data91.present !== "boolean"){const err137 = {instancePath:instancePath+"/openssl/present",schemaPath:"#/properties/openssl/properties/present/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}if(data91.binary !== undefined){if(typeof data91.binary !== "string"){const err138 = {instancePath:instancePath+"/openssl/binary",schemaPath:"#/properties/openssl/properties/binary/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}}if(data91.library !== undefined){if(typeof data91.library !== "string"){const err139 = {instancePath:instancePath+"/openssl/library",schemaPath:"#/properties/openssl/properties/library/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}if(data91.version !== undefined){if(typeof data91.version !== "string"){const err140 = {instancePath:instancePath+"/openssl/version",schemaPath:"#/properties/openssl/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}}if(data91.version_source !== undefined){if(typeof data91.version_source !== "string"){const err141 = {instancePath:instancePath+"/openssl/version_source",schemaPath:"#/properties/openssl/properties/version_source/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}}}else {const err142 = {instancePath:instancePath+"/openssl",schemaPath:"#/properties/openssl/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}}if(data.storage !== undefined){let data97 = data.storage;if(data97 && typeof data97 == "object" && !Array.isArray(data97)){for(const key21 in data97){if(!(((key21 === "mounts") || (key21 === "lvm")) || (key21 === "swap"))){const err143 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}}if(data97.mounts !== undefined){let data98 = data97.mounts;if(Array.isArray(data98)){const len8 = data98.length;for(let i8=0; i8<len8; i8++){let data99 = data98[i8];if(data99 && typeof data99 == "object" && !Array.isArray(data99)){if(data99.mountpoint === undefined){const err144 = {instancePath:instancePath+"/storage/mounts/" + i8,schemaPath:"#/definitions/mount/required",keyword:"required",params:{missingProperty: "mountpoint"},message:"must have required property '"+"mountpoint"+"'"};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}for(const key22 in data99){if(!(((((key22 === "spec") || (key22 === "mountpoint")) || (key22 === "fstype")) || (key22 === "file")) || (key22 === "line"))){const err145 = {instancePath:instancePath+"/storage/mounts/" + i8,schemaPath:"#/definitions/mount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}}if(data99.spec !== undefined){if(typeof data99.spec !== "string"){const err146 = {instancePath:instancePath+"/storage/mounts/" + i8+"/spec",schemaPath:"#/definitions/mount/properties/spec/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}if(data99.mountpoint !== undefined){if(typeof data99.mountpoint !== "string"){const err147 = {instancePath:instancePath+"/storage/mounts/" + i8+"/mountpoint",schemaPath:"#/definitions/mount/properties/mountpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}}if(data99.fstype !== undefined){if(typeof data99.fstype !== "string"){const err148 = {instancePath:instancePath+"/storage/mounts/" + i8+"/fstype",schemaPath:"#/definitions/mount/properties/fstype/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}if(data99.file !== undefined){if(typeof data99.file !== "string"){const err149 = {instancePath:instancePath+"/storage/mounts/" + i8+"/file",schemaPath:"#/definitions/mount/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}}if(data99.line !== undefined){let data104 = data99.line;if(!(((typeof data104 == "number") && (!(data104 % 1) && !isNaN(data104))) && (isFinite(data104)))){const err150 = {instancePath:instancePath+"/storage/mounts/" + i8+"/line",schemaPath:"#/definitions/mount/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}if((typeof data104 == "number") && (isFinite(data104))){if(data104 < 1 || isNaN(data104)){const err151 = {instancePath:instancePath+"/storage/mounts/" + i8+"/line",schemaPath:"#/definitions/mount/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}}}}else {const err152 = {instancePath:instancePath+"/storage/mounts/" + i8,schemaPath:"#/definitions/mount/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}}}else {const err153 = {instancePath:instancePath+"/storage/mounts",schemaPath:"#/properties/storage/properties/mounts/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}}if(data97.lvm !== undefined){let data105 = data97.lvm;if(data105 && typeof data105 == "object" && !Array.isArray(data105)){for(const key23 in data105){if(!(((key23 === "root_on_lvm") || (key23 === "volume_groups")) || (key23 === "evidence"))){const err154 = {instancePath:instancePath+"/storage/lvm",schemaPath:"#/properties/storage/properties/lvm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}}if(data105.root_on_lvm !== undefined){if(typeof data105.root_on_lvm !== "boolean"){const err155 = {instancePath:instancePath+"/storage/lvm/root_on_lvm",schemaPath:"#/properties/storage/properties/lvm/properties/root_on_lvm/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}}if(data105.volume_groups !== undefined){let data107 = data105.volume_groups;if(Array.isArray(data107)){const len9 = data107.length;for(let i9=0; i9<len9; i9++){if(typeof data107[i9] !== "string"){const err156 = {instancePath:instancePath+"/storage/lvm/volume_groups/" + i9,schemaPath:"#/properties/storage/properties/lvm/properties/volume_groups/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}}}else {const err157 = {instancePath:instancePath+"/storage/lvm/volume_groups",schemaPath:"#/properties/storage/properties/lvm/properties/volume_groups/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}}if(data105.evidence !== undefined){if(typeof data105.evidence !== "string"){const err158 = {instancePath:instancePath+"/storage/lvm/evidence",schemaPath:"#/properties/storage/properties/lvm/properties/evidence/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}}}else {const err159 = {instancePath:instancePath+"/storage/lvm",schemaPath:"#/properties/storage/properties/lvm/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}}if(data97.swap !== undefined){let data110 = data97.swap;if(data110 && typeof data110 == "object" && !Array.isArray(data110)){for(const key24 in data110){if(!(((((key24 === "fstab") || (key24 === "files")) || (key24 === "active")) || (key24 === "units")) || (key24 === "services"))){const err160 = {instancePath:instancePath+"/storage/swap",schemaPath:"#/properties/storage/properties/swap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}}if(data110.fstab !== undefined){let data111 = data110.fstab;if(Array.isArray(data111)){const len10 = data111.length;for(let i10=0; i10<len10; i10++){let data112 = data111[i10];if(data112 && typeof data112 == "object" && !Array.isArray(data112)){if(data112.spec === undefined){const err161 = {instancePath:instancePath+"/storage/swap/fstab/" + i10,schemaPath:"#/properties/storage/properties/swap/properties/fstab/items/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}for(const key25 in data112){if(!(((key25 === "spec") || (key25 === "file")) || (key25 === "line"))){const err162 = {instancePath:instancePath+"/storage/swap/fstab/" + i10,schemaPath:"#/properties/storage/properties/swap/properties/fstab/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}}if(data112.spec !== undefined){if(typeof data112.spec !== "string"){const err163 = {instancePath:instancePath+"/storage/swap/fstab/" + i10+"/spec",schemaPath:"#/properties/storage/properties/swap/properties/fstab/items/properties/spec/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}}if(data112.file !== undefined){if(typeof data112.file !== "string"){const err164 = {instancePath:instancePath+"/storage/swap/fstab/" + i10+"/file",schemaPath:"#/properties/storage/properties/swap/properties/fstab/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}}if(data112.line !== undefined){let data115 = data112.line;if(!(((typeof data115 == "number") && (!(data115 % 1) && !isNaN(data115))) && (isFinite(data115)))){const err165 = {instancePath:instancePath+"/storage/swap/fstab/" + i10+"/line",schemaPath:"#/properties/storage/properties/swap/properties/fstab/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}if((typeof data115 == "number") && (isFinite(data115))){if(data115 < 1 || isNaN(data115)){const err166 = {instancePath:instancePath+"/storage/swap/fstab/" + i10+"/line",schemaPath:"#/properties/storage/properties/swap/properties/fstab/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}}}}else {const err167 = {instancePath:instancePath+"/storage/swap/fstab/" + i10,schemaPath:"#/properties/storage/properties/swap/properties/fstab/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}}}else {const err168 = {instancePath:instancePath+"/storage/swap/fstab",schemaPath:"#/properties/storage/properties/swap/properties/fstab/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}}if(data110.files !== undefined){let data116 = data110.files;if(Array.isArray(data116)){const len11 = data116.length;for(let i11=0; i11<len11; i11++){let data117 = data116[i11];if(data117 && typeof data117 == "object" && !Array.isArray(data117)){if(data117.path === undefined){const err169 = {instancePath:instancePath+"/storage/swap/files/" + i11,schemaPath:"#/properties/storage/properties/swap/properties/files/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}for(const key26 in data117){if(!((key26 === "path") || (key26 === "size"))){const err170 = {instancePath:instancePath+"/storage/swap/files/" + i11,schemaPath:"#/properties/storage/properties/swap/properties/files/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}if(data117.path !== undefined){if(typeof data117.path !== "string"){const err171 = {instancePath:instancePath+"/storage/swap/files/" + i11+"/path",schemaPath:"#/properties/storage/properties/swap/properties/files/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}}if(data117.size !== undefined){let data119 = data117.size;if(!(((typeof data119 == "number") && (!(data119 % 1) && !isNaN(data119))) && (isFinite(data119)))){const err172 = {instancePath:instancePath+"/storage/swap/files/" + i11+"/size",schemaPath:"#/properties/storage/properties/swap/properties/files/items/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}if((typeof data119 == "number") && (isFinite(data119))){if(data119 < 0 || isNaN(data119)){const err173 = {instancePath:instancePath+"/storage/swap/files/" + i11+"/size",schemaPath:"#/properties/storage/properties/swap/properties/files/items/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}}}}else {const err174 = {instancePath:instancePath+"/storage/swap/files/" + i11,schemaPath:"#/properties/storage/properties/swap/properties/files/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}}}else {const err175 = {instancePath:instancePath+"/storage/swap/files",schemaPath:"#/properties/storage/properties/swap/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}}if(data110.active !== undefined){let data120 = data110.active;if(Array.isArray(data120)){const len12 = data120.length;for(let i12=0; i12<len12; i12++){if(typeof data120[i12] !== "string"){const err176 = {instancePath:instancePath+"/storage/swap/active/" + i12,schemaPath:"#/properties/storage/properties/swap/properties/active/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}}else {const err177 = {instancePath:instancePath+"/storage/swap/active",schemaPath:"#/properties/storage/properties/swap/properties/active/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}}if(data110.units !== undefined){let data122 = data110.units;if(Array.isArray(data122)){const len13 = data122.length;for(let i13=0; i13<len13; i13++){let data123 = data122[i13];if(data123 && typeof data123 == "object" && !Array.isArray(data123)){if(data123.unit === undefined){const err178 = {instancePath:instancePath+"/storage/swap/units/" + i13,schemaPath:"#/properties/storage/properties/swap/properties/units/items/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}for(const key27 in data123){if(!(((key27 === "unit") || (key27 === "what")) || (key27 === "file"))){const err179 = {instancePath:instancePath+"/storage/swap/units/" + i13,schemaPath:"#/properties/storage/properties/swap/properties/units/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}}if(data123.unit !== undefined){if(typeof data123.unit !== "string"){const err180 = {instancePath:instancePath+"/storage/swap/units/" + i13+"/unit",schemaPath:"#/properties/storage/properties/swap/properties/units/items/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}}if(data123.what !== undefined){if(typeof data123.what !== "string"){const err181 = {instancePath:instancePath+"/storage/swap/units/" + i13+"/what",schemaPath:"#/properties/storage/properties/swap/properties/units/items/properties/what/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}}if(data123.file !== undefined){if(typeof data123.file !== "string"){const err182 = {instancePath:instancePath+"/storage/swap/units/" + i13+"/file",schemaPath:"#/properties/storage/properties/swap/properties/units/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}}}else {const err183 = {instancePath:instancePath+"/storage/swap/units/" + i13,schemaPath:"#/properties/storage/properties/swap/properties/units/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}}}else {const err184 = {instancePath:instancePath+"/storage/swap/units",schemaPath:"#/properties/storage/properties/swap/properties/units/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}}if(data110.services !== undefined){let data127 = data110.services;if(Array.isArray(data127)){const len14 = data127.length;for(let i14=0; i14<len14; i14++){let data128 = data127[i14];if(data128 && typeof data128 == "object" && !Array.isArray(data128)){if(data128.unit === undefined){const err185 = {instancePath:instancePath+"/storage/swap/services/" + i14,schemaPath:"#/properties/storage/properties/swap/properties/services/items/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}for(const key28 in data128){if(!(((key28 === "unit") || (key28 === "file")) || (key28 === "kind"))){const err186 = {instancePath:instancePath+"/storage/swap/services/" + i14,schemaPath:"#/properties/storage/properties/swap/properties/services/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}}if(data128.unit !== undefined){if(typeof data128.unit !== "string"){const err187 = {instancePath:instancePath+"/storage/swap/services/" + i14+"/unit",schemaPath:"#/properties/storage/properties/swap/properties/services/items/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}}if(data128.file !== undefined){if(typeof data128.file !== "string"){const err188 = {instancePath:instancePath+"/storage/swap/services/" + i14+"/file",schemaPath:"#/properties/storage/properties/swap/properties/services/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}}if(data128.kind !== undefined){if(typeof data128.kind !== "string"){const err189 = {instancePath:instancePath+"/storage/swap/services/" + i14+"/kind",schemaPath:"#/properties/storage/properties/swap/properties/services/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}}}else {const err190 = {instancePath:instancePath+"/storage/swap/services/" + i14,schemaPath:"#/properties/storage/properties/swap/properties/services/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}}}else {const err191 = {instancePath:instancePath+"/storage/swap/services",schemaPath:"#/properties/storage/properties/swap/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;}}}else {const err192 = {instancePath:instancePath+"/storage/swap",schemaPath:"#/properties/storage/properties/swap/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;}}}else {const err193 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;}}if(data.ssh !== undefined){let data132 = data.ssh;if(data132 && typeof data132 == "object" && !Array.isArray(data132)){for(const key29 in data132){if(!((((((key29 === "installed") || (key29 === "server")) || (key29 === "enabled")) || (key29 === "blocked")) || (key29 === "blocked_reason")) || (key29 === "client_alive_interval"))){const err194 = {instancePath:instancePath+"/ssh",schemaPath:"#/properties/ssh/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}}if(data132.installed !== undefined){if(typeof data132.installed !== "boolean"){const err195 = {instancePath:instancePath+"/ssh/installed",schemaPath:"#/properties/ssh/properties/installed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}}if(data132.server !== undefined){if(typeof data132.server !== "string"){const err196 = {instancePath:instancePath+"/ssh/server",schemaPath:"#/properties/ssh/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}}if(data132.enabled !== undefined){if(typeof data132.enabled !== "boolean"){const err197 = {instancePath:instancePath+"/ssh/enabled",schemaPath:"#/properties/ssh/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}}if(data132.blocked !== undefined){if(typeof data132.blocked !== "boolean"){const err198 = {instancePath:instancePath+"/ssh/blocked",schemaPath:"#/properties/ssh/properties/blocked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;}}if(data132.blocked_reason !== undefined){if(typeof data132.blocked_reason !== "string"){const err199 = {instancePath:instancePath+"/ssh/blocked_reason",schemaPath:"#/properties/ssh/properties/blocked_reason/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}}if(data132.client_alive_interval !== undefined){let data138 = data132.client_alive_interval;if(data138 && typeof data138 == "object" && !Array.isArray(data138)){if(data138.source === undefined){const err200 = {instancePath:instancePath+"/ssh/client_alive_interval",schemaPath:"#/properties/ssh/properties/client_alive_interval/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}for(const key30 in data138){if(!(((((key30 === "value") || (key30 === "raw")) || (key30 === "file")) || (key30 === "line")) || (key30 === "source"))){const err201 = {instancePath:instancePath+"/ssh/client_alive_interval",schemaPath:"#/properties/ssh/properties/client_alive_interval/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err201];}else {vErrors.push(err201);}errors++;}}if(data138.value !== undefined){let data139 = data138.value;if(!(((typeof data139 == "number") && (!(data139 % 1) && !isNaN(data139))) && (isFinite(data139)))){const err202 = {instancePath:instancePath+"/ssh/client_alive_interval/value",schemaPath:"#/properties/ssh/properties/client_alive_interval/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err202];}else {vErrors.push(err202);}errors++;}}if(data138.raw !== undefined){if(typeof data138.raw !== "string"){const err203 = {instancePath:instancePath+"/ssh/client_alive_interval/raw",schemaPath:"#/properties/ssh/properties/client_alive_interval/properties/raw/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err203];}else {vErrors.push(err203);}errors++;}}if(data138.file !== undefined){if(typeof data138.file !== "string"){const err204 = {instancePath:instancePath+"/ssh/client_alive_interval/file",schemaPath:"#/properties/ssh/properties/client_alive_interval/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err204];}else {vErrors.push(err204);}errors++;}}if(data138.line !== undefined){let data142 = data138.line;if(!(((typeof data142 == "number") && (!(data142 % 1) && !isNaN(data142))) && (isFinite(data142)))){const err205 = {instancePath:instancePath+"/ssh/client_alive_interval/line",schemaPath:"#/properties/ssh/properties/client_alive_interval/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err205];}else {vErrors.push(err205);}errors++;}if((typeof data142 == "number") && (isFinite(data142))){if(data142 < 1 || isNaN(data142)){const err206 = {instancePath:instancePath+"/ssh/client_alive_interval/line",schemaPath:"#/properties/ssh/properties/client_alive_interval/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err206];}else {vErrors.push(err206);}errors++;}}}if(data138.source !== undefined){let data143 = data138.source;if(!(((data143 === "sshd -T") || (data143 === "config")) || (data143 === "default"))){const err207 = {instancePath:instancePath+"/ssh/client_alive_interval/source",schemaPath:"#/properties/ssh/properties/client_alive_interval/properties/source/enum",keyword:"enum",params:{allowedValues: schema16.properties.ssh.properties.client_alive_interval.properties.source.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err207];}else {vErrors.push(err207);}errors++;}}}else {const err208 = {instancePath:instancePath+"/ssh/client_alive_interval",schemaPath:"#/properties/ssh/properties/client_alive_interval/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err208];}else {vErrors.push(err208);}errors++;}}}else {const err209 = {instancePath:instancePath+"/ssh",schemaPath:"#/properties/ssh/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err209];}else {vErrors.push(err209);}errors++;}}if(data.network !== undefined){let data144 = data.network;if(data144 && typeof data144 == "object" && !Array.isArray(data144)){for(const key31 in data144){if(!((((((((key31 === "network_manager") || (key31 === "ifupdown")) || (key31 === "primary")) || (key31 === "custom")) || (key31 === "ipv6")) || (key31 === "stack")) || (key31 === "interfaces")) || (key31 === "persistent_names"))){const err210 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err210];}else {vErrors.push(err210);}errors++;}}if(data144.network_manager !== undefined){let data145 = data144.network_manager;if(data145 && typeof data145 == "object" && !Array.isArray(data145)){for(const key32 in data145){if(!((key32 === "installed") || (key32 === "enabled"))){const err211 = {instancePath:instancePath+"/network/network_manager",schemaPath:"#/properties/network/properties/network_manager/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err211];}else {vErrors.push(err211);}errors++;}}if(data145.installed !== undefined){if(typeof data145.installed !== "boolean"){const err212 = {instancePath:instancePath+"/network/network_manager/installed",schemaPath:"#/properties/network/properties/network_manager/properties/installed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err212];}else {vErrors.push(err212);}errors++;}}if(data145.enabled !== undefined){if(typeof data145.enabled !== "boolean"){const err213 = {instancePath:instancePath+"/network/network_manager/enabled",schemaPath:"#/properties/network/properties/network_manager/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err213];}else {vErrors.push(err213);}errors++;}}}else {const err214 = {instancePath:instancePath+"/network/network_manager",schemaPath:"#/properties/network/properties/network_manager/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err214];}else {vErrors.push(err214);}errors++;}}if(data144.ifupdown !== undefined){let data148 = data144.ifupdown;if(data148 && typeof data148 == "object" && !Array.isArray(data148)){for(const key33 in data148){if(!(((key33 === "installed") || (key33 === "ifup")) || (key33 === "ifdown"))){const err215 = {instancePath:instancePath+"/network/ifupdown",schemaPath:"#/properties/network/properties/ifupdown/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err215];}else {vErrors.push(err215);}errors++;}}if(data148.installed !== undefined){if(typeof data148.installed !== "boolean"){const err216 = {instancePath:instancePath+"/network/ifupdown/installed",schemaPath:"#/properties/network/properties/ifupdown/properties/installed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err216];}else {vErrors.push(err216);}errors++;}}if(data148.ifup !== undefined){if(typeof data148.ifup !== "string"){const err217 = {instancePath:instancePath+"/network/ifupdown/ifup",schemaPath:"#/properties/network/properties/ifupdown/properties/ifup/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err217];}else {vErrors.push(err217);}errors++;}}if(data148.ifdown !== undefined){if(typeof data148.ifdown !== "string"){const err218 = {instancePath:instancePath+"/network/ifupdown/ifdown",schemaPath:"#/properties/network/properties/ifupdown/properties/ifdown/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err218];}else {vErrors.push(err218);}errors++;}}}else {const err219 = {instancePath:instancePath+"/network/ifupdown",schemaPath:"#/properties/network/properties/ifupdown/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err219];}else {vErrors.push(err219);}errors++;}}if(data144.primary !== undefined){let data152 = data144.primary;if(data152 && typeof data152 == "object" && !Array.isArray(data152)){if(data152.name === undefined){const err220 = {instancePath:instancePath+"/network/primary",schemaPath:"#/properties/network/properties/primary/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err220];}else {vErrors.push(err220);}errors++;}for(const key34 in data152){if(!(((((key34 === "name") || (key34 === "dhcp")) || (key34 === "onboot")) || (key34 === "file")) || (key34 === "line"))){const err221 = {instancePath:instancePath+"/network/primary",schemaPath:"#/properties/network/properties/primary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err221];}else {vErrors.push(err221);}errors++;}}if(data152.name !== undefined){if(typeof data152.name !== "string"){const err222 = {instancePath:instancePath+"/network/primary/name",schemaPath:"#/properties/network/properties/primary/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err222];}else {vErrors.push(err222);}errors++;}}if(data152.dhcp !== undefined){if(typeof data152.dhcp !== "boolean"){const err223 = {instancePath:instancePath+"/network/primary/dhcp",schemaPath:"#/properties/network/properties/primary/properties/dhcp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err223];}else {vErrors.push(err223);}errors++;}}if(data152.onboot !== undefined){if(typeof data152.onboot !== "boolean"){const err224 = {instancePath:instancePath+"/network/primary/onboot",schemaPath:"#/properties/network/properties/primary/properties/onboot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err224];}else {vErrors.push(err224);}errors++;}}if(data152.file !== undefined){if(typeof data152.file !== "string"){const err225 = {instancePath:instancePath+"/network/primary/file",schemaPath:"#/properties/network/properties/primary/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err225];}else {vErrors.push(err225);}errors++;}}if(data152.line !== undefined){let data157 = data152.line;if(!(((typeof data157 == "number") && (!(data157 % 1) && !isNaN(data157))) && (isFinite(data157)))){const err226 = {instancePath:instancePath+"/network/primary/line",schemaPath:"#/properties/network/properties/primary/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err226];}else {vErrors.push(err226);}errors++;}if((typeof data157 == "number") && (isFinite(data157))){if(data157 < 1 || isNaN(data157)){const err227 = {instancePath:instancePath+"/network/primary/line",schemaPath:"#/properties/network/properties/primary/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err227];}else {vErrors.push(err227);}errors++;}}}}else {const err228 = {instancePath:instancePath+"/network/primary",schemaPath:"#/properties/network/properties/primary/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err228];}else {vErrors.push(err228);}errors++;}}if(data144.custom !== undefined){let data158 = data144.custom;if(Array.isArray(data158)){const len15 = data158.length;for(let i15=0; i15<len15; i15++){let data159 = data158[i15];if(data159 && typeof data159 == "object" && !Array.isArray(data159)){if(data159.kind === undefined){const err229 = {instancePath:instancePath+"/network/custom/" + i15,schemaPath:"#/properties/network/properties/custom/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};if(vErrors === null){vErrors = [err229];}else {vErrors.push(err229);}errors++;}if(data159.text === undefined){const err230 = {instancePath:instancePath+"/network/custom/" + i15,schemaPath:"#/properties/network/properties/custom/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};if(vErrors === null){vErrors = [err230];}else {vErrors.push(err230);}errors++;}for(const key35 in data159){if(!(((((key35 === "kind") || (key35 === "text")) || (key35 === "file")) || (key35 === "line")) || (key35 === "mechanism"))){const err231 = {instancePath:instancePath+"/network/custom/" + i15,schemaPath:"#/properties/network/properties/custom/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err231];}else {vErrors.push(err231);}errors++;}}if(data159.kind !== undefined){let data160 = data159.kind;if(!(((data160 === "address") || (data160 === "dns")) || (data160 === "route"))){const err232 = {instancePath:instancePath+"/network/custom/" + i15+"/kind",schemaPath:"#/properties/network/properties/custom/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema16.properties.network.properties.custom.items.properties.kind.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err232];}else {vErrors.push(err232);}errors++;}}if(data159.text !== undefined){if(typeof data159.text !== "string"){const err233 = {instancePath:instancePath+"/network/custom/" + i15+"/text",schemaPath:"#/properties/network/properties/custom/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err233];}else {vErrors.push(err233);}errors++;}}if(data159.file !== undefined){if(typeof data159.file !== "string"){const err234 = {instancePath:instancePath+"/network/custom/" + i15+"/file",schemaPath:"#/properties/network/properties/custom/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err234];}else {vErrors.push(err234);}errors++;}}if(data159.line !== undefined){let data163 = data159.line;if(!(((typeof data163 == "number") && (!(data163 % 1) && !isNaN(data163))) && (isFinite(data163)))){const err235 = {instancePath:instancePath+"/network/custom/" + i15+"/line",schemaPath:"#/properties/network/properties/custom/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err235];}else {vErrors.push(err235);}errors++;}if((typeof data163 == "number") && (isFinite(data163))){if(data163 < 1 || isNaN(data163)){const err236 = {instancePath:instancePath+"/network/custom/" + i15+"/line",schemaPath:"#/properties/network/properties/custom/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err236];}else {vErrors.push(err236);}errors++;}}}if(data159.mechanism !== undefined){if(typeof data159.mechanism !== "string"){const err237 = {instancePath:instancePath+"/network/custom/" + i15+"/mechanism",schemaPath:"#/properties/network/properties/custom/items/properties/mechanism/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err237];}else {vErrors.push(err237);}errors++;}}}else {const err238 = {instancePath:instancePath+"/network/custom/" + i15,schemaPath:"#/properties/network/properties/custom/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err238];}else {vErrors.push(err238);}errors++;}}}else {const err239 = {instancePath:instancePath+"/network/custom",schemaPath:"#/properties/network/properties/custom/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err239];}else {vErrors.push(err239);}errors++;}}if(data144.ipv6 !== undefined){let data165 = data144.ipv6;if(data165 && typeof data165 == "object" && !Array.isArray(data165)){for(const key36 in data165){if(!((key36 === "configured") || (key36 === "entries"))){const err240 = {instancePath:instancePath+"/network/ipv6",schemaPath:"#/properties/network/properties/ipv6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err240];}else {vErrors.push(err240);}errors++;}}if(data165.configured !== undefined){if(typeof data165.configured !== "boolean"){const err241 = {instancePath:instancePath+"/network/ipv6/configured",schemaPath:"#/properties/network/properties/ipv6/properties/configured/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err241];}else {vErrors.push(err241);}errors++;}}if(data165.entries !== undefined){let data167 = data165.entries;if(Array.isArray(data167)){const len16 = data167.length;for(let i16=0; i16<len16; i16++){let data168 = data167[i16];if(data168 && typeof data168 == "object" && !Array.isArray(data168)){if(data168.text === undefined){const err242 = {instancePath:instancePath+"/network/ipv6/entries/" + i16,schemaPath:"#/properties/network/properties/ipv6/properties/entries/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};if(vErrors === null){vErrors = [err242];}else {vErrors.push(err242);}errors++;}for(const key37 in data168){if(!(((key37 === "text") || (key37 === "file")) || (key37 === "line"))){const err243 = {instancePath:instancePath+"/network/ipv6/entries/" + i16,schemaPath:"#/properties/network/properties/ipv6/properties/entries/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err243];}else {vErrors.push(err243);}errors++;}}if(data168.text !== undefined){if(typeof data168.text !== "string"){const err244 = {instancePath:instancePath+"/network/ipv6/entries/" + i16+"/text",schemaPath:"#/properties/network/properties/ipv6/properties/entries/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err244];}else {vErrors.push(err244);}errors++;}}if(data168.file !== undefined){if(typeof data168.file !== "string"){const err245 = {instancePath:instancePath+"/network/ipv6/entries/" + i16+"/file",schemaPath:"#/properties/network/properties/ipv6/properties/entries/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err245];}else {vErrors.push(err245);}errors++;}}if(data168.line !== undefined){let data171 = data168.line;if(!(((typeof data171 == "number") && (!(data171 % 1) && !isNaN(data171))) && (isFinite(data171)))){const err246 = {instancePath:instancePath+"/network/ipv6/entries/" + i16+"/line",schemaPath:"#/properties/network/properties/ipv6/properties/entries/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err246];}else {vErrors.push(err246);}errors++;}if((typeof data171 == "number") && (isFinite(data171))){if(data171 < 1 || isNaN(data171)){const err247 = {instancePath:instancePath+"/network/ipv6/entries/" + i16+"/line",schemaPath:"#/properties/network/properties/ipv6/properties/entries/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err247];}else {vErrors.push(err247);}errors++;}}}}else {const err248 = {instancePath:instancePath+"/network/ipv6/entries/" + i16,schemaPath:"#/properties/network/properties/ipv6/properties/entries/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err248];}else {vErrors.push(err248);}errors++;}}}else {const err249 = {instancePath:instancePath+"/network/ipv6/entries",schemaPath:"#/properties/network/properties/ipv6/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err249];}else {vErrors.push(err249);}errors++;}}}else {const err250 = {instancePath:instancePath+"/network/ipv6",schemaPath:"#/properties/network/properties/ipv6/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err250];}else {vErrors.push(err250);}errors++;}}if(data144.stack !== undefined){let data172 = data144.stack;if(Array.isArray(data172)){const len17 = data172.length;for(let i17=0; i17<len17; i17++){if(typeof data172[i17] !== "string"){const err251 = {instancePath:instancePath+"/network/stack/" + i17,schemaPath:"#/properties/network/properties/stack/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err251];}else {vErrors.push(err251);}errors++;}}}else {const err252 = {instancePath:instancePath+"/network/stack",schemaPath:"#/properties/network/properties/stack/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err252];}else {vErrors.push(err252);}errors++;}}if(data144.interfaces !== undefined){let data174 = data144.interfaces;if(Array.isArray(data174)){const len18 = data174.length;for(let i18=0; i18<len18; i18++){let data175 = data174[i18];if(data175 && typeof data175 == "object" && !Array.isArray(data175)){if(data175.mechanism === undefined){const err253 = {instancePath:instancePath+"/network/interfaces/" + i18,schemaPath:"#/properties/network/properties/interfaces/items/required",keyword:"required",params:{missingProperty: "mechanism"},message:"must have required property '"+"mechanism"+"'"};if(vErrors === null){vErrors = [err253];}else {vErrors.push(err253);}errors++;}for(const key38 in data175){if(!(((((((key38 === "mechanism") || (key38 === "name")) || (key38 === "match")) || (key38 === "dhcp")) || (key38 === "onboot")) || (key38 === "file")) || (key38 === "line"))){const err254 = {instancePath:instancePath+"/network/interfaces/" + i18,schemaPath:"#/properties/network/properties/interfaces/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err254];}else {vErrors.push(err254);}errors++;}}if(data175.mechanism !== undefined){if(typeof data175.mechanism !== "string"){const err255 = {instancePath:instancePath+"/network/interfaces/" + i18+"/mechanism",schemaPath:"#/properties/network/properties/interfaces/items/properties/mechanism/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err255];}else {vErrors.push(err255);}errors++;}}if(data175.name !== undefined){if(typeof data175.name !== "string"){const err256 = {instancePath:instancePath+"/network/interfaces/" + i18+"/name",schemaPath:"#/properties/network/properties/interfaces/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err256];}else {vErrors.push(err256);}errors++;}}if(data175.match !== undefined){let data178 = data175.match;if(data178 && typeof data178 == "object" && !Array.isArray(data178)){for(const key39 in data178){if(!((((key39 === "names") || (key39 === "drivers")) || (key39 === "macs")) || (key39 === "other"))){const err257 = {instancePath:instancePath+"/network/interfaces/" + i18+"/match",schemaPath:"#/properties/network/properties/interfaces/items/properties/match/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err257];}else {vErrors.push(err257);}errors++;}}if(data178.names !== undefined){let data179 = data178.names;if(Array.isArray(data179)){const len19 = data179.length;for(let i19=0; i19<len19; i19++){if(typeof data179[i19] !== "string"){const err258 = {instancePath:instancePath+"/network/interfaces/" + i18+"/match/names/" + i19,schemaPath:"#/properties/network/properties/interfaces/items/properties/match/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err258];}else {vErrors.push(err258);}errors++;}}}else {const err259 = {instancePath:instancePath+"/network/interfaces/" + i18+"/match/names",schemaPath:"#/properties/network/properties/interfaces/items/properties/match/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err259];}else {vErrors.push(err259);}errors++;}}if(data178.drivers !== undefined){let data181 = data178.drivers;if(Array.isArray(data181)){const len20 = data181.length;for(let i20=0; i20<len20; i20++){if(typeof data181[i20] !== "string"){const err260 = {instancePath:instancePath+"/network/interfaces/" + i18+"/match/drivers/" + i20,schemaPath:"#/properties/network/properties/interfaces/items/properties/match/properties/drivers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err260];}else {vErrors.push(err260);}errors++;}}}else {const err261 = {instancePath:instancePath+"/network/interfaces/" + i18+"/match/drivers",schemaPath:"#/properties/network/properties/interfaces/items/properties/match/properties/drivers/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err261];}else {vErrors.push(err261);}errors++;}}if(data178.macs !== undefined){let data183 = data178.macs;if(Array.isArray(data183)){const len21 = data183.length;for(let i21=0; i21<len21; i21++){if(typeof data183[i21] !== "string"){const err262 = {instancePath:instancePath+"/network/interfaces/" + i18+"/match/macs/" + i21,schemaPath:"#/properties/network/properties/interfaces/items/properties/match/properties/macs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err262];}else {vErrors.push(err262);}errors++;}}}else {const err263 = {instancePath:instancePath+"/network/interfaces/" + i18+"/match/macs",schemaPath:"#/properties/network/properties/interfaces/items/properties/match/properties/macs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err263];}else {vErrors.push(err263);}errors++;}}if(data178.other !== undefined){let data185 = data178.other;if(Array.isArray(data185)){const len22 = data185.length;for(let i22=0; i22<len22; i22++){if(typeof data185[i22] !== "string"){const err264 = {instancePath:instancePath+"/network/interfaces/" + i18+"/match/other/" + i22,schemaPath:"#/properties/network/properties/interfaces/items/properties/match/properties/other/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err264];}else {vErrors.push(err264);}errors++;}}}else {const err265 = {instancePath:instancePath+"/network/interfaces/" + i18+"/match/other",schemaPath:"#/properties/network/properties/interfaces/items/properties/match/properties/other/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err265];}else {vErrors.push(err265);}errors++;}}}else {const err266 = {instancePath:instancePath+"/network/interfaces/" + i18+"/match",schemaPath:"#/properties/network/properties/interfaces/items/properties/match/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err266];}else {vErrors.push(err266);}errors++;}}if(data175.dhcp !== undefined){if(typeof data175.dhcp !== "boolean"){const err267 = {instancePath:instancePath+"/network/interfaces/" + i18+"/dhcp",schemaPath:"#/properties/network/properties/interfaces/items/properties/dhcp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err267];}else {vErrors.push(err267);}errors++;}}if(data175.onboot !== undefined){if(typeof data175.onboot !== "boolean"){const err268 = {instancePath:instancePath+"/network/interfaces/" + i18+"/onboot",schemaPath:"#/properties/network/properties/interfaces/items/properties/onboot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err268];}else {vErrors.push(err268);}errors++;}}if(data175.file !== undefined){if(typeof data175.file !== "string"){const err269 = {instancePath:instancePath+"/network/interfaces/" + i18+"/file",schemaPath:"#/properties/network/properties/interfaces/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err269];}else {vErrors.push(err269);}errors++;}}if(data175.line !== undefined){let data190 = data175.line;if(!(((typeof data190 == "number") && (!(data190 % 1) && !isNaN(data190))) && (isFinite(data190)))){const err270 = {instancePath:instancePath+"/network/interfaces/" + i18+"/line",schemaPath:"#/properties/network/properties/interfaces/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err270];}else {vErrors.push(err270);}errors++;}if((typeof data190 == "number") && (isFinite(data190))){if(data190 < 1 || isNaN(data190)){const err271 = {instancePath:instancePath+"/network/interfaces/" + i18+"/line",schemaPath:"#/properties/network/properties/interfaces/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err271];}else {vErrors.push(err271);}errors++;}}}}else {const err272 = {instancePath:instancePath+"/network/interfaces/" + i18,schemaPath:"#/properties/network/properties/interfaces/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err272];}else {vErrors.push(err272);}errors++;}}}else {const err273 = {instancePath:instancePath+"/network/interfaces",schemaPath:"#/properties/network/properties/interfaces/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err273];}else {vErrors.push(err273);}errors++;}}if(data144.persistent_names !== undefined){let data191 = data144.persistent_names;if(Array.isArray(data191)){const len23 = data191.length;for(let i23=0; i23<len23; i23++){let data192 = data191[i23];if(data192 && typeof data192 == "object" && !Array.isArray(data192)){if(data192.file === undefined){const err274 = {instancePath:instancePath+"/network/persistent_names/" + i23,schemaPath:"#/properties/network/properties/persistent_names/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};if(vErrors === null){vErrors = [err274];}else {vErrors.push(err274);}errors++;}for(const key40 in data192){if(!(((((key40 === "file") || (key40 === "line")) || (key40 === "text")) || (key40 === "name")) || (key40 === "mac"))){const err275 = {instancePath:instancePath+"/network/persistent_names/" + i23,schemaPath:"#/properties/network/properties/persistent_names/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err275];}else {vErrors.push(err275);}errors++;}}if(data192.file !== undefined){if(typeof data192.file !== "string"){const err276 = {instancePath:instancePath+"/network/persistent_names/" + i23+"/file",schemaPath:"#/properties/network/properties/persistent_names/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err276];}else {vErrors.push(err276);}errors++;}}if(data192.line !== undefined){let data194 = data192.line;if(!(((typeof data194 == "number") && (!(data194 % 1) && !isNaN(data194))) && (isFinite(data194)))){const err277 = {instancePath:instancePath+"/network/persistent_names/" + i23+"/line",schemaPath:"#/properties/network/properties/persistent_names/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err277];}else {vErrors.push(err277);}errors++;}if((typeof data194 == "number") && (isFinite(data194))){if(data194 < 1 || isNaN(data194)){const err278 = {instancePath:instancePath+"/network/persistent_names/" + i23+"/line",schemaPath:"#/properties/network/properties/persistent_names/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err278];}else {vErrors.push(err278);}errors++;}}}if(data192.text !== undefined){if(typeof data192.text !== "string"){const err279 = {instancePath:instancePath+"/network/persistent_names/" + i23+"/text",schemaPath:"#/properties/network/properties/persistent_names/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err279];}else {vErrors.push(err279);}errors++;}}if(data192.name !== undefined){if(typeof data192.name !== "string"){const err280 = {instancePath:instancePath+"/network/persistent_names/" + i23+"/name",schemaPath:"#/properties/network/properties/persistent_names/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err280];}else {vErrors.push(err280);}errors++;}}if(data192.mac !== undefined){if(typeof data192.mac !== "string"){const err281 = {instancePath:instancePath+"/network/persistent_names/" + i23+"/mac",schemaPath:"#/properties/network/properties/persistent_names/items/properties/mac/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err281];}else {vErrors.push(err281);}errors++;}}}else {const err282 = {instancePath:instancePath+"/network/persistent_names/" + i23,schemaPath:"#/properties/network/properties/persistent_names/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err282];}else {vErrors.push(err282);}errors++;}}}else {const err283 = {instancePath:instancePath+"/network/persistent_names",schemaPath:"#/properties/network/properties/persistent_names/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err283];}else {vErrors.push(err283);}errors++;}}}else {const err284 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err284];}else {vErrors.push(err284);}errors++;}}if(data.updates !== undefined){let data198 = data.updates;if(data198 && typeof data198 == "object" && !Array.isArray(data198)){if(data198.method === undefined){const err285 = {instancePath:instancePath+"/updates",schemaPath:"#/properties/updates/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};if(vErrors === null){vErrors = [err285];}else {vErrors.push(err285);}errors++;}for(const key41 in data198){if(!(((key41 === "method") || (key41 === "security_sources")) || (key41 === "pending_security"))){const err286 = {instancePath:instancePath+"/updates",schemaPath:"#/properties/updates/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err286];}else {vErrors.push(err286);}errors++;}}if(data198.method !== undefined){if(typeof data198.method !== "string"){const err287 = {instancePath:instancePath+"/updates/method",schemaPath:"#/properties/updates/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err287];}else {vErrors.push(err287);}errors++;}}if(data198.security_sources !== undefined){if(typeof data198.security_sources !== "boolean"){const err288 = {instancePath:instancePath+"/updates/security_sources",schemaPath:"#/properties/updates/properties/security_sources/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err288];}else {vErrors.push(err288);}errors++;}}if(data198.pending_security !== undefined){let data201 = data198.pending_security;if(Array.isArray(data201)){const len24 = data201.length;for(let i24=0; i24<len24; i24++){let data202 = data201[i24];if(data202 && typeof data202 == "object" && !Array.isArray(data202)){if(data202.name === undefined){const err289 = {instancePath:instancePath+"/updates/pending_security/" + i24,schemaPath:"#/properties/updates/properties/pending_security/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err289];}else {vErrors.push(err289);}errors++;}for(const key42 in data202){if(!(((key42 === "name") || (key42 === "installed")) || (key42 === "candidate"))){const err290 = {instancePath:instancePath+"/updates/pending_security/" + i24,schemaPath:"#/properties/updates/properties/pending_security/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err290];}else {vErrors.push(err290);}errors++;}}if(data202.name !== undefined){if(typeof data202.name !== "string"){const err291 = {instancePath:instancePath+"/updates/pending_security/" + i24+"/name",schemaPath:"#/properties/updates/properties/pending_security/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err291];}else {vErrors.push(err291);}errors++;}}if(data202.installed !== undefined){if(typeof data202.installed !== "string"){const err292 = {instancePath:instancePath+"/updates/pending_security/" + i24+"/installed",schemaPath:"#/properties/updates/properties/pending_security/items/properties/installed/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err292];}else {vErrors.push(err292);}errors++;}}if(data202.candidate !== undefined){if(typeof data202.candidate !== "string"){const err293 = {instancePath:instancePath+"/updates/pending_security/" + i24+"/candidate",schemaPath:"#/properties/updates/properties/pending_security/items/properties/candidate/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err293];}else {vErrors.push(err293);}errors++;}}}else {const err294 = {instancePath:instancePath+"/updates/pending_security/" + i24,schemaPath:"#/properties/updates/properties/pending_security/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err294];}else {vErrors.push(err294);}errors++;}}}else {const err295 = {instancePath:instancePath+"/updates/pending_security",schemaPath:"#/properties/updates/properties/pending_security/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err295];}else {vErrors.push(err295);}errors++;}}}else {const err296 = {instancePath:instancePath+"/updates",schemaPath:"#/properties/updates/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err296];}else {vErrors.push(err296);}errors++;}}if(data.accounts !== undefined){let data206 = data.accounts;if(data206 && typeof data206 == "object" && !Array.isArray(data206)){for(const key43 in data206){if(!((((key43 === "password_hashes") || (key43 === "authorized_keys")) || (key43 === "passwords")) || (key43 === "authorized_keys_file"))){const err297 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err297];}else {vErrors.push(err297);}errors++;}}if(data206.password_hashes !== undefined){let data207 = data206.password_hashes;if(Array.isArray(data207)){const len25 = data207.length;for(let i25=0; i25<len25; i25++){let data208 = data207[i25];if(data208 && typeof data208 == "object" && !Array.isArray(data208)){if(data208.user === undefined){const err298 = {instancePath:instancePath+"/accounts/password_hashes/" + i25,schemaPath:"#/properties/accounts/properties/password_hashes/items/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'"};if(vErrors === null){vErrors = [err298];}else {vErrors.push(err298);}errors++;}for(const key44 in data208){if(!((((key44 === "user") || (key44 === "uid")) || (key44 === "file")) || (key44 === "line"))){const err299 = {instancePath:instancePath+"/accounts/password_hashes/" + i25,schemaPath:"#/properties/accounts/properties/password_hashes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err299];}else {vErrors.push(err299);}errors++;}}if(data208.user !== undefined){if(typeof data208.user !== "string"){const err300 = {instancePath:instancePath+"/accounts/password_hashes/" + i25+"/user",schemaPath:"#/properties/accounts/properties/password_hashes/items/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err300];}else {vErrors.push(err300);}errors++;}}if(data208.uid !== undefined){let data210 = data208.uid;if(!(((typeof data210 == "number") && (!(data210 % 1) && !isNaN(data210))) && (isFinite(data210)))){const err301 = {instancePath:instancePath+"/accounts/password_hashes/" + i25+"/uid",schemaPath:"#/properties/accounts/properties/password_hashes/items/properties/uid/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err301];}else {vErrors.push(err301);}errors++;}}if(data208.file !== undefined){if(typeof data208.file !== "string"){const err302 = {instancePath:instancePath+"/accounts/password_hashes/" + i25+"/file",schemaPath:"#/properties/accounts/properties/password_hashes/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err302];}else {vErrors.push(err302);}errors++;}}if(data208.line !== undefined){let data212 = data208.line;if(!(((typeof data212 == "number") && (!(data212 % 1) && !isNaN(data212))) && (isFinite(data212)))){const err303 = {instancePath:instancePath+"/accounts/password_hashes/" + i25+"/line",schemaPath:"#/properties/accounts/properties/password_hashes/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err303];}else {vErrors.push(err303);}errors++;}if((typeof data212 == "number") && (isFinite(data212))){if(data212 < 1 || isNaN(data212)){const err304 = {instancePath:instancePath+"/accounts/password_hashes/" + i25+"/line",schemaPath:"#/properties/accounts/properties/password_hashes/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err304];}else {vErrors.push(err304);}errors++;}}}}else {const err305 = {instancePath:instancePath+"/accounts/password_hashes/" + i25,schemaPath:"#/properties/accounts/properties/password_hashes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err305];}else {vErrors.push(err305);}errors++;}}}else {const err306 = {instancePath:instancePath+"/accounts/password_hashes",schemaPath:"#/properties/accounts/properties/password_hashes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err306];}else {vErrors.push(err306);}errors++;}}if(data206.authorized_keys !== undefined){let data213 = data206.authorized_keys;if(Array.isArray(data213)){const len26 = data213.length;for(let i26=0; i26<len26; i26++){let data214 = data213[i26];if(data214 && typeof data214 == "object" && !Array.isArray(data214)){if(data214.user === undefined){const err307 = {instancePath:instancePath+"/accounts/authorized_keys/" + i26,schemaPath:"#/properties/accounts/properties/authorized_keys/items/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'"};if(vErrors === null){vErrors = [err307];}else {vErrors.push(err307);}errors++;}if(data214.file === undefined){const err308 = {instancePath:instancePath+"/accounts/authorized_keys/" + i26,schemaPath:"#/properties/accounts/properties/authorized_keys/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};if(vErrors === null){vErrors = [err308];}else {vErrors.push(err308);}errors++;}for(const key45 in data214){if(!(((((key45 === "user") || (key45 === "file")) || (key45 === "keys")) || (key45 === "source")) || (key45 === "stubs"))){const err309 = {instancePath:instancePath+"/accounts/authorized_keys/" + i26,schemaPath:"#/properties/accounts/properties/authorized_keys/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err309];}else {vErrors.push(err309);}errors++;}}if(data214.user !== undefined){if(typeof data214.user !== "string"){const err310 = {instancePath:instancePath+"/accounts/authorized_keys/" + i26+"/user",schemaPath:"#/properties/accounts/properties/authorized_keys/items/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err310];}else {vErrors.push(err310);}errors++;}}if(data214.file !== undefined){if(typeof data214.file !== "string"){const err311 = {instancePath:instancePath+"/accounts/authorized_keys/" + i26+"/file",schemaPath:"#/properties/accounts/properties/authorized_keys/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err311];}else {vErrors.push(err311);}errors++;}}if(data214.keys !== undefined){let data217 = data214.keys;if(!(((typeof data217 == "number") && (!(data217 % 1) && !isNaN(data217))) && (isFinite(data217)))){const err312 = {instancePath:instancePath+"/accounts/authorized_keys/" + i26+"/keys",schemaPath:"#/properties/accounts/properties/authorized_keys/items/properties/keys/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err312];}else {vErrors.push(err312);}errors++;}if((typeof data217 == "number") && (isFinite(data217))){if(data217 < 0 || isNaN(data217)){const err313 = {instancePath:instancePath+"/accounts/authorized_keys/" + i26+"/keys",schemaPath:"#/properties/accounts/properties/authorized_keys/items/properties/keys/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err313];}else {vErrors.push(err313);}errors++;}}}if(data214.source !== undefined){let data218 = data214.source;if(!((data218 === "sshd") || (data218 === "skel"))){const err314 = {instancePath:instancePath+"/accounts/authorized_keys/" + i26+"/source",schemaPath:"#/properties/accounts/properties/authorized_keys/items/properties/source/enum",keyword:"enum",params:{allowedValues: schema16.properties.accounts.properties.authorized_keys.items.properties.source.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err314];}else {vErrors.push(err314);}errors++;}}if(data214.stubs !== undefined){let data219 = data214.stubs;if(!(((typeof data219 == "number") && (!(data219 % 1) && !isNaN(data219))) && (isFinite(data219)))){const err315 = {instancePath:instancePath+"/accounts/authorized_keys/" + i26+"/stubs",schemaPath:"#/properties/accounts/properties/authorized_keys/items/properties/stubs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err315];}else {vErrors.push(err315);}errors++;}if((typeof data219 == "number") && (isFinite(data219))){if(data219 < 0 || isNaN(data219)){const err316 = {instancePath:instancePath+"/accounts/authorized_keys/" + i26+"/stubs",schemaPath:"#/properties/accounts/properties/authorized_keys/items/properties/stubs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err316];}else {vErrors.push(err316);}errors++;}}}}else {const err317 = {instancePath:instancePath+"/accounts/authorized_keys/" + i26,schemaPath:"#/properties/accounts/properties/authorized_keys/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err317];}else {vErrors.push(err317);}errors++;}}}else {const err318 = {instancePath:instancePath+"/accounts/authorized_keys",schemaPath:"#/properties/accounts/properties/authorized_keys/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err318];}else {vErrors.push(err318);}errors++;}}if(data206.passwords !== undefined){let data220 = data206.passwords;if(Array.isArray(data220)){const len27 = data220.length;for(let i27=0; i27<len27; i27++){let data221 = data220[i27];if(data221 && typeof data221 == "object" && !Array.isArray(data221)){if(data221.user === undefined){const err319 = {instancePath:instancePath+"/accounts/passwords/" + i27,schemaPath:"#/properties/accounts/properties/passwords/items/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'"};if(vErrors === null){vErrors = [err319];}else {vErrors.push(err319);}errors++;}if(data221.state === undefined){const err320 = {instancePath:instancePath+"/accounts/passwords/" + i27,schemaPath:"#/properties/accounts/properties/passwords/items/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};if(vErrors === null){vErrors = [err320];}else {vErrors.push(err320);}errors++;}for(const key46 in data221){if(!(((((key46 === "user") || (key46 === "uid")) || (key46 === "state")) || (key46 === "file")) || (key46 === "line"))){const err321 = {instancePath:instancePath+"/accounts/passwords/" + i27,schemaPath:"#/properties/accounts/properties/passwords/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err321];}else {vErrors.push(err321);}errors++;}}if(data221.user !== undefined){if(typeof data221.user !== "string"){const err322 = {instancePath:instancePath+"/accounts/passwords/" + i27+"/user",schemaPath:"#/properties/accounts/properties/passwords/items/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err322];}else {vErrors.push(err322);}errors++;}}if(data221.uid !== undefined){let data223 = data221.uid;if(!(((typeof data223 == "number") && (!(data223 % 1) && !isNaN(data223))) && (isFinite(data223)))){const err323 = {instancePath:instancePath+"/accounts/passwords/" + i27+"/uid",schemaPath:"#/properties/accounts/properties/passwords/items/properties/uid/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err323];}else {vErrors.push(err323);}errors++;}}if(data221.state !== undefined){let data224 = data221.state;if(!(((data224 === "hash") || (data224 === "empty")) || (data224 === "locked"))){const err324 = {instancePath:instancePath+"/accounts/passwords/" + i27+"/state",schemaPath:"#/properties/accounts/properties/passwords/items/properties/state/enum",keyword:"enum",params:{allowedValues: schema16.properties.accounts.properties.passwords.items.properties.state.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err324];}else {vErrors.push(err324);}errors++;}}if(data221.file !== undefined){if(typeof data221.file !== "string"){const err325 = {instancePath:instancePath+"/accounts/passwords/" + i27+"/file",schemaPath:"#/properties/accounts/properties/passwords/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err325];}else {vErrors.push(err325);}errors++;}}if(data221.line !== undefined){let data226 = data221.line;if(!(((typeof data226 == "number") && (!(data226 % 1) && !isNaN(data226))) && (isFinite(data226)))){const err326 = {instancePath:instancePath+"/accounts/passwords/" + i27+"/line",schemaPath:"#/properties/accounts/properties/passwords/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err326];}else {vErrors.push(err326);}errors++;}if((typeof data226 == "number") && (isFinite(data226))){if(data226 < 1 || isNaN(data226)){const err327 = {instancePath:instancePath+"/accounts/passwords/" + i27+"/line",schemaPath:"#/properties/accounts/properties/passwords/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err327];}else {vErrors.push(err327);}errors++;}}}}else {const err328 = {instancePath:instancePath+"/accounts/passwords/" + i27,schemaPath:"#/properties/accounts/properties/passwords/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err328];}else {vErrors.push(err328);}errors++;}}}else {const err329 = {instancePath:instancePath+"/accounts/passwords",schemaPath:"#/properties/accounts/properties/passwords/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err329];}else {vErrors.push(err329);}errors++;}}if(data206.authorized_keys_file !== undefined){let data227 = data206.authorized_keys_file;if(data227 && typeof data227 == "object" && !Array.isArray(data227)){if(data227.value === undefined){const err330 = {instancePath:instancePath+"/accounts/authorized_keys_file",schemaPath:"#/properties/accounts/properties/authorized_keys_file/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err330];}else {vErrors.push(err330);}errors++;}for(const key47 in data227){if(!(((key47 === "value") || (key47 === "file")) || (key47 === "line"))){const err331 = {instancePath:instancePath+"/accounts/authorized_keys_file",schemaPath:"#/properties/accounts/properties/authorized_keys_file/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err331];}else {vErrors.push(err331);}errors++;}}if(data227.value !== undefined){let data228 = data227.value;if(Array.isArray(data228)){const len28 = data228.length;for(let i28=0; i28<len28; i28++){if(typeof data228[i28] !== "string"){const err332 = {instancePath:instancePath+"/accounts/authorized_keys_file/value/" + i28,schemaPath:"#/properties/accounts/properties/authorized_keys_file/properties/value/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err332];}else {vErrors.push(err332);}errors++;}}}else {const err333 = {instancePath:instancePath+"/accounts/authorized_keys_file/value",schemaPath:"#/properties/accounts/properties/authorized_keys_file/properties/value/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err333];}else {vErrors.push(err333);}errors++;}}if(data227.file !== undefined){if(typeof data227.file !== "string"){const err334 = {instancePath:instancePath+"/accounts/authorized_keys_file/file",schemaPath:"#/properties/accounts/properties/authorized_keys_file/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err334];}else {vErrors.push(err334);}errors++;}}if(data227.line !== undefined){let data231 = data227.line;if(!(((typeof data231 == "number") && (!(data231 % 1) && !isNaN(data231))) && (isFinite(data231)))){const err335 = {instancePath:instancePath+"/accounts/authorized_keys_file/line",schemaPath:"#/properties/accounts/properties/authorized_keys_file/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err335];}else {vErrors.push(err335);}errors++;}if((typeof data231 == "number") && (isFinite(data231))){if(data231 < 1 || isNaN(data231)){const err336 = {instancePath:instancePath+"/accounts/authorized_keys_file/line",schemaPath:"#/properties/accounts/properties/authorized_keys_file/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err336];}else {vErrors.push(err336);}errors++;}}}}else {const err337 = {instancePath:instancePath+"/accounts/authorized_keys_file",schemaPath:"#/properties/accounts/properties/authorized_keys_file/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err337];}else {vErrors.push(err337);}errors++;}}}else {const err338 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err338];}else {vErrors.push(err338);}errors++;}}if(data.history !== undefined){let data232 = data.history;if(data232 && typeof data232 == "object" && !Array.isArray(data232)){for(const key48 in data232){if(!(key48 === "files")){const err339 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err339];}else {vErrors.push(err339);}errors++;}}if(data232.files !== undefined){let data233 = data232.files;if(Array.isArray(data233)){const len29 = data233.length;for(let i29=0; i29<len29; i29++){let data234 = data233[i29];if(data234 && typeof data234 == "object" && !Array.isArray(data234)){if(data234.file === undefined){const err340 = {instancePath:instancePath+"/history/files/" + i29,schemaPath:"#/properties/history/properties/files/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};if(vErrors === null){vErrors = [err340];}else {vErrors.push(err340);}errors++;}if(data234.size === undefined){const err341 = {instancePath:instancePath+"/history/files/" + i29,schemaPath:"#/properties/history/properties/files/items/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};if(vErrors === null){vErrors = [err341];}else {vErrors.push(err341);}errors++;}for(const key49 in data234){if(!(((key49 === "user") || (key49 === "file")) || (key49 === "size"))){const err342 = {instancePath:instancePath+"/history/files/" + i29,schemaPath:"#/properties/history/properties/files/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err342];}else {vErrors.push(err342);}errors++;}}if(data234.user !== undefined){if(typeof data234.user !== "string"){const err343 = {instancePath:instancePath+"/history/files/" + i29+"/user",schemaPath:"#/properties/history/properties/files/items/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err343];}else {vErrors.push(err343);}errors++;}}if(data234.file !== undefined){if(typeof data234.file !== "string"){const err344 = {instancePath:instancePath+"/history/files/" + i29+"/file",schemaPath:"#/properties/history/properties/files/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err344];}else {vErrors.push(err344);}errors++;}}if(data234.size !== undefined){let data237 = data234.size;if(!(((typeof data237 == "number") && (!(data237 % 1) && !isNaN(data237))) && (isFinite(data237)))){const err345 = {instancePath:instancePath+"/history/files/" + i29+"/size",schemaPath:"#/properties/history/properties/files/items/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err345];}else {vErrors.push(err345);}errors++;}if((typeof data237 == "number") && (isFinite(data237))){if(data237 < 0 || isNaN(data237)){const err346 = {instancePath:instancePath+"/history/files/" + i29+"/size",schemaPath:"#/properties/history/properties/files/items/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err346];}else {vErrors.push(err346);}errors++;}}}}else {const err347 = {instancePath:instancePath+"/history/files/" + i29,schemaPath:"#/properties/history/properties/files/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err347];}else {vErrors.push(err347);}errors++;}}}else {const err348 = {instancePath:instancePath+"/history/files",schemaPath:"#/properties/history/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err348];}else {vErrors.push(err348);}errors++;}}}else {const err349 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err349];}else {vErrors.push(err349);}errors++;}}if(data.iptables !== undefined){let data238 = data.iptables;if(data238 && typeof data238 == "object" && !Array.isArray(data238)){for(const key50 in data238){if(!((((key50 === "installed") || (key50 === "path")) || (key50 === "active_rules")) || (key50 === "persisted"))){const err350 = {instancePath:instancePath+"/iptables",schemaPath:"#/properties/iptables/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err350];}else {vErrors.push(err350);}errors++;}}if(data238.installed !== undefined){if(typeof data238.installed !== "boolean"){const err351 = {instancePath:instancePath+"/iptables/installed",schemaPath:"#/properties/iptables/properties/installed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err351];}else {vErrors.push(err351);}errors++;}}if(data238.path !== undefined){if(typeof data238.path !== "string"){const err352 = {instancePath:instancePath+"/iptables/path",schemaPath:"#/properties/iptables/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err352];}else {vErrors.push(err352);}errors++;}}if(data238.active_rules !== undefined){let data241 = data238.active_rules;if(!(((typeof data241 == "number") && (!(data241 % 1) && !isNaN(data241))) && (isFinite(data241)))){const err353 = {instancePath:instancePath+"/iptables/active_rules",schemaPath:"#/properties/iptables/properties/active_rules/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err353];}else {vErrors.push(err353);}errors++;}if((typeof data241 == "number") && (isFinite(data241))){if(data241 < 0 || isNaN(data241)){const err354 = {instancePath:instancePath+"/iptables/active_rules",schemaPath:"#/properties/iptables/properties/active_rules/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err354];}else {vErrors.push(err354);}errors++;}}}if(data238.persisted !== undefined){let data242 = data238.persisted;if(Array.isArray(data242)){const len30 = data242.length;for(let i30=0; i30<len30; i30++){let data243 = data242[i30];if(data243 && typeof data243 == "object" && !Array.isArray(data243)){if(data243.file === undefined){const err355 = {instancePath:instancePath+"/iptables/persisted/" + i30,schemaPath:"#/properties/iptables/properties/persisted/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};if(vErrors === null){vErrors = [err355];}else {vErrors.push(err355);}errors++;}for(const key51 in data243){if(!(((((((key51 === "file") || (key51 === "rules")) || (key51 === "loaded_at_boot")) || (key51 === "mechanism")) || (key51 === "loaded_by")) || (key51 === "line")) || (key51 === "non_accept_policies"))){const err356 = {instancePath:instancePath+"/iptables/persisted/" + i30,schemaPath:"#/properties/iptables/properties/persisted/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err356];}else {vErrors.push(err356);}errors++;}}if(data243.file !== undefined){if(typeof data243.file !== "string"){const err357 = {instancePath:instancePath+"/iptables/persisted/" + i30+"/file",schemaPath:"#/properties/iptables/properties/persisted/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err357];}else {vErrors.push(err357);}errors++;}}if(data243.rules !== undefined){let data245 = data243.rules;if(!(((typeof data245 == "number") && (!(data245 % 1) && !isNaN(data245))) && (isFinite(data245)))){const err358 = {instancePath:instancePath+"/iptables/persisted/" + i30+"/rules",schemaPath:"#/properties/iptables/properties/persisted/items/properties/rules/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err358];}else {vErrors.push(err358);}errors++;}if((typeof data245 == "number") && (isFinite(data245))){if(data245 < 0 || isNaN(data245)){const err359 = {instancePath:instancePath+"/iptables/persisted/" + i30+"/rules",schemaPath:"#/properties/iptables/properties/persisted/items/properties/rules/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err359];}else {vErrors.push(err359);}errors++;}}}if(data243.loaded_at_boot !== undefined){if(typeof data243.loaded_at_boot !== "boolean"){const err360 = {instancePath:instancePath+"/iptables/persisted/" + i30+"/loaded_at_boot",schemaPath:"#/properties/iptables/properties/persisted/items/properties/loaded_at_boot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err360];}else {vErrors.push(err360);}errors++;}}if(data243.mechanism !== undefined){if(typeof data243.mechanism !== "string"){const err361 = {instancePath:instancePath+"/iptables/persisted/" + i30+"/mechanism",schemaPath:"#/properties/iptables/properties/persisted/items/properties/mechanism/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err361];}else {vErrors.push(err361);}errors++;}}if(data243.loaded_by !== undefined){if(typeof data243.loaded_by !== "string"){const err362 = {instancePath:instancePath+"/iptables/persisted/" + i30+"/loaded_by",schemaPath:"#/properties/iptables/properties/persisted/items/properties/loaded_by/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err362];}else {vErrors.push(err362);}errors++;}}if(data243.line !== undefined){let data249 = data243.line;if(!(((typeof data249 == "number") && (!(data249 % 1) && !isNaN(data249))) && (isFinite(data249)))){const err363 = {instancePath:instancePath+"/iptables/persisted/" + i30+"/line",schemaPath:"#/properties/iptables/properties/persisted/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err363];}else {vErrors.push(err363);}errors++;}if((typeof data249 == "number") && (isFinite(data249))){if(data249 < 1 || isNaN(data249)){const err364 = {instancePath:instancePath+"/iptables/persisted/" + i30+"/line",schemaPath:"#/properties/iptables/properties/persisted/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err364];}else {vErrors.push(err364);}errors++;}}}if(data243.non_accept_policies !== undefined){let data250 = data243.non_accept_policies;if(!(((typeof data250 == "number") && (!(data250 % 1) && !isNaN(data250))) && (isFinite(data250)))){const err365 = {instancePath:instancePath+"/iptables/persisted/" + i30+"/non_accept_policies",schemaPath:"#/properties/iptables/properties/persisted/items/properties/non_accept_policies/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err365];}else {vErrors.push(err365);}errors++;}if((typeof data250 == "number") && (isFinite(data250))){if(data250 < 0 || isNaN(data250)){const err366 = {instancePath:instancePath+"/iptables/persisted/" + i30+"/non_accept_policies",schemaPath:"#/properties/iptables/properties/persisted/items/properties/non_accept_policies/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err366];}else {vErrors.push(err366);}errors++;}}}}else {const err367 = {instancePath:instancePath+"/iptables/persisted/" + i30,schemaPath:"#/properties/iptables/properties/persisted/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err367];}else {vErrors.push(err367);}errors++;}}}else {const err368 = {instancePath:instancePath+"/iptables/persisted",schemaPath:"#/properties/iptables/properties/persisted/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err368];}else {vErrors.push(err368);}errors++;}}}else {const err369 = {instancePath:instancePath+"/iptables",schemaPath:"#/properties/iptables/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err369];}else {vErrors.push(err369);}errors++;}}if(data.generalization !== undefined){let data251 = data.generalization;if(data251 && typeof data251 == "object" && !Array.isArray(data251)){for(const key52 in data251){if(!(((((key52 === "resolv_conf") || (key52 === "dhcp_leases")) || (key52 === "hostname")) || (key52 === "ssh_host_keys")) || (key52 === "provisioning_state"))){const err370 = {instancePath:instancePath+"/generalization",schemaPath:"#/properties/generalization/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key52},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err370];}else {vErrors.push(err370);}errors++;}}if(data251.resolv_conf !== undefined){let data252 = data251.resolv_conf;if(data252 && typeof data252 == "object" && !Array.isArray(data252)){for(const key53 in data252){if(!(((((((key53 === "present") || (key53 === "file")) || (key53 === "symlink_to")) || (key53 === "nameservers")) || (key53 === "kind")) || (key53 === "resolves_to")) || (key53 === "generated_by"))){const err371 = {instancePath:instancePath+"/generalization/resolv_conf",schemaPath:"#/properties/generalization/properties/resolv_conf/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err371];}else {vErrors.push(err371);}errors++;}}if(data252.present !== undefined){if(typeof data252.present !== "boolean"){const err372 = {instancePath:instancePath+"/generalization/resolv_conf/present",schemaPath:"#/properties/generalization/properties/resolv_conf/properties/present/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err372];}else {vErrors.push(err372);}errors++;}}if(data252.file !== undefined){if(typeof data252.file !== "string"){const err373 = {instancePath:instancePath+"/generalization/resolv_conf/file",schemaPath:"#/properties/generalization/properties/resolv_conf/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err373];}else {vErrors.push(err373);}errors++;}}if(data252.symlink_to !== undefined){if(typeof data252.symlink_to !== "string"){const err374 = {instancePath:instancePath+"/generalization/resolv_conf/symlink_to",schemaPath:"#/properties/generalization/properties/resolv_conf/properties/symlink_to/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err374];}else {vErrors.push(err374);}errors++;}}if(data252.nameservers !== undefined){let data256 = data252.nameservers;if(!(((typeof data256 == "number") && (!(data256 % 1) && !isNaN(data256))) && (isFinite(data256)))){const err375 = {instancePath:instancePath+"/generalization/resolv_conf/nameservers",schemaPath:"#/properties/generalization/properties/resolv_conf/properties/nameservers/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err375];}else {vErrors.push(err375);}errors++;}if((typeof data256 == "number") && (isFinite(data256))){if(data256 < 0 || isNaN(data256)){const err376 = {instancePath:instancePath+"/generalization/resolv_conf/nameservers",schemaPath:"#/properties/generalization/properties/resolv_conf/properties/nameservers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err376];}else {vErrors.push(err376);}errors++;}}}if(data252.kind !== undefined){let data257 = data252.kind;if(!((((data257 === "absent") || (data257 === "regular")) || (data257 === "symlink")) || (data257 === "other"))){const err377 = {instancePath:instancePath+"/generalization/resolv_conf/kind",schemaPath:"#/properties/generalization/properties/resolv_conf/properties/kind/enum",keyword:"enum",params:{allowedValues: schema16.properties.generalization.properties.resolv_conf.properties.kind.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err377];}else {vErrors.push(err377);}errors++;}}if(data252.resolves_to !== undefined){if(typeof data252.resolves_to !== "string"){const err378 = {instancePath:instancePath+"/generalization/resolv_conf/resolves_to",schemaPath:"#/properties/generalization/properties/resolv_conf/properties/resolves_to/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err378];}else {vErrors.push(err378);}errors++;}}if(data252.generated_by !== undefined){if(typeof data252.generated_by !== "string"){const err379 = {instancePath:instancePath+"/generalization/resolv_conf/generated_by",schemaPath:"#/properties/generalization/properties/resolv_conf/properties/generated_by/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err379];}else {vErrors.push(err379);}errors++;}}}else {const err380 = {instancePath:instancePath+"/generalization/resolv_conf",schemaPath:"#/properties/generalization/properties/resolv_conf/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err380];}else {vErrors.push(err380);}errors++;}}if(data251.dhcp_leases !== undefined){let data260 = data251.dhcp_leases;if(Array.isArray(data260)){const len31 = data260.length;for(let i31=0; i31<len31; i31++){if(typeof data260[i31] !== "string"){const err381 = {instancePath:instancePath+"/generalization/dhcp_leases/" + i31,schemaPath:"#/properties/generalization/properties/dhcp_leases/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err381];}else {vErrors.push(err381);}errors++;}}}else {const err382 = {instancePath:instancePath+"/generalization/dhcp_leases",schemaPath:"#/properties/generalization/properties/dhcp_leases/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err382];}else {vErrors.push(err382);}errors++;}}if(data251.hostname !== undefined){let data262 = data251.hostname;if(data262 && typeof data262 == "object" && !Array.isArray(data262)){for(const key54 in data262){if(!((key54 === "value") || (key54 === "file"))){const err383 = {instancePath:instancePath+"/generalization/hostname",schemaPath:"#/properties/generalization/properties/hostname/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err383];}else {vErrors.push(err383);}errors++;}}if(data262.value !== undefined){if(typeof data262.value !== "string"){const err384 = {instancePath:instancePath+"/generalization/hostname/value",schemaPath:"#/properties/generalization/properties/hostname/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err384];}else {vErrors.push(err384);}errors++;}}if(data262.file !== undefined){if(typeof data262.file !== "string"){const err385 = {instancePath:instancePath+"/generalization/hostname/file",schemaPath:"#/properties/generalization/properties/hostname/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err385];}else {vErrors.push(err385);}errors++;}}}else {const err386 = {instancePath:instancePath+"/generalization/hostname",schemaPath:"#/properties/generalization/properties/hostname/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err386];}else {vErrors.push(err386);}errors++;}}if(data251.ssh_host_keys !== undefined){let data265 = data251.ssh_host_keys;if(Array.isArray(data265)){const len32 = data265.length;for(let i32=0; i32<len32; i32++){if(typeof data265[i32] !== "string"){const err387 = {instancePath:instancePath+"/generalization/ssh_host_keys/" + i32,schemaPath:"#/properties/generalization/properties/ssh_host_keys/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err387];}else {vErrors.push(err387);}errors++;}}}else {const err388 = {instancePath:instancePath+"/generalization/ssh_host_keys",schemaPath:"#/properties/generalization/properties/ssh_host_keys/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err388];}else {vErrors.push(err388);}errors++;}}if(data251.provisioning_state !== undefined){let data267 = data251.provisioning_state;if(Array.isArray(data267)){const len33 = data267.length;for(let i33=0; i33<len33; i33++){let data268 = data267[i33];if(data268 && typeof data268 == "object" && !Array.isArray(data268)){if(data268.path === undefined){const err389 = {instancePath:instancePath+"/generalization/provisioning_state/" + i33,schemaPath:"#/properties/generalization/properties/provisioning_state/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err389];}else {vErrors.push(err389);}errors++;}for(const key55 in data268){if(!((key55 === "path") || (key55 === "owner"))){const err390 = {instancePath:instancePath+"/generalization/provisioning_state/" + i33,schemaPath:"#/properties/generalization/properties/provisioning_state/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key55},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err390];}else {vErrors.push(err390);}errors++;}}if(data268.path !== undefined){if(typeof data268.path !== "string"){const err391 = {instancePath:instancePath+"/generalization/provisioning_state/" + i33+"/path",schemaPath:"#/properties/generalization/properties/provisioning_state/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err391];}else {vErrors.push(err391);}errors++;}}if(data268.owner !== undefined){let data270 = data268.owner;if(!((data270 === "waagent") || (data270 === "cloud-init"))){const err392 = {instancePath:instancePath+"/generalization/provisioning_state/" + i33+"/owner",schemaPath:"#/properties/generalization/properties/provisioning_state/items/properties/owner/enum",keyword:"enum",params:{allowedValues: schema16.properties.generalization.properties.provisioning_state.items.properties.owner.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err392];}else {vErrors.push(err392);}errors++;}}}else {const err393 = {instancePath:instancePath+"/generalization/provisioning_state/" + i33,schemaPath:"#/properties/generalization/properties/provisioning_state/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err393];}else {vErrors.push(err393);}errors++;}}}else {const err394 = {instancePath:instancePath+"/generalization/provisioning_state",schemaPath:"#/properties/generalization/properties/provisioning_state/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err394];}else {vErrors.push(err394);}errors++;}}}else {const err395 = {instancePath:instancePath+"/generalization",schemaPath:"#/properties/generalization/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err395];}else {vErrors.push(err395);}errors++;}}if(data.root_password !== undefined){let data271 = data.root_password;if(data271 && typeof data271 == "object" && !Array.isArray(data271)){if(data271.state === undefined){const err396 = {instancePath:instancePath+"/root_password",schemaPath:"#/properties/root_password/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};if(vErrors === null){vErrors = [err396];}else {vErrors.push(err396);}errors++;}for(const key56 in data271){if(!(((key56 === "state") || (key56 === "file")) || (key56 === "line"))){const err397 = {instancePath:instancePath+"/root_password",schemaPath:"#/properties/root_password/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key56},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err397];}else {vErrors.push(err397);}errors++;}}if(data271.state !== undefined){let data272 = data271.state;if(!((((data272 === "hash") || (data272 === "locked")) || (data272 === "empty")) || (data272 === "no_entry"))){const err398 = {instancePath:instancePath+"/root_password/state",schemaPath:"#/properties/root_password/properties/state/enum",keyword:"enum",params:{allowedValues: schema16.properties.root_password.properties.state.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err398];}else {vErrors.push(err398);}errors++;}}if(data271.file !== undefined){if(typeof data271.file !== "string"){const err399 = {instancePath:instancePath+"/root_password/file",schemaPath:"#/properties/root_password/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err399];}else {vErrors.push(err399);}errors++;}}if(data271.line !== undefined){let data274 = data271.line;if(!(((typeof data274 == "number") && (!(data274 % 1) && !isNaN(data274))) && (isFinite(data274)))){const err400 = {instancePath:instancePath+"/root_password/line",schemaPath:"#/properties/root_password/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err400];}else {vErrors.push(err400);}errors++;}if((typeof data274 == "number") && (isFinite(data274))){if(data274 < 1 || isNaN(data274)){const err401 = {instancePath:instancePath+"/root_password/line",schemaPath:"#/properties/root_password/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err401];}else {vErrors.push(err401);}errors++;}}}}else {const err402 = {instancePath:instancePath+"/root_password",schemaPath:"#/properties/root_password/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err402];}else {vErrors.push(err402);}errors++;}}if(data.sudoers !== undefined){let data275 = data.sudoers;if(data275 && typeof data275 == "object" && !Array.isArray(data275)){for(const key57 in data275){if(!(key57 === "targetpw")){const err403 = {instancePath:instancePath+"/sudoers",schemaPath:"#/properties/sudoers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key57},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err403];}else {vErrors.push(err403);}errors++;}}if(data275.targetpw !== undefined){let data276 = data275.targetpw;if(Array.isArray(data276)){const len34 = data276.length;for(let i34=0; i34<len34; i34++){let data277 = data276[i34];if(data277 && typeof data277 == "object" && !Array.isArray(data277)){if(data277.file === undefined){const err404 = {instancePath:instancePath+"/sudoers/targetpw/" + i34,schemaPath:"#/properties/sudoers/properties/targetpw/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};if(vErrors === null){vErrors = [err404];}else {vErrors.push(err404);}errors++;}for(const key58 in data277){if(!(((key58 === "file") || (key58 === "line")) || (key58 === "text"))){const err405 = {instancePath:instancePath+"/sudoers/targetpw/" + i34,schemaPath:"#/properties/sudoers/properties/targetpw/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key58},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err405];}else {vErrors.push(err405);}errors++;}}if(data277.file !== undefined){if(typeof data277.file !== "string"){const err406 = {instancePath:instancePath+"/sudoers/targetpw/" + i34+"/file",schemaPath:"#/properties/sudoers/properties/targetpw/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err406];}else {vErrors.push(err406);}errors++;}}if(data277.line !== undefined){let data279 = data277.line;if(!(((typeof data279 == "number") && (!(data279 % 1) && !isNaN(data279))) && (isFinite(data279)))){const err407 = {instancePath:instancePath+"/sudoers/targetpw/" + i34+"/line",schemaPath:"#/properties/sudoers/properties/targetpw/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err407];}else {vErrors.push(err407);}errors++;}if((typeof data279 == "number") && (isFinite(data279))){if(data279 < 1 || isNaN(data279)){const err408 = {instancePath:instancePath+"/sudoers/targetpw/" + i34+"/line",schemaPath:"#/properties/sudoers/properties/targetpw/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err408];}else {vErrors.push(err408);}errors++;}}}if(data277.text !== undefined){if(typeof data277.text !== "string"){const err409 = {instancePath:instancePath+"/sudoers/targetpw/" + i34+"/text",schemaPath:"#/properties/sudoers/properties/targetpw/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err409];}else {vErrors.push(err409);}errors++;}}}else {const err410 = {instancePath:instancePath+"/sudoers/targetpw/" + i34,schemaPath:"#/properties/sudoers/properties/targetpw/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err410];}else {vErrors.push(err410);}errors++;}}}else {const err411 = {instancePath:instancePath+"/sudoers/targetpw",schemaPath:"#/properties/sudoers/properties/targetpw/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err411];}else {vErrors.push(err411);}errors++;}}}else {const err412 = {instancePath:instancePath+"/sudoers",schemaPath:"#/properties/sudoers/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err412];}else {vErrors.push(err412);}errors++;}}if(data.unsupported !== undefined){let data281 = data.unsupported;if(Array.isArray(data281)){const len35 = data281.length;for(let i35=0; i35<len35; i35++){let data282 = data281[i35];if(data282 && typeof data282 == "object" && !Array.isArray(data282)){if(data282.fact === undefined){const err413 = {instancePath:instancePath+"/unsupported/" + i35,schemaPath:"#/properties/unsupported/items/required",keyword:"required",params:{missingProperty: "fact"},message:"must have required property '"+"fact"+"'"};if(vErrors === null){vErrors = [err413];}else {vErrors.push(err413);}errors++;}if(data282.reason === undefined){const err414 = {instancePath:instancePath+"/unsupported/" + i35,schemaPath:"#/properties/unsupported/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};if(vErrors === null){vErrors = [err414];}else {vErrors.push(err414);}errors++;}for(const key59 in data282){if(!(((((key59 === "fact") || (key59 === "file")) || (key59 === "line")) || (key59 === "text")) || (key59 === "reason"))){const err415 = {instancePath:instancePath+"/unsupported/" + i35,schemaPath:"#/properties/unsupported/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key59},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err415];}else {vErrors.push(err415);}errors++;}}if(data282.fact !== undefined){if(typeof data282.fact !== "string"){const err416 = {instancePath:instancePath+"/unsupported/" + i35+"/fact",schemaPath:"#/properties/unsupported/items/properties/fact/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err416];}else {vErrors.push(err416);}errors++;}}if(data282.file !== undefined){if(typeof data282.file !== "string"){const err417 = {instancePath:instancePath+"/unsupported/" + i35+"/file",schemaPath:"#/properties/unsupported/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err417];}else {vErrors.push(err417);}errors++;}}if(data282.line !== undefined){let data285 = data282.line;if(!(((typeof data285 == "number") && (!(data285 % 1) && !isNaN(data285))) && (isFinite(data285)))){const err418 = {instancePath:instancePath+"/unsupported/" + i35+"/line",schemaPath:"#/properties/unsupported/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err418];}else {vErrors.push(err418);}errors++;}if((typeof data285 == "number") && (isFinite(data285))){if(data285 < 1 || isNaN(data285)){const err419 = {instancePath:instancePath+"/unsupported/" + i35+"/line",schemaPath:"#/properties/unsupported/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err419];}else {vErrors.push(err419);}errors++;}}}if(data282.text !== undefined){if(typeof data282.text !== "string"){const err420 = {instancePath:instancePath+"/unsupported/" + i35+"/text",schemaPath:"#/properties/unsupported/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err420];}else {vErrors.push(err420);}errors++;}}if(data282.reason !== undefined){if(typeof data282.reason !== "string"){const err421 = {instancePath:instancePath+"/unsupported/" + i35+"/reason",schemaPath:"#/properties/unsupported/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err421];}else {vErrors.push(err421);}errors++;}}}else {const err422 = {instancePath:instancePath+"/unsupported/" + i35,schemaPath:"#/properties/unsupported/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err422];}else {vErrors.push(err422);}errors++;}}}else {const err423 = {instancePath:instancePath+"/unsupported",schemaPath:"#/properties/unsupported/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err423];}else {vErrors.push(err423);}errors++;}}if(data.cloud_init !== undefined){let data288 = data.cloud_init;if(data288 && typeof data288 == "object" && !Array.isArray(data288)){for(const key60 in data288){if(!((((((((key60 === "installed") || (key60 === "path")) || (key60 === "version")) || (key60 === "services")) || (key60 === "disabled_by")) || (key60 === "files")) || (key60 === "settings")) || (key60 === "root_password_entries"))){const err424 = {instancePath:instancePath+"/cloud_init",schemaPath:"#/properties/cloud_init/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key60},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err424];}else {vErrors.push(err424);}errors++;}}if(data288.installed !== undefined){if(typeof data288.installed !== "boolean"){const err425 = {instancePath:instancePath+"/cloud_init/installed",schemaPath:"#/properties/cloud_init/properties/installed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err425];}else {vErrors.push(err425);}errors++;}}if(data288.path !== undefined){if(typeof data288.path !== "string"){const err426 = {instancePath:instancePath+"/cloud_init/path",schemaPath:"#/properties/cloud_init/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err426];}else {vErrors.push(err426);}errors++;}}if(data288.version !== undefined){if(typeof data288.version !== "string"){const err427 = {instancePath:instancePath+"/cloud_init/version",schemaPath:"#/properties/cloud_init/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err427];}else {vErrors.push(err427);}errors++;}}if(data288.services !== undefined){let data292 = data288.services;if(Array.isArray(data292)){const len36 = data292.length;for(let i36=0; i36<len36; i36++){let data293 = data292[i36];if(data293 && typeof data293 == "object" && !Array.isArray(data293)){if(data293.unit === undefined){const err428 = {instancePath:instancePath+"/cloud_init/services/" + i36,schemaPath:"#/properties/cloud_init/properties/services/items/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};if(vErrors === null){vErrors = [err428];}else {vErrors.push(err428);}errors++;}if(data293.enabled === undefined){const err429 = {instancePath:instancePath+"/cloud_init/services/" + i36,schemaPath:"#/properties/cloud_init/properties/services/items/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'"};if(vErrors === null){vErrors = [err429];}else {vErrors.push(err429);}errors++;}for(const key61 in data293){if(!(((key61 === "unit") || (key61 === "enabled")) || (key61 === "file"))){const err430 = {instancePath:instancePath+"/cloud_init/services/" + i36,schemaPath:"#/properties/cloud_init/properties/services/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key61},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err430];}else {vErrors.push(err430);}errors++;}}if(data293.unit !== undefined){if(typeof data293.unit !== "string"){const err431 = {instancePath:instancePath+"/cloud_init/services/" + i36+"/unit",schemaPath:"#/properties/cloud_init/properties/services/items/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err431];}else {vErrors.push(err431);}errors++;}}if(data293.enabled !== undefined){if(typeof data293.enabled !== "boolean"){const err432 = {instancePath:instancePath+"/cloud_init/services/" + i36+"/enabled",schemaPath:"#/properties/cloud_init/properties/services/items/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err432];}else {vErrors.push(err432);}errors++;}}if(data293.file !== undefined){if(typeof data293.file !== "string"){const err433 = {instancePath:instancePath+"/cloud_init/services/" + i36+"/file",schemaPath:"#/properties/cloud_init/properties/services/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err433];}else {vErrors.push(err433);}errors++;}}}else {const err434 = {instancePath:instancePath+"/cloud_init/services/" + i36,schemaPath:"#/properties/cloud_init/properties/services/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err434];}else {vErrors.push(err434);}errors++;}}}else {const err435 = {instancePath:instancePath+"/cloud_init/services",schemaPath:"#/properties/cloud_init/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err435];}else {vErrors.push(err435);}errors++;}}if(data288.disabled_by !== undefined){let data297 = data288.disabled_by;if(Array.isArray(data297)){const len37 = data297.length;for(let i37=0; i37<len37; i37++){let data298 = data297[i37];if(data298 && typeof data298 == "object" && !Array.isArray(data298)){if(data298.file === undefined){const err436 = {instancePath:instancePath+"/cloud_init/disabled_by/" + i37,schemaPath:"#/properties/cloud_init/properties/disabled_by/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};if(vErrors === null){vErrors = [err436];}else {vErrors.push(err436);}errors++;}for(const key62 in data298){if(!(((key62 === "file") || (key62 === "line")) || (key62 === "text"))){const err437 = {instancePath:instancePath+"/cloud_init/disabled_by/" + i37,schemaPath:"#/properties/cloud_init/properties/disabled_by/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key62},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err437];}else {vErrors.push(err437);}errors++;}}if(data298.file !== undefined){if(typeof data298.file !== "string"){const err438 = {instancePath:instancePath+"/cloud_init/disabled_by/" + i37+"/file",schemaPath:"#/properties/cloud_init/properties/disabled_by/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err438];}else {vErrors.push(err438);}errors++;}}if(data298.line !== undefined){let data300 = data298.line;if(!(((typeof data300 == "number") && (!(data300 % 1) && !isNaN(data300))) && (isFinite(data300)))){const err439 = {instancePath:instancePath+"/cloud_init/disabled_by/" + i37+"/line",schemaPath:"#/properties/cloud_init/properties/disabled_by/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err439];}else {vErrors.push(err439);}errors++;}if((typeof data300 == "number") && (isFinite(data300))){if(data300 < 1 || isNaN(data300)){const err440 = {instancePath:instancePath+"/cloud_init/disabled_by/" + i37+"/line",schemaPath:"#/properties/cloud_init/properties/disabled_by/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err440];}else {vErrors.push(err440);}errors++;}}}if(data298.text !== undefined){if(typeof data298.text !== "string"){const err441 = {instancePath:instancePath+"/cloud_init/disabled_by/" + i37+"/text",schemaPath:"#/properties/cloud_init/properties/disabled_by/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err441];}else {vErrors.push(err441);}errors++;}}}else {const err442 = {instancePath:instancePath+"/cloud_init/disabled_by/" + i37,schemaPath:"#/properties/cloud_init/properties/disabled_by/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err442];}else {vErrors.push(err442);}errors++;}}}else {const err443 = {instancePath:instancePath+"/cloud_init/disabled_by",schemaPath:"#/properties/cloud_init/properties/disabled_by/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err443];}else {vErrors.push(err443);}errors++;}}if(data288.files !== undefined){let data302 = data288.files;if(Array.isArray(data302)){const len38 = data302.length;for(let i38=0; i38<len38; i38++){if(typeof data302[i38] !== "string"){const err444 = {instancePath:instancePath+"/cloud_init/files/" + i38,schemaPath:"#/properties/cloud_init/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err444];}else {vErrors.push(err444);}errors++;}}}else {const err445 = {instancePath:instancePath+"/cloud_init/files",schemaPath:"#/properties/cloud_init/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err445];}else {vErrors.push(err445);}errors++;}}if(data288.settings !== undefined){let data304 = data288.settings;if(data304 && typeof data304 == "object" && !Array.isArray(data304)){for(const key63 in data304){let data305 = data304[key63];if(data305 && typeof data305 == "object" && !Array.isArray(data305)){if(data305.value === undefined){const err446 = {instancePath:instancePath+"/cloud_init/settings/" + key63.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/cloud_init/properties/settings/additionalProperties/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err446];}else {vErrors.push(err446);}errors++;}for(const key64 in data305){if(!(((key64 === "value") || (key64 === "file")) || (key64 === "line"))){const err447 = {instancePath:instancePath+"/cloud_init/settings/" + key63.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/cloud_init/properties/settings/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key64},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err447];}else {vErrors.push(err447);}errors++;}}if(data305.file !== undefined){if(typeof data305.file !== "string"){const err448 = {instancePath:instancePath+"/cloud_init/settings/" + key63.replace(/~/g, "~0").replace(/\//g, "~1")+"/file",schemaPath:"#/properties/cloud_init/properties/settings/additionalProperties/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err448];}else {vErrors.push(err448);}errors++;}}if(data305.line !== undefined){let data307 = data305.line;if(!(((typeof data307 == "number") && (!(data307 % 1) && !isNaN(data307))) && (isFinite(data307)))){const err449 = {instancePath:instancePath+"/cloud_init/settings/" + key63.replace(/~/g, "~0").replace(/\//g, "~1")+"/line",schemaPath:"#/properties/cloud_init/properties/settings/additionalProperties/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err449];}else {vErrors.push(err449);}errors++;}if((typeof data307 == "number") && (isFinite(data307))){if(data307 < 1 || isNaN(data307)){const err450 = {instancePath:instancePath+"/cloud_init/settings/" + key63.replace(/~/g, "~0").replace(/\//g, "~1")+"/line",schemaPath:"#/properties/cloud_init/properties/settings/additionalProperties/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err450];}else {vErrors.push(err450);}errors++;}}}}else {const err451 = {instancePath:instancePath+"/cloud_init/settings/" + key63.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/cloud_init/properties/settings/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err451];}else {vErrors.push(err451);}errors++;}}}else {const err452 = {instancePath:instancePath+"/cloud_init/settings",schemaPath:"#/properties/cloud_init/properties/settings/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err452];}else {vErrors.push(err452);}errors++;}}if(data288.root_password_entries !== undefined){let data308 = data288.root_password_entries;if(Array.isArray(data308)){const len39 = data308.length;for(let i39=0; i39<len39; i39++){let data309 = data308[i39];if(data309 && typeof data309 == "object" && !Array.isArray(data309)){if(data309.file === undefined){const err453 = {instancePath:instancePath+"/cloud_init/root_password_entries/" + i39,schemaPath:"#/properties/cloud_init/properties/root_password_entries/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};if(vErrors === null){vErrors = [err453];}else {vErrors.push(err453);}errors++;}for(const key65 in data309){if(!(((key65 === "file") || (key65 === "line")) || (key65 === "text"))){const err454 = {instancePath:instancePath+"/cloud_init/root_password_entries/" + i39,schemaPath:"#/properties/cloud_init/properties/root_password_entries/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key65},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err454];}else {vErrors.push(err454);}errors++;}}if(data309.file !== undefined){if(typeof data309.file !== "string"){const err455 = {instancePath:instancePath+"/cloud_init/root_password_entries/" + i39+"/file",schemaPath:"#/properties/cloud_init/properties/root_password_entries/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err455];}else {vErrors.push(err455);}errors++;}}if(data309.line !== undefined){let data311 = data309.line;if(!(((typeof data311 == "number") && (!(data311 % 1) && !isNaN(data311))) && (isFinite(data311)))){const err456 = {instancePath:instancePath+"/cloud_init/root_password_entries/" + i39+"/line",schemaPath:"#/properties/cloud_init/properties/root_password_entries/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err456];}else {vErrors.push(err456);}errors++;}if((typeof data311 == "number") && (isFinite(data311))){if(data311 < 1 || isNaN(data311)){const err457 = {instancePath:instancePath+"/cloud_init/root_password_entries/" + i39+"/line",schemaPath:"#/properties/cloud_init/properties/root_password_entries/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err457];}else {vErrors.push(err457);}errors++;}}}if(data309.text !== undefined){if(typeof data309.text !== "string"){const err458 = {instancePath:instancePath+"/cloud_init/root_password_entries/" + i39+"/text",schemaPath:"#/properties/cloud_init/properties/root_password_entries/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err458];}else {vErrors.push(err458);}errors++;}}}else {const err459 = {instancePath:instancePath+"/cloud_init/root_password_entries/" + i39,schemaPath:"#/properties/cloud_init/properties/root_password_entries/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err459];}else {vErrors.push(err459);}errors++;}}}else {const err460 = {instancePath:instancePath+"/cloud_init/root_password_entries",schemaPath:"#/properties/cloud_init/properties/root_password_entries/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err460];}else {vErrors.push(err460);}errors++;}}}else {const err461 = {instancePath:instancePath+"/cloud_init",schemaPath:"#/properties/cloud_init/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err461];}else {vErrors.push(err461);}errors++;}}}else {const err462 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err462];}else {vErrors.push(err462);}errors++;}validate14.errors = vErrors;return errors === 0;}const schema25 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://vm-image-policy.dev/schemas/facts-windows.schema.json","title":"Windows facts (probes/windows/probe.ps1)","description":"What probes/windows/probe.ps1 observed on a Windows image (inside the Packer build or on a deployed VM). A key that is absent was NOT gathered (API unavailable, access denied, not possible at this stage); false, 0 and [] are observations. Read by the AZMP-WIN-* rules and the Windows side of AZMP-DSK-*/REG-*.","type":"object","additionalProperties":false,"properties":{"probe":{"type":"object","additionalProperties":false,"properties":{"version":{"type":"string"},"powershell":{"type":"string","description":"$PSVersionTable.PSVersion"},"errors":{"type":"array","description":"facts that could not be gathered, with the reason (their keys are absent)","items":{"type":"object","required":["fact","error"],"additionalProperties":false,"properties":{"fact":{"type":"string"},"error":{"type":"string"}}}}}},"os":{"type":"object","additionalProperties":false,"properties":{"product_name":{"type":"string","description":"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion ProductName, e.g. \"Windows Server 2022 Datacenter\""},"edition_id":{"type":"string","description":"EditionID, e.g. ServerDatacenter"},"version":{"type":"string","description":"Win32_OperatingSystem.Version, e.g. 10.0.20348"},"build":{"type":"string","description":"CurrentBuild.UBR, e.g. 20348.2762"},"architecture":{"enum":["x64","x86","arm64","arm"],"description":"OS architecture (Win32_OperatingSystem.OSArchitecture / PROCESSOR_ARCHITECTURE normalised)"},"installation_type":{"type":"string","description":"InstallationType: Server, Server Core, Nano Server, Client"}}},"base_image":{"type":"object","description":"The marketplace image the VM was created from.","additionalProperties":false,"properties":{"publisher":{"type":"string","description":"e.g. MicrosoftWindowsServer"},"offer":{"type":"string","description":"e.g. WindowsServer"},"sku":{"type":"string","description":"e.g. 2022-datacenter-azure-edition"},"version":{"type":"string","description":"e.g. 20348.2762.241006"},"published":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"publication date of that image version (YYYY-MM-DD, UTC)"},"source":{"enum":["imds","registry","template","manifest"],"description":"where the probe found it: instance metadata service, registry, or the Packer template/manifest"}}},"updates":{"type":"object","description":"Windows Update Agent search (IsInstalled=0 and IsHidden=0 for pending).","additionalProperties":false,"properties":{"searched_at_unix":{"type":"integer"},"pending":{"type":"array","items":{"$ref":"#/definitions/update"}},"installed":{"type":"array","items":{"$ref":"#/definitions/update"}}}},"startup_tasks":{"type":"array","description":"Scheduled tasks with a boot or logon trigger, outside \\Microsoft\\ unless marked builtin.","items":{"type":"object","required":["path"],"additionalProperties":false,"properties":{"path":{"type":"string","description":"task path and name, e.g. \\Contoso\\FirstBoot"},"author":{"type":"string"},"builtin":{"type":"boolean","description":"shipped with Windows (not added for the image)"},"enabled":{"type":"boolean"},"triggers":{"type":"array","items":{"enum":["boot","logon","other"]}},"actions":{"type":"array","description":"each action as a command line: program and arguments","items":{"type":"string"}},"self_deleting":{"type":"boolean","description":"the task removes itself after success: an action runs `schtasks /delete` or Unregister-ScheduledTask on this task, or the task has DeleteExpiredTaskAfter with an end boundary"}}}},"drive_references":{"type":"array","description":"Drive letters referenced by configuration in the image: startup task actions, services' image paths, environment variables, Run keys, unattend files, page file settings.","items":{"type":"object","required":["drive"],"additionalProperties":false,"properties":{"drive":{"type":"string","pattern":"^[A-Za-z]$"},"where":{"type":"string","description":"what refers to it, e.g. \"task \\\\Contoso\\\\FirstBoot\" or \"HKLM\\\\...\\\\Run\\\\agent\""},"value":{"type":"string","description":"the referring value, e.g. E:\\app\\start.cmd"}}}},"sysprep":{"type":"object","additionalProperties":false,"properties":{"image_state":{"type":"string","description":"HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Setup\\State ImageState, e.g. IMAGE_STATE_GENERALIZE_RESEAL_TO_OOBE"},"disabled":{"type":"boolean","description":"sysprep cannot run: sysprep.exe missing, generalize blocked (e.g. CleanupState/GeneralizationState errors, a provider that forbids it)"},"disabled_reason":{"type":"string"},"generalization_state":{"type":"integer","description":"HKLM\\SYSTEM\\Setup\\Status\\SysprepStatus GeneralizationState (7 = ready)"}}},"features_installed":{"type":"array","description":"Names of installed roles and features (Get-WindowsFeature | ? Installed).Name, e.g. Failover-Clustering","items":{"type":"string"}},"bitlocker":{"type":"object","additionalProperties":false,"properties":{"os_volume_protection":{"enum":["on","off","unknown"],"description":"Get-BitLockerVolume C: ProtectionStatus"},"os_volume_encryption":{"type":"string","description":"VolumeStatus, e.g. FullyDecrypted, FullyEncrypted, EncryptionInProgress"}}},"network":{"type":"object","description":"The primary network adapter.","additionalProperties":false,"properties":{"adapter":{"type":"string"},"dhcp_enabled":{"type":"boolean"},"ipv6_enabled":{"type":"boolean"},"static_dns":{"type":"array","items":{"type":"string"}}}}},"definitions":{"update":{"type":"object","additionalProperties":false,"properties":{"kb":{"type":"string","description":"KB number, e.g. KB5044281"},"title":{"type":"string"},"classification":{"type":"string","description":"Windows Update category, e.g. Security Updates, Critical Updates, Updates, Definition Updates"},"severity":{"enum":["Critical","Important","Moderate","Low","Unspecified"],"description":"MsrcSeverity (security updates); Unspecified when the update has none"}}}}};const schema26 = {"type":"object","additionalProperties":false,"properties":{"kb":{"type":"string","description":"KB number, e.g. KB5044281"},"title":{"type":"string"},"classification":{"type":"string","description":"Windows Update category, e.g. Security Updates, Critical Updates, Updates, Definition Updates"},"severity":{"enum":["Critical","Important","Moderate","Low","Unspecified"],"description":"MsrcSeverity (security updates); Unspecified when the update has none"}}};const pattern1 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");const pattern2 = new RegExp("^[A-Za-z]$", "u");function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://vm-image-policy.dev/schemas/facts-windows.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema25.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.probe !== undefined){let data0 = data.probe;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){if(!(((key1 === "version") || (key1 === "powershell")) || (key1 === "errors"))){const err1 = {instancePath:instancePath+"/probe",schemaPath:"#/properties/probe/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data0.version !== undefined){if(typeof data0.version !== "string"){const err2 = {instancePath:instancePath+"/probe/version",schemaPath:"#/properties/probe/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.powershell !== undefined){if(typeof data0.powershell !== "string"){const err3 = {instancePath:instancePath+"/probe/powershell",schemaPath:"#/properties/probe/properties/powershell/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.errors !== undefined){let data3 = data0.errors;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.fact === undefined){const err4 = {instancePath:instancePath+"/probe/errors/" + i0,schemaPath:"#/properties/probe/properties/errors/items/required",keyword:"required",params:{missingProperty: "fact"},message:"must have required property '"+"fact"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data4.error === undefined){const err5 = {instancePath:instancePath+"/probe/errors/" + i0,schemaPath:"#/properties/probe/properties/errors/items/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key2 in data4){if(!((key2 === "fact") || (key2 === "error"))){const err6 = {instancePath:instancePath+"/probe/errors/" + i0,schemaPath:"#/properties/probe/properties/errors/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data4.fact !== undefined){if(typeof data4.fact !== "string"){const err7 = {instancePath:instancePath+"/probe/errors/" + i0+"/fact",schemaPath:"#/properties/probe/properties/errors/items/properties/fact/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data4.error !== undefined){if(typeof data4.error !== "string"){const err8 = {instancePath:instancePath+"/probe/errors/" + i0+"/error",schemaPath:"#/properties/probe/properties/errors/items/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/probe/errors/" + i0,schemaPath:"#/properties/probe/properties/errors/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/probe/errors",schemaPath:"#/properties/probe/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/probe",schemaPath:"#/properties/probe/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.os !== undefined){let data7 = data.os;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key3 in data7){if(!((((((key3 === "product_name") || (key3 === "edition_id")) || (key3 === "version")) || (key3 === "build")) || (key3 === "architecture")) || (key3 === "installation_type"))){const err12 = {instancePath:instancePath+"/os",schemaPath:"#/properties/os/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data7.product_name !== undefined){if(typeof data7.product_name !== "string"){const err13 = {instancePath:instancePath+"/os/product_name",schemaPath:"#/properties/os/properties/product_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data7.edition_id !== undefined){if(typeof data7.edition_id !== "string"){const err14 = {instancePath:instancePath+"/os/edition_id",schemaPath:"#/properties/os/properties/edition_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data7.version !== undefined){if(typeof data7.version !== "string"){const err15 = {instancePath:instancePath+"/os/version",schemaPath:"#/properties/os/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data7.build !== undefined){if(typeof data7.build !== "string"){const err16 = {instancePath:instancePath+"/os/build",schemaPath:"#/properties/os/properties/build/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data7.architecture !== undefined){let data12 = data7.architecture;if(!((((data12 === "x64") || (data12 === "x86")) || (data12 === "arm64")) || (data12 === "arm"))){const err17 = {instancePath:instancePath+"/os/architecture",schemaPath:"#/properties/os/properties/architecture/enum",keyword:"enum",params:{allowedValues: schema25.properties.os.properties.architecture.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data7.installation_type !== undefined){if(typeof data7.installation_type !== "string"){const err18 = {instancePath:instancePath+"/os/installation_type",schemaPath:"#/properties/os/properties/installation_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/os",schemaPath:"#/properties/os/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.base_image !== undefined){let data14 = data.base_image;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key4 in data14){if(!((((((key4 === "publisher") || (key4 === "offer")) || (key4 === "sku")) || (key4 === "version")) || (key4 === "published")) || (key4 === "source"))){const err20 = {instancePath:instancePath+"/base_image",schemaPath:"#/properties/base_image/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data14.publisher !== undefined){if(typeof data14.publisher !== "string"){const err21 = {instancePath:instancePath+"/base_image/publisher",schemaPath:"#/properties/base_image/properties/publisher/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data14.offer !== undefined){if(typeof data14.offer !== "string"){const err22 = {instancePath:instancePath+"/base_image/offer",schemaPath:"#/properties/base_image/properties/offer/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data14.sku !== undefined){if(typeof data14.sku !== "string"){const err23 = {instancePath:instancePath+"/base_image/sku",schemaPath:"#/properties/base_image/properties/sku/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data14.version !== undefined){if(typeof data14.version !== "string"){const err24 = {instancePath:instancePath+"/base_image/version",schemaPath:"#/properties/base_image/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data14.published !== undefined){let data19 = data14.published;if(typeof data19 === "string"){if(!pattern1.test(data19)){const err25 = {instancePath:instancePath+"/base_image/published",schemaPath:"#/properties/base_image/properties/published/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\""};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/base_image/published",schemaPath:"#/properties/base_image/properties/published/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data14.source !== undefined){let data20 = data14.source;if(!((((data20 === "imds") || (data20 === "registry")) || (data20 === "template")) || (data20 === "manifest"))){const err27 = {instancePath:instancePath+"/base_image/source",schemaPath:"#/properties/base_image/properties/source/enum",keyword:"enum",params:{allowedValues: schema25.properties.base_image.properties.source.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/base_image",schemaPath:"#/properties/base_image/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.updates !== undefined){let data21 = data.updates;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){for(const key5 in data21){if(!(((key5 === "searched_at_unix") || (key5 === "pending")) || (key5 === "installed"))){const err29 = {instancePath:instancePath+"/updates",schemaPath:"#/properties/updates/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data21.searched_at_unix !== undefined){let data22 = data21.searched_at_unix;if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){const err30 = {instancePath:instancePath+"/updates/searched_at_unix",schemaPath:"#/properties/updates/properties/searched_at_unix/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data21.pending !== undefined){let data23 = data21.pending;if(Array.isArray(data23)){const len1 = data23.length;for(let i1=0; i1<len1; i1++){let data24 = data23[i1];if(data24 && typeof data24 == "object" && !Array.isArray(data24)){for(const key6 in data24){if(!((((key6 === "kb") || (key6 === "title")) || (key6 === "classification")) || (key6 === "severity"))){const err31 = {instancePath:instancePath+"/updates/pending/" + i1,schemaPath:"#/definitions/update/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data24.kb !== undefined){if(typeof data24.kb !== "string"){const err32 = {instancePath:instancePath+"/updates/pending/" + i1+"/kb",schemaPath:"#/definitions/update/properties/kb/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data24.title !== undefined){if(typeof data24.title !== "string"){const err33 = {instancePath:instancePath+"/updates/pending/" + i1+"/title",schemaPath:"#/definitions/update/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data24.classification !== undefined){if(typeof data24.classification !== "string"){const err34 = {instancePath:instancePath+"/updates/pending/" + i1+"/classification",schemaPath:"#/definitions/update/properties/classification/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data24.severity !== undefined){let data28 = data24.severity;if(!(((((data28 === "Critical") || (data28 === "Important")) || (data28 === "Moderate")) || (data28 === "Low")) || (data28 === "Unspecified"))){const err35 = {instancePath:instancePath+"/updates/pending/" + i1+"/severity",schemaPath:"#/definitions/update/properties/severity/enum",keyword:"enum",params:{allowedValues: schema26.properties.severity.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath:instancePath+"/updates/pending/" + i1,schemaPath:"#/definitions/update/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/updates/pending",schemaPath:"#/properties/updates/properties/pending/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data21.installed !== undefined){let data29 = data21.installed;if(Array.isArray(data29)){const len2 = data29.length;for(let i2=0; i2<len2; i2++){let data30 = data29[i2];if(data30 && typeof data30 == "object" && !Array.isArray(data30)){for(const key7 in data30){if(!((((key7 === "kb") || (key7 === "title")) || (key7 === "classification")) || (key7 === "severity"))){const err38 = {instancePath:instancePath+"/updates/installed/" + i2,schemaPath:"#/definitions/update/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data30.kb !== undefined){if(typeof data30.kb !== "string"){const err39 = {instancePath:instancePath+"/updates/installed/" + i2+"/kb",schemaPath:"#/definitions/update/properties/kb/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data30.title !== undefined){if(typeof data30.title !== "string"){const err40 = {instancePath:instancePath+"/updates/installed/" + i2+"/title",schemaPath:"#/definitions/update/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data30.classification !== undefined){if(typeof data30.classification !== "string"){const err41 = {instancePath:instancePath+"/updates/installed/" + i2+"/classification",schemaPath:"#/definitions/update/properties/classification/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data30.severity !== undefined){let data34 = data30.severity;if(!(((((data34 === "Critical") || (data34 === "Important")) || (data34 === "Moderate")) || (data34 === "Low")) || (data34 === "Unspecified"))){const err42 = {instancePath:instancePath+"/updates/installed/" + i2+"/severity",schemaPath:"#/definitions/update/properties/severity/enum",keyword:"enum",params:{allowedValues: schema26.properties.severity.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/updates/installed/" + i2,schemaPath:"#/definitions/update/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath:instancePath+"/updates/installed",schemaPath:"#/properties/updates/properties/installed/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath:instancePath+"/updates",schemaPath:"#/properties/updates/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data.startup_tasks !== undefined){let data35 = data.startup_tasks;if(Array.isArray(data35)){const len3 = data35.length;for(let i3=0; i3<len3; i3++){let data36 = data35[i3];if(data36 && typeof data36 == "object" && !Array.isArray(data36)){if(data36.path === undefined){const err46 = {instancePath:instancePath+"/startup_tasks/" + i3,schemaPath:"#/properties/startup_tasks/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}for(const key8 in data36){if(!(((((((key8 === "path") || (key8 === "author")) || (key8 === "builtin")) || (key8 === "enabled")) || (key8 === "triggers")) || (key8 === "actions")) || (key8 === "self_deleting"))){const err47 = {instancePath:instancePath+"/startup_tasks/" + i3,schemaPath:"#/properties/startup_tasks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data36.path !== undefined){if(typeof data36.path !== "string"){const err48 = {instancePath:instancePath+"/startup_tasks/" + i3+"/path",schemaPath:"#/properties/startup_tasks/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data36.author !== undefined){if(typeof data36.author !== "string"){const err49 = {instancePath:instancePath+"/startup_tasks/" + i3+"/author",schemaPath:"#/properties/startup_tasks/items/properties/author/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data36.builtin !== undefined){if(typeof data36.builtin !== "boolean"){const err50 = {instancePath:instancePath+"/startup_tasks/" + i3+"/builtin",schemaPath:"#/properties/startup_tasks/items/properties/builtin/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data36.enabled !== undefined){if(typeof data36.enabled !== "boolean"){const err51 = {instancePath:instancePath+"/startup_tasks/" + i3+"/enabled",schemaPath:"#/properties/startup_tasks/items/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data36.triggers !== undefined){let data41 = data36.triggers;if(Array.isArray(data41)){const len4 = data41.length;for(let i4=0; i4<len4; i4++){let data42 = data41[i4];if(!(((data42 === "boot") || (data42 === "logon")) || (data42 === "other"))){const err52 = {instancePath:instancePath+"/startup_tasks/" + i3+"/triggers/" + i4,schemaPath:"#/properties/startup_tasks/items/properties/triggers/items/enum",keyword:"enum",params:{allowedValues: schema25.properties.startup_tasks.items.properties.triggers.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath:instancePath+"/startup_tasks/" + i3+"/triggers",schemaPath:"#/properties/startup_tasks/items/properties/triggers/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data36.actions !== undefined){let data43 = data36.actions;if(Array.isArray(data43)){const len5 = data43.length;for(let i5=0; i5<len5; i5++){if(typeof data43[i5] !== "string"){const err54 = {instancePath:instancePath+"/startup_tasks/" + i3+"/actions/" + i5,schemaPath:"#/properties/startup_tasks/items/properties/actions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/startup_tasks/" + i3+"/actions",schemaPath:"#/properties/startup_tasks/items/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data36.self_deleting !== undefined){if(typeof data36.self_deleting !== "boolean"){const err56 = {instancePath:instancePath+"/startup_tasks/" + i3+"/self_deleting",schemaPath:"#/properties/startup_tasks/items/properties/self_deleting/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}}else {const err57 = {instancePath:instancePath+"/startup_tasks/" + i3,schemaPath:"#/properties/startup_tasks/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}}else {const err58 = {instancePath:instancePath+"/startup_tasks",schemaPath:"#/properties/startup_tasks/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data.drive_references !== undefined){let data46 = data.drive_references;if(Array.isArray(data46)){const len6 = data46.length;for(let i6=0; i6<len6; i6++){let data47 = data46[i6];if(data47 && typeof data47 == "object" && !Array.isArray(data47)){if(data47.drive === undefined){const err59 = {instancePath:instancePath+"/drive_references/" + i6,schemaPath:"#/properties/drive_references/items/required",keyword:"required",params:{missingProperty: "drive"},message:"must have required property '"+"drive"+"'"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}for(const key9 in data47){if(!(((key9 === "drive") || (key9 === "where")) || (key9 === "value"))){const err60 = {instancePath:instancePath+"/drive_references/" + i6,schemaPath:"#/properties/drive_references/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data47.drive !== undefined){let data48 = data47.drive;if(typeof data48 === "string"){if(!pattern2.test(data48)){const err61 = {instancePath:instancePath+"/drive_references/" + i6+"/drive",schemaPath:"#/properties/drive_references/items/properties/drive/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]$"},message:"must match pattern \""+"^[A-Za-z]$"+"\""};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}else {const err62 = {instancePath:instancePath+"/drive_references/" + i6+"/drive",schemaPath:"#/properties/drive_references/items/properties/drive/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data47.where !== undefined){if(typeof data47.where !== "string"){const err63 = {instancePath:instancePath+"/drive_references/" + i6+"/where",schemaPath:"#/properties/drive_references/items/properties/where/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data47.value !== undefined){if(typeof data47.value !== "string"){const err64 = {instancePath:instancePath+"/drive_references/" + i6+"/value",schemaPath:"#/properties/drive_references/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}else {const err65 = {instancePath:instancePath+"/drive_references/" + i6,schemaPath:"#/properties/drive_references/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/drive_references",schemaPath:"#/properties/drive_references/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data.sysprep !== undefined){let data51 = data.sysprep;if(data51 && typeof data51 == "object" && !Array.isArray(data51)){for(const key10 in data51){if(!((((key10 === "image_state") || (key10 === "disabled")) || (key10 === "disabled_reason")) || (key10 === "generalization_state"))){const err67 = {instancePath:instancePath+"/sysprep",schemaPath:"#/properties/sysprep/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data51.image_state !== undefined){if(typeof data51.image_state !== "string"){const err68 = {instancePath:instancePath+"/sysprep/image_state",schemaPath:"#/properties/sysprep/properties/image_state/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data51.disabled !== undefined){if(typeof data51.disabled !== "boolean"){const err69 = {instancePath:instancePath+"/sysprep/disabled",schemaPath:"#/properties/sysprep/properties/disabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data51.disabled_reason !== undefined){if(typeof data51.disabled_reason !== "string"){const err70 = {instancePath:instancePath+"/sysprep/disabled_reason",schemaPath:"#/properties/sysprep/properties/disabled_reason/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data51.generalization_state !== undefined){let data55 = data51.generalization_state;if(!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))){const err71 = {instancePath:instancePath+"/sysprep/generalization_state",schemaPath:"#/properties/sysprep/properties/generalization_state/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath:instancePath+"/sysprep",schemaPath:"#/properties/sysprep/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data.features_installed !== undefined){let data56 = data.features_installed;if(Array.isArray(data56)){const len7 = data56.length;for(let i7=0; i7<len7; i7++){if(typeof data56[i7] !== "string"){const err73 = {instancePath:instancePath+"/features_installed/" + i7,schemaPath:"#/properties/features_installed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}else {const err74 = {instancePath:instancePath+"/features_installed",schemaPath:"#/properties/features_installed/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data.bitlocker !== undefined){let data58 = data.bitlocker;if(data58 && typeof data58 == "object" && !Array.isArray(data58)){for(const key11 in data58){if(!((key11 === "os_volume_protection") || (key11 === "os_volume_encryption"))){const err75 = {instancePath:instancePath+"/bitlocker",schemaPath:"#/properties/bitlocker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data58.os_volume_protection !== undefined){let data59 = data58.os_volume_protection;if(!(((data59 === "on") || (data59 === "off")) || (data59 === "unknown"))){const err76 = {instancePath:instancePath+"/bitlocker/os_volume_protection",schemaPath:"#/properties/bitlocker/properties/os_volume_protection/enum",keyword:"enum",params:{allowedValues: schema25.properties.bitlocker.properties.os_volume_protection.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data58.os_volume_encryption !== undefined){if(typeof data58.os_volume_encryption !== "string"){const err77 = {instancePath:instancePath+"/bitlocker/os_volume_encryption",schemaPath:"#/properties/bitlocker/properties/os_volume_encryption/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}}else {const err78 = {instancePath:instancePath+"/bitlocker",schemaPath:"#/properties/bitlocker/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data.network !== undefined){let data61 = data.network;if(data61 && typeof data61 == "object" && !Array.isArray(data61)){for(const key12 in data61){if(!((((key12 === "adapter") || (key12 === "dhcp_enabled")) || (key12 === "ipv6_enabled")) || (key12 === "static_dns"))){const err79 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data61.adapter !== undefined){if(typeof data61.adapter !== "string"){const err80 = {instancePath:instancePath+"/network/adapter",schemaPath:"#/properties/network/properties/adapter/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data61.dhcp_enabled !== undefined){if(typeof data61.dhcp_enabled !== "boolean"){const err81 = {instancePath:instancePath+"/network/dhcp_enabled",schemaPath:"#/properties/network/properties/dhcp_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data61.ipv6_enabled !== undefined){if(typeof data61.ipv6_enabled !== "boolean"){const err82 = {instancePath:instancePath+"/network/ipv6_enabled",schemaPath:"#/properties/network/properties/ipv6_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data61.static_dns !== undefined){let data65 = data61.static_dns;if(Array.isArray(data65)){const len8 = data65.length;for(let i8=0; i8<len8; i8++){if(typeof data65[i8] !== "string"){const err83 = {instancePath:instancePath+"/network/static_dns/" + i8,schemaPath:"#/properties/network/properties/static_dns/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath:instancePath+"/network/static_dns",schemaPath:"#/properties/network/properties/static_dns/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}}else {const err86 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}validate16.errors = vErrors;return errors === 0;}const pattern0 = new RegExp("^(os|lun[0-9]+)$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://vm-image-policy.dev/schemas/facts.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func2.call(schema11.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.schema_version !== undefined){if(1 !== data.schema_version){const err2 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.image !== undefined){let data1 = data.image;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(((((((key1 === "name") || (key1 === "builder_type")) || (key1 === "artifact_id")) || (key1 === "artifact_kind")) || (key1 === "build_time")) || (key1 === "packer_run_uuid")) || (key1 === "files"))){const err3 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.name !== undefined){if(typeof data1.name !== "string"){const err4 = {instancePath:instancePath+"/image/name",schemaPath:"#/properties/image/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.builder_type !== undefined){if(typeof data1.builder_type !== "string"){const err5 = {instancePath:instancePath+"/image/builder_type",schemaPath:"#/properties/image/properties/builder_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data1.artifact_id !== undefined){if(typeof data1.artifact_id !== "string"){const err6 = {instancePath:instancePath+"/image/artifact_id",schemaPath:"#/properties/image/properties/artifact_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1.artifact_kind !== undefined){let data5 = data1.artifact_kind;if(!(((((data5 === "managed_image") || (data5 === "gallery_image_version")) || (data5 === "vhd")) || (data5 === "os_disk")) || (data5 === "unknown"))){const err7 = {instancePath:instancePath+"/image/artifact_kind",schemaPath:"#/properties/image/properties/artifact_kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.image.properties.artifact_kind.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data1.build_time !== undefined){let data6 = data1.build_time;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err8 = {instancePath:instancePath+"/image/build_time",schemaPath:"#/properties/image/properties/build_time/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data1.packer_run_uuid !== undefined){if(typeof data1.packer_run_uuid !== "string"){const err9 = {instancePath:instancePath+"/image/packer_run_uuid",schemaPath:"#/properties/image/properties/packer_run_uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data1.files !== undefined){let data8 = data1.files;if(Array.isArray(data8)){const len0 = data8.length;for(let i0=0; i0<len0; i0++){let data9 = data8[i0];if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.name !== undefined){if(typeof data9.name !== "string"){const err10 = {instancePath:instancePath+"/image/files/" + i0+"/name",schemaPath:"#/properties/image/properties/files/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data9.size !== undefined){let data11 = data9.size;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err11 = {instancePath:instancePath+"/image/files/" + i0+"/size",schemaPath:"#/properties/image/properties/files/items/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/image/files/" + i0,schemaPath:"#/properties/image/properties/files/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/image/files",schemaPath:"#/properties/image/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.stage !== undefined){let data12 = data.stage;if(!((data12 === "build") || (data12 === "deployed"))){const err15 = {instancePath:instancePath+"/stage",schemaPath:"#/properties/stage/enum",keyword:"enum",params:{allowedValues: schema11.properties.stage.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.os !== undefined){let data13 = data.os;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key2 in data13){if(!((((((((key2 === "type") || (key2 === "id")) || (key2 === "id_like")) || (key2 === "version_id")) || (key2 === "name")) || (key2 === "pretty_name")) || (key2 === "architecture")) || (key2 === "declared_type"))){const err16 = {instancePath:instancePath+"/os",schemaPath:"#/properties/os/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data13.type !== undefined){let data14 = data13.type;if(!((data14 === "Linux") || (data14 === "Windows"))){const err17 = {instancePath:instancePath+"/os/type",schemaPath:"#/properties/os/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.os.properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data13.id !== undefined){if(typeof data13.id !== "string"){const err18 = {instancePath:instancePath+"/os/id",schemaPath:"#/properties/os/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data13.id_like !== undefined){let data16 = data13.id_like;if(Array.isArray(data16)){const len1 = data16.length;for(let i1=0; i1<len1; i1++){if(typeof data16[i1] !== "string"){const err19 = {instancePath:instancePath+"/os/id_like/" + i1,schemaPath:"#/properties/os/properties/id_like/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/os/id_like",schemaPath:"#/properties/os/properties/id_like/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data13.version_id !== undefined){if(typeof data13.version_id !== "string"){const err21 = {instancePath:instancePath+"/os/version_id",schemaPath:"#/properties/os/properties/version_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data13.name !== undefined){if(typeof data13.name !== "string"){const err22 = {instancePath:instancePath+"/os/name",schemaPath:"#/properties/os/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data13.pretty_name !== undefined){if(typeof data13.pretty_name !== "string"){const err23 = {instancePath:instancePath+"/os/pretty_name",schemaPath:"#/properties/os/properties/pretty_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data13.architecture !== undefined){if(typeof data13.architecture !== "string"){const err24 = {instancePath:instancePath+"/os/architecture",schemaPath:"#/properties/os/properties/architecture/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data13.declared_type !== undefined){let data22 = data13.declared_type;if(!((data22 === "Linux") || (data22 === "Windows"))){const err25 = {instancePath:instancePath+"/os/declared_type",schemaPath:"#/properties/os/properties/declared_type/enum",keyword:"enum",params:{allowedValues: schema11.properties.os.properties.declared_type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/os",schemaPath:"#/properties/os/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.sku !== undefined){let data23 = data.sku;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){for(const key3 in data23){if(!(((((((key3 === "offer") || (key3 === "sku")) || (key3 === "version")) || (key3 === "version_sources")) || (key3 === "published_versions")) || (key3 === "other_skus")) || (key3 === "listing"))){const err27 = {instancePath:instancePath+"/sku",schemaPath:"#/properties/sku/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data23.offer !== undefined){if(typeof data23.offer !== "string"){const err28 = {instancePath:instancePath+"/sku/offer",schemaPath:"#/properties/sku/properties/offer/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data23.sku !== undefined){if(typeof data23.sku !== "string"){const err29 = {instancePath:instancePath+"/sku/sku",schemaPath:"#/properties/sku/properties/sku/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data23.version !== undefined){if(typeof data23.version !== "string"){const err30 = {instancePath:instancePath+"/sku/version",schemaPath:"#/properties/sku/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data23.version_sources !== undefined){let data27 = data23.version_sources;if(Array.isArray(data27)){const len2 = data27.length;for(let i2=0; i2<len2; i2++){let data28 = data27[i2];if(data28 && typeof data28 == "object" && !Array.isArray(data28)){if(data28.source === undefined){const err31 = {instancePath:instancePath+"/sku/version_sources/" + i2,schemaPath:"#/properties/sku/properties/version_sources/items/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data28.value === undefined){const err32 = {instancePath:instancePath+"/sku/version_sources/" + i2,schemaPath:"#/properties/sku/properties/version_sources/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(data28.source !== undefined){if(typeof data28.source !== "string"){const err33 = {instancePath:instancePath+"/sku/version_sources/" + i2+"/source",schemaPath:"#/properties/sku/properties/version_sources/items/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data28.value !== undefined){if(typeof data28.value !== "string"){const err34 = {instancePath:instancePath+"/sku/version_sources/" + i2+"/value",schemaPath:"#/properties/sku/properties/version_sources/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath:instancePath+"/sku/version_sources/" + i2,schemaPath:"#/properties/sku/properties/version_sources/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath:instancePath+"/sku/version_sources",schemaPath:"#/properties/sku/properties/version_sources/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data23.published_versions !== undefined){let data31 = data23.published_versions;if(Array.isArray(data31)){const len3 = data31.length;for(let i3=0; i3<len3; i3++){if(typeof data31[i3] !== "string"){const err37 = {instancePath:instancePath+"/sku/published_versions/" + i3,schemaPath:"#/properties/sku/properties/published_versions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/sku/published_versions",schemaPath:"#/properties/sku/properties/published_versions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data23.other_skus !== undefined){let data33 = data23.other_skus;if(data33 && typeof data33 == "object" && !Array.isArray(data33)){for(const key4 in data33){let data34 = data33[key4];if(Array.isArray(data34)){const len4 = data34.length;for(let i4=0; i4<len4; i4++){if(typeof data34[i4] !== "string"){const err39 = {instancePath:instancePath+"/sku/other_skus/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4,schemaPath:"#/properties/sku/properties/other_skus/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/sku/other_skus/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/sku/properties/other_skus/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}else {const err41 = {instancePath:instancePath+"/sku/other_skus",schemaPath:"#/properties/sku/properties/other_skus/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data23.listing !== undefined){let data36 = data23.listing;if(data36 && typeof data36 == "object" && !Array.isArray(data36)){if(data36.os_family !== undefined){if(typeof data36.os_family !== "string"){const err42 = {instancePath:instancePath+"/sku/listing/os_family",schemaPath:"#/properties/sku/properties/listing/properties/os_family/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data36.os_description !== undefined){if(typeof data36.os_description !== "string"){const err43 = {instancePath:instancePath+"/sku/listing/os_description",schemaPath:"#/properties/sku/properties/listing/properties/os_description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data36.recommended_vm_sizes !== undefined){let data39 = data36.recommended_vm_sizes;if(Array.isArray(data39)){const len5 = data39.length;for(let i5=0; i5<len5; i5++){if(typeof data39[i5] !== "string"){const err44 = {instancePath:instancePath+"/sku/listing/recommended_vm_sizes/" + i5,schemaPath:"#/properties/sku/properties/listing/properties/recommended_vm_sizes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath:instancePath+"/sku/listing/recommended_vm_sizes",schemaPath:"#/properties/sku/properties/listing/properties/recommended_vm_sizes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}else {const err46 = {instancePath:instancePath+"/sku/listing",schemaPath:"#/properties/sku/properties/listing/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}else {const err47 = {instancePath:instancePath+"/sku",schemaPath:"#/properties/sku/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data.disks !== undefined){let data41 = data.disks;if(data41 && typeof data41 == "object" && !Array.isArray(data41)){for(const key5 in data41){if(!(((key5 === "os_disk_count") || (key5 === "os")) || (key5 === "data"))){const err48 = {instancePath:instancePath+"/disks",schemaPath:"#/properties/disks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data41.os_disk_count !== undefined){let data42 = data41.os_disk_count;if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){const err49 = {instancePath:instancePath+"/disks/os_disk_count",schemaPath:"#/properties/disks/properties/os_disk_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if((typeof data42 == "number") && (isFinite(data42))){if(data42 < 0 || isNaN(data42)){const err50 = {instancePath:instancePath+"/disks/os_disk_count",schemaPath:"#/properties/disks/properties/os_disk_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}if(data41.os !== undefined){if(!(validate11(data41.os, {instancePath:instancePath+"/disks/os",parentData:data41,parentDataProperty:"os",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data41.data !== undefined){let data44 = data41.data;if(Array.isArray(data44)){const len6 = data44.length;for(let i6=0; i6<len6; i6++){if(!(validate11(data44[i6], {instancePath:instancePath+"/disks/data/" + i6,parentData:data44,parentDataProperty:i6,rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}}else {const err51 = {instancePath:instancePath+"/disks/data",schemaPath:"#/properties/disks/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {instancePath:instancePath+"/disks",schemaPath:"#/properties/disks/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data.sas !== undefined){let data46 = data.sas;if(Array.isArray(data46)){const len7 = data46.length;for(let i7=0; i7<len7; i7++){let data47 = data46[i7];if(data47 && typeof data47 == "object" && !Array.isArray(data47)){if(data47.disk === undefined){const err53 = {instancePath:instancePath+"/sas/" + i7,schemaPath:"#/definitions/sas/required",keyword:"required",params:{missingProperty: "disk"},message:"must have required property '"+"disk"+"'"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}for(const key6 in data47){if(!(func2.call(schema15.properties, key6))){const err54 = {instancePath:instancePath+"/sas/" + i7,schemaPath:"#/definitions/sas/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data47.disk !== undefined){let data48 = data47.disk;if(typeof data48 === "string"){if(!pattern0.test(data48)){const err55 = {instancePath:instancePath+"/sas/" + i7+"/disk",schemaPath:"#/definitions/sas/properties/disk/pattern",keyword:"pattern",params:{pattern: "^(os|lun[0-9]+)$"},message:"must match pattern \""+"^(os|lun[0-9]+)$"+"\""};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}else {const err56 = {instancePath:instancePath+"/sas/" + i7+"/disk",schemaPath:"#/definitions/sas/properties/disk/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data47.uri !== undefined){if(typeof data47.uri !== "string"){const err57 = {instancePath:instancePath+"/sas/" + i7+"/uri",schemaPath:"#/definitions/sas/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data47.scheme !== undefined){if(typeof data47.scheme !== "string"){const err58 = {instancePath:instancePath+"/sas/" + i7+"/scheme",schemaPath:"#/definitions/sas/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data47.host !== undefined){if(typeof data47.host !== "string"){const err59 = {instancePath:instancePath+"/sas/" + i7+"/host",schemaPath:"#/definitions/sas/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data47.account !== undefined){if(typeof data47.account !== "string"){const err60 = {instancePath:instancePath+"/sas/" + i7+"/account",schemaPath:"#/definitions/sas/properties/account/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data47.container !== undefined){if(typeof data47.container !== "string"){const err61 = {instancePath:instancePath+"/sas/" + i7+"/container",schemaPath:"#/definitions/sas/properties/container/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data47.blob_name !== undefined){if(typeof data47.blob_name !== "string"){const err62 = {instancePath:instancePath+"/sas/" + i7+"/blob_name",schemaPath:"#/definitions/sas/properties/blob_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data47.blob_name_raw !== undefined){if(typeof data47.blob_name_raw !== "string"){const err63 = {instancePath:instancePath+"/sas/" + i7+"/blob_name_raw",schemaPath:"#/definitions/sas/properties/blob_name_raw/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data47.sv !== undefined){if(typeof data47.sv !== "string"){const err64 = {instancePath:instancePath+"/sas/" + i7+"/sv",schemaPath:"#/definitions/sas/properties/sv/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data47.sp !== undefined){if(typeof data47.sp !== "string"){const err65 = {instancePath:instancePath+"/sas/" + i7+"/sp",schemaPath:"#/definitions/sas/properties/sp/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data47.sr !== undefined){if(typeof data47.sr !== "string"){const err66 = {instancePath:instancePath+"/sas/" + i7+"/sr",schemaPath:"#/definitions/sas/properties/sr/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data47.spr !== undefined){if(typeof data47.spr !== "string"){const err67 = {instancePath:instancePath+"/sas/" + i7+"/spr",schemaPath:"#/definitions/sas/properties/spr/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data47.st_unix !== undefined){let data60 = data47.st_unix;if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){const err68 = {instancePath:instancePath+"/sas/" + i7+"/st_unix",schemaPath:"#/definitions/sas/properties/st_unix/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data47.se_unix !== undefined){let data61 = data47.se_unix;if(!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))){const err69 = {instancePath:instancePath+"/sas/" + i7+"/se_unix",schemaPath:"#/definitions/sas/properties/se_unix/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data47.si !== undefined){if(typeof data47.si !== "string"){const err70 = {instancePath:instancePath+"/sas/" + i7+"/si",schemaPath:"#/definitions/sas/properties/si/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data47.validity_seconds !== undefined){let data63 = data47.validity_seconds;if(!(((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63))) && (isFinite(data63)))){const err71 = {instancePath:instancePath+"/sas/" + i7+"/validity_seconds",schemaPath:"#/definitions/sas/properties/validity_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data47.validity_business_days !== undefined){let data64 = data47.validity_business_days;if(!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))){const err72 = {instancePath:instancePath+"/sas/" + i7+"/validity_business_days",schemaPath:"#/definitions/sas/properties/validity_business_days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}if((typeof data64 == "number") && (isFinite(data64))){if(data64 < 0 || isNaN(data64)){const err73 = {instancePath:instancePath+"/sas/" + i7+"/validity_business_days",schemaPath:"#/definitions/sas/properties/validity_business_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}if(data47.validity_from_now !== undefined){if(typeof data47.validity_from_now !== "boolean"){const err74 = {instancePath:instancePath+"/sas/" + i7+"/validity_from_now",schemaPath:"#/definitions/sas/properties/validity_from_now/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data47.has_signature !== undefined){if(typeof data47.has_signature !== "boolean"){const err75 = {instancePath:instancePath+"/sas/" + i7+"/has_signature",schemaPath:"#/definitions/sas/properties/has_signature/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data47.parse_error !== undefined){if(typeof data47.parse_error !== "string"){const err76 = {instancePath:instancePath+"/sas/" + i7+"/parse_error",schemaPath:"#/definitions/sas/properties/parse_error/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data47.live !== undefined){let data68 = data47.live;if(data68 && typeof data68 == "object" && !Array.isArray(data68)){for(const key7 in data68){if(!((((((key7 === "checked") || (key7 === "readable")) || (key7 === "status")) || (key7 === "blob_type")) || (key7 === "footer_fixed")) || (key7 === "error"))){const err77 = {instancePath:instancePath+"/sas/" + i7+"/live",schemaPath:"#/definitions/sas/properties/live/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data68.checked !== undefined){if(typeof data68.checked !== "boolean"){const err78 = {instancePath:instancePath+"/sas/" + i7+"/live/checked",schemaPath:"#/definitions/sas/properties/live/properties/checked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data68.readable !== undefined){if(typeof data68.readable !== "boolean"){const err79 = {instancePath:instancePath+"/sas/" + i7+"/live/readable",schemaPath:"#/definitions/sas/properties/live/properties/readable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data68.status !== undefined){let data71 = data68.status;if(!(((typeof data71 == "number") && (!(data71 % 1) && !isNaN(data71))) && (isFinite(data71)))){const err80 = {instancePath:instancePath+"/sas/" + i7+"/live/status",schemaPath:"#/definitions/sas/properties/live/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data68.blob_type !== undefined){if(typeof data68.blob_type !== "string"){const err81 = {instancePath:instancePath+"/sas/" + i7+"/live/blob_type",schemaPath:"#/definitions/sas/properties/live/properties/blob_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data68.footer_fixed !== undefined){if(typeof data68.footer_fixed !== "boolean"){const err82 = {instancePath:instancePath+"/sas/" + i7+"/live/footer_fixed",schemaPath:"#/definitions/sas/properties/live/properties/footer_fixed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data68.error !== undefined){if(typeof data68.error !== "string"){const err83 = {instancePath:instancePath+"/sas/" + i7+"/live/error",schemaPath:"#/definitions/sas/properties/live/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath:instancePath+"/sas/" + i7+"/live",schemaPath:"#/definitions/sas/properties/live/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath:instancePath+"/sas/" + i7,schemaPath:"#/definitions/sas/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}}else {const err86 = {instancePath:instancePath+"/sas",schemaPath:"#/properties/sas/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data.linux !== undefined){if(!(validate14(data.linux, {instancePath:instancePath+"/linux",parentData:data,parentDataProperty:"linux",rootData}))){vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);errors = vErrors.length;}}if(data.windows !== undefined){if(!(validate16(data.windows, {instancePath:instancePath+"/windows",parentData:data,parentDataProperty:"windows",rootData}))){vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);errors = vErrors.length;}}if(data.template !== undefined){let data77 = data.template;if(data77 && typeof data77 == "object" && !Array.isArray(data77)){for(const key8 in data77){if(!(func2.call(schema11.properties.template.properties, key8))){const err87 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data77.build !== undefined){if(typeof data77.build !== "string"){const err88 = {instancePath:instancePath+"/template/build",schemaPath:"#/properties/template/properties/build/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data77.source !== undefined){if(typeof data77.source !== "string"){const err89 = {instancePath:instancePath+"/template/source",schemaPath:"#/properties/template/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data77.base_image !== undefined){let data80 = data77.base_image;if(data80 && typeof data80 == "object" && !Array.isArray(data80)){for(const key9 in data80){if(!((((((key9 === "publisher") || (key9 === "offer")) || (key9 === "sku")) || (key9 === "version")) || (key9 === "url")) || (key9 === "custom_managed_image_name"))){const err90 = {instancePath:instancePath+"/template/base_image",schemaPath:"#/properties/template/properties/base_image/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data80.publisher !== undefined){if(typeof data80.publisher !== "string"){const err91 = {instancePath:instancePath+"/template/base_image/publisher",schemaPath:"#/properties/template/properties/base_image/properties/publisher/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data80.offer !== undefined){if(typeof data80.offer !== "string"){const err92 = {instancePath:instancePath+"/template/base_image/offer",schemaPath:"#/properties/template/properties/base_image/properties/offer/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data80.sku !== undefined){if(typeof data80.sku !== "string"){const err93 = {instancePath:instancePath+"/template/base_image/sku",schemaPath:"#/properties/template/properties/base_image/properties/sku/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data80.version !== undefined){if(typeof data80.version !== "string"){const err94 = {instancePath:instancePath+"/template/base_image/version",schemaPath:"#/properties/template/properties/base_image/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data80.url !== undefined){if(typeof data80.url !== "string"){const err95 = {instancePath:instancePath+"/template/base_image/url",schemaPath:"#/properties/template/properties/base_image/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data80.custom_managed_image_name !== undefined){if(typeof data80.custom_managed_image_name !== "string"){const err96 = {instancePath:instancePath+"/template/base_image/custom_managed_image_name",schemaPath:"#/properties/template/properties/base_image/properties/custom_managed_image_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}}else {const err97 = {instancePath:instancePath+"/template/base_image",schemaPath:"#/properties/template/properties/base_image/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(data77.vm_size !== undefined){if(typeof data77.vm_size !== "string"){const err98 = {instancePath:instancePath+"/template/vm_size",schemaPath:"#/properties/template/properties/vm_size/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}if(data77.security_type !== undefined){if(typeof data77.security_type !== "string"){const err99 = {instancePath:instancePath+"/template/security_type",schemaPath:"#/properties/template/properties/security_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data77.secure_boot_enabled !== undefined){if(typeof data77.secure_boot_enabled !== "boolean"){const err100 = {instancePath:instancePath+"/template/secure_boot_enabled",schemaPath:"#/properties/template/properties/secure_boot_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}if(data77.vtpm_enabled !== undefined){if(typeof data77.vtpm_enabled !== "boolean"){const err101 = {instancePath:instancePath+"/template/vtpm_enabled",schemaPath:"#/properties/template/properties/vtpm_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}if(data77.keep_os_disk !== undefined){if(typeof data77.keep_os_disk !== "boolean"){const err102 = {instancePath:instancePath+"/template/keep_os_disk",schemaPath:"#/properties/template/properties/keep_os_disk/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}if(data77.managed_image_name !== undefined){if(typeof data77.managed_image_name !== "string"){const err103 = {instancePath:instancePath+"/template/managed_image_name",schemaPath:"#/properties/template/properties/managed_image_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}if(data77.capture_container_name !== undefined){if(typeof data77.capture_container_name !== "string"){const err104 = {instancePath:instancePath+"/template/capture_container_name",schemaPath:"#/properties/template/properties/capture_container_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}if(data77.capture_name_prefix !== undefined){if(typeof data77.capture_name_prefix !== "string"){const err105 = {instancePath:instancePath+"/template/capture_name_prefix",schemaPath:"#/properties/template/properties/capture_name_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(data77.gallery_destination !== undefined){let data95 = data77.gallery_destination;if(data95 && typeof data95 == "object" && !Array.isArray(data95)){for(const key10 in data95){if(!((((key10 === "gallery_name") || (key10 === "image_name")) || (key10 === "image_version")) || (key10 === "resource_group"))){const err106 = {instancePath:instancePath+"/template/gallery_destination",schemaPath:"#/properties/template/properties/gallery_destination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}if(data95.gallery_name !== undefined){if(typeof data95.gallery_name !== "string"){const err107 = {instancePath:instancePath+"/template/gallery_destination/gallery_name",schemaPath:"#/properties/template/properties/gallery_destination/properties/gallery_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}if(data95.image_name !== undefined){if(typeof data95.image_name !== "string"){const err108 = {instancePath:instancePath+"/template/gallery_destination/image_name",schemaPath:"#/properties/template/properties/gallery_destination/properties/image_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}if(data95.image_version !== undefined){if(typeof data95.image_version !== "string"){const err109 = {instancePath:instancePath+"/template/gallery_destination/image_version",schemaPath:"#/properties/template/properties/gallery_destination/properties/image_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}if(data95.resource_group !== undefined){if(typeof data95.resource_group !== "string"){const err110 = {instancePath:instancePath+"/template/gallery_destination/resource_group",schemaPath:"#/properties/template/properties/gallery_destination/properties/resource_group/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}}else {const err111 = {instancePath:instancePath+"/template/gallery_destination",schemaPath:"#/properties/template/properties/gallery_destination/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}if(data77.provisioners !== undefined){let data100 = data77.provisioners;if(Array.isArray(data100)){const len8 = data100.length;for(let i8=0; i8<len8; i8++){let data101 = data100[i8];if(data101 && typeof data101 == "object" && !Array.isArray(data101)){if(data101.index === undefined){const err112 = {instancePath:instancePath+"/template/provisioners/" + i8,schemaPath:"#/properties/template/properties/provisioners/items/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'"};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}if(data101.type === undefined){const err113 = {instancePath:instancePath+"/template/provisioners/" + i8,schemaPath:"#/properties/template/properties/provisioners/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}for(const key11 in data101){if(!((((((((key11 === "index") || (key11 === "type")) || (key11 === "inline")) || (key11 === "scripts")) || (key11 === "unresolved")) || (key11 === "execute_command")) || (key11 === "direction")) || (key11 === "steps"))){const err114 = {instancePath:instancePath+"/template/provisioners/" + i8,schemaPath:"#/properties/template/properties/provisioners/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}if(data101.index !== undefined){let data102 = data101.index;if(!(((typeof data102 == "number") && (!(data102 % 1) && !isNaN(data102))) && (isFinite(data102)))){const err115 = {instancePath:instancePath+"/template/provisioners/" + i8+"/index",schemaPath:"#/properties/template/properties/provisioners/items/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}if((typeof data102 == "number") && (isFinite(data102))){if(data102 < 0 || isNaN(data102)){const err116 = {instancePath:instancePath+"/template/provisioners/" + i8+"/index",schemaPath:"#/properties/template/properties/provisioners/items/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}}if(data101.type !== undefined){if(typeof data101.type !== "string"){const err117 = {instancePath:instancePath+"/template/provisioners/" + i8+"/type",schemaPath:"#/properties/template/properties/provisioners/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}if(data101.inline !== undefined){let data104 = data101.inline;if(Array.isArray(data104)){const len9 = data104.length;for(let i9=0; i9<len9; i9++){if(typeof data104[i9] !== "string"){const err118 = {instancePath:instancePath+"/template/provisioners/" + i8+"/inline/" + i9,schemaPath:"#/properties/template/properties/provisioners/items/properties/inline/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}}else {const err119 = {instancePath:instancePath+"/template/provisioners/" + i8+"/inline",schemaPath:"#/properties/template/properties/provisioners/items/properties/inline/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}if(data101.scripts !== undefined){let data106 = data101.scripts;if(Array.isArray(data106)){const len10 = data106.length;for(let i10=0; i10<len10; i10++){if(typeof data106[i10] !== "string"){const err120 = {instancePath:instancePath+"/template/provisioners/" + i8+"/scripts/" + i10,schemaPath:"#/properties/template/properties/provisioners/items/properties/scripts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}}else {const err121 = {instancePath:instancePath+"/template/provisioners/" + i8+"/scripts",schemaPath:"#/properties/template/properties/provisioners/items/properties/scripts/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}if(data101.unresolved !== undefined){if(typeof data101.unresolved !== "boolean"){const err122 = {instancePath:instancePath+"/template/provisioners/" + i8+"/unresolved",schemaPath:"#/properties/template/properties/provisioners/items/properties/unresolved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}if(data101.execute_command !== undefined){if(typeof data101.execute_command !== "string"){const err123 = {instancePath:instancePath+"/template/provisioners/" + i8+"/execute_command",schemaPath:"#/properties/template/properties/provisioners/items/properties/execute_command/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}if(data101.direction !== undefined){if(typeof data101.direction !== "string"){const err124 = {instancePath:instancePath+"/template/provisioners/" + i8+"/direction",schemaPath:"#/properties/template/properties/provisioners/items/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}}if(data101.steps !== undefined){let data111 = data101.steps;if(Array.isArray(data111)){const len11 = data111.length;for(let i11=0; i11<len11; i11++){let data112 = data111[i11];if(data112 && typeof data112 == "object" && !Array.isArray(data112)){if(data112.text === undefined){const err125 = {instancePath:instancePath+"/template/provisioners/" + i8+"/steps/" + i11,schemaPath:"#/properties/template/properties/provisioners/items/properties/steps/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}if(data112.from === undefined){const err126 = {instancePath:instancePath+"/template/provisioners/" + i8+"/steps/" + i11,schemaPath:"#/properties/template/properties/provisioners/items/properties/steps/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}for(const key12 in data112){if(!(((key12 === "text") || (key12 === "from")) || (key12 === "unresolved"))){const err127 = {instancePath:instancePath+"/template/provisioners/" + i8+"/steps/" + i11,schemaPath:"#/properties/template/properties/provisioners/items/properties/steps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}if(data112.text !== undefined){if(typeof data112.text !== "string"){const err128 = {instancePath:instancePath+"/template/provisioners/" + i8+"/steps/" + i11+"/text",schemaPath:"#/properties/template/properties/provisioners/items/properties/steps/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}if(data112.from !== undefined){let data114 = data112.from;if(!(((data114 === "inline") || (data114 === "script")) || (data114 === "execute_command"))){const err129 = {instancePath:instancePath+"/template/provisioners/" + i8+"/steps/" + i11+"/from",schemaPath:"#/properties/template/properties/provisioners/items/properties/steps/items/properties/from/enum",keyword:"enum",params:{allowedValues: schema11.properties.template.properties.provisioners.items.properties.steps.items.properties.from.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}if(data112.unresolved !== undefined){if(typeof data112.unresolved !== "boolean"){const err130 = {instancePath:instancePath+"/template/provisioners/" + i8+"/steps/" + i11+"/unresolved",schemaPath:"#/properties/template/properties/provisioners/items/properties/steps/items/properties/unresolved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}}else {const err131 = {instancePath:instancePath+"/template/provisioners/" + i8+"/steps/" + i11,schemaPath:"#/properties/template/properties/provisioners/items/properties/steps/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}}else {const err132 = {instancePath:instancePath+"/template/provisioners/" + i8+"/steps",schemaPath:"#/properties/template/properties/provisioners/items/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}}else {const err133 = {instancePath:instancePath+"/template/provisioners/" + i8,schemaPath:"#/properties/template/properties/provisioners/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}}else {const err134 = {instancePath:instancePath+"/template/provisioners",schemaPath:"#/properties/template/properties/provisioners/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}if(data77.unresolved !== undefined){let data116 = data77.unresolved;if(Array.isArray(data116)){const len12 = data116.length;for(let i12=0; i12<len12; i12++){let data117 = data116[i12];if(data117 && typeof data117 == "object" && !Array.isArray(data117)){if(data117.attribute === undefined){const err135 = {instancePath:instancePath+"/template/unresolved/" + i12,schemaPath:"#/properties/template/properties/unresolved/items/required",keyword:"required",params:{missingProperty: "attribute"},message:"must have required property '"+"attribute"+"'"};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}if(data117.expr === undefined){const err136 = {instancePath:instancePath+"/template/unresolved/" + i12,schemaPath:"#/properties/template/properties/unresolved/items/required",keyword:"required",params:{missingProperty: "expr"},message:"must have required property '"+"expr"+"'"};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}if(data117.reason === undefined){const err137 = {instancePath:instancePath+"/template/unresolved/" + i12,schemaPath:"#/properties/template/properties/unresolved/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}for(const key13 in data117){if(!(((key13 === "attribute") || (key13 === "expr")) || (key13 === "reason"))){const err138 = {instancePath:instancePath+"/template/unresolved/" + i12,schemaPath:"#/properties/template/properties/unresolved/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}}if(data117.attribute !== undefined){if(typeof data117.attribute !== "string"){const err139 = {instancePath:instancePath+"/template/unresolved/" + i12+"/attribute",schemaPath:"#/properties/template/properties/unresolved/items/properties/attribute/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}if(data117.expr !== undefined){if(typeof data117.expr !== "string"){const err140 = {instancePath:instancePath+"/template/unresolved/" + i12+"/expr",schemaPath:"#/properties/template/properties/unresolved/items/properties/expr/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}}if(data117.reason !== undefined){if(typeof data117.reason !== "string"){const err141 = {instancePath:instancePath+"/template/unresolved/" + i12+"/reason",schemaPath:"#/properties/template/properties/unresolved/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}}}else {const err142 = {instancePath:instancePath+"/template/unresolved/" + i12,schemaPath:"#/properties/template/properties/unresolved/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}}}else {const err143 = {instancePath:instancePath+"/template/unresolved",schemaPath:"#/properties/template/properties/unresolved/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}}}else {const err144 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}if(data.provenance !== undefined){let data121 = data.provenance;if(data121 && typeof data121 == "object" && !Array.isArray(data121)){for(const key14 in data121){let data122 = data121[key14];if(data122 && typeof data122 == "object" && !Array.isArray(data122)){if(data122.source === undefined){const err145 = {instancePath:instancePath+"/provenance/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/location/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}for(const key15 in data122){if(!((((((key15 === "source") || (key15 === "file")) || (key15 === "line")) || (key15 === "column")) || (key15 === "end_line")) || (key15 === "detail"))){const err146 = {instancePath:instancePath+"/provenance/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/location/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}if(data122.source !== undefined){let data123 = data122.source;if(!(((((((((data123 === "manifest") || (data123 === "template")) || (data123 === "probe")) || (data123 === "vhd")) || (data123 === "sas")) || (data123 === "ledger")) || (data123 === "facts")) || (data123 === "input")) || (data123 === "config"))){const err147 = {instancePath:instancePath+"/provenance/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/source",schemaPath:"#/definitions/location/properties/source/enum",keyword:"enum",params:{allowedValues: schema28.properties.source.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}}if(data122.file !== undefined){if(typeof data122.file !== "string"){const err148 = {instancePath:instancePath+"/provenance/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/file",schemaPath:"#/definitions/location/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}if(data122.line !== undefined){let data125 = data122.line;if(!(((typeof data125 == "number") && (!(data125 % 1) && !isNaN(data125))) && (isFinite(data125)))){const err149 = {instancePath:instancePath+"/provenance/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/line",schemaPath:"#/definitions/location/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}if((typeof data125 == "number") && (isFinite(data125))){if(data125 < 1 || isNaN(data125)){const err150 = {instancePath:instancePath+"/provenance/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/line",schemaPath:"#/definitions/location/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}}}if(data122.column !== undefined){let data126 = data122.column;if(!(((typeof data126 == "number") && (!(data126 % 1) && !isNaN(data126))) && (isFinite(data126)))){const err151 = {instancePath:instancePath+"/provenance/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/column",schemaPath:"#/definitions/location/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}if((typeof data126 == "number") && (isFinite(data126))){if(data126 < 1 || isNaN(data126)){const err152 = {instancePath:instancePath+"/provenance/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/column",schemaPath:"#/definitions/location/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}}}if(data122.end_line !== undefined){let data127 = data122.end_line;if(!(((typeof data127 == "number") && (!(data127 % 1) && !isNaN(data127))) && (isFinite(data127)))){const err153 = {instancePath:instancePath+"/provenance/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/end_line",schemaPath:"#/definitions/location/properties/end_line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}if((typeof data127 == "number") && (isFinite(data127))){if(data127 < 1 || isNaN(data127)){const err154 = {instancePath:instancePath+"/provenance/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/end_line",schemaPath:"#/definitions/location/properties/end_line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}}}if(data122.detail !== undefined){if(typeof data122.detail !== "string"){const err155 = {instancePath:instancePath+"/provenance/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/detail",schemaPath:"#/definitions/location/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}}}else {const err156 = {instancePath:instancePath+"/provenance/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/location/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}}}else {const err157 = {instancePath:instancePath+"/provenance",schemaPath:"#/properties/provenance/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}}if(data.conflicts !== undefined){let data129 = data.conflicts;if(Array.isArray(data129)){const len13 = data129.length;for(let i13=0; i13<len13; i13++){let data130 = data129[i13];if(data130 && typeof data130 == "object" && !Array.isArray(data130)){if(data130.fact === undefined){const err158 = {instancePath:instancePath+"/conflicts/" + i13,schemaPath:"#/properties/conflicts/items/required",keyword:"required",params:{missingProperty: "fact"},message:"must have required property '"+"fact"+"'"};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}if(data130.values === undefined){const err159 = {instancePath:instancePath+"/conflicts/" + i13,schemaPath:"#/properties/conflicts/items/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'"};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}if(data130.fact !== undefined){if(typeof data130.fact !== "string"){const err160 = {instancePath:instancePath+"/conflicts/" + i13+"/fact",schemaPath:"#/properties/conflicts/items/properties/fact/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}}if(data130.values !== undefined){let data132 = data130.values;if(Array.isArray(data132)){const len14 = data132.length;for(let i14=0; i14<len14; i14++){let data133 = data132[i14];if(data133 && typeof data133 == "object" && !Array.isArray(data133)){if(data133.source !== undefined){let data134 = data133.source;if(data134 && typeof data134 == "object" && !Array.isArray(data134)){if(data134.source === undefined){const err161 = {instancePath:instancePath+"/conflicts/" + i13+"/values/" + i14+"/source",schemaPath:"#/definitions/location/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}for(const key16 in data134){if(!((((((key16 === "source") || (key16 === "file")) || (key16 === "line")) || (key16 === "column")) || (key16 === "end_line")) || (key16 === "detail"))){const err162 = {instancePath:instancePath+"/conflicts/" + i13+"/values/" + i14+"/source",schemaPath:"#/definitions/location/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}}if(data134.source !== undefined){let data135 = data134.source;if(!(((((((((data135 === "manifest") || (data135 === "template")) || (data135 === "probe")) || (data135 === "vhd")) || (data135 === "sas")) || (data135 === "ledger")) || (data135 === "facts")) || (data135 === "input")) || (data135 === "config"))){const err163 = {instancePath:instancePath+"/conflicts/" + i13+"/values/" + i14+"/source/source",schemaPath:"#/definitions/location/properties/source/enum",keyword:"enum",params:{allowedValues: schema28.properties.source.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}}if(data134.file !== undefined){if(typeof data134.file !== "string"){const err164 = {instancePath:instancePath+"/conflicts/" + i13+"/values/" + i14+"/source/file",schemaPath:"#/definitions/location/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}}if(data134.line !== undefined){let data137 = data134.line;if(!(((typeof data137 == "number") && (!(data137 % 1) && !isNaN(data137))) && (isFinite(data137)))){const err165 = {instancePath:instancePath+"/conflicts/" + i13+"/values/" + i14+"/source/line",schemaPath:"#/definitions/location/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}if((typeof data137 == "number") && (isFinite(data137))){if(data137 < 1 || isNaN(data137)){const err166 = {instancePath:instancePath+"/conflicts/" + i13+"/values/" + i14+"/source/line",schemaPath:"#/definitions/location/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}}}if(data134.column !== undefined){let data138 = data134.column;if(!(((typeof data138 == "number") && (!(data138 % 1) && !isNaN(data138))) && (isFinite(data138)))){const err167 = {instancePath:instancePath+"/conflicts/" + i13+"/values/" + i14+"/source/column",schemaPath:"#/definitions/location/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}if((typeof data138 == "number") && (isFinite(data138))){if(data138 < 1 || isNaN(data138)){const err168 = {instancePath:instancePath+"/conflicts/" + i13+"/values/" + i14+"/source/column",schemaPath:"#/definitions/location/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}}}if(data134.end_line !== undefined){let data139 = data134.end_line;if(!(((typeof data139 == "number") && (!(data139 % 1) && !isNaN(data139))) && (isFinite(data139)))){const err169 = {instancePath:instancePath+"/conflicts/" + i13+"/values/" + i14+"/source/end_line",schemaPath:"#/definitions/location/properties/end_line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}if((typeof data139 == "number") && (isFinite(data139))){if(data139 < 1 || isNaN(data139)){const err170 = {instancePath:instancePath+"/conflicts/" + i13+"/values/" + i14+"/source/end_line",schemaPath:"#/definitions/location/properties/end_line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}}if(data134.detail !== undefined){if(typeof data134.detail !== "string"){const err171 = {instancePath:instancePath+"/conflicts/" + i13+"/values/" + i14+"/source/detail",schemaPath:"#/definitions/location/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}}}else {const err172 = {instancePath:instancePath+"/conflicts/" + i13+"/values/" + i14+"/source",schemaPath:"#/definitions/location/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}}}else {const err173 = {instancePath:instancePath+"/conflicts/" + i13+"/values/" + i14,schemaPath:"#/properties/conflicts/items/properties/values/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}}}else {const err174 = {instancePath:instancePath+"/conflicts/" + i13+"/values",schemaPath:"#/properties/conflicts/items/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}}}else {const err175 = {instancePath:instancePath+"/conflicts/" + i13,schemaPath:"#/properties/conflicts/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}}}else {const err176 = {instancePath:instancePath+"/conflicts",schemaPath:"#/properties/conflicts/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}if(data.probe !== undefined){let data141 = data.probe;if(data141 && typeof data141 == "object" && !Array.isArray(data141)){for(const key17 in data141){if(!(((((key17 === "kind") || (key17 === "version")) || (key17 === "root")) || (key17 === "host")) || (key17 === "duration_ms"))){const err177 = {instancePath:instancePath+"/probe",schemaPath:"#/properties/probe/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}}if(data141.kind !== undefined){let data142 = data141.kind;if(!((data142 === "linux") || (data142 === "windows"))){const err178 = {instancePath:instancePath+"/probe/kind",schemaPath:"#/properties/probe/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.probe.properties.kind.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}}if(data141.version !== undefined){if(typeof data141.version !== "string"){const err179 = {instancePath:instancePath+"/probe/version",schemaPath:"#/properties/probe/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}}if(data141.root !== undefined){if(typeof data141.root !== "string"){const err180 = {instancePath:instancePath+"/probe/root",schemaPath:"#/properties/probe/properties/root/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}}if(data141.host !== undefined){if(typeof data141.host !== "string"){const err181 = {instancePath:instancePath+"/probe/host",schemaPath:"#/properties/probe/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}}if(data141.duration_ms !== undefined){let data146 = data141.duration_ms;if(!((typeof data146 == "number") && (isFinite(data146)))){const err182 = {instancePath:instancePath+"/probe/duration_ms",schemaPath:"#/properties/probe/properties/duration_ms/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}}}else {const err183 = {instancePath:instancePath+"/probe",schemaPath:"#/properties/probe/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}}}else {const err184 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}validate10.errors = vErrors;return errors === 0;}

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/facts/validate.ts



/** Dotted path of an Ajv error ("/disks/os/size_gb" -> "disks.os.size_gb"). */
function dotted(e) {
    const p = e.instancePath.replace(/^\//, '').replace(/\//g, '.').replace(/~1/g, '/').replace(/~0/g, '~');
    if (e.keyword === 'additionalProperties') {
        const extra = e.params.additionalProperty;
        return p ? `${p}.${extra}` : extra;
    }
    return p || '(document)';
}
function describe(e) {
    if (e.keyword === 'additionalProperties')
        return 'is not a known fact';
    if (e.keyword === 'enum')
        return `must be one of ${e.params.allowedValues.map(v => JSON.stringify(v)).join(', ')}`;
    return e.message ?? e.keyword;
}
/**
 * Validates a facts document against schemas/facts.schema.json (precompiled by scripts/build-schemas.mjs).
 * Wrong types never reach the policy, where they could turn into a pass: the first few problems are
 * reported with the path of each bad value.
 */
function validate_validateFacts(doc, where) {
    if (validateFacts(doc))
        return;
    const all = validateFacts.errors ?? [];
    const errs = all.slice(0, 5).map(e => `${dotted(e)} ${describe(e)}`);
    const more = all.length > 5 ? ` (and ${all.length - 5} more)` : '';
    throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(where)}: facts do not match the facts schema: ${errs.map(e => (0,src_text/* inert */.tJ)(e, 160)).join('; ')}${more}`);
}


/***/ }),

/***/ 3921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gather: () => (/* binding */ gather),
  groupImages: () => (/* binding */ groupImages),
  mergeImage: () => (/* binding */ mergeImage),
  k_: () => (/* binding */ runCheck)
});

// UNUSED EXPORTS: isFailing, summarize, verdictSettings

// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(8270);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/policy/engine.ts
var engine = __webpack_require__(566);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/config/ruleset.ts



/**
 * The engine a run uses: a prebuilt policy bundle when one is given; else the built-in ruleset compiled
 * with the configuration's custom policies (needs opa on PATH); else the shipped ruleset.
 */
async function loadEngine(s) {
    const notes = [];
    const cfg = s.configuration;
    const custom = cfg?.policies ?? [];
    if (!s.policyBundle && (!cfg || custom.length === 0))
        return { engine: await engine.Engine.load(), notes };
    // Loaded only when needed: the CLI's cold start is benchmarked.
    const { compilePolicies, findOpa, readPolicyBundle } = await __webpack_require__.e(/* import() */ 91).then(__webpack_require__.bind(__webpack_require__, 8091));
    if (s.policyBundle) {
        if (custom.length)
            notes.push(`${cfg?.where(['policies'])}: policies not compiled: the prebuilt policy bundle ${(0,src_text/* inert */.tJ)(s.policyBundle)} is used instead`);
        return { engine: await engine.Engine.load(readPolicyBundle(s.policyBundle)), notes };
    }
    if (!cfg || custom.length === 0)
        return { engine: await engine.Engine.load(), notes };
    const opa = findOpa();
    if (!opa)
        throw new errors/* UserError */.yo(`${cfg.where(['policies'])}: policies need opa on PATH to be compiled (e.g. the open-policy-agent/setup-opa action), or give a prebuilt bundle (--policy-bundle / input policy-bundle, made by: vm-image-policy compile)`);
    return { engine: await engine.Engine.load(compilePolicies(custom, { opa, base: cfg.base })), notes };
}

// EXTERNAL MODULE: ./src/facts/facts-file.ts
var facts_file = __webpack_require__(7683);
// EXTERNAL MODULE: ./src/facts/types.ts
var types = __webpack_require__(7746);
;// CONCATENATED MODULE: ./src/facts/merge.ts

/** Arrays whose entries accumulate across sources instead of replacing each other. */
const ACCUMULATE = new Set(['sku.version_sources', 'sas']);
/** Arrays of objects merged element by element, matched on a key (a data disk is the same disk by LUN). */
const KEYED = { 'disks.data': 'lun' };
const KEYED_MARK = '\u0000keyed';
/**
 * Merges what several sources know about one image. Higher priority wins leaf by leaf (observed facts
 * outrank declared ones); when two sources give different values for the same fact, the loser is kept in
 * `conflicts` so a finding can say "the template declares X, the probe found Y".
 */
function mergeFacts(partials) {
    const ordered = [...partials].sort((a, b) => a.priority - b.priority);
    const leaves = new Map();
    for (const p of ordered)
        flatten(keyArrays(p.facts), '', (path, value) => push(leaves, path, { value, partial: p }));
    const doc = {};
    const provenance = {};
    const conflicts = [];
    for (const [path, list] of leaves) {
        if (path === 'schema_version' || path === 'provenance' || path === 'conflicts')
            continue;
        if (ACCUMULATE.has(path)) {
            const all = list.flatMap(l => (Array.isArray(l.value) ? l.value : []));
            setPath(doc, path, dedupe(all));
            continue;
        }
        const winner = list[list.length - 1];
        setPath(doc, path, winner.value);
        const distinct = list.filter(l => !sameValue(l.value, winner.value));
        if (distinct.length > 0)
            conflicts.push({
                fact: path,
                values: [winner, ...distinct].map(l => ({ value: l.value, source: where(l.partial, path) }))
            });
    }
    unkeyArrays(doc);
    for (const p of ordered)
        for (const [k, v] of Object.entries(p.provenance))
            provenance[k] = v;
    const out = { schema_version: 1, ...doc };
    if (Object.keys(provenance).length > 0)
        out.provenance = provenance;
    if (conflicts.length > 0)
        out.conflicts = conflicts;
    return out;
}
/** Copies facts with each keyed array turned into an object keyed by its key ("disks.data" by LUN). */
function keyArrays(facts) {
    const out = structuredClone(facts);
    for (const [path, key] of Object.entries(KEYED)) {
        const arr = getPath(out, path);
        if (!Array.isArray(arr))
            continue;
        const ok = arr.every(x => typeof x === 'object' && x !== null && Number.isInteger(x[key]));
        if (!ok)
            continue;
        const keyed = { [KEYED_MARK]: true };
        for (const x of arr)
            keyed[String(x[key])] = x;
        setPath(out, path, keyed);
    }
    return out;
}
function unkeyArrays(doc) {
    for (const [path, key] of Object.entries(KEYED)) {
        const v = getPath(doc, path);
        if (typeof v !== 'object' || v === null || Array.isArray(v) || !(KEYED_MARK in v))
            continue;
        const entries = Object.entries(v).filter(([k]) => k !== KEYED_MARK);
        setPath(doc, path, entries
            .map(([, x]) => x)
            .sort((a, b) => Number(a[key]) - Number(b[key])));
    }
}
function getPath(obj, path) {
    let cur = obj;
    for (const k of path.split('.')) {
        if (typeof cur !== 'object' || cur === null)
            return undefined;
        cur = own(cur, k);
    }
    return cur;
}
function where(p, path) {
    const parts = path.split('.');
    for (let n = parts.length; n > 0; n--) {
        const loc = p.provenance[parts.slice(0, n).join('.')];
        if (loc)
            return loc;
    }
    return { source: p.origin.kind === 'manifest' ? 'manifest' : 'facts', detail: (0,types/* originText */.C)(p.origin) };
}
function flatten(v, prefix, emit) {
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && !ACCUMULATE.has(prefix)) {
        const entries = Object.entries(v);
        if (entries.length === 0 && prefix !== '')
            emit(prefix, {});
        for (const [k, x] of entries)
            flatten(x, prefix === '' ? k : `${prefix}.${k}`, emit);
    }
    else if (prefix !== '')
        emit(prefix, v);
}
function push(m, k, v) {
    const l = m.get(k);
    if (l)
        l.push(v);
    else
        m.set(k, [v]);
}
function sameValue(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
function dedupe(xs) {
    const seen = new Set();
    return xs.filter(x => {
        const k = JSON.stringify(x);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/** Own data properties only: a key "__proto__" or "constructor" is a key, never the prototype. */
function own(o, k) {
    return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;
}
function merge_define(o, k, v) {
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}
function setPath(obj, path, v) {
    const keys = path.split('.');
    let cur = obj;
    for (const k of keys.slice(0, -1)) {
        const next = own(cur, k);
        if (typeof next !== 'object' || next === null || Array.isArray(next))
            merge_define(cur, k, {});
        cur = own(cur, k);
    }
    merge_define(cur, keys[keys.length - 1], v);
}

;// CONCATENATED MODULE: ./src/facts/sources.ts
const SOURCES = [
    {
        name: 'manifest',
        wanted: s => Boolean(s.manifest),
        load: async () => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 514))).readSource
    },
    {
        name: 'template',
        wanted: s => Boolean(s.template),
        load: async () => (await __webpack_require__.e(/* import() */ 111).then(__webpack_require__.bind(__webpack_require__, 5111))).readSource
    },
    {
        name: 'facts',
        wanted: s => s.facts.length > 0,
        load: async () => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7683))).readSource
    },
    {
        name: 'disks',
        wanted: s => (s.vhd?.length ?? 0) + (s.sas?.length ?? 0) > 0,
        load: async () => (await __webpack_require__.e(/* import() */ 973).then(__webpack_require__.bind(__webpack_require__, 8973))).readSource
    },
    {
        name: 'sku',
        wanted: s => Boolean(s.sku),
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(933)]).then(__webpack_require__.bind(__webpack_require__, 7933))).readSource
    }
];
/** Reads every source the settings want, in order. */
async function readSources(s) {
    const partials = [];
    const notes = [];
    for (const source of SOURCES) {
        if (!source.wanted(s))
            continue;
        const read = await (await source.load())(s, partials);
        partials.push(...read.partials);
        notes.push(...read.notes);
    }
    return { partials, notes };
}

// EXTERNAL MODULE: ./src/facts/validate.ts + 1 modules
var validate = __webpack_require__(4904);
// EXTERNAL MODULE: ./src/verdict.ts
var verdict = __webpack_require__(3138);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/pipeline.ts











/** Gathers every source the settings name (src/facts/sources.ts) into one partial facts document per source and image. */
async function gather(s) {
    const { partials, notes } = await readSources(s);
    if (partials.length === 0)
        throw new errors/* UserError */.yo('nothing to check: give at least one source (--manifest, --template, --facts, --vhd, --sas, --ledger/--sku)');
    return { partials, notes };
}
/**
 * Joins sources into images: sources naming the same image merge; a facts document that names no image
 * joins the only image there is, or becomes its own image when there is none.
 */
function groupImages(partials) {
    const named = new Map();
    const anonymous = [];
    for (const p of partials) {
        if (p.image) {
            const l = named.get(p.image);
            if (l)
                l.push(p);
            else
                named.set(p.image, [p]);
        }
        else
            anonymous.push(p);
    }
    for (const p of anonymous) {
        if (named.size === 1)
            [...named.values()][0]?.push(p);
        else if (named.size === 0) {
            const name = (0,facts_file.defaultImageName)(p.origin.file ?? '') || `image-${named.size + 1}`;
            named.set(name, [p]);
        }
        else
            throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(p.origin.file ?? (0,types/* originText */.C)(p.origin))}: the facts do not name their image (image.name) and there are ${named.size} images (${[...named.keys()].map(k => (0,src_text/* inert */.tJ)(k, 40)).join(', ')}); add image.name or select one build with --build`);
    }
    return named;
}
/** One image's sources merged into its facts document (named, schema-validated): what the rules judge. */
function mergeImage(name, parts) {
    const doc = mergeFacts(parts);
    const image = doc.image ?? {};
    if (image.name === undefined)
        doc.image = { ...image, name };
    (0,validate/* validateFacts */.y)(doc, `merged facts of image ${name}`);
    return doc;
}
async function runCheck(s, engine, opts = {}) {
    const keepFacts = opts.keepFacts ?? true;
    // The ruleset and the configuration first: a bad config stops the run before anything is read or reported.
    const loaded = engine ? { engine, notes: [] } : await loadEngine(s);
    const eng = loaded.engine;
    const policyConfig = (0,resolve/* resolveConfig */.pE)(s.configuration, eng, s.profile);
    eng.configure({ profile: s.profile, now: s.now, mode: s.mode, ...policyConfig });
    const gathered = await gather(s);
    const notes = gathered.notes;
    notes.unshift(...loaded.notes);
    const images = groupImages(gathered.partials ?? []);
    delete gathered.partials; // each image's sources are released once it is evaluated
    const reports = [];
    const docs = [];
    for (const name of [...images.keys()]) {
        const parts = images.get(name) ?? [];
        images.delete(name);
        const doc = mergeImage(name, parts);
        docs.push({ name, facts: keepFacts ? doc : { schema_version: 1, ...(doc.sku ? { sku: doc.sku } : {}) } });
        reports.push({
            name,
            source: parts.map(p => (0,types/* originText */.C)(p.origin)).join(' + '),
            findings: eng.evaluate(doc)
        });
    }
    notes.push(...(0,resolve/* waiverNotes */.AG)(s.configuration, eng.waiverUses));
    return { ...finish(s, reports, notes, docs), rules: eng.rules };
}
function summarize(images) {
    return (0,verdict/* countImages */.AK)(images);
}
/** Whether a finding fails the run under these settings (src/verdict.ts). */
function isFailing(f, s) {
    return failing(f, verdictSettings(s));
}
function verdictSettings(s) {
    return { mode: s.mode, failOn: s.failOn, unknown: s.unknown };
}
function finish(s, images, notes, docs) {
    // The verdict, decided once: every finding is stamped with its level and whether it fails the run.
    const vs = verdictSettings(s);
    for (const i of images)
        for (const f of i.findings)
            (0,verdict/* stamp */.iE)(f, vs);
    const failing = images.flatMap(i => i.findings.filter(f => f.fails));
    const report = {
        version: version/* VERSION */.x,
        generated_at: s.now.toISOString(),
        profile: s.profile,
        mode: s.mode,
        result: failing.length > 0 ? 'fail' : 'pass',
        fail_on: s.failOn,
        unknown: s.unknown,
        images,
        summary: summarize(images)
    };
    failing.sort((a, b) => (0,verdict/* compareFindings */.Eg)(a, b, report));
    return { report, failed: failing.length > 0, failing, notes, docs };
}


/***/ }),

/***/ 566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Engine: () => (/* binding */ Engine)
/* harmony export */ });
/* unused harmony exports severityRank, toFinding, locate */
/* harmony import */ var _open_policy_agent_opa_wasm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7774);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5462);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8992);
/* harmony import */ var _v8_flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(974);





const SEVERITY_RANK = { notice: 0, warning: 1, error: 2 };
function severityRank(s) {
    return SEVERITY_RANK[s];
}
/**
 * The compiled ruleset (dist/policy.wasm) with its metadata (dist/rules.json, generated from the Rego
 * METADATA) and profiles (dist/profiles.json). Load once, configure once per run, evaluate per image: the
 * SDK resets its heap to the data on every evaluate, so memory does not grow with the number of documents.
 */
class Engine {
    policy;
    rules;
    profiles;
    configured = false;
    /** Every waiver the policy applied (or found expired) since configure(), with its image. */
    waiverUses = [];
    /** Rule metadata by package path, built once (evaluate runs once per image). */
    byPath;
    constructor(policy, rules, profiles) {
        this.policy = policy;
        this.rules = rules;
        this.profiles = profiles;
        this.byPath = new Map(rules.map(r => [r.path, r]));
    }
    static async load(opts = {}) {
        const sdk = (_open_policy_agent_opa_wasm__WEBPACK_IMPORTED_MODULE_0__["default"] ?? _open_policy_agent_opa_wasm__WEBPACK_IMPORTED_MODULE_0__);
        const { loadPolicySync } = sdk;
        const wasm = opts.wasm ?? (0,_assets_js__WEBPACK_IMPORTED_MODULE_1__/* .readAsset */ .fs)('policy.wasm');
        (0,_v8_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .tuneV8 */ .H)();
        const policy = loadPolicySync(wasm, { initial: 16 });
        return new Engine(policy, opts.rules ?? (0,_assets_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonAsset */ .bD)('rules.json'), opts.profiles ?? (0,_assets_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonAsset */ .bD)('profiles.json'));
    }
    get profileNames() {
        return Object.keys(this.profiles);
    }
    configure(cfg) {
        if (!(cfg.profile in this.profiles))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`unknown profile "${cfg.profile}"; profiles: ${this.profileNames.join(', ')}`);
        this.policy.setData({
            profiles: this.profiles,
            config: {
                profile: cfg.profile,
                // The overrides as the configuration gave them (validated once, in config/resolve.ts); the policy
                // lays them over the profile's values (policies/lib/lib.rego: lib.thresholds), nowhere else.
                thresholds: cfg.thresholds ?? {},
                now_unix: Math.floor(cfg.now.getTime() / 1000),
                mode: cfg.mode,
                severity: cfg.severity ?? {},
                waivers: cfg.waivers ?? []
            }
        });
        this.configured = true;
        this.waiverUses = [];
    }
    /** Raw aggregator output, one entry per rule package. */
    evaluateRaw(doc) {
        if (!this.configured)
            throw new Error('Engine.configure() must be called before evaluate()');
        const rs = this.policy.evaluate(doc);
        const result = rs[0]?.result;
        if (!Array.isArray(result))
            throw new Error('policy returned no findings (undefined result)');
        return result;
    }
    evaluate(doc) {
        const raws = this.evaluateRaw(doc);
        const image = String(doc.image?.name ?? '');
        for (const r of raws)
            if (r.waiver)
                this.waiverUses.push({
                    index: r.waiver.index,
                    state: r.waiver.state,
                    expiring_soon: r.waiver.expiring_soon,
                    note: r.waiver.note,
                    image
                });
        return raws
            .map(raw => toFinding(raw, this.byPath.get(raw.path), doc))
            .sort((a, b) => (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .compareNatural */ .dk)(a.rule, b.rule));
    }
}
function toFinding(raw, meta, doc) {
    // Set iteration order is not stable across OPA and the wasm target: order details by message.
    raw.details.sort((a, b) => (a.msg < b.msg ? -1 : a.msg > b.msg ? 1 : 0));
    const area = meta?.area ?? raw.path.split('.')[0] ?? '';
    let severity = meta?.severity ?? 'error';
    let message;
    let location;
    // A waived finding reads like the failure (or unknown) it waives; the waiver is shown beside it.
    const shape = raw.status === 'waived' ? (raw.waiver?.was ?? 'fail') : raw.status;
    switch (shape) {
        case 'fail': {
            const sevs = raw.details.map(d => d.severity ?? meta?.severity ?? 'error');
            severity = sevs.reduce((a, b) => (SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a), 'notice');
            message = raw.details.map(d => d.msg + conflictNote(doc, d.fact)).join('; ');
            const fact = raw.details.find(d => d.fact)?.fact;
            if (fact)
                location = locate(doc, fact);
            break;
        }
        case 'unknown':
            raw.missing = raw.missing.map(m => withReason(doc, m));
            message = `not evaluated: ${raw.missing.length === 1 ? 'fact' : 'facts'} not gathered: ${raw.missing.join(', ')}`;
            break;
        case 'not_applicable':
            message = raw.skip.join('; ');
            break;
        default:
            message = raw.details.map(d => d.msg).join('; ') || 'passed';
    }
    // The configuration's severity override replaces the rule's (and each violation's) severity.
    if (raw.severity)
        severity = raw.severity;
    if (raw.waiver?.state === 'expired')
        message += `; ${raw.waiver.note}`;
    const f = {
        rule: meta?.id ?? raw.path,
        path: raw.path,
        status: raw.status,
        severity,
        title: meta?.title ?? raw.path,
        message,
        guide: meta?.guide ?? '',
        remediation: meta?.remediation ?? '',
        area
    };
    if (location)
        f.location = location;
    if (raw.status === 'unknown' || (raw.status === 'waived' && shape === 'unknown'))
        f.missing = raw.missing;
    if (raw.status === 'waived' && raw.waiver) {
        f.waiver = { reason: raw.waiver.reason, expires: raw.waiver.expires };
        if (raw.waiver.ticket)
            f.waiver.ticket = raw.waiver.ticket;
    }
    return f;
}
/**
 * A missing fact with the reason its source gave for not gathering it, e.g. `sku.published_versions (the
 * ledger on the base branch could not be read: …)`: the provenance of an absent fact says why it is absent.
 * Else the bare path.
 */
function withReason(doc, missing) {
    const why = doc.provenance?.[missing]?.detail;
    if (!why)
        return missing;
    let v = doc;
    for (const k of missing.split('.'))
        v = v && typeof v === 'object' ? v[k] : undefined;
    return v === undefined || v === null ? `${missing} (${why})` : missing;
}
/** Where a fact came from: its own provenance, or that of the nearest enclosing fact. */
function locate(doc, fact) {
    const prov = doc.provenance ?? {};
    const parts = fact.split('.');
    for (let n = parts.length; n > 0; n--) {
        const loc = prov[parts.slice(0, n).join('.')];
        if (loc)
            return loc;
    }
    return undefined;
}
function conflictNote(doc, fact) {
    if (!fact)
        return '';
    const c = doc.conflicts?.find(x => x.fact === fact || fact.startsWith(`${x.fact}.`));
    if (!c || c.values.length < 2)
        return '';
    const [winner, ...others] = c.values;
    const desc = (v) => `${JSON.stringify(v.value)} (${v.source.source}${v.source.file ? ` ${v.source.file}${v.source.line ? `:${v.source.line}` : ''}` : ''})`;
    return ` [observed ${desc(winner)} outranks declared ${others.map(desc).join(', ')}]`;
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   VZ: () => (/* binding */ registerSignatures),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   ki: () => (/* binding */ redactError)
/* harmony export */ });
/* unused harmony exports REDACTED, onSecretRegistered, registeredSecrets, clearSecrets, redactDeep */
/**
 * Secret redaction applied to every text the tool emits (reports, logs, errors, annotations).
 *
 * Two layers:
 * 1. Values registered at runtime (`registerSecret`): every occurrence, in raw, percent-encoded and
 *    percent-decoded form, is replaced by `REDACTED`.
 * 2. Patterns that look like secrets whether registered or not: SAS `sig=` values, `SharedAccessSignature`
 *    strings, `AccountKey=` in connection strings, `SharedKey` authorization headers, bearer tokens and
 *    GitHub tokens.
 */
const REDACTED = 'REDACTED';
/** Values shorter than this are not registered: replacing them everywhere would shred ordinary text. */
const MIN_SECRET_LENGTH = 6;
const secrets = new Set();
let ordered = [];
const listeners = [];
function variants(value) {
    const out = new Set([value]);
    try {
        out.add(encodeURIComponent(value));
    }
    catch {
        // lone surrogates: keep the raw form only
    }
    try {
        out.add(decodeURIComponent(value));
    }
    catch {
        // not percent-encoded
    }
    // The way a value appears inside a JSON string.
    out.add(JSON.stringify(value).slice(1, -1));
    return [...out].filter(v => v.length >= MIN_SECRET_LENGTH);
}
/**
 * Remember a secret seen at runtime (a SAS signature, a token) so `redact` removes it from any text.
 * Listeners added with `onSecretRegistered` (e.g. the Action's `core.setSecret`) are told about it.
 */
function registerSecret(value) {
    if (typeof value !== 'string')
        return;
    const trimmed = value.trim();
    if (trimmed.length < MIN_SECRET_LENGTH || secrets.has(trimmed))
        return;
    secrets.add(trimmed);
    for (const v of variants(trimmed))
        secrets.add(v);
    ordered = [...secrets].sort((a, b) => b.length - a.length);
    for (const listener of listeners)
        listener(trimmed);
}
/**
 * The name `sig` the way the SAS parser (src/facts/sas.ts) reads a parameter name: percent-decoded and in
 * any case, so `sig`, `SIG`, `%73ig`, `%53%49%47` are all the signature.
 */
const SIG_NAME = '(?:s|%73|%53)(?:i|%69|%49)(?:g|%67|%47)';
/** Register every SAS `sig=` value found in `text` (a URL, a pasted line), raw and percent-decoded. */
function registerSignatures(text) {
    for (const m of text.matchAll(new RegExp(`(?:^|[?&\\s;])${SIG_NAME}=([^&\\s"'#;]+)`, 'gi'))) {
        const v = m[1] ?? '';
        registerSecret(v);
        try {
            registerSecret(decodeURIComponent(v));
        }
        catch {
            // not percent-encoded
        }
    }
}
/** Call `listener` for every secret registered so far and every one registered later. */
function onSecretRegistered(listener) {
    listeners.push(listener);
    for (const s of secrets)
        listener(s);
}
/** The registered secrets (for tests and for handing to a log masker). */
function registeredSecrets() {
    return [...secrets];
}
/** Forget all registered secrets and listeners (tests only). */
function clearSecrets() {
    secrets.clear();
    ordered = [];
    listeners.length = 0;
}
// Characters a SAS/token value is made of, percent-escapes included; stops at &, whitespace, quotes, <, >, #.
const VALUE = `(?:%[0-9A-Fa-f]{2}|[^&\\s"'<>#;,)\\]}])+`;
const PATTERNS = [
    // ?sig=…, &sig=…, sig=… (also `&amp;sig=` in HTML/XML)
    [new RegExp(`((?<![A-Za-z_])${SIG_NAME}=)(?!${REDACTED}\\b)${VALUE}`, 'gi'), `$1${REDACTED}`],
    // percent-encoded query inside another URL: sig%3D…  (stop at an encoded &)
    [
        new RegExp(`((?<![A-Za-z_])(?:${SIG_NAME}|(?:s|%2573|%2553)(?:i|%2569|%2549)(?:g|%2567|%2547))%3D)(?!REDACTED\\b)(?:(?!%26)(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~+/=-]))+`, 'gi'),
        `$1${REDACTED}`
    ],
    // JSON: "sig": "…"
    [/("sig"\s*:\s*")(?!REDACTED")(?:[^"\\]|\\.)*(")/gi, `$1${REDACTED}$2`],
    // connection strings
    [/(\bSharedAccessSignature=)(?!REDACTED\b)[^;\s"']+/gi, `$1${REDACTED}`],
    [/(\bAccountKey=)(?!REDACTED\b)[^;\s"']+/gi, `$1${REDACTED}`],
    // Authorization headers
    [/(\bSharedAccessSignature\s+)(?!REDACTED\b)[^\s"']+/gi, `$1${REDACTED}`],
    [/(\bSharedKey(?:Lite)?\s+[^\s:"']+:)(?!REDACTED\b)[A-Za-z0-9+/=]+/gi, `$1${REDACTED}`],
    [/(\bBearer\s+)(?!REDACTED\b)[A-Za-z0-9\-._~+/]{8,}=*/gi, `$1${REDACTED}`],
    // GitHub tokens
    [/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, REDACTED]
];
/** Replace every secret in `text` by `REDACTED`. Idempotent. */
function redact(text) {
    let out = text;
    for (const s of ordered) {
        if (out.includes(s))
            out = out.split(s).join(REDACTED);
    }
    for (const [re, replacement] of PATTERNS)
        out = out.replace(re, replacement);
    return out;
}
/** `redact` applied to every string inside a JSON-like value (keys included); returns a copy. */
function redactDeep(value) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactDeep(v));
    if (value !== null && typeof value === 'object') {
        const out = {};
        // defineProperty, not assignment: a key "__proto__" stays a key and never becomes the prototype.
        for (const [k, v] of Object.entries(value))
            Object.defineProperty(out, redact(k), {
                value: redactDeep(v),
                enumerable: true,
                writable: true,
                configurable: true
            });
        return out;
    }
    return value;
}
/** A one-line, redacted description of an unknown thrown value (never a stack trace). */
function redactError(err) {
    const msg = err instanceof Error ? err.message : String(err);
    return redact(msg.split('\n')[0] ?? '');
}


/***/ }),

/***/ 5552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gd: () => (/* binding */ rawSku),
/* harmony export */   L0: () => (/* binding */ skuSettings),
/* harmony export */   o7: () => (/* binding */ DEFAULT_TAG_PATTERN)
/* harmony export */ });
/* unused harmony exports DEFAULT_LEDGER, parseSkuRef */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8992);
/**
 * SKU settings from CLI flags or action inputs (the entry points pass what they read; nothing here reads
 * the environment). The SKU source is on when any SKU flag is given or the ledger file exists.
 */




/** The ledger read when none is named, and the release tag scheme (--ledger, --tag-pattern). */
const DEFAULT_LEDGER = '.github/skus.yml';
const DEFAULT_TAG_PATTERN = '<sku>/v<X.Y.Z>';
/** "offer/sku" → {offer, sku}. */
function parseSkuRef(v, what = '--sku') {
    const m = /^([^/\s]+)\/([^/\s]+)$/.exec(v.trim());
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what} must be OFFER/SKU (e.g. contoso-appliance/standard-gen2); got "${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(v, 80)}"`);
    return { offer: m[1], sku: m[2] };
}
/** The SKU options as raw settings; the CLI flags and the action inputs have the same names. */
function rawSku(get, updateLedger) {
    return {
        offer: get('offer'),
        sku: get('sku'),
        version: get('version'),
        ledger: get('ledger'),
        history: get('history'),
        tagPattern: get('tag-pattern'),
        baseRef: get('base-ref'),
        updateLedger
    };
}
const empty = (v) => (v === undefined || v.trim() === '' ? undefined : v.trim());
function skuSettings(raw, mode, name) {
    const cwd = raw.cwd ?? process.cwd();
    let offer = empty(raw.offer);
    let sku = empty(raw.sku);
    if (sku?.includes('/')) {
        const r = parseSkuRef(sku, name('sku'));
        if (offer !== undefined && offer !== r.offer)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${name('offer')} "${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(offer, 60)}" differs from the offer in ${name('sku')} "${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(sku, 80)}"`);
        ({ offer, sku } = r);
    }
    const version = empty(raw.version);
    const history = empty(raw.history) ?? (empty(raw.tagPattern) ? 'tags' : 'ledger');
    if (history !== 'ledger' && history !== 'tags')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${name('history')} must be one of ledger, tags; got "${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(history, 40)}"`);
    const ledger = empty(raw.ledger) ?? DEFAULT_LEDGER;
    const tagPattern = empty(raw.tagPattern) ?? DEFAULT_TAG_PATTERN;
    const updateLedger = raw.updateLedger === true;
    const asked = offer !== undefined ||
        sku !== undefined ||
        version !== undefined ||
        updateLedger ||
        history === 'tags' ||
        (empty(raw.ledger) !== undefined && empty(raw.ledger) !== DEFAULT_LEDGER);
    if (!asked && !node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, ledger)))
        return undefined;
    if (updateLedger && mode !== 'release')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${name('update-ledger')} writes the ledger only in release mode (mode: release)`);
    if (updateLedger && history !== 'ledger')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${name('update-ledger')} needs the ledger history, not git tags (tag the release instead)`);
    if (history === 'tags' && !tagPattern.includes('<X.Y.Z>'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${name('tag-pattern')} must contain <X.Y.Z> (e.g. ${DEFAULT_TAG_PATTERN}); got "${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(tagPattern, 80)}"`);
    return {
        offer,
        sku,
        version,
        history,
        ledger,
        tagPattern,
        baseRef: empty(raw.baseRef),
        updateLedger,
        cwd
    };
}


/***/ }),

/***/ 7421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kk: () => (/* binding */ icon),
/* harmony export */   LE: () => (/* binding */ AREA_ORDER),
/* harmony export */   _P: () => (/* binding */ STATUS_LABEL),
/* harmony export */   fN: () => (/* binding */ locationText),
/* harmony export */   o0: () => (/* binding */ areaTitle),
/* harmony export */   oA: () => (/* binding */ unwrap),
/* harmony export */   x7: () => (/* binding */ countByStatus)
/* harmony export */ });
/* unused harmony exports reportLevel, isFailing, problemText, ruleDocUrl */
/* harmony import */ var _where_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6201);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3138);


/**
 * The level a finding is reported at, or undefined when it is not a problem (pass, waived, n/a): its stamp
 * (src/verdict.ts), `error` exactly when it fails the run.
 */
function reportLevel(f, report) {
    return verdictOf(f, report).level;
}
/** Whether a finding makes the run fail: its stamp (src/verdict.ts). */
function isFailing(f, report) {
    return verdictOf(f, report).fails;
}

/** The icon of a finding in Markdown reports. */
function icon(f, report) {
    const v = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictOf */ .Vj)(f, report);
    switch (f.status) {
        case 'fail':
            return v.fails ? '❌' : v.level === 'warning' ? '⚠️' : 'ℹ️';
        case 'unknown':
            return v.fails ? '❓' : '❔';
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
    const inImage = imageLocationText(f.location);
    if (inImage && !f.message.includes(f.location.file))
        parts.push(`In the image: ${inImage}.`);
    if (f.status === 'unknown' && f.missing?.length && !/not gathered/i.test(f.message))
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
    return (0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .countImages */ .AK)(report.images);
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

/***/ 4055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NL: () => (/* binding */ groupUnknowns),
/* harmony export */   ZJ: () => (/* binding */ unknownGroupText)
/* harmony export */ });
/* unused harmony exports unknownSource, groupRules */
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3138);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8992);


/** Where each kind of missing fact comes from, and how to get it (first match wins). */
const FACT_SOURCES = [
    {
        re: /^linux\./,
        source: "the Linux probe's output: run probes/linux/probe.sh (vm-image-policy probe), see docs/linux-probe.md"
    },
    { re: /^windows\./, source: "the Windows probe's output: run probes/windows/probe.ps1 in the VM" },
    { re: /^sas(\.|$)/, source: 'the SAS URIs: give --sas os=URL (input sas-uris)' },
    { re: /^(vhd|disks\..*\.(vhd|footer))(\.|$)/, source: 'the VHD footers: give --vhd (input vhd) or --sas' },
    {
        re: /^sku\.(offer|sku)$/,
        source: 'the offer and SKU IDs: give --sku OFFER/SKU, or custom_data offer and sku'
    },
    {
        re: /^sku\.version/,
        source: 'the proposed version: give --version (input version), or custom_data version'
    },
    {
        re: /^sku\./,
        source: "the SKU's published versions: give --ledger (input ledger) or --history tags"
    },
    { re: /^template\./, source: 'the Packer template: give --template (input template)' },
    { re: /^disks(\.|$)/, source: 'the disk layout: the Packer manifest or template (custom_data)' },
    {
        re: /^stage$/,
        source: "the stage the facts are from (build or deployed): a probe's output, or stage in a facts document"
    },
    {
        re: /^os\.declared_type$/,
        source: 'the declared OS type: custom_data os_type in the Packer manifest, or the template'
    },
    {
        re: /^os\./,
        source: "the OS type: a probe's output observes it; custom_data os_type in the manifest or the template declares it"
    }
];
/** The source that would give a missing fact, or undefined when none is known or the entry says why. */
function sourceOf(missing) {
    if (/\s/.test(missing.trim()))
        return undefined;
    return FACT_SOURCES.find(s => s.re.test(missing))?.source;
}
/**
 * What a finding's unknowns are grouped under: the sources of its missing facts (the specific ones: linux.*
 * over os.type or stage), joined; undefined (own row) when any missing fact has no known source or says
 * why it is missing, or no fact is named.
 */
function unknownSource(f) {
    const missing = f.missing ?? [];
    if (missing.length === 0)
        return undefined;
    const sources = missing.map(sourceOf);
    if (sources.some(s => s === undefined))
        return undefined;
    const generic = (m) => /^(os\.|stage$)/.test(m);
    const picked = missing.some(m => !generic(m)) ? sources.filter((_, i) => !generic(missing[i])) : sources;
    return [...new Set(picked)].join('; and ');
}
/** An image's unknown findings (others are ignored), grouped (see the module comment). */
function groupUnknowns(findings, report) {
    const groups = new Map();
    const own = [];
    for (const f of findings) {
        if (f.status !== 'unknown')
            continue;
        const source = unknownSource(f);
        if (source === undefined) {
            own.push(f);
            continue;
        }
        const fails = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictOf */ .Vj)(f, report).fails;
        const key = `${fails ? 1 : 0}\u0000${source}`;
        const g = groups.get(key) ?? { source, fails, findings: [] };
        g.findings.push(f);
        groups.set(key, g);
    }
    return {
        groups: [...groups.values()].sort((a, b) => Number(b.fails) - Number(a.fails) ||
            b.findings.length - a.findings.length ||
            (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .compareNatural */ .dk)(a.source, b.source)),
        own
    };
}
/** `27 Linux rules need …`, `AZMP-REG-002 needs …` for a group (plain text). */
function unknownGroupText(g) {
    const n = g.findings.length;
    if (n === 1)
        return `${g.findings[0].rule} needs ${g.source}`;
    const areas = new Set(g.findings.map(f => f.area));
    const area = areas.size === 1 ? `${AREA_NAMES[[...areas][0]] ?? ''} ` : '';
    return `${n} ${area.trimStart()}rules need ${g.source}`;
}
/** How an area is named in "27 Linux rules". */
const AREA_NAMES = {
    sku: 'SKU',
    disks: 'disk',
    linux: 'Linux',
    windows: 'Windows',
    registration: 'registration',
    sas: 'SAS',
    custom: 'custom'
};
/** The rule IDs of a group, for a collapsed list. */
function groupRules(g) {
    return g.findings.map(f => f.rule);
}


/***/ }),

/***/ 6201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ workflowFile),
/* harmony export */   lq: () => (/* binding */ isImageLocation),
/* harmony export */   o9: () => (/* binding */ repoPlace),
/* harmony export */   yb: () => (/* binding */ imageLocationText)
/* harmony export */ });
/* unused harmony exports repoPath, sourceFiles */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Where a finding points, for outputs that can only name files of the repository (SARIF artifact
 * locations, check-run annotations, `::error file=`): a repository-relative path that never leaves the
 * repository root, or nothing. Paths from inside the image (`/etc/resolv.conf`, read by a probe or from a
 * VHD) are not repository files: they go into the message instead.
 */

/** Sources whose files are paths inside the image, never in the repository. */
const IMAGE_SOURCES = new Set(['probe', 'vhd', 'sas', 'image']);
/**
 * A repository-relative POSIX path for `file`, or undefined when it is not inside the repository: an
 * absolute path outside `workspace`, a path that climbs out with `..`, a URL, or an empty name.
 */
function repoPath(file, workspace) {
    if (!file)
        return undefined;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file))
        return undefined;
    let f = file.replace(/\\/g, '/');
    if (/^[A-Za-z]:\//.test(f) || f.startsWith('/')) {
        if (!workspace)
            return undefined;
        const w = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(workspace.replace(/\\/g, '/')).replace(/\/+$/, '');
        const n = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(f);
        if (!n.startsWith(w + '/'))
            return undefined;
        f = n.slice(w.length + 1);
    }
    const n = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(f).replace(/^(\.\/)+/, '');
    if (n === '.' || n === '' || n === '..' || n.startsWith('../') || n.startsWith('/'))
        return undefined;
    return n;
}
/** True when a location names a path inside the image (a probe's or a VHD's), not a repository file. */
function isImageLocation(loc) {
    return loc?.file !== undefined && IMAGE_SOURCES.has(loc.source);
}
/** `/etc/ssh/sshd_config:41` for an image location, or ''. */
function imageLocationText(loc) {
    if (!loc?.file || !isImageLocation(loc))
        return '';
    return `${loc.file}${loc.line ? `:${loc.line}` : ''}`;
}
/** The files an image's report was read from (`facts x.json`, `manifest m.json` …), by kind. */
function sourceFiles(image) {
    const out = [];
    for (const part of image.source.split(' + ')) {
        const m = /^(facts|manifest|template|ledger) (.+?)(?: \((?:[^()]*)\))?$/.exec(part.trim());
        if (m)
            out.push({ kind: m[1], file: m[2] });
    }
    return out;
}
/** Which source kind a location's source most likely came from. */
const KIND_OF = {
    probe: 'facts',
    facts: 'facts',
    manifest: 'manifest',
    template: 'template',
    ledger: 'ledger'
};
/**
 * The repository file a finding is reported on: its own location when that is a repository file; else the
 * file the image's facts came from (the probe output for probe facts, the manifest …); else `fallbacks`
 * (e.g. the Packer manifest, the workflow file). Undefined when no repository file is known at all.
 */
function repoPlace(f, image, options = {}) {
    const loc = f.location;
    if (loc?.file && !isImageLocation(loc)) {
        const own = repoPath(loc.file, options.workspace);
        if (own) {
            const line = loc.line && loc.line > 0 ? loc.line : undefined;
            return {
                file: own,
                exact: true,
                line,
                endLine: line && loc.end_line && loc.end_line >= line ? loc.end_line : undefined,
                column: line && loc.column && loc.column > 0 ? loc.column : undefined
            };
        }
    }
    // A template source may be a folder: only files stand in.
    const files = sourceFiles(image).filter(s => s.kind !== 'template' || /\.(hcl|json)$/.test(s.file));
    const kind = loc ? KIND_OF[loc.source] : undefined;
    const ordered = [
        ...files.filter(s => kind !== undefined && s.kind === kind),
        ...files.filter(s => s.kind === 'facts'),
        ...files.filter(s => s.kind === 'manifest'),
        ...files
    ].map(s => s.file);
    for (const c of [...ordered, ...(options.fallbacks ?? [])]) {
        const p = repoPath(c, options.workspace);
        if (p && !p.endsWith('/'))
            return { file: p, exact: false };
    }
    return undefined;
}
/** The workflow file of this run (`GITHUB_WORKFLOW_REF` = owner/repo/.github/workflows/x.yml@ref). */
function workflowFile(env = process.env) {
    const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '');
    return m?.[1];
}


/***/ }),

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ resolveSettings),
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG)
/* harmony export */ });
/* unused harmony exports FORMATS, MODES, FAIL_ON, parseNow, parseBool */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _release_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5552);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8992);




/** The configuration file read when none is named (--config / input `config`). */
const DEFAULT_CONFIG = '.github/vm-image-policy.yml';
const FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'];
const MODES = ['pr', 'release'];
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
/** The evaluation time from --now / input `now` (RFC 3339); the current time when absent. */
function parseNow(v, option = '--now') {
    if (v === undefined)
        return new Date();
    const ok = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(v);
    const d = new Date(v);
    if (!ok || Number.isNaN(d.getTime()))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${option} must be an RFC 3339 time like 2026-11-25T12:00:00Z; got "${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(v, 40)}"`);
    return d;
}
function oneOf(name, option, v, allowed, dflt) {
    if (v === undefined)
        return dflt;
    if (!allowed.includes(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${name(option)} must be one of ${allowed.join(', ')}; got "${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(v, 40)}"`);
    return v;
}
/**
 * The one boolean parser for action inputs, with the words GitHub's `core.getBooleanInput` accepts
 * (YAML 1.2 core schema): true, True, TRUE, false, False, FALSE. Anything else is a usage error.
 * CLI switches take no value (`--x` on, `--no-x` off), so they never come through here.
 */
function parseBool(what, v) {
    if (v === 'true' || v === 'True' || v === 'TRUE')
        return true;
    if (v === 'false' || v === 'False' || v === 'FALSE')
        return false;
    throw new UserError(`${what} must be true or false; got "${inert(v, 40)}"`);
}
/**
 * The one place where the precedence "flag or input, then configuration file, then mode default" is
 * applied: for profile, fail-on, unknown and network checks (and the SKU settings through skuSettings).
 * `config` is the configuration file the entry point loaded (or undefined when there is none); `env`
 * supplies GITHUB_BASE_REF (PR mode) and, with `raw.githubApi`, the API context.
 */
function resolveSettings(raw, config, env, name) {
    const mode = oneOf(name, 'mode', raw.mode, MODES, 'pr');
    const settings = {
        manifest: raw.manifest,
        build: raw.build,
        facts: raw.facts ?? [],
        profile: raw.profile ?? config?.profile ?? 'guide',
        config: raw.config,
        configuration: config,
        policyBundle: raw.policyBundle,
        mode,
        failOn: oneOf(name, 'fail-on', raw.failOn, FAIL_ON, config?.failOn ?? 'error'),
        unknown: config?.unknown?.[mode] ?? (mode === 'release' ? 'fail' : 'warn'),
        now: parseNow(raw.now, name('now')),
        format: oneOf(name, 'format', raw.format, FORMATS, 'text'),
        output: raw.output,
        verbose: raw.verbose === true,
        template: raw.template,
        varFiles: raw.varFiles ?? [],
        vars: raw.vars ?? [],
        vhd: raw.vhd ?? [],
        sas: raw.sas ?? [],
        networkChecks: raw.networkChecks ?? mode === 'release',
        sku: (0,_release_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .skuSettings */ .L0)({ ...raw.sku, baseRef: raw.sku?.baseRef ?? (mode === 'pr' ? env.GITHUB_BASE_REF : undefined) }, mode, name)
    };
    if (settings.sku && mode === 'pr' && raw.githubApi)
        settings.sku.baseApi = {
            apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
            token: raw.githubApi.token || env.GITHUB_TOKEN || undefined,
            repository: env.GITHUB_REPOSITORY || undefined,
            baseSha: eventBaseSha(env.GITHUB_EVENT_PATH),
            workspace: env.GITHUB_WORKSPACE || undefined
        };
    return settings;
}
/** `pull_request.base.sha` of the event (undefined for other events or an unreadable event file). */
function eventBaseSha(file) {
    if (!file)
        return undefined;
    try {
        const e = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, 'utf8'));
        const sha = e.pull_request?.base?.sha;
        return typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ neutraliseCommands),
/* harmony export */   dk: () => (/* binding */ compareNatural),
/* harmony export */   hN: () => (/* binding */ escapeControl),
/* harmony export */   tJ: () => (/* binding */ inert)
/* harmony export */ });
/* unused harmony exports CONTROL_CHARS, clip */
/**
 * Text from inputs (build names, custom_data values, file contents) is untrusted. Before it reaches a
 * terminal or a log it is made inert: control characters and the bidi controls (U+202A–202E embeddings and
 * overrides, U+2066–2069 isolates, U+200E/200F/061C marks) become visible escapes, so a value can never
 * start a new line with "::" and turn into a workflow command, move the cursor, or reorder what is shown.
 */
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function escapeControl(s) {
    return s.replace(CONTROL_CHARS, c => {
        switch (c) {
            case '\n':
                return '\\n';
            case '\r':
                return '\\r';
            case '\t':
                return '\\t';
            default:
                return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
        }
    });
}
const ZWJ = '\u200d';
/**
 * Neutralises workflow commands in text about to be written to a log or a report: a line whose first
 * non-blank characters are "::" (the runner's command syntax) and "##[" anywhere in a line (the older
 * syntax the runner still looks for everywhere) are broken up, whatever produced the line. For JSON and
 * XML the replacement is an escape the reader decodes back to the same characters ("\u005b", "&#58;"), so
 * the document's data is unchanged; for text a zero-width joiner goes between the two characters.
 */
function neutraliseCommands(text, syntax = 'text') {
    if (!text.includes('::') && !text.includes('##['))
        return text;
    const bracket = syntax === 'json' ? '##\\u005b' : syntax === 'xml' ? '##&#91;' : `#${ZWJ}#[`;
    const colon = syntax === 'xml' ? '&#58;:' : syntax === 'json' ? '\\u003a:' : `:${ZWJ}:`;
    return text
        .replace(/##\[/g, bracket)
        .replace(/(^|[\n\r\u2028\u2029\u0085])([\s\u0085\u180e\ufeff]*?)::/g, `$1$2${colon}`);
}
/** Shortens very long untrusted text for one-line messages. */
function clip(s, max = 200) {
    return s.length <= max ? s : `${s.slice(0, max)}… (${s.length - max} more characters)`;
}
/** escapeControl + clip: safe to print anywhere on one line. */
function inert(s, max = 200) {
    return clip(escapeControl(typeof s === 'string' ? s : (JSON.stringify(s) ?? String(s))), max);
}
const isDigit = (c) => c >= 48 && c <= 57;
/** 0: punctuation and the rest, 1: digit, 2: ASCII letter; the collator orders them so. */
const charClass = (c) => isDigit(c) ? 1 : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 2 : 0;
const lower = (c) => (c >= 65 && c <= 90 ? c + 32 : c);
/**
 * Compares rule IDs and names naturally: runs of digits by their value ("AZMP-LNX-2" < "AZMP-LNX-10"),
 * punctuation before digits before letters, letters ignoring case, then by code unit so that the order is
 * total. For the characters of IDs (letters, digits, "-", ".") this is the order of an "en" numeric
 * Intl.Collator, without the ICU collator's set-up, which cost about 6 ms of every cold start
 * (test/report/natural-order.test.ts compares the two).
 */
function compareNatural(a, b) {
    if (a === b)
        return 0;
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const ca = a.charCodeAt(i);
        const cb = b.charCodeAt(j);
        if (isDigit(ca) && isDigit(cb)) {
            let ei = i;
            let ej = j;
            while (ei < a.length && isDigit(a.charCodeAt(ei)))
                ei++;
            while (ej < b.length && isDigit(b.charCodeAt(ej)))
                ej++;
            const x = a.slice(i, ei).replace(/^0+(?=\d)/, '');
            const y = b.slice(j, ej).replace(/^0+(?=\d)/, '');
            if (x.length !== y.length)
                return x.length - y.length;
            if (x !== y)
                return x < y ? -1 : 1;
            i = ei;
            j = ej;
            continue;
        }
        const k = charClass(ca) - charClass(cb);
        if (k !== 0)
            return k;
        const d = lower(ca) - lower(cb);
        if (d !== 0)
            return d;
        i++;
        j++;
    }
    if (i < a.length || j < b.length)
        return i < a.length ? 1 : -1;
    return a < b ? -1 : 1;
}


/***/ }),

/***/ 3207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ readUserFile),
/* harmony export */   K$: () => (/* binding */ OPEN_NONBLOCK),
/* harmony export */   nD: () => (/* binding */ readUserText)
/* harmony export */ });
/* unused harmony exports workspaceRoot, insideWorkspace */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8992);
/**
 * Every file a user names (facts, manifest, template, var file, configuration, ledger, policy bundle, VHD)
 * is read here: opened without blocking (a FIFO never hangs the open), checked with fstat on the open
 * descriptor (no race with a rename), refused unless it is a regular file, and read up to a size limit
 * (a file that grows while it is read, or a /proc file that reports size 0, still stops at the limit).
 */




const NONBLOCK = (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_NONBLOCK ?? 0;
const NOCTTY = (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_NOCTTY ?? 0;
function kindOf(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    return 'not a regular file';
}
/** The workspace whose files error messages may quote. */
function workspaceRoot(env = process.env) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(env.GITHUB_WORKSPACE || process.cwd());
}
const PSEUDO = /^\/(?:proc|sys|dev)(?:\/|$)/;
/**
 * True when an error message may quote `file`'s content: a regular file, not on a pseudo file system
 * (/proc, /sys, /dev), and either inside the workspace after every symlink is resolved, or (outside GitHub
 * Actions) named directly by the user, not reached through a symlink that leads elsewhere. In Actions
 * (GITHUB_ACTIONS=true: inputs may come from a pull request, logs may be public) only workspace files are
 * quoted.
 */
function insideWorkspace(file, env = process.env) {
    try {
        const real = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(file);
        if (PSEUDO.test(real) || !node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(real).isFile())
            return false;
        let root = workspaceRoot(env);
        try {
            root = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(root);
        }
        catch {
            // keep the resolved path
        }
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, real);
        if (rel !== '' && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel))
            return true;
        if (env.GITHUB_ACTIONS === 'true')
            return false;
        let named = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file);
        try {
            named = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(named)), node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(named));
        }
        catch {
            return false;
        }
        return named === real;
    }
    catch {
        return false;
    }
}
function describeCode(e) {
    const code = e.code;
    if (code === 'ENOENT')
        return 'not found';
    if (code === 'EACCES' || code === 'EPERM')
        return 'not readable (permission denied)';
    if (code === 'ELOOP')
        return 'a symlink loop';
    if (code === 'ENOTDIR')
        return 'not found (a path component is not a directory)';
    return `could not be read (${code ?? 'error'})`;
}
/**
 * Reads `file` (a `what`, e.g. "facts file") as described above; any failure is one UserError line
 * naming `shown` (default: the file). Never blocks on a FIFO or device. This is the one bounded reader of
 * user files: callers do not stat the file themselves first (that would race a swap); they pass
 * `messages` when they word the common failures their own way.
 */
function readUserFile(file, what, maxBytes, shown = file, messages = {}) {
    const tooLarge = (size, dflt) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(messages.tooLarge ? messages.tooLarge(size) : dflt);
    let fd;
    try {
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(file, (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_RDONLY | NONBLOCK | NOCTTY);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(messages.notFound ?? `${what} not found: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(shown)}`);
        if (code === 'EACCES' || code === 'EPERM')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what} not readable (permission denied): ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(shown)}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(shown)}: ${describeCode(e)}`);
    }
    try {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().fstatSync(fd);
        if (!st.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(shown)} is ${kindOf(st)}, not a regular file`);
        if (st.size > maxBytes)
            throw tooLarge(st.size, `${what} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(shown)} is ${st.size} bytes; the limit is ${maxBytes}`);
        const chunks = [];
        let total = 0;
        for (;;) {
            const buf = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
            let n;
            try {
                n = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readSync(fd, buf, 0, buf.length, null);
            }
            catch (e) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(shown)} ${describeCode(e)}`);
            }
            if (n === 0)
                break;
            chunks.push(buf.subarray(0, n));
            total += n;
            if (total > maxBytes)
                throw tooLarge(total, `${what} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(shown)} is larger than the limit of ${maxBytes} bytes`);
        }
        return { data: Buffer.concat(chunks, total), quotable: insideWorkspace(file), size: total };
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
    }
}
/** readUserFile as UTF-8 text. */
function readUserText(file, what, maxBytes, shown = file, messages = {}) {
    const f = readUserFile(file, what, maxBytes, shown, messages);
    const text = f.data.toString('utf8');
    if (!f.quotable)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .registerUnquotable */ .U_)(text);
    return { text, quotable: f.quotable };
}
/** Async variant check for readers that open themselves (VHD): the open must not block on a FIFO. */
const OPEN_NONBLOCK = (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_RDONLY | NONBLOCK | NOCTTY;


/***/ }),

/***/ 3138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ countImages),
/* harmony export */   Do: () => (/* binding */ compareRules),
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   KG: () => (/* binding */ reportFails),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   iE: () => (/* binding */ stamp),
/* harmony export */   k2: () => (/* binding */ byRule),
/* harmony export */   md: () => (/* binding */ worstFirst),
/* harmony export */   x7: () => (/* binding */ countByStatus)
/* harmony export */ });
/* unused harmony exports SEVERITY_RANK, STATUS_RANK, defaultUnknown, failing, levelOf, settingsOf */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);

const SEVERITY_RANK = { notice: 1, warning: 2, error: 3 };
/** Worst status first. */
const STATUS_RANK = {
    fail: 0,
    unknown: 1,
    waived: 2,
    pass: 3,
    not_applicable: 4
};
const LEVEL_RANK = { error: 0, warning: 1, notice: 2 };
/** Compares rule IDs (and image names) naturally: AZMP-LNX-2 before AZMP-LNX-10. */
const compareRules = _text_js__WEBPACK_IMPORTED_MODULE_0__/* .compareNatural */ .dk;
/** The default of `unknown` for a mode: unknowns fail in release mode and warn in PR mode. */
function defaultUnknown(mode) {
    return mode === 'release' ? 'fail' : 'warn';
}
/** Whether a finding makes the run fail. */
function failing(f, s) {
    if (s.failOn === 'never')
        return false;
    const atLevel = SEVERITY_RANK[f.severity] >= SEVERITY_RANK[s.failOn];
    if (f.status === 'fail')
        return atLevel;
    if (f.status === 'unknown')
        return s.unknown === 'fail' && atLevel;
    return false;
}
/** The level a finding is reported at (see the module comment); undefined when it is not a problem. */
function levelOf(f, s) {
    if (f.status !== 'fail' && f.status !== 'unknown')
        return undefined;
    if (failing(f, s))
        return 'error';
    return f.severity === 'notice' ? 'notice' : 'warning';
}
/** Stamps a finding with its level and whether it fails the run (in place; returns it). */
function stamp(f, s) {
    const level = levelOf(f, s);
    if (level)
        f.level = level;
    else
        delete f.level;
    f.fails = failing(f, s);
    return f;
}
/** The settings a report was judged with (reports written before the stamps: the mode's defaults). */
function settingsOf(report) {
    return {
        mode: report.mode,
        failOn: report.fail_on ?? 'error',
        unknown: report.unknown ?? defaultUnknown(report.mode)
    };
}
/** A finding's verdict: its stamps, or (for a hand-made finding without them) decided by the same rule. */
function verdictOf(f, report) {
    if (f.fails !== undefined)
        return { level: f.level, fails: f.fails };
    const s = settingsOf(report);
    return { level: levelOf(f, s), fails: failing(f, s) };
}
/** Whether a report (or one of its images) fails: an evaluation error, or any finding that fails. */
function reportFails(report, images = report.images) {
    if (report.errors?.length)
        return true;
    return images.some(i => i.findings.some(f => verdictOf(f, report).fails));
}
/** Counts by status. */
function countByStatus(findings) {
    const c = { fail: 0, unknown: 0, waived: 0, pass: 0, not_applicable: 0 };
    for (const f of findings)
        c[f.status]++;
    return c;
}
/** Counts by status over every image. */
function countImages(images) {
    return countByStatus(images.flatMap(i => i.findings));
}
/**
 * Worst first: what fails the run, then by level, then by status, then severity, then rule ID (natural).
 */
function compareFindings(a, b, report) {
    const va = verdictOf(a, report);
    const vb = verdictOf(b, report);
    return (Number(vb.fails) - Number(va.fails) ||
        (va.level ? LEVEL_RANK[va.level] : 3) - (vb.level ? LEVEL_RANK[vb.level] : 3) ||
        STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        compareRules(a.rule, b.rule));
}
/** Findings in catalog order (natural rule ID). */
function byRule(a, b) {
    return compareRules(a.rule, b.rule);
}
/** Every finding of every image, worst first (ties: image order). */
function worstFirst(report) {
    const all = [];
    report.images.forEach((image, order) => image.findings.forEach(finding => all.push({ image, finding, ...verdictOf(finding, report), order })));
    return all
        .sort((a, b) => compareFindings(a.finding, b.finding, report) || a.order - b.order)
        .map(({ order: _order, ...p }) => p);
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The product version; kept equal to package.json's by a test. */
const VERSION = '0.1.0';


/***/ })

};
;