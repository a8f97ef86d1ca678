# METADATA
# title: Calendar arithmetic on epoch seconds
# description: |
#   UTC dates, business-day spans and readable durations computed with integer arithmetic only,
#   because the wasm target has no time.* built-ins. Business days are Monday to Friday (UTC);
#   public holidays are not known and not subtracted.
package vmimage.lib.time

day := 86400

# Days since 1970-01-01 of the UTC date containing t, and the seconds into that day.
days(t) := floor(t / day)

# Day of the week, 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday).
weekday(t) := d - (7 * floor(d / 7)) if d := days(t) + 3

# Seconds of Monday-to-Friday time between a fixed Monday and t; differences give business time.
business_seconds(t) := ((floor(d / 7) * 5) * day) + partial_week(d - (7 * floor(d / 7)), t - (days(t) * day)) if {
	d := days(t) + 3
}

partial_week(dow, into_day) := (dow * day) + into_day if dow < 5

partial_week(dow, _) := 5 * day if dow >= 5

# Monday-to-Friday time between two instants, in (possibly fractional) days.
business_days_between(start, end) := (business_seconds(end) - business_seconds(start)) / day

# Proleptic Gregorian date of the UTC day containing t (H. Hinnant's civil_from_days).
civil(t) := [y + leap_shift(m), m, d] if {
	z := days(t) + 719468
	era := floor(z / 146097)
	doe := z - (era * 146097)
	yoe := floor((((doe - floor(doe / 1460)) + floor(doe / 36524)) - floor(doe / 146096)) / 365)
	y := yoe + (era * 400)
	doy := doe - (((365 * yoe) + floor(yoe / 4)) - floor(yoe / 100))
	mp := floor(((5 * doy) + 2) / 153)
	d := (doy - floor(((153 * mp) + 2) / 5)) + 1
	m := month(mp)
}

month(mp) := mp + 3 if mp < 10

month(mp) := mp - 9 if mp >= 10

leap_shift(m) := 1 if m <= 2

leap_shift(m) := 0 if m > 2

pad2(n) := sprintf("%d", [n]) if n >= 10

pad2(n) := sprintf("0%d", [n]) if n < 10

# "2026-11-25"
date(t) := sprintf("%d-%s-%s", [c[0], pad2(c[1]), pad2(c[2])]) if c := civil(t)

# "2026-11-25T19:28:31Z"
datetime(t) := sprintf("%sT%s:%s:%sZ", [date(t), pad2(floor(s / 3600)), pad2(floor((s % 3600) / 60)), pad2(s % 60)]) if {
	s := floor(t) - (days(t) * day)
}

# Readable length of a span of seconds: "10 minutes", "5 hours", "2.5 days".
duration(s) := count_of(s, "second") if abs(s) < 60

duration(s) := count_of(round1(s / 60), "minute") if {
	abs(s) >= 60
	abs(s) < 3600
}

duration(s) := count_of(round1(s / 3600), "hour") if {
	abs(s) >= 3600
	abs(s) < day
}

duration(s) := count_of(round1(s / day), "day") if abs(s) >= day

# "1 day", "2.5 days".
count_of(n, unit) := sprintf("%v %s", [n, unit]) if abs(n) == 1

count_of(n, unit) := sprintf("%v %ss", [n, unit]) if abs(n) != 1

# One decimal at most: 2.25 -> 2.3, 3.0 -> 3.
round1(x) := round(x * 10) / 10

# One decimal at most, rounded down, for a value that falls short of a minimum: 20.99 -> 20.9, never "21".
floor1(x) := floor(x * 10) / 10
