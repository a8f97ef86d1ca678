source "null" "a" {
  communicator = "none"
}

source "null" "b" {
  communicator = "none"
}

build {
  sources = ["source.null.a", "source.null.b"]
  provisioner "shell-local" {
    inline = ["echo VMIP-P0"]
  }
  provisioner "shell-local" {
    only   = ["null.a"]
    inline = ["echo VMIP-P1"]
  }
  provisioner "shell-local" {
    only   = ["source.null.a"]
    inline = ["echo VMIP-P2"]
  }
  provisioner "shell-local" {
    only   = ["a"]
    inline = ["echo VMIP-P3"]
  }
  provisioner "shell-local" {
    except = ["null.b"]
    inline = ["echo VMIP-P4"]
  }
  provisioner "shell-local" {
    except = ["b"]
    inline = ["echo VMIP-P5"]
  }
}
