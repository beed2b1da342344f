"""Cek Tawaran Kerja: the job-offer checklist page, its result screen and the saved checks."""
