"""PDF documents with reportlab: leaflets, posters, result sheets, record summaries.

No Qt here: the UI hands in plain data and gets a PDF file or bytes back.
"""
