"""The CLI's commands, one module per group; each has `register(subparsers)` and sets `run`."""

from desktop.commands import bpjs, export, gui, handover, imports, printing, setup, status, sync

COMMAND_MODULES = (setup, status, handover, sync, imports, export, printing, bpjs, gui)
