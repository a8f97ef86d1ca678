package vmimage.tests.windows.drive_letters

import data.vmimage.test as t

test_pass if {
	f := t.finding("windows", "drive_letters") with input as {"os": {"type": "Windows"}, "windows": {
		"drive_references": [{"drive": "c", "where": "service ContosoAgent", "value": "C:\\Program Files\\Contoso\\agent.exe"}],
		"startup_tasks": [{"path": "\\Contoso\\FirstBoot", "actions": ["cmd.exe /c D:\\scratch\\x.cmd"]}],
	}}
	f == {
		"status": "pass",
		"details": [{"msg": "drives referenced: C:, D: (allowed: C:\\ and D:\\)"}],
		"missing": [],
		"skip": [],
	}
}

test_pass_nothing_referenced if {
	f := t.finding("windows", "drive_letters") with input as {"os": {"type": "Windows"}, "windows": {"drive_references": []}}
	f.details == [{"msg": "drives referenced: none (allowed: C:\\ and D:\\)"}]
}

test_fail_e_drive if {
	f := t.finding("windows", "drive_letters") with input as {"os": {"type": "Windows"}, "windows": {
		"drive_references": [{"drive": "E", "where": "HKLM\\SOFTWARE\\Contoso DataPath", "value": "E:\\data"}],
		"startup_tasks": [{"path": "\\Contoso\\Setup", "actions": ["powershell -File F:\\setup.ps1 -Log C:\\log.txt"]}],
	}}
	f == {
		"status": "fail",
		"details": [
			{
				"msg": "HKLM\\SOFTWARE\\Contoso DataPath refers to drive E: (E:\\data); only C:\\ and D:\\ always exist on an Azure VM, per the guide (§3.6): move it to C:\\",
				"fact": "windows.drive_references.0",
			},
			{
				"msg": "task \\Contoso\\Setup refers to drive F: (powershell -File F:\\setup.ps1 -Log C:\\log.txt); only C:\\ and D:\\ always exist on an Azure VM, per the guide (§3.6): move it to C:\\",
				"fact": "windows.startup_tasks.0.actions",
			},
		],
		"missing": [],
		"skip": [],
	}
}

test_fail_reference_without_where if {
	f := t.finding("windows", "drive_letters") with input as {"os": {"type": "Windows"}, "windows": {"drive_references": [{"drive": "z"}]}}
	f.details == [{
		"msg": "configuration refers to drive Z:; only C:\\ and D:\\ always exist on an Azure VM, per the guide (§3.6): move it to C:\\",
		"fact": "windows.drive_references.0",
	}]
}

test_unknown_without_references if {
	f := t.finding("windows", "drive_letters") with input as {"os": {"type": "Windows"}, "windows": {"startup_tasks": []}}
	f == {"status": "unknown", "details": [], "missing": ["windows.drive_references"], "skip": []}
}

test_not_applicable_on_linux if {
	f := t.finding("windows", "drive_letters") with input as {"os": {"type": "Linux"}}
	f.status == "not_applicable"
}

test_unknown_without_os_type if {
	f := t.finding("windows", "drive_letters") with input as {"windows": {"drive_references": [{"drive": "E"}]}}
	f == {"status": "unknown", "details": [], "missing": ["os.type"], "skip": []}
}
