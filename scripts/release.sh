#!/usr/bin/env bash
# Tags a release of the action and the CLI: an annotated tag vX.Y.Z on HEAD, and the major tag vX moved to
# the same commit (workflows use `your-org/vm-image-policy@vX`, or `@vX.Y.Z` to pin exactly).
#   scripts/release.sh X.Y.Z [--push [REMOTE]]
# Refuses when: the version is not X.Y.Z, the working tree is not clean, package.json's version differs,
# CHANGELOG.md has no "## [X.Y.Z]" section, vX.Y.Z exists, HEAD does not carry dist/ (the action runs
# dist/index.js), or vX would move to a commit that does not descend from where it points now.
# Without --push it prints the push commands; with it, pushes vX.Y.Z and force-pushes vX to REMOTE (origin).
set -euo pipefail

die() { echo "release: $*" >&2; exit 1; }

version="${1:-}"
[[ "$version" =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]] ||
  die "usage: scripts/release.sh X.Y.Z [--push [REMOTE]] (got '${version}')"
major="v${BASH_REMATCH[1]}"
tag="v$version"
push=false
remote=origin
if [[ "${2:-}" == "--push" ]]; then
  push=true
  remote="${3:-origin}"
elif [[ -n "${2:-}" ]]; then
  die "unknown argument '$2'"
fi

cd "$(git rev-parse --show-toplevel)"
[[ -z "$(git status --porcelain)" ]] || die "the working tree has uncommitted changes; commit or stash them first"
pkg_version="$(node -p 'JSON.parse(require("fs").readFileSync("package.json", "utf8")).version')"
[[ "$pkg_version" == "$version" ]] || die "package.json has version $pkg_version, not $version"
grep -Eq "^## \[$(printf '%s' "$version" | sed 's/\./\\./g')\]" CHANGELOG.md 2>/dev/null ||
  die "CHANGELOG.md has no '## [$version]' section"
git cat-file -e HEAD:dist/index.js 2>/dev/null || die "HEAD has no dist/index.js: run 'npm run build' and commit dist/"
if git rev-parse -q --verify "refs/tags/$tag" >/dev/null; then die "tag $tag exists already"; fi

head="$(git rev-parse HEAD)"
if old="$(git rev-parse -q --verify "refs/tags/$major^{commit}")"; then
  git merge-base --is-ancestor "$old" "$head" ||
    die "$major points at $old, which HEAD does not descend from; refusing to move it"
fi

git tag -a "$tag" -m "vm-image-policy $version" "$head"
git tag -f -a "$major" -m "vm-image-policy $version (latest $major release)" "$head" >/dev/null
echo "release: $tag and $major -> $(git rev-parse --short "$head")"

if $push; then
  git push "$remote" "refs/tags/$tag"
  git push --force "$remote" "refs/tags/$major"
else
  echo "push with: git push origin $tag && git push --force origin $major"
fi
