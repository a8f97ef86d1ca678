package vmimage.tests.linux.shell_history_cleared

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "shell_history_cleared") with input as fx.good
	f == {
		"details": [
			{
				"msg": "shell history cleared (0 history file(s), all empty)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_pass_empty_file if {
	f := t.finding("linux", "shell_history_cleared") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/history/files",
			"value": [
				{
					"user": "root",
					"file": "/root/.bash_history",
					"size": 0,
				},
			],
		},
	])
	f == {
		"details": [
			{
				"msg": "shell history cleared (1 history file(s), all empty)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_guide if {
	f := t.finding("linux", "shell_history_cleared") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/history/files",
			"value": [
				{
					"user": "root",
					"file": "/root/.bash_history",
					"size": 512,
				},
			],
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.history.files.0",
				"msg": "/root/.bash_history (root) holds 512 bytes of shell history; the guide requires it empty (§2.8): delete it before capture",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_pass_512_current if {
	f := t.finding("linux", "shell_history_cleared") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/history/files",
			"value": [
				{
					"user": "root",
					"file": "/root/.bash_history",
					"size": 512,
				},
			],
		},
	])
		with data.config.profile as "current"
	f == {
		"details": [
			{
				"msg": "shell history cleared (1 history file(s), all at most 1024 bytes)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_2k_current if {
	f := t.finding("linux", "shell_history_cleared") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/history/files",
			"value": [
				{
					"user": "root",
					"file": "/root/.bash_history",
					"size": 2048,
				},
			],
		},
	])
		with data.config.profile as "current"
	f == {
		"details": [
			{
				"fact": "linux.history.files.0",
				"msg": "/root/.bash_history (root) holds 2048 bytes of shell history; current certification requires it at most 1024 bytes (§2.8): delete it before capture",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown if {
	f := t.finding("linux", "shell_history_cleared") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/history",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.history.files",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "shell_history_cleared") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
	f == {
		"details": [
			{
				"msg": "shell history cleared (0 history file(s), all empty)",
			},
		],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
