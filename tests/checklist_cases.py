"""Realistic job offers, answered as a village head would answer them with the family.

Shared by the domain, storage, printing and UI tests of the job-offer checklist. Every question
asked at the case's stage and not named is answered Tidak (No). The ``V1_`` cases are answered
with question list version 1, which saved checks may still name; the others with version 2.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.assessment import Offer
from desktop.domain.checklist import Answer, Checklist

Y, N, U = Answer.YES, Answer.NO, Answer.UNKNOWN


@dataclass(frozen=True)
class Case:
    stage: str
    answers: dict[str, Answer]
    offer: Offer


# A neighbour's "sponsor" in Merangin: passport "for a holiday", bus to Dumai, ferry to Malaysia,
# work on an oil-palm estate; Rp5 million up front. Nobody knows whether the ferry leaves
# through the immigration check or from a beach, nor whether the company is registered.
DUMAI_OFFER = Offer(
    company="(tidak ada, sponsor perorangan)",
    destination="Malaysia (lewat Dumai)",
    job="Kebun sawit",
    recruiter_contact="Pak F, 0812-0000-1111",
)
DUMAI_TOURIST_VISA = Case(
    "proses",
    {
        "perekrut-perorangan": Y,
        "lowongan-tidak-terdaftar": U,
        "didesak-cepat-berangkat": Y,
        "paspor-alasan-wisata": Y,
        "visa-turis-kunjungan": Y,
        "tanpa-perjanjian-kerja": Y,
        "tidak-lewat-disnaker": Y,
        "pekerjaan-tidak-jelas": Y,
        "bayar-di-muka-perorangan": Y,
        "utang-potong-gaji": U,
        "keluar-tanpa-pemeriksaan-imigrasi": U,
        "dijemput-diam-diam": Y,
        "paspor-dipegang-orang-lain": Y,
        "terlilit-utang": Y,
    },
    DUMAI_OFFER,
)

# A Telegram advert: "admin online" in Phnom Penh, Rp12 million a month, only typing and
# Indonesian needed; the ticket is "advanced" and taken out of the wages.
CAMBODIA_OFFER = Offer(
    company="PT (tidak disebut)",
    destination="Kamboja (Phnom Penh)",
    job="Admin online",
    recruiter_contact="Telegram @kerja_luar",
)
CAMBODIA_ONLINE_ADMIN = Case(
    "ditawari",
    {
        "perekrut-perorangan": Y,
        "lowongan-tidak-terdaftar": Y,
        "perekrut-tanpa-alamat": Y,
        "visa-turis-kunjungan": U,
        "tanpa-perjanjian-kerja": Y,
        "tidak-lewat-disnaker": Y,
        "pekerjaan-tidak-jelas": U,
        "gaji-tidak-wajar": Y,
        "admin-online-kamboja": Y,
        "negara-tanpa-penempatan-resmi": Y,
        "kerja-online-mengetik": Y,
        "utang-potong-gaji": Y,
        "paspor-dipegang-orang-lain": Y,
        "paspor-hp-ditahan": U,
    },
    CAMBODIA_OFFER,
)

# A placement through a licensed P3MI on the manpower office's list, on the official route.
# Nothing the recruiter said is a danger sign; the family needs the money. At every stage the
# truthful answers are No, because only what is due by then is asked.
LICENSED_OFFER = Offer(
    company="PT Contoh Penempatan (berizin)",
    destination="Malaysia (Penang)",
    job="Operator pabrik elektronik",
    recruiter_contact="Kantor cabang Jambi, (0741) 000000",
)
LAWFUL_ANSWERS = {"terlilit-utang": Y}

# A licensed P3MI places a domestic worker in Malaysia (a job whose placement costs are waived)
# but asks Rp20 million, and offers to lend it against the wages.
FEE_OFFER = Offer(
    company="PT Contoh Penempatan (berizin)",
    destination="Malaysia (Kuala Lumpur)",
    job="Pekerja rumah tangga",
    recruiter_contact="Bu R, 0813-0000-2222",
)
FEE_CHARGING_P3MI = Case(
    "proses",
    {"p3mi-memungut-biaya": Y, "utang-potong-gaji": Y, "terlilit-utang": Y},
    FEE_OFFER,
)

# A go-between offers a 16-year-old girl in marriage to a foreign man, with money for the
# family; her age might be "adjusted" in the papers.
MARRIAGE_OFFER = Offer(
    company="(perantara perorangan)",
    destination="Tiongkok",
    job="Dijodohkan (menikah)",
    recruiter_contact="Bu M, 0852-0000-3333",
)
CHILD_MARRIAGE = Case(
    "ditawari",
    {
        "perkawinan-perantara": Y,
        "perkawinan-anak-paksa": Y,
        "anak-di-bawah-18": Y,
        "data-palsu": U,
        "terlilit-utang": Y,
    },
    MARRIAGE_OFFER,
)

# A young woman is offered work as a "waitress" in a karaoke café in another province; the
# recruiter pays the fare and the room and will take it out of her pay; she is to tell nobody.
CAFE_OFFER = Offer(
    company="Kafe (nama tidak disebut)",
    destination="Pekanbaru, Riau",
    job="Pelayan kafe karaoke",
    recruiter_contact="WhatsApp 0821-0000-4444",
)
CAFE_OTHER_PROVINCE = Case(
    "akan-berangkat",
    {
        "kerja-kafe-luar-daerah": Y,
        "utang-potong-gaji": Y,
        "pekerjaan-tidak-jelas": Y,
        "dirahasiakan": Y,
        "tanpa-alamat-kerja": U,
    },
    CAFE_OFFER,
)


def answered(
    checklist: Checklist, given: dict[str, Answer], stage: str | None = None
) -> dict[str, Answer]:
    """Every question asked at ``stage``: ``given`` where named, Tidak elsewhere."""
    return {i.key: given.get(i.key, N) for i in checklist.asked(stage)}


# --- version 1, as saved checks may still name it ----------------------------------------------

V1_DUMAI_TOURIST_VISA = {
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
V1_CAMBODIA_ONLINE_ADMIN = {
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
V1_LICENSED_P3MI = {"terlilit-utang": Y}
