export const id = 835;
export const ids = [835];
export const modules = {

/***/ 1835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compilePolicies: () => (/* binding */ compilePolicies),
/* harmony export */   findOpa: () => (/* binding */ findOpa),
/* harmony export */   readPolicyBundle: () => (/* binding */ readPolicyBundle)
/* harmony export */ });
/* unused harmony exports builtinPoliciesDir, regoFiles, readTarGz, writePolicyBundle */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5462);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8992);
/* harmony import */ var _user_file_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3207);










const here = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_5__.fileURLToPath)(import.meta.url));
const SEVERITIES = ['error', 'warning', 'notice'];
/** Largest policy.wasm / rules.json accepted from a bundle. */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;
/** `opa` to compile with: $OPA_BIN, else the first `opa` on PATH; undefined when there is none. */
function findOpa(env = process.env) {
    if (env.OPA_BIN)
        return node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(env.OPA_BIN) ? env.OPA_BIN : undefined;
    for (const dir of (env.PATH ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_3___default().delimiter)).filter(Boolean)) {
        const f = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, process.platform === 'win32' ? 'opa.exe' : 'opa');
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().accessSync(f, (node_fs__WEBPACK_IMPORTED_MODULE_1___default().constants).X_OK);
            if (node_fs__WEBPACK_IMPORTED_MODULE_1___default().statSync(f).isFile())
                return f;
        }
        catch {
            /* not here */
        }
    }
    return undefined;
}
/** The built-in Rego sources: the repository's policies/ (from source) or dist/policies (the bundle). */
function builtinPoliciesDir() {
    const candidates = [node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(here, '..', '..', 'policies'), node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(here, '..', 'policies')];
    try {
        candidates.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,_assets_js__WEBPACK_IMPORTED_MODULE_6__/* .distDir */ .YP)(), 'policies'));
    }
    catch {
        /* no dist */
    }
    const d = candidates.find(c => node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(c, 'main.rego')));
    if (!d)
        throw new Error(`built-in policies (main.rego) not found near ${here}`);
    return d;
}
/** Every .rego file under the given files/folders, tests (*_test.rego) left out, in a stable order. */
function regoFiles(paths) {
    const out = [];
    const walk = (p) => {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_1___default().statSync(p);
        if (st.isDirectory())
            for (const f of node_fs__WEBPACK_IMPORTED_MODULE_1___default().readdirSync(p).sort())
                walk(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(p, f));
        else if (p.endsWith('.rego') && !p.endsWith('_test.rego'))
            out.push(p);
    };
    for (const p of paths)
        walk(p);
    return [...new Set(out)];
}
function packageOf(text) {
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const m = /^\s*package\s+([A-Za-z0-9_.[\]"]+)/.exec(lines[i] ?? '');
        if (m)
            return { name: m[1], line: i + 1 };
    }
    return undefined;
}
const run = (cmd, argv) => (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)(cmd, argv, { encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
/**
 * Compiles the built-in policies with the user's Rego files into one wasm module and returns it with the
 * rule metadata of both. Problems (wrong package, AZMP- IDs, missing METADATA, compile errors) throw one
 * UserError line naming the user's file.
 */
function compilePolicies(custom, opts) {
    const display = (f) => (0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inert */ .tJ)(opts.base ? node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(opts.base, f) || f : f, 160);
    const files = regoFiles(custom);
    if (files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`policies: no .rego files in ${custom.map(c => display(c)).join(', ')}`);
    const builtinRules = (0,_assets_js__WEBPACK_IMPORTED_MODULE_6__/* .readJsonAsset */ .bD)('rules.json');
    const builtinPaths = new Set(builtinRules.map(r => r.path));
    const rulePackages = new Map();
    for (const f of files) {
        const pkg = packageOf(node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(f, 'utf8'));
        if (!pkg)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${display(f)}:1: no package declaration`);
        const parts = pkg.name.split('.');
        const isRule = parts[0] === 'vmimage' && parts[1] === 'rules' && parts.length === 4;
        const isHelper = parts[0] === 'vmimage' && parts[1] === 'custom' && parts.length >= 3;
        if (!isRule && !isHelper)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${display(f)}:${pkg.line}: package ${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inert */ .tJ)(pkg.name, 80)}: a custom rule's package is vmimage.rules.<area>.<name> (e.g. vmimage.rules.custom.image_prefix), a helper's vmimage.custom.<name>`);
        if (isRule) {
            const p = `${parts[2]}.${parts[3]}`;
            if (builtinPaths.has(p))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${display(f)}:${pkg.line}: package ${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inert */ .tJ)(pkg.name, 80)} is a built-in rule's; give the custom rule its own name`);
            rulePackages.set(p, `${display(f)}:${pkg.line}`);
        }
    }
    const tmp = node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'vmip-policy-'));
    try {
        // The user's files are copied (only .rego: a data.json beside them must not become policy data).
        const cdir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, 'custom');
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdirSync(cdir);
        const back = new Map();
        files.forEach((f, i) => {
            const to = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(cdir, `${i}_${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(f)}`);
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().copyFileSync(f, to);
            back.set(to, display(f));
        });
        const unmap = (s) => {
            let out = s;
            for (const [t, f] of back)
                out = out.split(t).join(f);
            return out.split(tmp).join('<tmp>');
        };
        const builtin = builtinPoliciesDir();
        const allowed = new Set(node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(builtin, 'wasm-builtins.txt'), 'utf8')
            .split('\n')
            .filter(l => !l.startsWith('#'))
            .flatMap(l => l.split(/\s+/))
            .filter(Boolean));
        const caps = JSON.parse(run(opts.opa, ['capabilities', '--current']));
        caps.builtins = caps.builtins.filter(b => allowed.has(b.name));
        const capsFile = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, 'capabilities.json');
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().writeFileSync(capsFile, JSON.stringify(caps));
        const bundle = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, 'bundle.tar.gz');
        try {
            run(opts.opa, [
                'build',
                '-t',
                'wasm',
                '--capabilities',
                capsFile,
                '-e',
                'vmimage/main/findings',
                '--ignore',
                '*_test.rego',
                '--ignore',
                'profiles',
                '-o',
                bundle,
                builtin,
                cdir
            ]);
        }
        catch (e) {
            const x = e;
            const err = `${x.stderr ?? ''} ${x.stdout ?? ''}`.trim() || String(x.message);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`policies: opa build failed (built-ins outside policies/wasm-builtins.txt are not available): ${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inert */ .tJ)(unmap(err).replace(/\s+/g, ' ').trim(), 600)}`);
        }
        const wasm = readTarGz(bundle, ['policy.wasm'])['policy.wasm'];
        if (!wasm)
            throw new Error('opa build wrote no policy.wasm');
        const inspected = JSON.parse(run(opts.opa, ['inspect', '-a', '--format', 'json', cdir]));
        const rules = [];
        const ids = new Map(builtinRules.map(r => [r.id.toUpperCase(), r.path]));
        for (const a of inspected.annotations ?? []) {
            if (a.annotations?.scope !== 'package')
                continue;
            const pkg = a.path.map(p => p.value).filter(v => v !== 'data');
            if (pkg[0] !== 'vmimage' || pkg[1] !== 'rules' || pkg.length !== 4)
                continue;
            const where = `${back.get(a.location?.file ?? '') ?? '?'}:${a.location?.row ?? 1}`;
            const an = a.annotations;
            const c = an.custom ?? {};
            const rulePath = `${pkg[2]}.${pkg[3]}`;
            const str = (v) => (typeof v === 'string' ? v : '');
            const rule = {
                id: str(c.id),
                path: rulePath,
                area: pkg[2],
                title: str(an.title),
                description: str(an.description).trim(),
                severity: str(c.severity),
                guide: str(c.guide),
                stage: str(c.stage) || 'any',
                facts: Array.isArray(c.facts) ? c.facts.map(String) : [],
                remediation: str(c.remediation).trim()
            };
            for (const k of ['id', 'title', 'severity', 'remediation'])
                if (!rule[k])
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${where}: METADATA of ${rulePath} lacks ${k === 'title' ? k : `custom.${k}`}`);
            if (!SEVERITIES.includes(rule.severity))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${where}: custom.severity "${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inert */ .tJ)(rule.severity, 20)}" is not error, warning or notice`);
            if (/^AZMP-/i.test(rule.id))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${where}: rule ID ${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inert */ .tJ)(rule.id, 40)}: the AZMP- prefix is reserved for built-in rules; use your own (e.g. ACME-001)`);
            if (!/^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+$/.test(rule.id))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${where}: rule ID "${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inert */ .tJ)(rule.id, 40)}" must look like PREFIX-NAME-001`);
            const dup = ids.get(rule.id.toUpperCase());
            if (dup)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${where}: rule ID ${rule.id} is already used by ${dup}`);
            ids.set(rule.id.toUpperCase(), rulePath);
            rules.push(rule);
        }
        for (const [p, where] of rulePackages)
            if (!rules.some(r => r.path === p))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${where}: package vmimage.rules.${p} has no package METADATA (# METADATA with title and custom.id, severity, remediation; scope: package)`);
        return { wasm, rules: [...builtinRules, ...rules].sort((a, b) => (0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .compareNatural */ .dk)(a.id, b.id)) };
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(tmp, { recursive: true, force: true });
    }
}
/** Reads the named files from a .tar.gz (leading "/" or "./" ignored), each at most 64 MiB. */
function readTarGz(file, names) {
    let data;
    try {
        data = node_zlib__WEBPACK_IMPORTED_MODULE_4___default().gunzipSync((0,_user_file_js__WEBPACK_IMPORTED_MODULE_9__/* .readUserFile */ .E1)(file, 'policy bundle', MAX_BUNDLE_BYTES).data, {
            maxOutputLength: 4 * MAX_BUNDLE_BYTES
        });
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inert */ .tJ)(file)}: not a readable .tar.gz (${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inert */ .tJ)(e.message, 100)})`);
    }
    const want = new Set(names);
    const out = {};
    let off = 0;
    let longName;
    while (off + 512 <= data.length) {
        const h = data.subarray(off, off + 512);
        if (h.every(b => b === 0))
            break;
        const str = (a, b) => h.subarray(a, b).toString('utf8').replace(/\0.*$/s, '');
        const size = parseInt(str(124, 136).trim() || '0', 8);
        const type = str(156, 157);
        const prefix = str(257, 263).startsWith('ustar') ? str(345, 500) : '';
        let name = longName ?? (prefix ? `${prefix}/${str(0, 100)}` : str(0, 100));
        longName = undefined;
        const body = data.subarray(off + 512, off + 512 + size);
        if (!Number.isFinite(size) || size < 0 || off + 512 + size > data.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inert */ .tJ)(file)}: truncated tar archive`);
        if (type === 'L')
            longName = body.toString('utf8').replace(/\0.*$/s, '');
        else if (type === 'x') {
            const m = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
            if (m)
                longName = m[1];
        }
        else if (type === '0' || type === '') {
            name = name.replace(/^(\.?\/)+/, '');
            if (want.has(name))
                out[name] = Buffer.from(body);
        }
        off += 512 + Math.ceil(size / 512) * 512;
    }
    return out;
}
/**
 * A prebuilt bundle (`vm-image-policy compile --out DIR`, or that folder as .tar.gz): policy.wasm and
 * rules.json, optionally profiles.json (else the built-in profiles are used).
 */
function readPolicyBundle(p) {
    let files;
    const names = ['policy.wasm', 'rules.json', 'profiles.json'];
    let st;
    try {
        st = node_fs__WEBPACK_IMPORTED_MODULE_1___default().statSync(p);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`policy bundle ${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inert */ .tJ)(p)}: not found`);
    }
    if (st.isDirectory()) {
        files = {};
        for (const n of names) {
            const f = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(p, n);
            if (!node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(f))
                continue;
            files[n] = (0,_user_file_js__WEBPACK_IMPORTED_MODULE_9__/* .readUserFile */ .E1)(f, 'policy bundle file', MAX_BUNDLE_BYTES).data;
        }
    }
    else
        files = readTarGz(p, names);
    for (const n of ['policy.wasm', 'rules.json'])
        if (!files[n])
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`policy bundle ${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inert */ .tJ)(p)}: has no ${n} (build one with: vm-image-policy compile)`);
    const wasm = files['policy.wasm'];
    if (wasm.subarray(0, 4).toString('latin1') !== '\0asm')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`policy bundle ${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inert */ .tJ)(p)}: policy.wasm is not a WebAssembly module`);
    let rules;
    let profiles;
    try {
        rules = JSON.parse(files['rules.json'].toString('utf8'));
        if (files['profiles.json'])
            profiles = JSON.parse(files['profiles.json'].toString('utf8'));
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`policy bundle ${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inert */ .tJ)(p)}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inert */ .tJ)(e.message, 120)}`);
    }
    const ok = (r) => {
        const o = r;
        return (typeof o === 'object' &&
            o !== null &&
            ['id', 'path', 'title'].every(k => typeof o[k] === 'string' && o[k] !== '') &&
            SEVERITIES.includes(o.severity));
    };
    if (!Array.isArray(rules) || !rules.every(ok))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`policy bundle ${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inert */ .tJ)(p)}: rules.json must be a list of rules with id, path, title and severity`);
    const norm = rules.map(r => ({
        ...r,
        area: r.area || (r.path.split('.')[0] ?? ''),
        description: r.description ?? '',
        guide: r.guide ?? '',
        remediation: r.remediation ?? '',
        stage: r.stage ?? 'any',
        facts: Array.isArray(r.facts) ? r.facts : []
    }));
    const out = { wasm, rules: norm };
    if (profiles !== undefined) {
        if (typeof profiles !== 'object' || profiles === null || Array.isArray(profiles))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`policy bundle ${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inert */ .tJ)(p)}: profiles.json must map profile names to thresholds`);
        out.profiles = profiles;
    }
    return out;
}
/** Writes a ruleset as a bundle folder that --policy-bundle / input policy-bundle accepts. */
function writePolicyBundle(r, dir) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'policy.wasm'), r.wasm);
    fs.writeFileSync(path.join(dir, 'rules.json'), JSON.stringify(r.rules, null, 2) + '\n');
    fs.writeFileSync(path.join(dir, 'profiles.json'), JSON.stringify(r.profiles ?? readJsonAsset('profiles.json'), null, 2) + '\n');
}


/***/ })

};
