package vmimage.tests.linux.hyperv_drivers

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "hyperv_drivers") with input as fx.good
	f == {
		"details": [
			{
				"msg": "kernel 6.1.0-56-cloud-amd64: hv_vmbus module, hv_storvsc module, hv_netvsc module, hv_utils builtin; none disabled in modprobe.d",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_netvsc_absent if {
	f := t.finding("linux", "hyperv_drivers") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/kernel/hyperv/hv_netvsc",
			"value": "absent",
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.kernel.hyperv",
				"msg": "kernel 6.1.0-56-cloud-amd64 lacks the Hyper-V driver(s) hv_netvsc (judged from its modules); the guide requires LIS 3.0 or later in the kernel (§2.3.1): use a kernel with hv_vmbus, hv_storvsc, hv_netvsc and hv_utils",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown_no_kernel if {
	f := t.finding("linux", "hyperv_drivers") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/kernel",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.kernel.hyperv",
			"linux.kernel.hyperv_disabled",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "hyperv_drivers") with input as json.patch(fx.good, [
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

test_fail_blacklisted_module if {
	f := t.finding("linux", "hyperv_drivers") with input as json.patch(fx.good, [{"op": "replace", "path": "/linux/kernel/hyperv_disabled", "value": [
		{"module": "hv_netvsc", "file": "/etc/modprobe.d/blacklist-hv.conf", "line": 2, "text": "blacklist hv_netvsc", "kind": "blacklist"},
		{"module": "hv_utils", "file": "/etc/modprobe.d/hv.conf", "line": 1, "text": "blacklist hv_utils", "kind": "blacklist"},
	]}])
	f == {
		"details": [{
			"fact": "linux.kernel.hyperv_disabled.0",
			"msg": "the Hyper-V driver hv_netvsc is disabled by /etc/modprobe.d/blacklist-hv.conf:2 (blacklist hv_netvsc), so modprobe never loads it; the guide requires the LIS drivers enabled in the kernel (§2.3.1): delete that line",
		}],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_install_false if {
	f := t.finding("linux", "hyperv_drivers") with input as json.patch(fx.good, [
		{"op": "replace", "path": "/linux/kernel/hyperv/hv_storvsc", "value": "disabled"},
		{"op": "replace", "path": "/linux/kernel/hyperv_disabled", "value": [{"module": "hv_storvsc", "file": "/usr/lib/modprobe.d/x.conf", "line": 4, "kind": "install"}]},
	])
	f.status == "fail"
	f.details == [{
		"fact": "linux.kernel.hyperv_disabled.0",
		"msg": "the Hyper-V driver hv_storvsc is disabled by /usr/lib/modprobe.d/x.conf:4, so modprobe never loads it; the guide requires the LIS drivers enabled in the kernel (§2.3.1): delete that line",
	}]
}

test_fail_disabled_without_line if {
	f := t.finding("linux", "hyperv_drivers") with input as json.patch(fx.good, [{"op": "replace", "path": "/linux/kernel/hyperv/hv_vmbus", "value": "disabled"}])
	f.status == "fail"
	f.details[0].fact == "linux.kernel.hyperv"
	contains(f.details[0].msg, "hv_vmbus of kernel 6.1.0-56-cloud-amd64 are disabled in modprobe.d")
}

test_unknown_modprobe_not_read if {
	f := t.finding("linux", "hyperv_drivers") with input as json.patch(fx.good, [{"op": "remove", "path": "/linux/kernel/hyperv_disabled"}])
	f.status == "unknown"
	f.missing == ["linux.kernel.hyperv_disabled"]
}

test_unknown_unsupported_modprobe_form if {
	f := t.finding("linux", "hyperv_drivers") with input as json.patch(fx.good, [{"op": "replace", "path": "/linux/unsupported", "value": [{"fact": "linux.kernel.hyperv_disabled", "file": "/etc/modprobe.d/odd.conf", "line": 3, "reason": "softdep with a command the probe does not read"}]}])
	f.status == "unknown"
	f.missing == ["linux.kernel.hyperv_disabled (not understood: /etc/modprobe.d/odd.conf:3: softdep with a command the probe does not read)"]
}

test_fail_cmdline_blacklist if {
	f := t.finding("linux", "hyperv_drivers") with input as json.patch(fx.good, [{"op": "add", "path": "/linux/kernel/hyperv_disabled", "value": [{"module": "hv_netvsc", "file": "/etc/default/grub", "line": 9, "kind": "cmdline", "text": "modprobe.blacklist=hv_netvsc"}]}])
	f.status == "fail"
	f.details[0].msg == "the Hyper-V driver hv_netvsc is blacklisted on the kernel command line by /etc/default/grub:9 (modprobe.blacklist=hv_netvsc), so it is never loaded; the guide requires the LIS drivers enabled in the kernel (§2.3.1): remove that parameter from GRUB_CMDLINE_LINUX (/etc/default/grub and grub.d) and regenerate grub.cfg"
}
