"""The CLI's commands, one module per group; each has `register(subparsers)` and sets `run`."""

from desktop.commands import (
    backup,
    bpjs,
    export,
    gui,
    handover,
    imports,
    printing,
    setup,
    status,
    sync,
    users,
)

COMMAND_MODULES = (setup, status, handover, sync, imports, export, printing, bpjs, backup, users, gui)
