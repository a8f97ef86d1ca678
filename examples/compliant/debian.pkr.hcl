# The compliant example's Packer template: a Debian 12 Gen2 image for a marketplace SKU, published to a
# compute gallery. The probe runs inside the build and its output is downloaded beside the manifest; the
# agent's deprovision is the last step that changes the machine (AZMP-LNX-031).
packer {
  required_plugins {
    azure = {
      source  = "github.com/hashicorp/azure"
      version = ">= 2.1.0"
    }
  }
}

variable "version" {
  type    = string
  default = "1.0.3"
}

source "azure-arm" "debian-12-gen2" {
  use_azure_cli_auth = true
  os_type            = "Linux"
  image_publisher    = "Debian"
  image_offer        = "debian-12"
  image_sku          = "12-gen2"
  image_version      = "latest"
  vm_size            = "Standard_D2s_v5"
  os_disk_size_gb    = 30

  shared_image_gallery_destination {
    resource_group = "images-rg"
    gallery_name   = "contoso_gallery"
    image_name     = "contoso-appliance"
    image_version  = var.version
  }
}

build {
  sources = ["source.azure-arm.debian-12-gen2"]

  provisioner "shell" {
    execute_command = "chmod +x {{ .Path }}; {{ .Vars }} sudo -E sh -e '{{ .Path }}'"
    inline = [
      "apt-get update",
      "DEBIAN_FRONTEND=noninteractive apt-get -y upgrade",
      "sed -i 's/^#\\?ClientAliveInterval.*/ClientAliveInterval 180/' /etc/ssh/sshd_config",
    ]
  }

  provisioner "shell" {
    execute_command = "chmod +x {{ .Path }}; {{ .Vars }} sudo -E sh -e '{{ .Path }}'"
    inline          = ["/usr/sbin/waagent -force -deprovision+user && export HISTSIZE=0 && sync"]
  }

  post-processor "manifest" {
    output     = "packer-manifest.json"
    strip_path = true
    custom_data = {
      offer              = "contoso-appliance"
      sku                = "standard-gen2"
      version            = var.version
      os_type            = "Linux"
      os_disk_size_gb    = "30"
      os_disk_state      = "Generalized"
      data_disk_sizes_gb = ""
    }
  }
}
