"use strict";
exports.id = 980;
exports.ids = [980];
exports.modules = {

/***/ 6591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ capture),
/* harmony export */   N0: () => (/* binding */ probeScriptPath),
/* harmony export */   RT: () => (/* binding */ checkStage),
/* harmony export */   S4: () => (/* binding */ probeLocal),
/* harmony export */   VP: () => (/* binding */ parseProbeOutput)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8992);
/* harmony import */ var _facts_validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4904);







/** probes/linux/probe.sh: beside the bundle (dist/probes) or in the repository (running from sources). */
function probeScriptPath() {
    const here = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(require("url").pathToFileURL(__filename).href));
    const candidates = [
        node_path__WEBPACK_IMPORTED_MODULE_2___default().join(here, 'probes/linux/probe.sh'),
        node_path__WEBPACK_IMPORTED_MODULE_2___default().join(here, '..', 'probes/linux/probe.sh'),
        node_path__WEBPACK_IMPORTED_MODULE_2___default().join(here, '..', '..', 'probes/linux/probe.sh'),
        node_path__WEBPACK_IMPORTED_MODULE_2___default().join(here, '..', '..', 'dist/probes/linux/probe.sh')
    ];
    const found = candidates.find(c => node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(c));
    if (!found)
        throw new Error(`probes/linux/probe.sh not found near ${here}`);
    return found;
}
function checkStage(stage) {
    if (stage === undefined || stage === 'build' || stage === 'deployed')
        return stage;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`--stage must be build or deployed, not "${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(stage, 40)}"`);
}
/**
 * Parses what a probe printed. Truncated or non-JSON output, a newer schema version, or a document that is
 * not from the Linux probe is a one-line UserError naming `where`; the document must match the facts schema.
 */
function parseProbeOutput(text, where) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        const t = text.trim();
        const hint = t === '' ? 'it printed nothing' : t.startsWith('{') ? 'it looks truncated' : 'it is not JSON';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(where)}: the probe output is not a JSON document (${hint})`);
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(where)}: the probe output is not a JSON object`);
    const d = doc;
    if (typeof d.schema_version === 'number' && d.schema_version > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(where)}: the probe output has schema_version ${d.schema_version}, newer than this version reads (1); upgrade vm-image-policy`);
    if (d.schema_version !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(where)}: the probe output has no supported schema_version (expected 1)`);
    const os = d.os;
    if (os?.type !== 'Linux' || typeof d.linux !== 'object')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(where)}: the probe output is not from the Linux probe (os.type is ${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(os?.type ?? 'absent', 40)})`);
    (0,_facts_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .validateFacts */ .y)(d, where);
    return d;
}
/** Sends SIGKILL to the child's whole process group (it leads its own group), or to the child alone. */
function killGroup(pid, kill) {
    try {
        if (pid !== undefined && process.platform !== 'win32')
            process.kill(-pid, 'SIGKILL');
        else
            kill();
    }
    catch {
        kill();
    }
}
/**
 * Runs a command with optional stdin in its own process group; after timeoutMs the whole group (the
 * probe and every child it started) is killed and the result is marked timedOut.
 */
function capture(cmd, args, opts) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, {
            stdio: ['pipe', 'pipe', 'pipe'],
            ...(opts.env ? { env: { ...process.env, ...opts.env } } : {}),
            detached: process.platform !== 'win32'
        });
        const out = [];
        const err = [];
        let timedOut = false;
        let done = false;
        const finish = (code) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            resolve({
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                code,
                timedOut
            });
        };
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup(child.pid, () => child.kill('SIGKILL'));
            // a descendant that left the group may keep the pipes open: do not wait for them
            const drop = (code) => {
                child.stdout.destroy();
                child.stderr.destroy();
                finish(code);
            };
            if (child.exitCode !== null || child.signalCode !== null)
                drop(child.exitCode);
            else
                child.once('exit', code => drop(code));
        }, opts.timeoutMs);
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', e => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            reject(e);
        });
        child.on('close', code => finish(code));
        child.stdin.on('error', () => undefined);
        child.stdin.end(opts.input ?? '');
    });
}
/**
 * Runs probe.sh on this machine (live) or offline on an image root (`root`). `env`: variables added to the
 * probe's environment (VMIP_PROBE_READ_LOG for the disk reader).
 */
async function probeLocal(opts) {
    const stage = checkStage(opts.stage);
    if (opts.root !== undefined && !(node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(opts.root) && node_fs__WEBPACK_IMPORTED_MODULE_1___default().statSync(opts.root).isDirectory()))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`--root ${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(opts.root)}: not a directory`);
    const args = [probeScriptPath()];
    if (opts.root !== undefined)
        args.push('--root', opts.root);
    if (stage)
        args.push('--stage', stage);
    const r = await capture('sh', args, {
        timeoutMs: opts.timeoutMs ?? 60_000,
        ...(opts.env ? { env: opts.env } : {})
    });
    const where = opts.root !== undefined ? `probe of ${opts.root}` : 'probe of this machine';
    if (r.timedOut)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(where)}: the probe did not finish within ${(opts.timeoutMs ?? 60_000) / 1000} s`);
    if (r.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(where)}: the probe exited ${r.code}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(r.stderr.trim() || '(no message)')}`);
    return parseProbeOutput(r.stdout, where);
}


/***/ }),

/***/ 980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   probeLocal: () => (/* reexport safe */ _run_js__WEBPACK_IMPORTED_MODULE_5__.S4),
/* harmony export */   probeOverSsh: () => (/* binding */ probeOverSsh)
/* harmony export */ });
/* unused harmony export fingerprint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8992);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6591);








const FINGERPRINT = /^SHA256:[A-Za-z0-9+/]{43}=?$/;
/** `SHA256:…` fingerprint of a base64 public key blob, as OpenSSH prints it. */
function fingerprint(blobBase64) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(Buffer.from(blobBase64, 'base64')).digest('base64');
    return `SHA256:${digest.replace(/=+$/, '')}`;
}
/** The host key algorithms to offer for a key type, so that the server proves exactly the pinned key. */
function algorithms(keyType) {
    return keyType === 'ssh-rsa' ? 'rsa-sha2-512,rsa-sha2-256,ssh-rsa' : keyType;
}
function checkHost(host) {
    if (!/^[A-Za-z0-9._:-]+$/.test(host) || host.startsWith('-'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`probe host "${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(host, 80)}" is not a host name or address`);
}
/**
 * Runs probes/linux/probe.sh on a host over SSH (OpenSSH client) and returns its facts document.
 *
 * Trust: the host key must match the pinned `hostKey` fingerprint. The server's keys are scanned first;
 * only the key whose fingerprint matches is written to a private known_hosts, and the session runs with
 * StrictHostKeyChecking=yes limited to that key's algorithm, so a server that cannot prove that exact key
 * is refused. No pin, a malformed pin, or a mismatch: refused before any login.
 */
async function probeOverSsh(opts) {
    const port = opts.port ?? 22;
    const timeoutMs = opts.timeoutMs ?? 60_000;
    const stage = (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .checkStage */ .RT)(opts.stage);
    const target = `${opts.user}@${opts.host}${port === 22 ? '' : `:${port}`}`;
    if (!opts.hostKey)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`refusing to probe ${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(target)} without a pinned host key: pass the server's key fingerprint (SHA256:…, from ssh-keygen -lf)`);
    if (!FINGERPRINT.test(opts.hostKey))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`the pinned host key "${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(opts.hostKey, 80)}" is not a SHA256:… fingerprint (ssh-keygen -lf prints one)`);
    checkHost(opts.host);
    if (!/^[A-Za-z0-9._][A-Za-z0-9._-]*$/.test(opts.user))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`probe user "${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(opts.user, 80)}" is not a user name`);
    if (!Number.isInteger(port) || port < 1 || port > 65535)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`probe port ${port} is not a TCP port`);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(opts.keyFile))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`probe key file ${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(opts.keyFile)} does not exist`);
    const wanted = opts.hostKey.replace(/=$/, '');
    const seconds = Math.max(1, Math.ceil(timeoutMs / 1000));
    const scan = await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .capture */ .Fg)(opts.keyscanBin ?? 'ssh-keyscan', ['-p', String(port), '-T', String(seconds), '-t', 'ed25519,ecdsa,rsa', opts.host], { timeoutMs: timeoutMs + 2000 });
    const keys = scan.stdout
        .split('\n')
        .map(l => l.trim().split(/\s+/))
        .filter(f => f.length >= 3 && !(f[0] ?? '').startsWith('#'))
        .map(f => ({ type: f[1], blob: f[2], fp: fingerprint(f[2]) }));
    if (keys.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(target)}: no SSH host key could be read (${scan.timedOut ? 'timed out' : 'connection failed'}); is the host reachable on port ${port}?`);
    const match = keys.find(k => k.fp === wanted);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(target)}: host key mismatch: the server presents ${keys.map(k => `${k.type} ${k.fp}`).join(', ')}, but ${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(opts.hostKey, 80)} is pinned; refusing to connect`);
    const dir = node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'vmip-ssh-'));
    try {
        const knownHosts = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'known_hosts');
        const hostPattern = port === 22 ? opts.host : `[${opts.host}]:${port}`;
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().writeFileSync(knownHosts, `${hostPattern} ${match.type} ${match.blob}\n`, { mode: 0o600 });
        const args = [
            '-F',
            '/dev/null',
            '-o',
            'BatchMode=yes',
            '-o',
            'StrictHostKeyChecking=yes',
            '-o',
            `UserKnownHostsFile=${knownHosts}`,
            '-o',
            'GlobalKnownHostsFile=/dev/null',
            '-o',
            'UpdateHostKeys=no',
            '-o',
            `HostKeyAlgorithms=${algorithms(match.type)}`,
            '-o',
            `ConnectTimeout=${seconds}`,
            '-o',
            'IdentitiesOnly=yes',
            '-o',
            'PasswordAuthentication=no',
            '-o',
            'KbdInteractiveAuthentication=no',
            '-o',
            'LogLevel=ERROR',
            '-i',
            opts.keyFile,
            '-p',
            String(port),
            '-l',
            opts.user,
            '--',
            opts.host,
            stage ? `sh -s -- --stage ${stage}` : 'sh -s'
        ];
        const r = await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .capture */ .Fg)(opts.sshBin ?? 'ssh', args, {
            input: node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync((0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .probeScriptPath */ .N0)(), 'utf8'),
            timeoutMs
        });
        if (r.timedOut)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(target)}: the probe over SSH did not finish within ${seconds} s`);
        if (r.code === 255)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(target)}: SSH failed: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(r.stderr.trim() || 'connection or authentication failed')}`);
        if (r.code !== 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(target)}: the probe exited ${r.code}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inert */ .tJ)(r.stderr.trim() || '(no message)')}`);
        return (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .parseProbeOutput */ .VP)(r.stdout, `probe of ${target}`);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(dir, { recursive: true, force: true });
    }
}


/***/ })

};
;