package vmimage.tests.linux.python_version

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "python_version") with input as fx.good
	f == {
		"details": [
			{
				"msg": "Python 3.11.2 at /usr/bin/python3.11",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_absent if {
	f := t.finding("linux", "python_version") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/python",
			"value": {
				"present": false,
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.python.present",
				"msg": "no Python interpreter found; the guide requires Python 2.6 or later (§2.3.3): install python3",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_too_old if {
	f := t.finding("linux", "python_version") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/python/version",
			"value": "2.4.6",
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.python.version",
				"msg": "Python 2.4.6 (/usr/bin/python3.11) is older than 2.6, the minimum the guide accepts (§2.3.3): install python3",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_pass_python27_guide if {
	f := t.finding("linux", "python_version") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/python/version",
			"value": "2.7.18",
		},
	])
	f == {
		"details": [
			{
				"msg": "Python 2.7.18 at /usr/bin/python3.11",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_warn_python27_current if {
	f := t.finding("linux", "python_version") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/python/version",
			"value": "2.7.18",
		},
	])
		with data.config.profile as "current"
	f == {
		"details": [
			{
				"fact": "linux.python.version",
				"msg": "Python 2.7.18 (/usr/bin/python3.11) is below 3.9, which current certification expects: install a newer python3",
				"severity": "warning",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_warn_python36_current if {
	f := t.finding("linux", "python_version") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/python/version",
			"value": "3.6.8",
		},
	])
		with data.config.profile as "current"
	f == {
		"details": [
			{
				"fact": "linux.python.version",
				"msg": "Python 3.6.8 (/usr/bin/python3.11) is below 3.9, which current certification expects: install a newer python3",
				"severity": "warning",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown if {
	f := t.finding("linux", "python_version") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/python",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.python.present",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "python_version") with input as json.patch(fx.good, [
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
