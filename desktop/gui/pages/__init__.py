"""The pages of the main window, in navigation order. Add a page by listing its class here."""

from desktop.gui.pages.beranda import BerandaPage
from desktop.gui.pages.cetak import CetakPage
from desktop.gui.pages.impor import ImportPage
from desktop.gui.pages.kartu import KartuPage
from desktop.gui.pages.laporan import LaporanPage
from desktop.gui.pages.pengaturan import PengaturanPage
from desktop.gui.pages.riwayat import RiwayatPage
from desktop.gui.pages.serah_terima import SerahTerimaPage
from desktop.gui.pages.sinkronisasi import SinkronisasiPage

PAGE_CLASSES = [BerandaPage, KartuPage, SerahTerimaPage, ImportPage, CetakPage, LaporanPage, SinkronisasiPage,
                RiwayatPage, PengaturanPage]
