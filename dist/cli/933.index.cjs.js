"use strict";
exports.id = 933;
exports.ids = [933];
exports.modules = {

/***/ 7138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ MAX_LEDGER_BYTES),
/* harmony export */   Pu: () => (/* binding */ keyText),
/* harmony export */   T_: () => (/* binding */ ledgerFacts),
/* harmony export */   Uy: () => (/* binding */ readLedgerFile),
/* harmony export */   h8: () => (/* binding */ parseLedger),
/* harmony export */   o: () => (/* binding */ skuHistory),
/* harmony export */   oB: () => (/* binding */ nodeAt),
/* harmony export */   qD: () => (/* binding */ latestVersion)
/* harmony export */ });
/* unused harmony exports MAX_ALIAS_COUNT, dottedPath, positionOf, keyPosition, compareVersions, ledgerPartial */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_10___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_10__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5462);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8992);
/* harmony import */ var _schema_words_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4896);
/* harmony import */ var _user_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3207);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7746);
/* harmony import */ var _release_settings_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5552);
/**
 * The SKU version ledger: a YAML file in the publisher's repository (default `.github/skus.yml`,
 * schemas/ledger.schema.json) listing offers → SKUs → published versions, with optional listing data.
 *
 * Read with the `yaml` package's Document API: every value keeps its source range (for line-accurate
 * errors and provenance, and for minimal edits when a release writes the ledger back), and scalars are
 * taken as their SOURCE TEXT wherever YAML would resolve them to a number, so `1.10` stays "1.10" and is
 * never compared as 1.1. Aliases are bounded (`maxAliasCount`) and files over 1 MiB are refused.
 */












/** The largest ledger read (working tree, base branch, contents API). */
const MAX_LEDGER_BYTES = 1024 * 1024;
/** yaml's own guard against alias expansion ("billion laughs"), and our walk's budget of values. */
const MAX_ALIAS_COUNT = 100;
const MAX_NODES = 100_000;
/** Parses ledger text; throws a one-line UserError `file:line:col: what` for anything wrong. */
function parseLedger(text, file, ref) {
    const shown = ref ? `${file} (at ${ref})` : file;
    if (Buffer.byteLength(text, 'utf8') > MAX_LEDGER_BYTES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_9__/* .inert */ .tJ)(shown)}: the ledger is larger than 1 MiB; refusing to read it`);
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, {
        lineCounter: lines,
        prettyErrors: true,
        uniqueKeys: true,
        keepSourceTokens: false
    });
    const first = doc.errors[0];
    if (first) {
        const pos = first.linePos?.[0];
        const msg = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?\s*$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_9__/* .inert */ .tJ)(shown)}:${pos ? `${pos.line}:${pos.col}` : '1:1'}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_9__/* .inert */ .tJ)(msg)}`);
    }
    // yaml's guard: an alias that expands to too many nodes is refused before anything is built from it.
    try {
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        if (e instanceof ReferenceError || /alias/i.test(e.message))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_9__/* .inert */ .tJ)(shown)}: YAML aliases expand too much (more than ${MAX_ALIAS_COUNT} nodes per alias); refusing the ledger`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_9__/* .inert */ .tJ)(shown)}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_9__/* .inert */ .tJ)(e.message)}`);
    }
    const budget = { nodes: 0, shown };
    const data = toText(doc.contents, doc, budget);
    const ledger = { file, text, doc, lines, data: data, ref };
    validate(ledger, shown);
    return ledger;
}
function readLedgerFile(file, shownAs = file) {
    const { text } = (0,_user_file_js__WEBPACK_IMPORTED_MODULE_6__/* .readUserText */ .nD)(file, 'ledger', MAX_LEDGER_BYTES, shownAs, {
        notFound: `ledger ${(0,_text_js__WEBPACK_IMPORTED_MODULE_9__/* .inert */ .tJ)(shownAs)} not found: create it (see examples/ledger/skus.yml) or use the git tag history (--history tags)`,
        tooLarge: size => `${(0,_text_js__WEBPACK_IMPORTED_MODULE_9__/* .inert */ .tJ)(shownAs)}: the ledger is larger than 1 MiB (${size} bytes); refusing to read it`
    });
    return parseLedger(text, shownAs);
}
/**
 * A YAML value as plain data, with every scalar that YAML would resolve to a number taken as its source
 * text (versions and IDs are text). Booleans and null stay what they are, so the schema can say
 * "must be a string" about them.
 */
function toText(node, doc, budget) {
    if (++budget.nodes > MAX_NODES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_9__/* .inert */ .tJ)(budget.shown)}: the ledger has more than ${MAX_NODES} values; refusing it`);
    if (node === null || node === undefined)
        return null;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(node))
        return toText(node.resolve(doc), doc, budget);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node))
        return scalarText(node);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
        const out = {};
        for (const pair of node.items) {
            const k = keyText(pair.key, doc);
            Object.defineProperty(out, k, {
                value: toText(pair.value, doc, budget),
                enumerable: true,
                writable: true,
                configurable: true
            });
        }
        return out;
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node))
        return node.items.map(i => toText(i, doc, budget));
    return null;
}
function scalarText(node) {
    const v = node.value;
    if (typeof v === 'number' || typeof v === 'bigint')
        return node.source ?? String(v);
    return v;
}
/** A mapping key as text: its source text for numbers, so `2024:` and `1.10:` keep their spelling. */
function keyText(key, doc) {
    const k = doc && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(key) ? key.resolve(doc) : key;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(k)) {
        const v = scalarText(k);
        return typeof v === 'string' ? v : String(v);
    }
    return typeof k === 'string' ? k : JSON.stringify(k);
}
let compiled;
function validator() {
    if (!compiled) {
        const schema = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,_assets_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaDir */ .rr)(), 'ledger.schema.json'), 'utf8'));
        compiled = new ajv__WEBPACK_IMPORTED_MODULE_10__.Ajv({ allErrors: true, strict: false }).compile(schema);
    }
    return compiled;
}
/** `offers.x.skus.y.versions[2]` from path segments. */
function dottedPath(segs) {
    let out = '';
    for (const s of segs) {
        if (typeof s === 'number')
            out += `[${s}]`;
        else if (/^[A-Za-z0-9_-]+$/.test(s))
            out += out === '' ? s : `.${s}`;
        else
            out += `[${JSON.stringify(s)}]`;
    }
    return out || '(document)';
}
function describe(e, value) {
    switch (e.keyword) {
        case 'type':
            return `must be ${(0,_schema_words_js__WEBPACK_IMPORTED_MODULE_5__/* .typeName */ .g)(e.params.type)}`;
        case 'required':
            return `must have "${e.params.missingProperty}"`;
        case 'pattern':
            return `"${(0,_text_js__WEBPACK_IMPORTED_MODULE_9__/* .inert */ .tJ)(value, 40)}" is not a version X.Y.Z (three integers, no leading zeros, no "v" or suffix)`;
        case 'uniqueItems':
            return `lists a version twice (items ${e.params.j} and ${e.params.i})`;
        default:
            return e.message ?? e.keyword;
    }
}
function validate(l, shown) {
    const v = validator();
    if (v(l.data))
        return;
    const errs = (v.errors ?? []).filter(e => e.keyword !== 'if');
    const e = errs[0];
    const segs = (0,_schema_words_js__WEBPACK_IMPORTED_MODULE_5__/* .errorPath */ .Q)(e, l.data);
    let value = l.data;
    for (const s of segs)
        value = value?.[s];
    // A missing key is reported on the line of the mapping's own key; anything else at its value.
    const pos = (e.keyword === 'required' && segs.length > 0 ? keyPosition(l, segs) : undefined) ?? positionOf(l, segs);
    const more = errs.length > 1 ? ` (and ${errs.length - 1} more problem${errs.length > 2 ? 's' : ''})` : '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_9__/* .inert */ .tJ)(shown)}:${pos.line}:${pos.column}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_9__/* .inert */ .tJ)(dottedPath(segs))} ${describe(e, value)}${more}`);
}
/** The YAML node at a path of keys / indexes (aliases followed), or the deepest node found on the way. */
function nodeAt(l, segs) {
    let node = l.doc.contents;
    let keyNode;
    let depth = 0;
    for (const s of segs) {
        if (node && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(node))
            node = node.resolve(l.doc) ?? null;
        if (node && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node) && typeof s === 'string') {
            const pair = node.items.find(p => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(p) && keyText(p.key, l.doc) === s);
            if (!pair)
                break;
            keyNode = pair.key;
            node = pair.value ?? null;
            if (node === null)
                return { node: null, keyNode, depth: depth + 1 };
        }
        else if (node && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node) && typeof s === 'number') {
            const item = node.items[s];
            if (!item)
                break;
            keyNode = undefined;
            node = item;
        }
        else
            break;
        depth++;
    }
    return { node, keyNode, depth };
}
function offsetPosition(l, offset) {
    const p = l.lines.linePos(offset);
    return { line: p.line, column: p.col };
}
/** Line and column of the value at a path (or its key when the value is empty), for messages. */
function positionOf(l, segs) {
    const { node, keyNode } = nodeAt(l, segs);
    const at = node?.range?.[0] ?? keyNode?.range?.[0] ?? 0;
    return offsetPosition(l, at);
}
/** Line of the KEY of a path (e.g. the line `versions:`), where a finding should be annotated. */
function keyPosition(l, segs) {
    const r = nodeAt(l, segs);
    if (r.depth !== segs.length)
        return undefined;
    const at = r.keyNode?.range?.[0] ?? r.node?.range?.[0];
    return at === undefined ? undefined : offsetPosition(l, at);
}
function skuHistory(l, ref) {
    const offer = Object.hasOwn(l.data.offers, ref.offer) ? l.data.offers[ref.offer] : undefined;
    const skus = offer?.skus ?? {};
    const entry = Object.hasOwn(skus, ref.sku) ? skus[ref.sku] : undefined;
    const other = {};
    for (const [name, e] of Object.entries(skus))
        if (name !== ref.sku)
            other[name] = [...e.versions];
    let listing;
    if (entry) {
        const keys = ['os_family', 'os_description', 'recommended_vm_sizes'];
        if (keys.some(k => entry[k] !== undefined)) {
            listing = {};
            if (entry.os_family !== undefined)
                listing.os_family = entry.os_family;
            if (entry.os_description !== undefined)
                listing.os_description = entry.os_description;
            if (entry.recommended_vm_sizes !== undefined)
                listing.recommended_vm_sizes = [...entry.recommended_vm_sizes];
        }
    }
    const published = entry ? [...entry.versions] : [];
    return { published, other, listing, isNew: published.length === 0, offerKnown: offer !== undefined };
}
/**
 * The ledger as a facts source: sku.offer, sku.sku, sku.published_versions, sku.other_skus and
 * sku.listing, each with provenance pointing at its line in the ledger.
 */
function ledgerFacts(l, ref) {
    const h = skuHistory(l, ref);
    const base = ['offers', ref.offer, 'skus', ref.sku];
    const loc = (segs) => {
        // The nearest existing key on the path, so a new SKU points at its offer (or the file's first line).
        for (let n = segs.length; n > 0; n--) {
            const p = keyPosition(l, segs.slice(0, n));
            if (p)
                return { source: 'ledger', file: l.file, line: p.line, column: p.column, ...detail(l) };
        }
        return { source: 'ledger', file: l.file, line: 1, ...detail(l) };
    };
    const sku = { offer: ref.offer, sku: ref.sku, published_versions: h.published };
    const provenance = {
        'sku.published_versions': loc([...base, 'versions'])
    };
    if (Object.keys(h.other).length > 0) {
        sku.other_skus = h.other;
        provenance['sku.other_skus'] = loc(['offers', ref.offer, 'skus']);
    }
    if (h.listing) {
        sku.listing = h.listing;
        provenance['sku.listing'] = loc(base);
        for (const k of Object.keys(h.listing))
            provenance[`sku.listing.${k}`] = loc([...base, k]);
    }
    return { facts: { schema_version: 1, sku }, provenance, history: h };
}
function detail(l) {
    return l.ref ? { detail: `as on ${l.ref}` } : {};
}
/** The highest version numerically (1.0.10 > 1.0.9); undefined for none. */
function latestVersion(versions) {
    let best;
    for (const v of versions)
        if (best === undefined || compareVersions(v, best) > 0)
            best = v;
    return best;
}
/** Compares X.Y.Z versions part by part as integers (BigInt: parts may exceed 2^53). */
function compareVersions(a, b) {
    const pa = a.split('.').map(p => (/^\d+$/.test(p) ? BigInt(p) : -1n));
    const pb = b.split('.').map(p => (/^\d+$/.test(p) ? BigInt(p) : -1n));
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i] ?? 0n;
        const y = pb[i] ?? 0n;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/** Wraps ledger facts as a PartialFacts for the pipeline. */
function ledgerPartial(l, ref, image = '') {
    const { facts, provenance } = ledgerFacts(l, ref);
    return {
        image,
        origin: { kind: 'ledger', file: l.file, ...(l.ref ? { detail: l.ref } : {}) },
        priority: PRIORITY.declared,
        facts,
        provenance
    };
}


/***/ }),

/***/ 7933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_TAG_PATTERN: () => (/* reexport */ settings/* DEFAULT_TAG_PATTERN */.o7),
  loadLedger: () => (/* binding */ loadLedger),
  readSource: () => (/* binding */ readSource),
  skuPartials: () => (/* binding */ skuPartials)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
;// CONCATENATED MODULE: ./src/net-error.ts
/**
 * Network failures named for what they are: "connection refused (ECONNREFUSED)", "host not found
 * (ENOTFOUND)", "timed out", never an HTTP status the server did not send (Octokit reports a failed fetch
 * as a RequestError with status 500 and no response).
 */

const MEANING = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed (temporary)',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    ETIMEDOUT: 'timed out',
    UND_ERR_CONNECT_TIMEOUT: 'timed out connecting',
    UND_ERR_HEADERS_TIMEOUT: 'timed out waiting for the response',
    UND_ERR_SOCKET: 'connection closed',
    EPIPE: 'connection closed',
    CERT_HAS_EXPIRED: 'TLS certificate expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate not trusted (self-signed)',
    SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate not trusted (self-signed in chain)',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
    ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate is for another host'
};
/** The system or undici error code of a network failure, looking through causes and aggregate errors. */
function networkErrorCode(e, depth = 0) {
    if (!e || typeof e !== 'object' || depth > 5)
        return undefined;
    const err = e;
    if (typeof err.code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(err.code) && err.code !== 'ABORT_ERR')
        return err.code;
    if (err.name === 'TimeoutError')
        return 'ETIMEDOUT';
    return (networkErrorCode(err.cause, depth + 1) ??
        (Array.isArray(err.errors)
            ? err.errors.map(x => networkErrorCode(x, depth + 1)).find(Boolean)
            : undefined));
}
/**
 * Whether an error is a failure to talk to the server at all (no HTTP response): a network error, not an
 * answer. Octokit's RequestError for a failed fetch has no `response`.
 */
function isNetworkError(e) {
    if (!e || typeof e !== 'object')
        return false;
    const err = e;
    if (err.response !== undefined)
        return false;
    return (networkErrorCode(e) !== undefined ||
        err.name === 'TimeoutError' ||
        /fetch failed/i.test(err.message ?? ''));
}
/** "connection refused (ECONNREFUSED)", "timed out", or "network error" when nothing more is known. */
function networkErrorText(e) {
    const code = networkErrorCode(e);
    if (!code)
        return 'network error';
    const meaning = MEANING[code];
    if (code === 'ETIMEDOUT')
        return 'timed out';
    return meaning ? `${meaning} (${code})` : `network error (${(0,src_text/* inert */.tJ)(code, 40)})`;
}

// EXTERNAL MODULE: ./src/release/settings.ts
var settings = __webpack_require__(5552);
// EXTERNAL MODULE: ./src/facts/ledger.ts
var ledger = __webpack_require__(7138);
;// CONCATENATED MODULE: ./src/facts/git-history.ts
/**
 * Version history from git, in the checkout only (no network): release tags matching a pattern
 * (default `<sku>/v<X.Y.Z>`), and the ledger as it is on the pull request's base branch
 * (`git show <base>:<path>`), so a PR that bumps the version is judged against what is published.
 */









const VERSION_RE = '(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)';
const ID_RE = '([A-Za-z0-9_.-]+)';
/** Runs git in the checkout: no prompts, no pager, no optional locks; bounded output. */
function git(cwd, args, maxBytes = 16 * 1024 * 1024) {
    const r = (0,external_node_child_process_.spawnSync)('git', args, {
        cwd,
        encoding: 'utf8',
        maxBuffer: maxBytes,
        timeout: 30_000,
        env: {
            ...process.env,
            GIT_TERMINAL_PROMPT: '0',
            GIT_OPTIONAL_LOCKS: '0',
            GIT_PAGER: 'cat',
            LC_ALL: 'C'
        }
    });
    if (r.error) {
        const code = r.error.code;
        if (code === 'ENOENT')
            throw new errors/* UserError */.yo('git is not installed (needed for the version history)');
        if (code === 'ENOBUFS')
            throw new errors/* UserError */.yo(`git ${args[0] ?? ''}: output larger than ${maxBytes} bytes; refusing it`);
        throw new errors/* UserError */.yo(`git ${args[0] ?? ''} failed: ${code ?? (0,src_text/* inert */.tJ)(r.error.message)}`);
    }
    return { code: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}
function firstLine(s) {
    return (0,src_text/* inert */.tJ)(s.trim().split('\n')[0] ?? '', 200);
}
/** Compiles a tag pattern; `<sku>` and `<offer>` become the selected IDs (or any ID when not given). */
function tagRegex(pattern, ids) {
    if (!pattern.includes('<X.Y.Z>'))
        throw new errors/* UserError */.yo(`--tag-pattern must contain <X.Y.Z> (e.g. ${settings/* DEFAULT_TAG_PATTERN */.o7}); got "${(0,src_text/* inert */.tJ)(pattern, 80)}"`);
    const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    let skuGroup = false;
    const parts = pattern.split(/(<X\.Y\.Z>|<sku>|<offer>)/);
    const src = parts
        .map(p => {
        if (p === '<X.Y.Z>')
            return `(?<version>${VERSION_RE})`;
        if (p === '<sku>') {
            if (ids.sku !== undefined)
                return esc(ids.sku);
            if (skuGroup)
                return '\\k<sku>';
            skuGroup = true;
            return `(?<sku>${ID_RE.slice(1, -1)})`;
        }
        if (p === '<offer>')
            return ids.offer !== undefined ? esc(ids.offer) : ID_RE;
        return esc(p);
    })
        .join('');
    return { re: new RegExp(`^${src}$`), skuGroup };
}
/** Published versions of a SKU from the checkout's tags (`git tag --list`). */
function tagHistory(cwd, pattern, offer, sku) {
    const r = git(cwd, ['tag', '--list']);
    if (r.code !== 0)
        throw new errors/* UserError */.yo(`git tag --list failed in ${(0,src_text/* inert */.tJ)(cwd)}: ${firstLine(r.stderr)}`);
    const tags = r.stdout.split('\n').filter(t => t !== '');
    const own = tagRegex(pattern, { offer, sku }).re;
    const any = tagRegex(pattern, { offer });
    const published = new Set();
    const other = {};
    for (const t of tags) {
        const m = own.exec(t);
        if (m?.groups?.version) {
            published.add(m.groups.version);
            continue;
        }
        if (!any.skuGroup)
            continue;
        const o = any.re.exec(t);
        if (o?.groups?.version && o.groups.sku && o.groups.sku !== sku)
            (other[o.groups.sku] ??= new Set()).add(o.groups.version);
    }
    return {
        published: [...published],
        other: Object.fromEntries(Object.entries(other).map(([k, v]) => [k, [...v]])),
        tags: tags.length
    };
}
/**
 * The commit to read the base branch's ledger from: the remote-tracking branch actions/checkout fetches,
 * then a local branch of that name, then the name as given (a SHA or a full ref).
 */
function resolveBaseRef(cwd, base) {
    if (base.startsWith('-') || /[\s~^:?*[\\]/.test(base))
        throw new errors/* UserError */.yo(`--base-ref "${(0,src_text/* inert */.tJ)(base, 80)}" is not a branch or commit name`);
    const candidates = [`refs/remotes/origin/${base}`, `refs/heads/${base}`, base];
    for (const c of candidates) {
        const r = git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${c}^{commit}`]);
        if (r.code === 0)
            return c.replace(/^refs\/(remotes|heads)\//, '');
    }
    throw new errors/* UserError */.yo(`the base branch "${(0,src_text/* inert */.tJ)(base, 80)}" is not in the checkout (looked for origin/${(0,src_text/* inert */.tJ)(base, 80)} and ${(0,src_text/* inert */.tJ)(base, 80)}): fetch it (actions/checkout with fetch-depth: 0, or git fetch origin ${(0,src_text/* inert */.tJ)(base, 80)})`);
}
/** The ledger's text on a ref, or undefined when the file does not exist there (a ledger added by this PR). */
function showAtRef(cwd, ref, file, fromRoot = false) {
    // `ref:path` is relative to the repository root, `ref:./path` to the working directory.
    const spec = fromRoot ? `${ref}:${file}` : `${ref}:./${file.replace(/^\.\//, '')}`;
    const exists = git(cwd, ['cat-file', '-e', spec]);
    if (exists.code !== 0) {
        const top = git(cwd, ['rev-parse', '--show-toplevel']);
        if (top.code !== 0)
            throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(cwd)} is not a git checkout: ${firstLine(top.stderr)}`);
        return undefined;
    }
    const size = git(cwd, ['cat-file', '-s', spec]);
    if (size.code === 0 && Number(size.stdout.trim()) > ledger/* MAX_LEDGER_BYTES */.FX)
        throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(file)} (at ${(0,src_text/* inert */.tJ)(ref)}): the ledger is larger than 1 MiB; refusing to read it`);
    const r = git(cwd, ['show', spec], ledger/* MAX_LEDGER_BYTES */.FX + 1);
    if (r.code !== 0)
        throw new errors/* UserError */.yo(`git show ${(0,src_text/* inert */.tJ)(spec)} failed: ${firstLine(r.stderr)}`);
    return r.stdout;
}
/** The repository-root-relative POSIX path of `file` (absolute, or relative to `cwd`), or undefined outside it. */
function repoRelative(cwd, file, root) {
    let top = root;
    const t = git(cwd, ['rev-parse', '--show-toplevel']);
    if (t.code === 0 && t.stdout.trim())
        top = t.stdout.trim();
    if (!top)
        return undefined;
    const abs = external_node_path_default().resolve(cwd, file);
    const realTop = external_node_fs_default().realpathSync(top);
    let dir = abs;
    const rest = [];
    while (!external_node_fs_default().existsSync(dir) && external_node_path_default().dirname(dir) !== dir) {
        rest.unshift(external_node_path_default().basename(dir));
        dir = external_node_path_default().dirname(dir);
    }
    const rel = external_node_path_default().relative(realTop, external_node_path_default().join(external_node_fs_default().realpathSync(dir), ...rest));
    if (rel === '' || rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        return undefined;
    return rel.split((external_node_path_default()).sep).join('/');
}
/** Reads the base commit's ledger through the contents API; never throws. */
async function ledgerFromApi(api, rel) {
    const [owner, repo] = (api.repository ?? '').split('/');
    if (!owner || !repo || !api.baseSha || !api.token)
        return {
            unknown: `no ${!api.token ? 'token' : !api.baseSha ? 'base commit SHA in the event' : 'repository'} for the GitHub contents API`
        };
    const url = `${api.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/contents/${rel
        .split('/')
        .map(encodeURIComponent)
        .join('/')}?ref=${encodeURIComponent(api.baseSha)}`;
    const ref = api.baseSha.slice(0, 12);
    let res;
    try {
        res = await fetch(url, {
            headers: {
                accept: 'application/vnd.github+json',
                authorization: `token ${api.token}`,
                'x-github-api-version': '2022-11-28',
                'user-agent': 'vm-image-policy'
            },
            signal: AbortSignal.timeout(30_000)
        });
    }
    catch (e) {
        return { unknown: `the GitHub API could not be reached (${networkErrorText(e)})` };
    }
    if (res.status === 404) {
        // "Not Found": no such file at that commit (a ledger this PR adds). Anything else (an unknown commit,
        // a repository the token cannot see) is not proof that nothing was published.
        const m = (await res.json().catch(() => ({}))).message;
        if (m === 'Not Found')
            return { text: undefined, ref };
        return { unknown: `the GitHub contents API answered HTTP 404 (${(0,src_text/* inert */.tJ)(m ?? '', 80)})` };
    }
    if (!res.ok)
        return { unknown: `the GitHub contents API answered HTTP ${res.status}` };
    const body = (await res.json().catch(() => ({})));
    if (body.type !== 'file' || body.encoding !== 'base64' || typeof body.content !== 'string')
        return { unknown: `the GitHub contents API did not return ${(0,src_text/* inert */.tJ)(rel)} as a file` };
    if ((body.size ?? 0) > ledger/* MAX_LEDGER_BYTES */.FX)
        return { unknown: `${(0,src_text/* inert */.tJ)(rel)} at ${ref} is larger than 1 MiB` };
    return { text: Buffer.from(body.content, 'base64').toString('utf8'), ref };
}
/**
 * The ledger as it is on the pull request's base: from the checkout (`git show`) when the base commit is
 * there, else through the GitHub contents API at the event's base SHA (shallow clones), else the reason.
 * An absolute ledger path inside the repository is read at its repository path.
 */
async function readBaseLedger(cwd, base, file, api) {
    const rel = repoRelative(cwd, file, api?.workspace);
    if (!rel)
        return { unknown: `the ledger ${(0,src_text/* inert */.tJ)(file)} is not inside the repository` };
    let local;
    try {
        const ref = resolveBaseRef(cwd, base);
        return { text: showAtRef(cwd, ref, rel, true), ref };
    }
    catch (e) {
        local = e instanceof errors/* UserError */.yo ? e.message : (0,src_text/* inert */.tJ)(e.message);
    }
    if (!api)
        return { unknown: local };
    const remote = await ledgerFromApi(api, rel);
    return 'unknown' in remote ? { unknown: `${local}; and ${remote.unknown}` } : remote;
}

// EXTERNAL MODULE: ./src/facts/types.ts
var types = __webpack_require__(7746);
;// CONCATENATED MODULE: ./src/facts/sku.ts
/**
 * The SKU version source of the pipeline: selects the SKU (--sku / inputs offer+sku, else the manifest's
 * custom_data), reads its published versions (the ledger — on the PR's base branch in PR mode — or git
 * tags), and adds the proposed version from the input. Emits `sku.*` facts with provenance.
 */







/** The offer and SKU the other sources declare (manifest custom_data, facts files), when they agree. */
function declaredRef(others) {
    const offers = new Set();
    const skus = new Set();
    for (const p of others) {
        const s = p.facts.sku;
        if (typeof s?.offer === 'string')
            offers.add(s.offer);
        if (typeof s?.sku === 'string')
            skus.add(s.sku);
    }
    return {
        offer: offers.size === 1 ? [...offers][0] : undefined,
        sku: skus.size === 1 ? [...skus][0] : undefined
    };
}
/** Reads the ledger the run judges against: the base branch's in PR mode (when known), else the working tree's. */
function loadLedger(k, mode) {
    const notes = [];
    if (mode === 'pr' && k.baseRef && k.baseLedger) {
        const b = k.baseLedger;
        if ('unknown' in b) {
            notes.push(`the ledger on the base branch ${(0,src_text/* inert */.tJ)(k.baseRef)} could not be read (${b.unknown}): the SKU version rules are unknown`);
            return { notes, unreadable: b.unknown };
        }
        if (b.text === undefined) {
            notes.push(`ledger ${(0,src_text/* inert */.tJ)(k.ledger)} does not exist on the base branch ${(0,src_text/* inert */.tJ)(b.ref)}: every SKU is new there`);
            return { notes, missingAt: b.ref };
        }
        notes.push(`versions judged against the ledger on the base branch ${(0,src_text/* inert */.tJ)(b.ref)}`);
        return { ledger: (0,ledger/* parseLedger */.h8)(b.text, k.ledger, b.ref), notes };
    }
    if (mode === 'pr' && k.baseRef) {
        const ref = resolveBaseRef(k.cwd, k.baseRef);
        const text = showAtRef(k.cwd, ref, k.ledger);
        if (text === undefined) {
            notes.push(`ledger ${(0,src_text/* inert */.tJ)(k.ledger)} does not exist on the base branch ${(0,src_text/* inert */.tJ)(ref)}: every SKU is new there`);
            return { notes, missingAt: ref };
        }
        notes.push(`versions judged against the ledger on the base branch ${(0,src_text/* inert */.tJ)(ref)}`);
        return { ledger: (0,ledger/* parseLedger */.h8)(text, k.ledger, ref), notes };
    }
    return { ledger: (0,ledger/* readLedgerFile */.Uy)(external_node_path_default().resolve(k.cwd, k.ledger), k.ledger), notes };
}
/** The only SKU of the ledger, when it has exactly one. */
function onlySku(l) {
    const all = Object.entries(l.data.offers).flatMap(([offer, o]) => Object.keys(o.skus).map(sku => ({ offer, sku })));
    return all.length === 1 ? all[0] : undefined;
}
function skuPartials(k, mode, others) {
    const notes = [];
    const declared = declaredRef(others);
    let offer = k.offer ?? declared.offer;
    let sku = k.sku ?? declared.sku;
    const facts = {};
    const provenance = {};
    let origin;
    if (k.history === 'ledger') {
        const loaded = loadLedger(k, mode);
        notes.push(...loaded.notes);
        // Which SKU: from the ledger read, or (base unreadable) the working tree's, when it has only one.
        let selectFrom = loaded.ledger;
        if (!selectFrom && loaded.unreadable && (!offer || !sku)) {
            try {
                selectFrom = (0,ledger/* readLedgerFile */.Uy)(external_node_path_default().resolve(k.cwd, k.ledger), k.ledger);
            }
            catch {
                selectFrom = undefined;
            }
        }
        if ((!offer || !sku) && selectFrom) {
            const only = onlySku(selectFrom);
            if (only && (!offer || offer === only.offer) && (!sku || sku === only.sku)) {
                ;
                ({ offer, sku } = only);
                notes.push(`SKU ${(0,src_text/* inert */.tJ)(offer)}/${(0,src_text/* inert */.tJ)(sku)} selected: it is the only one in the ledger`);
            }
        }
        if (!offer || !sku)
            throw new errors/* UserError */.yo(`which SKU? name it with --sku OFFER/SKU (inputs offer and sku), or set offer and sku in the manifest's custom_data`);
        const ref = { offer, sku };
        if (loaded.ledger) {
            const lf = (0,ledger/* ledgerFacts */.T_)(loaded.ledger, ref);
            Object.assign(facts, lf.facts);
            Object.assign(provenance, lf.provenance);
            if (lf.history.isNew)
                notes.push(`${(0,src_text/* inert */.tJ)(offer)}/${(0,src_text/* inert */.tJ)(sku)} has no published versions in ${(0,src_text/* inert */.tJ)(k.ledger)}${lf.history.offerKnown ? '' : ' (the offer is not in the ledger either)'}: judged as a new SKU`);
            origin = { kind: 'ledger', file: k.ledger, ...(loaded.ledger.ref ? { detail: loaded.ledger.ref } : {}) };
        }
        else if (loaded.unreadable) {
            // What was published is not known: the version rules report unknown, never "a new SKU", and say why.
            facts.sku = { offer, sku };
            provenance['sku.published_versions'] = {
                source: 'ledger',
                file: k.ledger,
                // The provenance of an absent fact says why it is absent (the finding names it).
                detail: `the ledger on the base branch could not be read: ${loaded.unreadable}`
            };
            origin = { kind: 'ledger', file: k.ledger, detail: 'base branch unreadable' };
        }
        else {
            facts.sku = { offer, sku, published_versions: [] };
            provenance['sku.published_versions'] = {
                source: 'ledger',
                file: k.ledger,
                detail: `not on ${loaded.missingAt}`
            };
            origin = { kind: 'ledger', file: k.ledger, detail: `not on ${loaded.missingAt}` };
        }
    }
    else {
        if (!sku)
            throw new errors/* UserError */.yo('which SKU? name it with --sku OFFER/SKU (inputs offer and sku) to read its release tags');
        if (k.tagPattern.includes('<offer>') && !offer)
            throw new errors/* UserError */.yo(`the tag pattern ${(0,src_text/* inert */.tJ)(k.tagPattern)} names the offer: give --sku OFFER/SKU`);
        const h = tagHistory(k.cwd, k.tagPattern, offer ?? '', sku);
        const s = { sku, published_versions: h.published };
        if (offer)
            s.offer = offer;
        if (Object.keys(h.other).length > 0)
            s.other_skus = h.other;
        facts.sku = s;
        const where = { source: 'ledger', detail: `git tags matching ${k.tagPattern}` };
        provenance['sku.published_versions'] = where;
        if (s.other_skus)
            provenance['sku.other_skus'] = where;
        if (h.published.length === 0)
            notes.push(`no tag of ${(0,src_text/* inert */.tJ)(sku)} matches ${(0,src_text/* inert */.tJ)(k.tagPattern)} (${h.tags} tags in the checkout): judged as a new SKU`);
        origin = { kind: 'git-tags', file: k.tagPattern };
    }
    if (k.version !== undefined) {
        const s = facts.sku;
        s.version = k.version;
        s.version_sources = [{ source: 'input', value: k.version }];
        provenance['sku.version'] = { source: 'input', detail: 'version' };
    }
    // The history belongs to every image of the run.
    const names = [...new Set(others.map(p => p.image).filter(n => n !== ''))];
    const partials = (names.length > 0 ? names : ['']).map(image => ({
        image,
        origin,
        priority: types/* PRIORITY */.F.declared,
        facts: structuredClone(facts),
        provenance: { ...provenance }
    }));
    return { partials, notes, ref: offer && sku ? { offer, sku } : undefined };
}
/**
 * The SKU source: the version history joins every image the earlier sources read. In PR mode the base
 * branch's ledger comes from the checkout, or (shallow clone) GitHub's contents API.
 */
async function readSource(s, earlier) {
    let sku = s.sku;
    if (s.mode === 'pr' && sku.baseRef && sku.history === 'ledger' && !sku.baseLedger)
        sku = { ...sku, baseLedger: await readBaseLedger(sku.cwd, sku.baseRef, sku.ledger, sku.baseApi) };
    const k = skuPartials(sku, s.mode, [...earlier]);
    return { partials: k.partials, notes: k.notes };
}


/***/ }),

/***/ 4896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ errorPath),
/* harmony export */   g: () => (/* binding */ typeName)
/* harmony export */ });
/**
 * What the readers of user YAML (configuration file, SKU ledger) share when they turn a JSON Schema
 * error into one line: the key path of the error and the words for JSON types. No Ajv or YAML code here.
 */
/**
 * The key path of a schema error as keys and indexes: an index where the value at that point is a list,
 * a key otherwise (so a mapping key "123" stays a key).
 */
function errorPath(e, data) {
    const segs = [];
    let cur = data;
    for (const raw of e.instancePath.split('/').slice(1)) {
        const s = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(cur)) {
            segs.push(Number(s));
            cur = cur[Number(s)];
        }
        else {
            segs.push(s);
            cur = cur?.[s];
        }
    }
    return segs;
}
const TYPE_NAMES = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'true or false',
    null: 'empty'
};
/** A schema's `type` in words: "a string", "a list or a mapping". */
function typeName(t) {
    const ts = (Array.isArray(t) ? t : [t]).map(x => TYPE_NAMES[x] ?? x);
    return ts.length > 1 ? `${ts.slice(0, -1).join(', ')} or ${ts[ts.length - 1]}` : (ts[0] ?? '');
}


/***/ })

};
;