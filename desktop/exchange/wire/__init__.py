"""The exchange's wire layer: what travels between a village and its office, and nothing that
stores or sends it. The export document (``format``, checked by ``schema``), the protected file
around it (``envelope``), verified file writes and limited reads (``files``) and the receiver's
protocol (``protocol``). Imports only the domain; the receiver imports nothing else of the
exchange."""
