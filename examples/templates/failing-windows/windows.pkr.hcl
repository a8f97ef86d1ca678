// A Windows Server build that generalizes too early: a windows-restart runs after sysprep /generalize
// (AZMP-WIN-007 fails at the windows-restart provisioner, line 42).
// Check it: node dist/cli.js check --template examples/templates/failing-windows

source "azure-arm" "windows" {
  os_type         = "Windows"
  image_publisher = "MicrosoftWindowsServer"
  image_offer     = "WindowsServer"
  image_sku       = "2022-datacenter-g2"
  image_version   = "latest"
  os_disk_size_gb = 128
  vm_size         = "Standard_D4s_v5"
  location        = "westeurope"

  communicator   = "winrm"
  winrm_use_ssl  = true
  winrm_insecure = true
  winrm_timeout  = "10m"
  winrm_username = "packer"

  managed_image_name                = "contoso-windows"
  managed_image_resource_group_name = "images"
}

build {
  sources = ["source.azure-arm.windows"]

  provisioner "powershell" {
    inline = ["Install-WindowsFeature -Name Web-Server -IncludeManagementTools"]
  }

  provisioner "powershell" {
    inline = [
      "& $env:SystemRoot\\System32\\Sysprep\\Sysprep.exe /oobe /generalize /quiet /quit /mode:vm",
      "while($true) { $imageState = Get-ItemProperty HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Setup\\State | Select ImageState; if($imageState.ImageState -ne 'IMAGE_STATE_GENERALIZE_RESEAL_TO_OOBE') { Write-Output $imageState.ImageState; Start-Sleep -s 10 } else { break } }",
    ]
  }

  // Wrong: restarting after sysprep runs Windows setup (OOBE) on the build VM, so the captured image is no
  // longer generalized.

  provisioner "windows-restart" {
    restart_timeout = "15m"
  }
}
