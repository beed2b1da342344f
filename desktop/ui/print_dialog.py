"""The one dialog that prints and saves every document: the leaflet, poster and pocket cards,
the summary of an incident record, the result sheet of a check and the recovery sheet.

The same words and choices for all of them: the document's own choices first (which leaflet,
whether names go on paper), then the paper (A4 or F4), the printer and the copies, a preview
of the pages, and Cetak, Simpan PDF…, Tutup. What differs is a ``PrintJob``. The PDF is made
by reportlab on a worker thread; Qt PDF renders its pages for the preview and, one page at a
time at no more than 300 dpi, onto the printer. Simpan PDF is always there, so a document can
be printed elsewhere (a photocopy shop) when this PC has no printer.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QMarginsF,
    QObject,
    QRectF,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.printing.paper import Paper
from desktop.ui.messages import inform
from desktop.ui.screen import fit_to_screen, meant_to_scroll
from desktop.ui.tasks import run_in_background

log = logging.getLogger(__name__)

MAX_PRINT_DPI = 300  # a landscape F4 page at 300 dpi is already about 40 MB of image
MIN_PREVIEW_WIDTH = 320


def qt_page_size(paper: Paper) -> QPageSize:
    """A4, or F4 as the exact 215 × 330 mm size (Qt's own "Folio" is 210 × 330 mm)."""
    if paper is Paper.A4:
        return QPageSize(QPageSize.PageSizeId.A4)
    return QPageSize(
        QSizeF(215, 330),
        QPageSize.Unit.Millimeter,
        "F4 (215 × 330 mm)",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )


def page_layout(paper: Paper, *, landscape: bool) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(qt_page_size(paper), orientation, QMarginsF(0, 0, 0, 0))


def prepare_printer(printer: QPrinter, paper: Paper, *, landscape: bool, duplex: bool) -> None:
    """Paper size, orientation, no margins (the PDF has its own) and two-sided printing."""
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(paper, landscape=landscape))
    if duplex:
        # A landscape tri-fold turns over on its short edge.
        printer.setDuplex(QPrinter.DuplexMode.DuplexShortSide)
    else:
        printer.setDuplex(QPrinter.DuplexMode.DuplexNone)


def print_pdf(
    document: QPdfDocument, printer: QPrinter, pages: Sequence[int], dpi: int = MAX_PRINT_DPI
) -> None:
    """Paint the chosen pages onto the printer, one rendered page image at a time."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        resolution = min(printer.resolution(), dpi)
        for n, page in enumerate(pages):
            if n:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(
                round(points.width() / 72 * resolution), round(points.height() / 72 * resolution)
            )
            image = document.render(page, size)
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(QRectF(target), image)
    finally:
        painter.end()


def on_white(image: QImage) -> QImage:
    """Qt PDF leaves the paper transparent; show it white, like the printed sheet."""
    page = QImage(image.size(), QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    painter.drawImage(0, 0, image)
    painter.end()
    return page


def slug(text: str) -> str:
    """A file-name part: 'Desa Kungkai' -> 'desa-kungkai'."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class PrintJob(QObject):
    """What one kind of document brings to the print dialog: its title and own choices, how
    its PDF is made, and what happens once it was printed or saved."""

    changed = Signal()  # one of the document's own choices changed: the pages are made again

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title

    def choices(self) -> QWidget | None:
        """The document's own choices, shown above the paper (None: it has none)."""
        return None

    def work(self, paper: Paper) -> Callable[[], bytes]:
        """The PDF as it is chosen now, made by the returned function on a worker thread (so
        it must only use plain data taken now)."""
        raise NotImplementedError

    def file_name(self, paper: Paper) -> str:
        raise NotImplementedError

    def landscape(self) -> bool:
        return False

    def folded(self) -> bool:
        """Two pages that are the two sides of one folded sheet (the tri-fold leaflet): a
        printer that cannot print both sides prints them one at a time."""
        return False

    def hint(self, paper: Paper) -> str:
        """How to print, cut or fold it, under the preview."""
        return ""

    def may_save(self, parent: QWidget) -> bool:
        """Asked before a PDF is saved (the recovery sheet warns first)."""
        return True

    def done(self, saved: Path | None) -> None:
        """The document went to the printer (``saved`` None) or was saved as ``saved``."""

    def failure(self, exc: BaseException) -> str | None:
        """Words for a failure this document knows (None: the general message)."""
        return None


class PrintDialog(QDialog):
    """Shows ``job`` on ``paper`` (changeable here); ``on_paper`` hears the paper chosen."""

    def __init__(
        self,
        job: PrintJob,
        paper: Paper = Paper.A4,
        parent: QWidget | None = None,
        *,
        on_paper: Callable[[Paper], None] | None = None,
        printers: Callable[[], list[QPrinterInfo]] | None = None,
    ) -> None:
        """``printers`` lists the printers to offer (all installed ones by default)."""
        super().__init__(parent)
        self.job = job
        job.setParent(self)
        self._on_paper = on_paper
        self.setWindowTitle(job.title)
        self.pdf: bytes | None = None
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._generation = 0

        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        options = QWidget()
        form = QVBoxLayout(options)
        form.setContentsMargins(0, 0, 0, 0)
        own = job.choices()
        if own is not None:
            form.addWidget(own)

        paper_box, paper_layout = choices_box(self.tr("Paper"))
        form.addWidget(paper_box)
        self.paper_group = QButtonGroup(self)
        self.paper_buttons = {
            Paper.A4: QRadioButton(self.tr("A&4 (210 × 297 mm)")),
            Paper.F4: QRadioButton(self.tr("&F4 / folio (215 × 330 mm)")),
        }
        for button in self.paper_buttons.values():
            self.paper_group.addButton(button)
            paper_layout.addWidget(button)
        self.paper_buttons[paper].setChecked(True)

        printer_box, printer_layout = choices_box(self.tr("Printer"))
        form.addWidget(printer_box)
        self.printer_infos = (printers or QPrinterInfo.availablePrinters)()
        self.no_printer = QLabel(
            self.tr(
                "No printer is installed on this computer. You can still save the PDF and print "
                "it on another computer or at a photocopy shop."
            )
        )
        self.no_printer.setWordWrap(True)
        self.no_printer.setProperty("role", "error")
        self.no_printer.setVisible(not self.printer_infos)
        printer_layout.addWidget(self.no_printer)
        fields = QFormLayout()
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.printer_combo = QComboBox()
        for info in self.printer_infos:
            self.printer_combo.addItem(info.description() or info.printerName(), info.printerName())
        default = QPrinterInfo.defaultPrinterName()
        if default:
            self.printer_combo.setCurrentIndex(max(0, self.printer_combo.findData(default)))
        self.copies = QSpinBox()
        self.copies.setRange(1, 500)
        self.copies.setValue(1)
        self.sides = QComboBox()
        self.sides.addItem(self.tr("Both sides (two-sided printer)"), "both")
        self.sides.addItem(self.tr("Outside only (page 1)"), "outside")
        self.sides.addItem(self.tr("Inside only (page 2)"), "inside")
        self.printer_label = QLabel(self.tr("P&rinter:"))
        self.printer_label.setBuddy(self.printer_combo)
        copies_label = QLabel(self.tr("&Copies:"))
        copies_label.setBuddy(self.copies)
        self.sides_label = QLabel(self.tr("Si&des:"))
        self.sides_label.setBuddy(self.sides)
        if self.printer_infos:
            fields.addRow(self.printer_label, self.printer_combo)
            fields.addRow(copies_label, self.copies)
        else:  # nothing to choose: the sentence above says why
            for widget in (self.printer_label, self.printer_combo, copies_label, self.copies):
                widget.hide()
        fields.addRow(self.sides_label, self.sides)
        printer_layout.addLayout(fields)
        # A long printer name must not push the options wider than their column.
        self.printer_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.printer_combo.setMinimumContentsLength(12)
        form.addStretch(1)

        options_scroll = QScrollArea()
        options_scroll.setWidgetResizable(True)
        options_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        options_scroll.setWidget(options)
        options_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As wide as the widest choice: the column may scroll down, never cut a choice.
        options_scroll.setMinimumWidth(
            options.sizeHint().width() + options_scroll.verticalScrollBar().sizeHint().width()
        )
        columns.addWidget(options_scroll, 2)

        self.preview = QWidget()
        self.preview.setObjectName("preview")
        self.preview.setStyleSheet("#preview { background: #5f5f5f; }")
        self.preview_layout = QVBoxLayout(self.preview)
        self.preview_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.preview_scroll = QScrollArea()
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setWidget(self.preview)
        self.preview_scroll.setAccessibleName(self.tr("Preview"))
        self.preview_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        meant_to_scroll(self.preview_scroll)
        columns.addWidget(self.preview_scroll, 3)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        outer.addWidget(self.hint)
        self.status = QLabel()
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print"))
        self.print_button.clicked.connect(self.print_now)
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        outer.addLayout(buttons)

        job.changed.connect(self.regenerate)
        self.paper_group.buttonToggled.connect(lambda _b, on: on and self._paper_chosen())
        fit_to_screen(self, 120, 34)
        self.regenerate()

    # --- state ------------------------------------------------------------------------------

    @property
    def paper(self) -> Paper:
        return next(p for p, b in self.paper_buttons.items() if b.isChecked())

    def set_paper(self, paper: Paper) -> None:
        self.paper_buttons[paper].setChecked(True)

    def _paper_chosen(self) -> None:
        if self._on_paper is not None:
            self._on_paper(self.paper)
        self.regenerate()

    def _update_controls(self) -> None:
        folded = self.job.folded()
        self.sides.setVisible(folded)
        self.sides_label.setVisible(folded)
        self.sides.setEnabled(bool(self.printer_infos))
        ready = self.pdf is not None
        self.print_button.setEnabled(ready and bool(self.printer_infos))
        self.save_button.setEnabled(ready)
        hint = self.job.hint(self.paper)
        if self.paper is Paper.F4:
            tray = self.tr("Make sure F4 paper is in the printer tray.")
            hint = f"{hint} {tray}" if hint else tray
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    # --- making the PDF ---------------------------------------------------------------------

    def regenerate(self) -> None:
        """Make the PDF for the current choice on a worker thread, then show its pages."""
        self._generation += 1
        generation = self._generation
        work = self.job.work(self.paper)
        self.pdf = None
        self._say(self.tr("Preparing the pages…"), "hint")
        self._update_controls()
        run_in_background(
            work,
            on_done=lambda pdf: self._made(generation, pdf),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _say(self, text: str, role: str = "") -> None:
        self.status.setText(text)
        self.status.setProperty("role", role)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _current(self, generation: int) -> bool:
        """The PDF of the latest choice, and the dialog still there (a worker may deliver
        after the dialog was closed and deleted)."""
        return generation == self._generation and shiboken6.isValid(self)

    def _made(self, generation: int, pdf: bytes) -> None:
        if not self._current(generation):
            return
        self.pdf = pdf
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._say("")
        self._show_preview()
        self._update_controls()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not self._current(generation):
            return
        text = self.job.failure(exc)
        if text is None:
            log.error("document could not be made", exc_info=exc)
            text = self.tr("The document could not be made. Please try again.")
        self._say(text, "error")
        self._update_controls()

    def _show_preview(self) -> None:
        while self.preview_layout.count():
            item = self.preview_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        count = self.document.pageCount()
        for page in range(count):
            points = self.document.pagePointSize(page)
            width = max(MIN_PREVIEW_WIDTH, self.preview_scroll.viewport().width() - 40)
            height = round(points.height() / points.width() * width)
            image = on_white(self.document.render(page, QSize(width, height)))
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setFixedSize(image.size())
            words = self.tr("Page {number} of {count}").format(number=page + 1, count=count)
            label.setAccessibleName(words)
            caption = QLabel(words)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            caption.setStyleSheet("color: white;")
            self.preview_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.preview_layout.addWidget(caption)
        self.preview_layout.addStretch(1)

    def preview_images(self) -> list[QImage]:
        """The page images the preview shows now."""
        items = (self.preview_layout.itemAt(i) for i in range(self.preview_layout.count()))
        labels = [i.widget() for i in items if isinstance(i.widget(), QLabel)]
        return [w.pixmap().toImage() for w in labels if not w.pixmap().isNull()]

    # --- printing and saving ----------------------------------------------------------------

    def pages_to_print(self) -> list[int]:
        count = self.document.pageCount()
        if not self.job.folded():
            return list(range(count))
        return {"both": [0, 1], "outside": [0], "inside": [1]}[self.sides.currentData()]

    def two_sided(self) -> bool:
        return self.job.folded() and self.sides.currentData() == "both"

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName(self.printer_combo.currentData())
        printer.setCopyCount(self.copies.value())
        printer.setDocName(self.default_file_name())
        prepare_printer(
            printer, self.paper, landscape=self.job.landscape(), duplex=self.two_sided()
        )
        return printer

    def print_now(self) -> None:
        if self.pdf is None or not self.printer_infos:
            return
        printer = self.make_printer()
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            print_pdf(self.document, printer, self.pages_to_print())
        except OSError:
            self.unsetCursor()
            inform(
                self,
                self.tr("Print"),
                self.tr(
                    "The printer could not be used. Check that it is switched on and has "
                    "paper, or save the PDF and print it elsewhere."
                ),
                warning=True,
            )
            return
        self.unsetCursor()
        self.job.done(None)
        self._say(self.tr("Sent to the printer."))

    def default_file_name(self) -> str:
        return self.job.file_name(self.paper)

    def save_pdf(self) -> None:
        if self.pdf is None or not self.job.may_save(self):
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save PDF"),
            str(Path(folder or Path.home()) / self.default_file_name()),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        temporary = path.with_name(path.name + ".tmp")
        try:
            temporary.write_bytes(self.pdf)
            temporary.replace(path)
        except OSError:
            temporary.unlink(missing_ok=True)
            inform(
                self,
                self.tr("Save PDF"),
                self.tr("The PDF could not be saved in {folder}. Choose another folder.").format(
                    folder=str(path.parent)
                ),
                warning=True,
            )
            return
        self.job.done(path)
        self._say(self.tr("Saved: {path}").format(path=str(path)))


def print_document(
    job: PrintJob,
    paper: Paper,
    parent: QWidget,
    *,
    on_paper: Callable[[Paper], None] | None = None,
) -> None:
    """Show the print dialog for ``job`` until the user closes it. The dialog is deleted
    afterwards; a worker still making its pages then finds it gone and does nothing."""
    dialog = PrintDialog(job, paper, parent, on_paper=on_paper)
    dialog.exec()
    dialog.deleteLater()


def choices_box(heading: str) -> tuple[QWidget, QVBoxLayout]:
    """The frame of a document's own choices: a heading, then what the document puts in."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    title = QLabel(heading)
    title.setProperty("role", "subtitle")
    layout.addWidget(title)
    return box, layout
