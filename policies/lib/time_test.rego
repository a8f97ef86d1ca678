package vmimage.tests.lib.time

import data.vmimage.lib.time

# 2026-11-23 is a Monday.
monday := 1795392000

test_date_and_datetime if {
	time.date(0) == "1970-01-01"
	time.date(monday) == "2026-11-23"
	time.datetime(monday + 3723) == "2026-11-23T01:02:03Z"
	time.date(951782400) == "2000-02-29"
	time.date(951868800) == "2000-03-01"
	time.date(1704067199) == "2023-12-31"
	time.datetime(1704067200) == "2024-01-01T00:00:00Z"
}

test_weekday if {
	time.weekday(0) == 3
	time.weekday(monday) == 0
	time.weekday(monday + (6 * 86400)) == 6
}

test_business_days if {
	# Monday 10:00 to the next Wednesday 10:00: seven business days.
	time.business_days_between(monday + 36000, (monday + (9 * 86400)) + 36000) == 7

	# Monday to the next Tuesday, same hour: six.
	time.business_days_between(monday + 36000, (monday + (8 * 86400)) + 36000) == 6

	# A weekend alone counts nothing; Saturday noon to Monday noon is half a day.
	time.business_days_between(monday + (5 * 86400), monday + (7 * 86400)) == 0
	time.business_days_between((monday + (5 * 86400)) + 43200, (monday + (7 * 86400)) + 43200) == 0.5

	# Friday noon to Monday noon: one.
	time.business_days_between((monday + (4 * 86400)) + 43200, (monday + (7 * 86400)) + 43200) == 1
}

test_duration if {
	time.duration(30) == "30 seconds"
	time.duration(600) == "10 minutes"
	time.duration(5400) == "1.5 hours"
	time.duration(86400 * 3) == "3 days"
	time.duration(-600) == "-10 minutes"
	time.duration(86400) == "1 day"
	time.duration(3600) == "1 hour"
	time.duration(1) == "1 second"
}
