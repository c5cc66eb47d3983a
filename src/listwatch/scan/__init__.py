"""Finding listed parties in free text and payment messages (``listwatch scan``, POST /scan).

text ──tokens──▶ TextTokens ──spotter──▶ candidate spans ──compare_names──▶ Mention
MT103 / pacs.008 ──messages──▶ name fields (screened) + free-text fields (scanned)
"""

from listwatch.scan.document import FORMATS, ScanReport, scan
from listwatch.scan.mentions import Mention, MentionMatch, find_mentions
from listwatch.scan.messages import MessageField, detect_format, mt103_fields, pacs008_fields
from listwatch.scan.spotter import Spotter, get_spotter
from listwatch.scan.tokens import TextTokens, tokenize_text

__all__ = [
    "FORMATS",
    "Mention",
    "MentionMatch",
    "MessageField",
    "ScanReport",
    "Spotter",
    "TextTokens",
    "detect_format",
    "find_mentions",
    "get_spotter",
    "mt103_fields",
    "pacs008_fields",
    "scan",
    "tokenize_text",
]
