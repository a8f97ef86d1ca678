# METADATA
# title: Shell history cleared for every user
# description: |
#   The shell history of every user is cleared: every home directory (those in /etc/passwd and every
#   directory under /home), every shell's history file. The guide names bash history, so .bash_history is
#   an error; the other shells' files (.zsh_history, .histfile, .sh_history,
#   .local/share/fish/fish_history) are warnings. Empty by the guide; current certification (self-test)
#   accepts up to 1 KiB.
# scope: package
# custom:
#   id: AZMP-LNX-023
#   severity: error
#   guide: "§2.8"
#   stage: any
#   facts: [linux.history.files, linux.unsupported]
#   remediation: |
#     As the last build step, delete each history file the message names (rm -f /root/.bash_history
#     /home/*/.bash_history, and the other shells' files), in a shell that does not write its own history
#     on exit (unset HISTFILE, or export HISTSIZE=0).
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

missing contains m if some m in linux.unsupported(["linux.history.files"])

# bash's history is the guide's; the other shells' files are warnings.
severity(f) := "error" if endswith(f.file, ".bash_history")

severity(f) := "warning" if not endswith(f.file, ".bash_history")

shell_of(f) := "bash" if endswith(f.file, ".bash_history")

shell_of(f) := "another shell's" if not endswith(f.file, ".bash_history")

deny contains {"msg": msg, "fact": sprintf("linux.history.files.%d", [i]), "severity": severity(f)} if {
	some i, f in input.linux.history.files
	f.size > limit
	msg := sprintf("%s (%s) holds %s of %s history; %s requires shell history cleared, %s (§2.8): delete it before capture", [f.file, object.get(f, "user", "?"), bytes(f.size), shell_of(f), text.authority, allowed])
}

ok contains msg if {
	count([f | some f in input.linux.history.files; f.size > limit]) == 0
	msg := sprintf("shell history cleared (%d history file(s), all %s)", [count(input.linux.history.files), allowed])
}
