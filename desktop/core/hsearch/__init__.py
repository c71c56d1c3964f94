"""HS classification help (智能申报): search the company's history and the Chinese, HS 2022 and Vietnamese
nomenclatures in Chinese, English or Vietnamese; complete a code to 10 digits; the declaration elements."""

from desktop.core.hsearch.search import Candidate, HistoryEntry, Reason, search

__all__ = ["Candidate", "HistoryEntry", "Reason", "search"]
