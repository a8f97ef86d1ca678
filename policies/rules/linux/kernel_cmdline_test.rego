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
				"msg": "the kernel command line in /boot/grub/grub.cfg:17 lacks earlyprintk=ttyS0; the guide requires console=ttyS0 earlyprintk=ttyS0 rootdelay=300 (§2.5): add it to GRUB_CMDLINE_LINUX and regenerate the boot configuration",
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
				"msg": "the kernel command line in /etc/default/grub:6 lacks rootdelay=300; the guide requires console=ttyS0 earlyprintk=ttyS0 rootdelay=300 (§2.5): add it to GRUB_CMDLINE_LINUX and regenerate the boot configuration",
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
				"msg": "the kernel command line in /etc/default/grub:6 lacks rootdelay=300; the guide requires console=ttyS0 earlyprintk=ttyS0 rootdelay=300 (§2.5): add it to GRUB_CMDLINE_LINUX and regenerate the boot configuration",
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
				"msg": "the kernel command line in /etc/default/grub:6 lacks console=ttyS0; the guide requires console=ttyS0 earlyprintk=ttyS0 rootdelay=300 (§2.5): add it to GRUB_CMDLINE_LINUX and regenerate the boot configuration",
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
				"msg": "the kernel command line in /proc/cmdline lacks earlyprintk=ttyS0; the guide requires console=ttyS0 earlyprintk=ttyS0 rootdelay=300 (§2.5): add it to GRUB_CMDLINE_LINUX and regenerate the boot configuration",
				"severity": "error",
			},
			{
				"fact": "linux.boot.proc_cmdline",
				"msg": "the kernel command line in /proc/cmdline lacks rootdelay=300; the guide requires console=ttyS0 earlyprintk=ttyS0 rootdelay=300 (§2.5): add it to GRUB_CMDLINE_LINUX and regenerate the boot configuration",
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
		"details": [
			{
				"msg": "/boot/grub/grub.cfg:17 has console=ttyS0 earlyprintk=ttyS0 rootdelay=300",
			},
			{
				"msg": "/etc/default/grub:6 has console=ttyS0 earlyprintk=ttyS0 rootdelay=300",
			},
		],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
