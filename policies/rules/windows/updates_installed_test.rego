package vmimage.tests.windows.updates_installed

import data.vmimage.test as t

win(pending) := {"os": {"type": "Windows"}, "windows": {"updates": {"pending": pending}}}

test_pass_nothing_blocking if {
	f := t.finding("windows", "updates_installed") with input as win([{"kb": "KB890830", "classification": "Update Rollups", "severity": "Unspecified"}])
	f == {"status": "pass", "details": [{"msg": "no Critical or Important update pending (1 other pending)"}], "missing": [], "skip": []}
}

test_fail_pending_security_and_critical if {
	f := t.finding("windows", "updates_installed") with input as win([
		{"kb": "KB5044281", "title": "2024-10 Cumulative Update", "classification": "Security Updates", "severity": "Critical"},
		{"kb": "KB5001", "classification": "Security Updates", "severity": "Moderate"},
		{"title": "Servicing stack fix", "classification": "Critical Updates"},
		{"kb": "KB5002", "classification": "Security Updates", "severity": "Important"},
	])
	f == {
		"status": "fail",
		"details": [{
			"msg": "3 update(s) rated Critical or Important or in Critical Updates are still pending: KB5002 (Important, Security Updates); KB5044281 (Critical, Security Updates); Servicing stack fix (Critical Updates); the guide requires all Critical and Important updates installed (§3.5): run Windows Update until none is pending, then sysprep",
			"fact": "windows.updates.pending",
		}],
		"missing": [],
		"skip": [],
	}
}

test_unknown_without_search if {
	f := t.finding("windows", "updates_installed") with input as {"os": {"type": "Windows"}, "windows": {"updates": {"installed": []}}}
	f == {"status": "unknown", "details": [], "missing": ["windows.updates.pending"], "skip": []}
}

test_unknown_without_os_type if {
	f := t.finding("windows", "updates_installed") with input as {"windows": {"updates": {"pending": []}}}
	f == {"status": "unknown", "details": [], "missing": ["os.type"], "skip": []}
}

test_not_applicable_on_linux if {
	f := t.finding("windows", "updates_installed") with input as {"os": {"type": "Linux"}}
	f == {"status": "not_applicable", "details": [], "missing": [], "skip": ["Linux image: the Windows rules do not apply"]}
}
