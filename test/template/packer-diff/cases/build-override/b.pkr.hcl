source "null" "a" {
  communicator = "none"
}

source "null" "b" {
  communicator = "none"
}

build {
  sources = ["source.null.a", "source.null.b"]
  provisioner "shell-local" {
    inline = ["echo VMIP-P0base"]
    override = {
      a = {
        inline = ["echo VMIP-P0a"]
      }
      "null.b" = {
        inline = ["echo VMIP-P0nullb"]
      }
    }
  }
}
