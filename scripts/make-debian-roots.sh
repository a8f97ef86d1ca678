#!/usr/bin/env bash
# Builds the Debian bookworm roots the Linux probe tests run against, once, cached under .cache/roots/.
#
#   scripts/make-debian-roots.sh          # build what is missing or stale, print the root paths
#   scripts/make-debian-roots.sh --force  # rebuild
#
#   .cache/roots/base   compliant build-stage root: minbase + waagent, openssh-server, iptables,
#                       python3-pyasn1, openssl, ifupdown, isc-dhcp-client, linux-image-cloud-amd64,
#                       grub config; deprovisioned the way `waagent -deprovision` would leave it
#   .cache/roots/nm     the same plus network-manager (installed for real; Debian's waagent conflicts
#                       with it, so waagent is put back with dpkg --force-conflicts)
#   .cache/roots/ci     recipe 2, the cloud-init family: its own debootstrap with cloud-init (Azure
#                       datasource, Provisioning.Agent=cloud-init), netplan.io matching the NIC by driver
#                       hv_netvsc with DHCP, systemd-networkd and systemd-resolved enabled, /etc/resolv.conf
#                       the relative link to resolved's stub, the kernel command line in
#                       /etc/default/grub.d/50-cloudimg-settings.cfg; deprovisioned as such an image is
#                       (cloud-init clean, the agent's state removed)
#
# The roots go under ${VMIP_ROOTS_DIR:-.cache/roots}. Each root has its own key (a hash of the functions
# that build it, stored beside the root as <root>.key), so editing one recipe rebuilds only that root
# (and nm when base changes). Downloaded packages are kept in <roots>/debs and shared by the debootstraps.
# The Debian mirror is taken from this machine's own apt sources at run time. Needs root, debootstrap.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
cache="$(realpath -m -- "${VMIP_ROOTS_DIR:-$here/.cache/roots}")"
suite=bookworm
force=0
[ "${1:-}" = --force ] && force=1

log() { printf '[make-debian-roots] %s\n' "$*" >&2; }
die() {
  log "error: $*"
  exit 1
}

[ "$(id -u)" = 0 ] || die "needs root (debootstrap, chroot)"
command -v debootstrap > /dev/null || die "debootstrap is not installed (apt-get install debootstrap)"

# --- mirrors from the machine's own apt sources (one-line .list and deb822 .sources) -------------
# Prints "URI SUITE" for every deb source, http(s) only.
apt_sources() {
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    awk '$1 == "deb" { i = 2; if ($2 ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ } print $i, $(i + 1) }' "$f"
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk 'function flush() { if (types ~ /(^| )deb( |$)/ && enabled != "no") { n = split(uris, u, " "); m = split(suites, s, " "); for (i = 1; i <= n; i++) for (j = 1; j <= m; j++) print u[i], s[j] } types = uris = suites = ""; enabled = "" }
         /^[ \t]*$/ { flush(); next }
         /^#/ { next }
         { k = tolower($1); sub(/:$/, "", k); v = $0; sub(/^[^:]*:[ \t]*/, "", v) }
         k == "types" { types = v } k == "uris" { uris = v } k == "suites" { suites = v } k == "enabled" { enabled = tolower(v) }
         END { flush() }' "$f"
  done
}
mirror="$(apt_sources | awk -v s="$suite" '$2 == s && $1 ~ /^https?:/ { print $1; exit }')"
security="$(apt_sources | awk -v s="$suite-security" '$2 == s && $1 ~ /^https?:/ { print $1; exit }')"
[ -n "$mirror" ] || die "no '$suite' source in /etc/apt/sources.list* to take the mirror from"
[ -n "$security" ] || log "warning: no '$suite-security' source found; the root will have no security list"

# --- chroot helpers ---------------------------------------------------------------------------------
mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2> /dev/null || true; done
  mounted=()
}
trap cleanup EXIT
chroot_mounts() {
  mount -t proc proc "$1/proc" && mounted+=("$1/proc")
  mount -t sysfs sys "$1/sys" && mounted+=("$1/sys")
  mount --bind /dev "$1/dev" && mounted+=("$1/dev")
  mount --bind /dev/pts "$1/dev/pts" && mounted+=("$1/dev/pts")
}
in_root() { # root cmd...
  local r="$1"
  shift
  chroot "$r" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    LC_ALL=C "$@"
}

# Refuses any root path that is not a directory under the cache (an empty or stray variable must never
# reach the host's /etc), and any path with something still mounted below it.
guard_root() {
  : "${1:?guard_root: empty root}"
  case "$1" in
    "$cache"/?*) ;;
    *) die "refusing to work on '$1' (not under $cache)" ;;
  esac
  [ "$1" != / ] || die "refusing to work on /"
}
no_mounts_below() {
  : "${1:?}"
  ! awk -v p="$1" '$2 == p || index($2, p "/") == 1 { found = 1 } END { exit !found }' /proc/mounts ||
    die "something is still mounted under $1; unmount it first"
}
# Removes a root directory (never across file systems, never with a mount inside).
remove_root() {
  local r="${1:?}"
  guard_root "$r"
  [ -e "$r" ] || return 0
  no_mounts_below "$r"
  rm -rf --one-file-system -- "$r"
}

# Writes the apt sources of the root (from this machine's mirrors).
write_sources() {
  local r="${1:?}"
  guard_root "$r"
  {
    echo "deb $mirror $suite main"
    echo "deb $mirror $suite-updates main"
    [ -n "$security" ] && echo "deb $security $suite-security main"
  } > "$r/etc/apt/sources.list"
}

# Services never start inside the chroot.
no_services() {
  local r="${1:?}"
  guard_root "$r"
  printf '#!/bin/sh\nexit 101\n' > "$r/usr/sbin/policy-rc.d"
  chmod 755 "$r/usr/sbin/policy-rc.d"
}
services_again() {
  local r="${1:?}"
  guard_root "$r"
  rm -f "$r/usr/sbin/policy-rc.d"
}

# debootstrap minbase into r, then the packages (in the chroot), logging to the root's log.
bootstrap_root() { # root log packages...
  local r="${1:?}" logf="${2:?}"
  shift 2
  guard_root "$r"
  remove_root "$r"
  mkdir -p "$cache/debs"
  log "debootstrap $suite (minbase) from the machine's mirror into $r"
  debootstrap --variant=minbase --include=ca-certificates --cache-dir="$cache/debs" \
    "$suite" "$r" "$mirror" > "$logf" 2>&1 || die "debootstrap failed, see $logf"
  write_sources "$r"
  no_services "$r"
  chroot_mounts "$r"
  log "installing packages in $r: $*"
  {
    in_root "$r" apt-get update -q &&
      in_root "$r" apt-get -y -q dist-upgrade &&
      in_root "$r" apt-get install -y -q --no-install-recommends "$@"
  } >> "$logf" 2>&1 || die "package installation failed, see $logf"
  in_root "$r" apt-get clean
  cleanup
  services_again "$r"
}

# fstab: a single ext4 root partition, no swap.
single_root_fstab() {
  local r="${1:?}"
  guard_root "$r"
  cat > "$r/etc/fstab" << 'FSTAB'
# /etc/fstab: static file system information.
UUID=2f0e6a5c-3b1f-4d6e-9a57-0d1c2b3a4f5e / ext4 rw,discard,errors=remount-ro,x-systemd.growfs 0 1
FSTAB
}

# A grub.cfg as grub-mkconfig writes it, with the given kernel parameters.
write_grub_cfg() { # root params
  local r="${1:?}" params="${2:?}" kver
  guard_root "$r"
  mkdir -p "$r/boot/grub"
  kver="$(find "$r/lib/modules" -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -1)"
  cat > "$r/boot/grub/grub.cfg" << GRUBCFG
#
# DO NOT EDIT THIS FILE
#
# It is automatically generated by grub-mkconfig using templates
# from /etc/grub.d and settings from /etc/default/grub
#
set default="0"
set timeout=1
serial --speed=115200
terminal_input console serial
terminal_output console serial
menuentry 'Debian GNU/Linux' --class debian --class gnu-linux --class gnu --class os {
	insmod part_gpt
	insmod ext2
	search --no-floppy --fs-uuid --set=root 2f0e6a5c-3b1f-4d6e-9a57-0d1c2b3a4f5e
	echo	'Loading Linux $kver ...'
	linux	/boot/vmlinuz-$kver root=UUID=2f0e6a5c-3b1f-4d6e-9a57-0d1c2b3a4f5e ro  $params
	echo	'Loading initial ramdisk ...'
	initrd	/boot/initrd.img-$kver
}
GRUBCFG
}

# sshd keep-alive as the guide recommends (§2.6), in a drop-in as Debian does it.
sshd_keepalive() { # root seconds
  local r="${1:?}" secs="${2:?}"
  guard_root "$r"
  mkdir -p "$r/etc/ssh/sshd_config.d"
  printf '# Azure Marketplace: keep idle sessions alive (guide 2.6)\nClientAliveInterval %s\n' "$secs" \
    > "$r/etc/ssh/sshd_config.d/50-azure.conf"
}

# Sets KEY=VALUE in the root's waagent.conf (replaces the key's lines, or appends).
waagent_set() { # root key value
  local r="${1:?}" k="${2:?}" v="${3?}" f
  guard_root "$r"
  f="$r/etc/waagent.conf"
  [ -f "$f" ] || die "$f is missing"
  if grep -q "^$k=" "$f"; then
    K="$k" V="$v" awk 'index($0, ENVIRON["K"] "=") == 1 { print ENVIRON["K"] "=" ENVIRON["V"]; next } { print }' \
      "$f" > "$f.new" && cat "$f.new" > "$f" && rm -f "$f.new"
  else
    printf '%s=%s\n' "$k" "$v" >> "$f"
  fi
}

# The generalization `waagent -deprovision` plus the guide's recommendations leave: no resolv.conf, no
# leases, hostname localhost.localdomain, no SSH host keys, root password deleted, no history.
deprovision_agent() {
  local r="${1:?}"
  guard_root "$r"
  rm -f "$r/etc/resolv.conf" "$r"/var/lib/dhcp/*.leases "$r"/etc/ssh/ssh_host_*
  echo localhost.localdomain > "$r/etc/hostname"
  sed -i 's/^root:[^:]*:/root:*:/' "$r/etc/shadow"
  rm -f "$r/root/.bash_history"
}

# Recipe 1 (base): ifupdown with DHCP on eth0, the agent provisions.
configure_base() {
  local r="${1:?}"
  guard_root "$r"
  single_root_fstab "$r"
  # ifupdown: the primary NIC comes up at boot with DHCP.
  mkdir -p "$r/etc/network/interfaces.d"
  cat > "$r/etc/network/interfaces" << 'IFACES'
# The loopback network interface
auto lo
iface lo inet loopback

source /etc/network/interfaces.d/*

# The primary network interface
allow-hotplug eth0
iface eth0 inet dhcp
IFACES
  # grub: the kernel command line the guide requires (§2.5), in the defaults and in a generated config.
  mkdir -p "$r/etc/default/grub.d"
  cat > "$r/etc/default/grub" << 'GRUB'
# If you change this file, run 'update-grub' afterwards to update /boot/grub/grub.cfg.
GRUB_DEFAULT=0
GRUB_TIMEOUT=1
GRUB_DISTRIBUTOR=`lsb_release -i -s 2> /dev/null || echo Debian`
GRUB_CMDLINE_LINUX_DEFAULT=""
GRUB_CMDLINE_LINUX="console=tty0 console=ttyS0,115200n8 earlyprintk=ttyS0,115200 rootdelay=300"
GRUB_TERMINAL="console serial"
GRUB_SERIAL_COMMAND="serial --speed=115200"
GRUB
  write_grub_cfg "$r" 'console=tty0 console=ttyS0,115200n8 earlyprintk=ttyS0,115200 rootdelay=300'
  sshd_keepalive "$r" 180
  agent_provisions "$r"
  deprovision_agent "$r"
}

# The agent provisions (Debian's waagent.conf names cloud-init, which these roots do not have), regenerates
# host keys and deletes the root password on deprovision; auto-update on.
agent_provisions() {
  local r="${1:?}"
  guard_root "$r"
  waagent_set "$r" Provisioning.Agent waagent
  waagent_set "$r" Provisioning.RegenerateSshHostKeyPair y
  waagent_set "$r" Provisioning.DeleteRootPassword y
  waagent_set "$r" AutoUpdate.Enabled y
}

build_base() {
  local r="$cache/base.tmp"
  bootstrap_root "$r" "$cache/base.log" \
    waagent openssh-server iptables python3-pyasn1 openssl ifupdown isc-dhcp-client \
    linux-image-cloud-amd64 systemd systemd-sysv dbus libpam-systemd
  configure_base "$r"
  remove_root "$cache/base"
  mv "$r" "$cache/base"
}

# Recipe 3 (nm): base plus NetworkManager, installed for real.
build_nm() {
  local r="$cache/nm.tmp"
  guard_root "$r"
  remove_root "$r"
  cp -a --reflink=auto "$cache/base" "$r"
  no_services "$r"
  cp /etc/resolv.conf "$r/etc/resolv.conf" 2> /dev/null || true
  chroot_mounts "$r"
  log "installing network-manager in a copy of the base root"
  {
    in_root "$r" apt-get install -y -q --no-install-recommends network-manager &&
      in_root "$r" apt-get download waagent &&
      in_root "$r" sh -c 'dpkg -i --force-conflicts --force-confold ./waagent_*.deb && rm -f ./waagent_*.deb'
  } > "$cache/nm.log" 2>&1 || die "network-manager installation failed, see $cache/nm.log"
  in_root "$r" apt-get clean
  cleanup
  services_again "$r"
  agent_provisions "$r"
  deprovision_agent "$r"
  remove_root "$cache/nm"
  mv "$r" "$cache/nm"
}

# Recipe 2 (ci): the cloud-init family (as Ubuntu's and Debian's cloud images are made): cloud-init with
# the Azure datasource provisions, the agent only handles extensions; netplan renders systemd-networkd
# config for the NIC matched by its driver; systemd-resolved owns /etc/resolv.conf through its stub.
configure_ci() {
  local r="${1:?}"
  guard_root "$r"
  single_root_fstab "$r"
  # ifupdown stays installed (the guide asks for ifup/ifdown) but configures only the loopback.
  mkdir -p "$r/etc/network/interfaces.d"
  cat > "$r/etc/network/interfaces" << 'IFACES'
# interfaces(5) file used by ifup(8) and ifdown(8)
# The network is configured by netplan (/etc/netplan) and systemd-networkd.
auto lo
iface lo inet loopback

source /etc/network/interfaces.d/*
IFACES
  # netplan: the Azure NIC by its driver, DHCP (as cloud-init writes it on Azure).
  mkdir -p "$r/etc/netplan"
  cat > "$r/etc/netplan/50-cloud-init.yaml" << 'NETPLAN'
# This file is generated from information provided by the datasource.  Changes
# to it will not persist across an instance reboot.
network:
    version: 2
    ethernets:
        eth0:
            dhcp4: true
            match:
                driver: hv_netvsc
            set-name: eth0
NETPLAN
  chmod 600 "$r/etc/netplan/50-cloud-init.yaml"
  # systemd-networkd and systemd-resolved at boot; resolv.conf is resolved's stub, by a relative link.
  in_root "$r" systemctl enable systemd-networkd.service systemd-resolved.service > /dev/null 2>&1 ||
    die "systemctl enable failed in $r"
  rm -f "$r/etc/resolv.conf"
  ln -s ../run/systemd/resolve/stub-resolv.conf "$r/etc/resolv.conf"
  # cloud-init: only the Azure datasource.
  mkdir -p "$r/etc/cloud/cloud.cfg.d"
  printf '# to update this file, run dpkg-reconfigure cloud-init\ndatasource_list: [ Azure ]\n' \
    > "$r/etc/cloud/cloud.cfg.d/90_dpkg.cfg"
  # grub: Debian's defaults, and the kernel command line in the cloud image drop-in.
  mkdir -p "$r/etc/default/grub.d"
  cat > "$r/etc/default/grub" << 'GRUB'
# If you change this file, run 'update-grub' afterwards to update /boot/grub/grub.cfg.
GRUB_DEFAULT=0
GRUB_TIMEOUT=5
GRUB_DISTRIBUTOR=`lsb_release -i -s 2> /dev/null || echo Debian`
GRUB_CMDLINE_LINUX_DEFAULT="quiet"
GRUB_CMDLINE_LINUX=""
GRUB
  cat > "$r/etc/default/grub.d/50-cloudimg-settings.cfg" << 'CLOUDIMG'
# Cloud Image specific Grub settings for Generic Cloud Images
# CLOUD_IMG: This file was created/modified by the Cloud Image build process

# Set the recordfail timeout
GRUB_RECORDFAIL_TIMEOUT=0

# Do not wait on grub prompt
GRUB_TIMEOUT=0

# Set the default commandline
GRUB_CMDLINE_LINUX_DEFAULT="console=tty1 console=ttyS0 earlyprintk=ttyS0 rootdelay=300"

# Set the grub console type
GRUB_TERMINAL=serial
CLOUDIMG
  write_grub_cfg "$r" 'console=tty1 console=ttyS0 earlyprintk=ttyS0 rootdelay=300'
  sshd_keepalive "$r" 180
  # The agent: cloud-init provisions; the agent neither formats the resource disk nor makes swap.
  waagent_set "$r" Provisioning.Agent cloud-init
  waagent_set "$r" Provisioning.RegenerateSshHostKeyPair y
  waagent_set "$r" Provisioning.DeleteRootPassword y
  waagent_set "$r" ResourceDisk.Format n
  waagent_set "$r" ResourceDisk.EnableSwap n
  waagent_set "$r" AutoUpdate.Enabled y
  deprovision_ci "$r"
}

# As such an image is generalized: `cloud-init clean --logs --seed` (instance state, logs, seed), the
# agent's state, host keys, machine-id, leases, hostname, root password, history; resolv.conf stays the
# stub link (resolved rewrites the stub at boot).
deprovision_ci() {
  local r="${1:?}"
  guard_root "$r"
  rm -rf --one-file-system "$r"/var/lib/cloud/* "$r"/var/lib/waagent/*
  rm -f "$r"/var/log/cloud-init*.log "$r"/var/log/waagent.log "$r"/etc/ssh/ssh_host_*
  rm -f "$r"/var/lib/dhcp/*.leases "$r"/var/lib/systemd/network/*
  : > "$r/etc/machine-id"
  echo localhost.localdomain > "$r/etc/hostname"
  sed -i 's/^root:[^:]*:/root:*:/' "$r/etc/shadow"
  rm -f "$r/root/.bash_history"
}

build_ci() {
  local r="$cache/ci.tmp"
  bootstrap_root "$r" "$cache/ci.log" \
    waagent cloud-init netplan.io systemd-resolved openssh-server iptables python3-pyasn1 openssl \
    ifupdown isc-dhcp-client linux-image-cloud-amd64 systemd systemd-sysv dbus libpam-systemd
  configure_ci "$r"
  remove_root "$cache/ci"
  mv "$r" "$cache/ci"
}

# --- keys: each root's key is the hash of the functions that build it -----------------------------
shared="guard_root no_mounts_below remove_root write_sources no_services services_again bootstrap_root
  chroot_mounts in_root single_root_fstab write_grub_cfg sshd_keepalive waagent_set"
key_of() { # function names...
  # shellcheck disable=SC2086 # the lists are function names
  { echo "$suite"; declare -f $shared "$@"; } | sha256sum | cut -c1-16
}
key_base="$(key_of build_base configure_base agent_provisions deprovision_agent)"
key_nm="$(key_of build_nm agent_provisions deprovision_agent)-$key_base"
key_ci="$(key_of build_ci configure_ci deprovision_ci)"

fresh() { # name key -> true when the cached root is current
  [ "$force" = 0 ] && [ -d "$cache/$1" ] && [ -f "$cache/$1.key" ] && [ "$(cat "$cache/$1.key")" = "$2" ]
}
build() { # name key
  local t0
  if fresh "$1" "$2"; then
    log "$1 root is current ($cache/$1)"
    return
  fi
  t0=$(date +%s)
  rm -f "$cache/$1.key"
  "build_$1"
  echo "$2" > "$cache/$1.key"
  log "built the $1 root in $(($(date +%s) - t0)) s"
}

mkdir -p "$cache"
start=$(date +%s)
build base "$key_base"
build nm "$key_nm"
build ci "$key_ci"
log "done in $(($(date +%s) - start)) s"
echo "$cache/base"
echo "$cache/nm"
echo "$cache/ci"
