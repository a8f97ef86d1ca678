# METADATA
# title: No default account that is the same on every instance
# description: |
#   No account may be identical on every VM made from the image: no usable password for any account (a
#   hash in /etc/shadow or in the /etc/passwd password field, or an empty field, which allows a
#   password-less login; '*', '!...' and '*LOCK*' are locked), and no authorized_keys for any user, read
#   where sshd reads them (AuthorizedKeysFile; by default .ssh/authorized_keys and authorized_keys2) and in
#   /etc/skel, which is copied to every new user. cloud-init's "please login as" command= stub in root's
#   file grants no login and is not a key. The root password is AZMP-LNX-027's. Judged at the build
#   stage: a deployed VM has its provisioned user.
# scope: package
# custom:
#   id: AZMP-LNX-022
#   severity: error
#   guide: "§2.8"
#   stage: build
#   facts: [linux.accounts.passwords, linux.accounts.password_hashes, linux.accounts.authorized_keys, linux.accounts.authorized_keys_file, linux.unsupported]
#   remediation: |
#     Delete the build user (waagent -force -deprovision+user deletes the last provisioned one, or userdel
#     -r), lock the password of every other account (passwd -l; an emptied field from passwd -d is a
#     password-less login, not a locked one), and delete every authorized_keys file the message names,
#     including /etc/skel's.
package vmimage.rules.linux.no_default_accounts

import data.vmimage.lib
import data.vmimage.lib.linux

acc := input.linux.accounts

skip contains m if some m in linux.skips("build")

missing contains p if some p in linux.needs("build")

missing contains "linux.accounts.passwords" if {
	not lib.has("linux.accounts.passwords")
	not lib.has("linux.accounts.password_hashes")
}

missing contains "linux.accounts.authorized_keys" if not lib.has("linux.accounts.authorized_keys")

missing contains m if some m in linux.unsupported(["linux.accounts.passwords", "linux.accounts.password_hashes", "linux.accounts.authorized_keys"])

# Usable passwords of accounts other than root: the per-account states, and the hashes older probes
# report (password_hashes) for users the states do not already name.
from_states := [{"p": p, "fact": sprintf("linux.accounts.passwords.%d", [i])} |
	some i, p in object.get(acc, "passwords", [])
	p.user != "root"
	p.state in {"hash", "empty"}
]

named contains u.p.user if some u in from_states

from_hashes := [{"p": object.union(p, {"state": "hash"}), "fact": sprintf("linux.accounts.password_hashes.%d", [i])} |
	some i, p in object.get(acc, "password_hashes", [])
	p.user != "root"
	not p.user in named
]

usable := array.concat(from_states, from_hashes)

deny contains {"msg": msg, "fact": u.fact} if {
	some u in usable
	u.p.state == "hash"
	msg := sprintf("user %s has a password hash in %s, the same on every VM; the guide forbids default accounts that are the same on every instance (§2.8): delete the user or lock it (passwd -l %s)", [u.p.user, linux.where(u.p), u.p.user])
}

deny contains {"msg": msg, "fact": u.fact} if {
	some u in usable
	u.p.state == "empty"
	msg := sprintf("user %s has an empty password field in %s, which allows a password-less login; the guide forbids default accounts that are the same on every instance (§2.8): lock it (passwd -l %s or usermod -p '*' %s) or delete the user", [u.p.user, linux.where(u.p), u.p.user, u.p.user])
}

read_by(k) := " (copied into the home of every new user)" if object.get(k, "source", "sshd") == "skel"

read_by(k) := sprintf(" (read by sshd through AuthorizedKeysFile %s)", [concat(" ", acc.authorized_keys_file.value)]) if {
	object.get(k, "source", "sshd") != "skel"
	acc.authorized_keys_file
}

read_by(k) := "" if {
	object.get(k, "source", "sshd") != "skel"
	not acc.authorized_keys_file
}

deny contains {"msg": msg, "fact": sprintf("linux.accounts.authorized_keys.%d", [i])} if {
	some i, k in acc.authorized_keys
	k.keys > 0
	msg := sprintf("%s holds %d key(s) for %s%s; the guide forbids default accounts that are the same on every instance (§2.8): delete the file", [k.file, k.keys, k.user, read_by(k)])
}

stubs := sum([object.get(k, "stubs", 0) | some k in acc.authorized_keys])

stub_text := sprintf("; %d cloud-init login stub line(s), which grant no login", [stubs]) if stubs > 0

stub_text := "" if stubs == 0

ok contains msg if {
	count(usable) == 0
	count([k | some k in acc.authorized_keys; k.keys > 0]) == 0
	msg := sprintf("no usable passwords (other than root's, AZMP-LNX-027) and no authorized keys%s", [stub_text])
}
