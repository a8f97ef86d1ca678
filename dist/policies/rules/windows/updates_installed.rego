# METADATA
# title: All Critical and Important updates are installed
# description: |
#   Before the OS VHD is captured, Windows Update has run and no update the profile blocks on is still
#   pending: security updates rated Critical or Important (MSRC severity) and updates of the Critical
#   Updates category. Judged from the Windows Update Agent's search for updates not yet installed.
# scope: package
# custom:
#   id: AZMP-WIN-002
#   severity: error
#   guide: "§3.5"
#   stage: any
#   facts: [os.type, windows.updates.pending]
#   remediation: |
#     Install all updates before sysprep, e.g. a Packer windows-update provisioner (or PSWindowsUpdate),
#     followed by a windows-restart provisioner, repeated until nothing is pending.
package vmimage.rules.windows.updates_installed

import data.vmimage.lib

th := lib.thresholds.windows

# Facts are only asked for when the rule applies.
applies if count(skip) == 0

skip contains "Linux image: the Windows rules do not apply" if lib.is_linux

missing contains "os.type" if not lib.os_type

missing contains "windows.updates.pending" if {
	applies
	not lib.has("windows.updates.pending")
}

blocking contains u if {
	some u in input.windows.updates.pending
	object.get(u, "severity", "") in {s | some s in th.update_blocking_severities}
}

blocking contains u if {
	some u in input.windows.updates.pending
	object.get(u, "classification", "") in {c | some c in th.update_blocking_classifications}
}

describe(u) := sprintf("%s (%s)", [object.get(u, "kb", object.get(u, "title", "untitled update")), rating(u)])

rating(u) := concat(", ", [x | some x in [object.get(u, "severity", ""), object.get(u, "classification", "")]; x != ""])

deny contains {"msg": msg, "fact": "windows.updates.pending"} if {
	lib.is_windows
	count(blocking) > 0
	msg := sprintf(
		"%d update(s) rated %s or in %s are still pending: %s; the guide requires all Critical and Important updates installed (§3.5): run Windows Update until none is pending, then sysprep",
		[count(blocking), concat(" or ", th.update_blocking_severities), concat(" or ", th.update_blocking_classifications), concat("; ", sort([describe(u) | some u in blocking]))],
	)
}

ok contains msg if {
	applies
	lib.is_windows
	count(blocking) == 0
	msg := sprintf("no Critical or Important update pending (%d other pending)", [count(input.windows.updates.pending)])
}
