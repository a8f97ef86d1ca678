variable "sku" {
  type    = string
  default = "2022-datacenter-g2"
}

variable "disk" {
  type    = number
  default = 128
}

source "azure-arm" "windows" {
  os_type         = "Windows"
  image_publisher = "MicrosoftWindowsServer"
  image_offer     = "WindowsServer"
  image_sku       = var.sku
  image_version   = "latest"
  os_disk_size_gb = var.disk
  vm_size         = "Standard_D4s_v5"
  location        = "westeurope"
  communicator    = "winrm"
  winrm_use_ssl   = true
  winrm_insecure  = true
  winrm_username  = "packer"
  managed_image_name = "win-${replace(var.sku, "-", "")}"
  managed_image_resource_group_name = "images"
}

build {
  sources = ["source.azure-arm.windows"]
  provisioner "powershell" {
    inline = ["& $env:SystemRoot\\System32\\Sysprep\\Sysprep.exe /oobe /generalize /quiet /quit /mode:vm"]
  }
}
