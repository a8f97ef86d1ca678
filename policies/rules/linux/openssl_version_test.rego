package vmimage.tests.linux.openssl_version

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "openssl_version") with input as fx.good
	f == {
		"details": [
			{
				"msg": "OpenSSL 3.0.16 (dpkg openssl)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_absent if {
	f := t.finding("linux", "openssl_version") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/openssl",
			"value": {
				"present": false,
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.openssl.present",
				"msg": "OpenSSL is not installed; the guide requires it, 1.0 or later recommended (§2.3.5): install openssl",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_warn_old_guide if {
	f := t.finding("linux", "openssl_version") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/openssl/version",
			"value": "0.9.8",
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.openssl.version",
				"msg": "OpenSSL 0.9.8 is older than the guide accepts (1.0 or later) (§2.3.5): update openssl",
				"severity": "warning",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_pass_101_guide if {
	f := t.finding("linux", "openssl_version") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/openssl/version",
			"value": "1.0.1",
		},
	])
	f == {
		"details": [
			{
				"msg": "OpenSSL 1.0.1 (dpkg openssl)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_warn_101_current if {
	f := t.finding("linux", "openssl_version") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/openssl/version",
			"value": "1.0.1",
		},
	])
		with data.config.profile as "current"
	f == {
		"details": [
			{
				"fact": "linux.openssl.version",
				"msg": "OpenSSL 1.0.1 is older than current certification accepts (3.0.0 or later, or the 1.1.1 / 1.0.2 series) (§2.3.5): update openssl",
				"severity": "warning",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_pass_111w_series_current if {
	f := t.finding("linux", "openssl_version") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/openssl/version",
			"value": "1.1.1w",
		},
	])
		with data.config.profile as "current"
	f == {
		"details": [
			{
				"msg": "OpenSSL 1.1.1w (dpkg openssl)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_unknown_version if {
	f := t.finding("linux", "openssl_version") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/openssl/version",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.openssl.version",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "openssl_version") with input as json.patch(fx.good, [
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
