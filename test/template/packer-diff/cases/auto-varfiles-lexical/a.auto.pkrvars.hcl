os_disk_size_gb = 10
location = "a"
