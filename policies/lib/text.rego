# METADATA
# title: Message wording shared by rules
# description: |
#   Who sets the threshold a message quotes: the guide (profile guide), later certification tooling
#   (profile current), or the user's own overrides.
package vmimage.lib.text

# The parent package, not this one (without it, lib.x would be data.vmimage.lib.x):
# regal ignore:pointless-import
import data.vmimage.lib

default authority := "the active profile"

authority := "the guide" if {
	lib.profile_name == "guide"
	not overridden
}

authority := "current certification" if {
	lib.profile_name == "current"
	not overridden
}

authority := "the configuration" if overridden

# Some threshold the configuration sets differs from the profile's own value (setting it to the same value changes nothing).
overridden if {
	some area, kv in lib.overrides
	some k, v in kv
	object.get(data.profiles, [lib.profile_name, area, k], null) != v
}

# "30–50" from two bounds.
span(lo, hi) := sprintf("%v–%v", [lo, hi])
