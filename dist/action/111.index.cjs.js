"use strict";
exports.id = 111;
exports.ids = [111];
exports.modules = {

/***/ 5111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  alignTemplateImages: () => (/* binding */ alignTemplateImages),
  readSource: () => (/* binding */ readSource),
  readTemplateSource: () => (/* binding */ readTemplateSource)
});

// EXTERNAL MODULE: ./src/facts/types.ts
var types = __webpack_require__(7746);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/facts/template/ast.ts
/** A small syntax tree for HCL (and for legacy JSON templates), independent of tree-sitter. */
function attr(body, name) {
    return body.attributes.find(a => a.name === name);
}
function blocks(body, type) {
    return body.blocks.filter(b => b.type === type);
}

;// CONCATENATED MODULE: ./src/facts/template/evaluate.ts
class Unknown {
    reason;
    expr;
    constructor(reason, expr) {
        this.reason = reason;
        this.expr = expr;
    }
}
/**
 * An expression Packer itself refuses (a function it does not have, wrong arguments, a negative element
 * index…): the template is rejected with this reason, as Packer rejects it. Carried like an Unknown.
 */
class EvalError extends Unknown {
}
/** The first EvalError inside a value (deeply), if any. */
function findError(v) {
    if (v instanceof EvalError)
        return v;
    if (v instanceof Unknown)
        return undefined;
    if (Array.isArray(v)) {
        for (const x of v) {
            const u = findError(x);
            if (u)
                return u;
        }
    }
    else if (v !== null && typeof v === 'object') {
        for (const x of Object.values(v)) {
            const u = findError(x);
            if (u)
                return u;
        }
    }
    return undefined;
}
/**
 * Packer 1.11.2's function set (hcl2template/functions.go, plus env()). A call to any other name is an error
 * in Packer ("There is no function named …"); a name here that we do not evaluate stays unresolved.
 */
const PACKER_FUNCTIONS = new Set([
    'abs',
    'abspath',
    'aws_secretsmanager',
    'basename',
    'base64decode',
    'base64encode',
    'bcrypt',
    'can',
    'ceil',
    'chomp',
    'chunklist',
    'cidrhost',
    'cidrnetmask',
    'cidrsubnet',
    'cidrsubnets',
    'coalesce',
    'coalescelist',
    'compact',
    'concat',
    'consul_key',
    'contains',
    'convert',
    'csvdecode',
    'dirname',
    'distinct',
    'element',
    'env',
    'file',
    'fileexists',
    'fileset',
    'flatten',
    'floor',
    'format',
    'formatdate',
    'formatlist',
    'indent',
    'index',
    'join',
    'jsondecode',
    'jsonencode',
    'keys',
    'legacy_isotime',
    'legacy_strftime',
    'length',
    'log',
    'lookup',
    'lower',
    'max',
    'md5',
    'merge',
    'min',
    'parseint',
    'pathexpand',
    'pow',
    'range',
    'reverse',
    'replace',
    'regex',
    'regexall',
    'regex_replace',
    'rsadecrypt',
    'setintersection',
    'setproduct',
    'setunion',
    'sha1',
    'sha256',
    'sha512',
    'signum',
    'slice',
    'sort',
    'split',
    'strrev',
    'substr',
    'templatefile',
    'textdecodebase64',
    'textencodebase64',
    'timestamp',
    'timeadd',
    'title',
    'trim',
    'trimprefix',
    'trimspace',
    'trimsuffix',
    'try',
    'upper',
    'urlencode',
    'uuidv4',
    'uuidv5',
    'values',
    'vault',
    'yamldecode',
    'yamlencode',
    'zipmap'
]);
function isUnknown(v) {
    return v instanceof Unknown;
}
/** The first Unknown inside a value (deeply), if any. */
function findUnknown(v) {
    if (v instanceof Unknown)
        return v;
    if (Array.isArray(v)) {
        for (const x of v) {
            const u = findUnknown(x);
            if (u)
                return u;
        }
    }
    else if (v !== null && typeof v === 'object') {
        for (const x of Object.values(v)) {
            const u = findUnknown(x);
            if (u)
                return u;
        }
    }
    return undefined;
}
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Unknown);
}
function typeName(v) {
    if (v === null)
        return 'null';
    if (v instanceof Unknown)
        return 'unknown';
    if (Array.isArray(v))
        return 'list';
    if (typeof v === 'object')
        return 'map';
    return typeof v;
}
/** HCL's conversion of a primitive to string (for interpolation and string functions). */
function toStr(v, expr) {
    if (v instanceof Unknown)
        return v;
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number')
        return numStr(v, expr);
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    return new Unknown(`cannot use a ${typeName(v)} value as a string`, expr);
}
/**
 * A number as Packer's strings show it. Packer's numbers are 512-bit floats: a JavaScript double gives the
 * same text only for safe integers and for fractions written as literals (no exponent form); anything else
 * is left unresolved rather than printed differently.
 */
function numStr(n, expr = '') {
    if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER)
        return n.toFixed(0);
    const s = String(n);
    if (!Number.isInteger(n) && !/e/i.test(s))
        return s;
    return new Unknown(`the number ${s} is printed with Packer's 512-bit precision`, expr);
}
/** Arithmetic whose exact result a double may not hold (fractions, beyond 2^53) stays unresolved. */
function exact(n, expr) {
    if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER)
        return n;
    return new Unknown("fractional or very large arithmetic is computed with Packer's 512-bit numbers", expr);
}
function toNum(v, expr) {
    if (v instanceof Unknown)
        return v;
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(v))
        return Number(v);
    return new Unknown(`not a number: ${typeName(v)}`, expr);
}
function toBool(v, expr) {
    if (v instanceof Unknown)
        return v;
    if (typeof v === 'boolean')
        return v;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    return new Unknown(`not a bool: ${typeName(v)}`, expr);
}
function equal(a, b) {
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((x, i) => equal(x, b[i]));
    if (isObj(a) && isObj(b)) {
        const ka = Object.keys(a);
        return ka.length === Object.keys(b).length && ka.every(k => k in b && equal(a[k], b[k]));
    }
    return a === b;
}
function evaluate(e, scope) {
    const u = (reason) => new Unknown(reason, e.text);
    switch (e.kind) {
        case 'literal':
            return e.value;
        case 'template': {
            if (e.parts.length === 1 && typeof e.parts[0] !== 'string')
                return evaluate(e.parts[0], scope);
            let out = '';
            for (const p of e.parts) {
                if (typeof p === 'string') {
                    out += p;
                    continue;
                }
                const v = evaluate(p, scope);
                if (v === null)
                    return u(`${p.text} is null and cannot be interpolated`);
                const s = toStr(v, p.text);
                if (s instanceof Unknown)
                    return s;
                out += s;
            }
            return out;
        }
        case 'variable':
            if (e.name === 'true' || e.name === 'false')
                return e.name === 'true';
            if (e.name === 'null')
                return null;
            return u(`${e.name} cannot be used on its own here`);
        case 'getattr': {
            if (e.object.kind === 'variable') {
                const ns = e.object.name;
                if (ns === 'var')
                    return scope.variable(e.name, e.text);
                if (ns === 'local')
                    return scope.local(e.name, e.text);
                if (ns === 'path') {
                    if (e.name === 'root' && scope.pathRoot !== undefined)
                        return scope.pathRoot;
                    return u(`path.${e.name} depends on where Packer runs`);
                }
                if (ns === 'env')
                    return u('env values depend on the build environment');
                return u(`${ns}.${e.name} is only known while Packer builds`);
            }
            const obj = evaluate(e.object, scope);
            if (obj instanceof Unknown)
                return obj;
            if (isObj(obj))
                return e.name in obj
                    ? obj[e.name]
                    : new EvalError(`Unsupported attribute: ${e.object.text} has no attribute "${e.name}"`, e.text);
            return u(`${e.object.text} is a ${typeName(obj)}, not an object`);
        }
        case 'index': {
            const obj = evaluate(e.object, scope);
            if (obj instanceof Unknown)
                return obj;
            const key = evaluate(e.key, scope);
            if (key instanceof Unknown)
                return key;
            return indexValue(obj, key, e.text, e.object.text);
        }
        case 'call':
            return call(e, scope);
        case 'tuple':
            return e.items.map(x => evaluate(x, scope));
        case 'object': {
            const out = {};
            for (const it of e.items) {
                const k = evaluate(it.key, scope);
                const ks = k === null ? u('an object key is null') : toStr(k, it.key.text);
                if (ks instanceof Unknown)
                    return ks;
                out[ks] = evaluate(it.value, scope);
            }
            return out;
        }
        case 'conditional': {
            const c = toBool(evaluate(e.cond, scope), e.cond.text);
            if (c instanceof Unknown)
                return c;
            return evaluate(c ? e.then : e.else, scope);
        }
        case 'unary': {
            const v = evaluate(e.operand, scope);
            if (e.op === '!') {
                const b = toBool(v, e.operand.text);
                return b instanceof Unknown ? b : !b;
            }
            const n = toNum(v, e.operand.text);
            return n instanceof Unknown ? n : -n;
        }
        case 'binary':
            return binary(e.op, evaluate(e.left, scope), evaluate(e.right, scope), e);
        case 'unsupported':
            return u(`${e.what} is not evaluated`);
    }
}
function indexValue(obj, key, text, objText) {
    if (Array.isArray(obj)) {
        const n = toNum(key, text);
        if (n instanceof Unknown)
            return n;
        if (!Number.isInteger(n) || n < 0 || n >= obj.length)
            return new EvalError(`index ${String(n)} is out of range for ${objText} (${obj.length} elements)`, text);
        return obj[n];
    }
    if (isObj(obj)) {
        const k = toStr(key, text);
        if (k instanceof Unknown)
            return k;
        return k in obj
            ? obj[k]
            : new EvalError(`Invalid index: ${objText} has no key ${JSON.stringify(k)}`, text);
    }
    return new Unknown(`${objText} is a ${typeName(obj)} and cannot be indexed`, text);
}
function binary(op, l, r, e) {
    const t = e.text;
    if (op === '==' || op === '!=') {
        const un = findUnknown(l) ?? findUnknown(r);
        if (un)
            return un;
        return op === '==' ? equal(l, r) : !equal(l, r);
    }
    if (op === '&&' || op === '||') {
        const a = toBool(l, t);
        const b = toBool(r, t);
        // A known short-circuit value decides even when the other side is unknown.
        if (op === '&&' && (a === false || b === false))
            return false;
        if (op === '||' && (a === true || b === true))
            return true;
        if (a instanceof Unknown)
            return a;
        if (b instanceof Unknown)
            return b;
        return op === '&&' ? a && b : a || b;
    }
    const a = toNum(l, t);
    if (a instanceof Unknown)
        return a;
    const b = toNum(r, t);
    if (b instanceof Unknown)
        return b;
    switch (op) {
        case '+':
            return exact(a + b, t);
        case '-':
            return exact(a - b, t);
        case '*':
            return exact(a * b, t);
        case '/':
            return b === 0 ? new Unknown('division by zero', t) : exact(a / b, t);
        case '%':
            return b === 0 || !Number.isInteger(a) || !Number.isInteger(b)
                ? new Unknown("modulo is computed with Packer's 512-bit numbers", t)
                : exact(a % b, t);
        case '<':
            return a < b;
        case '>':
            return a > b;
        case '<=':
            return a <= b;
        case '>=':
            return a >= b;
        default:
            return new Unknown(`operator ${op} is not evaluated`, t);
    }
}
const str1 = (f) => (args, e) => {
    const s = toStr(args[0] ?? null, e.text);
    return s instanceof Unknown ? s : f(s);
};
/** The functions evaluated here; everything else (timestamp, uuidv4, file, templatefile, …) stays unresolved. */
const FUNCTIONS = {
    coalesce: {
        min: 1,
        max: Infinity,
        fn: (args, e) => {
            for (const a of args) {
                if (a instanceof Unknown)
                    return a; // an unknown earlier argument could be the non-null one
                if (a !== null && a !== '')
                    return a;
            }
            return new Unknown('coalesce: no non-null, non-empty argument', e.text);
        }
    },
    coalescelist: {
        min: 1,
        max: Infinity,
        fn: (args, e) => {
            for (const a of args) {
                if (a instanceof Unknown)
                    return a;
                if (Array.isArray(a) && a.length > 0)
                    return a;
            }
            return new Unknown('coalescelist: no non-empty list argument', e.text);
        }
    },
    lookup: {
        min: 3,
        max: 3,
        fn: (args, e) => {
            const [m, k, d] = args;
            if (m instanceof Unknown)
                return m;
            const ks = toStr(k, e.text);
            if (ks instanceof Unknown)
                return ks;
            if (!isObj(m))
                return new Unknown(`lookup: ${typeName(m)} is not a map`, e.text);
            if (ks in m)
                return m[ks];
            if (d !== undefined)
                return d;
            return new Unknown(`lookup: no key ${JSON.stringify(ks)} and no default`, e.text);
        }
    },
    element: {
        min: 2,
        max: 2,
        fn: (args, e) => {
            const [l, i] = args;
            if (l instanceof Unknown)
                return l;
            const n = toNum(i, e.text);
            if (n instanceof Unknown)
                return n;
            if (!Array.isArray(l) || l.length === 0)
                return new Unknown('element: not a non-empty list', e.text);
            if (n < 0)
                return new EvalError('cannot use element function with a negative index', e.text);
            if (!Number.isInteger(n))
                return new Unknown('element: a fractional index', e.text);
            return l[n % l.length];
        }
    },
    split: {
        min: 2,
        max: 2,
        fn: (args, e) => {
            const sep = toStr(args[0], e.text);
            const s = toStr(args[1], e.text);
            if (sep instanceof Unknown)
                return sep;
            if (s instanceof Unknown)
                return s;
            return s.split(sep);
        }
    },
    join: {
        min: 2,
        max: Infinity,
        fn: (args, e) => {
            const sep = toStr(args[0], e.text);
            if (sep instanceof Unknown)
                return sep;
            const items = [];
            for (const l of args.slice(1)) {
                if (l instanceof Unknown)
                    return l;
                if (!Array.isArray(l))
                    return new Unknown('join: not a list', e.text);
                for (const x of l) {
                    const s = toStr(x, e.text);
                    if (s instanceof Unknown)
                        return s;
                    items.push(s);
                }
            }
            return items.join(sep);
        }
    },
    format: { min: 1, max: Infinity, fn: (args, e) => format(args, e.text) },
    lower: { min: 1, max: 1, fn: str1(s => s.toLowerCase()) },
    upper: { min: 1, max: 1, fn: str1(s => s.toUpperCase()) },
    trimspace: { min: 1, max: 1, fn: str1(s => s.trim()) },
    chomp: { min: 1, max: 1, fn: str1(s => s.replace(/(\r\n|\n|\r)+$/, '')) },
    title: { min: 1, max: 1, fn: str1(s => s.replace(/\b\w/g, c => c.toUpperCase())) },
    trimprefix: {
        min: 2,
        max: 2,
        fn: (args, e) => {
            const [s, p] = [toStr(args[0], e.text), toStr(args[1], e.text)];
            if (s instanceof Unknown)
                return s;
            if (p instanceof Unknown)
                return p;
            return s.startsWith(p) ? s.slice(p.length) : s;
        }
    },
    trimsuffix: {
        min: 2,
        max: 2,
        fn: (args, e) => {
            const [s, p] = [toStr(args[0], e.text), toStr(args[1], e.text)];
            if (s instanceof Unknown)
                return s;
            if (p instanceof Unknown)
                return p;
            return p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
        }
    },
    replace: {
        min: 3,
        max: 3,
        fn: (args, e) => {
            const [s, f, r] = [toStr(args[0], e.text), toStr(args[1], e.text), toStr(args[2], e.text)];
            if (s instanceof Unknown)
                return s;
            if (f instanceof Unknown)
                return f;
            if (r instanceof Unknown)
                return r;
            if (f.length > 1 && f.startsWith('/') && f.endsWith('/'))
                return new Unknown('replace with a regular expression is not evaluated', e.text);
            return s.split(f).join(r);
        }
    },
    substr: {
        min: 3,
        max: 3,
        fn: (args, e) => {
            const s = toStr(args[0], e.text);
            const o = toNum(args[1], e.text);
            const l = toNum(args[2], e.text);
            if (s instanceof Unknown)
                return s;
            if (o instanceof Unknown)
                return o;
            if (l instanceof Unknown)
                return l;
            const chars = [...s];
            const start = o < 0 ? chars.length + o : o;
            return chars.slice(start, l < 0 ? undefined : start + l).join('');
        }
    },
    length: {
        min: 1,
        max: 1,
        fn: (args, e) => {
            const v = args[0];
            if (v instanceof Unknown)
                return v;
            if (typeof v === 'string')
                return [...v].length;
            if (Array.isArray(v))
                return v.length;
            if (isObj(v))
                return Object.keys(v).length;
            return new Unknown(`length of a ${typeName(v)}`, e.text);
        }
    },
    concat: {
        min: 1,
        max: Infinity,
        fn: (args, e) => {
            const out = [];
            for (const a of args) {
                if (a instanceof Unknown)
                    return a;
                if (!Array.isArray(a))
                    return new Unknown('concat: not a list', e.text);
                out.push(...a);
            }
            return out;
        }
    },
    contains: {
        min: 2,
        max: 2,
        fn: (args, e) => {
            const [l, v] = args;
            if (l instanceof Unknown)
                return l;
            if (!Array.isArray(l))
                return new Unknown('contains: not a list', e.text);
            const un = findUnknown(v) ?? findUnknown(l);
            if (un)
                return un;
            return l.some(x => equal(x, v));
        }
    },
    keys: {
        min: 1,
        max: 1,
        fn: (args, e) => {
            const m = args[0];
            if (m instanceof Unknown)
                return m;
            return isObj(m) ? Object.keys(m).sort() : new Unknown('keys: not a map', e.text);
        }
    },
    values: {
        min: 1,
        max: 1,
        fn: (args, e) => {
            const m = args[0];
            if (m instanceof Unknown)
                return m;
            return isObj(m)
                ? Object.keys(m)
                    .sort()
                    .map(k => m[k])
                : new Unknown('values: not a map', e.text);
        }
    },
    merge: {
        min: 0,
        max: Infinity,
        fn: (args, e) => {
            const out = {};
            for (const a of args) {
                if (a instanceof Unknown)
                    return a;
                if (a === null)
                    continue;
                if (!isObj(a))
                    return new Unknown('merge: not a map', e.text);
                Object.assign(out, a);
            }
            return out;
        }
    },
    flatten: {
        min: 1,
        max: 1,
        fn: (args, e) => {
            const flat = (v) => {
                if (v instanceof Unknown)
                    return v;
                if (!Array.isArray(v))
                    return [v];
                const out = [];
                for (const x of v) {
                    const f = Array.isArray(x) || x instanceof Unknown ? flat(x) : [x];
                    if (f instanceof Unknown)
                        return f;
                    out.push(...f);
                }
                return out;
            };
            const a = args[0];
            if (!Array.isArray(a) && !(a instanceof Unknown))
                return new Unknown('flatten: not a list', e.text);
            return flat(a);
        }
    },
    distinct: {
        min: 1,
        max: 1,
        fn: (args, e) => {
            const a = args[0];
            if (a instanceof Unknown)
                return a;
            if (!Array.isArray(a))
                return new Unknown('distinct: not a list', e.text);
            const out = [];
            for (const x of a)
                if (!out.some(y => equal(x, y)))
                    out.push(x);
            return out;
        }
    },
    min: { min: 1, max: Infinity, fn: (args, e) => numFold(args, e.text, Math.min) },
    max: { min: 1, max: Infinity, fn: (args, e) => numFold(args, e.text, Math.max) },
    abs: { min: 1, max: 1, fn: (args, e) => numFold(args, e.text, Math.abs) },
    ceil: { min: 1, max: 1, fn: (args, e) => numFold(args, e.text, Math.ceil) },
    floor: { min: 1, max: 1, fn: (args, e) => numFold(args, e.text, Math.floor) },
    env: {
        min: 1,
        max: 1,
        fn: (args, e, scope) => {
            const name = toStr(args[0], e.text);
            if (name instanceof Unknown)
                return name;
            const v = scope.env?.[name];
            return v === undefined ? new Unknown(`env("${name}") depends on the build environment`, e.text) : v;
        }
    }
};
function numFold(args, text, f) {
    const ns = [];
    for (const a of args) {
        const n = toNum(a, text);
        if (n instanceof Unknown)
            return n;
        ns.push(n);
    }
    return f(...ns);
}
function call(e, scope) {
    if (!PACKER_FUNCTIONS.has(e.name))
        return new EvalError(`Call to unknown function: there is no function named "${e.name}" in Packer 1.11.2`, e.text);
    if (scope.onlyEnv && e.name !== 'env')
        return new EvalError(`Call to unknown function: "${e.name}" cannot be used in a variable default`, e.text);
    const def = FUNCTIONS[e.name];
    if (!def)
        return new Unknown(`function ${e.name}() is not evaluated`, e.text);
    let args = e.args.map(a => evaluate(a, scope));
    if (e.expand) {
        const last = args[args.length - 1];
        if (last instanceof Unknown)
            return last;
        if (!Array.isArray(last))
            return new Unknown(`${e.name}: the argument expanded with ... is not a list`, e.text);
        args = [...args.slice(0, -1), ...last];
    }
    if (args.length < def.min || args.length > def.max)
        return e.expand
            ? new Unknown(`${e.name}() called with ${args.length} arguments`, e.text)
            : new EvalError(`${e.name}() takes ${def.min === def.max ? def.min : `${def.min} or more`} arguments, not ${args.length}`, e.text);
    return def.fn(args, e, scope);
}
/** Go-style format verbs as HCL's format() knows them: %s %d %f %v %q %t %%, with widths. */
function format(args, text) {
    const f = toStr(args[0], text);
    if (f instanceof Unknown)
        return f;
    let i = 1;
    let out = '';
    const re = /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g;
    let last = 0;
    for (let m = re.exec(f); m; m = re.exec(f)) {
        out += f.slice(last, m.index);
        last = re.lastIndex;
        const [, flags = '', width, prec, verb] = m;
        if (verb === '%') {
            out += '%';
            continue;
        }
        if (i >= args.length)
            return new Unknown('format: too few arguments', text);
        const a = args[i++];
        if (a instanceof Unknown)
            return a;
        let s;
        switch (verb) {
            case 's':
            case 'v': {
                if (verb === 'v' && typeof a === 'number' && !Number.isInteger(a))
                    return new Unknown('format: %v of a fraction', text);
                const t = a === null ? 'null' : toStr(a, text);
                if (t instanceof Unknown)
                    return t;
                s = t;
                break;
            }
            case 'q': {
                const t = toStr(a, text);
                if (t instanceof Unknown)
                    return t;
                s = JSON.stringify(t);
                break;
            }
            case 'd': {
                const n = toNum(a, text);
                if (n instanceof Unknown)
                    return n;
                if (!Number.isInteger(n))
                    return new Unknown('format: %d of a fraction', text);
                s = n.toFixed(0);
                if (flags.includes('+') && n >= 0)
                    s = `+${s}`;
                break;
            }
            case 'f': {
                const n = toNum(a, text);
                if (n instanceof Unknown)
                    return n;
                if (!Number.isInteger(n))
                    return new Unknown("format: %f of a fraction is rounded with Packer's 512-bit numbers", text);
                s = n.toFixed(prec === undefined ? 6 : Number(prec));
                break;
            }
            case 't': {
                const b = toBool(a, text);
                if (b instanceof Unknown)
                    return b;
                s = String(b);
                break;
            }
            default:
                return new Unknown(`format: verb %${verb} is not evaluated`, text);
        }
        if (width) {
            const w = Number(width);
            if (flags.includes('-'))
                s = s.padEnd(w);
            else
                s = s.padStart(w, flags.includes('0') && /[df]/.test(verb ?? '') ? '0' : ' ');
        }
        out += s;
    }
    out += f.slice(last);
    return out;
}

;// CONCATENATED MODULE: ./src/facts/template/types.ts
const AZURE_ATTRIBUTES = [
    'os_type',
    'os_disk_size_gb',
    'disk_additional_size',
    'image_publisher',
    'image_offer',
    'image_sku',
    'image_version',
    'image_url',
    'custom_managed_image_name',
    'managed_image_name',
    'managed_image_resource_group_name',
    'capture_container_name',
    'capture_name_prefix',
    'vm_size',
    'security_type',
    'secure_boot_enabled',
    'vtpm_enabled',
    'keep_os_disk',
    'location',
    'build_resource_group_name',
    'communicator'
];
const GALLERY_ATTRIBUTES = [
    'subscription',
    'gallery_name',
    'resource_group',
    'image_name',
    'image_version',
    'replication_regions',
    'storage_account_type'
];

;// CONCATENATED MODULE: ./src/facts/template/errors.ts


/** A template the user gave us is wrong: one line, `file:line:column: reason`, exit 2, no stack. */
class TemplateError extends errors/* UserError */.yo {
    file;
    line;
    column;
    reason;
    constructor(file, line, column, reason) {
        super(`${(0,src_text/* inert */.tJ)(file)}:${line}:${column}: ${reason}`);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
        this.name = 'TemplateError';
    }
}

;// CONCATENATED MODULE: ./src/facts/template/extract.ts





function loc(span) {
    const l = { source: 'template', file: span.file, line: span.line, column: span.column };
    if (span.end_line !== span.line)
        l.end_line = span.end_line;
    return l;
}
/** Evaluates an expression to a TemplateValue located at `at` (the attribute, usually). */
function extract_valueOf(expr, scope, at) {
    const v = evaluate(expr, scope);
    // What Packer itself refuses rejects the template, at the expression (as Packer reports it).
    const err = findError(v);
    if (err)
        throw new TemplateError(expr.span.file, expr.span.line, expr.span.column, err.reason);
    const u = findUnknown(v);
    if (u)
        return { unresolved: true, expr: expr.text, reason: u.reason || 'unresolved', location: loc(at) };
    return { value: v, expr: expr.text, location: loc(at) };
}
function attrValue(a, scope) {
    return extract_valueOf(a.expr, scope, a.span);
}
function azureSource(block, scope) {
    const name = block.labels[1] ?? '';
    const src = { type: 'azure-arm', name, location: loc(block.span), attributes: {} };
    applyAttributes(src, block.body, scope);
    return src;
}
function applyAttributes(src, body, scope) {
    for (const a of body.attributes) {
        if (AZURE_ATTRIBUTES.includes(a.name))
            src.attributes[a.name] = attrValue(a, scope);
    }
    const sig = blocks(body, 'shared_image_gallery_destination')[0];
    if (sig) {
        const dest = {
            location: loc(sig.span),
            attributes: {}
        };
        for (const a of sig.body.attributes) {
            if (GALLERY_ATTRIBUTES.includes(a.name))
                dest.attributes[a.name] = attrValue(a, scope);
        }
        src.shared_image_gallery_destination = dest;
    }
}
/** All `source` blocks: azure-arm ones are returned, the rest noted. */
function extractSources(top, scope, notes) {
    const out = [];
    for (const b of top) {
        if (b.type !== 'source')
            continue;
        const [type = '', name = ''] = b.labels;
        if (type !== 'azure-arm') {
            notes.push(`${b.span.file}:${b.span.line}: source "${type}" "${name}" ignored (not azure-arm)`);
            continue;
        }
        if (out.some(s => s.name === name))
            throw new TemplateError(b.span.file, b.span.line, b.span.column, `duplicate source "azure-arm" "${(0,src_text/* inert */.tJ)(name)}"`);
        out.push(azureSource(b, scope));
    }
    return out;
}
function stringList(a, scope) {
    if (!a)
        return undefined;
    const v = evaluate(a.expr, scope);
    if (!Array.isArray(v))
        return undefined;
    const out = [];
    for (const x of v) {
        const s = x === null ? undefined : toStr(x, a.expr.text);
        if (typeof s === 'string')
            out.push(s);
    }
    return out;
}
/** A template's own source text without its quotes (for showing an unresolved command as written). */
function rawString(e) {
    const t = e.text;
    if (t.length >= 2 && t.startsWith('"') && t.endsWith('"'))
        return t.slice(1, -1);
    return t;
}
function lines(a, scope, make) {
    if (a.expr.kind === 'tuple') {
        return a.expr.items.map(item => {
            const v = evaluate(item, scope);
            const s = v === null ? new Unknown('null', item.text) : toStr(v, item.text);
            const u = s instanceof Unknown ? s : findUnknown(v);
            return u ? make(rawString(item), item, item.span, u) : make(s, item, item.span);
        });
    }
    const v = evaluate(a.expr, scope);
    if (Array.isArray(v)) {
        return v.map(x => {
            const s = x === null ? new Unknown('null', a.expr.text) : toStr(x, a.expr.text);
            return s instanceof Unknown ? make(a.expr.text, a.expr, a.span, s) : make(s, a.expr, a.span);
        });
    }
    if (typeof v === 'string')
        return [make(v, a.expr, a.span)];
    const u = findUnknown(v) ?? new Unknown(`not a list`, a.expr.text);
    return [make(rawString(a.expr), a.expr, a.span, u)];
}
/** inline, script(s), execute_command, direction from attributes (a provisioner's body or an override object). */
function settingsFrom(get, scope) {
    const p = {};
    const inline = get('inline');
    if (inline) {
        p.inline = lines(inline, scope, (text, _e, at, u) => {
            const l = { text, location: loc(at) };
            if (u) {
                l.unresolved = true;
                l.reason = u.reason;
            }
            return l;
        });
    }
    const scripts = [];
    for (const name of ['script', 'scripts']) {
        const a = get(name);
        if (!a)
            continue;
        scripts.push(...lines(a, scope, (text, _e, at, u) => {
            const s = { path: text, location: loc(at) };
            if (u) {
                s.unresolved = true;
                s.reason = u.reason;
            }
            return s;
        }));
    }
    if (scripts.length)
        p.scripts = scripts;
    const ec = get('execute_command');
    if (ec) {
        const v = evaluate(ec.expr, scope);
        const s = typeof v === 'string' ? v : v instanceof Unknown ? v : new Unknown('not a string', ec.expr.text);
        p.execute_command =
            typeof s === 'string'
                ? { text: s, location: loc(ec.span) }
                : { text: rawString(ec.expr), unresolved: true, reason: s.reason, location: loc(ec.span) };
    }
    const dir = get('direction');
    if (dir) {
        const v = evaluate(dir.expr, scope);
        p.direction = typeof v === 'string' ? v : '(unresolved)';
    }
    return p;
}
/** `override = { NAME = { inline = [...] } }`: each entry's settings, read from the expression's syntax. */
function overrideFrom(a, scope) {
    if (a.expr.kind !== 'object')
        return undefined;
    const out = {};
    for (const it of a.expr.items) {
        const k = evaluate(it.key, scope);
        if (typeof k !== 'string' || it.value.kind !== 'object')
            continue;
        const fields = new Map();
        for (const f of it.value.items) {
            const fk = evaluate(f.key, scope);
            if (typeof fk === 'string')
                fields.set(fk, { name: fk, expr: f.value, span: f.value.span });
        }
        out[k] = settingsFrom(n => fields.get(n), scope);
    }
    return out;
}
function provisionerFromHcl(b, index, scope) {
    const p = {
        index,
        type: b.labels[0] ?? '',
        location: loc(b.span),
        ...settingsFrom(n => attr(b.body, n), scope)
    };
    const only = stringList(attr(b.body, 'only'), scope);
    const except = stringList(attr(b.body, 'except'), scope);
    if (only)
        p.only = only;
    if (except)
        p.except = except;
    const ov = attr(b.body, 'override');
    if (ov) {
        const o = overrideFrom(ov, scope);
        if (o)
            p.override = o;
    }
    return p;
}
function extractBuilds(top, sources, scope, notes) {
    const out = [];
    for (const b of top) {
        if (b.type !== 'build')
            continue;
        const nameAttr = attr(b.body, 'name');
        let name;
        if (nameAttr) {
            const v = evaluate(nameAttr.expr, scope);
            if (typeof v === 'string')
                name = v;
            else
                notes.push(`${nameAttr.span.file}:${nameAttr.span.line}: build name ${nameAttr.expr.text} is not a known string`);
        }
        const build = { location: loc(b.span), sources: [], provisioners: [] };
        if (name !== undefined)
            build.name = name;
        const refs = [];
        const srcAttr = attr(b.body, 'sources');
        if (srcAttr) {
            const items = srcAttr.expr.kind === 'tuple' ? srcAttr.expr.items : [srcAttr.expr];
            for (const it of items) {
                const v = evaluate(it, scope);
                if (typeof v === 'string')
                    refs.push({ ref: v, span: it.span });
                else if (Array.isArray(v))
                    for (const x of v) {
                        if (typeof x === 'string')
                            refs.push({ ref: x, span: it.span });
                    }
                else
                    notes.push(`${it.span.file}:${it.span.line}: build source ${it.text} is not a known string`);
            }
        }
        for (const sb of blocks(b.body, 'source')) {
            refs.push({ ref: sb.labels[0] ?? '', span: sb.span, override: sb.body });
        }
        for (const r of refs) {
            const m = /^(?:source\.)?([^.]+)\.(.+)$/.exec(r.ref);
            if (!m) {
                notes.push(`${r.span.file}:${r.span.line}: build source "${r.ref}" is not of the form source.TYPE.NAME`);
                continue;
            }
            const [, type, sname] = m;
            if (type !== 'azure-arm') {
                notes.push(`${r.span.file}:${r.span.line}: build source "${r.ref}" ignored (not azure-arm)`);
                continue;
            }
            const base = sources.find(s => s.name === sname);
            if (!base)
                throw new TemplateError(r.span.file, r.span.line, r.span.column, `build refers to ${(0,src_text/* inert */.tJ)(r.ref)}, which no source block defines`);
            let source = base;
            if (r.override) {
                // Packer merges the build's source block into the source's body: an argument set in both is an error.
                const def = top.find(t => t.type === 'source' && t.labels[0] === 'azure-arm' && t.labels[1] === sname);
                for (const a of r.override.attributes) {
                    if (a.name === 'name')
                        continue;
                    const prev = def && attr(def.body, a.name);
                    if (prev)
                        throw new TemplateError(a.span.file, a.span.line, a.span.column, `Duplicate argument: "${(0,src_text/* inert */.tJ)(a.name)}" was already set at ${prev.span.file}:${prev.span.line}; a build's source block may only add arguments`);
                }
                source = structuredCloneSource(base);
                applyAttributes(source, r.override, scope);
                const n = attr(r.override, 'name');
                if (n) {
                    const v = evaluate(n.expr, scope);
                    if (typeof v === 'string')
                        source.name = v;
                }
            }
            const full = `${name !== undefined ? `${name}.` : ''}azure-arm.${source.name}`;
            if (out.some(b => b.sources.some(x => x.name === full)) || build.sources.some(x => x.name === full))
                throw new TemplateError(r.span.file, r.span.line, r.span.column, `the image ${(0,src_text/* inert */.tJ)(full)} is built twice; give each build a distinct name`);
            build.sources.push({ ref: r.ref, name: full, source, location: loc(r.span) });
        }
        let index = 0;
        for (const pb of b.body.blocks) {
            if (pb.type === 'provisioner')
                build.provisioners.push(provisionerFromHcl(pb, index++, scope));
            else if (pb.type !== 'source')
                notes.push(`${pb.span.file}:${pb.span.line}: ${pb.type} block in build ignored`);
        }
        out.push(build);
    }
    return out;
}
function structuredCloneSource(s) {
    return {
        ...s,
        attributes: { ...s.attributes },
        ...(s.shared_image_gallery_destination
            ? {
                shared_image_gallery_destination: {
                    ...s.shared_image_gallery_destination,
                    attributes: { ...s.shared_image_gallery_destination.attributes }
                }
            }
            : {})
    };
}
/**
 * Does provisioner `p` run for the image `b` of a build (only/except)? As Packer matches them: HCL2 compares
 * each name with "TYPE.NAME" (NAME: the build's `name` for the source, else the source's), nothing else;
 * legacy JSON with the builder's name.
 */
function appliesTo(p, b, format = 'hcl2') {
    const name = format === 'json' ? b.name : `azure-arm.${b.source.name}`;
    if (p.only && p.only.length > 0)
        return p.only.includes(name);
    if (p.except && p.except.length > 0)
        return !p.except.includes(name);
    return true;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/user-file.ts
var user_file = __webpack_require__(3207);
;// CONCATENATED MODULE: ./src/facts/template/input.ts
/**
 * Reading a template's files: size-bounded text, display paths and --var values. Its own module so that
 * read.ts (HCL) and json.ts (JSON templates) share it without importing each other.
 */




const MAX_BYTES = 8 * 1024 * 1024;
function displayPath(abs, cwd) {
    const rel = external_node_path_default().relative(cwd, abs);
    return rel === '' ? '.' : rel.split((external_node_path_default()).sep).join('/');
}
function readText(abs, shown, what) {
    // A regular file only (a FIFO or device is refused without blocking), at most MAX_BYTES.
    return (0,user_file/* readUserText */.nD)(abs, what, MAX_BYTES, shown).text;
}
function parseCliVars(vars) {
    if (!vars)
        return [];
    if (!Array.isArray(vars))
        return Object.entries(vars);
    return vars.map(kv => {
        const i = kv.indexOf('=');
        if (i <= 0)
            throw new errors/* UserError */.yo(`--var ${(0,src_text/* inert */.tJ)(kv)}: expected NAME=VALUE`);
        return [kv.slice(0, i).trim(), kv.slice(i + 1)];
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
;// CONCATENATED MODULE: ./src/facts/template/steps.ts
/**
 * What a provisioner runs on the machine, in Packer's order: for each script (the inline lines are one script,
 * each `script`/`scripts` file another), the commands of `execute_command` before `{{ .Path }}`, the script's
 * lines, then the commands after it. A script file is read when it is in the repository (relative to where
 * Packer runs); one that cannot be read is one unresolved step, never skipped.
 */


const MAX_SCRIPT_BYTES = 1024 * 1024;
const SCRIPT_TYPES = new Set(['shell', 'powershell', 'windows-shell']);
/** The provisioner as it runs for one source: `override[sourceName]` replaces the fields it sets. */
function forSource(p, sourceName) {
    const o = p.override?.[sourceName];
    const { override: _override, ...rest } = p;
    if (!o)
        return rest;
    const out = { ...rest, ...o };
    // An override that names `inline` replaces the scripts too only when it names them; Packer's shell
    // provisioner rejects both at once, so an inline override drops the base's scripts and vice versa.
    if (o.inline && !o.scripts)
        delete out.scripts;
    if (o.scripts && !o.inline)
        delete out.inline;
    return out;
}
/** Splits a shell command line into its `;`/`&&`/`||`-separated commands (outside quotes). */
function splitCommands(line) {
    const out = [];
    let cur = '';
    let q;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (q) {
            if (c === q)
                q = undefined;
            else if (c === '\\' && q === '"' && i + 1 < line.length) {
                cur += c + line[++i];
                continue;
            }
            cur += c;
            continue;
        }
        if (c === '"' || c === "'") {
            q = c;
            cur += c;
            continue;
        }
        if (c === ';' || ((c === '&' || c === '|') && line[i + 1] === c)) {
            if (c !== ';')
                i++;
            if (cur.trim())
                out.push(cur.trim());
            cur = '';
            continue;
        }
        cur += c;
    }
    if (cur.trim())
        out.push(cur.trim());
    return out;
}
const PATH_REF = /\{\{-?\s*\.Path\s*-?\}\}/;
/** execute_command's commands before and after the one that runs the script. */
function wrap(ec) {
    if (!ec)
        return { before: [], after: [], runs: true };
    if (ec.unresolved)
        return {
            before: [
                {
                    text: ec.text,
                    from: 'execute_command',
                    unresolved: true,
                    reason: ec.reason ?? 'unresolved',
                    location: ec.location
                }
            ],
            after: [],
            runs: true
        };
    const cmds = splitCommands(ec.text);
    const runAt = cmds.findIndex(c => PATH_REF.test(c) && !/^\s*(sudo\s+)?chmod\b/.test(c));
    const step = (text) => ({ text, from: 'execute_command', location: ec.location });
    const keep = (c) => !(PATH_REF.test(c) && /^\s*(sudo\s+)?chmod\b/.test(c));
    if (runAt < 0)
        return { before: cmds.filter(keep).map(step), after: [], runs: false };
    return {
        before: cmds.slice(0, runAt).filter(keep).map(step),
        after: cmds
            .slice(runAt + 1)
            .filter(keep)
            .map(step),
        runs: true
    };
}
/** The commands of a script file, with their lines; comments and blank lines are left out. */
function scriptSteps(s, cwd, shownCwd, windows) {
    const unresolved = (reason) => [
        { text: s.path, from: 'script', unresolved: true, reason, location: s.location }
    ];
    if (s.unresolved)
        return unresolved(s.reason ?? 'the script path is unresolved');
    const abs = external_node_path_default().resolve(cwd, s.path);
    let text;
    try {
        const st = external_node_fs_default().statSync(abs);
        if (!st.isFile())
            return unresolved(`${s.path} is not a file`);
        if (st.size > MAX_SCRIPT_BYTES)
            return unresolved(`${s.path} is larger than ${MAX_SCRIPT_BYTES} bytes`);
        text = external_node_fs_default().readFileSync(abs, 'utf8');
    }
    catch {
        return unresolved(`${s.path} is not in the repository (not found relative to ${cwd})`);
    }
    const file = shownCwd(abs);
    const out = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const start = i;
        let l = lines[i];
        // Shell line continuations (PowerShell's backtick likewise) join the next line.
        while (i + 1 < lines.length && (windows ? /`\s*$/.test(l) : /\\$/.test(l)))
            l = `${l.replace(windows ? /`\s*$/ : /\\$/, ' ')}${lines[++i]}`;
        const t = l.trim();
        if (t === '' || t.startsWith('#'))
            continue;
        const location = { source: 'template', file, line: start + 1, column: 1 };
        if (i !== start)
            location.end_line = i + 1;
        out.push({ text: t, from: 'script', location });
    }
    return out;
}
/** The steps of a provisioner (empty for types that run no commands on the machine, such as `file`). */
function provisionerSteps(p, cwd, shownCwd) {
    if (!SCRIPT_TYPES.has(p.type))
        return [];
    const windows = p.type !== 'shell';
    const { before, after, runs } = wrap(p.execute_command);
    const units = [];
    if (p.inline) {
        const unit = [];
        for (const l of p.inline) {
            if (l.unresolved) {
                unit.push({
                    text: l.text,
                    from: 'inline',
                    unresolved: true,
                    reason: l.reason ?? 'unresolved',
                    location: l.location
                });
                continue;
            }
            for (const part of l.text.split(/\r?\n/)) {
                const t = part.trim();
                if (t !== '' && !t.startsWith('#'))
                    unit.push({ text: t, from: 'inline', location: l.location });
            }
        }
        units.push(unit);
    }
    for (const s of p.scripts ?? [])
        units.push(scriptSteps(s, cwd, shownCwd, windows));
    const out = [];
    for (const u of units)
        out.push(...before, ...(runs ? u : []), ...after);
    return out;
}

;// CONCATENATED MODULE: ./src/facts/template/facts.ts
/**
 * templateFacts(): the partial facts document of each image a template builds (one per build × azure-arm
 * source), with the template location of every fact. Declared facts: they rank with manifest custom_data,
 * below anything observed (probe, VHD footer).
 */





function known(v) {
    return v && !v.unresolved ? v.value : undefined;
}
function str(v) {
    const x = known(v);
    if (typeof x === 'string')
        return x === '' ? undefined : x;
    if (typeof x === 'number')
        return String(x);
    return undefined;
}
function bool(v) {
    const x = known(v);
    if (typeof x === 'boolean')
        return x;
    if (x === 'true' || x === 'false')
        return x === 'true';
    return undefined;
}
function num(v) {
    const x = known(v);
    if (typeof x === 'number')
        return x;
    if (typeof x === 'string' && /^\d+(\.\d+)?$/.test(x.trim()))
        return Number(x);
    return undefined;
}
function templateFacts(model, opts = {}) {
    const images = [];
    for (const b of model.builds) {
        for (const bs of b.sources) {
            const entry = {
                bs,
                provisioners: b.provisioners
                    .filter(p => appliesTo(p, bs, model.format))
                    .map(p => forSource(p, bs.source.name))
            };
            if (b.name !== undefined)
                entry.build = b.name;
            images.push(entry);
        }
    }
    let chosen = images;
    if (opts.build !== undefined) {
        const want = opts.build;
        chosen = images.filter(i => i.build === want || i.bs.name === want || i.bs.source.name === want);
        if (chosen.length === 0) {
            const names = images.map(i => i.bs.name);
            throw new errors/* UserError */.yo(`build ${(0,src_text/* inert */.tJ)(want)} not found in ${(0,src_text/* inert */.tJ)(model.root)}${names.length ? ` (it builds: ${names.map(n => (0,src_text/* inert */.tJ)(n)).join(', ')})` : ' (it builds no azure-arm image)'}`);
        }
    }
    const cwd = model.cwd ?? process.cwd();
    const shown = (abs) => displayPath(abs, process.cwd());
    return chosen.map(i => imageFacts(i.bs, i.provisioners, i.build, cwd, shown));
}
function imageFacts(bs, provisioners, build, cwd, shown) {
    const src = bs.source;
    const a = src.attributes;
    const facts = { schema_version: 1 };
    const provenance = {};
    const unresolved = [];
    const put = (obj, dotted, value, where) => {
        const keys = dotted.split('.');
        let o = obj;
        for (const k of keys.slice(0, -1))
            o = (o[k] ??= {});
        o[keys[keys.length - 1]] = value;
        provenance[dotted] = where;
    };
    const miss = (attribute, v, fact) => {
        if (v?.unresolved)
            unresolved.push({
                ...(fact ? { fact } : {}),
                attribute,
                expr: v.expr,
                reason: v.reason,
                location: v.location
            });
    };
    put(facts, 'image.builder_type', 'azure-arm', src.location);
    // os.declared_type
    const osType = str(a.os_type);
    if (osType && /^(linux|windows)$/i.test(osType))
        put(facts, 'os.declared_type', osType.toLowerCase() === 'linux' ? 'Linux' : 'Windows', a.os_type.location);
    else
        miss('os_type', a.os_type, 'os.declared_type');
    // disks
    put(facts, 'disks.os_disk_count', 1, src.location);
    const osSize = num(a.os_disk_size_gb);
    if (osSize !== undefined && osSize > 0)
        put(facts, 'disks.os.size_gb', osSize, a.os_disk_size_gb.location);
    else
        miss('os_disk_size_gb', a.os_disk_size_gb, 'disks.os.size_gb');
    const extra = a.disk_additional_size;
    if (!extra)
        put(facts, 'disks.data', [], src.location);
    else if (!extra.unresolved &&
        Array.isArray(extra.value) &&
        extra.value.every(x => typeof x === 'number' || (typeof x === 'string' && /^\d+$/.test(x))))
        put(facts, 'disks.data', extra.value.map((x, lun) => ({ lun, size_gb: Number(x) })), extra.location);
    else if (extra.unresolved)
        miss('disk_additional_size', extra, 'disks.data');
    else
        unresolved.push({
            fact: 'disks.data',
            attribute: 'disk_additional_size',
            expr: extra.expr,
            reason: 'not a list of sizes',
            location: extra.location
        });
    // image name: the managed image, else the gallery image definition
    const sig = src.shared_image_gallery_destination;
    const managed = str(a.managed_image_name);
    const galleryImage = str(sig?.attributes.image_name);
    // An unresolved managed_image_name leaves the name unknown rather than falling back to the gallery's.
    if (managed)
        put(facts, 'image.name', managed, a.managed_image_name.location);
    else if (galleryImage && !a.managed_image_name?.unresolved)
        put(facts, 'image.name', galleryImage, sig.attributes.image_name.location);
    // sku.version from the gallery image version
    const ver = str(sig?.attributes.image_version);
    if (ver) {
        put(facts, 'sku.version', ver, sig.attributes.image_version.location);
        facts.sku.version_sources = [{ source: 'template', value: ver }];
    }
    else
        miss('shared_image_gallery_destination.image_version', sig?.attributes.image_version, 'sku.version');
    // template.*: what only a template knows
    put(facts, 'template.source', bs.name, bs.location);
    if (build !== undefined)
        facts.template = { ...facts.template, build };
    const t = (key, attribute, conv = str) => {
        const v = a[attribute];
        const x = conv(v);
        if (x !== undefined)
            put(facts, `template.${key}`, x, v.location);
        else
            miss(attribute, v, `template.${key}`);
    };
    t('base_image.publisher', 'image_publisher');
    t('base_image.offer', 'image_offer');
    t('base_image.sku', 'image_sku');
    t('base_image.version', 'image_version');
    t('base_image.url', 'image_url');
    t('base_image.custom_managed_image_name', 'custom_managed_image_name');
    // A Windows image's declared base image is what WIN-001 judges before any build (a probe outranks it).
    if (facts.os?.declared_type === 'Windows') {
        const parts = {
            publisher: a.image_publisher,
            offer: a.image_offer,
            sku: a.image_sku,
            version: a.image_version
        };
        let any = false;
        for (const [k, v] of Object.entries(parts)) {
            const x = str(v);
            // "latest" names no version: leave it out rather than state one.
            if (x === undefined || (k === 'version' && x.toLowerCase() === 'latest'))
                continue;
            put(facts, `windows.base_image.${k}`, x, v.location);
            any = true;
        }
        if (any)
            facts.windows.base_image.source = 'template';
    }
    t('vm_size', 'vm_size');
    t('security_type', 'security_type');
    t('secure_boot_enabled', 'secure_boot_enabled', bool);
    t('vtpm_enabled', 'vtpm_enabled', bool);
    t('keep_os_disk', 'keep_os_disk', bool);
    t('managed_image_name', 'managed_image_name');
    t('capture_container_name', 'capture_container_name');
    t('capture_name_prefix', 'capture_name_prefix');
    if (sig) {
        for (const k of ['gallery_name', 'image_name', 'image_version', 'resource_group']) {
            const v = sig.attributes[k];
            const x = str(v);
            if (x !== undefined)
                put(facts, `template.gallery_destination.${k}`, x, v.location);
            else if (k !== 'image_version')
                miss(`shared_image_gallery_destination.${k}`, v, `template.gallery_destination.${k}`);
        }
        provenance['template.gallery_destination'] ??= sig.location;
    }
    const provs = provisioners.map((p, n) => {
        provenance[`template.provisioners.${n}`] = p.location;
        const out = { index: p.index, type: p.type };
        if (p.inline) {
            out.inline = p.inline.map((l, j) => {
                provenance[`template.provisioners.${n}.inline.${j}`] = l.location;
                return l.text;
            });
        }
        if (p.scripts) {
            out.scripts = p.scripts.map((s, j) => {
                provenance[`template.provisioners.${n}.scripts.${j}`] = s.location;
                return s.path;
            });
        }
        if (p.execute_command) {
            provenance[`template.provisioners.${n}.execute_command`] = p.execute_command.location;
            out.execute_command = p.execute_command.text;
        }
        if (p.direction !== undefined)
            out.direction = p.direction;
        out.steps = provisionerSteps(p, cwd, shown).map((st, k) => {
            provenance[`template.provisioners.${n}.steps.${k}`] = st.location;
            return { text: st.text, from: st.from, ...(st.unresolved ? { unresolved: true } : {}) };
        });
        if (p.inline?.some(l => l.unresolved) ||
            p.scripts?.some(s => s.unresolved) ||
            p.execute_command?.unresolved)
            out.unresolved = true;
        return out;
    });
    facts.template = { ...facts.template, provisioners: provs };
    if (unresolved.length) {
        ;
        facts.template.unresolved = unresolved.map(u => ({
            attribute: u.attribute,
            expr: u.expr,
            reason: u.reason
        }));
    }
    const out = {
        name: bs.name,
        source: src.name,
        facts,
        provenance,
        unresolved,
        provisioners
    };
    if (build !== undefined)
        out.build = build;
    return out;
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/facts/template/grammar.ts
/**
 * Where the tree-sitter runtime and the HCL grammar (both WebAssembly) are found, and their lazy loading.
 * Everything that knows a wasm path lives here: the bundler copies the files named by `templateWasmAssets()`
 * next to dist/cli.js and dist/index.js, and the same lookup finds them there or in node_modules.
 * Nothing is loaded until a template is read, so the CLI's cold start does not pay for it.
 */




const HCL_WASM = 'tree-sitter-hcl.wasm';
const RUNTIME_WASM = 'web-tree-sitter.wasm';
const RUNTIME_JS = 'web-tree-sitter.cjs';
function here() {
    return external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(require("url").pathToFileURL(__filename).href));
}
function firstExisting(candidates, what) {
    for (const c of candidates)
        if (external_node_fs_default().existsSync(c))
            return c;
    throw new Error(`${what} not found (looked in ${candidates.join(', ')})`);
}
function packageDir(pkg) {
    try {
        const req = (0,external_node_module_.createRequire)(require("url").pathToFileURL(__filename).href);
        // Neither package exports its package.json for every resolver; resolve the entry and walk up.
        let dir = external_node_path_default().dirname(req.resolve(pkg));
        while (!external_node_fs_default().existsSync(external_node_path_default().join(dir, 'package.json')) && external_node_path_default().dirname(dir) !== dir)
            dir = external_node_path_default().dirname(dir);
        return dir;
    }
    catch {
        return undefined;
    }
}
function nodeModulesCandidates(pkg, file) {
    const out = [];
    const dir = packageDir(pkg);
    if (dir)
        out.push(external_node_path_default().join(dir, file));
    // Walk up from this module (source tree or dist/) to the nearest node_modules holding the package.
    let d = here();
    for (;;) {
        out.push(external_node_path_default().join(d, 'node_modules', pkg, file));
        const up = external_node_path_default().dirname(d);
        if (up === d)
            break;
        d = up;
    }
    return out;
}
/** Absolute path of the HCL grammar wasm: beside the bundle (dist/cli/, dist/) first, else from node_modules. */
function grammarWasmPath() {
    const env = process.env.VMIP_HCL_WASM;
    return firstExisting([
        ...(env ? [env] : []),
        external_node_path_default().join(here(), HCL_WASM),
        external_node_path_default().join(here(), '..', HCL_WASM),
        ...nodeModulesCandidates('@tree-sitter-grammars/tree-sitter-hcl', HCL_WASM)
    ], 'HCL grammar (tree-sitter-hcl.wasm)');
}
/** Absolute path of the tree-sitter runtime wasm (web-tree-sitter.wasm). */
function treeSitterWasmPath() {
    return firstExisting([
        external_node_path_default().join(here(), RUNTIME_WASM),
        external_node_path_default().join(here(), '..', RUNTIME_WASM),
        ...nodeModulesCandidates('web-tree-sitter', RUNTIME_WASM)
    ], 'tree-sitter runtime (web-tree-sitter.wasm)');
}
/**
 * Absolute path of web-tree-sitter's CommonJS build. It is required by path, not bundled: bundlers break its
 * `require('module')` interop, and it is given its wasm's path (treeSitterWasmPath).
 */
function treeSitterModulePath() {
    return firstExisting([
        external_node_path_default().join(here(), RUNTIME_JS),
        external_node_path_default().join(here(), '..', RUNTIME_JS),
        ...nodeModulesCandidates('web-tree-sitter', RUNTIME_JS)
    ], 'tree-sitter runtime (web-tree-sitter.js)');
}
/** The files a bundle must ship beside its entry points (dist/): `[{ from, name }]`. */
function templateWasmAssets() {
    return [
        { from: grammarWasmPath(), name: HCL_WASM },
        { from: treeSitterWasmPath(), name: RUNTIME_WASM },
        { from: treeSitterModulePath(), name: RUNTIME_JS }
    ];
}
let parserPromise;
/** One shared parser for HCL, created on first use. */
function hclParser() {
    parserPromise ??= (async () => {
        // Required by path at run time (CommonJS: Node 20 cannot import() from code run out of the compile cache,
        // src/compile-cache.ts).
        const { Parser, Language } = (0,external_node_module_.createRequire)(require("url").pathToFileURL(__filename).href)(treeSitterModulePath());
        const runtime = treeSitterWasmPath();
        await Parser.init({ locateFile: () => runtime });
        const language = await Language.load(external_node_fs_default().readFileSync(grammarWasmPath()));
        const parser = new Parser();
        parser.setLanguage(language);
        return parser;
    })();
    parserPromise.catch(() => {
        parserPromise = undefined;
    });
    return parserPromise;
}

;// CONCATENATED MODULE: ./src/facts/template/hcl.ts



async function parseHcl(source, file) {
    // The tree-sitter grammar lacks HCL's exponent-only numbers (`1e21`): where it stops at one, the literal is
    // given a fraction (`1.0e21`) and parsed again (columns after it on that line move by two).
    let first;
    for (let i = 0; i < 50; i++) {
        try {
            return await parseOnce(source, file);
        }
        catch (e) {
            if (!(e instanceof ExponentGap))
                throw first ?? e;
            first ??= e.error;
            source = `${source.slice(0, e.index)}.0${source.slice(e.index)}`;
        }
    }
    throw first ?? new TemplateError(file, 1, 1, 'invalid HCL');
}
class ExponentGap extends Error {
    index;
    error;
    constructor(index, error) {
        super(error.message);
        this.index = index;
        this.error = error;
    }
}
async function parseOnce(source, file) {
    const parser = await hclParser();
    const tree = parser.parse(source);
    if (!tree)
        throw new TemplateError(file, 1, 1, 'the HCL parser gave up on this file');
    try {
        const root = tree.rootNode;
        tooDeep(tree, file);
        if (root.hasError) {
            const err = syntaxError(root, file, source);
            const gap = exponentGap(root, source);
            if (gap >= 0)
                throw new ExponentGap(gap, err);
            throw err;
        }
        return new Converter(source, file).configFile(root);
    }
    finally {
        tree.delete();
    }
}
/** Syntax-tree depth beyond which a template is refused: the reader and evaluator recurse per level. */
const MAX_TREE_DEPTH = 600;
/** Walks the tree without recursion; a TemplateError at the first node nested deeper than the limit. */
function tooDeep(tree, file) {
    const c = tree.walk();
    try {
        let depth = 0;
        for (;;) {
            if (depth > MAX_TREE_DEPTH) {
                const p = c.startPosition;
                throw new TemplateError(file, p.row + 1, p.column + 1, `expressions nested too deeply (more than ${MAX_TREE_DEPTH} syntax levels)`);
            }
            if (c.gotoFirstChild()) {
                depth++;
                continue;
            }
            while (!c.gotoNextSibling()) {
                if (!c.gotoParent())
                    return;
                depth--;
            }
        }
    }
    finally {
        c.delete();
    }
}
/** Parses one expression (a `--var name=value` of a non-string type). */
async function parseHclExpression(text, file) {
    const body = await parseHcl(`value = ${text}\n`, file);
    const a = body.attributes[0];
    if (!a || body.attributes.length !== 1 || body.blocks.length)
        throw new TemplateError(file, 1, 1, `not a single HCL expression: ${(0,src_text/* inert */.tJ)(text)}`);
    return a.expr;
}
/** The index of the `e` of an exponent-only number (`1e21`) just before the first syntax problem, or -1. */
function exponentGap(root, source) {
    const p = firstProblem(root);
    if (!p)
        return -1;
    const from = Math.max(0, p.startIndex - 200);
    const window = source.slice(from, p.startIndex + 40);
    let found = -1;
    for (const m of window.matchAll(/(^|[^\w."$.])(\d+)([eE][+-]?\d+)(?![\w.])/g))
        found = from + m.index + m[1].length + m[2].length;
    return found;
}
function firstProblem(node) {
    if (node.isMissing)
        return node;
    if (!node.hasError && !node.isError)
        return undefined;
    for (const c of node.children) {
        const p = c && firstProblem(c);
        if (p)
            return p;
    }
    // An ERROR node with no nested problem: the recovery region starts here.
    return node.isError ? node : undefined;
}
const TOKEN_NAMES = {
    block_end: "'}'",
    object_end: "'}'",
    tuple_end: "']'",
    quoted_template_end: "closing '\"'",
    template_interpolation_end: "'}' closing '${'",
    heredoc_identifier: 'heredoc end marker',
    identifier: 'a name',
    expression: 'an expression'
};
const CLOSERS = new Set([
    '}',
    ']',
    ')',
    '"',
    'block_end',
    'object_end',
    'tuple_end',
    'quoted_template_end',
    'template_interpolation_end',
    'heredoc_identifier'
]);
const OPENERS = {
    block: 'block',
    object: 'object',
    tuple: 'list',
    function_call: 'function call',
    quoted_template: 'string',
    string_lit: 'string',
    heredoc_template: 'heredoc'
};
function opened(p) {
    for (let a = p.parent; a; a = a.parent) {
        const what = OPENERS[a.type];
        if (what)
            return ` (to close the ${what} opened at ${a.startPosition.row + 1}:${a.startPosition.column + 1})`;
    }
    return '';
}
function syntaxError(root, file, source) {
    let p = firstProblem(root) ?? root;
    if (p.isMissing &&
        CLOSERS.has(p.type) &&
        !['quoted_template_end', 'template_interpolation_end', 'heredoc_identifier', '"'].includes(p.type)) {
        // Several closers missing at the end of the file: name the outermost one (the first opened).
        const all = root
            .descendantsOfType([...CLOSERS])
            .filter((x) => !!x && x.isMissing && x.startIndex === p.startIndex);
        p = all[all.length - 1] ?? p;
    }
    const line = p.startPosition.row + 1;
    const column = p.startPosition.column + 1;
    if (p.isMissing && CLOSERS.has(p.type)) {
        const want = TOKEN_NAMES[p.type] ?? `'${p.type}'`;
        return new TemplateError(file, line, column, `invalid HCL: missing ${want}${opened(p)}`);
    }
    // An ERROR node, or a token tree-sitter invented to recover: name what is actually there.
    const rest = p.isMissing ? source.slice(p.startIndex) : p.text;
    const m = /^\s*/.exec(rest);
    const skipped = m ? m[0] : '';
    const token = rest.slice(skipped.length).split(/\s/)[0] ?? '';
    if (token === '')
        return new TemplateError(file, line, column, 'invalid HCL: unexpected end of file');
    let l = line;
    let c = column;
    for (const ch of skipped) {
        if (ch === '\n') {
            l++;
            c = 1;
        }
        else
            c++;
    }
    return new TemplateError(file, l, c, `invalid HCL: unexpected ${(0,src_text/* inert */.tJ)(JSON.stringify(token), 40)}`);
}
class Converter {
    src;
    file;
    constructor(src, file) {
        this.src = src;
        this.file = file;
    }
    span(n) {
        return {
            file: this.file,
            line: n.startPosition.row + 1,
            column: n.startPosition.column + 1,
            end_line: n.endPosition.row + 1,
            end_column: n.endPosition.column + 1
        };
    }
    text(n) {
        return this.src.slice(n.startIndex, n.endIndex);
    }
    configFile(root) {
        const body = root.namedChildren.find(c => c?.type === 'body');
        if (body)
            return this.body(body);
        if (root.namedChildren.some(c => c?.type === 'object'))
            throw new TemplateError(this.file, 1, 1, 'a JSON-syntax HCL file is not supported here; use native HCL syntax');
        return { attributes: [], blocks: [] };
    }
    body(n) {
        const out = { attributes: [], blocks: [] };
        for (const c of n.namedChildren) {
            if (!c)
                continue;
            if (c.type === 'attribute')
                out.attributes.push(this.attribute(c));
            else if (c.type === 'block')
                out.blocks.push(this.block(c));
        }
        return out;
    }
    attribute(n) {
        const name = n.namedChildren.find(c => c?.type === 'identifier');
        const expr = n.namedChildren.find(c => c?.type === 'expression');
        if (!name || !expr)
            throw new TemplateError(this.file, n.startPosition.row + 1, n.startPosition.column + 1, 'invalid HCL: malformed attribute');
        return { name: this.text(name), expr: this.expr(expr), span: this.span(n) };
    }
    block(n) {
        let type;
        const labels = [];
        let body = { attributes: [], blocks: [] };
        for (const c of n.namedChildren) {
            if (!c)
                continue;
            if (c.type === 'identifier') {
                if (type === undefined)
                    type = this.text(c);
                else
                    labels.push(this.text(c));
            }
            else if (c.type === 'string_lit')
                labels.push(unescapeQuoted(this.stringLitContent(c)));
            else if (c.type === 'body')
                body = this.body(c);
        }
        return { type: type ?? '', labels, body, span: this.span(n) };
    }
    stringLitContent(n) {
        const start = n.children.find(c => c?.type === 'quoted_template_start');
        const end = n.children.find(c => c?.type === 'quoted_template_end');
        return this.src.slice(start ? start.endIndex : n.startIndex, end ? end.startIndex : n.endIndex);
    }
    base(n) {
        return { span: this.span(n), text: this.text(n) };
    }
    unsupported(n, what) {
        return { kind: 'unsupported', what, ...this.base(n) };
    }
    expr(n) {
        switch (n.type) {
            case 'expression':
                return this.expression(n);
            case 'literal_value':
                return this.literal(n);
            case 'template_expr': {
                const t = n.namedChildren[0];
                if (!t)
                    return this.unsupported(n, 'empty template');
                return t.type === 'heredoc_template' ? this.heredoc(t, n) : this.quoted(t, n);
            }
            case 'variable_expr':
                return { kind: 'variable', name: this.text(n), ...this.base(n) };
            case 'function_call':
                return this.call(n);
            case 'collection_value': {
                const c = n.namedChildren[0];
                if (!c)
                    return this.unsupported(n, 'empty collection');
                return c.type === 'tuple' ? this.tuple(c, n) : this.object(c, n);
            }
            case 'conditional': {
                const [cond, then, els] = n.namedChildren.filter(c => c && c.type !== 'comment');
                if (!cond || !then || !els)
                    return this.unsupported(n, 'malformed conditional');
                return {
                    kind: 'conditional',
                    cond: this.expr(cond),
                    then: this.expr(then),
                    else: this.expr(els),
                    ...this.base(n)
                };
            }
            case 'operation': {
                const c = n.namedChildren[0];
                return c ? this.expr(c) : this.unsupported(n, 'empty operation');
            }
            case 'binary_operation': {
                const kids = n.children.filter(c => c && c.type !== 'comment');
                const at = kids.findIndex(c => !c.isNamed && c.type !== '(' && c.type !== ')');
                if (at <= 0 || at === kids.length - 1)
                    return this.unsupported(n, 'malformed operation');
                return {
                    kind: 'binary',
                    op: kids[at].type,
                    left: this.chain(kids.slice(0, at), n),
                    right: this.chain(kids.slice(at + 1), n),
                    ...this.base(n)
                };
            }
            case 'unary_operation': {
                const kids = n.children.filter(c => c && c.type !== 'comment');
                if (kids.length < 2 || kids[0].isNamed)
                    return this.unsupported(n, 'malformed operation');
                return { kind: 'unary', op: kids[0].type, operand: this.chain(kids.slice(1), n), ...this.base(n) };
            }
            case 'for_expr':
                return this.unsupported(n, 'for expression');
            default:
                return this.unsupported(n, n.type.replace(/_/g, ' '));
        }
    }
    /** `expression`: a primary (or parenthesised expression) followed by attribute, index and splat steps. */
    expression(n) {
        return this.chain(n.children.filter(c => c && c.type !== 'comment'), n);
    }
    /** A primary (or parenthesised expression) followed by attribute, index and splat steps. */
    chain(kids, n) {
        const first = kids[0];
        const lastKid = kids[kids.length - 1];
        if (!first || !lastKid)
            return this.unsupported(n, 'empty expression');
        const whole = {
            span: {
                file: this.file,
                line: first.startPosition.row + 1,
                column: first.startPosition.column + 1,
                end_line: lastKid.endPosition.row + 1,
                end_column: lastKid.endPosition.column + 1
            },
            text: this.src.slice(first.startIndex, lastKid.endIndex)
        };
        let i = 0;
        let cur;
        if (kids[0]?.type === '(') {
            const inner = kids.find(c => c.type === 'expression');
            if (!inner)
                return { kind: 'unsupported', what: 'empty parentheses', ...whole };
            cur = this.expr(inner);
            i = kids.findIndex(c => c.type === ')') + 1;
        }
        else if (kids[0]) {
            cur = this.expr(kids[0]);
            i = 1;
        }
        if (!cur)
            return this.unsupported(n, 'empty expression');
        const start = first.startIndex;
        for (; i < kids.length; i++) {
            const k = kids[i];
            const upto = {
                span: { ...this.span(n), end_line: k.endPosition.row + 1, end_column: k.endPosition.column + 1 },
                text: this.src.slice(start, k.endIndex)
            };
            if (k.type === 'get_attr') {
                const id = k.namedChildren.find(c => c?.type === 'identifier');
                cur = { kind: 'getattr', object: cur, name: id ? this.text(id) : '', ...upto };
            }
            else if (k.type === 'index') {
                const inner = k.namedChildren[0];
                if (inner?.type === 'new_index') {
                    const e = inner.namedChildren.find(c => c?.type === 'expression');
                    cur = e
                        ? { kind: 'index', object: cur, key: this.expr(e), ...upto }
                        : { kind: 'unsupported', what: 'empty index', ...upto };
                }
                else if (inner?.type === 'legacy_index') {
                    const num = Number(this.text(inner).replace(/^\./, ''));
                    cur = {
                        kind: 'index',
                        object: cur,
                        key: { kind: 'literal', value: num, ...this.base(inner) },
                        ...upto
                    };
                }
                else
                    cur = { kind: 'unsupported', what: 'index', ...upto };
            }
            else if (k.type === 'splat') {
                return { kind: 'unsupported', what: 'splat expression', ...whole };
            }
            else if (k.type === ')' || k.type === '(') {
                continue;
            }
            else {
                return { kind: 'unsupported', what: k.type.replace(/_/g, ' '), ...whole };
            }
        }
        if (i > 1 || first.type === '(') {
            // Give the whole expression's span/text to the outermost node.
            return { ...cur, ...whole };
        }
        return cur;
    }
    literal(n) {
        const c = n.namedChildren[0];
        if (!c)
            return this.unsupported(n, 'empty literal');
        switch (c.type) {
            case 'numeric_lit':
                return { kind: 'literal', value: Number(this.text(c)), ...this.base(n) };
            case 'bool_lit':
                return { kind: 'literal', value: this.text(c) === 'true', ...this.base(n) };
            case 'null_lit':
                return { kind: 'literal', value: null, ...this.base(n) };
            case 'string_lit':
                return { kind: 'literal', value: unescapeQuoted(this.stringLitContent(c)), ...this.base(n) };
            default:
                return this.unsupported(n, c.type);
        }
    }
    call(n) {
        const id = n.namedChildren.find(c => c?.type === 'identifier');
        const argsNode = n.namedChildren.find(c => c?.type === 'function_arguments');
        const args = argsNode
            ? argsNode.namedChildren.filter(c => c?.type === 'expression').map(a => this.expr(a))
            : [];
        const expand = argsNode ? argsNode.namedChildren.some(c => c?.type === 'ellipsis') : false;
        return { kind: 'call', name: id ? this.text(id) : '', args, expand, ...this.base(n) };
    }
    tuple(t, outer) {
        const items = t.namedChildren.filter(c => c?.type === 'expression').map(e => this.expr(e));
        return { kind: 'tuple', items, ...this.base(outer) };
    }
    object(o, outer) {
        const items = [];
        for (const el of o.namedChildren) {
            if (el?.type !== 'object_elem')
                continue;
            const k = el.childForFieldName('key');
            const v = el.childForFieldName('val');
            if (!k || !v)
                continue;
            let key = this.expr(k);
            // A bare identifier as an object key is its name, not a variable reference.
            if (key.kind === 'variable')
                key = { kind: 'literal', value: key.name, span: key.span, text: key.text };
            items.push({ key, value: this.expr(v) });
        }
        return { kind: 'object', items, ...this.base(outer) };
    }
    /** Template parts from the source between two delimiters: literal runs and interpolations, in order. */
    parts(children, from, to, unescape) {
        const raw = [];
        let cursor = from;
        for (const c of children) {
            if (c.type !== 'template_interpolation' && c.type !== 'template_directive')
                continue;
            if (c.startIndex < from || c.endIndex > to)
                continue;
            raw.push({ lit: this.src.slice(cursor, c.startIndex) });
            if (c.type === 'template_directive') {
                raw.push({
                    expr: this.unsupported(c, 'template directive (%{ … })'),
                    stripBefore: false,
                    stripAfter: false
                });
            }
            else {
                const kids = c.children.filter(k => k);
                const e = kids.find(k => k.type === 'expression');
                const stripBefore = kids[1]?.type === 'strip_marker';
                const stripAfter = kids[kids.length - 2]?.type === 'strip_marker';
                raw.push({
                    expr: e ? this.expr(e) : this.unsupported(c, 'empty interpolation'),
                    stripBefore,
                    stripAfter
                });
            }
            cursor = c.endIndex;
        }
        raw.push({ lit: this.src.slice(cursor, to) });
        const out = [];
        for (let i = 0; i < raw.length; i++) {
            const r = raw[i];
            if ('expr' in r) {
                out.push(r.expr);
                continue;
            }
            let s = r.lit;
            const prev = raw[i - 1];
            const next = raw[i + 1];
            if (prev && 'expr' in prev && prev.stripAfter)
                s = s.replace(/^\s+/, '');
            if (next && 'expr' in next && next.stripBefore)
                s = s.replace(/\s+$/, '');
            s = unescape(s);
            if (s !== '')
                out.push(s);
        }
        return out;
    }
    quoted(t, outer) {
        const kids = t.children.filter(c => c);
        const start = kids.find(c => c.type === 'quoted_template_start');
        const end = kids.find(c => c.type === 'quoted_template_end');
        const parts = this.parts(kids, start ? start.endIndex : t.startIndex, end ? end.startIndex : t.endIndex, unescapeQuoted);
        return { kind: 'template', parts, ...this.base(outer) };
    }
    heredoc(t, outer) {
        const kids = t.children.filter(c => c);
        const ids = kids.filter(c => c.type === 'heredoc_identifier');
        const startNode = kids.find(c => c.type === 'heredoc_start');
        const open = ids[0];
        const close = ids[ids.length - 1];
        if (!open || !close || open === close)
            return this.unsupported(outer, 'unterminated heredoc');
        const nl = this.src.indexOf('\n', open.endIndex);
        const from = nl < 0 ? open.endIndex : nl + 1;
        const to = this.src.lastIndexOf('\n', close.startIndex - 1) + 1;
        const unesc = (s) => s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
        let parts = this.parts(kids, from, Math.max(from, to), unesc);
        if (startNode && this.text(startNode).includes('-'))
            parts = flush(parts);
        return { kind: 'template', parts, ...this.base(outer) };
    }
}
/** `<<-`: remove the smallest indentation of the non-blank lines from every line. */
function flush(parts) {
    const MARK = '\u0000';
    const exprs = [];
    const joined = parts.map(p => (typeof p === 'string' ? p : (exprs.push(p), MARK))).join('');
    const lines = joined.split('\n');
    let min = Infinity;
    for (const l of lines) {
        if (l.trim() === '')
            continue;
        const m = /^[ \t]*/.exec(l);
        min = Math.min(min, m ? m[0].length : 0);
    }
    if (!Number.isFinite(min))
        min = 0;
    const text = lines.map(l => l.slice(Math.min(min, /^[ \t]*/.exec(l)?.[0].length ?? 0))).join('\n');
    const out = [];
    let k = 0;
    for (const seg of text.split(MARK)) {
        if (seg !== '')
            out.push(seg);
        if (k < exprs.length)
            out.push(exprs[k++]);
    }
    return out;
}
/** Escapes of quoted HCL strings. */
function unescapeQuoted(s) {
    return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/gs, (m, e) => {
        if (m === '$${')
            return '${';
        if (m === '%%{')
            return '%{';
        switch (e?.[0]) {
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case '"':
                return '"';
            case '\\':
                return '\\';
            case 'u':
            case 'U':
                return String.fromCodePoint(parseInt(e.slice(1), 16));
            default:
                return m;
        }
    });
}

// EXTERNAL MODULE: ./src/facts/json-file.ts
var json_file = __webpack_require__(1308);
;// CONCATENATED MODULE: ./src/facts/template/json.ts
/**
 * Legacy JSON templates: `variables`, `builders[]`, `provisioners[]`, with Go-template interpolation
 * ({{user `x`}}, {{template_dir}}, {{build_name}}, {{build_type}}); any other function stays unresolved.
 * Positions come from the located JSON parser (file:line:column of every value).
 */








function parse(abs, shown, what) {
    const text = readText(abs, shown, what);
    try {
        return (0,json_file/* parseLocated */.os)(text);
    }
    catch (e) {
        if (e instanceof json_file/* JsonSyntaxError */.q3)
            throw new TemplateError(shown, e.line, e.column, `invalid JSON: ${e.message}`);
        throw e;
    }
}
const isRecord = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Values of a JSON var file ({"name": value, …}). */
function readJsonVarFile(abs, shown) {
    const { value, positions } = parse(abs, shown, 'var file');
    if (!isRecord(value))
        throw new TemplateError(shown, 1, 1, 'a JSON var file must be an object of variable values');
    return Object.entries(value).map(([k, v]) => {
        const p = positions.get(k) ?? { line: 1, column: 1 };
        return [
            k,
            {
                value: v,
                expr: JSON.stringify(v),
                location: { source: 'template', file: shown, line: p.line, column: p.column }
            }
        ];
    });
}
/** Go-template interpolation of a legacy template string. */
function interpolate(s, ctx) {
    let out = '';
    let last = 0;
    const re = /\{\{-?\s*(.*?)\s*-?\}\}/gs;
    for (let m = re.exec(s); m; m = re.exec(s)) {
        out += s.slice(last, m.index);
        last = re.lastIndex;
        const body = m[1] ?? '';
        if (ctx.keepDot && /^\.\w+$/.test(body)) {
            out += m[0];
            continue;
        }
        const call = /^(\w+)(?:\s+(?:`([^`]*)`|"((?:[^"\\]|\\.)*)"))?$/.exec(body);
        const fn = call?.[1];
        const arg = call?.[2] ?? call?.[3];
        if (fn === 'user' && arg !== undefined) {
            const v = ctx.vars[arg];
            if (!v)
                return new Unknown(`variable "${arg}" is not declared`, m[0]);
            if (v.value.unresolved)
                return new Unknown(v.value.reason, m[0]);
            const x = v.value.value;
            if (typeof x !== 'string' && typeof x !== 'number' && typeof x !== 'boolean')
                return new Unknown(`variable "${arg}" has no string value`, m[0]);
            out += String(x);
        }
        else if (fn === 'template_dir' && arg === undefined)
            out += ctx.templateDir;
        else if (fn === 'build_name' && arg === undefined && ctx.buildName !== undefined)
            out += ctx.buildName;
        else if (fn === 'build_type' && arg === undefined && ctx.buildType !== undefined)
            out += ctx.buildType;
        else if (fn === 'env' && arg !== undefined && ctx.inVariables) {
            const v = ctx.env?.[arg];
            if (v === undefined)
                return new Unknown(`env \`${arg}\` depends on the build environment`, m[0]);
            out += v;
        }
        else
            return new Unknown(`{{${body}}} is not evaluated`, m[0]);
    }
    return out + s.slice(last);
}
function resolveJson(v, ctx) {
    if (typeof v === 'string')
        return interpolate(v, ctx);
    if (Array.isArray(v))
        return v.map(x => resolveJson(x, ctx));
    if (isRecord(v))
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveJson(x, ctx)]));
    return v;
}
async function readJsonTemplate(abs, shown, cwd, opts) {
    const { value, positions } = parse(abs, shown, 'template');
    if (!isRecord(value))
        throw new TemplateError(shown, 1, 1, 'a JSON template must be an object with "builders"');
    const at = (p) => {
        const pos = positions.get(p) ?? { line: 1, column: 1 };
        return { source: 'template', file: shown, line: pos.line, column: pos.column };
    };
    const notes = [];
    const templateDir = displayPath(external_node_path_default().dirname(abs), cwd);
    const vars = {};
    const ctx = { vars, templateDir, ...(opts.env ? { env: opts.env } : {}) };
    const declared = isRecord(value.variables) ? value.variables : {};
    for (const [name, def] of Object.entries(declared)) {
        const location = at(`variables.${name}`);
        if (def === null) {
            vars[name] = {
                value: {
                    unresolved: true,
                    expr: `{{user \`${name}\`}}`,
                    reason: `variable "${name}" is required and no value was given`,
                    location
                },
                from: 'none'
            };
            continue;
        }
        // Kept as written: interpolated below, once every value (var files, --var) is in, as Packer does.
        vars[name] = { value: { value: def, expr: JSON.stringify(def), location }, from: 'default' };
    }
    const assign = (name, v, from, where, strict) => {
        if (!(name in declared)) {
            if (strict)
                throw new errors/* UserError */.yo(`${where}: variable "${(0,src_text/* inert */.tJ)(name)}" is not declared in ${(0,src_text/* inert */.tJ)(shown)}`);
            notes.push(`${where}: value for undeclared variable "${name}" ignored`);
            return;
        }
        vars[name] = { value: v, from };
    };
    for (const f of opts.varFiles ?? []) {
        const fabs = external_node_path_default().resolve(cwd, f);
        const fshown = displayPath(fabs, cwd);
        if (!/\.json$/i.test(fabs))
            throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(fshown)}: a legacy JSON template takes JSON var files`);
        for (const [name, v] of readJsonVarFile(fabs, fshown))
            assign(name, v, 'var-file', fshown, false);
    }
    for (const [name, raw] of parseCliVars(opts.vars)) {
        assign(name, { value: raw, expr: raw, location: { source: 'template', file: `--var ${name}`, line: 1, column: 1 } }, 'cli', `--var ${name}`, true);
    }
    // Variables may refer to other variables ({{user `a`}}) and to the environment ({{env `X`}}): resolved
    // recursively over the final values; a cycle stays unresolved.
    const raw = new Map(Object.entries(vars).map(([k, v]) => [k, v]));
    const done = new Set();
    const active = new Set();
    const resolveVar = (name) => {
        if (done.has(name) || active.has(name))
            return;
        const v = raw.get(name);
        if (!v || v.value.unresolved || typeof v.value.value !== 'string' || !v.value.value.includes('{{')) {
            done.add(name);
            return;
        }
        active.add(name);
        const text = v.value.value;
        for (const m of text.matchAll(/\{\{-?\s*user\s+[`"]([^`"]*)[`"]\s*-?\}\}/g))
            resolveVar(m[1]);
        const cyc = [...text.matchAll(/\{\{-?\s*user\s+[`"]([^`"]*)[`"]\s*-?\}\}/g)].some(m => active.has(m[1]));
        const r = cyc
            ? new Unknown(`variable "${name}" refers to itself`, text)
            : interpolate(text, { ...ctx, inVariables: true });
        active.delete(name);
        done.add(name);
        vars[name] =
            r instanceof Unknown
                ? {
                    value: { unresolved: true, expr: v.value.expr, reason: r.reason, location: v.value.location },
                    from: v.from
                }
                : { value: { ...v.value, value: r }, from: v.from };
    };
    for (const name of Object.keys(vars))
        resolveVar(name);
    const builders = Array.isArray(value.builders) ? value.builders : [];
    if (!Array.isArray(value.builders))
        throw new TemplateError(shown, 1, 1, 'a JSON template needs a "builders" array');
    const sources = [];
    const build = { location: at('builders'), sources: [], provisioners: [] };
    builders.forEach((b, i) => {
        if (!isRecord(b))
            return;
        const type = typeof b.type === 'string' ? b.type : '';
        const name = typeof b.name === 'string' ? b.name : type;
        if (type !== 'azure-arm') {
            notes.push(`${shown}:${at(`builders.${i}`).line}: builder "${name}" ignored (not azure-arm)`);
            return;
        }
        const bctx = { ...ctx, buildName: name, buildType: type };
        const val = (p, raw) => {
            const v = resolveJson(raw, bctx);
            const u = findUnknown(v);
            const expr = typeof raw === 'string' ? raw : JSON.stringify(raw);
            return u
                ? { unresolved: true, expr, reason: u.reason, location: at(p) }
                : { value: v, expr, location: at(p) };
        };
        const src = { type: 'azure-arm', name, location: at(`builders.${i}`), attributes: {} };
        for (const k of AZURE_ATTRIBUTES)
            if (k in b)
                src.attributes[k] = val(`builders.${i}.${k}`, b[k]);
        const sig = b.shared_image_gallery_destination;
        if (isRecord(sig)) {
            const dest = {
                location: at(`builders.${i}.shared_image_gallery_destination`),
                attributes: {}
            };
            for (const k of GALLERY_ATTRIBUTES)
                if (k in sig)
                    dest.attributes[k] = val(`builders.${i}.shared_image_gallery_destination.${k}`, sig[k]);
            src.shared_image_gallery_destination = dest;
        }
        sources.push(src);
        build.sources.push({ ref: name, name, source: src, location: at(`builders.${i}`) });
    });
    const provs = Array.isArray(value.provisioners) ? value.provisioners : [];
    provs.forEach((p, i) => {
        if (!isRecord(p))
            return;
        const prov = {
            index: i,
            type: typeof p.type === 'string' ? p.type : '',
            location: at(`provisioners.${i}`)
        };
        const text = (raw, where, keepDot = false) => {
            const s = typeof raw === 'string'
                ? interpolate(raw, keepDot ? { ...ctx, keepDot } : ctx)
                : new Unknown('not a string', JSON.stringify(raw));
            return s instanceof Unknown
                ? {
                    text: typeof raw === 'string' ? raw : JSON.stringify(raw),
                    unresolved: true,
                    reason: s.reason,
                    location: at(where)
                }
                : { text: s, location: at(where) };
        };
        const settings = (o, base) => {
            const st = {};
            if (Array.isArray(o.inline))
                st.inline = o.inline.map((l, j) => text(l, `${base}.inline.${j}`));
            const scripts = [];
            if ('script' in o) {
                const t = text(o.script, `${base}.script`);
                scripts.push({
                    path: t.text,
                    location: t.location,
                    ...(t.unresolved ? { unresolved: true, reason: t.reason } : {})
                });
            }
            if (Array.isArray(o.scripts)) {
                o.scripts.forEach((s, j) => {
                    const t = text(s, `${base}.scripts.${j}`);
                    scripts.push({
                        path: t.text,
                        location: t.location,
                        ...(t.unresolved ? { unresolved: true, reason: t.reason } : {})
                    });
                });
            }
            if (scripts.length)
                st.scripts = scripts;
            if ('execute_command' in o) {
                const t = text(o.execute_command, `${base}.execute_command`, true);
                // Packer's own {{ .Path }} / {{ .Vars }} are the provisioner's, not user variables.
                st.execute_command = t;
            }
            if (typeof o.direction === 'string')
                st.direction = o.direction;
            return st;
        };
        Object.assign(prov, settings(p, `provisioners.${i}`));
        if (isRecord(p.override)) {
            const ov = {};
            for (const [k, v] of Object.entries(p.override))
                if (isRecord(v))
                    ov[k] = settings(v, `provisioners.${i}.override.${k}`);
            prov.override = ov;
        }
        if (Array.isArray(p.only))
            prov.only = p.only.filter((x) => typeof x === 'string');
        if (Array.isArray(p.except))
            prov.except = p.except.filter((x) => typeof x === 'string');
        build.provisioners.push(prov);
    });
    for (const k of Object.keys(value)) {
        if (![
            'variables',
            'builders',
            'provisioners',
            'post-processors',
            'sensitive-variables',
            'description',
            'min_packer_version'
        ].includes(k))
            notes.push(`${shown}:${at(k).line}: "${k}" ignored`);
    }
    return {
        format: 'json',
        root: shown,
        files: [shown],
        variables: vars,
        locals: {},
        sources,
        builds: build.sources.length ? [build] : [],
        notes,
        cwd
    };
}

;// CONCATENATED MODULE: ./src/facts/template/read.ts
/**
 * readTemplate(): a template file or directory read the way Packer reads it. A directory: every *.pkr.hcl
 * (sorted), then *.auto.pkrvars.hcl; variable values in Packer's order of precedence: defaults < PKR_VAR_*
 * (only from the env passed in) < auto var files < -var-file (in order) < --var (in order).
 */











async function readTemplate(pathOrDir, opts = {}) {
    const cwd = opts.cwd ?? process.cwd();
    const abs = external_node_path_default().resolve(cwd, pathOrDir);
    const shown = displayPath(abs, cwd);
    let st;
    try {
        st = external_node_fs_default().statSync(abs);
    }
    catch {
        throw new errors/* UserError */.yo(`template not found: ${(0,src_text/* inert */.tJ)(pathOrDir)}`);
    }
    if (!st.isDirectory() && /\.json$/i.test(abs) && !/\.pkr\.json$/i.test(abs))
        return readJsonTemplate(abs, shown, cwd, opts);
    if (/\.pkr\.json$/i.test(abs))
        throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(shown)}: HCL in JSON syntax (*.pkr.json) is not supported; use *.pkr.hcl or a legacy JSON template`);
    const notes = [];
    let files;
    let autoVarFiles = [];
    if (st.isDirectory()) {
        const names = external_node_fs_default().readdirSync(abs).sort();
        files = names.filter(n => n.endsWith('.pkr.hcl')).map(n => external_node_path_default().join(abs, n));
        autoVarFiles = names
            .filter(n => n.endsWith('.auto.pkrvars.hcl') || n.endsWith('.auto.pkrvars.json'))
            .map(n => external_node_path_default().join(abs, n));
        for (const n of names)
            if (n.endsWith('.pkr.json'))
                notes.push(`${displayPath(external_node_path_default().join(abs, n), cwd)}: HCL-in-JSON file ignored`);
        if (files.length === 0)
            throw new errors/* UserError */.yo(`no *.pkr.hcl files in ${(0,src_text/* inert */.tJ)(shown)}`);
    }
    else
        files = [abs];
    const bodies = [];
    for (const f of files) {
        const name = displayPath(f, cwd);
        bodies.push({ file: name, body: await parseHcl(readText(f, name, 'template'), name) });
    }
    const top = bodies.flatMap(b => b.body.blocks);
    for (const b of bodies) {
        for (const a of b.body.attributes)
            notes.push(`${a.span.file}:${a.span.line}: top-level attribute ${a.name} ignored`);
    }
    const KNOWN = new Set(['variable', 'variables', 'locals', 'local', 'source', 'build', 'packer', 'data']);
    for (const b of top)
        if (!KNOWN.has(b.type))
            notes.push(`${b.span.file}:${b.span.line}: ${b.type} block ignored`);
    for (const b of top)
        if (b.type === 'data')
            notes.push(`${b.span.file}:${b.span.line}: data "${b.labels.join('" "')}" is not evaluated (data.* stays unresolved)`);
    const decls = new Map();
    const sensitive = new Set();
    const variables = {};
    // Variable defaults and var files: Packer evaluates them with no variables and (defaults) only env().
    const emptyScope = {
        variable: (n, e) => new EvalError(`Variables not allowed: var.${n} cannot be used here`, e),
        local: (n, e) => new EvalError(`Variables not allowed: local.${n} cannot be used here`, e),
        onlyEnv: true,
        ...(opts.env ? { env: opts.env } : {})
    };
    for (const b of top) {
        if (b.type === 'variable') {
            const name = b.labels[0] ?? '';
            if (decls.has(name))
                throw new TemplateError(b.span.file, b.span.line, b.span.column, `duplicate variable "${(0,src_text/* inert */.tJ)(name)}"`);
            const typeAttr = attr(b.body, 'type');
            const d = { name, span: b.span };
            if (typeAttr)
                d.type = typeAttr.expr.text.replace(/\s+/g, '');
            decls.set(name, d);
            const sens = attr(b.body, 'sensitive');
            if (sens && evaluate(sens.expr, emptyScope) === true)
                sensitive.add(name);
            const def = attr(b.body, 'default');
            const dv = def ? convertTo(extract_valueOf(def.expr, emptyScope, def.span), d.type, def.expr.span) : undefined;
            // Without a type, Packer gives the variable its default's type (a -var value is then converted to it).
            if (!typeAttr && dv && !dv.unresolved) {
                const x = dv.value;
                d.type =
                    typeof x === 'number'
                        ? 'number'
                        : typeof x === 'boolean'
                            ? 'bool'
                            : typeof x === 'string'
                                ? 'string'
                                : x === null
                                    ? undefined
                                    : 'any';
            }
            variables[name] = dv
                ? { value: dv, from: 'default' }
                : {
                    value: {
                        unresolved: true,
                        expr: `var.${name}`,
                        reason: `var.${name} has no default and no value was given`,
                        location: loc(b.span)
                    },
                    from: 'none'
                };
        }
        else if (b.type === 'variables') {
            // Legacy `variables { name = default }` block.
            for (const a of b.body.attributes) {
                decls.set(a.name, { name: a.name, span: a.span });
                variables[a.name] = { value: extract_valueOf(a.expr, emptyScope, a.span), from: 'default' };
            }
        }
    }
    const assign = (name, v, from, where, strict) => {
        const d = decls.get(name);
        if (!d) {
            if (strict)
                throw new errors/* UserError */.yo(`${where}: variable "${(0,src_text/* inert */.tJ)(name)}" is not declared in ${(0,src_text/* inert */.tJ)(shown)}`);
            notes.push(`${where}: value for undeclared variable "${name}" ignored`);
            return;
        }
        variables[name] = { value: convertTo(v, d.type, v.location), from };
    };
    if (opts.env) {
        for (const [k, v] of Object.entries(opts.env)) {
            if (!k.startsWith('PKR_VAR_') || v === undefined)
                continue;
            const name = k.slice('PKR_VAR_'.length);
            if (!decls.has(name))
                continue;
            assign(name, await cliValue(name, v, decls.get(name), k), 'env', k, false);
        }
    }
    const varFile = async (f, from) => {
        const fabs = external_node_path_default().resolve(cwd, f);
        if (!/\.(hcl|json)$/i.test(fabs))
            throw new errors/* UserError */.yo(`-var-file ${(0,src_text/* inert */.tJ)(f)}: a var file must be suffixed with .hcl or .json`);
        const fshown = displayPath(fabs, cwd);
        if (/\.json$/i.test(fabs)) {
            for (const [name, v] of readJsonVarFile(fabs, fshown))
                assign(name, v, from, fshown, false);
            return;
        }
        const body = await parseHcl(readText(fabs, fshown, 'var file'), fshown);
        for (const b of body.blocks)
            notes.push(`${b.span.file}:${b.span.line}: ${b.type} block in a var file ignored`);
        for (const a of body.attributes)
            assign(a.name, extract_valueOf(a.expr, emptyScope, a.span), from, `${fshown}:${a.span.line}`, false);
    };
    // Packer's order: HCL var files (auto, in lexical order, then -var-file in order), then JSON var files
    // (auto, then -var-file); the last value set wins.
    const isJson = (f) => /\.json$/i.test(f);
    for (const f of autoVarFiles.filter(f => !isJson(f)))
        await varFile(f, 'auto-var-file');
    for (const f of (opts.varFiles ?? []).filter(f => !isJson(f)))
        await varFile(f, 'var-file');
    for (const f of autoVarFiles.filter(isJson))
        await varFile(f, 'auto-var-file');
    for (const f of (opts.varFiles ?? []).filter(isJson))
        await varFile(f, 'var-file');
    for (const [name, raw] of parseCliVars(opts.vars)) {
        if (!decls.has(name))
            throw new errors/* UserError */.yo(`--var ${(0,src_text/* inert */.tJ)(name)}: variable "${(0,src_text/* inert */.tJ)(name)}" is not declared in ${(0,src_text/* inert */.tJ)(shown)}`);
        assign(name, await cliValue(name, raw, decls.get(name), `--var ${name}`), 'cli', `--var ${name}`, true);
    }
    // ---- locals (lazy, memoised, cycle-checked)
    const localExprs = new Map();
    for (const b of top) {
        if (b.type === 'locals') {
            for (const a of b.body.attributes) {
                if (localExprs.has(a.name))
                    throw new TemplateError(a.span.file, a.span.line, a.span.column, `duplicate local "${(0,src_text/* inert */.tJ)(a.name)}"`);
                localExprs.set(a.name, { expr: a.expr, span: a.span });
            }
        }
        else if (b.type === 'local') {
            const e = attr(b.body, 'expression');
            const name = b.labels[0] ?? '';
            if (e)
                localExprs.set(name, { expr: e.expr, span: e.span });
        }
    }
    const localValues = new Map();
    const evaluating = new Set();
    const pathRoot = st.isDirectory() ? shown : displayPath(external_node_path_default().dirname(abs), cwd);
    const scope = {
        variable: (n, e) => {
            const v = variables[n];
            if (!v)
                return new EvalError(`Unsupported attribute: var.${n} is not declared`, e);
            if (sensitive.has(n))
                return new Unknown(`var.${n} is sensitive; its value is never read into facts`, e);
            if (!v.value.unresolved)
                return v.value.value;
            return new Unknown(v.value.reason.startsWith(`var.${n}`) ? v.value.reason : `var.${n}: ${v.value.reason}`, e);
        },
        local: (n, e) => {
            const known = localValues.get(n);
            if (known !== undefined)
                return known;
            const def = localExprs.get(n);
            if (!def)
                return new EvalError(`Unsupported attribute: local.${n} is not defined`, e);
            if (evaluating.has(n))
                return new Unknown(`local.${n} refers to itself`, e);
            evaluating.add(n);
            const v = evaluate(def.expr, scope);
            evaluating.delete(n);
            localValues.set(n, v);
            return v;
        },
        pathRoot,
        ...(opts.env ? { env: opts.env } : {})
    };
    const locals = {};
    for (const [name, def] of localExprs)
        locals[name] = extract_valueOf(def.expr, scope, def.span);
    const sources = extractSources(top, scope, notes);
    const builds = extractBuilds(top, sources, scope, notes);
    const used = new Set(builds.flatMap(b => b.sources.map(s => s.source.name)));
    for (const s of sources)
        if (!used.has(s.name))
            notes.push(`${s.location.file}:${s.location.line}: source "azure-arm" "${s.name}" is used by no build`);
    return {
        format: 'hcl2',
        root: shown,
        files: files.map(f => displayPath(f, cwd)),
        variables,
        locals,
        sources,
        builds,
        notes,
        cwd
    };
}
/** A --var or PKR_VAR_ value: a string for string (and untyped) variables, else an HCL expression (as Packer). */
async function cliValue(name, raw, d, where) {
    const location = { source: 'template', file: where, line: 1, column: 1 };
    const type = d.type;
    const bad = (why) => new TemplateError(d.span.file, d.span.line, d.span.column, `${where}=${(0,src_text/* inert */.tJ)(raw, 80)}: ${why} (variable ${(0,src_text/* inert */.tJ)(name)} is declared here)`);
    if (type === undefined || type === 'string' || type === 'number') {
        const v = convertTo({ value: raw, expr: raw, location }, type, location, bad);
        return v;
    }
    const e = await parseHclExpression(raw, where).catch(() => {
        throw bad(`not a valid ${type} value`);
    });
    const v = evaluate(e, {
        variable: (n, t) => new EvalError(`var.${n} cannot be used in --var`, t),
        local: (n, t) => new EvalError(`local.${n} cannot be used in --var`, t),
        onlyEnv: true
    });
    if (v instanceof Unknown)
        throw bad(`cannot read it as a ${type}`);
    return convertTo({ value: v, expr: raw, location }, type, location, bad);
}
const NUM = /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
/**
 * Converts a value to its declared type the way Packer (cty) does: primitives, and list/map of primitives;
 * a value that does not fit is an error, as in Packer. Other complex types are kept (object/tuple types stay
 * unresolved: cty's conversion may add or drop attributes).
 */
function convertTo(v, type, at, fail) {
    if (v.unresolved || type === undefined || type === 'any' || v.value === null)
        return v;
    const err = (why) => fail ? fail(why) : new TemplateError(at.file, at.line, at.column, `Invalid value for variable: ${why}`);
    const conv = (x, t) => {
        if (t === 'any')
            return x;
        if (t === 'number') {
            if (typeof x === 'number')
                return x;
            if (typeof x === 'string' && NUM.test(x))
                return Number(x);
            throw err(`${(0,src_text/* inert */.tJ)(JSON.stringify(x), 60)} is not a number`);
        }
        if (t === 'bool') {
            if (typeof x === 'boolean')
                return x;
            if (x === 'true' || x === 'false')
                return x === 'true';
            throw err(`${(0,src_text/* inert */.tJ)(JSON.stringify(x), 60)} is not a bool`);
        }
        if (t === 'string') {
            if (typeof x === 'string')
                return x;
            if (typeof x === 'number') {
                const s = toStr(x, '');
                if (s instanceof Unknown)
                    return s;
                return s;
            }
            if (typeof x === 'boolean')
                return x ? 'true' : 'false';
            throw err(`a ${Array.isArray(x) ? 'list' : 'map'} is not a string`);
        }
        const m = /^(list|map|set)\((.*)\)$/.exec(t);
        if (m) {
            const [, kind, inner] = m;
            if (kind === 'map') {
                if (x === null || typeof x !== 'object' || Array.isArray(x) || x instanceof Unknown)
                    throw err('a map is required');
                return Object.fromEntries(Object.entries(x).map(([k, y]) => [k, conv(y, inner)]));
            }
            if (!Array.isArray(x))
                throw err(`a ${kind} is required`);
            if (kind === 'set')
                return new Unknown('a set is ordered and deduplicated by Packer', v.expr);
            return x.map(y => conv(y, inner));
        }
        return new Unknown(`the conversion to ${t} is not evaluated`, v.expr);
    };
    const out = conv(v.value, type);
    const u = findUnknown(out);
    if (u)
        return { unresolved: true, expr: v.expr, reason: u.reason, location: v.location };
    return { ...v, value: out };
}

;// CONCATENATED MODULE: ./src/facts/template/partials.ts




async function readTemplateSource(pathOrDir, opts = {}) {
    const model = await readTemplate(pathOrDir, opts);
    const images = templateFacts(model, opts.build !== undefined ? { build: opts.build } : {});
    const notes = [...model.notes];
    for (const i of images)
        for (const u of i.unresolved)
            notes.push(`${u.location.file}:${u.location.line}: ${i.name}: ${u.attribute} = ${oneLine(u.expr)} is unresolved (${u.reason})`);
    const partials = images.map((i) => ({
        image: i.name,
        origin: { kind: 'template', file: model.root },
        priority: types/* PRIORITY */.F.declared,
        facts: i.facts,
        provenance: i.provenance
    }));
    // Notes quote the template (names, expressions): made inert before they reach a terminal or a log.
    return { model, images, partials, notes: notes.map(n => (0,src_text/* inert */.tJ)(n, 400)) };
}
function oneLine(s) {
    const t = s.replace(/\s+/g, ' ');
    return t.length > 80 ? `${t.slice(0, 80)}…` : t;
}
/**
 * Joins template images to images other sources already name (a Packer manifest names them by build):
 * a template image takes the other key when it is the same name, or one is the dotted tail of the other
 * ("ubuntu-22_04.azure-arm.image" and "image"), and exactly one key matches. A joined template image leaves
 * `image.name` to the other source (the template's is the managed image name, not the build's).
 */
function alignTemplateImages(partials, otherImages) {
    const others = [...new Set(otherImages.filter(Boolean))];
    return partials.map(p => {
        const tail = (a, b) => a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
        const exact = others.filter(o => o === p.image);
        const matches = exact.length ? exact : others.filter(o => tail(p.image, o));
        if (matches.length !== 1)
            return p;
        const facts = { ...p.facts };
        const image = { ...facts.image };
        delete image.name;
        facts.image = image;
        const provenance = { ...p.provenance };
        delete provenance['image.name'];
        return { ...p, image: matches[0], facts, provenance };
    });
}
/**
 * The template source: declared facts located on template lines, joined to the images earlier sources
 * named. PKR_VAR_* and env() read the environment, as Packer does (CLI and action alike).
 */
async function readSource(s, earlier) {
    const t = await readTemplateSource(s.template, {
        varFiles: s.varFiles,
        vars: s.vars,
        build: s.build,
        env: process.env
    });
    return {
        partials: alignTemplateImages(t.partials, earlier.map(p => p.image)),
        notes: s.verbose ? t.notes : []
    };
}


/***/ })

};
;