"""English source messages for the codes of the Single Window channel (files, field table checks, receipts)."""

from __future__ import annotations

from desktop.core.i18n import Plural

MESSAGES: dict[str, str] = {
    # files the client wrote
    "singlewindow.file_too_large": "{file}: the file is {size} bytes, more than the {limit} a message may have.",
    "singlewindow.doctype_refused": "{file}: the file declares a DTD or entities, which a message never needs.",
    "singlewindow.malformed_xml": "{file}: not readable XML ({detail}).",
    "singlewindow.not_a_decmessage": "{file}: not a DecMessage (the file starts with {detail}).",
    "singlewindow.not_a_response": "{file}: named as a response, but holds {detail}.",
    "singlewindow.response_mismatch": "{file}: the response names another client sequence number ({detail}).",
    "singlewindow.unknown_file": "{file}: neither a response nor a customs receipt ({detail}).",
    "singlewindow.receipt_incomplete": "{file}: the receipt lacks its unified number or its receipt code.",
    "singlewindow.receipt_unmatched": (
        "A customs receipt for unified number {detail} matches no declaration sent from here."
    ),
    "singlewindow.zip_entries": "{file}: the zip must hold exactly one message, it holds {detail}.",
    # the field table
    "singlewindow.tag_required": "{section}/{tag} is needed on an export declaration.",
    "singlewindow.tag_length": "{section}/{tag} must have exactly {max_length} characters.",
    "singlewindow.tag_too_long": "{section}/{tag} may have at most {max_length} characters.",
    "singlewindow.tag_format": "{section}/{tag} has the wrong format.",
    "singlewindow.tag_unknown_code": "{section}/{tag}: {value} is not in the code table.",
    "singlewindow.no_items": "The declaration has no goods items.",
    "singlewindow.not_export": "Only export declarations can be filed here (IEFlag {value}).",
    # the channel
    "singlewindow.declarations_only": "Only export declarations go through the Single Window client.",
    "singlewindow.no_amendment": (
        "A declaration handed to the Single Window client is amended in the client itself."
    ),
    "singlewindow.not_configured": (
        "No Single Window folder (ImpPath) is set for this company; set it in the company's Single Window settings."
    ),
    "singlewindow.message_invalid": Plural(
        "The declaration cannot be written for the Single Window: {count} field error(s)."
    ),
    # the ImpPath on the client's Windows PC
    "singlewindow.path_unc_incomplete": (
        "{path}: a network folder needs its share as well, as in \\\\server\\share\\ImpPath."
    ),
    "singlewindow.path_not_absolute": (
        "{path}: give the whole folder with its drive (D:\\ImpPath) or network share (\\\\server\\share\\ImpPath)."
    ),
    "singlewindow.path_bad_character": "The folder name {name} contains {char}, which Windows does not allow.",
    "singlewindow.path_trailing_dot": "The folder name {name} ends with a dot or a space, which Windows drops.",
    "singlewindow.path_reserved_name": "{name} is a device name on Windows (CON, NUL, COM1 …), not a folder.",
    "singlewindow.path_is_subfolder": (
        "{name} is a folder inside the ImpPath; choose the ImpPath itself: {parent}"
    ),
    "singlewindow.path_too_long": (
        "The folder path has {length} characters; at most {limit} leave room for the files kept in it "
        "(Windows allows 260 characters per file)."
    ),
    "singlewindow.folder_unavailable": "The Single Window folder {path} cannot be reached; the filing waits.",
    "singlewindow.upload_failed": "The Single Window client could not send the file after 3 attempts.",
    "singlewindow.unknown_scenario": "Unknown scenario {scenario}; one of {scenarios}.",
    # receipts
    "singlewindow.imported": "Imported by the Single Window client.",
    "singlewindow.import_failed": "The Single Window client refused the declaration.",
    "singlewindow.channel.*": "Customs receipt.",
    "singlewindow.channel_unknown": "Customs receipt with a code this program does not know.",
}
