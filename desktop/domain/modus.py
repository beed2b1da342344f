"""The one list of trafficking modus, shared by the incident log and the job-offer checklist.

Values are stable storage and export keys; never rename one. Wording lives in the UI.
"""

from __future__ import annotations

from enum import Enum


class Modus(Enum):
    NON_PROCEDURAL_JOB = "kerja_nonprosedural"  # non-procedural job offer abroad
    ONLINE_SCAM = "penipuan_daring"  # online-scam company ("admin online")
    SHIP_CREW = "abk"  # ship crew (anak buah kapal)
    DOMESTIC_OR_PLANTATION = "prt_perkebunan"  # domestic or plantation worker
    MAIL_ORDER_BRIDE = "pengantin_pesanan"
    CHILD_SEXUAL_EXPLOITATION = "eksploitasi_seksual_anak"
    ORGAN_TRADE = "perdagangan_organ"
    FAKE_INTERNSHIP = "magang_beasiswa_palsu"  # fake internship or scholarship
    PILGRIM_VISA_MISUSE = "visa_umrah_haji_kunjungan"  # umrah/hajj/visit visa misuse
    OTHER = "lainnya"
