"""The pages of the main window, in navigation order. Add a page by listing its class here."""

from desktop.gui.pages.beranda import BerandaPage
from desktop.gui.pages.kartu import KartuPage

PAGE_CLASSES = [BerandaPage, KartuPage]
