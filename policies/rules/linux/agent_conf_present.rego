# METADATA
# title: /etc/waagent.conf present
# description: |
#   The agent's configuration file /etc/waagent.conf must be in the image; the generalization settings
#   the guide asks for (§2.9) live there.
# scope: package
# custom:
#   id: AZMP-LNX-003
#   severity: error
#   guide: "§2.2"
#   stage: any
#   facts: [linux.waagent.conf.present, linux.waagent.conf.file]
#   remediation: |
#     Install the agent from the distribution's package, which ships /etc/waagent.conf, or restore the file.
package vmimage.rules.linux.agent_conf_present

import data.vmimage.lib
import data.vmimage.lib.linux

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains "linux.waagent.conf.present" if not lib.has("linux.waagent.conf.present")

deny contains {"msg": msg, "fact": "linux.waagent.conf"} if {
	input.linux.waagent.conf.present == false
	msg := "/etc/waagent.conf is missing; the guide requires the agent's configuration file (§2.2): reinstall the agent package or restore the file"
}

ok contains msg if {
	input.linux.waagent.conf.present == true
	msg := sprintf("%s present, %d settings", [input.linux.waagent.conf.file, count(linux.settings)])
}
