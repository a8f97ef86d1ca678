# Generated from the rule packages by src/policy/opa-build.js (ruleIndex); do not edit:
# `npm run build:policy` writes it. Each rule package once, with its four sets (see policies/main.rego).
package vmimage.index

import data.vmimage.main

# METADATA
# description: One finding per rule package (the same as main.findings; the engine sorts them).
# entrypoint: true
findings := [
	finding_0,
	finding_1,
	finding_2,
	finding_3,
	finding_4,
	finding_5,
	finding_6,
	finding_7,
	finding_8,
	finding_9,
	finding_10,
	finding_11,
	finding_12,
	finding_13,
	finding_14,
	finding_15,
	finding_16,
	finding_17,
	finding_18,
	finding_19,
	finding_20,
	finding_21,
	finding_22,
	finding_23,
	finding_24,
	finding_25,
	finding_26,
	finding_27,
	finding_28,
	finding_29,
	finding_30,
	finding_31,
	finding_32,
	finding_33,
	finding_34,
	finding_35,
	finding_36,
	finding_37,
	finding_38,
	finding_39,
	finding_40,
	finding_41,
	finding_42,
	finding_43,
	finding_44,
	finding_45,
	finding_46,
	finding_47,
	finding_48,
	finding_49,
	finding_50,
	finding_51,
	finding_52,
	finding_53,
	finding_54,
	finding_55,
	finding_56,
	finding_57,
	finding_58,
	finding_59,
	finding_60,
	finding_61,
	finding_62,
	finding_63,
]

default deny_0 := set()

deny_0 := data.vmimage.rules.disks.data_disk_luns.deny

default ok_0 := set()

ok_0 := data.vmimage.rules.disks.data_disk_luns.ok

default missing_0 := set()

missing_0 := data.vmimage.rules.disks.data_disk_luns.missing

finding_0 := main.finding("disks", "data_disk_luns", {"deny": deny_0, "ok": ok_0, "missing": missing_0, "skip": set()})

default deny_1 := set()

deny_1 := data.vmimage.rules.disks.data_disk_notice.deny

default ok_1 := set()

ok_1 := data.vmimage.rules.disks.data_disk_notice.ok

default missing_1 := set()

missing_1 := data.vmimage.rules.disks.data_disk_notice.missing

finding_1 := main.finding("disks", "data_disk_notice", {"deny": deny_1, "ok": ok_1, "missing": missing_1, "skip": set()})

default deny_2 := set()

deny_2 := data.vmimage.rules.disks.data_disk_size.deny

default ok_2 := set()

ok_2 := data.vmimage.rules.disks.data_disk_size.ok

default missing_2 := set()

missing_2 := data.vmimage.rules.disks.data_disk_size.missing

finding_2 := main.finding("disks", "data_disk_size", {"deny": deny_2, "ok": ok_2, "missing": missing_2, "skip": set()})

default deny_3 := set()

deny_3 := data.vmimage.rules.disks.linux_os_disk_size.deny

default ok_3 := set()

ok_3 := data.vmimage.rules.disks.linux_os_disk_size.ok

default missing_3 := set()

missing_3 := data.vmimage.rules.disks.linux_os_disk_size.missing

default skip_3 := set()

skip_3 := data.vmimage.rules.disks.linux_os_disk_size.skip

finding_3 := main.finding("disks", "linux_os_disk_size", {"skip": skip_3}) if count(skip_3) > 0

finding_3 := main.finding("disks", "linux_os_disk_size", {"deny": deny_3, "ok": ok_3, "missing": missing_3, "skip": set()}) if count(skip_3) == 0

default deny_4 := set()

deny_4 := data.vmimage.rules.disks.os_disk_count.deny

default ok_4 := set()

ok_4 := data.vmimage.rules.disks.os_disk_count.ok

default missing_4 := set()

missing_4 := data.vmimage.rules.disks.os_disk_count.missing

finding_4 := main.finding("disks", "os_disk_count", {"deny": deny_4, "ok": ok_4, "missing": missing_4, "skip": set()})

default deny_5 := set()

deny_5 := data.vmimage.rules.disks.vhd_format.deny

default ok_5 := set()

ok_5 := data.vmimage.rules.disks.vhd_format.ok

default missing_5 := set()

missing_5 := data.vmimage.rules.disks.vhd_format.missing

finding_5 := main.finding("disks", "vhd_format", {"deny": deny_5, "ok": ok_5, "missing": missing_5, "skip": set()})

default deny_6 := set()

deny_6 := data.vmimage.rules.disks.vhd_geometry.deny

default ok_6 := set()

ok_6 := data.vmimage.rules.disks.vhd_geometry.ok

default missing_6 := set()

missing_6 := data.vmimage.rules.disks.vhd_geometry.missing

default skip_6 := set()

skip_6 := data.vmimage.rules.disks.vhd_geometry.skip

finding_6 := main.finding("disks", "vhd_geometry", {"skip": skip_6}) if count(skip_6) > 0

finding_6 := main.finding("disks", "vhd_geometry", {"deny": deny_6, "ok": ok_6, "missing": missing_6, "skip": set()}) if count(skip_6) == 0

default deny_7 := set()

deny_7 := data.vmimage.rules.disks.windows_os_disk_size.deny

default ok_7 := set()

ok_7 := data.vmimage.rules.disks.windows_os_disk_size.ok

default missing_7 := set()

missing_7 := data.vmimage.rules.disks.windows_os_disk_size.missing

default skip_7 := set()

skip_7 := data.vmimage.rules.disks.windows_os_disk_size.skip

finding_7 := main.finding("disks", "windows_os_disk_size", {"skip": skip_7}) if count(skip_7) > 0

finding_7 := main.finding("disks", "windows_os_disk_size", {"deny": deny_7, "ok": ok_7, "missing": missing_7, "skip": set()}) if count(skip_7) == 0

default deny_8 := set()

deny_8 := data.vmimage.rules.linux.agent_auto_update.deny

default ok_8 := set()

ok_8 := data.vmimage.rules.linux.agent_auto_update.ok

default missing_8 := set()

missing_8 := data.vmimage.rules.linux.agent_auto_update.missing

default skip_8 := set()

skip_8 := data.vmimage.rules.linux.agent_auto_update.skip

finding_8 := main.finding("linux", "agent_auto_update", {"skip": skip_8}) if count(skip_8) > 0

finding_8 := main.finding("linux", "agent_auto_update", {"deny": deny_8, "ok": ok_8, "missing": missing_8, "skip": set()}) if count(skip_8) == 0

default deny_9 := set()

deny_9 := data.vmimage.rules.linux.agent_conf_present.deny

default ok_9 := set()

ok_9 := data.vmimage.rules.linux.agent_conf_present.ok

default missing_9 := set()

missing_9 := data.vmimage.rules.linux.agent_conf_present.missing

default skip_9 := set()

skip_9 := data.vmimage.rules.linux.agent_conf_present.skip

finding_9 := main.finding("linux", "agent_conf_present", {"skip": skip_9}) if count(skip_9) > 0

finding_9 := main.finding("linux", "agent_conf_present", {"deny": deny_9, "ok": ok_9, "missing": missing_9, "skip": set()}) if count(skip_9) == 0

default deny_10 := set()

deny_10 := data.vmimage.rules.linux.agent_from_package.deny

default ok_10 := set()

ok_10 := data.vmimage.rules.linux.agent_from_package.ok

default missing_10 := set()

missing_10 := data.vmimage.rules.linux.agent_from_package.missing

default skip_10 := set()

skip_10 := data.vmimage.rules.linux.agent_from_package.skip

finding_10 := main.finding("linux", "agent_from_package", {"skip": skip_10}) if count(skip_10) > 0

finding_10 := main.finding("linux", "agent_from_package", {"deny": deny_10, "ok": ok_10, "missing": missing_10, "skip": set()}) if count(skip_10) == 0

default deny_11 := set()

deny_11 := data.vmimage.rules.linux.agent_installed.deny

default ok_11 := set()

ok_11 := data.vmimage.rules.linux.agent_installed.ok

default missing_11 := set()

missing_11 := data.vmimage.rules.linux.agent_installed.missing

default skip_11 := set()

skip_11 := data.vmimage.rules.linux.agent_installed.skip

finding_11 := main.finding("linux", "agent_installed", {"skip": skip_11}) if count(skip_11) > 0

finding_11 := main.finding("linux", "agent_installed", {"deny": deny_11, "ok": ok_11, "missing": missing_11, "skip": set()}) if count(skip_11) == 0

default deny_12 := set()

deny_12 := data.vmimage.rules.linux.arch_64bit.deny

default ok_12 := set()

ok_12 := data.vmimage.rules.linux.arch_64bit.ok

default missing_12 := set()

missing_12 := data.vmimage.rules.linux.arch_64bit.missing

default skip_12 := set()

skip_12 := data.vmimage.rules.linux.arch_64bit.skip

finding_12 := main.finding("linux", "arch_64bit", {"skip": skip_12}) if count(skip_12) > 0

finding_12 := main.finding("linux", "arch_64bit", {"deny": deny_12, "ok": ok_12, "missing": missing_12, "skip": set()}) if count(skip_12) == 0

default deny_13 := set()

deny_13 := data.vmimage.rules.linux.generalization_last.deny

default ok_13 := set()

ok_13 := data.vmimage.rules.linux.generalization_last.ok

default missing_13 := set()

missing_13 := data.vmimage.rules.linux.generalization_last.missing

default skip_13 := set()

skip_13 := data.vmimage.rules.linux.generalization_last.skip

finding_13 := main.finding("linux", "generalization_last", {"skip": skip_13}) if count(skip_13) > 0

finding_13 := main.finding("linux", "generalization_last", {"deny": deny_13, "ok": ok_13, "missing": missing_13, "skip": set()}) if count(skip_13) == 0

default deny_14 := set()

deny_14 := data.vmimage.rules.linux.generalized.deny

default ok_14 := set()

ok_14 := data.vmimage.rules.linux.generalized.ok

default missing_14 := set()

missing_14 := data.vmimage.rules.linux.generalized.missing

default skip_14 := set()

skip_14 := data.vmimage.rules.linux.generalized.skip

finding_14 := main.finding("linux", "generalized", {"skip": skip_14}) if count(skip_14) > 0

finding_14 := main.finding("linux", "generalized", {"deny": deny_14, "ok": ok_14, "missing": missing_14, "skip": set()}) if count(skip_14) == 0

default deny_15 := set()

deny_15 := data.vmimage.rules.linux.hyperv_drivers.deny

default ok_15 := set()

ok_15 := data.vmimage.rules.linux.hyperv_drivers.ok

default missing_15 := set()

missing_15 := data.vmimage.rules.linux.hyperv_drivers.missing

default skip_15 := set()

skip_15 := data.vmimage.rules.linux.hyperv_drivers.skip

finding_15 := main.finding("linux", "hyperv_drivers", {"skip": skip_15}) if count(skip_15) > 0

finding_15 := main.finding("linux", "hyperv_drivers", {"deny": deny_15, "ok": ok_15, "missing": missing_15, "skip": set()}) if count(skip_15) == 0

default deny_16 := set()

deny_16 := data.vmimage.rules.linux.ifupdown.deny

default ok_16 := set()

ok_16 := data.vmimage.rules.linux.ifupdown.ok

default missing_16 := set()

missing_16 := data.vmimage.rules.linux.ifupdown.missing

default skip_16 := set()

skip_16 := data.vmimage.rules.linux.ifupdown.skip

finding_16 := main.finding("linux", "ifupdown", {"skip": skip_16}) if count(skip_16) > 0

finding_16 := main.finding("linux", "ifupdown", {"deny": deny_16, "ok": ok_16, "missing": missing_16, "skip": set()}) if count(skip_16) == 0

default deny_17 := set()

deny_17 := data.vmimage.rules.linux.iptables_no_rules.deny

default ok_17 := set()

ok_17 := data.vmimage.rules.linux.iptables_no_rules.ok

default missing_17 := set()

missing_17 := data.vmimage.rules.linux.iptables_no_rules.missing

default skip_17 := set()

skip_17 := data.vmimage.rules.linux.iptables_no_rules.skip

finding_17 := main.finding("linux", "iptables_no_rules", {"skip": skip_17}) if count(skip_17) > 0

finding_17 := main.finding("linux", "iptables_no_rules", {"deny": deny_17, "ok": ok_17, "missing": missing_17, "skip": set()}) if count(skip_17) == 0

default deny_18 := set()

deny_18 := data.vmimage.rules.linux.ipv6_configured.deny

default ok_18 := set()

ok_18 := data.vmimage.rules.linux.ipv6_configured.ok

default missing_18 := set()

missing_18 := data.vmimage.rules.linux.ipv6_configured.missing

default skip_18 := set()

skip_18 := data.vmimage.rules.linux.ipv6_configured.skip

finding_18 := main.finding("linux", "ipv6_configured", {"skip": skip_18}) if count(skip_18) > 0

finding_18 := main.finding("linux", "ipv6_configured", {"deny": deny_18, "ok": ok_18, "missing": missing_18, "skip": set()}) if count(skip_18) == 0

default deny_19 := set()

deny_19 := data.vmimage.rules.linux.kernel_cmdline.deny

default ok_19 := set()

ok_19 := data.vmimage.rules.linux.kernel_cmdline.ok

default missing_19 := set()

missing_19 := data.vmimage.rules.linux.kernel_cmdline.missing

default skip_19 := set()

skip_19 := data.vmimage.rules.linux.kernel_cmdline.skip

finding_19 := main.finding("linux", "kernel_cmdline", {"skip": skip_19}) if count(skip_19) > 0

finding_19 := main.finding("linux", "kernel_cmdline", {"deny": deny_19, "ok": ok_19, "missing": missing_19, "skip": set()}) if count(skip_19) == 0

default deny_20 := set()

deny_20 := data.vmimage.rules.linux.network_manager.deny

default ok_20 := set()

ok_20 := data.vmimage.rules.linux.network_manager.ok

default missing_20 := set()

missing_20 := data.vmimage.rules.linux.network_manager.missing

default skip_20 := set()

skip_20 := data.vmimage.rules.linux.network_manager.skip

finding_20 := main.finding("linux", "network_manager", {"skip": skip_20}) if count(skip_20) > 0

finding_20 := main.finding("linux", "network_manager", {"deny": deny_20, "ok": ok_20, "missing": missing_20, "skip": set()}) if count(skip_20) == 0

default deny_21 := set()

deny_21 := data.vmimage.rules.linux.no_custom_network.deny

default ok_21 := set()

ok_21 := data.vmimage.rules.linux.no_custom_network.ok

default missing_21 := set()

missing_21 := data.vmimage.rules.linux.no_custom_network.missing

default skip_21 := set()

skip_21 := data.vmimage.rules.linux.no_custom_network.skip

finding_21 := main.finding("linux", "no_custom_network", {"skip": skip_21}) if count(skip_21) > 0

finding_21 := main.finding("linux", "no_custom_network", {"deny": deny_21, "ok": ok_21, "missing": missing_21, "skip": set()}) if count(skip_21) == 0

default deny_22 := set()

deny_22 := data.vmimage.rules.linux.no_default_accounts.deny

default ok_22 := set()

ok_22 := data.vmimage.rules.linux.no_default_accounts.ok

default missing_22 := set()

missing_22 := data.vmimage.rules.linux.no_default_accounts.missing

default skip_22 := set()

skip_22 := data.vmimage.rules.linux.no_default_accounts.skip

finding_22 := main.finding("linux", "no_default_accounts", {"skip": skip_22}) if count(skip_22) > 0

finding_22 := main.finding("linux", "no_default_accounts", {"deny": deny_22, "ok": ok_22, "missing": missing_22, "skip": set()}) if count(skip_22) == 0

default deny_23 := set()

deny_23 := data.vmimage.rules.linux.no_lvm.deny

default ok_23 := set()

ok_23 := data.vmimage.rules.linux.no_lvm.ok

default missing_23 := set()

missing_23 := data.vmimage.rules.linux.no_lvm.missing

default skip_23 := set()

skip_23 := data.vmimage.rules.linux.no_lvm.skip

finding_23 := main.finding("linux", "no_lvm", {"skip": skip_23}) if count(skip_23) > 0

finding_23 := main.finding("linux", "no_lvm", {"deny": deny_23, "ok": ok_23, "missing": missing_23, "skip": set()}) if count(skip_23) == 0

default deny_24 := set()

deny_24 := data.vmimage.rules.linux.no_swap.deny

default ok_24 := set()

ok_24 := data.vmimage.rules.linux.no_swap.ok

default missing_24 := set()

missing_24 := data.vmimage.rules.linux.no_swap.missing

default skip_24 := set()

skip_24 := data.vmimage.rules.linux.no_swap.skip

finding_24 := main.finding("linux", "no_swap", {"skip": skip_24}) if count(skip_24) > 0

finding_24 := main.finding("linux", "no_swap", {"deny": deny_24, "ok": ok_24, "missing": missing_24, "skip": set()}) if count(skip_24) == 0

default deny_25 := set()

deny_25 := data.vmimage.rules.linux.openssl_version.deny

default ok_25 := set()

ok_25 := data.vmimage.rules.linux.openssl_version.ok

default missing_25 := set()

missing_25 := data.vmimage.rules.linux.openssl_version.missing

default skip_25 := set()

skip_25 := data.vmimage.rules.linux.openssl_version.skip

finding_25 := main.finding("linux", "openssl_version", {"skip": skip_25}) if count(skip_25) > 0

finding_25 := main.finding("linux", "openssl_version", {"deny": deny_25, "ok": ok_25, "missing": missing_25, "skip": set()}) if count(skip_25) == 0

default deny_26 := set()

deny_26 := data.vmimage.rules.linux.primary_nic_dhcp.deny

default ok_26 := set()

ok_26 := data.vmimage.rules.linux.primary_nic_dhcp.ok

default missing_26 := set()

missing_26 := data.vmimage.rules.linux.primary_nic_dhcp.missing

default skip_26 := set()

skip_26 := data.vmimage.rules.linux.primary_nic_dhcp.skip

finding_26 := main.finding("linux", "primary_nic_dhcp", {"skip": skip_26}) if count(skip_26) > 0

finding_26 := main.finding("linux", "primary_nic_dhcp", {"deny": deny_26, "ok": ok_26, "missing": missing_26, "skip": set()}) if count(skip_26) == 0

default deny_27 := set()

deny_27 := data.vmimage.rules.linux.provisioning.deny

default ok_27 := set()

ok_27 := data.vmimage.rules.linux.provisioning.ok

default missing_27 := set()

missing_27 := data.vmimage.rules.linux.provisioning.missing

default skip_27 := set()

skip_27 := data.vmimage.rules.linux.provisioning.skip

finding_27 := main.finding("linux", "provisioning", {"skip": skip_27}) if count(skip_27) > 0

finding_27 := main.finding("linux", "provisioning", {"deny": deny_27, "ok": ok_27, "missing": missing_27, "skip": set()}) if count(skip_27) == 0

default deny_28 := set()

deny_28 := data.vmimage.rules.linux.pyasn1_present.deny

default ok_28 := set()

ok_28 := data.vmimage.rules.linux.pyasn1_present.ok

default missing_28 := set()

missing_28 := data.vmimage.rules.linux.pyasn1_present.missing

default skip_28 := set()

skip_28 := data.vmimage.rules.linux.pyasn1_present.skip

finding_28 := main.finding("linux", "pyasn1_present", {"skip": skip_28}) if count(skip_28) > 0

finding_28 := main.finding("linux", "pyasn1_present", {"deny": deny_28, "ok": ok_28, "missing": missing_28, "skip": set()}) if count(skip_28) == 0

default deny_29 := set()

deny_29 := data.vmimage.rules.linux.python_version.deny

default ok_29 := set()

ok_29 := data.vmimage.rules.linux.python_version.ok

default missing_29 := set()

missing_29 := data.vmimage.rules.linux.python_version.missing

default skip_29 := set()

skip_29 := data.vmimage.rules.linux.python_version.skip

finding_29 := main.finding("linux", "python_version", {"skip": skip_29}) if count(skip_29) > 0

finding_29 := main.finding("linux", "python_version", {"deny": deny_29, "ok": ok_29, "missing": missing_29, "skip": set()}) if count(skip_29) == 0

default deny_30 := set()

deny_30 := data.vmimage.rules.linux.resolv_conf_removed.deny

default ok_30 := set()

ok_30 := data.vmimage.rules.linux.resolv_conf_removed.ok

default missing_30 := set()

missing_30 := data.vmimage.rules.linux.resolv_conf_removed.missing

default skip_30 := set()

skip_30 := data.vmimage.rules.linux.resolv_conf_removed.skip

finding_30 := main.finding("linux", "resolv_conf_removed", {"skip": skip_30}) if count(skip_30) > 0

finding_30 := main.finding("linux", "resolv_conf_removed", {"deny": deny_30, "ok": ok_30, "missing": missing_30, "skip": set()}) if count(skip_30) == 0

default deny_31 := set()

deny_31 := data.vmimage.rules.linux.root_password_deleted.deny

default ok_31 := set()

ok_31 := data.vmimage.rules.linux.root_password_deleted.ok

default missing_31 := set()

missing_31 := data.vmimage.rules.linux.root_password_deleted.missing

default skip_31 := set()

skip_31 := data.vmimage.rules.linux.root_password_deleted.skip

finding_31 := main.finding("linux", "root_password_deleted", {"skip": skip_31}) if count(skip_31) > 0

finding_31 := main.finding("linux", "root_password_deleted", {"deny": deny_31, "ok": ok_31, "missing": missing_31, "skip": set()}) if count(skip_31) == 0

default deny_32 := set()

deny_32 := data.vmimage.rules.linux.security_updates.deny

default ok_32 := set()

ok_32 := data.vmimage.rules.linux.security_updates.ok

default missing_32 := set()

missing_32 := data.vmimage.rules.linux.security_updates.missing

default skip_32 := set()

skip_32 := data.vmimage.rules.linux.security_updates.skip

finding_32 := main.finding("linux", "security_updates", {"skip": skip_32}) if count(skip_32) > 0

finding_32 := main.finding("linux", "security_updates", {"deny": deny_32, "ok": ok_32, "missing": missing_32, "skip": set()}) if count(skip_32) == 0

default deny_33 := set()

deny_33 := data.vmimage.rules.linux.shell_history_cleared.deny

default ok_33 := set()

ok_33 := data.vmimage.rules.linux.shell_history_cleared.ok

default missing_33 := set()

missing_33 := data.vmimage.rules.linux.shell_history_cleared.missing

default skip_33 := set()

skip_33 := data.vmimage.rules.linux.shell_history_cleared.skip

finding_33 := main.finding("linux", "shell_history_cleared", {"skip": skip_33}) if count(skip_33) > 0

finding_33 := main.finding("linux", "shell_history_cleared", {"deny": deny_33, "ok": ok_33, "missing": missing_33, "skip": set()}) if count(skip_33) == 0

default deny_34 := set()

deny_34 := data.vmimage.rules.linux.single_root_partition.deny

default ok_34 := set()

ok_34 := data.vmimage.rules.linux.single_root_partition.ok

default missing_34 := set()

missing_34 := data.vmimage.rules.linux.single_root_partition.missing

default skip_34 := set()

skip_34 := data.vmimage.rules.linux.single_root_partition.skip

finding_34 := main.finding("linux", "single_root_partition", {"skip": skip_34}) if count(skip_34) > 0

finding_34 := main.finding("linux", "single_root_partition", {"deny": deny_34, "ok": ok_34, "missing": missing_34, "skip": set()}) if count(skip_34) == 0

default deny_35 := set()

deny_35 := data.vmimage.rules.linux.ssh_client_alive_interval.deny

default ok_35 := set()

ok_35 := data.vmimage.rules.linux.ssh_client_alive_interval.ok

default missing_35 := set()

missing_35 := data.vmimage.rules.linux.ssh_client_alive_interval.missing

default skip_35 := set()

skip_35 := data.vmimage.rules.linux.ssh_client_alive_interval.skip

finding_35 := main.finding("linux", "ssh_client_alive_interval", {"skip": skip_35}) if count(skip_35) > 0

finding_35 := main.finding("linux", "ssh_client_alive_interval", {"deny": deny_35, "ok": ok_35, "missing": missing_35, "skip": set()}) if count(skip_35) == 0

default deny_36 := set()

deny_36 := data.vmimage.rules.linux.ssh_host_keys_regenerated.deny

default ok_36 := set()

ok_36 := data.vmimage.rules.linux.ssh_host_keys_regenerated.ok

default missing_36 := set()

missing_36 := data.vmimage.rules.linux.ssh_host_keys_regenerated.missing

default skip_36 := set()

skip_36 := data.vmimage.rules.linux.ssh_host_keys_regenerated.skip

finding_36 := main.finding("linux", "ssh_host_keys_regenerated", {"skip": skip_36}) if count(skip_36) > 0

finding_36 := main.finding("linux", "ssh_host_keys_regenerated", {"deny": deny_36, "ok": ok_36, "missing": missing_36, "skip": set()}) if count(skip_36) == 0

default deny_37 := set()

deny_37 := data.vmimage.rules.linux.ssh_server_enabled.deny

default ok_37 := set()

ok_37 := data.vmimage.rules.linux.ssh_server_enabled.ok

default missing_37 := set()

missing_37 := data.vmimage.rules.linux.ssh_server_enabled.missing

default skip_37 := set()

skip_37 := data.vmimage.rules.linux.ssh_server_enabled.skip

finding_37 := main.finding("linux", "ssh_server_enabled", {"skip": skip_37}) if count(skip_37) > 0

finding_37 := main.finding("linux", "ssh_server_enabled", {"deny": deny_37, "ok": ok_37, "missing": missing_37, "skip": set()}) if count(skip_37) == 0

default deny_38 := set()

deny_38 := data.vmimage.rules.linux.sudoers_no_targetpw.deny

default ok_38 := set()

ok_38 := data.vmimage.rules.linux.sudoers_no_targetpw.ok

default missing_38 := set()

missing_38 := data.vmimage.rules.linux.sudoers_no_targetpw.missing

default skip_38 := set()

skip_38 := data.vmimage.rules.linux.sudoers_no_targetpw.skip

finding_38 := main.finding("linux", "sudoers_no_targetpw", {"skip": skip_38}) if count(skip_38) > 0

finding_38 := main.finding("linux", "sudoers_no_targetpw", {"deny": deny_38, "ok": ok_38, "missing": missing_38, "skip": set()}) if count(skip_38) == 0

default deny_39 := set()

deny_39 := data.vmimage.rules.linux.swap_via_agent.deny

default ok_39 := set()

ok_39 := data.vmimage.rules.linux.swap_via_agent.ok

default missing_39 := set()

missing_39 := data.vmimage.rules.linux.swap_via_agent.missing

default skip_39 := set()

skip_39 := data.vmimage.rules.linux.swap_via_agent.skip

finding_39 := main.finding("linux", "swap_via_agent", {"skip": skip_39}) if count(skip_39) > 0

finding_39 := main.finding("linux", "swap_via_agent", {"deny": deny_39, "ok": ok_39, "missing": missing_39, "skip": set()}) if count(skip_39) == 0

default deny_40 := set()

deny_40 := data.vmimage.rules.registration.os_disk_generalized.deny

default ok_40 := set()

ok_40 := data.vmimage.rules.registration.os_disk_generalized.ok

default missing_40 := set()

missing_40 := data.vmimage.rules.registration.os_disk_generalized.missing

finding_40 := main.finding("registration", "os_disk_generalized", {"deny": deny_40, "ok": ok_40, "missing": missing_40, "skip": set()})

default deny_41 := set()

deny_41 := data.vmimage.rules.registration.os_type_matches.deny

default ok_41 := set()

ok_41 := data.vmimage.rules.registration.os_type_matches.ok

default missing_41 := set()

missing_41 := data.vmimage.rules.registration.os_type_matches.missing

finding_41 := main.finding("registration", "os_type_matches", {"deny": deny_41, "ok": ok_41, "missing": missing_41, "skip": set()})

default deny_42 := set()

deny_42 := data.vmimage.rules.sas.blob_name.deny

default ok_42 := set()

ok_42 := data.vmimage.rules.sas.blob_name.ok

default missing_42 := set()

missing_42 := data.vmimage.rules.sas.blob_name.missing

finding_42 := main.finding("sas", "blob_name", {"deny": deny_42, "ok": ok_42, "missing": missing_42, "skip": set()})

default deny_43 := set()

deny_43 := data.vmimage.rules.sas.https.deny

default ok_43 := set()

ok_43 := data.vmimage.rules.sas.https.ok

default missing_43 := set()

missing_43 := data.vmimage.rules.sas.https.missing

finding_43 := main.finding("sas", "https", {"deny": deny_43, "ok": ok_43, "missing": missing_43, "skip": set()})

default deny_44 := set()

deny_44 := data.vmimage.rules.sas.not_expired.deny

default ok_44 := set()

ok_44 := data.vmimage.rules.sas.not_expired.ok

default missing_44 := set()

missing_44 := data.vmimage.rules.sas.not_expired.missing

finding_44 := main.finding("sas", "not_expired", {"deny": deny_44, "ok": ok_44, "missing": missing_44, "skip": set()})

default deny_45 := set()

deny_45 := data.vmimage.rules.sas.permissions.deny

default ok_45 := set()

ok_45 := data.vmimage.rules.sas.permissions.ok

default missing_45 := set()

missing_45 := data.vmimage.rules.sas.permissions.missing

finding_45 := main.finding("sas", "permissions", {"deny": deny_45, "ok": ok_45, "missing": missing_45, "skip": set()})

default deny_46 := set()

deny_46 := data.vmimage.rules.sas.readable.deny

default ok_46 := set()

ok_46 := data.vmimage.rules.sas.readable.ok

default missing_46 := set()

missing_46 := data.vmimage.rules.sas.readable.missing

finding_46 := main.finding("sas", "readable", {"deny": deny_46, "ok": ok_46, "missing": missing_46, "skip": set()})

default deny_47 := set()

deny_47 := data.vmimage.rules.sas.start_time.deny

default ok_47 := set()

ok_47 := data.vmimage.rules.sas.start_time.ok

default missing_47 := set()

missing_47 := data.vmimage.rules.sas.start_time.missing

finding_47 := main.finding("sas", "start_time", {"deny": deny_47, "ok": ok_47, "missing": missing_47, "skip": set()})

default deny_48 := set()

deny_48 := data.vmimage.rules.sas.uri_per_vhd.deny

default ok_48 := set()

ok_48 := data.vmimage.rules.sas.uri_per_vhd.ok

default missing_48 := set()

missing_48 := data.vmimage.rules.sas.uri_per_vhd.missing

finding_48 := main.finding("sas", "uri_per_vhd", {"deny": deny_48, "ok": ok_48, "missing": missing_48, "skip": set()})

default deny_49 := set()

deny_49 := data.vmimage.rules.sas.validity.deny

default ok_49 := set()

ok_49 := data.vmimage.rules.sas.validity.ok

default missing_49 := set()

missing_49 := data.vmimage.rules.sas.validity.missing

finding_49 := main.finding("sas", "validity", {"deny": deny_49, "ok": ok_49, "missing": missing_49, "skip": set()})

default deny_50 := set()

deny_50 := data.vmimage.rules.sku.identifiers.deny

default ok_50 := set()

ok_50 := data.vmimage.rules.sku.identifiers.ok

default missing_50 := set()

missing_50 := data.vmimage.rules.sku.identifiers.missing

finding_50 := main.finding("sku", "identifiers", {"deny": deny_50, "ok": ok_50, "missing": missing_50, "skip": set()})

default deny_51 := set()

deny_51 := data.vmimage.rules.sku.listing.deny

default ok_51 := set()

ok_51 := data.vmimage.rules.sku.listing.ok

default skip_51 := set()

skip_51 := data.vmimage.rules.sku.listing.skip

finding_51 := main.finding("sku", "listing", {"skip": skip_51}) if count(skip_51) > 0

finding_51 := main.finding("sku", "listing", {"deny": deny_51, "ok": ok_51, "missing": set(), "skip": set()}) if count(skip_51) == 0

default ok_52 := set()

ok_52 := data.vmimage.rules.sku.other_skus_independent.ok

default missing_52 := set()

missing_52 := data.vmimage.rules.sku.other_skus_independent.missing

finding_52 := main.finding("sku", "other_skus_independent", {"deny": set(), "ok": ok_52, "missing": missing_52, "skip": set()})

default deny_53 := set()

deny_53 := data.vmimage.rules.sku.version_format.deny

default ok_53 := set()

ok_53 := data.vmimage.rules.sku.version_format.ok

default missing_53 := set()

missing_53 := data.vmimage.rules.sku.version_format.missing

finding_53 := main.finding("sku", "version_format", {"deny": deny_53, "ok": ok_53, "missing": missing_53, "skip": set()})

default deny_54 := set()

deny_54 := data.vmimage.rules.sku.version_increment.deny

default ok_54 := set()

ok_54 := data.vmimage.rules.sku.version_increment.ok

default missing_54 := set()

missing_54 := data.vmimage.rules.sku.version_increment.missing

default skip_54 := set()

skip_54 := data.vmimage.rules.sku.version_increment.skip

finding_54 := main.finding("sku", "version_increment", {"skip": skip_54}) if count(skip_54) > 0

finding_54 := main.finding("sku", "version_increment", {"deny": deny_54, "ok": ok_54, "missing": missing_54, "skip": set()}) if count(skip_54) == 0

default deny_55 := set()

deny_55 := data.vmimage.rules.sku.version_no_gap.deny

default ok_55 := set()

ok_55 := data.vmimage.rules.sku.version_no_gap.ok

default missing_55 := set()

missing_55 := data.vmimage.rules.sku.version_no_gap.missing

default skip_55 := set()

skip_55 := data.vmimage.rules.sku.version_no_gap.skip

finding_55 := main.finding("sku", "version_no_gap", {"skip": skip_55}) if count(skip_55) > 0

finding_55 := main.finding("sku", "version_no_gap", {"deny": deny_55, "ok": ok_55, "missing": missing_55, "skip": set()}) if count(skip_55) == 0

default deny_56 := set()

deny_56 := data.vmimage.rules.sku.version_unpublished.deny

default ok_56 := set()

ok_56 := data.vmimage.rules.sku.version_unpublished.ok

default missing_56 := set()

missing_56 := data.vmimage.rules.sku.version_unpublished.missing

default skip_56 := set()

skip_56 := data.vmimage.rules.sku.version_unpublished.skip

finding_56 := main.finding("sku", "version_unpublished", {"skip": skip_56}) if count(skip_56) > 0

finding_56 := main.finding("sku", "version_unpublished", {"deny": deny_56, "ok": ok_56, "missing": missing_56, "skip": set()}) if count(skip_56) == 0

default deny_57 := set()

deny_57 := data.vmimage.rules.windows.base_image.deny

default ok_57 := set()

ok_57 := data.vmimage.rules.windows.base_image.ok

default missing_57 := set()

missing_57 := data.vmimage.rules.windows.base_image.missing

default skip_57 := set()

skip_57 := data.vmimage.rules.windows.base_image.skip

finding_57 := main.finding("windows", "base_image", {"skip": skip_57}) if count(skip_57) > 0

finding_57 := main.finding("windows", "base_image", {"deny": deny_57, "ok": ok_57, "missing": missing_57, "skip": set()}) if count(skip_57) == 0

default deny_58 := set()

deny_58 := data.vmimage.rules.windows.drive_letters.deny

default ok_58 := set()

ok_58 := data.vmimage.rules.windows.drive_letters.ok

default missing_58 := set()

missing_58 := data.vmimage.rules.windows.drive_letters.missing

default skip_58 := set()

skip_58 := data.vmimage.rules.windows.drive_letters.skip

finding_58 := main.finding("windows", "drive_letters", {"skip": skip_58}) if count(skip_58) > 0

finding_58 := main.finding("windows", "drive_letters", {"deny": deny_58, "ok": ok_58, "missing": missing_58, "skip": set()}) if count(skip_58) == 0

default deny_59 := set()

deny_59 := data.vmimage.rules.windows.platform_and_roles.deny

default ok_59 := set()

ok_59 := data.vmimage.rules.windows.platform_and_roles.ok

default missing_59 := set()

missing_59 := data.vmimage.rules.windows.platform_and_roles.missing

default skip_59 := set()

skip_59 := data.vmimage.rules.windows.platform_and_roles.skip

finding_59 := main.finding("windows", "platform_and_roles", {"skip": skip_59}) if count(skip_59) > 0

finding_59 := main.finding("windows", "platform_and_roles", {"deny": deny_59, "ok": ok_59, "missing": missing_59, "skip": set()}) if count(skip_59) == 0

default deny_60 := set()

deny_60 := data.vmimage.rules.windows.startup_tasks_self_delete.deny

default ok_60 := set()

ok_60 := data.vmimage.rules.windows.startup_tasks_self_delete.ok

default missing_60 := set()

missing_60 := data.vmimage.rules.windows.startup_tasks_self_delete.missing

default skip_60 := set()

skip_60 := data.vmimage.rules.windows.startup_tasks_self_delete.skip

finding_60 := main.finding("windows", "startup_tasks_self_delete", {"skip": skip_60}) if count(skip_60) > 0

finding_60 := main.finding("windows", "startup_tasks_self_delete", {"deny": deny_60, "ok": ok_60, "missing": missing_60, "skip": set()}) if count(skip_60) == 0

default deny_61 := set()

deny_61 := data.vmimage.rules.windows.sysprep_generalized.deny

default ok_61 := set()

ok_61 := data.vmimage.rules.windows.sysprep_generalized.ok

default missing_61 := set()

missing_61 := data.vmimage.rules.windows.sysprep_generalized.missing

default skip_61 := set()

skip_61 := data.vmimage.rules.windows.sysprep_generalized.skip

finding_61 := main.finding("windows", "sysprep_generalized", {"skip": skip_61}) if count(skip_61) > 0

finding_61 := main.finding("windows", "sysprep_generalized", {"deny": deny_61, "ok": ok_61, "missing": missing_61, "skip": set()}) if count(skip_61) == 0

default deny_62 := set()

deny_62 := data.vmimage.rules.windows.sysprep_last.deny

default ok_62 := set()

ok_62 := data.vmimage.rules.windows.sysprep_last.ok

default missing_62 := set()

missing_62 := data.vmimage.rules.windows.sysprep_last.missing

default skip_62 := set()

skip_62 := data.vmimage.rules.windows.sysprep_last.skip

finding_62 := main.finding("windows", "sysprep_last", {"skip": skip_62}) if count(skip_62) > 0

finding_62 := main.finding("windows", "sysprep_last", {"deny": deny_62, "ok": ok_62, "missing": missing_62, "skip": set()}) if count(skip_62) == 0

default deny_63 := set()

deny_63 := data.vmimage.rules.windows.updates_installed.deny

default ok_63 := set()

ok_63 := data.vmimage.rules.windows.updates_installed.ok

default missing_63 := set()

missing_63 := data.vmimage.rules.windows.updates_installed.missing

default skip_63 := set()

skip_63 := data.vmimage.rules.windows.updates_installed.skip

finding_63 := main.finding("windows", "updates_installed", {"skip": skip_63}) if count(skip_63) > 0

finding_63 := main.finding("windows", "updates_installed", {"deny": deny_63, "ok": ok_63, "missing": missing_63, "skip": set()}) if count(skip_63) == 0
