"""The China Single Window desktop client as a channel: DecMessage files through its ImpPath message folders."""
