// The same image with three mistakes the template alone reveals:
//  - os_disk_size_gb = 20: below the guide's 30 GB minimum for a Linux OS disk (§2.1.1, AZMP-DSK-002)
//  - image_version "v1.0": not X.Y.Z with integers (§5.3.8, AZMP-SKU-002)
//  - a provisioner runs after the deprovision step, so the image is not left generalized (§2.9)
// Check it: node dist/cli.js check --template examples/templates/failing

variable "image_version" {
  type    = string
  default = "v1.0"
}

source "azure-arm" "ubuntu" {
  use_azure_cli_auth = true

  os_type         = "Linux"
  image_publisher = "Canonical"
  image_offer     = "0001-com-ubuntu-server-jammy"
  image_sku       = "22_04-lts-gen2"
  image_version   = "latest"
  os_disk_size_gb = 20
  vm_size         = "Standard_D2s_v5"
  location        = "westeurope"

  managed_image_name                = "contoso-ubuntu-dev"
  managed_image_resource_group_name = "images-rg"

  shared_image_gallery_destination {
    resource_group = "images-rg"
    gallery_name   = "contoso_gallery"
    image_name     = "contoso-ubuntu"
    image_version  = var.image_version
  }
}

build {
  name    = "contoso-ubuntu"
  sources = ["source.azure-arm.ubuntu"]

  provisioner "shell" {
    execute_command = "sudo sh -c '{{ .Vars }} {{ .Path }}'"
    inline          = ["/usr/sbin/waagent -force -deprovision+user && export HISTSIZE=0 && sync"]
  }

  provisioner "shell" {
    execute_command = "sudo sh -c '{{ .Vars }} {{ .Path }}'"
    inline          = ["echo 'configured after deprovisioning' > /etc/motd"]
  }
}
