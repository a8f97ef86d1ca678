package vmimage.tests.lib.time

import data.vmimage.lib.time as clock

# 2026-11-23 is a Monday.
monday := 1795392000

test_date_and_datetime if {
	clock.date(0) == "1970-01-01"
	clock.date(monday) == "2026-11-23"
	clock.datetime(monday + 3723) == "2026-11-23T01:02:03Z"
	clock.date(951782400) == "2000-02-29"
	clock.date(951868800) == "2000-03-01"
	clock.date(1704067199) == "2023-12-31"
	clock.datetime(1704067200) == "2024-01-01T00:00:00Z"
}

test_weekday if {
	clock.weekday(0) == 3
	clock.weekday(monday) == 0
	clock.weekday(monday + (6 * 86400)) == 6
}

test_business_days if {
	# Monday 10:00 to the next Wednesday 10:00: seven business days.
	clock.business_days_between(monday + 36000, (monday + (9 * 86400)) + 36000) == 7

	# Monday to the next Tuesday, same hour: six.
	clock.business_days_between(monday + 36000, (monday + (8 * 86400)) + 36000) == 6

	# A weekend alone counts nothing; Saturday noon to Monday noon is half a day.
	clock.business_days_between(monday + (5 * 86400), monday + (7 * 86400)) == 0
	clock.business_days_between((monday + (5 * 86400)) + 43200, (monday + (7 * 86400)) + 43200) == 0.5

	# Friday noon to Monday noon: one.
	clock.business_days_between((monday + (4 * 86400)) + 43200, (monday + (7 * 86400)) + 43200) == 1
}

test_duration if {
	clock.duration(30) == "30 seconds"
	clock.duration(600) == "10 minutes"
	clock.duration(5400) == "1.5 hours"
	clock.duration(86400 * 3) == "3 days"
	clock.duration(-600) == "-10 minutes"
	clock.duration(86400) == "1 day"
	clock.duration(3600) == "1 hour"
	clock.duration(1) == "1 second"
}
