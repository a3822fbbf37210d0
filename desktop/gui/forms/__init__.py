"""Python compiled from the Qt Designer forms in ui/ by scripts/forms.sh (do not edit by hand)."""
