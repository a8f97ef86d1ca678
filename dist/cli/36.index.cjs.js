"use strict";
exports.id = 36;
exports.ids = [36];
exports.modules = {

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadConfig: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony exports MAX_CONFIG_BYTES, MAX_ALIAS_COUNT, parseConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_9___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_9__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5462);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8992);
/* harmony import */ var _schema_words_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4896);
/* harmony import */ var _user_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3207);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8750);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8270);









/** Used when present; an explicit --config / input config that is missing is an error. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** yaml's alias budget (aliases × size of what they expand to): enough for a few anchors, not for a bomb. */
const MAX_ALIAS_COUNT = 50;



let validator;
function schema() {
    if (validator)
        return validator;
    const ajv = new ajv__WEBPACK_IMPORTED_MODULE_9__.Ajv({ allErrors: true, strict: false, strictNumbers: true, verbose: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_assets_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaDir */ .rr)(), 'config.schema.json');
    validator = ajv.compile(JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, 'utf8')));
    return validator;
}
/**
 * Reads the configuration: the explicit file (missing → error), else the default file when it exists, else
 * none. Any problem throws one UserError line `file:line:col: <key path> <problem>`; nothing is applied
 * from a file that has one.
 */
function loadConfig(explicit, cwd = process.cwd()) {
    const file = explicit ?? _settings_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_CONFIG */ .PV;
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file);
    // The default file is optional; a named one must exist.
    if (explicit === undefined && !node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(abs))
        return undefined;
    const text = (0,_user_file_js__WEBPACK_IMPORTED_MODULE_6__/* .readUserText */ .nD)(abs, 'configuration file', MAX_CONFIG_BYTES, file, {
        notFound: `configuration file ${(0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .inert */ .tJ)(file)}: not found`,
        tooLarge: size => `${(0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .inert */ .tJ)(file)}:1:1: (document) is ${(size / MAX_CONFIG_BYTES).toFixed(1)} MiB; a configuration file may be at most 1 MiB`
    }).text;
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs);
    // A file in .github/ names paths from the repository root, which holds .github/.
    const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(dir) === '.github' ? node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir) : dir;
    return parseConfig(text, file, base);
}
/** Parses and validates configuration text; `file` is only used in messages, `base` for relative paths. */
function parseConfig(text, file, base) {
    const fname = (0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .inert */ .tJ)(file);
    if (Buffer.byteLength(text) > MAX_CONFIG_BYTES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${fname}:1:1: (document) is larger than 1 MiB; a configuration file may be at most 1 MiB`);
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, {
        lineCounter: lc,
        prettyErrors: false,
        schema: 'core',
        merge: false,
        uniqueKeys: true,
        strict: true
    });
    const at = (offset) => {
        const p = lc.linePos(offset ?? 0);
        return `${fname}:${p.line}:${p.col}`;
    };
    const err = doc.errors[0];
    if (err) {
        const first = err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${at(err.pos[0])}: YAML: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .inert */ .tJ)(first, 160)}`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        const alias = firstAlias(doc);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${at(alias?.offset)}: ${(0,_resolve_js__WEBPACK_IMPORTED_MODULE_8__/* .keyPath */ .Dw)(alias?.path ?? [])} uses YAML aliases that expand too much (${(0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .inert */ .tJ)(e instanceof Error ? e.message : String(e), 100)}); write the values out`);
    }
    if (data === null || data === undefined)
        data = {};
    const where = (p) => at(nodeAt(doc, p)?.range?.[0]);
    const v = schema();
    if (!v(data)) {
        const errs = (v.errors ?? []).map(e => describe(doc, data, e, at));
        errs.sort((a, b) => a.offset - b.offset);
        const [first] = errs;
        if (first) {
            const more = errs.length > 1 ? ` (and ${errs.length - 1} more problem${errs.length > 2 ? 's' : ''})` : '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${first.text}${more}`);
        }
    }
    const raw = data;
    const waivers = (raw.waivers ?? []).map((w, index) => {
        if ((0,_resolve_js__WEBPACK_IMPORTED_MODULE_8__/* .expiresUnix */ .P1)(w.expires) === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${where(['waivers', index, 'expires'])}: waivers[${index}].expires is not a calendar date: "${(0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .inert */ .tJ)(w.expires, 20)}"`);
        return { index, ...w };
    });
    const policies = (raw.policies ?? []).map((p, i) => {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, p);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(abs))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${where(['policies', i])}: policies[${i}] "${(0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .inert */ .tJ)(p, 120)}" does not exist (paths are relative to ${(0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .inert */ .tJ)(base, 120)})`);
        return abs;
    });
    const cfg = { file, base, waivers, policies, where };
    if (raw.profile !== undefined)
        cfg.profile = raw.profile;
    if (raw['fail-on'] !== undefined)
        cfg.failOn = raw['fail-on'];
    if (raw.unknown !== undefined)
        cfg.unknown = raw.unknown;
    if (raw.thresholds !== undefined)
        cfg.thresholds = raw.thresholds;
    if (raw.severity !== undefined)
        cfg.severity = raw.severity;
    return cfg;
}
/** Seconds since the epoch of 00:00 UTC of a YYYY-MM-DD date; undefined for a date that does not exist. */
function nodeAt(doc, p) {
    if (p.length === 0)
        return doc.contents ?? undefined;
    const n = doc.getIn(p, true);
    return n && typeof n === 'object' && 'range' in n ? n : undefined;
}
/** The node of the key `key` in the map at p (for "not a known key", which points at the key itself). */
function keyNodeAt(doc, p, key) {
    const parent = nodeAt(doc, p);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(parent))
        return undefined;
    const pair = parent.items.find(it => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(it.key) && String(it.key.value) === key);
    return pair && (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(pair.key) ? pair.key : undefined;
}
function firstAlias(doc) {
    let found;
    (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .visit */ .YR)(doc, {
        Alias(_key, node, ancestors) {
            const keys = [];
            for (let i = 0; i < ancestors.length; i++) {
                const a = ancestors[i];
                const next = ancestors[i + 1] ?? node;
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isPair */ .tO)(a) && (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(a.key))
                    keys.push(String(a.key.value));
                else if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(a))
                    keys.push(a.items.indexOf(next));
            }
            found = { offset: node.range?.[0] ?? 0, path: keys };
            return yaml__WEBPACK_IMPORTED_MODULE_2__/* .visit */ .YR.BREAK;
        }
    });
    return found;
}
function shown(v) {
    if (v === null)
        return 'empty';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return `"${(0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .inert */ .tJ)(String(v), 60)}"`;
}
function describe(doc, data, e, at) {
    const p = (0,_schema_words_js__WEBPACK_IMPORTED_MODULE_5__/* .errorPath */ .Q)(e, data);
    const node = nodeAt(doc, p);
    let offset = node?.range?.[0] ?? 0;
    let kp = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_8__/* .keyPath */ .Dw)(p);
    let problem;
    switch (e.keyword) {
        case 'additionalProperties': {
            const extra = e.params.additionalProperty;
            const keyNode = keyNodeAt(doc, p, extra);
            offset = keyNode?.range?.[0] ?? offset;
            kp = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_8__/* .keyPath */ .Dw)([...p, extra]);
            const known = Object.keys(e.parentSchema?.properties ?? {});
            problem = `is not a known key${known.length ? ` (known: ${known.join(', ')})` : ''}`;
            break;
        }
        case 'required': {
            kp = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_8__/* .keyPath */ .Dw)([...p, e.params.missingProperty]);
            problem = 'is required';
            break;
        }
        case 'type':
            problem = `must be ${(0,_schema_words_js__WEBPACK_IMPORTED_MODULE_5__/* .typeName */ .g)(e.params.type)}; got ${shown(e.data)}`;
            break;
        case 'enum':
            problem = `must be one of ${e.params.allowedValues.join(', ')}; got ${shown(e.data)}`;
            break;
        case 'pattern':
            problem =
                p[p.length - 1] === 'expires'
                    ? `must be a date YYYY-MM-DD; got ${shown(e.data)}`
                    : `must not be empty or blank; got ${shown(e.data)}`;
            break;
        case 'minLength':
        case 'minItems':
            problem = 'must not be empty';
            break;
        case 'maxItems':
            problem = `has more than ${e.params.limit} entries`;
            break;
        default:
            problem = e.message ?? e.keyword;
    }
    return { offset, text: `${at(offset)}: ${kp} ${problem}` };
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