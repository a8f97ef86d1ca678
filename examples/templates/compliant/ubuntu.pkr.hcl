// A Linux image the checks pass from the template alone: OS disk 30 GB (guide §2.1.1: 30–50 GB),
// a plain X.Y.Z gallery version (§5.3.8), and the agent's deprovision step as the very last provisioner (§2.9).
// Check it: node dist/cli.js check --template examples/templates/compliant --var image_version=1.0.0

packer {
  required_plugins {
    azure = {
      source  = "github.com/hashicorp/azure"
      version = ">= 2.0.0"
    }
  }
}

variable "image_version" {
  type        = string
  default     = "1.0.0"
  description = "Gallery image version, X.Y.Z with integers only."
}

variable "location" {
  type    = string
  default = "westeurope"
}

variable "subscription_id" {
  type    = string
  default = env("ARM_SUBSCRIPTION_ID")
}

locals {
  base = "Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2"
}

source "azure-arm" "ubuntu" {
  subscription_id = var.subscription_id
  use_azure_cli_auth = true

  os_type         = "Linux"
  image_publisher = split(":", local.base)[0]
  image_offer     = split(":", local.base)[1]
  image_sku       = split(":", local.base)[2]
  image_version   = "latest"
  os_disk_size_gb = 30
  vm_size         = "Standard_D2s_v5"
  location        = var.location

  managed_image_name                = "contoso-ubuntu-${replace(var.image_version, ".", "-")}"
  managed_image_resource_group_name = "images-rg"

  shared_image_gallery_destination {
    subscription   = var.subscription_id
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
    inline = [
      "apt-get update",
      "DEBIAN_FRONTEND=noninteractive apt-get -y upgrade",
      "apt-get -y install walinuxagent",
    ]
  }

  provisioner "shell" {
    execute_command = "sudo sh -c '{{ .Vars }} {{ .Path }}'"
    inline = [
      "rm -f /etc/resolv.conf",
      "/usr/sbin/waagent -force -deprovision+user && export HISTSIZE=0 && sync",
    ]
  }
}
