# METADATA
# title: SAS URI helpers
# description: |
#   The SAS URIs of the image (input.sas, one entry per URI, each mapped to its disk: "os" or "lunN"),
#   how a message names them, and which disks need one. URIs in facts are already redacted.
package vmimage.lib.sas

uris := object.get(input, "sas", [])

# "the SAS URI for the OS VHD", "the SAS URI for LUN 2".
label(s) := "the SAS URI for the OS VHD" if s.disk == "os"

label(s) := sprintf("the SAS URI for LUN %s", [substring(s.disk, 3, -1)]) if startswith(s.disk, "lun")

disk_name("os") := "the OS VHD"

disk_name(d) := sprintf("the data VHD at LUN %s", [substring(d, 3, -1)]) if startswith(d, "lun")

# The query string was read without a stored access policy, so an absent parameter is really absent.
parsed(s) if {
	not s.parse_error
	s.sp
}

# Disks that need a SAS URI: the OS disk, and each data disk that is delivered as a VHD
# (a data disk declared empty without a VHD has nothing to share).
needed contains "os"

needed contains sprintf("lun%d", [d.lun]) if {
	some d in input.disks.data
	is_number(object.get(d, "lun", null))
	not declared_empty_without_vhd(d)
}

declared_empty_without_vhd(d) if {
	not d.vhd
	d.empty == true
}
