# METADATA
# title: Test helpers
# description: |
#   finding(area, name) is the finding the aggregator makes of the rule package
#   data.vmimage.rules[area][name], so a rule's test asserts the whole finding
#   (status, details, missing, skip), not a count.
#   Test packages live under vmimage.tests (never under vmimage.rules, which the aggregator walks).
package vmimage.test

import data.vmimage.main

finding(area, name) := object.remove(main.finding(area, name, data.vmimage.rules[area][name]), ["path"])
