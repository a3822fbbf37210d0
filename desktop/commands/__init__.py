"""The CLI's commands, one module per group; each has `register(subparsers)` and sets `run`."""

from desktop.commands import gui, handover, setup, status

COMMAND_MODULES = (setup, status, handover, gui)
