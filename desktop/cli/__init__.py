"""The command line (``siaga-tppo``): the window by default, plus headless commands for office
staff and installers. ``run.py`` is the entry point, ``parser.py`` the one parser tree (each
command's module adds its subparser and the function that runs it), ``outcome.py`` the exit
codes and the one exception that stops a command. The messages are in Indonesian."""
