source "null" "a" {
  communicator = "none"
}

source "null" "b" {
  communicator = "none"
}

build {
  name    = "one"
  sources = ["source.null.a"]
  provisioner "shell-local" {
    inline = ["echo VMIP-P0"]
  }
}

build {
  name    = "two"
  sources = ["source.null.a"]
  provisioner "shell-local" {
    inline = ["echo VMIP-P1"]
  }
}
