"""Kirim & Ekspor without Qt. ``wire`` is what travels (the export document, the protected
file, verified file writes, the receiver's protocol) and imports only the domain. The services
use it with storage: ``export`` and ``csv_export`` (the village's exports), ``merge`` (imports at
the office), ``sync`` (the village's sender), ``fetch`` (the office's), ``keys`` and
``protection``. The office's ``receiver`` imports only the wire layer: it opens no database."""
