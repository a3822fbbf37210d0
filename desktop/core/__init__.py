"""Everything that is not Qt: domain rules, storage, import, documents, exports, sync."""
