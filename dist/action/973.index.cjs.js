"use strict";
exports.id = 973;
exports.ids = [973];
exports.modules = {

/***/ 8973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  liveFromVhd: () => (/* binding */ liveFromVhd),
  observedPartial: () => (/* binding */ observedPartial),
  readSource: () => (/* binding */ readSource),
  sasFacts: () => (/* binding */ sasFacts),
  verifySasLive: () => (/* binding */ verifySasLive)
});

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
;// CONCATENATED MODULE: ./src/facts/sas.ts
/**
 * SAS URI parsing: what each publisher-supplied SAS URI grants (permissions, validity window, resource,
 * blob name, scheme). Whether it really reads a fixed VHD is checked by the disks source (disks.ts).
 *
 * The signature never leaves this module unredacted: it is registered with `registerSecret` as soon as it
 * is seen, and the stored `uri` has `sig=REDACTED`.
 */

const DAY = 86_400;
/**
 * Whole business days between two epoch-second instants: the number of 24-hour days in
 * [start, start + n·24h), n = floor((end − start) / 24h), whose first instant falls on Mon–Fri (UTC).
 */
function businessDays(startUnix, endUnix) {
    if (endUnix <= startUnix)
        return 0;
    const n = Math.floor((endUnix - startUnix) / DAY);
    const weeks = Math.floor(n / 7);
    let count = weeks * 5;
    // 1970-01-01 was a Thursday (4).
    const firstDow = (((Math.floor(startUnix / DAY) + 4) % 7) + 7) % 7;
    for (let d = 0; d < n % 7; d++) {
        const dow = (firstDow + d) % 7;
        if (dow !== 0 && dow !== 6)
            count++;
    }
    return count;
}
const TIME_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** ISO 8601 SAS time (`2024-05-01`, `2024-05-01T10:00Z`, `…:00.0000000Z`, offsets) → epoch seconds. */
function parseSasTime(value) {
    const m = TIME_RE.exec(value.trim());
    if (!m)
        return undefined;
    const [, y, mo, d, h = '00', mi = '00', s = '00', , zone] = m;
    let z = zone ?? 'Z';
    if (/^[+-]\d{4}$/.test(z))
        z = `${z.slice(0, 3)}:${z.slice(3)}`;
    const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${z}`);
    if (Number.isNaN(ms))
        return undefined;
    // Date.parse rolls 2024-02-31 over; reject dates that do not round-trip.
    const check = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d))
        return undefined;
    if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)
        return undefined;
    return Math.floor(ms / 1000);
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
function isIpOrLocal(hostname) {
    return hostname === 'localhost' || /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || hostname.startsWith('[');
}
const PARAMS = ['sv', 'sp', 'sr', 'spr', 'si'];
/**
 * Parse one SAS URI for disk `disk` ("os" or "lunN"). `now` (epoch seconds) is used only to measure the
 * validity window when the URI has no `st`. Never throws: problems go to `parse_error`.
 */
function parseSasUri(disk, uri, now) {
    const raw = uri.trim();
    (0,redact/* registerSignatures */.VZ)(raw);
    const facts = { disk, uri: (0,redact/* redact */.E$)(raw) };
    const errors = [];
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        facts.parse_error = 'not a valid URL';
        return facts;
    }
    facts.scheme = url.protocol.replace(/:$/, '').toLowerCase();
    if (facts.scheme !== 'http' && facts.scheme !== 'https')
        errors.push(`scheme "${facts.scheme}" is not http or https`);
    facts.host = url.host.toLowerCase();
    // Query: decoded by hand (URLSearchParams would turn a raw "+" in a signature into a space).
    const params = new Map();
    const query = url.search.replace(/^\?/, '');
    for (const part of query.split('&')) {
        if (!part)
            continue;
        const eq = part.indexOf('=');
        const key = safeDecode(eq < 0 ? part : part.slice(0, eq)).toLowerCase();
        const value = eq < 0 ? '' : safeDecode(part.slice(eq + 1));
        // Every signature is a secret, a repeated one too (and in its raw form as well as decoded).
        if (key === 'sig') {
            (0,redact/* registerSecret */.cl)(value);
            if (eq >= 0)
                (0,redact/* registerSecret */.cl)(part.slice(eq + 1));
        }
        if (params.has(key)) {
            errors.push(`parameter "${key}" appears more than once`);
            continue;
        }
        params.set(key, value);
    }
    const sig = params.get('sig');
    if (sig !== undefined)
        (0,redact/* registerSecret */.cl)(sig);
    facts.has_signature = sig !== undefined && sig.length > 0;
    for (const p of PARAMS) {
        const v = params.get(p);
        if (v !== undefined)
            facts[p] = v;
    }
    for (const [p, field] of [
        ['st', 'st_unix'],
        ['se', 'se_unix']
    ]) {
        const v = params.get(p);
        if (v === undefined)
            continue;
        const t = parseSasTime(v);
        if (t === undefined)
            errors.push(`${p} "${(0,redact/* redact */.E$)(v)}" is not an ISO 8601 UTC time`);
        else
            facts[field] = t;
    }
    // Path: host-style (account.blob.…/container/blob) or path-style (IP/localhost:port/account/container/blob).
    const rawSegments = url.pathname.split('/').filter(s => s !== '');
    let rest = rawSegments;
    const hostname = url.hostname.toLowerCase();
    if (isIpOrLocal(hostname)) {
        if (rest[0] !== undefined)
            facts.account = safeDecode(rest[0]);
        rest = rest.slice(1);
    }
    else {
        const m = /^([^.]+)\.blob\./.exec(hostname);
        if (m)
            facts.account = m[1];
    }
    if (rest.length === 1 && facts.sr === 'b') {
        // A blob in the root container: https://account.blob…/name.vhd
        facts.container = '$root';
        facts.blob_name_raw = rest[0];
    }
    else if (rest.length >= 1) {
        facts.container = safeDecode(rest[0] ?? '');
        if (rest.length > 1)
            facts.blob_name_raw = rest.slice(1).join('/');
    }
    if (facts.blob_name_raw !== undefined)
        facts.blob_name = safeDecode(facts.blob_name_raw);
    // Validity window.
    const start = facts.st_unix ?? now;
    if (facts.se_unix !== undefined && start !== undefined) {
        facts.validity_seconds = facts.se_unix - start;
        facts.validity_business_days = businessDays(start, facts.se_unix);
        if (facts.st_unix === undefined)
            facts.validity_from_now = true;
    }
    if (errors.length > 0)
        facts.parse_error = errors.join('; ');
    return facts;
}
const SAS_LINE = /^(os|lun\s*(\d+))\s*[=:]\s*(\S.*)$/i;
/**
 * Parse `sas-uris` (multiline) or repeated `--sas` values: `os=URL`, `lun0=URL`, …; blank lines and
 * `#` comments are ignored. Never throws.
 */
function parseSasInputs(lines, now, what = 'sas-uris') {
    const out = { sas: [], uris: [], errors: [] };
    const all = lines.flatMap(l => l.split(/\r?\n/));
    all.forEach((line, i) => {
        const text = line.trim();
        if (!text || text.startsWith('#'))
            return;
        (0,redact/* registerSignatures */.VZ)(text);
        const m = SAS_LINE.exec(text);
        if (!m) {
            const shown = (0,redact/* redact */.E$)(text).slice(0, 80);
            out.errors.push(`${what} line ${i + 1}: expected "os=<SAS URI>" or "lun<N>=<SAS URI>", got "${shown}"`);
            return;
        }
        const disk = m[2] !== undefined ? `lun${Number(m[2])}` : 'os';
        const uri = (m[3] ?? '').trim();
        out.sas.push(parseSasUri(disk, uri, now));
        out.uris.push(uri);
    });
    return out;
}

// EXTERNAL MODULE: ./src/facts/types.ts
var types = __webpack_require__(7746);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/user-file.ts
var user_file = __webpack_require__(3207);
// EXTERNAL MODULE: ./src/facts/http.ts
var http = __webpack_require__(3915);
;// CONCATENATED MODULE: ./src/facts/vhd.ts
/**
 * VHD footer reader: the last 512 bytes of a local file or of a blob behind an http(s) URL (SAS or not).
 *
 * Never throws: whatever goes wrong (missing file, 403, 404, short or wrong Range answer, a server that
 * sends far more than asked, a server that never answers) becomes a `VhdFacts` with `error` set, and the
 * read is bounded both in bytes and in time.
 */





const FOOTER_SIZE = 512;
const MIB = 1024 * 1024;
const GIB = 1024 * MIB;
const VHD_COOKIE = 'conectix';
const DEFAULT_TIMEOUT_MS = 30_000;
const DISK_TYPES = { 0: 'none', 2: 'fixed', 3: 'dynamic', 4: 'differencing' };
function printable(buf) {
    let s = '';
    for (const b of buf)
        s += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
    return s;
}
/** One's complement of the byte sum of the footer, the checksum field (bytes 64–67) counted as zero. */
function footerChecksum(footer) {
    let sum = 0;
    for (let i = 0; i < FOOTER_SIZE; i++) {
        if (i >= 64 && i < 68)
            continue;
        sum = (sum + (footer[i] ?? 0)) >>> 0;
    }
    return ~sum >>> 0;
}
/**
 * Parse a 512-byte footer. `length` is the size of the whole file/blob. Fields that only make sense for a
 * real footer (disk type, size, alignment) are set only when the cookie is `conectix`.
 */
function parseFooter(footer, length, location) {
    const facts = { location, length };
    if (footer.length !== FOOTER_SIZE) {
        facts.error = `footer is ${footer.length} bytes, expected ${FOOTER_SIZE}`;
        return facts;
    }
    const cookie = footer.subarray(0, 8);
    facts.cookie = printable(cookie);
    facts.checksum_valid = footer.readUInt32BE(64) === footerChecksum(footer);
    if (cookie.toString('latin1') !== VHD_COOKIE) {
        facts.disk_type = 'unknown';
        return facts;
    }
    facts.creator_app = printable(footer.subarray(28, 32))
        .replace(/(\\x00)+$/, '')
        .trim();
    facts.disk_type = DISK_TYPES[footer.readUInt32BE(60)] ?? 'unknown';
    const size = footer.readBigUInt64BE(48);
    if (size <= BigInt(Number.MAX_SAFE_INTEGER)) {
        const n = Number(size);
        facts.current_size = n;
        facts.mib_aligned = n % MIB === 0;
        facts.length_matches = length === n + FOOTER_SIZE;
    }
    return facts;
}
/** True when `source` is read over http(s) rather than from the file system. */
function isUrl(source) {
    return /^https?:\/\//i.test(source.trim());
}
/** Read the footer of a local file or of an http(s) URL. Never throws. */
async function readVhdFooter(source, opts = {}) {
    const src = source.trim();
    (0,redact/* registerSignatures */.VZ)(src);
    try {
        return isUrl(src) ? await readUrl(src, opts) : await readFile(src);
    }
    catch (err) {
        return { location: (0,redact/* redact */.E$)(src), error: (0,redact/* redactError */.ki)(err) };
    }
}
async function readFile(source) {
    const path = source.startsWith('file://') ? (0,external_node_url_.fileURLToPath)(source) : source;
    const location = (0,redact/* redact */.E$)(path);
    let fh;
    try {
        // Non-blocking open: a FIFO where a VHD is expected is refused by the fstat below, never waited on.
        fh = await (0,promises_.open)(path, user_file/* OPEN_NONBLOCK */.K$);
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (0,redact/* redactError */.ki)(err);
        return { location, error: `cannot open ${location}: ${why}` };
    }
    try {
        const st = await fh.stat();
        if (!st.isFile())
            return { location, error: `${location} is not a regular file` };
        const length = st.size;
        if (length < FOOTER_SIZE) {
            return {
                location,
                length,
                error: `file is ${length} bytes, shorter than a VHD footer (${FOOTER_SIZE})`
            };
        }
        const buf = Buffer.alloc(FOOTER_SIZE);
        const { bytesRead } = await fh.read(buf, 0, FOOTER_SIZE, length - FOOTER_SIZE);
        if (bytesRead !== FOOTER_SIZE) {
            return { location, length, error: `short read: got ${bytesRead} of ${FOOTER_SIZE} footer bytes` };
        }
        return parseFooter(buf, length, location);
    }
    finally {
        await fh.close();
    }
}
async function readUrl(source, opts) {
    const location = (0,redact/* redact */.E$)(source);
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxBody = Math.max(FOOTER_SIZE, opts.maxBytes ?? FOOTER_SIZE);
    let url;
    try {
        url = new URL(source);
    }
    catch {
        return { location, error: 'not a valid URL' };
    }
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), timeoutMs);
    const facts = { location };
    try {
        let head;
        try {
            head = await (0,http/* request */.Em)(url, 'HEAD', {}, ac.signal, 0);
        }
        catch (err) {
            facts.error = (0,http/* describeNetError */.r)(err, timeoutMs);
            return facts;
        }
        facts.http_status = head.status;
        const blobType = head.headers['x-ms-blob-type'];
        if (typeof blobType === 'string' && blobType)
            facts.blob_type = blobType;
        if (head.status < 200 || head.status >= 300) {
            facts.error = (0,http/* statusError */.$C)('HEAD', head.status);
            return facts;
        }
        const cl = head.headers['content-length'];
        if (typeof cl !== 'string' || !/^\d+$/.test(cl)) {
            facts.error = 'HEAD gave no Content-Length: cannot locate the footer';
            return facts;
        }
        const length = Number(cl);
        facts.length = length;
        if (length < FOOTER_SIZE) {
            facts.error = `blob is ${length} bytes, shorter than a VHD footer (${FOOTER_SIZE})`;
            return facts;
        }
        const first = length - FOOTER_SIZE;
        const last = length - 1;
        let get;
        try {
            get = await (0,http/* request */.Em)(url, 'GET', { Range: `bytes=${first}-${last}` }, ac.signal, maxBody);
        }
        catch (err) {
            facts.error = (0,http/* describeNetError */.r)(err, timeoutMs);
            return facts;
        }
        if (get.status < 200 || get.status >= 300) {
            facts.http_status = get.status;
            facts.error = (0,http/* statusError */.$C)('Range GET', get.status);
            return facts;
        }
        if (get.status === 200 && length !== FOOTER_SIZE) {
            facts.error = `server ignored the Range request (HTTP 200 for a ${length}-byte blob); stopped reading after ${get.received} bytes`;
            return facts;
        }
        if (get.status === 206) {
            const cr = get.headers['content-range'];
            const m = typeof cr === 'string' ? /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(cr.trim()) : null;
            if (!m) {
                facts.error = `Range GET answered 206 without a valid Content-Range`;
                return facts;
            }
            const [s, e, t] = [Number(m[1]), Number(m[2]), m[3] === '*' ? length : Number(m[3])];
            if (s !== first || e !== last || t !== length) {
                facts.error = `wrong range: asked for bytes ${first}-${last}/${length}, got ${s}-${e}/${m[3]}`;
                return facts;
            }
        }
        if (get.overflow || get.body.length > FOOTER_SIZE) {
            facts.error = `server sent more than the ${FOOTER_SIZE} bytes asked for; stopped reading`;
            return facts;
        }
        if (get.body.length < FOOTER_SIZE) {
            facts.error = `short read: got ${get.body.length} of ${FOOTER_SIZE} footer bytes`;
            return facts;
        }
        const parsed = parseFooter(get.body, length, location);
        return {
            ...parsed,
            ...(facts.blob_type ? { blob_type: facts.blob_type } : {}),
            http_status: facts.http_status
        };
    }
    finally {
        clearTimeout(timer);
    }
}
/** Disk size in GB (GiB, as Azure counts) observed from a footer; undefined when the footer is unusable. */
function observedSizeGb(v) {
    if (v.error || v.cookie !== VHD_COOKIE || v.current_size === undefined)
        return undefined;
    return v.current_size / GIB;
}
/** Whether the footer says: a valid fixed VHD (cookie, type, checksum). Undefined when it could not be read. */
function isFixedVhd(v) {
    if (v.error)
        return undefined;
    return v.cookie === VHD_COOKIE && v.disk_type === 'fixed' && v.checksum_valid === true;
}
const DISK_PREFIX = /^\s*(os|lun\s*(\d+))\s*=\s*(.+)$/i;
/** Map `--vhd` / `vhd` input entries to disks. Bare entries: the first is the OS disk, then LUN 0, 1, … */
function assignDisks(entries) {
    const refs = [];
    const lines = entries.flatMap(e => e.split(/\r?\n/)).map(l => l.trim());
    const used = new Set();
    const bare = [];
    for (const line of lines) {
        if (!line || line.startsWith('#'))
            continue;
        const m = DISK_PREFIX.exec(line);
        if (m) {
            const disk = m[2] !== undefined ? `lun${Number(m[2])}` : 'os';
            refs.push({ disk, source: (m[3] ?? '').trim() });
            used.add(disk);
        }
        else
            bare.push(line);
    }
    let nextLun = 0;
    for (const source of bare) {
        let disk;
        if (!used.has('os'))
            disk = 'os';
        else {
            while (used.has(`lun${nextLun}`))
                nextLun++;
            disk = `lun${nextLun}`;
        }
        used.add(disk);
        refs.push({ disk, source });
    }
    return refs;
}
/** Collects footer facts per disk ("os" / "lunN") and builds the partial document with provenance. */
class DiskFactsBuilder {
    disks = new Map();
    /** Later additions for the same disk replace earlier ones. */
    add(disk, vhd, where) {
        this.disks.set(disk, { vhd, where });
    }
    has(disk) {
        return this.disks.has(disk);
    }
    build() {
        const doc = {};
        if (this.disks.size === 0)
            return doc;
        const provenance = {};
        const entry = (vhd) => {
            const size = observedSizeGb(vhd);
            return size === undefined ? { vhd } : { size_gb: size, vhd };
        };
        const note = (path, d, where) => {
            provenance[`${path}.vhd`] = where;
            if (d.size_gb !== undefined)
                provenance[`${path}.size_gb`] = where;
        };
        const disks = {};
        const os = this.disks.get('os');
        if (os) {
            disks.os = entry(os.vhd);
            note('disks.os', disks.os, os.where);
        }
        const luns = [...this.disks.keys()]
            .filter(k => k !== 'os')
            .map(k => Number(k.replace(/^lun/, '')))
            .sort((a, b) => a - b);
        if (luns.length > 0) {
            disks.data = luns.map((lun, i) => {
                const got = this.disks.get(`lun${lun}`);
                const d = { lun, ...entry(got.vhd) };
                note(`disks.data.${i}`, d, got.where);
                return d;
            });
        }
        doc.disks = disks;
        doc.provenance = provenance;
        return doc;
    }
}
/**
 * Read every VHD given as `--vhd` entries and return the partial facts document (disks.*.vhd, size_gb
 * observed from the footer, provenance `{source: "vhd", file}`).
 */
async function vhdFacts(entries, opts = {}) {
    const refs = assignDisks(entries);
    const results = await Promise.all(refs.map(r => readVhdFooter(r.source, opts)));
    const builder = new DiskFactsBuilder();
    refs.forEach((r, i) => {
        const vhd = results[i];
        builder.add(r.disk, vhd, { source: 'vhd', file: vhd.location });
    });
    return builder.build();
}

;// CONCATENATED MODULE: ./src/facts/disks.ts
/**
 * The disks source: --vhd files and --sas URIs as ONE source, combined per disk (data disks by LUN). With
 * network checks, each SAS URI is verified against the real service (HEAD + ranged footer read), and the OS
 * disk's Linux facts are read from the blob behind it (else from the --vhd os= file).
 */





/** The `live` object derived from a footer read through the SAS URI. */
function liveFromVhd(v) {
    const live = { checked: true };
    if (v.http_status !== undefined) {
        live.status = v.http_status;
        live.readable = v.http_status >= 200 && v.http_status < 300;
    }
    if (v.blob_type)
        live.blob_type = v.blob_type;
    const fixed = isFixedVhd(v);
    if (fixed !== undefined)
        live.footer_fixed = fixed;
    if (v.error)
        live.error = v.error;
    return live;
}
/** Check a parsed SAS against the real service: HEAD + Range read of the footer. Never throws. */
async function verifySasLive(sas, uri, opts = {}) {
    return (await verifySasLiveWithFooter(sas, uri, opts)).live;
}
async function verifySasLiveWithFooter(sas, uri, opts) {
    if (sas.parse_error && (sas.scheme === undefined || !/^https?$/.test(sas.scheme))) {
        return { live: { checked: false, error: `not checked: ${sas.parse_error}` } };
    }
    (0,redact/* registerSignatures */.VZ)(uri);
    const vhd = await readVhdFooter(uri, opts);
    return { live: liveFromVhd(vhd), vhd };
}
/**
 * Parse SAS inputs (and verify them live when `network` is on) into a partial facts document: `sas[]`,
 * provenance `sas.N` → `{source: "sas", detail: disk}`, and, from live reads, `disks.*.vhd` / `size_gb`.
 * `errors` are one-line, redacted messages for malformed input lines.
 */
async function sasFacts(lines, opts = {}) {
    const parsed = parseSasInputs(lines, opts.now, opts.inputName);
    const builder = opts.disks ?? new DiskFactsBuilder();
    if (opts.network) {
        const results = await Promise.all(parsed.sas.map((s, i) => verifySasLiveWithFooter(s, parsed.uris[i] ?? '', opts)));
        results.forEach((r, i) => {
            const s = parsed.sas[i];
            s.live = r.live;
            if (opts.footerFacts !== false && r.vhd && !r.vhd.error) {
                builder.add(s.disk, r.vhd, { source: 'sas', detail: `${s.disk} (footer read through the SAS URI)` });
            }
        });
    }
    const facts = opts.disks ? {} : builder.build();
    if (parsed.sas.length > 0) {
        facts.sas = parsed.sas;
        const provenance = (facts.provenance ??= {});
        parsed.sas.forEach((s, i) => {
            provenance[`sas.${i}`] = { source: 'sas', detail: s.disk };
        });
    }
    return { facts, errors: parsed.errors };
}
/**
 * The VHD and SAS sources as ONE pipeline source, so that disks seen through both are combined per disk
 * (data disks by LUN) instead of one source's `disks.data` array replacing the other's. For a disk given
 * both ways, the footer read through the SAS URI wins: that blob is what certification downloads.
 * Returns undefined when neither input is given. Throws `UserError` for malformed SAS lines.
 */
async function observedPartial(opts) {
    const vhd = opts.vhd ?? [];
    const sas = opts.sas ?? [];
    if (vhd.length === 0 && sas.length === 0)
        return undefined;
    const disks = new DiskFactsBuilder();
    const refs = assignDisks(vhd);
    const footers = await Promise.all(refs.map(r => readVhdFooter(r.source, opts)));
    refs.forEach((r, i) => {
        const v = footers[i];
        disks.add(r.disk, v, { source: 'vhd', file: v.location });
    });
    const { facts, errors } = await sasFacts(sas, { ...opts, disks });
    if (errors.length > 0)
        throw new src_errors/* UserError */.yo(errors.join('; '));
    const built = disks.build();
    const provenance = { ...built.provenance, ...facts.provenance };
    const out = {};
    if (built.disks)
        out.disks = built.disks;
    if (facts.sas)
        out.sas = facts.sas;
    const origin = { kind: vhd.length === 0 ? 'sas' : sas.length === 0 ? 'vhd' : 'disks' };
    const notes = [];
    if (opts.readLinux !== false) {
        // The OS disk's own Linux facts: the blob behind the SAS URI when network checks are on (that is what
        // certification downloads), else the --vhd os= file. Only a readable fixed VHD footer is worth it.
        const osSas = opts.network ? (facts.sas?.findIndex(s => s.disk === 'os') ?? -1) : -1;
        const osFile = refs.findIndex(r => r.disk === 'os');
        const target = osSas >= 0
            ? { source: sasUris(sas)[osSas] ?? '', via: 'sas' }
            : osFile >= 0 && !footers[osFile]?.error
                ? { source: refs[osFile]?.source ?? '', via: 'vhd' }
                : undefined;
        if (target?.source) {
            const { readLinuxFromDisk } = await __webpack_require__.e(/* import() */ 493).then(__webpack_require__.bind(__webpack_require__, 9493));
            const r = await readLinuxFromDisk(target.source, { via: target.via, disk: 'os' });
            notes.push(...r.notes);
            if (r.facts)
                for (const k of ['stage', 'os', 'linux'])
                    if (r.facts[k] !== undefined)
                        out[k] = r.facts[k];
            // The partition table goes beside the footer facts (disks.os.vhd), even without Linux facts.
            if (r.partitionTable) {
                const d = (out.disks ??= {});
                d.os = { ...d.os, partition_table: r.partitionTable };
            }
            Object.assign(provenance, r.provenance);
        }
    }
    return { image: '', origin, priority: types/* PRIORITY */.F.observed, facts: out, provenance, notes };
}
/** The URIs of SAS input lines, in the order parseSasInputs gives them. */
function sasUris(lines) {
    return parseSasInputs(lines).uris;
}
/** The disks source (--vhd files and --sas URIs, combined per disk): reads bounded to 30 s, never throw. */
async function readSource(s) {
    const observed = await observedPartial({
        vhd: s.vhd,
        sas: s.sas,
        network: s.networkChecks === true,
        now: Math.floor(s.now.getTime() / 1000),
        timeoutMs: 30_000,
        inputName: 'sas'
    });
    if (!observed)
        return { partials: [], notes: [] };
    const { notes, ...partial } = observed;
    return { partials: [partial], notes: notes ?? [] };
}


/***/ }),

/***/ 3915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ statusError),
/* harmony export */   Em: () => (/* binding */ request),
/* harmony export */   r: () => (/* binding */ describeNetError)
/* harmony export */ });
/* unused harmony export TimeoutError */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6670);
/**
 * The bounded HTTP reader every remote read goes through (VHD footers, SAS blobs, disk blocks): one
 * request, a body cap (reading stops past it), the caller's deadline (AbortSignal), error bodies never
 * read, and error texts that are one line with secrets redacted.
 */



class TimeoutError extends Error {
}
function request(url, method, headers, signal, maxBody) {
    return new Promise((resolve, reject) => {
        const mod = url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default());
        let settled = false;
        const done = (fn) => {
            if (settled)
                return;
            settled = true;
            fn();
        };
        const req = mod.request(url, { method, headers, agent: false, signal }, res => {
            const status = res.statusCode ?? 0;
            if (method === 'HEAD' || status < 200 || status >= 300) {
                // Error bodies are not read: only the status matters, and they could be arbitrarily large.
                done(() => resolve({ status, headers: res.headers, body: Buffer.alloc(0), overflow: false, received: 0 }));
                res.destroy();
                req.destroy();
                return;
            }
            const chunks = [];
            let total = 0;
            res.on('data', (chunk) => {
                if (settled)
                    return;
                total += chunk.length;
                if (total > maxBody) {
                    done(() => resolve({
                        status,
                        headers: res.headers,
                        body: Buffer.concat(chunks),
                        overflow: true,
                        received: total
                    }));
                    res.destroy();
                    req.destroy();
                    return;
                }
                chunks.push(chunk);
            });
            res.on('end', () => done(() => resolve({
                status,
                headers: res.headers,
                body: Buffer.concat(chunks),
                overflow: false,
                received: total
            })));
            res.on('error', err => done(() => reject(signal.aborted ? new TimeoutError() : err)));
            res.on('aborted', () => done(() => reject(signal.aborted ? new TimeoutError() : new Error('connection closed mid-response'))));
        });
        req.on('error', err => done(() => reject(signal.aborted ? new TimeoutError() : err)));
        req.end();
    });
}
function describeNetError(err, timeoutMs) {
    if (err instanceof TimeoutError)
        return `timed out after ${timeoutMs} ms`;
    const e = err;
    if (e.code && e.code !== 'ABORT_ERR')
        return `network error: ${e.code}${e.message ? ` (${(0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(e.message)})` : ''}`;
    return `network error: ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactError */ .ki)(err)}`;
}
function statusError(what, status) {
    const hint = {
        401: 'not authorized',
        403: 'forbidden: the SAS is invalid, expired, not yet valid or lacks read permission',
        404: 'not found: no blob at this path',
        409: 'conflict',
        416: 'range not satisfiable'
    };
    return `${what} returned HTTP ${status}${hint[status] ? ` (${hint[status]})` : ''}`;
}


/***/ })

};
;