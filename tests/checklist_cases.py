"""Three realistic job offers, answered as a village head would answer them with the family.

Shared by the domain, storage, printing and UI tests of the job-offer checklist. Every question
not named is answered Tidak (No).
"""

from __future__ import annotations

from desktop.domain.assessment import Offer
from desktop.domain.checklist import Answer, Checklist

Y, N, U = Answer.YES, Answer.NO, Answer.UNKNOWN

# A neighbour's "sponsor" in Merangin: passport "for a holiday", bus to Dumai, ferry to Malaysia,
# work on an oil-palm estate; Rp5 million up front. Nobody knows whether the ferry leaves
# through the immigration check or from a beach.
DUMAI_TOURIST_VISA = {
    "perekrut-perorangan": Y,
    "perusahaan-tidak-terdaftar": U,
    "perekrut-orang-dekat-mendesak": Y,
    "paspor-alasan-wisata": Y,
    "visa-turis-kunjungan": Y,
    "tanpa-perjanjian-kerja": Y,
    "tidak-terdaftar-siapkerja": Y,
    "tanpa-jaminan-sosial-sehat": Y,
    "pekerjaan-tidak-jelas": Y,
    "bayar-di-muka-perorangan": Y,
    "utang-potong-gaji": U,
    "keluar-tanpa-pemeriksaan-imigrasi": U,
    "dijemput-diam-diam": Y,
    "perjalanan-diurus-orang-lain": Y,
    "tanpa-tiket-pulang-alamat": Y,
    "terlilit-utang": Y,
}
DUMAI_OFFER = Offer(
    company="(tidak ada, sponsor perorangan)",
    destination="Malaysia (lewat Dumai)",
    job="Kebun sawit",
    recruiter_contact="Pak F, 0812-0000-1111",
)

# A Telegram advert: "admin online" in Phnom Penh, Rp12 million a month, only typing and
# Indonesian needed; the ticket is "advanced" and taken out of the wages.
CAMBODIA_ONLINE_ADMIN = {
    "perekrut-perorangan": Y,
    "perusahaan-tidak-terdaftar": Y,
    "perekrut-tanpa-alamat": Y,
    "iklan-media-sosial": Y,
    "visa-turis-kunjungan": U,
    "tanpa-perjanjian-kerja": Y,
    "tidak-terdaftar-siapkerja": Y,
    "pekerjaan-tidak-jelas": U,
    "gaji-tidak-wajar": Y,
    "admin-online-kamboja": Y,
    "negara-tanpa-penempatan-resmi": Y,
    "kerja-online-mengetik": Y,
    "utang-potong-gaji": Y,
    "perjalanan-diurus-orang-lain": Y,
    "paspor-hp-ditahan": U,
}
CAMBODIA_OFFER = Offer(
    company="PT (tidak disebut)",
    destination="Kamboja (Phnom Penh)",
    job="Admin online",
    recruiter_contact="Telegram @kerja_luar",
)

# A placement through a licensed P3MI found on the manpower office's list: written contract,
# work visa, registered, orientation booked. The family needs the money.
LICENSED_P3MI = {"terlilit-utang": Y}
LICENSED_OFFER = Offer(
    company="PT Contoh Penempatan (berizin)",
    destination="Malaysia (Penang)",
    job="Operator pabrik elektronik",
    recruiter_contact="Kantor cabang Jambi",
)


def answered(checklist: Checklist, given: dict[str, Answer]) -> dict[str, Answer]:
    """Every question of ``checklist`` answered: ``given`` where named, Tidak elsewhere."""
    return {i.key: given.get(i.key, N) for i in checklist.indicators}
