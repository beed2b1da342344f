"""Printing the staff manual (desktop.ui.print_dialog prints it): every chapter, A4 or F4,
laid out by ``printing/manual_pdf.py`` with the words around it in the app's language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop import APP_NAME, __version__
from desktop.domain.manual import Manual
from desktop.printing.manual_pdf import ManualPrint, build_manual_pdf
from desktop.printing.pages import PageMarks
from desktop.printing.paper import Paper
from desktop.ui.formatting import format_date
from desktop.ui.print_dialog import PrintJob


class ManualJob(PrintJob):
    def __init__(self, manual: Manual) -> None:
        super().__init__(self.tr("Print the manual"))
        title = self.tr("{app} staff manual").format(app=APP_NAME)
        self.document = ManualPrint(
            manual=manual,
            title=title,
            subtitle=self.tr("Version {version} · printed {date}").format(
                version=__version__, date=format_date(datetime.now().date())
            ),
            contents=self.tr("Chapters"),
            marks=PageMarks(
                page_label=self.tr("Page {page} of {pages}"),
                footer=title,
            ),
        )

    def work(self, paper: Paper) -> Callable[[], bytes]:
        document = self.document
        return lambda: build_manual_pdf(document, paper)

    def file_name(self, paper: Paper) -> str:
        return "panduan-siaga-tppo.pdf"
