# METADATA
# title: No default account that is the same on every instance
# description: |
#   No account may be identical on every VM made from the image: no password hash in /etc/shadow (locked
#   '!'/'*' and empty fields are fine) and no authorized_keys with keys for any user. The root password
#   is AZMP-LNX-027's. Judged at the build stage: a deployed VM has its provisioned user.
# scope: package
# custom:
#   id: AZMP-LNX-022
#   severity: error
#   guide: "§2.8"
#   stage: build
#   facts: [linux.accounts.password_hashes, linux.accounts.authorized_keys]
#   remediation: |
#     Delete the build user and its keys (waagent -force -deprovision+user), lock other accounts
#     (passwd -l), and remove authorized_keys files from the image.
package vmimage.rules.linux.no_default_accounts

import data.vmimage.lib.linux

acc := input.linux.accounts

skip contains m if some m in linux.skips("build")

missing contains p if some p in linux.needs("build")

missing contains p if some p in linux.absent(["linux.accounts.password_hashes", "linux.accounts.authorized_keys"])

deny contains {"msg": msg, "fact": sprintf("linux.accounts.password_hashes.%d", [i])} if {
	some i, h in acc.password_hashes
	h.user != "root"
	msg := sprintf("user %s has a password hash in %s; the guide forbids default accounts that are the same on every instance (§2.8): delete the user or lock it (passwd -l %s)", [h.user, linux.where(h), h.user])
}

deny contains {"msg": msg, "fact": sprintf("linux.accounts.authorized_keys.%d", [i])} if {
	some i, k in acc.authorized_keys
	k.keys > 0
	msg := sprintf("%s holds %d key(s) for %s; the guide forbids default accounts that are the same on every instance (§2.8): remove the file (waagent -deprovision+user)", [k.file, k.keys, k.user])
}

ok contains "no password hashes (other than root's) and no authorized keys" if {
	count([h | some h in acc.password_hashes; h.user != "root"]) == 0
	count([k | some k in acc.authorized_keys; k.keys > 0]) == 0
}
