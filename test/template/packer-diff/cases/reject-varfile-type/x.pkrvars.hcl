os_disk_size_gb = "big"
