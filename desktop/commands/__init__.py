"""The CLI's commands, one module per group; each has `register(subparsers)` and sets `run`."""

from desktop.commands import gui, handover, setup, status, sync

COMMAND_MODULES = (setup, status, handover, sync, gui)
