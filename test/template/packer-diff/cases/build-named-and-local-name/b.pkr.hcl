source "null" "a" {
  communicator = "none"
}

source "null" "b" {
  communicator = "none"
}

build {
  name = "img"
  source "source.null.a" {
    name = "alt"
  }
  sources = ["source.null.b"]
  provisioner "shell-local" {
    only   = ["null.alt"]
    inline = ["echo VMIP-P0"]
  }
  provisioner "shell-local" {
    only   = ["null.a"]
    inline = ["echo VMIP-P1"]
  }
  provisioner "shell-local" {
    only   = ["img.null.b"]
    inline = ["echo VMIP-P2"]
  }
  provisioner "shell-local" {
    inline = ["echo VMIP-P3"]
  }
}
