"""Where the app keeps its data: the per-user folder unless ``--data-dir`` says otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

APP_DIR_NAME = "SiagaTPPO"
TRAINING_SUBDIR = "latihan"
DATABASE_NAME = "siaga.sqlite3"


def default_data_dir() -> Path:
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


@dataclass(frozen=True)
class DataPaths:
    """The files of one installation. Training mode gets its own root, never the real one."""

    root: Path
    shared_cache: Path

    @classmethod
    def resolve(cls, data_dir: str | Path | None, *, training: bool = False) -> DataPaths:
        base = Path(data_dir).expanduser().absolute() if data_dir else default_data_dir()
        root = base / TRAINING_SUBDIR if training else base
        return cls(root=root, shared_cache=base / "cache")

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "cadangan"

    @property
    def logs(self) -> Path:
        return self.root / "log"

    @property
    def ui_settings(self) -> Path:
        return self.root / "tampilan.ini"

    def ensure(self) -> None:
        for folder in (self.root, self.backups, self.logs, self.shared_cache):
            folder.mkdir(parents=True, exist_ok=True)
