"""SerahKartu: track BPJS Ketenagakerjaan cards from the district to each worker's hand."""

__version__ = "0.1.0"
