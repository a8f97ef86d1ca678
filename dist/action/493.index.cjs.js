"use strict";
exports.id = 493;
exports.ids = [493];
exports.modules = {

/***/ 9493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readLinuxFromDisk: () => (/* binding */ readLinuxFromDisk)
});

// UNUSED EXPORTS: CONTENT_DIRS, FILE_CAP, MAX_PASSES, TOTAL_CAP, fstabRoot, parseReadLog, parseSuperblock, safeTarget, swapCandidate, wantsContent

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/facts/validate.ts + 1 modules
var validate = __webpack_require__(4904);
;// CONCATENATED MODULE: ./src/probe/run.ts







/** probes/linux/probe.sh: beside the bundle (dist/probes) or in the repository (running from sources). */
function probeScriptPath() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(require("url").pathToFileURL(__filename).href));
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
        const child = (0,external_node_child_process_.spawn)(cmd, args, {
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
    if (opts.root !== undefined && !(external_node_fs_default().existsSync(opts.root) && external_node_fs_default().statSync(opts.root).isDirectory()))
        throw new errors/* UserError */.yo(`--root ${(0,src_text/* inert */.tJ)(opts.root)}: not a directory`);
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
        throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(where)}: the probe did not finish within ${(opts.timeoutMs ?? 60_000) / 1000} s`);
    if (r.code !== 0)
        throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(where)}: the probe exited ${r.code}: ${(0,src_text/* inert */.tJ)(r.stderr.trim() || '(no message)')}`);
    return parseProbeOutput(r.stdout, where);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
// EXTERNAL MODULE: ./src/user-file.ts
var user_file = __webpack_require__(3207);
// EXTERNAL MODULE: ./src/facts/http.ts
var http = __webpack_require__(3915);
;// CONCATENATED MODULE: ./src/facts/disk/source.ts
/**
 * Byte sources for reading a disk image: a local file, or an http(s) blob read with Range requests through
 * the bounded `request` of facts/http.ts (deadline, body limit, `sig` redacted in every message).
 * `CachedDisk` adds a page cache, coalesced range reads and a budget (bytes, reads, time).
 */





class DiskError extends Error {
}
async function openFileSource(path) {
    let fh;
    try {
        fh = await (0,promises_.open)(path, user_file/* OPEN_NONBLOCK */.K$);
    }
    catch (err) {
        throw new DiskError(`cannot open ${path}: ${err.code ?? 'error'}`);
    }
    const st = await fh.stat();
    if (!st.isFile()) {
        await fh.close();
        throw new DiskError(`${path} is not a regular file`);
    }
    return {
        name: path,
        length: st.size,
        async read(offset, length) {
            // Filled by the read or refused (a short read throws), so no zero-fill is needed.
            // A regular file (checked above): read synchronously, which spares a thread-pool round trip per read.
            const buf = Buffer.allocUnsafeSlow(length);
            const bytesRead = (0,external_node_fs_.readSync)(fh.fd, buf, 0, length, offset);
            if (bytesRead !== length)
                throw new DiskError(`short read at byte ${offset} of ${path}`);
            return buf;
        },
        close: () => fh.close()
    };
}
/** An http(s) blob; `length` comes from a HEAD. Every 206 is checked; a 200 to a range request is refused. */
async function openUrlSource(source, signal, timeoutMs) {
    const name = (0,redact/* redact */.E$)(source);
    let url;
    try {
        url = new URL(source);
    }
    catch {
        throw new DiskError('not a valid URL');
    }
    let head;
    try {
        head = await (0,http/* request */.Em)(url, 'HEAD', {}, signal, 0);
    }
    catch (err) {
        throw new DiskError(`${name}: ${(0,http/* describeNetError */.r)(err, timeoutMs)}`);
    }
    if (head.status < 200 || head.status >= 300)
        throw new DiskError(`${name}: ${(0,http/* statusError */.$C)('HEAD', head.status)}`);
    const cl = head.headers['content-length'];
    if (typeof cl !== 'string' || !/^\d{1,16}$/.test(cl))
        throw new DiskError(`${name}: HEAD gave no Content-Length`);
    const length = Number(cl);
    return {
        name,
        length,
        async read(offset, len) {
            const last = offset + len - 1;
            let get;
            try {
                get = await (0,http/* request */.Em)(url, 'GET', { Range: `bytes=${offset}-${last}` }, signal, len);
            }
            catch (err) {
                throw new DiskError(`${name}: ${(0,http/* describeNetError */.r)(err, timeoutMs)}`);
            }
            if (get.status === 200)
                throw new DiskError(`${name}: the server ignored a Range request (HTTP 200); nothing read from it is used`);
            if (get.status !== 206)
                throw new DiskError(`${name}: ${(0,http/* statusError */.$C)('Range GET', get.status)}`);
            const cr = get.headers['content-range'];
            const m = typeof cr === 'string' ? /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(cr.trim()) : null;
            if (!m)
                throw new DiskError(`${name}: a 206 answer without a valid Content-Range`);
            if (Number(m[1]) !== offset || Number(m[2]) !== last || (m[3] !== '*' && Number(m[3]) !== length))
                throw new DiskError(`${name}: wrong range: asked for bytes ${offset}-${last}/${length}, got ${m[1]}-${m[2]}/${m[3]}`);
            if (get.overflow)
                throw new DiskError(`${name}: the server sent more than the ${len} bytes asked for`);
            if (get.body.length !== len)
                throw new DiskError(`${name}: short answer: ${get.body.length} of ${len} bytes at ${offset}`);
            return get.body;
        },
        close: async () => undefined
    };
}
const DEFAULT_BUDGET = { maxBytes: 256 * 1024 * 1024, maxReads: 20_000, timeoutMs: 120_000 };
const PAGE = 4096;
/** Gaps up to this size between wanted ranges are read through, to make fewer requests. */
const GAP = 32 * 1024;
/** Largest single read. */
const MAX_READ = 8 * 1024 * 1024;
/**
 * A view of `source` from byte `base` (the VHD data area starts at 0; a partition at its offset) with a
 * shared 4 KiB page cache. `prefetch` merges many ranges into few reads; `read` uses the cache.
 */
class CachedDisk {
    source;
    size;
    budget;
    bytesRead = 0;
    reads = 0;
    pages = new Map();
    started = Date.now();
    ac = new AbortController();
    timer;
    constructor(source, 
    /** Usable size (for a VHD: without the footer). */
    size, budget = DEFAULT_BUDGET) {
        this.source = source;
        this.size = size;
        this.budget = budget;
        this.timer = setTimeout(() => this.ac.abort(), budget.timeoutMs);
        this.timer.unref();
    }
    dispose() {
        clearTimeout(this.timer);
        this.pages.clear();
    }
    check(len) {
        if (this.ac.signal.aborted || Date.now() - this.started > this.budget.timeoutMs)
            throw new DiskError(`reading the disk took longer than ${this.budget.timeoutMs / 1000} s`);
        if (this.bytesRead + len > this.budget.maxBytes)
            throw new DiskError(`reading the disk would pass the ${this.budget.maxBytes / 1048576} MiB read budget`);
        if (this.reads + 1 > this.budget.maxReads)
            throw new DiskError(`reading the disk would pass the ${this.budget.maxReads} read budget`);
    }
    /** Loads every page of the given [offset, length] ranges that is not cached, in merged reads. */
    async prefetch(ranges) {
        const want = [];
        for (const [off, len] of ranges) {
            if (len <= 0)
                continue;
            if (off < 0 || off + len > this.size)
                throw new DiskError(`a read at byte ${off} (+${len}) is past the end of the disk`);
            for (let p = Math.floor(off / PAGE); p * PAGE < off + len; p++)
                if (!this.pages.has(p))
                    want.push(p);
        }
        if (want.length === 0)
            return;
        want.sort((a, b) => a - b);
        let i = 0;
        while (i < want.length) {
            const first = want[i];
            let last = first;
            let j = i + 1;
            while (j < want.length) {
                const p = want[j];
                if ((p - last - 1) * PAGE > GAP || (p - first + 1) * PAGE > MAX_READ)
                    break;
                last = p;
                j++;
            }
            const off = first * PAGE;
            const len = Math.min((last + 1) * PAGE, this.size) - off;
            this.check(len);
            this.reads++;
            this.bytesRead += len;
            let buf = await this.source.read(off, len, this.ac.signal);
            // Each read gets a memory of its own, so pages sharing one are pages of one read (see `view`).
            if (buf.byteOffset !== 0 || buf.buffer.byteLength !== buf.length) {
                const own = Buffer.allocUnsafeSlow(buf.length);
                buf.copy(own);
                buf = own;
            }
            for (let p = first; p <= last; p++) {
                const s = (p - first) * PAGE;
                if (s >= buf.length)
                    break;
                if (!this.pages.has(p))
                    this.pages.set(p, buf.subarray(s, Math.min(s + PAGE, buf.length)));
            }
            i = j;
        }
    }
    /**
     * Like `read`, but a view into the cache (no copy) when the range lies in one page, or in pages that one
     * read brought in (they share its buffer, back to back). Do not modify.
     */
    async view(offset, length) {
        if (length <= 0)
            return Buffer.alloc(0);
        const s = offset % PAGE;
        const firstNo = Math.floor(offset / PAGE);
        let first = this.pages.get(firstNo);
        if (!first) {
            await this.prefetch([[offset, length]]);
            first = this.pages.get(firstNo);
        }
        if (first && s + length <= first.length)
            return first.subarray(s, s + length);
        const last = this.pages.get(Math.floor((offset + length - 1) / PAGE));
        if (first &&
            last &&
            first.buffer === last.buffer &&
            last.byteOffset - first.byteOffset === (Math.floor((offset + length - 1) / PAGE) - firstNo) * PAGE &&
            (offset + length - 1) % PAGE < last.length)
            return Buffer.from(first.buffer, first.byteOffset + s, length);
        return this.read(offset, length);
    }
    async read(offset, length) {
        await this.prefetch([[offset, length]]);
        const out = Buffer.alloc(length);
        let done = 0;
        while (done < length) {
            const pos = offset + done;
            const page = this.pages.get(Math.floor(pos / PAGE));
            const s = pos % PAGE;
            const n = Math.min(page.length - s, length - done);
            if (n <= 0)
                throw new DiskError(`short page at byte ${pos}`);
            page.copy(out, done, s, s + n);
            done += n;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/facts/disk/ext4.ts
/**
 * A small read-only ext2/3/4 reader: superblock, group descriptors (32- and 64-bit), inodes, extent trees
 * and classic block maps, directories read linearly (hashed-tree directories included: their index blocks
 * look like empty entries), fast and slow symlinks. Every on-disk number is bounds-checked; trees are limited
 * in depth and size. What it does not support (meta_bg, encryption, casefold, inline data past the inode)
 * is refused with a DiskError naming it, never guessed.
 */

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const EXTENTS_FL = 0x80000;
const INLINE_DATA_FL = 0x10000000;
const ENCRYPT_FL = 0x800;
const INCOMPAT_META_BG = 0x10;
const INCOMPAT_64BIT = 0x80;
const INCOMPAT_ENCRYPT = 0x10000;
const INCOMPAT_CASEFOLD = 0x20000;
const INCOMPAT_KNOWN = 0x2 | 0x4 | 0x8 | 0x40 | INCOMPAT_64BIT | 0x200 | 0x400 | 0x8000 | INCOMPAT_META_BG | 0x1000 | 0x2000;
const MAX_EXTENTS = 100_000;
function fmtUuid(b) {
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
/** Parses an ext superblock (1024 bytes from byte 1024 of the filesystem); undefined when the magic is absent. */
function parseSuperblock(sb, fsSize) {
    if (sb.readUInt16LE(0x38) !== 0xef53)
        return undefined;
    const log = sb.readUInt32LE(0x18);
    if (log > 6)
        throw new DiskError(`ext superblock: block size 2^${10 + log} is not valid`);
    const blockSize = 1024 << log;
    const incompat = sb.readUInt32LE(0x60);
    const is64 = (incompat & INCOMPAT_64BIT) !== 0;
    const blocks = sb.readUInt32LE(0x4) + (is64 ? sb.readUInt32LE(0x150) * 2 ** 32 : 0);
    const rev = sb.readUInt32LE(0x4c);
    const inodeSize = rev >= 1 ? sb.readUInt16LE(0x58) : 128;
    const descSize = is64 ? sb.readUInt16LE(0xfe) : 32;
    const s = {
        blockSize,
        blocks,
        inodes: sb.readUInt32LE(0),
        inodesPerGroup: sb.readUInt32LE(0x28),
        blocksPerGroup: sb.readUInt32LE(0x20),
        firstDataBlock: sb.readUInt32LE(0x14),
        inodeSize,
        descSize,
        incompat,
        uuid: fmtUuid(sb.subarray(0x68, 0x78)),
        label: sb
            .toString('latin1', 0x78, 0x88)
            .replace(/\0.*$/s, '')
            .replace(/[^\x20-\x7e]/g, '?'),
        needsRecovery: (incompat & 0x4) !== 0
    };
    const bad = (why) => {
        throw new DiskError(`corrupt ext superblock: ${why}`);
    };
    if (s.inodesPerGroup === 0 || s.blocksPerGroup === 0)
        bad('zero inodes or blocks per group');
    if (s.inodeSize < 128 || s.inodeSize > blockSize || (s.inodeSize & (s.inodeSize - 1)) !== 0)
        bad(`inode size ${s.inodeSize}`);
    if (is64 && (descSize < 32 || descSize > 1024 || (descSize & (descSize - 1)) !== 0))
        bad(`descriptor size ${descSize}`);
    if (s.blocks === 0 || s.blocks * blockSize > fsSize)
        bad(`${s.blocks} blocks of ${blockSize} bytes do not fit in the partition`);
    if (s.firstDataBlock !== (blockSize === 1024 ? 1 : 0))
        bad(`first data block ${s.firstDataBlock}`);
    const groups = Math.ceil((s.blocks - s.firstDataBlock) / s.blocksPerGroup);
    if (s.inodes > groups * s.inodesPerGroup || s.inodes === 0)
        bad(`inode count ${s.inodes}`);
    if (incompat & INCOMPAT_ENCRYPT)
        throw new DiskError('the ext4 filesystem uses encryption, which is not read');
    if (incompat & INCOMPAT_CASEFOLD)
        throw new DiskError('the ext4 filesystem uses casefolding, which is not read');
    if (incompat & INCOMPAT_META_BG)
        throw new DiskError('the ext4 filesystem uses meta_bg, which is not read');
    if (incompat & ~INCOMPAT_KNOWN)
        throw new DiskError(`the ext4 filesystem has unknown incompatible features 0x${(incompat & ~INCOMPAT_KNOWN).toString(16)}`);
    return s;
}
class Ext4 {
    disk;
    base;
    sb;
    tables;
    inodeCache = new Map();
    constructor(disk, 
    /** Byte offset of the filesystem on the disk. */
    base, sb, tables) {
        this.disk = disk;
        this.base = base;
        this.sb = sb;
        this.tables = tables;
    }
    static async open(disk, base, size) {
        const sb = parseSuperblock(await disk.read(base + 1024, 1024), size);
        if (!sb)
            throw new DiskError('no ext2/3/4 superblock');
        const groups = Math.ceil((sb.blocks - sb.firstDataBlock) / sb.blocksPerGroup);
        const gdtOff = (sb.firstDataBlock + 1) * sb.blockSize;
        const gdt = await disk.read(base + gdtOff, groups * sb.descSize);
        const tables = [];
        for (let g = 0; g < groups; g++) {
            const o = g * sb.descSize;
            const lo = gdt.readUInt32LE(o + 8);
            const hi = sb.descSize >= 64 ? gdt.readUInt32LE(o + 0x28) : 0;
            const t = lo + hi * 2 ** 32;
            if (t >= sb.blocks)
                throw new DiskError(`corrupt ext group descriptor ${g}: inode table past the end`);
            tables.push(t);
        }
        return new Ext4(disk, base, sb, tables);
    }
    inodeOffset(ino) {
        if (!Number.isInteger(ino) || ino < 1 || ino > this.sb.inodes)
            throw new DiskError(`inode ${ino} out of range`);
        const g = Math.floor((ino - 1) / this.sb.inodesPerGroup);
        const idx = (ino - 1) % this.sb.inodesPerGroup;
        return this.base + this.tables[g] * this.sb.blockSize + idx * this.sb.inodeSize;
    }
    /** Loads many inodes' bytes in a few merged reads. */
    async prefetchInodes(inos) {
        await this.disk.prefetch(inos.filter(i => !this.inodeCache.has(i)).map(i => [this.inodeOffset(i), 128]));
    }
    async inode(ino) {
        const hit = this.inodeCache.get(ino);
        if (hit)
            return hit;
        const b = await this.disk.view(this.inodeOffset(ino), 128);
        const node = {
            ino,
            mode: b.readUInt16LE(0),
            uid: b.readUInt16LE(2) + b.readUInt16LE(0x78) * 65536,
            gid: b.readUInt16LE(0x18) + b.readUInt16LE(0x7a) * 65536,
            size: b.readUInt32LE(4) + b.readUInt32LE(0x6c) * 2 ** 32,
            links: b.readUInt16LE(0x1a),
            flags: b.readUInt32LE(0x20),
            // A view of the cached page (the cache lives as long as this reader).
            block: b.subarray(0x28, 0x28 + 60)
        };
        if (this.inodeCache.size < 200_000)
            this.inodeCache.set(ino, node);
        return node;
    }
    checkBlock(b, len = 1) {
        if (b < 0 || b + len > this.sb.blocks)
            throw new DiskError(`corrupt ext4: block ${b} (+${len}) past the end of the filesystem`);
    }
    /** The mapped blocks of an inode (holes are absent), limited to logical blocks below `maxLblk`. */
    async extents(node, maxLblk = Infinity) {
        if (node.flags & ENCRYPT_FL)
            throw new DiskError(`inode ${node.ino} is encrypted`);
        if (node.flags & INLINE_DATA_FL)
            return [];
        const out = [];
        if (node.flags & EXTENTS_FL) {
            const walk = async (buf, depth) => {
                if (buf.readUInt16LE(0) !== 0xf30a)
                    throw new DiskError(`corrupt ext4: bad extent header in inode ${node.ino}`);
                const entries = buf.readUInt16LE(2);
                const d = buf.readUInt16LE(6);
                if (d !== depth || depth > 5)
                    throw new DiskError(`corrupt ext4: extent tree depth in inode ${node.ino}`);
                if (12 + entries * 12 > buf.length)
                    throw new DiskError(`corrupt ext4: extent count in inode ${node.ino}`);
                for (let i = 0; i < entries; i++) {
                    const o = 12 + i * 12;
                    const lblk = buf.readUInt32LE(o);
                    if (lblk >= maxLblk)
                        break;
                    if (d === 0) {
                        let len = buf.readUInt16LE(o + 4);
                        const uninit = len > 32768;
                        if (uninit)
                            len -= 32768;
                        const pblk = buf.readUInt16LE(o + 6) * 2 ** 32 + buf.readUInt32LE(o + 8);
                        this.checkBlock(pblk, len);
                        if (!uninit)
                            out.push({ lblk, pblk, len });
                        if (out.length > MAX_EXTENTS)
                            throw new DiskError(`inode ${node.ino} has too many extents`);
                    }
                    else {
                        const leaf = buf.readUInt32LE(o + 4) + buf.readUInt16LE(o + 8) * 2 ** 32;
                        this.checkBlock(leaf);
                        await walk(await this.disk.read(this.base + leaf * this.sb.blockSize, this.sb.blockSize), depth - 1);
                    }
                }
            };
            await walk(node.block, node.block.readUInt16LE(6));
            return out;
        }
        // Classic block map: 12 direct blocks, then single, double and triple indirect blocks.
        const per = this.sb.blockSize / 4;
        let lblk = 0;
        const add = (p) => {
            if (p !== 0) {
                this.checkBlock(p);
                const last = out[out.length - 1];
                if (last && last.pblk + last.len === p && last.lblk + last.len === lblk)
                    last.len++;
                else
                    out.push({ lblk, pblk: p, len: 1 });
                if (out.length > MAX_EXTENTS)
                    throw new DiskError(`inode ${node.ino} has too many blocks`);
            }
            lblk++;
        };
        const indirect = async (p, level) => {
            if (p === 0) {
                lblk += per ** level;
                return;
            }
            this.checkBlock(p);
            const b = await this.disk.read(this.base + p * this.sb.blockSize, this.sb.blockSize);
            for (let i = 0; i < per && lblk < maxLblk; i++) {
                const q = b.readUInt32LE(i * 4);
                if (level === 1)
                    add(q);
                else
                    await indirect(q, level - 1);
            }
        };
        for (let i = 0; i < 12 && lblk < maxLblk; i++)
            add(node.block.readUInt32LE(i * 4));
        for (let l = 1; l <= 3 && lblk < maxLblk; l++)
            await indirect(node.block.readUInt32LE((11 + l) * 4), l);
        return out;
    }
    /** Byte ranges (on the disk) holding the first `max` bytes of an inode's data, for prefetching. */
    async dataRanges(node, max) {
        const bs = this.sb.blockSize;
        const limit = Math.min(node.size, max);
        const ext = await this.extents(node, Math.ceil(limit / bs));
        return ext.map(e => [this.base + e.pblk * bs, Math.min(e.len, Math.ceil(limit / bs) - e.lblk) * bs]);
    }
    /** The first `max` bytes of an inode's data (holes read as zeros); may be a view of the cache: do not modify. */
    async data(node, max = Infinity) {
        const bs = this.sb.blockSize;
        const limit = Math.min(node.size, max);
        if (node.flags & INLINE_DATA_FL) {
            if (node.size > 60)
                throw new DiskError(`inode ${node.ino} keeps data inline past the inode, which is not read`);
            return Buffer.from(node.block.subarray(0, limit));
        }
        const blocks = Math.ceil(limit / bs);
        const ext = await this.extents(node, blocks);
        await this.disk.prefetch(ext.map(e => [this.base + e.pblk * bs, Math.min(e.len, blocks - e.lblk) * bs]));
        const only = ext[0];
        // One extent from the first block holding it all (most small files): a view of the cache, no copy.
        if (ext.length === 1 && only && only.lblk === 0 && only.len * bs >= limit)
            return this.disk.view(this.base + only.pblk * bs, limit);
        const out = Buffer.alloc(limit);
        for (const e of ext) {
            const from = e.lblk * bs;
            if (from >= limit)
                continue;
            const n = Math.min(e.len * bs, limit - from);
            const b = await this.disk.view(this.base + e.pblk * bs, n);
            b.copy(out, from);
        }
        return out;
    }
    /** Directory entries, "." and ".." left out. */
    parseDir(buf, ino) {
        const out = [];
        const bs = this.sb.blockSize;
        for (let blk = 0; blk * bs < buf.length; blk++) {
            let o = blk * bs;
            const end = Math.min(o + bs, buf.length);
            while (o + 8 <= end) {
                const child = buf.readUInt32LE(o);
                const rec = buf.readUInt16LE(o + 4);
                const nlen = buf[o + 6];
                if (rec < 8 || o + rec > end || 8 + nlen > rec)
                    throw new DiskError(`corrupt ext4: bad directory entry in inode ${ino}`);
                if (child !== 0 && nlen > 0) {
                    const name = buf.toString('latin1', o + 8, o + 8 + nlen);
                    if (name !== '.' && name !== '..')
                        out.push({ name, ino: child });
                }
                o += rec;
            }
        }
        return out;
    }
    async readlink(node) {
        if (node.size > 4096)
            throw new DiskError(`symlink inode ${node.ino} is ${node.size} bytes long`);
        if (!(node.flags & EXTENTS_FL) && !(node.flags & INLINE_DATA_FL) && node.size < 60)
            return node.block.toString('latin1', 0, node.size);
        return (await this.data(node, node.size)).toString('latin1');
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/facts/disk/partitions.ts
/**
 * MBR and GPT partition tables (GPT: header and entry CRCs checked, the backup GPT used when the primary is
 * damaged). Problems that make the table untrustworthy (a partition past the end of the disk, overlapping
 * partitions, both GPT copies bad) are returned as `error`; callers then leave the Linux facts unknown.
 */


const SECTOR = 512;
const GPT_KINDS = {
    '0fc63daf-8483-4772-8e79-3d69d8477de4': 'linux',
    '4f68bce3-e8cd-4db1-96e7-fbcaf984b709': 'linux-root',
    'b921b045-1df0-41c3-af44-4c6f280d3fae': 'linux-root',
    '44479540-f297-41b2-9af7-d131d5f0458a': 'linux-root',
    'bc13c2ff-59e6-4262-a352-b275fd6f7172': 'linux-boot',
    '0657fd6d-a4ab-43c4-84e5-0933c84b4f4f': 'swap',
    'e6d6d379-f507-44c2-a23c-238f2a3df928': 'lvm',
    'a19d880f-05fc-4d3b-a006-743f0f84911e': 'raid',
    'c12a7328-f81f-11d2-ba4b-00a0c93ec93b': 'efi',
    '21686148-6449-6e6f-744e-656564454649': 'bios-boot',
    'ebd0a0a2-b9e5-4433-87c0-68b6b72699c7': 'microsoft',
    'e3c9e316-0b5c-4db8-817d-f92df00215ae': 'microsoft'
};
const MBR_KINDS = {
    0x83: 'linux',
    0x82: 'swap',
    0x8e: 'lvm',
    0xfd: 'raid',
    0xef: 'efi',
    0x07: 'microsoft',
    0x05: 'extended',
    0x0f: 'extended',
    0x85: 'extended'
};
function guid(b, o) {
    const h = (s, e, rev) => {
        const part = Buffer.from(b.subarray(o + s, o + e));
        return (rev ? part.reverse() : part).toString('hex');
    };
    return `${h(0, 4, true)}-${h(4, 6, true)}-${h(6, 8, true)}-${h(8, 10, false)}-${h(10, 16, false)}`;
}
async function readGpt(disk, lba) {
    const sectors = Math.floor(disk.size / SECTOR);
    if (lba <= 0 || lba >= sectors)
        return { bad: 'header outside the disk' };
    const hdr = await disk.read(lba * SECTOR, SECTOR);
    if (hdr.toString('latin1', 0, 8) !== 'EFI PART')
        return { bad: 'no GPT signature' };
    const hsize = hdr.readUInt32LE(12);
    if (hsize < 92 || hsize > SECTOR)
        return { bad: `header size ${hsize}` };
    const h = Buffer.from(hdr.subarray(0, hsize));
    const want = h.readUInt32LE(16);
    h.writeUInt32LE(0, 16);
    if ((0,external_node_zlib_.crc32)(h) !== want)
        return { bad: 'header CRC mismatch' };
    const entriesLba = Number(hdr.readBigUInt64LE(72));
    const count = hdr.readUInt32LE(80);
    const esize = hdr.readUInt32LE(84);
    if (esize < 128 || esize > 4096 || esize % 8 !== 0 || count > 1024)
        return { bad: `entry table ${count} x ${esize}` };
    if (entriesLba <= 0 || entriesLba + Math.ceil((count * esize) / SECTOR) > sectors)
        return { bad: 'entry table outside the disk' };
    const table = await disk.read(entriesLba * SECTOR, count * esize);
    if ((0,external_node_zlib_.crc32)(table) !== hdr.readUInt32LE(88))
        return { bad: 'entry table CRC mismatch' };
    const parts = [];
    for (let i = 0; i < count; i++) {
        const o = i * esize;
        const type = guid(table, o);
        if (type === '00000000-0000-0000-0000-000000000000')
            continue;
        const first = Number(table.readBigUInt64LE(o + 32));
        const last = Number(table.readBigUInt64LE(o + 40));
        const name = table
            .toString('utf16le', o + 56, o + 128)
            .replace(/\0.*$/s, '')
            .replace(/[^\x20-\x7e]/g, '?');
        parts.push({
            number: i + 1,
            start: first * SECTOR,
            size: last >= first ? (last - first + 1) * SECTOR : -1,
            kind: GPT_KINDS[type] ?? 'other',
            type,
            partuuid: guid(table, o + 16),
            ...(name ? { name } : {})
        });
    }
    return { parts };
}
async function readPartitions(disk) {
    const notes = [];
    if (disk.size < 2 * SECTOR)
        return { scheme: 'none', partitions: [], notes, error: 'the disk is too small' };
    const mbr = await disk.read(0, SECTOR);
    if (mbr.readUInt16LE(510) !== 0xaa55)
        return { scheme: 'none', partitions: [], notes, error: 'no partition table (no MBR boot signature)' };
    const prim = [0, 1, 2, 3].map(i => {
        const o = 446 + i * 16;
        return { type: mbr[o + 4], start: mbr.readUInt32LE(o + 8), count: mbr.readUInt32LE(o + 12) };
    });
    let scheme = 'mbr';
    let parts = [];
    let backupUsed = false;
    if (prim.some(p => p.type === 0xee)) {
        scheme = 'gpt';
        const primary = await readGpt(disk, 1);
        let got = primary;
        if ('bad' in primary) {
            const backup = await readGpt(disk, Math.floor(disk.size / SECTOR) - 1);
            if ('bad' in backup)
                return {
                    scheme,
                    partitions: [],
                    notes,
                    error: `GPT unreadable: primary ${primary.bad}, backup ${backup.bad}`
                };
            notes.push(`the primary GPT is damaged (${primary.bad}); the backup GPT was used`);
            got = backup;
            backupUsed = true;
        }
        parts = got.parts;
    }
    else {
        const sig = mbr.readUInt32LE(440).toString(16).padStart(8, '0');
        prim.forEach((p, i) => {
            if (p.type === 0 || p.count === 0)
                return;
            parts.push({
                number: i + 1,
                start: p.start * SECTOR,
                size: p.count * SECTOR,
                kind: MBR_KINDS[p.type] ?? 'other',
                type: p.type.toString(16).padStart(2, '0'),
                partuuid: `${sig}-${String(i + 1).padStart(2, '0')}`
            });
        });
        const ext = parts.find(p => p.kind === 'extended');
        if (ext) {
            // Logical partitions: a chain of EBRs, each relative to the extended partition's start.
            let next = ext.start;
            let n = 5;
            const seen = new Set();
            while (next > 0 && n < 5 + 128) {
                if (seen.has(next) || next + SECTOR > disk.size) {
                    notes.push('the chain of logical partitions loops or leaves the disk; it was cut');
                    break;
                }
                seen.add(next);
                const ebr = await disk.read(next, SECTOR);
                if (ebr.readUInt16LE(510) !== 0xaa55)
                    break;
                const t = ebr[446 + 4];
                const s = ebr.readUInt32LE(446 + 8);
                const c = ebr.readUInt32LE(446 + 12);
                if (t !== 0 && c > 0)
                    parts.push({
                        number: n,
                        start: next + s * SECTOR,
                        size: c * SECTOR,
                        kind: MBR_KINDS[t] ?? 'other',
                        type: t.toString(16).padStart(2, '0'),
                        partuuid: `${sig}-${String(n).padStart(2, '0')}`
                    });
                n++;
                const link = ebr.readUInt32LE(446 + 16 + 8);
                next = link ? ext.start + link * SECTOR : 0;
            }
        }
    }
    for (const p of parts) {
        if (p.size <= 0 || p.start <= 0 || p.start + p.size > disk.size)
            return {
                scheme,
                partitions: parts,
                notes,
                error: `partition ${p.number} lies outside the disk (starts at byte ${p.start}, ${p.size} bytes; the disk has ${disk.size})`
            };
    }
    const real = parts.filter(p => p.kind !== 'extended').sort((a, b) => a.start - b.start);
    for (let i = 1; i < real.length; i++) {
        const a = real[i - 1];
        const b = real[i];
        if (b.start < a.start + a.size)
            return { scheme, partitions: parts, notes, error: `partitions ${a.number} and ${b.number} overlap` };
    }
    return { scheme, partitions: parts, notes, ...(backupUsed ? { backupUsed } : {}) };
}


;// CONCATENATED MODULE: ./src/facts/disk/linux.ts
/**
 * Linux facts read from the OS disk itself (a fixed VHD file, or a blob read with range requests): the
 * partition table, the root ext4 filesystem (found the way the image's /etc/fstab names it), and then the
 * REAL probe (probes/linux/probe.sh --root) run on a temporary read-only skeleton of that root: every
 * directory, symlink (rewritten to stay inside), owner, mode and true size (sparse files), with the bytes of
 * the files the probe reads. One probe logic: the facts are the probe's, only the provenance says "vhd".
 *
 * Never throws: an unreadable table or filesystem, an unsupported layout (XFS, btrfs, LVM, dynamic VHD) or a
 * hostile disk gives no Linux facts and a note naming why, so the Linux rules stay unknown.
 */









/** Directories whose regular files the skeleton holds with their bytes (below the per-file cap). */
const CONTENT_DIRS = [
    '/etc/',
    '/boot/grub/',
    '/boot/grub2/',
    '/boot/loader/',
    '/boot/efi/',
    '/root/',
    '/home/',
    '/var/lib/',
    '/var/spool/cron/',
    '/usr/lib/systemd/',
    '/lib/systemd/',
    '/usr/lib/modprobe.d/',
    '/lib/modprobe.d/',
    '/usr/lib/modules-load.d/',
    '/usr/lib/sysctl.d/',
    '/usr/lib/NetworkManager/',
    '/usr/lib/netplan/',
    '/usr/lib/cloud-init/',
    '/usr/lib/sysimage/',
    '/usr/local/etc/',
    '/opt/',
    '/run/'
];
/** Single files and name patterns with their bytes wherever they are. */
const CONTENT_FILES = [
    /^\/(usr\/)?lib\/os-release$/,
    /^\/boot\/config-[^/]*$/,
    /\/azurelinuxagent\/common\/version\.py$/,
    /^\/(usr\/)?(lib|lib64)\/modules\/[^/]+\/modules\.[a-z.]+$/,
    // sshd's default AuthorizedKeysFile (.ssh/authorized_keys, authorized_keys2) under any home, wherever
    // /etc/passwd puts it (/srv, /var/www, /usr/share...)
    /\/\.ssh\/[^/]+$/
];
/** Programs whose first 4 KiB (the ELF header the probe reads for the architecture) are kept. */
const HEADER_FILES = /^\/(usr\/)?(s?bin)\/(sh|dash|bash|busybox|env)$/;
/** Binary payloads under content directories that no probe reads as text: true size, no bytes. */
const BINARY = /\.(ko|ko\.[a-z]+|so(\.[0-9.]+)?|efi|mod|pf2|png|jpg|gz|xz|zst|deb|rpm)$|^\/boot\/(vmlinu|initrd|initramfs|System\.map)/;
/** Bytes per file kept; a larger file the probe may read becomes an unreadable placeholder. */
const FILE_CAP = 4 * 1024 * 1024;
/** Bytes of contents kept in all. */
const TOTAL_CAP = 48 * 1024 * 1024;
const MAX_ENTRIES = 400_000;
const CREATE = (external_node_fs_default()).constants.O_WRONLY | (external_node_fs_default()).constants.O_CREAT | (external_node_fs_default()).constants.O_EXCL | (external_node_fs_default()).constants.O_NOFOLLOW;
const MAX_DIR_BYTES = 32 * 1024 * 1024;
/** The trees the probe's swap-file scan does not enter (probes/linux/probe.sh, linux.storage.swap.files). */
const SWAP_PRUNED = /^\/(usr|lib|lib64|lib32|bin|sbin|boot|proc|sys|dev|run)(\/|$)/;
/** The smallest swap file the scan looks at, and how much of it holds the signature (up to 64 KiB pages). */
const SWAP_MIN = 40 * 1024;
const SWAP_HEAD = 64 * 1024;
function swapCandidate(p, size) {
    return size >= SWAP_MIN && !SWAP_PRUNED.test(p);
}
function wantsContent(p) {
    if (HEADER_FILES.test(p))
        return 'header';
    if (CONTENT_FILES.some(r => r.test(p)))
        return 'all';
    if (BINARY.test(p))
        return 'none';
    if (CONTENT_DIRS.some(d => p.startsWith(d)))
        return 'all';
    return 'none';
}
/**
 * A symlink target that stays inside the skeleton: absolute targets become relative to the link's
 * directory, and `..` never climbs above the root (as the kernel resolves them in a chroot).
 */
function safeTarget(linkPath, target) {
    if (target === '/dev/null')
        return target;
    const dir = external_node_path_default().posix.dirname(linkPath);
    const abs = external_node_path_default().posix.normalize(target.startsWith('/') ? target : external_node_path_default().posix.join(dir, target));
    // normalize keeps leading '..' only for relative paths; abs is absolute, so '..' above '/' is dropped.
    const rel = external_node_path_default().posix.relative(dir, abs);
    return rel === '' ? '.' : rel;
}
function skeletonBase(workDir) {
    if (workDir)
        return workDir;
    try {
        if (external_node_fs_default().statSync('/dev/shm').isDirectory()) {
            external_node_fs_default().accessSync('/dev/shm', (external_node_fs_default()).constants.W_OK);
            // A container's /dev/shm is often 64 MiB: use it only with room for the contents and the entries.
            const st = external_node_fs_default().statfsSync('/dev/shm');
            if (st.bavail * st.bsize >= 4 * TOTAL_CAP)
                return '/dev/shm';
        }
    }
    catch {
        /* use the temp dir */
    }
    return external_node_os_default().tmpdir();
}
function partitionTableFacts(scheme, backupUsed, sniffed, holdsRoot) {
    if (scheme === 'none')
        return undefined;
    return {
        scheme,
        gpt_backup_used: backupUsed,
        partitions: sniffed.map(s => {
            const h = holdsRoot(s);
            return {
                number: s.part.number,
                kind: s.part.kind,
                type: s.part.type,
                fs: s.fs,
                size_bytes: s.part.size,
                ...(h === undefined ? {} : { holds_root: h }),
                root: false
            };
        })
    };
}
async function sniff(disk, p) {
    const n = Math.min(p.size, 0x10080);
    await disk.prefetch([
        [p.start, Math.min(n, 8192)],
        ...(n >= 0x10080 ? [[p.start + 0x10000, 0x80]] : [])
    ]);
    const head = await disk.read(p.start, Math.min(n, 8192));
    const at = (o, s) => head.length >= o + s.length && head.toString('latin1', o, o + s.length) === s;
    if (head.length >= 2048 && head.readUInt16LE(1024 + 0x38) === 0xef53)
        return { part: p, fs: 'ext' };
    if (at(0, 'XFSB'))
        return { part: p, fs: 'xfs' };
    if (at(512, 'LABELONE') || at(0, 'LABELONE'))
        return { part: p, fs: 'lvm-pv' };
    if (at(4086, 'SWAPSPACE2') || at(4086, 'SWAP-SPACE'))
        return { part: p, fs: 'swap' };
    if (at(0x52, 'FAT32') || at(0x36, 'FAT1') || at(0x36, 'FAT'))
        return { part: p, fs: 'vfat' };
    if (n >= 0x10080) {
        const b = await disk.read(p.start + 0x10040, 8);
        if (b.toString('latin1') === '_BHRfS_M')
            return { part: p, fs: 'btrfs' };
    }
    return { part: p, fs: 'unknown' };
}
async function lookup(e, p) {
    let node = await e.inode(2);
    for (const name of p.split('/').filter(Boolean)) {
        if ((node.mode & S_IFMT) !== S_IFDIR || node.size > MAX_DIR_BYTES)
            return undefined;
        const entry = e.parseDir(await e.data(node), node.ino).find(x => x.name === name);
        if (!entry)
            return undefined;
        node = await e.inode(entry.ino);
    }
    return node;
}
function fstabRoot(text) {
    for (const raw of text.split('\n')) {
        const line = raw.replace(/#.*/, '').trim();
        const f = line.split(/\s+/);
        if (f.length >= 3 && f[1] === '/')
            return { spec: f[0], fstype: f[2] };
    }
    return undefined;
}
/** The partition the spec names, or a string saying why it cannot be used. */
function matchSpec(spec, parts, exts) {
    const val = spec.replace(/^"|"$/g, '');
    const eq = /^(UUID|LABEL|PARTUUID|PARTLABEL)=(.*)$/i.exec(val);
    const byPath = /^\/dev\/disk\/by-(uuid|label|partuuid|partlabel)\/(.+)$/.exec(val);
    const kind = (eq?.[1] ?? byPath?.[1] ?? '').toUpperCase();
    const v = (eq?.[2] ?? byPath?.[2] ?? '').replace(/^"|"$/g, '');
    if (kind === 'UUID')
        return exts.find(c => c.e.sb.uuid === v.toLowerCase())?.s;
    if (kind === 'LABEL')
        return exts.find(c => c.e.sb.label === v)?.s;
    if (kind === 'PARTUUID')
        return parts.find(p => p.part.partuuid === v.toLowerCase());
    if (kind === 'PARTLABEL')
        return parts.find(p => p.part.name === v);
    if (/^\/dev\/mapper\//.test(val) || /^\/dev\/[^/]+\/[^/]+$/.test(val))
        return `the root filesystem is on LVM or device-mapper (${val}), which is not read`;
    const dev = /^\/dev\/(?:[shvx]?d[a-z]|xvd[a-z]|nvme\d+n\d+p|mmcblk\d+p)(\d+)$/.exec(val);
    if (dev)
        return parts.find(p => p.part.number === Number(dev[1]));
    return undefined;
}
/** Reads the Linux facts of the OS disk `source` (a local fixed VHD or an http(s) URL). */
async function readLinuxFromDisk(source, opts) {
    const started = Date.now();
    const budget = { ...DEFAULT_BUDGET, ...opts.budget };
    const notes = [];
    const stats = { bytesRead: 0, reads: 0, entries: 0, ms: 0, passes: 0 };
    const diskName = opts.disk ?? 'os';
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), budget.timeoutMs);
    timer.unref();
    let src;
    let disk;
    let skel;
    let tableFacts;
    const label = () => `${diskName} disk ${src ? (0,src_text/* inert */.tJ)(src.name) : ''}`.trim();
    const withTable = (t, rootNumber) => {
        if (!t || !src)
            return { out: {}, provenance: {} };
        for (const p of t.partitions)
            p.root = p.number === rootNumber;
        return {
            out: { partitionTable: t },
            provenance: {
                [`disks.${diskName}.partition_table`]: { source: opts.via, detail: `${diskName} disk ${src.name}` }
            }
        };
    };
    try {
        src = /^https?:\/\//i.test(source)
            ? await openUrlSource(source, ac.signal, budget.timeoutMs)
            : await openFileSource(source);
        if (src.length < 1024 + 512)
            throw new DiskError('too small to be a disk');
        // The VHD footer: only a fixed VHD is a plain disk image followed by 512 bytes.
        const footer = await src.read(src.length - 512, 512, ac.signal);
        if (footer.toString('latin1', 0, 8) !== 'conectix')
            throw new DiskError('no VHD footer: not a VHD');
        const type = footer.readUInt32BE(60);
        if (type !== 2)
            throw new DiskError(`a ${type === 3 ? 'dynamic' : type === 4 ? 'differencing' : 'non-fixed'} VHD, whose blocks are not read (Azure needs a fixed VHD)`);
        disk = new CachedDisk(src, src.length - 512, budget);
        const table = await readPartitions(disk);
        notes.push(...table.notes.map(n => `${label()}: ${n}`));
        if (table.error)
            throw new DiskError(`partition table: ${table.error}`);
        const parts = table.partitions.filter(p => p.kind !== 'extended');
        const sniffed = [];
        for (const p of parts)
            sniffed.push(await sniff(disk, p));
        const exts = [];
        for (const s of sniffed.filter(x => x.fs === 'ext')) {
            try {
                exts.push({ s, e: await Ext4.open(disk, s.part.start, s.part.size) });
            }
            catch (err) {
                if (!(err instanceof DiskError))
                    throw err;
                notes.push(`${label()}: partition ${s.part.number}: ${err.message}`);
            }
        }
        // Which ext filesystems hold /etc/fstab (an OS root); unreadable ones stay undecided.
        const fstabs = new Map();
        for (const c of exts) {
            try {
                const f = await lookup(c.e, '/etc/fstab');
                fstabs.set(c, f && (f.mode & S_IFMT) === S_IFREG && f.size <= 1024 * 1024
                    ? (await c.e.data(f)).toString('latin1')
                    : undefined);
            }
            catch (err) {
                if (!(err instanceof DiskError))
                    throw err;
                notes.push(`${label()}: partition ${c.s.part.number}: /etc/fstab not read: ${err.message}`);
            }
        }
        // The partition table as facts for AZMP-LNX-008/009/010, even when no root can be read below.
        tableFacts = partitionTableFacts(table.scheme, table.backupUsed === true, sniffed, s => {
            const c = exts.find(x => x.s === s);
            return c && fstabs.has(c) ? fstabs.get(c) !== undefined : undefined;
        });
        // Candidates: ext filesystems holding /etc/fstab; the root is the partition their fstab names for "/".
        let root;
        let reason = '';
        for (const c of exts) {
            const text = fstabs.get(c);
            if (text === undefined)
                continue;
            const r = fstabRoot(text);
            if (!r) {
                root ??= c;
                continue;
            }
            const m = matchSpec(r.spec, sniffed, exts);
            if (typeof m === 'string') {
                reason = m;
                continue;
            }
            if (m && m.fs !== 'ext') {
                reason = `the root filesystem (${r.spec}, partition ${m.part.number}) is ${m.fs}, which is not read`;
                continue;
            }
            const hit = m ? exts.find(x => x.s === m) : undefined;
            if (hit) {
                root = hit;
                break;
            }
            root ??= c;
        }
        if (!root && !reason && exts.length === 1 && fstabs.has(exts[0]))
            root = exts[0];
        if (!root) {
            const other = sniffed.filter(s => ['xfs', 'btrfs', 'lvm-pv'].includes(s.fs));
            throw new DiskError(reason ||
                (other.length > 0
                    ? `no ext4 root filesystem; partition ${other.map(o => `${o.part.number} is ${o.fs}`).join(', ')}, which is not read`
                    : 'no ext2/3/4 partition with /etc/fstab was found'));
        }
        if (root.e.sb.needsRecovery)
            notes.push(`${label()}: the root filesystem's journal needs recovery; what was read may be stale`);
        // Swap partitions, LVM physical volumes and further OS roots are facts (disks.os.partition_table);
        // which ext filesystem the facts come from when there are several is said here.
        const withFstab = exts.filter(c => fstabs.get(c) !== undefined);
        if (withFstab.length > 1)
            notes.push(`${label()}: ${withFstab.length} ext filesystems with /etc/fstab (partitions ${withFstab.map(c => c.s.part.number).join(', ')}); the Linux facts are read from partition ${root.s.part.number}`);
        skel = external_node_fs_default().mkdtempSync(external_node_path_default().join(skeletonBase(opts.workDir), 'vmip-skel-'));
        const links = new Map();
        const sk = await buildSkeleton(root.e, skel, notes, label(), links);
        stats.entries = sk.entries;
        opts.keep?.(skel);
        const detail = `${diskName} disk ${src.name}, partition ${root.s.part.number}`;
        const doc = await probeSkeleton(root.e, skel, sk, notes, label(), stats);
        const provIn = (doc.provenance ?? {});
        delete doc.provenance;
        const provenance = {};
        for (const [k, v] of Object.entries(provIn)) {
            provenance[k] = {
                source: opts.via,
                ...(v.file ? { file: v.file } : {}),
                ...(v.line ? { line: v.line } : {}),
                detail
            };
        }
        const probe = doc.linux?.probe;
        if (probe)
            probe.root = detail;
        // The one fact that prints a link's text: give the image's own target, not the rewritten one.
        const rc = doc.linux
            ?.generalization?.resolv_conf;
        const original = links.get('/etc/resolv.conf');
        if (rc?.symlink_to !== undefined && original !== undefined)
            rc.symlink_to = original;
        const withT = withTable(tableFacts, root.s.part.number);
        return { facts: doc, provenance: { ...provenance, ...withT.provenance }, ...withT.out, notes, stats };
    }
    catch (err) {
        const msg = err instanceof DiskError ? err.message : err instanceof Error ? err.message : String(err);
        notes.push(`${label()}: Linux facts not read from the disk: ${(0,src_text/* inert */.tJ)(msg)}`);
        const table = withTable(tableFacts);
        return { provenance: table.provenance, ...table.out, notes, stats };
    }
    finally {
        clearTimeout(timer);
        if (disk) {
            stats.bytesRead = disk.bytesRead;
            stats.reads = disk.reads;
            disk.dispose();
        }
        stats.ms = Date.now() - started;
        // For bench/vhd.mjs: the read figures of the last disk read, as JSON, when asked for.
        const statsFile = process.env.VMIP_DISK_STATS;
        if (statsFile)
            external_node_fs_default().writeFileSync(statsFile, JSON.stringify(stats) + '\n');
        await src?.close().catch(() => undefined);
        if (skel && !opts.keep)
            removeSkeleton(skel);
    }
}
/**
 * Removes the skeleton without making the check wait for it (removing 14,000 entries takes about as long as
 * the probe): a detached `rm -rf` (no shell) outlives the process if need be; fs.rm when it cannot start.
 */
function removeSkeleton(dir) {
    try {
        const child = (0,external_node_child_process_.spawn)('rm', ['-rf', '--', dir], { stdio: 'ignore', detached: true });
        child.on('error', () => void external_node_fs_default().promises.rm(dir, { recursive: true, force: true }).catch(() => undefined));
        child.unref();
    }
    catch {
        void external_node_fs_default().promises.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
}
function currentUmask() {
    // process.umask() without an argument is deprecated: read it by setting and restoring.
    const m = process.umask(0o022);
    process.umask(m);
    return m;
}
/** Probe runs on one skeleton: files named by the first two are fetched, by the third made unreadable. */
const MAX_PASSES = 4;
/**
 * The read log of one probe run (probes/linux/probe.sh, VMIP_PROBE_READ_LOG): for each path inside the
 * system, how many of its first bytes were read (Infinity: the whole file).
 */
function parseReadLog(text) {
    const out = new Map();
    for (const line of text.split('\n')) {
        let p = line;
        let n = Infinity;
        const head = /^(\d+) (\/.*)$/.exec(line);
        if (head) {
            n = Number(head[1]);
            p = head[2];
        }
        if (!p.startsWith('/'))
            continue;
        out.set(p, Math.max(out.get(p) ?? 0, n));
    }
    return out;
}
/**
 * Runs the probe on the skeleton with its read log; when it read placeholders (files held without the bytes
 * it read), their bytes are fetched from the filesystem and it runs again, until it names none. The facts
 * are those of the last run; one probe logic, no second list of what it reads.
 */
async function probeSkeleton(e, dir, sk, notes, label, stats) {
    // The log goes in a directory of its own (mode 0700) beside the skeleton, never inside it.
    const logDir = external_node_fs_default().mkdtempSync(`${dir}-reads-`);
    const log = external_node_path_default().join(logDir, 'reads');
    let capped = 0;
    try {
        for (let pass = 1;; pass++) {
            external_node_fs_default().rmSync(log, { force: true });
            const doc = await probeLocal({ root: dir, timeoutMs: 120_000, env: { VMIP_PROBE_READ_LOG: log } });
            stats.passes = pass;
            let text = '';
            try {
                text = external_node_fs_default().readFileSync(log, 'utf8');
            }
            catch {
                /* nothing was read */
            }
            const named = [];
            for (const [p, n] of parseReadLog(text)) {
                const ph = sk.placeholders.get(p);
                if (ph && ph.kept < Math.min(n, ph.node.size))
                    named.push([p, ph]);
            }
            if (named.length === 0) {
                if (capped)
                    notes.push(`${label}: ${capped} file(s) the probe reads are over ${FILE_CAP / 1048576} MiB (or past ${TOTAL_CAP / 1048576} MiB in all) and were not copied; the probe sees them as unreadable`);
                return doc;
            }
            for (const [p] of named)
                sk.placeholders.delete(p);
            if (pass >= MAX_PASSES + 2)
                throw new DiskError(`the probe kept reading files not yet copied after ${pass} runs`);
            if (pass < MAX_PASSES - 1) {
                capped += await fetchPlaceholders(e, dir, sk, named);
            }
            else {
                for (const [p] of named)
                    makeUnreadable(dir + p);
                notes.push(`${label}: after ${pass} probe runs the probe still read ${named.length} file(s) not copied (${named
                    .slice(0, 3)
                    .map(([p]) => (0,src_text/* inert */.tJ)(p))
                    .join(', ')}${named.length > 3 ? ', ...' : ''}); the probe sees them as unreadable`);
            }
        }
    }
    finally {
        external_node_fs_default().rmSync(logDir, { recursive: true, force: true });
    }
}
/** Writes the bytes of the named placeholders (within the caps; the others become unreadable). */
async function fetchPlaceholders(e, dir, sk, named) {
    let capped = 0;
    const take = [];
    for (const [p, ph] of named) {
        if (ph.node.size > FILE_CAP || sk.contentBytes + ph.node.size > TOTAL_CAP) {
            makeUnreadable(dir + p);
            capped++;
            continue;
        }
        sk.contentBytes += ph.node.size;
        take.push([p, ph]);
    }
    const want = [];
    for (const [, ph] of take)
        want.push(...(await e.dataRanges(ph.node, FILE_CAP)));
    await e.disk.prefetch(want);
    for (const [p, ph] of take) {
        const full = dir + p;
        const st = external_node_fs_default().lstatSync(full);
        if (!st.isFile())
            continue;
        // Its mode may not let us write (we may not be root): open it for ourselves, then put the mode back.
        external_node_fs_default().chmodSync(full, 0o600);
        try {
            const fd = external_node_fs_default().openSync(full, (external_node_fs_default()).constants.O_WRONLY | (external_node_fs_default()).constants.O_NOFOLLOW);
            try {
                external_node_fs_default().writeSync(fd, await e.data(ph.node, FILE_CAP), 0, undefined, 0);
            }
            finally {
                external_node_fs_default().closeSync(fd);
            }
        }
        finally {
            external_node_fs_default().chmodSync(full, st.mode & 0o7777);
        }
    }
    return capped;
}
/** Replaces a skeleton file by a directory no one can read, so the probe reports it unreadable. */
function makeUnreadable(full) {
    const parent = external_node_path_default().dirname(full);
    const pst = external_node_fs_default().statSync(parent);
    external_node_fs_default().chmodSync(parent, 0o700);
    try {
        external_node_fs_default().rmSync(full, { force: true });
        external_node_fs_default().mkdirSync(full, { mode: 0 });
    }
    finally {
        external_node_fs_default().chmodSync(parent, pst.mode & 0o7777);
    }
}
/**
 * Writes the skeleton of `e` under `dir`, breadth first: one batch of inode reads and one batch of
 * directory-block reads per level. Returns the number of entries.
 */
async function buildSkeleton(e, dir, notes, label, links) {
    const seenDirs = new Set([2]);
    let level = [{ rel: '/', node: await e.inode(2) }];
    const modes = [];
    let entries = 0;
    let contentBytes = 0;
    let capped = 0;
    let loops = 0;
    const content = [];
    const headers = [];
    const placeholders = new Map();
    // Owners and modes are set afterwards only where they differ from what creating the entry gave.
    const me = { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1, umask: currentUmask() };
    while (level.length > 0) {
        const dirs = level.filter(d => d.node.size <= MAX_DIR_BYTES);
        for (const d of level)
            if (d.node.size > MAX_DIR_BYTES)
                notes.push(`${label}: directory ${(0,src_text/* inert */.tJ)(d.rel)} is too large; left empty`);
        const ranges = [];
        for (const d of dirs)
            ranges.push(...(await e.dataRanges(d.node, MAX_DIR_BYTES)));
        await e.disk.prefetch(ranges);
        const children = [];
        for (const d of dirs) {
            for (const c of e.parseDir(await e.data(d.node), d.node.ino)) {
                if (c.name.includes('/') || c.name.includes('\0'))
                    continue;
                children.push({ rel: d.rel === '/' ? `/${c.name}` : `${d.rel}/${c.name}`, ino: c.ino });
            }
        }
        entries += children.length;
        if (entries > MAX_ENTRIES)
            throw new DiskError(`the root filesystem has more than ${MAX_ENTRIES} entries`);
        await e.prefetchInodes(children.map(c => c.ino));
        const next = [];
        for (const c of children) {
            const node = await e.inode(c.ino);
            const full = dir + c.rel;
            const type = node.mode & S_IFMT;
            if (type === S_IFDIR) {
                if (seenDirs.has(node.ino)) {
                    loops++;
                    continue;
                }
                seenDirs.add(node.ino);
                external_node_fs_default().mkdirSync(full);
                if ((node.mode & 0o1777) !== 0o755 || node.uid !== me.uid || node.gid !== me.gid)
                    modes.push([full, node.mode & 0o1777, node.uid, node.gid]);
                next.push({ rel: c.rel, node });
            }
            else if (type === S_IFLNK) {
                const t = (await e.readlink(node)).replace(/\0.*$/s, '');
                const safe = safeTarget(c.rel, t);
                if (safe !== t)
                    links.set(c.rel, t);
                external_node_fs_default().symlinkSync(safe, full);
                if (node.uid !== me.uid || node.gid !== me.gid)
                    try {
                        external_node_fs_default().lchownSync(full, node.uid, node.gid);
                    }
                    catch {
                        /* not root */
                    }
            }
            else if (type === S_IFREG) {
                const want = wantsContent(c.rel);
                if (want === 'all' && node.size > 0) {
                    if (node.size > FILE_CAP || contentBytes + node.size > TOTAL_CAP) {
                        // Too large to copy: a directory no one can read, so the probe reports the file unreadable.
                        external_node_fs_default().mkdirSync(full, { mode: 0 });
                        capped++;
                        continue;
                    }
                    contentBytes += node.size;
                    content.push({ rel: c.rel, node });
                }
                else {
                    let kept = 0;
                    if (want === 'header' && node.size > 0)
                        kept = 4096;
                    // The probe's swap-file scan reads the signature of every file of 40 KiB or more outside the OS
                    // trees (at the end of a 4, 16 or 64 KiB page): those files keep their first 64 KiB.
                    else if (swapCandidate(c.rel, node.size))
                        kept = SWAP_HEAD;
                    if (kept)
                        headers.push({ rel: c.rel, node, bytes: kept });
                    if (node.size > kept)
                        placeholders.set(c.rel, { node, kept });
                    const fd = external_node_fs_default().openSync(full, CREATE, node.mode & 0o777);
                    try {
                        if (node.size > 0)
                            external_node_fs_default().ftruncateSync(fd, node.size);
                    }
                    finally {
                        external_node_fs_default().closeSync(fd);
                    }
                }
                // (A file with contents is created when they are written, below, before the modes are set.)
                const mode = node.mode & 0o777;
                if ((mode & me.umask) !== 0 || node.uid !== me.uid || node.gid !== me.gid)
                    modes.push([full, mode, node.uid, node.gid]);
            }
            // Devices, FIFOs and sockets are left out: the probe never reads them.
        }
        level = next;
    }
    // Contents: all ranges in one batch, then written.
    const want = [];
    for (const c of content)
        want.push(...(await e.dataRanges(c.node, FILE_CAP)));
    for (const h of headers)
        want.push(...(await e.dataRanges(h.node, h.bytes)));
    await e.disk.prefetch(want);
    for (const c of content) {
        const fd = external_node_fs_default().openSync(dir + c.rel, CREATE, c.node.mode & 0o777);
        try {
            external_node_fs_default().writeFileSync(fd, await e.data(c.node, FILE_CAP));
        }
        finally {
            external_node_fs_default().closeSync(fd);
        }
    }
    for (const h of headers) {
        const fd = external_node_fs_default().openSync(dir + h.rel, 'r+');
        try {
            external_node_fs_default().writeSync(fd, await e.data(h.node, h.bytes), 0, undefined, 0);
        }
        finally {
            external_node_fs_default().closeSync(fd);
        }
    }
    // Owners and modes last (deepest first), set-id bits dropped.
    for (let i = modes.length - 1; i >= 0; i--) {
        const [p, mode, uid, gid] = modes[i];
        if (uid !== me.uid || gid !== me.gid)
            try {
                external_node_fs_default().chownSync(p, uid, gid);
            }
            catch {
                /* not root: owners stay ours */
            }
        external_node_fs_default().chmodSync(p, mode & 0o1777 & ~0o6000);
    }
    external_node_fs_default().chmodSync(dir, 0o755);
    if (loops)
        notes.push(`${label}: ${loops} directory hard link(s) forming a loop were cut`);
    if (capped)
        notes.push(`${label}: ${capped} file(s) over ${FILE_CAP / 1048576} MiB (or past ${TOTAL_CAP / 1048576} MiB in all) were not copied; the probe sees them as unreadable`);
    return { entries, contentBytes, placeholders };
}



/***/ })

};
;