"""The Qt-free domain core: models, code tables, rules, store, platform client, documents, services."""
