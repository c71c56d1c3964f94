"""HS classification help (智能申报): search the company's history and the Chinese, HS 2022 and Vietnamese
nomenclatures in Chinese, English or Vietnamese; complete a code to 10 digits; the declaration elements."""

from desktop.core.hsearch.search import Candidate, HistoryEntry, Reason, nearest_code, search

__all__ = ["Candidate", "HistoryEntry", "Reason", "nearest_code", "search"]
