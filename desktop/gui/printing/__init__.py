"""The Cetak page's parts: the options form and the page preview."""
