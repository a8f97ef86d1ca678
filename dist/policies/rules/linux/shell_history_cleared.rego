# METADATA
# title: Shell history cleared for every user
# description: |
#   The shell history of every user (bash, zsh, sh, ksh, fish) is cleared: empty by the guide; current
#   certification (self-test) accepts up to 1 KiB.
# scope: package
# custom:
#   id: AZMP-LNX-023
#   severity: error
#   guide: "§2.8"
#   stage: any
#   facts: [linux.history.files]
#   remediation: |
#     As the last build step: rm -f /root/.bash_history /home/*/.bash_history; export HISTSIZE=0 (and
#     waagent -force -deprovision+user).
package vmimage.rules.linux.shell_history_cleared

import data.vmimage.lib
import data.vmimage.lib.linux
import data.vmimage.lib.text

limit := linux.th.history_max_bytes

bytes(1) := "1 byte"

bytes(n) := sprintf("%d bytes", [n]) if n != 1

allowed := "empty" if limit == 0

allowed := sprintf("at most %d bytes", [limit]) if limit > 0

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains "linux.history.files" if not lib.has("linux.history.files")

deny contains {"msg": msg, "fact": sprintf("linux.history.files.%d", [i])} if {
	some i, f in input.linux.history.files
	f.size > limit
	msg := sprintf("%s (%s) holds %s of shell history; %s requires it %s (§2.8): delete it before capture", [f.file, object.get(f, "user", "?"), bytes(f.size), text.authority, allowed])
}

ok contains msg if {
	count([f | some f in input.linux.history.files; f.size > limit]) == 0
	msg := sprintf("shell history cleared (%d history file(s), all %s)", [count(input.linux.history.files), allowed])
}
