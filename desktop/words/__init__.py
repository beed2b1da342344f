"""The app's sentences that the window and the command line share (Qt-free sources)."""
