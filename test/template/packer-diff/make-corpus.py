#!/usr/bin/env python3
"""Writes the differential corpus (cases/*): run once, the folders are committed; edit cases here."""
import json, os, shutil
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases')

def ubuntu(extra_src='', size='var.os_disk_size_gb', sku='"22_04-lts-gen2"'):
    return f'''source "azure-arm" "ubuntu" {{
  os_type                           = "Linux"
  image_publisher                   = "Canonical"
  image_offer                       = "0001-com-ubuntu-server-jammy"
  image_sku                         = {sku}
  image_version                     = "latest"
  location                          = var.location
  vm_size                           = "Standard_D2s_v5"
  os_disk_size_gb                   = {size}
  managed_image_name                = "contoso-ubuntu-${{var.image_version}}"
  managed_image_resource_group_name = "images"
{extra_src}}}

build {{
  sources = ["source.azure-arm.ubuntu"]
  provisioner "shell" {{
    execute_command = "chmod +x {{{{ .Path }}}}; {{{{ .Vars }}}} sudo -E sh '{{{{ .Path }}}}'"
    inline          = ["apt-get update", "/usr/sbin/waagent -force -deprovision+user && export HISTSIZE=0 && sync"]
  }}
}}
'''

VARS = '''variable "location" {
  type    = string
  default = "westeurope"
}

variable "image_version" {
  type    = string
  default = "1.0.0"
}

variable "os_disk_size_gb" {
  type    = number
  default = 30
}
'''

cases = {}
def case(name, files, spec=None):
    cases[name] = (files, spec)

# ---- realistic builds
case('ubuntu-basic', {'ubuntu.pkr.hcl': VARS + ubuntu('''  shared_image_gallery_destination {
    subscription   = "00000000-0000-0000-0000-000000000000"
    resource_group = "galleries"
    gallery_name   = "contoso"
    image_name     = "contoso-ubuntu"
    image_version  = var.image_version
    replication_regions = [var.location, "northeurope"]
  }
''')})
case('rhel-locals-map', {'rhel.pkr.hcl': '''variable "rhel" {
  type    = string
  default = "9"
}

locals {
  skus = {
    "8" = { sku = "8-lvm-gen2", disk = 64 }
    "9" = { sku = "9-lvm-gen2", disk = 40 }
  }
  chosen = lookup(local.skus, var.rhel, { sku = "none", disk = 0 })
  disk   = local.chosen.disk
}

source "azure-arm" "rhel" {
  os_type         = "Linux"
  image_publisher = "RedHat"
  image_offer     = "RHEL"
  image_sku       = local.chosen.sku
  os_disk_size_gb = local.disk
  vm_size         = "Standard_D2s_v5"
  location        = "eastus"
  managed_image_name = "rhel-${var.rhel}"
  managed_image_resource_group_name = "images"
}

build {
  sources = ["source.azure-arm.rhel"]
  provisioner "shell" {
    inline = ["sudo dnf -y update", "sudo /usr/sbin/waagent -force -deprovision+user && export HISTSIZE=0 && sync"]
  }
}
'''}, {'vars': {'rhel': '8'}})
WIN = '''variable "sku" {
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
    inline = ["& $env:SystemRoot\\\\System32\\\\Sysprep\\\\Sysprep.exe /oobe /generalize /quiet /quit /mode:vm"]
  }
}
'''
case('windows-basic', {'windows.pkr.hcl': WIN})
case('windows-cli-sku', {'windows.pkr.hcl': WIN}, {'vars': {'sku': '2019-datacenter-gensecond', 'disk': '256'}})

# ---- variable precedence
case('var-cli-number', {'t.pkr.hcl': VARS + ubuntu()}, {'vars': {'os_disk_size_gb': '64'}})
case('var-untyped-default-number', {'t.pkr.hcl': VARS.replace('''variable "os_disk_size_gb" {
  type    = number
  default = 30
}''', '''variable "os_disk_size_gb" {
  default = 30
}''') + ubuntu()}, {'vars': {'os_disk_size_gb': '40'}})
case('pkr-var-env', {'t.pkr.hcl': VARS + ubuntu()}, {'env': {'PKR_VAR_os_disk_size_gb': '50', 'PKR_VAR_location': 'uksouth'}})
case('env-below-varfile', {'t.pkr.hcl': VARS + ubuntu(), 'x.pkrvars.hcl': 'os_disk_size_gb = 60\n'},
     {'env': {'PKR_VAR_os_disk_size_gb': '50'}, 'var_files': ['x.pkrvars.hcl']})
case('auto-varfiles-lexical', {'t.pkr.hcl': VARS + ubuntu(), 'a.auto.pkrvars.hcl': 'os_disk_size_gb = 10\nlocation = "a"\n', 'b.auto.pkrvars.hcl': 'os_disk_size_gb = 20\n'})
case('explicit-after-auto', {'t.pkr.hcl': VARS + ubuntu(), 'a.auto.pkrvars.hcl': 'os_disk_size_gb = 10\n', 'x.pkrvars.hcl': 'os_disk_size_gb = 30\n'},
     {'var_files': ['x.pkrvars.hcl']})
case('json-varfile-outranks-hcl', {'t.pkr.hcl': VARS + ubuntu(), 'v.json': '{"os_disk_size_gb": 70}\n', 'v.pkrvars.hcl': 'os_disk_size_gb = 80\n'},
     {'var_files': ['v.json', 'v.pkrvars.hcl']})
case('auto-json-outranks-explicit-hcl', {'t.pkr.hcl': VARS + ubuntu(), 'z.auto.pkrvars.json': '{"os_disk_size_gb": 11}\n', 'x.pkrvars.hcl': 'os_disk_size_gb = 12\n'},
     {'var_files': ['x.pkrvars.hcl']})
case('cli-over-all', {'t.pkr.hcl': VARS + ubuntu(), 'v.json': '{"os_disk_size_gb": 70}\n'},
     {'var_files': ['v.json'], 'vars': {'os_disk_size_gb': '90'}, 'env': {'PKR_VAR_os_disk_size_gb': '50'}})
case('varfile-string-to-number', {'t.pkr.hcl': VARS + ubuntu(), 'x.pkrvars.hcl': 'os_disk_size_gb = "45"\n'}, {'var_files': ['x.pkrvars.hcl']})
case('var-list-cli', {'t.pkr.hcl': VARS + '''variable "regions" {
  type    = list(string)
  default = ["westeurope"]
}
locals {
  first = var.regions[0]
  n     = length(var.regions)
}
''' + ubuntu()}, {'vars': {'regions': '["eastus", "westus"]'}})
case('env-function-default', {'t.pkr.hcl': '''variable "sku" {
  type    = string
  default = env("IMG_SKU")
}
variable "location" {
  default = "westeurope"
}
variable "image_version" {
  default = "1.0.0"
}
variable "os_disk_size_gb" {
  default = 30
}
''' + ubuntu(sku='var.sku')}, {'env': {'IMG_SKU': '24_04-lts-gen2'}})
case('sensitive-variable', {'t.pkr.hcl': VARS + '''variable "client_secret" {
  type      = string
  default   = "s3cr3t"
  sensitive = true
}
''' + ubuntu()})

# ---- values and functions
def locals_case(name, body, extra_vars='', spec=None):
    case(name, {'t.pkr.hcl': VARS + extra_vars + 'locals {\n' + body + '}\n\n' + ubuntu()}, spec)

locals_case('numbers', '''  a = 0.1 + 0.2
  b = 1.5
  c = "${1.5}"
  d = 10 / 4
  e = 7 * 6
  f = 1e21
  g = "${1e21}"
  h = 2 - 5
  i = 10 % 3
  j = "${1 / 3}"
''')
locals_case('format-verbs', '''  a = format("%s-%d", "img", 3)
  b = format("%05d", 42)
  c = format("%.2f", 2.345)
  d = format("%x", 255)
  e = format("%q", "a")
  f = format("%t", true)
  g = format("%-5s|", "ab")
  h = format("%%d %s", "x")
  i = format("%v", 1.5)
''')
locals_case('strings', '''  a = split(",", "a,b,c")
  b = join("-", ["x", "y"])
  c = replace("a-b-c", "-", "_")
  d = substr("contoso", 0, 3)
  e = trimprefix("v1.2.3", "v")
  f = trimsuffix("img.vhd", ".vhd")
  g = upper("abc")
  h = lower("ABC")
  i = trimspace("  x  ")
  j = chomp("line\\n")
  k = title("hello world")
  l = replace("a1b2", "/[0-9]/", "")
''')
locals_case('collections', '''  a = merge({ a = 1 }, { b = 2 }, { a = 3 })
  b = keys({ z = 1, a = 2 })
  c = values({ z = 1, a = 2 })
  d = length("héllo")
  e = concat(["a"], ["b", "c"])
  f = flatten([["a"], ["b", ["c"]]])
  g = distinct(["a", "b", "a"])
  h = contains(["a", "b"], "b")
  i = coalesce("", "x")
  j = coalescelist([], ["y"])
  k = element(["a", "b", "c"], 4)
  l = lookup({ a = "1" }, "b", "dflt")
''')
locals_case('math', '''  a = min(3, 1, 2)
  b = max(3, 1, 2)
  c = abs(-4)
  d = ceil(1.2)
  e = floor(1.8)
  f = 3 > 2
  g = !true
  h = -(5)
''')
locals_case('conditional', '''  linux = var.location == "westeurope" ? 30 : 128
  both  = var.location != "" && var.os_disk_size_gb > 10
  name  = var.location == "x" ? "a" : "b"
''')
locals_case('heredoc', '''  script = <<-EOT
    echo ${var.location}
      indented
    EOT
  plain = <<EOT
a $${literal}
EOT
''')
locals_case('try-can', '''  a = try(var.nope, "dflt")
  b = can(regex("^w", var.location))
  c = try(tonumber("x"), 1)
''')
locals_case('for-and-splat', '''  up    = [for s in ["a", "b"] : upper(s)]
  objs  = [{ name = "a" }, { name = "b" }]
  names = local.objs[*].name
  m     = { for k, v in { a = 1 } : k => v * 2 }
''')
locals_case('index-forms', '''  l = ["a", "b", "c"]
  m = { x = { y = "deep" } }
  a = local.l[1]
  b = local.m.x.y
  c = local.m["x"]["y"]
  d = local.l.0
''')
locals_case('interpolation', '''  a = "img-${var.location}-${var.os_disk_size_gb}"
  b = "${true}"
  c = "v${1 + 2}"
  d = "%{ if true }yes%{ endif }"
''')
locals_case('local-chain', '''  base = "contoso"
  name = "${local.base}-ubuntu"
  full = "${local.name}-${var.image_version}"
''')
case('dynamic-block', {'t.pkr.hcl': VARS + '''locals {
  tags = { env = "prod", team = "img" }
}
''' + ubuntu('''  dynamic "azure_tag" {
    for_each = local.tags
    content {
      name  = azure_tag.key
      value = azure_tag.value
    }
  }
''')})

# ---- templates Packer rejects
case('reject-func-in-default', {'t.pkr.hcl': VARS + '''variable "name" {
  type    = string
  default = lower("CONTOSO")
}
''' + ubuntu()})
case('reject-var-in-default', {'t.pkr.hcl': VARS + '''variable "name" {
  type    = string
  default = var.location
}
''' + ubuntu()})
locals_case('reject-tonumber', '  n = tonumber("5")\n')
locals_case('reject-tostring', '  s = tostring(5)\n')
locals_case('reject-lookup-2arg', '  v = lookup({ a = "1" }, "a")\n')
locals_case('reject-element-negative', '  v = element(["a", "b"], -1)\n')
locals_case('reject-unknown-function', '  v = nosuchfunction("a")\n')
case('reject-var-type', {'t.pkr.hcl': VARS + ubuntu()}, {'vars': {'os_disk_size_gb': 'thirty'}})
case('reject-var-list', {'t.pkr.hcl': VARS + '''variable "regions" {
  type    = list(string)
  default = []
}
''' + ubuntu()}, {'vars': {'regions': 'notalist'}})
case('reject-undeclared-cli-var', {'t.pkr.hcl': VARS + ubuntu()}, {'vars': {'nope': '1'}})
case('reject-duplicate-variable', {'t.pkr.hcl': VARS + '''variable "location" {
  default = "x"
}
''' + ubuntu()})
case('reject-duplicate-local', {'t.pkr.hcl': VARS + '''locals {
  a = 1
}
locals {
  a = 2
}
''' + ubuntu()})
case('reject-varfile-type', {'t.pkr.hcl': VARS + ubuntu(), 'x.pkrvars.hcl': 'os_disk_size_gb = "big"\n'}, {'var_files': ['x.pkrvars.hcl']})
case('reject-env-type', {'t.pkr.hcl': VARS + ubuntu()}, {'env': {'PKR_VAR_os_disk_size_gb': 'huge'}})
case('reject-syntax', {'t.pkr.hcl': VARS + ubuntu().replace('build {', 'build {{')})

# ---- build semantics with null sources (only/except/override/local names)
NULLSRC = '''source "null" "a" {
  communicator = "none"
}

source "null" "b" {
  communicator = "none"
}
'''
case('build-only-except-forms', {'b.pkr.hcl': NULLSRC + '''
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
'''}, {'mode': 'build'})
case('build-named-and-local-name', {'b.pkr.hcl': NULLSRC + '''
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
'''}, {'mode': 'build'})
case('build-override', {'b.pkr.hcl': NULLSRC + '''
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
'''}, {'mode': 'build'})
case('build-two-builds-same-source', {'b.pkr.hcl': NULLSRC + '''
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
'''}, {'mode': 'build'})
case('reject-build-source-resets-attribute', {'b.pkr.hcl': NULLSRC + '''
build {
  source "source.null.a" {
    communicator = "none"
  }
  provisioner "shell-local" {
    inline = ["echo VMIP-P0"]
  }
}
'''}, {'mode': 'build'})

# ---- legacy JSON
def jt(variables, builder, provs=None):
    b = {'type': 'azure-arm', 'os_type': 'Linux', 'image_publisher': 'Canonical', 'image_offer': '0001-com-ubuntu-server-jammy',
         'image_sku': '22_04-lts-gen2', 'location': 'westeurope', 'vm_size': 'Standard_D2s_v5',
         'managed_image_resource_group_name': 'images'}
    b.update(builder)
    return json.dumps({'variables': variables, 'builders': [b], 'provisioners': provs or [
        {'type': 'shell', 'execute_command': "chmod +x {{ .Path }}; {{ .Vars }} sudo -E sh '{{ .Path }}'",
         'inline': ['/usr/sbin/waagent -force -deprovision+user && export HISTSIZE=0 && sync']}]}, indent=2) + '\n'
case('json-basic', {'template.json': jt({'size': '30', 'ver': '1.0.0'}, {'os_disk_size_gb': '{{user `size`}}', 'managed_image_name': 'ubuntu-{{user `ver`}}'})}, {'mode': 'json'})
case('json-user-chain', {'template.json': jt({'base': 'contoso', 'name': '{{user `base`}}-ubuntu', 'full': '{{user `name`}}-1'}, {'managed_image_name': '{{user `full`}}'})}, {'mode': 'json'})
case('json-varfile-and-cli', {'template.json': jt({'size': '30', 'sku': '22_04-lts-gen2'}, {'os_disk_size_gb': '{{user `size`}}', 'image_sku': '{{user `sku`}}', 'managed_image_name': 'x'}), 'v.json': '{"size": "64", "sku": "22_04-lts"}\n'},
     {'mode': 'json', 'var_files': ['v.json'], 'vars': {'sku': '20_04-lts-gen2'}})
case('json-env-default', {'template.json': jt({'rg': '{{env `IMG_RG`}}'}, {'managed_image_resource_group_name': '{{user `rg`}}', 'managed_image_name': 'x'})}, {'mode': 'json', 'env': {'IMG_RG': 'images-prod'}})
case('json-rhel', {'template.json': jt({'rhel_sku': '9-lvm-gen2'}, {'image_publisher': 'RedHat', 'image_offer': 'RHEL', 'image_sku': '{{user `rhel_sku`}}', 'os_disk_size_gb': 64, 'managed_image_name': 'rhel-{{user `rhel_sku`}}'})}, {'mode': 'json'})
case('json-windows', {'template.json': jt({'sku': '2022-datacenter-g2'}, {'os_type': 'Windows', 'image_publisher': 'MicrosoftWindowsServer', 'image_offer': 'WindowsServer', 'image_sku': '{{user `sku`}}', 'os_disk_size_gb': 128, 'managed_image_name': 'win', 'communicator': 'winrm', 'winrm_username': 'packer'},
    [{'type': 'powershell', 'inline': ['& $env:SystemRoot\\System32\\Sysprep\\Sysprep.exe /oobe /generalize /quiet /quit /mode:vm']}])}, {'mode': 'json'})
case('json-build-name', {'template.json': jt({}, {'name': 'my-img', 'managed_image_name': '{{build_name}}-img'})}, {'mode': 'json'})

if os.path.isdir(ROOT):
    for n in os.listdir(ROOT):
        if n not in cases:
            shutil.rmtree(os.path.join(ROOT, n))
for name, (files, spec) in cases.items():
    d = os.path.join(ROOT, name)
    os.makedirs(d, exist_ok=True)
    for fn, text in files.items():
        with open(os.path.join(d, fn), 'w') as f:
            f.write(text)
    if spec:
        with open(os.path.join(d, 'case.json'), 'w') as f:
            f.write(json.dumps(spec, indent=2) + '\n')
print(len(cases), 'cases')
