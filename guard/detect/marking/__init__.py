"""Shared parts of the marking recognizers (classification marks, marker words, telegrams).

A candidate (a mark, a marker word) is described by features: its form, its position, the document around
it. Each feature has a weight from the rules file; the sum of the weights falls into a band (notice,
confirm, block) and vetoes cap it (a mention in prose is at most a notice). The finding's `why` is written
from the same weighted evidence, so what decided a verdict is what the user and the admin read.
"""
