source "null" "a" {
  communicator = "none"
}

source "null" "b" {
  communicator = "none"
}

build {
  source "source.null.a" {
    communicator = "none"
  }
  provisioner "shell-local" {
    inline = ["echo VMIP-P0"]
  }
}
