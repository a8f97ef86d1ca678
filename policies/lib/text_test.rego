package vmimage.tests.lib.text

import data.vmimage.lib.text

test_authority_names_the_source_of_thresholds if {
	text.authority == "the guide"
	text.authority == "current certification" with data.config.profile as "current"
	text.authority == "the configuration" with data.config.thresholds as {"sas": {"start_skew_min_seconds": 60}}
	text.authority == "the active profile" with data.config.profile as "strict"
	text.authority == "current certification" with data.config.profile as "current"
		with data.config.thresholds as {"sas": {"start_skew_min_seconds": 86400}}
	text.span(30, 50) == "30–50"
}
