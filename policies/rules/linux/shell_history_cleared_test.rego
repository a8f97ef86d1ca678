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
				"severity": "error",
				"msg": "/root/.bash_history (root) holds 512 bytes of bash history; the guide requires shell history cleared, empty (§2.8): delete it before capture",
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
				"severity": "error",
				"msg": "/root/.bash_history (root) holds 2048 bytes of bash history; current certification requires shell history cleared, at most 1024 bytes (§2.8): delete it before capture",
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
		"details": [],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}

hist(files) := f if {
	f := t.finding("linux", "shell_history_cleared") with input as json.patch(fx.good, [{"op": "replace", "path": "/linux/history/files", "value": files}])
}

test_warning_for_other_shells if {
	f := hist([
		{"user": "debian", "file": "/home/debian/.zsh_history", "size": 10},
		{"user": "debian", "file": "/home/debian/.local/share/fish/fish_history", "size": 1},
	])
	f.status == "fail"
	f.details == [
		{
			"fact": "linux.history.files.0",
			"severity": "warning",
			"msg": "/home/debian/.zsh_history (debian) holds 10 bytes of another shell's history; the guide requires shell history cleared, empty (§2.8): delete it before capture",
		},
		{
			"fact": "linux.history.files.1",
			"severity": "warning",
			"msg": "/home/debian/.local/share/fish/fish_history (debian) holds 1 byte of another shell's history; the guide requires shell history cleared, empty (§2.8): delete it before capture",
		},
	]
}

test_current_boundary_1024 if {
	f := t.finding("linux", "shell_history_cleared") with input as json.patch(fx.good, [{"op": "replace", "path": "/linux/history/files", "value": [{"user": "root", "file": "/root/.bash_history", "size": 1024}]}])
		with data.config.profile as "current"
	f.status == "pass"
	g := t.finding("linux", "shell_history_cleared") with input as json.patch(fx.good, [{"op": "replace", "path": "/linux/history/files", "value": [{"user": "root", "file": "/root/.bash_history", "size": 1025}]}])
		with data.config.profile as "current"
	g.status == "fail"
}

test_home_outside_passwd if {
	f := hist([{"file": "/home/olduser/.bash_history", "size": 3}])
	f.details[0].msg == "/home/olduser/.bash_history (?) holds 3 bytes of bash history; the guide requires shell history cleared, empty (§2.8): delete it before capture"
}

test_unknown_unsupported if {
	f := t.finding("linux", "shell_history_cleared") with input as json.patch(fx.good, [{"op": "replace", "path": "/linux/unsupported", "value": [{"fact": "linux.history", "file": "/etc/passwd", "line": 7, "reason": "home directory outside the root"}]}])
	f.status == "unknown"
	f.missing == ["linux.history (not understood: /etc/passwd:7: home directory outside the root)"]
}
