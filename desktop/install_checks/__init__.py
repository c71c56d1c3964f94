"""The checks behind ``corridor-desk --self-test`` (run and printed by :mod:`desktop.selftest`)."""
