package vmimage.tests.windows.platform_and_roles

import data.vmimage.test as t

win(w) := {"os": {"type": "Windows"}, "windows": w}

good := {"os": {"architecture": "x64"}, "features_installed": ["Web-Server", "NET-Framework-45-Core"], "bitlocker": {"os_volume_protection": "off"}}

test_pass_current if {
	f := t.finding("windows", "platform_and_roles") with input as win(good)
		with data.config.profile as "current"
	f == {
		"status": "pass",
		"details": [{"msg": "x64 OS, none of the rejected roles installed, BitLocker off on the OS volume"}],
		"missing": [],
		"skip": [],
	}
}

test_fail_current if {
	f := t.finding("windows", "platform_and_roles") with input as win({
		"os": {"architecture": "x86"},
		"features_installed": ["Web-Server", "hyper-v", "Failover-Clustering"],
		"bitlocker": {"os_volume_protection": "on"},
	})
		with data.config.profile as "current"
	f == {
		"status": "fail",
		"details": [
			{
				"msg": "BitLocker protects the OS volume; current certification rejects it on the OS disk: Disable-BitLocker -MountPoint C: before sysprep",
				"fact": "windows.bitlocker.os_volume_protection",
			},
			{
				"msg": "installed roles/features that current certification rejects: Failover-Clustering, hyper-v: remove them with Uninstall-WindowsFeature before sysprep",
				"fact": "windows.features_installed",
			},
			{
				"msg": "the OS is x86; current certification requires a 64-bit OS (x64, arm64): build from a 64-bit base image",
				"fact": "windows.os.architecture",
			},
		],
		"missing": [],
		"skip": [],
	}
}

test_unknown_current if {
	f := t.finding("windows", "platform_and_roles") with input as win({"os": {"build": "20348.1"}, "bitlocker": {"os_volume_protection": "unknown"}})
		with data.config.profile as "current"
	f == {
		"status": "unknown",
		"details": [],
		"missing": ["windows.bitlocker.os_volume_protection", "windows.features_installed", "windows.os.architecture"],
		"skip": [],
	}
}

test_not_applicable_in_guide if {
	f := t.finding("windows", "platform_and_roles") with input as win(good)
	f == {
		"status": "not_applicable",
		"details": [],
		"missing": [],
		"skip": ["off in this profile: the guide has no such rule (the current profile turns it on)"],
	}

	# Nothing is asked for, not even the OS type, while the rule is off.
	g := t.finding("windows", "platform_and_roles") with input as {}
	g.missing == []
}

test_not_applicable_on_linux if {
	f := t.finding("windows", "platform_and_roles") with input as {"os": {"type": "Linux"}}
		with data.config.profile as "current"
	f.skip == ["Linux image: the Windows rules do not apply"]
}

test_unknown_without_os_type if {
	f := t.finding("windows", "platform_and_roles") with input as {"windows": good}
		with data.config.profile as "current"
	f == {"status": "unknown", "details": [], "missing": ["os.type"], "skip": []}
}
