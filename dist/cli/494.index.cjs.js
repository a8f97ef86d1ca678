"use strict";
exports.id = 494;
exports.ids = [494];
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

/***/ 7494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  finishRelease: () => (/* binding */ finishRelease)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/facts/ledger.ts
var facts_ledger = __webpack_require__(7138);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
;// CONCATENATED MODULE: ./src/release/atomic.ts
/**
 * Atomic file replacement: the new content goes to a temporary file in the same directory, is flushed
 * to disk (fsync), and only then renamed over the original (rename is atomic on POSIX file systems).
 * A process killed at any point leaves either the old file or the new one, never a mix; a leftover
 * temporary file is harmless and ignored by the next write. Self-contained (node: imports only).
 */



function writeFileAtomic(file, data, hooks = {}) {
    // Follow a symlinked ledger to the real file, so the link stays a link.
    let target = file;
    let mode = 0o644;
    try {
        target = external_node_fs_default().realpathSync(file);
        mode = external_node_fs_default().statSync(target).mode & 0o777;
    }
    catch {
        // a new file
    }
    const dir = external_node_path_default().dirname(target);
    const tmp = external_node_path_default().join(dir, `.${external_node_path_default().basename(target)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    let done = false;
    try {
        const fd = external_node_fs_default().openSync(tmp, 'wx', mode);
        try {
            external_node_fs_default().writeFileSync(fd, data);
            external_node_fs_default().fsyncSync(fd);
        }
        finally {
            external_node_fs_default().closeSync(fd);
        }
        hooks.afterTempWrite?.(tmp);
        external_node_fs_default().renameSync(tmp, target);
        done = true;
    }
    finally {
        if (!done)
            external_node_fs_default().rmSync(tmp, { force: true });
    }
    // Make the rename itself durable.
    try {
        const d = external_node_fs_default().openSync(dir, 'r');
        try {
            external_node_fs_default().fsyncSync(d);
        }
        finally {
            external_node_fs_default().closeSync(d);
        }
    }
    catch {
        // some file systems do not allow fsync on a directory; the rename has happened
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/release/ledger-edit.ts
/**
 * Adds a published version to the ledger, keeping everything else byte for byte.
 *
 * The edit is located with the yaml Document (node source ranges) and applied to the source text as an
 * insertion — after the last version of a flow list `[…]`, as a new `- X.Y.Z` line after the last item
 * of a block list, or as a new SKU / offer entry after the last one — so comments, their alignment,
 * quoting and order stay exactly as written and the commit's diff is one line. When the layout is one
 * the insertion does not handle (e.g. an empty flow mapping `skus: {}`), the Document API rewrites the
 * file instead (comments and order kept, spacing normalised). Either way the result is parsed again and
 * must equal the old ledger plus the new version, or nothing is written.
 */




function addVersion(l, ref, version) {
    const expected = expectedData(l.data, ref, version);
    const spliced = splice(l, ref, version);
    if (spliced !== undefined && same(spliced, expected, l.file))
        return spliced;
    const rewritten = rewrite(l, ref, version);
    if (same(rewritten, expected, l.file))
        return rewritten;
    throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(l.file)}: could not add ${(0,src_text/* inert */.tJ)(version)} to ${(0,src_text/* inert */.tJ)(ref.offer)}/${(0,src_text/* inert */.tJ)(ref.sku)} without changing other entries; add it by hand`);
}
function expectedData(d, ref, version) {
    const copy = JSON.parse(JSON.stringify(d));
    const offer = (copy.offers[ref.offer] ??= { skus: {} });
    const sku = (offer.skus[ref.sku] ??= { versions: [] });
    sku.versions.push(version);
    return copy;
}
function same(text, expected, file) {
    try {
        return JSON.stringify((0,facts_ledger/* parseLedger */.h8)(text, file).data) === JSON.stringify(expected);
    }
    catch {
        return false;
    }
}
const lineStart = (t, at) => t.lastIndexOf('\n', at - 1) + 1;
/** Offset just after the end of the line holding `at` (after its newline), and whether a newline must be added. */
function afterLine(t, at) {
    const nl = t.indexOf('\n', at);
    return nl === -1 ? { at: t.length, needsNewline: true } : { at: nl + 1, needsNewline: false };
}
function insert(t, at, s) {
    return t.slice(0, at) + s + t.slice(at);
}
function splice(l, ref, version) {
    const t = l.text;
    const skuPath = ['offers', ref.offer, 'skus', ref.sku];
    const versions = (0,facts_ledger/* nodeAt */.oB)(l, [...skuPath, 'versions']);
    if (versions.depth === 5) {
        const seq = versions.node;
        if (!seq || (0,dist/* isAlias */.Vj)(seq) || !(0,dist/* isSeq */.oP)(seq) || !seq.range)
            throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(l.file)}: the versions of ${(0,src_text/* inert */.tJ)(ref.offer)}/${(0,src_text/* inert */.tJ)(ref.sku)} are not written out as a list (an alias?); write them out so a release can add to them`);
        const last = seq.items[seq.items.length - 1];
        if (seq.flow) {
            if (!last)
                return insert(t, seq.range[0] + 1, version);
            if (!last.range || !(0,dist/* isScalar */.jn)(last))
                return undefined;
            return insert(t, last.range[1], `, ${version}`);
        }
        if (!last?.range || !(0,dist/* isScalar */.jn)(last))
            return undefined;
        const start = lineStart(t, last.range[0]);
        const prefix = t.slice(start, last.range[0]);
        if (!/^[ \t]*-[ \t]+$/.test(prefix))
            return undefined;
        const end = afterLine(t, last.range[1]);
        return insert(t, end.at, `${end.needsNewline ? '\n' : ''}${prefix}${version}\n`);
    }
    // A new SKU in a known offer, or a new offer: a new entry after the last one of the block mapping.
    const skus = (0,facts_ledger/* nodeAt */.oB)(l, ['offers', ref.offer, 'skus']);
    if (skus.depth === 3) {
        if (!skus.node || !(0,dist/* isMap */.jh)(skus.node))
            return undefined;
        return appendEntry(t, skus.node, [`${ref.sku}:`, `  versions: [${version}]`]);
    }
    const offers = (0,facts_ledger/* nodeAt */.oB)(l, ['offers']);
    if (offers.depth === 1 && offers.node && (0,dist/* isMap */.jh)(offers.node))
        return appendEntry(t, offers.node, [
            `${ref.offer}:`,
            '  skus:',
            `    ${ref.sku}:`,
            `      versions: [${version}]`
        ]);
    return undefined;
}
function appendEntry(t, map, lines) {
    if (map.flow || map.items.length === 0)
        return undefined;
    const lastPair = map.items[map.items.length - 1];
    const key = lastPair.key;
    const value = lastPair.value;
    if (!key?.range || !(0,dist/* isScalar */.jn)(key))
        return undefined;
    const indent = t.slice(lineStart(t, key.range[0]), key.range[0]);
    if (!/^[ \t]*$/.test(indent))
        return undefined;
    const endOfValue = value?.range ? value.range[1] : key.range[1];
    const end = afterLine(t, Math.max(endOfValue - 1, key.range[1]));
    const block = lines.map(s => `${indent}${s}`).join('\n');
    return insert(t, end.at, `${end.needsNewline ? '\n' : ''}${block}\n`);
}
/** The Document API fallback: set the value in a copy of the document and print it. */
function rewrite(l, ref, version) {
    const doc = l.doc.clone();
    const skuPath = ['offers', ref.offer, 'skus', ref.sku];
    const found = (0,facts_ledger/* nodeAt */.oB)({ doc }, [...skuPath, 'versions']);
    if (found.depth === 5 && found.node && (0,dist/* isSeq */.oP)(found.node))
        found.node.add(doc.createNode(version));
    else {
        // Walk with the real key nodes (a key written as 2024 is the number 2024 in the document).
        let cur = doc.contents;
        for (const seg of skuPath) {
            if (!(0,dist/* isMap */.jh)(cur))
                throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(l.file)}: unexpected ledger layout at ${(0,src_text/* inert */.tJ)(seg)}`);
            const pair = cur.items.find(p => (0,facts_ledger/* keyText */.Pu)(p.key, doc) === seg);
            if (pair)
                cur = pair.value;
            else {
                const fresh = doc.createNode({});
                cur.set(doc.createNode(seg), fresh);
                cur = fresh;
            }
        }
        if (!(0,dist/* isMap */.jh)(cur))
            throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(l.file)}: unexpected ledger layout at ${(0,src_text/* inert */.tJ)(ref.sku)}`);
        const list = doc.createNode([version]);
        list.flow = true;
        cur.set(doc.createNode('versions'), list);
    }
    const indentSeq = sequencesIndented(l.text);
    return doc.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq });
}
/** Whether the file indents block lists under their key (`key:\n  - a`) or not (`key:\n- a`). */
function sequencesIndented(text) {
    const lines = text.split('\n');
    for (let i = 0; i + 1 < lines.length; i++) {
        const key = /^([ \t]*)[^#\s-][^#]*:[ \t]*(#.*)?$/.exec(lines[i]);
        const item = /^([ \t]*)-[ \t]/.exec(lines[i + 1]);
        if (key && item)
            return item[1].length > key[1].length;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/release/release.ts
/**
 * The end of a release run (`mode: release`): the outputs (`version`, `previous-version`, `sku`, `offer`)
 * and, with update-ledger, the approved version written into the ledger — atomically, only when the gate
 * passed, and only when the ledger is still the one the gate judged.
 */






function one(what, values) {
    const set = [...new Set(values.filter((v) => v !== undefined))];
    if (set.length > 1)
        throw new errors/* UserError */.yo(`the images of this run give different ${what}s (${set.map(v => (0,src_text/* inert */.tJ)(v, 40)).join(', ')}); release one SKU version per run`);
    return set[0];
}
/** Outputs and the ledger write-back of a release run; undefined outside release mode or without SKU settings. */
function finishRelease(s, result, hooks = {}) {
    const k = s.sku;
    if (s.mode !== 'release' || !k)
        return undefined;
    const facts = result.docs.map(d => (d.facts.sku ?? {}));
    const offer = one('offer', facts.map(f => f.offer)) ?? '';
    const sku = one('SKU', facts.map(f => f.sku)) ?? '';
    const version = one('version', facts.map(f => f.version));
    const published = facts[0]?.published_versions ?? [];
    const previous = (0,facts_ledger/* latestVersion */.qD)(published) ?? '';
    const notes = [];
    const approved = !result.failed && version !== undefined;
    const outcome = {
        outputs: { offer, sku, version: approved ? version : '', 'previous-version': approved ? previous : '' },
        notes
    };
    if (!approved) {
        notes.push(`release of ${(0,src_text/* inert */.tJ)(offer || '?')}/${(0,src_text/* inert */.tJ)(sku || '?')} ${(0,src_text/* inert */.tJ)(version ?? '(no version)')} not approved${k.updateLedger ? '; the ledger was not changed' : ''}`);
        return outcome;
    }
    notes.push(`release approved: ${(0,src_text/* inert */.tJ)(offer)}/${(0,src_text/* inert */.tJ)(sku)} ${(0,src_text/* inert */.tJ)(version)}${previous ? ` (previous ${(0,src_text/* inert */.tJ)(previous)})` : ' (first version of a new SKU)'}`);
    if (k.updateLedger) {
        const file = external_node_path_default().resolve(k.cwd, k.ledger);
        // Read again: the ledger must still list exactly what the gate judged against.
        const ledger = (0,facts_ledger/* readLedgerFile */.Uy)(file, k.ledger);
        const now = (0,facts_ledger/* skuHistory */.o)(ledger, { offer, sku }).published;
        if (JSON.stringify([...now].sort()) !== JSON.stringify([...published].sort()))
            throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(k.ledger)} changed while the gate ran (${(0,src_text/* inert */.tJ)(offer)}/${(0,src_text/* inert */.tJ)(sku)} now lists ${(0,src_text/* inert */.tJ)(now.join(', ') || 'nothing')}); run the release again`);
        const text = addVersion(ledger, { offer, sku }, version);
        try {
            writeFileAtomic(file, text, hooks);
        }
        catch (e) {
            if (e instanceof errors/* UserError */.yo)
                throw e;
            throw new errors/* UserError */.yo(`cannot write ${(0,src_text/* inert */.tJ)(k.ledger)}: ${e.code ?? (0,src_text/* inert */.tJ)(e.message)}`);
        }
        outcome.ledgerWritten = k.ledger;
        notes.push(`${(0,src_text/* inert */.tJ)(k.ledger)}: ${(0,src_text/* inert */.tJ)(offer)}/${(0,src_text/* inert */.tJ)(sku)} now lists ${(0,src_text/* inert */.tJ)(version)}; commit it`);
    }
    return outcome;
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