package vmimage.tests.linux.hyperv_drivers

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "hyperv_drivers") with input as fx.good
	f == {
		"details": [
			{
				"msg": "kernel 6.1.0-56-cloud-amd64: hv_vmbus module, hv_storvsc module, hv_netvsc module, hv_utils builtin",
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
		"details": [
			{
				"msg": "kernel 6.1.0-56-cloud-amd64: hv_vmbus module, hv_storvsc module, hv_netvsc module, hv_utils builtin",
			},
		],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
