"""Shipped data files: word lists and vocabularies, each with a header naming its sources."""
