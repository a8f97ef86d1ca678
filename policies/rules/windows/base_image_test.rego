package vmimage.tests.windows.base_image

import data.vmimage.test as t

win(base) := {"os": {"type": "Windows"}, "windows": {"base_image": base}}

test_pass_guide_listed_sku if {
	f := t.finding("windows", "base_image") with input as win({"publisher": "MicrosoftWindowsServer", "offer": "WindowsServer", "sku": "2012-r2-datacenter"})
	f == {
		"status": "pass",
		"details": [{"msg": "built on MicrosoftWindowsServer:WindowsServer:2012-r2-datacenter: approved (Windows Server 2012 R2 Datacenter, 2012 Datacenter, 2008 R2 SP1)"}],
		"missing": [],
		"skip": [],
	}
}

test_pass_guide_published_after_2014_09_08 if {
	f := t.finding("windows", "base_image") with input as win({
		"publisher": "MicrosoftWindowsServer", "offer": "WindowsServer", "sku": "2022-datacenter-azure-edition",
		"version": "20348.2762.241006", "published": "2024-10-06",
	})
	f.status == "pass"
	f.details == [{"msg": "built on MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition (version 20348.2762.241006, published 2024-10-06): approved (any Windows Server image published after 2014-09-08)"}]
}

test_fail_old_unlisted_image if {
	f := t.finding("windows", "base_image") with input as win({
		"publisher": "MicrosoftWindowsServer", "offer": "WindowsServer", "sku": "2008-Datacenter",
		"published": "2014-06-01",
	})
	f == {
		"status": "fail",
		"details": [{
			"msg": "the image is built on MicrosoftWindowsServer:WindowsServer:2008-Datacenter (published 2014-06-01); the guide approves only: Windows Server 2012 R2 Datacenter, 2012 Datacenter, 2008 R2 SP1; SQL Server 2014 Enterprise, Standard, Web; SQL Server 2012 SP2 Enterprise, Standard, Web; any Windows Server image published after 2014-09-08 (§3.1): start from an approved base image",
			"fact": "windows.base_image",
		}],
		"missing": [],
		"skip": [],
	}
}

test_pass_sql_server if {
	f := t.finding("windows", "base_image") with input as win({"publisher": "MicrosoftSQLServer", "offer": "SQL2012SP2-WS2012", "sku": "Web", "version": "11.0.1"})
	f.details == [{"msg": "built on MicrosoftSQLServer:SQL2012SP2-WS2012:Web (version 11.0.1): approved (SQL Server 2012 SP2 Enterprise, Standard, Web)"}]
}

test_fail_third_party_image if {
	f := t.finding("windows", "base_image") with input as win({"publisher": "someone", "offer": "win", "sku": "custom"})
	f.status == "fail"
}

test_unknown_publication_date if {
	# Not in the explicit list, and the "published after" entry needs the date.
	f := t.finding("windows", "base_image") with input as win({"publisher": "MicrosoftWindowsServer", "offer": "WindowsServer", "sku": "2019-Datacenter"})
	f == {"status": "unknown", "details": [], "missing": ["windows.base_image.published"], "skip": []}
}

test_current_list if {
	f := t.finding("windows", "base_image") with input as win({"publisher": "MicrosoftWindowsServer", "offer": "WindowsServer", "sku": "2022-datacenter-g2"})
		with data.config.profile as "current"
	f.status == "pass"

	g := t.finding("windows", "base_image") with input as win({"publisher": "MicrosoftWindowsServer", "offer": "WindowsServer", "sku": "2012-R2-Datacenter", "published": "2023-01-01"})
		with data.config.profile as "current"
	g.status == "fail"
}

test_unknown_without_base_image if {
	f := t.finding("windows", "base_image") with input as {"os": {"type": "Windows"}}
	f == {
		"status": "unknown",
		"details": [],
		"missing": ["windows.base_image.offer", "windows.base_image.publisher", "windows.base_image.sku"],
		"skip": [],
	}
}

test_unknown_without_os_type if {
	f := t.finding("windows", "base_image") with input as {"windows": {"base_image": {"publisher": "MicrosoftWindowsServer", "offer": "WindowsServer", "sku": "2012-Datacenter"}}}
	f == {"status": "unknown", "details": [], "missing": ["os.type"], "skip": []}
}

test_not_applicable_on_linux if {
	f := t.finding("windows", "base_image") with input as {"os": {"type": "Linux"}}
	f.status == "not_applicable"
	f.skip == ["Linux image: the Windows rules do not apply"]
}
