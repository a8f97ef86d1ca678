# METADATA
# title: Agent auto-update enabled
# description: |
#   Later certification (self-test) expects the agent to update itself: AutoUpdate.Enabled=y in
#   /etc/waagent.conf (the agent's default when unset). Off in the guide profile.
# scope: package
# custom:
#   id: AZMP-LNX-030
#   severity: warning
#   guide: "(later)"
#   stage: any
#   facts: [linux.waagent.conf.present, linux.waagent.conf.settings]
#   remediation: |
#     Set AutoUpdate.Enabled=y in /etc/waagent.conf (or remove the line that sets n).
package vmimage.rules.linux.agent_auto_update

import data.vmimage.lib
import data.vmimage.lib.linux

s := linux.setting("AutoUpdate.Enabled")

skip contains m if some m in linux.skips("any")

skip contains m if some m in linux.off("agent_auto_update_enabled")

missing contains p if some p in linux.needs("any")

missing contains "linux.waagent.conf.present" if not lib.has("linux.waagent.conf.present")

deny contains {"msg": msg, "fact": s.fact} if {
	not linux.on(s)
	msg := sprintf("AutoUpdate.Enabled is %s (%s); current certification expects the agent to update itself: set AutoUpdate.Enabled=y", [s.value, s.where])
}

ok contains msg if {
	linux.on(s)
	msg := sprintf("AutoUpdate.Enabled=y (%s)", [s.where])
}
