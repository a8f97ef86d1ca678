package vmimage.tests.linux.generalization_last

import data.vmimage.test as t

doc(provs) := {
	"schema_version": 1,
	"os": {"declared_type": "Linux"},
	"template": {"source": "ubuntu.azure-arm.image", "provisioners": provs},
}

shell(i, steps) := {"index": i, "type": "shell", "steps": [{"text": s, "from": "inline"} | some s in steps]}

deprov := "/usr/sbin/waagent -force -deprovision+user && export HISTSIZE=0 && sync"

test_pass_last_inline if {
	f := t.finding("linux", "generalization_last") with input as doc([
		shell(0, ["apt-get update", "apt-get -y upgrade"]),
		shell(1, ["apt-get clean", deprov]),
	])
	f == {
		"details": [{"msg": "waagent -deprovision (provisioner 2) is the last step that changes the machine"}],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_pass_probe_and_download_after if {
	f := t.finding("linux", "generalization_last") with input as doc([
		{"index": 0, "type": "file", "direction": "upload", "steps": []},
		shell(1, ["/usr/sbin/waagent -force -deprovision+user", "sh /tmp/vmip-probe.sh --stage build > /tmp/vmip-facts.json"]),
		{"index": 2, "type": "file", "direction": "download", "steps": []},
		shell(3, ["rm -f /tmp/vmip-probe.sh /tmp/vmip-facts.json", "export HISTSIZE=0 && sync"]),
		{"index": 4, "type": "shell-local", "steps": []},
	])
	f.status == "pass"
}

test_fail_shell_after if {
	f := t.finding("linux", "generalization_last") with input as doc([
		shell(0, [deprov]),
		shell(1, ["apt-get install -y nginx"]),
	])
	f == {
		"details": [{
			"fact": "template.provisioners.1.steps.0",
			"msg": "apt-get install -y nginx (provisioner 2, shell) runs after waagent -deprovision and undoes the generalization (§2.9): deprovision as the last step",
		}],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_same_line_tail if {
	f := t.finding("linux", "generalization_last") with input as doc([shell(0, ["waagent -deprovision+user -force && useradd admin"])])
	f.status == "fail"
	f.details[0].fact == "template.provisioners.0.steps.0"
}

test_fail_upload_after if {
	f := t.finding("linux", "generalization_last") with input as doc([
		shell(0, [deprov]),
		{"index": 1, "type": "file", "steps": []},
	])
	f.status == "fail"
	f.details[0].fact == "template.provisioners.1"
}

test_fail_never_generalizes if {
	f := t.finding("linux", "generalization_last") with input as doc([shell(0, ["apt-get update"])])
	f == {
		"details": [{
			"fact": "template.source",
			"msg": "no provisioner runs waagent -deprovision: the image is captured without being generalized (§2.9)",
		}],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown_unreadable_after if {
	f := t.finding("linux", "generalization_last") with input as doc([
		shell(0, [deprov]),
		{"index": 1, "type": "shell", "steps": [{"text": "scripts/cleanup.sh", "from": "script", "unresolved": true}]},
	])
	f.status == "unknown"
	f.missing == ["template.provisioners.1.steps.0"]
}

test_unknown_could_hide if {
	f := t.finding("linux", "generalization_last") with input as doc([{"index": 0, "type": "ansible", "steps": []}])
	f.status == "unknown"
	f.missing == ["template.provisioners.0"]
}

test_unknown_no_template if {
	f := t.finding("linux", "generalization_last") with input as {"schema_version": 1, "os": {"type": "Linux"}}
	f.status == "unknown"
	f.missing == ["template.provisioners"]
}

test_not_applicable_windows if {
	f := t.finding("linux", "generalization_last") with input as json.patch(doc([]), [{"op": "replace", "path": "/os", "value": {"declared_type": "Windows"}}])
	f.status == "not_applicable"
}

test_fail_write_after if {
	f := t.finding("linux", "generalization_last") with input as doc([
		shell(0, [deprov]),
		shell(1, ["echo 'configured after deprovisioning' > /etc/motd", "cat /dev/null > ~/.bash_history"]),
	])
	f.status == "fail"
	[d.fact | some d in f.details] == ["template.provisioners.1.steps.0"]
}
