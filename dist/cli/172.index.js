export const id = 172;
export const ids = [172];
export const modules = {

/***/ 1172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  probeLocal: () => (/* reexport */ probeLocal),
  probeOverSsh: () => (/* binding */ probeOverSsh)
});

// UNUSED EXPORTS: fingerprint, parseProbeOutput

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/facts/validate.ts + 1 modules
var validate = __webpack_require__(4904);
;// CONCATENATED MODULE: ./src/probe/run.ts







/** probes/linux/probe.sh: beside the bundle (dist/probes) or in the repository (running from sources). */
function probeScriptPath() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const candidates = [
        external_node_path_default().join(here, 'probes/linux/probe.sh'),
        external_node_path_default().join(here, '..', 'probes/linux/probe.sh'),
        external_node_path_default().join(here, '..', '..', 'probes/linux/probe.sh'),
        external_node_path_default().join(here, '..', '..', 'dist/probes/linux/probe.sh')
    ];
    const found = candidates.find(c => external_node_fs_default().existsSync(c));
    if (!found)
        throw new Error(`probes/linux/probe.sh not found near ${here}`);
    return found;
}
function checkStage(stage) {
    if (stage === undefined || stage === 'build' || stage === 'deployed')
        return stage;
    throw new errors/* UserError */.yo(`--stage must be build or deployed, not "${(0,src_text/* inert */.tJ)(stage, 40)}"`);
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
        throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(where)}: the probe output is not a JSON document (${hint})`);
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(where)}: the probe output is not a JSON object`);
    const d = doc;
    if (typeof d.schema_version === 'number' && d.schema_version > 1)
        throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(where)}: the probe output has schema_version ${d.schema_version}, newer than this version reads (1); upgrade vm-image-policy`);
    if (d.schema_version !== 1)
        throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(where)}: the probe output has no supported schema_version (expected 1)`);
    const os = d.os;
    if (os?.type !== 'Linux' || typeof d.linux !== 'object')
        throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(where)}: the probe output is not from the Linux probe (os.type is ${(0,src_text/* inert */.tJ)(os?.type ?? 'absent', 40)})`);
    (0,validate/* validateFacts */.y)(d, where);
    return d;
}
/** Runs a command with optional stdin, killing it (and failing) after timeoutMs. */
function capture(cmd, args, opts) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, opts.timeoutMs);
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', e => {
            clearTimeout(timer);
            reject(e);
        });
        child.on('close', code => {
            clearTimeout(timer);
            resolve({
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                code,
                timedOut
            });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(opts.input ?? '');
    });
}
/** Runs probe.sh on this machine (live) or offline on an image root (`root`). */
async function probeLocal(opts) {
    const stage = checkStage(opts.stage);
    if (opts.root !== undefined && !(external_node_fs_default().existsSync(opts.root) && external_node_fs_default().statSync(opts.root).isDirectory()))
        throw new errors/* UserError */.yo(`--root ${(0,src_text/* inert */.tJ)(opts.root)}: not a directory`);
    const args = [probeScriptPath()];
    if (opts.root !== undefined)
        args.push('--root', opts.root);
    if (stage)
        args.push('--stage', stage);
    const r = await capture('sh', args, { timeoutMs: opts.timeoutMs ?? 60_000 });
    const where = opts.root !== undefined ? `probe of ${opts.root}` : 'probe of this machine';
    if (r.timedOut)
        throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(where)}: the probe did not finish within ${(opts.timeoutMs ?? 60_000) / 1000} s`);
    if (r.code !== 0)
        throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(where)}: the probe exited ${r.code}: ${(0,src_text/* inert */.tJ)(r.stderr.trim() || '(no message)')}`);
    return parseProbeOutput(r.stdout, where);
}

;// CONCATENATED MODULE: ./src/probe/ssh.ts








const FINGERPRINT = /^SHA256:[A-Za-z0-9+/]{43}=?$/;
/** `SHA256:…` fingerprint of a base64 public key blob, as OpenSSH prints it. */
function fingerprint(blobBase64) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(Buffer.from(blobBase64, 'base64')).digest('base64');
    return `SHA256:${digest.replace(/=+$/, '')}`;
}
/** The host key algorithms to offer for a key type, so that the server proves exactly the pinned key. */
function algorithms(keyType) {
    return keyType === 'ssh-rsa' ? 'rsa-sha2-512,rsa-sha2-256,ssh-rsa' : keyType;
}
function checkHost(host) {
    if (!/^[A-Za-z0-9._:-]+$/.test(host) || host.startsWith('-'))
        throw new errors/* UserError */.yo(`probe host "${(0,src_text/* inert */.tJ)(host, 80)}" is not a host name or address`);
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
    const stage = checkStage(opts.stage);
    const target = `${opts.user}@${opts.host}${port === 22 ? '' : `:${port}`}`;
    if (!opts.hostKey)
        throw new errors/* UserError */.yo(`refusing to probe ${(0,src_text/* inert */.tJ)(target)} without a pinned host key: pass the server's key fingerprint (SHA256:…, from ssh-keygen -lf)`);
    if (!FINGERPRINT.test(opts.hostKey))
        throw new errors/* UserError */.yo(`the pinned host key "${(0,src_text/* inert */.tJ)(opts.hostKey, 80)}" is not a SHA256:… fingerprint (ssh-keygen -lf prints one)`);
    checkHost(opts.host);
    if (!/^[A-Za-z0-9._][A-Za-z0-9._-]*$/.test(opts.user))
        throw new errors/* UserError */.yo(`probe user "${(0,src_text/* inert */.tJ)(opts.user, 80)}" is not a user name`);
    if (!Number.isInteger(port) || port < 1 || port > 65535)
        throw new errors/* UserError */.yo(`probe port ${port} is not a TCP port`);
    if (!external_node_fs_default().existsSync(opts.keyFile))
        throw new errors/* UserError */.yo(`probe key file ${(0,src_text/* inert */.tJ)(opts.keyFile)} does not exist`);
    const wanted = opts.hostKey.replace(/=$/, '');
    const seconds = Math.max(1, Math.ceil(timeoutMs / 1000));
    const scan = await capture(opts.keyscanBin ?? 'ssh-keyscan', ['-p', String(port), '-T', String(seconds), '-t', 'ed25519,ecdsa,rsa', opts.host], { timeoutMs: timeoutMs + 2000 });
    const keys = scan.stdout
        .split('\n')
        .map(l => l.trim().split(/\s+/))
        .filter(f => f.length >= 3 && !(f[0] ?? '').startsWith('#'))
        .map(f => ({ type: f[1], blob: f[2], fp: fingerprint(f[2]) }));
    if (keys.length === 0)
        throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(target)}: no SSH host key could be read (${scan.timedOut ? 'timed out' : 'connection failed'}); is the host reachable on port ${port}?`);
    const match = keys.find(k => k.fp === wanted);
    if (!match)
        throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(target)}: host key mismatch: the server presents ${keys.map(k => `${k.type} ${k.fp}`).join(', ')}, but ${(0,src_text/* inert */.tJ)(opts.hostKey, 80)} is pinned; refusing to connect`);
    const dir = external_node_fs_default().mkdtempSync(external_node_path_default().join(external_node_os_default().tmpdir(), 'vmip-ssh-'));
    try {
        const knownHosts = external_node_path_default().join(dir, 'known_hosts');
        const hostPattern = port === 22 ? opts.host : `[${opts.host}]:${port}`;
        external_node_fs_default().writeFileSync(knownHosts, `${hostPattern} ${match.type} ${match.blob}\n`, { mode: 0o600 });
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
        const r = await capture(opts.sshBin ?? 'ssh', args, {
            input: external_node_fs_default().readFileSync(probeScriptPath(), 'utf8'),
            timeoutMs
        });
        if (r.timedOut)
            throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(target)}: the probe over SSH did not finish within ${seconds} s`);
        if (r.code === 255)
            throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(target)}: SSH failed: ${(0,src_text/* inert */.tJ)(r.stderr.trim() || 'connection or authentication failed')}`);
        if (r.code !== 0)
            throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(target)}: the probe exited ${r.code}: ${(0,src_text/* inert */.tJ)(r.stderr.trim() || '(no message)')}`);
        return parseProbeOutput(r.stdout, `probe of ${target}`);
    }
    finally {
        external_node_fs_default().rmSync(dir, { recursive: true, force: true });
    }
}


/***/ })

};
