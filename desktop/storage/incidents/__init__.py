"""Catatan Kejadian in the database: saved versions, the current state, lists and search.

Every saved change, deletion, restore and purge adds a row to ``incident_version`` (its id,
the id of the version it replaces, time, author, state, reason and a full JSON snapshot), so
the exchange layer can list and insert versions with plain calls (``list_versions``,
``insert_version``). The other tables (``incident``, people, referrals, the search indexes
``incident_fts`` of the log and ``deleted_incident_fts`` of Terhapus) hold only the current
version of each record, for lists, filters and search, and are rewritten from the snapshot on
every change. Each write is one transaction.

Owner of the tables ``incident``, ``incident_version``, ``incident_person``,
``incident_person_identity``, ``incident_referral``, ``incident_fts`` and
``deleted_incident_fts``: no other module reads or writes them. Each current live version's
recruiter keys are kept through ``storage.recruiter_keys``, and each record entering or
leaving the list (Terhapus left out) is told to ``storage.register_villages`` (the office's
count of each village's records). The exchange asks through the functions of ``exchange``
(the versions an export holds, the office's merge), and the office's register puts its own
tables beside the list through ``Joined``.

Its modules, each importing only those named before it: ``current`` (the current state
projected from a snapshot, a version's row, many records at once), ``records`` (saving,
deleting, restoring, purging and reading one record), ``exchange`` (the exchange layer's reads
and writes of versions), ``listing`` (the list's filters, count and windows of rows),
``tallies`` (what the list adds up to), ``demo`` (made-up records) and ``preferences`` (the
log's settings). Their underscored names are the package's own, shared among its modules and
used by nothing outside it. The rest of the app imports this package, whose names are below
(all but ``storage.office_imports``, which imports the two modules it reads, to keep the
package out of the one known import circle).
"""

from __future__ import annotations

from desktop.storage.incidents.current import (
    BULK_CACHE_SIZE,
    add_identities,
    add_new_records,
    country_names,
)
from desktop.storage.incidents.demo import (
    add_demo_records,
    holds_made_up_records,
)
from desktop.storage.incidents.exchange import (
    InsertOutcome,
    change_mark,
    current_payloads,
    current_versions,
    held_versions,
    insert_version,
    keep_purged,
    known_records,
    list_versions,
    listed_among,
    purge_received,
    purge_tombstones,
    purged_records,
    record_version_ids,
    records_changed_since,
    version_ids,
    version_rows,
    versions_saved_between,
)
from desktop.storage.incidents.listing import (
    IncidentQuery,
    IncidentRow,
    Joined,
    Listed,
    SortKey,
    Window,
    count_incidents,
    fetch_incidents,
    fetch_window,
    incidents_window,
    record_total,
)
from desktop.storage.incidents.preferences import (
    author,
    retention_days,
    set_author,
    set_retention_days,
)
from desktop.storage.incidents.records import (
    delete_incident,
    history,
    load_incident,
    purge_expired,
    purge_incident,
    record_versions,
    restore_incident,
    save_incident,
    set_current_version,
    summaries,
)
from desktop.storage.incidents.tallies import (
    ListedRecord,
    OpenIncidents,
    Tally,
    count_people,
    destinations_in_use,
    listed_records,
    open_incidents,
    record_counts,
    selected_ids,
    tally_incidents,
    tally_referrals,
)

__all__ = [
    "BULK_CACHE_SIZE",
    "IncidentQuery",
    "IncidentRow",
    "InsertOutcome",
    "Joined",
    "Listed",
    "ListedRecord",
    "OpenIncidents",
    "SortKey",
    "Tally",
    "Window",
    "add_demo_records",
    "add_identities",
    "add_new_records",
    "author",
    "change_mark",
    "count_incidents",
    "count_people",
    "country_names",
    "current_payloads",
    "current_versions",
    "delete_incident",
    "destinations_in_use",
    "fetch_incidents",
    "fetch_window",
    "held_versions",
    "history",
    "holds_made_up_records",
    "incidents_window",
    "insert_version",
    "keep_purged",
    "known_records",
    "list_versions",
    "listed_among",
    "listed_records",
    "load_incident",
    "open_incidents",
    "purge_expired",
    "purge_incident",
    "purge_received",
    "purge_tombstones",
    "purged_records",
    "record_counts",
    "record_total",
    "record_version_ids",
    "record_versions",
    "records_changed_since",
    "restore_incident",
    "retention_days",
    "save_incident",
    "selected_ids",
    "set_author",
    "set_current_version",
    "set_retention_days",
    "summaries",
    "tally_incidents",
    "tally_referrals",
    "version_ids",
    "version_rows",
    "versions_saved_between",
]
