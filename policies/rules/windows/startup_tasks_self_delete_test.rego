package vmimage.tests.windows.startup_tasks_self_delete

import data.vmimage.test as t

win(tasks) := {"os": {"type": "Windows"}, "windows": {"startup_tasks": tasks}}

builtin := {"path": "\\Microsoft\\Windows\\Defrag\\ScheduledDefrag", "self_deleting": false}

test_pass_self_deleting if {
	f := t.finding("windows", "startup_tasks_self_delete") with input as win([
		builtin,
		{"path": "\\Contoso\\FirstBoot", "triggers": ["boot"], "enabled": true, "self_deleting": true},
		{"path": "\\Contoso\\Disabled", "enabled": false, "self_deleting": false},
	])
	f == {
		"status": "pass",
		"details": [{"msg": "startup tasks that delete themselves: \\Contoso\\FirstBoot"}],
		"missing": [],
		"skip": [],
	}
}

test_pass_no_tasks if {
	f := t.finding("windows", "startup_tasks_self_delete") with input as win([builtin, {"path": "\\Vendor\\Agent", "builtin": true}])
	f == {"status": "pass", "details": [{"msg": "no startup tasks added to the image"}], "missing": [], "skip": []}
}

test_warn_task_stays if {
	f := t.finding("windows", "startup_tasks_self_delete") with input as win([{
		"path": "\\Contoso\\Configure",
		"actions": ["powershell.exe -File C:\\setup\\configure.ps1"],
		"self_deleting": false,
	}])
	f == {
		"status": "fail",
		"details": [{
			"msg": "the startup task \\Contoso\\Configure (runs powershell.exe -File C:\\setup\\configure.ps1) does not delete itself; the guide recommends that configuration tasks remove themselves after success (§3.6): end it with Unregister-ScheduledTask for this task",
			"fact": "windows.startup_tasks.0",
		}],
		"missing": [],
		"skip": [],
	}
}

test_unknown_self_deleting if {
	f := t.finding("windows", "startup_tasks_self_delete") with input as win([builtin, {"path": "\\Contoso\\X"}])
	f == {"status": "unknown", "details": [], "missing": ["windows.startup_tasks.1.self_deleting"], "skip": []}
}

test_unknown_without_tasks if {
	f := t.finding("windows", "startup_tasks_self_delete") with input as {"os": {"type": "Windows"}, "windows": {}}
	f == {"status": "unknown", "details": [], "missing": ["windows.startup_tasks"], "skip": []}
}

test_not_applicable_on_linux if {
	f := t.finding("windows", "startup_tasks_self_delete") with input as {"os": {"type": "Linux"}, "windows": {"startup_tasks": []}}
	f == {"status": "not_applicable", "details": [], "missing": [], "skip": ["Linux image: the Windows rules do not apply"]}
}

test_warn_task_without_actions if {
	f := t.finding("windows", "startup_tasks_self_delete") with input as win([{"path": "\\Contoso\\Empty", "enabled": true, "self_deleting": false}])
	f.details == [{
		"msg": "the startup task \\Contoso\\Empty does not delete itself; the guide recommends that configuration tasks remove themselves after success (§3.6): end it with Unregister-ScheduledTask for this task",
		"fact": "windows.startup_tasks.0",
	}]
}

test_unknown_without_os_type if {
	f := t.finding("windows", "startup_tasks_self_delete") with input as {"windows": {"startup_tasks": []}}
	f == {"status": "unknown", "details": [], "missing": ["os.type"], "skip": []}
}
