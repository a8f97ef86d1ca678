# METADATA
# title: Disk size helpers
# description: |
#   The size of a disk as the rules judge it: the VHD footer's observed current_size (bytes, read
#   from the VHD itself) outranks the declared size_gb. Sizes are in GiB (2^30 bytes), which is what
#   Azure and the guide call GB.
package vmimage.lib.disk

gib := 1073741824

# Observed size in GB: the footer's current_size when present, else the declared size_gb.
size_gb(d) := d.vhd.current_size / gib

size_gb(d) := d.size_gb if not d.vhd.current_size

has_size(d) if size_gb(d)

# Size for messages: at most two decimals.
show(x) := round(x * 100) / 100

# " (observed in the VHD footer; the declared size_gb 40 disagrees)" when both exist and disagree, else "".
default note(_) := ""

note(d) := sprintf(" (observed in the VHD footer; the declared size_gb %v disagrees)", [d.size_gb]) if {
	d.vhd.current_size
	d.size_gb != size_gb(d)
}

# Human name of a data disk: "data disk at LUN 2", or by position when it has no LUN.
data_label(d, _) := sprintf("data disk at LUN %d", [d.lun]) if is_number(object.get(d, "lun", null))

data_label(d, i) := sprintf("data disk #%d (no LUN)", [i]) if not is_number(object.get(d, "lun", null))

# Fact path of a disk's size: where a failure points.
size_fact(prefix, d) := sprintf("%s.vhd.current_size", [prefix]) if d.vhd.current_size

size_fact(prefix, d) := sprintf("%s.size_gb", [prefix]) if not d.vhd.current_size
