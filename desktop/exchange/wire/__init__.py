"""The exchange's wire layer: what travels between a village and its office, and nothing that
stores or sends it. The export document (``format``, checked by ``schema``), the protected file
around it (``envelope``), and verified file writes and limited reads (``files``). Imports only
the domain."""
