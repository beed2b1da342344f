"""What Materi prints: the tri-fold leaflet, the notice-board poster or the pocket cards, with
the village's details as they are when the pages are made (desktop.ui.print_dialog prints it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QWidget

from desktop.domain.materials import Materials
from desktop.domain.profile import VillageProfile
from desktop.printing.leaflets import LayoutOverflow, LeafletData, LeafletKind, build_leaflet
from desktop.printing.paper import Paper
from desktop.ui.print_dialog import PrintJob, choices_box, slug


class LeafletJob(PrintJob):
    def __init__(self, materials: Materials, profile: VillageProfile) -> None:
        super().__init__(self.tr("Print leaflets and posters"))
        self.materials = materials
        self.profile = profile
        self.kind_buttons: dict[LeafletKind, QRadioButton] = {}

    def choices(self) -> QWidget:
        box, layout = choices_box(self.tr("What to print"))
        group = QButtonGroup(box)
        kinds = {
            LeafletKind.TRIFOLD: self.tr("&Tri-fold leaflet (two sides)"),
            LeafletKind.POSTER: self.tr("P&oster for the notice board"),
            LeafletKind.CARD: self.tr("Poc&ket cards (three per sheet)"),
        }
        for kind, label in kinds.items():
            button = QRadioButton(label)
            group.addButton(button)
            self.kind_buttons[kind] = button
            layout.addWidget(button)
        self.kind_buttons[LeafletKind.TRIFOLD].setChecked(True)
        group.buttonToggled.connect(lambda _b, on: on and self.changed.emit())
        return box

    @property
    def kind(self) -> LeafletKind:
        return next((k for k, b in self.kind_buttons.items() if b.isChecked()), LeafletKind.TRIFOLD)

    def set_kind(self, kind: LeafletKind) -> None:
        self.kind_buttons[kind].setChecked(True)

    def set_profile(self, profile: VillageProfile) -> bool:
        """Village details changed since the pages were made; True when they differ."""
        changed = profile != self.profile
        self.profile = profile
        if changed:
            self.changed.emit()
        return changed

    def work(self, paper: Paper) -> Callable[[], bytes]:
        kind = self.kind
        data = LeafletData(self.profile, self.materials)
        return lambda: build_leaflet(kind, paper, data)

    def file_name(self, paper: Paper) -> str:
        kind = {
            LeafletKind.TRIFOLD: "leaflet",
            LeafletKind.POSTER: "poster",
            LeafletKind.CARD: "kartu-saku",
        }[self.kind]
        return f"{kind}-{slug(self.profile.village_name)}-{paper.value}.pdf"

    def landscape(self) -> bool:
        return self.kind is LeafletKind.TRIFOLD

    def folded(self) -> bool:
        return self.kind is LeafletKind.TRIFOLD

    def hint(self, paper: Paper) -> str:
        if self.kind is LeafletKind.TRIFOLD:
            return self.tr(
                "Print on both sides, turning the sheet over on its short edge. A printer that "
                "cannot print both sides: print the outside (page 1), put the sheet back in the "
                "tray turned over, then print the inside (page 2). Fold along the small marks "
                "at the top and bottom edges."
            )
        if self.kind is LeafletKind.CARD:
            return self.tr(
                "Cut along the dashed lines and fold each card in the middle, printed side out."
            )
        return self.tr("Put the poster up where everyone can read it.")

    def failure(self, exc: BaseException) -> str | None:
        if isinstance(exc, LayoutOverflow):
            return self.tr(
                "The text does not fit on this paper. Shorten the contact names in Settings, "
                "Village profile, or choose F4 paper."
            )
        return None
