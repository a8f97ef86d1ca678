package vmimage.tests.linux.declared_os

import data.vmimage.test as t

# Every Linux rule package (not the shared helpers).
names := object.keys(data.vmimage.rules.linux)

# A Windows-declared image without probe output is not held to the Linux rules: every one is not applicable,
# none unknown for want of os.type.
test_declared_windows_not_applicable if {
	count(names) > 20
	every name in names {
		f := t.finding("linux", name) with input as {"os": {"declared_type": "Windows"}}
		f.status == "not_applicable"
	}
}

test_declared_windows_reason if {
	f := t.finding("linux", "agent_installed") with input as {"os": {"declared_type": "Windows"}}
	f.skip == ["not a Linux image (declared Windows; no probe output to observe it)"]
}

# Declared Linux without probe output: the Linux facts are missing, the OS type is not.
test_declared_linux_unknown_without_os_type if {
	f := t.finding("linux", "agent_installed") with input as {"os": {"declared_type": "Linux"}}
	f.status == "unknown"
	not "os.type" in f.missing
	"linux.waagent.installed" in f.missing
}

# Nothing declared and nothing observed: the OS type is what is missing.
test_nothing_declared_needs_os_type if {
	f := t.finding("linux", "agent_installed") with input as {}
	f.status == "unknown"
	"os.type" in f.missing
}

# The observed OS outranks the declared one: a probed Linux image declared Windows is judged as Linux.
test_observed_outranks_declared if {
	f := t.finding("linux", "agent_installed") with input as {"os": {"type": "Linux", "declared_type": "Windows"}}
	f.status == "unknown"
	f.skip == []
}

# A probed Windows image declared Linux is not a Linux image either (AZMP-REG-002 reports the mismatch).
test_observed_windows_declared_linux if {
	f := t.finding("linux", "agent_installed") with input as {"os": {"type": "Windows", "declared_type": "Linux"}}
	f.skip == ["not a Linux image (the OS is Windows)"]
	r := t.finding("registration", "os_type_matches") with input as {"os": {"type": "Windows", "declared_type": "Linux"}}
	r.status == "fail"
}
