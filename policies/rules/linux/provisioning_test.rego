package vmimage.tests.linux.provisioning

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

prov(doc, patch) := f if {
	f := t.finding("linux", "provisioning") with input as json.patch(doc, patch)
}

agent_value(v) := [{"op": "add", "path": "/linux/waagent/conf/settings/-", "value": {"key": "Provisioning.Agent", "value": v, "line": 11}}]

req := "the guide requires VMs from the image to be provisioned (§2.2, §2.9)"

test_pass_agent_auto if {
	f := t.finding("linux", "provisioning") with input as fx.good
	f == {
		"details": [{"msg": "the agent provisions this image (Provisioning.Agent not set in /etc/waagent.conf, so auto; cloud-init is not enabled); the agent is installed and walinuxagent.service is enabled"}],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_pass_cloud_init if {
	f := t.finding("linux", "provisioning") with input as fx.ci_good
	f.status == "pass"
	f.details == [{"msg": "cloud-init provisions this image (Provisioning.Agent=cloud-init at /etc/waagent.conf:11); cloud-init is installed, its units are enabled and datasource_list allows Azure (/etc/cloud/cloud.cfg.d/90_dpkg.cfg:3)"}]
}

test_pass_cloud_init_default_datasources_and_network_unit if {
	f := prov(fx.ci_good, [
		{"op": "remove", "path": "/linux/cloud_init/settings/datasource_list"},
		{"op": "replace", "path": "/linux/cloud_init/services/1/unit", "value": "cloud-init-network.service"},
	])
	f.status == "pass"
	f.details == [{"msg": "cloud-init provisions this image (Provisioning.Agent=cloud-init at /etc/waagent.conf:11); cloud-init is installed, its units are enabled and every datasource is allowed (datasource_list not set)"}]
}

test_fail_cloud_init_not_installed if {
	f := prov(fx.good, agent_value("cloud-init"))
	f.status == "fail"
	f.details == [{
		"fact": "linux.cloud_init.installed",
		"msg": sprintf("cloud-init provisions this image (Provisioning.Agent=cloud-init at /etc/waagent.conf:11), but cloud-init is not installed; %s: install cloud-init, or set Provisioning.Agent=auto to let the agent provision", [req]),
	}]
}

test_fail_cloud_init_unit_disabled_or_missing if {
	f := prov(fx.ci_good, [{"op": "replace", "path": "/linux/cloud_init/services/3/enabled", "value": false}])
	f.status == "fail"
	f.details == [{
		"fact": "linux.cloud_init.services",
		"msg": sprintf("cloud-init provisions this image (Provisioning.Agent=cloud-init at /etc/waagent.conf:11), but its unit cloud-final.service is not enabled, so that stage never runs; %s: systemctl enable cloud-final.service", [req]),
	}]
	g := prov(fx.ci_good, [{"op": "remove", "path": "/linux/cloud_init/services/1"}])
	g.status == "fail"
	g.details == [{
		"fact": "linux.cloud_init.services",
		"msg": sprintf("cloud-init provisions this image (Provisioning.Agent=cloud-init at /etc/waagent.conf:11), but its unit cloud-init.service (or cloud-init-network.service) is missing, so that stage never runs; %s: reinstall the cloud-init package", [req]),
	}]
}

test_fail_cloud_init_disabled_file if {
	f := prov(fx.ci_good, [{"op": "replace", "path": "/linux/cloud_init/disabled_by", "value": [{"file": "/etc/cloud/cloud-init.disabled"}]}])
	f.status == "fail"
	f.details == [{
		"fact": "linux.cloud_init.disabled_by.0",
		"msg": sprintf("cloud-init provisions this image (Provisioning.Agent=cloud-init at /etc/waagent.conf:11), but cloud-init is disabled by /etc/cloud/cloud-init.disabled; %s: remove it", [req]),
	}]
}

test_fail_cloud_init_without_azure_datasource if {
	f := prov(fx.ci_good, [{"op": "replace", "path": "/linux/cloud_init/settings/datasource_list", "value": {"value": ["NoCloud", "None"], "file": "/etc/cloud/cloud.cfg.d/90_dpkg.cfg", "line": 3}}])
	f.status == "fail"
	f.details == [{
		"fact": "linux.cloud_init.settings.datasource_list",
		"msg": sprintf("cloud-init provisions this image (Provisioning.Agent=cloud-init at /etc/waagent.conf:11), but its datasource_list is [NoCloud, None] (/etc/cloud/cloud.cfg.d/90_dpkg.cfg:3), without Azure, so cloud-init finds no Azure metadata and provisions nothing; %s: add Azure (datasource_list: [ Azure ])", [req]),
	}]
}

test_auto_with_disabled_cloud_init_local_uses_agent if {
	f := prov(fx.ci_good, [
		{"op": "replace", "path": "/linux/waagent/conf/settings/5/value", "value": "auto"},
		{"op": "replace", "path": "/linux/cloud_init/services/0/enabled", "value": false},
	])
	f.status == "pass"
	startswith(f.details[0].msg, "the agent provisions this image (Provisioning.Agent=auto at /etc/waagent.conf:11; cloud-init is not enabled)")
}

test_fail_agent_unit_disabled if {
	f := prov(fx.good, array.concat(agent_value("waagent"), [{"op": "replace", "path": "/linux/waagent/service/enabled", "value": false}]))
	f.status == "fail"
	f.details == [{
		"fact": "linux.waagent.service.enabled",
		"msg": sprintf("the agent provisions this image (Provisioning.Agent=waagent at /etc/waagent.conf:11), but its unit walinuxagent.service is not enabled, so nothing provisions a new VM; %s: systemctl enable walinuxagent.service", [req]),
	}]
}

test_fail_agent_not_installed if {
	f := prov(fx.good, array.concat(agent_value("waagent"), [{"op": "replace", "path": "/linux/waagent/installed", "value": false}]))
	f.status == "fail"
	f.details[0].fact == "linux.waagent.installed"
}

test_fail_unknown_value if {
	f := prov(fx.good, agent_value("Cloud-Init"))
	f.status == "fail"
	f.details == [{
		"fact": "linux.waagent.conf.settings.5",
		"msg": sprintf("Provisioning.Agent=Cloud-Init at /etc/waagent.conf:11 is not a value the agent knows (auto, waagent, cloud-init, disabled), so it falls back to provisioning itself; %s: set Provisioning.Agent to one of them", [req]),
	}]
}

test_fail_disabled_without_reason if {
	f := prov(fx.good, agent_value("disabled"))
	f.status == "fail"
	f.details == [{
		"fact": "linux.waagent.conf.settings.5",
		"msg": sprintf("Provisioning.Agent=disabled at /etc/waagent.conf:11: nothing the image names creates the user or applies the SSH key of a new VM; %s: set Provisioning.Agent=auto (or waagent / cloud-init), or, if the image provisions itself another way, state why in the configuration (thresholds.linux.provisioning_disabled_reason)", [req]),
	}]
}

test_pass_disabled_with_reason if {
	f := prov(fx.good, agent_value("disabled")) with data.config.thresholds as {"linux": {"provisioning_disabled_reason": "the appliance's own first-boot service creates users from custom data"}}
	f.status == "pass"
	f.details == [{"msg": "Provisioning.Agent=disabled at /etc/waagent.conf:11, with the stated reason: the appliance's own first-boot service creates users from custom data"}]
	g := prov(fx.good, agent_value("disabled")) with data.config.thresholds as {"linux": {"provisioning_disabled_reason": "  "}}
	g.status == "fail"
}

test_unknown_auto_without_cloud_init_facts if {
	f := prov(fx.good, [{"op": "remove", "path": "/linux/cloud_init"}])
	f.status == "unknown"
	f.missing == ["linux.cloud_init.installed"]
}

test_unknown_cloud_init_services_not_read if {
	f := prov(fx.ci_good, [{"op": "remove", "path": "/linux/cloud_init/services"}, {"op": "remove", "path": "/linux/cloud_init/settings"}])
	f.status == "unknown"
	f.missing == ["linux.cloud_init.services", "linux.cloud_init.settings"]
}

test_unknown_no_waagent_conf_facts if {
	f := prov(fx.good, [{"op": "remove", "path": "/linux/waagent/conf"}])
	f.status == "unknown"
	f.missing == ["linux.waagent.conf.present"]
}

test_unknown_agent_service_not_read if {
	f := prov(fx.good, [{"op": "remove", "path": "/linux/waagent/service"}])
	f.status == "unknown"
	f.missing == ["linux.waagent.service"]
}

test_unknown_unsupported_cloud_cfg if {
	f := prov(fx.ci_good, [{"op": "replace", "path": "/linux/unsupported", "value": [{"fact": "linux.cloud_init.settings", "file": "/etc/cloud/cloud.cfg.d/99.cfg", "line": 1, "reason": "a YAML anchor"}]}])
	f.status == "unknown"
	f.missing == ["linux.cloud_init.settings (not understood: /etc/cloud/cloud.cfg.d/99.cfg:1: a YAML anchor)"]
}

test_not_applicable_windows if {
	f := prov(fx.good, [{"op": "replace", "path": "/os/type", "value": "Windows"}])
	f.status == "not_applicable"
}
