# METADATA
# title: Message wording shared by rules
# description: |
#   Who sets the threshold a message quotes: the guide (profile guide), later certification tooling
#   (profile current), or the user's own overrides.
package vmimage.lib.text

import data.vmimage.lib

default authority := "the active profile"

authority := "the guide" if {
	lib.profile_name == "guide"
	count(lib.overrides) == 0
}

authority := "current certification" if {
	lib.profile_name == "current"
	count(lib.overrides) == 0
}

authority := "the configuration" if count(lib.overrides) > 0

# "30–50" from two bounds.
span(lo, hi) := sprintf("%v–%v", [lo, hi])
