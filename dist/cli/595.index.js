export const id = 595;
export const ids = [595];
export const modules = {

/***/ 4595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readBaseLedger: () => (/* binding */ readBaseLedger),
  JN: () => (/* binding */ resolveBaseRef),
  Cv: () => (/* binding */ showAtRef),
  nh: () => (/* binding */ tagHistory)
});

// UNUSED EXPORTS: DEFAULT_TAG_PATTERN, git, repoRelative, tagRegex

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
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

// EXTERNAL MODULE: ./src/facts/sku-ref.ts
var sku_ref = __webpack_require__(7502);
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
        throw new errors/* UserError */.yo(`--tag-pattern must contain <X.Y.Z> (e.g. ${sku_ref/* DEFAULT_TAG_PATTERN */.o7}); got "${(0,src_text/* inert */.tJ)(pattern, 80)}"`);
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
    if (size.code === 0 && Number(size.stdout.trim()) > sku_ref/* MAX_LEDGER_BYTES */.FX)
        throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(file)} (at ${(0,src_text/* inert */.tJ)(ref)}): the ledger is larger than 1 MiB; refusing to read it`);
    const r = git(cwd, ['show', spec], sku_ref/* MAX_LEDGER_BYTES */.FX + 1);
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
    if ((body.size ?? 0) > sku_ref/* MAX_LEDGER_BYTES */.FX)
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


/***/ })

};
