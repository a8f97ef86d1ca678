#!/bin/sh
# vm-image-policy Linux probe: prints ONE JSON facts document (schemas/facts.schema.json, schema_version 1)
# describing the system it runs on, or the image root given with --root.
#
#   probe.sh [--root DIR] [--stage build|deployed] > facts.json
#
# Read-only: it never changes the system it probes (no temp files, no package database refresh).
# POSIX sh plus what a minimal image has (sed, awk, grep, od, wc, find). A fact it cannot gather (file
# unreadable, tool missing, not knowable offline) is left out of the document, never written as false/0.
# Exit status: 0 document printed, 2 bad usage.
# shellcheck disable=SC2016 # awk programs and literal '$VAR' patterns are single-quoted on purpose
set -u
LC_ALL=C
export LC_ALL
PROBE_VERSION=1.0.0
NL='
'
TAB='	'
CR=$(printf '\r')

usage() {
  printf 'usage: probe.sh [--root DIR] [--stage build|deployed]\n' >&2
  exit 2
}

R=""
MODE=live
STAGE=""
while [ $# -gt 0 ]; do
  case $1 in
  --root)
    [ $# -ge 2 ] || usage
    R=$2
    MODE=root
    shift 2
    ;;
  --root=*)
    R=${1#--root=}
    MODE=root
    shift
    ;;
  --stage)
    [ $# -ge 2 ] || usage
    STAGE=$2
    shift 2
    ;;
  --stage=*)
    STAGE=${1#--stage=}
    shift
    ;;
  -h | --help) usage ;;
  *)
    printf 'probe.sh: unknown argument: %s\n' "$1" >&2
    usage
    ;;
  esac
done
case $STAGE in
"") if [ "$MODE" = root ]; then STAGE=build; else STAGE=deployed; fi ;;
build | deployed) ;;
*)
  printf 'probe.sh: --stage must be build or deployed, not: %s\n' "$STAGE" >&2
  exit 2
  ;;
esac
if [ "$MODE" = root ]; then
  if [ ! -d "$R" ]; then
    printf 'probe.sh: --root %s is not a directory\n' "$R" >&2
    exit 2
  fi
  R=$(cd "$R" && pwd -P) || exit 2
  [ "$R" = / ] && R=""
fi
IS_ROOT_USER=0
[ "$(id -u 2>/dev/null)" = 0 ] && IS_ROOT_USER=1

# ---------------------------------------------------------------------------------------------------
# JSON helpers. jstr VALUE sets J to VALUE as a JSON string. Plain values take a fast path; anything
# else is escaped byte-wise (od + awk): quotes, backslashes and control characters are escaped, valid
# UTF-8 becomes \uXXXX, and bytes that are not valid UTF-8 become \ufffd. The output is pure ASCII.
# ---------------------------------------------------------------------------------------------------
JSON_AWK='
BEGIN { for (i = 0; i < 256; i++) h[sprintf("%02x", i)] = i; n = 0 }
{ for (i = 1; i <= NF; i++) b[n++] = h[$i] }
function u(cp) { return sprintf("\\u%04x", cp) }
function cont(x) { return x >= 128 && x < 192 }
END {
  out = "\""
  i = 0
  while (i < n) {
    c = b[i]
    if (c < 128) {
      if (c == 34) out = out "\\\""
      else if (c == 92) out = out "\\\\"
      else if (c == 10) out = out "\\n"
      else if (c == 9) out = out "\\t"
      else if (c == 13) out = out "\\r"
      else if (c < 32 || c == 127) out = out u(c)
      else out = out sprintf("%c", c)
      i++; continue
    }
    len = 0
    if (c >= 194 && c <= 223) { len = 2; cp = c - 192 }
    else if (c >= 224 && c <= 239) { len = 3; cp = c - 224 }
    else if (c >= 240 && c <= 244) { len = 4; cp = c - 240 }
    ok = len > 0 && i + len <= n
    for (k = 1; ok && k < len; k++) if (!cont(b[i + k])) ok = 0
    if (ok && len == 3) {
      if (c == 224 && b[i + 1] < 160) ok = 0
      if (c == 237 && b[i + 1] > 159) ok = 0
    }
    if (ok && len == 4) {
      if (c == 240 && b[i + 1] < 144) ok = 0
      if (c == 244 && b[i + 1] > 143) ok = 0
    }
    if (!ok) { out = out "\\ufffd"; i++; continue }
    for (k = 1; k < len; k++) cp = cp * 64 + (b[i + k] - 128)
    if (cp >= 65536) { cp -= 65536; out = out u(55296 + int(cp / 1024)) u(56320 + cp % 1024) }
    else out = out u(cp)
    i += len
  }
  printf "%s\"", out
}'
jstr() {
  case $1 in
  *[!A-Za-z0-9\ ._,:/@+=%~-]*) J=$(printf '%s' "$1" | od -An -v -tx1 | awk "$JSON_AWK") ;;
  *) J="\"$1\"" ;;
  esac
}
# jbool: J=true when the command succeeds, else false.
jbool() {
  if "$@"; then J=true; else J=false; fi
}
isnum() {
  case $1 in '' | *[!0-9]*) return 1 ;; esac
  return 0
}

PROV=""
# prov PATH FILE [LINE]: where the fact at the dotted PATH came from.
prov() {
  jstr "$2"
  if [ $# -ge 3 ] && isnum "$3" && [ "$3" -gt 0 ]; then
    PROV="$PROV,\"$1\":{\"source\":\"probe\",\"file\":$J,\"line\":$3}"
  else
    PROV="$PROV,\"$1\":{\"source\":\"probe\",\"file\":$J}"
  fi
}

UNREADABLE=""
# unread PATH: record PATH (inside the system) as present but not read; its fact is left out.
unread() {
  case $NL$UNREADABLE$NL in *"$NL$1$NL"*) ;; *) UNREADABLE="$UNREADABLE$1$NL" ;; esac
}
# resolve PATH: RP = host path of PATH inside the probed system, RPI = the same path inside it. Every
# component is walked one at a time: ".." stops at the root, and every symlink on the way (absolute or
# relative, at any depth) is resolved against the root, at most 40 of them. Fails on a loop (RP is then
# a path that does not exist). Link targets are cached.
LCACHE=$NL
resolve() {
  rs_rest=$1
  rs_cur=""
  rs_n=0
  while [ -n "$rs_rest" ]; do
    case $rs_rest in
    */*)
      rs_c=${rs_rest%%/*}
      rs_rest=${rs_rest#*/}
      ;;
    *)
      rs_c=$rs_rest
      rs_rest=""
      ;;
    esac
    case $rs_c in
    '' | .) continue ;;
    ..)
      rs_cur=${rs_cur%/*}
      continue
      ;;
    esac
    rs_p=$rs_cur/$rs_c
    if [ -L "$R$rs_p" ]; then
      rs_n=$((rs_n + 1))
      if [ $rs_n -gt 40 ]; then
        RPI=$1
        RP="$R/.vmip-probe-link-loop/$1"
        return 1
      fi
      case $LCACHE in
      *"$NL$rs_p$TAB"*)
        rs_t=${LCACHE#*"$NL$rs_p$TAB"}
        rs_t=${rs_t%%"$NL"*}
        ;;
      *)
        rs_t=$(readlink "$R$rs_p" 2>/dev/null) || rs_t=""
        case $rs_t in *"$NL"*) rs_t="" ;; esac
        LCACHE="$LCACHE$rs_p$TAB$rs_t$NL"
        ;;
      esac
      case $rs_t in /*) rs_cur="" ;; esac
      rs_rest=$rs_t/$rs_rest
    else
      rs_cur=$rs_p
    fi
  done
  # shellcheck disable=SC2034 # RPI: the resolved path inside the system, for callers
  RPI=${rs_cur:-/}
  RP=$R$rs_cur
  [ -n "$RP" ] || RP=/
  return 0
}
# present PATH: the path exists in the system (after resolving), or is a dangling/looping link there
exists() {
  resolve "$1" && [ -e "$RP" ]
}
# lexists PATH: something is at PATH (a file of any type, a dangling link, a link loop)
lexists() {
  resolve "$1" || return 0
  [ -e "$RP" ] || [ -L "$RP" ]
}
# HUGE: regular files over the size limit (one find at start), never read
MAXSIZE_K=${VMIP_PROBE_MAX_KIB:-4096}
HUGE=$NL$(find "${R:-/}" -xdev -type f -size +"${MAXSIZE_K}"k 2>/dev/null)$NL
# VMIP_PROBE_READ_LOG: when it names a file, every file whose contents the probe reads is appended to it,
# one line each: "PATH" (inside the system, links resolved) when it may read the whole file, "BYTES PATH"
# when it reads only the first BYTES bytes. The disk reader (src/facts/disk/linux.ts) uses it to fetch the
# files its skeleton root holds without their bytes. Unset: no cost but one test per read.
VMIP_PROBE_READ_LOG=${VMIP_PROBE_READ_LOG:-}
# logread PATH [BYTES]: appends the read to the log (called only when VMIP_PROBE_READ_LOG is set). It
# appends, so reads inside command substitutions are logged too.
logread() {
  if [ $# -ge 2 ]; then printf '%s %s\n' "$2" "$1"; else printf '%s\n' "$1"; fi >>"$VMIP_PROBE_READ_LOG"
}
# readable FILE [BYTES] (path inside the system): true when it resolves (inside the root) to a readable
# regular file under the size limit; records it in probe.unreadable when it exists but cannot be read (FIFO,
# device, directory, huge file, link loop, permission). Sets RP to the host path. BYTES: the caller reads
# only the file's first BYTES bytes (for the read log; 0: it only checks that it can read it).
readable() {
  if ! resolve "$1"; then
    unread "$1"
    return 1
  fi
  if [ -f "$RP" ] && [ -r "$RP" ]; then
    case $HUGE in *"$NL$RP$NL"*) ;; *)
      [ -z "$VMIP_PROBE_READ_LOG" ] || logread "$RPI" ${2:+"$2"}
      return 0
      ;;
    esac
  fi
  if [ -e "$RP" ] || [ -L "$RP" ] || [ -L "$R$1" ]; then unread "$1"; fi
  return 1
}
# rglob PATTERN...: GLOB = newline-separated paths inside the system that match the patterns (each
# component matched inside the root, in the directory the components before it resolve to). Names with a
# newline are skipped. Patterns are probe text or image data; they are only ever matched, never run.
rglob() {
  GLOB=""
  for rg_pat in "$@"; do
    rg_cands=/$NL
    rg_rest=$rg_pat
    while [ -n "$rg_rest" ]; do
      case $rg_rest in
      */*)
        rg_c=${rg_rest%%/*}
        rg_rest=${rg_rest#*/}
        ;;
      *)
        rg_c=$rg_rest
        rg_rest=""
        ;;
      esac
      [ -n "$rg_c" ] || continue
      rg_next=""
      while [ -n "$rg_cands" ]; do
        rg_d=${rg_cands%%"$NL"*}
        rg_cands=${rg_cands#*"$NL"}
        rg_d=${rg_d%/}
        case $rg_c in
        *[\*\?\[]*)
          resolve "$rg_d/." || continue
          [ -d "$RP" ] || continue
          rg_h=${RP%/}
          rg_fs=0
          case $- in *f*) rg_fs=1 ;; esac
          rg_ifs=$IFS
          IFS=""
          set +f
          for rg_f in "$rg_h"/$rg_c; do
            IFS=$rg_ifs
            [ -e "$rg_f" ] || [ -L "$rg_f" ] || continue
            rg_b=${rg_f##*/}
            case $rg_b in *"$NL"*) continue ;; esac
            rg_next="$rg_next$rg_d/$rg_b$NL"
          done
          IFS=$rg_ifs
          [ $rg_fs = 1 ] && set -f
          ;;
        *) rg_next="$rg_next$rg_d/$rg_c$NL" ;;
        esac
      done
      rg_cands=$rg_next
    done
    while [ -n "$rg_cands" ]; do
      rg_d=${rg_cands%%"$NL"*}
      rg_cands=${rg_cands#*"$NL"}
      # something is at the path (a dangling link counts: it is there, like a wants link to a unit)
      if resolve "${rg_d%/*}/."; then
        [ -e "$RP/${rg_d##*/}" ] || [ -L "$RP/${rg_d##*/}" ] || continue
      fi
      GLOB="$GLOB$rg_d$NL"
    done
  done
}
# strip the epoch and the distribution revision of a package version: 1:3.0.16-1~deb12u1 -> 3.0.16
upstream() {
  UV=${1#*:}
  UV=${UV%%-*}
  UV=${UV%%+*}
  UV=${UV%%~*}
}
trim() {
  TR=$1
  while :; do
    case $TR in
    [" $TAB"]*) TR=${TR#?} ;;
    *[" $TAB"]) TR=${TR%?} ;;
    *) break ;;
    esac
  done
}

# ---------------------------------------------------------------------------------------------------
# Package databases: dpkg status (read directly), rpm (through rpm, when available)
# ---------------------------------------------------------------------------------------------------
DPKG=""
HAVE_DPKG=0
DPKG_STATUS=""
if readable /var/lib/dpkg/status; then
  HAVE_DPKG=1
  DPKG_STATUS=$RP
  export DPKG_STATUS
  DPKG=$NL$(awk '
    /^Package:/ { p = $2 } /^Version:/ { v = $2 } /^Status:/ { s = $0 }
    /^$/ { if (p != "" && s ~ / installed$/) print p " " v; p = v = s = "" }
    END { if (p != "" && s ~ / installed$/) print p " " v }' "$RP")$NL
fi
# dpkg_ver NAME: PV = installed version of package NAME (empty when not installed)
dpkg_ver() {
  PV=""
  case $DPKG in
  *"$NL$1 "*)
    PV=${DPKG#*"$NL$1 "}
    PV=${PV%%"$NL"*}
    ;;
  esac
}
HAVE_RPM=0
if command -v rpm >/dev/null 2>&1 && { [ "$MODE" = live ] || [ "${VMIP_PROBE_RPM:-0}" = 1 ]; } && { resolve /var/lib/rpm && [ -d "$RP" ] || { resolve /usr/lib/sysimage/rpm && [ -d "$RP" ]; }; }; then
  HAVE_RPM=1
fi
rpmq() {
  if [ "$MODE" = root ]; then rpm --root "$R" "$@" 2>/dev/null; else rpm "$@" 2>/dev/null; fi
}
# owner PATH: PKG/PKGV/PKGM = package owning PATH; returns 2 when no database could be read
owner() {
  PKG=""
  PKGV=""
  PKGM=""
  if [ $HAVE_DPKG = 1 ]; then
    PKGM=dpkg
    resolve /var/lib/dpkg/info/.
    if [ -n "$VMIP_PROBE_READ_LOG" ] && [ -z "${OWNER_LOGGED:-}" ]; then
      OWNER_LOGGED=1
      for ow_f in "$RP"/*.list; do [ ! -f "$ow_f" ] || logread "${RPI%/}/${ow_f##*/}"; done
    fi
    lst=$(grep -l -x -e "$1" -e "/usr$1" -e "${1#/usr}" -- "$RP"/*.list 2>/dev/null | head -n 1)
    [ -n "$lst" ] || return 1
    PKG=${lst##*/}
    PKG=${PKG%.list}
    PKG=${PKG%%:*}
    dpkg_ver "$PKG"
    PKGV=$PV
    return 0
  fi
  if [ $HAVE_RPM = 1 ]; then
    PKGM=rpm
    q=$(rpmq -qf --qf '%{NAME} %{VERSION}-%{RELEASE}\n' "$1") || return 1
    q=${q%%"$NL"*}
    PKG=${q%% *}
    PKGV=${q#* }
    return 0
  fi
  return 2
}
# unit_state NAME...: UNIT_ENABLED=1 when one of the units is wanted by a target (or has an rc S link),
# UNIT_MASKED=1 when one of them is masked.
unit_state() {
  UNIT_ENABLED=0
  UNIT_MASKED=0
  for un in "$@"; do
    for d in /etc/systemd/system /run/systemd/system; do
      resolve "$d/."
      if [ -L "$RP/$un" ] && [ "$(readlink "$RP/$un")" = /dev/null ]; then UNIT_MASKED=1; fi
    done
    base=${un%.service}
    # systemd's sysv-generator makes a unit of an init script only when no native unit of that name
    # exists, so rc S links count only for a unit without a unit file.
    us_uf=${UF:-}
    if unit_file "$un"; then
      rglob "/etc/systemd/system/*.wants/$un" "/etc/systemd/system/*.requires/$un"
    else
      rglob "/etc/systemd/system/*.wants/$un" "/etc/systemd/system/*.requires/$un" "/etc/rc[2345].d/S[0-9][0-9]$base" "/etc/rc.d/rc[2345].d/S[0-9][0-9]$base"
    fi
    UF=$us_uf
    [ -n "$GLOB" ] && UNIT_ENABLED=1
  done
  if [ $UNIT_MASKED = 1 ]; then UNIT_ENABLED=0; fi
}

# ---------------------------------------------------------------------------------------------------
# Facts areas of issue 14. Each function gathers one area and sets the JSON text its writer adds to
# the document (grep a dotted fact path, e.g. "swap.units", to find its function).
# ---------------------------------------------------------------------------------------------------
# nft_rules FILE DEPTH: NFTC = rules in an nftables file and the files it includes (globs inside the root);
# a "policy" line is not a rule; NFTP = chains whose policy is drop (a base chain that drops what no rule
# accepts is a rule set even with no rules)
nft_rules() {
  NFTC=0
  NFTP=0
  nr_q=$1$NL
  nr_n=0
  while [ -n "$nr_q" ] && [ $nr_n -lt 64 ]; do
    nr_f=${nr_q%%"$NL"*}
    nr_q=${nr_q#*"$NL"}
    nr_n=$((nr_n + 1))
    readable "$nr_f" || continue
    nr_c=$(grep -c -E '^[[:space:]]*[^#[:space:]].*[[:space:]](accept|drop|reject|jump|goto|masquerade|dnat|snat)[[:space:]]*(;|$)' "$RP" 2>/dev/null | head -n 1)
    nr_p=$(grep -c -E '^[[:space:]]*(type[[:space:]].*)?policy[[:space:]]' "$RP" 2>/dev/null | head -n 1)
    nr_d=$(grep -c -E '^[[:space:]]*(type[[:space:]].*)?policy[[:space:]]+drop[[:space:]]*(;|$)' "$RP" 2>/dev/null | head -n 1)
    isnum "$nr_c" || nr_c=0
    isnum "$nr_p" || nr_p=0
    isnum "$nr_d" || nr_d=0
    NFTC=$((NFTC + nr_c - nr_p))
    NFTP=$((NFTP + nr_d))
    [ $NFTC -ge 0 ] || NFTC=0
    nr_i=$(sed -n 's/^[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$RP" 2>/dev/null)
    while IFS= read -r nr_pat; do
      [ -n "$nr_pat" ] || continue
      case $nr_pat in /*) ;; *) nr_pat=/etc/$nr_pat ;; esac
      rglob "$nr_pat"
      nr_q="$nr_q$GLOB"
    done <<EOF
$nr_i
EOF
  done
}
# unit_file NAME: UF = path inside the system of the unit file systemd would load (empty when none)
unit_file() {
  UF=""
  for uf_d in /etc/systemd/system /run/systemd/system /usr/lib/systemd/system /lib/systemd/system; do
    if readable "$uf_d/$1"; then
      UF=$uf_d/$1
      return 0
    fi
  done
  return 1
}
# jarr_lines LIST: J = JSON array of the newline-separated strings in LIST
jarr_lines() {
  ja_l=$1
  ja_o=""
  while [ -n "$ja_l" ]; do
    ja_x=${ja_l%%"$NL"*}
    ja_l=${ja_l#*"$NL"}
    jstr "$ja_x"
    ja_o="$ja_o,$J"
  done
  J="[${ja_o#,}]"
}
# unsupported FACT FILE LINE TEXT REASON: a setting the probe does not interpret (rules: unknown)
UNSUP=""
unsupported() {
  jstr "$1"
  us_o="\"fact\":$J"
  jstr "$2"
  us_o="$us_o,\"file\":$J"
  isnum "$3" && [ "$3" -gt 0 ] && us_o="$us_o,\"line\":$3"
  if [ -n "$4" ]; then
    jstr "$4"
    us_o="$us_o,\"text\":$J"
  fi
  jstr "$5"
  UNSUP="$UNSUP,{$us_o,\"reason\":$J}"
}

# linux.waagent.service: the agent's unit and whether the default target wants it
fact_waagent_service() {
  WA_SVC=""
  for u in walinuxagent.service waagent.service; do
    unit_file "$u" || continue
    unit_state "$u"
    if [ $UNIT_ENABLED = 1 ]; then e=true; else e=false; fi
    jstr "$UF"
    WA_SVC="\"unit\":\"$u\",\"enabled\":$e,\"file\":$J"
    prov linux.waagent.service "$UF"
    return 0
  done
  # no unit file: the agent cannot start at boot (absent = unknown only when it is not installed either)
  if [ -n "${wpath:-}" ]; then WA_SVC="\"unit\":\"walinuxagent.service\",\"enabled\":false"; fi
}

# linux.kernel.hyperv_disabled: modprobe.d lines that make a Hyper-V driver unloadable, in modprobe's
# precedence (a file name in an earlier directory hides the same name in later ones)
fact_hyperv_disabled() {
  HVD=""
  HVD_MODS=""
  hv_seen=$NL
  hv_files=""
  for hv_d in /etc/modprobe.d /run/modprobe.d /usr/lib/modprobe.d /lib/modprobe.d; do
    rglob "$hv_d/*.conf"
    hv_g=$GLOB
    while [ -n "$hv_g" ]; do
      f=${hv_g%%"$NL"*}
      hv_g=${hv_g#*"$NL"}
      b=${f##*/}
      case $hv_seen in *"$NL$b$NL"*) continue ;; esac
      hv_seen="$hv_seen$b$NL"
      if readable "$f"; then hv_files="$hv_files$RP$TAB$f$NL"; fi
    done
  done
  set --
  hv_g=$hv_files
  while [ -n "$hv_g" ]; do
    e=${hv_g%%"$NL"*}
    hv_g=${hv_g#*"$NL"}
    set -- "$@" "${e%%"$TAB"*}"
  done
  [ $# -gt 0 ] || return 0
  hv_recs=$(HVFILES=$hv_files awk '
    BEGIN { n = split(ENVIRON["HVFILES"], l, "\n"); for (i = 1; i <= n; i++) if (split(l[i], f, "\t") == 2) IMG[f[1]] = f[2] }
    { line = $0; sub(/^[ \t]+/, "", line); sub(/[ \t\r]+$/, "", line); m = $2; gsub(/-/, "_", m) }
    m !~ /^hv_(vmbus|storvsc|netvsc|utils)$/ { next }
    $1 == "blacklist" { print m "\t" IMG[FILENAME] "\t" FNR "\tblacklist\t" line; next }
    $1 == "install" && line !~ /modprobe/ { print m "\t" IMG[FILENAME] "\t" FNR "\tinstall\t" line; next }
    $1 == "alias" && $3 == "off" { print m "\t" IMG[FILENAME] "\t" FNR "\talias\t" line }
  ' "$@" 2>/dev/null)
  while IFS="$TAB" read -r m f n k t; do
    [ -n "$m" ] || continue
    jstr "$f"
    o="\"module\":\"$m\",\"file\":$J,\"line\":$n"
    [ -n "$k" ] && o="$o,\"kind\":\"$k\""
    jstr "$t"
    HVD="$HVD,{$o,\"text\":$J}"
    HVD_MODS="$HVD_MODS$m$NL"
  done <<EOF
$hv_recs
EOF
}

# linux.kernel.hyperv_disabled (kind cmdline): modprobe.blacklist= (modprobe adds every one) and
# module_blacklist= (the kernel keeps the last one) on the kernel command lines area_boot found
fact_hyperv_cmdline() {
  hc_l=$BOOT_CMDLINES
  while [ -n "$hc_l" ]; do
    hc_e=${hc_l%%"$NL"*}
    hc_l=${hc_l#*"$NL"}
    if [ "$hc_e" = '!' ]; then
      unsupported linux.kernel.hyperv_disabled /etc/default/grub 0 "" "the kernel command line grub-mkconfig makes is not known, so neither is what it blacklists"
      continue
    fi
    hc_f=${hc_e%%"$TAB"*}
    hc_e=${hc_e#*"$TAB"}
    hc_n=${hc_e%%"$TAB"*}
    hc_v=${hc_e#*"$TAB"}
    hc_r=$(printf '%s\n' "$hc_v" | awk '{
      mb = ""; mbt = ""
      for (i = 1; i <= NF; i++) {
        w = $i; k = w; sub(/=.*/, "", k); gsub(/-/, "_", k); v = w; if (!sub(/^[^=]*=/, "", v)) continue
        gsub(/"/, "", v)
        if (k == "modprobe.blacklist") { n = split(v, a, ","); for (j = 1; j <= n; j++) { m = a[j]; gsub(/-/, "_", m); if (m ~ /^hv_(vmbus|storvsc|netvsc|utils)$/) print m "\t" w } }
        else if (k == "module_blacklist") { mb = v; mbt = w }
      }
      n = split(mb, a, ","); for (j = 1; j <= n; j++) { m = a[j]; gsub(/-/, "_", m); if (m ~ /^hv_(vmbus|storvsc|netvsc|utils)$/) print m "\t" mbt }
    }')
    while IFS="$TAB" read -r m t; do
      [ -n "$m" ] || continue
      jstr "$hc_f"
      o="\"module\":\"$m\",\"file\":$J"
      isnum "$hc_n" && [ "$hc_n" -gt 0 ] && o="$o,\"line\":$hc_n"
      jstr "$t"
      HVD="$HVD,{$o,\"kind\":\"cmdline\",\"text\":$J}"
      HVD_MODS="$HVD_MODS$m$NL"
    done <<EOF
$hc_r
EOF
  done
}

# linux.storage.swap.units / .services: enabled .swap units and swap-setup services
fact_swap_units() {
  SWU=""
  rglob '/etc/systemd/system/*.wants/*.swap' '/etc/systemd/system/*.requires/*.swap'
  sw_g=$GLOB
  sw_seen=$NL
  while [ -n "$sw_g" ]; do
    f=${sw_g%%"$NL"*}
    sw_g=${sw_g#*"$NL"}
    u=${f##*/}
    case $sw_seen in *"$NL$u$NL"*) continue ;; esac
    sw_seen="$sw_seen$u$NL"
    unit_state "$u"
    [ $UNIT_MASKED = 0 ] || continue
    jstr "$u"
    o="\"unit\":$J"
    if unit_file "$u"; then
      w=$(sed -n 's/^[[:space:]]*What[[:space:]]*=[[:space:]]*//p' "$RP" 2>/dev/null | tail -n 1)
      if [ -n "$w" ]; then
        jstr "$w"
        o="$o,\"what\":$J"
      fi
      jstr "$UF"
      o="$o,\"file\":$J"
    fi
    SWU="$SWU,{$o}"
  done
  SWS=""
  for u in dphys-swapfile.service zramswap.service zram-config.service swapspace.service swapfile.service mkswap.service; do
    unit_state "$u"
    [ $UNIT_ENABLED = 1 ] || continue
    k="file"
    case $u in zram*) k=zram ;; esac
    o="\"unit\":\"$u\",\"kind\":\"$k\""
    if unit_file "$u"; then
      jstr "$UF"
      o="$o,\"file\":$J"
    fi
    SWS="$SWS,{$o}"
  done
  for f in /etc/systemd/zram-generator.conf /usr/lib/systemd/zram-generator.conf /usr/local/lib/systemd/zram-generator.conf; do
    if readable "$f" && grep -q -E '^[[:space:]]*\[zram[0-9]+\]' "$RP" 2>/dev/null; then
      jstr "$f"
      SWS="$SWS,{\"unit\":\"systemd-zram-setup@zram0.service\",\"kind\":\"zram\",\"file\":$J}"
      break
    fi
  done
  rglob '/etc/systemd/system/*.wants/systemd-zram-setup@*.service'
  if [ -n "$GLOB" ]; then SWS="$SWS,{\"unit\":\"systemd-zram-setup@.service\",\"kind\":\"zram\"}"; fi
  fact_swapon_commands
}
# ENABLED_SERVICES: the service units a wants link enables, each once, newline-terminated
enabled_services() {
  rglob '/etc/systemd/system/*.wants/*.service'
  es_g=$GLOB
  ENABLED_SERVICES=$NL
  while [ -n "$es_g" ]; do
    es_f=${es_g%%"$NL"*}
    es_g=${es_g#*"$NL"}
    es_u=${es_f##*/}
    case $ENABLED_SERVICES in *"$NL$es_u$NL"*) continue ;; esac
    ENABLED_SERVICES="$ENABLED_SERVICES$es_u$NL"
  done
  ENABLED_SERVICES=${ENABLED_SERVICES#"$NL"}
}
# swapon of a named device or file run at boot (lines on stdin; prints the first such line's number): from rc.local (run by rc-local.service when executable), an
# enabled unit's Exec lines, or a cron @reboot line (when cron is installed). `swapon -a` only activates what
# fstab lists (judged there); `swapon -s/--show` only reports.
swapon_line() {
  awk '{ sub(/^[ \t]+/, "") } /^#/ { next }
    { n = split($0, w, /[ \t;&|()]+/)
      for (i = 1; i <= n; i++) if (w[i] ~ /(^|\/)swapon$/) {
        act = 0; q = 0
        for (j = i + 1; j <= n && w[j] != ""; j++) {
          if (w[j] ~ /^-(a|s|-all|-show.*|-summary|h|-help|V|-version)$/) { q = 1; break }
          if (w[j] ~ /^-/) continue
          act = 1; break }
        if (act && !q) { print FNR; exit } } }' 2>/dev/null
}
fact_swapon_commands() {
  if readable /etc/rc.local && [ -x "$RP" ]; then
    sl=$(swapon_line <"$RP")
    [ -n "$sl" ] && SWS="$SWS,{\"unit\":\"rc-local.service\",\"kind\":\"swapon\",\"file\":\"/etc/rc.local\"}"
  fi
  enabled_services
  sw_g=$ENABLED_SERVICES
  while [ -n "$sw_g" ]; do
    u=${sw_g%%"$NL"*}
    sw_g=${sw_g#*"$NL"}
    case $u in dphys-swapfile.service | zramswap.service | zram-config.service | swapspace.service | swapfile.service | mkswap.service) continue ;; esac
    unit_file "$u" || continue
    readable "$UF" || continue
    [ -n "$(grep -E '^[[:space:]]*Exec(Start|StartPre|StartPost)[[:space:]]*=' "$RP" 2>/dev/null | swapon_line)" ] || continue
    jstr "$u"
    o="\"unit\":$J,\"kind\":\"swapon\""
    jstr "$UF"
    SWS="$SWS,{$o,\"file\":$J}"
  done
  if exists /usr/sbin/cron || exists /usr/sbin/crond; then
    rglob /etc/crontab '/etc/cron.d/*' '/var/spool/cron/crontabs/*' '/var/spool/cron/*'
    sw_g=$GLOB
    while [ -n "$sw_g" ]; do
      f=${sw_g%%"$NL"*}
      sw_g=${sw_g#*"$NL"}
      readable "$f" || continue
      [ -f "$RP" ] || continue
      [ -n "$(grep -E '^[[:space:]]*@reboot[[:space:]]' "$RP" 2>/dev/null | swapon_line)" ] || continue
      jstr "$f"
      SWS="$SWS,{\"unit\":\"cron\",\"kind\":\"swapon\",\"file\":$J}"
    done
  fi
}
# linux.generalization.provisioning_state: per-VM state the agent or cloud-init left behind
fact_provisioning_state() {
  PST=""
  rglob /var/lib/waagent/provisioned /var/lib/waagent/ovf-env.xml '/var/lib/waagent/Certificates.*' \
    '/var/lib/waagent/*.crt' '/var/lib/waagent/*.prv' /var/lib/waagent/SharedConfig.xml '/var/lib/waagent/GoalState.*' \
    /var/lib/waagent/HostingEnvironmentConfig.xml
  ps_g=$GLOB
  while [ -n "$ps_g" ]; do
    f=${ps_g%%"$NL"*}
    ps_g=${ps_g#*"$NL"}
    jstr "$f"
    PST="$PST,{\"path\":$J,\"owner\":\"waagent\"}"
  done
  rglob /var/lib/cloud/instance '/var/lib/cloud/instances/*'
  ps_g=$GLOB
  while [ -n "$ps_g" ]; do
    f=${ps_g%%"$NL"*}
    ps_g=${ps_g#*"$NL"}
    jstr "$f"
    PST="$PST,{\"path\":$J,\"owner\":\"cloud-init\"}"
  done
}

# linux.cloud_init: installed, units, what disables it, cloud.cfg + cloud.cfg.d merged (top-level keys)
fact_cloud_init() {
  CI=""
  ci_bin=""
  for f in /usr/bin/cloud-init /usr/local/bin/cloud-init; do
    if exists "$f"; then
      ci_bin=$f
      break
    fi
  done
  if [ -z "$ci_bin" ]; then
    CI="\"installed\":false,\"services\":[],\"disabled_by\":[],\"files\":[],\"settings\":{},\"root_password_entries\":[]"
    return 0
  fi
  jstr "$ci_bin"
  CI="\"installed\":true,\"path\":$J"
  dpkg_ver cloud-init
  if [ -n "$PV" ]; then
    jstr "$PV"
    CI="$CI,\"version\":$J"
  fi
  s=""
  dis=""
  for u in cloud-init-local.service cloud-init.service cloud-init-network.service cloud-config.service cloud-final.service; do
    unit_file "$u" || continue
    unit_state "$u"
    if [ $UNIT_ENABLED = 1 ]; then e=true; else e=false; fi
    jstr "$UF"
    s="$s,{\"unit\":\"$u\",\"enabled\":$e,\"file\":$J}"
    if [ $UNIT_MASKED = 1 ]; then dis="$dis,{\"file\":\"/etc/systemd/system/$u\",\"text\":\"masked\"}"; fi
  done
  CI="$CI,\"services\":[${s#,}]"
  for f in /etc/cloud/cloud-init.disabled /etc/cloud/cloud-init.disabled.d; do
    lexists "$f" && dis="$dis,{\"file\":\"$f\"}"
  done
  case " ${GRUB_VALUE:-} " in *" cloud-init=disabled "*) dis="$dis,{\"file\":\"${GFILE:-/etc/default/grub}\",\"text\":\"cloud-init=disabled\"}" ;; esac
  CI="$CI,\"disabled_by\":[${dis#,}]"
  ci_files=""
  ci_args=""
  rglob /etc/cloud/cloud.cfg '/etc/cloud/cloud.cfg.d/*.cfg'
  ci_g=$GLOB
  while [ -n "$ci_g" ]; do
    f=${ci_g%%"$NL"*}
    ci_g=${ci_g#*"$NL"}
    if readable "$f"; then
      ci_files="$ci_files$f$NL"
      ci_args="$ci_args$RP$TAB$f$NL"
    fi
  done
  jarr_lines "$ci_files"
  CI="$CI,\"files\":$J"
  set --
  ci_g=$ci_args
  while [ -n "$ci_g" ]; do
    e=${ci_g%%"$NL"*}
    ci_g=${ci_g#*"$NL"}
    set -- "$@" "${e%%"$TAB"*}"
  done
  # Records: S key json file line | P file line text (root password) | U file line text (not understood)
  ci_recs=""
  [ $# -gt 0 ] && ci_recs=$(CIFILES=$ci_args awk '
    BEGIN { n = split(ENVIRON["CIFILES"], l, "\n"); for (i = 1; i <= n; i++) if (split(l[i], f, "\t") == 2) IMG[f[1]] = f[2] }
    function q(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return "\"" s "\"" }
    function clean(s) { sub(/[ \t]+#.*$/, "", s); sub(/^[ \t]+/, "", s); sub(/[ \t\r]+$/, "", s); gsub(/^["\047]|["\047]$/, "", s); return s }
    function flush() { if (lk != "") { print "S\t" lk "\t[" lv "]\t" lf "\t" ll; lk = "" } }
    FNR == 1 { flush(); fn = IMG[FILENAME]; pw = 0 }
    { line = $0; sub(/\r$/, "", line) }
    line ~ /^[ \t]*(#|$)/ { next }
    line ~ /^[ \t]+-/ && lk != "" { v = line; sub(/^[ \t]+-[ \t]*/, "", v); v = clean(v); lv = lv (lv == "" ? "" : ",") q(v); next }
    line ~ /^[^ \t]/ { flush(); top = line; sub(/:.*/, "", top) }
    line ~ /passwd|password|chpasswd/ { pw = 1 }
    pw && line ~ /(^|[^a-z_])root([^a-z_]|$)/ { t = line; gsub(/\t/, " ", t); print "P\t" fn "\t" FNR "\t" t }
    line ~ /^(datasource_list|ssh_genkeytypes)[ \t]*:/ {
      k = line; sub(/[ \t]*:.*/, "", k); v = line; sub(/^[^:]*:[ \t]*/, "", v); v = clean(v)
      if (v == "") { lk = k; lv = ""; lf = fn; ll = FNR; next }
      if (v ~ /^\[.*\]$/) { v = substr(v, 2, length(v) - 2); m = split(v, it, ","); o = ""
        for (j = 1; j <= m; j++) { x = clean(it[j]); if (x != "") o = o (o == "" ? "" : ",") q(x) }
        print "S\t" k "\t[" o "]\t" fn "\t" FNR; next }
      print "U\t" fn "\t" FNR "\t" line; next }
    line ~ /^(ssh_deletekeys|disable_root|ssh_pwauth)[ \t]*:/ {
      k = line; sub(/[ \t]*:.*/, "", k); v = tolower(clean(substr(line, index(line, ":") + 1)))
      if (v ~ /^(true|yes|on|1)$/) print "S\t" k "\ttrue\t" fn "\t" FNR
      else if (v ~ /^(false|no|off|0)$/) print "S\t" k "\tfalse\t" fn "\t" FNR
      else if (k == "ssh_pwauth" && v == "unchanged") print "S\t" k "\t\"unchanged\"\t" fn "\t" FNR
      else print "U\t" fn "\t" FNR "\t" line
      next }
    line ~ /^[ \t]/ && top ~ /^(datasource_list|ssh_deletekeys|disable_root)$/ { print "U\t" fn "\t" FNR "\t" line }
    END { flush() }
  ' "$@" 2>/dev/null)
  set_ds="" set_dk="" set_dr="" set_pa="" set_gk="" pwe=""
  while IFS="$TAB" read -r t a b c d; do
    case $t in
    S)
      jstr "$c"
      o="{\"value\":$b,\"file\":$J,\"line\":$d}"
      case $a in
      datasource_list) set_ds=$o ;; ssh_deletekeys) set_dk=$o ;; disable_root) set_dr=$o ;;
      ssh_pwauth) set_pa=$o ;; ssh_genkeytypes) set_gk=$o ;;
      esac
      ;;
    P)
      jstr "$a"
      o="\"file\":$J,\"line\":$b"
      jstr "$c"
      pwe="$pwe,{$o,\"text\":$J}"
      ;;
    U) unsupported linux.cloud_init.settings "$a" "$b" "$c" "a cloud-init YAML form the probe does not parse" ;;
    esac
  done <<EOF
$ci_recs
EOF
  o=""
  [ -n "$set_ds" ] && o="$o,\"datasource_list\":$set_ds"
  [ -n "$set_dk" ] && o="$o,\"ssh_deletekeys\":$set_dk"
  [ -n "$set_dr" ] && o="$o,\"disable_root\":$set_dr"
  [ -n "$set_pa" ] && o="$o,\"ssh_pwauth\":$set_pa"
  [ -n "$set_gk" ] && o="$o,\"ssh_genkeytypes\":$set_gk"
  CI="$CI,\"settings\":{${o#,}},\"root_password_entries\":[${pwe#,}]"
}

# linux.generalization.resolv_conf.kind / resolves_to / generated_by
fact_resolv_conf_kind() {
  RCK=""
  resolve /etc/.
  rc_h=$RP/resolv.conf
  if [ -L "$rc_h" ]; then
    RCK="\"kind\":\"symlink\""
    if resolve /etc/resolv.conf; then
      jstr "$RPI"
      RCK="$RCK,\"resolves_to\":$J"
      gb=""
      case $RPI in
      /run/systemd/resolve/* | /lib/systemd/resolv.conf | /usr/lib/systemd/resolv.conf)
        unit_state systemd-resolved.service
        [ $UNIT_ENABLED = 1 ] && gb=systemd-resolved
        ;;
      /run/resolvconf/* | /etc/resolvconf/run/*)
        unit_state resolvconf.service
        { [ $UNIT_ENABLED = 1 ] || exists /sbin/resolvconf; } && gb=resolvconf
        ;;
      /run/NetworkManager/* | /var/run/NetworkManager/*)
        unit_state NetworkManager.service
        [ $UNIT_ENABLED = 1 ] && gb=NetworkManager
        ;;
      esac
      [ -n "$gb" ] && RCK="$RCK,\"generated_by\":\"$gb\""
    fi
  elif [ -f "$rc_h" ]; then
    RCK="\"kind\":\"regular\""
  elif [ -e "$rc_h" ]; then
    RCK="\"kind\":\"other\""
  else
    RCK="\"kind\":\"absent\""
  fi
}

# linux.network.persistent_names: udev rules and .link files that pin a name to a MAC address
fact_persistent_names() {
  PN=""
  rglob '/etc/udev/rules.d/*.rules' '/etc/systemd/network/*.link'
  pn_g=$GLOB
  while [ -n "$pn_g" ]; do
    f=${pn_g%%"$NL"*}
    pn_g=${pn_g#*"$NL"}
    readable "$f" || continue
    case $f in
    *.rules)
      hits=$(grep -n -i -E 'ATTR\{address\}.*NAME[[:space:]]*:?=' "$RP" 2>/dev/null | grep -v -E '^[0-9]+:[[:space:]]*#')
      ;;
    *)
      grep -q -E '^[[:space:]]*MACAddress[[:space:]]*=' "$RP" 2>/dev/null || continue
      hits=$(grep -n -E '^[[:space:]]*Name[[:space:]]*=' "$RP" 2>/dev/null)
      ;;
    esac
    while IFS= read -r h; do
      [ -n "$h" ] || continue
      jstr "$f"
      o="\"file\":$J,\"line\":${h%%:*}"
      jstr "${h#*:}"
      PN="$PN,{$o,\"text\":$J}"
    done <<EOF
$hits
EOF
  done
}

# linux.network.stack: the managers enabled to configure networking at boot
fact_network_stack() {
  NST=""
  unit_state networking.service
  if [ $UNIT_ENABLED = 1 ] && [ -n "${ifup:-}" ]; then NST="$NST,\"ifupdown\""; fi
  unit_state systemd-networkd.service
  [ $UNIT_ENABLED = 1 ] && NST="$NST,\"networkd\""
  unit_state NetworkManager.service
  [ $UNIT_ENABLED = 1 ] && NST="$NST,\"NetworkManager\""
  rglob '/etc/netplan/*.yaml'
  if [ -n "$GLOB" ] && { exists /usr/sbin/netplan || exists /usr/bin/netplan; }; then NST="$NST,\"netplan\""; fi
  unit_state wicked.service
  [ $UNIT_ENABLED = 1 ] && NST="$NST,\"wicked\""
  unit_state network.service
  if [ $UNIT_ENABLED = 1 ] && exists /etc/sysconfig/network-scripts; then NST="$NST,\"network-scripts\""; fi
}

# ---------------------------------------------------------------------------------------------------
# os
# ---------------------------------------------------------------------------------------------------
area_os() {
OS="\"type\":\"Linux\""
for f in /etc/os-release /usr/lib/os-release; do
  if readable "$f"; then
    while IFS= read -r l || [ -n "$l" ]; do
      k=${l%%=*}
      v=${l#*=}
      v=${v#\"}
      v=${v%\"}
      v=${v#\'}
      v=${v%\'}
      case $k in
      ID)
        jstr "$v"
        OS="$OS,\"id\":$J"
        OS_ID=$v
        ;;
      VERSION_ID)
        jstr "$v"
        OS="$OS,\"version_id\":$J"
        ;;
      NAME)
        jstr "$v"
        OS="$OS,\"name\":$J"
        ;;
      PRETTY_NAME)
        jstr "$v"
        OS="$OS,\"pretty_name\":$J"
        ;;
      ID_LIKE)
        a=""
        set -f
        for w in $v; do
          jstr "$w"
          a="$a,$J"
        done
        set +f
        OS="$OS,\"id_like\":[${a#,}]"
        ;;
      esac
    done <"$RP"
    prov os "$f"
    break
  fi
done
ARCH=""
if [ "$MODE" = live ]; then
  ARCH=$(uname -m 2>/dev/null)
else
  # e_machine of the root's /bin/sh (ELF header bytes 4, 5 and 18-19)
  for f in /bin/sh /usr/bin/sh /bin/busybox /usr/bin/env; do
    if readable "$f" 20; then
      # shellcheck disable=SC2046
      set -- $(od -An -v -tx1 -N20 "$RP" 2>/dev/null)
      if [ $# -ge 20 ] && [ "$1$2$3$4" = 7f454c46 ]; then
        case "${19}${5}" in
        3e02) ARCH=x86_64 ;;
        b702) ARCH=aarch64 ;;
        0301) ARCH=i686 ;;
        2801) ARCH=armv7l ;;
        1502) ARCH=ppc64le ;;
        1602) ARCH=s390x ;;
        f302) ARCH=riscv64 ;;
        *) ARCH="elf-machine-0x${20}${19}" ;;
        esac
      fi
      break
    fi
  done
fi
if [ -n "$ARCH" ]; then
  jstr "$ARCH"
  OS="$OS,\"architecture\":$J"
fi
OS_ID=${OS_ID:-}
}

# ---------------------------------------------------------------------------------------------------
# kernel and its Hyper-V drivers
# ---------------------------------------------------------------------------------------------------
area_kernel() {
KERNEL=""
kreleases=""
rglob '/lib/modules/*' '/usr/lib/modules/*'
gl=$GLOB
while [ -n "$gl" ]; do
  d=${gl%%"$NL"*}
  gl=${gl#*"$NL"}
  resolve "$d"
  [ -d "$RP" ] || continue
  kr=${d##*/}
  case $NL$kreleases in *"$NL$kr$NL"*) continue ;; esac
  kreleases="$kreleases$kr$NL"
done
rglob '/boot/config-*'
gl=$GLOB
while [ -n "$gl" ]; do
  d=${gl%%"$NL"*}
  gl=${gl#*"$NL"}
  resolve "$d"
  [ -f "$RP" ] || continue
  kr=${d##*/config-}
  case $NL$kreleases in *"$NL$kr$NL"*) continue ;; esac
  kreleases="$kreleases$kr$NL"
done
krel=""
if [ "$MODE" = live ]; then
  kr=$(uname -r 2>/dev/null)
  case $NL$kreleases in *"$NL$kr$NL"*) krel=$kr ;; esac
fi
if [ -z "$krel" ] && [ -n "$kreleases" ]; then
  krel=$(printf '%s' "$kreleases" | sort -V 2>/dev/null | tail -n 1)
  [ -n "$krel" ] || krel=$(printf '%s' "$kreleases" | sort | tail -n 1)
fi
if [ -n "$krel" ]; then
  jstr "$krel"
  KERNEL="\"release\":$J"
  a=""
  gl=$kreleases
  while [ -n "$gl" ]; do
    kr=${gl%%"$NL"*}
    gl=${gl#*"$NL"}
    jstr "$kr"
    a="$a,$J"
  done
  KERNEL="$KERNEL,\"releases\":[${a#,}]"
  mdir=""
  for d in "/lib/modules/$krel" "/usr/lib/modules/$krel"; do
    resolve "$d"
    if [ -d "$RP/kernel" ] || [ -f "$RP/modules.builtin" ]; then
      mdir=$RP
      break
    fi
  done
  hv=""
  if [ -n "$mdir" ] && [ -f "$mdir/modules.builtin" ] && [ ! -L "$mdir/modules.builtin" ] && [ -r "$mdir/modules.builtin" ] && [ -r "$mdir" ]; then
    mods=$(find "$mdir/" -name 'hv_*.ko*' 2>/dev/null)
    builtin=$(grep -E '/hv_(vmbus|storvsc|netvsc|utils)\.ko$' "$mdir/modules.builtin" 2>/dev/null)
    for drv in hv_vmbus hv_storvsc hv_netvsc hv_utils; do
      st=absent
      case $NL$mods$NL in *"/$drv.ko$NL"* | *"/$drv.ko."*) st=module ;; esac
      case $NL$builtin$NL in *"/$drv.ko$NL"*) st=builtin ;; esac
      hv="$hv,\"$drv\":\"$st\""
    done
    KERNEL="$KERNEL,\"source\":\"modules\""
  elif readable "/boot/config-$krel"; then
    cfg=$(grep -E '^CONFIG_HYPERV(_STORAGE|_NET|_UTILS)?=' "$RP")
    for pair in hv_vmbus:CONFIG_HYPERV hv_storvsc:CONFIG_HYPERV_STORAGE hv_netvsc:CONFIG_HYPERV_NET hv_utils:CONFIG_HYPERV_UTILS; do
      drv=${pair%%:*}
      opt=${pair#*:}
      st=absent
      case $NL$cfg$NL in
      *"$NL$opt=y$NL"*) st=builtin ;;
      *"$NL$opt=m$NL"*) st=module ;;
      esac
      hv="$hv,\"$drv\":\"$st\""
    done
    KERNEL="$KERNEL,\"source\":\"config\""
  fi
  if readable "/boot/config-$krel"; then
    jstr "/boot/config-$krel"
    KERNEL="$KERNEL,\"config_file\":$J"
  fi
  fact_hyperv_disabled
  fact_hyperv_cmdline
  hvl=$HVD_MODS
  while [ -n "$hvl" ]; do
    m=${hvl%%"$NL"*}
    hvl=${hvl#*"$NL"}
    case $hv in *"\"$m\":\"module\""*) hv=${hv%%"\"$m\":\"module\""*}"\"$m\":\"disabled\""${hv#*"\"$m\":\"module\""} ;; esac
  done
  [ -n "$hv" ] && KERNEL="$KERNEL,\"hyperv\":{${hv#,}},\"hyperv_disabled\":[${HVD#,}]"
fi
}

# subst_var TEXT NAME VALUE: SV = TEXT with $NAME and ${NAME} replaced by VALUE (pure shell: data stays data)
subst_var() {
  sv_in=$1
  SV=""
  while :; do
    case $sv_in in
    *"\${$2}"*)
      SV="$SV${sv_in%%"\${$2}"*}$3"
      sv_in=${sv_in#*"\${$2}"}
      ;;
    *"\$$2"*)
      sv_pre=${sv_in%%"\$$2"*}
      sv_post=${sv_in#*"\$$2"}
      case $sv_post in
      [A-Za-z0-9_]*)
        SV="$SV$sv_pre\$$2"
        sv_in=$sv_post
        ;;
      *)
        SV="$SV$sv_pre$3"
        sv_in=$sv_post
        ;;
      esac
      ;;
    *)
      SV="$SV$sv_in"
      return 0
      ;;
    esac
  done
}

# ---------------------------------------------------------------------------------------------------
# boot: kernel command lines
# ---------------------------------------------------------------------------------------------------
area_boot() {
BOOT=""
# BOOT_CMDLINES: "file<TAB>line<TAB>command line" of each kernel command line found ("!" when one is unknown)
BOOT_CMDLINES=""
gfiles=""
rglob /etc/default/grub '/etc/default/grub.d/*.cfg'
gfiles=$GLOB
# shellcheck disable=SC2086
set -f
g_ok=0
g_unread=0
g_unsup=0
GL=""
GLD=""
GFILE=""
GLINE=""
gl=$gfiles
while [ -n "$gl" ]; do
  f=${gl%%"$NL"*}
  gl=${gl#*"$NL"}
  if readable "$f"; then
    g_ok=1
    n=0
    while IFS= read -r l || [ -n "$l" ]; do
      n=$((n + 1))
      trim "$l"
      l=$TR
      # another variable's assignment cannot change the command line (unless it names it)
      case $l in
      GRUB_CMDLINE_LINUX=* | GRUB_CMDLINE_LINUX_DEFAULT=* | *GRUB_CMDLINE_LINUX*) ;;
      [A-Za-z_]*=*)
        case ${l%%=*} in *[!A-Za-z0-9_]*) ;; *) continue ;; esac
        ;;
      esac
      case $l in
      source[" $TAB"]* | .[" $TAB"]* | eval[" $TAB"]* | if[" $TAB"]* | case[" $TAB"]* | *'$('* | *'`'* | export[" $TAB"]GRUB_CMDLINE* | *\&\&* | *\|\|*)
        # grub-mkconfig sources these files as shell: a value made this way is not known
        g_unsup=1
        unsupported linux.boot.grub_default "$f" "$n" "$l" "grub-mkconfig runs this as shell code; the probe does not evaluate it"
        ;;
      GRUB_CMDLINE_LINUX=*'$'* | GRUB_CMDLINE_LINUX_DEFAULT=*'$'*)
        v=${l#*=}
        v=${v#\"}
        v=${v%\"}
        rest=$v
        while [ -n "$rest" ]; do
          case $rest in
          '$GRUB_CMDLINE_LINUX_DEFAULT'* | '${GRUB_CMDLINE_LINUX_DEFAULT}'* | '$GRUB_CMDLINE_LINUX'* | '${GRUB_CMDLINE_LINUX}'*) ;;
          '$'*)
            g_unsup=1
            unsupported linux.boot.grub_default "$f" "$n" "$l" "a shell expansion the probe does not follow"
            break
            ;;
          esac
          case $rest in *'$'*) rest=${rest#*'$'} ;; *) rest="" ;; esac
          case $rest in GRUB_CMDLINE_LINUX_DEFAULT* | '{GRUB_CMDLINE_LINUX_DEFAULT}'* | GRUB_CMDLINE_LINUX* | '{GRUB_CMDLINE_LINUX}'*) ;; ?*)
            g_unsup=1
            unsupported linux.boot.grub_default "$f" "$n" "$l" "a shell expansion the probe does not follow"
            break
            ;;
          esac
        done
        ;;
      esac
      case $l in
      GRUB_CMDLINE_LINUX=* | GRUB_CMDLINE_LINUX_DEFAULT=*)
        k=${l%%=*}
        v=${l#*=}
        case $v in
        \"*) v=${v#\"} v=${v%%\"*} ;;
        \'*) v=${v#\'} v=${v%%\'*} ;;
        *) v=${v%%[ "$TAB"]*} ;;
        esac
        if [ "$k" = GRUB_CMDLINE_LINUX ]; then
          subst_var "$v" GRUB_CMDLINE_LINUX "$GL"
          v=$SV
          GL=$v
        else
          subst_var "$v" GRUB_CMDLINE_LINUX_DEFAULT "$GLD"
          v=$SV
          GLD=$v
        fi
        GFILE=$f
        GLINE=$n
        ;;
      esac
    done <"$RP"
  elif resolve "$f" && ! [ -e "$RP" ]; then
    : # grub-mkconfig sources only the grub.d files that exist ([ -e ]): a dangling link is skipped
  else
    g_unread=1
  fi
done
set +f
GRUB_VALUE=""
if [ $g_ok = 1 ] && [ $g_unread = 0 ] && [ $g_unsup = 0 ]; then
  trim "$GL $GLD"
  GRUB_VALUE=$TR
  jstr "$TR"
  o="\"value\":$J"
  if [ -n "$GFILE" ]; then
    jstr "$GFILE"
    o="$o,\"file\":$J,\"line\":$GLINE"
    prov linux.boot.grub_default "$GFILE" "$GLINE"
  fi
  BOOT="$BOOT,\"grub_default\":{$o}"
  BOOT_CMDLINES="$BOOT_CMDLINES${GFILE:-/etc/default/grub}$TAB${GLINE:-0}$TAB$TR$NL"
elif [ $g_unsup = 1 ]; then
  BOOT_CMDLINES="$BOOT_CMDLINES!$NL"
fi
for f in /boot/grub/grub.cfg /boot/grub2/grub.cfg /boot/efi/EFI/*/grub.cfg; do
  case $f in *"*"*) continue ;; esac
  if readable "$f"; then
    hit=$(grep -n -m 1 -E '^[[:space:]]*(linux|linuxefi|linux16)[[:space:]]' "$RP")
    if [ -n "$hit" ]; then
      n=${hit%%:*}
      v=${hit#*:}
      trim "$v"
      v=$TR
      v=${v#*[" $TAB"]}
      trim "$v"
      v=$TR
      case $v in
      *[" $TAB"]*) v=${v#*[" $TAB"]} ;;
      *) v="" ;;
      esac
      trim "$v"
      jstr "$TR"
      jstr2=$J
      jstr "$f"
      BOOT="$BOOT,\"grub_cfg\":{\"value\":$jstr2,\"file\":$J,\"line\":$n}"
      BOOT_CMDLINES="$BOOT_CMDLINES$f$TAB$n$TAB$TR$NL"
      prov linux.boot.grub_cfg "$f" "$n"
      break
    fi
    # BLS (RHEL 8+): the options of the first boot loader entry
    rglob '/boot/loader/entries/*.conf'
    gl1=$GLOB
    while [ -n "$gl1" ]; do
      e=${gl1%%"$NL"*}
      gl1=${gl1#*"$NL"}
      resolve "$e"
      e=$RP
      [ -f "$e" ] || continue
      hit=$(grep -n -m 1 -E '^options[[:space:]]' "$e" 2>/dev/null) || continue
      n=${hit%%:*}
      v=${hit#*:options}
      case $v in *'$kernelopts'*)
        ko=""
        readable /boot/grub2/grubenv && ko=$(grep -E '^kernelopts=' "$RP" 2>/dev/null)
        ko=${ko#kernelopts=}
        v=$(printf '%s' "$v" | sed "s|\$kernelopts|$(printf '%s' "$ko" | sed 's/[|&\\]/\\&/g')|")
        ;;
      esac
      trim "$v"
      jstr "$TR"
      jstr2=$J
      e=${e#"$R"}
      jstr "$e"
      BOOT="$BOOT,\"grub_cfg\":{\"value\":$jstr2,\"file\":$J,\"line\":$n}"
      prov linux.boot.grub_cfg "$e" "$n"
      break
    done
    break
  fi
done
if [ "$MODE" = live ] && [ -r /proc/cmdline ]; then
  v=$(cat /proc/cmdline 2>/dev/null)
  trim "$v"
  jstr "$TR"
  BOOT="$BOOT,\"proc_cmdline\":{\"value\":$J,\"file\":\"/proc/cmdline\"}"
  BOOT_CMDLINES="/proc/cmdline${TAB}0$TAB$TR$NL"
  prov linux.boot.proc_cmdline /proc/cmdline
fi
}

# ---------------------------------------------------------------------------------------------------
# waagent
# ---------------------------------------------------------------------------------------------------
area_waagent() {
WA=""
wpath=""
for f in /usr/sbin/waagent /usr/bin/waagent /usr/local/sbin/waagent /usr/local/bin/waagent /sbin/waagent; do
  if exists "$f"; then
    wpath=$f
    break
  fi
done
if [ -n "$wpath" ]; then
  jstr "$wpath"
  WA="\"installed\":true,\"path\":$J"
  prov linux.waagent.path "$wpath"
  jbool test -x "$RP"
  WA="$WA,\"executable\":$J"
  wver=""
  wsrc=""
  rglob '/usr/lib/python3/dist-packages/azurelinuxagent/common/version.py' '/usr/lib/python3*/site-packages/azurelinuxagent/common/version.py' '/usr/lib/python2*/site-packages/azurelinuxagent/common/version.py' '/usr/lib/python2*/dist-packages/azurelinuxagent/common/version.py' '/usr/local/lib/python*/*-packages/azurelinuxagent/common/version.py'
  gl2=$GLOB
  while [ -n "$gl2" ]; do
    vf=${gl2%%"$NL"*}
    gl2=${gl2#*"$NL"}
    resolve "$vf"
    vf=$RP
    [ -f "$vf" ] || continue
    [ -z "$VMIP_PROBE_READ_LOG" ] || logread "$RPI"
    v=$(sed -n "s/^AGENT_VERSION[[:space:]]*=[[:space:]]*['\"]\([^'\"]*\)['\"].*/\1/p" "$vf" 2>/dev/null)
    if [ -n "$v" ]; then
      wver=$v
      wsrc=${vf#"$R"}
      break
    fi
  done
  owner "$wpath"
  ors=$?
  if [ $ors = 0 ]; then
    jstr "$PKG"
    o="\"name\":$J"
    if [ -n "$PKGV" ]; then
      jstr "$PKGV"
      o="$o,\"version\":$J"
      if [ -z "$wver" ]; then
        upstream "$PKGV"
        wver=$UV
        wsrc=$PKGM
      fi
    fi
    WA="$WA,\"packaged\":true,\"package\":{$o,\"manager\":\"$PKGM\"}"
  elif [ $ors = 1 ]; then
    WA="$WA,\"packaged\":false"
  fi
  if [ -n "$wver" ]; then
    jstr "$wver"
    WA="$WA,\"version\":$J"
    jstr "$wsrc"
    WA="$WA,\"version_source\":$J"
  fi
else
  WA="\"installed\":false"
fi
if readable /etc/waagent.conf; then
  s=""
  n=0
  i=0
  while IFS= read -r l || [ -n "$l" ]; do
    n=$((n + 1))
    # as the agent parses it (ConfigurationProvider.load): lines split on LF only (a CR stays in the line),
    # a line starting with "#" or without "=" is skipped, the key is the text before the first "=" without
    # white space; the value is the text after it up to a "#", stripped of quotes and spaces first and of
    # white space (tab, CR) then: a tab before a quote keeps the quote (\t"y" is "y to the agent, not y)
    case $l in \#*) continue ;; *=*) ;; *) continue ;; esac
    trim "${l%%=*}"
    k=$TR
    case $k in '' | \#*) continue ;; esac
    v=${l#*=}
    v=${v%%#*}
    while :; do
      case $v in
      [\"" "]*) v=${v#?} ;;
      *[\"" "]) v=${v%?} ;;
      *) break ;;
      esac
    done
    while :; do
      case $v in
      [" $TAB$CR"]*) v=${v#?} ;;
      *[" $TAB$CR"]) v=${v%?} ;;
      *) break ;;
      esac
    done
    jstr "$k"
    kj=$J
    jstr "$v"
    s="$s,{\"key\":$kj,\"value\":$J,\"line\":$n}"
    prov "linux.waagent.conf.settings.$i" /etc/waagent.conf "$n"
    i=$((i + 1))
  done <"$RP"
  WA="$WA,\"conf\":{\"present\":true,\"file\":\"/etc/waagent.conf\",\"settings\":[${s#,}]}"
  prov linux.waagent.conf /etc/waagent.conf
elif ! lexists /etc/waagent.conf; then
  WA="$WA,\"conf\":{\"present\":false}"
fi
fact_waagent_service
[ -n "$WA_SVC" ] && WA="$WA,\"service\":{$WA_SVC}"
}

# ---------------------------------------------------------------------------------------------------
# python and pyasn1
# ---------------------------------------------------------------------------------------------------
area_python() {
PY=""
best=""
bestv=""
bestmm=""
a=""
rglob '/usr/bin/python[23].*' '/usr/local/bin/python[23].*' '/usr/bin/python2' '/usr/bin/python'
gl3=$GLOB
while [ -n "$gl3" ]; do
  p=${gl3%%"$NL"*}
  gl3=${gl3#*"$NL"}
  resolve "$p"
  p=$RP
  [ -f "$p" ] || continue
  name=${p##*/}
  case $name in *-* | *config*) continue ;; esac
  mm=${name#python}
  v=""
  if [ "$MODE" = live ]; then
    v=$("$p" -V 2>&1 </dev/null)
    v=${v#Python }
    case $v in [0-9]*) ;; *) v="" ;; esac
  elif [ -n "$mm" ]; then
    dpkg_ver "python$mm-minimal"
    if [ -n "$PV" ]; then
      upstream "$PV"
      v=$UV
    fi
  fi
  [ -n "$v" ] || v=$mm
  [ -n "$v" ] || continue
  case $v in [0-9].*) ;; *) continue ;; esac
  mm=$(printf '%s' "$v" | sed -n 's/^\([0-9]*\.[0-9]*\).*/\1/p')
  p=${p#"$R"}
  jstr "$p"
  pj=$J
  jstr "$v"
  a="$a,{\"path\":$pj,\"version\":$J}"
  # the highest X.Y is the interpreter judged
  if [ -z "$bestv" ] || [ "$(printf '%s\n%s\n' "$bestmm" "$mm" | sort -t. -k1,1n -k2,2n | tail -n 1)" = "$mm" ]; then
    if [ "$mm" != "$bestmm" ] || [ -z "$bestv" ]; then
      best=$p
      bestv=$v
      bestmm=$mm
    fi
  fi
done
if [ -n "$best" ]; then
  jstr "$best"
  PY="\"present\":true,\"path\":$J"
  jstr "$bestv"
  PY="$PY,\"version\":$J,\"interpreters\":[${a#,}]"
  major=${bestmm%%.*}
  pa=""
  for d in "/usr/lib/python$major/dist-packages" "/usr/lib/python$bestmm/site-packages" \
    "/usr/lib/python$bestmm/dist-packages" "/usr/lib64/python$bestmm/site-packages" \
    "/usr/local/lib/python$bestmm/dist-packages" "/usr/local/lib/python$bestmm/site-packages"; do
    if readable "$d/pyasn1/__init__.py" 0; then
      jstr "$d/pyasn1"
      pa="\"present\":true,\"path\":$J"
      rglob "$d/pyasn1-*.dist-info" "$d/pyasn1-*.egg-info"
      gl4=$GLOB
      while [ -n "$gl4" ]; do
        m=${gl4%%"$NL"*}
        gl4=${gl4#*"$NL"}
        resolve "$m"
        m=$RP
        [ -e "$m" ] || continue
        v=${m##*/pyasn1-}
        v=${v%.dist-info}
        v=${v%.egg-info}
        v=${v%%-py*}
        jstr "$v"
        pa="$pa,\"version\":$J"
        break
      done
      break
    fi
  done
  [ -n "$pa" ] || pa="\"present\":false"
  PY="$PY,\"pyasn1\":{$pa}"
else
  PY="\"present\":false"
fi
}

# ---------------------------------------------------------------------------------------------------
# openssl
# ---------------------------------------------------------------------------------------------------
area_openssl() {
SSL=""
sbin=""
for f in /usr/bin/openssl /bin/openssl /usr/local/bin/openssl; do
  if exists "$f"; then
    sbin=$f
    break
  fi
done
slib=""
rglob '/usr/lib/*/libssl.so.*' '/usr/lib64/libssl.so.*' '/usr/lib/libssl.so.*' '/lib/*/libssl.so.*' '/lib64/libssl.so.*'
gl5=$GLOB
while [ -n "$gl5" ]; do
  f=${gl5%%"$NL"*}
  gl5=${gl5#*"$NL"}
  resolve "$f"
  f=$RP
  [ -e "$f" ] || continue
  slib=${f#"$R"}
  break
done
if [ -n "$sbin" ] || [ -n "$slib" ]; then
  SSL="\"present\":true"
  if [ -n "$sbin" ]; then
    jstr "$sbin"
    SSL="$SSL,\"binary\":$J"
  fi
  if [ -n "$slib" ]; then
    jstr "$slib"
    SSL="$SSL,\"library\":$J"
  fi
  sv=""
  ssrc=""
  if [ "$MODE" = live ] && [ -n "$sbin" ]; then
    sv=$("$sbin" version 2>/dev/null </dev/null)
    sv=${sv#OpenSSL }
    sv=${sv%% *}
    ssrc="openssl version"
  fi
  if [ -z "$sv" ]; then
    for pn in openssl libssl3 libssl1.1 libssl1.0.2 libssl1.0.0; do
      dpkg_ver "$pn"
      if [ -n "$PV" ]; then
        upstream "$PV"
        sv=$UV
        ssrc="dpkg $pn"
        break
      fi
    done
  fi
  if [ -z "$sv" ]; then
    rglob '/usr/lib/*/libcrypto.so.*' '/usr/lib64/libcrypto.so.*' '/usr/lib/libcrypto.so.*' '/lib64/libcrypto.so.*'
    gl6=$GLOB
    while [ -n "$gl6" ]; do
      f=${gl6%%"$NL"*}
      gl6=${gl6#*"$NL"}
      resolve "$f"
      f=$RP
      [ -f "$f" ] || continue
      sv=$(grep -a -o -m 1 -E 'OpenSSL [0-9]+\.[0-9]+\.[0-9]+[a-z]*' "$f" 2>/dev/null | head -n 1)
      sv=${sv#OpenSSL }
      if [ -n "$sv" ]; then
        ssrc=${f#"$R"}
        break
      fi
    done
  fi
  if [ -n "$sv" ]; then
    jstr "$sv"
    SSL="$SSL,\"version\":$J"
    jstr "$ssrc"
    SSL="$SSL,\"version_source\":$J"
  fi
else
  SSL="\"present\":false"
fi
}

# ---------------------------------------------------------------------------------------------------
# storage: fstab mounts, LVM, swap
# ---------------------------------------------------------------------------------------------------
area_storage() {
ST=""
rootspec=""
if readable /etc/fstab; then
  m=""
  sw=""
  n=0
  i=0
  j=0
  while IFS= read -r l || [ -n "$l" ]; do
    n=$((n + 1))
    trim "$l"
    l=$TR
    case $l in '' | \#*) continue ;; esac
    # shellcheck disable=SC2086
    set -f
    # shellcheck disable=SC2086
    set -- $l
    set +f
    [ $# -ge 3 ] || continue
    jstr "$1"
    sj=$J
    if [ "$3" = swap ]; then
      sw="$sw,{\"spec\":$sj,\"file\":\"/etc/fstab\",\"line\":$n}"
      prov "linux.storage.swap.fstab.$j" /etc/fstab "$n"
      j=$((j + 1))
    else
      [ "$2" = / ] && rootspec=$1
      jstr "$2"
      mj=$J
      jstr "$3"
      m="$m,{\"spec\":$sj,\"mountpoint\":$mj,\"fstype\":$J,\"file\":\"/etc/fstab\",\"line\":$n}"
      prov "linux.storage.mounts.$i" /etc/fstab "$n"
      i=$((i + 1))
    fi
  done <"$RP"
  ST="\"mounts\":[${m#,}]"
  SWAP="\"fstab\":[${sw#,}]"
else
  SWAP=""
fi
# LVM: volume groups the image knows (metadata backups), and whether / is a logical volume
vgs=""
lvm_ev=""
rglob '/etc/lvm/backup/*'
gl7=$GLOB
while [ -n "$gl7" ]; do
  f=${gl7%%"$NL"*}
  gl7=${gl7#*"$NL"}
  resolve "$f"
  f=$RP
  [ -f "$f" ] || continue
  jstr "${f##*/}"
  vgs="$vgs,$J"
done
if [ -n "$rootspec" ] || [ -n "$vgs" ] || readable /etc/fstab; then
  rlvm=false
  case $rootspec in
  /dev/mapper/*) case $rootspec in */luks-* | */crypt*) ;; *)
    rlvm=true
    lvm_ev="root file system is $rootspec"
    ;;
  esac ;;
  /dev/*/*) case $rootspec in /dev/disk/* | /dev/md/*) ;; *)
    vg=${rootspec#/dev/}
    vg=${vg%%/*}
    if { resolve /etc/lvm && [ -d "$RP" ]; } || readable "/etc/lvm/backup/$vg"; then
      rlvm=true
      lvm_ev="root file system is $rootspec"
    fi
    ;;
  esac ;;
  esac
  if [ "$MODE" = root ] || [ ! -r /proc/self/mounts ]; then :; else
    rdev=$(awk '$2 == "/" { d = $1 } END { print d }' /proc/self/mounts 2>/dev/null)
    case $rdev in /dev/mapper/*)
      rlvm=true
      lvm_ev="root file system is mounted from $rdev"
      ;;
    esac
  fi
  o="\"root_on_lvm\":$rlvm,\"volume_groups\":[${vgs#,}]"
  if [ -n "$lvm_ev" ]; then
    jstr "$lvm_ev"
    o="$o,\"evidence\":$J"
  fi
  ST="${ST:+$ST,}\"lvm\":{$o}"
fi
# swap files: a swap signature (SWAPSPACE2 / SWAP-SPACE at the end of the first page)
# linux.storage.swap.files: anywhere on the root file system outside the OS trees (one find), or the
# usual places on a live system
swf=""
if [ "$MODE" = root ]; then
  sw_c=$(find "$R/" -xdev \( -path "$R/usr" -o -path "$R/lib" -o -path "$R/lib64" -o -path "$R/lib32" -o -path "$R/bin" \
    -o -path "$R/sbin" -o -path "$R/boot" -o -path "$R/proc" -o -path "$R/sys" -o -path "$R/dev" -o -path "$R/run" \) -prune \
    -o -type f -size +39k -print 2>/dev/null)
else
  rglob '/*' '/var/swap' '/var/swapfile' '/var/lib/swap/*' '/mnt/swapfile' '/mnt/resource/swapfile'
  sw_c=$GLOB
fi
while IFS= read -r f; do
  [ -n "$f" ] || continue
  if [ "$MODE" = live ]; then
    resolve "$f"
    f=$RP
  fi
  if [ ! -f "$f" ] || [ -L "$f" ]; then continue; fi
  sz=$(wc -c <"$f" 2>/dev/null) || continue
  sz=${sz##*[ "$TAB"]}
  [ "$sz" -ge 40960 ] 2>/dev/null || continue
  [ -z "$VMIP_PROBE_READ_LOG" ] || logread "${f#"$R"}" 65536
  for off in 4086 16374 65526; do
    [ "$sz" -gt $((off + 10)) ] || break
    sig=$(dd if="$f" bs=1 skip=$off count=10 2>/dev/null)
    case $sig in SWAPSPACE2 | SWAP-SPACE)
      jstr "${f#"$R"}"
      swf="$swf,{\"path\":$J,\"size\":$sz}"
      break
      ;;
    esac
  done
done <<EOF
$sw_c
EOF
fact_swap_units
SWAP="${SWAP:+$SWAP,}\"units\":[${SWU#,}],\"services\":[${SWS#,}]"
SWAP="${SWAP:+$SWAP,}\"files\":[${swf#,}]"
if [ "$MODE" = live ] && [ -r /proc/swaps ]; then
  a=""
  while IFS= read -r l; do
    case $l in Filename*) continue ;; esac
    jstr "${l%%[ "$TAB"]*}"
    a="$a,$J"
  done </proc/swaps
  SWAP="$SWAP,\"active\":[${a#,}]"
fi
ST="${ST:+$ST,}\"swap\":{$SWAP}"
}

# sshd_parse FILE DEPTH PATTERN [all]: prints "raw<TAB>file<TAB>line" for the first global setting of the
# keyword PATTERN matches (sshd takes the first value it obtains), or with "all" for every one (HostKey is
# cumulative); "!UNREADABLE" when a file on the way cannot be read.
sshd_parse() {
  if ! readable "$1"; then
    if lexists "$1"; then echo '!UNREADABLE'; fi
    return 0
  fi
  sp_file=$1
  sp_rp=$RP
  sp_n=0
  sp_match=0
  while IFS= read -r sp_l || [ -n "$sp_l" ]; do
    sp_n=$((sp_n + 1))
    trim "$sp_l"
    sp_l=$TR
    # sshd strips trailing white space, CR included (a file with CRLF line ends reads as with LF)
    while :; do
      case $sp_l in
      *[" $TAB$CR"]) sp_l=${sp_l%?} ;;
      *) break ;;
      esac
    done
    case $sp_l in '' | \#*) continue ;; esac
    sp_k=${sp_l%%[" $TAB="]*}
    sp_v=${sp_l#"$sp_k"}
    trim "$sp_v"
    sp_v=${TR#=}
    trim "$sp_v"
    sp_v=$TR
    # shellcheck disable=SC2254 # $3 is the probe's own case pattern for the keyword
    case $sp_k in
    [Mm][Aa][Tt][Cc][Hh])
      case $sp_v in [Aa][Ll][Ll]) sp_match=0 ;; *) sp_match=1 ;; esac
      ;;
    [Ii][Nn][Cc][Ll][Uu][Dd][Ee])
      [ $sp_match = 0 ] || continue
      [ "$2" -lt 8 ] || continue
      set -f
      for sp_pat in $sp_v; do
        # servconf.c: a pattern not starting with / or ~ is under /etc/ssh; one starting with ~ is globbed as
        # it is, without tilde expansion (OpenSSH 9.2, checked with sshd -T), so relative to sshd's working
        # directory: / for the systemd service
        case $sp_pat in
        /*) ;;
        '~'*) sp_pat=/$sp_pat ;;
        *) sp_pat=/etc/ssh/$sp_pat ;;
        esac
        set +f
        rglob "$sp_pat"
        gl9=$GLOB
        while [ -n "$gl9" ]; do
          sp_inc=${gl9%%"$NL"*}
          gl9=${gl9#*"$NL"}
          resolve "$sp_inc"
          sp_inc=$RP
          [ -e "$sp_inc" ] || [ -L "$sp_inc" ] || continue
          sp_res=$(sshd_parse "${sp_inc#"$R"}" $(($2 + 1)) "$3" "${4:-}")
          if [ -n "$sp_res" ]; then
            printf '%s\n' "$sp_res"
            [ "${4:-}" = all ] || return 0
          fi
        done
        set -f
      done
      set +f
      ;;
    $3)
      [ $sp_match = 0 ] || continue
      printf '%s\t%s\t%s\n' "$sp_v" "$sp_file" "$sp_n"
      [ "${4:-}" = all ] || return 0
      ;;
    esac
  done <"$sp_rp"
}

# sshd time format (180, 3m, 1m30s) -> seconds in SECS; fails when not a valid time
sshd_time() {
  SECS=0
  t=$1
  [ -n "$t" ] || return 1
  while [ -n "$t" ]; do
    num=${t%%[!0-9]*}
    [ -n "$num" ] || return 1
    # sshd's own range: a value it would refuse is invalid here, never wrapped by shell arithmetic
    num=${num#"${num%%[!0]*}"}
    [ -n "$num" ] || num=0
    [ ${#num} -le 10 ] || return 1
    t=${t#"${t%%[!0-9]*}"}
    mul=1
    case $t in
    [sS]*) t=${t#?} ;;
    [mM]*) mul=60 t=${t#?} ;;
    [hH]*) mul=3600 t=${t#?} ;;
    [dD]*) mul=86400 t=${t#?} ;;
    [wW]*) mul=604800 t=${t#?} ;;
    '') ;;
    *) return 1 ;;
    esac
    SECS=$((SECS + num * mul))
    [ "$SECS" -le 2147483647 ] || return 1
  done
  return 0
}

# ---------------------------------------------------------------------------------------------------
# ssh server
# ---------------------------------------------------------------------------------------------------
area_ssh() {
SSH=""
sshd=""
for f in /usr/sbin/sshd /usr/bin/sshd /sbin/sshd /usr/local/sbin/sshd; do
  if exists "$f"; then
    sshd=$f
    break
  fi
done
if [ -n "$sshd" ]; then
  jstr "$sshd"
  SSH="\"installed\":true,\"server\":$J"
else
  SSH="\"installed\":false"
fi
unit_state ssh.service sshd.service ssh.socket sshd.socket
if [ $UNIT_ENABLED = 1 ]; then SSH="$SSH,\"enabled\":true"; else SSH="$SSH,\"enabled\":false"; fi
if [ $UNIT_MASKED = 1 ]; then
  SSH="$SSH,\"blocked\":true,\"blocked_reason\":\"the ssh service is masked\""
elif lexists /etc/ssh/sshd_not_to_be_run; then
  SSH="$SSH,\"blocked\":true,\"blocked_reason\":\"/etc/ssh/sshd_not_to_be_run exists\""
else
  SSH="$SSH,\"blocked\":false"
fi
if [ -n "$sshd" ]; then
  res=$(sshd_parse /etc/ssh/sshd_config 0 '[Cc][Ll][Ii][Ee][Nn][Tt][Aa][Ll][Ii][Vv][Ee][Ii][Nn][Tt][Ee][Rr][Vv][Aa][Ll]')
  # sshd takes the first argument; quotes around it are sshd's own quoting
  case $res in
  '!'* | '') ;;
  *)
    r0=${res%%"$TAB"*}
    r1=${r0#\"}
    r1=${r1%%[\" "$TAB"]*}
    # more arguments than the one it takes make sshd refuse the configuration ("extra arguments at end of
    # line"; a "#" starts a comment): the raw text stays, which is no valid time
    rr=${r0#\"}
    rr=${rr#"$r1"}
    trim "${rr#\"}"
    case $TR in '' | \#*) ;; *) r1=$r0 ;; esac
    res=$r1$TAB${res#*"$TAB"}
    ;;
  esac
  # linux.accounts.authorized_keys_file: the first global AuthorizedKeysFile (tokens %h %u %U %%)
  akf_res=$(sshd_parse /etc/ssh/sshd_config 0 '[Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Ee][Dd][Kk][Ee][Yy][Ss][Ff][Ii][Ll][Ee]')
  AKF=".ssh/authorized_keys .ssh/authorized_keys2"
  AKF_J=""
  # AuthorizedKeysCommand: keys from a program the probe does not run (rules: unknown)
  akc_res=$(sshd_parse /etc/ssh/sshd_config 0 '[Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Ee][Dd][Kk][Ee][Yy][Ss][Cc][Oo][Mm][Mm][Aa][Nn][Dd]')
  case $akc_res in
  '' | *'!UNREADABLE'* | [Nn][Oo][Nn][Ee]"$TAB"*) ;;
  *)
    akr=${akc_res#*"$TAB"}
    unsupported linux.accounts.authorized_keys "${akr%%"$TAB"*}" "${akr#*"$TAB"}" "AuthorizedKeysCommand ${akc_res%%"$TAB"*}" \
      "sshd also takes keys from a program; the probe never runs programs from the image"
    ;;
  esac
  case $akf_res in
  *'!UNREADABLE'*) AKF="!" ;;
  ?*)
    AKF=${akf_res%%"$TAB"*}
    akr=${akf_res#*"$TAB"}
    set -f
    a=""
    for w in $AKF; do
      w=${w#\"}
      w=${w%\"}
      jstr "$w"
      a="$a,$J"
    done
    set +f
    jstr "${akr%%"$TAB"*}"
    AKF_J="\"value\":[${a#,}],\"file\":$J,\"line\":${akr#*"$TAB"}"
    ;;
  esac
  case $res in *'!UNREADABLE'*) res='!' ;; esac
  # readable() records in a subshell; note the config as unreadable here
  if [ "$res" = '!' ]; then
    rglob /etc/ssh/sshd_config '/etc/ssh/sshd_config.d/*'
    gls=$GLOB
    while [ -n "$gls" ]; do
      f=${gls%%"$NL"*}
      gls=${gls#*"$NL"}
      readable "$f" || :
    done
  fi
  live_v=""
  if [ "$MODE" = live ] && [ $IS_ROOT_USER = 1 ]; then
    live_v=$("$sshd" -T 2>/dev/null </dev/null | sed -n 's/^clientaliveinterval \([0-9]*\)$/\1/p')
  fi
  cai=""
  if [ -n "$live_v" ]; then
    cai="\"value\":$live_v,\"source\":\"sshd -T\""
    if [ "$res" != '!' ] && [ -n "$res" ]; then
      raw=${res%%"$TAB"*}
      rest=${res#*"$TAB"}
      if sshd_time "$raw" && [ "$SECS" = "$live_v" ]; then
        jstr "${rest%%"$TAB"*}"
        cai="$cai,\"file\":$J,\"line\":${rest#*"$TAB"}"
        prov linux.ssh.client_alive_interval "${rest%%"$TAB"*}" "${rest#*"$TAB"}"
      fi
    fi
  elif [ "$res" = '!' ]; then
    cai=""
  elif [ -n "$res" ]; then
    raw=${res%%"$TAB"*}
    rest=${res#*"$TAB"}
    cf=${rest%%"$TAB"*}
    cl=${rest#*"$TAB"}
    jstr "$raw"
    cai="\"raw\":$J"
    if sshd_time "$raw"; then cai="$cai,\"value\":$SECS"; fi
    jstr "$cf"
    cai="$cai,\"file\":$J,\"line\":$cl,\"source\":\"config\""
    prov linux.ssh.client_alive_interval "$cf" "$cl"
  elif lexists /etc/ssh/sshd_config; then
    cai="\"value\":0,\"source\":\"default\",\"file\":\"/etc/ssh/sshd_config\""
    prov linux.ssh.client_alive_interval /etc/ssh/sshd_config
  fi
  [ -n "$cai" ] && SSH="$SSH,\"client_alive_interval\":{$cai}"
fi
}

addnf() { # fmt path
  if readable "$2"; then
    case $NL$nfiles in *"$TAB$2$TAB"*) ;; *) nfiles="$nfiles$1$TAB$2$TAB$RP$NL" ;; esac
  elif [ -e "$RP" ]; then
    net_unread=1
  fi
}

# ---------------------------------------------------------------------------------------------------
# network
# ---------------------------------------------------------------------------------------------------
# cloud-init renders the network configuration at every boot from the datasource (on Azure: DHCP on the
# primary NIC, matched by driver) unless its network configuration is disabled; appended to $ifs.
fact_network_interfaces() {
  ci_b=""
  for f in /usr/bin/cloud-init /usr/local/bin/cloud-init; do exists "$f" && ci_b=$f; done
  [ -n "$ci_b" ] || return 0
  unit_state cloud-init-local.service
  ci_e=$UNIT_ENABLED
  unit_state cloud-init.service
  [ $ci_e = 1 ] || [ $UNIT_ENABLED = 1 ] || return 0
  lexists /etc/cloud/cloud-init.disabled && return 0
  rglob /etc/cloud/cloud.cfg '/etc/cloud/cloud.cfg.d/*.cfg'
  glc=$GLOB
  while [ -n "$glc" ]; do
    f=${glc%%"$NL"*}
    glc=${glc#*"$NL"}
    readable "$f" || return 0
    # network: {config: disabled} (flow) or network:/config: disabled (block): rendered by nobody then
    grep -Eq '^[[:space:]]*config:[[:space:]]*["'"'"']?disabled|network:[[:space:]]*\{[^}]*config:[[:space:]]*["'"'"']?disabled' "$RP" && return 0
  done
  jstr "$ci_b"
  ifs="$ifs,{\"mechanism\":\"cloud-init\",\"match\":{\"drivers\":[\"hv_netvsc\"]},\"dhcp\":true,\"onboot\":true,\"file\":$J}"
  prov "linux.network.interfaces.$ii" "$ci_b" 0
  ii=$((ii + 1))
}

area_network() {
NET=""
nmi=false
exists /usr/sbin/NetworkManager && nmi=true
unit_state NetworkManager.service
if [ $UNIT_ENABLED = 1 ]; then nme=true; else nme=false; fi
NET="\"network_manager\":{\"installed\":$nmi,\"enabled\":$nme}"
ifup=""
ifdown=""
for f in /sbin/ifup /usr/sbin/ifup /usr/bin/ifup /bin/ifup; do
  if exists "$f"; then
    ifup=$f
    break
  fi
done
for f in /sbin/ifdown /usr/sbin/ifdown /usr/bin/ifdown /bin/ifdown; do
  if exists "$f"; then
    ifdown=$f
    break
  fi
done
o="\"installed\":false"
if [ -n "$ifup" ] && [ -n "$ifdown" ]; then
  jstr "$ifup"
  o="\"installed\":true,\"ifup\":$J"
  jstr "$ifdown"
  o="$o,\"ifdown\":$J"
fi
NET="$NET,\"ifupdown\":{$o}"
# configuration files, each tagged with its format
nfiles=""
net_unread=0
# linux.network.custom (ifupdown): /etc/network/interfaces and every file it sources, nested, in order
ifq=/etc/network/interfaces$NL
ifseen=$NL
ifn=0
while [ -n "$ifq" ] && [ $ifn -lt 200 ]; do
  ifc=${ifq%%"$NL"*}
  ifq=${ifq#*"$NL"}
  case $ifseen in *"$NL$ifc$NL"*) continue ;; esac
  ifseen="$ifseen$ifc$NL"
  ifn=$((ifn + 1))
  lexists "$ifc" || continue
  addnf ifupdown "$ifc"
  readable "$ifc" || continue
  srcs=$(sed -n 's/^[[:space:]]*\(source\|source-directory\)[[:space:]]\{1,\}\(.*\)$/\1 \2/p' "$RP")
  while IFS= read -r s; do
    [ -n "$s" ] || continue
    kind=${s%% *}
    pat=${s#* }
    trim "$pat"
    pat=$TR
    case $pat in /*) ;; *) pat=/etc/network/$pat ;; esac
    if [ "$kind" = source-directory ]; then pat="$pat/*"; fi
    rglob "$pat"
    gl10=$GLOB
    while [ -n "$gl10" ]; do
      f=${gl10%%"$NL"*}
      gl10=${gl10#*"$NL"}
      # source-directory reads only names made of letters, digits, "_" and "-" (run-parts rules)
      case ${f##*/} in *[!A-Za-z0-9_-]*) [ "$kind" = source-directory ] && continue ;; esac
      resolve "$f"
      [ -f "$RP" ] || { [ -e "$RP" ] && addnf ifupdown "$f"; continue; }
      ifq="$ifq$f$NL"
    done
  done <<EOF
$srcs
EOF
done
# hook scripts run by ifupdown and dhclient: lines that set literal addresses, routes or DNS servers
rglob '/etc/network/if-up.d/*' '/etc/network/if-pre-up.d/*' '/etc/network/if-post-up.d/*' \
  '/etc/dhcp/dhclient-enter-hooks.d/*' '/etc/dhcp/dhclient-exit-hooks.d/*' /etc/dhcp/dhclient-enter-hooks /etc/dhcp/dhclient-exit-hooks \
  '/etc/NetworkManager/dispatcher.d/*'
glh=$GLOB
while [ -n "$glh" ]; do
  f=${glh%%"$NL"*}
  glh=${glh#*"$NL"}
  resolve "$f"
  [ -d "$RP" ] && continue
  addnf hook "$f"
done
rglob '/etc/sysconfig/network-scripts/ifcfg-*' '/etc/sysconfig/network/ifcfg-*'
gl11=$GLOB
while [ -n "$gl11" ]; do
  f=${gl11%%"$NL"*}
  gl11=${gl11#*"$NL"}
  resolve "$f"
  f=$RP
  [ -e "$f" ] || continue
  case ${f##*/} in ifcfg-lo) continue ;; esac
  addnf ifcfg "${f#"$R"}"
done
rglob '/etc/sysconfig/network-scripts/route-*' '/etc/sysconfig/network-scripts/route6-*' '/etc/sysconfig/network/ifroute-*' '/etc/sysconfig/network/routes'
gl12=$GLOB
while [ -n "$gl12" ]; do
  f=${gl12%%"$NL"*}
  gl12=${gl12#*"$NL"}
  resolve "$f"
  f=$RP
  [ -e "$f" ] || continue
  addnf routefile "${f#"$R"}"
done
rglob '/etc/systemd/network/*.network' '/etc/netplan/*.yaml' '/etc/NetworkManager/system-connections/*'
gl13=$GLOB
while [ -n "$gl13" ]; do
  f=${gl13%%"$NL"*}
  gl13=${gl13#*"$NL"}
  resolve "$f"
  f=$RP
  [ -e "$f" ] || continue
  case $f in *.network) addnf networkd "${f#"$R"}" ;; *.yaml) addnf netplan "${f#"$R"}" ;; *) addnf nmconn "${f#"$R"}" ;; esac
done
lexists /etc/systemd/resolved.conf && addnf resolved /etc/systemd/resolved.conf
# drop-ins: networkd's <name>.network.d/*.conf and resolved.conf.d/*.conf (every directory systemd reads)
rglob '/etc/systemd/network/*.network.d/*.conf' '/run/systemd/network/*.network' '/etc/systemd/resolved.conf.d/*.conf' \
  '/run/systemd/resolved.conf.d/*.conf' '/usr/lib/systemd/resolved.conf.d/*.conf'
gld=$GLOB
while [ -n "$gld" ]; do
  f=${gld%%"$NL"*}
  gld=${gld#*"$NL"}
  case $f in *resolved.conf.d/*) addnf resolved "$f" ;; *) addnf networkd "$f" ;; esac
done
lexists /etc/dhcp/dhclient.conf && addnf dhclient /etc/dhcp/dhclient.conf
# resolvconf (the Debian package, not systemd-resolved's compatibility command) writes resolv.conf from
# head, the interfaces' records, base and tail: a nameserver in those files is forced on every VM
dpkg_ver resolvconf
if [ -n "$PV" ]; then
  for f in /etc/resolvconf/resolv.conf.d/head /etc/resolvconf/resolv.conf.d/base /etc/resolvconf/resolv.conf.d/tail; do
    lexists "$f" && addnf resolvconfd "$f"
  done
fi
# One awk pass over every file. Records (tab-separated):
#   I name method onboot file line   interface stanza (method dhcp|static|manual|...)
#   C kind file line text            custom configuration (address|dns|route)
#   6 file line text                 IPv6 configuration
NETAWK='
function rec(kind, text) { gsub(/\t/, " ", text); print "C\t" kind "\t" FN "\t" FNR "\t" text }
function six(text) { gsub(/\t/, " ", text); print "6\t" FN "\t" FNR "\t" text }
function lc(s) { return tolower(s) }
function npu(text) { gsub(/\t/, " ", text); print "U\t" FN "\t" FNR "\t" text }
function nrec(mech, name, names, drivers, macs, other, dhcp, onboot, file, ln) {
  print "N\t" mech "\t" name "\t" names "\t" drivers "\t" macs "\t" other "\t" dhcp "\t" onboot "\t" file "\t" ln }
function unq(s) { gsub(/^["\047]|["\047]$/, "", s); return s }
FNR == 1 { FN = IMG[FILENAME]; fmt = FMT[FILENAME]; iface = ""; section = ""; npd = 0; ndmask = 0
  if (fmt == "networkd") { ndu = FN; if (ndu ~ /\.network\.d\/[^\/]*$/) { sub(/\.d\/[^\/]*$/, "", ndu); ndrop = 1 } else ndrop = 0
    sub(/.*\//, "", ndu)
    if (!ndrop) { if (ndu in nd_main) ndmask = 1; else { nd_main[ndu] = FN; nd_ml[ndu] = 1; nd_u[++nnu] = ndu } } }
  if (fmt == "ifcfg") { dev = FN; sub(/.*ifcfg-/, "", dev); boot[FN] = ""; proto[FN] = "" } }
{ line = $0; sub(/^[ \t]+/, "", line); sub(/[ \t\r]+$/, "", line) }
line == "" || line ~ /^#/ { next }
fmt == "ifupdown" {
  if ($1 == "auto" || $1 ~ /^allow-/) { for (i = 2; i <= NF; i++) onboot[$i] = 1; next }
  if ($1 == "iface") { iface = $2
    if ($3 == "inet6") six(line)
    else if (!(iface in method)) { method[iface] = $4; ifile[iface] = FN; iline[iface] = FNR; order[++ni] = iface }
    if ($3 == "inet" && $4 == "static" && iface != "lo") rec("address", line)
    next }
  if ($1 == "mapping") { iface = ""; next }
  if (iface == "" || iface == "lo") next
  if ($1 == "address" || $1 == "gateway") rec("address", line)
  else if ($1 == "dns-nameservers" || $1 == "dns-nameserver") rec("dns", line)
  else if ($1 ~ /^(up|post-up|pre-up)$/ && line ~ /(route[ \t]+add|ip[ \t]+(-[0-9][ \t]+)?route[ \t]+(add|replace))/) rec("route", line)
  next }
fmt == "ifcfg" {
  k = line; sub(/=.*/, "", k); v = line; sub(/^[^=]*=/, "", v); v = unq(v)
  if (k == "DEVICE") dev = v
  else if (k == "BOOTPROTO") { proto[FN] = lc(v); pl[FN] = FNR }
  else if (k == "ONBOOT") { boot[FN] = (lc(v) == "yes"); obv[FN] = lc(v) }
  else if (k == "STARTMODE") { boot[FN] = (lc(v) == "auto" || lc(v) == "onboot" || lc(v) == "hotplug"); smv[FN] = lc(v) }
  else if (k == "HWADDR" && v != "") hwv[FN] = v
  else if (k ~ /^(IPADDR|PREFIX|NETMASK|GATEWAY)[0-9]*$/ && v != "") rec("address", line)
  else if (k ~ /^DNS[0-9]*$/ && v != "") rec("dns", line)
  else if (k ~ /^IPV6(INIT|ADDR|_AUTOCONF)$/ && lc(v) ~ /^(yes|[0-9a-f:]+.*)$/ && v != "no") six(line)
  else if (k == "DHCPV6C" && lc(v) == "yes") six(line)
  if (FNR == 1 || k == "DEVICE") { devof[FN] = dev }
  files[FN] = 1
  next }
fmt == "routefile" { rec("route", line); next }
fmt == "networkd" {
  if (ndmask) next
  if (line ~ /^\[/) { section = line; next }
  k = line; sub(/[ \t]*=.*/, "", k); v = line; sub(/^[^=]*=[ \t]*/, "", v)
  if (ndu in nd_main) {
    if (section == "[Match]") {
      if (k == "Name") { if (v == "") { nd_n[ndu] = ""; nd_o[ndu] = "" } else { nt = split(v, na, /[ \t]+/); for (ni2 = 1; ni2 <= nt; ni2++) if (na[ni2] ~ /^!/) nd_o[ndu] = nd_o[ndu] " Name=" na[ni2]; else nd_n[ndu] = nd_n[ndu] " " na[ni2] } }
      else if (k == "Driver") nd_d[ndu] = (v == "" ? "" : nd_d[ndu] " " v)
      else if (k == "MACAddress" || k == "PermanentMACAddress") nd_m[ndu] = (v == "" ? "" : nd_m[ndu] " " v)
      else nd_o[ndu] = nd_o[ndu] " " k "=" v }
    if (section == "[Network]" && k == "DHCP") { nd_dh[ndu] = lc(v); if (!ndrop) nd_ml[ndu] = FNR }
    if (section == "[Link]" && k == "Unmanaged") nd_um[ndu] = lc(v)
    if (section == "[Link]" && k == "ActivationPolicy") nd_ap[ndu] = lc(v) }
  if (section == "[Match]" && k == "Name") nd_name[FN] = v
  if (section == "[Network]" && k == "DHCP") { nd_dhcp[FN] = v; nd_line[FN] = FNR; if (lc(v) ~ /^(yes|ipv6)$/) six(line) }
  if (section == "[Network]" && k == "Address") rec("address", line)
  if (section == "[Network]" && k == "Gateway") rec("address", line)
  if (section == "[Network]" && k == "DNS") rec("dns", line)
  if (section == "[Route]") rec("route", line)
  if (section == "[Network]" && k == "IPv6AcceptRA" && lc(v) ~ /^(yes|true|1)$/) six(line)
  next }
fmt == "netplan" {
  raw = $0; sub(/[ \t\r]+$/, "", raw); match(raw, /^ */); ind = RLENGTH
  if (line ~ /^-/) { item = 1 } else item = 0
  if (!item && line ~ /^[^:#{}\[\]]+:([ \t]|$)/) {
    key = line; sub(/:.*/, "", key); key = unq(key); val = line; sub(/^[^:]*:[ \t]*/, "", val); sub(/[ \t]+#.*$/, "", val)
    while (npd > 0 && np_ind[npd] >= ind) npd--
    np_key[++npd] = key; np_ind[npd] = ind
    if (key == "<<" || val ~ /^[&*!]/ || (val ~ /[{]/ && np_key[1] == "network" && (npd <= 2 || np_key[2] == "ethernets"))) npu(line)
    else if (npd == 3 && np_key[1] == "network" && np_key[2] == "ethernets") { npid = key; if (!(npid in np_f)) { np_f[npid] = FN; np_l[npid] = FNR; np_order[++nnp] = npid } }
    else if (npd == 4 && np_key[2] == "ethernets" && key == "dhcp4") np_dh[np_key[3]] = lc(unq(val))
    else if (npd == 4 && np_key[2] == "ethernets" && key == "activation-mode") np_am[np_key[3]] = lc(unq(val))
    else if (npd == 4 && np_key[2] == "ethernets" && key == "match") np_hm[np_key[3]] = 1
    else if (npd == 5 && np_key[2] == "ethernets" && np_key[4] == "match") {
      if (val ~ /^\[/) { gsub(/[][]/, "", val); gsub(/,/, " ", val) }
      nt = split(val, na, /[ \t]+/); lst = ""; for (ni2 = 1; ni2 <= nt; ni2++) if (na[ni2] != "") lst = lst " " unq(na[ni2])
      if (key == "name") np_n[np_key[3]] = lst
      else if (key == "driver") np_d[np_key[3]] = lst
      else if (key == "macaddress") np_m[np_key[3]] = lst
      else np_o[np_key[3]] = np_o[np_key[3]] " " key "=" val } }
  else if (!item && np_key[1] == "network" && line ~ /^[{]/) npu(line)
  if (line ~ /^addresses:/ && line !~ /\[\]/) rec("address", line)
  else if (line ~ /^(gateway4|gateway6):/) rec("address", line)
  else if (line ~ /^nameservers:/) rec("dns", line)
  else if (line ~ /^routes:/) rec("route", line)
  else if (line ~ /^dhcp6:[ \t]*(true|yes)/) six(line)
  else if (line ~ /^dhcp4:[ \t]*(true|yes)/ && np_first == "") np_first = FN "\t" FNR
  next }
fmt == "nmconn" {
  if (line ~ /^\[/) { section = line; next }
  if (!(FN in nm_seen)) { nm_seen[FN] = 1; nm_order[++nnm] = FN }
  k = line; sub(/[ \t]*=.*/, "", k); v = line; sub(/^[^=]*=[ \t]*/, "", v)
  if (section == "[connection]" && k == "interface-name") nm_if[FN] = v
  if (section == "[connection]" && k == "type") nm_ty[FN] = v
  if (section == "[connection]" && k == "autoconnect") nm_ac[FN] = lc(v)
  if ((section == "[ethernet]" || section == "[802-3-ethernet]") && k == "mac-address" && v != "") nm_m[FN] = v
  if (section == "[match]") { gsub(/[;,]/, " ", v); if (k == "interface-name") nm_n[FN] = v; else if (k == "driver") nm_d[FN] = v; else nm_o[FN] = nm_o[FN] " " k "=" v }
  if (section == "[ipv4]" && k == "method") { nm_m4[FN] = lc(v); nm_l[FN] = FNR }
  if (section == "[ipv4]" && line ~ /^(address[0-9]*|gateway)=/) rec("address", line)
  if (section == "[ipv4]" && line ~ /^dns=/) rec("dns", line)
  if (section == "[ipv4]" && line ~ /^route[0-9]+=/) rec("route", line)
  if (section == "[ipv6]" && line ~ /^method=(auto|dhcp|manual)/) six(line)
  next }
fmt == "resolved" {
  if (line ~ /^\[/) { section = line; next }
  if (line ~ /^(DNS|FallbackDNS)=[ \t]*[^ \t]/) rec("dns", line)
  next }
fmt == "hook" {
  # only lines with a literal address: hooks that pass on what DHCP gave ($new_routers...) are not custom
  if (line !~ /(^|[^0-9.])[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+/ && line !~ /[0-9a-fA-F]+:[0-9a-fA-F]*:[0-9a-fA-F]+/) next
  if (line ~ /(^|[ \t;&|(])ip[ \t]+(-[0-9a-z]+[ \t]+)*(addr|address|a)[ \t]+(add|replace|change)[ \t]/ || line ~ /(^|[ \t;&|(])ifconfig[ \t]+[^ \t]+[ \t]+[0-9]/) rec("address", line)
  else if (line ~ /(^|[ \t;&|(])ip[ \t]+(-[0-9a-z]+[ \t]+)*(route|ro|r)[ \t]+(add|replace|append|change)[ \t]/ || line ~ /(^|[ \t;&|(])route[ \t]+add[ \t]/) rec("route", line)
  else if (line ~ /(new_domain_name_servers|domain-name-servers)[ \t]*=|nameserver[ \t]+[0-9a-fA-F:.]+|resolvconf[ \t]+-a/) rec("dns", line)
  next }
fmt == "resolvconfd" {
  if (line ~ /^nameserver[ \t]/) rec("dns", line)
  next }
fmt == "dhclient" {
  if (line ~ /^(supersede|prepend|append)[ \t]+domain-name-servers/) rec("dns", line)
  next }
END {
  for (i = 1; i <= ni; i++) { n = order[i]; if (n == "lo") continue
    print "I\t" n "\t" method[n] "\t" ((n in onboot) ? 1 : 0) "\t" ifile[n] "\t" iline[n] }
  for (f in files) { d = devof[f]; if (d == "lo") continue
    m = (proto[f] ~ /^(dhcp|bootp)$/) ? "dhcp" : (proto[f] == "" ? "none" : proto[f])
    print "I\t" d "\t" m "\t" (boot[f] ? 1 : 0) "\t" f "\t" (pl[f] ? pl[f] : 1) }
  for (f in nd_name) { m = (lc(nd_dhcp[f]) ~ /^(yes|ipv4|true)$/) ? "dhcp" : "static"
    print "I\t" nd_name[f] "\t" m "\t1\t" f "\t" (nd_line[f] ? nd_line[f] : 1) }
  if (np_first != "") { split(np_first, p, "\t"); print "I\tnetplan\tdhcp\t1\t" p[1] "\t" p[2] }
  # linux.network.interfaces: every interface configuration, as its manager reads it
  for (i = 1; i <= ni; i++) { n = order[i]; if (n == "lo") continue
    nrec("ifupdown", n, "", "", "", "", method[n] == "dhcp", (n in onboot), ifile[n], iline[n]) }
  for (f in files) { if (f ~ /(~|\.old|\.bak|\.orig|\.scpmbackup|\.rpmnew|\.rpmsave|\.rpmorig)$/) continue
    if (f ~ /^\/etc\/sysconfig\/network\/ifcfg-/) { d = f; sub(/.*ifcfg-/, "", d); if (d == "lo") continue
      nrec("wicked", d, "", "", "", "", proto[f] ~ /^(dhcp|dhcp4|dhcp\+autoip)$/, smv[f] ~ /^(auto|onboot|on|boot|hotplug|nfsroot|ifplugd)$/, f, pl[f] ? pl[f] : 1) }
    else { d = devof[f]; if (d == "lo") continue
      nrec("network-scripts", (hwv[f] == "" ? d : ""), "", "", hwv[f], "", proto[f] ~ /^(dhcp|bootp)$/, obv[f] != "no", f, pl[f] ? pl[f] : 1) } }
  # networkd: units in file-name order (the first that matches a link configures it)
  for (i = 2; i <= nnu; i++) { u = nd_u[i]; for (j = i - 1; j >= 1 && nd_u[j] > u; j--) nd_u[j + 1] = nd_u[j]; nd_u[j + 1] = u }
  for (i = 1; i <= nnu; i++) { u = nd_u[i]
    nrec("networkd", "", nd_n[u], nd_d[u], nd_m[u], nd_o[u], nd_dh[u] ~ /^(yes|true|1|on|ipv4|both)$/, nd_um[u] !~ /^(yes|true|1|on)$/ && nd_ap[u] !~ /^(down|always-down|manual)$/, nd_main[u], nd_ml[u]) }
  for (i = 1; i <= nnp; i++) { id = np_order[i]
    nrec("netplan", (np_hm[id] ? "" : id), np_n[id], np_d[id], np_m[id], np_o[id], np_dh[id] ~ /^(true|yes|on|y)$/, np_am[id] !~ /^(off|manual)$/, np_f[id], np_l[id]) }
  for (i = 1; i <= nnm; i++) { f = nm_order[i]
    if (f ~ /(~|\.bak|\.orig|\.rej|\.swp|\.tmp|\.nmmeta|\.rpmnew|\.rpmsave)$/) continue
    if (nm_ty[f] != "ethernet" && nm_ty[f] != "802-3-ethernet") continue
    nrec("NetworkManager", nm_if[f], nm_n[f], nm_d[f], nm_m[f], nm_o[f], nm_m4[f] == "" || nm_m4[f] == "auto", nm_ac[f] !~ /^(false|no|0|off)$/, f, nm_l[f] ? nm_l[f] : 1) }
}'
if [ -n "$nfiles" ] && [ $net_unread = 0 ]; then
  # file names and formats reach awk as data (ENVIRON), never as program text
  set --
  gln=$nfiles
  while [ -n "$gln" ]; do
    e=${gln%%"$NL"*}
    gln=${gln#*"$NL"}
    set -- "$@" "${e##*"$TAB"}"
  done
  recs=$(NETFILES=$nfiles awk 'BEGIN { n = split(ENVIRON["NETFILES"], nf_l, "\n")
      for (i = 1; i <= n; i++) if (split(nf_l[i], nf_f, "\t") == 3) { FMT[nf_f[3]] = nf_f[1]; IMG[nf_f[3]] = nf_f[2] } }
    '"$NETAWK" "$@" 2>/dev/null)
  prim=""
  custom=""
  six=""
  ifs=""
  ci=0
  si=0
  ii=0
  while IFS= read -r r; do
    [ -n "$r" ] || continue
    t=${r%%"$TAB"*}
    r=${r#*"$TAB"}
    case $t in
    I)
      name=${r%%"$TAB"*}
      r=${r#*"$TAB"}
      meth=${r%%"$TAB"*}
      r=${r#*"$TAB"}
      ob=${r%%"$TAB"*}
      r=${r#*"$TAB"}
      file=${r%%"$TAB"*}
      line=${r#*"$TAB"}
      # primary: eth0 when configured, else the first interface configured
      if [ -z "$prim" ] || { [ "$name" = eth0 ] && [ "$primname" != eth0 ]; }; then
        primname=$name
        if [ "$meth" = dhcp ]; then d=true; else d=false; fi
        if [ "$ob" = 1 ]; then b=true; else b=false; fi
        jstr "$name"
        nj=$J
        jstr "$file"
        prim="\"name\":$nj,\"dhcp\":$d,\"onboot\":$b,\"file\":$J"
        isnum "$line" && prim="$prim,\"line\":$line"
        primfile=$file
        primline=$line
      fi
      ;;
    C)
      kind=${r%%"$TAB"*}
      r=${r#*"$TAB"}
      file=${r%%"$TAB"*}
      r=${r#*"$TAB"}
      line=${r%%"$TAB"*}
      text=${r#*"$TAB"}
      jstr "$text"
      tj=$J
      jstr "$file"
      custom="$custom,{\"kind\":\"$kind\",\"text\":$tj,\"file\":$J,\"line\":$line}"
      prov "linux.network.custom.$ci" "$file" "$line"
      ci=$((ci + 1))
      ;;
    N)
      # mech name names drivers macs other dhcp onboot file line
      mech=${r%%"$TAB"*}
      r=${r#*"$TAB"}
      name=${r%%"$TAB"*}
      r=${r#*"$TAB"}
      io=""
      for mk in names drivers macs other; do
        lst=${r%%"$TAB"*}
        r=${r#*"$TAB"}
        arr=""
        for w in $lst; do
          jstr "$w"
          arr="$arr,$J"
        done
        [ -n "$arr" ] && io="$io,\"$mk\":[${arr#,}]"
      done
      d=${r%%"$TAB"*}
      r=${r#*"$TAB"}
      b=${r%%"$TAB"*}
      r=${r#*"$TAB"}
      file=${r%%"$TAB"*}
      line=${r#*"$TAB"}
      jstr "$mech"
      o="\"mechanism\":$J"
      if [ -n "$name" ]; then
        jstr "$name"
        o="$o,\"name\":$J"
      fi
      [ -n "$io" ] && o="$o,\"match\":{${io#,}}"
      if [ "$d" = 1 ]; then o="$o,\"dhcp\":true"; else o="$o,\"dhcp\":false"; fi
      if [ "$b" = 1 ]; then o="$o,\"onboot\":true"; else o="$o,\"onboot\":false"; fi
      jstr "$file"
      o="$o,\"file\":$J"
      isnum "$line" && [ "$line" -gt 0 ] && o="$o,\"line\":$line"
      ifs="$ifs,{$o}"
      prov "linux.network.interfaces.$ii" "$file" "$line"
      ii=$((ii + 1))
      ;;
    U)
      file=${r%%"$TAB"*}
      r=${r#*"$TAB"}
      line=${r%%"$TAB"*}
      text=${r#*"$TAB"}
      unsupported linux.network.interfaces "$file" "$line" "$text" "a netplan construct the probe does not read (flow style, anchor, alias or tag)"
      unsupported linux.network.custom "$file" "$line" "$text" "a netplan construct the probe does not read (flow style, anchor, alias or tag)"
      ;;
    6)
      file=${r%%"$TAB"*}
      r=${r#*"$TAB"}
      line=${r%%"$TAB"*}
      text=${r#*"$TAB"}
      jstr "$text"
      tj=$J
      jstr "$file"
      six="$six,{\"text\":$tj,\"file\":$J,\"line\":$line}"
      prov "linux.network.ipv6.entries.$si" "$file" "$line"
      si=$((si + 1))
      ;;
    esac
  done <<EOF
$recs
EOF
  if [ -n "$prim" ]; then
    NET="$NET,\"primary\":{$prim}"
    prov linux.network.primary "$primfile" "$primline"
  fi
  NET="$NET,\"custom\":[${custom#,}]"
  fact_network_interfaces
  NET="$NET,\"interfaces\":[${ifs#,}]"
  if [ -n "$six" ]; then
    NET="$NET,\"ipv6\":{\"configured\":true,\"entries\":[${six#,}]}"
  else
    NET="$NET,\"ipv6\":{\"configured\":false,\"entries\":[]}"
  fi
elif [ $net_unread = 0 ]; then
  ifs=""
  fact_network_interfaces
  NET="$NET,\"custom\":[],\"interfaces\":[${ifs#,}],\"ipv6\":{\"configured\":false,\"entries\":[]}"
fi
}

# ---------------------------------------------------------------------------------------------------
# updates: pending security updates, from the package manager's own (cached) metadata, never refreshed
# ---------------------------------------------------------------------------------------------------
area_updates() {
UPD=""
if [ $HAVE_DPKG = 1 ] && command -v dpkg >/dev/null 2>&1; then
  # apt's cached lists of the system: compare every installed package with the security suites' lists
  # (the lists are as fresh as the last `apt-get update` of the image; nothing is downloaded here)
  lists=""
  slists=""
  # apt reads only the lists of the sources it is configured with (sources.list, sources.list.d/*.list,
  # deb822 *.sources): a list left behind by a removed source is not apt's. APT_SRC holds the list-file
  # name prefix of each "deb" source, as apt names its lists (URItoFileName: no scheme or user, "_" for
  # "/", a few characters quoted).
  rglob /etc/apt/sources.list '/etc/apt/sources.list.d/*.list' '/etc/apt/sources.list.d/*.sources'
  gl13=$GLOB
  srcf=""
  while [ -n "$gl13" ]; do
    f=${gl13%%"$NL"*}
    gl13=${gl13#*"$NL"}
    readable "$f" || continue
    srcf="$srcf$RP$NL"
  done
  APT_SRC=$NL$(
    IFS=$NL
    set -f
    # shellcheck disable=SC2086
    [ -n "$srcf" ] && awk '
      function fn(u, s) {
        sub(/^[A-Za-z0-9+.-]+:(\/\/)?/, "", u); sub(/^[^\/@]*@/, "", u); sub(/\/+$/, "", u)
        gsub(/%/, "%25", u); gsub(/_/, "%5f", u); gsub(/~/, "%7e", u); gsub(/=/, "%3d", u)
        gsub(/\//, "_", u)
        if (s ~ /\/$/) { sub(/\/+$/, "", s); gsub(/\//, "_", s); return u (s == "." || s == "" ? "" : "_" s) "_" }
        gsub(/\//, "_", s)
        return u "_dists_" s "_"
      }
      function flush(   i, j, nu, ns, us, ss) {
        if (deb && en) { nu = split(uris, us, " "); ns = split(suites, ss, " ")
          for (i = 1; i <= nu; i++) for (j = 1; j <= ns; j++) print fn(us[i], ss[j]) }
        deb = 0; en = 1; uris = suites = ""
      }
      FNR == 1 { flush(); d822 = (FILENAME ~ /\.sources$/) }
      d822 {
        if ($0 ~ /^[ \t]*$/) { flush(); next }
        if ($0 ~ /^[ \t]*#/) next
        k = tolower($1); sub(/:$/, "", k); v = $0; sub(/^[^:]*:[ \t]*/, "", v)
        if (k == "types") deb = (" " v " " ~ /[ \t]deb[ \t]/)
        else if (k == "uris") uris = v
        else if (k == "suites") suites = v
        else if (k == "enabled") en = (tolower(v) !~ /^(no|false|0)/)
        next
      }
      {
        sub(/#.*/, "")
        if ($1 != "deb") next
        l = $0; sub(/^[ \t]*deb[ \t]+/, "", l)
        if (l ~ /^\[/) sub(/^\[[^]]*\][ \t]*/, "", l)
        n = split(l, w, /[ \t]+/)
        if (n >= 2) print fn(w[1], w[2])
      }
      END { flush() }
    ' $srcf 2>/dev/null
  )$NL
  rglob '/var/lib/apt/lists/*_Packages'
  gl14=$GLOB
  while [ -n "$gl14" ]; do
    f=${gl14%%"$NL"*}
    gl14=${gl14#*"$NL"}
    resolve "$f"
    f=$RP
    [ -f "$f" ] || continue
    # only a list of a configured source (its name starts with the source's prefix)
    used=0
    pre=$APT_SRC
    while [ -n "$pre" ]; do
      p1=${pre%%"$NL"*}
      pre=${pre#*"$NL"}
      [ -n "$p1" ] || continue
      case ${f##*/} in "$p1"*) used=1 && break ;; esac
    done
    [ $used = 1 ] || continue
    [ -z "$VMIP_PROBE_READ_LOG" ] || logread "$RPI"
    lists="$lists$f$NL"
    case ${f##*/} in *security*) slists="$slists$f$NL" ;; esac
  done
  if [ -n "$lists" ]; then
    if [ -n "$slists" ]; then
      UPD="\"method\":\"apt lists + dpkg status\",\"security_sources\":true"
      cands=$(
        IFS=$NL
        set -f
        # shellcheck disable=SC2086
        awk '
          FNR == 1 { st = (FILENAME == ENVIRON["DPKG_STATUS"]) }
          /^Package:/ { p = $2 } /^Version:/ { v = $2 } /^Status:/ { s = $0 }
          /^$/ { rec() } END { rec() }
          function rec() {
            if (p != "") {
              if (st) { if (s ~ / installed$/) inst[p] = v }
              else if (!(p in sec)) sec[p] = v; else sec[p] = sec[p] " " v
            }
            p = v = s = ""
          }
          END { for (p in sec) if (p in inst) { n = split(sec[p], vs, " "); for (i = 1; i <= n; i++) if (vs[i] != inst[p]) print p " " inst[p] " " vs[i] } }
        ' "$DPKG_STATUS" $slists 2>/dev/null
      )
      a=""
      seenp="$NL"
      while IFS=' ' read -r pn pi pc; do
        [ -n "$pn" ] || continue
        case $seenp in *"$NL$pn$NL"*) continue ;; esac
        dpkg --compare-versions "$pc" gt "$pi" 2>/dev/null || continue
        seenp="$seenp$pn$NL"
        jstr "$pn"
        a="$a,{\"name\":$J"
        jstr "$pi"
        a="$a,\"installed\":$J"
        jstr "$pc"
        a="$a,\"candidate\":$J}"
      done <<EOF
$cands
EOF
      UPD="$UPD,\"pending_security\":[${a#,}]"
    else
      UPD="\"method\":\"apt lists + dpkg status\",\"security_sources\":false"
    fi
  fi
elif [ "$MODE" = live ] && command -v dnf >/dev/null 2>&1; then
  if out=$(dnf -C -q updateinfo list --security 2>/dev/null); then
    a=""
    for pn in $(printf '%s\n' "$out" | awk 'NF >= 3 { print $3 }'); do
      jstr "$pn"
      a="$a,{\"name\":$J}"
    done
    UPD="\"method\":\"dnf -C updateinfo list --security\",\"security_sources\":true,\"pending_security\":[${a#,}]"
  fi
elif [ "$MODE" = live ] && command -v yum >/dev/null 2>&1; then
  if out=$(yum -C -q updateinfo list security 2>/dev/null); then
    a=""
    for pn in $(printf '%s\n' "$out" | awk 'NF >= 3 { print $3 }'); do
      jstr "$pn"
      a="$a,{\"name\":$J}"
    done
    UPD="\"method\":\"yum -C updateinfo list security\",\"security_sources\":true,\"pending_security\":[${a#,}]"
  fi
elif [ "$MODE" = live ] && command -v zypper >/dev/null 2>&1; then
  if out=$(zypper --non-interactive --no-refresh -q list-patches --category security 2>/dev/null); then
    a=""
    for pn in $(printf '%s\n' "$out" | awk -F'|' 'NF >= 5 && $2 !~ /Name/ { gsub(/ /, "", $2); print $2 }'); do
      jstr "$pn"
      a="$a,{\"name\":$J}"
    done
    UPD="\"method\":\"zypper list-patches --category security\",\"security_sources\":true,\"pending_security\":[${a#,}]"
  fi
fi
}

# ---------------------------------------------------------------------------------------------------
# accounts, root password, history files
# ---------------------------------------------------------------------------------------------------
area_accounts() {
ACC=""
ROOTPW=""
HIST=""
PASSWD=""
if readable /etc/passwd; then
  PASSWD=$(cat "$RP")
fi
if readable /etc/shadow; then
  h=""
  n=0
  i=0
  rstate=no_entry
  rfile=/etc/shadow
  pwl=""
  rline=0
  # the password field of /etc/passwd counts unless it is "x" (pam_unix and crypt read shadow only then):
  # "user:field:line" of each account whose passwd field is not "x"
  pw_own=$(printf '%s\n' "$PASSWD" | awk -F: 'NF >= 2 && $1 != "" && $1 !~ /^[+#-]/ && $2 != "x" { print $1 ":" $2 ":" NR }')
  pw_seen=$NL
  sh_rp=$RP
  # acct USER FIELD FILE LINE: the state of one account's password as the system reads it
  acct() {
    st="hash"
    case $2 in '') st=empty ;; \!* | \**) st=locked ;; esac
    if [ "$1" = root ]; then
      rstate=$st
      rfile=$3
      rline=$4
    fi
    jstr "$1"
    if [ $st != locked ]; then
      pwl="$pwl,{\"user\":$J,\"state\":\"$st\",\"file\":\"$3\",\"line\":$4}"
    fi
    if [ $st = hash ]; then
      uid=$(printf '%s\n' "$PASSWD" | awk -F: -v u="$1" '$1 == u { print $3; exit }')
      o="\"user\":$J"
      isnum "$uid" && o="$o,\"uid\":$uid"
      h="$h,{$o,\"file\":\"$3\",\"line\":$4}"
      prov "linux.accounts.password_hashes.$i" "$3" "$4"
      i=$((i + 1))
    fi
  }
  while IFS=: read -r u pw rest || [ -n "$u" ]; do
    n=$((n + 1))
    case $u in '' | \#* | +* | -*) continue ;; esac
    pw_seen="$pw_seen$u$NL"
    case $NL$pw_own$NL in
    *"$NL$u:"*)
      case $NL$pw_own in "$NL$u:"*) po=${pw_own#"$u:"} ;; *) po=${pw_own#*"$NL$u:"} ;; esac
      po=${po%%"$NL"*}
      acct "$u" "${po%:*}" /etc/passwd "${po##*:}"
      ;;
    *) acct "$u" "$pw" /etc/shadow "$n" ;;
    esac
  done <"$sh_rp"
  # accounts with their own password field and no shadow entry
  while IFS= read -r po; do
    [ -n "$po" ] || continue
    u=${po%%:*}
    case $pw_seen in *"$NL$u$NL"*) continue ;; esac
    po=${po#*:}
    acct "$u" "${po%:*}" /etc/passwd "${po##*:}"
  done <<EOF
$pw_own
EOF
  ACC="\"password_hashes\":[${h#,}],\"passwords\":[${pwl#,}]"
  if [ "$rline" -gt 0 ]; then
    ROOTPW="\"state\":\"$rstate\",\"file\":\"$rfile\",\"line\":$rline"
    prov linux.root_password "$rfile" "$rline"
  else
    ROOTPW="\"state\":\"no_entry\",\"file\":\"/etc/shadow\""
  fi
fi
if [ -n "$PASSWD" ]; then
  homes=$(printf '%s\n' "$PASSWD" | awk -F: 'NF >= 7 && $1 !~ /^[+-]/ && $6 != "" { print $1 ":" $6 }')
  homes="$homes${NL}root:/root"
  seen="$NL"
  ak=""
  ak_unread=0
  hi=""
  hist_unread=0
  ai=0
  hj=0
  while IFS=: read -r u hd; do
    [ -n "$hd" ] || continue
    case $seen in *"$NL$hd$NL"*) continue ;; esac
    seen="$seen$hd$NL"
    resolve "$hd"
    [ -d "$RP" ] || continue
    akw=${AKF:-.ssh/authorized_keys .ssh/authorized_keys2}
    if [ "$akw" = "!" ]; then
      ak_unread=1
      akw=""
    fi
    # AuthorizedKeysFile as sshd expands it for this account (relative paths are under the home)
    akl=""
    set -f
    for k in $akw; do
      k=${k#\"}
      k=${k%\"}
      [ "$k" = none ] && continue
      ke=""
      while [ -n "$k" ]; do
        case $k in
        %%*) ke="$ke%" k=${k#??} ;;
        %h*) ke="$ke${hd%/}" k=${k#??} ;;
        %u*) ke="$ke$u" k=${k#??} ;;
        %U*)
          uidu=$(printf '%s\n' "$PASSWD" | awk -F: 'BEGIN { u = ENVIRON["AKU"] } $1 == u { print $3; exit }' AKU="$u" 2>/dev/null)
          ke="$ke$uidu" k=${k#??}
          ;;
        %*)
          ke=""
          break
          ;;
        *)
          ke="$ke${k%%%*}"
          case $k in *%*) k=%${k#*%} ;; *) k="" ;; esac
          ;;
        esac
      done
      [ -n "$ke" ] || continue
      case $ke in /*) ;; *) ke="${hd%/}/$ke" ;; esac
      akl="$akl$ke$NL"
    done
    set +f
    while [ -n "$akl" ]; do
      p=${akl%%"$NL"*}
      akl=${akl#*"$NL"}
      lexists "$p" || continue
      if readable "$p"; then
        f=$RP
        c=$(grep -c -v -E '^[[:space:]]*(#|$)' "$f" 2>/dev/null)
        isnum "$c" || c=0
        # cloud-init's stub lines (command="echo 'Please login as ...'") are not keys that log in
        st=$(grep -c -E 'Please login as' "$f" 2>/dev/null)
        isnum "$st" || st=0
        c=$((c - st))
        jstr "$u"
        uj=$J
        jstr "$p"
        ak="$ak,{\"user\":$uj,\"file\":$J,\"keys\":$c,\"source\":\"sshd\",\"stubs\":$st}"
        prov "linux.accounts.authorized_keys.$ai" "$p"
        ai=$((ai + 1))
      else
        ak_unread=1
        readable "$p" || :
      fi
    done
    for k in .bash_history .zsh_history .sh_history .ash_history .ksh_history .history .local/share/fish/fish_history; do
      kd=${k%/*}
      [ "$kd" = "$k" ] && kd=.
      resolve "${hd%/}/$kd/." || continue
      f=$RP/${k##*/}
      [ -e "$f" ] || [ -L "$f" ] || continue
      if [ -L "$f" ]; then
        sz=0
      elif [ -f "$f" ]; then
        sz=$(wc -c <"$f" 2>/dev/null) || {
          hist_unread=1
          continue
        }
        sz=${sz##*[ "$TAB"]}
      else
        continue
      fi
      isnum "$sz" || continue
      jstr "$u"
      uj=$J
      p="${hd%/}/$k"
      jstr "$p"
      hi="$hi,{\"user\":$uj,\"file\":$J,\"size\":$sz}"
      prov "linux.history.files.$hj" "$p"
      hj=$((hj + 1))
    done
  done <<EOF
$homes
EOF
  # /etc/skel: copied into every account created later
  for p in /etc/skel/.ssh/authorized_keys /etc/skel/.ssh/authorized_keys2; do
    lexists "$p" || continue
    if readable "$p"; then
      c=$(grep -c -v -E '^[[:space:]]*(#|$)' "$RP" 2>/dev/null)
      isnum "$c" || c=0
      ak="$ak,{\"user\":\"(skel)\",\"file\":\"$p\",\"keys\":$c,\"source\":\"skel\"}"
    else
      ak_unread=1
    fi
  done
  [ $ak_unread = 0 ] && ACC="${ACC:+$ACC,}\"authorized_keys\":[${ak#,}]"
  [ -n "${AKF_J:-}" ] && ACC="$ACC,\"authorized_keys_file\":{$AKF_J}"
  [ $hist_unread = 0 ] && HIST="\"files\":[${hi#,}]"
fi
}

# ipt_save_count FILE (host path): IPSR = the rules of an iptables-save file (-A/-I lines, as iptables-restore
# reads them), IPSP = its built-in chains whose policy is not ACCEPT (":INPUT DROP [0:0]", or a -P line)
ipt_save_count() {
  IPSR=""
  IPSP=""
  is_o=$(awk '
    { sub(/\r$/, "") }
    /^[ \t]*-[AI][ \t]/ { r++; next }
    /^:[^ \t]+[ \t]+[^ \t]+/ { split($0, w, /[ \t]+/); if (w[2] != "ACCEPT" && w[2] != "-") p++; next }
    /^[ \t]*-P[ \t]/ { if ($3 != "ACCEPT") p++ }
    END { printf "%d %d\n", r, p }' "$1" 2>/dev/null) || return 1
  IPSR=${is_o% *}
  IPSP=${is_o#* }
  isnum "$IPSR" && isnum "$IPSP"
}

# iptables-restore / nft -f run by an enabled unit or by rc.local (file = the unit or rc.local)
# ipr_count TEXT: IPRC = the rules that the command line TEXT loads (iptables-restore FILE or < FILE, nft -f
# FILE, or iptables -A/-I/-P itself), IPRP = the chains it gives a policy other than ACCEPT; IPRC is "" when
# the file cannot be told or read (the caller reports it)
ipr_count() {
  IPRC=""
  IPRP=0
  ic_t=$1
  ic_fs=0
  case $- in *f*) ic_fs=1 ;; esac
  case $ic_t in
    *-restore*) ic_a=${ic_t#*-restore} ;;
    *nft*) ic_a=${ic_t#*-f} ;;
    *iptables*)
      set -f
      # shellcheck disable=SC2086 # the words of the command line
      set -- $ic_t
      [ $ic_fs = 1 ] || set +f
      IPRC=0
      while [ $# -gt 0 ]; do
        case $1 in
          -A | -I | --append | --insert) IPRC=1 ;;
          -P | --policy)
            if [ $# -ge 3 ] && [ "$3" != ACCEPT ]; then IPRP=1; fi
            ;;
        esac
        shift
      done
      return 0
      ;;
    *) return 0 ;;
  esac
  ic_a=${ic_a#*<}
  ic_f=""
  set -f
  for ic_w in $ic_a; do
    case $ic_w in -*) continue ;; /*) ic_f=$ic_w ;; esac
    break
  done
  [ $ic_fs = 1 ] || set +f
  case $ic_f in *'$'* | *'`'* | '') return 0 ;; esac
  readable "$ic_f" || return 0
  case $ic_t in
    *-restore*)
      ipt_save_count "$RP" || return 0
      IPRC=$IPSR
      IPRP=$IPSP
      ;;
    *) nft_rules "$ic_f" 0; IPRC=$NFTC; IPRP=$NFTP ;;
  esac
  isnum "$IPRC" || IPRC=""
}

# ---------------------------------------------------------------------------------------------------
# iptables
# ---------------------------------------------------------------------------------------------------
area_iptables() {
IPT=""
ipt=""
for f in /usr/sbin/iptables /sbin/iptables /usr/bin/iptables /bin/iptables; do
  if exists "$f"; then
    ipt=$f
    break
  fi
done
if [ -n "$ipt" ]; then
  jstr "$ipt"
  IPT="\"installed\":true,\"path\":$J"
else
  IPT="\"installed\":false"
fi
if [ "$MODE" = live ] && [ -n "$ipt" ] && [ $IS_ROOT_USER = 1 ]; then
  if out=$("$ipt" -S 2>/dev/null </dev/null); then
    c=$(printf '%s\n' "$out" | grep -c -E '^-A |^-P [A-Z]+ (DROP|REJECT)')
    isnum "$c" && IPT="$IPT,\"active_rules\":$c"
  fi
fi
per=""
pi=0
per_unread=0
for pair in \
  "/etc/iptables/rules.v4:iptables-persistent:netfilter-persistent.service iptables-persistent.service" \
  "/etc/iptables/rules.v6:iptables-persistent:netfilter-persistent.service iptables-persistent.service" \
  "/etc/iptables.rules::" \
  "/etc/sysconfig/iptables:iptables-services:iptables.service" \
  "/etc/sysconfig/ip6tables:iptables-services:ip6tables.service" \
  "/etc/nftables.conf:nftables:nftables.service" \
  "/etc/sysconfig/nftables.conf:nftables:nftables.service"; do
  f=${pair%%:*}
  mech=${pair#*:}
  units=${mech#*:}
  mech=${mech%%:*}
  lexists "$f" || continue
  if readable "$f"; then
    if [ "$mech" = nftables ]; then
      nft_rules "$f" 0
      c=$NFTC
      np=$NFTP
    else
      ipt_save_count "$RP" || {
        per_unread=1
        continue
      }
      c=$IPSR
      np=$IPSP
    fi
    isnum "$c" || c=0
    isnum "$np" || np=0
    lb=false
    if [ -n "$units" ]; then
      # shellcheck disable=SC2086
      unit_state $units
      [ $UNIT_ENABLED = 1 ] && lb=true
    fi
    jstr "$f"
    o="\"file\":$J,\"rules\":$c,\"non_accept_policies\":$np,\"loaded_at_boot\":$lb"
    [ -n "$mech" ] && o="$o,\"mechanism\":\"$mech\""
    per="$per,{$o}"
    prov "linux.iptables.persisted.$pi" "$f"
    pi=$((pi + 1))
  else
    per_unread=1
  fi
done
enabled_services
glf=$ENABLED_SERVICES
while [ -n "$glf" ]; do
  u=${glf%%"$NL"*}
  glf=${glf#*"$NL"}
  case $u in netfilter-persistent.service | iptables.service | ip6tables.service | nftables.service | iptables-persistent.service) continue ;; esac
  unit_file "$u" || continue
  readable "$UF" || continue
  hit=$(grep -n -E '^[[:space:]]*Exec[A-Za-z]*=.*(iptables-restore|ip6tables-restore|nft[[:space:]]+(-[a-zA-Z]*[[:space:]]+)*-f)' "$RP" 2>/dev/null | head -n 1)
  [ -n "$hit" ] || continue
  ipr_count "${hit#*:}"
  jstr "$UF"
  if [ -n "$IPRC" ]; then
    per="$per,{\"file\":$J,\"rules\":$IPRC,\"non_accept_policies\":$IPRP,\"loaded_at_boot\":true,\"mechanism\":\"iptables-restore\",\"loaded_by\":\"$u\",\"line\":${hit%%:*}}"
  else
    unsupported linux.iptables.persisted "$UF" "${hit%%:*}" "${hit#*:}" "a firewall loader whose rules file the probe cannot tell or read"
  fi
done
if readable /etc/rc.local && [ -x "$RP" ]; then
  # every loader line of rc.local (a policy set to ACCEPT first does not hide a rule added later)
  hits=$(grep -n -E '^[[:space:]]*[^#]*(iptables-restore|ip6tables-restore|nft[[:space:]]+(-[a-zA-Z]*[[:space:]]+)*-f|ip6?tables[[:space:]]+(.*[[:space:]])?-(A|I|P)[[:space:]])' "$RP" 2>/dev/null)
  while IFS= read -r hit; do
    [ -n "$hit" ] || continue
    ipr_count "${hit#*:}"
    if [ -n "$IPRC" ]; then
      [ "$IPRC" -gt 0 ] || [ "$IPRP" -gt 0 ] || continue
      per="$per,{\"file\":\"/etc/rc.local\",\"rules\":$IPRC,\"non_accept_policies\":$IPRP,\"loaded_at_boot\":true,\"mechanism\":\"iptables-restore\",\"loaded_by\":\"rc.local\",\"line\":${hit%%:*}}"
    else
      unsupported linux.iptables.persisted /etc/rc.local "${hit%%:*}" "${hit#*:}" "a firewall loader whose rules file the probe cannot tell or read"
    fi
  done <<EOF
$hits
EOF
fi
fact_firewall_services
per="$per$FWS"
[ $per_unread = 0 ] && IPT="$IPT,\"persisted\":[${per#,}]"
}

# linux.iptables.persisted (firewalld, ufw): firewall services that apply their own rule sets at boot when
# enabled, whatever iptables' own files hold. firewalld: its unit enabled (it then applies the default zone
# of firewalld.conf, read from /etc/firewalld/zones before /usr/lib/firewalld/zones). ufw: ufw.service
# enabled and ENABLED=yes in /etc/ufw/ufw.conf (ufw-init sources that file as shell: the last assignment
# counts, a value made by an expansion is unknown).
fact_firewall_services() {
  FWS=""
  if unit_file firewalld.service; then
    fw_uf=$UF
    unit_state firewalld.service
    lb=false
    [ $UNIT_ENABLED = 1 ] && lb=true
    fw_z=public
    fw_f=$fw_uf
    fw_n=0
    if readable /etc/firewalld/firewalld.conf; then
      fw_l=$(grep -n -E '^[[:space:]]*DefaultZone[[:space:]]*=' "$RP" 2>/dev/null | tail -n 1)
      if [ -n "$fw_l" ]; then
        fw_n=${fw_l%%:*}
        fw_l=${fw_l#*=}
        trim "$fw_l"
        fw_l=${TR#\"}
        fw_l=${fw_l%\"}
        [ -n "$fw_l" ] && fw_z=$fw_l
        fw_f=/etc/firewalld/firewalld.conf
      fi
    fi
    case $fw_z in */* | .*) ;; *)
      for fw_d in /etc/firewalld/zones /usr/lib/firewalld/zones; do
        if lexists "$fw_d/$fw_z.xml"; then
          fw_f=$fw_d/$fw_z.xml
          fw_n=0
          break
        fi
      done
      ;;
    esac
    jstr "$fw_f"
    o="\"file\":$J,\"loaded_at_boot\":$lb,\"mechanism\":\"firewalld\",\"loaded_by\":\"firewalld.service\""
    [ "$fw_n" -gt 0 ] && o="$o,\"line\":$fw_n"
    FWS="$FWS,{$o}"
  fi
  if unit_file ufw.service; then
    unit_state ufw.service
    uf_on=$UNIT_ENABLED
    uf_e=""
    uf_f=/etc/ufw/ufw.conf
    uf_n=0
    uf_ok=1
    # ufw-init-functions sources /etc/default/ufw, then /etc/ufw/ufw.conf
    for uf_c in /etc/default/ufw /etc/ufw/ufw.conf; do
      if readable "$uf_c"; then
        n=0
        while IFS= read -r l || [ -n "$l" ]; do
          n=$((n + 1))
          trim "$l"
          case $TR in
          ENABLED=*)
            uf_e=${TR#ENABLED=}
            uf_e=${uf_e%%[" $TAB"]\#*}
            trim "$uf_e"
            uf_e=$TR
            case $uf_e in \"*\" | \'*\') uf_e=${uf_e#?} uf_e=${uf_e%?} ;; esac
            uf_f=$uf_c
            uf_n=$n
            ;;
          esac
        done <"$RP"
      elif lexists "$uf_c"; then
        uf_ok=0
      fi
    done
    case $uf_e in
    *'$'* | *'`'* | *[" $TAB;&|"]*)
      unsupported linux.iptables.persisted "$uf_f" "$uf_n" "ENABLED=$uf_e" "ufw-init sources this file as shell; the probe does not evaluate this value"
      ;;
    *)
      if [ $uf_ok = 1 ]; then
        lb=false
        # ufw_start loads the rules for ENABLED=yes or YES only
        [ "$uf_on" = 1 ] && { [ "$uf_e" = yes ] || [ "$uf_e" = YES ]; } && lb=true
        jstr "$uf_f"
        o="\"file\":$J,\"loaded_at_boot\":$lb,\"mechanism\":\"ufw\",\"loaded_by\":\"ufw.service\""
        [ "$uf_n" -gt 0 ] && o="$o,\"line\":$uf_n"
        FWS="$FWS,{$o}"
      else
        per_unread=1
      fi
      ;;
    esac
  fi
}

# ---------------------------------------------------------------------------------------------------
# generalization: resolv.conf, DHCP leases, hostname, SSH host keys
# ---------------------------------------------------------------------------------------------------
area_generalization() {
GEN=""
if lexists /etc/resolv.conf; then
  o="\"present\":true,\"file\":\"/etc/resolv.conf\""
  resolve /etc/.
  if [ -L "$RP/resolv.conf" ]; then
    jstr "$(readlink "$RP/resolv.conf")"
    o="$o,\"symlink_to\":$J"
  fi
  if readable /etc/resolv.conf; then
    c=$(grep -c -E '^[[:space:]]*nameserver[[:space:]]' "$RP" 2>/dev/null)
    isnum "$c" && o="$o,\"nameservers\":$c"
  fi
  fact_resolv_conf_kind
  GEN="\"resolv_conf\":{$o,$RCK}"
  prov linux.generalization.resolv_conf /etc/resolv.conf
else
  GEN="\"resolv_conf\":{\"present\":false,\"kind\":\"absent\"}"
fi
a=""
rglob '/var/lib/dhcp/*.lease*' '/var/lib/dhclient/*.lease*' '/var/lib/NetworkManager/*.lease' '/var/lib/NetworkManager/*.lease*' '/var/lib/systemd/netif/leases/*' '/var/lib/wicked/lease-*' '/var/lib/dhcpcd/*.lease*' '/var/lib/dhcpcd5/*.lease*'
gl15=$GLOB
while [ -n "$gl15" ]; do
  f=${gl15%%"$NL"*}
  gl15=${gl15#*"$NL"}
  resolve "$f"
  f=$RP
  [ -f "$f" ] || continue
  p=${f#"$R"}
  case $NL$a in *"$p"*) continue ;; esac
  jstr "$p"
  a="$a,$J"
done
GEN="$GEN,\"dhcp_leases\":[${a#,}]"
if readable /etc/hostname; then
  v=$(grep -v -E '^[[:space:]]*(#|$)' "$RP" 2>/dev/null | head -n 1)
  trim "$v"
  jstr "$TR"
  GEN="$GEN,\"hostname\":{\"value\":$J,\"file\":\"/etc/hostname\"}"
  prov linux.generalization.hostname /etc/hostname 1
elif ! lexists /etc/hostname; then
  GEN="$GEN,\"hostname\":{\"value\":\"\"}"
fi
a=""
k=0
rglob '/etc/ssh/ssh_host_*'
gl16=$GLOB
while [ -n "$gl16" ]; do
  f=${gl16%%"$NL"*}
  gl16=${gl16#*"$NL"}
  resolve "$f"
  f=$RP
  [ -e "$f" ] || [ -L "$f" ] || continue
  p=${f#"$R"}
  jstr "$p"
  a="$a,$J"
  prov "linux.generalization.ssh_host_keys.$k" "$p"
  k=$((k + 1))
done
# HostKey files named in sshd_config (and its Includes) besides the default /etc/ssh/ssh_host_* names
hk_res=$(sshd_parse /etc/ssh/sshd_config 0 '[Hh][Oo][Ss][Tt][Kk][Ee][Yy]' all)
while IFS="$TAB" read -r hk_v hk_f hk_n; do
  [ -n "$hk_v" ] || continue
  if [ "$hk_v" = '!UNREADABLE' ]; then
    unsupported linux.generalization.ssh_host_keys /etc/ssh/sshd_config 0 "" "a file sshd reads for HostKey is not readable"
    continue
  fi
  hk_v=${hk_v#\"}
  hk_v=${hk_v%\"}
  case $hk_v in
  /*) ;;
  *)
    unsupported linux.generalization.ssh_host_keys "$hk_f" "$hk_n" "HostKey $hk_v" "a HostKey path that is not absolute"
    continue
    ;;
  esac
  lexists "$hk_v" || continue
  jstr "$hk_v"
  case "$a," in *",$J,"*) continue ;; esac
  a="$a,$J"
  prov "linux.generalization.ssh_host_keys.$k" "$hk_f" "$hk_n"
  k=$((k + 1))
done <<HKEOF
$hk_res
HKEOF
GEN="$GEN,\"ssh_host_keys\":[${a#,}]"
fact_provisioning_state
GEN="$GEN,\"provisioning_state\":[${PST#,}]"
}

# ---------------------------------------------------------------------------------------------------
# sudoers: Defaults targetpw
# ---------------------------------------------------------------------------------------------------
area_sudoers() {
SUDO=""
sfiles="/etc/sudoers"
rglob '/etc/sudoers.d/*'
gl17=$GLOB
while [ -n "$gl17" ]; do
  f=${gl17%%"$NL"*}
  gl17=${gl17#*"$NL"}
  resolve "$f"
  f=$RP
  [ -f "$f" ] || continue
  case ${f##*/} in *~ | *.*) continue ;; esac
  sfiles="$sfiles$NL${f#"$R"}"
done
s_unread=0
a=""
si=0
if lexists /etc/sudoers; then
  while IFS= read -r f; do
    if readable "$f"; then
      hits=$(grep -n -E '^[[:space:]]*Defaults([:@>!][^[:space:]]*)?[[:space:]](.*[[:space:],])?targetpw([[:space:],]|$)' "$RP" 2>/dev/null)
      while IFS= read -r hl; do
        [ -n "$hl" ] || continue
        n=${hl%%:*}
        jstr "$f"
        fj=$J
        jstr "${hl#*:}"
        a="$a,{\"file\":$fj,\"line\":$n,\"text\":$J}"
        prov "linux.sudoers.targetpw.$si" "$f" "$n"
        si=$((si + 1))
      done <<EOF
$hits
EOF
    else
      s_unread=1
    fi
  done <<EOF
$sfiles
EOF
  [ $s_unread = 0 ] && SUDO="\"targetpw\":[${a#,}]"
elif ! lexists /etc/sudoers; then
  SUDO="\"targetpw\":[]"
fi
}

# ---------------------------------------------------------------------------------------------------
# the document
# ---------------------------------------------------------------------------------------------------
write_document() {
P="\"version\":\"$PROBE_VERSION\",\"mode\":\"$MODE\""
if [ "$MODE" = root ]; then
  jstr "$R"
  P="$P,\"root\":$J"
fi
a=""
set -f
IFS_SAVE=$IFS
IFS=$NL
for f in $UNREADABLE; do
  jstr "$f"
  a="$a,$J"
done
IFS=$IFS_SAVE
set +f
P="$P,\"unreadable\":[${a#,}]"

L="\"probe\":{$P}"
[ -n "$KERNEL" ] && L="$L,\"kernel\":{$KERNEL}"
[ -n "$BOOT" ] && L="$L,\"boot\":{${BOOT#,}}"
L="$L,\"waagent\":{$WA}"
L="$L,\"python\":{$PY}"
L="$L,\"openssl\":{$SSL}"
[ -n "$ST" ] && L="$L,\"storage\":{$ST}"
L="$L,\"ssh\":{$SSH}"
L="$L,\"network\":{$NET,\"stack\":[${NST#,}],\"persistent_names\":[${PN#,}]}"
[ -n "$UPD" ] && L="$L,\"updates\":{$UPD}"
[ -n "$ACC" ] && L="$L,\"accounts\":{$ACC}"
[ -n "$HIST" ] && L="$L,\"history\":{$HIST}"
L="$L,\"iptables\":{$IPT}"
L="$L,\"generalization\":{$GEN}"
L="$L,\"cloud_init\":{$CI}"
L="$L,\"unsupported\":[${UNSUP#,}]"
[ -n "$ROOTPW" ] && L="$L,\"root_password\":{$ROOTPW}"
[ -n "$SUDO" ] && L="$L,\"sudoers\":{$SUDO}"

printf '{"schema_version":1,"stage":"%s","os":{%s},"linux":{%s},"provenance":{%s}}\n' \
  "$STAGE" "$OS" "$L" "${PROV#,}"
}

# ---------------------------------------------------------------------------------------------------
# main: every area in order (later areas read what earlier ones found), then the one writer
# ---------------------------------------------------------------------------------------------------
area_os
area_boot
area_kernel
area_waagent
area_python
area_openssl
area_storage
area_ssh
area_network
area_updates
area_accounts
area_iptables
area_generalization
area_sudoers
fact_network_stack
fact_persistent_names
fact_cloud_init
write_document
