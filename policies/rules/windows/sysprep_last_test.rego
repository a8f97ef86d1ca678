package vmimage.tests.windows.sysprep_last

import data.vmimage.test as t

doc(provs) := {
	"schema_version": 1,
	"os": {"declared_type": "Windows"},
	"template": {"source": "win.azure-arm.image", "provisioners": provs},
}

ps(i, steps) := {"index": i, "type": "powershell", "steps": [{"text": s, "from": "inline"} | some s in steps]}

sysprep := `& $env:SystemRoot\System32\Sysprep\Sysprep.exe /oobe /generalize /quiet /quit /mode:vm`

wait := `while($true) { $imageState = Get-ItemProperty HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Setup\State | Select ImageState; if($imageState.ImageState -ne 'IMAGE_STATE_GENERALIZE_RESEAL_TO_OOBE') { Write-Output $imageState.ImageState; Start-Sleep -s 10 } else { break } }`

test_pass_last if {
	f := t.finding("windows", "sysprep_last") with input as doc([
		ps(0, ["Install-WindowsFeature Web-Server"]),
		{"index": 1, "type": "windows-restart", "steps": []},
		ps(2, [sysprep, wait]),
		{"index": 3, "type": "file", "direction": "download", "steps": []},
	])
	f == {
		"details": [{"msg": "sysprep /generalize (provisioner 3) is the last step that changes the machine"}],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_restart_after if {
	f := t.finding("windows", "sysprep_last") with input as doc([
		ps(0, [sysprep, wait]),
		{"index": 1, "type": "windows-restart", "steps": []},
	])
	f == {
		"details": [{
			"fact": "template.provisioners.1",
			"msg": "a windows-restart provisioner (provisioner 2) runs after sysprep /generalize and undoes the generalization (§3.7): generalize as the last step",
		}],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_never if {
	f := t.finding("windows", "sysprep_last") with input as doc([ps(0, ["Install-WindowsFeature Web-Server"])])
	f.status == "fail"
	f.details[0].fact == "template.source"
}

test_unknown_script_after if {
	f := t.finding("windows", "sysprep_last") with input as doc([
		ps(0, [sysprep]),
		{"index": 1, "type": "powershell", "steps": [{"text": "C:/x.ps1", "from": "script", "unresolved": true}]},
	])
	f.status == "unknown"
	f.missing == ["template.provisioners.1.steps.0"]
}

test_not_applicable_linux if {
	f := t.finding("windows", "sysprep_last") with input as json.patch(doc([]), [{"op": "replace", "path": "/os", "value": {"type": "Linux"}}])
	f.status == "not_applicable"
}
