package vmimage.tests.linux.kernel_cmdline

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "kernel_cmdline") with input as fx.good
	f == {
		"details": [
			{
				"msg": "/boot/grub/grub.cfg:17 has console=ttyS0 earlyprintk=ttyS0 rootdelay=300",
			},
			{
				"msg": "/etc/default/grub:6 has console=ttyS0 earlyprintk=ttyS0 rootdelay=300",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_grub_cfg_missing_earlyprintk if {
	f := t.finding("linux", "kernel_cmdline") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/boot/grub_cfg/value",
			"value": "root=UUID=x ro console=ttyS0 rootdelay=300",
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.boot.grub_cfg",
				"msg": "the kernel command line in /boot/grub/grub.cfg:17 lacks earlyprintk=ttyS0; the guide requires console=ttyS0 earlyprintk=ttyS0 rootdelay=300 (§2.5): set earlyprintk=ttyS0 in GRUB_CMDLINE_LINUX and regenerate it (update-grub, or grub2-mkconfig -o /boot/grub/grub.cfg)",
				"severity": "error",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_rootdelay_error_guide if {
	f := t.finding("linux", "kernel_cmdline") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/boot/grub_default/value",
			"value": "console=ttyS0 earlyprintk=ttyS0",
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.boot.grub_default",
				"msg": "the kernel command line in /etc/default/grub:6 lacks rootdelay=300; the guide requires console=ttyS0 earlyprintk=ttyS0 rootdelay=300 (§2.5): set rootdelay=300 in GRUB_CMDLINE_LINUX there (grub-mkconfig reads /etc/default/grub, then /etc/default/grub.d/*.cfg in order, and a later assignment wins) and regenerate the boot configuration",
				"severity": "error",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_warn_rootdelay_current if {
	f := t.finding("linux", "kernel_cmdline") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/boot/grub_default/value",
			"value": "console=ttyS0 earlyprintk=ttyS0",
		},
	])
		with data.config.profile as "current"
	f == {
		"details": [
			{
				"fact": "linux.boot.grub_default",
				"msg": "the kernel command line in /etc/default/grub:6 lacks rootdelay=300; the guide requires console=ttyS0 earlyprintk=ttyS0 rootdelay=300 (§2.5): set rootdelay=300 in GRUB_CMDLINE_LINUX there (grub-mkconfig reads /etc/default/grub, then /etc/default/grub.d/*.cfg in order, and a later assignment wins) and regenerate the boot configuration",
				"severity": "warning",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_pass_larger_rootdelay if {
	f := t.finding("linux", "kernel_cmdline") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/boot/grub_default/value",
			"value": "console=ttyS0 earlyprintk=ttyS0 rootdelay=600",
		},
	])
	f == {
		"details": [
			{
				"msg": "/boot/grub/grub.cfg:17 has console=ttyS0 earlyprintk=ttyS0 rootdelay=300",
			},
			{
				"msg": "/etc/default/grub:6 has console=ttyS0 earlyprintk=ttyS0 rootdelay=300",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_console_tty0_only if {
	f := t.finding("linux", "kernel_cmdline") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/boot/grub_default/value",
			"value": "console=tty0 earlyprintk=ttyS0 rootdelay=300",
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.boot.grub_default",
				"msg": "the kernel command line in /etc/default/grub:6 has console=tty0, not ttyS0; the guide requires console=ttyS0 earlyprintk=ttyS0 rootdelay=300 (§2.5): set console=ttyS0 in GRUB_CMDLINE_LINUX there (grub-mkconfig reads /etc/default/grub, then /etc/default/grub.d/*.cfg in order, and a later assignment wins) and regenerate the boot configuration",
				"severity": "error",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_deployed_uses_proc_cmdline if {
	f := t.finding("linux", "kernel_cmdline") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/stage",
			"value": "deployed",
		},
		{
			"op": "add",
			"path": "/linux/boot/proc_cmdline",
			"value": {
				"value": "BOOT_IMAGE=/vmlinuz ro console=ttyS0",
				"file": "/proc/cmdline",
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.boot.proc_cmdline",
				"msg": "the kernel command line in /proc/cmdline lacks earlyprintk=ttyS0; the guide requires console=ttyS0 earlyprintk=ttyS0 rootdelay=300 (§2.5): set earlyprintk=ttyS0 in the image's boot configuration (GRUB_CMDLINE_LINUX, then update-grub) and capture it again",
				"severity": "error",
			},
			{
				"fact": "linux.boot.proc_cmdline",
				"msg": "the kernel command line in /proc/cmdline lacks rootdelay=300; the guide requires console=ttyS0 earlyprintk=ttyS0 rootdelay=300 (§2.5): set rootdelay=300 in the image's boot configuration (GRUB_CMDLINE_LINUX, then update-grub) and capture it again",
				"severity": "error",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown_no_boot_config if {
	f := t.finding("linux", "kernel_cmdline") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/boot",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.boot.grub_cfg",
			"linux.boot.grub_default",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "kernel_cmdline") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
	f == {
		"details": [],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}

kc(patch) := f if {
	f := t.finding("linux", "kernel_cmdline") with input as json.patch(fx.good, patch)
}

test_fail_last_rootdelay_wins if {
	f := kc([{"op": "replace", "path": "/linux/boot/grub_default", "value": {
		"value": "console=ttyS0 earlyprintk=ttyS0 rootdelay=300 rootdelay=10",
		"file": "/etc/default/grub.d/50-cloudimg-settings.cfg", "line": 3,
		"sources": [
			{"file": "/etc/default/grub", "line": 6, "variable": "GRUB_CMDLINE_LINUX", "value": "console=ttyS0 earlyprintk=ttyS0 rootdelay=300"},
			{"file": "/etc/default/grub.d/50-cloudimg-settings.cfg", "line": 3, "variable": "GRUB_CMDLINE_LINUX_DEFAULT", "value": "rootdelay=10"},
		],
	}}])
	f.status == "fail"
	f.details == [{
		"fact": "linux.boot.grub_default",
		"severity": "error",
		"msg": "the kernel command line in /etc/default/grub.d/50-cloudimg-settings.cfg:3 has rootdelay=300 rootdelay=10 (the kernel keeps the last one: rootdelay=10), not 300; the guide requires console=ttyS0 earlyprintk=ttyS0 rootdelay=300 (§2.5): set rootdelay=300 in GRUB_CMDLINE_LINUX there (grub-mkconfig reads /etc/default/grub, then /etc/default/grub.d/*.cfg in order, and a later assignment wins) and regenerate the boot configuration",
	}]
}

test_pass_grub_d_drop_in if {
	f := kc([{"op": "replace", "path": "/linux/boot/grub_default", "value": {
		"value": "quiet console=tty1 console=ttyS0 earlyprintk=ttyS0 rootdelay=10 rootdelay=300",
		"file": "/etc/default/grub.d/50-cloudimg-settings.cfg", "line": 5,
	}}])
	f.status == "pass"
}

test_rootdelay_boundaries if {
	kc([{"op": "replace", "path": "/linux/boot/grub_cfg/value", "value": "console=ttyS0 earlyprintk=ttyS0 rootdelay=299"}]).status == "fail"
	kc([{"op": "replace", "path": "/linux/boot/grub_cfg/value", "value": "console=ttyS0 earlyprintk=ttyS0 rootdelay=0300"}]).status == "pass"
	kc([{"op": "replace", "path": "/linux/boot/grub_cfg/value", "value": "console=ttyS0 earlyprintk=ttyS0 rootdelay=99999999999999999999"}]).status == "pass"
	kc([{"op": "replace", "path": "/linux/boot/grub_cfg/value", "value": "console=ttyS0 earlyprintk=ttyS0 rootdelay=300s"}]).status == "fail"
}

test_fail_earlyprintk_overridden if {
	f := kc([{"op": "replace", "path": "/linux/boot/grub_cfg/value", "value": "console=ttyS0 earlyprintk=ttyS0 rootdelay=300 earlyprintk=vga"}])
	f.status == "fail"
	contains(f.details[0].msg, "(the kernel keeps the last one: earlyprintk=vga), not ttyS0")
}

test_fail_bls_entry_advice if {
	f := kc([{"op": "replace", "path": "/linux/boot/grub_cfg", "value": {"value": "root=UUID=x ro console=ttyS0 rootdelay=300", "file": "/boot/loader/entries/abc-5.14.0.conf", "line": 4}}])
	f.status == "fail"
	f.details == [{
		"fact": "linux.boot.grub_cfg",
		"severity": "error",
		"msg": "the kernel command line in /boot/loader/entries/abc-5.14.0.conf:4 lacks earlyprintk=ttyS0; the guide requires console=ttyS0 earlyprintk=ttyS0 rootdelay=300 (§2.5): grubby --update-kernel=ALL --args=\"earlyprintk=ttyS0\" (or fix the kernel options and regenerate the entries)",
	}]
}

arm := [
	{"op": "replace", "path": "/os/architecture", "value": "aarch64"},
	{"op": "replace", "path": "/linux/boot/grub_default/value", "value": "console=ttyAMA0 earlyprintk=ttyAMA0 rootdelay=300"},
	{"op": "replace", "path": "/linux/boot/grub_cfg/value", "value": "console=ttyAMA0 earlyprintk=ttyAMA0 rootdelay=300"},
]

test_arm64_console_current if {
	f := t.finding("linux", "kernel_cmdline") with input as json.patch(fx.good, arm) with data.config.profile as "current"
	f.status == "pass"
	f.details == [
		{"msg": "/boot/grub/grub.cfg:17 has console=ttyAMA0 earlyprintk=ttyAMA0 rootdelay=300"},
		{"msg": "/etc/default/grub:6 has console=ttyAMA0 earlyprintk=ttyAMA0 rootdelay=300"},
	]
	g := kc(arm)
	g.status == "fail"
}

test_unknown_unsupported_grub_assignment if {
	f := kc([{"op": "replace", "path": "/linux/unsupported", "value": [{"fact": "linux.boot.grub_default", "file": "/etc/default/grub.d/90-x.cfg", "line": 2, "text": "GRUB_CMDLINE_LINUX=\"$(cat /etc/x)\"", "reason": "command substitution"}]}])
	f.status == "unknown"
	f.missing == ["linux.boot.grub_default (not understood: /etc/default/grub.d/90-x.cfg:2: command substitution)"]
}
