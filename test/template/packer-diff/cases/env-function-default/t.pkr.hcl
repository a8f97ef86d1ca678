variable "sku" {
  type    = string
  default = env("IMG_SKU")
}
variable "location" {
  default = "westeurope"
}
variable "image_version" {
  default = "1.0.0"
}
variable "os_disk_size_gb" {
  default = 30
}
source "azure-arm" "ubuntu" {
  os_type                           = "Linux"
  image_publisher                   = "Canonical"
  image_offer                       = "0001-com-ubuntu-server-jammy"
  image_sku                         = var.sku
  image_version                     = "latest"
  location                          = var.location
  vm_size                           = "Standard_D2s_v5"
  os_disk_size_gb                   = var.os_disk_size_gb
  managed_image_name                = "contoso-ubuntu-${var.image_version}"
  managed_image_resource_group_name = "images"
}

build {
  sources = ["source.azure-arm.ubuntu"]
  provisioner "shell" {
    execute_command = "chmod +x {{ .Path }}; {{ .Vars }} sudo -E sh '{{ .Path }}'"
    inline          = ["apt-get update", "/usr/sbin/waagent -force -deprovision+user && export HISTSIZE=0 && sync"]
  }
}
