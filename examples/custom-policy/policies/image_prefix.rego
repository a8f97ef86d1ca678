# METADATA
# title: Image names start with the team prefix
# description: |
#   A house rule of the Contoso image team: every image (Packer build) is named
#   contoso-<something>, so gallery listings and cost reports can be filtered by team.
# scope: package
# custom:
#   id: CONTOSO-001
#   severity: error
#   guide: "Contoso image handbook §2"
#   stage: build
#   facts: [image.name]
#   remediation: |
#     Rename the Packer build (build name, or the source name in HCL2) to start with "contoso-".
package vmimage.rules.custom.image_prefix

import data.vmimage.lib

prefix := "contoso-"

missing contains "image.name" if not lib.has("image.name")

deny contains {"msg": msg, "fact": "image.name"} if {
	name := lib.fact("image.name")
	not startswith(name, prefix)
	msg := sprintf("image \"%s\" does not start with the team prefix \"%s\"", [name, prefix])
}

ok contains sprintf("image \"%s\" starts with \"%s\"", [name, prefix]) if {
	name := lib.fact("image.name")
	startswith(name, prefix)
}
