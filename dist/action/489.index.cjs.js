"use strict";
exports.id = 489;
exports.ids = [489];
exports.modules = {

/***/ 2489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_TAG_PATTERN: () => (/* reexport */ settings/* DEFAULT_TAG_PATTERN */.o7),
  loadLedger: () => (/* binding */ loadLedger),
  readSource: () => (/* binding */ readSource),
  skuPartials: () => (/* binding */ skuPartials)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/net-error.ts
var net_error = __webpack_require__(1863);
// EXTERNAL MODULE: ./src/release/settings.ts
var settings = __webpack_require__(5552);
// EXTERNAL MODULE: ./src/facts/ledger.ts
var ledger = __webpack_require__(7138);
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
        throw new errors/* UserError */.yo(`--tag-pattern must contain <X.Y.Z> (e.g. ${settings/* DEFAULT_TAG_PATTERN */.o7}); got "${(0,src_text/* inert */.tJ)(pattern, 80)}"`);
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
    if (size.code === 0 && Number(size.stdout.trim()) > ledger/* MAX_LEDGER_BYTES */.FX)
        throw new errors/* UserError */.yo(`${(0,src_text/* inert */.tJ)(file)} (at ${(0,src_text/* inert */.tJ)(ref)}): the ledger is larger than 1 MiB; refusing to read it`);
    const r = git(cwd, ['show', spec], ledger/* MAX_LEDGER_BYTES */.FX + 1);
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
        return { unknown: `the GitHub API could not be reached (${(0,net_error/* networkErrorText */.Mi)(e)})` };
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
    if ((body.size ?? 0) > ledger/* MAX_LEDGER_BYTES */.FX)
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

// EXTERNAL MODULE: ./src/facts/types.ts
var types = __webpack_require__(7746);
;// CONCATENATED MODULE: ./src/facts/sku.ts
/**
 * The SKU version source of the pipeline: selects the SKU (--sku / inputs offer+sku, else the manifest's
 * custom_data), reads its published versions (the ledger — on the PR's base branch in PR mode — or git
 * tags), and adds the proposed version from the input. Emits `sku.*` facts with provenance.
 */







/** The offer and SKU the other sources declare (manifest custom_data, facts files), when they agree. */
function declaredRef(others) {
    const offers = new Set();
    const skus = new Set();
    for (const p of others) {
        const s = p.facts.sku;
        if (typeof s?.offer === 'string')
            offers.add(s.offer);
        if (typeof s?.sku === 'string')
            skus.add(s.sku);
    }
    return {
        offer: offers.size === 1 ? [...offers][0] : undefined,
        sku: skus.size === 1 ? [...skus][0] : undefined
    };
}
/** Reads the ledger the run judges against: the base branch's in PR mode (when known), else the working tree's. */
function loadLedger(k, mode) {
    const notes = [];
    if (mode === 'pr' && k.baseRef && k.baseLedger) {
        const b = k.baseLedger;
        if ('unknown' in b) {
            notes.push(`the ledger on the base branch ${(0,src_text/* inert */.tJ)(k.baseRef)} could not be read (${b.unknown}): the SKU version rules are unknown`);
            return { notes, unreadable: b.unknown };
        }
        if (b.text === undefined) {
            notes.push(`ledger ${(0,src_text/* inert */.tJ)(k.ledger)} does not exist on the base branch ${(0,src_text/* inert */.tJ)(b.ref)}: every SKU is new there`);
            return { notes, missingAt: b.ref };
        }
        notes.push(`versions judged against the ledger on the base branch ${(0,src_text/* inert */.tJ)(b.ref)}`);
        return { ledger: (0,ledger/* parseLedger */.h8)(b.text, k.ledger, b.ref), notes };
    }
    if (mode === 'pr' && k.baseRef) {
        const ref = resolveBaseRef(k.cwd, k.baseRef);
        const text = showAtRef(k.cwd, ref, k.ledger);
        if (text === undefined) {
            notes.push(`ledger ${(0,src_text/* inert */.tJ)(k.ledger)} does not exist on the base branch ${(0,src_text/* inert */.tJ)(ref)}: every SKU is new there`);
            return { notes, missingAt: ref };
        }
        notes.push(`versions judged against the ledger on the base branch ${(0,src_text/* inert */.tJ)(ref)}`);
        return { ledger: (0,ledger/* parseLedger */.h8)(text, k.ledger, ref), notes };
    }
    return { ledger: (0,ledger/* readLedgerFile */.Uy)(external_node_path_default().resolve(k.cwd, k.ledger), k.ledger), notes };
}
/** The only SKU of the ledger, when it has exactly one. */
function onlySku(l) {
    const all = Object.entries(l.data.offers).flatMap(([offer, o]) => Object.keys(o.skus).map(sku => ({ offer, sku })));
    return all.length === 1 ? all[0] : undefined;
}
function skuPartials(k, mode, others) {
    const notes = [];
    const declared = declaredRef(others);
    let offer = k.offer ?? declared.offer;
    let sku = k.sku ?? declared.sku;
    const facts = {};
    const provenance = {};
    let origin;
    if (k.history === 'ledger') {
        const loaded = loadLedger(k, mode);
        notes.push(...loaded.notes);
        // Which SKU: from the ledger read, or (base unreadable) the working tree's, when it has only one.
        let selectFrom = loaded.ledger;
        if (!selectFrom && loaded.unreadable && (!offer || !sku)) {
            try {
                selectFrom = (0,ledger/* readLedgerFile */.Uy)(external_node_path_default().resolve(k.cwd, k.ledger), k.ledger);
            }
            catch {
                selectFrom = undefined;
            }
        }
        if ((!offer || !sku) && selectFrom) {
            const only = onlySku(selectFrom);
            if (only && (!offer || offer === only.offer) && (!sku || sku === only.sku)) {
                ;
                ({ offer, sku } = only);
                notes.push(`SKU ${(0,src_text/* inert */.tJ)(offer)}/${(0,src_text/* inert */.tJ)(sku)} selected: it is the only one in the ledger`);
            }
        }
        if (!offer || !sku)
            throw new errors/* UserError */.yo(`which SKU? name it with --sku OFFER/SKU (inputs offer and sku), or set offer and sku in the manifest's custom_data`);
        const ref = { offer, sku };
        if (loaded.ledger) {
            const lf = (0,ledger/* ledgerFacts */.T_)(loaded.ledger, ref);
            Object.assign(facts, lf.facts);
            Object.assign(provenance, lf.provenance);
            if (lf.history.isNew)
                notes.push(`${(0,src_text/* inert */.tJ)(offer)}/${(0,src_text/* inert */.tJ)(sku)} has no published versions in ${(0,src_text/* inert */.tJ)(k.ledger)}${lf.history.offerKnown ? '' : ' (the offer is not in the ledger either)'}: judged as a new SKU`);
            origin = { kind: 'ledger', file: k.ledger, ...(loaded.ledger.ref ? { detail: loaded.ledger.ref } : {}) };
        }
        else if (loaded.unreadable) {
            // What was published is not known: the version rules report unknown, never "a new SKU", and say why.
            facts.sku = { offer, sku };
            provenance['sku.published_versions'] = {
                source: 'ledger',
                file: k.ledger,
                // The provenance of an absent fact says why it is absent (the finding names it).
                detail: `the ledger on the base branch could not be read: ${loaded.unreadable}`
            };
            origin = { kind: 'ledger', file: k.ledger, detail: 'base branch unreadable' };
        }
        else {
            facts.sku = { offer, sku, published_versions: [] };
            provenance['sku.published_versions'] = {
                source: 'ledger',
                file: k.ledger,
                detail: `not on ${loaded.missingAt}`
            };
            origin = { kind: 'ledger', file: k.ledger, detail: `not on ${loaded.missingAt}` };
        }
    }
    else {
        if (!sku)
            throw new errors/* UserError */.yo('which SKU? name it with --sku OFFER/SKU (inputs offer and sku) to read its release tags');
        if (k.tagPattern.includes('<offer>') && !offer)
            throw new errors/* UserError */.yo(`the tag pattern ${(0,src_text/* inert */.tJ)(k.tagPattern)} names the offer: give --sku OFFER/SKU`);
        const h = tagHistory(k.cwd, k.tagPattern, offer ?? '', sku);
        const s = { sku, published_versions: h.published };
        if (offer)
            s.offer = offer;
        if (Object.keys(h.other).length > 0)
            s.other_skus = h.other;
        facts.sku = s;
        const where = { source: 'ledger', detail: `git tags matching ${k.tagPattern}` };
        provenance['sku.published_versions'] = where;
        if (s.other_skus)
            provenance['sku.other_skus'] = where;
        if (h.published.length === 0)
            notes.push(`no tag of ${(0,src_text/* inert */.tJ)(sku)} matches ${(0,src_text/* inert */.tJ)(k.tagPattern)} (${h.tags} tags in the checkout): judged as a new SKU`);
        origin = { kind: 'git-tags', file: k.tagPattern };
    }
    if (k.version !== undefined) {
        const s = facts.sku;
        s.version = k.version;
        s.version_sources = [{ source: 'input', value: k.version }];
        provenance['sku.version'] = { source: 'input', detail: 'version' };
    }
    // The history belongs to every image of the run.
    const names = [...new Set(others.map(p => p.image).filter(n => n !== ''))];
    const partials = (names.length > 0 ? names : ['']).map(image => ({
        image,
        origin,
        priority: types/* PRIORITY */.F.declared,
        facts: structuredClone(facts),
        provenance: { ...provenance }
    }));
    return { partials, notes, ref: offer && sku ? { offer, sku } : undefined };
}
/**
 * The SKU source: the version history joins every image the earlier sources read. In PR mode the base
 * branch's ledger comes from the checkout, or (shallow clone) GitHub's contents API.
 */
async function readSource(s, earlier) {
    let sku = s.sku;
    if (s.mode === 'pr' && sku.baseRef && sku.history === 'ledger' && !sku.baseLedger)
        sku = { ...sku, baseLedger: await readBaseLedger(sku.cwd, sku.baseRef, sku.ledger, sku.baseApi) };
    const k = skuPartials(sku, s.mode, [...earlier]);
    return { partials: k.partials, notes: k.notes };
}


/***/ })

};
;