"""Hybrid retrieval over the active knowledge-base version: dense (Chroma) + BM25, fused.

Nothing is imported here: the command line catches `bot.retrieval.errors` without loading Chroma.
"""
