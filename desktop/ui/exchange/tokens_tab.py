"""Pengaturan › Token desa (office): the villages' upload tokens. A new token is shown once,
with its slip to print or save for the village; only its fingerprint goes into the receiver's
tokens file, which the receiver reads again by itself (``desktop/exchange/upload_tokens.py``)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QStandardPaths, Qt, Slot
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.area import is_kelurahan
from desktop.domain.exchange import ExportWriteFailed
from desktop.exchange import upload_tokens
from desktop.exchange.upload_tokens import IssuedToken
from desktop.exchange.wire.tokens_file import TokensFileError
from desktop.printing.paper import Paper
from desktop.printing.token_slip import TokenSlip, build_token_slip
from desktop.storage.area_index import AreaIndex
from desktop.ui.messages import ask, inform
from desktop.ui.widgets.dialog_parts import error_line


class TokensTab(QWidget):
    def __init__(self, tokens_file: Path, index: AreaIndex, office_name: str, parent=None) -> None:
        super().__init__(parent)
        self._file = tokens_file
        self._index = index
        self._office_name = office_name
        self._issued: IssuedToken | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Each village sends with its own token, given to it on a printed slip.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        where = QLabel(
            self.tr("The receiver reads this file, changes included: {file}").format(
                file=tokens_file
            )
        )
        where.setWordWrap(True)
        where.setProperty("role", "hint")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)

        row = QHBoxLayout()
        caption = QLabel(self.tr("Village &code:"))
        self.code = QLineEdit()
        self.code.setPlaceholderText("15.02.02.2004")
        self.code.setMaxLength(16)
        caption.setBuddy(self.code)
        self.make_button = QPushButton(self.tr("&Make a token"))
        self.make_button.clicked.connect(self.make_token)
        self.code.returnPressed.connect(self.make_token)
        row.addWidget(caption)
        row.addWidget(self.code, 1)
        row.addWidget(self.make_button)
        layout.addLayout(row)
        self.error = error_line()
        layout.addWidget(self.error)

        self.made = QFrame()
        self.made.setFrameShape(QFrame.Shape.StyledPanel)
        made_layout = QVBoxLayout(self.made)
        self.made_for = QLabel()  # no word wrap: a wrapped label squeezes the frame's height
        self.token_label = QLabel()
        self.token_label.setProperty("role", "subtitle")
        self.token_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print the slip…"))
        self.print_button.clicked.connect(self.print_slip)
        self.save_button = QPushButton(self.tr("Save the slip as P&DF…"))
        self.save_button.clicked.connect(self.save_slip)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        shown_once = QLabel(self.tr("Shown only now: print or save the slip."))
        made_layout.addWidget(self.made_for)
        made_layout.addWidget(self.token_label)
        made_layout.addWidget(shown_once)
        made_layout.addLayout(buttons)
        self.made.hide()
        layout.addWidget(self.made)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Village"), self.tr("Made"), self.tr("ID")]
        )
        self.table.setAccessibleName(self.tr("Tokens in use"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.fontMetrics().height() * 3)
        layout.addWidget(self.table, 1)
        revoke_row = QHBoxLayout()
        self.revoke_button = QPushButton(self.tr("&Revoke the chosen token"))
        self.revoke_button.clicked.connect(self.revoke_chosen)
        revoke_row.addWidget(self.revoke_button)
        revoke_row.addStretch(1)
        layout.addLayout(revoke_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.refresh()

    def _place(self, code: str) -> str | None:
        """ "Desa Kungkai, Kec. Bangko, Kabupaten Merangin", or None for an unknown code."""
        chain = self._index.chain(code)
        if len(chain) != 4:
            return None
        _province, regency, district, village = chain
        kind = self.tr("Kelurahan") if is_kelurahan(code) else self.tr("Desa")
        return f"{kind} {village.name}, Kec. {district.name}, {regency.name}"

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _file_problem(self, exc: TokensFileError) -> str:
        return self.tr(
            "The tokens file {file} cannot be used (line {line}). Nothing was changed."
        ).format(file=self._file, line=exc.line)

    @Slot()
    def refresh(self) -> None:
        try:
            lines = upload_tokens.list_tokens(self._file)
        except TokensFileError as exc:
            self._show_error(self._file_problem(exc))
            lines = []
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            made = line.note.removeprefix("dibuat ").strip()
            values = (line.village_code, self._place(line.village_code) or "", made, line.short_id)
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.revoke_button.setEnabled(bool(lines))

    @Slot()
    def make_token(self) -> None:
        try:
            code = upload_tokens.village_code_of(self.code.text())
        except ValueError:
            self._show_error(self.tr("Type a village's code, for example 15.02.02.2004."))
            return
        place = self._place(code)
        if place is None:
            self._show_error(
                self.tr("Code {code} is not in the official list of villages.").format(code=code)
            )
            return
        try:
            issued = upload_tokens.add_token(self._file, code, datetime.now())
        except TokensFileError as exc:
            self._show_error(self._file_problem(exc))
            return
        except ExportWriteFailed:
            self._show_error(
                self.tr("The tokens file {file} could not be written. Nothing was changed.").format(
                    file=self._file
                )
            )
            return
        self._show_error("")
        self._issued = issued
        village = self._index.chain(code)[-1].name
        kind = self.tr("Kelurahan") if is_kelurahan(code) else self.tr("Desa")
        self.made_for.setText(
            self.tr("New token for {village} ({code}):").format(
                village=f"{kind} {village}", code=code
            )
        )
        self.token_label.setText(issued.token)
        self.made.show()
        self.code.clear()
        self.status.setText("")
        self.refresh()

    def slip_pdf(self) -> bytes:
        assert self._issued is not None
        issued = self._issued
        slip = TokenSlip(
            self._office_name,
            self._place(issued.village_code) or issued.village_code,
            issued.village_code,
            issued.token,
            datetime.now(),
        )
        return build_token_slip(slip, Paper.A4)

    @Slot()
    def print_slip(self) -> None:
        from desktop.ui.materi.print_dialog import print_pdf, qt_page_size

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(qt_page_size(Paper.A4))
        printer.setDocName("token-desa")
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QPdfDocument(self)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(self.slip_pdf()))
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        document.load(buffer)
        try:
            print_pdf(document, printer, list(range(document.pageCount())))
        except OSError:
            inform(
                self,
                self.tr("Print"),
                self.tr(
                    "The printer could not be used. Check that it is switched on and has "
                    "paper, or save the slip as PDF and print it elsewhere."
                ),
                warning=True,
            )
            return
        finally:
            document.close()
            buffer.close()
        self.status.setText(self.tr("The slip was sent to the printer."))

    @Slot()
    def save_slip(self) -> None:
        assert self._issued is not None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"token-{self._issued.village_code}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the slip"), str(Path(folder) / name), "PDF (*.pdf)"
        )
        if not chosen:
            return
        try:
            Path(chosen).write_bytes(self.slip_pdf())
        except OSError as exc:
            inform(self, self.tr("Save the slip"), str(exc.strerror or exc), warning=True)
            return
        self.status.setText(
            self.tr("Saved: {file}. Delete the file once the slip is printed.").format(file=chosen)
        )

    @Slot()
    def revoke_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.status.setText(self.tr("Choose a token in the list first."))
            return
        row = rows[0].row()
        code, short_id = self.table.item(row, 0).text(), self.table.item(row, 3).text()
        if not ask(
            self,
            self.tr("Revoke the token?"),
            self.tr(
                "The village {code} can no longer send with this token (ID {id}). It needs a new "
                "slip from this office."
            ).format(code=code, id=short_id),
            self.tr("Revoke"),
            self.tr("Keep"),
        ):
            return
        try:
            upload_tokens.revoke(self._file, short_id)
        except (TokensFileError, ExportWriteFailed):
            self._show_error(
                self.tr("The tokens file {file} could not be written. Nothing was changed.").format(
                    file=self._file
                )
            )
            return
        self.status.setText(self.tr("Revoked. The receiver refuses the token from now on."))
        if self._issued is not None and self._issued.line.short_id == short_id:
            self._issued = None
            self.made.hide()
        self.refresh()
