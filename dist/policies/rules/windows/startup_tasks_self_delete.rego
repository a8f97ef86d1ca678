# METADATA
# title: Startup configuration tasks delete themselves
# description: |
#   Configuration that has to run on the deployed VM goes in a scheduled task that runs at startup, and
#   the task deletes itself once it has succeeded, so it does not run again on every boot. Judged for the
#   enabled boot/logon tasks added to the image (not those shipped with Windows under \Microsoft\).
# scope: package
# custom:
#   id: AZMP-WIN-003
#   severity: warning
#   guide: "§3.6"
#   stage: any
#   facts: [os.type, windows.startup_tasks]
#   remediation: |
#     End the task's script with `Unregister-ScheduledTask -TaskName <name> -Confirm:$false`
#     (or `schtasks /delete /tn <name> /f`) after the configuration succeeded.
package vmimage.rules.windows.startup_tasks_self_delete

import data.vmimage.lib

# Facts are only asked for when the rule applies.
applies if count(skip) == 0

skip contains "Linux image: the Windows rules do not apply" if lib.is_linux

missing contains "os.type" if not lib.os_type

missing contains "windows.startup_tasks" if {
	applies
	not lib.has("windows.startup_tasks")
}

added contains [i, task] if {
	some i, task in input.windows.startup_tasks
	not builtin(task)
	task.enabled != false
}

added contains [i, task] if {
	some i, task in input.windows.startup_tasks
	not builtin(task)
	not has_enabled(task)
}

has_enabled(task) if is_boolean(task.enabled)

builtin(task) if task.builtin == true

builtin(task) if {
	some p in lib.thresholds.windows.builtin_task_prefixes
	startswith(lower(task.path), lower(p))
}

missing contains sprintf("windows.startup_tasks.%d.self_deleting", [i]) if {
	applies
	some [i, task] in added
	not is_boolean(object.get(task, "self_deleting", null))
}

deny contains {"msg": msg, "fact": sprintf("windows.startup_tasks.%d", [i])} if {
	lib.is_windows
	some [i, task] in added
	task.self_deleting == false
	msg := sprintf(
		"the startup task %s%s does not delete itself; the guide recommends that configuration tasks remove themselves after success (§3.6): end it with Unregister-ScheduledTask for this task",
		[task.path, runs(task)],
	)
}

default runs(_) := ""

runs(task) := sprintf(" (runs %s)", [concat("; ", task.actions)]) if count(task.actions) > 0

ok contains msg if {
	applies
	lib.is_windows
	count(missing) == 0
	count(added) == 0
	msg := "no startup tasks added to the image"
}

ok contains msg if {
	applies
	lib.is_windows
	count(missing) == 0
	count(added) > 0
	msg := sprintf("startup tasks that delete themselves: %s", [lib.join(sort([task.path | some [_, task] in added]))])
}
