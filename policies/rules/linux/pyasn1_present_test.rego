package vmimage.tests.linux.pyasn1_present

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "pyasn1_present") with input as fx.good
	f == {
		"details": [
			{
				"msg": "pyasn1 0.4.8 at /usr/lib/python3/dist-packages/pyasn1",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_absent if {
	f := t.finding("linux", "pyasn1_present") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/python/pyasn1",
			"value": {
				"present": false,
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.python.pyasn1.present",
				"msg": "pyasn1 is not installed for Python 3.11.2 (/usr/bin/python3.11); the guide requires it (§2.3.4): install python3-pyasn1",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown if {
	f := t.finding("linux", "pyasn1_present") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/python/pyasn1",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.python.pyasn1.present",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_no_python if {
	f := t.finding("linux", "pyasn1_present") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/python",
			"value": {
				"present": false,
			},
		},
	])
	f == {
		"details": [],
		"missing": [],
		"skip": [
			"no Python interpreter (AZMP-LNX-005 reports it)",
		],
		"status": "not_applicable",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "pyasn1_present") with input as json.patch(fx.good, [
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
