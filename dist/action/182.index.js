export const id = 182;
export const ids = [182];
export const modules = {

/***/ 8182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ showAtRef),
/* harmony export */   JN: () => (/* binding */ resolveBaseRef),
/* harmony export */   nh: () => (/* binding */ tagHistory),
/* harmony export */   readBaseLedger: () => (/* binding */ readBaseLedger)
/* harmony export */ });
/* unused harmony exports git, tagRegex, repoRelative */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8992);
/* harmony import */ var _net_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1863);
/* harmony import */ var _sku_ref_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7502);
/**
 * Version history from git, in the checkout only (no network): release tags matching a pattern
 * (default `<sku>/v<X.Y.Z>`), and the ledger as it is on the pull request's base branch
 * (`git show <base>:<path>`), so a PR that bumps the version is judged against what is published.
 */








const VERSION_RE = '(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)';
const ID_RE = '([A-Za-z0-9_.-]+)';
/** Runs git in the checkout: no prompts, no pager, no optional locks; bounded output. */
function git(cwd, args, maxBytes = 16 * 1024 * 1024) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('git is not installed (needed for the version history)');
        if (code === 'ENOBUFS')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`git ${args[0] ?? ''}: output larger than ${maxBytes} bytes; refusing it`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`git ${args[0] ?? ''} failed: ${code ?? (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(r.error.message)}`);
    }
    return { code: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}
function firstLine(s) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(s.trim().split('\n')[0] ?? '', 200);
}
/** Compiles a tag pattern; `<sku>` and `<offer>` become the selected IDs (or any ID when not given). */
function tagRegex(pattern, ids) {
    if (!pattern.includes('<X.Y.Z>'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`--tag-pattern must contain <X.Y.Z> (e.g. ${_sku_ref_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_TAG_PATTERN */ .o7}); got "${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(pattern, 80)}"`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`git tag --list failed in ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(cwd)}: ${firstLine(r.stderr)}`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`--base-ref "${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(base, 80)}" is not a branch or commit name`);
    const candidates = [`refs/remotes/origin/${base}`, `refs/heads/${base}`, base];
    for (const c of candidates) {
        const r = git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${c}^{commit}`]);
        if (r.code === 0)
            return c.replace(/^refs\/(remotes|heads)\//, '');
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the base branch "${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(base, 80)}" is not in the checkout (looked for origin/${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(base, 80)} and ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(base, 80)}): fetch it (actions/checkout with fetch-depth: 0, or git fetch origin ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(base, 80)})`);
}
/** The ledger's text on a ref, or undefined when the file does not exist there (a ledger added by this PR). */
function showAtRef(cwd, ref, file, fromRoot = false) {
    // `ref:path` is relative to the repository root, `ref:./path` to the working directory.
    const spec = fromRoot ? `${ref}:${file}` : `${ref}:./${file.replace(/^\.\//, '')}`;
    const exists = git(cwd, ['cat-file', '-e', spec]);
    if (exists.code !== 0) {
        const top = git(cwd, ['rev-parse', '--show-toplevel']);
        if (top.code !== 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(cwd)} is not a git checkout: ${firstLine(top.stderr)}`);
        return undefined;
    }
    const size = git(cwd, ['cat-file', '-s', spec]);
    if (size.code === 0 && Number(size.stdout.trim()) > _sku_ref_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_LEDGER_BYTES */ .FX)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(file)} (at ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(ref)}): the ledger is larger than 1 MiB; refusing to read it`);
    const r = git(cwd, ['show', spec], _sku_ref_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_LEDGER_BYTES */ .FX + 1);
    if (r.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`git show ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(spec)} failed: ${firstLine(r.stderr)}`);
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
    const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, file);
    const realTop = node_fs__WEBPACK_IMPORTED_MODULE_1___default().realpathSync(top);
    let dir = abs;
    const rest = [];
    while (!node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(dir) && node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir) !== dir) {
        rest.unshift(node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(dir));
        dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir);
    }
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(realTop, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_fs__WEBPACK_IMPORTED_MODULE_1___default().realpathSync(dir), ...rest));
    if (rel === '' || rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel))
        return undefined;
    return rel.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
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
        return { unknown: `the GitHub API could not be reached (${(0,_net_error_js__WEBPACK_IMPORTED_MODULE_5__/* .networkErrorText */ .Mi)(e)})` };
    }
    if (res.status === 404) {
        // "Not Found": no such file at that commit (a ledger this PR adds). Anything else (an unknown commit,
        // a repository the token cannot see) is not proof that nothing was published.
        const m = (await res.json().catch(() => ({}))).message;
        if (m === 'Not Found')
            return { text: undefined, ref };
        return { unknown: `the GitHub contents API answered HTTP 404 (${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(m ?? '', 80)})` };
    }
    if (!res.ok)
        return { unknown: `the GitHub contents API answered HTTP ${res.status}` };
    const body = (await res.json().catch(() => ({})));
    if (body.type !== 'file' || body.encoding !== 'base64' || typeof body.content !== 'string')
        return { unknown: `the GitHub contents API did not return ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(rel)} as a file` };
    if ((body.size ?? 0) > _sku_ref_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_LEDGER_BYTES */ .FX)
        return { unknown: `${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(rel)} at ${ref} is larger than 1 MiB` };
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
        return { unknown: `the ledger ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(file)} is not inside the repository` };
    let local;
    try {
        const ref = resolveBaseRef(cwd, base);
        return { text: showAtRef(cwd, ref, rel, true), ref };
    }
    catch (e) {
        local = e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo ? e.message : (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(e.message);
    }
    if (!api)
        return { unknown: local };
    const remote = await ledgerFromApi(api, rel);
    return 'unknown' in remote ? { unknown: `${local}; and ${remote.unknown}` } : remote;
}


/***/ })

};
