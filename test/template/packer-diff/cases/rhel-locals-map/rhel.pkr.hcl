variable "rhel" {
  type    = string
  default = "9"
}

locals {
  skus = {
    "8" = { sku = "8-lvm-gen2", disk = 64 }
    "9" = { sku = "9-lvm-gen2", disk = 40 }
  }
  chosen = lookup(local.skus, var.rhel, { sku = "none", disk = 0 })
  disk   = local.chosen.disk
}

source "azure-arm" "rhel" {
  os_type         = "Linux"
  image_publisher = "RedHat"
  image_offer     = "RHEL"
  image_sku       = local.chosen.sku
  os_disk_size_gb = local.disk
  vm_size         = "Standard_D2s_v5"
  location        = "eastus"
  managed_image_name = "rhel-${var.rhel}"
  managed_image_resource_group_name = "images"
}

build {
  sources = ["source.azure-arm.rhel"]
  provisioner "shell" {
    inline = ["sudo dnf -y update", "sudo /usr/sbin/waagent -force -deprovision+user && export HISTSIZE=0 && sync"]
  }
}
