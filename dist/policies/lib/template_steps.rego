# METADATA
# title: Helpers for the template rules that judge what runs after generalization (AZMP-LNX-031, AZMP-WIN-007)
# description: |
#   input.template.provisioners is what Packer runs for this image, in order (only/except and override
#   applied, error-cleanup provisioners left out); each shell/powershell provisioner lists its steps (the
#   commands of execute_command around each script, the inline lines, the lines of script files read from the
#   repository; a step that could not be read is marked unresolved). Given a pattern for the generalization
#   step and one for the shutdown-safe commands, these helpers find the last generalization step and what
#   runs after it.
package vmimage.lib.template_steps

# Regal's external-reference is ignored on the lines marked below: `provs` (input.template.provisioners) and
# the provisioner-type sets are this package's own view of the template; passing them into every helper as
# arguments would only repeat them at each call.

provs := input.template.provisioners

# Provisioner types that run commands on the machine through steps.
script_types := {"shell", "powershell", "windows-shell"}

# Provisioner types that change nothing on the machine.
local_types := {"shell-local", "breakpoint"}

# Types whose effect is known without steps: file (upload or download) and windows-restart.
known_types := (script_types | local_types) | {"file", "windows-restart"}

# A total order of steps: provisioner position, then step position.
key(n, k) := (n * 100000) + k

gen_keys(gen) := {key(n, k) |
	some n, k
	s := provs[n].steps[k]
	not s.unresolved
	regex.match(gen, s.text)
}

# The last generalization step (its key), when there is one.
last_gen(gen) := max(gen_keys(gen)) if count(gen_keys(gen)) > 0

step_fact(n, k) := sprintf("template.provisioners.%d.steps.%d", [n, k])

prov_fact(n) := sprintf("template.provisioners.%d", [n])

safe_text(text, sep, safe) if {
	every seg in regex.split(sep, trim_space(text)) {
		safe_segment(seg, safe)
	}
}

safe_segment(seg, _) if trim_space(seg) == ""

safe_segment(seg, safe) if regex.match(safe, trim_space(seg))

# Commands of the generalizing step itself that follow the generalization (`… -deprovision+user && apt-get …`).
tail_unsafe(text, gen, sep, safe) := [seg |
	segs := regex.split(sep, text)
	at := max([i | some i, x in segs; regex.match(gen, x)])
	some j, seg in segs
	j > at
	not safe_segment(seg, safe)
]

# {"fact", "what"} of each step or provisioner after the last generalization that is not shutdown-safe.
unsafe_after(gen, sep, safe) := ({x |
	last := last_gen(gen)
	some n, k

	# regal ignore:external-reference
	s := provs[n].steps[k]
	key(n, k) > last
	not s.unresolved
	not safe_text(s.text, sep, safe)

	# regal ignore:external-reference
	x := {"fact": step_fact(n, k), "what": sprintf("%s (provisioner %d, %s)", [s.text, provs[n].index + 1, provs[n].type])}
} | {x |
	last := last_gen(gen)
	some n, k

	# regal ignore:external-reference
	s := provs[n].steps[k]
	key(n, k) == last
	some seg in tail_unsafe(s.text, gen, sep, safe)
	x := {"fact": step_fact(n, k), "what": sprintf("%s (after the generalization on the same line)", [seg])}
}) | {x |
	last := last_gen(gen)

	# regal ignore:external-reference
	some n, p in provs
	key(n, 99999) > last

	# regal ignore:external-reference
	not script_types[p.type]

	# regal ignore:external-reference
	not local_types[p.type]
	not download(p)
	x := {"fact": prov_fact(n), "what": prov_text(p)}
}

download(p) if {
	p.type == "file"
	p.direction == "download"
}

prov_text(p) := sprintf("a file upload (provisioner %d)", [p.index + 1]) if p.type == "file"

prov_text(p) := sprintf("a %s provisioner (provisioner %d)", [p.type, p.index + 1]) if p.type != "file"

# Steps after the last generalization that could not be read: they may be anything.
unreadable_after(gen) := {step_fact(n, k) |
	last := last_gen(gen)
	some n, k
	s := provs[n].steps[k]
	key(n, k) > last
	s.unresolved
}

# With no generalization found: what could hide one (an unreadable step, a provisioner type not understood).
could_hide := {step_fact(n, k) |
	some n, k
	provs[n].steps[k].unresolved
} | {prov_fact(n) |
	some n, p in provs
	not known_types[p.type]
}
