# METADATA
# title: Azure Linux Agent installed and executable
# description: |
#   The Azure Linux Agent (waagent) provisions the VM and its networking, so it must be installed at
#   /usr/sbin/waagent (or the distribution's path) and be executable. The current profile also requires
#   the minimum agent version of later certification (self-test: 2.2.41).
# scope: package
# custom:
#   id: AZMP-LNX-001
#   severity: error
#   guide: "§2.2"
#   stage: any
#   facts: [linux.waagent.installed, linux.waagent.path, linux.waagent.executable, linux.waagent.version]
#   remediation: |
#     Install the distribution's agent package (walinuxagent on Debian/Ubuntu, WALinuxAgent on RHEL/SUSE)
#     in the build, keep /usr/sbin/waagent mode 755, and use a recent agent version.
package vmimage.rules.linux.agent_installed

import data.vmimage.lib
import data.vmimage.lib.linux
import data.vmimage.lib.text

th := linux.th

wa := input.linux.waagent

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains "linux.waagent.installed" if not lib.has("linux.waagent.installed")

missing contains "linux.waagent.version" if {
	wa.installed == true
	th.agent_min_version != null
	not lib.has("linux.waagent.version")
}

deny contains {"msg": msg, "fact": "linux.waagent.installed"} if {
	wa.installed == false
	msg := "the Azure Linux Agent is not installed (no waagent in /usr/sbin or /usr/bin); the guide requires it (§2.2): install the distribution's walinuxagent/WALinuxAgent package"
}

deny contains {"msg": msg, "fact": "linux.waagent.path"} if {
	wa.installed == true
	wa.executable == false
	msg := sprintf("%s is not executable; the guide requires an executable agent (§2.2): chmod 755 %s", [wa.path, wa.path])
}

deny contains {"msg": msg, "fact": "linux.waagent.version"} if {
	wa.installed == true
	th.agent_min_version != null
	lib.version_cmp(wa.version, th.agent_min_version) < 0
	msg := sprintf(
		"waagent %s at %s is older than %s, the minimum %s accepts (§2.2): update the agent package",
		[wa.version, wa.path, th.agent_min_version, text.authority],
	)
}

ok contains msg if {
	wa.installed == true
	msg := sprintf("waagent %s at %s, executable", [object.get(wa, "version", "(version unknown)"), wa.path])
}
