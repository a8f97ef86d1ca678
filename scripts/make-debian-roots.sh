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
#
# Each root is rebuilt when this script changes (its sha256 is stored beside the root as <root>.key).
# The Debian mirror is taken from this machine's own apt sources at run time. Needs root, debootstrap.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
cache="${VMIP_ROOTS_DIR:-$here/.cache/roots}"
suite=bookworm
key="$(sha256sum "$0" | cut -c1-16)"
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

# Writes the apt sources of the root (from this machine's mirrors).
write_sources() {
  local r="$1"
  {
    echo "deb $mirror $suite main"
    echo "deb $mirror $suite-updates main"
    [ -n "$security" ] && echo "deb $security $suite-security main"
  } > "$r/etc/apt/sources.list"
}

# Leaves the root as `waagent -deprovision` plus the guide's recommendations would: no resolv.conf, no
# leases, hostname localhost.localdomain, no SSH host keys, root password deleted, keep-alive 180, DHCP eth0.
deprovision() {
  local r="$1"
  rm -f "$r/etc/resolv.conf" "$r"/var/lib/dhcp/*.leases "$r"/etc/ssh/ssh_host_*
  echo localhost.localdomain > "$r/etc/hostname"
  sed -i 's/^root:[^:]*:/root:*:/' "$r/etc/shadow"
  rm -f "$r/root/.bash_history"
}

configure_base() {
  local r="$1"
  # fstab: a single ext4 root partition, no swap.
  cat > "$r/etc/fstab" << 'EOF'
# /etc/fstab: static file system information.
UUID=2f0e6a5c-3b1f-4d6e-9a57-0d1c2b3a4f5e / ext4 rw,discard,errors=remount-ro,x-systemd.growfs 0 1
EOF
  # ifupdown: the primary NIC comes up at boot with DHCP.
  mkdir -p "$r/etc/network/interfaces.d"
  cat > "$r/etc/network/interfaces" << 'EOF'
# The loopback network interface
auto lo
iface lo inet loopback

source /etc/network/interfaces.d/*

# The primary network interface
allow-hotplug eth0
iface eth0 inet dhcp
EOF
  # grub: the kernel command line the guide requires (§2.5), in the defaults and in a generated config.
  mkdir -p "$r/etc/default/grub.d" "$r/boot/grub"
  cat > "$r/etc/default/grub" << 'EOF'
# If you change this file, run 'update-grub' afterwards to update /boot/grub/grub.cfg.
GRUB_DEFAULT=0
GRUB_TIMEOUT=1
GRUB_DISTRIBUTOR=`lsb_release -i -s 2> /dev/null || echo Debian`
GRUB_CMDLINE_LINUX_DEFAULT=""
GRUB_CMDLINE_LINUX="console=tty0 console=ttyS0,115200n8 earlyprintk=ttyS0,115200 rootdelay=300"
GRUB_TERMINAL="console serial"
GRUB_SERIAL_COMMAND="serial --speed=115200"
EOF
  local kver
  kver="$(find "$r/lib/modules" -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -1)"
  cat > "$r/boot/grub/grub.cfg" << EOF
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
	linux	/boot/vmlinuz-$kver root=UUID=2f0e6a5c-3b1f-4d6e-9a57-0d1c2b3a4f5e ro  console=tty0 console=ttyS0,115200n8 earlyprintk=ttyS0,115200 rootdelay=300
	echo	'Loading initial ramdisk ...'
	initrd	/boot/initrd.img-$kver
}
EOF
  # sshd keep-alive as the guide recommends (§2.6), in a drop-in as Debian does it.
  mkdir -p "$r/etc/ssh/sshd_config.d"
  printf '# Azure Marketplace: keep idle sessions alive (guide 2.6)\nClientAliveInterval 180\n' \
    > "$r/etc/ssh/sshd_config.d/50-azure.conf"
  # The agent: regenerate host keys and delete the root password on deprovision, auto-update on.
  sed -i -e 's/^Provisioning.RegenerateSshHostKeyPair=.*/Provisioning.RegenerateSshHostKeyPair=y/' \
    -e 's/^Provisioning.DeleteRootPassword=.*/Provisioning.DeleteRootPassword=y/' \
    -e 's/^AutoUpdate.Enabled=.*/AutoUpdate.Enabled=y/' "$r/etc/waagent.conf"
  grep -q '^Provisioning.RegenerateSshHostKeyPair=' "$r/etc/waagent.conf" ||
    echo 'Provisioning.RegenerateSshHostKeyPair=y' >> "$r/etc/waagent.conf"
  grep -q '^Provisioning.DeleteRootPassword=' "$r/etc/waagent.conf" ||
    echo 'Provisioning.DeleteRootPassword=y' >> "$r/etc/waagent.conf"
  grep -q '^AutoUpdate.Enabled=' "$r/etc/waagent.conf" || echo 'AutoUpdate.Enabled=y' >> "$r/etc/waagent.conf"
  deprovision "$r"
}

fresh() { # name -> true when the cached root is current
  [ "$force" = 0 ] && [ -d "$cache/$1" ] && [ -f "$cache/$1.key" ] && [ "$(cat "$cache/$1.key")" = "$key" ]
}

build_base() {
  local r="$cache/base.tmp"
  rm -rf "$r"
  mkdir -p "$cache"
  log "debootstrap $suite (minbase) from the machine's mirror"
  debootstrap --variant=minbase --include=ca-certificates "$suite" "$r" "$mirror" > "$cache/base.log" 2>&1 ||
    die "debootstrap failed, see $cache/base.log"
  write_sources "$r"
  printf '#!/bin/sh\nexit 101\n' > "$r/usr/sbin/policy-rc.d"
  chmod 755 "$r/usr/sbin/policy-rc.d"
  chroot_mounts "$r"
  log "installing packages in the root"
  {
    in_root "$r" apt-get update -q &&
      in_root "$r" apt-get -y -q dist-upgrade &&
      in_root "$r" apt-get install -y -q --no-install-recommends \
        waagent openssh-server iptables python3-pyasn1 openssl ifupdown isc-dhcp-client \
        linux-image-cloud-amd64 systemd systemd-sysv dbus libpam-systemd
  } >> "$cache/base.log" 2>&1 || die "package installation failed, see $cache/base.log"
  in_root "$r" apt-get clean
  cleanup
  rm -f "$r/usr/sbin/policy-rc.d"
  configure_base "$r"
  rm -rf "$cache/base"
  mv "$r" "$cache/base"
  echo "$key" > "$cache/base.key"
}

build_nm() {
  local r="$cache/nm.tmp"
  rm -rf "$r"
  cp -a --reflink=auto "$cache/base" "$r"
  printf '#!/bin/sh\nexit 101\n' > "$r/usr/sbin/policy-rc.d"
  chmod 755 "$r/usr/sbin/policy-rc.d"
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
  rm -f "$r/usr/sbin/policy-rc.d"
  deprovision "$r"
  rm -rf "$cache/nm"
  mv "$r" "$cache/nm"
  echo "$key" > "$cache/nm.key"
}

start=$(date +%s)
if fresh base; then log "base root is current ($cache/base)"; else build_base; fi
if fresh nm; then log "nm root is current ($cache/nm)"; else build_nm; fi
log "done in $(($(date +%s) - start)) s"
echo "$cache/base"
echo "$cache/nm"
