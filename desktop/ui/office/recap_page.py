"""Rekap (office): the figures of a month, a quarter or a year as bars that say their counts,
the same breakdowns as the printed report, and the report printed or saved as PDF (A4 or F4)
and as an XLSX workbook with the period's records without personal data. Counted in SQL on a
worker thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.exchange import OfficeProfile
from desktop.domain.recap import Period, PeriodKind, Recap
from desktop.printing.paper import Paper
from desktop.storage import exchange_settings
from desktop.storage import recap as recap_store
from desktop.storage.db import thread_connection
from desktop.ui.errors import error_message, is_expected
from desktop.ui.messages import inform
from desktop.ui.office.bars import Bar, BarChart
from desktop.ui.office.recap_words import (
    ROMAN,
    period_line,
    recap_figures,
    recap_pdf,
    recap_xlsx,
    summary_rows,
)
from desktop.ui.print_dialog import PrintJob, print_document
from desktop.ui.screen import VerticalScroll
from desktop.ui.tasks import run_in_background


class RecapJob(PrintJob):
    """The recap report on the one print dialog (print, or save as PDF; A4 or F4)."""

    def __init__(self, recap: Recap, office: OfficeProfile, regencies: list[str]) -> None:
        super().__init__(self.tr("Print the recap"))
        self.recap = recap
        self.office = office
        self.regencies = regencies

    def work(self, paper: Paper) -> Callable[[], bytes]:
        recap, office, regencies, now = self.recap, self.office, self.regencies, datetime.now()
        return lambda: recap_pdf(recap, office, regencies, paper, now)

    def file_name(self, paper: Paper) -> str:
        return self.tr("recap-{period}.pdf").format(period=self.recap.period.text())


class RecapPage(QWidget):
    work_done = Signal()  # a count or a workbook finished (or failed), and the page says so

    def __init__(
        self,
        regencies: Callable[[], list[str]],
        countries: dict[str, str],
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recap"))
        self._regencies = regencies
        self._countries = countries
        self.recap: Recap | None = None
        self._asked: Period | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Recap of the villages' records"))
        title.setProperty("role", "title")
        title.setWordWrap(True)
        layout.addWidget(title)

        row = QHBoxLayout()
        caption = QLabel(self.tr("&Period:"))
        self.kind = QComboBox()
        for kind, text in (
            (PeriodKind.MONTH, self.tr("Month")),
            (PeriodKind.QUARTER, self.tr("Quarter")),
            (PeriodKind.YEAR, self.tr("Year")),
        ):
            self.kind.addItem(text, kind)
        caption.setBuddy(self.kind)
        self.number = QComboBox()
        self.number.setAccessibleName(self.tr("Month or quarter"))
        self.year = QSpinBox()
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(2000, 2999)
        row.addWidget(caption)
        row.addWidget(self.kind)
        row.addWidget(self.number)
        row.addWidget(self.year)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(self.calculate)
        row.addWidget(self.show_button)
        row.addStretch(1)
        layout.addLayout(row)

        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("P&rint or save as PDF…"))
        self.print_button.clicked.connect(self.print_recap)
        self.xlsx_button = QPushButton(self.tr("Save as &XLSX…"))
        self.xlsx_button.clicked.connect(self.save_xlsx)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(VerticalScroll(self.body), 1)

        last_month = Period.month_of(today()).previous()
        self.year.setValue(last_month.year)
        self.kind.currentIndexChanged.connect(self._fill_numbers)
        self._fill_numbers()
        self.number.setCurrentIndex(last_month.number - 1)
        self._enable(False)

    def _fill_numbers(self) -> None:
        kind = self.kind.currentData()
        chosen = self.number.currentIndex()
        self.number.clear()
        if kind is PeriodKind.MONTH:
            for month in range(1, 13):
                self.number.addItem(QLocale().standaloneMonthName(month), month)
        elif kind is PeriodKind.QUARTER:
            for quarter in range(1, 5):
                self.number.addItem(self.tr("Quarter {roman}").format(roman=ROMAN[quarter - 1]))
        self.number.setVisible(kind is not PeriodKind.YEAR)
        if kind is PeriodKind.QUARTER and chosen >= 0:
            self.number.setCurrentIndex(min(chosen, 3))

    def period(self) -> Period:
        kind = self.kind.currentData()
        number = 0 if kind is PeriodKind.YEAR else self.number.currentIndex() + 1
        return Period(kind, self.year.value(), number)

    def set_period(self, period: Period) -> None:
        self.kind.setCurrentIndex(self.kind.findData(period.kind))
        self.year.setValue(period.year)
        if period.kind is not PeriodKind.YEAR:
            self.number.setCurrentIndex(period.number - 1)

    def _enable(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.xlsx_button.setEnabled(ready)

    @Slot()
    def calculate(self) -> None:
        """Count the chosen period on a worker thread, then show it."""
        period = self.period()
        self._asked = period
        self._enable(False)
        self.status.setText(self.tr("Counting…"))

        def count() -> Recap:
            with thread_connection():
                return recap_store.recap_of(period)

        run_in_background(count, on_done=self.show_recap, on_error=self._failed)

    def show_recap(self, recap: Recap) -> None:
        if recap.period != self._asked:  # an older count finished after a newer was asked
            return
        self._show(recap)
        self.work_done.emit()

    def _show(self, recap: Recap) -> None:
        self.recap = recap
        self._enable(True)
        self.status.setText(
            self.tr(
                "{period}: {records} records from {villages} villages and kelurahan; "
                "{events} socialisation events."
            ).format(
                period=period_line(recap.period),
                records=recap.records,
                villages=recap.villages,
                events=recap.socialisation.events,
            )
        )
        self._show_figures(recap)

    def _failed(self, error: BaseException) -> None:
        self.work_done.emit()
        if not is_expected(error):
            raise error  # to the crash dialog and the log
        self.status.setText(error_message(error))

    def _clear(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _heading(self, text: str) -> None:
        heading = QLabel(text)
        heading.setProperty("role", "subtitle")
        heading.setWordWrap(True)
        self.body_layout.addWidget(heading)

    def _show_figures(self, recap: Recap) -> None:
        self._clear()
        self.charts: dict[str, BarChart] = {}
        summary = QLabel("\n".join(f"{label}: {value}" for label, value in summary_rows(recap)))
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_layout.addWidget(summary)
        for name, figure in recap_figures(recap, self._countries):
            self._heading(figure.title)
            if not figure.rows:
                empty = QLabel(figure.empty)
                empty.setProperty("role", "hint")
                empty.setWordWrap(True)
                self.body_layout.addWidget(empty)
                continue
            chart = BarChart()
            chart.setAccessibleName(figure.title)
            details = [
                ", ".join(f"{h}: {n}" for h, n in zip(figure.more_headings, more, strict=True))
                for more in figure.more
            ] or [""] * len(figure.rows)
            chart.set_bars(
                [
                    Bar(label, count, detail=detail)
                    for (label, count), detail in zip(figure.rows, details, strict=True)
                ]
            )
            self.body_layout.addWidget(chart)
            self.charts[name] = chart
            if figure.note:
                note = QLabel(figure.note)
                note.setProperty("role", "hint")
                note.setWordWrap(True)
                self.body_layout.addWidget(note)
        self.body_layout.addStretch(1)

    def _office(self) -> OfficeProfile:
        return exchange_settings.load_office() or OfficeProfile("", ())

    @Slot()
    def print_recap(self) -> None:
        if self.recap is not None:
            print_document(RecapJob(self.recap, self._office(), self._regencies()), Paper.A4, self)

    @Slot()
    def save_xlsx(self) -> None:
        if self.recap is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("recap-{period}.xlsx").format(period=self.recap.period.text())
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recap as XLSX"),
            str(Path(folder or Path.home()) / name),
            self.tr("Spreadsheet workbooks (*.xlsx)"),
        )
        if chosen:
            self.write_xlsx(Path(chosen))

    def write_xlsx(self, path: Path) -> None:
        """Make the workbook on a worker thread and save it whole under ``path``."""
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        recap, office = self.recap, self._office()
        self.xlsx_button.setEnabled(False)
        self.status.setText(self.tr("Writing the workbook…"))

        def write() -> Path:
            with thread_connection():
                data = recap_xlsx(recap, office)
            temporary = path.with_name(f".{path.name}.sementara")
            try:
                temporary.write_bytes(data)
                temporary.replace(path)
            finally:
                temporary.unlink(missing_ok=True)
            return path

        run_in_background(write, on_done=self._saved, on_error=self._not_saved(path))

    def _saved(self, path: Path) -> None:
        self.xlsx_button.setEnabled(True)
        self.status.setText(self.tr("Saved: {path}").format(path=str(path)))
        self.work_done.emit()

    def _not_saved(self, path: Path) -> Callable[[BaseException], None]:
        def say(error: BaseException) -> None:
            self.xlsx_button.setEnabled(True)
            self.status.setText("")
            self.work_done.emit()
            if not isinstance(error, OSError):
                raise error  # to the crash dialog and the log
            inform(
                self,
                self.tr("Save the recap as XLSX"),
                self.tr(
                    "The workbook could not be saved in {folder}. Choose another folder. The "
                    "office's data is unchanged."
                ).format(folder=str(path.parent)),
                warning=True,
            )

        return say
