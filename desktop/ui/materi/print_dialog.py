"""Printing leaflets: choose the kind and the paper, see the pages, print or save the PDF.

The PDF is made by reportlab on a worker thread; Qt PDF (QPdfDocument) renders its pages for the
preview and, one page at a time at no more than 300 dpi, onto the printer. "Simpan PDF" is always
available, so a leaflet can be printed elsewhere (a photocopy shop) when this PC has no printer.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QMarginsF, QRectF, QSize, QSizeF, QStandardPaths, Qt
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

from desktop.domain.profile import VillageProfile
from desktop.printing.leaflets import LayoutOverflow, LeafletData, LeafletKind, build_leaflet
from desktop.printing.paper import Paper
from desktop.ui.materi.page import Materials
from desktop.ui.messages import inform
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


def page_layout(kind: LeafletKind, paper: Paper) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape
        if kind is LeafletKind.TRIFOLD
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(qt_page_size(paper), orientation, QMarginsF(0, 0, 0, 0))


def prepare_printer(printer: QPrinter, kind: LeafletKind, paper: Paper, *, duplex: bool) -> None:
    """Paper size, orientation, no margins (the PDF has its own) and two-sided printing."""
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(kind, paper))
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


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class PrintDialog(QDialog):
    def __init__(
        self,
        materials: Materials,
        profile: VillageProfile,
        parent: QWidget | None = None,
        *,
        printers: Callable[[], list[QPrinterInfo]] = QPrinterInfo.availablePrinters,
    ) -> None:
        super().__init__(parent)
        self.materials = materials
        self.profile = profile
        self.setWindowTitle(self.tr("Print leaflets and posters"))
        self.pdf: bytes | None = None
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._generation = 0

        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        options = QWidget()
        form = QVBoxLayout(options)
        heading = QLabel(self.tr("What to print"))
        heading.setProperty("role", "subtitle")
        form.addWidget(heading)
        self.kind_group = QButtonGroup(self)
        kinds = {
            LeafletKind.TRIFOLD: self.tr("Tri-fold leaflet (two sides)"),
            LeafletKind.POSTER: self.tr("Poster for the notice board"),
            LeafletKind.CARD: self.tr("Pocket cards (three per sheet)"),
        }
        self.kind_buttons: dict[LeafletKind, QRadioButton] = {}
        for kind, label in kinds.items():
            button = QRadioButton(label)
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            form.addWidget(button)
        self.kind_buttons[LeafletKind.TRIFOLD].setChecked(True)

        heading = QLabel(self.tr("Paper"))
        heading.setProperty("role", "subtitle")
        form.addWidget(heading)
        self.paper_group = QButtonGroup(self)
        self.paper_buttons = {
            Paper.A4: QRadioButton(self.tr("A4 (210 × 297 mm)")),
            Paper.F4: QRadioButton(self.tr("F4 / folio (215 × 330 mm)")),
        }
        for button in self.paper_buttons.values():
            self.paper_group.addButton(button)
            form.addWidget(button)
        self.paper_buttons[Paper.A4].setChecked(True)

        heading = QLabel(self.tr("Printer"))
        heading.setProperty("role", "subtitle")
        form.addWidget(heading)
        self.printer_infos = printers()
        self.no_printer = QLabel(
            self.tr(
                "No printer is installed on this computer. You can still save the PDF and print "
                "it on another computer or at a photocopy shop."
            )
        )
        self.no_printer.setWordWrap(True)
        self.no_printer.setProperty("role", "error")
        self.no_printer.setVisible(not self.printer_infos)
        form.addWidget(self.no_printer)
        fields = QFormLayout()
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
        fields.addRow(self.tr("Printer:"), self.printer_combo)
        fields.addRow(self.tr("Copies:"), self.copies)
        self.sides_label = QLabel(self.tr("Sides:"))
        fields.addRow(self.sides_label, self.sides)
        form.addLayout(fields)
        for widget in (self.printer_combo, self.copies):
            widget.setEnabled(bool(self.printer_infos))
        for combo in (self.printer_combo, self.sides):
            # Long printer names and choices must not push the options wider than the column.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        form.addWidget(self.hint)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form.addWidget(self.status)
        form.addStretch(1)

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

        options_scroll = QScrollArea()
        options_scroll.setWidgetResizable(True)
        options_scroll.setWidget(options)
        options_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        columns.addWidget(self.preview_scroll, 3)
        outer.addLayout(buttons)

        self.kind_group.buttonToggled.connect(lambda _b, on: on and self.regenerate())
        self.paper_group.buttonToggled.connect(lambda _b, on: on and self.regenerate())
        self.resize(1150, 720)
        self.regenerate()

    # --- state ------------------------------------------------------------------------------

    @property
    def kind(self) -> LeafletKind:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    @property
    def paper(self) -> Paper:
        return next(p for p, b in self.paper_buttons.items() if b.isChecked())

    def set_profile(self, profile: VillageProfile) -> None:
        """Village details changed since the dialog was made: make the pages again."""
        if profile != self.profile:
            self.profile = profile
            self.regenerate()

    def set_choice(self, kind: LeafletKind, paper: Paper) -> None:
        self.kind_buttons[kind].setChecked(True)
        self.paper_buttons[paper].setChecked(True)

    def leaflet_data(self) -> LeafletData:
        return LeafletData(
            self.profile,
            self.materials.library,
            self.materials.leaflet_text,
            self.materials.hotlines,
        )

    def _update_controls(self) -> None:
        trifold = self.kind is LeafletKind.TRIFOLD
        self.sides.setVisible(trifold)
        self.sides_label.setVisible(trifold)
        self.sides.setEnabled(bool(self.printer_infos))
        ready = self.pdf is not None
        self.print_button.setEnabled(ready and bool(self.printer_infos))
        self.save_button.setEnabled(ready)
        if trifold:
            self.hint.setText(
                self.tr(
                    "Print on both sides, turning the sheet over on its short edge. A printer "
                    "that cannot print both sides: print the outside (page 1), put the sheet "
                    "back in the tray turned over, then print the inside (page 2). Fold along "
                    "the small marks at the top and bottom edges."
                )
            )
        elif self.kind is LeafletKind.CARD:
            self.hint.setText(
                self.tr(
                    "Cut along the dashed lines and fold each card in the middle, printed side out."
                )
            )
        else:
            self.hint.setText(self.tr("Put the poster up where everyone can read it."))
        if self.paper is Paper.F4:
            self.hint.setText(
                self.hint.text() + " " + self.tr("Make sure F4 paper is in the printer tray.")
            )

    # --- making the PDF ---------------------------------------------------------------------

    def regenerate(self) -> None:
        """Make the PDF for the current choice on a worker thread, then show its pages."""
        self._generation += 1
        generation = self._generation
        kind, paper, data = self.kind, self.paper, self.leaflet_data()
        self.pdf = None
        self.status.setText(self.tr("Preparing the pages…"))
        self.status.setProperty("role", "hint")
        self._update_controls()
        run_in_background(
            lambda: build_leaflet(kind, paper, data),
            on_done=lambda pdf: self._made(generation, pdf),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _made(self, generation: int, pdf: bytes) -> None:
        if generation != self._generation:
            return
        self.pdf = pdf
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.status.setText("")
        self._show_preview()
        self._update_controls()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, LayoutOverflow):
            text = self.tr(
                "The text does not fit on this paper. Shorten the contact names in Settings, "
                "Village profile, or choose F4 paper."
            )
        else:
            log.error("leaflet could not be made", exc_info=exc)
            text = self.tr("The leaflet could not be made. Please try again.")
        self.status.setText(text)
        self.status.setProperty("role", "error")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self._update_controls()

    def _show_preview(self) -> None:
        while self.preview_layout.count():
            item = self.preview_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        for page in range(self.document.pageCount()):
            points = self.document.pagePointSize(page)
            width = max(MIN_PREVIEW_WIDTH, self.preview_scroll.viewport().width() - 40)
            height = round(points.height() / points.width() * width)
            image = on_white(self.document.render(page, QSize(width, height)))
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setFixedSize(image.size())
            label.setAccessibleName(
                self.tr("Page {number} of {count}").format(
                    number=page + 1, count=self.document.pageCount()
                )
            )
            caption = QLabel(
                self.tr("Page {number} of {count}").format(
                    number=page + 1, count=self.document.pageCount()
                )
            )
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
        if self.kind is not LeafletKind.TRIFOLD:
            return list(range(count))
        return {"both": [0, 1], "outside": [0], "inside": [1]}[self.sides.currentData()]

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName(self.printer_combo.currentData())
        printer.setCopyCount(self.copies.value())
        printer.setDocName(self.default_file_name())
        prepare_printer(printer, self.kind, self.paper, duplex=self.two_sided())
        return printer

    def two_sided(self) -> bool:
        return self.kind is LeafletKind.TRIFOLD and self.sides.currentData() == "both"

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
        self.status.setText(self.tr("Sent to the printer."))

    def default_file_name(self) -> str:
        kind = {
            LeafletKind.TRIFOLD: "leaflet",
            LeafletKind.POSTER: "poster",
            LeafletKind.CARD: "kartu-saku",
        }[self.kind]
        return f"{kind}-{_slug(self.profile.village_name)}-{self.paper.value}.pdf"

    def save_pdf(self) -> None:
        if self.pdf is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save PDF"),
            str(Path(folder) / self.default_file_name()),
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
        self.status.setText(self.tr("Saved: {path}").format(path=str(path)))
