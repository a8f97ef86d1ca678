os_disk_size_gb = 60
